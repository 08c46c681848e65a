"""The time by which a call must be answered, which the front ends pass to the pipeline and the
pipeline to every tier (`Tier.classify(records, deadline)`).

A front end turns its caller's deadline (gRPC's time remaining, on the native stream and on
OTLP/gRPC) into a loop time a margin before it, so the answer has time to travel back (and, on the
OTLP path, to be forwarded). A tier that waits on others (the LLM) stops by then: a record whose
tier would outlive the call falls back in time instead of failing the whole call.
"""

from __future__ import annotations

# The margin: a share of the time remaining, at most MAX_MARGIN_S.
MARGIN_SHARE = 0.1
MAX_MARGIN_S = 0.5


def answer_by(now: float, time_remaining: float | None) -> float | None:
    """The loop time by which the tiers must be done, or None when the call has no deadline."""
    if time_remaining is None:
        return None
    margin = min(MAX_MARGIN_S, max(0.0, time_remaining) * MARGIN_SHARE)
    return now + max(0.0, time_remaining - margin)


def earliest(deadline: float, call_deadline: float | None) -> float:
    """`deadline`, or the call's if that comes sooner."""
    return deadline if call_deadline is None else min(deadline, call_deadline)
