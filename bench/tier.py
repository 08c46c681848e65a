"""The semantic tier alone, in process: records/s of `classify` on batches of records."""

from __future__ import annotations

import time
from dataclasses import dataclass

from bench.messages import batches
from server.config import Settings
from server.lru import CacheStats
from server.records import LogRecord
from server.tiers.factory import build_tier


@dataclass(frozen=True, slots=True)
class TierFigures:
    """Records/s of the tier and its cache counts after the timed run."""

    records_per_s: float
    cache: CacheStats | None


async def tier_records_per_second(
    settings: Settings, pairs: list[tuple[str, str]], batch: int
) -> TierFigures:
    """Start the semantic tier, classify `pairs` in calls of `batch` records, time all of them."""
    tier = build_tier("semantic", settings)
    await tier.start()  # loads and warms up before the clock starts
    try:
        calls = [
            [LogRecord(f"{start + i}", source, message) for i, (source, message) in enumerate(part)]
            for start, part in zip(range(0, len(pairs), batch), batches(pairs, batch), strict=True)
        ]
        started = time.perf_counter()
        for records in calls:
            await tier.classify(records)
        elapsed = time.perf_counter() - started
        return TierFigures(len(pairs) / elapsed, tier.info().cache)
    finally:
        await tier.close()
