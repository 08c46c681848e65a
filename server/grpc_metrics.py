"""The standard gRPC server metrics (the names and labels of go-grpc-prometheus) for grpc.aio.

`GrpcMetricsInterceptor` wraps every method handler: it counts the RPC's start, each message
received and sent on a stream, its end with its status code, and how long it took. The code is
the one the client sees: OK, the code a handler set or aborted with, CANCELLED when the call was
cancelled, UNKNOWN for an exception that escaped the handler.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncIterator
from typing import Any

import grpc

from server.grpc_handlers import (
    BIDI_STREAM,
    CLIENT_STREAM,
    SERVER_STREAM,
    Continuation,
    behavior_of,
    rpc_type,
    split_method,
    with_behavior,
)
from server.metrics import Metrics, refusal_code


def status_name(code: grpc.StatusCode | int | None) -> str:
    """The code's name as the metrics label it (OK when none was set)."""
    if code is None:
        return str(grpc.StatusCode.OK.name)
    if isinstance(code, grpc.StatusCode):
        return str(code.name)
    for status in grpc.StatusCode:
        if status.value[0] == code:
            return str(status.name)
    return str(grpc.StatusCode.UNKNOWN.name)


class _Call:
    """One RPC's labels and clock, and the counters it moves; as a context manager it counts the
    RPC's end with the status the exception leaving it (or none) means."""

    def __init__(
        self, metrics: Metrics, labels: tuple[str, str, str], context: grpc.aio.ServicerContext
    ) -> None:
        self._metrics = metrics
        self._labels = labels
        self._context = context
        self._started = time.perf_counter()
        metrics.grpc_started.labels(*labels).inc()

    def requests(self, request: Any, streams_in: bool) -> Any:
        """The request, or the request stream, counting each message as it is read."""
        if streams_in:
            return _counted(request, self)
        self.received()
        return request

    def received(self) -> None:
        self._metrics.grpc_received.labels(*self._labels).inc()

    def sent(self) -> None:
        self._metrics.grpc_sent.labels(*self._labels).inc()

    def __enter__(self) -> _Call:
        return self

    def __exit__(self, kind: object, error: BaseException | None, trace: object) -> None:
        self._metrics.grpc_handled.labels(*self._labels, _code_of(self._context, error)).inc()
        elapsed = time.perf_counter() - self._started
        self._metrics.grpc_seconds.labels(*self._labels).observe(elapsed)


def _code_of(context: grpc.aio.ServicerContext, error: BaseException | None) -> str:
    if error is None or isinstance(error, grpc.aio.AbortError):
        return status_name(context.code())
    code = context.code()
    return status_name(code) if code is not None else refusal_code(error, context.time_remaining())


class GrpcMetricsInterceptor(grpc.aio.ServerInterceptor):  # type: ignore[misc]
    """Counts every RPC of the server it is installed on into `metrics`."""

    def __init__(self, metrics: Metrics) -> None:
        self._metrics = metrics

    async def intercept_service(
        self, continuation: Continuation, handler_call_details: grpc.HandlerCallDetails
    ) -> grpc.RpcMethodHandler:
        handler = await continuation(handler_call_details)
        if handler is None:
            return handler
        kind = rpc_type(handler)
        labels = (kind, *split_method(handler_call_details.method))
        behavior = behavior_of(handler)
        streams_in = kind in (CLIENT_STREAM, BIDI_STREAM)
        if kind in (SERVER_STREAM, BIDI_STREAM):
            wrapped = _streaming(behavior, self._metrics, labels, streams_in=streams_in)
        else:
            wrapped = _awaited(
                behavior, self._metrics, labels, streams_in=streams_in, returns_response=True
            )
        return with_behavior(handler, wrapped)


async def _counted(requests: AsyncIterator[Any], call: _Call) -> AsyncIterator[Any]:
    async for request in requests:
        call.received()
        yield request


def _awaited(
    behavior: Any,
    metrics: Metrics,
    labels: tuple[str, str, str],
    *,
    streams_in: bool,
    returns_response: bool,
) -> Any:
    """A handler awaited to its end: a unary or client-streaming one (its one response is
    counted as sent), or a streaming one that writes its responses with `context.write`."""

    async def handle(request: Any, context: grpc.aio.ServicerContext) -> Any:
        with _Call(metrics, labels, context) as call:
            response = await behavior(call.requests(request, streams_in), context)
            if returns_response:
                call.sent()
            return response

    return handle


def _streaming(
    behavior: Any, metrics: Metrics, labels: tuple[str, str, str], *, streams_in: bool
) -> Any:
    """A handler whose responses stream: an async generator (each message it yields is counted
    as sent), or a coroutine that writes them with `context.write`."""
    if not inspect.isasyncgenfunction(behavior):
        return _awaited(behavior, metrics, labels, streams_in=streams_in, returns_response=False)

    async def handle(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        with _Call(metrics, labels, context) as call:
            async for response in behavior(call.requests(request, streams_in), context):
                call.sent()
                yield response

    return handle
