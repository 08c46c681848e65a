"""What the semantic tier's classifier sees and what it makes of its output."""

from __future__ import annotations

import numpy as np
import pytest

from server.features import (
    RecordView,
    calibrate,
    centroids,
    classifier_input,
    nearest_similarity,
    record_view,
    severity_one_hot,
)


def test_the_view_is_the_masked_message_after_the_header_with_its_severity() -> None:
    view = record_view("I1130 12:00:00.123456    1234 kubelet.go:123] Started pod web-1 in 42ms")
    assert view == RecordView("Started pod web-<num> in <num>ms", "info")
    assert record_view("disk full", {"level": "ERROR"}).severity == "error"
    # The header's severity wins over an attribute's; a plain line keeps no severity.
    assert (
        record_view("2026/11/30 12:00:00 [warn] 1#1: x", {"level": "error"}).severity == "warning"
    )
    assert record_view("User User123 logged in.").severity is None
    for view in (RecordView("a\x1fb", None), RecordView("text", "error")):
        assert RecordView.from_key(view.key) == view


def test_classifier_input_appends_the_severity_one_hot() -> None:
    embeddings = np.ones((3, 4), dtype=np.float32)
    x = classifier_input(embeddings, [None, "info", "error"], ("info", "error"))
    assert x.shape == (3, 7) and x.dtype == np.float32
    assert x[:, 4:].tolist() == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    assert classifier_input(embeddings, [None] * 3, ()) is embeddings
    assert severity_one_hot(["unheard-of"], ("info",)).tolist() == [[1.0, 0.0]]
    words = np.full((3, 2), 0.5, dtype=np.float32)
    with_words = classifier_input(embeddings, [None, "info", "error"], ("info", "error"), words)
    assert with_words.shape == (3, 9) and with_words[:, :7].tolist() == x.tolist()
    assert with_words[:, 7:].tolist() == words.tolist()


def test_calibration_keeps_the_top_label_and_softens_or_sharpens() -> None:
    p = np.array([[0.7, 0.2, 0.1], [0.4, 0.35, 0.25]])
    assert calibrate(p, 1.0) == pytest.approx(p)
    soft, sharp = calibrate(p, 2.0), calibrate(p, 0.5)
    assert (soft.argmax(axis=1) == p.argmax(axis=1)).all()
    assert (soft.max(axis=1) < p.max(axis=1)).all() and (sharp.max(axis=1) > p.max(axis=1)).all()
    assert soft.sum(axis=1) == pytest.approx([1.0, 1.0])


def test_nearest_similarity_to_template_centroids() -> None:
    rows = np.array([[1, 0], [0.8, 0.6], [0, 1]], dtype=np.float32)
    means = centroids(rows, ["a", "a", "b"])
    assert np.linalg.norm(means, axis=1) == pytest.approx([1.0, 1.0])
    similarity = nearest_similarity(np.array([[0, 1], [-1, 0]], dtype=np.float32), means)
    assert similarity.tolist() == pytest.approx([1.0, 0.0], abs=1e-6)
    assert nearest_similarity(rows, np.zeros((0, 2), dtype=np.float32)).tolist() == [1, 1, 1]


def test_top_label_scaling_moves_only_the_confidence_and_keeps_the_order() -> None:
    p = np.array([[0.5, 0.3, 0.2], [0.9, 0.05, 0.05], [0.34, 0.33, 0.33]])
    assert calibrate(p, 1.0, 1.0, 0.0) == pytest.approx(p)
    raised = calibrate(p, 1.0, 1.0, np.log(3.0))  # odds of the top label times 3
    assert raised[:, 0].tolist() == pytest.approx([0.75, 27 / 28, 0.34 * 3 / (0.34 * 3 + 0.66)])
    assert raised.sum(axis=1) == pytest.approx([1.0, 1.0, 1.0])
    assert (raised.argmax(axis=1) == 0).all()
    assert raised[0, 1] / raised[0, 2] == pytest.approx(1.5)
    # Lowered below the runner-up's share, the top label still stays on top.
    lowered = calibrate(p[:, ::-1], 1.0, 1.0, -3.0)
    assert (lowered.argmax(axis=1) == 2).all() and (lowered[:, 2] < p[:, 0]).all()
