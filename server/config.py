"""Settings: one table of options, read from defaults, an optional TOML file, env vars and flags.

Each option has one name per source: the flat field name (also the TOML key), an env var and a
`--flag`; its one-line doc is the `--help` text and the README's configuration table. The server's
own options are fields of `Settings`; the semantic tier, the LLM tier and the OTLP adapter each own
a config object (`SemanticConfig`, `LLMConfig`, `OtlpConfig`) with its options and checks, set by
the flat names or in the component's TOML table (`[llm] provider = ...`). Later sources win:
defaults < TOML file (`--config`) < environment < command-line flags. Everything is validated at
start; a bad value or an unknown key raises `ConfigError` with one line naming it.
"""

from __future__ import annotations

import argparse
import difflib
import os
import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from server import security
from server.logs import FORMATS as LOG_FORMATS
from server.logs import TEXT
from server.metrics import DEFAULT_MAX_SOURCES
from server.options import (
    ConfigError,
    Option,
    TomlTyped,
    boolean,
    existing_file,
    float_in,
    int_in,
    one_of,
    path,
    text,
)
from server.otlp import config as otlp_config
from server.otlp.config import OtlpConfig
from server.security import TlsConfig
from server.template_book import DEFAULT_CAPACITY as DEFAULT_BOOK_SIZE
from server.tiers.base import TIER_NAMES
from server.tiers.llm import config as llm_config
from server.tiers.llm.config import LLMConfig
from server.tiers.semantic import config as semantic_config
from server.tiers.semantic.config import DEFAULT_MODEL_PATH, SemanticConfig

__all__ = [
    "DEFAULT_MODEL_PATH",
    "OPTIONS",
    "ConfigError",
    "LLMConfig",
    "Option",
    "OtlpConfig",
    "Routes",
    "SemanticConfig",
    "Settings",
    "add_flags",
    "build_settings",
    "from_env",
    "from_toml",
    "load_settings",
    "parse_routes",
]

ENV_PREFIX = "LOGCLASS_"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ANY_SOURCE = "*"
REVIEW_OFF = -1


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


DEFAULT_ROUTES = Routes(by_source={"LegacyCRM": ("llm",)}, default=("regex", "semantic"))


@dataclass(frozen=True, kw_only=True, slots=True)
class Settings:
    """The validated configuration of a server or an in-process classifier."""

    host: str = "127.0.0.1"
    port: int = 50051
    log_level: str = "INFO"
    log_format: str = TEXT
    rules_path: Path | None = None
    routes: Routes = field(default=DEFAULT_ROUTES)
    grace_period: float = 10.0
    max_message_bytes: int = 16 * 1024 * 1024
    max_record_bytes: int = 64 * 1024
    max_in_flight_records: int = 100_000
    escalate_unclassified: bool = False
    metrics_port: int = 9464
    # None: `host`. Kubernetes scrapes a pod's IP, while the other ports stay on loopback.
    metrics_host: str | None = None
    metrics_max_sources: int = DEFAULT_MAX_SOURCES
    # The corrections that win over every tier (`server.overrides`); None: none.
    overrides_path: Path | None = None
    # Templates `ListTemplates` and the review page know (`server.template_book`); 0: off.
    template_book_size: int = DEFAULT_BOOK_SIZE
    # The review page (`server.review`): off unless a port is given; None: `host`.
    review_port: int = REVIEW_OFF
    review_host: str | None = None
    # Every RPC but health checks, and every OTLP/HTTP request, must carry it (never logged).
    auth_token: str | None = field(default=None, repr=False)
    tls: TlsConfig = field(default_factory=TlsConfig)
    semantic: SemanticConfig = field(default_factory=SemanticConfig)
    llm: LLMConfig = field(default_factory=LLMConfig)
    otlp: OtlpConfig = field(default_factory=OtlpConfig)

    def validate(self) -> None:
        """Refuse settings that cannot work together: each component's checks, then the
        server's own."""
        self.tls.validate()
        self.semantic.validate()
        self.llm.validate()
        ports: dict[int, str] = {}
        for name, port in (
            ("port", self.port),
            ("otlp_http_port", self.otlp.http_port),
            ("metrics_port", self.metrics_port),
            ("review_port", self.review_port),
        ):
            if port > 0 and port in ports:
                raise ConfigError(
                    f"{ports[port]} and {name} are both {port}: give each its own port "
                    f"(0 picks a free one)"
                )
            ports.setdefault(port, name)
        if self.review_port != REVIEW_OFF and self.template_book_size == 0:
            raise ConfigError(
                "review_port needs the templates it shows: template_book_size must not be 0"
            )


