"""Wire fuzzing: corrupt or random request bytes on every RPC get INVALID_ARGUMENT (or, when they
happen to decode, an answer), never UNKNOWN or a traceback, and the server keeps answering."""

from __future__ import annotations

import random

import grpc
import pytest

from server.generated.logclass.v1 import classifier_pb2 as pb
from tests.conftest import ServerProcess, classifier_stub, start_server

UNARY = (
    "/logclass.v1.LogClassifier/ClassifyBatch",
    "/logclass.v1.LogClassifier/GetModelInfo",
    "/opentelemetry.proto.collector.logs.v1.LogsService/Export",
    "/grpc.health.v1.Health/Check",
)
STREAM = "/logclass.v1.LogClassifier/Classify"


def bad_messages() -> list[bytes]:
    rng = random.Random(7)
    fixed = [b"\x0a\xff\xff\xff", b"\xff" * 16, b"\x0a\x05abc", b"\x12\x80\x80\x80\x80\x10"]
    return fixed + [rng.randbytes(rng.randint(1, 64)) for _ in range(40)]


def identity(data: bytes) -> bytes:
    return data


def call_codes(server: ServerProcess) -> set[grpc.StatusCode]:
    codes: set[grpc.StatusCode] = set()
    with server.channel() as channel:
        for method in UNARY:
            call = channel.unary_unary(method, identity, identity)
            for message in bad_messages():
                try:
                    call(message, timeout=10)
                    codes.add(grpc.StatusCode.OK)
                except grpc.RpcError as error:
                    codes.add(error.code())
        stream = channel.stream_stream(STREAM, identity, identity)
        good = pb.ClassifyRequest(records=[pb.LogRecord(id="1", message="disk full")])
        for message in bad_messages()[:10]:
            try:
                list(stream(iter([good.SerializeToString(), message]), timeout=10))
                codes.add(grpc.StatusCode.OK)
            except grpc.RpcError as error:
                codes.add(error.code())
    return codes


def test_bad_bytes_get_invalid_argument_and_the_server_keeps_answering() -> None:
    server = start_server()
    try:
        codes = call_codes(server)
        assert grpc.StatusCode.INVALID_ARGUMENT in codes
        assert codes <= {grpc.StatusCode.OK, grpc.StatusCode.INVALID_ARGUMENT}
        with server.channel() as channel:
            reply = classifier_stub(channel).ClassifyBatch(
                pb.ClassifyRequest(records=[pb.LogRecord(id="ok", message="disk full")]),
                timeout=30,
            )
        assert [r.id for r in reply.results] == ["ok"]
    finally:
        server.stop()
    logs = "".join(server.log_lines)
    assert "Traceback" not in logs and " ERROR " not in logs


def test_a_stream_gets_its_answers_before_the_message_that_does_not_decode() -> None:
    server = start_server()
    good = [
        pb.ClassifyRequest(records=[pb.LogRecord(id=str(n), message="disk full")]) for n in range(3)
    ]
    try:
        with server.channel() as channel:
            stream = channel.stream_stream(STREAM, identity, pb.ClassifyResponse.FromString)
            messages = [m.SerializeToString() for m in good] + [b"\xff" * 16]
            replies = stream(iter(messages), timeout=30)
            answered: list[str] = []
            with pytest.raises(grpc.RpcError) as error:
                for reply in replies:
                    answered.extend(c.id for c in reply.results)
    finally:
        server.stop()
    assert error.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert answered == ["0", "1", "2"]
