"""A request message that does not decode is the client's error: INVALID_ARGUMENT, not UNKNOWN.

grpcio decodes each request with the method's deserializer before the servicer runs; a corrupt
message made it answer UNKNOWN and log an ERROR traceback per call. `BadMessageInterceptor`
gives every method a deserializer that turns a failure into an `Undecodable` value, and ends the
call with INVALID_ARGUMENT when the servicer would receive one (for a stream, when it reads it: the
error goes through the servicer, which may read ahead, and the call ends when it comes out).
Nothing is logged above DEBUG: the metrics count these calls by their status.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import grpc

from server.grpc_handlers import (
    BIDI_STREAM,
    CLIENT_STREAM,
    SERVER_STREAM,
    Continuation,
    behavior_of,
    rpc_type,
    with_behavior,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Undecodable:
    """A request message that did not decode, and why."""

    detail: str


def lenient(deserializer: Callable[[bytes], Any] | None) -> Callable[[bytes], Any]:
    """`deserializer`, returning `Undecodable` where it would raise."""

    def read(data: bytes) -> Any:
        if deserializer is None:
            return data
        try:
            return deserializer(data)
        except Exception as exc:
            return Undecodable(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)

    return read


async def _refuse(context: grpc.aio.ServicerContext, message: Undecodable) -> None:
    log.debug("a request message did not decode: %s", message.detail)
    await context.abort(
        grpc.StatusCode.INVALID_ARGUMENT, f"the request message does not decode: {message.detail}"
    )


class UndecodableRequest(Exception):
    """A stream's request message did not decode; the call ends with INVALID_ARGUMENT once the
    servicer lets the error out (after the answers to the messages before it)."""

    def __init__(self, message: Undecodable) -> None:
        super().__init__(message.detail)
        self.message = message


async def _checked_stream(requests: AsyncIterator[Any]) -> AsyncIterator[Any]:
    async for request in requests:
        if isinstance(request, Undecodable):
            raise UndecodableRequest(request)
        yield request


def _guarded(behavior: Any, kind: str) -> Any:
    streams_in = kind in (CLIENT_STREAM, BIDI_STREAM)

    async def checked(request: Any, context: grpc.aio.ServicerContext) -> Any:
        if streams_in:
            return _checked_stream(request)
        if isinstance(request, Undecodable):
            await _refuse(context, request)
        return request

    if kind in (SERVER_STREAM, BIDI_STREAM) and inspect.isasyncgenfunction(behavior):

        async def handle_stream(request: Any, context: grpc.aio.ServicerContext) -> Any:
            try:
                async for response in behavior(await checked(request, context), context):
                    yield response
            except UndecodableRequest as error:
                await _refuse(context, error.message)

        return handle_stream

    async def handle(request: Any, context: grpc.aio.ServicerContext) -> Any:
        try:
            return await behavior(await checked(request, context), context)
        except UndecodableRequest as error:
            await _refuse(context, error.message)

    return handle


class BadMessageInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """INVALID_ARGUMENT for a request message that does not decode, on every method."""

    async def intercept_service(
        self, continuation: Continuation, handler_call_details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        if handler is None:
            return handler
        return with_behavior(
            handler,
            _guarded(behavior_of(handler), rpc_type(handler)),
            lenient(handler.request_deserializer),
        )
