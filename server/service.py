"""The LogClassifier gRPC servicer: translates between the wire types and the pipeline."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from contextlib import aclosing

import grpc

from server import __version__
from server.deadline import answer_by
from server.generated.logclass.v1 import classifier_pb2 as pb
from server.generated.logclass.v1 import classifier_pb2_grpc as pb_grpc
from server.metrics import CLASSIFY, CLASSIFY_BATCH, Metrics, PathAccount, refusal_code
from server.pipeline import SLICE_RECORDS, Overloaded, Pipeline
from server.read_ahead import answers_in_order
from server.records import UNCLASSIFIED, Classification, LogRecord
from server.template_book import TemplateEntry, TemplateQuery

DEFAULT_LIMIT = 1000

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["LogClassifier"].full_name


def records_from_classify_request(request: pb.ClassifyRequest) -> list[LogRecord]:
    """The pipeline's records for one request message."""
    records = []
    for r in request.records:
        attributes = r.attributes
        records.append(LogRecord(r.id, r.source, r.message, dict(attributes) if attributes else {}))
    return records


def _is_large(request: pb.ClassifyRequest) -> bool:
    """Whether `request` is translated (and its response built) in a worker thread, off the
    event loop: a message of more than SLICE_RECORDS records."""
    return len(request.records) > SLICE_RECORDS


def response_from_results(results: list[Classification]) -> pb.ClassifyResponse:
    """The response message for the pipeline's answers.

    Most records of a message share their answer with others (one per template), so each distinct
    answer is built once and copied, which costs a third of building every message field by field.
    """
    response = pb.ClassifyResponse()
    out = response.results
    built: dict[tuple[str, float, str, str, str, str, str], pb.Classification] = {}
    for c in results:
        answer = (
            c.label,
            c.confidence,
            c.tier,
            c.model_version,
            c.reason,
            c.template_id,
            c.template,
        )
        prototype = built.get(answer)
        if prototype is None:
            prototype = built[answer] = pb.Classification(
                label=c.label,
                confidence=c.confidence,
                tier=c.tier,
                model_version=c.model_version,
                reason=c.reason,
                template_id=c.template_id,
                template=c.template,
            )
        message = out.add()
        message.CopyFrom(prototype)
        message.id = c.id
    return response


def query_from_request(request: pb.ListTemplatesRequest) -> TemplateQuery:
    """The book's query for a ListTemplates request."""
    return TemplateQuery(
        label=request.label,
        source=request.source,
        below_confidence=request.below_confidence,
        uncertain=request.uncertain,
        template_id=request.template_id,
        limit=request.limit or DEFAULT_LIMIT,
    )


def summary_from_entry(entry: TemplateEntry) -> pb.TemplateSummary:
    """The wire form of one template the book holds."""
    summary = pb.TemplateSummary(
        template_id=entry.template_id,
        template=entry.template,
        count=entry.count,
        label=entry.label,
        confidence=entry.confidence,
        tier=entry.tier,
        reason=entry.reason,
        sample=entry.sample,
        sources=entry.sources,
    )
    summary.first_seen.FromNanoseconds(int(entry.first_seen * 1e9))
    summary.last_seen.FromNanoseconds(int(entry.last_seen * 1e9))
    return summary


