"""Micro-batching across every caller: gather, prepare (pre) and run (core + post) in two stages.

Callers `submit` items from any stream or call. A gathering task collects them until `max_batch`
items or `max_wait_s` after the first, prepares the batch in one worker thread (tokenizing) and
hands it to a running task that executes it in another (inference). While batch N runs, batch N+1
is gathered and prepared, so the two stages overlap. Results go back to each caller in its order.

Each submit is cut into pieces of at most `max_batch` items, and the gathering takes the callers'
pieces in turn (round robin): a caller that submits 50,000 items delays another's ten by one
piece of each caller ahead of it, not by all of its own.

The wait only applies while the run stage is busy: waiting cannot make an idle model any faster,
and a stream that sends one message at a time would pay it on every message (the README's
Performance section has the latency this bought).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Generic, TypeVar

T = TypeVar("T")
P = TypeVar("P")
R = TypeVar("R")

_Piece = tuple[Sequence[T], "asyncio.Future[list[R]]"]


class MicroBatcher(Generic[T, P, R]):
    """Batches items from many concurrent callers through `prepare` then `run`."""

    def __init__(
        self,
        prepare: Callable[[list[T]], P],
        run: Callable[[P], list[R]],
        *,
        max_batch: int,
        max_wait_s: float,
        name: str = "batcher",
    ) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be >= 1")
        self._prepare = prepare
        self._run = run
        self.max_batch = max_batch
        self.max_wait_s = max_wait_s
        self._name = name
        # Per submitting call, its pieces not yet gathered; served in turn.
        self._callers: deque[deque[_Piece[T, R]]] = deque()
        self._work = asyncio.Event()
        # One prepared batch may wait while another runs: enough to overlap, bounded memory.
        self._prepared: asyncio.Queue[tuple[P, list[_Piece[T, R]]]] = asyncio.Queue(maxsize=1)
        self._pre_pool = ThreadPoolExecutor(1, thread_name_prefix=f"{name}-pre")
        self._core_pool = ThreadPoolExecutor(1, thread_name_prefix=f"{name}-core")
        self._tasks: list[asyncio.Task[None]] = []
        # Set while the run stage waits for work: then a batch goes as soon as it is gathered.
        self._run_idle = asyncio.Event()
        # Items submitted and not yet gathered into a batch; batches run, by their size.
        self.waiting = 0
        self.batch_sizes: Counter[int] = Counter()
        # Seconds the run stage (the model) has been busy, since start.
        self.run_seconds = 0.0

    def start(self) -> None:
        """Start the gathering and running tasks on the current event loop."""
        if not self._tasks:
            self._tasks = [
                asyncio.create_task(self._gather_loop(), name=f"{self._name}-gather"),
                asyncio.create_task(self._run_loop(), name=f"{self._name}-run"),
            ]

    async def close(self) -> None:
        """Stop the tasks, fail what is still waiting and release the threads."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        while (piece := self._pop_piece()) is not None:
            _, future = piece
            if not future.done():
                future.set_exception(RuntimeError(f"{self._name} closed"))
        self._pre_pool.shutdown(wait=True)
        self._core_pool.shutdown(wait=True)

    async def submit(self, items: Sequence[T]) -> list[R]:
        """The results for `items`, in their order, computed in shared batches."""
        if not self._tasks:
            raise RuntimeError(f"{self._name} is not started")
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[list[R]]] = []
        pieces: deque[_Piece[T, R]] = deque()
        for start in range(0, len(items), self.max_batch):
            future: asyncio.Future[list[R]] = loop.create_future()
            pieces.append((items[start : start + self.max_batch], future))
            futures.append(future)
        if pieces:
            self._callers.append(pieces)
            self.waiting += len(items)
            self._work.set()
        parts = await asyncio.gather(*futures)
        return [result for part in parts for result in part]

    def _pop_piece(self) -> _Piece[T, R] | None:
        """The next caller's next piece (that caller then waits for every other's turn)."""
        if not self._callers:
            self._work.clear()
            return None
        pieces = self._callers.popleft()
        piece = pieces.popleft()
        if pieces:
            self._callers.append(pieces)
        return piece

    async def _next_piece(self) -> _Piece[T, R]:
        while (piece := self._pop_piece()) is None:
            await self._work.wait()
        return piece

    async def _gather_loop(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            pieces = [await self._next_piece()]
            count = len(pieces[0][0])
            deadline = loop.time() + self.max_wait_s
            while count < self.max_batch:
                piece = self._pop_piece()
                if piece is None:
                    remaining = deadline - loop.time()
                    if remaining <= 0 or self._run_idle.is_set():
                        break
                    try:
                        await asyncio.wait_for(self._work.wait(), remaining)
                    except TimeoutError:
                        break
                    continue
                pieces.append(piece)
                count += len(piece[0])
            self.waiting -= count
            pieces = [p for p in pieces if not p[1].done()]  # callers that gave up
            if not pieces:
                continue
            items = [item for submitted, _ in pieces for item in submitted]
            self.batch_sizes[len(items)] += 1
            try:
                prepared = await loop.run_in_executor(self._pre_pool, self._prepare, items)
            except Exception as exc:
                _fail(pieces, exc)
                continue
            await self._prepared.put((prepared, pieces))

    async def _run_loop(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            self._run_idle.set()
            prepared, pieces = await self._prepared.get()
            self._run_idle.clear()
            started = loop.time()
            try:
                results = await loop.run_in_executor(self._core_pool, self._run, prepared)
            except Exception as exc:
                _fail(pieces, exc)
                continue
            finally:
                self.run_seconds += loop.time() - started
            start = 0
            for submitted, future in pieces:
                if not future.done():
                    future.set_result(results[start : start + len(submitted)])
                start += len(submitted)


def _fail(pieces: Sequence[_Piece[T, R]], exc: Exception) -> None:
    for _, future in pieces:
        if not future.done():
            future.set_exception(exc)
