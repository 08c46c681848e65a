"""What the server has seen, per template: how often, what it answered, since when, from where.

Every answered record is counted under its template: the one the semantic tier mapped it to; for
a line a regex rule answered, the rule (`rule-<name>`: every line it matches gets its answer);
for any other record that never reached the semantic tier (the LLM's, an Unclassified one), one
the book's own template layer (`server.placement`) finds. `ListTemplates`, `logclass templates` and
the review page read it; `Pipeline` fills it. It also counts the answers' labels per minute for
the last hour (the review page's chart).

Bounded: at most `capacity` templates, the least recently seen go first. Not thread-safe: the
server touches it only on its event loop.
"""

from __future__ import annotations

import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final

from server.placement import TemplatePlacer
from server.reasons import RULE_PREFIX
from server.records import UNCLASSIFIED, Classification, LogRecord
from server.templates import TemplateMiner
from server.tiers.base import REGEX

DEFAULT_CAPACITY: Final = 10_000
# The id of a regex rule's "template": every line the rule matches gets the rule's answer.
RULE_TEMPLATE_PREFIX: Final = "rule-"
SOURCES_KEPT: Final = 4
MINUTES_KEPT: Final = 60
# A template's text and sample are kept up to this many characters.
TEXT_MAX: Final = 2048


@dataclass(slots=True)
class TemplateEntry:
    """One template as the server has seen it; the answer is the latest one given."""

    template_id: str
    template: str
    sample: str
    first_seen: float
    last_seen: float
    count: int = 0
    label: str = UNCLASSIFIED
    confidence: float = 0.0
    tier: str = ""
    reason: str = ""
    sources: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class TemplateQuery:
    """Which templates to list: all of them, or those matching every filter given."""

    label: str = ""
    source: str = ""
    # Only templates answered with a confidence below this (0: no bound).
    below_confidence: float = 0.0
    # Only templates answered Unclassified or below `below_confidence` (0.6 when unset).
    uncertain: bool = False
    template_id: str = ""
    limit: int = 1000

    def accepts(self, entry: TemplateEntry) -> bool:
        if self.template_id and entry.template_id != self.template_id:
            return False
        if self.label and entry.label != self.label:
            return False
        if self.source and self.source not in entry.sources:
            return False
        bound = self.below_confidence or (UNCERTAIN_BELOW if self.uncertain else 0.0)
        low = bound > 0 and entry.confidence < bound
        if self.uncertain:
            return entry.label == UNCLASSIFIED or low
        return bound == 0 or low


UNCERTAIN_BELOW: Final = 0.6


class TemplateBook:
    """Per template: count, latest answer, first and last seen, a sample line, its sources."""

    def __init__(
        self, capacity: int = DEFAULT_CAPACITY, clock: Callable[[], float] = time.time
    ) -> None:
        self.capacity = capacity
        self._clock = clock
        self._entries: OrderedDict[str, TemplateEntry] = OrderedDict()
        self._placer = TemplatePlacer(TemplateMiner(capacity=capacity))
        # (minute since the epoch, labels counted in it), the oldest first.
        self._minutes: deque[tuple[int, Counter[str]]] = deque(maxlen=MINUTES_KEPT)

    def __len__(self) -> int:
        return len(self._entries)

    def template_of(self, record: LogRecord, result: Classification) -> tuple[str, str]:
        """The (id, text) of the record's template: the one its answer names; for a regex rule's
        answer the rule (every line it matches gets its answer); else the book's own."""
        if result.template_id:
            return result.template_id, result.template
        if not record.message or record.message.isspace():
            return "", ""
        if result.tier == REGEX:
            rule = result.reason.split(";", 1)[0].removeprefix(RULE_PREFIX)
            return RULE_TEMPLATE_PREFIX + rule, f"(regex rule {rule})"
        template = self._placer.place(record.message, record.attributes)
        return template.id, template.text

    def count(
        self,
        records: Sequence[LogRecord],
        results: Sequence[Classification],
        templates: Sequence[tuple[str, str]],
    ) -> None:
        """Count each record under its template (`templates[i]` is records[i]'s) with its answer.

        Per distinct template of the call, not per record: most records of a call share their
        template with others."""
        now = self._clock()
        entries = self._entries
        ids = [template_id for template_id, _ in templates]
        last = {template_id: index for index, template_id in enumerate(ids)}
        first = {ids[index]: index for index in range(len(ids) - 1, -1, -1)}
        counts = Counter(ids)
        sources = set(zip(ids, (r.source for r in records), strict=True))
        for template_id, index in last.items():
            if not template_id:  # empty messages
                continue
            result, text = results[index], templates[index][1]
            entry = entries.get(template_id)
            if entry is None:
                sample = records[first[template_id]].message[:TEXT_MAX]
                entry = entries[template_id] = TemplateEntry(
                    template_id, text[:TEXT_MAX], sample, now, now
                )
            else:
                entries.move_to_end(template_id)
                entry.last_seen = now
                if text:
                    entry.template = text[:TEXT_MAX]
            entry.count += counts[template_id]
            entry.label, entry.confidence = result.label, result.confidence
            entry.tier, entry.reason = result.tier, result.reason
        for template_id, source in sources:
            entry = entries.get(template_id) if template_id else None
            if (
                entry is not None
                and source not in entry.sources
                and len(entry.sources) < SOURCES_KEPT
            ):
                entry.sources.append(source)
        while len(entries) > self.capacity:
            entries.popitem(last=False)
        self._count_labels(now, results)

    def _count_labels(self, now: float, results: Sequence[Classification]) -> None:
        minute = int(now // 60)
        if not self._minutes or self._minutes[-1][0] != minute:
            self._minutes.append((minute, Counter()))
        self._minutes[-1][1].update(result.label for result in results)

    def entries(self, query: TemplateQuery = TemplateQuery()) -> list[TemplateEntry]:
        """The templates `query` accepts, the most seen first (at most `query.limit`)."""
        found = [entry for entry in self._entries.values() if query.accepts(entry)]
        found.sort(key=lambda entry: (-entry.count, entry.template_id))
        return found[: query.limit] if query.limit > 0 else found

    def get(self, template_id: str) -> TemplateEntry | None:
        return self._entries.get(template_id)

    def labels_by_minute(self) -> Iterator[tuple[int, Counter[str]]]:
        """(minute since the epoch, label counts) for the minutes of the last hour with answers."""
        newest = int(self._clock() // 60)
        for minute, counts in self._minutes:
            if newest - minute < MINUTES_KEPT:
                yield minute, counts
