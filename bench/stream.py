"""The whole server over one gRPC Classify stream: throughput, and latency at a fixed offered rate.

Request messages are built before the clock starts, so the figures hold the server's work and the
transport, not the client's protobuf building.
"""

from __future__ import annotations

import asyncio
import math
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import grpc
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample

from harness.server_process import classifier_stub
from server.generated.logclass.v1 import classifier_pb2 as pb

TIMEOUT_S = 600.0
# Its masked text is in no benchmark input, so warming up never fills the cache for a timed run.
WARM_UP = pb.ClassifyRequest(
    records=[pb.LogRecord(id="warm-up", source="bench", message="bench connection warm-up")]
)


def requests(pairs: list[tuple[str, str]], per_message: int) -> list[pb.ClassifyRequest]:
    """(source, message) pairs as Classify request messages of `per_message` records."""
    return [
        pb.ClassifyRequest(
            records=[
                pb.LogRecord(id=str(start + i), source=source, message=message)
                for i, (source, message) in enumerate(pairs[start : start + per_message])
            ]
        )
        for start in range(0, len(pairs), per_message)
    ]


def stream_records_per_second(address: str, messages: list[pb.ClassifyRequest]) -> float:
    """Records/s of `messages` sent on one Classify stream, until the last answer arrived."""
    sent = sum(len(m.records) for m in messages)
    with grpc.insecure_channel(address) as channel:
        stub = classifier_stub(channel)
        # Connect and warm the call path with one small message, outside the timed part.
        for _ in stub.Classify(iter([WARM_UP])):
            pass
        started = time.perf_counter()
        answered = sum(
            len(reply.results) for reply in stub.Classify(iter(messages), timeout=TIMEOUT_S)
        )
        elapsed = time.perf_counter() - started
    if answered != sent:
        raise RuntimeError(f"sent {sent} records, {answered} answered")
    return sent / elapsed


def tier_info(address: str, tier: str = "semantic") -> pb.TierInfo:
    """`tier`'s entry of the server's GetModelInfo."""
    with grpc.insecure_channel(address) as channel:
        info = classifier_stub(channel).GetModelInfo(pb.GetModelInfoRequest(), timeout=30)
    found: pb.TierInfo
    for found in info.tiers:
        if found.name == tier:
            return found
    raise RuntimeError(f"the server has no {tier} tier")


def cache_counts(address: str, tier: str = "semantic") -> tuple[int, int]:
    """The hits and misses of `tier`'s cache, as the server's GetModelInfo reports them."""
    found = tier_info(address, tier)
    return int(found.cache_hits), int(found.cache_misses)


@dataclass(frozen=True, slots=True)
class ModelWork:
    """What a tier's model has done: seconds busy and texts (rows) classified."""

    busy_s: float
    rows: int

    def __sub__(self, before: ModelWork) -> ModelWork:
        return ModelWork(self.busy_s - before.busy_s, self.rows - before.rows)


def metric_samples(metrics_url: str) -> Iterator[Sample]:
    """Every sample the server's `/metrics` gives now."""
    with urllib.request.urlopen(metrics_url, timeout=30) as response:
        text = response.read().decode()
    for family in text_string_to_metric_families(text):
        yield from family.samples


def model_work(metrics_url: str, tier: str = "semantic") -> ModelWork:
    """`tier`'s model time and rows so far, from the server's `/metrics` (the rows are the sum of
    its batch sizes: one per template classified, warm-up included)."""
    found: dict[str, float] = {}
    wanted = {"logclass_model_busy_seconds_total": "busy", "logclass_batch_size_sum": "rows"}
    for sample in metric_samples(metrics_url):
        if sample.name in wanted and sample.labels.get("tier") == tier:
            found[wanted[sample.name]] = float(sample.value)
    if len(found) < len(wanted):
        raise RuntimeError(f"the server reports no model time or batch sizes for {tier}")
    return ModelWork(found["busy"], int(found["rows"]))


@dataclass(frozen=True, slots=True)
class Latency:
    """Per-record latency at a fixed offered rate, in milliseconds, and how the sender kept time."""

    offered_per_s: float
    records: int
    p50_ms: float
    p99_ms: float
    max_ms: float
    worst_send_lag_ms: float


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


async def _open_loop(
    address: str, messages: list[pb.ClassifyRequest], interval_s: float
) -> tuple[list[float], list[float], float]:
    """Send `messages` every `interval_s` on one stream whatever the replies do; time each one."""
    sent_at: list[float] = []
    latencies: list[float] = []
    worst_lag = 0.0
    async with grpc.aio.insecure_channel(address) as channel:
        stub = classifier_stub(channel)
        await stub.GetModelInfo(pb.GetModelInfoRequest(), timeout=30)  # connect before timing
        call = stub.Classify(timeout=TIMEOUT_S)

        async def send() -> None:
            nonlocal worst_lag
            loop = asyncio.get_running_loop()
            first = loop.time()
            for index, message in enumerate(messages):
                due = first + index * interval_s
                delay = due - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
                worst_lag = max(worst_lag, loop.time() - due)
                sent_at.append(time.perf_counter())
                await call.write(message)
            await call.done_writing()

        sender = asyncio.create_task(send())
        # Replies come in the order of the messages (the contract), so the n-th answers the n-th.
        for index in range(len(messages)):
            reply = await call.read()
            if reply is grpc.aio.EOF:
                raise RuntimeError(f"stream ended after {index} of {len(messages)} replies")
            received = time.perf_counter()
            latencies.extend([received - sent_at[index]] * len(reply.results))
        await sender
    return sent_at, latencies, worst_lag


def open_loop_latency(
    address: str, pairs: list[tuple[str, str]], per_message: int, interval_s: float
) -> Latency:
    """Latency per record when `per_message` records go out every `interval_s` (open loop)."""
    messages = requests(pairs, per_message)
    sent_at, latencies, worst_lag = asyncio.run(_open_loop(address, messages, interval_s))
    span = sent_at[-1] - sent_at[0]
    offered = (len(pairs) - len(messages[-1].records)) / span if span > 0 else 0.0
    ordered = sorted(latencies)
    return Latency(
        offered_per_s=offered,
        records=len(latencies),
        p50_ms=percentile(ordered, 0.50) * 1000,
        p99_ms=percentile(ordered, 0.99) * 1000,
        max_ms=ordered[-1] * 1000,
        worst_send_lag_ms=worst_lag * 1000,
    )
