"""The real server on an ephemeral loopback port: streams, health, reflection, drain, limits."""

from __future__ import annotations

import queue
import re
import signal
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from server.generated.logclass.v1 import classifier_pb2 as pb
from tests.conftest import ServerProcess, classifier_stub, run_logclass, start_server

MESSAGES = (
    ("WebServer", '10.0.0.7 - - [01/Jan/2026] "GET /index.html HTTP/1.1" 200 512'),
    ("ModernCRM", "User User123 logged in."),
    ("BillingSystem", "invoice renderer crashed while building PDF"),
    ("LegacyCRM", "Case escalation for ticket ID 7324 failed"),
    ("ModernHR", ""),
)


class Outbox:
    """Requests a test hands to an open Classify stream one at a time, until `close`."""

    def __init__(self) -> None:
        self._queue: queue.Queue[pb.ClassifyRequest | None] = queue.Queue()

    def put(self, request: pb.ClassifyRequest) -> None:
        self._queue.put(request)

    def close(self) -> None:
        self._queue.put(None)

    def __iter__(self) -> Iterator[pb.ClassifyRequest]:
        while (item := self._queue.get()) is not None:
            yield item


def make_requests(total: int, per_message: int, prefix: str) -> list[pb.ClassifyRequest]:
    """`total` records with ids `prefix-N`, cycling through MESSAGES, cut into stream messages."""
    records = [
        pb.LogRecord(id=f"{prefix}-{i}", source=src, message=msg)
        for i, (src, msg) in ((i, MESSAGES[i % len(MESSAGES)]) for i in range(total))
    ]
    return [
        pb.ClassifyRequest(records=records[start : start + per_message])
        for start in range(0, total, per_message)
    ]


def run_stream(address: str, requests: list[pb.ClassifyRequest]) -> list[pb.ClassifyResponse]:
    with grpc.insecure_channel(address) as channel:
        stub = classifier_stub(channel)
        return list(stub.Classify(iter(requests), timeout=120))


def assert_answers_match(
    requests: list[pb.ClassifyRequest], responses: list[pb.ClassifyResponse]
) -> None:
    assert len(responses) == len(requests), "one response per stream message"
    for request, response in zip(requests, responses, strict=True):
        assert [c.id for c in response.results] == [r.id for r in request.records]
        for record, result in zip(request.records, response.results, strict=True):
            assert result.label, "every record gets a label"
            if not record.message:
                assert (result.label, result.reason) == ("Unclassified", "empty_message")


def test_one_stream_answers_10000_records_in_order(server: ServerProcess) -> None:
    requests = make_requests(10_000, 500, "s")
    responses = run_stream(server.address, requests)
    assert_answers_match(requests, responses)
    labels = {c.id: c for r in responses for c in r.results}
    assert labels["s-0"].label == "HTTP Status" and labels["s-0"].tier == "regex"
    assert labels["s-1"].label == "User Action" and labels["s-1"].confidence == 1.0
    assert labels["s-2"].tier == "semantic" and labels["s-2"].model_version.startswith("semantic-")
    assert (labels["s-3"].label, labels["s-3"].reason) == ("Unclassified", "llm_disabled")


def test_eight_concurrent_streams_each_get_their_own_answers(server: ServerProcess) -> None:
    streams = [make_requests(10_000, 1000, f"stream{n}") for n in range(8)]
    results: dict[int, list[pb.ClassifyResponse]] = {}

    def worker(n: int) -> None:
        results[n] = run_stream(server.address, streams[n])

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    assert sorted(results) == list(range(8))
    for n in range(8):
        assert_answers_match(streams[n], results[n])


def test_each_stream_message_is_answered_before_the_next_is_sent(server: ServerProcess) -> None:
    outbox = Outbox()

    with server.channel() as channel:
        replies = classifier_stub(channel).Classify(iter(outbox), timeout=30)
        for n in range(3):
            outbox.put(pb.ClassifyRequest(records=[pb.LogRecord(id=f"m{n}", message="x")]))
            assert [c.id for c in next(replies).results] == [f"m{n}"]
        outbox.close()
        assert list(replies) == []


