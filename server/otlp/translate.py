"""OTLP log records to pipeline records, and classifications back onto the OTLP records.

Only translation lives here: which field is the message, which the source, and the attribute
names the answers are written under. Nothing else in a request is touched.

Both directions run once per record of every Export, so they avoid the slow paths of Python
protobuf objects. The records are read from the request's parts
(`server.otlp.record_bytes`): each record's body and attributes come as the bytes of their
messages, so a string body is read without a message object and an attribute seen before (Fluent
Bit's `source`, record after record) is not parsed again; the answers are appended as bytes (each
distinct answer's attributes serialized once) to each record's own bytes instead of building five
KeyValue objects a record.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord as OtlpLogRecord
from opentelemetry.proto.resource.v1.resource_pb2 import Resource

from server.lines import SEVERITY_ATTRIBUTES
from server.lines import SEVERITY_NUMBER_ATTRIBUTE as NUMBER_KEY
from server.otlp.record_bytes import (
    read_request_bytes,
    read_request_parts,
    record_count,
    replace_records,
    scopes,
)
from server.records import Classification, LogRecord

# OpenTelemetry has no convention for a classification; one namespace, documented in the README.
ATTRIBUTE_PREFIX = "log.classification."
LABEL_ATTRIBUTE = ATTRIBUTE_PREFIX + "label"
CONFIDENCE_ATTRIBUTE = ATTRIBUTE_PREFIX + "confidence"
TIER_ATTRIBUTE = ATTRIBUTE_PREFIX + "tier"
MODEL_VERSION_ATTRIBUTE = ATTRIBUTE_PREFIX + "model_version"
REASON_ATTRIBUTE = ATTRIBUTE_PREFIX + "reason"
# The template the record's message was mapped to (`server.templates`): its id always when there
# is one, its text when asked for (`otlp_template_text`).
TEMPLATE_ATTRIBUTE = "log.template"
TEMPLATE_ID_ATTRIBUTE = TEMPLATE_ATTRIBUTE + ".id"
CLASSIFICATION_ATTRIBUTES = frozenset(
    {
        LABEL_ATTRIBUTE,
        CONFIDENCE_ATTRIBUTE,
        TIER_ATTRIBUTE,
        MODEL_VERSION_ATTRIBUTE,
        REASON_ATTRIBUTE,
        TEMPLATE_ID_ATTRIBUTE,
        TEMPLATE_ATTRIBUTE,
    }
)
SERVICE_NAME_ATTRIBUTE = "service.name"
# The keys `_scan_attributes` looks for besides the source's.
_SCANNED_KEYS = CLASSIFICATION_ATTRIBUTES | frozenset(SEVERITY_ATTRIBUTES)
SEVERITY_TEXT_ATTRIBUTE = "severity_text"

_STRING = "string_value"
_KVLIST = "kvlist_value"
_INT = "int_value"
_NO_ATTRIBUTES: MappingProxyType[str, str] = MappingProxyType({})
# The ids of a request's first records, made once: `str(n)` for each record cost 7% of reading.
_RECORD_IDS: tuple[str, ...] = tuple(str(n) for n in range(2_000))
# Serialized answers an AnswerEncoder keeps (about one per template).
SHARED_ANSWERS_MAX = 10_000
# Attributes an ExportReader keeps parsed, by their bytes, and the largest it keeps.
SEEN_ATTRIBUTES_MAX = 10_000
SEEN_ATTRIBUTE_MAX_BYTES = 512
# AnyValue's string_value: field 1, length-delimited.
_STRING_VALUE_TAG = 0x0A


@dataclass(frozen=True, slots=True)
class RecordFields:
    """Where a record's message and source are read from."""

    body_keys: tuple[str, ...] = ("message", "log")
    source_attribute: str = "source"


def log_records(request: ExportLogsServiceRequest) -> Iterator[OtlpLogRecord]:
    """Every log record of a request, in wire order."""
    for resource_logs in request.resource_logs:
        for scope_logs in resource_logs.scope_logs:
            yield from scope_logs.log_records


def _string(attributes: Sequence[KeyValue], key: str) -> str | None:
    for kv in attributes:
        if kv.key == key:
            value = kv.value
            return value.string_value if value.WhichOneof("value") == _STRING else None
    return None


@dataclass(frozen=True, slots=True)
class ExportRecords:
    """The pipeline records of an Export; whether any of its log records already carries
    classification attributes (an earlier pass's, which `annotated_payload` then replaces); and
    the request they were read from, serialized."""

    records: list[LogRecord]
    classified_before: bool
    payload: bytes


# An attribute as the reader keeps it: its key, its string value (None: another kind) and itself.
_Attribute = tuple[str, str | None, KeyValue]


