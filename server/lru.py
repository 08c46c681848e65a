"""A bounded least-recently-used map that counts its hits and misses."""

from __future__ import annotations

from collections import OrderedDict
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
