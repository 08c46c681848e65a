"""One OTLP Export, whatever transport brought it: classify, annotate, forward, answer.

The upstream is answered only after the downstream accepted the request; every refusal is an
`ExportRefused` whose `refusal` the gRPC and HTTP front ends map to their status codes.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import logging
from typing import Final

import grpc
from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceResponse

from server.deadline import answer_by
from server.metrics import OTLP_GRPC, OTLP_HTTP, Metrics, refusal_code
from server.otlp.forward import (
    DownstreamRejected,
    DownstreamTooLarge,
    DownstreamUnavailable,
    Forwarder,
)
from server.otlp.record_bytes import read_request_bytes, record_count
from server.otlp.split import merge_responses, split_payload
from server.otlp.translate import (
    AnswerEncoder,
    ExportReader,
    RecordFields,
    annotated_payload,
)
from server.pipeline import SLICE_RECORDS, Overloaded, Pipeline

log = logging.getLogger(__name__)

# Seconds an upstream is asked to wait before retrying a refused request.
RETRY_AFTER_S = 1


class Refusal(enum.Enum):
    """Why an Export was not accepted; all but BAD_REQUEST and DOWNSTREAM_REJECTED are worth
    retrying."""

    BAD_REQUEST = "bad_request"
    NOT_READY = "not_ready"
    OVERLOADED = "overloaded"
    DOWNSTREAM_UNAVAILABLE = "downstream_unavailable"
    DOWNSTREAM_REJECTED = "downstream_rejected"

    @property
    def retryable(self) -> bool:
        return self not in (Refusal.BAD_REQUEST, Refusal.DOWNSTREAM_REJECTED)

    @property
    def status_code(self) -> grpc.StatusCode:
        """The OTLP/gRPC status (OTLP/HTTP carries it in its Status body)."""
        return STATUS_CODES[self]


# OTLP/gRPC: UNAVAILABLE is retryable; RESOURCE_EXHAUSTED only with RetryInfo, which we send.
STATUS_CODES = {
    Refusal.BAD_REQUEST: grpc.StatusCode.INVALID_ARGUMENT,
    Refusal.NOT_READY: grpc.StatusCode.UNAVAILABLE,
    Refusal.OVERLOADED: grpc.StatusCode.RESOURCE_EXHAUSTED,
    Refusal.DOWNSTREAM_UNAVAILABLE: grpc.StatusCode.UNAVAILABLE,
    Refusal.DOWNSTREAM_REJECTED: grpc.StatusCode.INVALID_ARGUMENT,
}
# What a refused request that is not an OTLP logs request is told, before why.
NOT_OTLP_LOGS = "not an OTLP logs request"
# The transports an Export comes by, as the metrics label them.
GRPC: Final = "grpc"
HTTP: Final = "http"
ACCEPTED: Final = "accepted"
FORWARDED: Final = "forwarded"


class ExportRefused(Exception):
    """The Export was not accepted; `refusal` says why."""

    def __init__(self, refusal: Refusal, detail: str) -> None:
        super().__init__(detail)
        self.refusal = refusal
        self.detail = detail


def _not_otlp_logs(error: DecodeError) -> ExportRefused:
    """The refusal of bytes that are not an OTLP logs request, saying why."""
    return ExportRefused(Refusal.BAD_REQUEST, f"{NOT_OTLP_LOGS}: {error}")


class OtlpReceiver:
    """Classifies each Export in one pipeline call and forwards it; bounded requests in flight."""

    def __init__(
        self,
        pipeline: Pipeline,
        forwarder: Forwarder,
        fields: RecordFields,
        max_in_flight: int,
        forward_timeout: float,
        forward_max_bytes: int,
        template_text: bool = False,
        metrics: Metrics | None = None,
    ) -> None:
        self._pipeline = pipeline
        self._metrics = metrics if metrics is not None else Metrics()
        self._accounts = {
            GRPC: self._metrics.account(OTLP_GRPC),
            HTTP: self._metrics.account(OTLP_HTTP),
        }
        # Kept across Exports: the answers' serialized parts repeat from one request to the next.
        self._encoder = AnswerEncoder(template_text)
        self._template_text = template_text
        self._forwarder = forwarder
        # Kept across Exports too: it keeps the attributes it parsed, which repeat likewise.
        self._reader = ExportReader(fields)
        self._max_in_flight = max_in_flight
        self._forward_timeout = forward_timeout
        self._forward_max_bytes = forward_max_bytes
        self._in_flight = 0
        self._told_too_large = False

    def _forward_deadline(self, upstream_deadline: float | None) -> float:
        """When forwarding must end: the forward timeout from now, or the upstream's deadline."""
        deadline = asyncio.get_running_loop().time() + self._forward_timeout
        return deadline if upstream_deadline is None else min(deadline, upstream_deadline)

    def refused_unread(self, transport: str, outcome: str) -> None:
        """Count a request refused before its records were read (a body that does not decode:
        `bad_request`; no token: `unauthenticated`)."""
        self._metrics.otlp_requests.labels(transport, outcome).inc()

    async def export(
        self, payload: bytes, time_remaining: float | None, transport: str = GRPC
    ) -> ExportLogsServiceResponse:
        """Deliver `payload`, a serialized ExportLogsServiceRequest, enriched; the downstream's
        response, or ExportRefused (BAD_REQUEST for bytes that are not an OTLP logs request).
        Its records are counted as received, then answered or refused (`server.metrics`); a
        request whose records cannot be counted is counted as refused unread."""
        try:
            request = read_request_bytes(payload)
        except DecodeError as exc:
            self.refused_unread(transport, Refusal.BAD_REQUEST.value)
            raise _not_otlp_logs(exc) from None
        records = record_count(request)
        account = self._accounts[transport]
        account.received(records)
        try:
            response = await self._deliver(payload, time_remaining, records > SLICE_RECORDS)
        except ExportRefused as exc:
            account.refused(records, exc.refusal.status_code.name)
            self._metrics.otlp_requests.labels(transport, exc.refusal.value).inc()
            self._metrics.otlp_records.labels(exc.refusal.value).inc(records)
            raise
        except BaseException as exc:
            account.refused(records, refusal_code(exc))
            raise
        account.answered(records)
        self._metrics.otlp_requests.labels(transport, ACCEPTED).inc()
        # Records the downstream turned away in its partial success (the upstream is told in
        # the same answer) are counted as rejected, not forwarded.
        rejected = min(records, response.partial_success.rejected_log_records)
        self._metrics.otlp_records.labels(FORWARDED).inc(records - rejected)
        if rejected:
            self._metrics.otlp_records.labels(Refusal.DOWNSTREAM_REJECTED.value).inc(rejected)
        return response

    async def _deliver(
        self, payload: bytes, time_remaining: float | None, large: bool
    ) -> ExportLogsServiceResponse:
        """Read the records of `payload`, classify them, annotate the request and forward it (a
        request without records goes as it came).

        A request over the forward limit is delivered in parts (`split_payload`), answered once
        every part was accepted.

        `time_remaining` is the upstream's deadline in seconds from now (None: it set none);
        forwarding, with its retries, ends a margin before it. The forward timeout counts from
        when the records are classified: a request that waited for the model (a cold cache, a
        busy CPU) still gets the whole timeout to reach the downstream.
        """
        if not self._pipeline.ready:
            raise ExportRefused(Refusal.NOT_READY, "the classifier is starting or shutting down")
        # Checked and counted with no await between: one event loop, so no race.
        if self._in_flight >= self._max_in_flight:
            raise ExportRefused(
                Refusal.OVERLOADED, f"{self._max_in_flight} requests already in flight"
            )
        self._in_flight += 1
        try:
            upstream_deadline = answer_by(asyncio.get_running_loop().time(), time_remaining)
            # A large request is read and annotated in a worker thread (with an encoder of its
            # own), so the event loop keeps serving other calls meanwhile.
            try:
                if large:
                    translated = await asyncio.to_thread(self._reader.read, payload)
                else:
                    translated = self._reader.read(payload)
            except DecodeError as exc:
                raise _not_otlp_logs(exc) from None
            if translated.records:
                try:
                    results = await self._pipeline.classify(translated.records, upstream_deadline)
                except Overloaded as exc:
                    raise ExportRefused(Refusal.OVERLOADED, str(exc)) from None
                annotate = functools.partial(
                    annotated_payload,
                    translated,
                    results,
                    encoder=AnswerEncoder(self._template_text) if large else self._encoder,
                )
                payload = await asyncio.to_thread(annotate) if large else annotate()
            deadline = self._forward_deadline(upstream_deadline)
            try:
                parts = (
                    [payload]
                    if self._forwarder.takes_any_size
                    else split_payload(payload, self._forward_max_bytes)
                )
                responses = await self._send_parts(parts, deadline)
            except DownstreamUnavailable as exc:
                raise ExportRefused(Refusal.DOWNSTREAM_UNAVAILABLE, str(exc)) from None
            except DownstreamRejected as exc:
                raise ExportRefused(Refusal.DOWNSTREAM_REJECTED, str(exc)) from None
            return merge_responses(responses)
        finally:
            self._in_flight -= 1

    async def _send_parts(
        self, parts: list[bytes], deadline: float
    ) -> list[ExportLogsServiceResponse]:
        """The downstream's answers to `parts`, sent one after the other, in order.

        A part that cannot be delivered fails the request, and the upstream's retry may then
        repeat the parts before it. A part the downstream refuses for its size goes again as
        halves, in its place; a lone record it refuses so is answered as rejected (OTLP's partial
        success), and the records after it still go.
        """
        responses: list[ExportLogsServiceResponse] = []
        pending = parts[::-1]  # a stack: the next part on top
        while pending:
            part = pending.pop()
            try:
                responses.append(await self._forwarder.send(part, deadline))
            except DownstreamTooLarge as exc:
                size = len(part)
                # A part of two records or more always splits in two or more.
                halves = split_payload(part, size // 2)
                if len(halves) > 1:
                    self._tell_too_large(size, exc)
                    pending.extend(halves[::-1])
                    continue
                log.warning("a log record the downstream refused as too large: %s", exc)
                rejected = ExportLogsServiceResponse()
                rejected.partial_success.rejected_log_records = 1
                rejected.partial_success.error_message = (
                    f"a log record of {size} bytes is over the downstream's size limit"
                )
                responses.append(rejected)
        return responses

    def _tell_too_large(self, size: int, exc: DownstreamTooLarge) -> None:
        """Log that the downstream's limit is below the forward limit: a warning the first
        time, then at DEBUG."""
        level = logging.DEBUG if self._told_too_large else logging.WARNING
        self._told_too_large = True
        log.log(
            level,
            "the downstream refused %d bytes as too large (%s); sending halves. "
            "Set LOGCLASS_OTLP_FORWARD_MAX_BYTES below %d to avoid the extra round trips",
            size,
            exc,
            size,
        )