class ExportReader:
    """Reads Exports into pipeline records (`read`), keeping the attributes it parsed by their
    bytes for the next records and Exports: at most SEEN_ATTRIBUTES_MAX of them, each of at most
    SEEN_ATTRIBUTE_MAX_BYTES, then it starts over. Safe to share between threads (one dict, whose
    get and set are atomic)."""

    def __init__(self, fields: RecordFields) -> None:
        self.fields = fields
        self._seen: dict[bytes, _Attribute] = {}

    def _attribute(self, data: bytes) -> _Attribute:
        found = self._seen.get(data)
        if found is None:
            kv = KeyValue.FromString(data)
            found = (kv.key, _string_value(kv.value), kv)
            if len(data) <= SEEN_ATTRIBUTE_MAX_BYTES:
                if len(self._seen) >= SEEN_ATTRIBUTES_MAX:
                    self._seen.clear()
                self._seen[data] = found
        return found

    def read(self, payload: bytes) -> ExportRecords:
        """One pipeline record per OTLP log record of `payload` (a serialized Export request),
        ids `0..n-1` in wire order. Raises DecodeError when the request, a record, its body, an
        attribute or a resource is not what OTLP says (a string that is not UTF-8 included); the
        fields no one reads (a scope, a record's trace id) travel on unchecked.

        The message is a string body, or the first of `fields.body_keys` found in a kvlist body.
        The source is the record's `fields.source_attribute` attribute, else that key of a kvlist
        body, else the resource's `service.name`, else empty. The severity (OTLP's SeverityNumber
        and SeverityText, else a `level`-like attribute) becomes the record's attributes; no tier
        reads the other attributes, so they are not copied.
        """
        try:
            return self._read(payload)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"a string that is not UTF-8: {exc}") from None

    def _read(self, payload: bytes) -> ExportRecords:
        records: list[LogRecord] = []
        append = records.append
        classified_before = False
        source_key = self.fields.source_attribute
        attribute, seen = self._attribute, self._seen.get
        ids, known_ids = _RECORD_IDS, len(_RECORD_IDS)
        for resource_logs in read_request_parts(payload).resource_logs:
            resource = resource_logs.resource
            service = ""
            if resource:
                attributes = Resource.FromString(resource).attributes
                service = _string(attributes, SERVICE_NAME_ATTRIBUTE) or ""
            for scope_logs in resource_logs.scope_logs:
                for parts in scope_logs.log_records:
                    source: str | None = None
                    severity: Mapping[str, str] = _NO_ATTRIBUTES
                    kvs = parts.attributes
                    if len(kvs) == 1 and (
                        (only := seen(kvs[0]) or attribute(kvs[0]))[0] not in _SCANNED_KEYS
                    ):
                        # The usual record (Fluent Bit's): its source attribute alone, or one
                        # other, read without a scan.
                        if only[0] == source_key:
                            source = only[1]
                    elif kvs:
                        source, severity, classified = _scan_attributes(
                            [attribute(kv)[2] for kv in kvs], source_key
                        )
                        if classified:
                            classified_before = True
                    body = parts.body
                    # The usual body: a string of less than 128 bytes, read here. (A longer
                    # one's first length byte is 128 or more, and its whole never that plus 2.)
                    if len(body) > 1 and body[0] == _STRING_VALUE_TAG and len(body) == body[1] + 2:
                        message: str | None = body[2:].decode()
                    else:
                        message = _string_body(body) if body else ""
                    if message is None:  # not a plain string: read as a message
                        message, source = self._other_body(AnyValue.FromString(body), source)
                    number, text = parts.severity_number, parts.severity_text
                    if number or text:  # OTLP's own severity fields come first
                        severity = {
                            NUMBER_KEY: str(number),
                            SEVERITY_TEXT_ATTRIBUTE: text.decode(),
                        }
                    position = len(records)
                    append(
                        LogRecord(
                            ids[position] if position < known_ids else str(position),
                            service if source is None else source,
                            message,
                            severity,
                        )
                    )
        return ExportRecords(records, classified_before, payload)

    def _other_body(self, body: AnyValue, source: str | None) -> tuple[str, str | None]:
        """The message of a body other than a plain string, and the source (a kvlist body's
        source key when the attributes named none). A body of another kind is read as "": an
        empty message, answered Unclassified."""
        kind = body.WhichOneof("value")
        if kind == _STRING:
            return body.string_value, source
        if kind != _KVLIST:
            return "", source
        values = body.kvlist_value.values
        message = next(
            (t for t in (_string(values, k) for k in self.fields.body_keys) if t is not None), ""
        )
        return message, _string(values, self.fields.source_attribute) if source is None else source


def _string_body(body: bytes) -> str | None:
    """The text of `body`, a serialized AnyValue, when it is a string of less than 16 KiB (one
    or two bytes of length: the usual record); None when it is anything else."""
    size = len(body)
    if size < 2 or body[0] != _STRING_VALUE_TAG:
        return None
    length = body[1]
    start = 2
    if length >= 0x80:
        if size < 3 or body[2] >= 0x80:
            return None
        length = (length & 0x7F) | (body[2] << 7)
        start = 3
    if size != start + length:
        return None
    return body[start:].decode()


