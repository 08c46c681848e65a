"""The LLM tier's settings: its config object, its options and the check that a provider is usable.

Set as flat keys (`llm_provider = "openai"`, `LOGCLASS_LLM_PROVIDER`, `--llm-provider`) or in the
TOML table `[llm]` (`provider = "openai"`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Final

from server.options import (
    ConfigError,
    Option,
    component_options,
    http_url,
    int_in,
    one_of,
    text,
)

SECTION: Final = "llm"
PROVIDERS: Final = ("none", "gemini", "openai")
# API keys may also come from the providers' own variables (first set wins; never logged).
KEY_ENVS: Final = {"gemini": ("GOOGLE_API_KEY", "GEMINI_API_KEY"), "openai": ("OPENAI_API_KEY",)}


@dataclass(frozen=True, kw_only=True, slots=True)
class LLMConfig:
    """Which LLM the tier asks and how long, how often and how many at once."""

    provider: str = "none"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout_ms: int = 3000
    max_concurrency: int = 8
    cache_size: int = 10_000
    breaker_failures: int = 5
    breaker_cooldown_ms: int = 30_000

    @property
    def timeout_s(self) -> float:
        return self.timeout_ms / 1000

    def with_key_from(self, environ: Mapping[str, str]) -> LLMConfig:
        """This config, its API key taken from the provider's own variables when unset."""
        if self.api_key is not None:
            return self
        names = KEY_ENVS.get(self.provider, ())
        key = next((environ[n].strip() for n in names if environ.get(n, "").strip()), None)
        return replace(self, api_key=key)

    def problem(self) -> str | None:
        """Why the provider cannot be used (one line), or None if it can."""
        if self.provider not in PROVIDERS:
            return f"unknown LLM provider {self.provider!r} (known: {', '.join(PROVIDERS)})"
        if self.provider == "gemini" and not self.api_key:
            return (
                "LLM provider gemini needs an API key: set GEMINI_API_KEY, GOOGLE_API_KEY or "
                "LOGCLASS_LLM_API_KEY"
            )
        if self.provider == "openai":
            envs = {option.key: option.env for option in OPTIONS}
            missing = [envs[key] for key in ("base_url", "model") if not getattr(self, key)]
            if missing:
                return f"LLM provider openai needs {' and '.join(missing)}"
        return None

    def validate(self) -> None:
        """Refuse a provider that cannot be used."""
        problem = self.problem()
        if problem is not None:
            raise ConfigError(problem)


_option = component_options(SECTION, prefixed=True)

OPTIONS: Final[tuple[Option, ...]] = (
    _option(
        "provider",
        "LOGCLASS_LLM_PROVIDER",
        "LLM tier provider: none, gemini or openai (any OpenAI-compatible server).",
        one_of(PROVIDERS),
    ),
    _option(
        "model",
        "LOGCLASS_LLM_MODEL",
        "LLM model name (gemini default: gemini-2.5-flash-lite; openai: required).",
        text,
    ),
    _option(
        "base_url",
        "LOGCLASS_LLM_BASE_URL",
        "LLM endpoint root, e.g. http://127.0.0.1:11434 (openai: required).",
        http_url,
    ),
    _option(
        "api_key",
        "LOGCLASS_LLM_API_KEY",
        "LLM API key (default: GOOGLE_API_KEY/GEMINI_API_KEY or OPENAI_API_KEY; never logged).",
        text,
    ),
    _option(
        "timeout_ms",
        "LOGCLASS_LLM_TIMEOUT_MS",
        "Longest a record waits for the LLM, queueing included (then llm_timeout).",
        int_in(1, 600_000),
    ),
    _option(
        "max_concurrency",
        "LOGCLASS_LLM_MAX_CONCURRENCY",
        "LLM requests in flight at once.",
        int_in(1, 1024),
    ),
    _option(
        "cache_size",
        "LOGCLASS_LLM_CACHE_SIZE",
        "Masked messages whose LLM label is kept (0 turns the cache off).",
        int_in(0, 10_000_000),
    ),
    _option(
        "breaker_failures",
        "LOGCLASS_LLM_BREAKER_FAILURES",
        "Consecutive LLM failures that open the circuit breaker.",
        int_in(1, 1000),
    ),
    _option(
        "breaker_cooldown_ms",
        "LOGCLASS_LLM_BREAKER_COOLDOWN_MS",
        "How long an open circuit answers circuit_open before probing the LLM again.",
        int_in(1, 3_600_000),
    ),
)
