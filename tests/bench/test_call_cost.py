"""The server CPU figures of `make bench` (3c, 3d): how a request's cost is split, and reading a
process's CPU time."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from bench.call_cost import NATIVE, OTLP_GRPC, CallCosts, handling_seconds, server_cpu_seconds

COSTS = CallCosts(
    per_message=1000,
    rounds=5,
    single_ms={NATIVE: 0.2, OTLP_GRPC: 0.7},
    full_ms={NATIVE: 6.0, OTLP_GRPC: 6.6},
    wall_ms={NATIVE: 5.4, OTLP_GRPC: 8.7},
    handler_ms=6.1,
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
    assert "native 5.40 ms a message, OTLP/gRPC 8.70 ms a call" in line
    assert "6.10 ms of it in the server's handler, 2.60 ms outside" in line
    # Without the server's metrics the handler's share is left out, not made up.
    assert "handler" not in replace(COSTS, handler_ms=None).describe()


def _handling_series(method: str, calls: int, seconds: float) -> list[str]:
    """What a server's `/metrics` says of one method's handling time (a histogram)."""
    name = "grpc_server_handling_seconds"
    labels = f'grpc_method="{method}",grpc_service="s",grpc_type="unary"'
    return [
        f'{name}_bucket{{{labels},le="+Inf"}} {calls}.0',
        f"{name}_count{{{labels}}} {calls}.0",
        f"{name}_sum{{{labels}}} {seconds}",
    ]


PROMETHEUS_TEXT = "\n".join(
    [
        "# TYPE grpc_server_handling_seconds histogram",
        *_handling_series("Export", 4, 0.02),
        *_handling_series("Classify", 1, 9.0),
        "",
    ]
).encode()


class _Metrics(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # the name http.server calls
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.end_headers()
        self.wfile.write(PROMETHEUS_TEXT)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_the_handlers_seconds_and_calls_are_read_from_the_servers_metrics() -> None:
    server = HTTPServer(("127.0.0.1", 0), _Metrics)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/metrics"
        seconds, calls = handling_seconds(url)
        assert seconds == pytest.approx(0.02) and calls == 4
        seconds, calls = handling_seconds(url, "Classify")
        assert seconds == pytest.approx(9.0) and calls == 1
    finally:
        server.shutdown()


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
