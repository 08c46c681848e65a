"""Tests for the per-system templates: real line shapes, many systems, weighted like real logs."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from export import real_logs
from export.corpus import GENERATORS, LABELS, SYSTEM_NOTIFICATION, render, system_templates
from export.systems import SYSTEM_TEMPLATES, SYSTEM_WEIGHTS
from server.lines import parse_line

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _systems() -> set[str]:
    return {source for template in SYSTEM_TEMPLATES for source in template.sources}


def test_at_least_30_system_families() -> None:
    assert len(_systems()) >= 30


def test_both_authors_contribute() -> None:
    prefixes = Counter(template.id.split("_", 1)[0] for template in SYSTEM_TEMPLATES)
    assert prefixes["sys"] >= 300
    assert prefixes["rl"] >= 300


def test_ids_and_texts_are_unique() -> None:
    ids = [template.id for template in SYSTEM_TEMPLATES]
    assert len(ids) == len(set(ids))
    texts = Counter(template.text for template in SYSTEM_TEMPLATES)
    assert [text for text, count in texts.items() if count > 1] == []


def test_routine_notices_are_the_largest_class_by_far() -> None:
    rows: Counter[str] = Counter()
    for template in SYSTEM_TEMPLATES:
        rows[template.label] += SYSTEM_WEIGHTS[template.id]
    assert set(rows) <= set(LABELS)
    label, count = rows.most_common(1)[0]
    assert label == SYSTEM_NOTIFICATION
    assert count >= 0.4 * sum(rows.values())


def test_every_template_renders_without_a_placeholder_left() -> None:
    system_templates()  # merges the system generators into the corpus's
    rng = random.Random(5)
    for template in SYSTEM_TEMPLATES:
        line = render(template.text, rng)
        assert [name for name in PLACEHOLDER.findall(line) if name in GENERATORS] == [], line
        assert line == line.strip() and "\n" not in line


def test_second_author_generators_are_namespaced() -> None:
    prefixed = real_logs.prefixed_generators()
    assert all(name.startswith(real_logs.GENERATOR_PREFIX) for name in prefixed)
    rl_texts = [t.text for t in SYSTEM_TEMPLATES if t.id.startswith("rl_")]
    used = {name for text in rl_texts for name in PLACEHOLDER.findall(text)}
    assert used & set(prefixed)


@pytest.mark.parametrize(
    "system", ["sshd", "nginx-error", "kubelet", "hdfs-datanode", "spring-boot", "android"]
)
def test_headers_of_common_systems_are_recognised(system: str) -> None:
    # The export splits headers as the server does; these systems' lines must parse.
    system_templates()
    rng = random.Random(11)
    lines = [render(t.text, rng) for t in SYSTEM_TEMPLATES if system in t.sources for _ in range(2)]
    assert lines
    parsed = [parse_line(line) for line in lines]
    recognised = sum(1 for p in parsed if p.shape is not None)
    assert recognised >= 0.8 * len(lines), system
