"""The example Prometheus alert rules parse, and every metric they use is one a server exports."""

from __future__ import annotations

import re
import urllib.request
from typing import Any

import promql_parser
import yaml

from server.generated.logclass.v1 import classifier_pb2 as pb
from tests.conftest import REPO, ServerProcess, classifier_stub

RULES = REPO / "deploy" / "prometheus" / "logclass-alerts.yaml"


def rules() -> list[dict[str, Any]]:
    document = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    return [rule for group in document["groups"] for rule in group["rules"]]


def metric_names(expr: str) -> set[str]:
    names: set[str] = set()

    def visit(node: Any) -> bool:
        if isinstance(node, promql_parser.VectorSelector) and node.name:
            names.add(node.name)
        return True

    promql_parser.walk(promql_parser.parse(expr), visit)
    return names


def exported_series(text: str) -> set[str]:
    """The series names a scrape may hold: counters and gauges by name, histograms by their
    _bucket, _sum and _count."""
    series: set[str] = set()
    for name, kind in re.findall(r"^# TYPE (\S+) (\S+)$", text, flags=re.M):
        if kind == "histogram":
            series.update(f"{name}{suffix}" for suffix in ("_bucket", "_sum", "_count"))
        else:
            series.add(name)
    return series


def test_every_rule_is_complete_and_its_expression_parses() -> None:
    found = rules()
    assert len({rule["alert"] for rule in found}) == len(found) >= 5
    for rule in found:
        assert rule["alert"].startswith("Logclass")
        assert re.fullmatch(r"\d+[smh]", rule["for"]), rule["alert"]
        assert rule["labels"]["severity"] in ("warning", "critical")
        assert rule["annotations"]["summary"] and rule["annotations"]["description"]
        assert metric_names(rule["expr"]), rule["alert"]


def test_every_metric_the_rules_use_is_exported(server: ServerProcess) -> None:
    with server.channel() as channel:
        record = pb.LogRecord(id="1", source="nginx", message="GET /health returned 200")
        classifier_stub(channel).ClassifyBatch(pb.ClassifyRequest(records=[record]), timeout=60)
    with urllib.request.urlopen(server.metrics_url(), timeout=30) as response:
        exported = exported_series(response.read().decode())
    used = set().union(*(metric_names(rule["expr"]) for rule in rules()))
    assert used <= exported, sorted(used - exported)
    # The drift rules compare with the baselines the served model's manifest gives.
    assert {"logclass_baseline_unclassified_share", "logclass_baseline_confidence_mean"} <= used


def test_the_readme_names_every_alert_and_its_bound() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Alerts") :].split("\n### ")[0]
    for rule in rules():
        assert f"`{rule['alert']}`" in section, rule["alert"]
