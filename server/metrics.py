"""Prometheus metrics: the records each path received, answered and refused; what was answered;
the tiers' caches, queues and LLM calls; OTLP requests; and the standard gRPC server metrics.

One `Metrics` per server, in its own registry (two servers in one process never share counters).
The hot paths count once per call, never once per record: `observe_answers` groups a call's
answers first, and the tiers' own counters (cache hits, batch sizes, LLM calls) are read only
when Prometheus scrapes (`TierCollector`). `MetricsEndpoint` serves the text format on
`GET /metrics` of the metrics port.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import re
from collections import Counter as Tally
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Final

import grpc
from aiohttp import web
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.metrics_core import Metric
from prometheus_client.registry import Collector

from server.records import NO_TIER, UNCLASSIFIED, Classification, LogRecord
from server.sites import start_site
from server.tiers.base import Tier

log = logging.getLogger(__name__)
# No `_created` series beside every counter: scrapes stay half as long, and Prometheus ignores them.
disable_created_metrics()  # type: ignore[no-untyped-call]

METRICS_PATH: Final = "/metrics"
# The start-up line naming the metrics address; tools started with port 0 read the port from it.
METRICS_LOG_LINE: Final = re.compile(r"metrics on (\S+):(\d+)/metrics")
METRICS_OFF: Final = -1

# The paths records come in by: the two LogClassifier RPCs and OTLP on either transport.
CLASSIFY: Final = "classify"
CLASSIFY_BATCH: Final = "classify_batch"
OTLP_GRPC: Final = "otlp_grpc"
OTLP_HTTP: Final = "otlp_http"
PATHS: Final = (CLASSIFY, CLASSIFY_BATCH, OTLP_GRPC, OTLP_HTTP)

# Sources beyond the first `max_sources` distinct ones are counted under this label.
OTHER_SOURCE: Final = "other"
DEFAULT_MAX_SOURCES: Final = 50
CONFIDENCE_BUCKETS: Final = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0)
# Seconds; an RPC of the sidecar answers in milliseconds, a big OTLP request in seconds.
HANDLING_BUCKETS: Final = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
GRPC_LABELS: Final = ("grpc_type", "grpc_service", "grpc_method")


class CountedHistogram(Collector):
    """A histogram fed many equal observations at once (`observe(value, count)`), by one label.

    prometheus_client's Histogram takes one observation per call; a call's answers share a few
    confidences (one per template), so they are counted per distinct value instead.
    """

    def __init__(self, name: str, documentation: str, label: str, buckets: Sequence[float]):
        self._name = name
        self._documentation = documentation
        self._label = label
        self._bounds = list(buckets)
        # Per label value: the count in each bucket (the last is +Inf), and the sum.
        self._counts: dict[str, list[int]] = {}
        self._sums: dict[str, float] = {}

    def observe(self, label: str, value: float, count: int = 1) -> None:
        counts = self._counts.get(label)
        if counts is None:
            counts = self._counts[label] = [0] * (len(self._bounds) + 1)
            self._sums[label] = 0.0
        counts[bisect.bisect_left(self._bounds, value)] += count
        self._sums[label] += value * count

    def collect(self) -> Iterator[HistogramMetricFamily]:
        family = HistogramMetricFamily(self._name, self._documentation, labels=[self._label])
        for label, counts in sorted(self._counts.items()):
            cumulative, buckets = 0, []
            for bound, count in zip([*self._bounds, float("inf")], counts, strict=True):
                cumulative += count
                buckets.append((_bound_text(bound), cumulative))
            family.add_metric([label], buckets, self._sums[label])
        yield family


def _bound_text(bound: float) -> str:
    return "+Inf" if bound == float("inf") else repr(float(bound))


class SourceLabels:
    """Bounded label values for sources: the first `limit` distinct sources keep their name,
    every later one is `other` (a Prometheus series per source must not grow without end)."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._admitted: set[str] = set()

    def __call__(self, source: str) -> str:
        if source in self._admitted:
            return source
        if len(self._admitted) < self._limit:
            self._admitted.add(source)
            return source
        return OTHER_SOURCE


