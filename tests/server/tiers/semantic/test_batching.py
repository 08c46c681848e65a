"""The micro-batcher: shared batches across callers, order kept, errors delivered, overlap."""

from __future__ import annotations

import asyncio
import threading

import pytest

from server.tiers.semantic.batching import MicroBatcher


def run_batcher(
    callers: list[list[int]], *, max_batch: int, fail_on: int | None = None
) -> tuple[list[list[int] | BaseException], list[list[int]]]:
    batches: list[list[int]] = []

    def prepare(items: list[int]) -> list[int]:
        if fail_on is not None and fail_on in items:
            raise ValueError(f"bad item {fail_on}")
        return items

    def run(items: list[int]) -> list[int]:
        batches.append(list(items))
        return [item * 10 for item in items]

    async def main() -> list[list[int] | BaseException]:
        batcher = MicroBatcher(prepare, run, max_batch=max_batch, max_wait_s=0.05)
        batcher.start()
        try:
            return await asyncio.gather(
                *(batcher.submit(items) for items in callers), return_exceptions=True
            )
        finally:
            await batcher.close()

    return asyncio.run(main()), batches


def test_each_caller_gets_its_own_results_in_order() -> None:
    callers = [[1, 2, 3], [4], [5, 6], list(range(100, 125))]
    results, batches = run_batcher(callers, max_batch=8)
    assert results == [[i * 10 for i in items] for items in callers]
    assert all(len(batch) <= 8 + 7 for batch in batches)  # a batch closes once it holds max_batch
    assert sorted(i for batch in batches for i in batch) == sorted(i for c in callers for i in c)


def test_small_calls_from_many_callers_share_batches() -> None:
    callers = [[i] for i in range(20)]
    results, batches = run_batcher(callers, max_batch=64)
    assert results == [[i * 10] for i in range(20)]
    assert len(batches) < 20


def test_a_failing_batch_fails_only_its_callers() -> None:
    results, _ = run_batcher([[1], [666]], max_batch=1, fail_on=666)
    assert results[0] == [10]
    assert isinstance(results[1], ValueError) and "bad item 666" in str(results[1])


def test_the_time_the_model_was_busy_is_counted() -> None:
    def run(items: list[int]) -> list[int]:
        threading.Event().wait(0.02)  # the model's time on the batch
        return items

    async def main() -> tuple[float, int]:
        batcher = MicroBatcher(lambda items: items, run, max_batch=1, max_wait_s=0.0)
        batcher.start()
        try:
            await batcher.submit([1, 2, 3])
            return batcher.run_seconds, sum(batcher.batch_sizes.values())
        finally:
            await batcher.close()

    busy, batches = asyncio.run(main())
    assert batches == 3 and busy >= 3 * 0.02 * 0.9  # each wait is at least about its timeout


def test_submit_before_start_is_refused() -> None:
    batcher: MicroBatcher[int, list[int], int] = MicroBatcher(
        lambda x: x, lambda x: x, max_batch=4, max_wait_s=0.01
    )
    with pytest.raises(RuntimeError, match="not started"):
        asyncio.run(batcher.submit([1]))


def test_preparing_the_next_batch_overlaps_running_this_one() -> None:
    running = threading.Event()
    release = threading.Event()
    prepared_while_running: list[bool] = []

    def prepare(items: list[int]) -> list[int]:
        prepared_while_running.append(running.is_set())
        return items

    def run(items: list[int]) -> list[int]:
        running.set()
        release.wait(timeout=10)
        return items

    async def main() -> None:
        batcher = MicroBatcher(prepare, run, max_batch=1, max_wait_s=0.0)
        batcher.start()
        first = asyncio.create_task(batcher.submit([1]))
        while not running.is_set():
            await asyncio.sleep(0.01)
        second = asyncio.create_task(batcher.submit([2]))
        while len(prepared_while_running) < 2:
            await asyncio.sleep(0.01)
        release.set()
        assert await first == [1] and await second == [2]
        await batcher.close()

    asyncio.run(main())
    assert prepared_while_running == [False, True]


def test_an_idle_model_does_not_wait_for_a_batch_to_fill() -> None:
    async def main() -> list[int]:
        batcher: MicroBatcher[int, list[int], int] = MicroBatcher(
            lambda x: x, lambda x: x, max_batch=64, max_wait_s=60.0
        )
        batcher.start()
        try:
            # With the run stage idle, the lone item goes at once instead of after 60 s.
            return await asyncio.wait_for(batcher.submit([7]), timeout=20)
        finally:
            await batcher.close()

    assert asyncio.run(main()) == [7]


def test_a_big_submit_does_not_hold_up_a_small_one() -> None:
    order: list[str] = []

    def prepare(items: list[str]) -> list[str]:
        return items

    def run(items: list[str]) -> list[str]:
        order.extend(items)
        return items

    async def main() -> None:
        batcher: MicroBatcher[str, list[str], str] = MicroBatcher(
            prepare, run, max_batch=10, max_wait_s=0.0
        )
        batcher.start()
        try:
            big = asyncio.ensure_future(batcher.submit([f"big{i}" for i in range(1_000)]))
            await asyncio.sleep(0)  # the big submit is queued first
            small = await batcher.submit(["small"])
            assert small == ["small"]
            await big
        finally:
            await batcher.close()

    asyncio.run(main())
    # Served in turn: the small item runs within the first few batches, not after 1,000 items.
    assert order.index("small") < 50
