"""Prometheus metrics: counted once per call, scraped from a real server after mixed traffic with
failures, and the records accounting adds up on every path."""

from __future__ import annotations

import re
import urllib.request
from collections.abc import Iterator

import grpc
import pytest
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2_grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from harness.http import PROTOBUF_HEADERS, post
from server.generated.logclass.v1 import classifier_pb2 as pb
from server.metrics import PATHS, Metrics
from server.reasons import Reason
from server.records import UNCLASSIFIED, Classification, LogRecord
from tests.conftest import REPO, ServerProcess, classifier_stub
from tests.server.otlp.loopback import GrpcDownstream, free_port, start_sidecar

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def samples(text: str) -> Samples:
    """Every sample of a scrape by (name, labels)."""
    found: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[sample.name, frozenset(sample.labels.items())] = sample.value
    return found


def total(found: Samples, name: str, **labels: str) -> float:
    """The sum of the samples of `name` whose labels include `labels`."""
    wanted = set(labels.items())
    return sum(v for (n, have), v in found.items() if n == name and wanted <= have)


def test_answers_are_counted_by_tier_label_reason_and_confidence() -> None:
    metrics = Metrics()
    decided = Classification("1", "Security Alert", 0.93, "semantic", "m1")
    empty = Classification.unclassified("2", Reason.EMPTY_MESSAGE)
    two_reasons = Classification.unclassified("3", "tier_error:llm;below_threshold")
    records = [LogRecord(str(i), source, "m") for i, source in enumerate("aabc")]
    metrics.observe_answers(records, [decided, decided, empty, two_reasons])
    found = samples(generate_latest(metrics.registry).decode())
    assert total(found, "logclass_source_records_total", source="a") == 2
    assert total(found, "logclass_source_unclassified_total", source="b") == 1
    assert total(found, "logclass_source_confidence_count", source="a") == 2
    assert total(found, "logclass_records_classified_total", tier="semantic") == 2
    assert total(found, "logclass_records_classified_total", label=UNCLASSIFIED) == 2
    assert total(found, "logclass_unclassified_total", reason="empty_message") == 1
    assert total(found, "logclass_unclassified_total", reason="tier_error") == 1
    assert total(found, "logclass_unclassified_total", reason="below_threshold") == 1
    # Both answers at 0.93 sit in the 0.95 bucket and above, none at 0.9 or below.
    assert total(found, "logclass_confidence_bucket", tier="semantic", le="0.9") == 0
    assert total(found, "logclass_confidence_bucket", tier="semantic", le="0.95") == 2
    assert total(found, "logclass_confidence_count", tier="semantic") == 2
    assert total(found, "logclass_confidence_sum", tier="semantic") == pytest.approx(1.86)


def test_sources_beyond_the_limit_count_as_other() -> None:
    metrics = Metrics(max_sources=2)
    answer = Classification("1", "Error", 0.8, "semantic", "m1")
    records = [LogRecord(str(i), f"app-{i % 5}", "m") for i in range(10)]
    metrics.observe_answers(records, [answer] * len(records))
    found = samples(generate_latest(metrics.registry).decode())
    named = {
        dict(labels)["source"] for name, labels in found if name == "logclass_source_records_total"
    }
    assert named == {"app-0", "app-1", "other"}
    assert total(found, "logclass_source_records_total", source="other") == 6


def otlp_request(count: int, start: int = 0) -> ExportLogsServiceRequest:
    request = ExportLogsServiceRequest()
    scope = request.resource_logs.add().scope_logs.add()
    for seq in range(start, start + count):
        record = scope.log_records.add()
        record.body.string_value = f"GET /api/items/{seq} returned 200 in {seq % 90} ms"
        record.attributes.append(KeyValue(key="source", value=AnyValue(string_value="nginx")))
    return request


@pytest.fixture(scope="module")
def sidecar() -> Iterator[tuple[ServerProcess, str, GrpcDownstream]]:
    downstream = GrpcDownstream(free_port()).start()
    env = {"LOGCLASS_OTLP_FORWARD": downstream.url, "LOGCLASS_OTLP_FORWARD_TIMEOUT": "0.3"}
    server, http_url = start_sidecar(env)
    try:
        yield server, http_url, downstream
    finally:
        server.stop()
        downstream.stop()


