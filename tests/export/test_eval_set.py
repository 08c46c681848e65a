"""The independent evaluation set: its shape, its independence from the corpus, its scoring."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from export.eval_set import EvalRow, load_eval_set, score
from export.overlap import EVAL_SET, template_shape
from server.taxonomy import UNCLASSIFIED
from tests.conftest import REPO, TAXONOMY_LABELS

CORPUS = REPO / "data" / "corpus.csv"


def test_the_set_is_large_varied_and_uses_the_taxonomy() -> None:
    rows = load_eval_set()
    assert len(rows) >= 3000
    assert len({row.system for row in rows}) >= 30
    labels = Counter(row.label for row in rows)
    assert set(labels) == TAXONOMY_LABELS
    # Shaped like real logs: routine notices are the largest class.
    assert labels.most_common(1)[0][0] == "System Notification"
    assert all("\n" not in row.message and row.message.strip() for row in rows)


def test_the_set_shares_no_template_with_the_training_corpus() -> None:
    with CORPUS.open(newline="", encoding="utf-8") as handle:
        corpus = {template_shape(row["log_message"]) for row in csv.DictReader(handle)}
    shared = sorted({template_shape(row.message) for row in load_eval_set()} & corpus)
    assert shared == [], shared[:10]


def test_the_set_file_has_its_documented_columns() -> None:
    with EVAL_SET.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header[:4] == ["system", "source", "log_message", "target_label"]


def test_scoring_per_system_and_overall() -> None:
    rows = [
        EvalRow("sshd", "sshd", "a", "User Action"),
        EvalRow("sshd", "sshd", "b", "Security Alert"),
        EvalRow("sshd", "sshd", "c", "Error"),
        EvalRow("nginx", "nginx", "d", "HTTP Status"),
    ]
    report = score(
        rows, ["User Action", "Error", UNCLASSIFIED, "HTTP Status"], [0.8, 0.95, 0.3, 0.9]
    )
    sshd, nginx = report.systems[1], report.systems[0]
    assert (sshd.rows, sshd.answered, sshd.right, sshd.confident_errors) == (3, 2, 1, 1)
    assert (nginx.accuracy, nginx.coverage) == (1.0, 1.0)
    assert report.mean_accuracy == pytest.approx(0.75)
    assert report.mean_coverage == pytest.approx((2 / 3 + 1) / 2)
    assert report.confident_error_share == pytest.approx(0.25)
