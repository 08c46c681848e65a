"""Overrides: a person's corrections, which win over every tier.

A TOML file (its path the `overrides_path` setting) of `[[override]]` tables, each with a `label`
and what it matches: a `template_id` (as `ListTemplates` and the review page show it), the exact
`template` text, or a `pattern` (RE2, searched in the message). `logclass teach` and the review
page write it; a `sample` line is kept beside an entry so that `make export TAUGHT=...` can train
on it. An answer from an override has tier `override` and the reason `override:<name>`.

The file is checked as a whole on load: an unknown label or a bad pattern is reported in one line
and the overrides already in force stay. `OverridesFile` reloads it when it changes (polled) and
on demand (SIGHUP).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
import tomllib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from server.options import ConfigError
from server.tiers.regex import compile_message_pattern

log = logging.getLogger(__name__)

OVERRIDE_TIER: Final = "override"
# The file is looked at (one stat) at most this often, when records are classified.
POLL_INTERVAL_S: Final = 1.0
_MATCH_KEYS: Final = ("template_id", "template", "pattern")
_KEYS: Final = frozenset({"name", "label", "sample", *_MATCH_KEYS})
HEADER: Final = """\
# logclass overrides: each [[override]] gives `label` to the records it matches, before any tier.
# Match by `template_id` (logclass templates, the review page), the exact `template` text, or a
# `pattern` (RE2, searched in the message). `sample` is a line of the template, for retraining
# (make export TAUGHT=this-file). Written by `logclass teach` and the review page; edit freely.
"""


class OverrideError(ConfigError):
    """An overrides file that cannot be used; one line naming the file and the entry."""


@dataclass(frozen=True, slots=True)
class Override:
    """One correction: `label` for what it matches."""

    name: str
    label: str
    template_id: str = ""
    template: str = ""
    pattern: str = ""
    sample: str = ""

    def as_toml(self) -> str:
        """The entry as a `[[override]]` table."""
        lines = ["[[override]]"]
        for key in ("name", "label", *_MATCH_KEYS, "sample"):
            value = getattr(self, key)
            if value:
                lines.append(f"{key} = {_toml_string(value)}")
        return "\n".join(lines) + "\n"


def _toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, but for a few control characters)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c >= " " or c == "\t" else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


@dataclass(frozen=True, slots=True)
class OverrideSet:
    """The overrides of one version of the file, indexed for matching."""

    entries: tuple[Override, ...] = ()
    version: str = "overrides-none"
    _by_id: Mapping[str, Override] = field(default_factory=dict)
    _by_text: Mapping[str, Override] = field(default_factory=dict)
    _patterns: tuple[tuple[Any, Override], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.entries)

    def match(self, message: str, template_id: str, template: str) -> Override | None:
        """The entry for a record: by its template id, then its template text, then the first
        pattern found in its message (file order); None when none matches."""
        if template_id:
            found = self._by_id.get(template_id)
            if found is not None:
                return found
        if template:
            found = self._by_text.get(template)
            if found is not None:
                return found
        for regex, entry in self._patterns:
            if regex.search(message) is not None:
                return entry
        return None


def build_set(entries: Sequence[Override], version: str) -> OverrideSet:
    """An `OverrideSet` of `entries` (for a template id or text named twice, the later wins)."""
    patterns = tuple((compile_message_pattern(e.pattern), e) for e in entries if e.pattern)
    return OverrideSet(
        tuple(entries),
        version,
        {e.template_id: e for e in entries if e.template_id},
        {e.template: e for e in entries if e.template},
        patterns,
    )


def parse_overrides(text: str, where: str, labels: Collection[str]) -> list[Override]:
    """The entries of an overrides file's text; OverrideError names the first problem."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise OverrideError(f"{where}: not valid TOML: {' '.join(str(exc).split())}") from None
    extra = sorted(set(document) - {"override"})
    if extra:
        raise OverrideError(f"{where}: unknown key(s) {', '.join(extra)}; expected [[override]]")
    tables = document.get("override", [])
    if not isinstance(tables, list):
        raise OverrideError(f"{where}: override must be [[override]] tables")
    entries = [_entry(where, index, table, labels) for index, table in enumerate(tables, 1)]
    names: dict[str, int] = {}
    for index, entry in enumerate(entries, 1):
        if entry.name in names:
            raise OverrideError(
                f"{where}: override #{index} '{entry.name}': duplicate name "
                f"(first used by override #{names[entry.name]})"
            )
        names[entry.name] = index
    return entries


