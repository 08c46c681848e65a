"""Fitting the classifier's word weights (`server.words`) on the training messages.

scikit-learn's TfidfVectorizer fits the vocabulary (words in at least MIN_DOCUMENTS messages) and
the idf; the server computes the rows with its own code, and `check_parity` holds the two to the
same numbers before an export is accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
import numpy.typing as npt
from scipy import sparse  # type: ignore[import-untyped]
from sklearn.feature_extraction.text import TfidfVectorizer

from export.parity import MAX_WORDS_DIFF, ParityError
from export.train import FoldWords
from server.words import WORD_PATTERN, WordFeatures

MIN_DOCUMENTS: Final = 2
# Terms are words and pairs of adjacent words. On the corpus's template-disjoint 5-fold CV
# (logistic regression, C=16, fp32 embeddings) the pairs took macro-F1 from 0.835 to 0.843, and
# with leave-system-out folds from 0.785 to 0.800.
LONGEST_TERM: Final = 2


def _vectorizer(longest: int) -> TfidfVectorizer:
    return TfidfVectorizer(
        lowercase=True,
        token_pattern=WORD_PATTERN,
        ngram_range=(1, longest),
        min_df=MIN_DOCUMENTS,
        sublinear_tf=True,
    )


def fit(texts: Sequence[str], longest: int = LONGEST_TERM) -> WordFeatures:
    """The vocabulary and idf of the masked training messages `texts` (one per row), over terms
    of up to `longest` words."""
    return _features(_vectorizer(longest).fit(list(texts)), longest)


def _features(vectorizer: TfidfVectorizer, longest: int) -> WordFeatures:
    vocabulary = [""] * len(vectorizer.vocabulary_)
    for word, column in vectorizer.vocabulary_.items():
        vocabulary[column] = word
    return WordFeatures(tuple(vocabulary), tuple(float(v) for v in vectorizer.idf_), longest)


def fold_words(texts: Sequence[str], longest: int = LONGEST_TERM) -> FoldWords:
    """For `train.cross_validate`, with `texts` each row's masked message: the word weights of a
    fold's training messages alone, and every row's word block with them."""
    every = list(texts)

    def fitted_on(train: npt.NDArray[np.int64]) -> tuple[WordFeatures, sparse.csr_matrix]:
        vectorizer = _vectorizer(longest).fit([every[i] for i in train])
        block = sparse.csr_matrix(vectorizer.transform(every), dtype=np.float32)
        return _features(vectorizer, longest), block

    return fitted_on


def check_parity(words: WordFeatures, texts: Sequence[str], rows: npt.NDArray[np.float32]) -> float:
    """The largest difference between `rows`, the server's rows of `texts` (`words.rows`), and
    scikit-learn's with the vocabulary and idf of `words`; ParityError above MAX_WORDS_DIFF."""
    vectorizer = _vectorizer(words.longest)
    vectorizer.vocabulary_ = {word: column for column, word in enumerate(words.vocabulary)}
    vectorizer.idf_ = np.array(words.idf)
    reference = vectorizer.transform(list(texts)).toarray()
    worst = float(np.abs(reference - rows).max()) if len(texts) else 0.0
    if worst > MAX_WORDS_DIFF:
        raise ParityError(
            f"word weights differ from scikit-learn's by {worst:.2e} > {MAX_WORDS_DIFF}"
        )
    return worst
