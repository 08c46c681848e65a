"""The OTLP receiver's lifecycle: gRPC service, HTTP site and forwarder, started and stopped."""

from __future__ import annotations

import logging
import re

import grpc

from server.config import Settings
from server.metrics import Metrics
from server.otlp.forward import build_forwarder
from server.otlp.grpc_service import LOGS_SERVICE_NAME, OtlpLogsService, add_to_server
from server.otlp.http_server import LOGS_PATH, OtlpHttpServer
from server.otlp.receiver import OtlpReceiver
from server.pipeline import Pipeline

log = logging.getLogger(__name__)

__all__ = ["HTTP_LOG_LINE", "LOGS_SERVICE_NAME", "OtlpEndpoints"]

# The start-up line naming the OTLP/HTTP address; tools started with port 0 read the port from it.
HTTP_LOG_LINE = re.compile(r"OTLP/HTTP on (\S+):(\d+)/v1/logs")


class OtlpEndpoints:
    """OTLP logs in on the gRPC server and on `otlp_http_port`, forwarded to `otlp_forward`."""

    def __init__(self, settings: Settings, pipeline: Pipeline, metrics: Metrics) -> None:
        self.settings = settings
        config = settings.otlp
        self.forwarder = build_forwarder(config.forward, settings.max_message_bytes)
        self.receiver = OtlpReceiver(
            pipeline,
            self.forwarder,
            config.record_fields,
            config.max_in_flight,
            config.forward_timeout,
            config.forward_max_bytes,
            template_text=config.template_text,
            metrics=metrics,
        )
        self.http: OtlpHttpServer | None = None
        if config.http_on:
            self.http = OtlpHttpServer(
                self.receiver,
                settings.host,
                config.http_port,
                settings.max_message_bytes,
                settings.grace_period,
                read_timeout_s=config.read_timeout,
                max_connections=config.max_connections,
                ssl_context=settings.tls.ssl_context() if settings.tls.on else None,
                auth_token=settings.auth_token,
            )
        self.http_port = 0

    def add_to(self, server: grpc.aio.Server) -> None:
        """Register `LogsService/Export` on the classifier's gRPC server."""
        add_to_server(OtlpLogsService(self.receiver), server)

    async def start(self) -> None:
        """Open the forwarder and the HTTP site."""
        await self.forwarder.start()
        log.info("OTLP: forwarding to %s", self.forwarder.description)
        if self.http is not None:
            self.http_port = await self.http.start()
            # Worded unlike the gRPC "listening on" line, which tools parse for the gRPC port.
            scheme = "https" if self.settings.tls.on else "http"
            log.info(
                "OTLP/HTTP on %s:%d%s (%s)", self.settings.host, self.http_port, LOGS_PATH, scheme
            )

    async def stop(self) -> None:
        """Stop the HTTP site after its requests in flight finished (up to the grace period)."""
        if self.http is not None:
            await self.http.stop()

    async def close(self) -> None:
        """Stop everything (safe after `stop`, and more than once)."""
        await self.stop()
        await self.forwarder.close()
