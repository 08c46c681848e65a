"""The semantic tier's model: what turns record views into calibrated label probabilities.

`SemanticModel` is the interface the tier needs, in two steps the micro-batcher runs in its
worker threads: `prepare` (tokenize) and `infer` (embed, classify, calibrate, and measure how
familiar each line is). `OnnxModel` is the one implementation: the exported ONNX embedding model,
its tokenizer and the classifier, as the manifest of `make export` describes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from server.features import RecordView, calibrate, classifier_input, nearest_similarity
from server.tiers.semantic.embedding import (
    DEFAULT_CHUNK,
    ClassifierModel,
    EmbeddingModel,
    Tokenized,
    load_tokenizer,
    tokenize,
)
from server.tiers.semantic.model_manifest import Manifest
from server.words import WordFeatures


@dataclass(frozen=True, slots=True)
class Prepared:
    """A batch after `prepare`: its texts tokenized, each text's severity and word weights."""

    tokens: Tokenized
    severities: list[str | None]
    words: npt.NDArray[np.float32] | None = None


@dataclass(frozen=True, slots=True)
class Inferred:
    """Per row of a batch: calibrated probabilities (one column per label) and the cosine
    similarity to the nearest training template."""

    probabilities: npt.NDArray[np.float64]
    similarity: npt.NDArray[np.float32]


class SemanticModel(Protocol):
    """Record views in, calibrated probabilities out; both steps may run in worker threads."""

    def prepare(self, views: list[RecordView]) -> Prepared: ...

    def infer(self, batch: Prepared) -> Inferred: ...

    def close(self) -> None: ...


class OnnxModel:
    """The models of `make export` in ONNX Runtime: tokenizer, embedding model, classifier."""

    def __init__(
        self, folder: Path, manifest: Manifest, workers: int, chunk_size: int = DEFAULT_CHUNK
    ) -> None:
        self._manifest = manifest
        self._chunk_size = chunk_size
        self._tokenizer, self._pad_id = load_tokenizer(
            folder / manifest.tokenizer.file, manifest.tokenizer.max_length
        )
        ids_name, mask_name = manifest.embedding.input_names[:2]
        self._embedder = EmbeddingModel(
            folder / manifest.embedding.file, workers, (ids_name, mask_name)
        )
        self._classifier = ClassifierModel(
            folder / manifest.classifier.file,
            manifest.classifier.input_name,
            manifest.classifier.output_name,
        )
        self._centroids = (
            np.load(folder / manifest.classifier.centroids_file)
            if manifest.classifier.centroids_file
            else np.zeros((0, 0), dtype=np.float32)
        )
        words_file = manifest.classifier.words_file
        self._words = WordFeatures.load(folder / words_file) if words_file else None

    def prepare(self, views: list[RecordView]) -> Prepared:
        texts = [v.text for v in views]
        tokens = tokenize(self._tokenizer, self._pad_id, texts, self._chunk_size)
        words = self._words.rows(texts) if self._words is not None else None
        return Prepared(tokens, [v.severity for v in views], words)

    def infer(self, batch: Prepared) -> Inferred:
        classifier = self._manifest.classifier
        embeddings = self._embedder.embed(batch.tokens)
        features = classifier_input(
            embeddings, batch.severities, classifier.severity_levels, batch.words
        )
        probabilities = calibrate(
            self._classifier.probabilities(features),
            classifier.temperature,
            classifier.confidence_slope,
            classifier.confidence_intercept,
        )
        return Inferred(probabilities, nearest_similarity(embeddings, self._centroids))

    def close(self) -> None:
        self._embedder.close()