def _chain(raw: Any, known_tiers: Collection[str]) -> tuple[str, ...]:
    names = [n.strip() for n in raw.split(",")] if isinstance(raw, str) else list(raw)
    chain = tuple(n for n in names if n)
    for name in chain:
        if name not in known_tiers:
            raise ValueError(f"unknown tier {name!r} (known: {', '.join(known_tiers)})")
    if len(set(chain)) != len(chain):
        raise ValueError(f"tier listed twice in {','.join(chain)!r}")
    return chain


def parse_routes(raw: Any, known_tiers: Collection[str] = TIER_NAMES) -> Routes:
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
        for source, chain in table.items():
            if not isinstance(chain, str | list):
                raise ValueError(
                    f"{source} = {chain!r} is not a tier chain (a list of tier names)"
                    f"{_misplaced(source)}"
                )
    else:
        raise ValueError("expected SOURCE=tier,...;*=tier,... or a table")
    chains = {source: _chain(chain, known_tiers) for source, chain in table.items()}
    default = chains.pop(ANY_SOURCE, DEFAULT_ROUTES.default)
    return Routes(by_source=chains, default=default)


CORE_OPTIONS: Final[tuple[Option, ...]] = (
    Option("host", "LOGCLASS_HOST", "Address the gRPC server binds to.", text),
    Option("port", "LOGCLASS_PORT", "gRPC port (0 picks a free one).", int_in(0, 65535)),
    Option(
        "log_level",
        "LOG_LEVEL",
        "Logging level: DEBUG, INFO, WARNING, ERROR.",
        one_of(LOG_LEVELS, upper=True),
    ),
    Option(
        "log_format",
        "LOGCLASS_LOG_FORMAT",
        "Log lines as text or json (one JSON object per line).",
        one_of(LOG_FORMATS),
    ),
    Option(
        "rules_path",
        "LOGCLASS_RULES",
        "TOML file of regex rules (default: the bundled rules).",
        existing_file,
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
        float_in(0.0, 3600.0),
    ),
    Option(
        "max_message_bytes",
        "LOGCLASS_MAX_MESSAGE_BYTES",
        "Largest gRPC message accepted (bigger: RESOURCE_EXHAUSTED).",
        int_in(1024, 2**31 - 1),
    ),
    Option(
        "max_record_bytes",
        "LOGCLASS_MAX_RECORD_BYTES",
        "Longer messages are classified on this prefix (reason message_truncated).",
        int_in(16, 2**31 - 1),
    ),
    Option(
        "max_in_flight_records",
        "LOGCLASS_MAX_IN_FLIGHT_RECORDS",
        "Records being classified at once, all calls together; a call past it gets "
        "RESOURCE_EXHAUSTED / HTTP 429 (one call alone always goes).",
        int_in(1, 100_000_000),
    ),
    Option(
        "escalate_unclassified",
        "LOGCLASS_ESCALATE_UNCLASSIFIED",
        "Send records the semantic tier leaves below the threshold to the LLM tier.",
        boolean,
    ),
    Option(
        "metrics_port",
        "LOGCLASS_METRICS_PORT",
        "Port of the Prometheus metrics (GET /metrics; 0 picks a free one, -1 turns it off).",
        int_in(-1, 65535),
    ),
    Option(
        "metrics_host",
        "LOGCLASS_METRICS_HOST",
        "Address the metrics port binds to (default: host).",
        text,
    ),
    Option(
        "metrics_max_sources",
        "LOGCLASS_METRICS_MAX_SOURCES",
        "Sources the per-source metrics name (the first seen); later ones count as other.",
        int_in(1, 10_000),
    ),
    Option(
        "overrides_path",
        "LOGCLASS_OVERRIDES",
        "TOML file of overrides, labels that win over every tier (written by `logclass teach` "
        "and the review page; reloaded when it changes and on SIGHUP).",
        path,
    ),
    Option(
        "template_book_size",
        "LOGCLASS_TEMPLATE_BOOK_SIZE",
        "Templates ListTemplates and the review page know, the most recently seen (0: off).",
        int_in(0, 1_000_000),
    ),
    Option(
        "review_port",
        "LOGCLASS_REVIEW_PORT",
        "Port of the review page (0 picks a free one, -1 turns it off, the default).",
        int_in(-1, 65535),
    ),
    Option(
        "review_host",
        "LOGCLASS_REVIEW_HOST",
        "Address the review page binds to (default: host).",
        text,
    ),
    Option(
        "auth_token",
        "LOGCLASS_AUTH_TOKEN",
        "Bearer token every RPC but health checks and every OTLP/HTTP request must send "
        "(authorization: Bearer <token>; unset: none; never logged).",
        text,
    ),
)
# Each component's config class and options, by its section (its TOML table and Settings field).
COMPONENTS: Final[Mapping[str, tuple[type[Any], tuple[Option, ...]]]] = {
    security.SECTION: (TlsConfig, security.OPTIONS),
    semantic_config.SECTION: (SemanticConfig, semantic_config.OPTIONS),
    llm_config.SECTION: (LLMConfig, llm_config.OPTIONS),
    otlp_config.SECTION: (OtlpConfig, otlp_config.OPTIONS),
}
OPTIONS: Final[tuple[Option, ...]] = CORE_OPTIONS + tuple(
    option for _, options in COMPONENTS.values() for option in options
)
OPTIONS_BY_FIELD: Final = {o.field: o for o in OPTIONS}


