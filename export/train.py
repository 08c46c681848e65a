"""The classifier on the embeddings: template-disjoint evaluation, final fit and ONNX conversion.

Folds are grouped (StratifiedGroupKFold): every row of a template, or of one masked message when
the data has no template ids, is in the same fold, so the figures say how the model does on
templates it has never seen. LogisticRegression's C is chosen inside each training part by an inner
grouped cross-validation on log-loss (the confidence the threshold acts on), never on the test fold.
The word weights (`export.words`) are fitted per fold too, on the training part's messages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt
from scipy import sparse  # type: ignore[import-untyped]
from skl2onnx import convert_sklearn
from skl2onnx.common.data_types import FloatTensorType
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, log_loss, precision_recall_fscore_support
from sklearn.model_selection import StratifiedGroupKFold

from server.features import centroids, nearest_similarity
from server.tiers.semantic.model_manifest import Evaluation, LabelScores
from server.words import WordFeatures

C_GRID: Final = (1.0, 4.0, 16.0, 64.0)
INNER_FOLDS: Final = 3
MAX_ITER: Final = 5000
# Each label's rows weigh inversely to its share of the training rows. The corpus has the label mix
# of real logs (routine notices the most), and unweighted fits gave the rare labels (Workflow
# Error, Deprecation Warning) low recall. On the corpus's template-disjoint 5-fold CV (C=16, fp32
# embeddings, word weights) the weighting took macro-F1 from 0.835 to 0.845 and log-loss from
# 0.500 to 0.480: on rows of the corpus's own mix the probabilities got better, not only the
# rare labels' recall.
CLASS_WEIGHT: Final = "balanced"
SEED: Final = 0
# More draws of the template-disjoint folds (StratifiedGroupKFold's shuffle), for the spread of the
# corpus figure: with about 2,800 templates in 5 folds, which templates share a fold moves
# macro-F1 by up to a point from one draw to another.
REDRAW_SEEDS: Final = (1, 2)
CLASSIFIER_FILE: Final = "classifier.onnx"
CLASSIFIER_INPUT: Final = "embedding"
CLASSIFIER_OUTPUT: Final = "probabilities"

Matrix = npt.NDArray[np.float32]
Probabilities = npt.NDArray[np.float64]
# Given a fold's training rows: the word weights fitted on their messages alone, and every row's
# word block with them (rows, in the data's order).
FoldWords = Callable[[npt.NDArray[np.int64]], tuple[WordFeatures, sparse.csr_matrix]]


@dataclass(frozen=True, slots=True)
class CrossValidation:
    """Out-of-fold results: each row's probabilities from the fold model that did not train on it.

    `variants` holds, per alternative embedding of the same rows (e.g. int8), the probabilities
    the same fold models gave for it.
    """

    labels: tuple[str, ...]
    folds: int
    probabilities: Probabilities
    variants: Mapping[str, Probabilities]
    chosen_c: tuple[float, ...]
    first_model: LogisticRegression
    first_test: npt.NDArray[np.int64]
    # Which fold held each row out, and (when asked for) each row's similarity to the nearest
    # centroid of the fold's training templates.
    fold_of: npt.NDArray[np.int64]
    similarity: npt.NDArray[np.float32]
    # The first fold's word weights (`first_model` reads them), when the folds had their own.
    first_words: WordFeatures | None = None


def fit_input(x: Matrix | sparse.csr_matrix) -> sparse.csr_matrix:
    """`x` as the fits take it: rows of stored non-zeros. The word weights (`server.words`) are
    mostly zeros, so a fit on thousands of columns costs about what the embedding's 384 do; the
    fitted model is the same as on the dense rows."""
    return x if sparse.issparse(x) else sparse.csr_matrix(x)


def with_words(x: Matrix | sparse.csr_matrix, words: sparse.csr_matrix | None) -> sparse.csr_matrix:
    """`x` as the fits take it, with the word block `words` (one row per row of `x`) after it."""
    rows = fit_input(x)
    return rows if words is None else sparse.hstack([rows, words], format="csr")


def new_classifier(c: float) -> LogisticRegression:
    """The classifier the export trains, with its fixed settings."""
    return LogisticRegression(C=c, max_iter=MAX_ITER, class_weight=CLASS_WEIGHT)


def _splitter(folds: int, seed: int = SEED) -> StratifiedGroupKFold:
    return StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)


def choose_c(
    x: Matrix,
    y: npt.NDArray[np.str_],
    groups: npt.NDArray[np.str_],
    folds: int = INNER_FOLDS,
    grid: Sequence[float] = C_GRID,
) -> float:
    """The C of `grid` with the lowest mean grouped cross-validated log-loss on (x, y)."""
    labels = np.unique(y)
    x = fit_input(x)
    losses = []
    for c in grid:
        fold_losses = []
        for train, test in _splitter(folds).split(x, y, groups):
            model = new_classifier(c).fit(x[train], y[train])
            fold_losses.append(log_loss(y[test], model.predict_proba(x[test]), labels=labels))
        losses.append(float(np.mean(fold_losses)))
    return float(grid[int(np.argmin(losses))])


def cross_validate(
    x: Matrix,
    y: npt.NDArray[np.str_],
    groups: npt.NDArray[np.str_],
    folds: int,
    variants: Mapping[str, Matrix] | None = None,
    embeddings: Matrix | None = None,
    fold_words: FoldWords | None = None,
    seed: int = SEED,
    c: float | None = None,
) -> CrossValidation:
    """Grouped k-fold evaluation (the folds drawn with `seed`) with C chosen by an inner grouped
    CV of each training part, or fixed at `c`.

    With `embeddings` (the rows' embeddings as served), each held-out row's similarity to the
    nearest centroid of its fold's training groups is measured too. With `fold_words`, each
    fold's rows get the word block of word weights fitted on its training messages only (`x`
    and `variants` then hold the rows without it): a held-out template's words that no training
    message has are unknown to the fold's model, as a new template's are to the server's.
    """
    labels = tuple(str(label) for label in np.unique(y))
    if len(np.unique(groups)) < folds:
        raise ValueError(
            f"{len(np.unique(groups))} groups cannot fill {folds} folds; lower --folds"
        )
    variants = variants or {}
    rows = fit_input(x)
    first_words: WordFeatures | None = None
    probabilities = np.zeros((len(y), len(labels)))
    variant_probabilities = {name: np.zeros_like(probabilities) for name in variants}
    chosen = []
    first: tuple[LogisticRegression, npt.NDArray[np.int64]] | None = None
    fold_of = np.zeros(len(y), dtype=np.int64)
    similarity = np.ones(len(y), dtype=np.float32)
    for fold, (train, test) in enumerate(_splitter(folds, seed).split(x, y, groups)):
        fold_of[test] = fold
        if embeddings is not None:
            trained = centroids(embeddings[train], [str(g) for g in groups[train]])
            similarity[test] = nearest_similarity(embeddings[test], trained)
        words, block = fold_words(train) if fold_words is not None else (None, None)
        fold_rows = with_words(rows, block)
        fold_c = choose_c(fold_rows[train], y[train], groups[train]) if c is None else c
        model = new_classifier(fold_c).fit(fold_rows[train], y[train])
        if tuple(model.classes_) != labels:
            raise ValueError("a training fold lacks a label; lower --folds or add rows")
        probabilities[test] = model.predict_proba(fold_rows[test])
        held_out_words = block[test] if block is not None else None
        for name, matrix in variants.items():
            variant_probabilities[name][test] = model.predict_proba(
                with_words(matrix[test], held_out_words)
            )
        chosen.append(fold_c)
        if first is None:
            first = (model, np.asarray(test, dtype=np.int64))
            first_words = words
    assert first is not None
    return CrossValidation(
        labels,
        folds,
        probabilities,
        variant_probabilities,
        tuple(chosen),
        *first,
        fold_of=fold_of,
        similarity=similarity,
        first_words=first_words,
    )


@dataclass(frozen=True, slots=True)
class Draw:
    """The top label's accuracy and macro-F1 of one draw of the folds (its seed)."""

    seed: int
    accuracy: float
    macro_f1: float


