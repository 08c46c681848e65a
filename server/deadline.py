"""The time by which the current call must be answered, for tiers that wait on others (the LLM).

The servicer sets it from the client's gRPC deadline; asyncio copies context variables into the
tasks the pipeline starts, so a tier reads it without it passing through every signature. A record
whose tier would outlive the call then falls back in time instead of failing the whole call.
"""

from __future__ import annotations

from contextvars import ContextVar

# Answers need a little time to travel back after the tiers are done.
MARGIN_S = 0.05

ANSWER_BY: ContextVar[float | None] = ContextVar("answer_by", default=None)


def answer_by(now: float, time_remaining: float | None) -> float | None:
    """The loop time by which the tiers must be done, or None when the call has no deadline."""
    if time_remaining is None:
        return None
    return now + max(0.0, time_remaining - MARGIN_S)


def earliest(deadline: float) -> float:
    """`deadline`, or the current call's if that comes sooner."""
    call = ANSWER_BY.get()
    return deadline if call is None else min(deadline, call)
