"""OTLP/HTTP under bad input, as a hostile or broken client sends it: each gets its status, none
a traceback, memory stays flat, and the server keeps answering good requests."""

from __future__ import annotations

import gzip
import http.client
import json
import signal
import socket
import time
import urllib.error
from collections.abc import Iterator
from urllib.parse import urlsplit

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from bench.soak import rss_mib
from harness.http import post
from server.generated.logclass.v1 import classifier_pb2 as pb
from tests.conftest import ServerProcess, classifier_stub
from tests.server.otlp.loopback import start_sidecar
from tests.server.otlp.test_body import bomb
from tests.server.test_metrics import otlp_request

GOOD = otlp_request(3).SerializeToString()


@pytest.fixture(scope="module")
def sidecar() -> Iterator[tuple[ServerProcess, str]]:
    server, url = start_sidecar({"LOGCLASS_OTLP_READ_TIMEOUT": "1"})
    try:
        yield server, url
    finally:
        server.stop()


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        (GOOD, {}, 415),  # no Content-Type
        (GOOD, {"Content-Type": "text/plain"}, 415),
        (GOOD, {"Content-Type": "application/x-protobuf", "Content-Encoding": "gzip"}, 400),
        (
            gzip.compress(GOOD),
            {"Content-Type": "application/x-protobuf", "Content-Encoding": "deflate"},
            400,
        ),
        (GOOD, {"Content-Type": "application/x-protobuf", "Content-Encoding": "br"}, 415),
        (b"[" * 5000 + b"]" * 5000, {"Content-Type": "application/json"}, 400),
        (
            json.dumps({"resourceLogs": [{"scopeLogs": [{"x": {"y": 1}}]}]}).encode()[:-3],
            {"Content-Type": "application/json"},
            400,
        ),
        (b"\x0a\xff\xff\xff", {"Content-Type": "application/x-protobuf"}, 400),
    ],
    ids=[
        "no-type",
        "text-plain",
        "gzip-on-plain",
        "gzip-as-deflate",
        "brotli",
        "deep-json",
        "cut-json",
        "bad-protobuf",
    ],
)
def test_bad_bodies_get_their_status(
    sidecar: tuple[ServerProcess, str], body: bytes, headers: dict[str, str], status: int
) -> None:
    _, url = sidecar
    assert post(url, body, headers) == status
    assert post(url, GOOD, {"Content-Type": "application/x-protobuf"}) == 200