def build_settings(values: Mapping[str, Any]) -> Settings:
    """Settings from parsed values keyed by flat field name (not validated together yet)."""
    core: dict[str, Any] = {}
    parts: dict[str, dict[str, Any]] = {section: {} for section in COMPONENTS}
    for name, value in values.items():
        option = OPTIONS_BY_FIELD[name]
        if option.section is None:
            core[name] = value
        else:
            parts[option.section][option.key] = value
    components = {section: COMPONENTS[section][0](**part) for section, part in parts.items()}
    return Settings(**core, **components)


def _parse_value(option: Option, raw: Any, origin: str, name: str = "") -> Any:
    try:
        return option.parse(raw)
    except (ValueError, TypeError) as exc:
        raise ConfigError(
            f"{origin}: bad value {raw!r} for {name or option.field}: {exc}"
        ) from None


def from_toml(path: Path) -> dict[str, Any]:
    """The settings a TOML file sets, parsed and validated, keyed by flat field name: a key is a
    field name, or a component's table (`[llm]`, `[semantic]`, `[otlp]`) holds its keys."""
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    origin = f"config file {path}"
    found: dict[Option, tuple[str, Any]] = {}
    for key, raw in table.items():
        if key in COMPONENTS:
            if not isinstance(raw, dict):
                raise ConfigError(f"{origin}: [{key}] must be a table of its settings")
            options = {o.key: o for o in COMPONENTS[key][1]}
            for sub_key, sub_raw in raw.items():
                option = options.get(sub_key)
                if option is None:
                    hint = _misplaced(sub_key) or _did_you_mean(sub_key, options)
                    raise ConfigError(f"{origin}: unknown key {sub_key!r} in [{key}]{hint}")
                _set_once(found, option, f"{key}.{sub_key}", sub_raw, origin)
            continue
        option = OPTIONS_BY_FIELD.get(key)
        if option is None:
            hint = _did_you_mean(key, [*OPTIONS_BY_FIELD, *COMPONENTS])
            raise ConfigError(f"{origin}: unknown key {key!r}{hint}")
        _set_once(found, option, key, raw, origin)
    values: dict[str, Any] = {}
    for option, (name, raw) in found.items():
        if isinstance(option.parse, TomlTyped):
            try:
                option.parse.check_toml(raw)
            except ValueError as exc:
                raise ConfigError(f"{origin}: {name}: {exc}") from None
        values[option.field] = _parse_value(option, raw, origin, name)
    return values


