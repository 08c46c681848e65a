"""OTLP/JSON out (the stdout:// target) reads back as OTLP/JSON in, hex ids included."""

from __future__ import annotations

import asyncio
import io
import json

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord

from server.otlp.forward import StdoutForwarder, build_forwarder
from server.otlp.http_server import parse_json_request
from server.otlp.json_form import to_json_line


def request_with_ids() -> ExportLogsServiceRequest:
    request = ExportLogsServiceRequest()
    scope = request.resource_logs.add().scope_logs.add()
    record: LogRecord = scope.log_records.add()
    record.body.string_value = "GET /x 200 — ünïcode"
    record.trace_id = bytes.fromhex("5b8efff798038103d269b633813fc60c")
    record.span_id = bytes.fromhex("eee19b7ec3c1b174")
    return request


def test_ids_are_hex_and_the_line_reads_back() -> None:
    line = to_json_line(request_with_ids())
    assert "\n" not in line
    record = json.loads(line)["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]
    assert record["traceId"] == "5b8efff798038103d269b633813fc60c"
    assert record["spanId"] == "eee19b7ec3c1b174"
    assert parse_json_request(line.encode()) == request_with_ids()


def test_the_stdout_target_prints_one_line_per_request() -> None:
    assert isinstance(build_forwarder("stdout://", 1 << 20), StdoutForwarder)
    stream = io.StringIO()
    forwarder = StdoutForwarder(stream)
    for _ in range(2):
        asyncio.run(forwarder.send(request_with_ids().SerializeToString(), deadline=0.0))
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2 and lines[0] == to_json_line(request_with_ids())
