"""What the semantic tier's classifier sees of a record and what it makes of its output.

Shared by `make export` (training, evaluation) and the server, so both compute the same thing:

- `record_view`: the text to embed (the message after its header, masked) and the severity
  (from the header, else from the record's attributes); `unmasked_view` is its first step;
- `classifier_input`: the embedding with the severity one-hot and the message's word weights
  (`server.words`) beside it;
- `calibrate`: temperature scaling of the classifier's probabilities, then the top label's
  probability mapped to how often such answers are right (`scale_top_label`);
- `nearest_similarity`: how close an embedding is to the nearest training template's centroid,
  the evidence that a line is unlike anything the model was trained on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from server.lines import parse_line, severity_from_attributes
from server.masking import mask

Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class RecordView:
    """The masked message the model embeds and the record's severity (None: not stated)."""

    text: str
    severity: str | None

    @property
    def key(self) -> str:
        """One string per (severity, text): what a decision is cached under."""
        return f"{self.severity or ''}\x1f{self.text}"

    @classmethod
    def from_key(cls, key: str) -> RecordView:
        severity, _, text = key.partition("\x1f")
        return cls(text, severity or None)


def record_view(message: str, attributes: Mapping[str, str] | None = None) -> RecordView:
    """The record as the classifier sees it; a line of no known shape is embedded whole."""
    view = unmasked_view(message, severity_from_attributes(attributes) if attributes else None)
    return RecordView(mask(view.text), view.severity)


def unmasked_view(message: str, attribute_severity: str | None = None) -> RecordView:
    """The message after its header, not yet masked, and the record's severity: the header's,
    else `attribute_severity` (what the record's attributes name)."""
    parsed = parse_line(message)
    return RecordView(parsed.message, parsed.severity or attribute_severity)


def severity_one_hot(severities: Sequence[str | None], levels: Sequence[str]) -> Matrix:
    """One row per record: column 0 for "not stated", then one column per level of `levels`."""
    out = np.zeros((len(severities), len(levels) + 1), dtype=np.float32)
    column = {level: i + 1 for i, level in enumerate(levels)}
    for row, severity in enumerate(severities):
        out[row, column.get(severity or "", 0)] = 1.0
    return out


def classifier_input(
    embeddings: Matrix,
    severities: Sequence[str | None],
    levels: Sequence[str],
    words: Matrix | None = None,
) -> Matrix:
    """The classifier's input rows: the embedding, then the severity one-hot (if `levels`), then
    the word weights (if `words`, one row per embedding)."""
    parts = [embeddings]
    if levels:
        parts.append(severity_one_hot(severities, levels))
    if words is not None:
        parts.append(words)
    if len(parts) == 1:
        return embeddings
    return np.hstack(parts).astype(np.float32)


def calibrate(
    probabilities: npt.NDArray[np.floating],
    temperature: float,
    slope: float = 1.0,
    intercept: float = 0.0,
) -> npt.NDArray[np.float64]:
    """Temperature scaling, softmax(log(p) / T) (T > 1 softens over-confident answers), then the
    top label's Platt scaling (`scale_top_label`).

    For a logistic regression, log(p) is its logits minus a constant per row, so the first step is
    exactly softmax(logits / T).
    """
    logits = np.log(np.clip(np.asarray(probabilities, dtype=np.float64), 1e-12, 1.0)) / temperature
    logits -= logits.max(axis=1, keepdims=True)
    scaled = np.exp(logits)
    return scale_top_label(scaled / scaled.sum(axis=1, keepdims=True), slope, intercept)


def scale_top_label(
    probabilities: npt.NDArray[np.floating], slope: float, intercept: float
) -> npt.NDArray[np.float64]:
    """Platt scaling of the top label: its probability p becomes c = sigmoid(slope * logit(p) +
    intercept), fitted on whether held-out answers were right; the other labels share 1 - c in
    their old proportions (never above c), so the top label stays the top label.

    Temperature scaling fits the whole distribution; this fits the one number the threshold acts
    on, which is what "confidence 0.7 is right 70% of the time" is about. (1, 0) leaves it.
    """
    out = np.array(probabilities, dtype=np.float64)
    if slope == 1.0 and intercept == 0.0:
        return out
    rows = np.arange(len(out))
    best = out.argmax(axis=1)
    top = np.clip(out[rows, best], 1e-12, 1.0 - 1e-12)
    scaled = 1.0 / (1.0 + np.exp(-(slope * np.log(top / (1.0 - top)) + intercept)))
    rest = (1.0 - scaled) / (1.0 - top)
    shared = np.minimum(out * rest[:, None], np.nextafter(scaled, 0.0)[:, None])
    shared[rows, best] = scaled
    return np.asarray(shared, dtype=np.float64)


def nearest_similarity(embeddings: Matrix, centroids: Matrix) -> npt.NDArray[np.float32]:
    """Per row, the cosine similarity to the nearest centroid (embeddings are unit length).

    One matrix-vector product per row: a matrix product's last bits depend on how many rows it
    multiplies, and whether a line is familiar must not depend on what it was batched with.
    """
    if len(centroids) == 0:
        return np.ones(len(embeddings), dtype=np.float32)
    return np.array([(centroids @ row).max() for row in embeddings], dtype=np.float32)


def centroids(embeddings: Matrix, groups: Sequence[str]) -> Matrix:
    """One unit-length mean embedding per group (template), in sorted group order."""
    names = sorted(set(groups))
    index = {name: i for i, name in enumerate(names)}
    sums = np.zeros((len(names), embeddings.shape[1]), dtype=np.float64)
    for row, group in enumerate(groups):
        sums[index[group]] += embeddings[row]
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return np.asarray(sums / np.maximum(norms, 1e-12), dtype=np.float32)
