"""The values that flow through the pipeline: records in, decisions out.

All are values, never changed once made. `Decision` and `Abstention` are frozen: one is shared by
every record of a template and held in caches. `LogRecord` and `Classification` are made once per
record on the hot path, where a frozen dataclass's construction costs three times a plain one's
(about 1 us a record each), so they are plain: change them with `dataclasses.replace`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

UNCLASSIFIED = "Unclassified"
NO_TIER = "none"


@dataclass(slots=True)
class LogRecord:
    """One log record as the tiers see it (message already cut to the maximum record length)."""

    id: str
    source: str
    message: str
    attributes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Decision:
    """A tier's answer for one record."""

    label: str
    confidence: float
    tier: str
    model_version: str
    reason: str = ""
    # The template the message was mapped to (`server.templates`), when a tier used one.
    template_id: str = ""
    template: str = ""

    def with_template(self, template_id: str, template: str) -> Decision:
        """This decision for a line of the template (`template_id`, `template`).

        Made field by field: the semantic tier calls it once per template of every call, and
        `dataclasses.replace` costs several times a plain construction."""
        return Decision(
            self.label,
            self.confidence,
            self.tier,
            self.model_version,
            self.reason,
            template_id,
            template,
        )


@dataclass(frozen=True, slots=True)
class Abstention:
    """A tier declines a record; the next tier in the route gets it.

    `reason` says why (e.g. `no_rule_matched`, `below_threshold`, `llm_timeout`); `best_guess`
    carries the tier's best label and confidence when it had one, so an `Unclassified` answer can
    still report it.
    """

    reason: str
    best_guess: Decision | None = None


TierAnswer = Decision | Abstention


@dataclass(slots=True)
class Classification:
    """The pipeline's final answer for one record: exactly one per record in."""

    id: str
    label: str
    confidence: float
    tier: str
    model_version: str
    reason: str = ""
    # The record's template (`Decision.template_id`), whichever tier gave the answer.
    template_id: str = ""
    template: str = ""

    @classmethod
    def unclassified(
        cls,
        record_id: str,
        reason: str,
        best_guess: Decision | None = None,
        template: tuple[str, str] = ("", ""),
    ) -> Classification:
        """An `Unclassified` answer that keeps the best guess's confidence, tier and version."""
        if best_guess is None:
            return cls(record_id, UNCLASSIFIED, 0.0, NO_TIER, "", reason, *template)
        return cls(
            record_id,
            UNCLASSIFIED,
            best_guess.confidence,
            best_guess.tier,
            best_guess.model_version,
            reason,
            *template,
        )

    @classmethod
    def from_decision(
        cls, record_id: str, decision: Decision, template: tuple[str, str] = ("", "")
    ) -> Classification:
        """The final answer for a record a tier decided; `template` is (id, text) of the record's
        template when an earlier tier found one and this decision carries none."""
        template_id, text = (
            (decision.template_id, decision.template) if decision.template_id else template
        )
        return cls(
            record_id,
            decision.label,
            decision.confidence,
            decision.tier,
            decision.model_version,
            decision.reason,
            template_id,
            text,
        )
