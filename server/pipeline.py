"""The cascade: route each record by source through its tier chain; one answer per record."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final

from server.config import Routes, Settings
from server.overrides import OVERRIDE_TIER, Override, OverridesFile
from server.reasons import Reason, join_reasons, override_matched, tier_error
from server.records import Abstention, Classification, Decision, LogRecord
from server.template_book import TemplateBook
from server.tiers.base import LLM, Tier
from server.tiers.factory import build_tier

log = logging.getLogger(__name__)

# With escalation on, records whose chain ends on one of these abstentions (the semantic tier was
# not sure enough, or the line is unlike its training data) get one more try by the escalation
# tier. Both come from `server.reasons` and `server.tiers.base`, not from a tier's module.
ESCALATE_REASONS = frozenset({Reason.BELOW_THRESHOLD, Reason.UNFAMILIAR})
ESCALATION_TIER = LLM
# Records a call classifies before the event loop gets a turn; adapters translate a request of
# more records off the loop (`asyncio.to_thread`).
SLICE_RECORDS: Final = 5_000


def truncate_utf8(message: str, max_bytes: int) -> tuple[str, bool]:
    """`message` cut to at most `max_bytes` of UTF-8 on a character boundary; True if it was cut."""
    if len(message) * 4 <= max_bytes:  # cheap check first: no str of this length can be too long
        return message, False
    encoded = message.encode("utf-8")
    if len(encoded) <= max_bytes:
        return message, False
    return encoded[:max_bytes].decode("utf-8", errors="ignore"), True


NO_TEMPLATE: Final = ("", "")


@dataclass(slots=True)
class _Said:
    """What the tiers said so far of a record none of them decided yet (made only for such
    records: most records are decided by their first tier)."""

    errors: str = ""
    last_abstention: Abstention | None = None
    best_guess: Decision | None = None
    # (id, text) of the record's template, once a tier mapped it to one.
    template: tuple[str, str] = NO_TEMPLATE


@dataclass(slots=True)
class _Chain:
    """The records of a call that take one chain of tiers, as parallel lists: their places in
    the call, the records, and what the tiers said of the undecided ones (by place)."""

    indexes: list[int]
    records: list[LogRecord]
    said: dict[int, _Said]

    def said_of(self, index: int) -> _Said:
        said = self.said.get(index)
        if said is None:
            said = self.said[index] = _Said()
        return said


class Overloaded(Exception):
    """A call was refused: the records in flight would pass `max_in_flight_records`."""


class Pipeline:
    """Classifies batches of records through the configured tiers; never drops a record.

    Records in flight are bounded: a call that would take them past `max_in_flight_records`
    raises Overloaded before anything is done (adapters answer RESOURCE_EXHAUSTED / 429, which
    clients retry), unless nothing else is in flight (one call of any size always goes)."""

    def __init__(
        self,
        tiers: Mapping[str, Tier],
        routes: Routes,
        max_record_bytes: int,
        escalate_to: str | None = None,
        max_in_flight_records: int | None = None,
        book: TemplateBook | None = None,
        overrides: OverridesFile | None = None,
    ) -> None:
        wanted = {*routes.tier_names(), *([escalate_to] if escalate_to is not None else [])}
        missing = sorted(wanted - set(tiers))
        if missing:
            raise ValueError(f"routes name tiers that are not configured: {', '.join(missing)}")
        self.tiers = dict(tiers)
        self.routes = routes
        self.max_record_bytes = max_record_bytes
        self.escalate_to = escalate_to
        self.ready = False
        self.max_in_flight_records = max_in_flight_records
        self.in_flight_records = 0
        # Every answer counted per template, for ListTemplates and the review page.
        self.book = book
        # Corrections that replace the tiers' answers (`server.overrides`).
        self.overrides = overrides
        # Called with every call's records and answers (the server's metrics count them).
        self.observers: list[Callable[[Sequence[LogRecord], Sequence[Classification]], None]] = []

    async def start(self) -> None:
        """Load and warm every tier (the server is ready only after this returns)."""
        for tier in self.tiers.values():
            await tier.start()
        self.ready = True

    async def close(self) -> None:
        """Release every tier."""
        self.ready = False
        for tier in self.tiers.values():
            await tier.close()

    def forget_templates(self) -> None:
        """Every tier's templates and the book's, dropped (a Spark partition starts afresh)."""
        for tier in self.tiers.values():
            tier.forget_templates()
        if self.book is not None:
            self.book = TemplateBook(self.book.capacity)

    def labels(self) -> tuple[str, ...]:
        """Every label some tier may answer, in a stable order."""
        labels: dict[str, None] = {}
        for tier in self.tiers.values():
            labels.update(dict.fromkeys(tier.info().labels))
        return tuple(sorted(labels))

    def has_room(self, count: int) -> bool:
        """Whether a call of `count` records would be taken now (see the class)."""
        limit = self.max_in_flight_records
        in_flight = self.in_flight_records
        return limit is None or not in_flight or in_flight + count <= limit

    async def classify(
        self, records: Sequence[LogRecord], deadline: float | None = None
    ) -> list[Classification]:
        """Exactly one Classification per record, in the records' order; every tier is given
        `deadline` (a loop time, `server.deadline`; None: the caller set none).

        A call of more than SLICE_RECORDS records runs slice after slice, letting the event loop
        serve other calls, health checks and signals in between. Raises Overloaded (see the
        class)."""
        count = len(records)
        if not self.has_room(count):
            limit = self.max_in_flight_records
            raise Overloaded(f"{self.in_flight_records} records already in flight (limit {limit})")
        self.in_flight_records += count
        if self.overrides is not None:
            self.overrides.poll()
        try:
            return await self._classify_all(records, deadline)
        finally:
            self.in_flight_records -= count

    async def _classify_all(
        self, records: Sequence[LogRecord], deadline: float | None
    ) -> list[Classification]:
        if len(records) <= SLICE_RECORDS:
            out = await self._classify(records, deadline)
        else:
            out = []
            for start in range(0, len(records), SLICE_RECORDS):
                out.extend(await self._classify(records[start : start + SLICE_RECORDS], deadline))
                await asyncio.sleep(0)
        for observe in self.observers:
            observe(records, out)
        return out

    async def _classify(
        self, records: Sequence[LogRecord], deadline: float | None
    ) -> list[Classification]:
        results: list[Classification | None] = [None] * len(records)
        truncated: list[int] = []
        chains: dict[tuple[str, ...], _Chain] = {}
        chain_of = self.routes.for_source
        max_chars = self.max_record_bytes // 4  # a message of no more characters fits
        for index, record in enumerate(records):
            message = record.message
            if not message or message.isspace():
                results[index] = Classification.unclassified(record.id, Reason.EMPTY_MESSAGE)
                continue
            if len(message) > max_chars:
                message, cut = truncate_utf8(message, self.max_record_bytes)
                if cut:
                    truncated.append(index)
                    record = LogRecord(record.id, record.source, message, record.attributes)
            chain = chain_of(record.source)
            group = chains.get(chain)
            if group is None:
                group = chains[chain] = _Chain([], [], {})
            group.indexes.append(index)
            group.records.append(record)

        # Chains run concurrently so a slow tier (an LLM) holds up only its own records.
        await asyncio.gather(
            *(self._run_chain(chain, group, results, deadline) for chain, group in chains.items())
        )

        for index in truncated:
            result = results[index]
            assert result is not None
            results[index] = replace(
                result, reason=join_reasons(result.reason, Reason.MESSAGE_TRUNCATED)
            )
        out = [result for result in results if result is not None]
        assert len(out) == len(records), "every record is answered"
        self._settle(records, out)
        return out

    def _settle(self, records: Sequence[LogRecord], out: list[Classification]) -> None:
        """Each record's template; the override that matches it, in place of the tiers' answer;
        the answer counted in the book."""
        book = self.book
        overrides = self.overrides.current if self.overrides is not None else None
        if book is None and not overrides:
            return
        templates = [
            (r.template_id, r.template)
            if r.template_id or book is None
            else book.template_of(record, r)
            for record, r in zip(records, out, strict=True)
        ]
        if overrides:
            for index, (record, template) in enumerate(zip(records, templates, strict=True)):
                entry = overrides.match(record.message, *template)
                if entry is not None:
                    out[index] = overridden(record.id, entry, overrides.version, template)
        if book is not None:
            book.count(records, out, templates)

    async def _run_chain(
        self,
        chain: tuple[str, ...],
        group: _Chain,
        results: list[Classification | None],
        deadline: float | None,
    ) -> None:
        """Each record of `group` answered into `results` (at its place) by the chain's tiers."""
        for tier_name in chain:
            if not group.indexes:
                break
            group = await self._run_tier(self.tiers[tier_name], group, results, deadline)
        if self.escalate_to is not None and self.escalate_to not in chain and group.indexes:
            unsure = _Chain([], [], group.said)
            rest = _Chain([], [], group.said)
            for index, record in zip(group.indexes, group.records, strict=True):
                abstention = group.said_of(index).last_abstention
                ended_unsure = abstention is not None and abstention.reason in ESCALATE_REASONS
                side = unsure if ended_unsure else rest
                side.indexes.append(index)
                side.records.append(record)
            if unsure.indexes:
                escalation = self.tiers[self.escalate_to]
                still = await self._run_tier(escalation, unsure, results, deadline)
                rest.indexes.extend(still.indexes)
                rest.records.extend(still.records)
            group = rest
        for index, record in zip(group.indexes, group.records, strict=True):
            said = group.said_of(index)
            reason = said.last_abstention.reason if said.last_abstention else ""
            reason = join_reasons(said.errors, reason) or Reason.NO_TIER_DECIDED
            results[index] = Classification.unclassified(
                record.id, reason, said.best_guess, said.template
            )

    async def _run_tier(
        self,
        tier: Tier,
        group: _Chain,
        results: list[Classification | None],
        deadline: float | None,
    ) -> _Chain:
        """Run one tier on `group`: its answers into `results`; the records still undecided."""
        records = group.records
        try:
            answers = await tier.classify(records, deadline)
            if len(answers) != len(records):
                raise RuntimeError(f"answered {len(answers)} of {len(records)} records")
        except Exception:
            log.exception("tier %s failed on a batch of %d records", tier.name, len(records))
            for index in group.indexes:
                said = group.said_of(index)
                said.errors = join_reasons(said.errors, tier_error(tier.name))
            return group
        undecided = _Chain([], [], group.said)
        earlier = group.said
        for index, record, answer in zip(group.indexes, records, answers, strict=True):
            if isinstance(answer, Decision):
                template = earlier[index].template if earlier and index in earlier else NO_TEMPLATE
                results[index] = Classification.from_decision(record.id, answer, template)
                continue
            said = group.said_of(index)
            guess = answer.best_guess
            if guess is not None and guess.template_id:
                said.template = (guess.template_id, guess.template)
            said.last_abstention = answer
            if guess is not None and (
                said.best_guess is None or guess.confidence > said.best_guess.confidence
            ):
                said.best_guess = guess
            undecided.indexes.append(index)
            undecided.records.append(record)
        return undecided


def overridden(
    record_id: str, entry: Override, version: str, template: tuple[str, str]
) -> Classification:
    """The answer an override gives."""
    return Classification(
        record_id,
        entry.label,
        1.0,
        OVERRIDE_TIER,
        version,
        override_matched(entry.name),
        template[0],
        template[1],
    )


def build_pipeline(settings: Settings) -> Pipeline:
    """The pipeline with every tier the routes name, built from `settings` (not yet started)."""
    escalate_to = ESCALATION_TIER if settings.escalate_unclassified else None
    names = dict.fromkeys((*settings.routes.tier_names(), *([escalate_to] if escalate_to else [])))
    tiers = {name: build_tier(name, settings) for name in names}
    pipeline = Pipeline(
        tiers,
        settings.routes,
        settings.max_record_bytes,
        escalate_to,
        settings.max_in_flight_records,
        book=TemplateBook(settings.template_book_size) if settings.template_book_size else None,
    )
    if settings.overrides_path is not None:
        pipeline.overrides = OverridesFile(settings.overrides_path, pipeline.labels())
    return pipeline
