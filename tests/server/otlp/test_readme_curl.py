"""The README's OTLP/JSON curl example, run as written against a server forwarding to stdout://."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import pytest

from server.otlp.endpoints import HTTP_LOG_LINE
from tests.conftest import REPO, ServerProcess, start_server

README_OTLP_ADDRESS = "127.0.0.1:4318"


def readme_curl_command() -> list[str]:
    [line] = [
        line
        for line in (REPO / "README.md").read_text().splitlines()
        if line.startswith(f"curl -s http://{README_OTLP_ADDRESS}/v1/logs")
    ]
    return shlex.split(line)


@pytest.fixture(scope="module")
def printing_server() -> Iterator[ServerProcess]:
    server = start_server({"LOGCLASS_OTLP_FORWARD": "stdout://"})
    try:
        yield server
    finally:
        assert server.stop() == 0


def attributes(record: dict[str, Any]) -> dict[str, Any]:
    return {a["key"]: next(iter(a["value"].values())) for a in record.get("attributes", [])}


def test_the_readme_curl_example_prints_the_enriched_records(
    printing_server: ServerProcess,
) -> None:
    curl = shutil.which("curl")
    assert curl is not None, "curl is needed (.ci/run installs it)"
    port = printing_server.logged(HTTP_LOG_LINE, "OTLP/HTTP port").group(2)
    argv = [
        curl,
        *(a.replace(README_OTLP_ADDRESS, f"127.0.0.1:{port}") for a in readme_curl_command()[1:]),
    ]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {}
    deadline = time.monotonic() + 30
    while not printing_server.output_lines and time.monotonic() < deadline:
        time.sleep(0.05)
    [line] = printing_server.output_lines
    request = json.loads(line)
    [resource_logs] = request["resourceLogs"]
    assert resource_logs["resource"]["attributes"][0]["value"] == {"stringValue": "sshd"}
    records = resource_logs["scopeLogs"][0]["logRecords"]
    assert [r["body"]["stringValue"] for r in records] == [
        "Accepted publickey for deploy from 10.0.4.7 port 52211 ssh2",
        "Failed password for invalid user admin from 203.0.113.9 port 40022 ssh2",
    ]
    for record in records:
        added = attributes(record)
        assert added["log.classification.label"]
        assert 0.0 <= added["log.classification.confidence"] <= 1.0
        assert added["log.classification.tier"] in ("regex", "semantic", "llm")
    assert attributes(records[1])["log.classification.label"] == "Security Alert"
