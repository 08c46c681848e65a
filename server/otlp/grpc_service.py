"""The standard OTLP `LogsService/Export` servicer, registered on the classifier's gRPC server."""

from __future__ import annotations

import grpc
from google.protobuf.any_pb2 import Any as AnyMessage
from google.protobuf.duration_pb2 import Duration
from google.rpc.error_details_pb2 import RetryInfo
from google.rpc.status_pb2 import Status
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceResponse

from server.otlp.receiver import GRPC, RETRY_AFTER_S, ExportRefused, OtlpReceiver

LOGS_SERVICE_NAME = logs_service_pb2.DESCRIPTOR.services_by_name["LogsService"].full_name


def retry_trailers(code: grpc.StatusCode, detail: str) -> tuple[tuple[str, bytes], ...]:
    """Trailing metadata telling a client to retry after RETRY_AFTER_S seconds.

    The delay travels both as a `google.rpc.Status` detail (what Go clients such as the
    Collector read) and as `google.rpc.retryinfo-bin` (what the Python SDK reads).
    """
    info = RetryInfo(retry_delay=Duration(seconds=RETRY_AFTER_S))
    packed = AnyMessage()
    packed.Pack(info)
    status = Status(code=code.value[0], message=detail, details=[packed])
    return (
        ("grpc-status-details-bin", status.SerializeToString()),
        ("google.rpc.retryinfo-bin", info.SerializeToString()),
    )


class OtlpLogsService:
    """Answers Export from the receiver; refusals become status codes once, here.

    The request comes as its bytes (no deserializer is registered): the receiver reads them once,
    for its records and to append the answers to them, and refuses bytes that do not decode."""

    def __init__(self, receiver: OtlpReceiver) -> None:
        self._receiver = receiver

    async def Export(  # gRPC method names are CamelCase
        self, payload: bytes, context: grpc.aio.ServicerContext[bytes, ExportLogsServiceResponse]
    ) -> ExportLogsServiceResponse:
        try:
            return await self._receiver.export(payload, context.time_remaining(), GRPC)
        except ExportRefused as exc:
            code = exc.refusal.status_code
            trailers = retry_trailers(code, exc.detail) if exc.refusal.retryable else ()
            await context.abort(code, exc.detail, trailing_metadata=trailers)
            raise  # abort raises; this line is never reached


def add_to_server(service: OtlpLogsService, server: grpc.aio.Server) -> None:
    """Register the OTLP logs service on `server`."""
    export = grpc.unary_unary_rpc_method_handler(
        service.Export, response_serializer=ExportLogsServiceResponse.SerializeToString
    )
    server.add_generic_rpc_handlers(
        (grpc.method_handlers_generic_handler(LOGS_SERVICE_NAME, {"Export": export}),)
    )
