"""Loading a labelled CSV for training, with errors that name the offending line."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from server.records import UNCLASSIFIED

REQUIRED_COLUMNS: Final = ("source", "log_message", "target_label")
GROUP_COLUMN: Final = "template_id"


class DataError(ValueError):
    """A training CSV that cannot be used; the message names the file and the line."""


@dataclass(frozen=True, slots=True)
class LabelledRow:
    """One training example; `line` is its line number in the file (the header is line 1)."""

    line: int
    source: str
    message: str
    label: str
    template_id: str | None


@dataclass(frozen=True, slots=True)
class LabelledData:
    """A loaded training CSV: its rows, the sha256 of its bytes, and whether it had template ids."""

    path: Path
    sha256: str
    rows: tuple[LabelledRow, ...]
    has_template_ids: bool

    @property
    def labels(self) -> tuple[str, ...]:
        """The label set, sorted (the classifier's output order)."""
        return tuple(sorted({row.label for row in self.rows}))


def load_labelled_csv(path: Path) -> LabelledData:
    """Read a CSV with columns source, log_message, target_label and optionally template_id.

    Extra columns (timestamp, complexity, ...) are ignored. Raises `DataError` naming the line of a
    row with a wrong number of fields, an empty message or label, an empty template_id (when the
    column exists) or the reserved label `Unclassified`.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(f"{path}: line {line}: not UTF-8 text") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise DataError(f"{path}: empty file (expected a header row)") from None
    except csv.Error as exc:
        raise DataError(f"{path}: line 1: {exc}") from None
    columns = [name.strip() for name in header]
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise DataError(
            f"{path}: missing column(s) {', '.join(missing)} (found: {', '.join(columns)})"
        )
    index: dict[str, int] = {
        name: columns.index(name) for name in (*REQUIRED_COLUMNS, GROUP_COLUMN) if name in columns
    }
    has_groups = GROUP_COLUMN in index
    rows: list[LabelledRow] = []
    # A quoted field may span lines: a row starts on the line after the previous row ended.
    end = reader.line_num
    try:
        for fields in reader:
            start, end = end + 1, reader.line_num
            if fields:  # csv yields [] for a blank line
                rows.append(_parse_row(path, start, fields, len(columns), index, has_groups))
    except csv.Error as exc:
        raise DataError(f"{path}: line {end + 1}: {exc}") from None
    if not rows:
        raise DataError(f"{path}: no data rows after the header")
    labels = {row.label for row in rows}
    if len(labels) < 2:
        raise DataError(f"{path}: needs at least 2 labels to train a classifier, found {labels}")
    return LabelledData(path, hashlib.sha256(raw).hexdigest(), tuple(rows), has_groups)


def _parse_row(
    path: Path, line: int, fields: list[str], width: int, index: dict[str, int], has_groups: bool
) -> LabelledRow:
    if len(fields) != width:
        raise DataError(f"{path}: line {line}: expected {width} fields, found {len(fields)}")
    message = fields[index["log_message"]].strip()
    label = fields[index["target_label"]].strip()
    if not message:
        raise DataError(f"{path}: line {line}: empty log_message")
    if not label:
        raise DataError(f"{path}: line {line}: empty target_label")
    if label == UNCLASSIFIED:
        raise DataError(f"{path}: line {line}: {UNCLASSIFIED!r} is reserved, not a training label")
    template_id: str | None = None
    if has_groups:
        template_id = fields[index[GROUP_COLUMN]].strip()
        if not template_id:
            raise DataError(
                f"{path}: line {line}: empty {GROUP_COLUMN} "
                f"(fill it in, or drop the column to group the folds by masked message)"
            )
    return LabelledRow(line, fields[index["source"]].strip(), message, label, template_id)
