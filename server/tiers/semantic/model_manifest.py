"""The manifest of a models folder: what `make export` wrote and what the server may trust.

`models/manifest.json` names every file with its sha256, the label order of the classifier's
output, the embedding variant to load, the tokenizer settings, the confidence threshold, where the
training data came from, the evaluation figures, the library versions that produced it, and a
definition and an example per label for the LLM tier's prompt, and the deciding words the
template layer never merges lines over (`server/templates.py`).
`load_manifest` refuses a folder whose files do not match it, with a one-line message.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

from server.options import ConfigError

MANIFEST_NAME: Final = "manifest.json"
SCHEMA_VERSION: Final = 3
EMBEDDING_VARIANTS: Final = ("fp32", "int8")

_T = TypeVar("_T")


class ManifestError(ConfigError):
    """A models folder the server must not load; the message says why in one line."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenizerSettings:
    """How text becomes token ids: the file and the settings it was saved with."""

    file: str
    lowercase: bool
    max_length: int
    truncation: bool
    padding: str = "longest"


@dataclass(frozen=True, slots=True, kw_only=True)
class EmbeddingSettings:
    """The sentence-embedding model: one ONNX file per variant, and the one to load."""

    variant: str
    files: Mapping[str, str]
    dimension: int
    input_names: tuple[str, ...] = ("input_ids", "attention_mask")
    output_name: str = "embedding"
    source_model: str = ""

    @property
    def file(self) -> str:
        """The ONNX file of the variant the server should load."""
        return self.files[self.variant]


@dataclass(frozen=True, slots=True, kw_only=True)
class ClassifierSettings:
    """The classifier on the embedding: probabilities in the order of `Manifest.labels`."""

    file: str
    input_name: str = "embedding"
    output_name: str = "probabilities"
    kind: str = "LogisticRegression"
    params: Mapping[str, float | int | str] = field(default_factory=dict)
    # The input is the embedding, then (when set) a one-hot of "not stated" and these severities.
    severity_levels: tuple[str, ...] = ()
    # Temperature scaling of the probabilities (server.features.calibrate); 1.0 leaves them.
    temperature: float = 1.0
    # Platt scaling of the top label's probability (server.features.scale_top_label): the
    # confidence the threshold acts on. (1, 0) leaves it.
    confidence_slope: float = 1.0
    confidence_intercept: float = 0.0
    # Unit-length mean embedding per training template (a float32 .npy file; "" for none) and the
    # similarity to the nearest one below which a line counts as unlike the training data.
    centroids_file: str = ""
    min_similarity: float = 0.0
    # The vocabulary and idf of the word weights after the severity (`server.words`; a JSON
    # file, "" for none).
    words_file: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelScores:
    """Precision, recall and F1 of one label on the held-out folds."""

    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Evaluation:
    """Template-disjoint cross-validation figures of the exported configuration."""

    folds: int
    grouping: str
    rows: int
    accuracy: float
    macro_f1: float
    unclassified_share: float
    answered_accuracy: float
    per_label: Mapping[str, LabelScores]


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelNote:
    """What the LLM tier's prompt says of one label: its definition ("" when none was given)
    and one training record of it as the example."""

    definition: str
    example_source: str
    example_message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TrainingData:
    """Where the classifier's training data came from."""

    file: str
    sha256: str
    rows: int
    masking_sha256: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Manifest:
    """The contents of `models/manifest.json`."""

    schema_version: int
    model_version: str
    labels: tuple[str, ...]
    threshold: float
    embedding: EmbeddingSettings
    tokenizer: TokenizerSettings
    classifier: ClassifierSettings
    files: Mapping[str, str]
    training: TrainingData
    evaluation: Evaluation
    parity: Mapping[str, float]
    versions: Mapping[str, str]
    # Per label of `labels`; empty in a manifest written before the field existed.
    label_notes: Mapping[str, LabelNote] = field(default_factory=dict)
    # Words the template layer never merges lines over (`export/deciding_words.py`); empty in a
    # manifest written before the field existed.
    deciding_words: tuple[str, ...] = ()

    def to_json(self) -> str:
        """The manifest as indented JSON with sorted keys (stable across runs)."""
        return json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"


