"""Builds a tier by its configured name; the only place that knows every tier class."""

from __future__ import annotations

from pathlib import Path

from server.config import Settings
from server.cpus import usable_cpus
from server.tiers.base import Tier
from server.tiers.llm import LLMTier
from server.tiers.regex import RegexTier
from server.tiers.semantic import SemanticSettings, SemanticTier


def build_tier(name: str, settings: Settings) -> Tier:
    """The tier called `name`, configured from `settings`."""
    if name == "regex":
        return RegexTier(settings.rules_path)
    if name == "semantic":
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
                threads=settings.threads or usable_cpus(),
            )
        )
    if name == "llm":
        return LLMTier.from_settings(settings)
    raise ValueError(f"unknown tier {name!r}")
