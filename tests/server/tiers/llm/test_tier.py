"""The LLM tier driving the real google-genai and openai SDKs against a loopback fake server.

No test reaches a real provider: every base URL points at 127.0.0.1 and every key is fake.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest

from server.config import ConfigError, LLMConfig, Settings, load_settings
from server.generated.logclass.v1 import classifier_pb2 as pb
from server.label_set import LabelSet
from server.reasons import Reason
from server.records import Abstention, Decision, LogRecord, TierAnswer
from server.taxonomy import DEFINITIONS, EXAMPLES, LabelDefinition, LabelExample
from server.tiers.llm.breaker import CircuitBreaker, State
from server.tiers.llm.prompt import LABEL_NAMES, parse_label
from server.tiers.llm.providers import build_provider
from server.tiers.llm.tier import LLM_CONFIDENCE, LLMTier
from tests.conftest import TAXONOMY_LABELS, classifier_stub, run_logclass, start_server
from tests.fakes.llm_server import FakeLLMServer, refused_url

FAKE_KEY = "fake-key-for-tests"
GEMINI_MODEL = "gemini-test"
OPENAI_MODEL = "local-test"
T = TypeVar("T")


def settings_for(provider: str, base_url: str, **overrides: Any) -> Settings:
    """Settings that point `provider` at `base_url` with a fake key (never a real endpoint);
    `overrides` are further `LLMConfig` fields."""
    model = GEMINI_MODEL if provider == "gemini" else OPENAI_MODEL
    values: dict[str, Any] = {
        "provider": provider,
        "model": model,
        "base_url": base_url,
        "api_key": FAKE_KEY,
        "timeout_ms": 10_000,
    }
    values.update(overrides)
    return Settings(llm=LLMConfig(**values))


def with_tier(tier: LLMTier, body: Callable[[LLMTier], Awaitable[T]]) -> T:
    """Run `body(tier)` between the tier's start and close on a fresh event loop."""

    async def run() -> T:
        await tier.start()
        try:
            return await body(tier)
        finally:
            await tier.close()

    return asyncio.run(run())


def classify_once(tier: LLMTier, *messages: str, source: str = "LegacyCRM") -> list[TierAnswer]:
    records = [LogRecord(str(i), source, m) for i, m in enumerate(messages)]
    return with_tier(tier, lambda t: t.classify(records))


def reasons(answers: list[TierAnswer]) -> list[str]:
    return [a.reason if isinstance(a, Abstention) else f"label:{a.label}" for a in answers]


