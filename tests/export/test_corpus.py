"""Tests for the deterministic training corpus generator."""

from __future__ import annotations

import csv
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from export.corpus import (
    CSV_COLUMNS,
    DEFAULT_PER_TEMPLATE,
    GENERATORS,
    LABELS,
    LEGACY_LABELS,
    MAIN_LABELS,
    SYSTEM_SCALE,
    TEMPLATES,
    CorpusRow,
    Template,
    generate,
    main,
    placeholders,
    render,
    system_templates,
    write_csv,
)
from export.overlap import eval_shapes, shared_templates, without_templates
from tests.conftest import TAXONOMY_LABELS

REPO_ROOT = Path(__file__).resolve().parents[2]
CHECKED_IN_CSV = REPO_ROOT / "data" / "corpus.csv"


@pytest.fixture(scope="module")
def rows() -> list[CorpusRow]:
    return generate()


def _templates_per_label() -> Counter[str]:
    return Counter(template.label for template in TEMPLATES)


def test_label_set_matches_taxonomy() -> None:
    assert set(LABELS) == TAXONOMY_LABELS
    assert {template.label for template in TEMPLATES} == TAXONOMY_LABELS
    assert "Unclassified" not in {template.label for template in TEMPLATES}


@pytest.mark.parametrize("label", MAIN_LABELS)
def test_main_labels_have_at_least_40_templates(label: str) -> None:
    assert _templates_per_label()[label] >= 40


@pytest.mark.parametrize("label", LEGACY_LABELS)
def test_legacy_labels_have_at_least_15_templates(label: str) -> None:
    assert _templates_per_label()[label] >= 15


def test_template_ids_are_unique_and_slugged() -> None:
    ids = [template.id for template in TEMPLATES]
    assert len(ids) == len(set(ids))
    assert TEMPLATES[0].id == "http_status_001"
    for template in TEMPLATES:
        prefix = template.label.lower().replace(" ", "_")
        assert template.id.startswith(prefix + "_")


def test_template_texts_are_unique() -> None:
    texts = [template.text for template in TEMPLATES]
    duplicates = [text for text, count in Counter(texts).items() if count > 1]
    assert duplicates == []


def test_templates_differ_in_more_than_placeholders() -> None:
    # Two templates that differ only in which placeholders they use would teach nothing new.
    skeletons = Counter(re.sub(r"\{[a-z0-9_]+\}", "#", template.text) for template in TEMPLATES)
    assert [skeleton for skeleton, count in skeletons.items() if count > 1] == []


@pytest.mark.parametrize("label", MAIN_LABELS)
def test_main_labels_come_from_several_sources(label: str, rows: list[CorpusRow]) -> None:
    sources = {row.source for row in rows if row.target_label == label}
    assert len(sources) >= 3


@pytest.mark.parametrize("label", LEGACY_LABELS)
def test_legacy_labels_are_mostly_legacy_crm(label: str, rows: list[CorpusRow]) -> None:
    sources = Counter(row.source for row in rows if row.target_label == label)
    assert sources.most_common(1)[0][0] == "LegacyCRM"
    assert len(sources) >= 2


def test_generation_is_deterministic() -> None:
    assert generate(seed=7, per_template=3) == generate(seed=7, per_template=3)
    assert generate(seed=7, per_template=3) != generate(seed=8, per_template=3)


def _system_rows_count() -> int:
    _, weights = system_templates()
    return sum(weights.values()) * SYSTEM_SCALE


def test_row_count_follows_per_template(rows: list[CorpusRow]) -> None:
    assert len(rows) == len(TEMPLATES) * DEFAULT_PER_TEMPLATE + _system_rows_count()
    assert 8000 <= len(rows) <= 12000
    assert len(generate(per_template=2)) == 2 * len(TEMPLATES) + _system_rows_count()


def test_per_template_must_be_positive() -> None:
    with pytest.raises(ValueError, match="per_template"):
        generate(per_template=0)


