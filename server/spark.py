"""Classify log archives on Apache Spark with the same pipeline, models and answers as the server.

`classify_archive` reads JSONL, CSV or Parquet, classifies it with `mapInPandas`, and writes a
Spark output directory of JSONL (or Parquet) part files: each record's `id` (when the input has
one), `source` and `message`, plus `label`, `confidence`, `tier`, `model_version`, `reason` and
`template_id`. Each Python worker loads the exported ONNX models once (`server.api.Classifier`,
its embedding threads set to the task's CPUs) and classifies its partitions in order, in batches
of BATCH_ROWS, through the regex, semantic (with its template/cache layer) and LLM tiers, as
`classify()` would, with a template/cache layer per partition: each partition's answers are
`classify()`'s on its records in their order. Records are partitioned by the shape of their
message, so that one worker classifies each template. The LLM tier is off unless asked for, and
then limited to one request in flight per worker.

pyspark comes from the `spark` extra (`pip install 'logclass[spark]'`); the server never imports
this module.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from server.config import Settings
from server.records import LogRecord

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

FORMATS: Final = ("jsonl", "csv", "parquet")
OUT_FORMATS: Final = ("jsonl", "parquet")
MESSAGE_COLUMNS: Final = ("message", "log_message")
# A JSONL archive is read with this schema (other fields are left out) ...
JSON_SCHEMA: Final = "id string, source string, message string, log_message string"
# ... after this many of its first lines were checked to hold a source and a message.
CHECKED_LINES: Final = 100
BATCH_ROWS: Final = 1000
_EXTENSIONS: Final = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}


class ArchiveError(ValueError):
    """An archive that cannot be classified; one line for the user."""


def guess_format(path: str) -> str:
    """The input format from the file (or directory) name's extension."""
    suffix = Path(path.rstrip("/")).suffix.lower()
    found = _EXTENSIONS.get(suffix)
    if found is None:
        raise ArchiveError(f"{path}: cannot tell the format from {suffix!r}; use --format")
    return found


@dataclass(frozen=True, slots=True)
class Summary:
    """What a run did."""

    read: int
    written: int
    seconds: float
    labels: dict[str, int]

    @property
    def records_per_second(self) -> float:
        return self.written / self.seconds if self.seconds > 0 else 0.0

    def render(self) -> str:
        lines = [
            f"records read {self.read:,}, written {self.written:,} in {self.seconds:.1f} s "
            f"({self.records_per_second:,.0f} records/s)"
        ]
        width = max((len(label) for label in self.labels), default=0)
        for label, count in sorted(self.labels.items(), key=lambda item: -item[1]):
            lines.append(f"  {label:<{width}}  {count:>10,}")
        return "\n".join(lines)


def batch_settings(settings: Settings, task_cpus: int, llm: bool) -> Settings:
    """`settings` as a Spark worker runs them: embedding threads = the task's CPUs; the LLM tier
    off (provider none) unless `llm`, and then one request in flight per worker."""
    semantic = replace(settings.semantic, threads=max(1, task_cpus))
    if llm:
        return replace(settings, semantic=semantic, llm=replace(settings.llm, max_concurrency=1))
    return replace(settings, semantic=semantic, llm=replace(settings.llm, provider="none"))


# The Python worker's classifier and the settings it was made with.
_worker: tuple[Settings, Any] | None = None


def _worker_classifier(settings: Settings) -> Any:
    """The Python worker's classifier: loaded once, reused by every partition it runs (a worker
    is reused across tasks: spark.python.worker.reuse)."""
    global _worker
    if _worker is None or _worker[0] != settings:
        from server.api import Classifier

        if _worker is not None:
            _worker[1].close()
        _worker = (settings, Classifier(settings))
    return _worker[1]


class _LabelCounts:
    """An accumulator of label counts (pyspark's AccumulatorParam protocol)."""

    def zero(self, value: Counter[str]) -> Counter[str]:
        return Counter()

    def addInPlace(self, first: Counter[str], second: Counter[str]) -> Counter[str]:
        first.update(second)
        return first