def _did_you_mean(name: str, known: Collection[str]) -> str:
    """A hint naming the known setting `name` was probably meant to be (`LOGCLASS_MODEL_PATH`
    for MODEL_PATH, a typo's closest name), or "" when none is close."""
    bare = name.removeprefix(ENV_PREFIX)
    if bare != name and bare in known:
        return f"; did you mean {bare}?"
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.75)
    return f"; did you mean {close[0]}?" if close else ""


def _misplaced(key: str) -> str:
    """A hint for a top-level key found inside a table (TOML puts every key below a [table]
    header into that table)."""
    if key not in OPTIONS_BY_FIELD:
        return ""
    return f"; {key} is a top-level setting: put it above the first [table]"


def _set_once(
    found: dict[Option, tuple[str, Any]], option: Option, name: str, raw: Any, origin: str
) -> None:
    if option in found:
        raise ConfigError(f"{origin}: {found[option][0]} and {name} are the same setting")
    found[option] = (name, raw)


# LOGCLASS_* variables that belong to the project's tests and benchmark, not to the server: a
# shell that exports them for `make test` still starts the server.
TOOLING_VARIABLES = frozenset({"LOGCLASS_FLUENT_BIT", "LOGCLASS_REQUIRE_FLUENT_BIT"})


def from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings the environment sets; an unknown LOGCLASS_* variable is an error."""
    known = {o.env for o in OPTIONS} | TOOLING_VARIABLES
    for name in environ:
        if name.startswith(ENV_PREFIX) and name not in known:
            raise ConfigError(f"unknown environment variable {name}{_did_you_mean(name, known)}")
    return {
        o.field: _parse_value(o, environ[o.env], f"environment variable {o.env}")
        for o in OPTIONS
        if o.env in environ
    }


# What only a running server uses (its ports, limits of calls, TLS, OTLP): `logclass classify`
# offers no flags for them.
SERVER_ONLY_FIELDS: Final = frozenset(
    {
        "host",
        "port",
        "grace_period",
        "max_message_bytes",
        "max_in_flight_records",
        "metrics_port",
        "metrics_host",
        "metrics_max_sources",
        "auth_token",
        "review_port",
        "review_host",
    }
)
SERVER_ONLY_SECTIONS: Final = frozenset({security.SECTION, otlp_config.SECTION})


def serves_only(option: Option) -> bool:
    """True for an option only a running server uses."""
    return option.field in SERVER_ONLY_FIELDS or option.section in SERVER_ONLY_SECTIONS


def add_flags(parser: argparse.ArgumentParser, *, server: bool = True) -> None:
    """Add `--config` and one flag per option (raw text, parsed in `load_settings`); without
    `server`, none for the options only a server uses."""
    parser.add_argument("--config", type=Path, help="TOML file of settings (keys: field names).")
    for option in OPTIONS:
        if not server and serves_only(option):
            continue
        parser.add_argument(
            option.flag, dest=option.field, default=None, help=f"{option.help} [{option.env}]"
        )


def load_settings(
    args: argparse.Namespace | None = None, environ: Mapping[str, str] | None = None
) -> Settings:
    """Settings from defaults < TOML (`args.config`) < environment < flags in `args`; the LLM
    key may come from the provider's own variables."""
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
    settings = build_settings(values)
    settings = replace(settings, llm=settings.llm.with_key_from(environ))
    settings.validate()
    return settings
