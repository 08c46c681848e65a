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

from server.otlp.target import parse_forward_url
from server.tiers.base import TIER_NAMES

ENV_PREFIX = "LOGCLASS_"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ANY_SOURCE = "*"
LLM_PROVIDERS = ("none", "gemini", "openai")
# API keys may also come from the providers' own variables (first set wins; never logged).
LLM_KEY_ENVS = {"gemini": ("GOOGLE_API_KEY", "GEMINI_API_KEY"), "openai": ("OPENAI_API_KEY",)}


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


# The checkout's models/ (what `make export` writes), wherever the command is run from.
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "models"
DEFAULT_ROUTES = Routes(by_source={"LegacyCRM": ("llm",)}, default=("regex", "semantic"))


@dataclass(frozen=True, kw_only=True, slots=True)
class Settings:
    """The validated configuration of a server or an in-process classifier."""

    host: str = "127.0.0.1"
    port: int = 50051
    log_level: str = "INFO"
    batch_size: int = 64
    model_path: Path = DEFAULT_MODEL_PATH
    # None: the threshold the model's manifest names (what `make export` chose; 0.5 by default).
    confidence_threshold: float | None = None
    rules_path: Path | None = None
    routes: Routes = field(default=DEFAULT_ROUTES)
    grace_period: float = 10.0
    max_message_bytes: int = 16 * 1024 * 1024
    max_record_bytes: int = 64 * 1024
    batch_wait_ms: float = 5.0
    chunk_size: int = 1
    cache_size: int = 100_000
    template_snapshot: str = ""
    template_snapshot_interval: float = 300.0
    threads: int = 0
    llm_provider: str = "none"
    llm_model: str | None = None
    llm_base_url: str | None = None
    llm_api_key: str | None = field(default=None, repr=False)
    llm_timeout_ms: int = 3000
    llm_max_concurrency: int = 8
    llm_cache_size: int = 10_000
    llm_breaker_failures: int = 5
    llm_breaker_cooldown_ms: int = 30_000
    escalate_unclassified: bool = False
    otlp_http_port: int = 4318
    otlp_forward: str | None = None
    otlp_forward_timeout: float = 5.0
    otlp_forward_max_bytes: int = 3 * 1024 * 1024
    otlp_max_in_flight: int = 32
    otlp_body_keys: tuple[str, ...] = ("message", "log")
    otlp_source_attribute: str = "source"
    otlp_template_text: bool = False


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


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    raise ValueError("expected true or false")


def _llm_provider(raw: Any) -> str:
    provider = _text(raw).lower()
    if provider not in LLM_PROVIDERS:
        raise ValueError(f"expected one of {', '.join(LLM_PROVIDERS)}")
    return provider


def _http_url(raw: Any) -> str:
    url = _text(raw).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValueError("expected an http:// or https:// URL")
    return url


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
        "Below this top probability a model answers Unclassified (unset: the threshold the "
        "model's manifest names).",
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
OPTIONS += (
    Option(
        "batch_wait_ms",
        "LOGCLASS_BATCH_WAIT_MS",
        "Longest a model batch waits for more records while the model is busy, in milliseconds "
        "(an idle model starts at once).",
        _float_in(0.0, 1000.0),
    ),
    Option(
        "chunk_size",
        "LOGCLASS_CHUNK_SIZE",
        "Records per embedding-model call; 1 keeps answers independent of batching.",
        _int_in(1, 1024),
    ),
    Option(
        "cache_size",
        "LOGCLASS_CACHE_SIZE",
        "Templates the semantic tier keeps, each with its decision (0: no templates and no cache, "
        "every message classified by itself).",
        _int_in(0, 10_000_000),
    ),
    Option(
        "template_snapshot",
        "LOGCLASS_TEMPLATE_SNAPSHOT",
        "File the templates and their answers are saved to (at shutdown and every "
        "template_snapshot_interval seconds) and loaded from at start; unset: off.",
        _text,
    ),
    Option(
        "template_snapshot_interval",
        "LOGCLASS_TEMPLATE_SNAPSHOT_INTERVAL",
        "Seconds between two template snapshots.",
        _float_in(1.0, 86400.0),
    ),
    Option(
        "threads",
        "LOGCLASS_THREADS",
        "Embedding worker threads, one core each (0: the CPUs this process may use).",
        _int_in(0, 256),
    ),
)
OPTIONS += (
    Option(
        "llm_provider",
        "LOGCLASS_LLM_PROVIDER",
        "LLM tier provider: none, gemini or openai (any OpenAI-compatible server).",
        _llm_provider,
    ),
    Option(
        "llm_model",
        "LOGCLASS_LLM_MODEL",
        "LLM model name (gemini default: gemini-2.5-flash-lite; openai: required).",
        _text,
    ),
    Option(
        "llm_base_url",
        "LOGCLASS_LLM_BASE_URL",
        "LLM endpoint root, e.g. http://127.0.0.1:11434 (openai: required).",
        _http_url,
    ),
    Option(
        "llm_api_key",
        "LOGCLASS_LLM_API_KEY",
        "LLM API key (default: GOOGLE_API_KEY/GEMINI_API_KEY or OPENAI_API_KEY; never logged).",
        _text,
    ),
    Option(
        "llm_timeout_ms",
        "LOGCLASS_LLM_TIMEOUT_MS",
        "Longest a record waits for the LLM, queueing included (then llm_timeout).",
        _int_in(1, 600_000),
    ),
    Option(
        "llm_max_concurrency",
        "LOGCLASS_LLM_MAX_CONCURRENCY",
        "LLM requests in flight at once.",
        _int_in(1, 1024),
    ),
    Option(
        "llm_cache_size",
        "LOGCLASS_LLM_CACHE_SIZE",
        "Masked messages whose LLM label is kept (0 turns the cache off).",
        _int_in(0, 10_000_000),
    ),
    Option(
        "llm_breaker_failures",
        "LOGCLASS_LLM_BREAKER_FAILURES",
        "Consecutive LLM failures that open the circuit breaker.",
        _int_in(1, 1000),
    ),
    Option(
        "llm_breaker_cooldown_ms",
        "LOGCLASS_LLM_BREAKER_COOLDOWN_MS",
        "How long an open circuit answers circuit_open before probing the LLM again.",
        _int_in(1, 3_600_000),
    ),
    Option(
        "escalate_unclassified",
        "LOGCLASS_ESCALATE_UNCLASSIFIED",
        "Send records the semantic tier leaves below the threshold to the LLM tier.",
        _bool,
    ),
)


