"""Template-disjoint cross-validation with word weights fitted per fold."""

from __future__ import annotations

import numpy as np

from export import train
from export import words as export_words


def test_each_fold_fits_on_the_words_of_its_training_rows_only() -> None:
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
    y, g = np.array(labels), np.array(groups)
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