def classify_frames(
    frames: Iterator[pd.DataFrame], settings: Settings, read: Any, labels: Any
) -> Iterator[pd.DataFrame]:
    """mapInPandas's function: each batch of a partition (id, source, message) with the answers
    added; counts the records read and the labels answered in the accumulators."""
    import pandas as pd

    classifier = _worker_classifier(settings)
    # The template/cache layer is per partition: a partition's answers are classify()'s on its
    # records in their order, whichever worker ran partitions before it.
    classifier.forget_templates()
    for frame in frames:
        sources = frame["source"].fillna("").astype(str).tolist()
        messages = frame["message"].fillna("").astype(str).tolist()
        records = [
            LogRecord(str(n), source, message)
            for n, (source, message) in enumerate(zip(sources, messages, strict=True))
        ]
        results = classifier.classify_records(records)
        answered = [r.label for r in results]
        read.add(len(records))
        labels.add(Counter(answered))
        yield pd.DataFrame(
            {
                "id": frame["id"],
                "source": sources,
                "message": messages,
                "label": answered,
                "confidence": [float(r.confidence) for r in results],
                "tier": [r.tier for r in results],
                "model_version": [r.model_version for r in results],
                "reason": [r.reason for r in results],
                "template_id": [r.template_id for r in results],
            }
        )


def read_archive(spark: SparkSession, path: str, file_format: str) -> DataFrame:
    """The archive as a DataFrame of `id` (null when the input has none), `source` and
    `message` (the `message` field, else `log_message`). JSONL is read with that schema (no
    inference pass; its first lines are checked to name a message), CSV by its header row."""
    from pyspark.sql import functions

    if file_format == "jsonl":
        _check_json_lines(spark, path)
        frame = spark.read.schema(JSON_SCHEMA).json(path)
    elif file_format == "csv":
        frame = (
            spark.read.option("header", True)
            .option("multiLine", True)
            .option("escape", '"')
            .csv(path)
        )
    elif file_format == "parquet":
        frame = spark.read.parquet(path)
    else:
        raise ArchiveError(f"unknown format {file_format!r} ({', '.join(FORMATS)})")
    present = [c for c in MESSAGE_COLUMNS if c in frame.columns]
    if not present or "source" not in frame.columns:
        raise ArchiveError(
            f"{path}: needs a source column and a message (or log_message) column; "
            f"found {', '.join(frame.columns) or 'none'}"
        )
    message = functions.coalesce(*(functions.col(c).cast("string") for c in present))
    identity = functions.col("id").cast("string") if "id" in frame.columns else functions.lit(None)
    return frame.select(
        identity.cast("string").alias("id"),
        functions.col("source").cast("string").alias("source"),
        message.alias("message"),
    )


def _check_json_lines(spark: SparkSession, path: str) -> None:
    """Raise ArchiveError unless one of the first lines is an object with a source and a
    message (or log_message)."""
    import json

    keys: set[str] = set()
    for row in spark.read.text(path).limit(CHECKED_LINES).collect():
        try:
            document = json.loads(row["value"])
        except (ValueError, RecursionError):  # not JSON, or nested deeper than json follows
            continue
        if isinstance(document, dict):
            keys.update(document)
            if "source" in document and any(c in document for c in MESSAGE_COLUMNS):
                return
    raise ArchiveError(
        f"{path}: needs a source column and a message (or log_message) column; "
        f"found {', '.join(sorted(keys)) or 'none'} in its first lines"
    )


def by_shape(frame: DataFrame, parallelism: int) -> DataFrame:
    """`frame` in `parallelism` partitions by the shape of its messages (digits folded): lines of
    one template land in one partition, so each template is classified by one worker instead of
    by every worker (the template layer is per worker). The output's order is not the input's."""
    from pyspark.sql import functions

    if parallelism <= 1:
        return frame
    shape = functions.regexp_replace(functions.col("message"), "[0-9]+", "0")
    return frame.repartition(parallelism, shape)


OUTPUT_SCHEMA: Final = (
    "id string, source string, message string, label string, confidence double, tier string, "
    "model_version string, reason string, template_id string"
)


