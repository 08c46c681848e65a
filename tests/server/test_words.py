"""The message's word weights beside the embedding: the server's own TF-IDF rows."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from server.words import WordFeatures, WordsFileError

WORDS = WordFeatures(("denied", "login", "num"), (2.0, 1.5, 1.0))


def test_a_row_weighs_each_known_word_by_log_count_and_idf_at_unit_length() -> None:
    rows = WORDS.rows(["Login DENIED for <num>: denied again", "nothing known here", ""])
    denied, login, num = (1 + math.log(2)) * 2.0, 1.5, 1.0
    norm = math.sqrt(denied**2 + login**2 + num**2)
    assert rows.dtype == np.float32 and rows.shape == (3, 3)
    assert rows[0].tolist() == pytest.approx([denied / norm, login / norm, num / norm])
    assert rows[1].tolist() == rows[2].tolist() == [0.0, 0.0, 0.0]
    # Single letters and digits are not words.
    assert WORDS.rows(["a 1 x9"]).tolist() == [[0.0, 0.0, 0.0]]


def test_pairs_of_adjacent_words_are_terms_when_asked_for() -> None:
    pairs = WordFeatures(("denied", "permission denied", "access denied"), (1.0, 3.0, 2.0), 2)
    assert pairs.terms("Permission denied: user") == [
        "permission",
        "denied",
        "user",
        "permission denied",
        "denied user",
    ]
    row = pairs.rows(["permission denied"])[0]
    norm = math.sqrt(1.0 + 9.0)
    assert row.tolist() == pytest.approx([1.0 / norm, 3.0 / norm, 0.0])
    # Words alone (the default, and files written before pairs): no pair is a term.
    assert WORDS.terms("Permission denied") == ["permission", "denied"]


def test_the_words_file_round_trips_and_a_foreign_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "words.json"
    WORDS.save(path)
    assert WordFeatures.load(path) == WORDS
    path.write_text(path.read_text().replace("[a-zA-Z][a-zA-Z]+", "\\\\w+"))
    with pytest.raises(WordsFileError, match="words were read with"):
        WordFeatures.load(path)
    path.write_text("{}")
    with pytest.raises(WordsFileError, match="not a words file"):
        WordFeatures.load(path)
    with pytest.raises(WordsFileError, match="2 words but 1 idf"):
        WordFeatures(("a", "b"), (1.0,))


def test_a_words_file_without_longest_reads_as_words_alone(tmp_path: Path) -> None:
    path = tmp_path / "words.json"
    pairs = WordFeatures(("denied", "access denied"), (1.0, 2.0), 2)
    pairs.save(path)
    assert WordFeatures.load(path) == pairs
    payload = json.loads(path.read_text())
    del payload["longest"]
    path.write_text(json.dumps(payload))
    assert WordFeatures.load(path).longest == 1
    payload["longest"] = "2"
    path.write_text(json.dumps(payload))
    with pytest.raises(WordsFileError, match="longest must be a whole number"):
        WordFeatures.load(path)
