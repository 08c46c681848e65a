"""The tier registry: every name config accepts can be built, and nothing else."""

from __future__ import annotations

import pytest

from server.config import load_settings
from server.tiers.base import TIER_NAMES, Tier
from server.tiers.factory import BUILDERS, build_tier


def test_every_tier_name_has_a_builder_and_every_builder_a_name() -> None:
    assert set(BUILDERS) == set(TIER_NAMES)


@pytest.mark.parametrize("name", ["regex", "llm"])
def test_a_built_tier_answers_to_its_name(name: str) -> None:
    tier = build_tier(name, load_settings(None, {}))
    assert isinstance(tier, Tier) and tier.name == name == tier.info().name


def test_an_unknown_name_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown tier 'magic' \\(known: regex, semantic, llm\\)"):
        build_tier("magic", load_settings(None, {}))