def sha256_file(path: Path) -> str:
    """The hex sha256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def derive_model_version(
    files: Mapping[str, str],
    embedding_file: str,
    classifier: ClassifierSettings,
    deciding_words: tuple[str, ...] = (),
) -> str:
    """A short version id that changes whenever anything that shapes an answer does: the
    embedding model, the classifier, the centroids, the calibration, the familiarity bound or
    the deciding words (which template, so which answer, a line gets)."""
    answer_settings = (
        classifier.severity_levels,
        classifier.temperature,
        classifier.confidence_slope,
        classifier.confidence_intercept,
        classifier.min_similarity,
    )
    parts = [
        files[embedding_file],
        files[classifier.file],
        files.get(classifier.centroids_file, ""),
    ]
    # Only models with word weights hash their file: a folder exported before them keeps its id.
    if classifier.words_file:
        parts.append(files.get(classifier.words_file, ""))
    # Likewise the deciding words.
    if deciding_words:
        parts.append(" ".join(deciding_words))
    joined = ":".join([*parts, repr(answer_settings)])
    return "semantic-" + hashlib.sha256(joined.encode()).hexdigest()[:12]


def write_manifest(models_dir: Path, manifest: Manifest) -> Path:
    """Write `manifest` as `models_dir/manifest.json` after checking it as `load_manifest` does."""
    _check_consistency(manifest)
    path = models_dir / MANIFEST_NAME
    path.write_text(manifest.to_json(), encoding="utf-8")
    return path


def load_manifest(models_dir: Path, verify: bool = True) -> Manifest:
    """Read and check `models_dir/manifest.json`; with `verify`, check every file's sha256 too.

    Raises `ManifestError` naming the problem: a missing manifest or file, malformed JSON, a
    missing or mistyped field, or a checksum mismatch (with the file and both hashes).
    """
    path = models_dir / MANIFEST_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ManifestError(
            f"{path}: no manifest; run `make models` to produce {models_dir}, or set "
            "model_path (MODEL_PATH) to a folder `make export` wrote"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read: {exc}") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ManifestError(f"{path}: malformed JSON: {exc}") from None
    try:
        manifest = _parse(_Reader(raw, ""))
        _check_consistency(manifest)
    except ManifestError as exc:
        raise ManifestError(f"{path}: {exc}") from None
    for name, expected in manifest.files.items():
        file_path = models_dir / name
        if not file_path.is_file():
            raise ManifestError(f"{file_path}: listed in {MANIFEST_NAME} but missing")
        if verify:
            actual = sha256_file(file_path)
            if actual != expected:
                raise ManifestError(
                    f"{file_path}: sha256 mismatch: manifest says {expected}, file has {actual}"
                )
    return manifest


def _check_consistency(manifest: Manifest) -> None:
    """Cross-field rules a parsed manifest must keep."""
    if not manifest.labels:
        raise ManifestError("labels: empty")
    if len(set(manifest.labels)) != len(manifest.labels):
        raise ManifestError(f"labels: duplicates in {list(manifest.labels)}")
    strangers = sorted(set(manifest.label_notes) - set(manifest.labels))
    if strangers:
        raise ManifestError(f"label_notes: {', '.join(strangers)} not in labels")
    if not 0.0 <= manifest.threshold <= 1.0:
        raise ManifestError(f"threshold: {manifest.threshold} is not in [0, 1]")
    if manifest.embedding.variant not in manifest.embedding.files:
        raise ManifestError(
            f"embedding.variant: {manifest.embedding.variant!r} is not one of "
            f"{sorted(manifest.embedding.files)}"
        )
    if manifest.tokenizer.max_length < 1:
        raise ManifestError(f"tokenizer.max_length: {manifest.tokenizer.max_length} < 1")
    if manifest.classifier.temperature <= 0:
        raise ManifestError(f"classifier.temperature: {manifest.classifier.temperature} <= 0")
    if manifest.classifier.confidence_slope <= 0:
        raise ManifestError(
            f"classifier.confidence_slope: {manifest.classifier.confidence_slope} <= 0"
        )
    needed = {
        *manifest.embedding.files.values(),
        manifest.tokenizer.file,
        manifest.classifier.file,
        *([manifest.classifier.centroids_file] if manifest.classifier.centroids_file else []),
        *([manifest.classifier.words_file] if manifest.classifier.words_file else []),
    }
    unlisted = sorted(needed - set(manifest.files))
    if unlisted:
        raise ManifestError(f"files: no sha256 for {', '.join(unlisted)}")
    for name in manifest.files:
        if Path(name).name != name:
            raise ManifestError(f"files: {name!r} is not a plain file name")
    expected_version = derive_model_version(
        manifest.files, manifest.embedding.file, manifest.classifier, manifest.deciding_words
    )
    if manifest.model_version != expected_version:
        raise ManifestError(
            f"model_version: {manifest.model_version!r} does not match the files "
            f"(expected {expected_version!r})"
        )


class _Reader:
    """Typed access to one JSON object, naming the dotted path of a missing or mistyped field."""

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, dict):
            raise ManifestError(f"{path or 'manifest'}: expected an object")
        self._value: dict[str, Any] = value
        self._path = path

    def _where(self, key: str) -> str:
        return f"{self._path}.{key}" if self._path else key

    def get(self, key: str, kind: type[_T]) -> _T:
        if key not in self._value:
            raise ManifestError(f"{self._where(key)}: missing field")
        value = self._value[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ManifestError(f"{self._where(key)}: expected {kind.__name__}, got {value!r}")
        return value

    def names(self) -> list[str]:
        return list(self._value)

    def child(self, key: str) -> _Reader:
        return _Reader(self.get(key, dict), self._where(key))

    def strings(self, key: str) -> tuple[str, ...]:
        items = self.get(key, list)
        if not all(isinstance(item, str) for item in items):
            raise ManifestError(f"{self._where(key)}: expected a list of strings")
        return tuple(items)

    def optional(self, key: str, kind: type[_T], default: _T) -> _T:
        """The field's value, or `default` when the manifest predates it."""
        return self.get(key, kind) if key in self._value else default

    def optional_child(self, key: str) -> _Reader | None:
        return self.child(key) if key in self._value else None

    def mapping(self, key: str, kind: type[_T]) -> dict[str, _T]:
        child = self.child(key)
        return {name: child.get(name, kind) for name in child.names()}

    def scalars(self, key: str) -> dict[str, float | int | str]:
        child = self.child(key)
        out: dict[str, float | int | str] = {}
        for name, value in child._value.items():
            if isinstance(value, bool) or not isinstance(value, float | int | str):
                raise ManifestError(f"{child._where(name)}: expected a number or a string")
            out[name] = value
        return out


