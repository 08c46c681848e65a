"""OTLP throughput: records/s through the sidecar's OTLP/gRPC and OTLP/HTTP receivers.

Requests are built the way Fluent Bit's opentelemetry output sends plain records (string body,
the source as an attribute, empty resource and scope, `per_request` records per Export) and
serialized before the clock starts, for both transports (serializing a request of 1,000 records
takes this Python client 0.15-0.35 ms, depending on the host: the client's cost, not the
sidecar's), then sent one at a time per worker and timed until the last answer. Against a
sidecar with no `LOGCLASS_OTLP_FORWARD` the figure is receive + translate + classify + annotate;
with a downstream it includes the forwarding hop.
"""

from __future__ import annotations

import http.client
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar
from urllib.parse import urlsplit

import grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)

from server.otlp.endpoints import HTTP_LOG_LINE

SOURCE_ATTRIBUTE = "source"
EXPORT_METHOD = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
T = TypeVar("T")


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


def _timed(send_all: Callable[[Sequence[T]], None], payloads: list[T], concurrency: int) -> float:
    send_all(payloads[:1])  # warm-up: connection set-up and first-call costs stay out
    shares = [payloads[i::concurrency] for i in range(concurrency)]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for done in [pool.submit(send_all, share) for share in shares]:
            done.result()
    return time.perf_counter() - started


def _grpc_sender(address: str) -> Callable[[Sequence[bytes]], None]:
    def send_all(payloads: Sequence[bytes]) -> None:
        with grpc.insecure_channel(address) as channel:
            # No request serializer: the payloads are serialized requests, sent as they are.
            export = channel.unary_unary(
                EXPORT_METHOD, response_deserializer=ExportLogsServiceResponse.FromString
            )
            for payload in payloads:
                export(payload, timeout=120)

    return send_all


def _http_sender(url: str) -> Callable[[Sequence[bytes]], None]:
    parts = urlsplit(url)
    headers = {"Content-Type": "application/x-protobuf"}

    def send_all(payloads: Sequence[bytes]) -> None:
        connection = http.client.HTTPConnection(parts.netloc, timeout=120)
        try:
            for payload in payloads:
                connection.request("POST", parts.path, body=payload, headers=headers)
                reply = connection.getresponse()
                reply.read()
                if reply.status != 200:
                    raise RuntimeError(f"OTLP/HTTP answered {reply.status} {reply.reason}")
        finally:
            connection.close()

    return send_all


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
        "otlp_grpc": len(records) / _timed(_grpc_sender(grpc_address), payloads, concurrency)
    }
    if http_url is not None:
        seconds = _timed(_http_sender(http_url), payloads, concurrency)
        figures["otlp_http"] = len(records) / seconds
    return figures
