"""Splitting a request for a downstream's size limit: order, resources and scopes kept."""

from __future__ import annotations

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)

from server.otlp.split import merge_responses, split_request


def sample_request() -> ExportLogsServiceRequest:
    """Two resources, three scopes, records of many sizes; each record names its place."""
    request = ExportLogsServiceRequest()
    for resource_number in range(2):
        resource_logs = request.resource_logs.add(schema_url=f"schema-{resource_number}")
        service = resource_logs.resource.attributes.add(key="service.name")
        service.value.string_value = f"service-{resource_number}"
        for scope_number in range(3 - resource_number):
            scope_logs = resource_logs.scope_logs.add()
            scope_logs.scope.name = f"scope-{resource_number}-{scope_number}"
            for number in range(150):
                record = scope_logs.log_records.add()
                place = f"{resource_number}/{scope_number}/{number}"
                record.body.string_value = place + " " + "y" * (number * 7 % 300)
    return request


def flattened(request: ExportLogsServiceRequest) -> list[tuple[str, str, str, str]]:
    """(resource's service, resource schema, scope name, body) of every record, in order."""
    return [
        (
            resource_logs.resource.attributes[0].value.string_value,
            resource_logs.schema_url,
            scope_logs.scope.name,
            record.body.string_value,
        )
        for resource_logs in request.resource_logs
        for scope_logs in resource_logs.scope_logs
        for record in scope_logs.log_records
    ]


def test_a_request_that_fits_is_sent_as_it_is() -> None:
    request = sample_request()
    assert split_request(request, request.ByteSize()) == [request]


def test_parts_fit_the_limit_and_keep_every_record_in_order_under_its_resource_and_scope() -> None:
    request = sample_request()
    for limit in (2_000, 10_000, request.ByteSize() - 1):
        parts = split_request(request, limit)
        assert len(parts) > 1
        assert all(part.ByteSize() <= limit for part in parts), limit
        assert [row for part in parts for row in flattened(part)] == flattened(request)
        # No part holds an empty resource or scope.
        for part in parts:
            for resource_logs in part.resource_logs:
                assert all(scope_logs.log_records for scope_logs in resource_logs.scope_logs)


def test_a_record_over_the_limit_travels_alone() -> None:
    request = ExportLogsServiceRequest()
    scope_logs = request.resource_logs.add().scope_logs.add()
    for body in ("small", "x" * 5_000, "small again"):
        scope_logs.log_records.add().body.string_value = body
    parts = split_request(request, 1_000)
    assert [
        [r.body.string_value[:5] for r in p.resource_logs[0].scope_logs[0].log_records]
        for p in parts
    ] == [
        ["small"],
        ["xxxxx"],
        ["small"],
    ]


def test_merged_answers_sum_the_rejected_records_and_join_the_messages() -> None:
    accepted = ExportLogsServiceResponse()
    partial = ExportLogsServiceResponse()
    partial.partial_success.rejected_log_records = 3
    partial.partial_success.error_message = "three too old"
    other = ExportLogsServiceResponse()
    other.partial_success.rejected_log_records = 2
    other.partial_success.error_message = "two too big"
    merged = merge_responses([accepted, partial, other])
    assert merged.partial_success.rejected_log_records == 5
    assert merged.partial_success.error_message == "three too old; two too big"
    assert not merge_responses([accepted, accepted]).HasField("partial_success")