class Metrics:
    """Every metric of one server, registered in `registry`."""

    def __init__(self, max_sources: int = DEFAULT_MAX_SOURCES) -> None:
        self.registry = registry = CollectorRegistry()
        self.source_label = SourceLabels(max_sources)
        self.grpc_started = Counter(
            "grpc_server_started_total",
            "RPCs started on the server.",
            GRPC_LABELS,
            registry=registry,
        )
        self.grpc_handled = Counter(
            "grpc_server_handled_total",
            "RPCs completed on the server, whatever their status code.",
            (*GRPC_LABELS, "grpc_code"),
            registry=registry,
        )
        self.grpc_received = Counter(
            "grpc_server_msg_received_total",
            "Stream messages received on the server.",
            GRPC_LABELS,
            registry=registry,
        )
        self.grpc_sent = Counter(
            "grpc_server_msg_sent_total",
            "Stream messages sent by the server.",
            GRPC_LABELS,
            registry=registry,
        )
        self.grpc_seconds = Histogram(
            "grpc_server_handling_seconds",
            "Seconds from an RPC's start to its end on the server.",
            GRPC_LABELS,
            buckets=HANDLING_BUCKETS,
            registry=registry,
        )
        self.received = Counter(
            "logclass_records_received_total",
            "Records that arrived, by path.",
            ("path",),
            registry=registry,
        )
        self.answered = Counter(
            "logclass_records_answered_total",
            "Records answered with a classification, by path.",
            ("path",),
            registry=registry,
        )
        self.refused = Counter(
            "logclass_records_refused_total",
            "Records refused with a status (gRPC code name), by path: received = answered + "
            "refused.",
            ("path", "code"),
            registry=registry,
        )
        self.classified = Counter(
            "logclass_records_classified_total",
            "Answers by the tier that decided (none: Unclassified) and label.",
            ("tier", "label"),
            registry=registry,
        )
        self.unclassified = Counter(
            "logclass_unclassified_total",
            "Unclassified answers by reason (an answer with two reasons counts for each).",
            ("reason",),
            registry=registry,
        )
        self.confidence = CountedHistogram(
            "logclass_confidence",
            "Confidence of the answers, by the tier that decided (none: Unclassified).",
            "tier",
            CONFIDENCE_BUCKETS,
        )
        registry.register(self.confidence)
        self.source_records = Counter(
            "logclass_source_records_total",
            "Records classified, by source (the first max_sources sources; the rest: other).",
            ("source",),
            registry=registry,
        )
        self.source_unclassified = Counter(
            "logclass_source_unclassified_total",
            "Records answered Unclassified, by source.",
            ("source",),
            registry=registry,
        )
        self.source_confidence = CountedHistogram(
            "logclass_source_confidence",
            "Confidence of the answers, by source (drift: compare with the baseline).",
            "source",
            CONFIDENCE_BUCKETS,
        )
        registry.register(self.source_confidence)
        self.otlp_requests = Counter(
            "logclass_otlp_requests_total",
            "OTLP Export requests by transport and outcome (accepted, or why refused).",
            ("transport", "outcome"),
            registry=registry,
        )
        self.otlp_records = Counter(
            "logclass_otlp_records_total",
            "OTLP log records by outcome: forwarded, rejected by the downstream (its partial "
            "success), or why their request was refused.",
            ("outcome",),
            registry=registry,
        )

    def watch_tiers(self, tiers: Callable[[], Mapping[str, Tier]]) -> None:
        """Export the tiers' own state (model, caches, queues, LLM calls) at every scrape."""
        self.registry.register(TierCollector(tiers))

    def observe_answers(
        self, records: Sequence[LogRecord], answers: Sequence[Classification]
    ) -> None:
        """Count one call's answers by tier, label, reason, confidence and source."""
        same = Tally(
            (r.source, a.tier, a.label, a.reason, a.confidence)
            for r, a in zip(records, answers, strict=True)
        )
        by_tier_label: Tally[tuple[str, str]] = Tally()
        reasons: Tally[str] = Tally()
        by_source: Tally[str] = Tally()
        unclassified_by_source: Tally[str] = Tally()
        for (source, tier, label, reason, confidence), count in same.items():
            tier = tier or NO_TIER
            source = self.source_label(source)
            by_tier_label[tier, label] += count
            by_source[source] += count
            self.confidence.observe(tier, confidence, count)
            self.source_confidence.observe(source, confidence, count)
            if label == UNCLASSIFIED:
                unclassified_by_source[source] += count
                for one in reason.split(";"):
                    reasons[one.split(":", 1)[0]] += count
        for (tier, label), count in by_tier_label.items():
            self.classified.labels(tier, label).inc(count)
        for reason, count in reasons.items():
            self.unclassified.labels(reason).inc(count)
        for source, count in by_source.items():
            self.source_records.labels(source).inc(count)
        for source, count in unclassified_by_source.items():
            self.source_unclassified.labels(source).inc(count)

    def account(self, path: str) -> PathAccount:
        """The received/answered/refused counters of `path`."""
        return PathAccount(self, path)


def refusal_code(error: BaseException, time_remaining: float | None = None) -> str:
    """The status a call ends with when `error` escapes it: DEADLINE_EXCEEDED or CANCELLED for
    a cancelled call (its deadline passed, or the client went away), else UNKNOWN."""
    if isinstance(error, (asyncio.CancelledError, GeneratorExit)):
        if time_remaining is not None and time_remaining <= 0:
            return str(grpc.StatusCode.DEADLINE_EXCEEDED.name)
        return str(grpc.StatusCode.CANCELLED.name)
    return str(grpc.StatusCode.UNKNOWN.name)


