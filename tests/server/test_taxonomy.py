"""The taxonomy in code is the one the README documents."""

from __future__ import annotations

from server.taxonomy import DEFINITIONS, LABELS, UNCLASSIFIED
from tests.deploy.test_configs import documented_labels


def test_the_labels_are_the_readme_table_and_each_is_defined_once() -> None:
    assert set(LABELS) | {UNCLASSIFIED} == documented_labels()
    assert len(set(LABELS)) == len(LABELS) == len(DEFINITIONS)
    assert all(d.definition and "\n" not in d.definition for d in DEFINITIONS)
