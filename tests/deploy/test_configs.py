"""The configs under deploy/ parse and agree with the server: ports, paths, attribute names."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from google.protobuf import json_format
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from server.config import Settings, load_settings
from server.otlp.http_server import LOGS_PATH
from server.otlp.target import parse_forward_url
from server.otlp.translate import LABEL_ATTRIBUTE
from tests.conftest import REPO

DEPLOY = REPO / "deploy"


def load_yaml(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict), path
    return document


def sidecar_settings(directory: str) -> Settings:
    """The settings `logclass serve --config deploy/<directory>/logclass.toml` runs with."""
    return load_settings(argparse.Namespace(config=DEPLOY / directory / "logclass.toml"), {})


def documented_labels() -> set[str]:
    """The labels of the README's taxonomy table."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Labels and routing", 1)[1].split("\n\n", 2)[1]
    return {row.split("|")[1].strip() for row in table.splitlines()[2:]}


def port_of(address: str) -> int:
    return int(address.rsplit(":", 1)[1])


def is_on(value: Any) -> bool:
    return value is True or str(value).lower() in ("on", "true")


def by_name(items: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [item for item in items if item.get("name") == name]


@pytest.mark.parametrize("name", ["fluent-bit.yaml", "fluent-bit-grpc.yaml"])
def test_fluent_bit_config_agrees_with_the_sidecar(name: str) -> None:
    config = load_yaml(DEPLOY / "fluent-bit" / name)
    pipeline = config["pipeline"]
    settings = sidecar_settings("fluent-bit")
    [tail] = by_name(pipeline["inputs"], "tail")
    [otlp_in] = by_name(pipeline["inputs"], "opentelemetry")
    [to_sidecar] = by_name(pipeline["outputs"], "opentelemetry")

    # Both configs tail alike; a file created later is found in seconds, not Fluent Bit's 60 s.
    [http_tail] = by_name(
        load_yaml(DEPLOY / "fluent-bit" / "fluent-bit.yaml")["pipeline"]["inputs"], "tail"
    )
    assert tail == http_tail
    assert int(tail["refresh_interval"]) <= 5

    # tail without a parser yields the line under `log`; that key is the body sent over.
    assert "parser" not in tail
    assert to_sidecar["logs_body_key"] == "$log" and "log" in settings.otlp.body_keys
    assert is_on(to_sidecar["logs_body_key_attributes"])
    [add_source] = tail["processors"]["logs"]
    assert (add_source["action"], add_source["key"]) == ("insert", settings.otlp.source_attribute)

    # tail -> the sidecar: OTLP/HTTP on its HTTP port (the default config), or OTLP/gRPC on its
    # gRPC port, where LogsService/Export sits beside LogClassifier (one connection a request:
    # Fluent Bit's HTTP/2 client cannot reuse one).
    assert to_sidecar["match"] == tail["tag"]
    if is_on(to_sidecar.get("grpc", False)):
        assert name == "fluent-bit-grpc.yaml" and "grpc_logs_uri" not in to_sidecar
        assert (to_sidecar["host"], to_sidecar["port"]) == (settings.host, settings.port)
        assert not is_on(to_sidecar["net.keepalive"])
    else:
        assert name == "fluent-bit.yaml" and to_sidecar["logs_uri"] == LOGS_PATH
        assert (to_sidecar["host"], to_sidecar["port"]) == (settings.host, settings.otlp.http_port)

    # Nothing is given up: chunks wait on disk, are retried without limit, and go in one request
    # each (Fluent Bit 5.1.1 loses a chunk whose non-last request is refused).
    assert config["service"]["storage.path"]
    assert tail["storage.type"] == "filesystem" and tail["db"]
    assert to_sidecar["retry_limit"] == "no_limits"
    assert int(to_sidecar["batch_size"]) >= 100_000

    # The sidecar forwards to the opentelemetry input, whose port is none of the sidecar's.
    assert settings.otlp.forward is not None
    forward = parse_forward_url(settings.otlp.forward)
    assert forward.is_grpc
    assert forward.address == f"{otlp_in['listen']}:{otlp_in['port']}"
    assert otlp_in["port"] not in (settings.port, settings.otlp.http_port)
    assert otlp_in["tag"] != tail["tag"], "enriched records must not loop back to the sidecar"

    # Routes read the label from the record's metadata and name outputs that exist; no two
    # routes share an output (fluent/fluent-bit#12144: one of them would lose its records).
    assert otlp_in["storage.type"] == "filesystem"
    aliases = {output.get("alias") for output in pipeline["outputs"]}
    labels = documented_labels()
    conditional = 0
    targets = [name for route in otlp_in["routes"]["logs"] for name in route["to"]["outputs"]]
    assert len(targets) == len(set(targets))
    for route in otlp_in["routes"]["logs"]:
        assert set(route["to"]["outputs"]) <= aliases
        if route["condition"].get("default"):
            continue
        for rule in route["condition"]["rules"]:
            assert rule["field"] == f"$otlp['attributes']['{LABEL_ATTRIBUTE}']"
            assert rule["context"] == "metadata"
            assert rule["value"] in labels
            conditional += 1
    assert conditional >= 1


def test_vector_config_agrees_with_the_sidecar() -> None:
    config = load_yaml(DEPLOY / "vector" / "vector.yaml")
    settings = sidecar_settings("vector")
    sources, transforms, sinks = config["sources"], config["transforms"], config["sinks"]

    # Every input names a component (or one of its named outputs).
    outputs = {*sources, *transforms, "from_logclass.logs"}
    outputs |= {f"by_label.{name}" for name in transforms["by_label"]["route"]}
    for component in (*transforms.values(), *sinks.values()):
        assert set(component["inputs"]) <= outputs, component

    # native file events -> OTLP shape -> the sidecar's OTLP/HTTP port and path.
    to_sidecar = sinks["to_logclass"]
    assert to_sidecar["type"] == "opentelemetry" and to_sidecar["inputs"] == ["to_otlp"]
    protocol = to_sidecar["protocol"]
    assert (protocol["type"], protocol["encoding"]["codec"]) == ("http", "otlp")
    assert protocol["uri"] == f"http://{settings.host}:{settings.otlp.http_port}{LOGS_PATH}"
    remap = transforms["to_otlp"]["source"]
    assert f'"key": "{settings.otlp.source_attribute}"' in remap

    # The sidecar forwards over gRPC to the opentelemetry source; its HTTP port is none of ours.
    source = sources["from_logclass"]
    assert source["type"] == "opentelemetry"
    assert settings.otlp.forward is not None
    forward = parse_forward_url(settings.otlp.forward)
    assert forward.is_grpc and forward.address == source["grpc"]["address"]
    ports = (settings.port, settings.otlp.http_port, port_of(source["grpc"]["address"]))
    assert port_of(source["http"]["address"]) not in ports
    assert port_of(source["grpc"]["address"]) not in (settings.port, settings.otlp.http_port)

    # The route reads the label attribute and compares it with a documented label.
    [condition] = transforms["by_label"]["route"].values()
    match = re.fullmatch(r'\.attributes\."([^"]+)" == "([^"]+)"', condition)
    assert match is not None, condition
    assert match.group(1) == LABEL_ATTRIBUTE and match.group(2) in documented_labels()


def test_vector_remap_builds_a_valid_otlp_logs_request() -> None:
    """The remap's keys, filled with sample values, parse as OTLP/JSON with no unknown field."""
    remap = load_yaml(DEPLOY / "vector" / "vector.yaml")["transforms"]["to_otlp"]["source"]
    sample = {
        "resourceLogs": [
            {
                "resource": {"attributes": []},
                "scopeLogs": [
                    {
                        "scope": {},
                        "logRecords": [
                            {
                                "observedTimeUnixNano": "1700000000000000000",
                                "body": {"stringValue": "User User123 logged in."},
                                "attributes": [
                                    {"key": "source", "value": {"stringValue": "WebServer"}},
                                    {"key": "log.file.path", "value": {"stringValue": "/a.log"}},
                                ],
                            }
                        ],
                    }
                ],
            }
        ]
    }
    json_format.ParseDict(sample, ExportLogsServiceRequest())  # unknown fields would raise
    for key in re.findall(r'"(\w+)":', str(sample).replace("'", '"')):
        assert f'"{key}"' in remap, key


@pytest.mark.parametrize("directory", ["fluent-bit", "vector"])
def test_sidecar_settings_files_are_valid(directory: str) -> None:
    settings = sidecar_settings(directory)
    assert settings.otlp.forward is not None
    host = urlsplit(settings.otlp.forward).hostname
    assert host == settings.host == "127.0.0.1", "the agent and the sidecar share a host"
