"""Retraining on what a person taught: the overrides file's entries become training rows, and the
report compares the models before and after on the independent set and on the taught templates.

Each entry with a `sample` line (what `logclass teach` and the review page write) adds that line,
COPIES times, as one template of its label: about the weight of one template of the corpus
(12 rows each). An entry without a sample (a hand-written pattern) cannot be trained on and is
left out, with a note.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from export.data import DataError, LabelledData, LabelledRow
from export.eval_set import EvalRow, answer_rows, score
from server.overrides import Override, OverrideError, parse_overrides
from server.tiers.semantic.model_manifest import MANIFEST_NAME

COPIES: Final = 12
TAUGHT_SOURCE: Final = "taught"
TAUGHT_SYSTEM: Final = "taught templates"


def load_taught(path: Path, labels: Sequence[str]) -> tuple[list[Override], str]:
    """The entries of an overrides file that carry a sample line, and the sha256 of the file;
    DataError on a file that cannot be read or a label the data does not have."""
    try:
        data = path.read_bytes()
        entries = parse_overrides(data.decode("utf-8"), str(path), labels)
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise DataError(f"{path}: not UTF-8 text") from None
    except OverrideError as exc:
        raise DataError(str(exc)) from None
    with_samples = [entry for entry in entries if entry.sample]
    skipped = len(entries) - len(with_samples)
    if skipped:
        print(f"  {skipped} taught entries have no sample line and are not trained on")
    return with_samples, hashlib.sha256(data).hexdigest()


def with_taught(data: LabelledData, taught: Sequence[Override], taught_sha256: str) -> LabelledData:
    """`data` and COPIES rows of each taught sample, one template each."""
    rows = tuple(
        LabelledRow(0, TAUGHT_SOURCE, entry.sample, entry.label, f"taught:{entry.name}")
        for entry in taught
        for _ in range(COPIES)
    )
    combined = hashlib.sha256(f"{data.sha256}:{taught_sha256}".encode()).hexdigest()
    return replace(data, rows=data.rows + rows, sha256=combined)


@dataclass(frozen=True, slots=True)
class Figures:
    """What one models folder gets right, and answers at all: the independent set (a model that
    answers fewer lines may be right more often on those it answers), the taught templates."""

    eval_mean_accuracy: float | None
    eval_overall_accuracy: float | None
    eval_coverage: float | None
    taught_right: int


def figures(models: Path, eval_rows: Sequence[EvalRow], taught: Sequence[Override]) -> Figures:
    """The figures of the models in `models`, answering with the default routes and no
    overrides."""
    rows = [EvalRow(TAUGHT_SYSTEM, TAUGHT_SOURCE, entry.sample, entry.label) for entry in taught]
    answers = answer_rows(models, [*eval_rows, *rows])
    taught_answers = answers[len(eval_rows) :]
    right = sum(a.label == row.label for a, row in zip(taught_answers, rows, strict=True))
    if not eval_rows:
        return Figures(None, None, None, right)
    report = score(
        eval_rows,
        [a.label for a in answers[: len(eval_rows)]],
        [a.confidence for a in answers[: len(eval_rows)]],
    )
    return Figures(report.mean_accuracy, report.overall_accuracy, report.mean_coverage, right)


def previous_models(out: Path) -> Path | None:
    """`out` when it holds models to compare with (the folder the export replaces)."""
    return out if (out / MANIFEST_NAME).is_file() else None


def render(before: Figures | None, after: Figures, taught: int, eval_set: str | None) -> str:
    """The before/after table of REPORT.md and the export's output."""

    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{100 * value:.1f}%"

    def cells(f: Figures | None) -> tuple[str, str, str, str]:
        if f is None:
            return ("(no models before)",) * 4
        return (
            pct(f.eval_mean_accuracy),
            pct(f.eval_overall_accuracy),
            pct(f.eval_coverage),
            f"{f.taught_right}/{taught}",
        )

    b, a = cells(before), cells(after)
    where = f"`{eval_set}`" if eval_set else "no independent set scored"
    return "\n".join(
        [
            "| | before (the models this export replaced) | after |",
            "|---|---|---|",
            f"| independent set ({where}): mean per-system accuracy | {b[0]} | {a[0]} |",
            f"| independent set: accuracy of the answered lines | {b[1]} | {a[1]} |",
            f"| independent set: mean per-system share of lines answered | {b[2]} | {a[2]} |",
            f"| taught templates given their taught label (no overrides) | {b[3]} | {a[3]} |",
        ]
    )
