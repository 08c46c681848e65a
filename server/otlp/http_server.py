"""OTLP/HTTP `POST /v1/logs` (protobuf or JSON) on its own port, in the server's event loop."""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from typing import Any

import grpc
from aiohttp import web
from google.protobuf import json_format
from google.protobuf.message import DecodeError, Message
from google.rpc.status_pb2 import Status
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from server.otlp.body import BodyRefused, check_content_type, read_body
from server.otlp.json_form import hex_ids_to_base64
from server.otlp.receiver import (
    HTTP,
    NOT_OTLP_LOGS,
    RETRY_AFTER_S,
    ExportRefused,
    OtlpReceiver,
    Refusal,
)
from server.otlp.target import JSON_CONTENT_TYPE, PROTOBUF_CONTENT_TYPE
from server.security import AUTHORIZATION, UNAUTHENTICATED_DETAIL, bearer_matches
from server.sites import start_site

log = logging.getLogger(__name__)

LOGS_PATH = "/v1/logs"

# OTLP/HTTP: 429, 502, 503 and 504 are retryable, other 4xx are not.
HTTP_STATUSES = {
    Refusal.BAD_REQUEST: 400,
    Refusal.NOT_READY: 503,
    Refusal.OVERLOADED: 429,
    Refusal.DOWNSTREAM_UNAVAILABLE: 503,
    Refusal.DOWNSTREAM_REJECTED: 400,
}


# The outcome a refused body is counted under (`logclass_otlp_requests_total`).
REFUSED_BODIES = {408: "read_timeout", 413: "too_large", 415: "unsupported_media_type"}


class BadRequest(ValueError):
    """The body is not an OTLP logs request."""


def parse_json_request(body: bytes) -> ExportLogsServiceRequest:
    """The request in an OTLP/JSON body; raises BadRequest. (A protobuf body goes to the
    receiver as it came, which reads it once and refuses it if it does not decode.)"""
    request = ExportLogsServiceRequest()
    try:
        document = json.loads(body)
        if not isinstance(document, dict):
            raise BadRequest("expected a JSON object")
        hex_ids_to_base64(document)
        json_format.ParseDict(document, request, ignore_unknown_fields=True)
    except RecursionError:
        raise BadRequest(f"{NOT_OTLP_LOGS}: nested too deeply") from None
    except (DecodeError, json_format.ParseError, ValueError, AttributeError, TypeError) as exc:
        raise BadRequest(f"{NOT_OTLP_LOGS}: {exc}") from None
    return request


def _reply(message: Message, is_json: bool, status: int = 200) -> web.Response:
    if is_json:
        body = json_format.MessageToJson(message).encode()
        return web.Response(status=status, body=body, content_type=JSON_CONTENT_TYPE)
    body = message.SerializeToString()
    return web.Response(status=status, body=body, content_type=PROTOBUF_CONTENT_TYPE)


class OtlpHttpServer:
    """An aiohttp site serving `POST /v1/logs` from the receiver."""

    def __init__(
        self,
        receiver: OtlpReceiver,
        host: str,
        port: int,
        max_body_bytes: int,
        grace_period: float,
        *,
        read_timeout_s: float = 30.0,
        max_connections: int = 256,
        ssl_context: ssl.SSLContext | None = None,
        auth_token: str | None = None,
    ) -> None:
        self._receiver = receiver
        self._max_body_bytes = max_body_bytes
        self._read_timeout_s = read_timeout_s
        self._max_connections = max_connections
        self._host = host
        self._port = port
        self._ssl_context = ssl_context
        self._auth_token = auth_token
        app = web.Application(client_max_size=max_body_bytes)
        app.router.add_post(LOGS_PATH, self._export)
        # Bodies are inflated here within the limit (`server.otlp.body`), never by aiohttp.
        self._runner = web.AppRunner(
            app,
            handle_signals=False,
            access_log=None,
            shutdown_timeout=grace_period,
            auto_decompress=False,
            # A connection that sends no complete request (or idles between requests) this long
            # is closed: headers that never end cannot hold it open.
            keepalive_timeout=read_timeout_s,
        )
        self._started = False

    async def start(self) -> int:
        """Bind and serve; the bound port (useful when asked for port 0)."""
        await self._runner.setup()
        self._cap_connections()
        self._started = True
        return await start_site(
            self._runner,
            self._host,
            self._port,
            what="OTLP/HTTP",
            setting="otlp_http_port",
            env="LOGCLASS_OTLP_HTTP_PORT",
            ssl_context=self._ssl_context,
        )

    def _cap_connections(self) -> None:
        """Close a new connection at once while `max_connections` are open (the client sees the
        connection closed and retries later)."""
        server = self._runner.server
        assert server is not None
        register = server.connection_made
        limit = self._max_connections

        def connection_made(handler: Any, transport: asyncio.Transport) -> None:
            register(handler, transport)
            if len(server.connections) > limit:
                log.debug("OTLP/HTTP: %d connections open; closing a new one", limit)
                transport.close()

        server.connection_made = connection_made  # type: ignore[method-assign]

    async def stop(self) -> None:
        """Stop listening, let requests in flight finish (up to the grace period), close."""
        if self._started:
            self._started = False
            await self._runner.cleanup()

    async def _export(self, http_request: web.Request) -> web.Response:
        is_json = JSON_CONTENT_TYPE in http_request.headers.get("Content-Type", "")
        if self._auth_token is not None and not bearer_matches(
            http_request.headers.get(AUTHORIZATION), self._auth_token
        ):
            self._receiver.refused_unread(HTTP, "unauthenticated")
            code = grpc.StatusCode.UNAUTHENTICATED.value[0]
            return _reply(Status(code=code, message=UNAUTHENTICATED_DETAIL), is_json, 401)
        try:
            is_json = check_content_type(http_request)
            body = await read_body(http_request, self._max_body_bytes, self._read_timeout_s)
            # A protobuf body is the request serialized: what is forwarded is made from it.
            payload = parse_json_request(body).SerializeToString() if is_json else body
        except (BodyRefused, BadRequest) as exc:
            status = exc.status if isinstance(exc, BodyRefused) else 400
            self._receiver.refused_unread(HTTP, REFUSED_BODIES.get(status, "bad_request"))
            log.debug("OTLP/HTTP request refused with %d: %s", status, exc)
            code = grpc.StatusCode.INVALID_ARGUMENT.value[0]
            return _reply(Status(code=code, message=str(exc)), is_json, status)
        try:
            response = await self._receiver.export(payload, None, HTTP)
        except ExportRefused as exc:
            status = HTTP_STATUSES[exc.refusal]
            # The Status body carries the google.rpc code OTLP/gRPC answers for the same refusal.
            code = exc.refusal.status_code.value[0]
            reply = _reply(Status(code=code, message=exc.detail), is_json, status)
            if exc.refusal.retryable:
                reply.headers["Retry-After"] = str(RETRY_AFTER_S)
            return reply
        return _reply(response, is_json)
