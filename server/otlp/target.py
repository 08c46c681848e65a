"""Where the OTLP forwarder sends: a `grpc://host:port` or `http(s)://host[:port][/path]` URL,
or `stdout://` to print what would be forwarded."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

GRPC_SCHEME = "grpc"
STDOUT_SCHEME = "stdout"
STDOUT_URL = "stdout://"
HTTP_SCHEMES = ("http", "https")
DEFAULT_HTTP_PATH = "/v1/logs"
# The content types of OTLP/HTTP bodies, received and sent.
PROTOBUF_CONTENT_TYPE = "application/x-protobuf"
JSON_CONTENT_TYPE = "application/json"
# OTLP/gRPC's one logs method, as a path.
EXPORT_METHOD = "/opentelemetry.proto.collector.logs.v1.LogsService/Export"


@dataclass(frozen=True, slots=True)
class ForwardTarget:
    """A parsed downstream: `address` is `host:port` for gRPC, `url` the full URL for HTTP."""

    scheme: str
    address: str
    url: str

    @property
    def is_grpc(self) -> bool:
        return self.scheme == GRPC_SCHEME

    @property
    def is_stdout(self) -> bool:
        return self.scheme == STDOUT_SCHEME


def parse_forward_url(text: str) -> ForwardTarget:
    """The downstream named by `text`; raises ValueError on anything else."""
    if text.strip().lower() in (STDOUT_SCHEME, STDOUT_URL):
        return ForwardTarget(STDOUT_SCHEME, "", STDOUT_URL)
    parts = urlsplit(text.strip())
    scheme = parts.scheme.lower()
    if scheme not in (GRPC_SCHEME, *HTTP_SCHEMES):
        raise ValueError("expected grpc://HOST:PORT, http(s)://HOST:PORT[/PATH] or stdout://")
    try:
        port = parts.port
    except ValueError as exc:  # a port that is not a number or out of range
        raise ValueError(str(exc)) from None
    if not parts.hostname:
        raise ValueError("the URL names no host")
    if parts.query or parts.fragment or parts.username:
        raise ValueError("the URL may not carry a query, fragment or user")
    if scheme == GRPC_SCHEME:
        if port is None:
            raise ValueError("a grpc:// URL needs a port")
        if parts.path not in ("", "/"):
            raise ValueError("a grpc:// URL has no path")
        return ForwardTarget(scheme, parts.netloc, f"{scheme}://{parts.netloc}")
    path = parts.path if parts.path not in ("", "/") else DEFAULT_HTTP_PATH
    url = f"{scheme}://{parts.netloc}{path}"
    return ForwardTarget(scheme, parts.netloc, url)
