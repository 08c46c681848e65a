"""The benchmark's printed form: one Markdown table and a list of machine facts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table; `per_s` (records/s) is compared with the baseline's when set."""

    key: str
    what: str
    records: int | None
    result: str
    per_s: float | None = None
    goal: str = ""


def rate(per_s: float) -> str:
    """Records/s, rounded to what the noise allows: '84.6', '1,234', '23,400'."""
    if per_s < 100:
        return f"{per_s:.1f} records/s"
    digits = 3 - len(str(int(per_s)))
    return f"{round(per_s, digits):,.0f} records/s"


def table(rows: Sequence[Row], baseline: float) -> str:
    """The rows as a Markdown table, with each records/s figure's ratio to `baseline`."""
    lines = [
        "| # | run | records | result | vs (1) | goal |",
        "|---|---|---:|---:|---:|---|",
    ]
    for row in rows:
        ratio = f"{row.per_s / baseline:,.1f}x" if row.per_s is not None and baseline > 0 else ""
        records = "" if row.records is None else f"{row.records:,}"
        lines.append(
            f"| {row.key} | {row.what} | {records} | {row.result} | {ratio} | {row.goal} |"
        )
    return "\n".join(lines)


def fact_list(facts: Mapping[str, str]) -> str:
    """Facts as a Markdown bullet list."""
    return "\n".join(f"- {name}: {value}" for name, value in facts.items())
