"""The LLM providers: one chat call that returns the model's raw answer, errors as fallback reasons.

`gemini` uses the google-genai SDK's async client (label asked for as an enum); `openai` the openai
SDK against any OpenAI-compatible chat endpoint (label asked for as plain text). Neither retries:
the tier owns the time budget. The SDKs are imported when a provider is built, so the `none`
provider costs nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, Protocol

from server.reasons import Reason
from server.tiers.llm.config import LLMConfig

if TYPE_CHECKING:
    import openai
    from google import genai

GEMINI_API_VERSION: Final = "v1beta"
GEMINI_DEFAULT_MODEL: Final = "gemini-2.5-flash-lite"
# A local OpenAI-compatible server wants some key but ignores it (Ollama's documented idiom).
OPENAI_PLACEHOLDER_KEY: Final = "unused"
OPENAI_MAX_TOKENS: Final = 16  # the longest label is a few tokens; more only costs time
# The SDKs' own HTTP timeout is a backstop: the tier's deadline (shorter) normally fires first.
SDK_TIMEOUT_MARGIN_S: Final = 1.0


class ProviderError(Exception):
    """A call that failed; `reason` is the fallback reason the record gets."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason


class Provider(Protocol):
    """One LLM endpoint: `complete` returns the answer text or raises `ProviderError`."""

    @property
    def model_version(self) -> str: ...

    async def start(self) -> None: ...

    async def complete(self, system: str, user: str, labels: Sequence[str]) -> str | None: ...

    async def close(self) -> None: ...


class GeminiProvider:
    """Gemini through google-genai's async client, the label constrained to an enum."""

    def __init__(self, api_key: str, model: str, base_url: str | None, timeout_s: float) -> None:
        self._api_key = api_key
        self.model = model
        self._base_url = base_url
        self._timeout_ms = int((timeout_s + SDK_TIMEOUT_MARGIN_S) * 1000)
        self._client: genai.Client | None = None

    @property
    def model_version(self) -> str:
        return f"gemini:{self.model}"

    async def start(self) -> None:
        from google import genai
        from google.genai import types

        _quiet_http_request_logs()
        self._client = genai.Client(
            api_key=self._api_key,
            vertexai=False,
            http_options=types.HttpOptions(
                api_version=GEMINI_API_VERSION,
                base_url=self._base_url,
                timeout=self._timeout_ms,
                # attempts=1: no retries; without retry_options the SDK may retry on its own.
                retry_options=types.HttpRetryOptions(attempts=1),
            ),
        )

    async def complete(self, system: str, user: str, labels: Sequence[str]) -> str | None:
        from google.genai import errors, types

        assert self._client is not None, "provider not started"
        config = types.GenerateContentConfig(
            system_instruction=system,
            temperature=0.0,
            response_mime_type="text/x.enum",
            response_schema={"type": "STRING", "enum": list(labels)},
            # No tools are offered; disabling their loop also drops its log line per request.
            automatic_function_calling=types.AutomaticFunctionCallingConfig(disable=True),
        )
        try:
            response = await self._client.aio.models.generate_content(
                model=self.model, contents=user, config=config
            )
        except errors.APIError as exc:
            reason = Reason.LLM_RATE_LIMITED if exc.code == 429 else Reason.LLM_UNAVAILABLE
            raise ProviderError(reason, f"HTTP {exc.code} {exc.status or ''}".strip()) from exc
        except Exception as exc:  # transport errors of whichever HTTP library the SDK runs on
            raise ProviderError(Reason.LLM_UNAVAILABLE, _describe(exc)) from exc
        return response.text

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aio.aclose()
            self._client = None


class OpenAIProvider:
    """Any OpenAI-compatible `POST {base}/v1/chat/completions`; the label comes as plain text."""

    def __init__(self, api_key: str | None, model: str, base_url: str, timeout_s: float) -> None:
        self._api_key = api_key or OPENAI_PLACEHOLDER_KEY
        self.model = model
        # Accept both the server root and the `/v1` URL users copy from their server's docs.
        self._base_url = base_url.rstrip("/").removesuffix("/v1") + "/v1"
        self._timeout_s = timeout_s + SDK_TIMEOUT_MARGIN_S
        self._client: openai.AsyncOpenAI | None = None

    @property
    def model_version(self) -> str:
        return f"openai:{self.model}"

    async def start(self) -> None:
        import openai

        _quiet_http_request_logs()
        self._client = openai.AsyncOpenAI(
            api_key=self._api_key,
            base_url=self._base_url,
            timeout=self._timeout_s,
            max_retries=0,
        )

    async def complete(self, system: str, user: str, labels: Sequence[str]) -> str | None:
        import openai

        assert self._client is not None, "provider not started"
        try:
            response = await self._client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": system},
                    {"role": "user", "content": user},
                ],
                temperature=0,
                max_tokens=OPENAI_MAX_TOKENS,
            )
        except openai.RateLimitError as exc:
            raise ProviderError(Reason.LLM_RATE_LIMITED, f"HTTP {exc.status_code}") from exc
        except openai.APIStatusError as exc:
            raise ProviderError(Reason.LLM_UNAVAILABLE, f"HTTP {exc.status_code}") from exc
        except openai.APITimeoutError as exc:
            raise ProviderError(Reason.LLM_TIMEOUT, "the SDK's HTTP timeout passed") from exc
        except openai.OpenAIError as exc:
            raise ProviderError(Reason.LLM_UNAVAILABLE, _describe(exc)) from exc
        if not response.choices:
            return None
        return response.choices[0].message.content

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None


def _quiet_http_request_logs() -> None:
    """Keep the HTTP client's one INFO line per request out of the log (unless configured)."""
    for name in ("httpx", "httpx2"):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.WARNING)


def _describe(exc: BaseException) -> str:
    """The exception's type and first line (never its arguments' secrets: SDKs keep keys out)."""
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def build_provider(config: LLMConfig) -> Provider | None:
    """The provider `config` names, or None for `none`; ValueError if it cannot be used
    (`load_settings` has refused such settings already)."""
    problem = config.problem()
    if problem is not None:
        raise ValueError(problem)
    if config.provider == "gemini":
        assert config.api_key
        return GeminiProvider(
            config.api_key,
            config.model or GEMINI_DEFAULT_MODEL,
            config.base_url,
            config.timeout_s,
        )
    if config.provider == "openai":
        assert config.model and config.base_url
        return OpenAIProvider(config.api_key, config.model, config.base_url, config.timeout_s)
    return None