def test_every_template_yields_filled_rows(rows: list[CorpusRow]) -> None:
    by_template: dict[str, list[CorpusRow]] = defaultdict(list)
    for row in rows:
        by_template[row.template_id].append(row)
    system_ids = {template.id for template in system_templates()[0]}
    assert set(by_template) == {template.id for template in TEMPLATES} | system_ids
    for template in TEMPLATES:
        produced = by_template[template.id]
        assert len(produced) == DEFAULT_PER_TEMPLATE
        for row in produced:
            assert "{" not in row.log_message and "}" not in row.log_message, row
            assert row.target_label == template.label
            assert row.source in template.sources
            assert row.log_message.strip() == row.log_message


def test_variable_parts_are_fresh_per_row(rows: list[CorpusRow]) -> None:
    by_template: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        by_template[row.template_id].add(row.log_message)
    for template in TEMPLATES:
        if placeholders(template.text):
            assert len(by_template[template.id]) > 1, template.id


def test_unknown_placeholder_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown placeholder"):
        Template(id="error_999", label="Error", sources=("X",), text="failed {no_such_thing}")


def test_stray_brace_is_rejected() -> None:
    with pytest.raises(ValueError, match="stray brace"):
        Template(id="error_999", label="Error", sources=("X",), text="bad {Upper} value")


def test_bad_label_and_id_are_rejected() -> None:
    with pytest.raises(ValueError, match="unknown label"):
        Template(id="unclassified_001", label="Unclassified", sources=("X",), text="x")
    with pytest.raises(ValueError, match="id must be"):
        Template(id="err_001", label="Error", sources=("X",), text="x")
    with pytest.raises(ValueError, match="no sources"):
        Template(id="error_001", label="Error", sources=(), text="x")


def test_every_generator_produces_a_brace_free_value() -> None:
    rng = random.Random(1)
    for name, generator in GENERATORS.items():
        for _ in range(20):
            value = generator(rng)
            assert value, name
            assert "{" not in value and "}" not in value, name


def test_render_fills_each_occurrence_independently() -> None:
    values = {render("{uuid} {uuid}", random.Random(seed)) for seed in range(5)}
    assert all(len(set(value.split())) == 2 for value in values)


def test_write_csv_round_trips(tmp_path: Path) -> None:
    rows = generate(per_template=1)
    out = tmp_path / "nested" / "corpus.csv"
    write_csv(rows, out)
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        assert tuple(next(reader)) == CSV_COLUMNS
        assert [CorpusRow(*record) for record in reader] == rows


def test_main_writes_csv(tmp_path: Path) -> None:
    out = tmp_path / "corpus.csv"
    no_eval = tmp_path / "absent.csv"
    args = ["--out", str(out), "--seed", "3", "--per-template", "2", "--eval-set", str(no_eval)]
    assert main(args) == 0
    expected = tmp_path / "expected.csv"
    write_csv(generate(seed=3, per_template=2), expected)
    assert out.read_bytes() == expected.read_bytes()


def test_main_leaves_out_templates_the_evaluation_set_has(tmp_path: Path) -> None:
    eval_set = tmp_path / "eval.csv"
    eval_set.write_text(
        "system,source,log_message,target_label\nx,x,Finished: SUCCESS,System Notification\n",
        encoding="utf-8",
    )
    out = tmp_path / "corpus.csv"
    assert main(["--out", str(out), "--per-template", "1", "--eval-set", str(eval_set)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        written = list(csv.DictReader(handle))
    assert all(row["log_message"] != "Finished: SUCCESS" for row in written)
    assert len(written) == len(generate(per_template=1)) - sum(
        row.log_message == "Finished: SUCCESS" for row in generate(per_template=1)
    )


def test_checked_in_corpus_is_fresh(tmp_path: Path) -> None:
    fresh = tmp_path / "corpus.csv"
    rows = generate()
    write_csv(without_templates(rows, shared_templates(rows, eval_shapes())), fresh)
    assert CHECKED_IN_CSV.exists(), "run: python -m export.corpus --out data/corpus.csv"
    assert CHECKED_IN_CSV.read_bytes() == fresh.read_bytes(), (
        "data/corpus.csv is stale; run: python -m export.corpus --out data/corpus.csv"
    )
