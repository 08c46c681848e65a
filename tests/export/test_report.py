"""The export's Markdown report."""

from __future__ import annotations

from export.report import _draw_lines
from export.train import Draw


def test_the_spread_over_draws_of_the_folds_is_reported() -> None:
    draws = (Draw(0, 0.838, 0.836), Draw(1, 0.841, 0.839), Draw(2, 0.846, 0.843))
    text = " ".join(_draw_lines(draws))
    assert "seed 1: 84.1%, 0.839; seed 2: 84.6%, 0.843" in text
    assert "accuracy 83.8%-84.6% (mean 84.2%)" in text
    assert "macro-F1 0.836-0.843 (mean 0.839)" in text


def test_one_draw_has_no_spread_to_report() -> None:
    assert _draw_lines((Draw(0, 0.838, 0.836),)) == []
