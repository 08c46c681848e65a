"""A stream's answers: started a few requests ahead, sent in the requests' order, and an error
ends the stream only when its turn comes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from typing import Any

import pytest

from server.read_ahead import answers_in_order

# Every test gives up after this long instead of hanging on a deadlock.
TIMEOUT_S = 10


def run(test: Callable[[], Coroutine[Any, Any, None]]) -> None:
    async def bounded() -> None:
        await asyncio.wait_for(test(), TIMEOUT_S)

    asyncio.run(bounded())


async def requests_of(items: list[int]) -> AsyncIterator[int]:
    for item in items:
        yield item


class Gated:
    """Answers that finish only when a test opens their gate; records which have started."""

    def __init__(self) -> None:
        self.started: list[int] = []
        self.cancelled: list[int] = []
        self.gates: dict[int, asyncio.Event] = {}

    def gate(self, request: int) -> asyncio.Event:
        return self.gates.setdefault(request, asyncio.Event())

    async def answer(self, request: int) -> str:
        self.started.append(request)
        try:
            await self.gate(request).wait()
        except asyncio.CancelledError:
            self.cancelled.append(request)
            raise
        if request < 0:
            raise ValueError(f"bad request {request}")
        return f"answer {request}"


async def settle() -> None:
    """Let every ready task run until none is left to start."""
    for _ in range(20):
        await asyncio.sleep(0)


async def collect(answers: AsyncIterator[str], into: list[str]) -> None:
    async for answer in answers:
        into.append(answer)


def test_answers_come_in_request_order_when_later_ones_finish_first() -> None:
    async def test() -> None:
        gated = Gated()
        sent: list[str] = []
        sending = asyncio.ensure_future(
            collect(answers_in_order(requests_of([1, 2, 3]), gated.answer), sent)
        )
        await settle()
        assert gated.started == [1, 2, 3]
        gated.gate(3).set()
        gated.gate(2).set()
        await settle()
        assert sent == []  # 1 is not done: nothing after it is sent
        gated.gate(1).set()
        await sending
        assert sent == ["answer 1", "answer 2", "answer 3"]

    run(test)


def test_at_most_ahead_answers_are_started_and_not_yet_sent() -> None:
    async def test() -> None:
        gated = Gated()
        sent: list[str] = []
        sending = asyncio.ensure_future(
            collect(answers_in_order(requests_of(list(range(10))), gated.answer, ahead=3), sent)
        )
        await settle()
        assert gated.started == [0, 1, 2]
        gated.gate(0).set()
        await settle()
        assert sent == ["answer 0"]
        assert gated.started == [0, 1, 2, 3]
        for request in range(10):
            gated.gate(request).set()
        await sending
        assert sent == [f"answer {n}" for n in range(10)]

    run(test)


def test_a_request_not_allowed_early_waits_until_every_earlier_answer_was_sent() -> None:
    async def test() -> None:
        gated = Gated()
        sent: list[str] = []
        answers = answers_in_order(requests_of([1, 2, 3]), gated.answer, lambda n, _: n != 2)
        sending = asyncio.ensure_future(collect(answers, sent))
        await settle()
        assert gated.started == [1]
        gated.gate(1).set()
        await settle()
        assert gated.started == [1, 2, 3]  # 3 may start early again, beside 2
        gated.gate(2).set()
        gated.gate(3).set()
        await sending
        assert sent == ["answer 1", "answer 2", "answer 3"]

    run(test)


def test_may_start_early_weighs_a_request_beside_those_started_and_not_yet_sent() -> None:
    async def test() -> None:
        gated = Gated()
        asked: list[tuple[int, list[int]]] = []

        def may_start_early(request: int, earlier: Sequence[int]) -> bool:
            asked.append((request, list(earlier)))
            return True

        sent: list[str] = []
        answers = answers_in_order(requests_of([1, 2, 3, 4]), gated.answer, may_start_early, 3)
        sending = asyncio.ensure_future(collect(answers, sent))
        await settle()
        assert asked == [(2, [1]), (3, [1, 2])]  # 4 waits: three are started
        gated.gate(1).set()
        await settle()
        assert asked[2:] == [(4, [2, 3])]
        for request in (2, 3, 4):
            gated.gate(request).set()
        await sending
        assert sent == [f"answer {n}" for n in (1, 2, 3, 4)]

    run(test)


def test_a_client_that_waits_for_each_answer_before_its_next_request_gets_them() -> None:
    async def test() -> None:
        answered = asyncio.Queue[str]()

        async def lockstep() -> AsyncIterator[int]:
            for request in range(5):
                yield request
                assert await answered.get() == f"answer {request}"

        async def answer(request: int) -> str:
            return f"answer {request}"

        async for reply in answers_in_order(lockstep(), answer):
            answered.put_nowait(reply)

    run(test)


def test_an_error_ends_the_stream_after_the_earlier_answers_and_cancels_later_ones() -> None:
    async def test() -> None:
        gated = Gated()
        sent: list[str] = []
        answers = answers_in_order(requests_of([1, -2, 3]), gated.answer)
        sending = asyncio.ensure_future(collect(answers, sent))
        await settle()
        gated.gate(-2).set()  # fails first, but its turn comes after 1
        await settle()
        assert not sending.done()
        gated.gate(1).set()
        with pytest.raises(ValueError, match="bad request -2"):
            await sending
        assert sent == ["answer 1"]
        await settle()
        assert gated.cancelled == [3]

    run(test)


def test_the_requests_own_error_comes_after_the_answers_before_it() -> None:
    async def test() -> None:
        async def broken() -> AsyncIterator[int]:
            yield 1
            yield 2
            raise ConnectionError("client went away")

        async def answer(request: int) -> str:
            await asyncio.sleep(0)
            return f"answer {request}"

        sent: list[str] = []
        with pytest.raises(ConnectionError, match="client went away"):
            await collect(answers_in_order(broken(), answer), sent)
        assert sent == ["answer 1", "answer 2"]

    run(test)


def test_closing_the_answers_cancels_every_started_answer() -> None:
    async def test() -> None:
        gated = Gated()
        answers = answers_in_order(requests_of([1, 2, 3, 4]), gated.answer, ahead=3)
        gated.gate(1).set()
        assert await anext(answers) == "answer 1"
        await settle()
        await answers.aclose()
        await settle()
        assert sorted(gated.cancelled) == [2, 3, 4]

    run(test)


@pytest.mark.parametrize("ahead", [0, -1])
def test_ahead_must_be_at_least_one(ahead: int) -> None:
    async def answer(request: int) -> int:
        return request

    async def test() -> None:
        with pytest.raises(ValueError, match="ahead must be at least 1"):
            await anext(answers_in_order(requests_of([1]), answer, ahead=ahead))

    run(test)


def never_called(request: int) -> Awaitable[str]:
    raise AssertionError("no request: no answer")


def test_no_requests_no_answers() -> None:
    async def test() -> None:
        assert [a async for a in answers_in_order(requests_of([]), never_called)] == []

    run(test)
