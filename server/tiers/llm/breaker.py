"""A circuit breaker: after N failures in a row, stop calling for a cool-down, then probe once."""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


class State(enum.Enum):
    """closed: calls go through; open: calls are refused; half-open: one probe goes through."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half-open"


class CircuitBreaker:
    """Counts consecutive failures of one dependency; not thread-safe (one event loop).

    A caller asks `allow()` right before calling; if True it must report exactly one outcome:
    `success()`, `failure()` or `release()` (the call ended without telling anything, e.g. it was
    cancelled), so a half-open probe never stays outstanding.
    """

    def __init__(
        self,
        failures: int,
        cooldown_s: float,
        *,
        name: str = "dependency",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if failures < 1:
            raise ValueError("failures must be >= 1")
        self.failures_to_open = failures
        self.cooldown_s = cooldown_s
        self.name = name
        self._clock = clock
        self._state = State.CLOSED
        self._consecutive = 0
        self._opened_at = 0.0
        self._probing = False

    @property
    def state(self) -> State:
        """The state now (an open circuit whose cool-down is over reads as half-open)."""
        if self._state is State.OPEN and self._clock() - self._opened_at >= self.cooldown_s:
            return State.HALF_OPEN
        return self._state

    def is_open(self) -> bool:
        """True while calls would be refused (no side effect: use before queueing for a call)."""
        state = self.state
        return state is State.OPEN or (state is State.HALF_OPEN and self._probing)

    def allow(self) -> bool:
        """May a call go out now? In half-open, only one (the probe) until it reports."""
        state = self.state
        if state is State.CLOSED:
            return True
        if state is State.OPEN or self._probing:
            return False
        if self._state is State.OPEN:
            log.info("%s circuit half-open: probing", self.name)
        self._state = State.HALF_OPEN
        self._probing = True
        return True

    def success(self) -> None:
        """The call succeeded: close the circuit."""
        if self._state is not State.CLOSED:
            log.warning("%s circuit closed: the probe succeeded", self.name)
        self._state = State.CLOSED
        self._consecutive = 0
        self._probing = False

    def failure(self) -> None:
        """The call failed: open after `failures` in a row, or at once when it was the probe."""
        self._consecutive += 1
        if self._state is State.HALF_OPEN or self._consecutive >= self.failures_to_open:
            if self._state is not State.OPEN:
                log.warning(
                    "%s circuit open for %.1f s after %d consecutive failures",
                    self.name,
                    self.cooldown_s,
                    self._consecutive,
                )
            self._state = State.OPEN
            self._opened_at = self._clock()
        self._probing = False

    def release(self) -> None:
        """The call ended with no verdict: let the next caller probe instead."""
        self._probing = False
