"""OTLP records to pipeline records and back: what is read, what is written, what is left alone."""

from __future__ import annotations

from typing import Any

import pytest
from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord as OtlpLogRecord
from opentelemetry.proto.logs.v1.logs_pb2 import SeverityNumber

from server.lines import severity_from_attributes
from server.otlp.record_bytes import read_request_bytes, replace_records
from server.otlp.translate import (
    CLASSIFICATION_ATTRIBUTES,
    CONFIDENCE_ATTRIBUTE,
    LABEL_ATTRIBUTE,
    MODEL_VERSION_ATTRIBUTE,
    REASON_ATTRIBUTE,
    SEEN_ATTRIBUTES_MAX,
    TEMPLATE_ATTRIBUTE,
    TEMPLATE_ID_ATTRIBUTE,
    TIER_ATTRIBUTE,
    AnswerEncoder,
    ExportReader,
    ExportRecords,
    RecordFields,
    annotated_payload,
    log_records,
)
from server.records import Classification
from tests.server.otlp.loopback import attributes

FIELDS = RecordFields()


def kv(key: str, text: str) -> KeyValue:
    return KeyValue(key=key, value=AnyValue(string_value=text))


def kvlist(**values: str) -> AnyValue:
    body = AnyValue()
    body.kvlist_value.values.extend(kv(k, v) for k, v in values.items())
    return body


def request_of(*groups: tuple[list[KeyValue], list[OtlpLogRecord]]) -> ExportLogsServiceRequest:
    """A request with one ResourceLogs per (resource attributes, records) group."""
    request = ExportLogsServiceRequest()
    for resource_attributes, records in groups:
        resource_logs = request.resource_logs.add()
        resource_logs.resource.attributes.extend(resource_attributes)
        resource_logs.scope_logs.add().log_records.extend(records)
    return request


def read(request: ExportLogsServiceRequest, fields: RecordFields = FIELDS) -> ExportRecords:
    """`request` read from its bytes, as the receiver reads it."""
    return ExportReader(fields).read(request.SerializeToString())


def annotate(
    request: ExportLogsServiceRequest,
    results: list[Classification],
    template_text: bool = False,
    **options: Any,
) -> ExportLogsServiceRequest:
    """`request` as `annotated_payload` makes it from its bytes."""
    return ExportLogsServiceRequest.FromString(
        annotated_payload(read(request), results, template_text, **options)
    )


def test_message_is_the_string_body_or_the_first_body_key_found() -> None:
    request = request_of(
        (
            [],
            [
                OtlpLogRecord(body=AnyValue(string_value="plain line")),
                OtlpLogRecord(body=kvlist(log="from log", other="x")),
                OtlpLogRecord(body=kvlist(message="from message", log="not this")),
                OtlpLogRecord(body=AnyValue(int_value=7)),
                OtlpLogRecord(),
            ],
        )
    )
    records = read(request).records
    assert [r.message for r in records] == ["plain line", "from log", "from message", "", ""]
    assert [r.id for r in records] == ["0", "1", "2", "3", "4"]
    custom = read(request, RecordFields(body_keys=("other",))).records
    assert custom[1].message == "x"


def test_records_are_numbered_in_wire_order_however_many() -> None:
    lines = [OtlpLogRecord(body=AnyValue(string_value=f"line {n}")) for n in range(10_002)]
    records = read(request_of(([], lines[:5_000]), ([], lines[5_000:])))
    assert [r.id for r in records.records] == [str(n) for n in range(10_002)]
    assert records.records[-1].message == "line 10001"


def test_source_from_attribute_then_body_then_service_name() -> None:
    service = [kv("service.name", "billing")]
    request = request_of(
        (
            service,
            [
                OtlpLogRecord(body=AnyValue(string_value="a"), attributes=[kv("source", "Web")]),
                OtlpLogRecord(body=kvlist(log="b", source="FromBody")),
                OtlpLogRecord(body=AnyValue(string_value="c")),
            ],
        ),
        ([], [OtlpLogRecord(body=AnyValue(string_value="d"))]),
    )
    records = read(request).records
    assert [r.source for r in records] == ["Web", "FromBody", "billing", ""]
    app = read(request, RecordFields(source_attribute="app")).records
    assert [r.source for r in app] == ["billing", "billing", "billing", ""]


