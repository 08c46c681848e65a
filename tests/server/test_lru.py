"""The bounded LRU cache and its counters."""

from __future__ import annotations

import asyncio

from server.lru import CacheStats, LRUCache, answer_each


def test_evicts_the_least_recently_used_and_counts() -> None:
    cache: LRUCache[str, int] = LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # now "b" is the least recent
    cache.put("c", 3)
    assert cache.get("b") is None
    assert (cache.get("a"), cache.get("c")) == (1, 3)
    assert cache.stats() == CacheStats(hits=3, misses=1, size=2, capacity=2)


def test_zero_capacity_caches_nothing() -> None:
    cache: LRUCache[str, int] = LRUCache(0)
    cache.put("a", 1)
    assert cache.get("a") is None and len(cache) == 0


def test_answer_each_looks_each_key_up_once_and_fetches_the_misses_once() -> None:
    cache: LRUCache[str, int] = LRUCache(10)
    cache.put("a", 1)
    fetched: list[list[str]] = []

    async def fetch(keys: list[str]) -> list[int]:
        fetched.append(keys)
        return [len(key) for key in keys]

    found = asyncio.run(answer_each(["a", "bb", "a", "ccc", "bb"], cache.get, fetch))
    assert found == {"a": 1, "bb": 2, "ccc": 3}
    assert fetched == [["bb", "ccc"]]
    assert (cache.hits, cache.misses) == (1, 2)
    # Nothing missing: no fetch at all.
    assert asyncio.run(answer_each(["a"], cache.get, fetch)) == {"a": 1} and len(fetched) == 1
