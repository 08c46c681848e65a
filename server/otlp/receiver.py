"""One OTLP Export, whatever transport brought it: classify, annotate, forward, answer.

The upstream is answered only after the downstream accepted the request; every refusal is an
`ExportRefused` whose `refusal` the gRPC and HTTP front ends map to their status codes.
"""

from __future__ import annotations

import asyncio
import enum

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)

from server.deadline import answer_by
from server.otlp.forward import DownstreamRejected, DownstreamUnavailable, Forwarder
from server.otlp.split import merge_responses, split_request
from server.otlp.translate import (
    AnswerEncoder,
    RecordFields,
    annotate_export,
    records_from_export,
)
from server.pipeline import Pipeline

# Seconds an upstream is asked to wait before retrying a refused request.
RETRY_AFTER_S = 1


class Refusal(enum.Enum):
    """Why an Export was not accepted; all but DOWNSTREAM_REJECTED are worth retrying."""

    NOT_READY = "not_ready"
    OVERLOADED = "overloaded"
    DOWNSTREAM_UNAVAILABLE = "downstream_unavailable"
    DOWNSTREAM_REJECTED = "downstream_rejected"

    @property
    def retryable(self) -> bool:
        return self is not Refusal.DOWNSTREAM_REJECTED


class ExportRefused(Exception):
    """The Export was not accepted; `refusal` says why."""

    def __init__(self, refusal: Refusal, detail: str) -> None:
        super().__init__(detail)
        self.refusal = refusal
        self.detail = detail


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
    ) -> None:
        self._pipeline = pipeline
        # Kept across Exports: the answers' serialized parts repeat from one request to the next.
        self._encoder = AnswerEncoder(template_text)
        self._forwarder = forwarder
        self._fields = fields
        self._max_in_flight = max_in_flight
        self._forward_timeout = forward_timeout
        self._forward_max_bytes = forward_max_bytes
        self._in_flight = 0

    def _forward_deadline(self, upstream_deadline: float | None) -> float:
        """When forwarding must end: the forward timeout from now, or the upstream's deadline."""
        deadline = asyncio.get_running_loop().time() + self._forward_timeout
        return deadline if upstream_deadline is None else min(deadline, upstream_deadline)

    async def export(
        self, request: ExportLogsServiceRequest, time_remaining: float | None
    ) -> ExportLogsServiceResponse:
        """Enrich `request` in place and deliver it; the downstream's response, or ExportRefused.

        A request over the forward limit is delivered in parts (`split_request`), answered once
        every part was accepted.

        `time_remaining` is the upstream's deadline in seconds from now (None: it set none);
        forwarding, with its retries, ends a margin before it. The forward timeout counts from
        when the records are classified: a request that waited for the model (a cold cache, a
        busy CPU) still gets the whole timeout to reach the downstream.
        """
        if not self._pipeline.ready:
            raise ExportRefused(Refusal.NOT_READY, "the classifier is not ready yet")
        # Checked and counted with no await between: one event loop, so no race.
        if self._in_flight >= self._max_in_flight:
            raise ExportRefused(
                Refusal.OVERLOADED, f"{self._max_in_flight} requests already in flight"
            )
        self._in_flight += 1
        try:
            upstream_deadline = answer_by(asyncio.get_running_loop().time(), time_remaining)
            translated = records_from_export(request, self._fields)
            if translated.records:
                results = await self._pipeline.classify(translated.records, upstream_deadline)
                annotate_export(
                    request,
                    results,
                    encoder=self._encoder,
                    classified_before=translated.classified_before,
                )
            deadline = self._forward_deadline(upstream_deadline)
            try:
                # Parts go one after the other, in order; a part that cannot be delivered fails
                # the request, and the upstream's retry may then repeat the parts before it.
                responses = [
                    await self._forwarder.send(part, deadline)
                    for part in split_request(request, self._forward_max_bytes)
                ]
            except DownstreamUnavailable as exc:
                raise ExportRefused(Refusal.DOWNSTREAM_UNAVAILABLE, str(exc)) from None
            except DownstreamRejected as exc:
                raise ExportRefused(Refusal.DOWNSTREAM_REJECTED, str(exc)) from None
            return merge_responses(responses)
        finally:
            self._in_flight -= 1