@pytest.fixture(params=["gemini", "openai"])
def provider(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fake() -> Iterator[FakeLLMServer]:
    with FakeLLMServer() as server:
        yield server


# --- the wire shapes --------------------------------------------------------------------------


def test_gemini_asks_for_an_enum_at_temperature_zero_on_v1beta(fake: FakeLLMServer) -> None:
    tier = LLMTier.from_settings(settings_for("gemini", fake.base_url))
    [answer] = classify_once(tier, "Lead 553 conversion rolled back by sync job")
    assert answer == Decision("Workflow Error", LLM_CONFIDENCE, "llm", f"gemini:{GEMINI_MODEL}")
    [request] = fake.requests
    assert request.path == f"/v1beta/models/{GEMINI_MODEL}:generateContent"
    assert request.headers["x-goog-api-key"] == FAKE_KEY
    config = request.body["generationConfig"]
    assert config["temperature"] == 0
    assert config["responseMimeType"] == "text/x.enum"
    assert config["responseSchema"] == {"type": "STRING", "enum": list(LABEL_NAMES)}
    system = request.body["systemInstruction"]["parts"][0]["text"]
    assert all(f"- {d.label}: {d.definition}" in system for d in DEFINITIONS)
    user = request.body["contents"][0]["parts"][0]["text"]
    # The message goes out masked: the same text its label is cached under.
    assert user == "Source: LegacyCRM\nMessage: Lead <num> conversion rolled back by sync job"


def test_a_custom_label_set_is_what_the_llm_is_offered_and_may_answer(
    fake: FakeLLMServer,
) -> None:
    labels = LabelSet(
        (
            LabelDefinition("Payments", "money moving: charges, refunds, payouts"),
            LabelDefinition("Infrastructure", ""),
        ),
        (LabelExample("billing", "charge ch_81 of 12.50 EUR captured", "Payments"),),
        "my model",
    )
    tier = LLMTier.from_config(settings_for("gemini", fake.base_url).llm, labels)
    assert tier.info().labels == ("Payments", "Infrastructure")
    fake.reply = "Payments"
    [answer] = classify_once(tier, "refund 4411 issued")
    assert isinstance(answer, Decision) and answer.label == "Payments"
    [request] = fake.requests
    enum = request.body["generationConfig"]["responseSchema"]["enum"]
    assert enum == ["Payments", "Infrastructure"]
    system = request.body["systemInstruction"]["parts"][0]["text"]
    assert "- Payments: money moving: charges, refunds, payouts\n- Infrastructure\n" in system
    assert "Message: charge ch_81 of <num> EUR captured\nCategory: Payments" in system
    assert not any(d.label in system for d in DEFINITIONS)
    fake.reply = "Error"  # a default label the set lacks is no answer
    [answer] = classify_once(
        LLMTier.from_config(settings_for("gemini", fake.base_url).llm, labels), "x"
    )
    assert isinstance(answer, Abstention) and answer.reason == Reason.BAD_OUTPUT


def test_openai_posts_a_chat_completion_and_parses_plain_text(fake: FakeLLMServer) -> None:
    # The `/v1` users copy from their server's docs is accepted as well as the server root.
    tier = LLMTier.from_settings(settings_for("openai", fake.base_url + "/v1"))
    fake.reply = " Workflow Error.\n"
    [answer] = classify_once(tier, "Opportunity 88 stuck in approval")
    assert answer == Decision("Workflow Error", LLM_CONFIDENCE, "llm", f"openai:{OPENAI_MODEL}")
    [request] = fake.requests
    assert request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {FAKE_KEY}"
    body = request.body
    assert (body["model"], body["temperature"]) == (OPENAI_MODEL, 0)
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert (
        body["messages"][1]["content"]
        == "Source: LegacyCRM\nMessage: Opportunity <num> stuck in approval"
    )


# --- fallbacks ----------------------------------------------------------------------------------


def test_an_answer_outside_the_label_set_is_bad_output_and_not_cached(
    provider: str, fake: FakeLLMServer
) -> None:
    fake.reply = "Probably a Workflow Error"
    tier = LLMTier.from_settings(settings_for(provider, fake.base_url))

    async def twice(t: LLMTier) -> list[TierAnswer]:
        record = LogRecord("1", "LegacyCRM", "Task routing loop detected")
        return [*(await t.classify([record])), *(await t.classify([record]))]

    assert reasons(with_tier(tier, twice)) == [Reason.BAD_OUTPUT, Reason.BAD_OUTPUT]
    assert len(fake.requests) == 2, "a bad answer is asked again, not cached"
    assert tier.breaker.state is State.CLOSED, "a reply in the wrong words is no outage"


@pytest.mark.parametrize(
    ("status", "reason"),
    [(429, Reason.LLM_RATE_LIMITED), (500, Reason.LLM_UNAVAILABLE), (503, Reason.LLM_UNAVAILABLE)],
)
def test_http_errors_fall_back_at_once_without_sdk_retries(
    provider: str, fake: FakeLLMServer, status: int, reason: str
) -> None:
    fake.status = status
    tier = LLMTier.from_settings(settings_for(provider, fake.base_url))
    assert reasons(classify_once(tier, "Case 7 escalation failed")) == [reason]
    assert len(fake.requests) == 1, "the SDK must not retry: the tier owns its time budget"


def test_a_reply_slower_than_the_deadline_is_llm_timeout(
    provider: str, fake: FakeLLMServer
) -> None:
    fake.hold = threading.Event()  # released when the fake stops
    tier = LLMTier.from_settings(settings_for(provider, fake.base_url, timeout_ms=300))
    assert reasons(classify_once(tier, "Quote approval pending")) == [Reason.LLM_TIMEOUT]


def test_connection_refused_is_llm_unavailable(provider: str) -> None:
    tier = LLMTier.from_settings(settings_for(provider, refused_url()))
    assert reasons(classify_once(tier, "Lead sync failed")) == [Reason.LLM_UNAVAILABLE]


def test_the_deadline_includes_waiting_for_a_request_slot(fake: FakeLLMServer) -> None:
    fake.hold = threading.Event()
    settings = settings_for(
        "openai", fake.base_url, timeout_ms=300, max_concurrency=1, breaker_failures=2
    )
    tier = LLMTier.from_settings(settings)
    answers = classify_once(tier, "alpha broke", "beta broke", "gamma broke")
    assert reasons(answers) == [Reason.LLM_TIMEOUT] * 3
    # Only the call that went out counts against the LLM; the two that queued do not.
    assert tier.breaker.state is State.CLOSED


def test_provider_none_abstains_with_llm_disabled_and_needs_no_key() -> None:
    tier = LLMTier.from_settings(load_settings(None, {}))
    assert tier.info().model_version == "none" and tier.info().labels == ()
    assert reasons(classify_once(tier, "anything", "else")) == [Reason.LLM_DISABLED] * 2


# --- cache and circuit breaker ----------------------------------------------------------------


def test_labels_are_cached_per_masked_message_and_shared_in_flight(
    provider: str, fake: FakeLLMServer
) -> None:
    tier = LLMTier.from_settings(settings_for(provider, fake.base_url))

    async def two_batches(t: LLMTier) -> list[TierAnswer]:
        first = await t.classify(
            [
                LogRecord("1", "LegacyCRM", "Lead 553 conversion rolled back"),
                LogRecord("2", "LegacyCRM", "Lead 9001 conversion rolled back"),
            ]
        )
        second = await t.classify([LogRecord("3", "LegacyCRM", "Lead 7 conversion rolled back")])
        return first + second

    assert reasons(with_tier(tier, two_batches)) == ["label:Workflow Error"] * 3
    assert len(fake.requests) == 1, "one call for three records of the same template"
    assert tier.cache.stats().hits == 1


def test_fallbacks_are_not_cached(fake: FakeLLMServer) -> None:
    tier = LLMTier.from_settings(settings_for("gemini", fake.base_url))
    record = LogRecord("1", "LegacyCRM", "Renewal workflow aborted")

    async def fail_then_succeed(t: LLMTier) -> list[TierAnswer]:
        fake.status = 500
        failed = await t.classify([record])
        fake.status = 200
        return failed + await t.classify([record])

    assert reasons(with_tier(tier, fail_then_succeed)) == [
        Reason.LLM_UNAVAILABLE,
        "label:Workflow Error",
    ]
    assert len(fake.requests) == 2


def test_the_circuit_opens_after_n_failures_and_closes_after_a_good_probe(
    provider: str, fake: FakeLLMServer
) -> None:
    now = [0.0]
    breaker = CircuitBreaker(2, 10.0, name="LLM", clock=lambda: now[0])
    settings = settings_for(provider, fake.base_url)
    tier = LLMTier(build_provider(settings.llm), breaker=breaker)
    words = iter(f"workflow {w} failed" for w in ("alpha", "beta", "gamma", "delta", "eps", "zeta"))

    async def one(t: LLMTier) -> str:
        return reasons(await t.classify([LogRecord("1", "LegacyCRM", next(words))]))[0]

    async def scenario(t: LLMTier) -> list[Any]:
        seen: list[Any] = []
        fake.status = 500
        seen += [await one(t), await one(t), breaker.state]  # two failures: open
        seen += [await one(t), len(fake.requests)]  # open: answered at once, no request
        now[0] += 10.0
        seen += [await one(t), breaker.state]  # half-open probe fails: open again
        now[0] += 10.0
        fake.status = 200
        # Half-open lets one probe through; the records beside it still get circuit_open.
        probe = await t.classify(
            [LogRecord(str(i), "LegacyCRM", f"approval {w} stuck") for i, w in enumerate("abc")]
        )
        seen += [reasons(probe), breaker.state, await one(t)]
        return seen

    assert with_tier(tier, scenario) == [
        Reason.LLM_UNAVAILABLE,
        Reason.LLM_UNAVAILABLE,
        State.OPEN,
        Reason.CIRCUIT_OPEN,
        2,
        Reason.LLM_UNAVAILABLE,
        State.OPEN,
        ["label:Workflow Error", Reason.CIRCUIT_OPEN, Reason.CIRCUIT_OPEN],
        State.CLOSED,
        "label:Workflow Error",
    ]
    assert len(fake.requests) == 5


# --- prompt and parsing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "label"),
    [
        ("Workflow Error", "Workflow Error"),
        ("  workflow error.\n", "Workflow Error"),
        ('"Security Alert"', "Security Alert"),
        ("Category: Error", "Error"),
        ("Error: the job failed", None),
        ("Workflow Error or Error", None),
        ("Unclassified", None),
        ("", None),
        (None, None),
    ],
)
def test_answers_are_parsed_strictly(answer: str | None, label: str | None) -> None:
    assert parse_label(answer) == label


