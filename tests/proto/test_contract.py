"""The contract as other languages see it: only the .proto file, or only server reflection."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from google.protobuf import descriptor_pool, message_factory
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

from tests.conftest import REPO, ServerProcess

CLIENT = textwrap.dedent(
    """
    import sys
    import grpc
    from logclass.v1 import classifier_pb2 as pb, classifier_pb2_grpc as pb_grpc

    assert "server" not in sys.modules
    records = [
        pb.LogRecord(id=f"r{i}", source="ModernCRM", message=f"User User{i} logged in.")
        for i in range(1000)
    ]
    requests = [pb.ClassifyRequest(records=records[i : i + 100]) for i in range(0, 1000, 100)]
    with grpc.insecure_channel(sys.argv[1]) as channel:
        replies = pb_grpc.LogClassifierStub(channel).Classify(iter(requests), timeout=60)
        results = [c for reply in replies for c in reply.results]
    assert [c.id for c in results] == [r.id for r in records], "ids in order"
    assert {c.label for c in results} == {"User Action"}, {c.label for c in results}
    print(len(results))
    """
)


def test_a_client_built_from_the_proto_file_alone(server: ServerProcess, tmp_path: Path) -> None:
    gen = tmp_path / "gen"
    gen.mkdir()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "grpc_tools.protoc",
            f"-I{REPO / 'proto'}",
            f"--python_out={gen}",
            f"--grpc_python_out={gen}",
            "logclass/v1/classifier.proto",
        ],
        check=True,
    )
    script = tmp_path / "client.py"
    script.write_text(CLIENT)
    done = subprocess.run(
        [sys.executable, str(script), server.address],
        cwd=gen,  # the generated package only: nothing of this repository is importable
        env={"PYTHONPATH": str(gen), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1000"


def test_reflection_lists_and_calls_the_service_without_the_proto(server: ServerProcess) -> None:
    with server.channel() as channel:
        database = ProtoReflectionDescriptorDatabase(channel)
        services = set(database.get_services())
        assert {
            "logclass.v1.LogClassifier",
            "grpc.health.v1.Health",
            "grpc.reflection.v1alpha.ServerReflection",
        } <= services

        pool = descriptor_pool.DescriptorPool(database)
        service = pool.FindServiceByName("logclass.v1.LogClassifier")
        method = service.methods_by_name["ClassifyBatch"]
        request_class = message_factory.GetMessageClass(method.input_type)
        response_class = message_factory.GetMessageClass(method.output_type)

        request: Any = request_class()
        record = request.records.add()
        record.id, record.source = "dyn-1", "WebServer"
        record.message = "POST /login status 401 len 88"
        call = channel.unary_unary(
            f"/{service.full_name}/{method.name}",
            request_serializer=lambda m: m.SerializeToString(),
            response_deserializer=response_class.FromString,
        )
        reply = call(request, timeout=10)
    assert [(c.id, c.label, c.tier) for c in reply.results] == [("dyn-1", "HTTP Status", "regex")]
    assert [m.name for m in service.methods] == [
        "Classify",
        "ClassifyBatch",
        "GetModelInfo",
        "ListTemplates",
    ]
