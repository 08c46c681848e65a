"""What the manifest says of each label for the LLM tier: a definition and one training example.

Definitions come from a small TOML file of the user's (`--labels`, `Label = "what belongs
there"`), else from the default taxonomy for a label of the same name; the example is the label's
first row in the training data.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path

from export.data import DataError, LabelledData, LabelledRow
from server.taxonomy import DEFINITION_OF
from server.tiers.semantic.model_manifest import LabelNote


def load_definitions(path: Path, labels: tuple[str, ...]) -> dict[str, str]:
    """The definitions of a labels file; raise DataError naming a label the data does not have."""
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"{path}: not valid TOML: {exc}") from None
    definitions: dict[str, str] = {}
    for label, definition in table.items():
        if label not in labels:
            raise DataError(
                f"{path}: {label!r} is not a label of the training data ({', '.join(labels)})"
            )
        if not isinstance(definition, str) or not definition.strip():
            raise DataError(f"{path}: {label!r}: the definition must be a non-empty string")
        definitions[label] = " ".join(definition.split())
    return definitions


def label_notes(data: LabelledData, definitions: Mapping[str, str]) -> dict[str, LabelNote]:
    """One note per label of `data`: the given definition, else the default taxonomy's for that
    name, else none; the label's first row as its example."""
    first_rows: dict[str, LabelledRow] = {}
    for row in data.rows:
        first_rows.setdefault(row.label, row)
    return {
        label: LabelNote(
            definition=definitions.get(label, DEFINITION_OF.get(label, "")),
            example_source=first_rows[label].source,
            example_message=first_rows[label].message,
        )
        for label in data.labels
    }
