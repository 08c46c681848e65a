"""The gRPC server: wiring, health, reflection, limits and graceful shutdown, all in one place."""

from __future__ import annotations

import asyncio
import logging
import signal

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from server import heap
from server.config import REVIEW_OFF, Settings
from server.generated.logclass.v1 import classifier_pb2_grpc as pb_grpc
from server.grpc_guard import BadMessageInterceptor
from server.grpc_metrics import GrpcMetricsInterceptor
from server.metrics import METRICS_OFF, Metrics, MetricsEndpoint
from server.otlp.endpoints import LOGS_SERVICE_NAME, OtlpEndpoints
from server.pipeline import Pipeline, build_pipeline
from server.review import ReviewPage
from server.security import TokenInterceptor, warn_if_exposed
from server.service import SERVICE_NAME, LogClassifierService
from server.sites import bind_error

log = logging.getLogger(__name__)

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING
OVERALL = ""


class ClassifierServer:
    """One gRPC server around one pipeline; `run` serves until SIGTERM/SIGINT or `stop`."""

    def __init__(
        self, settings: Settings, pipeline: Pipeline | None = None, settle_heap: bool = False
    ) -> None:
        self.settings = settings
        # Whether the garbage collector is set for serving once the tiers are loaded
        # (`server.heap`): process-wide, so only the server's own process asks for it.
        self.settle_heap = settle_heap
        self.pipeline = pipeline if pipeline is not None else build_pipeline(settings)
        self.health = health.aio.HealthServicer()
        self.port = 0
        self._stopping = asyncio.Event()
        self.metrics = Metrics(settings.metrics_max_sources)
        self.metrics.watch_tiers(lambda: self.pipeline.tiers)
        self.pipeline.observers.append(self.metrics.observe_answers)
        self.metrics_endpoint = (
            MetricsEndpoint(
                self.metrics, settings.metrics_host or settings.host, settings.metrics_port
            )
            if settings.metrics_port != METRICS_OFF
            else None
        )
        self._server = grpc.aio.server(
            # Metrics first: a refused token is an RPC too, counted as UNAUTHENTICATED.
            interceptors=[
                GrpcMetricsInterceptor(self.metrics),
                *([TokenInterceptor(settings.auth_token)] if settings.auth_token else []),
                BadMessageInterceptor(),
            ],
            options=[
                ("grpc.max_receive_message_length", settings.max_message_bytes),
                ("grpc.max_send_message_length", settings.max_message_bytes),
                # Off: with it, a second server on the same port silently shares its traffic.
                ("grpc.so_reuseport", 0),
            ],
        )
        # The grpc plugin's generated code has no type hints.
        pb_grpc.add_LogClassifierServicer_to_server(  # type: ignore[no-untyped-call]
            LogClassifierService(
                self.pipeline, settings.semantic.confidence_threshold, self.metrics
            ),
            self._server,
        )
        self.review = (
            ReviewPage(
                self.pipeline,
                settings.review_host or settings.host,
                settings.review_port,
                settings.auth_token,
                settings.tls.ssl_context() if settings.tls.on else None,
            )
            if settings.review_port != REVIEW_OFF
            else None
        )
        self.otlp = OtlpEndpoints(settings, self.pipeline, self.metrics)
        self.otlp.add_to(self._server)
        health_pb2_grpc.add_HealthServicer_to_server(self.health, self._server)
        reflection.enable_server_reflection(
            (SERVICE_NAME, LOGS_SERVICE_NAME, health.SERVICE_NAME, reflection.SERVICE_NAME),
            self._server,
        )

    async def _set_health(self, status: health_pb2.HealthCheckResponse.ServingStatus) -> None:
        for service in (OVERALL, SERVICE_NAME, LOGS_SERVICE_NAME):
            await self.health.set(service, status)

    async def run(self) -> None:
        """Bind, load and warm the tiers, serve until asked to stop, then drain and close."""
        address = f"{self.settings.host}:{self.settings.port}"
        loop = asyncio.get_running_loop()
        started = loop.time()
        await self._set_health(NOT_SERVING)
        try:
            tls = self.settings.tls
            self.port = (
                self._server.add_secure_port(address, tls.grpc_credentials())
                if tls.on
                else self._server.add_insecure_port(address)
            )
        except RuntimeError:  # grpcio reports a failed bind this way, without the cause
            self.port = 0
        if self.port == 0:
            raise bind_error(
                "gRPC", address, "port", "LOGCLASS_PORT", "in use, or not an address of this host"
            )
        await self._server.start()
        try:
            # Every port is bound before the "listening on" line tools wait for.
            if self.metrics_endpoint is not None:
                await self.metrics_endpoint.start()
            if self.review is not None:
                await self.review.start()
            await self.otlp.start()
            # Listening before the tiers are warm lets health checks see NOT_SERVING meanwhile.
            log.info(
                "listening on %s:%d (%s)", self.settings.host, self.port, self.settings.tls.mode
            )
            warn_if_exposed(self.settings.host, self.settings.tls, self.settings.auth_token)
            await self.pipeline.start()
            if self.settle_heap:
                heap.settle()
            await self._set_health(SERVING)
            startup_s = round(loop.time() - started, 3)
            tiers = list(self.pipeline.tiers)
            log.info(
                "serving: tiers %s ready in %.1f s",
                ", ".join(tiers),
                startup_s,
                extra={"tiers": tiers, "startup_s": startup_s},
            )
            await self._stopping.wait()
            # New RPCs get UNAVAILABLE from grpc's own stop; a new OTLP/HTTP request on an open
            # connection gets 503 from the receiver. Calls and streams in flight finish.
            self.pipeline.ready = False
            log.info("stopping: draining for up to %.1f s", self.settings.grace_period)
            await self.health.enter_graceful_shutdown()
            await asyncio.gather(self._server.stop(self.settings.grace_period), self.otlp.stop())
        finally:
            await self._server.stop(None)
            await self.otlp.close()
            await self.pipeline.close()
            if self.metrics_endpoint is not None:
                await self.metrics_endpoint.close()
            if self.review is not None:
                await self.review.close()
        log.info("stopped")

    def stop(self) -> None:
        """Ask `run` to drain and return (safe to call more than once)."""
        self._stopping.set()


async def serve(settings: Settings) -> int:
    """Run a server with SIGTERM/SIGINT wired to a graceful stop; the process's exit code."""
    server = ClassifierServer(settings, settle_heap=True)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, server.stop)
    overrides = server.pipeline.overrides
    if overrides is not None:
        loop.add_signal_handler(signal.SIGHUP, overrides.reload)
    await server.run()
    return 0
