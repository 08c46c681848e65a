"""The bounded LRU cache and its counters."""

from __future__ import annotations

from server.lru import CacheStats, LRUCache


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
