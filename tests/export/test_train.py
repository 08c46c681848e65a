"""Template-disjoint cross-validation with word weights fitted per fold."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from export import train
from export import words as export_words

GroupIds = npt.NDArray[np.str_]


def _two_labels() -> tuple[list[str], npt.NDArray[np.float32], npt.NDArray[np.str_], GroupIds]:
    """12 templates of 3 rows, two labels their words tell apart; the embedding part is noise."""
    rng = np.random.default_rng(0)
    kinds = [("disk full on volume", "Resource Usage"), ("user logged in", "User Action")]
    texts, labels, groups = [], [], []
    for template in range(12):
        message, label = kinds[template % 2]
        for _ in range(3):
            texts.append(f"{message} template{'x' * (template + 2)}")
            labels.append(label)
            groups.append(f"t{template}")
    x = rng.normal(size=(len(texts), 4)).astype(np.float32)
    return texts, x, np.array(labels), np.array(groups)


def test_each_fold_fits_on_the_words_of_its_training_rows_only() -> None:
    texts, x, y, g = _two_labels()
    cv = train.cross_validate(x, y, g, 3, fold_words=export_words.fold_words(texts))
    assert cv.first_words is not None
    # A held-out template's own word is unknown to the fold's model.
    held_out = {texts[i].split()[-1].lower() for i in cv.first_test}
    assert held_out and not held_out & set(cv.first_words.vocabulary)
    assert cv.first_model.coef_.shape[1] == x.shape[1] + cv.first_words.width
    assert cv.probabilities.shape == (len(texts), 2)
    # The words decide these rows (the embedding part is noise).
    predicted = np.array(cv.labels)[cv.probabilities.argmax(axis=1)]
    assert (predicted == y).all()


def test_other_draws_of_the_folds_group_templates_otherwise_and_score_each_draw() -> None:
    texts, x, y, g = _two_labels()
    splits = {
        seed: [tuple(sorted(set(g[test]))) for _, test in train._splitter(3, seed).split(x, y, g)]
        for seed in (train.SEED, *train.REDRAW_SEEDS)
    }
    assert len({tuple(sorted(folds)) for folds in splits.values()}) > 1
    draws = train.redrawn(x, y, g, 3, c=16.0, fold_words=export_words.fold_words(texts))
    assert [d.seed for d in draws] == list(train.REDRAW_SEEDS)
    # The words decide these rows in every draw.
    assert all(d.accuracy == 1.0 and d.macro_f1 == 1.0 for d in draws)
    # Without the words, noise: the figures are the draws' own, not copied.
    noise = train.redrawn(x, y, g, 3, c=16.0)
    assert all(d.accuracy < 1.0 for d in noise)
    assert len({d.accuracy for d in noise}) > 1
