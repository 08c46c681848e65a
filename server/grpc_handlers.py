"""What the server's gRPC interceptors share: an RPC's kind and names, and a handler of the same
kind with another behaviour (grpc.aio has one constructor per kind)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Final

import grpc

Continuation = Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]]

UNARY: Final = "unary"
CLIENT_STREAM: Final = "client_stream"
SERVER_STREAM: Final = "server_stream"
BIDI_STREAM: Final = "bidi_stream"

_CONSTRUCTORS: Final = {
    UNARY: grpc.unary_unary_rpc_method_handler,
    CLIENT_STREAM: grpc.stream_unary_rpc_method_handler,
    SERVER_STREAM: grpc.unary_stream_rpc_method_handler,
    BIDI_STREAM: grpc.stream_stream_rpc_method_handler,
}


def rpc_type(handler: grpc.RpcMethodHandler) -> str:
    """The RPC's kind, as go-grpc-prometheus labels it."""
    if handler.request_streaming and handler.response_streaming:
        return BIDI_STREAM
    if handler.request_streaming:
        return CLIENT_STREAM
    return SERVER_STREAM if handler.response_streaming else UNARY


def split_method(full_method: str) -> tuple[str, str]:
    """`/pkg.Service/Method` -> (`pkg.Service`, `Method`)."""
    service, _, method = full_method.lstrip("/").rpartition("/")
    return service or "unknown", method or "unknown"


def behavior_of(handler: grpc.RpcMethodHandler) -> Any:
    """The function that serves the handler's RPC, whatever its kind."""
    return (
        handler.unary_unary or handler.unary_stream or handler.stream_unary or handler.stream_stream
    )


def with_behavior(
    handler: grpc.RpcMethodHandler,
    behavior: Any,
    request_deserializer: Callable[[bytes], Any] | None = None,
) -> grpc.RpcMethodHandler:
    """A handler of `handler`'s kind and serializers that serves with `behavior` (and reads
    requests with `request_deserializer` when given)."""
    return _CONSTRUCTORS[rpc_type(handler)](
        behavior,
        request_deserializer=request_deserializer or handler.request_deserializer,
        response_serializer=handler.response_serializer,
    )
