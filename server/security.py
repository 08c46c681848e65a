"""Transport security and authentication for the gRPC port and the OTLP/HTTP port.

TLS (`tls_cert` + `tls_key`, PEM files) on both ports, and mutual TLS when `tls_client_ca` names
the CA that client certificates must chain to. An optional bearer token (`auth_token`): every RPC
but the health checks (probes stay open) and every OTLP/HTTP request must carry
`authorization: Bearer <token>`; others get UNAUTHENTICATED / HTTP 401. The token and key files'
contents are never logged.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import grpc

from server.grpc_handlers import Continuation, split_method, with_behavior
from server.options import ConfigError, Option, component_options, existing_file

log = logging.getLogger(__name__)

SECTION: Final = "tls"
AUTHORIZATION: Final = "authorization"
BEARER: Final = "Bearer "
# Services any client may call without the token: the probes of Kubernetes and load balancers.
OPEN_SERVICES: Final = frozenset({"grpc.health.v1.Health"})
UNAUTHENTICATED_DETAIL: Final = "missing or wrong bearer token (authorization: Bearer <token>)"


@dataclass(frozen=True, kw_only=True, slots=True)
class TlsConfig:
    """The server's certificate and key, and the CA of its clients' certificates (mTLS)."""

    cert: Path | None = None
    key: Path | None = None
    client_ca: Path | None = None

    @property
    def on(self) -> bool:
        return self.cert is not None

    @property
    def mode(self) -> str:
        """How the ports talk, for the start-up log: plaintext, TLS or mutual TLS."""
        if self.client_ca is not None:
            return "mutual TLS"
        return "TLS" if self.on else "plaintext"

    def validate(self) -> None:
        if (self.cert is None) != (self.key is None):
            raise ConfigError("tls_cert and tls_key go together: set both or neither")
        if self.client_ca is not None and self.cert is None:
            raise ConfigError("tls_client_ca (mutual TLS) needs tls_cert and tls_key")

    def grpc_credentials(self) -> grpc.ServerCredentials:
        """Credentials for the gRPC port (client certificates required when a CA is set)."""
        assert self.cert is not None and self.key is not None
        ca = self.client_ca.read_bytes() if self.client_ca is not None else None
        return grpc.ssl_server_credentials(
            [(self.key.read_bytes(), self.cert.read_bytes())],
            root_certificates=ca,
            require_client_auth=ca is not None,
        )

    def ssl_context(self) -> ssl.SSLContext:
        """The context of the OTLP/HTTP port (client certificates required when a CA is set)."""
        assert self.cert is not None and self.key is not None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        if self.client_ca is not None:
            context.load_verify_locations(cafile=self.client_ca)
            context.verify_mode = ssl.CERT_REQUIRED
        return context


_option = component_options(SECTION, prefixed=True)
OPTIONS: Final[tuple[Option, ...]] = (
    _option(
        "cert",
        "LOGCLASS_TLS_CERT",
        "PEM certificate (chain) of the gRPC and OTLP/HTTP ports; with tls_key turns TLS on.",
        existing_file,
    ),
    _option("key", "LOGCLASS_TLS_KEY", "PEM private key of tls_cert.", existing_file),
    _option(
        "client_ca",
        "LOGCLASS_TLS_CLIENT_CA",
        "PEM CA certificates that clients' certificates must chain to (mutual TLS).",
        existing_file,
    ),
)


def bearer_matches(header: str | None, token: str) -> bool:
    """Whether an `authorization` value carries `token` (compared in constant time)."""
    if header is None or not header.startswith(BEARER):
        return False
    return hmac.compare_digest(header[len(BEARER) :].encode(), token.encode())


async def _deny(request: Any, context: grpc.aio.ServicerContext) -> Any:
    await context.abort(grpc.StatusCode.UNAUTHENTICATED, UNAUTHENTICATED_DETAIL)


class TokenInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """Refuses every RPC without the bearer token, except those of `OPEN_SERVICES`."""

    def __init__(self, token: str) -> None:
        self._token = token

    async def intercept_service(
        self, continuation: Continuation, handler_call_details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        service, _ = split_method(handler_call_details.method)
        if handler is None or service in OPEN_SERVICES:
            return handler
        metadata = dict(handler_call_details.invocation_metadata or ())
        if bearer_matches(metadata.get(AUTHORIZATION), self._token):
            return handler
        return with_behavior(handler, _deny)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def warn_if_exposed(host: str, tls: TlsConfig, token: str | None) -> None:
    """A warning when the ports are bound beyond loopback with neither TLS nor a token."""
    if not is_loopback(host) and not tls.on and not token:
        log.warning(
            "serving on %s without TLS or a token: any host that reaches it may send and read "
            "logs (set tls_cert/tls_key, auth_token, or bind 127.0.0.1)",
            host,
        )
