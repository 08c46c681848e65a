"""The semantic tier's model behind its interface: shapes, probabilities, batch independence."""

from __future__ import annotations

import numpy as np

from server.config import DEFAULT_MODEL_PATH
from server.features import RecordView
from server.tiers.semantic.model import OnnxModel, SemanticModel
from server.tiers.semantic.model_manifest import load_manifest


def test_the_onnx_model_answers_each_view_alike_alone_or_in_a_batch() -> None:
    manifest = load_manifest(DEFAULT_MODEL_PATH)
    model: SemanticModel = OnnxModel(DEFAULT_MODEL_PATH, manifest, workers=2)
    try:
        views = [
            RecordView("disk <path> at <num>% capacity", "warning"),
            RecordView("user <num> logged in from <ip>", None),
            RecordView("replica set lost quorum, writes halted", "error"),
        ]
        together = model.infer(model.prepare(views))
        assert together.probabilities.shape == (len(views), len(manifest.labels))
        assert np.allclose(together.probabilities.sum(axis=1), 1.0)
        assert together.similarity.shape == (len(views),)
        assert np.all(np.abs(together.similarity) <= 1.0 + 1e-6)
        for row, view in enumerate(views):
            alone = model.infer(model.prepare([view]))
            assert np.array_equal(alone.probabilities[0], together.probabilities[row])
            assert alone.similarity[0] == together.similarity[row]
    finally:
        model.close()
