"""Records/s of `logclass spark` in local mode (local[1], local[2]) beside the single-process
`logclass classify` on the same archive, each a fresh process timed from start to exit (Spark's
JVM start and every Python worker's model load included), as a user would run them.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.real_shapes import real_shape_stream
from bench.report import Row, table

MASTERS = ("local[1]", "local[2]")


@dataclass(frozen=True, slots=True)
class Run:
    what: str
    seconds: float


def _progress(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def _timed(what: str, argv: list[str]) -> Run:
    _progress(f"7 {what} ...")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "server", *argv], capture_output=True, text=True, timeout=3600
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed:\n{done.stderr[-2000:]}")
    return Run(what, seconds)


def _plain(master: str) -> str:
    """A folder name for `master` (Spark reads `[1]` in a path as a glob)."""
    return master.replace("[", "-").replace("]", "")


def spark_figures(count: int) -> str:
    """The section's table, or why it was skipped."""
    if importlib.util.find_spec("pyspark") is None:
        return "- skipped: pyspark is missing (pip install 'logclass[spark]')"
    with tempfile.TemporaryDirectory(prefix="logclass-bench-spark-") as tmp:
        archive = Path(tmp) / "archive.jsonl"
        with archive.open("w", encoding="utf-8") as handle:
            for n, (source, message) in enumerate(real_shape_stream(count, seed=31)):
                handle.write(json.dumps({"id": str(n), "source": source, "message": message}))
                handle.write("\n")
        runs = [
            _timed(
                "logclass classify (one process)",
                ["classify", str(archive), "-o", str(Path(tmp) / "cli.jsonl")],
            )
        ]
        for master in MASTERS:
            runs.append(
                _timed(
                    f"logclass spark --master {master}",
                    ["spark", str(archive), str(Path(tmp) / _plain(master)), "--master", master],
                )
            )
    baseline = count / runs[0].seconds
    rows = [
        Row(
            f"7{chr(ord('a') + i)}",
            run.what,
            count,
            f"{count / run.seconds:,.0f} records/s ({run.seconds:.1f} s)",
            count / run.seconds,
        )
        for i, run in enumerate(runs)
    ]
    return table(rows, baseline).replace("vs (1)", "vs (7a)")
