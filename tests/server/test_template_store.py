"""The template snapshot: a JSON round trip, atomic writes, and what is refused."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from server import template_store
from server.records import Abstention, Decision
from server.template_store import Entry, SnapshotError
from server.templates import Template, TemplateMiner

DISK = ["disk", "<*>", "failed", "on", "controller", "one"]


def entries() -> list[Entry]:
    decided = Decision("Error", 0.8, "semantic", "m-1", "", "t-1", "disk <*> failed")
    unsure = Abstention("below_threshold", Decision("User Action", 0.4, "semantic", "m-1"))
    return [
        Entry(Template("t-1", "error", DISK, "disk sda failed on controller one", 7), decided),
        Entry(Template("t-2", "", ["user", "<*>", "left", "日本"], "user a left 日本", 2), unsure),
        Entry(Template("t-3", "", ["x"], "x", 1), None),
    ]


def plain(found: list[Entry]) -> list[tuple[object, ...]]:
    """Entries as values (a Template compares by identity)."""
    return [
        (t.id, t.severity, t.tokens, t.sample, t.count, e.answer)
        for e in found
        for t in (e.template,)
    ]


def test_a_snapshot_round_trips_templates_and_answers(tmp_path: Path) -> None:
    path = tmp_path / "state" / "templates.json"
    template_store.write(path, template_store.encode("m-1", entries()))
    assert plain(template_store.read(path, "m-1")) == plain(entries())
    assert [p.name for p in path.parent.iterdir()] == ["templates.json"], "no temporary left"
    # Written again, the file is replaced whole.
    template_store.write(path, template_store.encode("m-1", entries()[:1]))
    assert plain(template_store.read(path, "m-1")) == plain(entries()[:1])


def test_another_model_versions_snapshot_is_ignored(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "templates.json"
    template_store.write(path, template_store.encode("m-1", entries()))
    with caplog.at_level(logging.INFO):
        assert template_store.read(path, "m-2") == []
    assert "another model version" in caplog.text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"{not json", "malformed"),
        (b'{"format": 9}', "format 9 is not 1"),
        (b'{"format": 1, "model_version": "m-1", "templates": [{"id": "t"}]}', "malformed"),
    ],
)
def test_a_corrupt_snapshot_is_one_warning_and_an_empty_start(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, data: bytes, expected: str
) -> None:
    path = tmp_path / "templates.json"
    path.write_bytes(data)
    with pytest.raises(SnapshotError, match=expected):
        template_store.decode(data, "m-1")
    with caplog.at_level(logging.WARNING):
        assert template_store.read(path, "m-1") == []
    [record] = caplog.records
    assert "starting empty" in record.getMessage() and "\n" not in record.getMessage()
    assert template_store.read(tmp_path / "missing.json", "m-1") == []


def test_restored_templates_match_the_lines_they_were_made_of() -> None:
    miner = TemplateMiner(capacity=10)
    for entry in entries():
        miner.restore(entry.template)
    assert miner.add("disk sdb failed on controller one", "error").id == "t-1"
    assert [t.id for t in miner.templates()][-1] == "t-1"
