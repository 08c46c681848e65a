"""The call deadline the servicer hands to the tiers."""

from __future__ import annotations

from server.deadline import ANSWER_BY, MARGIN_S, answer_by, earliest


def test_answer_by_keeps_a_margin_and_never_goes_back_in_time() -> None:
    assert answer_by(100.0, None) is None
    assert answer_by(100.0, 2.0) == 100.0 + 2.0 - MARGIN_S
    assert answer_by(100.0, 0.01) == 100.0


def test_earliest_takes_the_calls_deadline_when_it_comes_sooner() -> None:
    assert earliest(50.0) == 50.0  # no call deadline set
    token = ANSWER_BY.set(20.0)
    try:
        assert earliest(50.0) == 20.0
        assert earliest(10.0) == 10.0
    finally:
        ANSWER_BY.reset(token)
