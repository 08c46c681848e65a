"""The LLM tier, for sources the other tiers cannot handle (LegacyCRM by default).

Only the `none` provider exists so far: every routed record is answered `Unclassified` with reason
`llm_disabled`, so routing works and the server serves without any key.
"""

from __future__ import annotations

from collections.abc import Sequence

from server.records import Abstention, LogRecord, TierAnswer
from server.tiers.base import TierInfo

LLM_DISABLED = "llm_disabled"


class LLMTier:
    """Classifies records with a large language model; with no provider, abstains on each."""

    def __init__(self) -> None:
        self._info = TierInfo(name="llm", model_version="none", labels=())

    @property
    def name(self) -> str:
        return self._info.name

    def info(self) -> TierInfo:
        return self._info

    async def start(self) -> None:
        return None

    async def classify(self, records: Sequence[LogRecord]) -> list[TierAnswer]:
        return [Abstention(LLM_DISABLED) for _ in records]

    async def close(self) -> None:
        return None
