"""The cascade with fake tiers: routing, fall-through, errors, truncation; nothing dropped."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from server.config import Routes, Settings, parse_routes
from server.pipeline import (
    SLICE_RECORDS,
    Overloaded,
    Pipeline,
    build_pipeline,
    truncate_utf8,
)
from server.reasons import Reason
from server.records import Abstention, Classification, Decision, LogRecord, TierAnswer
from server.tiers.base import Tier, TierInfo


class FakeTier:
    """Decides records whose message contains `keyword`; abstains on the rest."""

    def __init__(self, name: str, keyword: str, *, fail: bool = False, delay_s: float = 0) -> None:
        self._name, self.keyword, self.fail, self.delay_s = name, keyword, fail, delay_s
        self.seen: list[str] = []
        self.deadlines: list[float | None] = []

    @property
    def name(self) -> str:
        return self._name

    def info(self) -> TierInfo:
        return TierInfo(self._name, f"{self._name}-v1", (self.keyword.title(),))

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    def forget_templates(self) -> None:
        return None

    async def classify(
        self, records: Sequence[LogRecord], deadline: float | None = None
    ) -> list[TierAnswer]:
        self.seen.extend(r.id for r in records)
        self.deadlines.append(deadline)
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.fail:
            raise RuntimeError("boom")
        guess = Decision("Guess", 0.3, self._name, f"{self._name}-v1")
        return [
            Decision(self.keyword.title(), 0.9, self._name, f"{self._name}-v1")
            if self.keyword in r.message
            else Abstention(f"{self._name}_abstained", guess)
            for r in records
        ]


def run(pipeline: Pipeline, records: list[LogRecord]) -> list[Classification]:
    return asyncio.run(pipeline.classify(records))


def records(*pairs: tuple[str, str]) -> list[LogRecord]:
    return [LogRecord(str(i), source, message) for i, (source, message) in enumerate(pairs)]


def test_fake_tier_satisfies_the_protocol() -> None:
    assert isinstance(FakeTier("a", "x"), Tier)


def test_routes_by_source_and_falls_through_in_order() -> None:
    first, second, llm = (
        FakeTier("first", "alpha"),
        FakeTier("second", "beta"),
        FakeTier("llm", "crm"),
    )
    routes = parse_routes("LegacyCRM=llm;*=first,second", ("first", "second", "llm"))
    pipeline = Pipeline({"first": first, "second": second, "llm": llm}, routes, 1024)
    out = run(
        pipeline,
        records(
            ("App", "alpha beta"), ("App", "beta only"), ("LegacyCRM", "crm alpha"), ("App", "?")
        ),
    )
    assert [(c.id, c.label, c.tier) for c in out] == [
        ("0", "Alpha", "first"),
        ("1", "Beta", "second"),
        ("2", "Crm", "llm"),
        ("3", "Unclassified", "first"),  # the best guess: the first of two equal ones
    ]
    assert out[3].reason == "second_abstained" and out[3].confidence == pytest.approx(0.3)
    assert first.seen == ["0", "1", "3"] and second.seen == ["1", "3"] and llm.seen == ["2"]


class TemplatingTier(FakeTier):
    """A FakeTier whose abstentions name the record's template (as the semantic tier's do)."""

    async def classify(
        self, records: Sequence[LogRecord], deadline: float | None = None
    ) -> list[TierAnswer]:
        answers = await super().classify(records, deadline)
        return [
            answer
            if isinstance(answer, Decision) or answer.best_guess is None
            else Abstention(answer.reason, answer.best_guess.with_template("t-1", "job <*> done"))
            for answer in answers
        ]


def test_the_template_an_abstaining_tier_found_stays_with_the_record() -> None:
    first, second = TemplatingTier("first", "alpha"), FakeTier("second", "beta")
    routes = parse_routes("*=first,second", ("first", "second"))
    pipeline = Pipeline({"first": first, "second": second}, routes, 1024)
    out = run(pipeline, records(("App", "alpha"), ("App", "beta 7"), ("App", "job 9 done")))
    # Decided by the first tier: its own answer, no template; decided by the second after the
    # first abstained: the first's template; decided by none: the template too.
    assert [(c.label, c.template_id, c.template) for c in out] == [
        ("Alpha", "", ""),
        ("Beta", "t-1", "job <*> done"),
        ("Unclassified", "t-1", "job <*> done"),
    ]


def test_a_failing_tier_yields_tier_error_and_the_next_tier_still_tries() -> None:
    broken, backup = FakeTier("broken", "x", fail=True), FakeTier("backup", "rescued")
    pipeline = Pipeline(
        {"broken": broken, "backup": backup},
        parse_routes("*=broken,backup", ("broken", "backup")),
        99,
    )
    out = run(pipeline, records(("A", "rescued"), ("A", "lost")))
    assert (out[0].label, out[0].tier) == ("Rescued", "backup")
    assert (out[1].label, out[1].reason) == ("Unclassified", "tier_error:broken;backup_abstained")


def test_a_tier_answering_the_wrong_count_counts_as_an_error() -> None:
    class Short(FakeTier):
        async def classify(
            self, records: Sequence[LogRecord], deadline: float | None = None
        ) -> list[TierAnswer]:
            return (await super().classify(records, deadline))[:-1]

    pipeline = Pipeline({"short": Short("short", "x")}, parse_routes("*=short", ("short",)), 99)
    out = run(pipeline, records(("A", "x"), ("A", "x")))
    assert [c.reason for c in out] == ["tier_error:short", "tier_error:short"]


def test_empty_route_and_empty_messages() -> None:
    pipeline = Pipeline({}, Routes(by_source={}, default=()), 99)
    out = run(pipeline, records(("A", "something"), ("A", ""), ("A", " \n")))
    assert [(c.label, c.reason, c.tier) for c in out] == [
        ("Unclassified", "no_tier_decided", "none"),
        ("Unclassified", "empty_message", "none"),
        ("Unclassified", "empty_message", "none"),
    ]


def test_long_messages_are_classified_on_their_prefix_and_flagged() -> None:
    tier = FakeTier("t", "head")
    pipeline = Pipeline({"t": tier}, parse_routes("*=t", ("t",)), 16)
    out = run(pipeline, records(("A", "head " + "x" * 100), ("A", "x" * 100 + " head")))
    assert (out[0].label, out[0].reason) == ("Head", "message_truncated")
    assert (out[1].label, out[1].reason) == ("Unclassified", "t_abstained;message_truncated")


def test_truncation_keeps_whole_utf8_characters() -> None:
    assert truncate_utf8("abc", 3) == ("abc", False)
    assert truncate_utf8("é" * 10, 5) == ("éé", True)  # 2 bytes each: 5 bytes hold 2 whole ones
    assert len(truncate_utf8("€" * 30_000, 65_536)[0].encode()) <= 65_536


def test_a_slow_route_does_not_delay_other_calls() -> None:
    slow, fast = FakeTier("slow", "x", delay_s=2.0), FakeTier("fast", "y")
    routes = parse_routes("Slow=slow;*=fast", ("slow", "fast"))
    pipeline = Pipeline({"slow": slow, "fast": fast}, routes, 99)

    async def both() -> tuple[bool, list[Classification]]:
        slow_task = asyncio.create_task(pipeline.classify(records(("Slow", "x"))))
        fast_answers = await pipeline.classify(records(("App", "y")))
        slow_pending = not slow_task.done()
        await slow_task
        return slow_pending, fast_answers

    slow_pending, fast_answers = asyncio.run(both())
    assert slow_pending, "the fast call came back while the slow tier was still working"
    assert fast_answers[0].label == "Y"


def test_routes_must_name_configured_tiers() -> None:
    with pytest.raises(ValueError, match="not configured: llm"):
        Pipeline({}, parse_routes("X=llm;*="), 99)


class Unsure(FakeTier):
    """Decides `keyword` records; abstains on the rest like the semantic tier: below_threshold."""

    async def classify(
        self, records: Sequence[LogRecord], deadline: float | None = None
    ) -> list[TierAnswer]:
        answers = await super().classify(records, deadline)
        return [
            Abstention(Reason.BELOW_THRESHOLD, a.best_guess) if isinstance(a, Abstention) else a
            for a in answers
        ]


def test_escalation_sends_below_threshold_records_to_the_llm_tier() -> None:
    first, unsure, llm = (
        FakeTier("first", "alpha"),
        Unsure("semantic", "beta"),
        FakeTier("llm", "crm"),
    )
    tiers: dict[str, Tier] = {"first": first, "semantic": unsure, "llm": llm}
    routes = parse_routes("LegacyCRM=semantic,llm;Plain=first;*=first,semantic", tiers)
    records_in = records(
        ("App", "alpha"),  # decided by the first tier
        ("App", "beta"),  # decided by the semantic tier
        ("App", "crm order"),  # semantic unsure -> llm decides
        ("App", "nothing"),  # semantic unsure -> llm abstains too
        ("Plain", "crm plain"),  # chain ends on first_abstained: not escalated
        ("LegacyCRM", "crm legacy"),  # the llm is in its chain already: asked once
    )
    out = run(Pipeline(tiers, routes, 1024, escalate_to="llm"), records_in)
    assert [(c.label, c.tier) for c in out[:3]] == [
        ("Alpha", "first"),
        ("Beta", "semantic"),
        ("Crm", "llm"),
    ]
    assert (out[3].label, out[3].reason) == ("Unclassified", "llm_abstained")
    assert out[3].confidence == pytest.approx(0.3)  # the best guess of the tiers that tried
    assert (out[4].label, out[4].reason) == ("Unclassified", "first_abstained")
    assert (out[5].label, out[5].tier) == ("Crm", "llm")
    assert sorted(llm.seen) == ["2", "3", "5"]

    llm.seen.clear()
    out = run(Pipeline(tiers, routes, 1024), records_in)
    assert (out[2].label, out[2].reason) == ("Unclassified", Reason.BELOW_THRESHOLD)
    assert llm.seen == ["5"]


def test_escalation_builds_the_llm_tier_even_when_no_route_names_it() -> None:
    settings = Settings(routes=parse_routes("*=regex"), escalate_unclassified=True)
    assert set(build_pipeline(settings).tiers) == {"regex", "llm"}
    assert set(build_pipeline(Settings(routes=parse_routes("*=regex"))).tiers) == {"regex"}
    with pytest.raises(ValueError, match="not configured: llm"):
        Pipeline({}, parse_routes("*="), 99, escalate_to="llm")


def test_every_tier_of_a_chain_and_the_escalation_get_the_callers_deadline() -> None:
    first, unsure, llm = FakeTier("regex", "rule"), Unsure("semantic", "x"), FakeTier("llm", "y")
    routes = parse_routes("*=regex,semantic", ("regex", "semantic", "llm"))
    pipeline = Pipeline({"regex": first, "semantic": unsure, "llm": llm}, routes, 99, "llm")
    asyncio.run(pipeline.classify(records(("A", "no tier decides this")), 123.5))
    assert first.deadlines == unsure.deadlines == llm.deadlines == [123.5]
    run(pipeline, records(("A", "nor this")))
    assert llm.deadlines == [123.5, None]


def test_a_large_call_lets_other_tasks_run_between_its_slices() -> None:
    tier = FakeTier("cpu", "disk")  # answers without awaiting: CPU work on the event loop
    pipeline = Pipeline({"cpu": tier}, Routes({}, ("cpu",)), 1 << 16)
    many = [LogRecord(str(i), "app", f"disk {i} full") for i in range(SLICE_RECORDS * 6)]
    turns = 0

    async def main() -> list[Classification]:
        nonlocal turns
        call = asyncio.ensure_future(pipeline.classify(many))
        while not call.done():
            turns += 1
            await asyncio.sleep(0)
        return call.result()

    answers = asyncio.run(main())
    assert [a.id for a in answers] == [r.id for r in many]
    # The call gave the loop a turn after each slice: another task ran at least once per slice.
    assert turns >= 6


def test_records_in_flight_are_bounded_but_one_call_alone_always_goes() -> None:
    slow = FakeTier("slow", "disk", delay_s=0.2)
    pipeline = Pipeline({"slow": slow}, Routes({}, ("slow",)), 1 << 16, max_in_flight_records=100)

    def batch(count: int, tag: str) -> list[LogRecord]:
        return [LogRecord(f"{tag}{i}", "app", "disk full") for i in range(count)]

    async def main() -> None:
        assert len(await pipeline.classify(batch(500, "alone"))) == 500  # over the bound, alone
        first = asyncio.ensure_future(pipeline.classify(batch(80, "a")))
        await asyncio.sleep(0.05)  # the first call is in flight
        with pytest.raises(Overloaded, match="80 records already in flight"):
            await pipeline.classify(batch(30, "b"))
        assert len(await pipeline.classify(batch(20, "c"))) == 20  # within the bound
        assert len(await first) == 80
        assert pipeline.in_flight_records == 0

    asyncio.run(main())
