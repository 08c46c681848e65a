"""Loopback OTLP peers for tests: Fluent Bit-shaped batches, downstream receivers, the sidecar."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Mapping
from concurrent import futures
from dataclasses import dataclass, field
from typing import Any

import grpc
from opentelemetry._logs import LogRecord as ApiLogRecord
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2_grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord as OtlpLogRecord
from opentelemetry.sdk._logs import ReadableLogRecord
from opentelemetry.sdk.resources import Resource

from server.otlp.endpoints import HTTP_LOG_LINE
from tests.conftest import ServerProcess, free_ports, start_server

MESSAGES = (
    ("WebServer", '10.0.0.7 - - [01/Jan/2026] "GET /index.html HTTP/1.1" 200 512'),
    ("ModernCRM", "User User123 logged in."),
    ("BillingSystem", "invoice renderer crashed while building PDF"),
    ("LegacyCRM", "Case escalation for ticket ID 7324 failed"),
    ("ModernHR", ""),
)


def fluent_bit_batch(start: int, count: int) -> list[ReadableLogRecord]:
    """What Fluent Bit's opentelemetry output sends for `count` tailed lines.

    `logs_body_key` makes the line the string body and `logs_body_key_attributes` turns the other
    record keys (here `source` and `seq`) into attributes; resource and scope stay empty.
    """
    empty = Resource.get_empty()
    batch = []
    for seq in range(start, start + count):
        source, message = MESSAGES[seq % len(MESSAGES)]
        record = ApiLogRecord(body=message, attributes={"source": source, "seq": str(seq)})
        batch.append(ReadableLogRecord(log_record=record, resource=empty))
    return batch


def attributes(record: OtlpLogRecord) -> dict[str, Any]:
    """A log record's attributes as a plain dict (string and double values)."""
    out: dict[str, Any] = {}
    for kv in record.attributes:
        kind = kv.value.WhichOneof("value")
        out[kv.key] = getattr(kv.value, kind) if kind else None
    return out


def free_port() -> int:
    """A loopback port nothing listens on right now (for a downstream started later)."""
    return free_ports(1)[0]


@dataclass
class Received:
    """What a downstream accepted, in arrival order."""

    requests: list[ExportLogsServiceRequest] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, request: ExportLogsServiceRequest) -> None:
        with self.lock:
            self.requests.append(request)

    def records(self) -> list[OtlpLogRecord]:
        with self.lock:
            return [
                record
                for request in self.requests
                for resource_logs in request.resource_logs
                for scope_logs in resource_logs.scope_logs
                for record in scope_logs.log_records
            ]


class _GrpcReceiver(logs_service_pb2_grpc.LogsServiceServicer):
    def __init__(self, received: Received) -> None:
        self.received = received

    def Export(
        self, request: ExportLogsServiceRequest, context: grpc.ServicerContext
    ) -> ExportLogsServiceResponse:
        self.received.add(request)
        return ExportLogsServiceResponse()


class GrpcDownstream:
    """An OTLP/gRPC receiver on a loopback port (as Fluent Bit's or Vector's input would be);
    with `max_bytes`, a larger message is refused as gRPC servers do (RESOURCE_EXHAUSTED)."""

    def __init__(self, port: int, max_bytes: int | None = None) -> None:
        self.port = port
        self.received = Received()
        options = [] if max_bytes is None else [("grpc.max_receive_message_length", max_bytes)]
        self._server = grpc.server(futures.ThreadPoolExecutor(max_workers=4), options=options)
        # The grpc plugin's generated code has no type hints.
        logs_service_pb2_grpc.add_LogsServiceServicer_to_server(  # type: ignore[no-untyped-call]
            _GrpcReceiver(self.received), self._server
        )
        if self._server.add_insecure_port(f"127.0.0.1:{port}") != port:
            raise OSError(f"cannot bind 127.0.0.1:{port}")

    @property
    def url(self) -> str:
        return f"grpc://127.0.0.1:{self.port}"

    def start(self) -> GrpcDownstream:
        self._server.start()
        return self

    def stop(self) -> None:
        self._server.stop(None)


class HttpDownstream:
    """An OTLP/HTTP protobuf receiver on a loopback port; answers 201 like Fluent Bit's input, and
    413 to a body over `max_bytes` when given.

    It binds only in `start`: a bound socket queues connections even before it serves, and a
    request queued while "down" would be delivered late, after the sidecar gave up on it.
    """

    def __init__(self, port: int, max_bytes: int | None = None) -> None:
        self.port = port
        self.max_bytes = max_bytes
        self.received = Received()
        self._server: http.server.ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1/logs"

    def start(self) -> HttpDownstream:
        received, max_bytes = self.received, self.max_bytes

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                too_large = max_bytes is not None and len(body) > max_bytes
                if not too_large:
                    received.add(ExportLogsServiceRequest.FromString(body))
                self.send_response(413 if too_large else 201)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def otlp_http_url(server: ServerProcess, timeout: float = 30.0) -> str:
    """The sidecar's OTLP/HTTP URL, read from its log."""
    match = server.logged(HTTP_LOG_LINE, "OTLP/HTTP port", timeout)
    return f"http://127.0.0.1:{match.group(2)}/v1/logs"


def start_sidecar(env: Mapping[str, str] | None = None, *args: str) -> tuple[ServerProcess, str]:
    """The server with OTLP on (HTTP on an ephemeral port); the process and its OTLP/HTTP URL."""
    server = start_server(env, *args)
    try:
        return server, otlp_http_url(server)
    except Exception:
        server.stop()
        raise
