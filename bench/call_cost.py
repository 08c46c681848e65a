"""What one request costs the server in CPU: the native stream and OTLP/gRPC, at 1 and N records.

On a primed server (all cache hits) blocks of requests go over each path: one-record requests and
`per_message`-record ones, one request in flight for OTLP/gRPC as in 3d. The server's CPU time over
a block (all its threads: the event loop, gRPC's poller and I/O threads, from
`/proc/PID/task/*/schedstat`) is divided by the block's requests, and each figure is the least of
`rounds` interleaved blocks: other tenants' load on this host only ever adds to it. Set side by
side, the figures split a request's cost into its records' (N records less 1) and the call's own
(1 record), which is what bounds OTLP/gRPC against the native stream with one request in flight.
CPU time, not wall time: what the client does between two calls is not in it. Linux only.
"""

from __future__ import annotations

import functools
import glob
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from bench.otlp import GrpcConnection, fluent_bit_requests
from bench.stream import requests, stream_records_per_second

T = TypeVar("T")
NATIVE = "native"
OTLP_GRPC = "otlp_grpc"
# Requests of one record in a block: enough that a block's CPU time is well above the clock's grain.
SINGLES = 1000


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
            f"{self.call_extra_ms:.2f} ms more over OTLP/gRPC "
            f"(least of {self.rounds} interleaved rounds)"
        )


def _cpu_per_request(pid: int, send: Callable[[Sequence[T]], object], items: Sequence[T]) -> float:
    """Milliseconds of the server's CPU per item while `send(items)` runs."""
    before = server_cpu_seconds(pid)
    send(items)
    after = server_cpu_seconds(pid)
    if before is None or after is None:
        raise RuntimeError(f"no CPU time of process {pid} (/proc/{pid}/task/*/schedstat)")
    return 1000 * (after - before) / len(items)


def call_costs(
    pid: int, address: str, records: list[tuple[str, str]], per_message: int, rounds: int = 5
) -> CallCosts | None:
    """The server's CPU a request of each path on `records` (all cache hits on the server `pid`
    at `address`); None where its CPU time cannot be read."""
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
    stream = functools.partial(stream_records_per_second, address)

    def export_each(payloads: Sequence[bytes]) -> None:
        for payload in payloads:
            connection.send(payload)

    found: dict[tuple[str, int], list[float]] = {}
    try:
        for _ in range(rounds):
            for size in (1, per_message):
                found.setdefault((NATIVE, size), []).append(
                    _cpu_per_request(pid, stream, native[size])
                )
                found.setdefault((OTLP_GRPC, size), []).append(
                    _cpu_per_request(pid, export_each, otlp[size])
                )
    finally:
        connection.close()
    return CallCosts(
        per_message,
        rounds,
        {path: min(found[(path, 1)]) for path in (NATIVE, OTLP_GRPC)},
        {path: min(found[(path, per_message)]) for path in (NATIVE, OTLP_GRPC)},
    )
