"""The sidecar as a hop: the OTel SDK's exporters upstream, a loopback OTLP receiver downstream."""

from __future__ import annotations

import gzip
import json
import logging
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import grpc
import pytest
from google.rpc.error_details_pb2 import RetryInfo
from google.rpc.status_pb2 import Status
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter as GrpcExporter
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter as HttpExporter
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2_grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord as OtlpLogRecord
from opentelemetry.sdk._logs.export import LogRecordExportResult

from server.otlp.target import EXPORT_METHOD
from server.otlp.translate import (
    CONFIDENCE_ATTRIBUTE,
    LABEL_ATTRIBUTE,
    MODEL_VERSION_ATTRIBUTE,
    REASON_ATTRIBUTE,
    TIER_ATTRIBUTE,
)
from tests.server.otlp.loopback import (
    MESSAGES,
    GrpcDownstream,
    HttpDownstream,
    Received,
    attributes,
    fluent_bit_batch,
    free_port,
    start_sidecar,
)

PER_REQUEST = 1000  # Fluent Bit's opentelemetry output batch_size default
Exporter = GrpcExporter | HttpExporter


def exporter(kind: str, grpc_address: str, http_url: str) -> Exporter:
    """The SDK's own OTLP log exporter for `kind` ("grpc" or "http"), pointed at the sidecar."""
    if kind == "grpc":
        return GrpcExporter(endpoint=f"http://{grpc_address}", insecure=True, timeout=60)
    return HttpExporter(endpoint=http_url, timeout=60)


def downstream(kind: str, port: int) -> GrpcDownstream | HttpDownstream:
    return GrpcDownstream(port) if kind == "grpc" else HttpDownstream(port)


def seq(record: OtlpLogRecord) -> int:
    return int(attributes(record)["seq"])


def assert_each_arrived_once_labelled(received: Received, total: int) -> None:
    records = received.records()
    assert sorted(seq(r) for r in records) == list(range(total)), "each record exactly once"
    for request in received.requests:
        seqs = [
            seq(r) for rl in request.resource_logs for sl in rl.scope_logs for r in sl.log_records
        ]
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs))), "in order within a request"
        assert all(not rl.resource.attributes for rl in request.resource_logs)
    for record in records:
        attrs = attributes(record)
        source, message = MESSAGES[seq(record) % len(MESSAGES)]
        assert record.body.string_value == message, "the body travels untouched"
        assert attrs["source"] == source
        assert attrs[LABEL_ATTRIBUTE] and attrs[TIER_ATTRIBUTE]
        assert isinstance(attrs[CONFIDENCE_ATTRIBUTE], float)
        assert MODEL_VERSION_ATTRIBUTE in attrs
        if seq(record) % len(MESSAGES) == 0:
            assert attrs[LABEL_ATTRIBUTE] == "HTTP Status"
            assert attrs[REASON_ATTRIBUTE].startswith("rule:")
        if seq(record) % len(MESSAGES) == 1:
            assert attrs[LABEL_ATTRIBUTE] == "User Action"
        if not message:
            assert (attrs[LABEL_ATTRIBUTE], attrs[REASON_ATTRIBUTE]) == (
                "Unclassified",
                "empty_message",
            )


@pytest.mark.parametrize(
    ("upstream", "down"),
    [("grpc", "grpc"), ("http", "grpc"), ("grpc", "http")],
    ids=["fluent-bit-grpc-to-grpc", "vector-http-to-grpc", "grpc-to-http"],
)
def test_10000_records_arrive_downstream_once_each_labelled(upstream: str, down: str) -> None:
    target = downstream(down, free_port()).start()
    sidecar, http_url = start_sidecar({"LOGCLASS_OTLP_FORWARD": target.url})
    client = exporter(upstream, sidecar.address, http_url)
    try:
        for start in range(0, 10_000, PER_REQUEST):
            assert client.export(fluent_bit_batch(start, PER_REQUEST)) is (
                LogRecordExportResult.SUCCESS
            )
        # Answered only after the downstream accepted: nothing is still on its way.
        assert len(target.received.requests) == 10
        assert_each_arrived_once_labelled(target.received, 10_000)
    finally:
        client.shutdown()
        assert sidecar.stop() == 0
        target.stop()


@pytest.fixture
def exporter_warnings() -> Iterator[list[str]]:
    """Warnings the SDK exporters log (each retryable error they see is one)."""
    seen: list[str] = []
    event = threading.Event()

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())
            event.set()

    handler = Collect(level=logging.WARNING)
    logger = logging.getLogger("opentelemetry")
    logger.addHandler(handler)
    try:
        yield seen
    finally:
        logger.removeHandler(handler)


def probe_is_refused_retryably(kind: str, grpc_address: str, http_url: str) -> None:
    """A raw Export while the downstream is down gets the retryable answer, with a delay."""
    request = ExportLogsServiceRequest()
    record = request.resource_logs.add().scope_logs.add().log_records.add()
    record.body.string_value = "probe"
    record.attributes.add(key="seq", value={"string_value": "-1"})
    if kind == "grpc":
        with grpc.insecure_channel(grpc_address) as channel:
            stub = logs_service_pb2_grpc.LogsServiceStub(channel)  # type: ignore[no-untyped-call]
            with pytest.raises(grpc.RpcError) as error:
                stub.Export(request, timeout=30)
        assert error.value.code() == grpc.StatusCode.UNAVAILABLE
        trailers = dict(error.value.trailing_metadata() or ())
        assert RetryInfo.FromString(trailers["google.rpc.retryinfo-bin"]).retry_delay.seconds >= 1
        return
    post = urllib.request.Request(
        http_url,
        data=request.SerializeToString(),
        headers={"Content-Type": "application/x-protobuf"},
    )
    with pytest.raises(urllib.error.HTTPError) as http_error:
        urllib.request.urlopen(post, timeout=30)
    assert http_error.value.code == 503
    assert int(http_error.value.headers["Retry-After"]) >= 1