def test_a_source_attribute_that_is_not_a_string_is_passed_over_and_an_empty_one_kept() -> None:
    number = KeyValue(key="source", value=AnyValue(int_value=7))
    request = request_of(
        (
            [kv("service.name", "billing")],
            [
                OtlpLogRecord(body=AnyValue(string_value="a"), attributes=[number]),
                OtlpLogRecord(body=AnyValue(string_value="b"), attributes=[kv("source", "")]),
                # The first source attribute counts, even when it is not a string.
                OtlpLogRecord(
                    body=AnyValue(string_value="c"), attributes=[number, kv("source", "Web")]
                ),
            ],
        )
    )
    records = read(request).records
    assert [r.source for r in records] == ["billing", "", "billing"]


def test_the_severity_travels_as_record_attributes() -> None:
    request = request_of(
        (
            [],
            [
                OtlpLogRecord(
                    body=AnyValue(string_value="a"),
                    severity_number=SeverityNumber.SEVERITY_NUMBER_WARN,
                ),
                OtlpLogRecord(body=AnyValue(string_value="b"), severity_text="ERROR"),
                OtlpLogRecord(body=AnyValue(string_value="c"), attributes=[kv("level", "warn")]),
                OtlpLogRecord(body=AnyValue(string_value="d"), attributes=[kv("seq", "1")]),
                # A pino line Fluent Bit parsed: its numeric level arrives as an integer.
                OtlpLogRecord(
                    body=AnyValue(string_value="e"),
                    attributes=[KeyValue(key="level", value=AnyValue(int_value=50))],
                ),
                OtlpLogRecord(
                    body=AnyValue(string_value="f"),
                    attributes=[KeyValue(key="level", value=AnyValue(double_value=50.0))],
                ),
            ],
        ),
    )
    severities = [severity_from_attributes(r.attributes) for r in read(request).records]
    assert severities == ["warning", "error", "warning", None, "error", None]


def test_annotate_writes_the_answers_and_leaves_everything_else_alone() -> None:
    records = [
        OtlpLogRecord(
            body=AnyValue(string_value=f"line {i}"),
            attributes=[kv("source", "Web"), kv("seq", str(i))],
            severity_text="INFO",
            time_unix_nano=1_000 + i,
        )
        for i in range(3)
    ]
    request = request_of(([kv("service.name", "svc")], records[:2]), ([], records[2:]))
    original = ExportLogsServiceRequest()
    original.CopyFrom(request)
    results = [
        Classification("0", "HTTP Status", 1.0, "regex", "rules-1", "rule:x"),
        Classification("1", "Unclassified", 0.25, "semantic", "m-2", ""),
        Classification("2", "User Action", 0.5, "regex", "rules-1", "rule:y"),
    ]
    request = annotate(request, results)

    written = [attributes(r) for r in log_records(request)]
    assert written[0] == {
        "source": "Web",
        "seq": "0",
        LABEL_ATTRIBUTE: "HTTP Status",
        CONFIDENCE_ATTRIBUTE: 1.0,
        TIER_ATTRIBUTE: "regex",
        MODEL_VERSION_ATTRIBUTE: "rules-1",
        REASON_ATTRIBUTE: "rule:x",
    }
    assert REASON_ATTRIBUTE not in written[1], "no empty reason"
    assert written[2][LABEL_ATTRIBUTE] == "User Action"
    # Remove what was added: the rest is byte for byte the original, order included.
    for record in log_records(request):
        kept = [a for a in record.attributes if a.key not in CLASSIFICATION_ATTRIBUTES]
        del record.attributes[:]
        record.attributes.extend(kept)
    assert request.SerializeToString() == original.SerializeToString()


