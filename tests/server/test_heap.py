"""The garbage collector settled for serving: start-up objects frozen, young collections rarer."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from server import heap


class Node:
    """An object that can take part in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: Node | None = None


@pytest.fixture(autouse=True)
def _restore_collector() -> Iterator[None]:
    """The test process's collector as it was, whatever a test settled."""
    threshold = gc.get_threshold()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def _walked(thing: object) -> bool:
    """Whether the collector still walks `thing` (it is in one of its three generations)."""
    return any(o is thing for generation in range(3) for o in gc.get_objects(generation))


def test_settle_freezes_what_is_alive_and_raises_the_young_threshold() -> None:
    before = Node()
    assert _walked(before)
    settled = heap.settle()
    after = Node()
    assert not _walked(before) and _walked(after)
    assert settled.frozen > 0
    assert settled.young_threshold == gc.get_threshold()[0] == heap.YOUNG_THRESHOLD


def test_a_frozen_object_is_still_freed_when_its_last_reference_goes() -> None:
    kept = Node()
    watched = weakref.ref(kept)
    heap.settle()
    assert not _walked(kept)
    del kept
    assert watched() is None


def test_a_cycle_made_after_settling_is_still_collected() -> None:
    heap.settle()
    first, second = Node(), Node()
    first.other, second.other = second, first
    watched = weakref.ref(first)
    del first, second
    gc.collect()
    assert watched() is None
