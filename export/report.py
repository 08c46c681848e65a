"""`models/REPORT.md`: the evaluation of an export, in Markdown, as printed by `make export`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from export import parity as parity_checks
from export.calibration import Calibration, Reliability
from export.template_purity import Purity
from export.template_purity import render as render_purity
from export.train import Draw
from server.tiers.semantic.model_manifest import Evaluation


@dataclass(frozen=True, slots=True)
class CalibrationFigures:
    """The confidence figures of the held-out folds (export/calibration.py)."""

    fitted: Calibration
    ece_before: float
    ece_after: float
    reliability: Reliability
    min_similarity: float
    unfamiliar_share: float
    confident_errors: float
    plot_file: str


@dataclass(frozen=True, slots=True)
class ReportInput:
    """Everything the report shows, gathered by the export."""

    data_file: str
    data_sha256: str
    rows: int
    distinct_masked: int
    grouping_note: str
    threshold: float
    evaluation: Evaluation
    confusion: npt.NDArray[np.int64]
    unclassified_by_label: Mapping[str, float]
    chosen_c: Sequence[float]
    final_c: float
    calibration: CalibrationFigures
    parity: Mapping[str, float]
    embedding_variant: str
    model_version: str
    versions: Mapping[str, str]
    timings: Mapping[str, float]
    # The independent evaluation set's file and its per-system table, when one was scored.
    eval_set: tuple[str, str] | None = None
    # What the template layer changes, per data set (export/template_purity.py).
    purity: Sequence[Purity] = ()
    # The template layer's deciding words (export/deciding_words.py).
    deciding_words: Sequence[str] = ()
    # The before/after table of a retraining on taught templates (export/taught.py).
    taught: str | None = None
    # The evaluation's draw of the folds first, then the others (`train.redrawn`).
    draws: Sequence[Draw] = ()


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def render(r: ReportInput) -> str:
    """The report as Markdown."""
    return "\n".join(
        [
            *_data_lines(r),
            *_evaluation_lines(r),
            *_calibration_lines(r.calibration, r.threshold),
            *_eval_set_lines(r),
            *_taught_lines(r),
            *_purity_lines(r),
            *_confusion_lines(r),
            *_parity_lines(r),
            *_produced_with_lines(r),
        ]
    )


def _data_lines(r: ReportInput) -> list[str]:
    return [
        "# Semantic tier: export report",
        "",
        f"Model version `{r.model_version}`; the server loads the `{r.embedding_variant}` "
        "embedding model and runs it one text per call (so an answer never depends on what it "
        "is batched with). Every figure below is for exactly that way of running it.",
        "",
        "## Data",
        "",
        f"- File `{r.data_file}` (sha256 `{r.data_sha256[:16]}...`), {r.rows} rows, "
        f"{len(r.evaluation.per_label)} labels, {r.distinct_masked} distinct messages after "
        "masking.",
        f"- {r.grouping_note}",
        "- The classifier sees what the server does: the message after its header "
        "(`server/lines.py`), masked (`server/masking.py`), with the line's severity and its "
        f"word weights beside the embedding, and it is fitted on the `{r.embedding_variant}` "
        "embeddings the server computes, one text per call.",
        "",
    ]


def _evaluation_lines(r: ReportInput) -> list[str]:
    ev = r.evaluation
    lines = [
        "## Template-disjoint evaluation"
        if ev.grouping == "template"
        else f"## Evaluation grouped by {ev.grouping}",
        "",
        f"{ev.folds}-fold StratifiedGroupKFold: no {ev.grouping} is in both the training and the "
        f"test part of a fold, so every figure is on {ev.grouping}s the fold's model never saw; "
        "each fold's word weights are fitted on its training messages alone. "
        "LogisticRegression weighs each label's rows inversely to the label's share of the rows "
        "(class_weight balanced); its C is chosen inside each training part by a grouped 3-fold "
        "inner cross-validation on log-loss (chosen per fold: "
        f"{', '.join(f'{c:g}' for c in r.chosen_c)}; "
        f"the exported model, fitted on all rows: C={r.final_c:g}).",
        "",
        "| figure | value |",
        "|---|---|",
        f"| accuracy (top label) | {_pct(ev.accuracy)} |",
        f"| macro-F1 (top label) | {ev.macro_f1:.3f} |",
        f"| answered `Unclassified` at threshold {r.threshold:g} | {_pct(ev.unclassified_share)} |",
        f"| accuracy of the answered rows | {_pct(ev.answered_accuracy)} |",
        "",
        *_draw_lines(r.draws),
        "| label | precision | recall | F1 | support | `Unclassified` at threshold |",
        "|---|---|---|---|---|---|",
    ]
    for label, scores in ev.per_label.items():
        lines.append(
            f"| {label} | {scores.precision:.3f} | {scores.recall:.3f} | {scores.f1:.3f} | "
            f"{scores.support} | {_pct(r.unclassified_by_label[label])} |"
        )
    return lines


def _draw_lines(draws: Sequence[Draw]) -> list[str]:
    """The spread of the top label's figures over draws of the folds (none: no lines)."""
    if len(draws) < 2:
        return []
    first, others = draws[0], draws[1:]
    accuracy = [d.accuracy for d in draws]
    macro_f1 = [d.macro_f1 for d in draws]
    each = "; ".join(f"seed {d.seed}: {_pct(d.accuracy)}, {d.macro_f1:.3f}" for d in others)
    return [
        f"Which templates share a fold moves these figures: the folds drawn with other seeds of "
        f"the shuffle (seed {first.seed} above; C fixed at the value chosen most above) give "
        f"accuracy and macro-F1 of the top label of {each}. Over the {len(draws)} draws: "
        f"accuracy {_pct(min(accuracy))}-{_pct(max(accuracy))} (mean "
        f"{_pct(float(np.mean(accuracy)))}), macro-F1 {min(macro_f1):.3f}-{max(macro_f1):.3f} "
        f"(mean {float(np.mean(macro_f1)):.3f}).",
        "",
    ]


