"""The garbage collector set for a long-running process (the server, `logclass classify`), once
its models are loaded.

CPython's cyclic collector walks every object it tracks in a full collection, and after start-up
that is tens of thousands of objects that live as long as the process (modules, the loaded tiers,
gRPC's and the web servers' objects). In a serving process each full collection took about 50 ms
(11-12 of them while a fresh server classified 400,000 records of `make bench`'s streams), on the
event loop's thread, so every call waiting then waited that much longer; `logclass classify` on
200,000 lines spent 1.1-1.3 s of its 11 s in collections. `settle` moves everything alive at that
point into the collector's permanent generation (`gc.freeze`), which it never walks again, and
lets more objects be made between young collections: most of a request's objects are freed by
their reference counts long before a collection could find them.

An object frozen here is still freed when its last reference goes; only a cycle among frozen
objects would stay. The templates and answers restored from a snapshot at start hold no cycles, so
one evicted later is freed as before.
"""

from __future__ import annotations

import gc
import logging
from typing import Final

log = logging.getLogger(__name__)

# Objects made and not yet freed between two young collections (CPython's default is 700).
YOUNG_THRESHOLD: Final = 10_000


def settle() -> int:
    """Collect once, freeze what is left and raise the young collections' threshold (logged);
    the number of objects frozen."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
    frozen = gc.get_freeze_count()
    log.info(
        "heap settled: %d objects frozen, young collections every %d objects",
        frozen,
        YOUNG_THRESHOLD,
    )
    return frozen
