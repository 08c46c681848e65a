"""The standard OTLP `LogsService/Export` servicer, registered on the classifier's gRPC server."""

from __future__ import annotations

import grpc
from google.protobuf.any_pb2 import Any as AnyMessage
from google.protobuf.duration_pb2 import Duration
from google.rpc.error_details_pb2 import RetryInfo
from google.rpc.status_pb2 import Status
from opentelemetry.proto.collector.logs.v1 import logs_service_pb2, logs_service_pb2_grpc
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)

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


class OtlpLogsService(logs_service_pb2_grpc.LogsServiceServicer):
    """Answers Export from the receiver; refusals become status codes once, here."""

    def __init__(self, receiver: OtlpReceiver) -> None:
        self._receiver = receiver

    async def Export(  # gRPC method names are CamelCase
        self, request: ExportLogsServiceRequest, context: grpc.aio.ServicerContext
    ) -> ExportLogsServiceResponse:
        try:
            return await self._receiver.export(request, context.time_remaining(), GRPC)
        except ExportRefused as exc:
            code = exc.refusal.status_code
            trailers = retry_trailers(code, exc.detail) if exc.refusal.retryable else ()
            await context.abort(code, exc.detail, trailing_metadata=trailers)
            raise  # abort raises; this line is never reached


def add_to_server(service: OtlpLogsService, server: grpc.aio.Server) -> None:
    """Register the OTLP logs service on `server`."""
    # The grpc plugin's generated code has no type hints.
    logs_service_pb2_grpc.add_LogsServiceServicer_to_server(service, server)  # type: ignore[no-untyped-call]
