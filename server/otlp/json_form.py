"""OTLP/JSON: the protobuf JSON mapping, except that trace and span ids are hex, not base64."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

from google.protobuf import json_format
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

ID_KEYS = ("traceId", "spanId")


def _convert_ids(document: Any, convert: Callable[[str], str]) -> None:
    for resource_logs in document.get("resourceLogs") or ():
        for scope_logs in resource_logs.get("scopeLogs") or ():
            for record in scope_logs.get("logRecords") or ():
                for key in ID_KEYS:
                    if record.get(key):
                        record[key] = convert(record[key])


def hex_ids_to_base64(document: Any) -> None:
    """Rewrite an OTLP/JSON document's ids in place for `json_format.ParseDict`."""
    _convert_ids(document, lambda text: base64.b64encode(bytes.fromhex(text)).decode())


def to_json_line(request: ExportLogsServiceRequest) -> str:
    """`request` as one line of OTLP/JSON (what an OTLP/HTTP JSON client would send)."""
    document = json_format.MessageToDict(request)
    _convert_ids(document, lambda text: base64.b64decode(text).hex())
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))
