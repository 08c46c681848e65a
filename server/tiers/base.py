"""The one Protocol every tier implements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol, runtime_checkable

from server.lru import CacheStats
from server.records import LogRecord, TierAnswer

# Every tier's name, as routes, answers and logs spell it: the names config validation accepts and
# `server.tiers.factory` builds (a test checks the two agree).
REGEX: Final = "regex"
SEMANTIC: Final = "semantic"
LLM: Final = "llm"
TIER_NAMES: Final = (REGEX, SEMANTIC, LLM)


@dataclass(frozen=True, slots=True)
class TierInfo:
    """What a tier tells about itself (for GetModelInfo, logs and metrics)."""

    name: str
    model_version: str
    labels: tuple[str, ...]
    cache: CacheStats | None = None
    # Templates held by the tier's template layer, when it has one.
    templates: int | None = None
    # The confidence below which the tier abstains, when it has one.
    confidence_threshold: float | None = None
    # Records waiting for the tier's model, and how many batches of each size it ran.
    queue_depth: int | None = None
    batch_sizes: Mapping[int, int] = field(default_factory=dict)
    # Seconds the tier's local model has been busy since start, when it has one: how much of a
    # stream's time went to classifying new templates.
    model_seconds: float | None = None
    # Calls to a remote model by outcome, and its circuit breaker's state.
    calls: Mapping[str, int] = field(default_factory=dict)
    breaker: str | None = None
    # What the export measured on held-out data (`unclassified_share`, `confidence_mean`): the
    # baseline drift is measured against.
    baseline: Mapping[str, float] = field(default_factory=dict)


@runtime_checkable
class Tier(Protocol):
    """A stage of the cascade: takes a batch of records, answers one decision or abstention each.

    `classify` must return exactly `len(records)` answers in the records' order, by `deadline` (a
    loop time, `server.deadline`; None: the caller set none) if it waits on anything slow. It may
    raise: the
    pipeline then answers the records `Unclassified` with reason `tier_error:<name>` (or lets the
    next tier try them). `start` loads and warms the tier; the server reports SERVING only after
    every configured tier's `start` returned. `close` releases what `start` took.
    `forget_templates` lets a batch job give each partition a template layer of its own.
    """

    @property
    def name(self) -> str: ...

    def info(self) -> TierInfo: ...

    async def start(self) -> None: ...

    async def classify(
        self, records: Sequence[LogRecord], deadline: float | None = None
    ) -> list[TierAnswer]: ...

    async def close(self) -> None: ...

    def forget_templates(self) -> None:
        """Drop what the tier learnt from the records it saw (templates and their answers), as
        if it had seen none; a tier that learns nothing does nothing."""
        ...