def _forward_url(raw: Any) -> str:
    return parse_forward_url(_text(raw)).url


def _keys(raw: Any) -> tuple[str, ...]:
    items = raw.split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(k, str) for k in items):
        raise ValueError("expected comma-separated names or a list of strings")
    keys = tuple(k.strip() for k in items if k.strip())
    if not keys:
        raise ValueError("expected at least one name")
    return keys


OPTIONS += (
    Option(
        "otlp_http_port",
        "LOGCLASS_OTLP_HTTP_PORT",
        "OTLP/HTTP port for POST /v1/logs (0 picks a free one, -1 turns it off).",
        _int_in(-1, 65535),
    ),
    Option(
        "otlp_forward",
        "LOGCLASS_OTLP_FORWARD",
        "Where enriched OTLP logs go: grpc://HOST:PORT or http(s)://HOST:PORT[/v1/logs] "
        "(default: nowhere).",
        _forward_url,
    ),
    Option(
        "otlp_forward_timeout",
        "LOGCLASS_OTLP_FORWARD_TIMEOUT",
        "Longest an OTLP request spends forwarding with retries, counted once its records are "
        "classified, in seconds (then UNAVAILABLE).",
        _float_in(0.01, 600.0),
    ),
    Option(
        "otlp_forward_max_bytes",
        "LOGCLASS_OTLP_FORWARD_MAX_BYTES",
        "Largest request forwarded; a larger one is forwarded in parts (bytes).",
        _int_in(1024, 2**31 - 1),
    ),
    Option(
        "otlp_max_in_flight",
        "LOGCLASS_OTLP_MAX_IN_FLIGHT",
        "OTLP requests handled at once (more: RESOURCE_EXHAUSTED / HTTP 429).",
        _int_in(1, 4096),
    ),
    Option(
        "otlp_body_keys",
        "LOGCLASS_OTLP_BODY_KEYS",
        "Keys of a key/value OTLP body holding the message, first found wins.",
        _keys,
    ),
    Option(
        "otlp_source_attribute",
        "LOGCLASS_OTLP_SOURCE_ATTRIBUTE",
        "OTLP log attribute naming the source (else the resource's service.name).",
        _text,
    ),
    Option(
        "otlp_template_text",
        "LOGCLASS_OTLP_TEMPLATE_TEXT",
        "Also write the template's text (log.template) on forwarded records, beside its id.",
        _bool,
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


# LOGCLASS_* variables that belong to the project's tests and benchmark, not to the server: a
# shell that exports them for `make test` still starts the server.
TOOLING_VARIABLES = frozenset({"LOGCLASS_FLUENT_BIT", "LOGCLASS_REQUIRE_FLUENT_BIT"})


def from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings the environment sets; an unknown LOGCLASS_* variable is an error."""
    known = {o.env for o in OPTIONS} | TOOLING_VARIABLES
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
    return _check_llm(dataclasses.replace(Settings(), **values), environ)


def _check_llm(settings: Settings, environ: Mapping[str, str]) -> Settings:
    """Fill the LLM key from the provider's own variables; refuse a provider it cannot use."""
    key = settings.llm_api_key
    if key is None:
        names = LLM_KEY_ENVS.get(settings.llm_provider, ())
        key = next((environ[n].strip() for n in names if environ.get(n, "").strip()), None)
    checked = dataclasses.replace(settings, llm_api_key=key)
    problem = llm_provider_problem(checked)
    if problem is not None:
        raise ConfigError(problem)
    return checked


def llm_provider_problem(settings: Settings) -> str | None:
    """Why the LLM provider `settings` name cannot be used (one line), or None if it can."""
    provider = settings.llm_provider
    if provider not in LLM_PROVIDERS:
        return f"unknown LLM provider {provider!r} (known: {', '.join(LLM_PROVIDERS)})"
    if provider == "gemini" and not settings.llm_api_key:
        return (
            "LLM provider gemini needs an API key: set GEMINI_API_KEY, GOOGLE_API_KEY or "
            "LOGCLASS_LLM_API_KEY"
        )
    if provider == "openai":
        missing = [
            option.env
            for option in (OPTIONS_BY_FIELD["llm_base_url"], OPTIONS_BY_FIELD["llm_model"])
            if not getattr(settings, option.field)
        ]
        if missing:
            return f"LLM provider openai needs {' and '.join(missing)}"
    return None
