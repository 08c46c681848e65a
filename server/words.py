"""The words of a masked message as classifier evidence beside its embedding: TF-IDF weights.

MiniLM's embedding places a line near lines of similar meaning, but a few words often decide a
log line's label (`denied`, `deprecated`, `OOM`, `retired`, `escalation`) and a mean-pooled
embedding blurs them. The classifier therefore also sees the message's words, weighted as
scikit-learn's `TfidfVectorizer(lowercase=True, token_pattern=WORD_PATTERN, sublinear_tf=True)`
weights them: for each vocabulary term, (1 + log(count)) * idf, the row scaled to unit length. A
term is a word or, with `longest` 2, also a pair of adjacent words (`permission denied`, `not
found`), which says what a word alone leaves open.
`make export` fits the vocabulary and the idf on the training messages and writes them to a JSON
file the manifest names; this module computes the same rows in the server, without scikit-learn
(the export checks that both agree).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from server.options import ConfigError

# Words of two or more ASCII letters, read after lowercasing: numbers and ids are masked before
# this, and a placeholder such as `<num>` counts as the word `num`.
WORD_PATTERN: Final = r"[a-zA-Z][a-zA-Z]+"
_WORD: Final = re.compile(WORD_PATTERN)

Matrix = npt.NDArray[np.float32]


class WordsFileError(ConfigError):
    """The words file cannot be read or is inconsistent."""


@dataclass(frozen=True, slots=True)
class WordFeatures:
    """A vocabulary of terms (column order) and each term's inverse document frequency.

    A term is a word, or up to `longest` adjacent words joined by one space (scikit-learn's
    `ngram_range=(1, longest)`)."""

    vocabulary: tuple[str, ...]
    idf: tuple[float, ...]
    longest: int = 1
    # Each term's column, made once: a vocabulary has tens of thousands of terms, and the server
    # asks for rows a few texts at a time.
    _column: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.vocabulary) != len(self.idf):
            raise WordsFileError(f"{len(self.vocabulary)} words but {len(self.idf)} idf values")
        if self.longest < 1:
            raise WordsFileError(f"terms of at most {self.longest} words")
        column = {term: i for i, term in enumerate(self.vocabulary)}
        object.__setattr__(self, "_column", column)

    @property
    def width(self) -> int:
        return len(self.vocabulary)

    def rows(self, texts: Sequence[str]) -> Matrix:
        """One unit-length (or all-zero) row of TF-IDF weights per text."""
        column, idf = self._column, self.idf
        out = np.zeros((len(texts), len(self.vocabulary)), dtype=np.float32)
        for row, text in enumerate(texts):
            counts = Counter(term for term in self.terms(text) if term in column)
            if not counts:
                continue
            indexes = [column[term] for term in counts]
            weights = np.array(
                [
                    (1.0 + math.log(count)) * idf[index]
                    for index, count in zip(indexes, counts.values(), strict=True)
                ],
                dtype=np.float64,
            )
            out[row, indexes] = weights / max(float(np.linalg.norm(weights)), 1e-12)
        return out

    def terms(self, text: str) -> list[str]:
        """The terms of `text` in scikit-learn's order: its words, then each run of 2 adjacent
        words, and so on up to `longest`."""
        words = _WORD.findall(text.lower())
        terms = list(words)
        for n in range(2, self.longest + 1):
            terms.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
        return terms

    def save(self, path: Path) -> None:
        payload = {
            "word_pattern": WORD_PATTERN,
            "longest": self.longest,
            "vocabulary": self.vocabulary,
            "idf": self.idf,
        }
        path.write_text(json.dumps(payload), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> WordFeatures:
        """The words file at `path`; WordsFileError if it is not one this code reads alike."""
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            pattern, vocabulary, idf = (
                payload["word_pattern"],
                payload["vocabulary"],
                payload["idf"],
            )
            # Files written before pairs of words were terms have no "longest".
            longest = payload.get("longest", 1)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise WordsFileError(f"{path}: not a words file: {exc}") from exc
        if pattern != WORD_PATTERN:
            raise WordsFileError(f"{path}: words were read with {pattern!r}, not {WORD_PATTERN!r}")
        if not all(isinstance(word, str) for word in vocabulary) or not all(
            isinstance(value, int | float) for value in idf
        ):
            raise WordsFileError(f"{path}: vocabulary must be strings and idf numbers")
        if not isinstance(longest, int) or isinstance(longest, bool):
            raise WordsFileError(f"{path}: longest must be a whole number, not {longest!r}")
        return cls(tuple(vocabulary), tuple(float(value) for value in idf), longest)
