"""Line shapes: header split from message, severity read; golden files for every shape."""

from __future__ import annotations

import json
import random

import pytest

from bench.real_shapes import real_shape_stream
from export.corpus import TEMPLATES, render
from server.lines import (
    _CRI,
    SEVERITY_LEVELS,
    ParsedLine,
    _structured,
    normalize_severity,
    parse_line,
    severity_from_attributes,
    severity_from_number,
    split_header,
)
from tests.conftest import REPO

GOLDEN = REPO / "tests" / "testdata" / "lines"


def test_golden_lines() -> None:
    lines = (GOLDEN / "input.txt").read_text(encoding="utf-8").splitlines()
    expected = [json.loads(row) for row in (GOLDEN / "expected.jsonl").read_text().splitlines()]
    assert len(lines) == len(expected)
    for line, want in zip(lines, expected, strict=True):
        parsed = parse_line(line)
        got = {"shape": parsed.shape, "severity": parsed.severity, "message": parsed.message}
        assert got == want, line


def test_every_documented_shape_has_a_golden_line() -> None:
    import server.lines

    documented = {
        row.split("|")[1].strip()
        for row in (server.lines.__doc__ or "").splitlines()
        if row.startswith("| ") and not row.startswith("| shape")
    }
    seen = {
        json.loads(row)["shape"] for row in (GOLDEN / "expected.jsonl").read_text().splitlines()
    }
    assert documented <= seen


@pytest.mark.parametrize(
    ("spelling", "level"),
    [
        ("WARN", "warning"),
        ("E", "error"),
        ("err", "error"),
        ("Information", "info"),
        ("FATAL", "critical"),
        ("3", "error"),
        (6, "info"),
        # pino and bunyan: 10 trace ... 60 fatal, as a JSON number or its digits
        (10, "debug"),
        (30, "info"),
        ("40", "warning"),
        (50, "error"),
        (60, "critical"),
        (8, None),
        (70, None),
        ("loud", None),
        (True, None),
        (None, None),
    ],
)
def test_severity_spellings(spelling: object, level: str | None) -> None:
    assert normalize_severity(spelling) == level


def test_severity_from_attributes_and_otlp_numbers() -> None:
    assert severity_from_attributes({"level": "warn"}) == "warning"
    assert severity_from_attributes({"severity_text": "Error", "level": ""}) == "error"
    assert severity_from_attributes({"severity_number": "9"}) == "info"
    assert severity_from_attributes({"severity_number": "0", "source": "x"}) is None
    # Characters str.isdigit() accepts but int() does not (a superscript) name no severity.
    assert severity_from_attributes({"severity_number": "\u00b9"}) is None
    assert severity_from_attributes({"level": "\u00b2"}) is None
    assert normalize_severity("\u0663") == "error"  # an Arabic-Indic 3 is a decimal digit
    assert [severity_from_number(n) for n in (1, 5, 9, 13, 17, 21, 24)] == [
        "debug",
        "debug",
        "info",
        "warning",
        "error",
        "critical",
        "critical",
    ]
    assert set(filter(None, map(severity_from_number, range(25)))) <= set(SEVERITY_LEVELS)


@pytest.mark.parametrize(
    "hostile",
    [
        "<1>1 " + "a " * 40_000,
        "[Sun Nov 30 " + "[" * 60_000,
        "2026-11-30 12:00:00,123 INFO " + "[x" * 30_000,
        "time=1 " + 'msg="' + "\\" * 60_000,
        "{" + '"msg":' * 10_000 + "}",
        '{"msg":' * 3_000 + '"x"' + "}" * 3_000,  # deeper than the json module follows
        # a container's line wrapped again and again: unwrapped once, never recursed into
        "2026-11-30T12:00:00Z stdout F " * 3_000 + "x",
        "2026-11-30T12:00:00Z\tERROR\t" + "a\t" * 30_000 + "{",
        "12:00:00.123 [main] ERROR " + "a" * 60_000,
    ],
)
def test_hostile_lines_are_parsed_in_linear_time(hostile: str) -> None:
    assert parse_line(hostile).message  # returns (the pytest timeout would catch a blow-up)


def test_trying_only_the_shapes_a_first_character_allows_changes_no_answer() -> None:
    rng = random.Random(5)
    corpus = [render(template.text, rng) for template in TEMPLATES for _ in range(3)]
    golden = (GOLDEN / "input.txt").read_text(encoding="utf-8").splitlines()
    real = [message for _, message in real_shape_stream(3000)]
    odd = ["\u0662\u0660\u0662\u0666/11/30 12:00:00 x", "  [x] y", "", "I", "<1>", "9"]
    for line in [*corpus, *golden, *real, *odd]:
        assert parse_line(line) == _parse_trying_every_shape(line), line


def _parse_trying_every_shape(line: str) -> ParsedLine:
    """The reference: every shape in order, whatever the first character (a line behind the
    CRI prefix parsed as the line it wraps)."""
    text = line.strip()
    wrapped = _CRI.match(text)
    if wrapped is not None:
        inner = text[wrapped.end() :].strip()
        found = _structured(inner, unwrap=False) or split_header(inner)
        return found if found.shape is not None else ParsedLine(found.message, None, "cri")
    return _structured(text) or split_header(text)
