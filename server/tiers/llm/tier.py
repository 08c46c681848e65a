"""The LLM tier, for sources the other tiers cannot handle (LegacyCRM by default).

Every record gets, within its deadline (the timeout counted from the batch's arrival, queueing for a
free request slot included), either one allowed label or an abstention whose reason names the
fallback: `llm_disabled` (provider `none`), `llm_timeout`, `llm_rate_limited`, `llm_unavailable`,
`circuit_open` or `bad_output`. Labels are cached per source and masked message, and records with
the same key share one call; fallbacks are never cached. A circuit breaker stops calling an LLM
that keeps failing, so its outage costs the records nothing but the fallback.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from server.config import Settings
from server.deadline import earliest
from server.label_set import DEFAULT_LABEL_SET, LabelSet, served_label_set
from server.lru import LRUCache, answer_each
from server.masking import mask
from server.reasons import Reason
from server.records import Abstention, Decision, LogRecord, TierAnswer
from server.tiers.base import LLM, TierInfo
from server.tiers.llm.breaker import CircuitBreaker
from server.tiers.llm.config import LLMConfig
from server.tiers.llm.prompt import parse_label, system_prompt, user_prompt
from server.tiers.llm.providers import Provider, ProviderError, build_provider

log = logging.getLogger(__name__)

TIER_NAME: Final = LLM
# An LLM gives no calibrated probability: a fixed value above any sane threshold, below the 1.0
# of a rule that matched.
LLM_CONFIDENCE: Final = 0.9
# The outcome of a call that brought a label (other outcomes are the abstention's reason).
OK: Final = "ok"

_Key = tuple[str, str]  # (source, masked message)


class LLMTier:
    """Classifies records with a large language model; with no provider, abstains on each."""

    def __init__(
        self,
        provider: Provider | None = None,
        *,
        timeout_s: float = 3.0,
        max_concurrency: int = 8,
        cache_size: int = 10_000,
        breaker: CircuitBreaker | None = None,
        labels: LabelSet = DEFAULT_LABEL_SET,
    ) -> None:
        self._provider = provider
        self._timeout_s = timeout_s
        self._slots = asyncio.Semaphore(max_concurrency)
        self._cache: LRUCache[_Key, str] = LRUCache(cache_size)
        self._breaker = breaker if breaker is not None else CircuitBreaker(5, 30.0, name="LLM")
        self._labels = labels.labels
        self._system = system_prompt(labels)
        self._inflight: dict[_Key, asyncio.Task[TierAnswer]] = {}
        # Calls by outcome: ok, or the reason of the abstention they ended in.
        self._calls: Counter[str] = Counter()
        version = provider.model_version if provider is not None else "none"
        self._info = TierInfo(TIER_NAME, version, self._labels if provider is not None else ())

    @classmethod
    def from_settings(cls, settings: Settings) -> LLMTier:
        """The tier the server's `settings` configure (their `llm` part)."""
        return cls.from_config(settings.llm, served_label_set(settings.semantic.model_path))

    @classmethod
    def from_config(cls, config: LLMConfig, labels: LabelSet = DEFAULT_LABEL_SET) -> LLMTier:
        """The tier with the provider, deadline, limits, cache and breaker `config` names,
        answering with `labels`."""
        return cls(
            build_provider(config),
            timeout_s=config.timeout_s,
            max_concurrency=config.max_concurrency,
            cache_size=config.cache_size,
            breaker=CircuitBreaker(
                config.breaker_failures, config.breaker_cooldown_ms / 1000, name="LLM"
            ),
            labels=labels,
        )

    @property
    def name(self) -> str:
        return TIER_NAME

    @property
    def breaker(self) -> CircuitBreaker:
        """The circuit breaker in front of the provider."""
        return self._breaker

    @property
    def cache(self) -> LRUCache[_Key, str]:
        """The labels the LLM gave, per (source, masked message)."""
        return self._cache

    def info(self) -> TierInfo:
        breaker = self._breaker.state.value if self._provider is not None else None
        return replace(
            self._info, cache=self._cache.stats(), calls=dict(self._calls), breaker=breaker
        )

    async def start(self) -> None:
        """Open the provider's client; no call is made, so a down LLM never blocks serving."""
        if self._provider is not None:
            await self._provider.start()
            log.info("llm tier ready: %s", self._provider.model_version)

    async def close(self) -> None:
        """Cancel the calls still in flight and close the provider's client."""
        tasks = list(self._inflight.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._provider is not None:
            await self._provider.close()

    def forget_templates(self) -> None:
        """Nothing to forget: the LLM's labels are cached per message, not per template."""

    async def classify(
        self, records: Sequence[LogRecord], deadline: float | None = None
    ) -> list[TierAnswer]:
        """One label or fallback per record, each within the tier's timeout and `deadline`."""
        if self._provider is None:
            return [Abstention(Reason.LLM_DISABLED) for _ in records]
        # The tier's own budget, or the caller's deadline if that comes sooner.
        until = earliest(asyncio.get_running_loop().time() + self._timeout_s, deadline)
        keys = [(record.source, mask(record.message)) for record in records]
        found = await answer_each(
            keys,
            self._cached,
            lambda misses: asyncio.gather(*(self._shared_call(key, until) for key in misses)),
        )
        return [found[key] for key in keys]

    def _cached(self, key: _Key) -> TierAnswer | None:
        label = self._cache.get(key)
        return None if label is None else self._decision(label)

    def _decision(self, label: str) -> Decision:
        return Decision(label, LLM_CONFIDENCE, TIER_NAME, self._info.model_version)

    async def _shared_call(self, key: _Key, deadline: float) -> TierAnswer:
        """The answer for `key`, joining a call in flight for it; never later than `deadline`."""
        if self._breaker.is_open():
            self._calls[Reason.CIRCUIT_OPEN] += 1
            return Abstention(Reason.CIRCUIT_OPEN)
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.create_task(self._call(key, deadline))
            self._inflight[key] = task
            task.add_done_callback(functools.partial(self._forget, key))
        # Shielded: a caller that goes away must not cancel the call other records wait for.
        # The call in flight may have a later deadline (another caller's): wait only for ours.
        try:
            async with asyncio.timeout_at(deadline):
                return await asyncio.shield(task)
        except TimeoutError:
            return Abstention(Reason.LLM_TIMEOUT)

    def _forget(self, key: _Key, task: asyncio.Task[TierAnswer]) -> None:
        if self._inflight.get(key) is task:
            del self._inflight[key]

    async def _call(self, key: _Key, deadline: float) -> TierAnswer:
        answer = await self._call_provider(key, deadline)
        self._calls[answer.reason if isinstance(answer, Abstention) else OK] += 1
        return answer

    async def _call_provider(self, key: _Key, deadline: float) -> TierAnswer:
        assert self._provider is not None
        source, masked = key
        called = False
        try:
            async with asyncio.timeout_at(deadline):
                async with self._slots:
                    if not self._breaker.allow():
                        return Abstention(Reason.CIRCUIT_OPEN)
                    called = True
                    text = await self._provider.complete(
                        self._system, user_prompt(source, masked), self._labels
                    )
        except TimeoutError:
            # Only a call that went out says something about the LLM; waiting for a slot does not.
            if called:
                self._breaker.failure()
                log.warning("LLM call to %s passed its deadline", self._info.model_version)
            return Abstention(Reason.LLM_TIMEOUT)
        except ProviderError as exc:
            self._breaker.failure()
            log.warning("LLM call to %s failed: %s", self._info.model_version, exc)
            return Abstention(exc.reason)
        except asyncio.CancelledError:
            if called:
                self._breaker.release()
            raise
        except Exception:
            self._breaker.failure()
            log.exception("LLM call to %s failed", self._info.model_version)
            return Abstention(Reason.LLM_UNAVAILABLE)
        # The endpoint answered: whatever the wording, it is up.
        self._breaker.success()
        label = parse_label(text, self._labels)
        if label is None:
            # The answer may quote the log line, which only DEBUG may show.
            log.warning("LLM answer outside the label set (%s)", Reason.BAD_OUTPUT)
            log.debug("LLM answer outside the label set: %.80r", text)
            return Abstention(Reason.BAD_OUTPUT)
        self._cache.put(key, label)
        return self._decision(label)
