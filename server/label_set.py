"""The labels a server answers with: those of the model it serves, else the default taxonomy.

A model trained on a user's own CSV (`make export DATA=...`) has its own labels; its manifest
holds a definition and a training example of each. The regex tier drops bundled rules whose label
the set lacks, and the LLM tier's prompt lists the set's labels, so that every tier answers from
the same set.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from server.taxonomy import DEFINITION_OF, DEFINITIONS, EXAMPLES, LabelDefinition, LabelExample
from server.tiers.semantic.model_manifest import (
    MANIFEST_NAME,
    Manifest,
    ManifestError,
    load_manifest,
)


@dataclass(frozen=True, slots=True)
class LabelSet:
    """Labels with their definitions, example records for a prompt, and where they came from."""

    definitions: tuple[LabelDefinition, ...]
    examples: tuple[LabelExample, ...]
    origin: str

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(d.label for d in self.definitions)

    @property
    def is_default(self) -> bool:
        """True when the labels are the default taxonomy's (in any order)."""
        return set(self.labels) == set(DEFAULT_LABEL_SET.labels)


DEFAULT_LABEL_SET: Final = LabelSet(DEFINITIONS, EXAMPLES, "the default taxonomy")


def label_set_of(manifest: Manifest, origin: str) -> LabelSet:
    """The labels of `manifest`: definitions from its notes, else the default taxonomy's for a
    label of the same name; the default examples for the default labels, else its own."""
    definitions = tuple(
        LabelDefinition(label, _definition(manifest, label)) for label in manifest.labels
    )
    label_set = LabelSet(definitions, (), origin)
    if label_set.is_default:
        by_label = {d.label: d for d in definitions}
        return LabelSet(tuple(by_label[d.label] for d in DEFINITIONS), EXAMPLES, origin)
    examples = tuple(
        LabelExample(note.example_source, note.example_message, label)
        for label, note in manifest.label_notes.items()
        if note.example_message
    )
    return LabelSet(definitions, examples, origin)


def _definition(manifest: Manifest, label: str) -> str:
    note = manifest.label_notes.get(label)
    if note is not None and note.definition:
        return note.definition
    return DEFINITION_OF.get(label, "")


def served_label_set(model_path: Path) -> LabelSet:
    """The label set of the models folder `model_path` when it holds one, else the default.

    A folder that is missing or cannot be read gives the default set: the semantic tier, when a
    route uses it, reports that folder's problem itself."""
    if not (model_path / MANIFEST_NAME).is_file():
        return DEFAULT_LABEL_SET
    try:
        manifest = load_manifest(model_path, verify=False)
    except ManifestError:
        return DEFAULT_LABEL_SET
    return label_set_of(manifest, str(model_path / MANIFEST_NAME))