def test_the_examples_cover_every_label_once() -> None:
    assert sorted(label for _, _, label in EXAMPLES) == sorted(LABEL_NAMES)


# --- configuration ------------------------------------------------------------------------------


def test_keys_come_from_the_providers_variables_and_are_never_shown() -> None:
    env = {"LOGCLASS_LLM_PROVIDER": "gemini", "GEMINI_API_KEY": "k-gemini"}
    settings = load_settings(None, env)
    assert settings.llm.api_key == "k-gemini" and "k-gemini" not in repr(settings)
    assert load_settings(None, {**env, "GOOGLE_API_KEY": "k-google"}).llm.api_key == "k-google"
    assert load_settings(None, {**env, "LOGCLASS_LLM_API_KEY": "k-own"}).llm.api_key == "k-own"
    openai_env = {
        "LOGCLASS_LLM_PROVIDER": "openai",
        "LOGCLASS_LLM_MODEL": "llama3",
        "LOGCLASS_LLM_BASE_URL": "http://127.0.0.1:11434/",
    }
    settings = load_settings(None, openai_env)
    assert (settings.llm.api_key, settings.llm.base_url) == (None, "http://127.0.0.1:11434")
    assert load_settings(None, {**openai_env, "OPENAI_API_KEY": "k"}).llm.api_key == "k"


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"LOGCLASS_LLM_PROVIDER": "gemini"}, "LLM provider gemini needs an API key"),
        (
            {"LOGCLASS_LLM_PROVIDER": "openai"},
            "LLM provider openai needs LOGCLASS_LLM_BASE_URL and LOGCLASS_LLM_MODEL",
        ),
        ({"LOGCLASS_LLM_PROVIDER": "claude"}, "expected one of none, gemini, openai"),
        ({"LOGCLASS_LLM_BASE_URL": "localhost:1"}, "expected an http:// or https:// URL"),
        ({"LOGCLASS_ESCALATE_UNCLASSIFIED": "maybe"}, "expected true or false"),
        ({"LOGCLASS_LLM_TIMEOUT_MS": "0"}, "bad value '0' for llm_timeout_ms"),
    ],
)
def test_bad_llm_settings_are_one_line_errors(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message) as error:
        load_settings(None, env)
    assert "\n" not in str(error.value)


