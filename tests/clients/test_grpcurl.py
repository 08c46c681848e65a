"""The README's grpcurl commands: run as written if grpcurl is installed, else replayed.

grpcurl is not packaged by Debian, so CI replays each command with a Python client that, like
grpcurl, knows only what server reflection tells it: a fresh descriptor pool, no generated code.
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
from typing import Any

import grpc
from google.protobuf import descriptor_pool, json_format, message_factory
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

from tests.conftest import REPO, ServerProcess

README_ADDRESS = "127.0.0.1:50051"


def readme_grpcurl_commands() -> list[str]:
    """Every grpcurl command in the README, backslash continuations joined."""
    commands: list[str] = []
    joined = ""
    for line in (REPO / "README.md").read_text().splitlines():
        if not joined and not line.startswith("grpcurl "):
            continue
        joined += line.removesuffix("\\")
        if not line.endswith("\\"):
            commands.append(joined)
            joined = ""
    return commands


def json_messages(data: str) -> list[dict[str, Any]]:
    """The JSON objects of grpcurl's -d, which holds one per request message, concatenated."""
    decoder = json.JSONDecoder()
    messages: list[dict[str, Any]] = []
    rest = data.strip()
    while rest:
        message, end = decoder.raw_decode(rest)
        messages.append(message)
        rest = rest[end:].strip()
    return messages


def replay(argv: list[str], channel: grpc.Channel) -> list[Any]:
    """What grpcurl prints for `argv` (as names or dicts), knowing the server only by reflection."""
    data, positional = "{}", []
    args = iter(argv[1:])
    for arg in args:
        if arg == "-d":
            data = next(args)
        elif not arg.startswith("-"):
            positional.append(arg)
    _address, verb, *symbols = positional
    database = ProtoReflectionDescriptorDatabase(channel)
    pool = descriptor_pool.DescriptorPool(database)
    if verb == "list":
        return list(database.get_services())
    if verb == "describe":
        return [describe(pool, symbol) for symbol in symbols]

    service_name, method_name = verb.split("/")
    method = pool.FindServiceByName(service_name).methods_by_name[method_name]
    request_class = message_factory.GetMessageClass(method.input_type)
    response_class = message_factory.GetMessageClass(method.output_type)
    requests = [json_format.ParseDict(m, request_class()) for m in json_messages(data)]
    call = (channel.stream_stream if method.client_streaming else channel.unary_unary)(
        f"/{service_name}/{method_name}",
        request_serializer=lambda m: m.SerializeToString(),
        response_deserializer=response_class.FromString,
    )
    if method.client_streaming:
        replies = list(call(iter(requests), timeout=10))
    else:
        [request] = requests
        replies = [call(request, timeout=10)]
    return [json_format.MessageToDict(reply) for reply in replies]


def describe(pool: descriptor_pool.DescriptorPool, symbol: str) -> list[str]:
    """The fields of a message or the methods of a service, as `describe` shows them."""
    try:
        return [m.name for m in pool.FindServiceByName(symbol).methods]
    except KeyError:
        return [f.name for f in pool.FindMessageTypeByName(symbol).fields]


def test_the_readme_grpcurl_commands_work(server: ServerProcess) -> None:
    commands = readme_grpcurl_commands()
    assert len(commands) >= 5, commands
    grpcurl = shutil.which("grpcurl")
    for command in commands:
        argv = shlex.split(command.replace(README_ADDRESS, server.address))
        if grpcurl is not None:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
            assert done.returncode == 0, f"{command}\n{done.stderr}"
            continue
        with server.channel() as channel:
            output = replay(argv, channel)
        assert output, command
        if "-d" in argv:  # Classify or ClassifyBatch: every record answered, in order
            sent = json_messages(argv[argv.index("-d") + 1])
            ids = [[r["id"] for r in m["records"]] for m in sent]
            assert [[c["id"] for c in reply["results"]] for reply in output] == ids, command
        if command.endswith("grpc.health.v1.Health/Check"):
            assert output == [{"status": "SERVING"}]