def test_classify_batch_and_model_info(server: ServerProcess) -> None:
    with server.channel() as channel:
        stub = classifier_stub(channel)
        request = make_requests(7, 7, "b")[0]
        reply = stub.ClassifyBatch(request, timeout=10)
        assert [c.id for c in reply.results] == [r.id for r in request.records]
        info = stub.GetModelInfo(pb.GetModelInfoRequest(), timeout=10)
    assert "Unclassified" in info.labels and "HTTP Status" in info.labels
    assert [t.name for t in info.tiers] == ["regex", "semantic", "llm"]
    assert all(t.ready for t in info.tiers)
    assert info.tiers[0].model_version.startswith("rules-")
    assert {r.source: list(r.tiers) for r in info.routes} == {
        "LegacyCRM": ["llm"],
        "*": ["regex", "semantic"],
    }
    assert info.confidence_threshold == pytest.approx(0.5)


def test_health_reports_overall_and_service_status(server: ServerProcess) -> None:
    with server.channel() as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        for service in ("", "logclass.v1.LogClassifier"):
            reply = stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=5)
            assert reply.status == health_pb2.HealthCheckResponse.SERVING
        with pytest.raises(grpc.RpcError) as error:
            stub.Check(health_pb2.HealthCheckRequest(service="no.such.Service"), timeout=5)
    assert error.value.code() == grpc.StatusCode.NOT_FOUND


def test_empty_and_overlong_messages(server: ServerProcess) -> None:
    long_line = "User alice logged in." + " pad" * 20_000  # > 64 KiB
    request = pb.ClassifyRequest(
        records=[
            pb.LogRecord(id="empty", source="X", message=""),
            pb.LogRecord(id="blank", source="X", message="   \t"),
            pb.LogRecord(id="long", source="X", message=long_line),
            pb.LogRecord(id="long-http", source="X", message="GET /a status 200 " + "é" * 40_000),
        ]
    )
    with server.channel() as channel:
        reply = classifier_stub(channel).ClassifyBatch(request, timeout=10)
    by_id = {c.id: c for c in reply.results}
    assert (by_id["empty"].label, by_id["empty"].reason) == ("Unclassified", "empty_message")
    assert (by_id["blank"].label, by_id["blank"].reason) == ("Unclassified", "empty_message")
    assert "message_truncated" in by_id["long"].reason.split(";")
    assert by_id["long-http"].label == "HTTP Status"
    assert by_id["long-http"].reason.split(";") == [
        "rule:http_method_path_status",
        "message_truncated",
    ]


def test_oversized_request_is_resource_exhausted() -> None:
    proc = start_server({"LOGCLASS_MAX_MESSAGE_BYTES": str(1024 * 1024)})
    try:
        big = pb.ClassifyRequest(records=[pb.LogRecord(id="big", message="x" * (2 * 1024 * 1024))])
        small = pb.ClassifyRequest(records=[pb.LogRecord(id="ok", message="x" * 1000)])
        with proc.channel(**{"grpc.max_send_message_length": 64 * 1024 * 1024}) as channel:
            stub = classifier_stub(channel)
            with pytest.raises(grpc.RpcError) as error:
                stub.ClassifyBatch(big, timeout=10)
            assert error.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
            assert [c.id for c in stub.ClassifyBatch(small, timeout=10).results] == ["ok"]
    finally:
        assert proc.stop() == 0


def test_default_max_message_is_16_mib(server: ServerProcess) -> None:
    just_over = pb.ClassifyRequest(records=[pb.LogRecord(id="x", message="y" * (16 * 1024 * 1024))])
    options = {"grpc.max_send_message_length": 64 * 1024 * 1024}
    with server.channel(**options) as channel, pytest.raises(grpc.RpcError) as error:
        classifier_stub(channel).ClassifyBatch(just_over, timeout=20)
    assert error.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED


def test_sigterm_drains_open_streams_and_exits_zero() -> None:
    proc = start_server({"LOGCLASS_GRACE_PERIOD": "10"})
    outbox = Outbox()

    try:
        with proc.channel() as channel:
            stub = classifier_stub(channel)
            watch = health_pb2_grpc.HealthStub(channel).Watch(
                health_pb2.HealthCheckRequest(service="logclass.v1.LogClassifier"), timeout=30
            )
            assert next(watch).status == health_pb2.HealthCheckResponse.SERVING
            replies = stub.Classify(iter(outbox), timeout=30)
            outbox.put(make_requests(100, 100, "before")[0])
            assert len(next(replies).results) == 100

            proc.process.send_signal(signal.SIGTERM)
            assert next(watch).status == health_pb2.HealthCheckResponse.NOT_SERVING
            watch.cancel()  # an open Watch is an in-flight call too; the drain would wait for it
            # The stream opened before SIGTERM is still answered during the grace period.
            outbox.put(make_requests(100, 100, "after")[0])
            reply = next(replies)
            assert [c.id for c in reply.results] == [f"after-{i}" for i in range(100)]
            outbox.close()
            assert list(replies) == []
            started = time.monotonic()
            assert proc.process.wait(timeout=15) == 0
            assert time.monotonic() - started < 10
    finally:
        outbox.close()
        proc.stop()


