"""The common shapes of a log line: split the header from the message and read its severity.

Real lines carry a header (timestamp, host, process, level, logger) before what happened. The
semantic tier classifies the message and takes the severity as evidence beside it; the header's
other parts say nothing about the label. Each shape is one anchored regular expression, tried in
order; a line none of them recognises is classified whole, never an error.

| shape       | example header                                                          |
|-------------|-------------------------------------------------------------------------|
| rfc5424     | `<165>1 2026-11-30T12:00:00.1Z host app 1234 ID47 [sd] message`          |
| rfc3164     | `<34>Nov 30 12:00:00 host sshd[1234]: message` (the `<PRI>` optional)    |
| iso_syslog  | `2026-11-30T12:00:00+0000 host unit[1234]: message` (journald short-iso) |
| apache      | `[Sun Nov 30 12:00:00.1 2026] [core:error] [pid 1:tid 2] [client ..] m`   |
| nginx       | `2026/11/30 12:00:00 [error] 1234#1234: *5 message`                      |
| klog        | `I1130 12:00:00.123456    1234 file.go:123] message`                     |
| logcat      | `11-30 12:00:00.123  1234  5678 I Tag: message`                          |
| spring      | `2026-11-30 12:00:00.123  INFO 4321 --- [main] o.s.Class : message`      |
| log4j       | `2026-11-30 12:00:00,123 INFO [thread] com.x.Y: message` and kin         |
| python      | `2026-11-30 12:00:00,123 - name - INFO - message`, `[..] [12] [INFO] m`   |
| compact     | `081109 203615 148 INFO dfs.DataNode$PacketResponder: message` (pid optional) |
| spark       | `26/11/30 12:00:00 INFO executor.Executor: message` (Spark's log4j default) |
| envoy       | `[2026-11-30 12:00:00.123][1][warning][config] [source/x.cc:12] message` |
| macos       | `2026-11-30 12:00:00.1-0800 0x3a Default 0x0 412 0 mds: message` (`log show`) |
| windows     | `2026-11-30 12:00:00, Info                  CBS    message`              |
| logfmt      | `time=... level=info msg="message" key=value`                            |
| json        | `{"level": "info", "msg": "message", ...}`                               |
| golog       | `2026/11/30 12:00:00 message` (no level)                                 |
| logback     | `12:00:00.123 [main] ERROR c.x.Y - message` (logback's default pattern)   |
| zap         | `2026-11-30T12:00:00.123Z<TAB>ERROR<TAB>pkg/f.go:12<TAB>message` (console) |
| ruby        | `E, [2026-11-30T12:00:00.123456 #1234] ERROR -- app: message` (Logger)    |
| dotnet      | `fail: Category[13] message` (.NET console logger, single line)          |
| cri         | `2026-11-30T12:00:00.123456789Z stderr F line` (kubelet's container logs) |

An auditd record (`type=AVC msg=audit(1764504000.1:42): avc: denied ...`) is not logfmt: its
`msg=audit(...)` is a stamp, and the record is classified whole (after a syslog header, if any).
A JSON or logfmt line's error beside its message (`error`, `err`, `errMsg`, in MongoDB's `attr`
too) is appended to the message: `request failed: context deadline exceeded`.

A container's line comes wrapped by its runtime: behind the CRI prefix (`cri`, what containerd and
CRI-O write under `/var/log/pods`) or in Docker's json-file record (`{"log": "line\n", "stream":
..., "time": ...}`). The line behind the prefix is parsed as any line: a klog, JSON or Spring line
keeps its shape and severity (`cri` names only a wrapped line of no known shape). A JSON line that
names no level (Docker's record, a collector's around a raw line) has its message parsed as a
line too: `{"log": "E1130 12:00:00.1 1 x.go:1] failed"}` is `failed`, at error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

# Severity levels, least to most severe; every spelling a header uses maps to one of them.
SEVERITY_LEVELS: Final[tuple[str, ...]] = (
    "debug",
    "info",
    "notice",
    "warning",
    "error",
    "critical",
)
_SPELLINGS: Final[dict[str, str]] = {
    **dict.fromkeys(
        (
            *("trace", "trce", "finest", "finer", "fine", "debug", "dbug", "dbg", "verbose"),
            *("v", "d", "t"),
        ),
        "debug",
    ),
    **dict.fromkeys(("info", "information", "informational", "inf", "i", "config"), "info"),
    **dict.fromkeys(("notice", "n"), "notice"),
    **dict.fromkeys(("warn", "warning", "wrn", "w"), "warning"),
    # `fail` and `trce` are .NET's console spellings, `dpanic` zap's development panic.
    **dict.fromkeys(("error", "err", "eror", "e", "severe", "fault", "fail", "dpanic"), "error"),
    **dict.fromkeys(
        ("critical", "crit", "fatal", "alert", "emerg", "emergency", "panic", "f", "a", "c"),
        "critical",
    ),
}
# Syslog severities 0-7 (the low three bits of <PRI>).
_SYSLOG: Final = ("critical", "critical", "critical", "error", "warning", "notice", "info", "debug")
# pino's and bunyan's numeric levels, by tens: 10 trace, 20 debug, 30 info, 40 warn, 50 error,
# 60 fatal (a custom level in between takes the one below it). Python's `levelno` numbers differ
# (30 is WARNING) but are written under `levelno`, which is not read.
_BY_TENS: Final = ("debug", "debug", "info", "warning", "error", "critical")
# Record attributes that may name a severity (gRPC LogRecord.attributes, OTLP attributes).
SEVERITY_ATTRIBUTES: Final = ("severity", "level", "severity_text", "loglevel", "log.level", "lvl")
SEVERITY_NUMBER_ATTRIBUTE: Final = "severity_number"

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_ISO = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?"
# A level word as Java, Python and Windows loggers spell it (letter case ignored).
_LEVEL_WORD = (
    r"(?i:TRACE|DEBUG|INFO(?:RMATION)?|NOTICE|WARN(?:ING)?|ERROR|SEVERE|FATAL|CRIT(?:ICAL)?"
    r"|ALERT|EMERG|FINE(?:R|ST)?|CONFIG|VERBOSE)"
)
# A logger after the level: a dotted name (`com.x.Y`, `o.s.b.Class`) or any name ending in `:`.
_LOGGER = r"(?:[\w$]+(?:\.[\w$]+)+(?:\[\d+\])?:? +|[\w$.-]+: +)"

_SHAPES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "rfc5424",
        re.compile(
            r"<(?P<pri>\d{1,3})>1 \S+ \S+ \S+ \S+ \S+ (?:-|(?:\[[^\]]*\])+) ?(?P<msg>.*)", re.S
        ),
    ),
    (
        "rfc3164",
        re.compile(
            rf"(?:<(?P<pri>\d{{1,3}})>)?{_MONTH} [ \d]\d \d{{2}}:\d{{2}}:\d{{2}} \S+ "
            r"[^\s:\[]+(?:\[\d+\])?: (?P<msg>.*)",
            re.S,
        ),
    ),
    (
        "iso_syslog",
        re.compile(rf"{_ISO} [\w.-]+ [^\s:\[]+(?:\[\d+\])?: (?P<msg>.*)", re.S),
    ),
    (
        "apache",
        re.compile(
            r"\[[A-Z][a-z]{2} [^\]]+\] \[(?:[\w-]+:)?(?P<level>\w+)\](?: \[pid [^\]]*\])?"
            r"(?: \[client [^\]]*\])? ?(?P<msg>.*)",
            re.S,
        ),
    ),
    (
        "nginx",
        re.compile(
            r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2} \[(?P<level>\w+)\] \d+#\d+: "
            r"(?:\*\d+ )?(?P<msg>.*)",
            re.S,
        ),
    ),
    (
        "klog",
        re.compile(
            r"(?P<level>[IWEF])\d{4} \d{2}:\d{2}:\d{2}\.\d+ +\d+ [\w.-]+:\d+\] (?P<msg>.*)", re.S
        ),
    ),
    (
        "logcat",
        re.compile(
            r"\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+ +\d+ +\d+ (?P<level>[VDIWEFA]) "
            r"(?:[^:]{0,80}?): (?P<msg>.*)",
            re.S,
        ),
    ),
    (
        "spring",
        re.compile(
            rf"{_ISO} +(?P<level>{_LEVEL_WORD}) +\d+ --- \[[^\]]*\] \S+ +: (?P<msg>.*)", re.S
        ),
    ),
    (
        "python",
        re.compile(
            rf"(?:{_ISO} - [^\n]{{1,100}}? - (?P<level>{_LEVEL_WORD}) - "
            rf"|\[{_ISO}\] \[\d+\] \[(?P<level2>{_LEVEL_WORD})\] )(?P<msg>.*)",
            re.S,
        ),
    ),
    (
        "log4j",
        re.compile(
            rf"\[?{_ISO}\]? +\[?(?P<level>{_LEVEL_WORD})\]? +(?:\[[^\]]{{0,80}}\] +)?"
            rf"{_LOGGER}?(?:- +)?(?P<msg>.*)",
            re.S,
        ),
    ),
    (
        "compact",
        re.compile(
            rf"\d{{6}} \d{{6}}(?: \d+)? (?P<level>{_LEVEL_WORD}) [\w$.-]+: (?P<msg>.*)", re.S
        ),
    ),
    (
        "spark",
        re.compile(
            rf"\d{{2}}/\d{{2}}/\d{{2}} \d{{2}}:\d{{2}}:\d{{2}} (?P<level>{_LEVEL_WORD}) [\w$.-]+: "
            r"(?P<msg>.*)",
            re.S,
        ),
    ),
    (
        "envoy",
        re.compile(
            rf"\[{_ISO}\]\[\d+\]\[(?P<level>\w+)\]\[[\w-]+\] (?:\[[^\]]*\] )?(?P<msg>.*)", re.S
        ),
    ),
    (
        "macos",
        # `log show`: timestamp, thread, type, activity, pid, TTL, then `process: message`; the
        # type Default (Apple's default level) names no severity.
        re.compile(
            rf"{_ISO} +0x[0-9a-f]+ +(?:Default|(?P<level>Info|Debug|Error|Fault)) +0x[0-9a-f]+ "
            r"+\d+ +\d+ +[^\s:]+(?:\[\d+\])?: (?P<msg>.*)",
            re.S,
        ),
    ),
    (
        "windows",
        re.compile(rf"{_ISO}, (?P<level>{_LEVEL_WORD}) +\w+ +(?P<msg>.*)", re.S),
    ),
    ("golog", re.compile(r"\d{4}/\d{2}/\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)? (?P<msg>.*)", re.S)),
    (
        "logback",
        re.compile(
            rf"\d{{2}}:\d{{2}}:\d{{2}}\.\d{{3}} +\[[^\]]{{0,80}}\] +(?P<level>{_LEVEL_WORD}) +"
            r"[\w$.-]+ +- (?P<msg>.*)",
            re.S,
        ),
    ),
    (
        "zap",
        # Tab-separated: time, level, the logger's name and the caller when configured, the
        # message, then the fields as one JSON object when there are.
        re.compile(
            rf"{_ISO}\t(?P<level>[A-Za-z]+)\t(?:[\w.-]+\t)??(?:[\w./-]+:\d+\t)?"
            r"(?P<msg>[^\t]*)(?:\t\{.*\})?$",
            re.S,
        ),
    ),
    (
        "ruby",
        re.compile(
            r"[DIWEFAU], \[[^\]]{1,60} #\d+\] +(?P<level>\w+) -- [^:]{0,80}: (?P<msg>.*)", re.S
        ),
    ),
    (
        "dotnet",
        re.compile(r"(?P<level>trce|dbug|info|warn|fail|crit): [\w.`+]+\[\d+\] (?P<msg>.*)", re.S),
    ),
)
# The characters each shape's header can start with: a line is tried only against the shapes its
# first character allows, in `_SHAPES` order (a non-ASCII first character, which `\d` may match,
# is tried against all of them).
_DIGITS = "0123456789"
_FIRST_CHARACTERS: Final[dict[str, str]] = {
    "rfc5424": "<",
    "rfc3164": "<JFMASOND",
    "iso_syslog": _DIGITS,
    "apache": "[",
    "nginx": _DIGITS,
    "klog": "IWEF",
    "logcat": _DIGITS,
    "spring": _DIGITS,
    "python": _DIGITS + "[",
    "log4j": _DIGITS + "[",
    "compact": _DIGITS,
    "spark": _DIGITS,
    "envoy": "[",
    "macos": _DIGITS,
    "windows": _DIGITS,
    "golog": _DIGITS,
    "logback": _DIGITS,
    "zap": _DIGITS,
    "ruby": "DIWEFAU",
    "dotnet": "tdiwfc",
}
_SHAPES_BY_FIRST: Final[dict[str, tuple[tuple[str, re.Pattern[str]], ...]]] = {
    first: tuple(shape for shape in _SHAPES if first in _FIRST_CHARACTERS[shape[0]])
    for first in "".join(_FIRST_CHARACTERS.values())
}
_LOGFMT_PAIR: Final = re.compile(r'([\w.]+)=("(?:[^"\\]|\\.)*"|\S*)')
_MESSAGE_KEYS: Final = ("msg", "message", "MESSAGE", "log", "text")
# auditd's stamp, `msg=audit(TIME:SERIAL):`, looks like logfmt's message but is part of the
# header; what happened is in the pairs around it (`type=AVC`, `avc: denied`, `res=failed`).
_AUDIT_STAMP: Final = re.compile(r"\bmsg=audit\(\d+(?:\.\d+)?:\d+\):")
# `log.level` is the Elastic Common Schema's (ecs-logging writes it as one dotted key; others
# nest it, `"log": {"level": ...}`, which `_json_level` reads too).
_LEVEL_KEYS: Final = (
    "level",
    "severity",
    "lvl",
    "levelname",
    "loglevel",
    "log.level",
    "PRIORITY",
    "s",
)
# The CRI logging format's prefix: an RFC 3339 time, the stream, P(artial) or F(ull), one space.
_CRI: Final = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}) (?:stdout|stderr) [PF] "
)
# Where a structured line says what went wrong beside its message (zap's and logrus's `error`,
# pino's `err` object, MongoDB's `attr.errMsg`): appended to the message, `message: error`, since
# `request failed` or `Slow query` alone leaves the outcome open.
_ERROR_KEYS: Final = ("error", "err", "errMsg", "errmsg", "exception")


@dataclass(frozen=True, slots=True)
class ParsedLine:
    """A line split into what happened (`message`) and its severity; `shape` names the header."""

    message: str
    severity: str | None
    shape: str | None


def normalize_severity(text: object) -> str | None:
    """One of SEVERITY_LEVELS for a level's spelling (`WARN`, `E`, `err`), else None. A number is
    a syslog severity (0-7, `3` is error) or a pino/bunyan level (10-69, `50` is error)."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        if 0 <= text < len(_SYSLOG):
            return _SYSLOG[text]
        if 10 <= text < 10 * (len(_BY_TENS) + 1):
            return _BY_TENS[text // 10 - 1]
        return None
    if not isinstance(text, str):
        return None
    word = text.strip().lower()
    if word.isdecimal():
        return normalize_severity(int(word))
    return _SPELLINGS.get(word)


def severity_from_number(number: int) -> str | None:
    """An OTLP SeverityNumber (1-24; 0 is unset) as one of SEVERITY_LEVELS."""
    if not 1 <= number <= 24:
        return None
    return ("debug", "debug", "info", "warning", "error", "critical")[(number - 1) // 4]


def severity_from_attributes(attributes: Mapping[str, str]) -> str | None:
    """The severity a record's attributes name (`level`, `severity`, OTLP's severity fields)."""
    if not attributes:
        return None
    for key in SEVERITY_ATTRIBUTES:
        value = attributes.get(key)
        if value:
            level = normalize_severity(value)
            if level is not None:
                return level
    number = attributes.get(SEVERITY_NUMBER_ATTRIBUTE)
    if number and number.isdecimal():
        return severity_from_number(int(number))
    return None


def _structured(text: str, unwrap: bool = True) -> ParsedLine | None:
    """A JSON object or logfmt line with a message key (with `unwrap`, a JSON line's message that
    is itself a line is parsed as one when the JSON names no level)."""
    if text.startswith("{") and text.endswith("}"):
        try:
            document = json.loads(text)
        except (ValueError, RecursionError):  # not JSON, or nested deeper than json can follow
            return None
        if not isinstance(document, dict):
            return None
        message = next(
            (document[k] for k in _MESSAGE_KEYS if isinstance(document.get(k), str)), None
        )
        if message is None:
            return None
        level = _json_level(document)
        if level is None and unwrap:
            # A record that states no level around a raw line (Docker's json-file `{"log":
            # "...\n"}`, a collector's `{"message": ...}`): the line's own header and severity.
            inner = _parse(message, unwrap=False)
            message, level = inner.message, inner.severity
        return ParsedLine(_with_errors(message, _json_errors(document)), level, "json")
    if "msg=" not in text and "message=" not in text:
        return None
    if "msg=audit(" in text and _AUDIT_STAMP.search(text):
        return None
    pairs = dict(_LOGFMT_PAIR.findall(text))
    raw = pairs.get("msg", pairs.get("message"))
    if raw is None:
        return None
    message = _unquoted(raw)
    level = next((normalize_severity(pairs[k]) for k in _LEVEL_KEYS if k in pairs), None)
    errors = [_unquoted(pairs[k]) for k in _ERROR_KEYS if pairs.get(k)]
    return ParsedLine(_with_errors(message, errors), level, "logfmt")


def _unquoted(raw: str) -> str:
    return raw[1:-1].replace('\\"', '"') if raw.startswith('"') else raw


def _json_level(document: dict[str, object]) -> str | None:
    """The severity a JSON line names: a level key at its top, else ECS's nested `log.level`."""
    for key in _LEVEL_KEYS:
        if key in document:
            return normalize_severity(document[key])
    nested = document.get("log")
    return normalize_severity(nested.get("level")) if isinstance(nested, dict) else None


def _json_errors(document: dict[str, object]) -> list[str]:
    """The error texts of a JSON line (`_ERROR_KEYS`), at its top level or in its `attr`: a
    string, or an object's `message`."""
    found = []
    attr = document.get("attr")
    for container in (document, attr) if isinstance(attr, dict) else (document,):
        for key in _ERROR_KEYS:
            value = container.get(key)
            if isinstance(value, dict):
                value = value.get("message")
            if isinstance(value, str) and value:
                found.append(value)
    return found


def _with_errors(message: str, errors: list[str]) -> str:
    return ": ".join([message, *errors]) if errors else message


def parse_line(line: str) -> ParsedLine:
    """The message and severity of `line`; the whole line, no severity, if no shape fits."""
    return _parse(line, unwrap=True)


def _parse(line: str, unwrap: bool) -> ParsedLine:
    """`parse_line`; with `unwrap`, a container's line is taken out of its runtime's wrapper (once:
    a line wrapped again inside is not, so no line costs more than two parses)."""
    text = line.strip()
    structured = _structured(text, unwrap)
    if structured is not None:
        return structured
    first = text[:1]
    wrapped = _CRI.match(text) if unwrap and first in _DIGITS else None
    if wrapped is not None:
        return _container_line(text[wrapped.end() :])
    return split_header(text, _SHAPES_BY_FIRST.get(first, () if first.isascii() else _SHAPES))


def _container_line(line: str) -> ParsedLine:
    """A container's own line behind its runtime's CRI prefix: parsed as any line, named `cri`
    when it has no shape of its own."""
    inner = _parse(line, unwrap=False)
    return inner if inner.shape is not None else ParsedLine(inner.message, None, "cri")


def split_header(
    text: str, shapes: tuple[tuple[str, re.Pattern[str]], ...] = _SHAPES
) -> ParsedLine:
    """`text` (stripped) split by the first of `shapes` that fits; whole, no severity, if none."""
    for shape, pattern in shapes:
        match = pattern.match(text)
        if match is None:
            continue
        message = match.group("msg").strip()
        if not message:
            break  # a header and nothing after it: classify the whole line
        groups = match.groupdict()
        severity: str | None
        if groups.get("pri") is not None:
            severity = _SYSLOG[int(groups["pri"]) % 8]
        else:
            level = groups.get("level") or groups.get("level2")
            severity = normalize_severity(level) if level else None
        return ParsedLine(message, severity, shape)
    return ParsedLine(text, None, None)