def _string_value(value: AnyValue) -> str | None:
    """The string `value` holds; None if it holds another kind. A non-empty string needs no
    question of its kind; an empty one may be another kind."""
    text = value.string_value
    if not text and value.WhichOneof("value") != _STRING:
        return None
    return text


def _scan_attributes(
    attributes: Sequence[KeyValue], source_key: str
) -> tuple[str | None, Mapping[str, str], bool]:
    """In one pass: the string value of the first `source_key` attribute (None if absent or not
    a string), the first `level`-like string or integer attribute as pipeline attributes (what
    Fluent Bit makes of a parsed record's keys), and whether a classification attribute is
    there."""
    source: str | None = None
    source_seen = False
    severity: Mapping[str, str] = _NO_ATTRIBUTES
    classified = False
    for kv in attributes:
        key = kv.key
        if key == source_key and not source_seen:
            source_seen = True
            source = _string_value(kv.value)
        if key not in _SCANNED_KEYS:  # most attributes: one set lookup
            continue
        if key in CLASSIFICATION_ATTRIBUTES:
            classified = True
        if severity is _NO_ATTRIBUTES and key in SEVERITY_ATTRIBUTES:
            value = kv.value
            kind = value.WhichOneof("value")
            if kind == _STRING:
                severity = {key: value.string_value}
            elif kind == _INT:  # a parsed JSON line's number: pino's `"level":50`
                severity = {key: str(value.int_value)}
    return source, severity, classified


def _serialized(attributes: list[KeyValue]) -> bytes:
    return OtlpLogRecord(attributes=attributes).SerializeToString()


def _text(key: str, value: str) -> KeyValue:
    return KeyValue(key=key, value=AnyValue(string_value=value))


class AnswerEncoder:
    """Serialized answer attributes, each distinct answer built once (most records share theirs
    with others: one per template) and kept for the next Exports: at most SHARED_ANSWERS_MAX of
    them, then it starts over."""

    def __init__(self, template_text: bool = False) -> None:
        self._answers: dict[tuple[str, float, str, str, str, str, str], bytes] = {}
        self.template_text = template_text

    def encode(self, result: Classification) -> bytes:
        template = result.template if self.template_text else ""
        key = (
            result.label,
            result.confidence,
            result.tier,
            result.model_version,
            result.reason,
            result.template_id,
            template,
        )
        encoded = self._answers.get(key)
        if encoded is None:
            if len(self._answers) >= SHARED_ANSWERS_MAX:
                self._answers.clear()
            encoded = self._answers[key] = _serialized(_answer_attributes(result, template))
        return encoded


def _answer_attributes(result: Classification, template: str) -> list[KeyValue]:
    """The attributes an answer is written as, in order: label, confidence, tier, model version,
    and the reason, template id and template text when there are."""
    attributes = [
        _text(LABEL_ATTRIBUTE, result.label),
        KeyValue(key=CONFIDENCE_ATTRIBUTE, value=AnyValue(double_value=result.confidence)),
        _text(TIER_ATTRIBUTE, result.tier),
        _text(MODEL_VERSION_ATTRIBUTE, result.model_version),
    ]
    if result.reason:
        attributes.append(_text(REASON_ATTRIBUTE, result.reason))
    if result.template_id:
        attributes.append(_text(TEMPLATE_ID_ATTRIBUTE, result.template_id))
    if template:
        attributes.append(_text(TEMPLATE_ATTRIBUTE, template))
    return attributes


def _without_classification(record: bytes) -> bytes:
    """The serialized record without the attributes of an earlier classification."""
    otlp = OtlpLogRecord.FromString(record)
    attributes = otlp.attributes
    stale = [i for i, kv in enumerate(attributes) if kv.key in CLASSIFICATION_ATTRIBUTES]
    if not stale:
        return record
    for index in reversed(stale):
        del attributes[index]
    return otlp.SerializeToString()


def annotated_payload(
    read: ExportRecords,
    results: Sequence[Classification],
    template_text: bool = False,
    *,
    encoder: AnswerEncoder | None = None,
) -> bytes:
    """The request `read` came from (`read.payload`), with each result's attributes appended to
    its log record (results in `read.records` order): the label, confidence, tier, model version,
    reason, the template's id (and its text when `template_text`; an `encoder` passed in decides
    that itself and keeps its parts). Everything else in the request stays as it came.

    Attributes of an earlier classification are removed first, so none is ever duplicated.
    Raises ValueError unless there is exactly one result a record.
    """
    encode = (encoder if encoder is not None else AnswerEncoder(template_text)).encode
    request = read_request_bytes(read.payload)
    held = record_count(request)
    if held != len(results):
        raise ValueError(f"{len(results)} answers for {held} log records")
    answered = 0
    for scope_logs in scopes(request):
        records = list(scope_logs.log_records)
        answers = results[answered : answered + len(records)]
        answered += len(records)
        if read.classified_before:
            records = [_without_classification(record) for record in records]
        replace_records(
            scope_logs,
            [record + encode(result) for record, result in zip(records, answers, strict=True)],
        )
    return request.SerializeToString()