def classify_archive(
    spark: SparkSession,
    input_path: str,
    output_path: str,
    settings: Settings,
    *,
    file_format: str | None = None,
    out_format: str = "jsonl",
    llm: bool = False,
) -> Summary:
    """Classify the archive at `input_path` into the Spark output directory `output_path`."""
    if out_format not in OUT_FORMATS:
        raise ArchiveError(f"unknown output format {out_format!r} ({', '.join(OUT_FORMATS)})")
    started = time.perf_counter()
    frame = read_archive(spark, input_path, file_format or guess_format(input_path))
    frame = by_shape(frame, spark.sparkContext.defaultParallelism)
    task_cpus = int(spark.conf.get("spark.task.cpus", "1") or 1)
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(BATCH_ROWS))
    read = spark.sparkContext.accumulator(0)
    labels: Any = spark.sparkContext.accumulator(Counter(), _LabelCounts())  # type: ignore[arg-type]
    classified = frame.mapInPandas(
        functools.partial(
            classify_frames,
            settings=batch_settings(settings, task_cpus, llm),
            read=read,
            labels=labels,
        ),
        schema=OUTPUT_SCHEMA,
    )
    writer = classified.write.mode("errorifexists")
    try:
        if out_format == "parquet":
            writer.parquet(output_path)
        else:
            writer.json(output_path)
    except Exception as exc:  # Spark raises its own AnalysisException for an existing path
        if "already exists" in str(exc):
            raise ArchiveError(f"{output_path} already exists; remove it or name another") from None
        raise
    counts = dict(labels.value)
    return Summary(read.value, sum(counts.values()), time.perf_counter() - started, counts)


def local_session(master: str = "local[2]", app_name: str = "logclass") -> SparkSession:
    """A SparkSession for this machine (the CLI's and the tests'); quiet, UI off."""
    from pyspark.sql import SparkSession

    # The workers run this interpreter (with this project and its models) unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "true")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("WARN")
    return session


def parser(prog: str = "logclass spark") -> argparse.ArgumentParser:
    """The arguments of `logclass spark` and of `spark-submit .../server/spark.py`."""
    from server.config import add_flags

    command = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    command.add_argument(
        "input", help="JSONL, CSV or Parquet file, directory or glob (any URI Spark reads)."
    )
    command.add_argument("output", help="The output directory Spark writes (must not exist).")
    command.add_argument("--format", choices=FORMATS, help="Input format (default: by extension).")
    command.add_argument(
        "--out-format",
        choices=OUT_FORMATS,
        default="jsonl",
        help="Output part files (default: jsonl).",
    )
    command.add_argument(
        "--master", help="Spark master (default: spark-submit's, else local[*] on this machine)."
    )
    command.add_argument(
        "--llm",
        action="store_true",
        help="Use the LLM tier (off by default; then one request in flight per worker).",
    )
    add_flags(command, server=False)
    return command


def main(argv: list[str] | None = None, prog: str = "logclass spark") -> int:
    """Run one classification job; print the summary. The exit status."""
    from server.config import ConfigError, load_settings

    args = parser(prog).parse_args(argv)
    try:
        settings = load_settings(args)
    except ConfigError as exc:
        print(f"{prog}: configuration error: {exc}", file=sys.stderr)
        return 2
    if "://" not in args.output and Path(args.output).exists():  # before a JVM starts
        print(f"{prog}: {args.output} already exists; remove it or name another", file=sys.stderr)
        return 2
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print(f"{prog}: pyspark is missing: pip install 'logclass[spark]'", file=sys.stderr)
        return 2
    if args.master:
        spark = local_session(args.master)
    else:
        spark = SparkSession.builder.appName("logclass").getOrCreate()
    try:
        summary = classify_archive(
            spark,
            args.input,
            args.output,
            settings,
            file_format=args.format,
            out_format=args.out_format,
            llm=args.llm,
        )
    except ArchiveError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    print(summary.render(), file=sys.stderr)
    return 0


if __name__ == "__main__":  # spark-submit path/to/server/spark.py IN OUT
    sys.exit(main(sys.argv[1:], prog="spark.py"))
