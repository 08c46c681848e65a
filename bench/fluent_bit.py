"""Lines/s through a real Fluent Bit loop, with the sidecar and without it, on the shipped configs.

Each run renders `deploy/fluent-bit/<transport>` for a temporary folder (as the tests do), appends
the lines to the tailed file at once and times until the last one is printed by Fluent Bit's
stdout output. Fluent Bit alone does the same hop (its opentelemetry output straight into its own
opentelemetry input) on the same config, so the ratio is what the sidecar costs a pipeline. The
sidecar runs cold (a fresh process), then warm: the next lines (fresh values, the same template
mix) on the same loop.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from harness.fluent_bit import CONFIGS, Delivery, Loop, fluent_bit_binary, loop_lines


@dataclass(frozen=True)
class LoopFigures:
    """One transport's runs: Fluent Bit alone, then with the sidecar cold and warm."""

    transport: str
    alone: Delivery
    cold: Delivery
    warm: Delivery


def _progress(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def _run(
    binary: Path, transport: str, folder: Path, *, sidecar: bool, runs: list[list[str]]
) -> list[Delivery]:
    loop = Loop(binary, transport, folder, sidecar=sidecar).start()
    try:
        return [loop.run(lines, timeout_s=600, settle_s=0.5) for lines in runs]
    finally:
        loop.stop()


def loop_figures(count: int) -> list[LoopFigures] | str:
    """The figures of every shipped transport, or why there are none (no Fluent Bit binary)."""
    binary = fluent_bit_binary()
    if binary is None:
        return "no Fluent Bit binary: set LOGCLASS_FLUENT_BIT=/path/to/fluent-bit"
    # One stream cut in two: the second part has the first's template mix with fresh values.
    stream = loop_lines(2 * count, seed=21)
    first, following = stream[:count], stream[count:]
    figures = []
    with tempfile.TemporaryDirectory(prefix="logclass-bench-") as tmp:
        for transport in sorted(CONFIGS):
            _progress(f"5 Fluent Bit alone, {transport}, {count:,} lines ...")
            [alone] = _run(
                binary, transport, Path(tmp) / f"{transport}-alone", sidecar=False, runs=[first]
            )
            _progress(f"5 Fluent Bit -> sidecar -> Fluent Bit, {transport}, cold then warm ...")
            cold, warm = _run(
                binary, transport, Path(tmp) / transport, sidecar=True, runs=[first, following]
            )
            for delivery in (alone, cold, warm):
                _progress(f"5 {transport}: {delivery.summary()}")
            figures.append(LoopFigures(transport, alone, cold, warm))
    return figures


_TRANSPORT_NAMES = {
    "http": "OTLP/HTTP (`fluent-bit.yaml`, the default)",
    "grpc": "OTLP/gRPC (`fluent-bit-grpc.yaml`)",
}


def loop_table(figures: list[LoopFigures]) -> str:
    """The runs as a Markdown table: lines/s, what came back, and the ratio to Fluent Bit alone."""
    lines = [
        "| # | run | lines | result | vs Fluent Bit alone |",
        "|---|---|---:|---:|---:|",
    ]
    for number, figure in enumerate(figures):
        key = "5" + "abcdefgh"[number]
        base = figure.alone.lines_per_second
        for suffix, what, delivery in (
            ("", "Fluent Bit alone: its output straight into its own input", figure.alone),
            ("'", "Fluent Bit -> sidecar -> Fluent Bit, sidecar cold (fresh process)", figure.cold),
            (
                "''",
                "same loop, the next lines (fresh values, same templates), cache warm",
                figure.warm,
            ),
        ):
            ratio = delivery.lines_per_second / base if base > 0 else 0.0
            back = f"{len(delivery.sent) - delivery.missing:,} back, {delivery.duplicates:,} dup."
            lines.append(
                f"| {key}{suffix} | {_TRANSPORT_NAMES[figure.transport]}: {what} | "
                f"{len(delivery.sent):,} | {delivery.lines_per_second:,.0f} lines/s ({back}) | "
                f"{ratio:.2f}x |"
            )
    return "\n".join(lines)
