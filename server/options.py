"""What a setting is (`Option`) and how its text is read: the parts every component's config uses.

An option has one name per source: its flat field name (a TOML key at the top level, and the
README's name for it), an environment variable and a `--flag`. An option that belongs to a
component (`section`) is also a key of that component's TOML table (`[llm] provider = ...` is
`llm_provider = ...`) and a field of its config object. `server.config` assembles them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

# Reads one setting from text (env, flag) or a TOML value; ValueError names what is wrong.
Parser = Callable[[Any], Any]


class ConfigError(ValueError):
    """A configuration value or key is invalid; the message is one line naming it."""


@dataclass(frozen=True, slots=True)
class Option:
    """One setting: its flat field, env var, help line and parser from text (env, flags, TOML);
    for a component's setting also the component (`section`) and its key there."""

    field: str
    env: str
    help: str
    parse: Parser
    section: str | None = None
    section_key: str = ""

    @property
    def flag(self) -> str:
        return "--" + self.field.replace("_", "-")

    @property
    def key(self) -> str:
        """The field of the component's config object (and key of its TOML table)."""
        return self.section_key or self.field


def component_options(section: str, *, prefixed: bool) -> Callable[[str, str, str, Parser], Option]:
    """A maker of component `section`'s options from (key, env, help, parse); their flat name is
    `section_key` when `prefixed`, else the key itself."""

    def make(key: str, env: str, help: str, parse: Parser) -> Option:
        field = f"{section}_{key}" if prefixed else key
        return Option(field, env, help, parse, section, key)

    return make


N = TypeVar("N", int, float)


@dataclass(frozen=True, slots=True)
class TomlTyped:
    """A parser of text (env, flags) whose TOML value must be of a TOML type, not a string:
    `port = "50052"` is refused, `port = 50052` is right."""

    parse: Parser
    types: tuple[type, ...]
    what: str
    # The allowed values of a number (the README's configuration table shows them).
    bounds: tuple[float, float] | None = None

    def __call__(self, raw: Any) -> Any:
        return self.parse(raw)

    @property
    def range_text(self) -> str:
        """`LOW to HIGH` for a bounded number, else ""."""
        if self.bounds is None:
            return ""
        low, high = (f"{int(b):,}" if float(b).is_integer() else f"{b:g}" for b in self.bounds)
        return f"{low} to {high}"

    def check_toml(self, raw: Any) -> None:
        """Raise ValueError unless `raw`, a TOML value, is of the expected type."""
        is_bool = isinstance(raw, bool)
        if is_bool != (bool in self.types) or not isinstance(raw, self.types):
            shown = f"the string {raw!r}" if isinstance(raw, str) else repr(raw)
            raise ValueError(f"expected {self.what}, got {shown} (no quotes around it)")


def _number_in(kind: Callable[[Any], N], low: N, high: N, what: str) -> TomlTyped:
    def parse(raw: Any) -> N:
        if isinstance(raw, bool):
            raise ValueError(f"expected {what}")
        value = kind(raw)
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}")
        return value

    return TomlTyped(parse, (int, float), what, (low, high))


def _whole(raw: Any) -> int:
    """An integer from an int, integral text, or a float with no fraction; never truncated."""
    if isinstance(raw, float):
        if not raw.is_integer():
            raise ValueError("expected a whole number")
        return int(raw)
    return int(raw)


def int_in(low: int, high: int) -> TomlTyped:
    return _number_in(_whole, low, high, "an integer")


def float_in(low: float, high: float) -> TomlTyped:
    return _number_in(float, low, high, "a number")


def text(raw: Any) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError("expected a non-empty string")
    return raw.strip()


def one_of(choices: tuple[str, ...], *, upper: bool = False) -> Callable[[Any], str]:
    def parse(raw: Any) -> str:
        value = text(raw).upper() if upper else text(raw).lower()
        if value not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}")
        return value

    return parse


def _boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    value = text(raw).lower()
    if value in ("true", "1", "yes", "on"):
        return True
    if value in ("false", "0", "no", "off"):
        return False
    raise ValueError("expected true or false")


boolean = TomlTyped(_boolean, (bool,), "true or false")


def http_url(raw: Any) -> str:
    url = text(raw).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValueError("expected an http:// or https:// URL")
    return url


def path(raw: Any) -> Path:
    return Path(text(raw)).expanduser()


def existing_file(raw: Any) -> Path:
    value = path(raw)
    if not value.is_file():
        raise ValueError(f"no such file: {value}")
    return value


def names(raw: Any) -> tuple[str, ...]:
    """Comma-separated names, or a TOML list of strings; at least one."""
    items = raw.split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(k, str) for k in items):
        raise ValueError("expected comma-separated names or a list of strings")
    keys = tuple(k.strip() for k in items if k.strip())
    if not keys:
        raise ValueError("expected at least one name")
    return keys
