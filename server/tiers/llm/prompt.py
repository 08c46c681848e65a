"""What the LLM tier asks: the labels it may answer, their definitions, examples; strict parsing.

The labels and their one-line definitions come from `server.taxonomy`; the examples
(`EXAMPLES`) hold one record per label so none is favoured. Messages are masked (`server.masking`)
before they reach the prompt, the same text the answer is cached under.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from server.masking import mask
from server.taxonomy import DEFINITIONS, LabelDefinition

LABELS: Final[tuple[LabelDefinition, ...]] = DEFINITIONS
ANSWER_PREFIX: Final = "Category:"
LABEL_NAMES: Final[tuple[str, ...]] = tuple(d.label for d in LABELS)

# (source, message, label): one per label, in a different order from LABELS.
EXAMPLES: Final[tuple[tuple[str, str, str], ...]] = (
    ("LegacyCRM", "Case escalation for ticket 7324 failed: no owner for queue 7", "Workflow Error"),
    ("BillingSystem", "failed to render invoice 8812: template missing", "Error"),
    ("ModernCRM", "User 4411 changed the notification settings", "User Action"),
    ("LegacyCRM", "Module X will be retired in version 5.0", "Deprecation Warning"),
    ("AuthService", "12 failed logins for admin from 203.0.113.9 in 60s", "Security Alert"),
    ("WebServer", "GET /v2/orders/42 returned 200 in 0.031s", "HTTP Status"),
    ("StorageNode", "RAID controller reports array degraded, volume offline", "Critical Error"),
    ("LegacyCRM", "nightly snapshot of the customer database finished", "System Notification"),
    ("Monitor", "heap at 91% of 4 GiB on worker 3", "Resource Usage"),
)


def system_prompt(labels: Sequence[LabelDefinition] = LABELS) -> str:
    """The instructions: the labels with their definitions, the answer format and the examples."""
    lines = [
        "You classify log records from a logging pipeline into exactly one category.",
        "Categories:",
        *(f"- {d.label}: {d.definition}" for d in labels),
        "Answer with the category name only, exactly as written above, and nothing else.",
        "",
        "Examples:",
    ]
    allowed = {d.label for d in labels}
    for source, message, label in EXAMPLES:
        if label in allowed:
            lines += ["", user_prompt(source, mask(message)), f"{ANSWER_PREFIX} {label}"]
    return "\n".join(lines)


def user_prompt(source: str, masked_message: str) -> str:
    """The part of the prompt that names one record (its message already masked)."""
    return f"Source: {source}\nMessage: {masked_message}"


def parse_label(answer: str | None, labels: Sequence[str] = LABEL_NAMES) -> str | None:
    """The allowed label `answer` names, or None.

    Strict: only surrounding whitespace and quotes, the examples' `Category:` prefix, one trailing
    period and letter case are forgiven; a label inside a sentence, two labels or anything else
    is not an answer.
    """
    if answer is None:
        return None
    text = answer.strip().removeprefix(ANSWER_PREFIX).strip().strip("\"'`").strip()
    text = text.removesuffix(".").rstrip()
    by_folded = {label.casefold(): label for label in labels}
    return by_folded.get(text.casefold())