def top_labels(labels: Sequence[str], probabilities: Probabilities) -> npt.NDArray[np.str_]:
    """Each row's most probable label (calibration never changes which it is)."""
    return np.asarray(np.array(labels)[probabilities.argmax(axis=1)], dtype=np.str_)


def top_label_scores(
    labels: Sequence[str], probabilities: Probabilities, y: npt.NDArray[np.str_]
) -> tuple[float, float]:
    """Accuracy and macro-F1 of each row's top label."""
    predicted = top_labels(labels, probabilities)
    _, _, f1, _ = precision_recall_fscore_support(
        y, predicted, labels=list(labels), zero_division=0
    )
    return float(np.mean(predicted == y)), float(np.mean(f1))


def redrawn(
    x: Matrix,
    y: npt.NDArray[np.str_],
    groups: npt.NDArray[np.str_],
    folds: int,
    c: float,
    seeds: Sequence[int] = REDRAW_SEEDS,
    fold_words: FoldWords | None = None,
) -> list[Draw]:
    """The grouped k-fold evaluation drawn again with each of `seeds`, C fixed at `c`: the top
    label's figures only, for their spread across draws (no inner search of C: five fits a draw,
    where the evaluation's makes sixty-five)."""
    draws = []
    for seed in seeds:
        cv = cross_validate(x, y, groups, folds, fold_words=fold_words, seed=seed, c=c)
        accuracy, macro_f1 = top_label_scores(cv.labels, cv.probabilities, y)
        draws.append(Draw(seed, round(accuracy, 4), round(macro_f1, 4)))
    return draws