def _eval_set_lines(r: ReportInput) -> list[str]:
    if r.eval_set is None:
        return []
    return [
        "",
        "## Independent evaluation set",
        "",
        f"`{r.eval_set[0]}`: lines written apart from the training corpus, never trained on "
        "(`data/eval/README.md`), answered by the whole pipeline with the default routes "
        "(regex, then this model; the LLM tier off), as a server on these models would.",
        "",
        r.eval_set[1],
    ]


def _taught_lines(r: ReportInput) -> list[str]:
    if r.taught is None:
        return []
    return [
        "## Taught templates",
        "",
        "The overrides file's sample lines were trained on (`--taught`). Did teaching help, and "
        "did it break nothing else? Both models answer without overrides:",
        "",
        r.taught,
        "",
    ]


def _purity_lines(r: ReportInput) -> list[str]:
    if not r.purity:
        return []
    return [
        "",
        "## Template layer",
        "",
        "The server maps every record to a template (`server/placement.py` in front of "
        "`server/templates.py`, the same code here) and answers each line with the answer of "
        "its template's first line. It never merges lines that differ in a deciding word, "
        "learnt from the training data (`export/deciding_words.py`): where a template's lines "
        "carry more than one label, the words that split them at one position. "
        f"{len(r.deciding_words)} deciding words: "
        f"{', '.join(f'`{word}`' for word in r.deciding_words) or '(none)'}.",
        "",
        "Lines in a template that mixes labels, and the answers without and with the layer "
        "(corpus: the template-disjoint folds' top labels, each fold's lines in a shuffled "
        "order at a layer whose deciding words were learnt on the other folds; evaluation "
        "set: the whole pipeline's answers, `Unclassified` counting as wrong):",
        "",
        render_purity(r.purity),
    ]


def _confusion_lines(r: ReportInput) -> list[str]:
    labels = list(r.evaluation.per_label)
    lines = [
        "",
        "Confusion matrix of the top label (rows: true label, columns: predicted):",
        "",
        "| true \\ predicted | " + " | ".join(_short(label) for label in labels) + " |",
        "|---|" + "---|" * len(labels),
    ]
    for label, row in zip(labels, r.confusion, strict=True):
        lines.append(f"| {label} | " + " | ".join(str(int(v)) for v in row) + " |")
    return [
        *lines,
        "",
        "Column abbreviations: "
        + ", ".join(f"{_short(label)} = {label}" for label in labels if _short(label) != label)
        + ".",
    ]


def _parity_lines(r: ReportInput) -> list[str]:
    lines = ["", "## Parity", "", "| check | value | bound |", "|---|---|---|"]
    for name, (value, bound) in _parity_rows(r.parity).items():
        lines.append(f"| {name} | {value} | {bound} |")
    return lines


