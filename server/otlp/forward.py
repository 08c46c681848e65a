"""Send an enriched OTLP request downstream over gRPC or HTTP, retrying until a deadline.

A downstream that says the data itself is bad (gRPC INVALID_ARGUMENT, HTTP 400) gets no retry:
`DownstreamRejected`; one that refuses it for its size (HTTP 413, gRPC RESOURCE_EXHAUSTED "larger
than max") neither: `DownstreamTooLarge`, whose smaller parts the receiver sends instead. Every
other failure (refused connection, timeout, UNAVAILABLE, 503, a
misconfigured endpoint) is retried with backoff until the deadline and then raised as
`DownstreamUnavailable`, so the upstream agent keeps the records and retries later.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import sys
from collections.abc import Awaitable, Callable
from typing import Protocol, TextIO, TypeAlias

import aiohttp
import grpc
from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)

from server.otlp.json_form import to_json_line
from server.otlp.target import (
    EXPORT_METHOD,
    PROTOBUF_CONTENT_TYPE,
    ForwardTarget,
    parse_forward_url,
)

log = logging.getLogger(__name__)

INITIAL_BACKOFF_S = 0.05
MAX_BACKOFF_S = 1.0
# A down downstream must be noticed back up quickly: the channel's reconnect backoff would
# otherwise grow to two minutes while calls fail fast.
_CHANNEL_OPTIONS = (
    ("grpc.initial_reconnect_backoff_ms", 100),
    ("grpc.min_reconnect_backoff_ms", 100),
    ("grpc.max_reconnect_backoff_ms", 1000),
)
# An idle connection is closed from this side first: Fluent Bit's input drops one after 10 s idle
# and logs each as an error ("timed out after 10 seconds (IO timeout)"). (gRPC's own
# `grpc.client_idle_timeout_ms` left the connection open past that in the server here.)
IDLE_CONNECTION_S = 4.0


class DownstreamUnavailable(Exception):
    """The downstream did not accept the request before the deadline; the upstream should retry."""


class DownstreamRejected(Exception):
    """The downstream refused the request's data; retrying it cannot help."""


class DownstreamTooLarge(DownstreamRejected):
    """The downstream refused the request for its size; smaller parts of it may pass."""


# What gRPC servers (C-core, Go) say when a message is over their limit, with RESOURCE_EXHAUSTED.
_TOO_LARGE_DETAIL = "larger than max"


