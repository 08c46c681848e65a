"""Builds a tier by its configured name; the only place that knows every tier class."""

from __future__ import annotations

from server.config import Settings
from server.tiers.base import Tier
from server.tiers.llm import LLMTier
from server.tiers.regex import RegexTier


def build_tier(name: str, settings: Settings) -> Tier:
    """The tier called `name`, configured from `settings`."""
    if name == "regex":
        return RegexTier(settings.rules_path)
    if name == "llm":
        return LLMTier()
    raise ValueError(f"unknown tier {name!r}")
