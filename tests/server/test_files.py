"""`logclass classify` and the Python API on CSV and JSONL files."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from server.api import Classifier
from server.config import Settings
from server.files import FileFormatError, classify_file
from tests.conftest import REPO, run_logclass


@pytest.fixture(scope="module")
def classifier() -> Iterator[Classifier]:
    with Classifier(Settings()) as instance:
        yield instance


def test_classify_pairs(classifier: Classifier) -> None:
    out = classifier.classify([("ModernCRM", "User User1 logged in."), ("LegacyCRM", "x")])
    assert out == [
        ("ModernCRM", "User User1 logged in.", "User Action", 1.0),
        ("LegacyCRM", "x", "Unclassified", 0.0),
    ]


def test_csv_keeps_extra_columns_and_adds_the_answer(
    classifier: Classifier, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "timestamp,source,log_message,complexity\n"
        '2026-01-01,ModernCRM,"User alice logged out.",regex\n'
        '2026-01-02,WebServer,"GET /x status 404, then\nretried",bert\n'
        "2026-01-03,ModernHR,,bert\n"
    )
    target = tmp_path / "out.csv"
    summary = classify_file(source, target, classifier, progress=False)
    assert summary.rows == 3 and summary.problems == []
    rows = list(csv.DictReader(target.open()))
    assert [r["timestamp"] for r in rows] == ["2026-01-01", "2026-01-02", "2026-01-03"]
    assert [r["complexity"] for r in rows] == ["regex", "bert", "bert"]
    assert [r["label"] for r in rows] == ["User Action", "HTTP Status", "Unclassified"]
    assert [r["tier"] for r in rows] == ["regex", "regex", "none"]
    assert rows[2]["reason"] == "empty_message"
    # Regex rules and empty messages never reach the template layer.
    assert [r["template_id"] for r in rows] == ["", "", ""]
    assert rows[1]["log_message"] == "GET /x status 404, then\nretried"


def test_malformed_rows_are_reported_by_line_and_the_file_goes_on(
    classifier: Classifier, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    source.write_text(
        "source,log_message\n"
        'A,"multi\nline"\n'  # lines 2-3
        "B,too,many,fields\n"  # line 4
        "C,User bob logged in.\n"  # line 5
        "lonely\n"  # line 6
    )
    problems: list[str] = []
    summary = classify_file(
        source, tmp_path / "out.csv", classifier, progress=False, report=problems.append
    )
    assert summary.rows == 2
    assert problems == [
        f"{source}: line 4: expected 2 fields, found 4",
        f"{source}: line 6: expected 2 fields, found 1",
    ]


def test_csv_without_the_message_column_is_refused(classifier: Classifier, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("source,msg\nA,b\n")
    with pytest.raises(FileFormatError, match="lacks column"):
        classify_file(source, tmp_path / "out.csv", classifier, progress=False)


def test_jsonl_in_and_out(classifier: Classifier, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"source": "ModernCRM", "log_message": "User carol logged in.", "k": 1})
        + "\n{broken\n"
        + json.dumps({"source": "X", "message": "GET /a status 200"})
        + "\n[1, 2]\n"
        + '{"a":' * 3_000
        + "1"
        + "}" * 3_000
        + "\n"
    )
    problems: list[str] = []
    target = tmp_path / "out.jsonl"
    summary = classify_file(source, target, classifier, progress=False, report=problems.append)
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert summary.rows == 2
    assert [(r["label"], r.get("k")) for r in rows] == [("User Action", 1), ("HTTP Status", None)]
    assert [p.split(": ", 1)[1] for p in problems] == [
        "line 2: not valid JSON (Expecting property name enclosed in double quotes)",
        "line 4: expected a JSON object",
        "line 5: JSON nested too deeply",
    ]


def test_a_jsonl_object_that_is_no_record_is_reported_by_what_is_wrong(
    classifier: Classifier, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    objects: list[dict[str, object]] = [
        {"msg": "disk full"},
        {"message": 42, "source": "A"},
        {"log_message": None},
        {"message": "disk full", "source": ["a"]},
        {"message": "disk full", "source": True},
        {"message": "disk full on /dev/sda1"},  # a source may be left out
    ]
    source.write_text("".join(json.dumps(o) + "\n" for o in objects))
    problems: list[str] = []
    summary = classify_file(
        source, tmp_path / "out.jsonl", classifier, progress=False, report=problems.append
    )
    assert summary.rows == 1
    assert [p.split(": ", 1)[1] for p in problems] == [
        "line 1: no 'log_message' (or 'message') key",
        "line 2: 'message' is a number, not a string",
        "line 3: 'log_message' is null, not a string",
        "line 4: 'source' is an array, not a string",
        "line 5: 'source' is a boolean, not a string",
    ]


def test_cli_classify(tmp_path: Path) -> None:
    source = tmp_path / "logs.csv"
    source.write_text("source,log_message\nModernCRM,User dave logged in.\nA,x,y\n")
    done = run_logclass("classify", str(source), "-o", "out.csv", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # the malformed row makes the exit status say so
    assert f"{source}: line 3: expected 2 fields, found 3" in done.stderr
    assert "classified 1 records into out.csv; 1 malformed rows skipped" in done.stderr
    assert "heap settled:" in done.stderr  # the collector set as the server's is (server.heap)
    rows = list(csv.DictReader((tmp_path / "out.csv").open()))
    assert [(r["label"], r["tier"]) for r in rows] == [("User Action", "regex")]
    assert b"\r" not in (tmp_path / "out.csv").read_bytes()  # Unix line ends, like the input


@pytest.mark.parametrize("output", [(), ("-o", "-")])
def test_cli_classify_writes_to_standard_output(tmp_path: Path, output: tuple[str, ...]) -> None:
    source = tmp_path / "logs.jsonl"
    source.write_text('{"source": "ModernCRM", "message": "User dave logged in."}\n')
    done = run_logclass("classify", str(source), *output, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.splitlines()
    assert json.loads(line)["label"] == "User Action"
    assert "classified 1 records into standard output" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["logs.jsonl"]


def test_cli_classify_offers_no_server_only_flags() -> None:
    done = run_logclass("classify", "--help")
    assert done.returncode == 0
    for flag in ("--model-path", "--rules-path", "--routes", "--llm-provider", "--batch-size"):
        assert flag in done.stdout
    for flag in ("--port", "--otlp-http-port", "--grace-period", "--metrics-port", "--tls-cert"):
        assert f"{flag} " not in done.stdout, flag


def test_cli_classify_reports_a_missing_file(tmp_path: Path) -> None:
    done = run_logclass("classify", "nope.csv", "-o", "out.csv", cwd=tmp_path)
    assert done.returncode == 2
    assert "no such file: nope.csv" in done.stderr


def test_module_level_api(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("source,log_message\nModernCRM,User erin logged in.\n")
    script = (
        "import server, csv, sys\n"
        "print(server.classify([('ModernCRM', 'User erin signed out')]))\n"
        "out = server.classify_csv(sys.argv[1], sys.argv[2])\n"
        "print([r['label'] for r in csv.DictReader(open(out))])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(source), str(tmp_path / "out.csv")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    # Shut down cleanly at exit: no "Task was destroyed but it is pending!" or anything else.
    assert done.stderr == ""
    assert done.stdout.splitlines() == [
        "[('ModernCRM', 'User erin signed out', 'User Action', 1.0)]",
        "['User Action']",
    ]
