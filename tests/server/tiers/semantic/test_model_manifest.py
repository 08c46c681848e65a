"""The models folder's manifest: a good one loads, anything tampered or malformed is refused."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest

from server.tiers.semantic.model_manifest import (
    MANIFEST_NAME,
    SCHEMA_VERSION,
    ClassifierSettings,
    EmbeddingSettings,
    Evaluation,
    LabelNote,
    LabelScores,
    Manifest,
    ManifestError,
    TokenizerSettings,
    TrainingData,
    derive_model_version,
    load_manifest,
    sha256_file,
    write_manifest,
)

FILES = {
    "embedding.onnx": b"fp32 graph",
    "embedding.int8.onnx": b"int8 graph",
    "tokenizer.json": b'{"model": {}}',
    "classifier.onnx": b"classifier graph",
    "centroids.npy": b"template centroids",
}


def make_manifest(folder: Path) -> Manifest:
    for name, content in FILES.items():
        (folder / name).write_bytes(content)
    files = {name: sha256_file(folder / name) for name in FILES}
    classifier = ClassifierSettings(
        file="classifier.onnx",
        params={"C": 16.0},
        severity_levels=("info", "error"),
        temperature=1.5,
        confidence_slope=0.9,
        confidence_intercept=0.3,
        centroids_file="centroids.npy",
        min_similarity=0.3,
    )
    return Manifest(
        schema_version=SCHEMA_VERSION,
        model_version=derive_model_version(files, "embedding.int8.onnx", classifier),
        labels=("Error", "HTTP Status"),
        threshold=0.5,
        embedding=EmbeddingSettings(
            variant="int8",
            files={"fp32": "embedding.onnx", "int8": "embedding.int8.onnx"},
            dimension=384,
            source_model="all-MiniLM-L6-v2",
        ),
        tokenizer=TokenizerSettings(
            file="tokenizer.json", lowercase=True, max_length=128, truncation=True
        ),
        classifier=classifier,
        files=files,
        training=TrainingData(file="corpus.csv", sha256="ab" * 32, rows=10, masking_sha256="cd"),
        evaluation=Evaluation(
            folds=5,
            grouping="template",
            rows=10,
            accuracy=0.9,
            macro_f1=0.85,
            unclassified_share=0.1,
            answered_accuracy=0.95,
            per_label={
                "Error": LabelScores(precision=0.9, recall=0.8, f1=0.85, support=5),
                "HTTP Status": LabelScores(precision=0.8, recall=0.9, f1=0.85, support=5),
            },
        ),
        parity={"fp32_cosine_min": 0.9999, "int8_agreement": 0.995},
        versions={"python": "3.11.7", "onnxruntime": "1.32.0"},
    )


@pytest.fixture
def models(tmp_path: Path) -> Path:
    write_manifest(tmp_path, make_manifest(tmp_path))
    return tmp_path


def edit(folder: Path, change: dict[str, object]) -> None:
    path = folder / MANIFEST_NAME
    raw = json.loads(path.read_text())
    raw.update(change)
    path.write_text(json.dumps(raw))


def test_round_trip(models: Path, tmp_path: Path) -> None:
    loaded = load_manifest(models)
    assert loaded == make_manifest(tmp_path)
    assert loaded.embedding.file == "embedding.int8.onnx"
    assert loaded.labels == ("Error", "HTTP Status")
    assert loaded.model_version.startswith("semantic-")
    assert loaded.tokenizer.max_length == 128 and loaded.tokenizer.lowercase


def test_written_json_is_stable(models: Path, tmp_path: Path) -> None:
    first = (models / MANIFEST_NAME).read_text()
    write_manifest(models, make_manifest(tmp_path))
    assert (models / MANIFEST_NAME).read_text() == first


def test_tampered_file_names_the_file_and_both_hashes(models: Path) -> None:
    expected = sha256_file(models / "classifier.onnx")
    (models / "classifier.onnx").write_bytes(b"something else")
    actual = sha256_file(models / "classifier.onnx")
    with pytest.raises(ManifestError) as caught:
        load_manifest(models)
    message = str(caught.value)
    assert "classifier.onnx" in message and "sha256 mismatch" in message
    assert expected in message and actual in message
    assert "\n" not in message


def test_verify_false_skips_checksums_but_not_presence(models: Path) -> None:
    (models / "classifier.onnx").write_bytes(b"something else")
    assert load_manifest(models, verify=False).classifier.file == "classifier.onnx"
    (models / "classifier.onnx").unlink()
    with pytest.raises(
        ManifestError, match=r"classifier\.onnx: listed in manifest\.json but missing"
    ):
        load_manifest(models, verify=False)


def test_missing_manifest(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="no manifest; run `make models`"):
        load_manifest(tmp_path)


def test_missing_file(models: Path) -> None:
    (models / "embedding.onnx").unlink()
    with pytest.raises(
        ManifestError, match=r"embedding\.onnx: listed in manifest\.json but missing"
    ):
        load_manifest(models)


def test_malformed_json(models: Path) -> None:
    (models / MANIFEST_NAME).write_text('{"labels": ["a",')
    with pytest.raises(ManifestError, match="malformed JSON"):
        load_manifest(models)


def test_a_manifest_from_before_the_word_weights_loads_without_them(models: Path) -> None:
    path = models / MANIFEST_NAME
    raw = json.loads(path.read_text())
    del raw["classifier"]["words_file"]
    path.write_text(json.dumps(raw))
    manifest = load_manifest(models)
    assert manifest.classifier.words_file == ""
    # Its id is the one the export wrote before word weights existed (no fourth file hash).
    classifier, files = manifest.classifier, manifest.files
    answer_settings = (
        classifier.severity_levels,
        classifier.temperature,
        classifier.confidence_slope,
        classifier.confidence_intercept,
        classifier.min_similarity,
    )
    joined = ":".join(
        (
            files[manifest.embedding.file],
            files[classifier.file],
            files.get(classifier.centroids_file, ""),
            repr(answer_settings),
        )
    )
    earlier = "semantic-" + hashlib.sha256(joined.encode()).hexdigest()[:12]
    assert manifest.model_version == earlier


def test_missing_field_names_its_path(models: Path) -> None:
    path = models / MANIFEST_NAME
    raw = json.loads(path.read_text())
    del raw["tokenizer"]["max_length"]
    path.write_text(json.dumps(raw))
    with pytest.raises(ManifestError, match=r"tokenizer\.max_length: missing field"):
        load_manifest(models)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"threshold": "high"}, r"threshold: expected float"),
        ({"threshold": 1.5}, r"threshold: 1\.5 is not in \[0, 1\]"),
        ({"labels": ["Error", "Error"]}, r"labels: duplicates"),
        ({"labels": []}, r"labels: empty"),
        ({"schema_version": 99}, r"schema_version: 99 is not supported"),
        ({"model_version": "semantic-000000000000"}, r"model_version: .* does not match"),
        ({"files": {"classifier.onnx": "00"}}, r"files: no sha256 for"),
    ],
)
def test_invalid_values(models: Path, change: dict[str, object], expected: str) -> None:
    edit(models, change)
    with pytest.raises(ManifestError, match=expected):
        load_manifest(models)


@pytest.mark.parametrize(
    ("field", "value"),
    [("temperature", 2.0), ("confidence_intercept", 0.0), ("min_similarity", 0.1)],
)
def test_the_version_covers_the_calibration(models: Path, field: str, value: float) -> None:
    path = models / MANIFEST_NAME
    raw = json.loads(path.read_text())
    raw["classifier"][field] = value
    path.write_text(json.dumps(raw))
    with pytest.raises(ManifestError, match=r"model_version: .* does not match"):
        load_manifest(models)


def test_unknown_variant(models: Path) -> None:
    path = models / MANIFEST_NAME
    raw = json.loads(path.read_text())
    raw["embedding"]["variant"] = "fp16"
    path.write_text(json.dumps(raw))
    with pytest.raises(ManifestError, match=r"embedding\.variant: 'fp16' is not one of"):
        load_manifest(models)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("temperature", 0, r"classifier\.temperature: 0\.0 <= 0"),
        ("confidence_slope", -1, r"classifier\.confidence_slope: -1\.0 <= 0"),
        ("confidence_intercept", "high", r"classifier\.confidence_intercept: expected float"),
        ("centroids_file", "other.npy", r"files: no sha256 for other\.npy"),
        ("words_file", "words.json", r"files: no sha256 for words\.json"),
        ("severity_levels", "info", r"classifier\.severity_levels: expected list"),
    ],
)
def test_invalid_classifier_settings(
    models: Path, field: str, value: object, expected: str
) -> None:
    path = models / MANIFEST_NAME
    raw = json.loads(path.read_text())
    raw["classifier"][field] = value
    path.write_text(json.dumps(raw))
    with pytest.raises(ManifestError, match=expected):
        load_manifest(models)


def test_path_outside_the_folder_is_refused(models: Path, tmp_path: Path) -> None:
    manifest = make_manifest(tmp_path)
    files = {**manifest.files, "../classifier.onnx": manifest.files["classifier.onnx"]}
    with pytest.raises(ManifestError, match="is not a plain file name"):
        write_manifest(models, replace(manifest, files=files))


def test_write_refuses_an_inconsistent_manifest(models: Path, tmp_path: Path) -> None:
    manifest = make_manifest(tmp_path)
    with pytest.raises(ManifestError, match=r"embedding\.variant"):
        write_manifest(
            models, replace(manifest, embedding=replace(manifest.embedding, variant="fp16"))
        )


def test_label_notes_round_trip_and_are_optional(models: Path, tmp_path: Path) -> None:
    notes = {
        "Error": LabelNote(definition="one call failed", example_source="app", example_message="x")
    }
    write_manifest(models, replace(make_manifest(tmp_path), label_notes=notes))
    assert load_manifest(models).label_notes == notes
    raw = json.loads((models / MANIFEST_NAME).read_text())
    del raw["label_notes"]  # a manifest written before the field existed
    (models / MANIFEST_NAME).write_text(json.dumps(raw))
    assert load_manifest(models).label_notes == {}


def test_deciding_words_round_trip_are_optional_and_in_the_version(
    models: Path, tmp_path: Path
) -> None:
    plain = make_manifest(tmp_path)
    words = ("failed", "success")
    version = derive_model_version(plain.files, plain.embedding.file, plain.classifier, words)
    assert version != plain.model_version
    write_manifest(models, replace(plain, deciding_words=words, model_version=version))
    assert load_manifest(models).deciding_words == words
    edit(models, {"deciding_words": ["failed"]})  # other words: another version
    with pytest.raises(ManifestError, match=r"model_version: .* does not match"):
        load_manifest(models)
    edit(models, {"deciding_words": [], "model_version": plain.model_version})
    assert load_manifest(models).deciding_words == ()
    path = models / MANIFEST_NAME
    raw = json.loads(path.read_text())
    del raw["deciding_words"]  # a manifest written before the field existed
    path.write_text(json.dumps(raw))
    assert load_manifest(models) == plain


def test_a_note_for_a_label_the_model_lacks_is_refused(models: Path) -> None:
    note = {"definition": "", "example_source": "a", "example_message": "b"}
    edit(models, {"label_notes": {"Payments": note}})
    with pytest.raises(ManifestError, match=r"label_notes: Payments not in labels"):
        load_manifest(models)
