"""The semantic tier: embed the masked message with MiniLM (ONNX) and classify the embedding.

pre (header split, mask, tokenize), core (embedding + classifier inference and calibration: the
model, `model.py`) and post (familiarity, threshold, labels) are separate steps; the tier keeps
the cache, the templates and the threshold. A `MicroBatcher` gathers records from every
stream and call into shared batches and overlaps tokenizing the next batch with running this one,
off the event loop. The classifier sees the message after its header (`server.lines`), masked, and
the line's severity beside the embedding (`server.features`). Each record is mapped to a template
(`server.placement`, `server.templates`); the template's first message is classified once and its
answer is cached under the template's id in a bounded LRU, so every line of a template gets the
same answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

import numpy as np

from server import template_store
from server.config import Settings
from server.features import RecordView, record_view
from server.lru import LRUCache, answer_each
from server.placement import TemplatePlacer
from server.reasons import Reason
from server.records import Abstention, Decision, LogRecord, TierAnswer
from server.templates import Template, TemplateMiner
from server.tiers.base import SEMANTIC, TierInfo
from server.tiers.semantic.batching import MicroBatcher
from server.tiers.semantic.config import SemanticConfig
from server.tiers.semantic.model import OnnxModel, Prepared, SemanticModel
from server.tiers.semantic.model_manifest import Manifest, load_manifest

log = logging.getLogger(__name__)

TIER_NAME: Final = SEMANTIC
# The template text an answer carries is cut to this many characters (the model reads far less).
TEMPLATE_TEXT_MAX = 1024
WARMUP_TEXTS = (
    "user <num> logged in from <ip>",
    "disk <path> at <num>% capacity, cleanup scheduled",
    "GET <path> returned <num> in <num>s",
    "replica set lost quorum, writes halted on cluster <hex>",
)


class SemanticTier:
    """Embedding + classifier tier over the models of `make export`."""

    @classmethod
    def from_settings(cls, settings: Settings) -> SemanticTier:
        """The tier the server's `settings` configure."""
        return cls(settings.semantic)

    def __init__(self, settings: SemanticConfig) -> None:
        self.settings = settings
        # Read (and checksum-verified) at construction so a bad models folder stops start-up early.
        self.manifest: Manifest = load_manifest(settings.model_path)
        self._labels = self.manifest.labels
        # The setting when given, else the threshold the export wrote into the manifest.
        threshold = settings.confidence_threshold
        self.threshold = threshold if threshold is not None else self.manifest.threshold
        evaluation = self.manifest.evaluation
        self._info = TierInfo(
            TIER_NAME,
            self.manifest.model_version,
            tuple(self._labels),
            confidence_threshold=self.threshold,
            # The model is calibrated: its mean top-label confidence on held-out rows is its
            # accuracy there (the REPORT's ECE is the gap).
            baseline={
                "unclassified_share": evaluation.unclassified_share,
                "confidence_mean": evaluation.accuracy,
            },
        )
        self.forget_templates()
        self._batcher: MicroBatcher[str, Prepared, TierAnswer] | None = None
        self._model: SemanticModel | None = None
        self._snapshots: asyncio.Task[None] | None = None
        # Keys some call has sent to the model, with the run and their place in it: another call
        # needing one waits for that run instead of sending it again.
        self._in_flight: dict[str, tuple[_ModelRun, int]] = {}

    def forget_templates(self) -> None:
        """Start with no templates and no answers (at construction, and per Spark partition)."""
        settings = self.settings
        # Answers per template id (per view with the cache off); as many as templates are held.
        self.cache: LRUCache[str, TierAnswer] = LRUCache(settings.cache_size)
        self.templates = (
            TemplateMiner(
                capacity=settings.cache_size,
                max_bytes=settings.cache_max_mb << 20,
                deciding_words=self.manifest.deciding_words,
            )
            if settings.cache_size
            else None
        )
        self.placer = TemplatePlacer(self.templates) if self.templates is not None else None

    @property
    def name(self) -> str:
        return TIER_NAME

    def info(self) -> TierInfo:
        templates = len(self.templates) if self.templates is not None else None
        batcher = self._batcher
        return replace(
            self._info,
            cache=self.cache.stats(),
            templates=templates,
            queue_depth=batcher.waiting if batcher is not None else 0,
            batch_sizes=dict(batcher.batch_sizes) if batcher is not None else {},
            model_seconds=batcher.run_seconds if batcher is not None else 0.0,
        )

    async def start(self) -> None:
        """Open the ONNX sessions off the event loop, start batching and warm up."""
        if self._batcher is not None:
            return
        workers = self.settings.workers
        self._model = await asyncio.to_thread(
            OnnxModel, self.settings.model_path, self.manifest, workers, self.settings.chunk_size
        )
        await self._restore_snapshot()
        self._batcher = MicroBatcher(
            self._prepare,
            self._run,
            max_batch=self.settings.batch_size,
            max_wait_s=self.settings.max_wait_s,
            name=TIER_NAME,
        )
        self._batcher.start()
        # The first runs allocate arenas and pick kernels: keep that off real traffic.
        for _ in range(3):
            await self._batcher.submit(list(WARMUP_TEXTS))
        if self.settings.template_snapshot is not None and self.templates is not None:
            self._snapshots = asyncio.create_task(self._snapshot_every_interval())
        log.info(
            "semantic tier ready: %s trained on %s, %d labels (%s embedding, %d workers)",
            self.manifest.model_version,
            self.manifest.training.file,
            len(self.manifest.labels),
            self.manifest.embedding.variant,
            workers,
        )

    async def _restore_snapshot(self) -> None:
        path = self.settings.template_snapshot
        if path is None or self.templates is None:
            return
        version = self.manifest.model_version
        for entry in await asyncio.to_thread(template_store.read, path, version):
            self.templates.restore(entry.template)
            if entry.answer is not None:
                self.cache.put(entry.template.id, entry.answer)

    async def save_snapshot(self) -> None:
        """Write the templates and their answers to the snapshot file (if one is set)."""
        path = self.settings.template_snapshot
        if path is None or self.templates is None:
            return
        # Copied on the event loop, which alone changes them; encoded and written off it.
        entries = [
            template_store.Entry(
                Template(t.id, t.severity, list(t.tokens), t.sample, t.count),
                self.cache.peek(t.id),
            )
            for t in self.templates.templates()
        ]
        version = self.manifest.model_version
        data = await asyncio.to_thread(template_store.encode, version, entries)
        await asyncio.to_thread(template_store.write, path, data)

    async def _save_snapshot_or_warn(self) -> None:
        try:
            await self.save_snapshot()
        except OSError as exc:
            log.warning(
                "template snapshot %s: cannot write: %s", self.settings.template_snapshot, exc
            )

    async def _snapshot_every_interval(self) -> None:
        while True:
            await asyncio.sleep(self.settings.template_snapshot_interval)
            await self._save_snapshot_or_warn()

    async def close(self) -> None:
        if self._snapshots is not None:
            self._snapshots.cancel()
            self._snapshots = None
            await self._save_snapshot_or_warn()
        if self._batcher is not None:
            await self._batcher.close()
            self._batcher = None
        if self._model is not None:
            self._model.close()
            self._model = None

    async def classify(
        self, records: Sequence[LogRecord], deadline: float | None = None
    ) -> list[TierAnswer]:
        """One decision (or abstention) per record, made once per template (`server.templates`):
        the template's first message is classified and every later line of it gets that answer.
        With the cache off (cache_size 0), every message is classified by itself."""
        if self._batcher is None:
            raise RuntimeError("semantic tier is not started")
        answers: list[TierAnswer | None] = [None] * len(records)
        # Per template (or per view, with the cache off): the view the model sees, the template,
        # the records.
        groups: dict[str, tuple[str, Template | None, list[int]]] = {}
        for index, record in enumerate(records):
            if self.placer is None:
                key = record_view(record.message, record.attributes).key
                groups.setdefault(key, (key, None, []))[2].append(index)
                continue
            template = self.placer.place(record.message, record.attributes)
            group = groups.get(template.id)
            if group is None:  # the sample's key is built once per template of the call
                sample = RecordView(template.sample, template.severity or None).key
                group = groups[template.id] = (sample, template, [])
            group[2].append(index)
        found = await self._answers({key: group[0] for key, group in groups.items()})
        for key, (_, held, indexes) in groups.items():
            answer = found[key] if held is None else _with_template(found[key], held)
            for index in indexes:
                answers[index] = answer
        return [answer for answer in answers if answer is not None]

    async def _answers(self, view_of: dict[str, str]) -> dict[str, TierAnswer]:
        """The answer for each key of `view_of` (a template id, or a view with the cache off):
        from the cache, from the model run another call already started for it, or from the model
        on its view, once each."""
        return await answer_each(
            view_of, self.cache.get, lambda misses: self._run_model(misses, view_of)
        )

    async def _run_model(self, keys: list[str], view_of: dict[str, str]) -> list[TierAnswer]:
        """The model's answers for the views of `keys`, in order; a key some other call already
        sent to the model waits for that run instead of being sent again."""
        waiting = {key: self._in_flight[key] for key in keys if key in self._in_flight}
        sent = [key for key in keys if key not in waiting]
        found: dict[str, TierAnswer] = {}
        if sent:
            assert self._batcher is not None
            # Its own task, so that the answers reach the cache and every waiting call even if
            # the call that started it is cancelled.
            run: _ModelRun = asyncio.ensure_future(
                self._batcher.submit([view_of[key] for key in sent])
            )
            self._in_flight.update((key, (run, number)) for number, key in enumerate(sent))
            run.add_done_callback(lambda done: self._model_run_done(sent, done))
            found.update(zip(sent, await asyncio.shield(run), strict=True))
        for key, (other, number) in waiting.items():
            found[key] = (await asyncio.shield(other))[number]
        return [found[key] for key in keys]

    def _model_run_done(self, sent: list[str], run: _ModelRun) -> None:
        for key in sent:
            del self._in_flight[key]
        if run.cancelled() or run.exception() is not None:  # reading it: no "never retrieved"
            return
        for key, answer in zip(sent, run.result(), strict=True):
            self.cache.put(key, answer)

    # The three steps below run in the batcher's worker threads.

    def _prepare(self, keys: list[str]) -> Prepared:
        assert self._model is not None
        return self._model.prepare([RecordView.from_key(key) for key in keys])

    def _run(self, batch: Prepared) -> list[TierAnswer]:
        assert self._model is not None
        inferred = self._model.infer(batch)
        return self._decide(inferred.probabilities, inferred.similarity)

    def _decide(self, probabilities: np.ndarray, similarity: np.ndarray) -> list[TierAnswer]:
        """post: the top label and its calibrated probability; an abstention when the line is
        unlike every training template or the probability is below the threshold."""
        best = probabilities.argmax(axis=1)
        version = self.manifest.model_version
        familiar = similarity >= self.manifest.classifier.min_similarity
        answers: list[TierAnswer] = []
        for row, label_index in enumerate(best.tolist()):
            confidence = float(probabilities[row, label_index])
            decision = Decision(self._labels[label_index], confidence, TIER_NAME, version)
            if not familiar[row]:
                answers.append(Abstention(Reason.UNFAMILIAR, best_guess=decision))
            elif confidence >= self.threshold:
                answers.append(decision)
            else:
                answers.append(Abstention(Reason.BELOW_THRESHOLD, best_guess=decision))
        return answers


def _with_template(answer: TierAnswer, template: Template) -> TierAnswer:
    """The answer carrying the template's id and its text now (cut to TEMPLATE_TEXT_MAX)."""
    text = template.text
    if len(text) > TEMPLATE_TEXT_MAX:
        text = text[: TEMPLATE_TEXT_MAX - 1] + "\N{HORIZONTAL ELLIPSIS}"
    if isinstance(answer, Decision):
        return answer.with_template(template.id, text)
    if answer.best_guess is None:
        return answer
    return Abstention(answer.reason, answer.best_guess.with_template(template.id, text))


_ModelRun = asyncio.Future[list[TierAnswer]]
