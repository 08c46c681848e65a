"""Label definitions for the manifest: read from the user's TOML file, checked against the data."""

from __future__ import annotations

from pathlib import Path

import pytest

from export.data import DataError, LabelledData, LabelledRow
from export.label_notes import label_notes, load_definitions
from server.taxonomy import DEFINITION_OF

LABELS = ("Error", "Payments")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "labels.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_definitions_are_read_and_spaces_folded(tmp_path: Path) -> None:
    path = write(tmp_path, 'Payments = """money moving:\n  charges, refunds"""\n')
    assert load_definitions(path, LABELS) == {"Payments": "money moving: charges, refunds"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Paymnets = "typo"',
            r"'Paymnets' is not a label of the training data \(Error, Payments\)",
        ),
        ('Payments = ""', r"'Payments': the definition must be a non-empty string"),
        ("Payments = 3", r"'Payments': the definition must be a non-empty string"),
        ("Payments = ", r"not valid TOML"),
    ],
)
def test_a_bad_labels_file_is_one_line_naming_the_problem(
    tmp_path: Path, text: str, expected: str
) -> None:
    with pytest.raises(DataError, match=expected):
        load_definitions(write(tmp_path, text), LABELS)


def test_notes_fall_back_to_the_default_definition_and_take_the_first_row(tmp_path: Path) -> None:
    rows = (
        LabelledRow(2, "api", "call 1 failed", "Error", None),
        LabelledRow(3, "billing", "charge 7 captured", "Payments", None),
        LabelledRow(4, "api", "call 2 failed", "Error", None),
    )
    data = LabelledData(tmp_path / "d.csv", "00", rows, has_template_ids=False)
    notes = label_notes(data, {"Payments": "money moving"})
    default_error = DEFINITION_OF["Error"]
    assert notes["Error"].definition == default_error
    assert (notes["Error"].example_source, notes["Error"].example_message) == (
        "api",
        "call 1 failed",
    )
    assert notes["Payments"].definition == "money moving"
    unknown = LabelledRow(5, "x", "y", "Z", None)
    data = LabelledData(tmp_path / "d.csv", "00", (rows[1], unknown), has_template_ids=False)
    assert label_notes(data, {})["Z"].definition == ""  # no definition, none invented
