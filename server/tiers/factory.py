"""Builds a tier by its configured name; the only place that knows every tier class."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

from server.config import Settings
from server.tiers.base import LLM, REGEX, SEMANTIC, TIER_NAMES, Tier
from server.tiers.llm.tier import LLMTier
from server.tiers.regex import RegexTier
from server.tiers.semantic.tier import SemanticTier

# One builder per name of `TIER_NAMES`: each tier reads its own part of the settings.
BUILDERS: Final[Mapping[str, Callable[[Settings], Tier]]] = {
    REGEX: RegexTier.from_settings,
    SEMANTIC: SemanticTier.from_settings,
    LLM: LLMTier.from_settings,
}


def build_tier(name: str, settings: Settings) -> Tier:
    """The tier called `name`, configured from `settings`."""
    builder = BUILDERS.get(name)
    if builder is None:
        raise ValueError(f"unknown tier {name!r} (known: {', '.join(TIER_NAMES)})")
    return builder(settings)
