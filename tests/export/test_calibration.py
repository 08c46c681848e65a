"""Temperature scaling, calibration error and the familiarity bound on known data."""

from __future__ import annotations

import numpy as np
import pytest

from export import calibration
from server.features import calibrate


def test_the_fitted_temperature_undoes_a_known_over_confidence() -> None:
    rng = np.random.default_rng(0)
    logits = rng.normal(size=(4000, 4)) * 2
    true_p = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    truth = np.array([rng.choice(4, p=row) for row in true_p])
    over_confident = calibrate(true_p, 0.5)  # sharpened: what an over-fitted model says
    temperature = calibration.fit_temperature(over_confident, truth)
    assert temperature == pytest.approx(2.0, rel=0.15)
    fold_of = np.arange(len(truth)) % 4
    fixed = calibration.cross_fitted(over_confident, truth, fold_of)
    correct = over_confident.argmax(axis=1) == truth
    before = calibration.reliability(over_confident.max(axis=1), correct)
    after = calibration.reliability(fixed.max(axis=1), correct)
    assert after.ece < before.ece and after.ece < 0.03
    assert sum(after.counts) == len(truth)


def test_perfect_confidence_has_no_calibration_error() -> None:
    confidence = np.array([1.0, 1.0, 0.5, 0.5])
    assert calibration.reliability(confidence, np.array([True, True, True, False])).ece == 0.0


def test_the_familiarity_bound_covers_only_a_mostly_wrong_tail() -> None:
    similarity = np.linspace(0, 1, 1000)
    correct = similarity > 0.03  # the 3% least similar rows are wrong
    bound = calibration.choose_min_similarity(similarity, correct)
    assert 0.02 < bound <= 0.06
    assert calibration.choose_min_similarity(similarity, np.ones(1000, dtype=bool)) == 0.0


def test_the_top_label_fit_undoes_a_known_under_confidence() -> None:
    rng = np.random.default_rng(1)
    # The top label is right with probability 0.8 whatever the model says: it says 0.55.
    probabilities = np.tile([0.55, 0.25, 0.2], (4000, 1))
    truth = np.where(rng.random(4000) < 0.8, 0, 1)
    fitted = calibration.fit(probabilities, truth)
    assert fitted.apply(probabilities)[:, 0] == pytest.approx(0.8, abs=0.02)
    fold_of = np.arange(len(truth)) % 4
    fixed = calibration.cross_fitted(probabilities, truth, fold_of)
    correct = truth == 0
    before = calibration.reliability(probabilities.max(axis=1), correct)
    after = calibration.reliability(fixed.max(axis=1), correct)
    assert before.ece == pytest.approx(0.25, abs=0.02) and after.ece < 0.02
