"""The OTLP adapter's settings: its config object and its options.

Set as flat keys (`otlp_forward = "grpc://..."`, `LOGCLASS_OTLP_FORWARD`, `--otlp-forward`) or in
the TOML table `[otlp]` (`forward = "grpc://..."`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from server.options import Option, boolean, component_options, float_in, int_in, names, text
from server.otlp.target import parse_forward_url
from server.otlp.translate import RecordFields

SECTION: Final = "otlp"
HTTP_OFF: Final = -1
_DEFAULT_FIELDS: Final = RecordFields()


@dataclass(frozen=True, kw_only=True, slots=True)
class OtlpConfig:
    """Where OTLP comes in and goes out, and how its records are read."""

    http_port: int = 4318
    # The downstream URL, checked by `parse_forward_url`; None: records go nowhere.
    forward: str | None = None
    forward_timeout: float = 5.0
    forward_max_bytes: int = 3 * 1024 * 1024
    max_in_flight: int = 32
    read_timeout: float = 30.0
    max_connections: int = 256
    body_keys: tuple[str, ...] = _DEFAULT_FIELDS.body_keys
    source_attribute: str = _DEFAULT_FIELDS.source_attribute
    template_text: bool = False

    @property
    def http_on(self) -> bool:
        return self.http_port != HTTP_OFF

    @property
    def record_fields(self) -> RecordFields:
        return RecordFields(self.body_keys, self.source_attribute)


def _forward_url(raw: Any) -> str:
    return parse_forward_url(text(raw)).url


_option = component_options(SECTION, prefixed=True)

OPTIONS: Final[tuple[Option, ...]] = (
    _option(
        "http_port",
        "LOGCLASS_OTLP_HTTP_PORT",
        "OTLP/HTTP port for POST /v1/logs (0 picks a free one, -1 turns it off).",
        int_in(HTTP_OFF, 65535),
    ),
    _option(
        "forward",
        "LOGCLASS_OTLP_FORWARD",
        "Where enriched OTLP logs go: grpc://HOST:PORT, http(s)://HOST:PORT[/v1/logs], or "
        "stdout:// to print them as OTLP/JSON (default: nowhere).",
        _forward_url,
    ),
    _option(
        "forward_timeout",
        "LOGCLASS_OTLP_FORWARD_TIMEOUT",
        "Longest an OTLP request spends forwarding with retries, counted once its records are "
        "classified, in seconds (then UNAVAILABLE).",
        float_in(0.01, 600.0),
    ),
    _option(
        "forward_max_bytes",
        "LOGCLASS_OTLP_FORWARD_MAX_BYTES",
        "Largest request forwarded; a larger one is forwarded in parts (bytes).",
        int_in(1024, 2**31 - 1),
    ),
    _option(
        "max_in_flight",
        "LOGCLASS_OTLP_MAX_IN_FLIGHT",
        "OTLP requests handled at once (more: RESOURCE_EXHAUSTED / HTTP 429).",
        int_in(1, 4096),
    ),
    _option(
        "read_timeout",
        "LOGCLASS_OTLP_READ_TIMEOUT",
        "Longest an OTLP/HTTP request's body may take to arrive, and a connection may stay "
        "without a complete request, in seconds (then 408, or the connection is closed).",
        float_in(0.1, 3600.0),
    ),
    _option(
        "max_connections",
        "LOGCLASS_OTLP_MAX_CONNECTIONS",
        "OTLP/HTTP connections open at once; a new one past it is closed at once.",
        int_in(1, 100_000),
    ),
    _option(
        "body_keys",
        "LOGCLASS_OTLP_BODY_KEYS",
        "Keys of a key/value OTLP body holding the message, first found wins.",
        names,
    ),
    _option(
        "source_attribute",
        "LOGCLASS_OTLP_SOURCE_ATTRIBUTE",
        "OTLP log attribute naming the source (else the resource's service.name).",
        text,
    ),
    _option(
        "template_text",
        "LOGCLASS_OTLP_TEMPLATE_TEXT",
        "Also write the template's text (log.template) on forwarded records, beside its id.",
        boolean,
    ),
)
