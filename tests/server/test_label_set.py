"""The label set a server answers with: a custom model's, or the default taxonomy."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from server.label_set import DEFAULT_LABEL_SET, label_set_of, served_label_set
from server.taxonomy import DEFINITION_OF, EXAMPLES, LABELS
from server.tiers.semantic.model_manifest import LabelNote, write_manifest
from tests.server.tiers.semantic.test_model_manifest import make_manifest


def custom_notes() -> dict[str, LabelNote]:
    return {
        "Payments": LabelNote(
            definition="money moving: charges, refunds, payouts",
            example_source="billing",
            example_message="charge ch_81 of 12.50 EUR captured",
        ),
        "Error": LabelNote(definition="", example_source="api", example_message="call failed"),
    }


def test_a_custom_model_brings_its_labels_definitions_and_examples(tmp_path: Path) -> None:
    manifest = replace(
        make_manifest(tmp_path), labels=("Error", "Payments"), label_notes=custom_notes()
    )
    label_set = label_set_of(manifest, "m")
    assert label_set.labels == ("Error", "Payments") and not label_set.is_default
    definitions = {d.label: d.definition for d in label_set.definitions}
    # No definition given: the default taxonomy's for a label of the same name.
    assert definitions["Error"] == DEFINITION_OF["Error"]
    assert definitions["Payments"] == "money moving: charges, refunds, payouts"
    assert [(e.label, e.message) for e in label_set.examples] == [
        ("Payments", "charge ch_81 of 12.50 EUR captured"),
        ("Error", "call failed"),
    ]


def test_the_default_labels_keep_the_default_examples_and_order(tmp_path: Path) -> None:
    manifest = replace(make_manifest(tmp_path), labels=tuple(sorted(LABELS)))
    label_set = label_set_of(manifest, "m")
    assert label_set.is_default and label_set.labels == LABELS
    assert label_set.examples == EXAMPLES


def test_a_folder_without_a_model_gives_the_default(tmp_path: Path) -> None:
    assert served_label_set(tmp_path / "missing") is DEFAULT_LABEL_SET
    (tmp_path / "manifest.json").write_text("{not json")
    assert served_label_set(tmp_path) is DEFAULT_LABEL_SET


def test_the_served_set_is_read_from_the_folder(tmp_path: Path) -> None:
    manifest = replace(
        make_manifest(tmp_path), labels=("Error", "Payments"), label_notes=custom_notes()
    )
    write_manifest(tmp_path, manifest)
    label_set = served_label_set(tmp_path)
    assert label_set.labels == ("Error", "Payments")
    assert label_set.origin == str(tmp_path / "manifest.json")
