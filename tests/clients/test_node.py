"""The Node.js client example (examples/clients/node) against the real server."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import socket
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import json_format

from server.generated.logclass.v1 import classifier_pb2 as pb
from tests.conftest import REPO, ServerProcess, classifier_stub, start_server

NODE = shutil.which("node")
CLIENT_DIR = REPO / "examples" / "clients" / "node"
CORPUS = REPO / "data" / "corpus.csv"

pytestmark = pytest.mark.skipif(
    NODE is None,
    reason="node is not installed: the Node.js client example is not tested (.ci/run installs it)",
)

# Messages that are hard to carry intact: empty, blank, non-ASCII, control characters, quoting.
AWKWARD = (
    ("ModernHR", ""),
    ("ModernHR", "   "),
    ("ModernCRM", "User Jürgen ✓ logged in. 日本語"),
    ("WebServer", 'GET /a,b?q="x" HTTP/1.1 200\nsecond line\ttab \\ backslash'),
    ("LegacyCRM", "Case escalation for ticket ID 7324 failed"),
    ("WebServer", "x" * (70 * 1024)),  # longer than max_record_bytes: message_truncated
)


@pytest.fixture(scope="module")
def node_client() -> list[str]:
    """The client's command line, its npm packages installed (`make test` does that first)."""
    assert NODE is not None
    if not (CLIENT_DIR / "node_modules").is_dir():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail("npm is missing, and examples/clients/node/node_modules is not installed")
        subprocess.run(
            [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=CLIENT_DIR, check=True
        )
    return [NODE, str(CLIENT_DIR / "client.js")]


def run_client(
    node_client: list[str], address: str, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*node_client, *args, "--address", address],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def json_lines(text: str) -> list[dict[str, Any]]:
    """The printed answers, without the template's text (see `server_answers`)."""
    return [without_template_text(json.loads(line)) for line in text.split("\n") if line]


def without_template_text(answer: dict[str, Any]) -> dict[str, Any]:
    # A template grows more general as lines join it, so its text in an answer depends on when
    # the record was answered; its id and the answer itself do not.
    return {key: value for key, value in answer.items() if key != "template"}


def corpus_records() -> list[dict[str, str]]:
    """The labelled corpus as {id, source, message} records, ids being the CSV line numbers."""
    records = []
    with CORPUS.open(newline="") as file:
        reader = csv.DictReader(file)
        start = 2  # the line after the header
        for row in reader:
            records.append(
                {"id": str(start), "source": row["source"], "message": row["log_message"]}
            )
            start = reader.line_num + 1
    return records


def server_answers(
    server: ServerProcess, records: Sequence[dict[str, str]]
) -> list[dict[str, Any]]:
    """The server's answers through the Python stub, as the Node client prints them."""
    answers: list[dict[str, Any]] = []
    with server.channel() as channel:
        stub = classifier_stub(channel)
        for start in range(0, len(records), 500):
            chunk = [
                pb.LogRecord(id=r["id"], source=r["source"], message=r["message"])
                for r in records[start : start + 500]
            ]
            reply = stub.ClassifyBatch(pb.ClassifyRequest(records=chunk), timeout=60)
            # Not MessageToDict: it rounds floats to float32's shortest form; Node prints the
            # exact double the float32 widens to, as Python's float() of the field does.
            answers += [
                without_template_text({**as_dict(c), "confidence": c.confidence})
                for c in reply.results
            ]
    return answers


def as_dict(message: Any) -> dict[str, Any]:
    return json_format.MessageToDict(
        message, preserving_proto_field_name=True, always_print_fields_with_no_presence=True
    )


def model_labels(server: ServerProcess) -> set[str]:
    with server.channel() as channel:
        return set(classifier_stub(channel).GetModelInfo(pb.GetModelInfoRequest()).labels)


def test_classify_streams_thousands_of_records_once_in_order(
    server: ServerProcess, node_client: list[str], tmp_path: Path
) -> None:
    records = corpus_records()[:3000] + [
        {"id": f"awkward-{i}", "source": source, "message": message}
        for i, (source, message) in enumerate(AWKWARD)
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))

    done = run_client(node_client, server.address, "classify", str(path), "--batch", "500")

    assert done.returncode == 0, done.stderr
    results = json_lines(done.stdout)
    assert [r["id"] for r in results] == [r["id"] for r in records], "each once, in order"
    assert {r["label"] for r in results} <= model_labels(server)
    assert len({r["label"] for r in results}) > 2, "the corpus is varied"
    # The same answers as a Python client gets: every message crossed intact.
    assert results == server_answers(server, records)
    assert "message_truncated" in results[-1]["reason"]


def test_classify_reads_csv_from_stdin(
    server: ServerProcess, node_client: list[str], tmp_path: Path
) -> None:
    done = run_client(
        node_client, server.address, "classify", "--format", "csv", stdin=CORPUS.read_text()
    )

    assert done.returncode == 0, done.stderr
    assert json_lines(done.stdout) == server_answers(server, corpus_records())


