"""The server CPU figures of `make bench` (3c, 3d): how a request's cost is split, and reading a
process's CPU time."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bench.call_cost import NATIVE, OTLP_GRPC, CallCosts, server_cpu_seconds

COSTS = CallCosts(
    per_message=1000,
    rounds=5,
    single_ms={NATIVE: 0.2, OTLP_GRPC: 0.7},
    full_ms={NATIVE: 6.0, OTLP_GRPC: 6.6},
)


def test_a_requests_cost_is_split_into_its_records_and_the_call() -> None:
    assert COSTS.records_ms(NATIVE) == pytest.approx(5.8)
    assert COSTS.records_ms(OTLP_GRPC) == pytest.approx(5.9)
    assert COSTS.call_extra_ms == pytest.approx(0.5)


def test_the_fact_line_gives_every_figure() -> None:
    line = COSTS.describe()
    for figure in ("0.20", "6.00", "0.70", "6.60", "5.80", "5.90", "0.50 ms more"):
        assert figure in line
    assert "1,000-record" in line and "least of 5" in line


@pytest.mark.skipif(not os.path.exists("/proc/self/task"), reason="no /proc here")
def test_the_cpu_time_of_a_live_process_is_read_and_grows() -> None:
    before = server_cpu_seconds(os.getpid())
    assert before is not None and before > 0
    sum(range(200_000))  # some work of this process's own
    after = server_cpu_seconds(os.getpid())
    assert after is not None and after >= before


def test_a_process_that_is_gone_has_no_cpu_time() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # reaped: its /proc entry is gone
    assert server_cpu_seconds(child.pid) is None