def test_escalation_flag_parses_booleans() -> None:
    assert load_settings(None, {"LOGCLASS_ESCALATE_UNCLASSIFIED": "true"}).escalate_unclassified
    assert not load_settings(None, {"LOGCLASS_ESCALATE_UNCLASSIFIED": "off"}).escalate_unclassified
    assert not load_settings(None, {}).escalate_unclassified


def test_the_server_refuses_gemini_without_a_key_with_one_line() -> None:
    done = run_logclass("serve", env={"LOGCLASS_LLM_PROVIDER": "gemini"})
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "logclass: configuration error: LLM provider gemini needs an API key: set "
        "GEMINI_API_KEY, GOOGLE_API_KEY or LOGCLASS_LLM_API_KEY"
    ]


# --- through the real server ------------------------------------------------------------------


def wait_for(condition: Callable[[], bool], what: str, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def request(*records: tuple[str, str, str]) -> pb.ClassifyRequest:
    return pb.ClassifyRequest(
        records=[pb.LogRecord(id=i, source=s, message=m) for i, s, m in records]
    )


def test_a_slow_llm_never_holds_up_another_stream() -> None:
    hold = threading.Event()
    with FakeLLMServer(hold=hold) as fake:
        env = {
            "LOGCLASS_LLM_PROVIDER": "gemini",
            "GEMINI_API_KEY": FAKE_KEY,
            "LOGCLASS_LLM_BASE_URL": fake.base_url,
            "LOGCLASS_LLM_MODEL": GEMINI_MODEL,
            "LOGCLASS_LLM_TIMEOUT_MS": "120000",  # the LLM call stays pending until released
        }
        server = start_server(env)
        try:
            with server.channel() as channel:
                stub = classifier_stub(channel)
                slow_answers: queue.Queue[list[pb.ClassifyResponse]] = queue.Queue()
                slow_request = request(("s1", "LegacyCRM", "Case escalation for ticket 7 failed"))
                threading.Thread(
                    target=lambda: slow_answers.put(
                        list(stub.Classify(iter([slow_request]), timeout=150))
                    ),
                    daemon=True,
                ).start()
                wait_for(lambda: len(fake.requests) == 1, "the LLM call to go out")

                fast = list(
                    stub.Classify(
                        iter([request(("f1", "ModernCRM", "User User123 logged in."))]), timeout=60
                    )
                )
                assert [(r.id, r.label) for r in fast[0].results] == [("f1", "User Action")]
                assert slow_answers.empty(), "the other stream came back while the LLM was pending"

                hold.set()
                [slow] = slow_answers.get(timeout=60)
                assert [(r.id, r.label, r.tier) for r in slow.results] == [
                    ("s1", "Workflow Error", "llm")
                ]
        finally:
            assert server.stop() == 0
        assert not any(FAKE_KEY in line for line in server.log_lines), "the key is never logged"


def openai_env(fake: FakeLLMServer, timeout_ms: int) -> dict[str, str]:
    """Server settings pointing the openai provider at the loopback fake."""
    return {
        "LOGCLASS_LLM_PROVIDER": "openai",
        "LOGCLASS_LLM_BASE_URL": fake.base_url,
        "LOGCLASS_LLM_MODEL": OPENAI_MODEL,
        "LOGCLASS_LLM_TIMEOUT_MS": str(timeout_ms),
    }


def test_a_slow_llm_holds_other_records_of_a_stream_only_until_its_deadline() -> None:
    with FakeLLMServer(hold=threading.Event()) as fake:
        server = start_server(openai_env(fake, timeout_ms=500))
        try:
            with server.channel() as channel:
                stub = classifier_stub(channel)
                mixed = request(
                    ("1", "LegacyCRM", "Lead conversion failed"),
                    ("2", "ModernCRM", "User User123 logged in."),
                    ("3", "LegacyCRM", "Opportunity sync aborted"),
                )
                then = request(("4", "ModernCRM", "User User9 logged out."))
                responses = list(stub.Classify(iter([mixed, then]), timeout=60))
        finally:
            assert server.stop() == 0
    assert [[(r.id, r.label, r.reason) for r in resp.results] for resp in responses] == [
        [
            ("1", "Unclassified", Reason.LLM_TIMEOUT),
            ("2", "User Action", "rule:user_session"),
            ("3", "Unclassified", Reason.LLM_TIMEOUT),
        ],
        [("4", "User Action", "rule:user_session")],
    ]


def test_the_prompt_offers_exactly_the_taxonomy_labels() -> None:
    assert set(LABEL_NAMES) == TAXONOMY_LABELS


def test_the_callers_deadline_bounds_the_llm_wait() -> None:
    """A client deadline shorter than the LLM timeout: the LLM-routed record falls back in time
    and the call succeeds, instead of the whole call failing with DEADLINE_EXCEEDED."""
    hold = threading.Event()
    with FakeLLMServer(hold=hold) as fake:
        server = start_server(openai_env(fake, timeout_ms=120000))
        try:
            with server.channel() as channel:
                stub = classifier_stub(channel)
                mixed = request(
                    ("1", "LegacyCRM", "Lead conversion failed"),
                    ("2", "ModernCRM", "User User123 logged in."),
                )
                reply = stub.ClassifyBatch(mixed, timeout=3)
                streamed = list(stub.Classify(iter([mixed]), timeout=3))
        finally:
            hold.set()
            assert server.stop() == 0
    for response in (reply, streamed[0]):
        assert [(r.id, r.label, r.reason) for r in response.results] == [
            ("1", "Unclassified", Reason.LLM_TIMEOUT),
            ("2", "User Action", "rule:user_session"),
        ]