class _Retryable(Exception):
    def __init__(self, detail: str, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class Forwarder(Protocol):
    """Delivers a request (`payload`, a serialized ExportLogsServiceRequest) downstream and
    returns the downstream's response."""

    description: str
    # True: a request of any size is taken as it is (no downstream limit to split it for).
    takes_any_size: bool

    async def start(self) -> None: ...

    async def send(self, payload: bytes, deadline: float) -> ExportLogsServiceResponse: ...

    async def close(self) -> None: ...


class NoForwarder:
    """No downstream configured: every request is accepted and goes nowhere."""

    takes_any_size = True

    description = (
        "nowhere (no LOGCLASS_OTLP_FORWARD): classified records are dropped; stdout:// prints them"
    )

    async def start(self) -> None:
        pass

    async def send(self, payload: bytes, deadline: float) -> ExportLogsServiceResponse:
        return ExportLogsServiceResponse()

    async def close(self) -> None:
        pass


async def _with_retries(
    attempt: Callable[[float], Awaitable[ExportLogsServiceResponse]],
    deadline: float,
    where: str,
) -> ExportLogsServiceResponse:
    """Call `attempt(timeout)` until it succeeds, is rejected, or the deadline leaves no time."""
    loop = asyncio.get_running_loop()
    backoff = INITIAL_BACKOFF_S
    tries = 0
    while True:
        tries += 1
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise DownstreamUnavailable(f"{where}: no time left to forward")
        try:
            return await attempt(remaining)
        except _Retryable as exc:
            wait = exc.retry_after if exc.retry_after is not None else backoff
            wait *= random.uniform(0.8, 1.2)  # jitter: retries of many requests do not align
            if loop.time() + wait >= deadline:
                log.warning("forwarding to %s failed after %d tries: %s", where, tries, exc)
                raise DownstreamUnavailable(f"{where}: {exc}") from None
            await asyncio.sleep(wait)
            backoff = min(backoff * 2, MAX_BACKOFF_S)


# An OTLP/gRPC Export call that sends a serialized request as it is.
_Export: TypeAlias = grpc.aio.UnaryUnaryMultiCallable[bytes, ExportLogsServiceResponse]


class GrpcForwarder:
    """OTLP/gRPC `LogsService/Export` to `host:port` (plaintext h2c)."""

    takes_any_size = False

    def __init__(self, address: str, max_message_bytes: int) -> None:
        self.description = f"grpc://{address}"
        self._address = address
        self._max_message_bytes = max_message_bytes
        self._channel: grpc.aio.Channel | None = None
        self._export: _Export | None = None
        self._sending = 0
        self._idle_timer: asyncio.TimerHandle | None = None
        self._closing: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._open_channel()

    def _open_channel(self) -> None:
        """A new channel; it connects at its first call."""
        options = [
            *_CHANNEL_OPTIONS,
            ("grpc.max_send_message_length", -1),  # enrichment makes a request grow
            ("grpc.max_receive_message_length", self._max_message_bytes),
        ]
        self._channel = grpc.aio.insecure_channel(self._address, options=options)
        # No request serializer: the payload goes as it is.
        self._export = self._channel.unary_unary(
            EXPORT_METHOD, response_deserializer=ExportLogsServiceResponse.FromString
        )

    def _close_idle_channel(self) -> None:
        """Swap the channel for a fresh one, closing the old one's connection."""
        self._idle_timer = None
        if self._sending or self._channel is None:
            return
        old = self._channel
        self._open_channel()
        task = asyncio.get_running_loop().create_task(old.close())
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    async def send(self, payload: bytes, deadline: float) -> ExportLogsServiceResponse:
        assert self._export is not None, "start() first"
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None
        self._sending += 1

        async def attempt(timeout: float) -> ExportLogsServiceResponse:
            assert self._export is not None
            try:
                response: ExportLogsServiceResponse = await self._export(payload, timeout=timeout)
            except grpc.aio.AioRpcError as exc:
                code, detail = exc.code(), exc.details() or ""
                if code == grpc.StatusCode.INVALID_ARGUMENT:
                    raise DownstreamRejected(f"{self.description}: {detail}") from None
                if (
                    code == grpc.StatusCode.RESOURCE_EXHAUSTED
                    and _TOO_LARGE_DETAIL in detail.lower()
                ):
                    raise DownstreamTooLarge(f"{self.description}: {detail}") from None
                raise _Retryable(f"{code.name}: {detail}") from None
            return response

        try:
            return await _with_retries(attempt, deadline, self.description)
        finally:
            self._sending -= 1
            if not self._sending and self._channel is not None:
                loop = asyncio.get_running_loop()
                self._idle_timer = loop.call_later(IDLE_CONNECTION_S, self._close_idle_channel)

    async def close(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
            self._idle_timer = None
        if self._channel is not None:
            await self._channel.close()
            self._channel = None
        if self._closing:
            await asyncio.gather(*self._closing)


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None  # an HTTP-date: fall back to our own backoff


class HttpForwarder:
    """OTLP/HTTP protobuf POST to a URL."""

    takes_any_size = False

    def __init__(self, url: str) -> None:
        self.description = url
        self._url = url
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(
            headers={"Content-Type": PROTOBUF_CONTENT_TYPE},
            connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_CONNECTION_S),
        )

    async def send(self, payload: bytes, deadline: float) -> ExportLogsServiceResponse:
        session = self._session
        assert session is not None, "start() first"

        async def attempt(timeout: float) -> ExportLogsServiceResponse:
            try:
                async with session.post(
                    self._url, data=payload, timeout=aiohttp.ClientTimeout(total=timeout)
                ) as reply:
                    body = await reply.read()
                    status, retry_after = reply.status, reply.headers.get("Retry-After")
                    content_type = reply.content_type
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise _Retryable(f"{type(exc).__name__}: {exc}") from None
            if 200 <= status < 300:
                response = ExportLogsServiceResponse()
                if body and content_type in (PROTOBUF_CONTENT_TYPE, "application/protobuf"):
                    # Accepted is accepted; an unreadable partial-success detail is just lost.
                    with contextlib.suppress(DecodeError):
                        response.ParseFromString(body)
                return response
            if status == 400:
                raise DownstreamRejected(f"{self._url}: HTTP 400")
            if status == 413:
                raise DownstreamTooLarge(f"{self._url}: HTTP 413")
            raise _Retryable(f"HTTP {status}", _retry_after(retry_after))

        return await _with_retries(attempt, deadline, self._url)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


class StdoutForwarder:
    """`stdout://`: every enriched request printed as one line of OTLP/JSON on standard output
    (the server logs to standard error), to see what a downstream would get."""

    description = "standard output (stdout://): one OTLP/JSON request a line"
    # Split as for a downstream: what is printed is what one would get.
    takes_any_size = False

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    async def start(self) -> None:
        pass

    async def send(self, payload: bytes, deadline: float) -> ExportLogsServiceResponse:
        stream = self._stream or sys.stdout
        stream.write(to_json_line(ExportLogsServiceRequest.FromString(payload)) + "\n")
        stream.flush()
        return ExportLogsServiceResponse()

    async def close(self) -> None:
        pass


def build_forwarder(url: str | None, max_message_bytes: int) -> Forwarder:
    """The forwarder for a `LOGCLASS_OTLP_FORWARD` URL (None: records go nowhere)."""
    if url is None:
        return NoForwarder()
    target: ForwardTarget = parse_forward_url(url)
    if target.is_stdout:
        return StdoutForwarder()
    if target.is_grpc:
        return GrpcForwarder(target.address, max_message_bytes)
    return HttpForwarder(target.url)
