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


@dataclass(slots=True)
class _Pending:
    """A record on its way through its chain, with what the tiers said so far."""

    index: int
    record: LogRecord
    errors: str = ""
    last_abstention: Abstention | None = None
    best_guess: Decision | None = None
    # (id, text) of the record's template, once a tier mapped it to one.
    template: tuple[str, str] = ("", "")


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

    async def classify(
        self, records: Sequence[LogRecord], deadline: float | None = None
    ) -> list[Classification]:
        """Exactly one Classification per record, in the records' order; every tier is given
        `deadline` (a loop time, `server.deadline`; None: the caller set none).

        A call of more than SLICE_RECORDS records runs slice after slice, letting the event loop
        serve other calls, health checks and signals in between. Raises Overloaded (see the
        class)."""
        count = len(records)
        limit = self.max_in_flight_records
        if limit is not None and self.in_flight_records and self.in_flight_records + count > limit:
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
        chains: dict[tuple[str, ...], list[_Pending]] = {}
        chain_of = self.routes.for_source
        for index, record in enumerate(records):
            if not record.message or record.message.isspace():
                results[index] = Classification.unclassified(record.id, Reason.EMPTY_MESSAGE)
                continue
            if len(record.message) * 4 > self.max_record_bytes:  # else it cannot be too long
                message, cut = truncate_utf8(record.message, self.max_record_bytes)
                if cut:
                    truncated.append(index)
                    record = LogRecord(record.id, record.source, message, record.attributes)
            chain = chain_of(record.source)
            pending = chains.get(chain)
            if pending is None:
                pending = chains[chain] = []
            pending.append(_Pending(index, record))

        # Chains run concurrently so a slow tier (an LLM) holds up only its own records.
        finished = await asyncio.gather(
            *(self._run_chain(chain, pending, deadline) for chain, pending in chains.items())
        )
        for answers in finished:
            for index, answer in answers:
                results[index] = answer

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
        self, chain: tuple[str, ...], pending: list[_Pending], deadline: float | None
    ) -> list[tuple[int, Classification]]:
        answered: list[tuple[int, Classification]] = []
        for tier_name in chain:
            if not pending:
                break
            pending, decided = await self._run_tier(self.tiers[tier_name], pending, deadline)
            answered.extend(decided)
        if self.escalate_to is not None and self.escalate_to not in chain:
            unsure = [p for p in pending if _ended_unsure(p)]
            if unsure:
                rest = [p for p in pending if not _ended_unsure(p)]
                escalation = self.tiers[self.escalate_to]
                still, decided = await self._run_tier(escalation, unsure, deadline)
                answered.extend(decided)
                pending = rest + still
        for item in pending:
            reason = item.last_abstention.reason if item.last_abstention else ""
            reason = join_reasons(item.errors, reason) or Reason.NO_TIER_DECIDED
            answered.append(
                (
                    item.index,
                    Classification.unclassified(
                        item.record.id, reason, item.best_guess, item.template
                    ),
                )
            )
        return answered

    async def _run_tier(
        self, tier: Tier, pending: list[_Pending], deadline: float | None
    ) -> tuple[list[_Pending], list[tuple[int, Classification]]]:
        """Run one tier; return the records still undecided and the answers it gave."""
        try:
            answers = await tier.classify([item.record for item in pending], deadline)
            if len(answers) != len(pending):
                raise RuntimeError(f"answered {len(answers)} of {len(pending)} records")
        except Exception:
            log.exception("tier %s failed on a batch of %d records", tier.name, len(pending))
            for item in pending:
                item.errors = join_reasons(item.errors, tier_error(tier.name))
            return pending, []
        undecided: list[_Pending] = []
        decided: list[tuple[int, Classification]] = []
        for item, answer in zip(pending, answers, strict=True):
            if isinstance(answer, Decision):
                decided.append(
                    (
                        item.index,
                        Classification.from_decision(item.record.id, answer, item.template),
                    )
                )
                continue
            guess = answer.best_guess
            if guess is not None and guess.template_id:
                item.template = (guess.template_id, guess.template)
            item.last_abstention = answer
            if guess is not None and (
                item.best_guess is None or guess.confidence > item.best_guess.confidence
            ):
                item.best_guess = guess
            undecided.append(item)
        return undecided, decided


def _ended_unsure(item: _Pending) -> bool:
    return item.last_abstention is not None and item.last_abstention.reason in ESCALATE_REASONS


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