def test_grace_period_bounds_a_stream_that_never_ends() -> None:
    proc = start_server({"LOGCLASS_GRACE_PERIOD": "1"})
    outbox = Outbox()

    try:
        with proc.channel() as channel:
            replies = classifier_stub(channel).Classify(iter(outbox), timeout=30)
            outbox.put(make_requests(10, 10, "x")[0])
            next(replies)
            started = time.monotonic()
            proc.process.send_signal(signal.SIGTERM)
            assert proc.process.wait(timeout=15) == 0
            assert time.monotonic() - started < 8
    finally:
        outbox.close()
        proc.stop()


def test_model_info_shows_the_template_cache_counts(server: ServerProcess) -> None:
    def semantic_info(stub: Any) -> pb.TierInfo:
        info: pb.ModelInfo = stub.GetModelInfo(pb.GetModelInfoRequest(), timeout=10)
        return next(t for t in info.tiers if t.name == "semantic")

    message = "quota check for tenant T77 took 12 ms on shard S3"  # no rule matches it
    with server.channel() as channel:
        stub = classifier_stub(channel)
        before = semantic_info(stub)
        answers = []
        # The same template with other identifiers (the masking leaves T77): one miss, then hits.
        for tenant in ("T1", "T2", "T3"):
            line = message.replace("T77", tenant)
            request = pb.ClassifyRequest(records=[pb.LogRecord(id="c", source="App", message=line)])
            [answer] = stub.ClassifyBatch(request, timeout=10).results
            assert answer.tier == "semantic"
            answers.append(answer)
        after = semantic_info(stub)
    assert after.cache_hits - before.cache_hits >= 2
    assert after.cache_misses >= before.cache_misses
    assert after.templates >= 1 and 0 < after.cache_size <= after.cache_capacity
    # One template: one id, one answer; the template's text marks where the lines differed.
    assert len({a.template_id for a in answers}) == 1 and answers[0].template_id.startswith("t-")
    assert len({(a.label, a.confidence) for a in answers}) == 1
    assert answers[-1].template == "quota check for tenant <*> took <num> ms on shard S3"


def test_the_server_settles_its_heap_before_it_says_serving(server: ServerProcess) -> None:
    serving = server.logged(re.compile(r"serving: tiers"), "serving line")
    settled = server.logged(re.compile(r"heap settled: (\d+) objects frozen"), "heap line")
    assert int(settled.group(1)) > 0
    lines = [line for line in server.log_lines if "heap settled:" in line or "serving:" in line]
    assert settled.group(0) in lines[0] and serving.group(0) in lines[1]


def test_a_port_in_use_stops_the_second_server_with_one_line(server: ServerProcess) -> None:
    done = run_logclass("serve", "--port", str(server.port), env={"LOGCLASS_OTLP_HTTP_PORT": "-1"})
    assert done.returncode == 1
    assert f"cannot serve: gRPC address 127.0.0.1:{server.port}: in use" in done.stderr
    assert "set port (LOGCLASS_PORT) to another port, 0 for a free one" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_otlp_port_in_use_names_its_setting_before_anything_listens() -> None:
    """The README's second instance beside `make run`: its OTLP/HTTP port is taken."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        otlp_port = taken.getsockname()[1]
        done = run_logclass(
            "serve", "--port", "0", "--metrics-port", "-1", "--otlp-http-port", str(otlp_port)
        )
    assert done.returncode == 1
    assert (
        f"cannot serve: OTLP/HTTP address 127.0.0.1:{otlp_port}: Address already in use; set "
        "otlp_http_port (LOGCLASS_OTLP_HTTP_PORT) to another port, 0 for a free one or -1 for none"
    ) in done.stderr
    assert "listening on" not in done.stderr and "Traceback" not in done.stderr
