"""The circuit breaker on a fake clock: open after N failures, half-open probe, close or reopen."""

from __future__ import annotations

from server.tiers.llm.breaker import CircuitBreaker, State


def state(breaker: CircuitBreaker) -> State:
    # A call, not the property: mypy would narrow the property across the test's steps.
    return breaker.state


def make(failures: int = 3, cooldown_s: float = 10.0) -> tuple[CircuitBreaker, list[float]]:
    now = [0.0]
    return CircuitBreaker(failures, cooldown_s, clock=lambda: now[0]), now


def test_opens_after_n_consecutive_failures_only() -> None:
    breaker, _ = make()
    breaker.failure()
    breaker.failure()
    breaker.success()  # a success in between starts the count again
    breaker.failure()
    breaker.failure()
    assert state(breaker) is State.CLOSED and breaker.allow()
    breaker.failure()
    assert state(breaker) is State.OPEN and breaker.is_open() and not breaker.allow()


def test_half_open_lets_one_probe_through_then_closes_or_reopens() -> None:
    breaker, now = make(failures=1)
    breaker.failure()
    now[0] = 9.9
    assert not breaker.allow()
    now[0] = 10.0
    assert state(breaker) is State.HALF_OPEN and not breaker.is_open()
    assert breaker.allow(), "the probe"
    assert breaker.is_open() and not breaker.allow(), "only one probe at a time"
    breaker.failure()
    assert state(breaker) is State.OPEN, "a failed probe opens the circuit again"
    now[0] = 20.0
    assert breaker.allow()
    breaker.success()
    assert state(breaker) is State.CLOSED and breaker.allow() and breaker.allow()


def test_a_probe_that_ends_without_a_verdict_lets_the_next_call_probe() -> None:
    breaker, now = make(failures=1)
    breaker.failure()
    now[0] = 10.0
    assert breaker.allow()
    breaker.release()
    assert breaker.allow(), "the next caller probes instead"
