"""Fitting the word weights: the server's rows are scikit-learn's TfidfVectorizer's."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from export import words
from export.parity import ParityError
from server.features import record_view
from server.words import WordFeatures

LINES = [
    "2026-11-30 12:00:00,123 INFO Started pod web-1 in 42ms",
    "2026-11-30 12:00:01,456 WARN Disk /var at 91% of 40G, cleanup scheduled",
    "sshd[812]: Failed password for invalid user admin from 203.0.113.9 port 52311",
    "sshd[813]: Failed password for root from 203.0.113.9 port 52312",
    "Started pod api-2 in 7ms; Started again",
    "endpoint /v1/report is deprecated and will be removed",
]


def test_the_fitted_words_give_scikit_learns_rows() -> None:
    texts = [record_view(line).text for line in LINES]
    fitted = words.fit(texts)
    # Only terms of at least two messages: "started", "pod", "failed password", ...
    assert "started" in fitted.vocabulary and "deprecated" not in fitted.vocabulary
    assert fitted.longest == 2 and "failed password" in fitted.vocabulary
    assert "deprecated and" not in fitted.vocabulary
    rows = fitted.rows(texts)
    assert words.check_parity(fitted, texts, rows) < 1e-6
    assert rows.shape == (len(texts), fitted.width)


def test_rows_that_stray_from_scikit_learns_stop_the_export(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [record_view(line).text for line in LINES]
    fitted = words.fit(texts)

    def halved(self: WordFeatures, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.asarray(original(self, texts) / 2, dtype=np.float32)

    original = WordFeatures.rows
    monkeypatch.setattr(WordFeatures, "rows", halved)
    with pytest.raises(ParityError, match="word weights differ"):
        words.check_parity(fitted, texts, fitted.rows(texts))


def test_words_alone_give_scikit_learns_rows_too() -> None:
    texts = [record_view(line).text for line in LINES]
    fitted = words.fit(texts, longest=1)
    assert fitted.longest == 1 and not any(" " in term for term in fitted.vocabulary)
    assert words.check_parity(fitted, texts, fitted.rows(texts)) < 1e-6


def test_a_folds_words_come_from_its_training_messages_alone() -> None:
    texts = [record_view(line).text for line in LINES]
    fitted, block = words.fold_words(texts)(np.array([0, 1, 2, 3]))
    # "deprecated" and "removed" are in held-out rows only: no column, no weight.
    assert "failed password" in fitted.vocabulary and "removed" not in fitted.vocabulary
    assert block.shape == (len(texts), fitted.width)
    assert np.allclose(block.toarray(), fitted.rows(texts), atol=1e-6)
