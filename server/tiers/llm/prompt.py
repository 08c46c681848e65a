"""What the LLM tier asks: the labels it may answer, their definitions, examples; strict parsing.

The labels, their one-line definitions and one example record each come from the label set the
server answers with (`server.label_set`): the default taxonomy's, or a custom model's from its
manifest. Messages are masked (`server.masking`) before they reach the prompt, the same text the
answer is cached under.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from server.label_set import DEFAULT_LABEL_SET, LabelSet
from server.masking import mask

ANSWER_PREFIX: Final = "Category:"
LABEL_NAMES: Final[tuple[str, ...]] = DEFAULT_LABEL_SET.labels


def system_prompt(label_set: LabelSet = DEFAULT_LABEL_SET) -> str:
    """The instructions: the labels with their definitions, the answer format and the examples."""
    lines = [
        "You classify log records from a logging pipeline into exactly one category.",
        "Categories:",
        *(
            f"- {d.label}: {d.definition}" if d.definition else f"- {d.label}"
            for d in label_set.definitions
        ),
        "Answer with the category name only, exactly as written above, and nothing else.",
    ]
    allowed = set(label_set.labels)
    examples = [example for example in label_set.examples if example.label in allowed]
    if examples:
        lines += ["", "Examples:"]
    for source, message, label in examples:
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
