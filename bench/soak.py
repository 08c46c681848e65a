"""`make soak`: a real server under mixed traffic for a while, every record accounted for.

On loopback only, for `--duration` seconds (default 600) at about `--rate` records/s: Classify
streams (some cancelled by their client halfway), ClassifyBatch calls, OTLP/HTTP posts, 200
streams opening and closing, and hostile requests mixed in (bodies that do not decode, a wrong
Content-Type, a gzip bomb, garbage gRPC messages). Prints records sent, answered, refused (by
status) and cancelled by their own client, p50/p99 latency of the unary calls, errors by status,
the server's own accounting, and RSS at start and end. `tests/bench/test_soak.py` runs it for 30
seconds and checks that nothing is lost and RSS stays bounded.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import queue
import random
import statistics
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from bench import machine
from bench.messages import realistic_stream
from harness.http import post as http_post
from harness.server_process import ServerProcess, classifier_stub, start_server
from server.generated.logclass.v1 import classifier_pb2 as pb
from server.otlp.endpoints import HTTP_LOG_LINE

PER_MESSAGE = 50
CHURN_STREAMS = 200
# Shares of the rate: two stream workers, unary batches, OTLP/HTTP (the churn and hostile
# requests come on top).
STREAM_SHARE = 0.2
STREAM_MESSAGES = 20


@dataclass
class Tally:
    """What the clients saw, shared by the worker threads."""

    sent: int = 0
    answered: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    cancelled: int = 0
    latencies: list[float] = field(default_factory=list)
    hostile: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, **counts: int) -> None:
        with self.lock:
            for name, count in counts.items():
                setattr(self, name, getattr(self, name) + count)

    def refuse(self, code: str, records: int) -> None:
        with self.lock:
            self.refused[code] += records

    @property
    def lost(self) -> int:
        return self.sent - self.answered - sum(self.refused.values()) - self.cancelled


@dataclass(frozen=True)
class SoakResult:
    duration_s: float
    tally: Tally
    server_accounts: dict[str, tuple[float, float, float]]
    rss_start_mib: float
    rss_end_mib: float


def rss_mib(server: ServerProcess) -> float:
    """The server's resident set now, in MiB."""
    rss = machine.rss_mb(server.process.pid)
    assert rss is not None, "the server's /proc status cannot be read"
    return rss