def answered_rows(
    cv: CrossValidation, threshold: float, min_similarity: float = 0.0
) -> npt.NDArray[np.bool_]:
    """The rows the tier answers: top probability at the threshold, and familiar."""
    return np.asarray(
        (cv.probabilities.max(axis=1) >= threshold) & (cv.similarity >= min_similarity)
    )


def evaluate(
    cv: CrossValidation,
    y: npt.NDArray[np.str_],
    threshold: float,
    grouping: str,
    min_similarity: float = 0.0,
) -> Evaluation:
    """Per-label precision/recall/F1, accuracy and macro-F1 of the top label; the share of rows
    answered `Unclassified` (top probability below `threshold`, or unfamiliar) and the accuracy
    of the others.
    """
    labels = list(cv.labels)
    predicted = top_labels(labels, cv.probabilities)
    precision, recall, f1, support = precision_recall_fscore_support(
        y, predicted, labels=labels, zero_division=0
    )
    answered = answered_rows(cv, threshold, min_similarity)
    correct = predicted == y
    return Evaluation(
        folds=cv.folds,
        grouping=grouping,
        rows=len(y),
        accuracy=round(float(np.mean(correct)), 4),
        macro_f1=round(float(np.mean(f1)), 4),
        unclassified_share=round(float(1.0 - np.mean(answered)), 4),
        answered_accuracy=round(float(np.mean(correct[answered])) if answered.any() else 0.0, 4),
        per_label={
            label: LabelScores(
                precision=round(float(precision[i]), 4),
                recall=round(float(recall[i]), 4),
                f1=round(float(f1[i]), 4),
                support=int(support[i]),
            )
            for i, label in enumerate(labels)
        },
    )


def confusion(cv: CrossValidation, y: npt.NDArray[np.str_]) -> npt.NDArray[np.int64]:
    """Rows: true label, columns: predicted top label, in `cv.labels` order."""
    labels = list(cv.labels)
    predicted = top_labels(labels, cv.probabilities)
    return np.asarray(confusion_matrix(y, predicted, labels=labels), dtype=np.int64)


def unclassified_by_label(
    cv: CrossValidation, y: npt.NDArray[np.str_], threshold: float, min_similarity: float = 0.0
) -> dict[str, float]:
    """Per true label, the share of its rows answered `Unclassified`."""
    below = ~answered_rows(cv, threshold, min_similarity)
    return {label: float(np.mean(below[y == label])) for label in cv.labels}


def fit_final(
    x: Matrix | sparse.csr_matrix, y: npt.NDArray[np.str_], groups: npt.NDArray[np.str_], folds: int
) -> LogisticRegression:
    """The exported classifier: C chosen by grouped CV on all rows, then fitted on all rows."""
    rows = fit_input(x)
    c = choose_c(rows, y, groups, folds=min(folds, len(np.unique(groups))))
    model = new_classifier(c)
    model.fit(rows, y)
    return model


def export_classifier(model: LogisticRegression, dimension: int, out_path: Path) -> None:
    """Convert with skl2onnx: float input `embedding`, `probabilities` as a plain tensor."""
    onnx_model = convert_sklearn(
        model,
        initial_types=[(CLASSIFIER_INPUT, FloatTensorType([None, dimension]))],
        options={id(model): {"zipmap": False}},
        target_opset={"": 17, "ai.onnx.ml": 3},
        final_types=None,
    )
    # skl2onnx names the graph with a random uuid: a fixed name keeps the file, and so the
    # model version, the same for the same data.
    onnx_model.graph.name = "classifier"
    for output in onnx_model.graph.output:
        if output.name not in ("label", CLASSIFIER_OUTPUT):
            raise ValueError(f"unexpected classifier output {output.name!r}")
    out_path.write_bytes(onnx_model.SerializeToString())
