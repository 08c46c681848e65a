"""Settings: one table of options, read from defaults, an optional TOML file, env vars and flags.

Each option has one name per source: the dataclass field (also the TOML key), an env var and a
`--flag`; its one-line doc is the `--help` text and the README's configuration table. Later sources
win: defaults < TOML file (`--config`) < environment < command-line flags. Everything is validated
at start; a bad value or an unknown key raises `ConfigError` with one line naming it.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import tomllib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_PREFIX = "LOGCLASS_"
KNOWN_TIERS = ("regex", "llm")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ANY_SOURCE = "*"


class ConfigError(ValueError):
    """A configuration value or key is invalid; the message is one line naming it."""


@dataclass(frozen=True, slots=True)
class Routes:
    """Which tiers, in order, classify the records of each source."""

    by_source: Mapping[str, tuple[str, ...]]
    default: tuple[str, ...]

    def for_source(self, source: str) -> tuple[str, ...]:
        """The tier chain for records of `source`."""
        return self.by_source.get(source, self.default)

    def tier_names(self) -> tuple[str, ...]:
        """Every tier some route uses, in first-use order."""
        names: dict[str, None] = dict.fromkeys(self.default)
        for chain in self.by_source.values():
            names.update(dict.fromkeys(chain))
        return tuple(names)

    def as_text(self) -> str:
        """The env-var form: `LegacyCRM=llm;*=regex` (round-trips through `parse_routes`)."""
        parts = [f"{source}={','.join(chain)}" for source, chain in self.by_source.items()]
        parts.append(f"{ANY_SOURCE}={','.join(self.default)}")
        return ";".join(parts)


DEFAULT_ROUTES = Routes(by_source={"LegacyCRM": ("llm",)}, default=("regex",))


@dataclass(frozen=True, kw_only=True, slots=True)
class Settings:
    """The validated configuration of a server or an in-process classifier."""

    host: str = "127.0.0.1"
    port: int = 50051
    log_level: str = "INFO"
    batch_size: int = 64
    model_path: Path = Path("models")
    confidence_threshold: float = 0.5
    rules_path: Path | None = None
    routes: Routes = field(default=DEFAULT_ROUTES)
    grace_period: float = 10.0
    max_message_bytes: int = 16 * 1024 * 1024
    max_record_bytes: int = 64 * 1024


@dataclass(frozen=True, slots=True)
class Option:
    """One setting: its field, env var, help line and parser from text (env, flags, TOML)."""

    field: str
    env: str
    help: str
    parse: Callable[[Any], Any]

    @property
    def flag(self) -> str:
        return "--" + self.field.replace("_", "-")


def _int_in(low: int, high: int) -> Callable[[Any], int]:
    def parse(raw: Any) -> int:
        if isinstance(raw, bool):
            raise ValueError("expected an integer")
        value = int(raw)
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}")
        return value

    return parse


def _float_in(low: float, high: float) -> Callable[[Any], float]:
    def parse(raw: Any) -> float:
        if isinstance(raw, bool):
            raise ValueError("expected a number")
        value = float(raw)
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}")
        return value

    return parse


def _text(raw: Any) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError("expected a non-empty string")
    return raw.strip()


def _log_level(raw: Any) -> str:
    level = _text(raw).upper()
    if level not in LOG_LEVELS:
        raise ValueError(f"expected one of {', '.join(LOG_LEVELS)}")
    return level


def _path(raw: Any) -> Path:
    return Path(_text(raw)).expanduser()


def _existing_file(raw: Any) -> Path:
    path = _path(raw)
    if not path.is_file():
        raise ValueError(f"no such file: {path}")
    return path


def _chain(raw: Any, known_tiers: Collection[str]) -> tuple[str, ...]:
    names = [n.strip() for n in raw.split(",")] if isinstance(raw, str) else list(raw)
    chain = tuple(n for n in names if n)
    for name in chain:
        if name not in known_tiers:
            raise ValueError(f"unknown tier {name!r} (known: {', '.join(known_tiers)})")
    if len(set(chain)) != len(chain):
        raise ValueError(f"tier listed twice in {','.join(chain)!r}")
    return chain


def parse_routes(raw: Any, known_tiers: Collection[str] = KNOWN_TIERS) -> Routes:
    """Routes from `LegacyCRM=llm;*=regex` text or a TOML table {source = [tiers]}."""
    if isinstance(raw, str):
        table: dict[str, Any] = {}
        for part in filter(None, (p.strip() for p in raw.split(";"))):
            source, sep, chain = part.partition("=")
            if not sep or not source.strip():
                raise ValueError(f"expected SOURCE=tier,tier in {part!r}")
            table[source.strip()] = chain
    elif isinstance(raw, Mapping):
        table = dict(raw)
    else:
        raise ValueError("expected SOURCE=tier,...;*=tier,... or a table")
    chains = {source: _chain(chain, known_tiers) for source, chain in table.items()}
    default = chains.pop(ANY_SOURCE, DEFAULT_ROUTES.default)
    return Routes(by_source=chains, default=default)


OPTIONS: tuple[Option, ...] = (
    Option("host", "LOGCLASS_HOST", "Address the gRPC server binds to.", _text),
    Option("port", "LOGCLASS_PORT", "gRPC port (0 picks a free one).", _int_in(0, 65535)),
    Option("log_level", "LOG_LEVEL", "Logging level: DEBUG, INFO, WARNING, ERROR.", _log_level),
    Option("batch_size", "BATCH_SIZE", "Records a model tier runs at once.", _int_in(1, 65536)),
    Option("model_path", "MODEL_PATH", "Folder written by `make export`.", _path),
    Option(
        "confidence_threshold",
        "CONFIDENCE_THRESHOLD",
        "Below this top probability a model answers Unclassified.",
        _float_in(0.0, 1.0),
    ),
    Option(
        "rules_path",
        "LOGCLASS_RULES",
        "TOML file of regex rules (default: the bundled rules).",
        _existing_file,
    ),
    Option(
        "routes",
        "LOGCLASS_ROUTES",
        "Tier chain per source, e.g. 'LegacyCRM=llm;*=regex'.",
        parse_routes,
    ),
    Option(
        "grace_period",
        "LOGCLASS_GRACE_PERIOD",
        "Seconds in-flight calls may take to finish after SIGTERM.",
        _float_in(0.0, 3600.0),
    ),
    Option(
        "max_message_bytes",
        "LOGCLASS_MAX_MESSAGE_BYTES",
        "Largest gRPC message accepted (bigger: RESOURCE_EXHAUSTED).",
        _int_in(1024, 2**31 - 1),
    ),
    Option(
        "max_record_bytes",
        "LOGCLASS_MAX_RECORD_BYTES",
        "Longer messages are classified on this prefix (reason message_truncated).",
        _int_in(16, 2**31 - 1),
    ),
)
OPTIONS_BY_FIELD = {o.field: o for o in OPTIONS}


def _parse_value(option: Option, raw: Any, origin: str) -> Any:
    try:
        return option.parse(raw)
    except (ValueError, TypeError) as exc:
        raise ConfigError(f"{origin}: bad value {raw!r} for {option.field}: {exc}") from None


def from_toml(path: Path) -> dict[str, Any]:
    """The settings a TOML file sets, parsed and validated (keys are the field names)."""
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    values: dict[str, Any] = {}
    for key, raw in table.items():
        option = OPTIONS_BY_FIELD.get(key)
        if option is None:
            raise ConfigError(f"config file {path}: unknown key {key!r}")
        values[key] = _parse_value(option, raw, f"config file {path}")
    return values


def from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings the environment sets; an unknown LOGCLASS_* variable is an error."""
    known = {o.env for o in OPTIONS}
    for name in environ:
        if name.startswith(ENV_PREFIX) and name not in known:
            raise ConfigError(f"unknown environment variable {name}")
    return {
        o.field: _parse_value(o, environ[o.env], f"environment variable {o.env}")
        for o in OPTIONS
        if o.env in environ
    }


def add_flags(parser: argparse.ArgumentParser) -> None:
    """Add `--config` and one flag per option (raw text, parsed in `load_settings`)."""
    parser.add_argument("--config", type=Path, help="TOML file of settings (keys: field names).")
    for option in OPTIONS:
        parser.add_argument(
            option.flag, dest=option.field, default=None, help=f"{option.help} [{option.env}]"
        )


def load_settings(
    args: argparse.Namespace | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Settings from defaults < TOML (`args.config`) < environment < flags in `args`."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    config_path = getattr(args, "config", None) if args is not None else None
    if config_path is not None:
        values.update(from_toml(config_path))
    values.update(from_env(environ))
    if args is not None:
        for option in OPTIONS:
            raw = getattr(args, option.field, None)
            if raw is not None:
                values[option.field] = _parse_value(option, raw, f"flag {option.flag}")
    return dataclasses.replace(Settings(), **values)