def raw_request(url: str, head: bytes, body: bytes, wait_s: float) -> bytes:
    """Send `head` and `body` over a raw socket and read what comes back within `wait_s`."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=wait_s) as sock:
        sock.sendall(head + body)
        try:
            return sock.recv(4096)
        except TimeoutError:
            return b""


def test_a_body_that_never_arrives_is_answered_408(sidecar: tuple[ServerProcess, str]) -> None:
    _, url = sidecar
    head = (
        b"POST /v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
        b"Content-Length: 1000\r\n\r\n"
    )
    assert raw_request(url, head, b"\x0a\x00", wait_s=10).startswith(b"HTTP/1.1 408")
    chunked = (
        b"POST /v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    assert raw_request(url, chunked, b"2\r\n\x0a\x00\r\n", wait_s=10).startswith(b"HTTP/1.1 408")


def test_a_client_leaving_mid_body_and_bombs_leave_no_trace(
    sidecar: tuple[ServerProcess, str],
) -> None:
    server, url = sidecar
    parts = urlsplit(url)
    # 200 slow clients at once, each leaving halfway through its body.
    leaving = [
        socket.create_connection((parts.hostname, parts.port), timeout=10) for _ in range(200)
    ]
    for sock in leaving:
        sock.sendall(
            b"POST /v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
            b"Content-Length: 100000\r\n\r\n" + bytes(500)
        )
    for sock in leaving:
        sock.close()
    body = bomb(1024)  # 1 GiB of zeros in about 1 MB
    headers = {"Content-Type": "application/x-protobuf", "Content-Encoding": "gzip"}
    assert post(url, body, headers) == 413
    before = rss_mib(server)
    for _ in range(50):
        assert post(url, body, headers) == 413
    # Each inflates to the 16 MiB limit at most and lets it go: memory stays where it was.
    assert rss_mib(server) - before < 64
    assert post(url, GOOD, {"Content-Type": "application/x-protobuf"}) == 200
    logs = "".join(server.log_lines)
    assert "Traceback" not in logs and "ERROR" not in logs


def test_new_work_after_sigterm_is_refused_at_once() -> None:
    server, url = start_sidecar({"LOGCLASS_GRACE_PERIOD": "20"})
    try:
        parts = urlsplit(url)
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
        headers = {"Content-Type": "application/x-protobuf"}
        connection.request("POST", parts.path, GOOD, headers)
        assert connection.getresponse().read() is not None
        with server.channel() as channel:
            # An open call keeps the server draining for the whole grace period.
            watch = health_pb2_grpc.HealthStub(channel).Watch(
                health_pb2.HealthCheckRequest(service=""), timeout=30
            )
            assert next(watch).status == health_pb2.HealthCheckResponse.SERVING
            server.process.send_signal(signal.SIGTERM)
            assert next(watch).status == health_pb2.HealthCheckResponse.NOT_SERVING
            # A new request on the open connection: 503 (or the connection closed), within the
            # client's 5 s, long before the 20 s drain ends.
            try:
                connection.request("POST", parts.path, GOOD, headers)
                assert connection.getresponse().status == 503
            except (ConnectionError, http.client.HTTPException):
                pass
            with pytest.raises(grpc.RpcError) as refused:
                classifier_stub(channel).ClassifyBatch(pb.ClassifyRequest(), timeout=5)
            # Refused within the 5 s (a wait for the drain would end in DEADLINE_EXCEEDED). A
            # call that reaches the server in the instant gRPC core begins its shutdown can be
            # cancelled by the core before any handler sees it: CANCELLED, which OTLP exporters
            # retry as they retry UNAVAILABLE.
            assert refused.value.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.CANCELLED)
            watch.cancel()
        connection.close()
    finally:
        server.stop()


def closed_within(sock: socket.socket, wait_s: float) -> bool:
    """Whether the server closes `sock` (or resets it) within `wait_s` seconds."""
    sock.settimeout(wait_s)
    try:
        return sock.recv(4096) == b""
    except ConnectionError:
        return True
    except TimeoutError:
        return False


def _posted_once_free(url: str, within_s: float = 10.0) -> int:
    """The status of a POST of GOOD, retried while the server still closes new connections
    (it frees a slot when it sees a held connection close, on its own time)."""
    deadline = time.monotonic() + within_s
    while True:
        try:
            return post(url, GOOD, {"Content-Type": "application/x-protobuf"})
        except (ConnectionError, http.client.HTTPException, urllib.error.URLError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_headers_that_never_end_and_connections_past_the_cap_are_closed() -> None:
    env = {"LOGCLASS_OTLP_READ_TIMEOUT": "3", "LOGCLASS_OTLP_MAX_CONNECTIONS": "4"}
    server, url = start_sidecar(env)
    parts = urlsplit(url)
    address = (parts.hostname or "", parts.port or 0)
    try:
        with socket.create_connection(address, timeout=10) as stalled:
            stalled.sendall(b"POST /v1/logs HTTP/1.1\r\nHost: x\r\n")  # and never the rest
            assert closed_within(stalled, wait_s=15)
        held = [socket.create_connection(address, timeout=10) for _ in range(4)]
        try:
            with socket.create_connection(address, timeout=10) as extra:
                assert closed_within(extra, wait_s=5)
            assert not closed_within(held[0], wait_s=0.2)  # the first four stay open
        finally:
            for sock in held:
                sock.close()
        # Once the server has seen the four close, a new connection is served again.
        assert _posted_once_free(url) == 200
    finally:
        server.stop()