class Traffic:
    """Workers that each pace themselves to their share of the rate until the stop event."""

    def __init__(self, server: ServerProcess, http_url: str, rate: float, seed: int) -> None:
        self.server = server
        self.http_url = http_url
        self.rate = rate
        self.stop = threading.Event()
        self.tally = Tally()
        pairs = realistic_stream(20_000, seed=seed)
        self._pairs = itertools.cycle(pairs)
        self._lock = threading.Lock()
        self._ids = itertools.count()

    def records(self, count: int) -> list[pb.LogRecord]:
        with self._lock:
            return [
                pb.LogRecord(id=str(next(self._ids)), source=source, message=message)
                for source, message in itertools.islice(self._pairs, count)
            ]

    def paced(self, share: float, per_call: int) -> Iterator[None]:
        """Yields when the next call of `per_call` records is due at `share` of the rate."""
        interval = per_call / max(self.rate * share, 1e-6)
        due = time.monotonic()
        while not self.stop.is_set():
            due += interval
            yield
            delay = due - time.monotonic()
            if delay > 0 and self.stop.wait(delay):
                return

    # --- the workers -------------------------------------------------------------------------

    def streams(self, cancel_every: int) -> None:
        with self.server.channel() as channel:
            stub = classifier_stub(channel)
            for number in itertools.count():
                if self.stop.is_set():
                    return
                self._one_stream(stub, cancel=number % cancel_every == cancel_every - 1)

    def _one_stream(self, stub: object, cancel: bool) -> None:
        outbox: queue.Queue[pb.ClassifyRequest | None] = queue.Queue()
        in_flight: queue.Queue[int] = queue.Queue()

        def requests() -> Iterator[pb.ClassifyRequest]:
            while (message := outbox.get()) is not None:
                yield message

        replies = stub.Classify(requests(), timeout=120)  # type: ignore[attr-defined]
        sent_messages = 0
        try:
            for _ in self.paced(STREAM_SHARE, PER_MESSAGE):
                message = pb.ClassifyRequest(records=self.records(PER_MESSAGE))
                self.tally.add(sent=PER_MESSAGE)
                outbox.put(message)
                in_flight.put(PER_MESSAGE)
                sent_messages += 1
                if cancel and sent_messages == 5:
                    replies.cancel()
                    break
                reply = next(replies)
                self.tally.add(answered=len(reply.results))
                in_flight.get()
                if sent_messages == STREAM_MESSAGES:
                    break
        except grpc.RpcError as error:
            if error.code() is not grpc.StatusCode.CANCELLED:
                self.tally.refuse(error.code().name, in_flight.qsize() * PER_MESSAGE)
                in_flight = queue.Queue()
        finally:
            self.tally.add(cancelled=sum(in_flight.queue))
            outbox.put(None)

    def batches(self) -> None:
        with self.server.channel() as channel:
            stub = classifier_stub(channel)
            for _ in self.paced(0.3, 20):
                request = pb.ClassifyRequest(records=self.records(20))
                self.tally.add(sent=20)
                started = time.perf_counter()
                try:
                    reply = stub.ClassifyBatch(request, timeout=30)
                    self.tally.add(answered=len(reply.results))
                    with self.tally.lock:
                        self.tally.latencies.append(time.perf_counter() - started)
                except grpc.RpcError as error:
                    self.tally.refuse(error.code().name, 20)

    def otlp(self) -> None:
        for _ in self.paced(0.3, PER_MESSAGE):
            request = ExportLogsServiceRequest()
            scope = request.resource_logs.add().scope_logs.add()
            for record in self.records(PER_MESSAGE):
                log = scope.log_records.add()
                log.body.string_value = record.message
                log.attributes.append(
                    KeyValue(key="source", value=AnyValue(string_value=record.source))
                )
            self.tally.add(sent=PER_MESSAGE)
            started = time.perf_counter()
            status = post(self.http_url, request.SerializeToString(), "application/x-protobuf")
            if status == 200:
                self.tally.add(answered=PER_MESSAGE)
                with self.tally.lock:
                    self.tally.latencies.append(time.perf_counter() - started)
            else:
                self.tally.refuse(f"HTTP {status}", PER_MESSAGE)

    def churn(self, duration_s: float) -> None:
        """CHURN_STREAMS streams over the run, each opened, used once and closed."""
        pause = duration_s / CHURN_STREAMS
        with self.server.channel() as channel:
            stub = classifier_stub(channel)
            for _ in range(CHURN_STREAMS):
                if self.stop.wait(pause):
                    return
                message = pb.ClassifyRequest(records=self.records(5))
                self.tally.add(sent=5)
                try:
                    replies = list(stub.Classify(iter([message]), timeout=30))
                    self.tally.add(answered=sum(len(r.results) for r in replies))
                except grpc.RpcError as error:
                    self.tally.refuse(error.code().name, 5)

    def hostile(self) -> None:
        protobuf = "application/x-protobuf"
        bodies = [
            (b"\x0a\xff\xff", protobuf, ""),  # does not decode
            (b"{}", "text/plain", ""),  # an unsupported Content-Type
            (_gzip_bomb(256), protobuf, "gzip"),  # inflates to 256 MiB
            (b"plain", protobuf, "gzip"),  # not gzip
        ]
        attacks: list[Callable[[], str]] = [
            functools.partial(self._hostile_post, *body) for body in bodies
        ]
        attacks.append(self._garbage_grpc)
        for attack in itertools.cycle(attacks):
            if self.stop.wait(0.5):
                return
            outcome = attack()
            with self.tally.lock:
                self.tally.hostile[outcome] += 1

    def _hostile_post(self, body: bytes, content_type: str, encoding: str) -> str:
        return f"HTTP {post(self.http_url, body, content_type, encoding)}"

    def _garbage_grpc(self) -> str:
        with self.server.channel() as channel:
            call = channel.unary_unary(
                "/logclass.v1.LogClassifier/ClassifyBatch", lambda b: b, lambda b: b
            )
            try:
                call(random.randbytes(32), timeout=10)
                return "gRPC OK"
            except grpc.RpcError as error:
                return f"gRPC {error.code().name}"


