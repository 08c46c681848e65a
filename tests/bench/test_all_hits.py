"""The medians `make bench` reports for 3c-3e2: each path's rate, and each OTLP path's ratio to
the native stream of its own round."""

from __future__ import annotations

import pytest

from bench.all_hits import NATIVE, PAIR, AllHitsRounds

ROUNDS = AllHitsRounds(
    [
        {NATIVE: 100.0, "otlp_grpc": 70.0, "otlp_grpc" + PAIR: 90.0},
        # A slow round for every path: its ratio is still that round's own.
        {NATIVE: 50.0, "otlp_grpc": 40.0, "otlp_grpc" + PAIR: 45.0},
        {NATIVE: 120.0, "otlp_grpc": 60.0, "otlp_grpc" + PAIR: 108.0},
    ]
)


def test_rates_are_the_medians_over_the_rounds() -> None:
    assert ROUNDS.native_rate == 100.0
    assert ROUNDS.rate("otlp_grpc") == 60.0
    assert ROUNDS.rate("otlp_grpc" + PAIR) == 90.0


def test_ratios_are_taken_within_each_round_then_the_median() -> None:
    # Rounds: 0.7, 0.8, 0.5 -> median 0.7 (the ratio of the median rates would be 0.6).
    assert ROUNDS.ratio("otlp_grpc") == pytest.approx(0.7)
    assert ROUNDS.ratio_range("otlp_grpc") == pytest.approx((0.5, 0.8))
    assert ROUNDS.ratio("otlp_grpc" + PAIR) == pytest.approx(0.9)


def test_a_path_no_round_measured_has_no_figure() -> None:
    assert ROUNDS.rate("otlp_http") is None
    assert ROUNDS.ratio("otlp_http") is None
    assert ROUNDS.ratio_range("otlp_http") == (0.0, 0.0)
