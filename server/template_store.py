"""The template layer's snapshot: its templates and their answers in a JSON file, so a restarted
sidecar starts warm.

The file is written atomically (a temporary file in the same folder, flushed to disk, then
renamed over the old one), so a crash mid-write leaves the previous snapshot whole. It names the
model version that made the answers: a snapshot of another version is ignored (its answers would
not be this model's), and an unreadable or malformed one is reported in one line and the server
starts empty. JSON, never pickle: loading a snapshot runs no code.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

from server.records import Abstention, Decision, TierAnswer
from server.templates import Template

log = logging.getLogger(__name__)

FORMAT: Final = 1


class SnapshotError(ValueError):
    """A snapshot file that cannot be used."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One template and, when it was classified, its answer."""

    template: Template
    answer: TierAnswer | None


def _answer_to_json(answer: TierAnswer) -> dict[str, Any]:
    if isinstance(answer, Decision):
        return {"decision": asdict(answer)}
    guess = asdict(answer.best_guess) if answer.best_guess is not None else None
    return {"abstention": {"reason": answer.reason, "best_guess": guess}}


def _answer_from_json(raw: Mapping[str, Any]) -> TierAnswer:
    if "decision" in raw:
        return Decision(**raw["decision"])
    body = raw["abstention"]
    guess = body["best_guess"]
    return Abstention(str(body["reason"]), Decision(**guess) if guess is not None else None)


def encode(model_version: str, entries: list[Entry]) -> bytes:
    """The snapshot file's bytes."""
    document = {
        "format": FORMAT,
        "model_version": model_version,
        "templates": [
            {
                "id": e.template.id,
                "severity": e.template.severity,
                "tokens": e.template.tokens,
                "sample": e.template.sample,
                "count": e.template.count,
                "answer": _answer_to_json(e.answer) if e.answer is not None else None,
            }
            for e in entries
        ],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def decode(data: bytes, model_version: str) -> list[Entry] | None:
    """The entries of a snapshot; None if it is another model version's. Raises SnapshotError."""
    try:
        document = json.loads(data)
        if document.get("format") != FORMAT:
            raise SnapshotError(f"format {document.get('format')!r} is not {FORMAT}")
        if document.get("model_version") != model_version:
            return None
        entries = []
        for raw in document["templates"]:
            template = Template(
                str(raw["id"]),
                str(raw["severity"]),
                [str(token) for token in raw["tokens"]],
                str(raw["sample"]),
                int(raw["count"]),
            )
            answer = raw["answer"]
            entries.append(Entry(template, _answer_from_json(answer) if answer else None))
        return entries
    except SnapshotError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SnapshotError(f"malformed ({type(exc).__name__}: {exc})") from None


def write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read(path: Path, model_version: str) -> list[Entry]:
    """The usable entries of the snapshot at `path`; [] (and one log line) when there is none,
    it is another model version's, or it cannot be used."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        log.warning("template snapshot %s: cannot read: %s; starting empty", path, exc)
        return []
    try:
        entries = decode(data, model_version)
    except SnapshotError as exc:
        log.warning("template snapshot %s: %s; starting empty", path, exc)
        return []
    if entries is None:
        log.info("template snapshot %s is of another model version; starting empty", path)
        return []
    log.info("template snapshot %s: %d templates loaded", path, len(entries))
    return entries
