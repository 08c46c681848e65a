"""`logclass spark` in local mode (local[2], Java 17, pyspark from the `spark` extra): a generated
archive is classified into JSONL part files whose answers equal `classify()`'s on the same
records."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyspark.sql import SparkSession

from bench.real_shapes import real_shape_stream
from server.api import Classifier
from server.config import Settings
from server.records import LogRecord
from server.spark import (
    ArchiveError,
    Summary,
    batch_settings,
    classify_archive,
    guess_format,
    local_session,
)
from tests.conftest import run_logclass

RECORDS = 3000


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    session = local_session("local[2]")
    try:
        yield session
    finally:
        session.stop()


def archive(tmp_path: Path, count: int = RECORDS) -> tuple[Path, list[LogRecord]]:
    records = [
        LogRecord(f"r{i}", source, message)
        for i, (source, message) in enumerate(real_shape_stream(count, seed=18))
    ]
    records.append(LogRecord("legacy", "LegacyCRM", "Case escalation for ticket 7324 failed"))
    path = tmp_path / "archive.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps({"id": r.id, "source": r.source, "message": r.message}) + "\n")
    return path, records


def read_part(part: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]


def read_parts(folder: Path) -> dict[str, dict[str, object]]:
    return {
        str(row["id"]): row
        for part in sorted(folder.glob("part-*.json"))
        for row in read_part(part)
    }


def test_each_partition_gets_the_answers_classify_gives(
    spark: SparkSession, tmp_path: Path
) -> None:
    """Each part file is one partition, in the order it was classified; `classify()` on those
    records in that order, with a fresh template layer, answers each one the same."""
    path, records = archive(tmp_path)
    out = tmp_path / "labelled"
    summary = classify_archive(spark, str(path), str(out), Settings())
    assert (out / "_SUCCESS").is_file()
    parts = [read_part(part) for part in sorted(out.glob("part-*.json"))]
    rows = [row for part in parts for row in part]
    assert summary.read == summary.written == len(rows) == len(records)
    assert sorted(str(row["id"]) for row in rows) == sorted(r.id for r in records)
    assert sum(summary.labels.values()) == len(records)
    assert len([part for part in parts if part]) == 2  # local[2]: both workers had work

    by_id = {r.id: r for r in records}
    for part in parts:
        if not part:
            continue
        mine = [by_id[str(row["id"])] for row in part]
        with Classifier(batch_settings(Settings(), 1, llm=False)) as classifier:
            expected = classifier.classify_records(mine)
        for record, row, answer in zip(mine, part, expected, strict=True):
            assert (row["source"], row["message"]) == (record.source, record.message)
            assert (row["label"], row["tier"], row["reason"], row["template_id"]) == (
                answer.label,
                answer.tier,
                answer.reason,
                answer.template_id,
            ), record.message
            assert row["confidence"] == pytest.approx(answer.confidence, abs=1e-6)
            assert row["model_version"] == answer.model_version
    # The LLM tier is off in batch unless asked for.
    [legacy] = [row for row in rows if row["id"] == "legacy"]
    assert legacy["reason"] == "llm_disabled"


def test_csv_in_parquet_out_and_no_id_column(spark: SparkSession, tmp_path: Path) -> None:
    path = tmp_path / "logs.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "log_message", "host"])
        writer.writerow(["app", "User User123 logged in.", "h1"])
        writer.writerow(["nginx", 'a "quoted", comma line: GET /x HTTP/1.1 200', "h2"])
    out = tmp_path / "labelled"
    summary = classify_archive(
        spark,
        str(path),
        str(out),
        Settings(),
        out_format="parquet",
    )
    assert summary.written == 2 and summary.labels["User Action"] == 1
    import pandas as pd

    frame = pd.read_parquet(out)
    assert sorted(frame.columns) == sorted(
        [
            *("id", "source", "message", "label", "confidence", "tier", "model_version"),
            *("reason", "template_id"),
        ]
    )
    assert frame["id"].isna().all()  # the input had no id
    assert set(frame["message"]) == {
        "User User123 logged in.",
        'a "quoted", comma line: GET /x HTTP/1.1 200',
    }


def test_bad_input_is_one_line(spark: SparkSession, tmp_path: Path) -> None:
    path = tmp_path / "logs.jsonl"
    path.write_text('{"text": "no source or message"}\n')
    with pytest.raises(ArchiveError, match=r"needs a source column and a message.*found text"):
        classify_archive(spark, str(path), str(tmp_path / "out"), Settings())
    other = tmp_path / "logs.csv"
    other.write_text("host,text\nh1,x\n")
    with pytest.raises(ArchiveError, match=r"needs a source column .*found host, text"):
        classify_archive(spark, str(other), str(tmp_path / "out"), Settings())
    with pytest.raises(ArchiveError, match="cannot tell the format"):
        guess_format("logs.txt")
    assert guess_format("s3a://bucket/logs.parquet/") == "parquet"


def test_the_cli_runs_a_job_and_prints_the_summary(tmp_path: Path) -> None:
    path, records = archive(tmp_path, count=200)
    out = tmp_path / "labelled"
    done = run_logclass(
        "spark", str(path), str(out), "--master", "local[1]", env={"JAVA_HOME": _java_home()}
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"records read {len(records):,}, written {len(records):,}" in done.stderr
    assert len(read_parts(out)) == len(records)
    again = run_logclass(
        "spark", str(path), str(out), "--master", "local[1]", env={"JAVA_HOME": _java_home()}
    )
    assert again.returncode == 2 and "already exists" in again.stderr


def _java_home() -> str:
    import os
    import shutil

    if "JAVA_HOME" in os.environ:
        return os.environ["JAVA_HOME"]
    java = shutil.which("java")
    assert java, "Java 17 is needed for Spark"
    return str(Path(java).resolve().parent.parent)


def test_the_summary_reads_like_a_report() -> None:
    text = Summary(10, 10, 2.0, {"Error": 3, "User Action": 7}).render()
    assert text.splitlines()[0] == "records read 10, written 10 in 2.0 s (5 records/s)"
    assert text.splitlines()[1].split() == ["User", "Action", "7"]
