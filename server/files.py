"""Classify CSV and JSONL files record by record, keeping every input column.

CSV: columns `source,log_message` (extra columns kept). JSONL: one object a line with
`log_message` (or `message`) and, optionally, `source`, both strings. Out: the same with `label`,
`confidence`, `tier`, `reason` and `template_id` added.
A malformed row is reported with its line number and skipped; the rest of the file goes on.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from tqdm import tqdm

from server.records import Classification, LogRecord

ADDED_COLUMNS = ("label", "confidence", "tier", "reason", "template_id")
MESSAGE_KEYS = ("log_message", "message")
ROWS_PER_CALL = 1000


class FileFormatError(ValueError):
    """The file cannot be read at all (unknown format, missing columns)."""


class RecordClassifier(Protocol):
    def classify_records(self, records: list[LogRecord]) -> list[Classification]: ...


@dataclass(slots=True)
class FileSummary:
    """What `classify_file` did: rows written and the problems reported."""

    rows: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Row:
    """One readable input row: its record and the fields to write back."""

    record: LogRecord
    fields: dict[str, Any]


def detect_format(path: Path) -> str:
    """'csv' or 'jsonl' from the file name."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    raise FileFormatError(f"{path}: cannot tell the format from {suffix!r}; use --format")


def _csv_rows(stream: TextIO, report: Callable[[str], None]) -> tuple[list[str], Iterator[_Row]]:
    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        raise FileFormatError("the CSV file is empty (no header row)") from None
    missing = [c for c in ("source", "log_message") if c not in header]
    if missing:
        raise FileFormatError(f"the CSV header lacks column(s): {', '.join(missing)}")
    source_at, message_at = header.index("source"), header.index("log_message")

    def rows() -> Iterator[_Row]:
        start = reader.line_num + 1
        for values in reader:
            line, start = start, reader.line_num + 1
            if not values:
                continue
            if len(values) != len(header):
                report(f"line {line}: expected {len(header)} fields, found {len(values)}")
                continue
            record = LogRecord(str(line), values[source_at], values[message_at])
            yield _Row(record, dict(zip(header, values, strict=True)))

    columns = header + [c for c in ADDED_COLUMNS if c not in header]
    return columns, rows()


def _jsonl_rows(stream: TextIO, report: Callable[[str], None]) -> Iterator[_Row]:
    for line_number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            report(f"line {line_number}: not valid JSON ({exc.msg})")
            continue
        except RecursionError:
            report(f"line {line_number}: JSON nested too deeply")
            continue
        if not isinstance(obj, dict):
            report(f"line {line_number}: expected a JSON object")
            continue
        found = _source_and_message(obj)
        if isinstance(found, str):
            report(f"line {line_number}: {found}")
            continue
        yield _Row(LogRecord(str(line_number), *found), obj)


def _source_and_message(obj: dict[str, Any]) -> tuple[str, str] | str:
    """A JSONL object's source ("" when it has none) and message; else what keeps it from being
    a record (the message must be a string, the source too when there is one)."""
    key = next((k for k in MESSAGE_KEYS if k in obj), None)
    if key is None:
        return "no 'log_message' (or 'message') key"
    source, message = obj.get("source", ""), obj[key]
    for name, value in ((key, message), ("source", source)):
        if not isinstance(value, str):
            return f"'{name}' is {_json_kind(value)}, not a string"
    return source, message


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "an object" if isinstance(value, dict) else "an array"


def _batches(rows: Iterator[_Row], size: int) -> Iterator[list[_Row]]:
    batch: list[_Row] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _added(result: Classification) -> dict[str, Any]:
    return {
        "label": result.label,
        "confidence": round(result.confidence, 4),
        "tier": result.tier,
        "reason": result.reason,
        "template_id": result.template_id,
    }


def classify_file(
    input_path: Path,
    output_path: Path | None,
    classifier: RecordClassifier,
    *,
    file_format: str | None = None,
    progress: bool | None = None,
    report: Callable[[str], None] | None = None,
) -> FileSummary:
    """Classify every row of `input_path` into `output_path` (None: standard output), in the
    input's format with `\n` line ends; problems go to `report`."""
    file_format = file_format or detect_format(input_path)
    if file_format not in ("csv", "jsonl"):
        raise FileFormatError(f"unknown format {file_format!r} (csv or jsonl)")
    summary = FileSummary()

    def note(problem: str) -> None:
        summary.problems.append(problem)
        (report or _to_stderr)(f"{input_path}: {problem}")

    show_progress = sys.stderr.isatty() if progress is None else progress
    with (
        input_path.open(newline="", encoding="utf-8") as source,
        _open_output(output_path) as sink,
        tqdm(desc="classifying", unit=" rec", disable=not show_progress) as bar,
    ):
        writer: csv.DictWriter[str] | None = None
        if file_format == "csv":
            columns, rows = _csv_rows(source, note)
            writer = csv.DictWriter(sink, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
        else:
            rows = _jsonl_rows(source, note)
        for batch in _batches(rows, ROWS_PER_CALL):
            results = classifier.classify_records([row.record for row in batch])
            for row, result in zip(batch, results, strict=True):
                out = {**row.fields, **_added(result)}
                if writer is not None:
                    writer.writerow(out)
                else:
                    sink.write(json.dumps(out, ensure_ascii=False) + "\n")
            summary.rows += len(batch)
            bar.update(len(batch))
    return summary


def _open_output(path: Path | None) -> contextlib.AbstractContextManager[TextIO]:
    """The file at `path`, or standard output (left open) for None."""
    if path is None:
        return contextlib.nullcontext(sys.stdout)
    return path.open("w", newline="", encoding="utf-8")


def _to_stderr(problem: str) -> None:
    print(problem, file=sys.stderr)