def _parse(root: _Reader) -> Manifest:
    schema = root.get("schema_version", int)
    if schema != SCHEMA_VERSION:
        raise ManifestError(
            f"schema_version: {schema} is not supported (expected {SCHEMA_VERSION})"
        )
    emb = root.child("embedding")
    tok = root.child("tokenizer")
    clf = root.child("classifier")
    train = root.child("training")
    ev = root.child("evaluation")
    per_label = ev.child("per_label")
    variant = emb.get("variant", str)
    if variant not in EMBEDDING_VARIANTS:
        raise ManifestError(
            f"embedding.variant: {variant!r} is not one of {list(EMBEDDING_VARIANTS)}"
        )
    return Manifest(
        schema_version=schema,
        model_version=root.get("model_version", str),
        labels=root.strings("labels"),
        threshold=root.get("threshold", float),
        embedding=EmbeddingSettings(
            variant=variant,
            files=emb.mapping("files", str),
            dimension=emb.get("dimension", int),
            input_names=emb.strings("input_names"),
            output_name=emb.get("output_name", str),
            source_model=emb.get("source_model", str),
        ),
        tokenizer=TokenizerSettings(
            file=tok.get("file", str),
            lowercase=tok.get("lowercase", bool),
            max_length=tok.get("max_length", int),
            truncation=tok.get("truncation", bool),
            padding=tok.get("padding", str),
        ),
        classifier=ClassifierSettings(
            file=clf.get("file", str),
            input_name=clf.get("input_name", str),
            output_name=clf.get("output_name", str),
            kind=clf.get("kind", str),
            params=clf.scalars("params"),
            severity_levels=clf.strings("severity_levels"),
            temperature=clf.get("temperature", float),
            confidence_slope=clf.get("confidence_slope", float),
            confidence_intercept=clf.get("confidence_intercept", float),
            centroids_file=clf.get("centroids_file", str),
            min_similarity=clf.get("min_similarity", float),
            words_file=clf.optional("words_file", str, ""),
        ),
        files=root.mapping("files", str),
        training=TrainingData(
            file=train.get("file", str),
            sha256=train.get("sha256", str),
            rows=train.get("rows", int),
            masking_sha256=train.get("masking_sha256", str),
        ),
        evaluation=Evaluation(
            folds=ev.get("folds", int),
            grouping=ev.get("grouping", str),
            rows=ev.get("rows", int),
            accuracy=ev.get("accuracy", float),
            macro_f1=ev.get("macro_f1", float),
            unclassified_share=ev.get("unclassified_share", float),
            answered_accuracy=ev.get("answered_accuracy", float),
            per_label={name: _label_scores(per_label.child(name)) for name in per_label.names()},
        ),
        parity=root.mapping("parity", float),
        versions=root.mapping("versions", str),
        label_notes=_label_notes(root.optional_child("label_notes")),
        deciding_words=root.strings("deciding_words") if "deciding_words" in root.names() else (),
    )


def _label_notes(notes: _Reader | None) -> dict[str, LabelNote]:
    if notes is None:
        return {}
    out: dict[str, LabelNote] = {}
    for label in notes.names():
        note = notes.child(label)
        out[label] = LabelNote(
            definition=note.get("definition", str),
            example_source=note.get("example_source", str),
            example_message=note.get("example_message", str),
        )
    return out


def _label_scores(scores: _Reader) -> LabelScores:
    return LabelScores(
        precision=scores.get("precision", float),
        recall=scores.get("recall", float),
        f1=scores.get("f1", float),
        support=scores.get("support", int),
    )
