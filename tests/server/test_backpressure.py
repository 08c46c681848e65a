"""Overload: past max_in_flight_records new calls are refused with RESOURCE_EXHAUSTED (and OTLP
with 429) instead of queued without bound; every record is accounted for; RSS stays flat."""

from __future__ import annotations

import threading
from collections import Counter

import grpc

from bench.messages import realistic_stream
from bench.soak import rss_mib, server_accounts
from harness.http import post
from server.generated.logclass.v1 import classifier_pb2 as pb
from tests.conftest import classifier_stub
from tests.server.otlp.loopback import start_sidecar
from tests.server.test_metrics import otlp_request

CALLERS = 8
CALLS = 15
PER_CALL = 1_000


def test_past_the_bound_calls_are_refused_and_nothing_piles_up() -> None:
    server, http_url = start_sidecar({"LOGCLASS_MAX_IN_FLIGHT_RECORDS": "2000"})
    outcomes: Counter[str] = Counter()
    lock = threading.Lock()
    pairs = realistic_stream(CALLERS * CALLS * PER_CALL, seed=3)

    def caller(number: int) -> None:
        with server.channel() as channel:
            stub = classifier_stub(channel)
            for call in range(CALLS):
                start = (number * CALLS + call) * PER_CALL
                records = [
                    pb.LogRecord(id=str(start + i), source=source, message=message)
                    for i, (source, message) in enumerate(pairs[start : start + PER_CALL])
                ]
                try:
                    reply = stub.ClassifyBatch(pb.ClassifyRequest(records=records), timeout=60)
                    outcome, count = "OK", len(reply.results)
                except grpc.RpcError as error:
                    outcome, count = error.code().name, PER_CALL
                with lock:
                    outcomes[outcome] += count

    try:
        rss_before = rss_mib(server)
        threads = [threading.Thread(target=caller, args=(n,)) for n in range(CALLERS)]
        for thread in threads:
            thread.start()
        # OTLP beside the flood: refused with 429 (retryable) or accepted, never lost.
        http = Counter(
            post(
                http_url,
                otlp_request(PER_CALL).SerializeToString(),
                {"Content-Type": "application/x-protobuf"},
            )
            for _ in range(10)
        )
        for thread in threads:
            thread.join()
        accounts = server_accounts(server)
        rss_after = rss_mib(server)
    finally:
        server.stop()
    assert set(outcomes) <= {"OK", "RESOURCE_EXHAUSTED"}
    assert outcomes["RESOURCE_EXHAUSTED"] > 0 and outcomes["OK"] > 0
    assert sum(outcomes.values()) == CALLERS * CALLS * PER_CALL
    assert set(http) <= {200, 429}
    received, answered, refused = accounts["classify_batch"]
    assert received == CALLERS * CALLS * PER_CALL == answered + refused
    assert refused == outcomes["RESOURCE_EXHAUSTED"]
    assert rss_after - rss_before < 150


def stream_alone(limit: int, sizes: list[int]) -> None:
    """A stream of messages of `sizes` records, alone on a server with `limit` records in flight:
    each answered, in order, none refused."""
    server, _ = start_sidecar({"LOGCLASS_MAX_IN_FLIGHT_RECORDS": str(limit)})
    pairs = realistic_stream(sum(sizes), seed=4)
    starts = [sum(sizes[:n]) for n in range(len(sizes))]
    messages = [
        pb.ClassifyRequest(
            records=[
                pb.LogRecord(id=str(start + i), source=source, message=message)
                for i, (source, message) in enumerate(pairs[start : start + size])
            ]
        )
        for start, size in zip(starts, sizes, strict=True)
    ]
    try:
        with server.channel() as channel:
            replies = list(classifier_stub(channel).Classify(iter(messages), timeout=120))
        accounts = server_accounts(server)
    finally:
        server.stop()
    assert [c.id for reply in replies for c in reply.results] == [str(n) for n in range(len(pairs))]
    assert accounts["classify"] == (len(pairs), len(pairs), 0)


def test_a_stream_reading_ahead_is_never_refused_for_its_own_messages() -> None:
    # Each message fits the bound, two do not: the stream may answer a message early only
    # beside what fits, so alone on the server it is never refused.
    stream_alone(1500, [PER_CALL] * 12)


def test_a_message_over_the_bound_alone_goes_and_the_next_wait_for_it() -> None:
    # One call alone always goes, even past the bound. This one is translated in a worker
    # thread before it counts as in flight, so the small messages after it must not start beside
    # it (they would take the room it then needs).
    stream_alone(6000, [7000, PER_CALL, PER_CALL])
