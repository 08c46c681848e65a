"""What one request costs the server in CPU: the native stream and OTLP/gRPC, at 1 and N records.

On a primed server (all cache hits) blocks of requests go over each path: one-record requests and
`per_message`-record ones, one request in flight for OTLP/gRPC as in 3d. The server's CPU time over
a block (all its threads: the event loop, gRPC's poller and I/O threads, from
`/proc/PID/task/*/schedstat`) is divided by the block's requests, and each figure is the least of
`rounds` interleaved blocks: other tenants' load on this host only ever adds to it. Set side by
side, the figures split a request's cost into its records' (N records less 1) and the call's own
(1 record), which is what bounds OTLP/gRPC against the native stream with one request in flight.
CPU time, not wall time: what the client does between two calls is not in it. Beside it, the wall
time of an N-record request on each path and, from the server's `/metrics`, how much of an
OTLP/gRPC call's its handler took (`grpc_server_handling_seconds`): the rest is the call's way in
and out (gRPC's machinery on both sides, the transport, the client). Linux only.
"""

from __future__ import annotations

import glob
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from bench.otlp import GrpcConnection, fluent_bit_requests
from bench.stream import metric_samples, requests, stream_records_per_second
from server.generated.logclass.v1 import classifier_pb2 as pb

T = TypeVar("T")
NATIVE = "native"
OTLP_GRPC = "otlp_grpc"
# Requests of one record in a block: enough that a block's CPU time is well above the clock's grain.
SINGLES = 1000
# The OTLP/gRPC method, as the server's gRPC metrics label it.
EXPORT = "Export"


def server_cpu_seconds(pid: int) -> float | None:
    """The CPU time all threads of process `pid` have run so far; None where that is not known
    (no such process, or no /proc schedstat)."""
    total = 0
    found = False
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(path) as stats:
                total += int(stats.read().split()[0])
        except (OSError, ValueError, IndexError):
            continue  # a thread that ended meanwhile
        found = True
    return total / 1e9 if found else None


@dataclass(frozen=True, slots=True)
class CallCosts:
    """Milliseconds of server CPU per request of each path (NATIVE, OTLP_GRPC) with one record
    and with `per_message`, the least over `rounds` blocks."""

    per_message: int
    rounds: int
    single_ms: dict[str, float]
    full_ms: dict[str, float]
    # Wall milliseconds of a `per_message`-record request of each path, the least over the rounds.
    wall_ms: dict[str, float]
    # Of an OTLP/gRPC call's wall time, the milliseconds in the server's handler (the least over
    # the rounds); None when the server's metrics were not read.
    handler_ms: float | None = None

    def records_ms(self, path: str) -> float:
        """What `per_message` records cost `path` beyond the call: a full request's less a
        one-record request's."""
        return self.full_ms[path] - self.single_ms[path]

    @property
    def call_extra_ms(self) -> float:
        """What an OTLP/gRPC call costs beyond a message on the native stream."""
        return self.single_ms[OTLP_GRPC] - self.single_ms[NATIVE]

    def describe(self) -> str:
        n = f"{self.per_message:,}"
        return (
            f"native stream {self.single_ms[NATIVE]:.2f} ms a 1-record message, "
            f"{self.full_ms[NATIVE]:.2f} ms a {n}-record one; OTLP/gRPC (1 in flight) "
            f"{self.single_ms[OTLP_GRPC]:.2f} and {self.full_ms[OTLP_GRPC]:.2f} ms a call; "
            f"the {n} records cost {self.records_ms(NATIVE):.2f} ms native, "
            f"{self.records_ms(OTLP_GRPC):.2f} ms OTLP, the call itself "
            f"{self.call_extra_ms:.2f} ms more over OTLP/gRPC; wall time a {n}-record request: "
            f"native {self.wall_ms[NATIVE]:.2f} ms a message, OTLP/gRPC "
            f"{self.wall_ms[OTLP_GRPC]:.2f} ms a call{self._handler_part()} "
            f"(each the least of {self.rounds} interleaved rounds)"
        )

    def _handler_part(self) -> str:
        if self.handler_ms is None:
            return ""
        outside = self.wall_ms[OTLP_GRPC] - self.handler_ms
        return f", {self.handler_ms:.2f} ms of it in the server's handler, {outside:.2f} ms outside"


