"""A bounded least-recently-used map that counts its hits and misses."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class CacheStats:
    """Counters of one cache (they become metrics)."""

    hits: int
    misses: int
    size: int
    capacity: int


class LRUCache(Generic[K, V]):
    """At most `capacity` entries; the least recently used goes first. Not thread-safe."""

    def __init__(self, capacity: int) -> None:
        if capacity < 0:
            raise ValueError("capacity must be >= 0")
        self.capacity = capacity
        self._entries: OrderedDict[K, V] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: K) -> V | None:
        """The value for `key` (now the most recent), or None; counts a hit or a miss."""
        value = self._entries.get(key)
        if value is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return value

    def put(self, key: K, value: V) -> None:
        """Store `value`, evicting the least recently used entry when full."""
        if self.capacity == 0:
            return
        self._entries[key] = value
        self._entries.move_to_end(key)
        if len(self._entries) > self.capacity:
            self._entries.popitem(last=False)

    def peek(self, key: K) -> V | None:
        """The value for `key`, or None, without counting or reordering anything."""
        return self._entries.get(key)

    def __len__(self) -> int:
        return len(self._entries)

    def stats(self) -> CacheStats:
        """Hits, misses, size and capacity now."""
        return CacheStats(self.hits, self.misses, len(self._entries), self.capacity)


async def answer_each(
    keys: Iterable[K],
    cached: Callable[[K], V | None],
    fetch: Callable[[list[K]], Awaitable[Sequence[V]]],
) -> dict[K, V]:
    """The answer for each distinct key of `keys`: `cached(key)` when it has one, else from one
    `fetch` of all the keys it had none for (answers in their order). What the tiers with a cache
    share: many records, few keys, each key looked up once and fetched at most once a call."""
    found: dict[K, V] = {}
    misses: list[K] = []
    for key in dict.fromkeys(keys):
        hit = cached(key)
        if hit is None:
            misses.append(key)
        else:
            found[key] = hit
    if misses:
        found.update(zip(misses, await fetch(misses), strict=True))
    return found
