"""OTLP throughput: records/s through the sidecar's OTLP/gRPC and OTLP/HTTP receivers.

Requests are built the way Fluent Bit's opentelemetry output sends plain records (string body,
the source as an attribute, empty resource and scope, `per_request` records per Export) and
serialized before the clock starts, for both transports (serializing a request of 1,000 records
takes this Python client 0.15-0.35 ms, depending on the host: the client's cost, not the
sidecar's), then sent one at a time per worker, each on a connection of its own that has already
sent one request (as the native stream's channel has), and timed until the last answer. Against a
sidecar with no `LOGCLASS_OTLP_FORWARD` the figure is receive + translate + classify + annotate;
with a downstream it includes the forwarding hop.
"""

from __future__ import annotations

import http.client
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import ClassVar, Protocol
from urllib.parse import urlsplit

import grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)

from server.otlp.endpoints import HTTP_LOG_LINE
from server.otlp.target import EXPORT_METHOD

SOURCE_ATTRIBUTE = "source"


def fluent_bit_requests(
    records: Sequence[tuple[str, str]], per_request: int
) -> list[ExportLogsServiceRequest]:
    """(source, message) records as Fluent Bit-shaped Export requests of `per_request` records."""
    requests = []
    for start in range(0, len(records), per_request):
        request = ExportLogsServiceRequest()
        scope_logs = request.resource_logs.add().scope_logs.add()
        for source, message in records[start : start + per_request]:
            record = scope_logs.log_records.add()
            record.body.string_value = message
            record.attributes.add(key=SOURCE_ATTRIBUTE).value.string_value = source
        requests.append(request)
    return requests


def otlp_http_url(log_text: str, host: str = "127.0.0.1") -> str | None:
    """The OTLP/HTTP URL a sidecar logged at start (for one started with port 0), if any."""
    match = HTTP_LOG_LINE.search(log_text)
    return f"http://{host}:{match.group(2)}/v1/logs" if match else None


class Connection(Protocol):
    """One client connection to the sidecar's OTLP receiver, sending one request at a time."""

    def send(self, payload: bytes) -> None: ...

    def close(self) -> None: ...


class GrpcConnection:
    """Serialized Export requests to `address` over a channel of its own."""

    def __init__(self, address: str) -> None:
        self._channel = grpc.insecure_channel(address)
        # No request serializer: the payloads are serialized requests, sent as they are.
        self._export = self._channel.unary_unary(
            EXPORT_METHOD, response_deserializer=ExportLogsServiceResponse.FromString
        )

    def send(self, payload: bytes) -> None:
        self._export(payload, timeout=120)

    def close(self) -> None:
        self._channel.close()


class HttpConnection:
    """Serialized Export requests POSTed to `url` over one keep-alive connection."""

    _HEADERS: ClassVar[dict[str, str]] = {"Content-Type": "application/x-protobuf"}

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        self._path = parts.path
        self._connection = http.client.HTTPConnection(parts.netloc, timeout=120)

    def send(self, payload: bytes) -> None:
        self._connection.request("POST", self._path, body=payload, headers=self._HEADERS)
        reply = self._connection.getresponse()
        reply.read()
        if reply.status != 200:
            raise RuntimeError(f"OTLP/HTTP answered {reply.status} {reply.reason}")

    def close(self) -> None:
        self._connection.close()


def _send_all(connection: Connection, payloads: Sequence[bytes]) -> None:
    for payload in payloads:
        connection.send(payload)


def _timed(connect: Callable[[], Connection], payloads: list[bytes], concurrency: int) -> float:
    """Seconds to send `payloads` over `concurrency` connections, one request in flight on each.
    Each connection is opened and sends one request before the clock starts, so its set-up and
    first-call costs stay out, as they do for the native stream."""
    connections = [connect() for _ in range(concurrency)]
    try:
        for connection in connections:
            connection.send(payloads[0])
        shares = [payloads[i::concurrency] for i in range(concurrency)]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            sending = [
                pool.submit(_send_all, connection, share)
                for connection, share in zip(connections, shares, strict=True)
            ]
            for done in sending:
                done.result()
        return time.perf_counter() - started
    finally:
        for connection in connections:
            connection.close()


def otlp_records_per_second(
    grpc_address: str,
    http_url: str | None,
    records: list[tuple[str, str]],
    per_request: int = 1000,
    concurrency: int = 1,
) -> dict[str, float]:
    """Records/s of `records` sent as OTLP/gRPC Exports to `grpc_address` (and OTLP/HTTP to
    `http_url` when given), `concurrency` requests in flight; keys `otlp_grpc`, `otlp_http`."""
    requests = fluent_bit_requests(records, per_request)
    payloads = [request.SerializeToString() for request in requests]
    figures = {
        "otlp_grpc": len(records)
        / _timed(lambda: GrpcConnection(grpc_address), payloads, concurrency)
    }
    if http_url is not None:
        seconds = _timed(lambda: HttpConnection(http_url), payloads, concurrency)
        figures["otlp_http"] = len(records) / seconds
    return figures
