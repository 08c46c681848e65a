"""The receiver and forwarders in process: readiness, the in-flight bound, deadlines, refusals."""

from __future__ import annotations

import asyncio
import logging

import grpc
import pytest
from aiohttp import web
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)

from server.config import Routes
from server.metrics import Metrics
from server.otlp import forward
from server.otlp.forward import (
    DownstreamRejected,
    DownstreamTooLarge,
    DownstreamUnavailable,
    GrpcForwarder,
    HttpForwarder,
)
from server.otlp.receiver import ExportRefused, OtlpReceiver, Refusal
from server.otlp.translate import LABEL_ATTRIBUTE, RecordFields, log_records
from server.pipeline import SLICE_RECORDS, Pipeline
from tests.server.otlp.loopback import GrpcDownstream, HttpDownstream, attributes, free_port
from tests.server.test_pipeline import FakeTier

MAX_BYTES = 1024 * 1024


def one_record_request() -> ExportLogsServiceRequest:
    request = ExportLogsServiceRequest()
    request.resource_logs.add().scope_logs.add().log_records.add().body.string_value = "hello"
    return request


ONE_RECORD = one_record_request().SerializeToString()


class HeldForwarder:
    """Holds every request until released; records the time each was given to forward."""

    description = "held"

    def __init__(self, fail_with: Exception | None = None, takes_any_size: bool = False) -> None:
        self.takes_any_size = takes_any_size
        self.release = asyncio.Event()
        self.budgets: list[float] = []
        self.sent: list[ExportLogsServiceRequest] = []
        self.fail_with = fail_with

    async def start(self) -> None:
        pass

    async def send(self, payload: bytes, deadline: float) -> ExportLogsServiceResponse:
        self.budgets.append(deadline - asyncio.get_running_loop().time())
        self.sent.append(ExportLogsServiceRequest.FromString(payload))
        if self.fail_with is not None:
            raise self.fail_with
        await self.release.wait()
        response = ExportLogsServiceResponse()
        response.partial_success.error_message = "from downstream"
        return response

    async def close(self) -> None:
        pass


async def ready_pipeline() -> Pipeline:
    pipeline = Pipeline({}, Routes({}, ()), 1024)  # no tiers: every record Unclassified
    await pipeline.start()
    return pipeline


def test_not_ready_then_bounded_in_flight_then_the_downstream_response() -> None:
    async def scenario() -> None:
        pipeline = Pipeline({}, Routes({}, ()), 1024)
        forwarder = HeldForwarder()
        receiver = OtlpReceiver(pipeline, forwarder, RecordFields(), 1, 5.0, MAX_BYTES)
        with pytest.raises(ExportRefused) as refused:
            await receiver.export(ONE_RECORD, None)
        assert refused.value.refusal is Refusal.NOT_READY and refused.value.refusal.retryable

        await pipeline.start()
        request = one_record_request()
        first = asyncio.create_task(receiver.export(request.SerializeToString(), None))
        while not forwarder.budgets:
            await asyncio.sleep(0)
        with pytest.raises(ExportRefused) as refused:
            await receiver.export(ONE_RECORD, None)
        assert refused.value.refusal is Refusal.OVERLOADED

        forwarder.release.set()
        response = await first
        assert response.partial_success.error_message == "from downstream"
        assert attributes(next(log_records(forwarder.sent[0])))[LABEL_ATTRIBUTE] == "Unclassified"
        # The slot was given back.
        await receiver.export(ONE_RECORD, None)

    asyncio.run(scenario())


def test_forwarding_ends_before_the_upstream_deadline_and_the_forward_timeout() -> None:
    async def scenario() -> None:
        forwarder = HeldForwarder()
        forwarder.release.set()
        receiver = OtlpReceiver(
            await ready_pipeline(), forwarder, RecordFields(), 4, 3.0, MAX_BYTES
        )
        await receiver.export(ONE_RECORD, 2.0)
        await receiver.export(ONE_RECORD, None)
        await receiver.export(ONE_RECORD, 100.0)
        short, default, long = forwarder.budgets
        assert 0 < short <= 2.0 - 0.2  # a margin kept back from the upstream's own deadline
        assert 0 < default <= 3.0 and 0 < long <= 3.0

    asyncio.run(scenario())


