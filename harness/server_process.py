"""A real `python -m server serve` on an ephemeral loopback port, for the tests and `make bench`."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from server.generated.logclass.v1 import classifier_pb2_grpc as pb_grpc
from server.metrics import METRICS_LOG_LINE, METRICS_PATH

REPO = Path(__file__).resolve().parent.parent
LISTENING = re.compile(r"listening on [\d.]+:(\d+)")
START_TIMEOUT_S = 60.0


@dataclass
class ServerProcess:
    """A `python -m server serve` child process and what it logged."""

    process: subprocess.Popen[str]
    port: int
    log_lines: list[str] = field(default_factory=list)
    # What it wrote on standard output (the `stdout://` forward target's lines).
    output_lines: list[str] = field(default_factory=list)
    # For a server with TLS on: what a client trusts (and presents, for mutual TLS).
    credentials: grpc.ChannelCredentials | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def channel(self, **options: int) -> grpc.Channel:
        if self.credentials is not None:
            return grpc.secure_channel(self.address, self.credentials, list(options.items()))
        return grpc.insecure_channel(self.address, options=list(options.items()))

    def logged(self, pattern: re.Pattern[str], what: str, timeout: float = 30.0) -> re.Match[str]:
        """The first line the server logged that matches `pattern` (waiting up to `timeout`)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.log_lines):
                match = pattern.search(line)
                if match:
                    return match
            time.sleep(0.05)
        raise RuntimeError(f"the server logged no {what}:\n" + "".join(self.log_lines))

    def metrics_url(self, timeout: float = 30.0) -> str:
        """The server's `/metrics` URL, read from its log."""
        match = self.logged(METRICS_LOG_LINE, "metrics port", timeout)
        return f"http://127.0.0.1:{match.group(2)}{METRICS_PATH}"

    def stop(self, timeout: float = 30.0) -> int:
        if self.process.poll() is None:
            self.process.terminate()
        return self.process.wait(timeout=timeout)


def free_ports(count: int) -> list[int]:
    """`count` distinct loopback ports nothing listens on right now."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def run_logclass(
    *args: str, env: Mapping[str, str] | None = None, cwd: Path = REPO
) -> subprocess.CompletedProcess[str]:
    """`python -m server ARGS` in a bare environment (plus `env`), with its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "server", *args],
        cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def classifier_stub(channel: grpc.Channel) -> pb_grpc.LogClassifierStub:
    """A LogClassifier client stub (the grpc plugin's generated code has no type hints)."""
    return pb_grpc.LogClassifierStub(channel)  # type: ignore[no-untyped-call]


def start_server(
    extra_env: Mapping[str, str] | None = None,
    *args: str,
    credentials: grpc.ChannelCredentials | None = None,
) -> ServerProcess:
    """Start a server on a free loopback port and wait until its health says SERVING (over TLS
    with `credentials` when the server has TLS on)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOGCLASS_")}
    env.update(extra_env or {})
    process = subprocess.Popen(
        # Ephemeral ports only: test servers run side by side (OTLP/HTTP would default to 4318).
        [
            sys.executable,
            "-m",
            "server",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--otlp-http-port",
            "0",
            "--metrics-port",
            "0",
            *args,
        ],
        cwd=REPO,
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None and process.stdout is not None
    lines: list[str] = []
    port = 0
    deadline = time.monotonic() + START_TIMEOUT_S
    while port == 0:
        line = process.stderr.readline()
        if not line:
            raise RuntimeError("server exited before listening:\n" + "".join(lines))
        lines.append(line)
        match = LISTENING.search(line)
        if match:
            port = int(match.group(1))
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("server did not listen in time:\n" + "".join(lines))
    server = ServerProcess(process, port, lines, credentials=credentials)
    # Keep draining both pipes so the child never blocks on a full one.
    threading.Thread(target=_drain, args=(process.stderr, lines), daemon=True).start()
    threading.Thread(target=_drain, args=(process.stdout, server.output_lines), daemon=True).start()
    wait_serving(server, deadline)
    return server


def _drain(stream: IO[str], lines: list[str]) -> None:
    for line in stream:
        lines.append(line)


def wait_serving(server: ServerProcess, deadline: float) -> None:
    with server.channel() as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while True:
            try:
                reply = stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=5)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.RpcError:
                pass
            if time.monotonic() > deadline or server.process.poll() is not None:
                raise RuntimeError("server never became SERVING:\n" + "".join(server.log_lines))
            time.sleep(0.1)