def test_annotate_replaces_an_earlier_classification_instead_of_duplicating_it() -> None:
    record = OtlpLogRecord(
        body=AnyValue(string_value="x"),
        attributes=[
            kv(LABEL_ATTRIBUTE, "Error"),
            kv("keep", "me"),
            kv(REASON_ATTRIBUTE, "stale"),
            kv("log.classification.note", "someone else's"),
        ],
    )
    request = request_of(([], [record]))
    request = annotate(request, [Classification("0", "User Action", 1.0, "regex", "r", "")])
    keys = [a.key for a in next(log_records(request)).attributes]
    assert keys == [
        "keep",
        "log.classification.note",
        LABEL_ATTRIBUTE,
        CONFIDENCE_ATTRIBUTE,
        TIER_ATTRIBUTE,
        MODEL_VERSION_ATTRIBUTE,
    ]
    assert attributes(next(log_records(request)))[LABEL_ATTRIBUTE] == "User Action"


def test_the_appended_bytes_equal_attributes_built_from_the_generated_types() -> None:
    results = [
        Classification(str(i), label, confidence, tier, version, reason)
        for i, (label, confidence, tier, version, reason) in enumerate(
            [
                ("HTTP Status", 1.0, "regex", "rules-1", "rule:x"),
                ("Error", 0.123456789, "semantic", "m-2", ""),
                ("Error", 0.0, "semantic", "m-2", ""),
                ("Unclassified", 0.49, "semantic", "m-2", "below_threshold;message_truncated"),
                ("Ünïcode", 1e-300, "llm", "openai:x", "bad_output"),
            ]
        )
    ]
    request = request_of(
        ([], [OtlpLogRecord(body=AnyValue(string_value=str(i))) for i in range(5)])
    )
    request = annotate(request, results)
    for record, result in zip(log_records(request), results, strict=True):
        expected = [
            kv(LABEL_ATTRIBUTE, result.label),
            KeyValue(key=CONFIDENCE_ATTRIBUTE, value=AnyValue(double_value=result.confidence)),
            kv(TIER_ATTRIBUTE, result.tier),
            kv(MODEL_VERSION_ATTRIBUTE, result.model_version),
        ]
        if result.reason:
            expected.append(kv(REASON_ATTRIBUTE, result.reason))
        assert list(record.attributes) == expected


def test_the_template_id_is_written_and_its_text_only_when_asked_for() -> None:
    results = [
        Classification("0", "Error", 0.8, "semantic", "m-2", "", "t-1", "disk <*> failed"),
        Classification("1", "HTTP Status", 1.0, "regex", "rules-1", "rule:x"),
    ]
    stale = [kv(TEMPLATE_ID_ATTRIBUTE, "t-old"), kv(TEMPLATE_ATTRIBUTE, "old <*>")]
    for template_text in (False, True):
        request = request_of(
            ([], [OtlpLogRecord(body=AnyValue(string_value="x"), attributes=stale)] * 2)
        )
        request = annotate(request, results, template_text)
        first, second = (attributes(r) for r in log_records(request))
        assert first[TEMPLATE_ID_ATTRIBUTE] == "t-1"
        assert first.get(TEMPLATE_ATTRIBUTE) == ("disk <*> failed" if template_text else None)
        # A record no template was found for keeps none, and an earlier one is never left over.
        assert TEMPLATE_ID_ATTRIBUTE not in second and TEMPLATE_ATTRIBUTE not in second


