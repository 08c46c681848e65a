"""deploy/k8s/ validates against the Kubernetes schemas and agrees with the server and the Fluent
Bit config the loop tests run: ports, probes, paths, the thread count."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from server.config import OPTIONS, load_settings
from server.service import SERVICE_NAME
from tests.conftest import REPO
from tools import k8s_configmap

K8S = REPO / "deploy" / "k8s"
KUBERNETES_VERSION = "1.30.0"


def manifests() -> list[dict[str, Any]]:
    return [
        document
        for path in sorted(K8S.glob("*.yaml"))
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8"))
        if document
    ]


def of_kind(kind: str) -> dict[str, Any]:
    return next(m for m in manifests() if m["kind"] == kind)


def containers() -> dict[str, dict[str, Any]]:
    spec = of_kind("DaemonSet")["spec"]["template"]["spec"]
    return {c["name"]: c for c in spec["containers"]}


@pytest.mark.parametrize("path", sorted(K8S.glob("*.yaml")), ids=lambda p: p.name)
def test_each_manifest_is_valid_kubernetes(path: Path) -> None:
    for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
        kubernetes_validate.validate(document, KUBERNETES_VERSION, strict=True)


def test_the_configmap_holds_the_shipped_fluent_bit_config_as_it_is() -> None:
    assert k8s_configmap.main(["--check"]) == 0
    data = of_kind("ConfigMap")["data"]
    for source in k8s_configmap.SOURCES:
        assert data[source.name] == source.read_text(encoding="utf-8")


def _mounted(container: dict[str, Any], path: str) -> str:
    """The ConfigMap key mounted at `path` in `container`."""
    mount = next(m for m in container["volumeMounts"] if m["mountPath"] == path)
    return str(mount["subPath"])


def test_the_sidecar_container_agrees_with_the_server() -> None:
    sidecar = containers()["logclass"]
    config_path = sidecar["args"][sidecar["args"].index("--config") + 1]
    assert _mounted(sidecar, config_path) == "logclass.toml"
    env = {e["name"]: e for e in sidecar["env"]}
    known = {o.env for o in OPTIONS}
    assert set(env) <= known
    values = {name: e["value"] for name, e in env.items() if "value" in e}
    settings = load_settings(
        argparse.Namespace(config=REPO / "deploy" / "fluent-bit" / "logclass.toml"), values
    )
    ports = {p["name"]: p["containerPort"] for p in sidecar["ports"]}
    assert ports == {
        "grpc": settings.port,
        "otlp-http": settings.otlp.http_port,
        "metrics": settings.metrics_port,
    }
    # Probes: liveness on the overall health, readiness on the classifier's service.
    assert sidecar["livenessProbe"]["grpc"] == {"port": settings.port}
    assert sidecar["readinessProbe"]["grpc"] == {"port": settings.port, "service": SERVICE_NAME}
    assert sidecar["startupProbe"]["grpc"]["port"] == settings.port
    # The embedding threads follow the CPU limit.
    threads = env["LOGCLASS_THREADS"]["valueFrom"]["resourceFieldRef"]
    assert (threads["containerName"], threads["resource"]) == ("logclass", "limits.cpu")
    # The limit leaves room for a full template store (the README's 545 MiB measured).
    assert sidecar["resources"]["limits"]["memory"] == "768Mi"
    context = sidecar["securityContext"]
    assert context["runAsNonRoot"] and context["readOnlyRootFilesystem"]


def test_fluent_bit_gets_its_config_and_every_path_it_names() -> None:
    agent = containers()["fluent-bit"]
    assert agent["image"].endswith(":5.1.1")  # the version the loop tests run
    config_path = agent["args"][agent["args"].index("-c") + 1]
    assert _mounted(agent, config_path) == "fluent-bit.yaml"
    config = yaml.safe_load(
        (REPO / "deploy" / "fluent-bit" / "fluent-bit.yaml").read_text(encoding="utf-8")
    )
    tail = next(i for i in config["pipeline"]["inputs"] if i["name"] == "tail")
    file_output = next(o for o in config["pipeline"]["outputs"] if o["name"] == "file")
    paths = [
        Path(tail["path"]).parent,
        Path(tail["db"]),
        Path(config["service"]["storage.path"]),
        Path(file_output["path"]),
    ]
    mounts = [Path(m["mountPath"]) for m in agent["volumeMounts"]]
    for path in paths:
        assert any(path == mount or mount in path.parents for mount in mounts), path


def test_only_the_metrics_port_is_open_to_other_pods() -> None:
    policy = of_kind("NetworkPolicy")["spec"]
    assert policy["policyTypes"] == ["Ingress"]
    assert [p["port"] for rule in policy["ingress"] for p in rule["ports"]] == [
        containers()["logclass"]["ports"][2]["containerPort"]
    ]
