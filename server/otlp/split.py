"""Cut an OTLP logs request into parts a downstream accepts, and join the parts' answers.

Enrichment makes every request grow (five attributes a record), and OTLP receivers refuse a
request over their limit as bad data, which no sender retries as it is: Fluent Bit's
opentelemetry input takes at most 4,000,000 bytes (gRPC INVALID_ARGUMENT "invalid gRPC packet",
HTTP 413), the OpenTelemetry Collector's and Vector's gRPC receivers 4 MiB. So a request larger
than the forward limit goes downstream as several, each record in its order and under its own
resource and scope.
"""

from __future__ import annotations

from collections.abc import Sequence

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.logs.v1.logs_pb2 import ResourceLogs, ScopeLogs

# What a repeated message field adds around an element: a tag byte and a length of up to 5 bytes.
_FIELD_OVERHEAD = 6


def _resource_header(resource_logs: ResourceLogs) -> ResourceLogs:
    return ResourceLogs(resource=resource_logs.resource, schema_url=resource_logs.schema_url)


def _scope_header(scope_logs: ScopeLogs) -> ScopeLogs:
    return ScopeLogs(scope=scope_logs.scope, schema_url=scope_logs.schema_url)


def split_request(
    request: ExportLogsServiceRequest, max_bytes: int
) -> list[ExportLogsServiceRequest]:
    """`request` as parts of at most `max_bytes` serialized, in order; itself when it fits.

    Each part repeats the resource and scope of the records it holds. A record that alone is over
    the limit travels in a part of its own (what the downstream then says is its answer).
    """
    if request.ByteSize() <= max_bytes:
        return [request]
    parts: list[ExportLogsServiceRequest] = []
    part = ExportLogsServiceRequest()
    size = 0
    for resource_logs in request.resource_logs:
        resource = _resource_header(resource_logs)
        resource_size = resource.ByteSize() + _FIELD_OVERHEAD
        resource_target: ResourceLogs | None = None  # this resource in the current part
        for scope_logs in resource_logs.scope_logs:
            scope = _scope_header(scope_logs)
            scope_size = scope.ByteSize() + _FIELD_OVERHEAD
            target: ScopeLogs | None = None  # this scope in the current part
            for record in scope_logs.log_records:
                record_size = record.ByteSize() + _FIELD_OVERHEAD
                if size and size + record_size + resource_size + scope_size > max_bytes:
                    parts.append(part)
                    part, size, resource_target, target = ExportLogsServiceRequest(), 0, None, None
                if resource_target is None:
                    resource_target = part.resource_logs.add()
                    resource_target.CopyFrom(resource)
                    size += resource_size
                if target is None:
                    target = resource_target.scope_logs.add()
                    target.CopyFrom(scope)
                    size += scope_size
                target.log_records.append(record)
                size += record_size
    if size:
        parts.append(part)
    return parts


def split_payload(payload: bytes, max_bytes: int) -> list[bytes]:
    """`payload` (a serialized request) as serialized parts of at most `max_bytes` (see
    `split_request`); itself when it fits."""
    if len(payload) <= max_bytes:
        return [payload]
    request = ExportLogsServiceRequest.FromString(payload)
    return [part.SerializeToString() for part in split_request(request, max_bytes)]


def merge_responses(responses: Sequence[ExportLogsServiceResponse]) -> ExportLogsServiceResponse:
    """One answer for the parts of a request: the rejected records summed, the messages joined."""
    if len(responses) == 1:
        return responses[0]
    merged = ExportLogsServiceResponse()
    messages: list[str] = []
    for response in responses:
        if response.HasField("partial_success"):
            merged.partial_success.rejected_log_records += (
                response.partial_success.rejected_log_records
            )
            if response.partial_success.error_message:
                messages.append(response.partial_success.error_message)
    if messages:
        merged.partial_success.error_message = "; ".join(messages)
    return merged