class PathAccount:
    """Counts one path's records: each received record is later answered or refused."""

    def __init__(self, metrics: Metrics, path: str) -> None:
        self._received = metrics.received.labels(path)
        self._answered = metrics.answered.labels(path)
        self._refused = metrics.refused
        self._path = path

    def received(self, count: int) -> None:
        self._received.inc(count)

    def answered(self, count: int) -> None:
        self._answered.inc(count)

    def refused(self, count: int, code: str) -> None:
        self._refused.labels(self._path, code).inc(count)


class TierCollector(Collector):
    """The tiers' state, read from `Tier.info()` when Prometheus scrapes."""

    def __init__(self, tiers: Callable[[], Mapping[str, Tier]]) -> None:
        self._tiers = tiers

    def collect(self) -> Iterator[Metric]:
        model = GaugeMetricFamily(
            "logclass_model_info",
            "Always 1; the labels name each tier's model version.",
            labels=["tier", "model_version"],
        )
        hits = CounterMetricFamily(
            "logclass_cache_hits", "Cache (template) hits by tier.", labels=["tier"]
        )
        misses = CounterMetricFamily(
            "logclass_cache_misses", "Cache (template) misses by tier.", labels=["tier"]
        )
        templates = GaugeMetricFamily(
            "logclass_templates", "Templates a tier holds.", labels=["tier"]
        )
        queued = GaugeMetricFamily(
            "logclass_queue_depth", "Records waiting for a tier's model.", labels=["tier"]
        )
        batches = HistogramMetricFamily(
            "logclass_batch_size", "Records per model batch, by tier.", labels=["tier"]
        )
        busy = CounterMetricFamily(
            "logclass_model_busy_seconds",
            "Seconds a tier's local model has been busy (classifying new templates).",
            labels=["tier"],
        )
        calls = CounterMetricFamily(
            "logclass_llm_calls", "LLM calls by outcome.", labels=["tier", "outcome"]
        )
        baselines = {
            measure: GaugeMetricFamily(
                f"logclass_baseline_{measure}",
                f"The export's held-out {measure.replace('_', ' ')}, the drift baseline.",
                labels=["tier"],
            )
            for measure in BASELINE_MEASURES
        }
        breaker = GaugeMetricFamily(
            "logclass_llm_breaker_state",
            "1 for the circuit breaker's current state (closed, open, half-open).",
            labels=["tier", "state"],
        )
        for name, tier in self._tiers().items():
            info = tier.info()
            model.add_metric([name, info.model_version], 1)
            if info.cache is not None:
                hits.add_metric([name], info.cache.hits)
                misses.add_metric([name], info.cache.misses)
            if info.templates is not None:
                templates.add_metric([name], info.templates)
            if info.queue_depth is not None:
                queued.add_metric([name], info.queue_depth)
            if info.batch_sizes:
                buckets, total = _size_buckets(info.batch_sizes)
                batches.add_metric([name], buckets, total)
            if info.model_seconds is not None:
                busy.add_metric([name], info.model_seconds)
            for outcome, count in sorted(info.calls.items()):
                calls.add_metric([name, outcome], count)
            for measure, value in info.baseline.items():
                if measure in baselines:
                    baselines[measure].add_metric([name], value)
            if info.breaker is not None:
                for state in ("closed", "open", "half-open"):
                    breaker.add_metric([name, state], 1 if state == info.breaker else 0)
        yield from (model, hits, misses, templates, queued, batches, busy, calls, breaker)
        yield from baselines.values()


BASELINE_MEASURES: Final = ("unclassified_share", "confidence_mean")
BATCH_BUCKETS: Final = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)


def _size_buckets(sizes: Mapping[int, int]) -> tuple[list[tuple[str, float]], float]:
    """Cumulative histogram buckets and the sum of a tally of batch sizes."""
    buckets = []
    for bound in (*BATCH_BUCKETS, float("inf")):
        below = sum(count for size, count in sizes.items() if size <= bound)
        buckets.append((_bound_text(bound), float(below)))
    return buckets, float(sum(size * count for size, count in sizes.items()))


class MetricsEndpoint:
    """`GET /metrics` in the Prometheus text format on its own port (aiohttp)."""

    def __init__(self, metrics: Metrics, host: str, port: int) -> None:
        self._metrics = metrics
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def _scrape(self, request: web.Request) -> web.Response:
        body = generate_latest(self._metrics.registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def start(self) -> int:
        """Listen; the port bound (the one asked for, or a free one for 0)."""
        app = web.Application()
        app.router.add_get(METRICS_PATH, self._scrape)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        self.port = await start_site(
            self._runner,
            self._host,
            self._port,
            what="metrics",
            setting="metrics_port",
            env="LOGCLASS_METRICS_PORT",
        )
        log.info("metrics on %s:%d%s", self._host, self.port, METRICS_PATH)
        return self.port

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