def _produced_with_lines(r: ReportInput) -> list[str]:
    return [
        "",
        "## Produced with",
        "",
        ", ".join(f"{name} {version}" for name, version in sorted(r.versions.items())) + ".",
        "",
        "Time per stage: "
        + ", ".join(f"{stage} {seconds:.1f}s" for stage, seconds in r.timings.items())
        + ".",
        "",
    ]


def _short(label: str) -> str:
    words = label.split()
    return "".join(word[0] for word in words).upper() if len(words) > 1 else label


def _parity_rows(parity: Mapping[str, float]) -> dict[str, tuple[str, str]]:
    """The parity figures with their bounds, in the order they are checked."""
    rows: dict[str, tuple[str, str]] = {}
    if "fp32_cosine_min" in parity:
        rows[f"ONNX fp32 vs torch, minimum cosine ({int(parity['fp32_lines'])} lines)"] = (
            f"{parity['fp32_cosine_min']:.6f}",
            f">= {parity_checks.MIN_COSINE:g}",
        )
    for suffix, how in (("", "in chunks of 8"), ("_single", "one row at a time")):
        if f"int8_agreement{suffix}" in parity:
            rows[f"int8 vs fp32 top label, {how}, held-out rows fp32 answers"] = (
                _pct(parity[f"int8_agreement{suffix}"]),
                f">= {_pct(parity_checks.MIN_INT8_AGREEMENT)}"
                if suffix == "_single"
                else "(reported)",
            )
        if f"int8_agreement_all{suffix}" in parity:
            rows[f"int8 vs fp32 top label, {how}, all held-out rows"] = (
                _pct(parity[f"int8_agreement_all{suffix}"]),
                "(reported)",
            )
    if "int8_batch_cosine_min" in parity:
        rows["int8 one row at a time vs in a chunk of 8, minimum cosine"] = (
            f"{parity['int8_batch_cosine_min']:.4f}",
            "(reported)",
        )
    if "words_max_abs_diff" in parity:
        rows["word weights vs scikit-learn's TfidfVectorizer, max difference"] = (
            f"{parity['words_max_abs_diff']:.1e}",
            f"<= {parity_checks.MAX_WORDS_DIFF:g}",
        )
    if "classifier_max_abs_diff" in parity:
        rows["ONNX classifier vs scikit-learn, max probability difference"] = (
            f"{parity['classifier_max_abs_diff']:.1e}",
            f"<= {parity_checks.MAX_PROBABILITY_DIFF:g}",
        )
    return rows


def _calibration_lines(c: CalibrationFigures, threshold: float) -> list[str]:
    table = c.reliability
    lines = [
        "",
        "## Confidence",
        "",
        "Fitted on the held-out folds: temperature scaling of the probabilities, "
        f"T = {c.fitted.temperature:.2f}, then Platt scaling of the top label's probability p "
        f"to the share of such answers that were right, sigmoid({c.fitted.slope:.3f} * logit(p) "
        f"{'+' if c.fitted.intercept >= 0 else '-'} {abs(c.fitted.intercept):.3f}). "
        "The figures above and below are cross-fitted (each fold "
        "calibrated with what was fitted on the other folds), and the threshold "
        f"{threshold:g} applies to the calibrated confidence. Expected calibration "
        f"error (10 bins): {c.ece_before:.3f} uncalibrated, **{c.ece_after:.3f}** calibrated. "
        f"Rows answered wrong with confidence >= 0.9: {_pct(c.confident_errors)}.",
        "",
        f"Familiarity: a line whose embedding has cosine similarity below {c.min_similarity:.3f} "
        "to every training template's centroid is answered `Unclassified` (reason "
        f"`unfamiliar`); on the held-out folds that is {_pct(c.unfamiliar_share)} of the rows "
        "(the bound is the highest under which held-out rows were right less than half the "
        "time, costing at most 5% of them; 0 when there is none).",
        "",
        f"![reliability diagram]({c.plot_file})",
        "",
        "| confidence bin | rows | mean confidence | accuracy |",
        "|---|---|---|---|",
    ]
    for i, count in enumerate(table.counts):
        if count:
            lines.append(
                f"| {table.edges[i]:.1f}-{table.edges[i + 1]:.1f} | {count} | "
                f"{table.confidence[i]:.3f} | {table.accuracy[i]:.3f} |"
            )
    return lines