def test_csv_quoting_and_an_id_column(
    server: ServerProcess, node_client: list[str], tmp_path: Path
) -> None:
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["id", "source", "log_message", "extra"])
    records = [
        {"id": f"c{i}", "source": source, "message": message}
        for i, (source, message) in enumerate(AWKWARD)
    ]
    writer.writerows([r["id"], r["source"], r["message"], "kept,out"] for r in records)
    path = tmp_path / "records.csv"
    path.write_text(text.getvalue())

    done = run_client(node_client, server.address, "classify", str(path), "--batch", "2")

    assert done.returncode == 0, done.stderr
    assert json_lines(done.stdout) == server_answers(server, records)


def test_batch_uses_classify_batch_with_the_same_answers(
    server: ServerProcess, node_client: list[str], tmp_path: Path
) -> None:
    records = corpus_records()[:1200]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))

    done = run_client(node_client, server.address, "batch", str(path), "--batch", "500")

    assert done.returncode == 0, done.stderr
    assert json_lines(done.stdout) == server_answers(server, records)


def test_info_prints_the_model_info(server: ServerProcess, node_client: list[str]) -> None:
    done = run_client(node_client, server.address, "info")

    assert done.returncode == 0, done.stderr
    [info] = json_lines(done.stdout)
    with server.channel() as channel:
        expected = as_dict(classifier_stub(channel).GetModelInfo(pb.GetModelInfoRequest()))
    assert info == expected
    assert "Unclassified" in info["labels"]


@pytest.mark.parametrize("service", ["", "logclass.v1.LogClassifier"])
def test_health_check_says_serving(
    server: ServerProcess, node_client: list[str], service: str
) -> None:
    done = run_client(node_client, server.address, "health", *([service] if service else []))

    assert done.returncode == 0, done.stderr
    assert json_lines(done.stdout) == [{"service": service, "status": "SERVING"}]


def test_health_check_of_an_unknown_service_fails(
    server: ServerProcess, node_client: list[str]
) -> None:
    done = run_client(node_client, server.address, "health", "no.such.Service")

    assert done.returncode == 1
    assert "NOT_FOUND" in done.stderr


def test_an_unreachable_server_exits_non_zero(node_client: list[str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        address = f"127.0.0.1:{probe.getsockname()[1]}"
    # Nothing listens there any more: the call fails with UNAVAILABLE.
    done = run_client(node_client, address, "classify", stdin='{"message": "x"}\n')

    assert done.returncode == 1
    assert "UNAVAILABLE" in done.stderr
    assert done.stdout == ""


def test_an_error_in_the_middle_of_a_stream_exits_non_zero(
    node_client: list[str], tmp_path: Path
) -> None:
    small = [{"id": f"s{i}", "message": "User User1 logged in."} for i in range(20)]
    large = [{"id": f"l{i}", "message": "y" * 1000} for i in range(20)]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in small + large))
    proc = start_server({"LOGCLASS_MAX_MESSAGE_BYTES": "4096"})
    try:
        # Batches of 10: two small messages pass, the first of ten 1000-byte records is refused.
        done = run_client(node_client, proc.address, "classify", str(path), "--batch", "10")
    finally:
        assert proc.stop() == 0

    assert done.returncode == 1
    assert "RESOURCE_EXHAUSTED" in done.stderr
    printed = [r["id"] for r in json_lines(done.stdout)]
    assert printed == [r["id"] for r in small][: len(printed)], "answers printed before the error"


def test_bad_lines_are_reported_and_skipped(server: ServerProcess, node_client: list[str]) -> None:
    lines = [
        '{"source": "ModernCRM", "message": "User User1 logged in."}',
        "not json",
        '{"id": "no-message"}',
        "",
        '{"id": "last", "source": "ModernCRM", "message": "User User2 logged out."}',
    ]
    done = run_client(node_client, server.address, "classify", stdin="\n".join(lines) + "\n")

    assert done.returncode == 1
    assert re.findall(r"line (\d+) skipped", done.stderr) == ["2", "3"]
    assert [(r["id"], r["label"]) for r in json_lines(done.stdout)] == [
        ("1", "User Action"),
        ("last", "User Action"),
    ]


def test_the_readme_node_commands_work_as_written(
    server: ServerProcess, node_client: list[str]
) -> None:
    readme = (REPO / "README.md").read_text().splitlines()
    commands = [line for line in readme if re.match(r"(echo .* \| )?node client\.js ", line)]
    assert len(commands) >= 4, "the README's Clients section lists the Node commands"
    for command in commands:
        # As written, but against this test's server instead of the default 127.0.0.1:50051.
        here = command.replace("node client.js", f"node client.js --address {server.address}", 1)
        done = subprocess.run(
            ["bash", "-c", here], cwd=CLIENT_DIR, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"{command}\n{done.stderr}"
        assert json_lines(done.stdout), command