def test_the_forward_timeout_counts_from_when_the_records_are_classified() -> None:
    """A request that waited for a slow model (a cold start) still gets all of its forward time.

    Before, the budget started on arrival: Fluent Bit's first chunks of a start-up waited for the
    model, then were refused with "no time left to forward".
    """

    async def scenario() -> None:
        slow = FakeTier("slow", "x", delay_s=0.6)
        pipeline = Pipeline({"slow": slow}, Routes({}, ("slow",)), 1024)
        await pipeline.start()
        forwarder = HeldForwarder()
        forwarder.release.set()
        receiver = OtlpReceiver(pipeline, forwarder, RecordFields(), 4, 0.5, MAX_BYTES)
        await receiver.export(ONE_RECORD, None)
        await receiver.export(ONE_RECORD, 2.0)
        no_deadline, upstream_deadline = forwarder.budgets
        assert 0.45 < no_deadline <= 0.5  # the whole timeout, though classifying took 0.6 s
        # The upstream's deadline still bounds it: 2.0 s - 0.6 s classifying - a 0.2 s margin.
        assert 0 < upstream_deadline <= 2.0 - 0.6 - 0.2
        # The tiers were given the same deadline as the forwarder: none, then the upstream's.
        assert slow.deadlines[0] is None and slow.deadlines[1] is not None

    asyncio.run(scenario())


def long_request() -> ExportLogsServiceRequest:
    """200 records of about 50 bytes each."""
    request = ExportLogsServiceRequest()
    scope_logs = request.resource_logs.add().scope_logs.add()
    for number in range(200):
        scope_logs.log_records.add().body.string_value = f"line {number} " + "x" * 40
    return request


def test_a_request_over_the_forward_limit_goes_downstream_in_parts() -> None:
    async def scenario() -> None:
        forwarder = HeldForwarder()
        forwarder.release.set()
        receiver = OtlpReceiver(await ready_pipeline(), forwarder, RecordFields(), 4, 3.0, 4096)
        request = long_request()
        response = await receiver.export(request.SerializeToString(), None)
        assert len(forwarder.sent) > 1
        assert all(part.ByteSize() <= 4096 for part in forwarder.sent)
        bodies = [r.body.string_value for part in forwarder.sent for r in log_records(part)]
        assert bodies == [r.body.string_value for r in log_records(request)]
        assert all(
            LABEL_ATTRIBUTE in attributes(r) for part in forwarder.sent for r in log_records(part)
        )
        # Each part's answer counts: the partial successes of the parts are joined.
        assert response.partial_success.rejected_log_records == 0
        assert response.partial_success.error_message.count("from downstream") == len(
            forwarder.sent
        )

    asyncio.run(scenario())


def test_a_forwarder_that_takes_any_size_gets_the_request_whole() -> None:
    async def scenario() -> None:
        forwarder = HeldForwarder(takes_any_size=True)
        forwarder.release.set()
        receiver = OtlpReceiver(await ready_pipeline(), forwarder, RecordFields(), 4, 3.0, 4096)
        request = long_request()
        await receiver.export(request.SerializeToString(), None)
        [sent] = forwarder.sent
        assert sent.ByteSize() > 4096
        bodies = [r.body.string_value for r in log_records(sent)]
        assert bodies == [r.body.string_value for r in log_records(request)]
        assert all(LABEL_ATTRIBUTE in attributes(r) for r in log_records(sent))
        # What is forwarded is made from the request's bytes; the request is left as it came.
        assert not any(LABEL_ATTRIBUTE in attributes(r) for r in log_records(request))

    asyncio.run(scenario())


def test_a_request_over_a_slice_arrives_whole_with_its_answers() -> None:
    """More than SLICE_RECORDS records: translated and annotated in a worker thread, every record
    forwarded once, in order, with its answer; an earlier answer is replaced, not kept."""
    request = ExportLogsServiceRequest()
    scopes = [request.resource_logs.add().scope_logs.add() for _ in range(2)]
    for number in range(SLICE_RECORDS + 1):
        record = scopes[number % 2].log_records.add()
        record.body.string_value = f"line {number}"
    stale = scopes[1].log_records[0].attributes.add(key=LABEL_ATTRIBUTE)
    stale.value.string_value = "Stale"

    async def scenario() -> list[ExportLogsServiceRequest]:
        forwarder = HeldForwarder(takes_any_size=True)
        forwarder.release.set()
        receiver = OtlpReceiver(
            await ready_pipeline(), forwarder, RecordFields(), 4, 30.0, MAX_BYTES
        )
        await receiver.export(request.SerializeToString(), None)
        return forwarder.sent

    [sent] = asyncio.run(scenario())
    bodies = [r.body.string_value for r in log_records(sent)]
    assert bodies == [r.body.string_value for r in log_records(request)]
    labels = [
        [kv.value.string_value for kv in r.attributes if kv.key == LABEL_ATTRIBUTE]
        for r in log_records(sent)
    ]
    assert labels == [["Unclassified"]] * (SLICE_RECORDS + 1)


