"""The real server with the first fold's classifier answers that fold's held-out rows as the
export's template-disjoint evaluation did (models/heldout.csv, written by `make export`)."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest

from server.config import DEFAULT_MODEL_PATH
from server.generated.logclass.v1 import classifier_pb2 as pb
from server.tiers.semantic.model_manifest import (
    derive_model_version,
    load_manifest,
    sha256_file,
    write_manifest,
)
from tests.conftest import classifier_stub, start_server

HELDOUT_ROWS = DEFAULT_MODEL_PATH / "heldout.csv"
HELDOUT_CLASSIFIER = DEFAULT_MODEL_PATH / "heldout-classifier.onnx"
HELDOUT_WORDS = DEFAULT_MODEL_PATH / "heldout-words.json"


def fold_models(folder: Path) -> Path:
    """A models folder whose classifier and word weights are the first fold's, with a manifest
    that matches them."""
    manifest = load_manifest(DEFAULT_MODEL_PATH)
    folder.mkdir()
    for name in manifest.files:
        (folder / name).symlink_to(DEFAULT_MODEL_PATH / name)
    files = dict(manifest.files)
    for name, fold_file in (
        (manifest.classifier.file, HELDOUT_CLASSIFIER),
        (manifest.classifier.words_file, HELDOUT_WORDS),
    ):
        (folder / name).unlink()
        (folder / name).symlink_to(fold_file)
        files[name] = sha256_file(fold_file)
    version = derive_model_version(
        files, manifest.embedding.file, manifest.classifier, manifest.deciding_words
    )
    write_manifest(folder, dataclasses.replace(manifest, files=files, model_version=version))
    return folder


def test_the_server_agrees_with_the_evaluation_on_held_out_templates(tmp_path: Path) -> None:
    with HELDOUT_ROWS.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 500
    threshold = load_manifest(DEFAULT_MODEL_PATH).threshold
    # Cache (and so the template layer) off: every line is answered by itself, as in the
    # evaluation; tests/server/tiers/semantic/test_tier.py covers answers per template.
    server = start_server(
        {
            "MODEL_PATH": str(fold_models(tmp_path / "models")),
            "LOGCLASS_ROUTES": "*=semantic",
            "LOGCLASS_CACHE_SIZE": "0",
        }
    )
    try:
        records = [
            pb.LogRecord(id=str(i), source=row["source"], message=row["log_message"])
            for i, row in enumerate(rows)
        ]
        requests = [
            pb.ClassifyRequest(records=records[i : i + 1000]) for i in range(0, len(records), 1000)
        ]
        with server.channel() as channel:
            replies = classifier_stub(channel).Classify(iter(requests), timeout=300)
            results = [c for reply in replies for c in reply.results]
    finally:
        assert server.stop() == 0
    assert [c.id for c in results] == [r.id for r in records]

    def answered(row: dict[str, str]) -> bool:
        return float(row["confidence"]) >= threshold and row["familiar"] == "1"

    for row, result in zip(rows, results, strict=True):
        label = row["top_label"] if answered(row) else "Unclassified"
        assert (result.label, result.tier) == (label, "semantic"), row["log_message"]
        assert result.confidence == pytest.approx(float(row["confidence"]), abs=2e-6)
    served = sum(c.label == row["target_label"] for c, row in zip(results, rows, strict=True))
    evaluated = sum(row["top_label"] == row["target_label"] and answered(row) for row in rows)
    assert served == evaluated