class LogClassifierService(pb_grpc.LogClassifierServicer):
    """Answers Classify, ClassifyBatch, GetModelInfo and ListTemplates from one pipeline."""

    def __init__(
        self,
        pipeline: Pipeline,
        confidence_threshold: float | None,
        metrics: Metrics | None = None,
    ) -> None:
        self._pipeline = pipeline
        self._confidence_threshold = confidence_threshold
        metrics = metrics if metrics is not None else Metrics()
        self._stream_account = metrics.account(CLASSIFY)
        self._batch_account = metrics.account(CLASSIFY_BATCH)

    async def _answer(
        self, request: pb.ClassifyRequest, context: grpc.aio.ServicerContext, account: PathAccount
    ) -> pb.ClassifyResponse:
        deadline = answer_by(asyncio.get_running_loop().time(), context.time_remaining())
        # A large message is translated (and its response built) in a worker thread, so the
        # event loop keeps serving other calls meanwhile.
        large = _is_large(request)
        if large:
            records = await asyncio.to_thread(records_from_classify_request, request)
        else:
            records = records_from_classify_request(request)
        account.received(len(records))
        try:
            results = await self._pipeline.classify(records, deadline)
        except Overloaded:
            account.refused(len(records), grpc.StatusCode.RESOURCE_EXHAUSTED.name)
            raise
        except BaseException as exc:
            account.refused(len(records), refusal_code(exc, context.time_remaining()))
            raise
        account.answered(len(records))
        if large:
            return await asyncio.to_thread(response_from_results, results)
        return response_from_results(results)

    async def Classify(  # gRPC method names are CamelCase
        self,
        request_iterator: AsyncIterator[pb.ClassifyRequest],
        context: grpc.aio.ServicerContext,
    ) -> AsyncIterator[pb.ClassifyResponse]:
        # A few messages are answered at once (`server.read_ahead`): a message's model work
        # overlaps the next ones' placing and answering on the event loop.
        responses = answers_in_order(
            request_iterator,
            lambda request: self._answer(request, context, self._stream_account),
            self._may_start_early,
        )
        async with aclosing(responses):
            try:
                async for response in responses:
                    yield response
            except Overloaded as exc:
                await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, str(exc))

    def _may_start_early(
        self, request: pb.ClassifyRequest, earlier: Sequence[pb.ClassifyRequest]
    ) -> bool:
        """Whether a stream's message may be answered while its `earlier` ones still are: when
        each of them is translated on the event loop, so it has already claimed its records in
        flight (`Pipeline.classify`), and the pipeline has room for this one beside them."""
        if _is_large(request) or any(_is_large(r) for r in earlier):
            return False
        return self._pipeline.has_room(len(request.records))

    async def ClassifyBatch(
        self, request: pb.ClassifyRequest, context: grpc.aio.ServicerContext
    ) -> pb.ClassifyResponse:
        try:
            return await self._answer(request, context, self._batch_account)
        except Overloaded as exc:
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, str(exc))
            raise

    async def GetModelInfo(
        self, request: pb.GetModelInfoRequest, context: grpc.aio.ServicerContext
    ) -> pb.ModelInfo:
        routes = self._pipeline.routes
        infos = [tier.info() for tier in self._pipeline.tiers.values()]
        # The configured threshold, else the one a tier took from its model's manifest.
        threshold = self._confidence_threshold
        if threshold is None:
            tiers = (i.confidence_threshold for i in infos if i.confidence_threshold is not None)
            threshold = next(tiers, 0.0)
        return pb.ModelInfo(
            labels=[*self._pipeline.labels(), UNCLASSIFIED],
            tiers=[
                pb.TierInfo(
                    name=info.name,
                    model_version=info.model_version,
                    labels=list(info.labels),
                    ready=self._pipeline.ready,
                    cache_hits=info.cache.hits if info.cache else 0,
                    cache_misses=info.cache.misses if info.cache else 0,
                    cache_size=info.cache.size if info.cache else 0,
                    cache_capacity=info.cache.capacity if info.cache else 0,
                    templates=info.templates or 0,
                )
                for info in infos
            ],
            routes=[
                *(pb.Route(source=s, tiers=list(c)) for s, c in routes.by_source.items()),
                pb.Route(source="*", tiers=list(routes.default)),
            ],
            server_version=__version__,
            confidence_threshold=threshold,
        )

    async def ListTemplates(
        self, request: pb.ListTemplatesRequest, context: grpc.aio.ServicerContext
    ) -> pb.ListTemplatesResponse:
        book = self._pipeline.book
        if book is None:
            await context.abort(
                grpc.StatusCode.FAILED_PRECONDITION,
                "the server keeps no templates: template_book_size is 0",
            )
            raise AssertionError("abort raises")
        entries = book.entries(query_from_request(request))
        return pb.ListTemplatesResponse(
            templates=[summary_from_entry(entry) for entry in entries], held=len(book)
        )
