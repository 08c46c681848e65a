"""Sentence embeddings and label probabilities from the exported ONNX models, in two steps.

`tokenize` (pre) turns texts into token-count-sorted chunks padded only to each chunk's longest;
`EmbeddingModel.embed` (core) runs the embedding graph on the chunks, spread over worker threads
that share one single-threaded session, and `ClassifierModel` maps embeddings to probabilities.

Chunks of one text are the default because they make every answer independent of its batch:
dynamic int8 quantization scales activations over the whole input, so in a chunk of 8 the same
line embeds differently with different neighbours (cosine down to 0.98), and even fp32 differs in
the last bits with the chunk's shape. One text per call on each of 2 cores also ran int8 MiniLM
faster on masked corpus lines than one 2-thread call on sorted chunks of 8.
Only numpy, onnxruntime and tokenizers (no torch).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
from tokenizers import Tokenizer

DEFAULT_CHUNK = 1


def ort_session(model_path: Path, threads: int) -> ort.InferenceSession:
    """A CPU session with `threads` intra-op threads, one inter-op thread, full optimisation."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])


def load_tokenizer(path: Path, max_length: int) -> tuple[Tokenizer, int]:
    """The tokenizer truncating at `max_length`, without its own padding; and its pad id."""
    tokenizer = Tokenizer.from_file(str(path))
    padding = tokenizer.padding or {}
    pad_id = int(padding.get("pad_id", 0))
    # Padding is done per chunk (see `tokenize`); the file's own setting pads every input to 128.
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length)
    return tokenizer, pad_id


@dataclass(frozen=True, slots=True)
class Chunk:
    """Rows of one model call: which texts they are, their token ids and attention mask."""

    rows: list[int]
    input_ids: npt.NDArray[np.int64]
    attention_mask: npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Tokenized:
    """A batch of texts ready for the embedding model."""

    count: int
    chunks: list[Chunk]
    tokens: int
    padded_tokens: int


def tokenize(
    tokenizer: Tokenizer, pad_id: int, texts: Sequence[str], chunk: int = DEFAULT_CHUNK
) -> Tokenized:
    """Tokenize `texts`, sort them by token count and cut them into padded chunks of `chunk`."""
    ids = [encoding.ids for encoding in tokenizer.encode_batch(list(texts))]
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    chunks: list[Chunk] = []
    padded = 0
    for start in range(0, len(order), chunk):
        rows = order[start : start + chunk]
        width = max(len(ids[i]) for i in rows)
        input_ids = np.full((len(rows), width), pad_id, dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for row, i in enumerate(rows):
            input_ids[row, : len(ids[i])] = ids[i]
            mask[row, : len(ids[i])] = 1
        chunks.append(Chunk(rows, input_ids, mask))
        padded += input_ids.size
    return Tokenized(len(ids), chunks, sum(len(i) for i in ids), padded)


class EmbeddingModel:
    """The embedding graph: token ids -> L2-normalised sentence vectors (pooling in the graph).

    `workers` threads call one session with one intra-op thread each: small inputs keep one core
    busy per call, where a single call split over two threads mostly waits on its own sync points.
    The thread that calls `embed` is one of them (it runs the first share itself), so no thread
    only waits for the others.
    """

    def __init__(
        self,
        model_path: Path,
        workers: int,
        input_names: tuple[str, str] = ("input_ids", "attention_mask"),
    ) -> None:
        self.session = ort_session(model_path, 1)
        self.workers = max(1, workers)
        # The other workers: the caller of `embed` is the first.
        self._pool = (
            ThreadPoolExecutor(self.workers - 1, thread_name_prefix="embed")
            if self.workers > 1
            else None
        )
        self._ids_name, self._mask_name = input_names
        self.dimension = int(self.session.get_outputs()[0].shape[-1])

    def _run(self, chunks: Sequence[Chunk]) -> list[npt.NDArray[np.float32]]:
        return [
            self.session.run(
                None, {self._ids_name: c.input_ids, self._mask_name: c.attention_mask}
            )[0]
            for c in chunks
        ]

    def embed(self, batch: Tokenized) -> npt.NDArray[np.float32]:
        """One embedding row per text of `batch`, in the texts' original order."""
        out = np.empty((batch.count, self.dimension), dtype=np.float32)
        # Interleaved shares: chunks are sorted by length, so each worker gets short and long ones.
        shares = [batch.chunks[i :: self.workers] for i in range(self.workers)]
        others = [self._pool.submit(self._run, share) for share in shares[1:]] if self._pool else []
        vectors = [self._run(shares[0]), *(other.result() for other in others)]
        for share, share_vectors in zip(shares, vectors, strict=True):
            for chunk, rows in zip(share, share_vectors, strict=True):
                out[chunk.rows] = rows
        return out

    def close(self) -> None:
        """Stop the other worker threads."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)


class ClassifierModel:
    """The classifier graph: embeddings -> probabilities, one column per label."""

    def __init__(self, model_path: Path, input_name: str, output_name: str) -> None:
        # The classifier is tiny: one thread avoids a second busy pool beside the embedder's.
        self.session = ort_session(model_path, 1)
        self._input_name = input_name
        self._output_name = output_name

    def probabilities(self, embeddings: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Class probabilities for each embedding row, each row computed on its own.

        One call per row: a matrix product's last bits depend on how many rows it multiplies,
        and an answer must not depend on what it was batched with. A row costs microseconds.
        """
        rows = [
            self.session.run([self._output_name], {self._input_name: embeddings[i : i + 1]})[0]
            for i in range(len(embeddings))
        ]
        if not rows:
            return np.empty((0, 0), dtype=np.float32)
        return np.asarray(np.vstack(rows), dtype=np.float32)