def test_translation_notices_an_earlier_classification_and_annotation_replaces_it() -> None:
    plain = OtlpLogRecord(body=AnyValue(string_value="x"), attributes=[kv("source", "Web")])
    stale = OtlpLogRecord(body=AnyValue(string_value="y"), attributes=[kv(LABEL_ATTRIBUTE, "Old")])
    assert not read(request_of(([], [plain]))).classified_before
    request = request_of(([], [plain, stale]))
    translated = read(request)
    assert translated.classified_before
    results = [Classification(r.id, "Error", 0.5, "semantic", "m", "") for r in translated.records]
    encoder = AnswerEncoder()
    request = annotate(request, results, encoder=encoder)
    assert [attributes(r)[LABEL_ATTRIBUTE] for r in log_records(request)] == ["Error", "Error"]
    # The encoder kept its parts: the next Export gets the same bytes as from a fresh one.
    again = request_of(([], [plain]))
    assert annotated_payload(read(again), results[:1], encoder=encoder) == annotated_payload(
        read(again), results[:1]
    )


def test_annotation_keeps_every_other_field_and_needs_one_answer_a_record() -> None:
    """The scopes' and resources' own fields, and a record's fields after its attributes, come
    through as they were; a count of answers other than the records' is refused, not guessed."""
    request = request_of(([kv("service.name", "svc")], [OtlpLogRecord()]), ([], []))
    first = request.resource_logs[0]
    first.schema_url = "https://opentelemetry.io/schemas/1.24.0"
    first.scope_logs[0].scope.name = "fluent-bit"
    first.scope_logs[0].schema_url = "scope-schema"
    record = first.scope_logs[0].log_records[0]
    record.body.string_value = "x"
    record.trace_id = bytes(range(16))
    record.flags = 1
    record.event_name = "e"
    result = Classification("0", "Error", 0.5, "semantic", "m", "")
    annotated = annotate(request, [result])
    kept = next(log_records(annotated))
    assert attributes(kept)[LABEL_ATTRIBUTE] == "Error"
    del kept.attributes[:]
    assert annotated == request
    for results in ([], [result, result]):
        with pytest.raises(ValueError, match="answers for"):
            annotated_payload(read(request), results)


@pytest.mark.parametrize("length", [0, 1, 127, 128, 16_383, 16_384, 100_000])
def test_a_string_body_of_any_length_is_read_whole(length: int) -> None:
    """A body's length takes one byte up to 127, two up to 16,383, more beyond (read through
    the message type then): every one comes out whole, characters of several bytes included."""
    text = ("é" * length)[:length]
    request = request_of(([], [OtlpLogRecord(body=AnyValue(string_value=text))]))
    assert [r.message for r in read(request).records] == [text]


def test_a_body_that_is_not_utf8_is_a_decode_error() -> None:
    # A LogRecord whose body (field 5) is an AnyValue whose string_value (field 1) is not UTF-8.
    record = b"\x2a\x04" + b"\x0a\x02\xff\xfe"
    request = read_request_bytes(request_of(([], [OtlpLogRecord()])).SerializeToString())
    replace_records(request.resource_logs[0].scope_logs[0], [record])
    with pytest.raises(DecodeError, match="UTF-8"):
        ExportReader(FIELDS).read(request.SerializeToString())


def test_attributes_kept_from_earlier_exports_read_the_same_as_fresh_ones() -> None:
    """A reader keeps the attributes it parsed, by their bytes, across Exports (and starts over
    when it holds too many): its records are those of a reader that never saw them."""
    records = [
        OtlpLogRecord(
            body=AnyValue(string_value=f"line {i}"),
            attributes=[kv("source", f"app-{i % 3}")]
            + ([kv("level", "error"), kv("seq", str(i))] if i % 2 else []),
            severity_text="WARN" if i % 5 == 0 else "",
        )
        for i in range(SEEN_ATTRIBUTES_MAX + 100)
    ]
    request = request_of(([kv("service.name", "svc")], records))
    kept = ExportReader(FIELDS)
    payload = request.SerializeToString()
    first = kept.read(payload).records
    assert first == read(request).records
    assert kept.read(payload).records == first
    assert {r.source for r in first} == {"app-0", "app-1", "app-2"}
    assert severity_from_attributes(first[1].attributes) == "error"
    assert severity_from_attributes(first[5].attributes) == "warning"
