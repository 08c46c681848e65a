"""The garbage collector settled for serving: start-up objects frozen, young collections rarer."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from server import heap
from server.lru import LRUCache
from server.records import Decision
from server.templates import Template, TemplateMiner, template_id


class Node:
    """An object that can take part in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: Node | None = None


@pytest.fixture(autouse=True)
def _restore_collector() -> Iterator[None]:
    """The test process's collector as it was, whatever a test settled or switched off."""
    threshold = gc.get_threshold()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        gc.enable()


def _walked(thing: object) -> bool:
    """Whether the collector still walks `thing` (it is in one of its three generations)."""
    return any(o is thing for generation in range(3) for o in gc.get_objects(generation))


def test_settle_freezes_what_is_alive_and_raises_the_young_threshold() -> None:
    before = Node()
    assert _walked(before)
    frozen = heap.settle()
    after = Node()
    assert not _walked(before) and _walked(after)
    assert frozen > 0
    assert gc.get_threshold()[0] == heap.YOUNG_THRESHOLD


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


def _line(kind: str, number: int) -> str:
    """A line that shares no word with any other line of `_line` (so each is a template)."""
    name = kind + "".join(chr(ord("a") + int(digit)) for digit in str(number))
    return f"{name} {name}x {name}y {name}z"


def test_restored_templates_frozen_at_start_are_freed_when_evicted() -> None:
    held = 200
    miner = TemplateMiner(capacity=held)
    answers: LRUCache[str, Decision] = LRUCache(held)
    for number in range(held):
        text = _line("restored", number)
        template = Template(template_id("", text), "", text.split(), text)
        miner.restore(template)
        answers.put(template.id, Decision("System Notification", 0.9, "semantic", "v1"))
    heap.settle()
    gc.disable()  # whatever is freed from here on is freed by its reference count alone
    for number in range(held):  # each new template evicts a restored one
        template = miner.add(_line("fresh", number))
        answers.put(template.id, Decision("Error", 0.9, "semantic", "v1"))
    gc.unfreeze()
    restored = [
        o for o in gc.get_objects() if isinstance(o, Template) and o.sample.startswith("restored")
    ]
    assert miner.evicted == held and restored == []
