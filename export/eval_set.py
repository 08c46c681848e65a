"""The independent evaluation set (`data/eval/eval.csv`): what the served models answer, per system.

The set was written apart from the training corpus (see `data/eval/README.md`) and is never trained
on. Its lines go through the whole in-process pipeline with the default routes (regex, then the
semantic tier; the LLM tier off), exactly as a server on those models would answer them. Per
system: accuracy of the answered lines, coverage (lines not `Unclassified`), and confident errors
(answered wrong with confidence >= 0.9); overall: their means over systems, and the calibration
error of the answered lines.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

import numpy as np

from export.calibration import reliability
from export.overlap import EVAL_SET
from server.api import Classifier
from server.config import SemanticConfig, Settings
from server.records import Classification, LogRecord
from server.taxonomy import UNCLASSIFIED

CONFIDENT: Final = 0.9


@dataclass(frozen=True, slots=True)
class EvalRow:
    """One line of the set: the system family, the sending source, the line, its label."""

    system: str
    source: str
    message: str
    label: str


@dataclass(frozen=True, slots=True)
class SystemScore:
    """One system's figures."""

    system: str
    rows: int
    answered: int
    right: int
    confident_errors: int

    @property
    def accuracy(self) -> float:
        """Accuracy of the answered lines."""
        return self.right / self.answered if self.answered else 0.0

    @property
    def coverage(self) -> float:
        return self.answered / self.rows if self.rows else 0.0


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Per-system scores and the set-wide figures."""

    systems: tuple[SystemScore, ...]
    rows: int
    ece: float

    @property
    def mean_accuracy(self) -> float:
        return float(np.mean([s.accuracy for s in self.systems]))

    @property
    def mean_coverage(self) -> float:
        return float(np.mean([s.coverage for s in self.systems]))

    @property
    def confident_error_share(self) -> float:
        return sum(s.confident_errors for s in self.systems) / self.rows

    @property
    def overall_accuracy(self) -> float:
        answered = sum(s.answered for s in self.systems)
        return sum(s.right for s in self.systems) / answered if answered else 0.0


def load_eval_set(path: Path = EVAL_SET) -> list[EvalRow]:
    """The rows of the set (columns system, source, log_message, target_label)."""
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            EvalRow(row["system"], row["source"], row["log_message"], row["target_label"])
            for row in csv.DictReader(handle)
        ]


def score(
    rows: Sequence[EvalRow], labels: Sequence[str], confidences: Sequence[float]
) -> EvalReport:
    """The figures of answers `labels` (with their `confidences`) to `rows`."""
    by_system: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    answered_conf: list[float] = []
    answered_right: list[bool] = []
    for row, label, confidence in zip(rows, labels, confidences, strict=True):
        counts = by_system[row.system]
        counts[0] += 1
        if label == UNCLASSIFIED:
            continue
        right = label == row.label
        counts[1] += 1
        counts[2] += right
        counts[3] += (not right) and confidence >= CONFIDENT
        answered_conf.append(confidence)
        answered_right.append(right)
    systems = tuple(SystemScore(name, *counts) for name, counts in sorted(by_system.items()))
    ece = (
        reliability(np.array(answered_conf), np.array(answered_right)).ece if answered_conf else 0.0
    )
    return EvalReport(systems, len(rows), ece)


def answer_rows(
    model_path: Path, rows: Sequence[EvalRow], cache_size: int | None = None
) -> list[Classification]:
    """The answers of the models in `model_path`, served with the default routes (and, when
    given, that cache size: 0 classifies every line by itself, without the template layer)."""
    semantic = SemanticConfig(model_path=model_path)
    if cache_size is not None:
        semantic = replace(semantic, cache_size=cache_size)
    with Classifier(Settings(semantic=semantic)) as classifier:
        return classifier.classify_records(
            [LogRecord(str(i), row.source, row.message) for i, row in enumerate(rows)]
        )


def evaluate_models(model_path: Path, rows: Sequence[EvalRow] | None = None) -> EvalReport:
    """The figures of the models in `model_path`, served with the default routes, on the set."""
    rows = load_eval_set() if rows is None else rows
    results = answer_rows(model_path, rows)
    return score(rows, [r.label for r in results], [r.confidence for r in results])


def render_table(report: EvalReport) -> str:
    """The per-system table and the set-wide figures, as Markdown."""
    lines = [
        "| system | lines | coverage | accuracy (answered) | confident errors |",
        "|---|---:|---:|---:|---:|",
    ]
    for s in report.systems:
        lines.append(
            f"| {s.system} | {s.rows} | {100 * s.coverage:.0f}% | {100 * s.accuracy:.0f}% | "
            f"{s.confident_errors} |"
        )
    lines += [
        "",
        f"- {len(report.systems)} systems, {report.rows} lines.",
        f"- mean per-system accuracy of the answered lines: **{100 * report.mean_accuracy:.1f}%** "
        f"(all answered lines: {100 * report.overall_accuracy:.1f}%; goal >= 90%)",
        f"- mean per-system coverage: **{100 * report.mean_coverage:.1f}%** (goal >= 85%)",
        f"- confident errors (wrong, confidence >= {CONFIDENT:g}): "
        f"**{100 * report.confident_error_share:.1f}%** of the lines (goal <= 2%)",
        f"- calibration error of the answered lines (ECE, 10 bins): **{report.ece:.3f}** "
        "(goal <= 0.05)",
    ]
    return "\n".join(lines)
