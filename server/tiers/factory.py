"""Builds a tier by its configured name; the only place that knows every tier class."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Final

from server.config import Settings
from server.tiers.base import LLM, REGEX, SEMANTIC, TIER_NAMES, Tier
from server.tiers.llm.tier import LLMTier
from server.tiers.regex import RegexTier
from server.tiers.semantic.cpus import usable_cpus
from server.tiers.semantic.tier import SemanticSettings, SemanticTier


def _semantic(settings: Settings) -> Tier:
    return SemanticTier(
        SemanticSettings(
            model_path=settings.model_path,
            threshold=settings.confidence_threshold,
            batch_size=settings.batch_size,
            max_wait_s=settings.batch_wait_ms / 1000,
            chunk_size=settings.chunk_size,
            cache_size=settings.cache_size,
            snapshot_path=Path(settings.template_snapshot).expanduser()
            if settings.template_snapshot
            else None,
            snapshot_interval_s=settings.template_snapshot_interval,
            workers=settings.threads or usable_cpus(),
        )
    )


# One builder per name of `TIER_NAMES`.
BUILDERS: Final[Mapping[str, Callable[[Settings], Tier]]] = {
    REGEX: lambda settings: RegexTier(settings.rules_path),
    SEMANTIC: _semantic,
    LLM: LLMTier.from_settings,
}


def build_tier(name: str, settings: Settings) -> Tier:
    """The tier called `name`, configured from `settings`."""
    builder = BUILDERS.get(name)
    if builder is None:
        raise ValueError(f"unknown tier {name!r} (known: {', '.join(TIER_NAMES)})")
    return builder(settings)