@pytest.mark.parametrize("kind", ["grpc", "http"])
def test_a_part_the_downstream_finds_too_large_goes_again_as_halves(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    """HTTP 413 and gRPC RESOURCE_EXHAUSTED "larger than max" are not retried as they are: the part
    goes again as halves, every record once and in order; a lone record over the downstream's
    limit is answered as rejected, and the records after it still go."""
    limit = 4_000
    request = long_request()
    oversized = 150
    request.resource_logs[0].scope_logs[0].log_records[oversized].body.string_value = "y" * limit
    expected = [r.body.string_value for r in log_records(request)]
    del expected[oversized]
    port = free_port()
    downstream = (
        GrpcDownstream(port, max_bytes=limit) if kind == "grpc" else HttpDownstream(port, limit)
    ).start()
    metrics = Metrics()

    async def scenario() -> ExportLogsServiceResponse:
        forwarder = (
            GrpcForwarder(f"127.0.0.1:{port}", MAX_BYTES)
            if kind == "grpc"
            else HttpForwarder(downstream.url)
        )
        await forwarder.start()
        try:
            # The forward limit far above the downstream's: the request goes whole at first.
            receiver = OtlpReceiver(
                await ready_pipeline(),
                forwarder,
                RecordFields(),
                4,
                30.0,
                MAX_BYTES,
                metrics=metrics,
            )
            return await receiver.export(request.SerializeToString(), None)
        finally:
            await forwarder.close()

    try:
        with caplog.at_level(logging.DEBUG, logger="server.otlp.receiver"):
            response = asyncio.run(scenario())
    finally:
        downstream.stop()
    arrived = downstream.received.records()
    assert [r.body.string_value for r in arrived] == expected
    assert all(LABEL_ATTRIBUTE in attributes(r) for r in arrived)
    assert all(part.ByteSize() <= limit for part in downstream.received.requests)
    assert response.partial_success.rejected_log_records == 1
    assert "over the downstream's size limit" in response.partial_success.error_message

    # The metrics count that record as rejected, the others as forwarded.
    def counted(outcome: str) -> float | None:
        return metrics.registry.get_sample_value(
            "logclass_otlp_records_total", {"outcome": outcome}
        )

    assert counted("forwarded") == len(expected)
    assert counted("downstream_rejected") == 1
    # The first halving is a warning naming the setting; the later ones are not repeated as such.
    halving = [r for r in caplog.records if "sending halves" in r.getMessage()]
    assert len(halving) > 1
    assert [r.levelno for r in halving].count(logging.WARNING) == 1
    assert "LOGCLASS_OTLP_FORWARD_MAX_BYTES" in halving[0].getMessage()


@pytest.mark.parametrize(
    ("error", "refusal"),
    [
        (DownstreamUnavailable("down"), Refusal.DOWNSTREAM_UNAVAILABLE),
        (DownstreamRejected("bad data"), Refusal.DOWNSTREAM_REJECTED),
    ],
)
def test_downstream_failures_become_refusals(error: Exception, refusal: Refusal) -> None:
    async def scenario() -> None:
        forwarder = HeldForwarder(fail_with=error)
        receiver = OtlpReceiver(
            await ready_pipeline(), forwarder, RecordFields(), 4, 3.0, MAX_BYTES
        )
        with pytest.raises(ExportRefused) as refused:
            await receiver.export(ONE_RECORD, None)
        assert refused.value.refusal is refusal
        assert refused.value.refusal.retryable is (refusal is not Refusal.DOWNSTREAM_REJECTED)

    asyncio.run(scenario())


def test_forwarders_to_nothing_give_up_at_the_deadline() -> None:
    async def scenario() -> None:
        port = free_port()
        for forwarder in (
            GrpcForwarder(f"127.0.0.1:{port}", 1024 * 1024),
            HttpForwarder(f"http://127.0.0.1:{port}/v1/logs"),
        ):
            await forwarder.start()
            try:
                deadline = asyncio.get_running_loop().time() + 0.5
                with pytest.raises(DownstreamUnavailable):
                    await forwarder.send(ONE_RECORD, deadline)
            finally:
                await forwarder.close()

    asyncio.run(scenario())


def test_http_forwarder_retries_503_and_does_not_retry_400_or_413() -> None:
    async def scenario() -> None:
        answers = [503, 200, 400, 413]
        seen: list[int] = []

        async def handle(request: web.Request) -> web.Response:
            ExportLogsServiceRequest.FromString(await request.read())
            status = answers.pop(0)
            seen.append(status)
            headers = {"Retry-After": "0"} if status == 503 else {}
            return web.Response(status=status, headers=headers)

        app = web.Application()
        app.router.add_post("/v1/logs", handle)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        forwarder = HttpForwarder(f"http://127.0.0.1:{port}/v1/logs")
        await forwarder.start()
        try:
            deadline = asyncio.get_running_loop().time() + 30
            await forwarder.send(ONE_RECORD, deadline)
            assert seen == [503, 200]
            with pytest.raises(DownstreamRejected):
                await forwarder.send(ONE_RECORD, deadline)
            assert seen == [503, 200, 400]
            with pytest.raises(DownstreamTooLarge):
                await forwarder.send(ONE_RECORD, deadline)
            assert seen == [503, 200, 400, 413]
        finally:
            await forwarder.close()
            await runner.cleanup()

    asyncio.run(scenario())


def test_the_grpc_forwarder_closes_an_idle_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fluent Bit's input drops a connection idle for 10 s and logs an error for each one."""
    monkeypatch.setattr(forward, "IDLE_CONNECTION_S", 0.2)
    downstream = GrpcDownstream(free_port()).start()

    async def scenario() -> None:
        forwarder = GrpcForwarder(f"127.0.0.1:{downstream.port}", 1024 * 1024)
        await forwarder.start()
        try:
            deadline = asyncio.get_running_loop().time() + 5
            await forwarder.send(ONE_RECORD, deadline)
            used = forwarder._channel
            assert used is not None
            assert used.get_state() is grpc.ChannelConnectivity.READY
            await asyncio.sleep(0.6)
            assert used.get_state() is grpc.ChannelConnectivity.SHUTDOWN
            await forwarder.send(ONE_RECORD, deadline + 1)  # a fresh channel
        finally:
            await forwarder.close()

    try:
        asyncio.run(scenario())
    finally:
        downstream.stop()
    assert len(downstream.received.requests) == 2


def length_delimited(number: int, payload: bytes) -> bytes:
    """A protobuf field of wire type 2 (`payload` under 128 bytes)."""
    return bytes([number << 3 | 2, len(payload)]) + payload


def request_holding(record: bytes) -> bytes:
    """An Export request of one ResourceLogs > ScopeLogs > `record` (a LogRecord's bytes)."""
    return length_delimited(1, length_delimited(2, length_delimited(2, record)))


@pytest.mark.parametrize(
    ("payload", "records"),
    [
        pytest.param(b"\x0a\xff\xff", None, id="not-a-request"),
        pytest.param(request_holding(b"\xff"), 1, id="a-record-that-is-not-a-message"),
        pytest.param(
            request_holding(length_delimited(5, length_delimited(1, b"\xff\xfe"))),
            1,
            id="a-string-body-not-utf8",
        ),
        pytest.param(request_holding(length_delimited(6, b"\x0a\x05")), 1, id="an-attribute-cut"),
    ],
)
def test_bytes_that_are_not_an_otlp_logs_request_are_refused_not_forwarded(
    payload: bytes, records: int | None
) -> None:
    """Refused as the client's error (never retried), counted: a request whose records cannot be
    counted as refused unread, one whose records do not read with its records."""
    metrics = Metrics()

    async def scenario() -> None:
        forwarder = HeldForwarder()
        receiver = OtlpReceiver(
            await ready_pipeline(), forwarder, RecordFields(), 4, 3.0, MAX_BYTES, metrics=metrics
        )
        with pytest.raises(ExportRefused) as refused:
            await receiver.export(payload, None)
        assert refused.value.refusal is Refusal.BAD_REQUEST
        assert not refused.value.refusal.retryable
        assert refused.value.refusal.status_code is grpc.StatusCode.INVALID_ARGUMENT
        assert refused.value.detail.startswith("not an OTLP logs request: ")
        assert forwarder.sent == []
        # The receiver goes on.
        forwarder.release.set()
        await receiver.export(ONE_RECORD, None)

    asyncio.run(scenario())
    sample = metrics.registry.get_sample_value
    assert sample("logclass_otlp_requests_total", {"transport": "grpc", "outcome": "bad_request"})
    assert sample("logclass_otlp_records_total", {"outcome": "bad_request"}) == records