def _entry(where: str, index: int, table: object, labels: Collection[str]) -> Override:
    here = f"{where}: override #{index}"
    if not isinstance(table, dict):
        raise OverrideError(f"{here}: not a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise OverrideError(f"{here}: unknown key(s) {', '.join(unknown)}")
    for key, value in table.items():
        if not isinstance(value, str):
            raise OverrideError(f"{here}: {key} must be a string")
    values: dict[str, str] = {key: value.strip() for key, value in table.items()}
    if not any(values.get(key) for key in _MATCH_KEYS):
        raise OverrideError(f"{here}: needs one of template_id, template or pattern")
    label = values.get("label", "")
    if label not in labels:
        raise OverrideError(
            f"{here}: unknown label {label!r} (the served labels: {', '.join(sorted(labels))})"
        )
    pattern = values.get("pattern", "")
    if pattern:
        try:
            compile_message_pattern(pattern)
        except ValueError as exc:
            raise OverrideError(f"{here}: {exc}") from None
    name = values.get("name") or values.get("template_id") or pattern or values["template"][:60]
    return Override(
        name=name,
        label=label,
        template_id=values.get("template_id", ""),
        template=values.get("template", ""),
        pattern=pattern,
        sample=values.get("sample", ""),
    )


def load_overrides(path: Path, labels: Collection[str]) -> OverrideSet:
    """The overrides in `path` (none when it does not exist); OverrideError on a bad file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return OverrideSet()
    except OSError as exc:
        raise OverrideError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise OverrideError(f"{path}: not UTF-8 text") from None
    entries = parse_overrides(text, str(path), labels)
    return build_set(entries, "overrides-" + hashlib.sha256(data).hexdigest()[:12])


def write_overrides(path: Path, entries: Iterable[Override]) -> None:
    """Write `entries` to `path` atomically (a reader sees the old file or the new, whole)."""
    text = HEADER + "".join("\n" + entry.as_toml() for entry in entries)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def teach(path: Path, taught: Iterable[Override], labels: Collection[str]) -> list[Override]:
    """Add `taught` to the overrides in `path` (an entry for the same template id, or the same
    name, is replaced), check the whole, and write it atomically; the entries written."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise OverrideError(f"{path}: cannot read: {exc}") from None
    entries = parse_overrides(text, str(path), labels)
    for new in taught:
        entries = [
            e
            for e in entries
            if e.name != new.name and not (new.template_id and e.template_id == new.template_id)
        ]
        entries.append(new)
    written = parse_overrides(HEADER + "".join(e.as_toml() for e in entries), str(path), labels)
    write_overrides(path, written)
    return written


class OverridesFile:
    """The overrides in force, from `path`: reloaded when the file changes and on `reload()`; a
    file that cannot be used is reported once and the previous overrides stay."""

    def __init__(self, path: Path, labels: Collection[str]) -> None:
        self.path = path
        self.labels = frozenset(labels)
        self._stamp: tuple[int, int] | None = None
        self.current = load_overrides(path, self.labels)  # a bad file stops the start
        self._stamp = self._file_stamp()
        self.reloads = 0
        self.failures = 0
        self._polled = time.monotonic()

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            status = self.path.stat()
        except OSError:
            return None
        return (status.st_mtime_ns, status.st_size)

    def poll(self) -> bool:
        """`reload_if_changed`, at most once every POLL_INTERVAL_S; True if it reloaded."""
        now = time.monotonic()
        if now - self._polled < POLL_INTERVAL_S:
            return False
        self._polled = now
        return self.reload_if_changed()

    def reload_if_changed(self) -> bool:
        """Reload when the file's modification time or size changed; True if it was reloaded."""
        stamp = self._file_stamp()
        if stamp == self._stamp:
            return False
        self._stamp = stamp
        return self.reload()

    def reload(self) -> bool:
        """Load the file again; True when its overrides are now in force."""
        try:
            loaded = load_overrides(self.path, self.labels)
        except OverrideError as exc:
            self.failures += 1
            log.warning(
                "overrides not reloaded, the previous %d stay: %s", len(self.current.entries), exc
            )
            return False
        self.current = loaded
        self.reloads += 1
        log.info(
            "overrides: %d in force from %s (%s)", len(loaded.entries), self.path, loaded.version
        )
        return True