def _gzip_bomb(inflated_mib: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    return b"".join([*(packer.compress(zeros) for _ in range(inflated_mib)), packer.flush()])


def post(url: str, body: bytes, content_type: str, encoding: str = "") -> int:
    """The HTTP status of a POST, 0 when the connection failed."""
    headers = {"Content-Type": content_type}
    if encoding:
        headers["Content-Encoding"] = encoding
    try:
        return http_post(url, body, headers, timeout=60)
    except (urllib.error.URLError, ConnectionError):
        return 0


def server_accounts(server: ServerProcess) -> dict[str, tuple[float, float, float]]:
    """Per path: the server's records received, answered and refused."""
    with urllib.request.urlopen(server.metrics_url(), timeout=30) as response:
        text = response.read().decode()
    totals: dict[str, list[float]] = {}
    names = ("received", "answered", "refused")
    for line in text.splitlines():
        for index, name in enumerate(names):
            prefix = f"logclass_records_{name}_total{{"
            if line.startswith(prefix):
                labels, value = line[len(prefix) :].rsplit("} ", 1)
                path = labels.split('path="', 1)[1].split('"', 1)[0]
                totals.setdefault(path, [0.0, 0.0, 0.0])[index] += float(value)
    return {path: (r, a, f) for path, (r, a, f) in totals.items()}


def soak(duration_s: float, rate: float, seed: int = 5) -> SoakResult:
    """Run the mixed traffic against a fresh server; what each side counted."""
    server = start_server()
    try:
        match = server.logged(HTTP_LOG_LINE, "OTLP/HTTP port")
        http_url = f"http://127.0.0.1:{match.group(2)}/v1/logs"
        random.seed(seed)
        traffic = Traffic(server, http_url, rate, seed)
        # Warm the template cache a little before RSS is read, as a running sidecar would be.
        with server.channel() as channel:
            classifier_stub(channel).ClassifyBatch(
                pb.ClassifyRequest(records=traffic.records(500)), timeout=120
            )
        rss_start = rss_mib(server)
        workers = [
            # One worker's every other stream is cancelled by its client after 5 messages.
            threading.Thread(target=traffic.streams, args=(2,)),
            threading.Thread(target=traffic.streams, args=(1_000_000,)),
            threading.Thread(target=traffic.batches),
            threading.Thread(target=traffic.otlp),
            threading.Thread(target=traffic.churn, args=(duration_s,)),
            threading.Thread(target=traffic.hostile),
        ]
        started = time.monotonic()
        for worker in workers:
            worker.start()
        time.sleep(duration_s)
        traffic.stop.set()
        for worker in workers:
            worker.join(timeout=120)
        elapsed = time.monotonic() - started
        return SoakResult(
            elapsed, traffic.tally, server_accounts(server), rss_start, rss_mib(server)
        )
    finally:
        server.stop()


def render(result: SoakResult) -> str:
    tally = result.tally
    latencies = sorted(tally.latencies)
    p50 = statistics.median(latencies) * 1000 if latencies else 0.0
    p99 = latencies[int(0.99 * (len(latencies) - 1))] * 1000 if latencies else 0.0
    lines = [
        f"soak: {result.duration_s:.0f} s, {tally.sent / result.duration_s:,.0f} records/s sent",
        f"records: {tally.sent:,} sent, {tally.answered:,} answered, "
        f"{sum(tally.refused.values()):,} refused, {tally.cancelled:,} cancelled by their client, "
        f"{tally.lost:,} lost",
        f"refused by status: {dict(tally.refused) or 'none'}",
        f"unary latency (ClassifyBatch of 20, OTLP/HTTP of {PER_MESSAGE}): "
        f"p50 {p50:.1f} ms, p99 {p99:.1f} ms over {len(latencies):,} calls",
        f"hostile requests by outcome: {dict(tally.hostile)}",
        "server accounting (received = answered + refused): "
        + ", ".join(
            f"{path} {r:,.0f} = {a:,.0f} + {f:,.0f}"
            for path, (r, a, f) in sorted(result.server_accounts.items())
        ),
        f"server RSS: {result.rss_start_mib:.0f} MiB at start, {result.rss_end_mib:.0f} MiB at end",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=600.0, help="Seconds (default 600).")
    parser.add_argument("--rate", type=float, default=1000.0, help="Records/s offered in all.")
    args = parser.parse_args(argv)
    result = soak(args.duration, args.rate)
    print(render(result))
    return 0 if result.tally.lost == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