def test_counters_add_up_after_mixed_traffic_with_failures(
    sidecar: tuple[ServerProcess, str, GrpcDownstream],
) -> None:
    server, http_url, downstream = sidecar
    with server.channel() as channel:
        stub = classifier_stub(channel)
        # A stream of three messages: 5 + 4 + 3 records, two of them empty.
        messages = [
            pb.ClassifyRequest(
                records=[
                    pb.LogRecord(id=f"{m}-{i}", source="nginx", message=f"GET /a/{i} returned 200")
                    for i in range(size)
                ]
            )
            for m, size in enumerate((5, 4, 3))
        ]
        messages[2].records[0].message = ""
        messages[2].records[1].message = "   "
        for i, record in enumerate(messages[1].records):  # lines no regex rule knows
            record.source, record.message = "app", f"worker {i} finished the nightly reindex"
        assert len(list(stub.Classify(iter(messages), timeout=60))) == 3
        stub.ClassifyBatch(
            pb.ClassifyRequest(records=[pb.LogRecord(id="b", source="LegacyCRM", message="x")]),
            timeout=60,
        )
        # A batch whose deadline is too short: answered or refused, never lost.
        with pytest.raises(grpc.RpcError):
            stub.ClassifyBatch(
                pb.ClassifyRequest(
                    records=[
                        pb.LogRecord(id=str(i), source="app", message=f"unseen line {i} {i * 7}")
                        for i in range(300)
                    ]
                ),
                timeout=0.001,
            )
        logs = logs_service_pb2_grpc.LogsServiceStub(channel)  # type: ignore[no-untyped-call]
        logs.Export(otlp_request(20), timeout=60)  # forwarded
        assert (
            post(http_url, otlp_request(30).SerializeToString(), PROTOBUF_HEADERS) == 200
        )  # forwarded
        assert post(http_url, b"\x0a\xff\xff", PROTOBUF_HEADERS) == 400  # does not decode
        downstream.stop()
        with pytest.raises(grpc.RpcError) as unavailable:
            logs.Export(otlp_request(7), timeout=60)
        assert unavailable.value.code() is grpc.StatusCode.UNAVAILABLE
        assert post(http_url, otlp_request(11).SerializeToString(), PROTOBUF_HEADERS) == 503

    with urllib.request.urlopen(server.metrics_url(), timeout=30) as response:
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    found = samples(text)
    # Every metric the README's Operations table names is exported, and no other.
    readme = (REPO / "README.md").read_text()
    table = readme[readme.index("| metric | labels | what it counts |") :].split("\n\n")[0]
    documented = set(re.findall(r"`((?:grpc_server|logclass)_\w+)`", table))
    exported = set(re.findall(r"^# HELP (\S+) ", text, flags=re.M))
    assert documented == exported

    def path_total(name: str, path: str) -> float:
        return total(found, name, path=path)

    # Received = answered + refused, on every path.
    for path in PATHS:
        received = path_total("logclass_records_received_total", path)
        answered = path_total("logclass_records_answered_total", path)
        assert received == answered + path_total("logclass_records_refused_total", path), path
    assert path_total("logclass_records_received_total", "classify") == 12
    assert path_total("logclass_records_answered_total", "classify") == 12
    # The batch with a 1 ms deadline is received (and then answered or refused) unless the
    # deadline passed before the server read it: then gRPC ends the call before the handler.
    batch_received = path_total("logclass_records_received_total", "classify_batch")
    assert batch_received in (1, 301)
    batch_calls = 2 if batch_received == 301 else 1
    assert path_total("logclass_records_answered_total", "otlp_grpc") == 20
    assert total(found, "logclass_records_refused_total", path="otlp_grpc", code="UNAVAILABLE") == 7
    assert path_total("logclass_records_answered_total", "otlp_http") == 30
    assert (
        total(found, "logclass_records_refused_total", path="otlp_http", code="UNAVAILABLE") == 11
    )
    assert (
        total(found, "logclass_otlp_requests_total", transport="http", outcome="bad_request") == 1
    )
    assert total(found, "logclass_otlp_records_total", outcome="forwarded") == 50
    assert total(found, "logclass_otlp_records_total", outcome="downstream_unavailable") == 18

    # Every classified record is counted once by tier and label.
    classified = total(found, "logclass_records_classified_total")
    batch_answered = path_total("logclass_records_answered_total", "classify_batch")
    assert classified >= 12 + 1 + 20 + 30 + 7 + 11 + batch_answered - 1
    assert total(found, "logclass_unclassified_total", reason="empty_message") == 2
    assert total(found, "logclass_unclassified_total", reason="llm_disabled") >= 1

    # The standard gRPC server metrics.
    def handled(method: str, code: str) -> float:
        return total(found, "grpc_server_handled_total", grpc_method=method, grpc_code=code)

    classify = {"grpc_method": "Classify", "grpc_type": "bidi_stream"}
    assert total(found, "grpc_server_started_total", **classify) == 1
    assert handled("Classify", "OK") == 1
    assert total(found, "grpc_server_msg_received_total", **classify) == 3
    assert total(found, "grpc_server_msg_sent_total", **classify) == 3
    assert handled("ClassifyBatch", "OK") >= 1
    assert total(found, "grpc_server_started_total", grpc_method="ClassifyBatch") == batch_calls
    assert handled("Export", "OK") == 1 and handled("Export", "UNAVAILABLE") == 1
    assert total(found, "grpc_server_handling_seconds_count", grpc_method="Export") == 2
    assert handled("Check", "OK") >= 1  # the harness's health checks

    # The tiers' state (the stream's second message went to the semantic tier).
    assert total(found, "logclass_model_info", tier="semantic") == 1
    lookups = total(found, "logclass_cache_hits_total", tier="semantic") + total(
        found, "logclass_cache_misses_total", tier="semantic"
    )
    assert lookups > 0
    assert total(found, "logclass_batch_size_count", tier="semantic") > 0
    # The warm-up and the records' new templates kept the model busy for a while.
    assert total(found, "logclass_model_busy_seconds_total", tier="semantic") > 0
    assert total(found, "logclass_queue_depth", tier="semantic") == 0
    assert total(found, "logclass_llm_breaker_state") == 0  # provider none: no breaker


def test_metrics_port_minus_one_turns_the_endpoint_off() -> None:
    server, _ = start_sidecar(None, "--metrics-port", "-1")
    try:
        with pytest.raises(RuntimeError, match="no metrics port"):
            server.metrics_url(timeout=0.5)
    finally:
        server.stop()