def handling_seconds(metrics_url: str, method: str = EXPORT) -> tuple[float, int]:
    """The seconds the server's handlers of the gRPC method `method` took so far, and their
    calls (`grpc_server_handling_seconds`)."""
    seconds, calls = 0.0, 0
    for sample in metric_samples(metrics_url):
        if sample.labels.get("grpc_method") != method:
            continue
        if sample.name == "grpc_server_handling_seconds_sum":
            seconds += sample.value
        elif sample.name == "grpc_server_handling_seconds_count":
            calls += int(sample.value)
    return seconds, calls


def _per_request(
    pid: int, send: Callable[[Sequence[T]], float], items: Sequence[T]
) -> tuple[float, float]:
    """Milliseconds of the server's CPU, and of wall time, per item while `send(items)` runs
    (`send` returns the seconds its timed part took)."""
    before = server_cpu_seconds(pid)
    wall = send(items)
    after = server_cpu_seconds(pid)
    if before is None or after is None:
        raise RuntimeError(f"no CPU time of process {pid} (/proc/{pid}/task/*/schedstat)")
    return 1000 * (after - before) / len(items), 1000 * wall / len(items)


def call_costs(
    pid: int,
    address: str,
    records: list[tuple[str, str]],
    per_message: int,
    rounds: int = 5,
    metrics_url: str | None = None,
) -> CallCosts | None:
    """The server's CPU a request of each path on `records` (all cache hits on the server `pid`
    at `address`), the wall time of a `per_message`-record one and, with the server's
    `metrics_url`, its OTLP/gRPC handler's share; None where its CPU time cannot be read."""
    if server_cpu_seconds(pid) is None:
        return None
    singles = records[:SINGLES]
    native = {1: requests(singles, 1), per_message: requests(records, per_message)}
    otlp = {
        size: [r.SerializeToString() for r in fluent_bit_requests(chosen, size)]
        for size, chosen in ((1, singles), (per_message, records))
    }
    # One connection throughout, as an agent keeps one; its set-up and first call stay out.
    connection = GrpcConnection(address)
    connection.send(otlp[1][0])

    def stream(messages: Sequence[pb.ClassifyRequest]) -> float:
        sent = sum(len(m.records) for m in messages)
        return sent / stream_records_per_second(address, list(messages))

    def export_each(payloads: Sequence[bytes]) -> float:
        started = time.perf_counter()
        for payload in payloads:
            connection.send(payload)
        return time.perf_counter() - started

    cpu: dict[tuple[str, int], list[float]] = {}
    wall: dict[str, list[float]] = {NATIVE: [], OTLP_GRPC: []}
    handler: list[float] = []
    try:
        for _ in range(rounds):
            for size in (1, per_message):
                native_ms = _per_request(pid, stream, native[size])
                timed = size == per_message
                handled_before = handling_seconds(metrics_url) if metrics_url and timed else None
                otlp_ms = _per_request(pid, export_each, otlp[size])
                if timed:
                    wall[NATIVE].append(native_ms[1])
                    wall[OTLP_GRPC].append(otlp_ms[1])
                    if metrics_url and handled_before is not None:
                        seconds, calls = handling_seconds(metrics_url)
                        if calls > handled_before[1]:
                            handled = seconds - handled_before[0]
                            handler.append(1000 * handled / (calls - handled_before[1]))
                cpu.setdefault((NATIVE, size), []).append(native_ms[0])
                cpu.setdefault((OTLP_GRPC, size), []).append(otlp_ms[0])
    finally:
        connection.close()
    paths = (NATIVE, OTLP_GRPC)
    return CallCosts(
        per_message,
        rounds,
        {path: min(cpu[(path, 1)]) for path in paths},
        {path: min(cpu[(path, per_message)]) for path in paths},
        {path: min(wall[path]) for path in paths},
        min(handler) if handler else None,
    )
