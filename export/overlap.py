"""Keep the training corpus template-disjoint from the independent evaluation set.

Two authors who write lines of the same real system often write the same real line (sshd's
"Accepted password for ..."). Such a line in both sets would make the evaluation measure memory,
not generalisation, so every corpus template with a rendered line of the same shape as an
evaluation line is left out of the corpus (decontamination, as done for public benchmarks).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final, Protocol, TypeVar

from server.features import record_view

EVAL_SET: Final = Path(__file__).resolve().parent.parent / "data" / "eval" / "eval.csv"
_WORD: Final = re.compile(r"[a-z]+")


class _Row(Protocol):
    @property
    def log_message(self) -> str: ...

    @property
    def template_id(self) -> str: ...


def template_shape(message: str) -> str:
    """A line's template as far as text can tell: its message masked, letters only, lower case."""
    return " ".join(_WORD.findall(record_view(message).text.lower()))


def eval_shapes(path: Path = EVAL_SET) -> frozenset[str]:
    """The shapes of the evaluation set's lines; empty when the set is absent."""
    if not path.exists():
        return frozenset()
    with path.open(newline="", encoding="utf-8") as handle:
        return frozenset(template_shape(row["log_message"]) for row in csv.DictReader(handle))


def shared_templates(rows: Iterable[_Row], shapes: frozenset[str]) -> set[str]:
    """Ids of the templates with at least one row shaped like one of `shapes`."""
    return {row.template_id for row in rows if template_shape(row.log_message) in shapes}


R = TypeVar("R", bound=_Row)


def without_templates(rows: Sequence[R], template_ids: set[str]) -> list[R]:
    """`rows` less those of the given templates."""
    return [row for row in rows if row.template_id not in template_ids]
