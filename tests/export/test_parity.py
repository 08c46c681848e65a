"""Parity: the checks themselves, a small real export, and the `models/` of `make export`.

The small export runs the whole `python -m export` on a slice of the corpus (3 labels, 5 templates
each) into a temporary folder once per module: about 20 seconds on 2 cores.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from sklearn.linear_model import LogisticRegression

from export import parity, train
from export.__main__ import int8_agreement, main
from server.masking import RULES_SHA256
from server.tiers.semantic.embedding import EmbeddingModel, load_tokenizer, tokenize
from server.tiers.semantic.model_manifest import Manifest, load_manifest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "data" / "corpus.csv"
SLICE_LABELS = ("HTTP Status", "Resource Usage", "Security Alert")
TEMPLATES_PER_LABEL = 5
ROWS_PER_TEMPLATE = 3


def unit_rows(n: int, dim: int, seed: int) -> npt.NDArray[np.float32]:
    rows = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return np.asarray(rows / np.linalg.norm(rows, axis=1, keepdims=True), dtype=np.float32)


# The checks on small inputs


def test_cosine_figures_and_bound() -> None:
    a = unit_rows(20, 8, seed=1)
    same = parity.cosine_figures(a, a.copy())
    assert same.lines == 20 and same.minimum == pytest.approx(1.0, abs=1e-6)
    parity.check_embedding_parity(same)
    b = a.copy()
    b[3] = unit_rows(1, 8, seed=2)[0]
    worse = parity.cosine_figures(a, b)
    assert worse.minimum < 0.999 and worse.mean > worse.minimum
    with pytest.raises(parity.ParityError, match=r"minimum cosine .* < 0\.999 over 20 lines"):
        parity.check_embedding_parity(worse)


def test_cosine_figures_refuse_shape_mismatch() -> None:
    with pytest.raises(parity.ParityError, match="shapes differ"):
        parity.cosine_figures(unit_rows(3, 8, seed=1), unit_rows(4, 8, seed=1))


def test_top_label_agreement_and_bound() -> None:
    reference = np.array([[0.9, 0.1], [0.2, 0.8], [0.55, 0.45], [0.3, 0.7]])
    candidate = np.array([[0.8, 0.2], [0.3, 0.7], [0.45, 0.55], [0.6, 0.4]])
    assert parity.top_label_agreement(reference, candidate) == 0.5
    confident = reference.max(axis=1) >= 0.6
    assert parity.top_label_agreement(reference, candidate, confident) == pytest.approx(2 / 3)
    parity.check_int8_agreement(0.98, rows=100)
    with pytest.raises(parity.ParityError, match=r"agreement with fp32 0\.9700 < 0\.98 over 100"):
        parity.check_int8_agreement(0.97, rows=100)


def held_out(fp32: list[list[float]], served: list[list[float]]) -> train.CrossValidation:
    """Held-out answers of fp32, and of int8 as served (one row a call) and in chunks alike."""
    rows = len(fp32)
    return train.CrossValidation(
        labels=("a", "b"),
        folds=2,
        probabilities=np.array(served),
        variants={
            "fp32": np.array(fp32),
            "int8": np.array(served),
            "int8_single": np.array(served),
        },
        chosen_c=(1.0, 1.0),
        first_model=LogisticRegression(),
        first_test=np.arange(rows),
        fold_of=np.zeros(rows, dtype=np.int64),
        similarity=np.ones(rows, dtype=np.float32),
    )


def test_the_export_stops_when_int8_as_served_changes_too_many_top_labels() -> None:
    fp32 = [[0.9, 0.1]] * 50 + [[0.2, 0.8]] * 50
    figures = int8_agreement(held_out(fp32, fp32), threshold=0.5)
    assert figures["int8_agreement_single"] == figures["int8_agreement"] == 1.0
    flipped = [[0.1, 0.9]] * 3 + fp32[3:]  # 97% agree
    with pytest.raises(parity.ParityError, match=r"int8 \(one row\).*0\.9700 < 0\.98"):
        int8_agreement(held_out(fp32, flipped), threshold=0.5)
    # With fp32 served, the int8 figures are only reported.
    assert int8_agreement(held_out(fp32, flipped), 0.5, variant="fp32")["int8_agreement"] == 0.97


def test_classifier_parity() -> None:
    reference = np.array([[0.25, 0.75], [0.5, 0.5]])
    assert parity.check_classifier_parity(reference, reference.astype(np.float32)) < 1e-7
    with pytest.raises(parity.ParityError, match="classifier probabilities differ"):
        parity.check_classifier_parity(reference, np.array([[0.3, 0.7], [0.5, 0.5]], np.float32))


def test_parity_lines_are_deterministic_and_spread() -> None:
    messages = [f"line {i}" for i in range(2000)]
    picked = parity.parity_lines(messages, 500)
    assert picked == parity.parity_lines(messages, 500)
    assert len(set(picked)) == 500 and picked[0] == "line 0" and picked[-1] == "line 1999"
    assert parity.parity_lines(messages[:10], 500) == messages[:10]


# A real export of a small slice


def write_slice(path: Path) -> int:
    """The first templates of three labels from the checked-in corpus, a few rows each."""
    with CORPUS.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows_by_template: dict[str, list[dict[str, str]]] = defaultdict(list)
        templates_by_label: dict[str, list[str]] = defaultdict(list)
        for row in reader:
            label, template = row["target_label"], row["template_id"]
            if label not in SLICE_LABELS:
                continue
            if template not in rows_by_template:
                if len(templates_by_label[label]) == TEMPLATES_PER_LABEL:
                    continue
                templates_by_label[label].append(template)
            if len(rows_by_template[template]) < ROWS_PER_TEMPLATE:
                rows_by_template[template].append(row)
    picked = [row for rows in rows_by_template.values() for row in rows]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["source", "log_message", "target_label", "template_id"]
        )
        writer.writeheader()
        writer.writerows(picked)
    return len(picked)


class Export:
    def __init__(self, data: Path, out: Path, rows: int, status: int) -> None:
        self.data, self.out, self.rows, self.status = data, out, rows, status


@pytest.fixture(scope="module")
def small_export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Export]:
    folder = tmp_path_factory.mktemp("export")
    data = folder / "slice.csv"
    rows = write_slice(data)
    out = folder / "models"
    status = main(["--data", str(data), "--out", str(out), "--folds", "3"])
    yield Export(data, out, rows, status)


def test_small_export_succeeds_and_writes_a_verified_folder(small_export: Export) -> None:
    assert small_export.status == 0
    manifest = load_manifest(small_export.out, verify=True)
    assert manifest.labels == SLICE_LABELS
    assert manifest.training.rows == small_export.rows == len(SLICE_LABELS) * 5 * 3
    assert manifest.training.masking_sha256 == RULES_SHA256
    assert manifest.evaluation.folds == 3 and manifest.evaluation.grouping == "template"
    assert sorted(p.name for p in small_export.out.iterdir()) == sorted(
        [*manifest.files, "manifest.json", "REPORT.md", "reliability.png"]
    )
    assert manifest.classifier.centroids_file in manifest.files
    assert manifest.classifier.severity_levels and manifest.classifier.temperature > 0
    leftovers = [p.name for p in small_export.out.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_small_export_parity_figures_meet_their_bounds(small_export: Export) -> None:
    figures = load_manifest(small_export.out).parity
    assert figures["fp32_cosine_min"] >= parity.MIN_COSINE
    assert figures["fp32_lines"] == small_export.rows
    assert figures["int8_agreement"] >= parity.MIN_INT8_AGREEMENT
    assert figures["int8_agreement_single"] >= parity.MIN_INT8_AGREEMENT
    assert figures["classifier_max_abs_diff"] <= parity.MAX_PROBABILITY_DIFF


def test_small_export_graph_has_dynamic_axes_and_pools_inside(small_export: Export) -> None:
    """Batches of different sizes and lengths give the same per-text vectors, unit length."""
    manifest = load_manifest(small_export.out)
    tokenizer, pad_id = load_tokenizer(
        small_export.out / manifest.tokenizer.file, manifest.tokenizer.max_length
    )
    model = EmbeddingModel(small_export.out / manifest.embedding.files["fp32"], workers=1)
    texts = ["disk full", "user <num> signed out of the billing portal after <num> minutes", "ok"]
    together = model.embed(tokenize(tokenizer, pad_id, texts, chunk=3))
    alone = np.vstack([model.embed(tokenize(tokenizer, pad_id, [t], chunk=1)) for t in texts])
    assert together.shape == (3, manifest.embedding.dimension)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(together, alone, atol=1e-5)
    long_text = " ".join(["token"] * 400)
    (ids,) = tokenize(tokenizer, pad_id, [long_text], chunk=1).chunks
    assert ids.input_ids.shape[1] == manifest.tokenizer.max_length


def test_small_export_report(small_export: Export) -> None:
    report = (small_export.out / "REPORT.md").read_text()
    manifest = load_manifest(small_export.out)
    assert "Template-disjoint evaluation" in report
    assert f"{100 * manifest.evaluation.accuracy:.1f}%" in report
    assert "Confusion matrix" in report and "| HTTP Status |" in report
    assert "answered `Unclassified` at threshold 0.5" in report


def test_failed_parity_exits_nonzero_and_keeps_the_old_folder(
    small_export: Export, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "models"
    out.mkdir()
    (out / "manifest.json").write_text("previous export")

    def off_by_a_lot(model_dir: Path, texts: list[str], max_length: int) -> npt.NDArray[np.float32]:
        return unit_rows(len(texts), 384, seed=3)

    monkeypatch.setattr(parity, "torch_embeddings", off_by_a_lot)
    status = main(["--data", str(small_export.data), "--out", str(out), "--folds", "3"])
    assert status == 1
    assert [p.name for p in out.iterdir()] == ["manifest.json"]
    assert (out / "manifest.json").read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["models"]


def test_bad_data_exits_nonzero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "bad.csv"
    data.write_text("source,log_message,target_label\nX,,Error\n")
    assert main(["--data", str(data), "--out", str(tmp_path / "models")]) == 1
    assert "line 2: empty log_message" in capsys.readouterr().err
    assert not (tmp_path / "models").exists()


# The models/ folder of `make export`, when there is one


MODELS = REPO / "models"


@pytest.fixture(scope="module")
def exported() -> Manifest:
    if not (MODELS / "manifest.json").is_file():
        pytest.skip("no models/ yet: run `make export`")
    return load_manifest(MODELS, verify=True)


def test_exported_models_meet_the_parity_bounds(exported: Manifest) -> None:
    assert exported.parity["fp32_cosine_min"] >= parity.MIN_COSINE
    assert exported.parity["fp32_lines"] == min(parity.PARITY_LINES, exported.training.rows)
    # The gate is on int8 as the server runs it (one text per call); chunks of 8 are reported.
    assert exported.parity["int8_agreement_single"] >= parity.MIN_INT8_AGREEMENT
    assert 0.9 <= exported.parity["int8_agreement"] <= 1.0
    assert exported.training.masking_sha256 == RULES_SHA256, "models/ predates the masking rules"
    raw = json.loads((MODELS / "manifest.json").read_text())
    assert raw["evaluation"]["grouping"] in ("template", "masked message")
