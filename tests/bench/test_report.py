"""The benchmark's table and its percentile arithmetic (no timing here)."""

from __future__ import annotations

from bench.report import Row, rate, table
from bench.stream import percentile


def test_rate_rounds_to_three_significant_figures() -> None:
    assert rate(84.64) == "84.6 records/s"
    assert rate(456.4) == "456 records/s"
    assert rate(23_456.0) == "23,500 records/s"


def test_table_gives_ratios_to_the_baseline_only_for_rates() -> None:
    rows = [
        Row("1", "baseline", 300, rate(50.0), 50.0),
        Row("3", "server", 2000, rate(400.0), 400.0, ">= 4x (1)"),
        Row("4", "memory", None, "200 MiB", goal="<= 600 MB"),
    ]
    lines = table(rows, 50.0).splitlines()
    assert lines[0] == "| # | run | records | result | vs (1) | goal |"
    assert lines[2] == "| 1 | baseline | 300 | 50.0 records/s | 1.0x |  |"
    assert lines[3] == "| 3 | server | 2,000 | 400 records/s | 8.0x | >= 4x (1) |"
    assert lines[4] == "| 4 | memory |  | 200 MiB |  | <= 600 MB |"


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.50) == 50.0
    assert percentile(values, 0.99) == 99.0
    assert percentile([7.0], 0.99) == 7.0
