"""Every reason an answer can carry in its `reason` field (several are joined by `;`).

The README's reasons table lists each one; a test checks the two agree.
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Why an answer is what it is (a plain `str`: it goes on the wire as its value)."""

    EMPTY_MESSAGE = "empty_message"
    MESSAGE_TRUNCATED = "message_truncated"
    NO_TIER_DECIDED = "no_tier_decided"
    NO_RULE_MATCHED = "no_rule_matched"
    BELOW_THRESHOLD = "below_threshold"
    UNFAMILIAR = "unfamiliar"
    LLM_DISABLED = "llm_disabled"
    LLM_TIMEOUT = "llm_timeout"
    LLM_RATE_LIMITED = "llm_rate_limited"
    LLM_UNAVAILABLE = "llm_unavailable"
    CIRCUIT_OPEN = "circuit_open"
    BAD_OUTPUT = "bad_output"


# Reasons that name something: `rule:<name>`, `override:<name>`, `tier_error:<tier>`.
RULE_PREFIX = "rule:"
OVERRIDE_PREFIX = "override:"
TIER_ERROR_PREFIX = "tier_error:"


def rule_matched(name: str) -> str:
    """The reason of an answer the regex rule `name` gave."""
    return RULE_PREFIX + name


def override_matched(name: str) -> str:
    """The reason of an answer the overrides file's entry `name` gave."""
    return OVERRIDE_PREFIX + name


def tier_error(tier: str) -> str:
    """The reason a record carries after `tier` failed on its batch."""
    return TIER_ERROR_PREFIX + tier


def join_reasons(*reasons: str) -> str:
    """Join the non-empty reasons with ';' (the `reason` field's documented separator)."""
    return ";".join(r for r in reasons if r)
