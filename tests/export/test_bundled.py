"""`make models` / `make run` say when models/ is not the bundled default."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from export.bundled import custom_model_note, main
from server.tiers.semantic.model_manifest import MANIFEST_NAME, load_manifest
from tests.conftest import REPO

MODELS = REPO / "models"


@pytest.fixture
def manifest_only(tmp_path: Path) -> Path:
    if not (MODELS / MANIFEST_NAME).is_file():
        pytest.skip("no models/ yet: run `make models`")
    folder = tmp_path / "models"
    folder.mkdir()
    shutil.copy(MODELS / MANIFEST_NAME, folder / MANIFEST_NAME)
    for name in load_manifest(MODELS, verify=False).files:
        (folder / name).write_bytes(b"")  # present is enough without verification
    return folder


def test_the_default_models_need_no_note(manifest_only: Path) -> None:
    assert custom_model_note(manifest_only, REPO / "data" / "corpus.csv") is None


def test_models_trained_on_another_csv_are_named_with_the_way_back(
    manifest_only: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "corpus.csv"
    other.write_text("source,log_message,target_label\n")
    assert main(["--models", str(manifest_only), "--corpus", str(other)]) == 0
    note = capsys.readouterr().err
    assert f"note: {manifest_only} holds a model trained on corpus.csv (9 labels:" in note
    assert "`make models FORCE=1` rebuilds the default" in note


def test_no_models_no_note(tmp_path: Path) -> None:
    assert custom_model_note(tmp_path, REPO / "data" / "corpus.csv") is None
