"""An OTLP logs request read through two schemas of its own wire format: one whose log records
are bytes, to append answers to them, and one whose records are their parts, to read them.

Appending to a record's attributes through the generated types parses the appended bytes into
messages and serializes them again later; appending the serialized attributes to the record's
own bytes gives the same message (a repeated field's elements may come anywhere in its
message's bytes), and costs a copy. So the answers are written through a schema whose log
records are `bytes` (`read_request_bytes`): the request's other fields are read, and written
back, as they came (a resource and a scope as bytes, any field this schema does not name as an
unknown field, which protobuf keeps).

The records are read through a schema whose log records are their parts (`read_request_parts`):
the severity, the body and each attribute, those two as the bytes of their messages. One parse of
the request then gives every record's parts, a string body is read without a message object,
and an attribute that repeats from record to record (Fluent Bit's `source`) can be parsed once.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableSequence, Sequence
from typing import Protocol, cast

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

_PACKAGE = "logclass.otlp_record_bytes"
_FIELD = descriptor_pb2.FieldDescriptorProto


class ScopeLogsBytes(Protocol):
    @property
    def log_records(self) -> MutableSequence[bytes]: ...  # each record serialized


class ResourceLogsBytes(Protocol):
    @property
    def scope_logs(self) -> Sequence[ScopeLogsBytes]: ...


class RequestBytes(Protocol):
    """An ExportLogsServiceRequest whose log records are bytes (`read_request_bytes`)."""

    @property
    def resource_logs(self) -> Sequence[ResourceLogsBytes]: ...

    def SerializeToString(self) -> bytes: ...  # protobuf's name


class RecordParts(Protocol):
    """A LogRecord's parts the classifier reads (the other fields are unknown fields here)."""

    severity_number: int
    severity_text: bytes  # UTF-8, decoded by the reader
    body: bytes  # a serialized AnyValue; empty when the record has none
    attributes: Sequence[bytes]  # each a serialized KeyValue


class ScopeLogsParts(Protocol):
    @property
    def log_records(self) -> Sequence[RecordParts]: ...


class ResourceLogsParts(Protocol):
    resource: bytes  # a serialized Resource; empty when the request has none

    @property
    def scope_logs(self) -> Sequence[ScopeLogsParts]: ...


class RequestParts(Protocol):
    """An ExportLogsServiceRequest whose log records are their parts (`read_request_parts`)."""

    @property
    def resource_logs(self) -> Sequence[ResourceLogsParts]: ...


def _schema() -> descriptor_pb2.FileDescriptorProto:
    """ExportLogsServiceRequest > ResourceLogs > ScopeLogs, with their field numbers (OTLP's
    logs.proto and logs_service.proto), twice: down to log records that stay bytes, and down to
    log records read as RecordParts. Proto2, so a resource or scope that came empty goes back
    empty rather than absent."""
    schema = descriptor_pb2.FileDescriptorProto(
        name="logclass/otlp_record_bytes.proto", package=_PACKAGE, syntax="proto2"
    )

    def message(name: str, fields: list[tuple[str, int, int, bool, str]]) -> None:
        declared = schema.message_type.add(name=name)
        for field_name, number, kind, repeated, type_name in fields:
            label = _FIELD.LABEL_REPEATED if repeated else _FIELD.LABEL_OPTIONAL
            field = declared.field.add(name=field_name, number=number, type=kind, label=label)
            if type_name:
                field.type_name = f".{_PACKAGE}.{type_name}"

    message(
        "RecordParts",
        [
            ("severity_number", 2, _FIELD.TYPE_INT32, False, ""),
            ("severity_text", 3, _FIELD.TYPE_BYTES, False, ""),
            ("body", 5, _FIELD.TYPE_BYTES, False, ""),
            ("attributes", 6, _FIELD.TYPE_BYTES, True, ""),
        ],
    )
    for view, record_kind, record_type in (
        ("", _FIELD.TYPE_BYTES, ""),
        ("Parts", _FIELD.TYPE_MESSAGE, "RecordParts"),
    ):
        message(
            f"ScopeLogs{view}",
            [
                ("scope", 1, _FIELD.TYPE_BYTES, False, ""),
                ("log_records", 2, record_kind, True, record_type),
                ("schema_url", 3, _FIELD.TYPE_STRING, False, ""),
            ],
        )
        message(
            f"ResourceLogs{view}",
            [
                ("resource", 1, _FIELD.TYPE_BYTES, False, ""),
                ("scope_logs", 2, _FIELD.TYPE_MESSAGE, True, f"ScopeLogs{view}"),
                ("schema_url", 3, _FIELD.TYPE_STRING, False, ""),
            ],
        )
        message(
            f"Request{view}",
            [("resource_logs", 1, _FIELD.TYPE_MESSAGE, True, f"ResourceLogs{view}")],
        )
    return schema


_POOL = descriptor_pool.DescriptorPool()
_POOL.Add(_schema())
_REQUEST = message_factory.GetMessageClass(_POOL.FindMessageTypeByName(f"{_PACKAGE}.Request"))
_REQUEST_PARTS = message_factory.GetMessageClass(
    _POOL.FindMessageTypeByName(f"{_PACKAGE}.RequestParts")
)


def read_request_bytes(payload: bytes) -> RequestBytes:
    """`payload`, a serialized ExportLogsServiceRequest, with its log records as bytes; raises
    DecodeError for bytes that are not one (its records' insides are not looked at)."""
    return cast(RequestBytes, _REQUEST.FromString(payload))


def read_request_parts(payload: bytes) -> RequestParts:
    """`payload`, a serialized ExportLogsServiceRequest, with its log records as their parts;
    raises DecodeError for bytes that are not one."""
    return cast(RequestParts, _REQUEST_PARTS.FromString(payload))


def record_count(request: RequestBytes) -> int:
    """The log records `request` holds."""
    return sum(len(scope_logs.log_records) for scope_logs in scopes(request))


def scopes(request: RequestBytes) -> Iterator[ScopeLogsBytes]:
    """The request's ScopeLogs in wire order."""
    for resource_logs in request.resource_logs:
        yield from resource_logs.scope_logs


def replace_records(scope_logs: ScopeLogsBytes, records: list[bytes]) -> None:
    """Replace the scope's serialized records with `records`."""
    held = scope_logs.log_records
    del held[:]
    held.extend(records)
