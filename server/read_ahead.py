"""A stream's answers worked on a few requests ahead, and sent in the requests' order.

A Classify stream answered one message after the other leaves the cores idle in turn: while a
message waits for the model (new templates), the next one is not even read, and while a message
of cached templates is placed and answered on the event loop, the model has nothing to do. So
`answers_in_order` reads the stream's requests as they come, starts each one's answer at once
(up to `ahead` answers started and not yet sent), and sends the answers in the requests' order.

Reading and sending are apart: a client that waits for an answer before it sends its next
request gets it as soon as it is ready. A request is started early (while an earlier answer of
the stream is still being worked on) only when `may_start_early` says so, given the requests
started and not yet sent; otherwise it waits until every earlier answer was sent, as it would have
without reading ahead. An answer's error
ends the stream when its turn comes, after every earlier answer was sent; the answers started
after it are cancelled.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, Final, TypeVar

# Answers of one stream started and not yet sent, at most.
AHEAD: Final = 4

Request = TypeVar("Request")
Answer = TypeVar("Answer")


async def answers_in_order(
    requests: AsyncIterator[Request],
    answer: Callable[[Request], Awaitable[Answer]],
    may_start_early: Callable[[Request, Sequence[Request]], bool] = lambda _, __: True,
    ahead: int = AHEAD,
) -> AsyncGenerator[Answer, None]:
    """`answer(request)` for each of `requests`, in their order, up to `ahead` of them at once."""
    if ahead < 1:
        raise ValueError(f"ahead must be at least 1, not {ahead}")
    started: asyncio.Queue[asyncio.Future[Answer] | None] = asyncio.Queue()
    unsent: deque[Request] = deque()  # the requests whose answers are started and not yet sent
    one_sent = asyncio.Event()

    async def read() -> None:
        try:
            async for request in requests:
                while unsent and (len(unsent) >= ahead or not may_start_early(request, unsent)):
                    one_sent.clear()
                    await one_sent.wait()
                unsent.append(request)
                started.put_nowait(asyncio.ensure_future(answer(request)))
                # Let it start (and claim what it takes) before the next request is weighed.
                await asyncio.sleep(0)
        finally:
            started.put_nowait(None)

    reader = asyncio.ensure_future(read())
    try:
        while (task := await started.get()) is not None:
            try:
                done = await task
            finally:
                unsent.popleft()
                one_sent.set()
            yield done
        await reader  # the requests' own error, if reading them failed
    finally:
        _cancel(reader)
        for left in _drained(started):
            _cancel(left)


def _drained(queue: asyncio.Queue[asyncio.Future[Answer] | None]) -> list[asyncio.Future[Answer]]:
    items = []
    while not queue.empty():
        item = queue.get_nowait()
        if item is not None:
            items.append(item)
    return items


def _cancel(future: asyncio.Future[Any]) -> None:
    """Cancel `future`; one already done has its error read, so none is logged as unseen."""
    if not future.done():
        future.cancel()
    elif not future.cancelled():
        future.exception()