@pytest.mark.parametrize("kind", ["grpc", "http"])
def test_downstream_down_then_up_every_record_arrives_once(
    kind: str, exporter_warnings: list[str]
) -> None:
    port = free_port()
    target = downstream(kind, port)
    sidecar, http_url = start_sidecar(
        {"LOGCLASS_OTLP_FORWARD": target.url, "LOGCLASS_OTLP_FORWARD_TIMEOUT": "1"}
    )
    client = exporter(kind, sidecar.address, http_url)
    results: list[LogRecordExportResult] = []
    try:
        probe_is_refused_retryably(kind, sidecar.address, http_url)

        first = threading.Thread(
            target=lambda: results.append(client.export(fluent_bit_batch(0, PER_REQUEST)))
        )
        first.start()
        # The exporter logs each retryable answer before it waits and retries.
        deadline = 60.0
        while not any("Transient error" in w for w in exporter_warnings) and deadline > 0:
            first.join(0.05)
            deadline -= 0.05
        assert any("Transient error" in w for w in exporter_warnings), exporter_warnings
        assert not target.received.requests

        target.start()
        first.join(60)
        assert results == [LogRecordExportResult.SUCCESS]
        for start in (PER_REQUEST, 2 * PER_REQUEST):
            assert client.export(fluent_bit_batch(start, PER_REQUEST)) is (
                LogRecordExportResult.SUCCESS
            )
        assert_each_arrived_once_labelled(target.received, 3 * PER_REQUEST)
    finally:
        client.shutdown()
        assert sidecar.stop() == 0
        target.stop()


def post_json(url: str, document: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        url, data=json.dumps(document).encode(), headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def test_without_downstream_records_are_classified_answered_and_go_nowhere() -> None:
    sidecar, http_url = start_sidecar()
    try:
        client = exporter("grpc", sidecar.address, http_url)
        assert client.export(fluent_bit_batch(0, 10)) is LogRecordExportResult.SUCCESS
        client.shutdown()
        assert any("OTLP: forwarding to nowhere" in line for line in sidecar.log_lines)

        # OTLP/JSON, with its hex trace ids, is accepted too.
        record = {
            "body": {"stringValue": "User alice logged in."},
            "traceId": "5b8efff798038103d269b633813fc60c",
            "spanId": "eee19b7ec3c1b174",
            "attributes": [{"key": "source", "value": {"stringValue": "ModernCRM"}}],
        }
        document = {"resourceLogs": [{"scopeLogs": [{"logRecords": [record]}]}]}
        assert post_json(http_url, document) == (200, {})
        status, body = post_json(http_url, {"resourceLogs": "not a list"})
        assert status == 400 and "not an OTLP logs request" in body["message"]
        # A gzip-compressed protobuf body (what `compress: gzip` or `compression: gzip` send).
        request = ExportLogsServiceRequest()
        request.resource_logs.add().scope_logs.add().log_records.add().body.string_value = "x"
        compressed = urllib.request.Request(
            http_url,
            data=gzip.compress(request.SerializeToString()),
            headers={"Content-Type": "application/x-protobuf", "Content-Encoding": "gzip"},
        )
        with urllib.request.urlopen(compressed, timeout=30) as reply:
            assert reply.status == 200
        # A protobuf body that does not decode: 400, with the same words as over gRPC.
        undecodable = urllib.request.Request(
            http_url, data=b"\x0a\xff\xff", headers={"Content-Type": "application/x-protobuf"}
        )
        with pytest.raises(urllib.error.HTTPError) as refused_body:
            urllib.request.urlopen(undecodable, timeout=30)
        assert refused_body.value.code == 400
        assert "not an OTLP logs request" in Status.FromString(refused_body.value.read()).message

        with sidecar.channel() as channel:
            # Bytes that are not a request: INVALID_ARGUMENT, not retried, and the server goes on.
            export = channel.unary_unary(EXPORT_METHOD)
            with pytest.raises(grpc.RpcError) as refused:
                export(b"\x0a\xff\xff", timeout=5)
            assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            assert "not an OTLP logs request" in (refused.value.details() or "")
            assert export(request.SerializeToString(), timeout=5) == b""
            health = health_pb2_grpc.HealthStub(channel)
            reply = health.Check(
                health_pb2.HealthCheckRequest(
                    service="opentelemetry.proto.collector.logs.v1.LogsService"
                ),
                timeout=5,
            )
            services = set(ProtoReflectionDescriptorDatabase(channel).get_services())
        assert reply.status == health_pb2.HealthCheckResponse.SERVING
        assert "opentelemetry.proto.collector.logs.v1.LogsService" in services
    finally:
        assert sidecar.stop() == 0
