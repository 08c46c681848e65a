"""Confidence that means what it says: calibration, calibration error, familiarity.

All of it is fitted on out-of-fold answers of the template-disjoint evaluation (templates the fold
model never saw), never on the rows a model was trained on:

- the temperature T minimises the log-loss of softmax(log(p) / T) on those answers; then the top
  label's Platt scaling (slope, intercept) minimises the log-loss of "the top label was right"
  against its probability: T fits the whole distribution, Platt the one number the threshold and
  the user read. The figures of the report are cross-fitted (each fold's answers calibrated with
  what was fitted on the other folds);
- the expected calibration error (ECE) is the row-weighted mean gap between confidence and
  accuracy over 10 equal-width confidence bins;
- `min_similarity`, the familiarity bound: a held-out row whose embedding is farther than it from
  every training template's centroid was mostly answered wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from server.features import calibrate

TEMPERATURES: Final = np.geomspace(0.2, 10.0, 160)
BINS: Final = 10
# A familiarity bound is kept only if the held-out rows below it were right less often than this,
# and it may cost at most this share of the rows.
UNFAMILIAR_MAX_ACCURACY: Final = 0.5
UNFAMILIAR_MAX_SHARE: Final = 0.05

Probabilities = npt.NDArray[np.float64]


def log_loss(probabilities: Probabilities, truth: npt.NDArray[np.int64]) -> float:
    """Mean negative log-probability of the true column."""
    picked = probabilities[np.arange(len(truth)), truth]
    return float(-np.mean(np.log(np.clip(picked, 1e-12, 1.0))))


def fit_temperature(probabilities: Probabilities, truth: npt.NDArray[np.int64]) -> float:
    """The temperature of TEMPERATURES with the lowest log-loss."""
    losses = [log_loss(calibrate(probabilities, t), truth) for t in TEMPERATURES]
    return float(TEMPERATURES[int(np.argmin(losses))])


def fit_top_label(
    probabilities: Probabilities, truth: npt.NDArray[np.int64]
) -> tuple[float, float]:
    """(slope, intercept) of the logistic fit of "top label right" on the top label's logit."""
    from sklearn.linear_model import LogisticRegression

    top = np.clip(probabilities.max(axis=1), 1e-12, 1.0 - 1e-12)
    right = probabilities.argmax(axis=1) == truth
    if right.all() or not right.any():
        return 1.0, 0.0
    logit = np.log(top / (1.0 - top)).reshape(-1, 1)
    fit = LogisticRegression(C=1e6, max_iter=1000).fit(logit, right)
    slope, intercept = float(fit.coef_[0, 0]), float(fit.intercept_[0])
    return (slope, intercept) if slope > 0 else (1.0, 0.0)


@dataclass(frozen=True, slots=True)
class Calibration:
    """What `fit` found: the manifest's temperature, confidence_slope and confidence_intercept."""

    temperature: float
    slope: float
    intercept: float

    def apply(self, probabilities: Probabilities) -> Probabilities:
        return calibrate(probabilities, self.temperature, self.slope, self.intercept)


def fit(probabilities: Probabilities, truth: npt.NDArray[np.int64]) -> Calibration:
    """The temperature, then the top label's Platt scaling of the temperature-scaled answers."""
    temperature = fit_temperature(probabilities, truth)
    slope, intercept = fit_top_label(calibrate(probabilities, temperature), truth)
    return Calibration(temperature, slope, intercept)


def cross_fitted(
    probabilities: Probabilities, truth: npt.NDArray[np.int64], fold_of: npt.NDArray[np.int64]
) -> Probabilities:
    """Each fold's rows calibrated with what was fitted on the other folds' rows."""
    out = np.zeros_like(probabilities)
    for fold in np.unique(fold_of):
        inside = fold_of == fold
        out[inside] = fit(probabilities[~inside], truth[~inside]).apply(probabilities[inside])
    return out


@dataclass(frozen=True, slots=True)
class Reliability:
    """Per confidence bin: rows, mean confidence and accuracy; and the ECE over the bins."""

    edges: tuple[float, ...]
    counts: tuple[int, ...]
    confidence: tuple[float, ...]
    accuracy: tuple[float, ...]
    ece: float


def reliability(
    confidence: npt.NDArray[np.floating], correct: npt.NDArray[np.bool_]
) -> Reliability:
    """The reliability table of top-label confidences against whether the top label was right."""
    edges = np.linspace(0.0, 1.0, BINS + 1)
    index = np.clip(np.digitize(confidence, edges[1:-1]), 0, BINS - 1)
    counts, mean_confidence, accuracy = [], [], []
    ece = 0.0
    for b in range(BINS):
        inside = index == b
        n = int(inside.sum())
        counts.append(n)
        if n == 0:
            mean_confidence.append(0.0)
            accuracy.append(0.0)
            continue
        conf, acc = float(confidence[inside].mean()), float(correct[inside].mean())
        mean_confidence.append(conf)
        accuracy.append(acc)
        ece += n / len(confidence) * abs(conf - acc)
    return Reliability(
        tuple(float(e) for e in edges), tuple(counts), tuple(mean_confidence), tuple(accuracy), ece
    )


def choose_min_similarity(
    similarity: npt.NDArray[np.floating], correct: npt.NDArray[np.bool_]
) -> float:
    """The highest bound under which the held-out rows were mostly wrong and few; 0.0 if none.

    Candidates are the similarities at each 0.5% of the rows up to UNFAMILIAR_MAX_SHARE.
    """
    order = np.argsort(similarity)
    chosen = 0.0
    for share in np.arange(0.005, UNFAMILIAR_MAX_SHARE + 1e-9, 0.005):
        count = int(share * len(similarity))
        if count == 0:
            continue
        below = order[:count]
        if float(correct[below].mean()) < UNFAMILIAR_MAX_ACCURACY:
            chosen = float(similarity[order[count]])
    return chosen


def plot_reliability(tables: Sequence[tuple[str, Reliability]], path: Path, title: str) -> None:
    """A reliability diagram (accuracy against confidence per bin) as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(5.5, 5.0), dpi=100)
    axes.plot([0, 1], [0, 1], linestyle="--", color="grey", linewidth=1, label="perfect")
    for name, table in tables:
        shown = [i for i, n in enumerate(table.counts) if n > 0]
        axes.plot(
            [table.confidence[i] for i in shown],
            [table.accuracy[i] for i in shown],
            marker="o",
            label=f"{name} (ECE {table.ece:.3f})",
        )
    axes.set_xlabel("confidence of the top label")
    axes.set_ylabel("accuracy")
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.set_title(title)
    axes.legend(loc="upper left")
    figure.tight_layout()
    figure.savefig(path)
    pyplot.close(figure)
