"""The checks an export must pass before its files are moved into place.

- ONNX fp32 embeddings against the torch model run by sentence-transformers: cosine >= 0.999 on
  every one of (up to) 500 corpus lines.
- int8 against fp32: the fold classifiers (trained on fp32 embeddings) give the same top label
  for the int8 embedding of >= 98% of the held-out rows that fp32 answers (top probability at or
  above the threshold). On all held-out rows, the agreement is reported but not bounded: on
  templates the model never saw, many rows are near-ties between two labels, answered
  `Unclassified` under either variant, and int8's noise (mean cosine 0.993 to fp32) flips a few
  percent of those.
- The ONNX classifier against scikit-learn: the same probabilities (to float32 rounding).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

MIN_COSINE: Final = 0.999
# int8 vs fp32 top label on the held-out rows fp32 answers. 0.99 on the business-only corpus; the
# corpora of real line shapes (issue 11) have more near-ties between routine-notice labels and
# measure 0.984-0.988. Every quality figure is measured on int8 as served, so this bounds drift
# only: a broken quantization lands far below it.
MIN_INT8_AGREEMENT: Final = 0.98
MAX_PROBABILITY_DIFF: Final = 1e-4
# The server's word weights (`server.words`) against scikit-learn's TfidfVectorizer.
MAX_WORDS_DIFF: Final = 1e-5
PARITY_LINES: Final = 500


class ParityError(RuntimeError):
    """An exported model disagrees with its source beyond the allowed bound."""


@dataclass(frozen=True, slots=True)
class CosineFigures:
    """Row-wise cosine similarity between two sets of embeddings of the same texts."""

    lines: int
    minimum: float
    mean: float


def parity_lines(messages: Sequence[str], count: int = PARITY_LINES) -> list[str]:
    """A deterministic, evenly spread sample of `count` messages (all of them if fewer)."""
    if len(messages) <= count:
        return list(messages)
    picks = np.linspace(0, len(messages) - 1, count).round().astype(int)
    return [messages[i] for i in picks]


def torch_embeddings(
    model_dir: Path, texts: Sequence[str], max_length: int
) -> npt.NDArray[np.float32]:
    """The reference: sentence-transformers on the torch model, mean-pooled and L2-normalised."""
    from sentence_transformers import SentenceTransformer  # torch: imported only when needed

    model = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)
    model.max_seq_length = max_length
    vectors = model.encode(
        list(texts), batch_size=32, normalize_embeddings=True, convert_to_numpy=True
    )
    return np.asarray(vectors, dtype=np.float32)


def cosine_figures(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> CosineFigures:
    """Row-wise cosine of two embedding matrices of the same shape."""
    if a.shape != b.shape:
        raise ParityError(f"embedding shapes differ: {a.shape} vs {b.shape}")
    norms = np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1)
    cosine = (a * b).sum(axis=1) / np.maximum(norms, 1e-12)
    return CosineFigures(len(a), float(cosine.min()), float(cosine.mean()))


def check_embedding_parity(figures: CosineFigures, minimum: float = MIN_COSINE) -> None:
    """Raise `ParityError` unless every line's cosine reaches `minimum`."""
    if figures.minimum < minimum:
        raise ParityError(
            f"ONNX fp32 embeddings differ from the torch model: minimum cosine "
            f"{figures.minimum:.6f} < {minimum} over {figures.lines} lines"
        )


def top_label_agreement(
    reference: npt.NDArray[np.float64],
    candidate: npt.NDArray[np.float64],
    rows: npt.NDArray[np.bool_] | None = None,
) -> float:
    """The share of (selected) rows whose most probable label is the same in both."""
    same = reference.argmax(axis=1) == candidate.argmax(axis=1)
    if rows is not None:
        same = same[rows]
    return float(np.mean(same)) if len(same) else 1.0


def check_int8_agreement(
    agreement: float, rows: int, name: str = "int8", minimum: float = MIN_INT8_AGREEMENT
) -> None:
    """Raise `ParityError` unless the int8 top labels agree with fp32's on `minimum` of rows."""
    if agreement < minimum:
        raise ParityError(
            f"{name} embeddings change the top label too often: agreement with fp32 "
            f"{agreement:.4f} < {minimum} over {rows} held-out rows that fp32 answers"
        )


def check_classifier_parity(
    reference: npt.NDArray[np.float64],
    exported: npt.NDArray[np.float32],
    maximum: float = MAX_PROBABILITY_DIFF,
) -> float:
    """Raise `ParityError` if the ONNX classifier's probabilities stray from scikit-learn's."""
    if reference.shape != exported.shape:
        raise ParityError(f"classifier output shapes differ: {reference.shape} vs {exported.shape}")
    worst = float(np.abs(reference - exported).max())
    if worst > maximum:
        raise ParityError(
            f"ONNX classifier probabilities differ from scikit-learn's by {worst:.2e} > {maximum}"
        )
    return worst
