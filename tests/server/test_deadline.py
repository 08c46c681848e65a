"""The call deadline the front ends hand to the tiers."""

from __future__ import annotations

import pytest

from server.deadline import MAX_MARGIN_S, answer_by, earliest


def test_answer_by_keeps_a_margin_and_never_goes_back_in_time() -> None:
    assert answer_by(100.0, None) is None
    assert answer_by(100.0, 30.0) == 100.0 + 30.0 - MAX_MARGIN_S
    assert answer_by(100.0, 2.0) == pytest.approx(100.0 + 2.0 * 0.9)  # a tenth, under the cap
    assert answer_by(100.0, 0.0) == 100.0
    assert answer_by(100.0, -1.0) == 100.0


def test_earliest_takes_the_calls_deadline_when_it_comes_sooner() -> None:
    assert earliest(50.0, None) == 50.0  # the call set none
    assert earliest(50.0, 20.0) == 20.0
    assert earliest(10.0, 20.0) == 10.0
