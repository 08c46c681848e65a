"""The overrides file: checked on load, matched by template id, text or pattern, written
atomically, reloaded when it changes; a bad file keeps the previous overrides in force."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from server.api import Classifier
from server.config import Settings
from server.overrides import (
    HEADER,
    Override,
    OverrideError,
    OverridesFile,
    load_overrides,
    teach,
    write_overrides,
)
from server.records import LogRecord
from server.taxonomy import LABELS

ENTRIES = """
[[override]]
template_id = "t-1"
label = "Error"
sample = "job 7 failed"

[[override]]
name = "disk"
pattern = "(?i)disk [a-z]+ full"
label = "Resource Usage"

[[override]]
template = "backup of <*> done"
label = "System Notification"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "overrides.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_entries_match_by_id_then_text_then_pattern(tmp_path: Path) -> None:
    overrides = load_overrides(write(tmp_path, ENTRIES), LABELS)
    assert [e.name for e in overrides.entries] == ["t-1", "disk", "backup of <*> done"]
    assert overrides.match("anything", "t-1", "").label == "Error"  # type: ignore[union-attr]
    text = overrides.match("x", "t-9", "backup of <*> done")
    assert text is not None and text.label == "System Notification"
    pattern = overrides.match("Disk sda full", "t-9", "other")
    assert pattern is not None and pattern.name == "disk"
    assert overrides.match("all fine", "t-9", "other") is None
    assert overrides.version.startswith("overrides-") and len(overrides.version) == 22


def test_a_missing_file_is_no_overrides(tmp_path: Path) -> None:
    overrides = load_overrides(tmp_path / "none.toml", LABELS)
    assert not overrides and overrides.match("x", "t-1", "y") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[override]]\ntemplate_id = "t-1"\nlabel = "Eror"', r"override #1: unknown label 'Eror'"),
        ('[[override]]\npattern = "(unclosed"\nlabel = "Error"', r"override #1: bad pattern"),
        (
            '[[override]]\npattern = ".*"\nlabel = "Error"',
            r"bad pattern: it matches the empty string \(so every message\)",
        ),
        ('[[override]]\nlabel = "Error"', r"needs one of template_id, template or pattern"),
        ('[[override]]\ntemplate_id = "t-1"\nlabel = "Error"\ncolour = "red"', r"unknown key"),
        ("[[override]]\ntemplate_id = 1\nlabel = 'Error'", r"template_id must be a string"),
        ("rule = 1", r"unknown key\(s\) rule; expected \[\[override\]\]"),
        ("[[override]\n", r"not valid TOML"),
        (
            '[[override]]\ntemplate_id = "t-1"\nlabel = "Error"\n'
            '[[override]]\ntemplate_id = "t-1"\nlabel = "Error"',
            r"override #2 't-1': duplicate name",
        ),
    ],
)
def test_a_bad_file_is_one_line_naming_the_entry(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(OverrideError, match=message) as caught:
        load_overrides(write(tmp_path, text), LABELS)
    assert "\n" not in str(caught.value)


def test_teach_adds_replaces_and_writes_a_file_that_loads_back(tmp_path: Path) -> None:
    path = write(tmp_path, ENTRIES)
    quoted = 'GET "/a\\b" failed\tagain'
    written = teach(
        path,
        [
            Override("t-1", "Critical Error", template_id="t-1", sample="job 9 failed"),
            Override("t-2", "Error", template_id="t-2", template="x <*>", sample=quoted),
        ],
        LABELS,
    )
    assert [e.name for e in written] == ["disk", "backup of <*> done", "t-1", "t-2"]
    loaded = load_overrides(path, LABELS)
    assert loaded.entries == tuple(written)
    assert loaded.match("", "t-1", "").label == "Critical Error"  # type: ignore[union-attr]
    assert loaded.entries[-1].sample == quoted
    assert path.read_text().startswith(HEADER)
    assert [p.name for p in tmp_path.iterdir()] == ["overrides.toml"]  # no temporary left


def test_teach_refuses_an_unknown_label_and_leaves_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, ENTRIES)
    with pytest.raises(OverrideError, match="unknown label 'Nope'"):
        teach(path, [Override("t-3", "Nope", template_id="t-3")], LABELS)
    assert path.read_text() == ENTRIES


def test_the_file_is_reloaded_when_it_changes_and_a_bad_one_keeps_the_old(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path, ENTRIES)
    watched = OverridesFile(path, LABELS)
    assert len(watched.current.entries) == 3 and not watched.reload_if_changed()
    write_overrides(path, [Override("t-5", "Error", template_id="t-5")])
    bump(path)
    assert watched.reload_if_changed() and [e.name for e in watched.current.entries] == ["t-5"]
    path.write_text('[[override]]\ntemplate_id = "t-6"\nlabel = "Bogus"\n')
    bump(path)
    with caplog.at_level("WARNING", logger="server.overrides"):
        assert not watched.reload_if_changed()
    assert [e.name for e in watched.current.entries] == ["t-5"]
    [warning] = caplog.records
    assert "overrides not reloaded, the previous 1 stay" in warning.getMessage()
    assert "unknown label 'Bogus'" in warning.getMessage()


def bump(path: Path) -> None:
    """A later modification time, as a second write would give on a coarse clock."""
    stamp = time.time_ns() + 2_000_000_000
    os.utime(path, ns=(stamp, stamp))


def test_overrides_win_over_every_tier_in_the_api(tmp_path: Path) -> None:
    path = write(tmp_path, ENTRIES)
    with Classifier(Settings(overrides_path=path)) as classifier:
        before = classifier.classify([("app", "User User123 logged in.")])
        [plain, by_pattern] = classifier.classify_records(
            [
                LogRecord("1", "app", "User User123 logged in."),
                LogRecord("2", "app", "disk sda full on host 7"),
            ]
        )
    assert before[0][2] == "User Action"
    assert (plain.label, plain.tier) == ("User Action", "regex")
    assert (by_pattern.label, by_pattern.tier) == ("Resource Usage", "override")
    assert by_pattern.reason == "override:disk" and by_pattern.confidence == 1.0
    assert by_pattern.model_version.startswith("overrides-") and by_pattern.template_id
