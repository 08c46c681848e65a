"""The semantic tier on the exported models: determinism, answers per template, thresholds,
start-up."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import random
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from server.config import DEFAULT_MODEL_PATH, SemanticConfig
from server.features import record_view
from server.placement import TemplatePlacer
from server.reasons import Reason
from server.records import Abstention, Decision, LogRecord, TierAnswer
from server.templates import TemplateMiner
from server.tiers.semantic.model_manifest import (
    ManifestError,
    derive_model_version,
    load_manifest,
    write_manifest,
)
from server.tiers.semantic.tier import SemanticTier
from tests.conftest import REPO

CORPUS = REPO / "data" / "corpus.csv"


def corpus_messages(count: int, seed: int = 5) -> list[str]:
    with CORPUS.open(newline="") as handle:
        messages = [row["log_message"] for row in csv.DictReader(handle)]
    random.Random(seed).shuffle(messages)
    return messages[:count]


def settings(**overrides: object) -> SemanticConfig:
    values: dict[str, object] = {
        "confidence_threshold": 0.5,
        "batch_wait_ms": 2.0,
        "threads": 2,
    }
    values.update(overrides)
    return SemanticConfig(**values)  # type: ignore[arg-type]


class Running:
    """A started tier and the event loop it runs on, for synchronous tests."""

    def __init__(self, tier: SemanticTier) -> None:
        self.tier = tier
        self.runner = asyncio.Runner()
        self.runner.run(tier.start())

    def classify(self, messages: Sequence[str]) -> list[TierAnswer]:
        records = [LogRecord(str(i), "App", m) for i, m in enumerate(messages)]
        return self.runner.run(self.tier.classify(records))

    def classify_concurrently(self, calls: Sequence[Sequence[str]]) -> list[list[TierAnswer]]:
        async def all_calls() -> list[list[TierAnswer]]:
            return list(
                await asyncio.gather(
                    *(
                        self.tier.classify([LogRecord("x", "App", m) for m in call])
                        for call in calls
                    )
                )
            )

        return self.runner.run(all_calls())

    def close(self) -> None:
        self.runner.run(self.tier.close())
        self.runner.close()


@pytest.fixture(scope="module")
def uncached() -> Iterator[Running]:
    running = Running(SemanticTier(settings(cache_size=0)))
    yield running
    running.close()


def test_answers_do_not_depend_on_batching_or_concurrency(uncached: Running) -> None:
    messages = corpus_messages(120)
    together = uncached.classify(messages)
    alone = [uncached.classify([m])[0] for m in messages[:40]]
    assert alone == together[:40]
    shuffled = list(enumerate(messages))
    random.Random(9).shuffle(shuffled)
    reordered = uncached.classify([m for _, m in shuffled])
    assert [reordered[k] for k in sorted(range(120), key=lambda k: shuffled[k][0])] == together
    # Three concurrent calls share micro-batches with each other: still the same answers.
    parts = uncached.classify_concurrently([messages[:50], messages[50:90], messages[90:]])
    assert [a for part in parts for a in part] == together


def decision_of(answer: TierAnswer) -> Decision:
    decision = answer if isinstance(answer, Decision) else answer.best_guess
    assert decision is not None
    return decision


def without_template(answer: TierAnswer) -> TierAnswer:
    if isinstance(answer, Decision):
        return dataclasses.replace(answer, template_id="", template="")
    guess = dataclasses.replace(decision_of(answer), template_id="", template="")
    return dataclasses.replace(answer, best_guess=guess)


def test_each_template_is_classified_once_and_its_lines_get_that_answer(
    uncached: Running,
) -> None:
    messages = corpus_messages(4068)
    chunks = [messages[i : i + 500] for i in range(0, len(messages), 500)]
    cached = Running(SemanticTier(settings(cache_size=100_000)))
    try:
        with_templates = [a for chunk in chunks for a in cached.classify(chunk)]
        stats = cached.tier.cache.stats()
    finally:
        cached.close()
    # The same stream through a fresh template layer (with the model's deciding words): each
    # line's template and its first line.
    deciding = cached.tier.manifest.deciding_words
    placer = TemplatePlacer(TemplateMiner(capacity=100_000, deciding_words=deciding))
    views = [record_view(m) for m in messages]
    ids = [placer.place(m).id for m in messages]
    first = {template: ids.index(template) for template in set(ids)}
    assert 0 < len(first) < len({v.key for v in views})  # lines did share templates
    alone = uncached.classify([messages[first[template]] for template in ids])
    # Labels and confidences to the last bit; each answer names its template.
    assert [without_template(a) for a in with_templates] == alone
    assert [decision_of(a).template_id for a in with_templates] == ids
    # Each template went to the model once; every later lookup of it found it cached.
    lookups = sum(len(set(ids[i : i + 500])) for i in range(0, len(ids), 500))
    assert (stats.misses, stats.hits, stats.size) == (len(first), lookups - len(first), len(first))


def test_below_the_threshold_it_abstains_with_its_best_guess(uncached: Running) -> None:
    strict = Running(SemanticTier(settings(confidence_threshold=1.0, cache_size=0)))
    try:
        answers = strict.classify(corpus_messages(20))
    finally:
        strict.close()
    reference = uncached.classify(corpus_messages(20))
    for answer, decided in zip(answers, reference, strict=True):
        assert isinstance(answer, Abstention) and answer.reason == Reason.BELOW_THRESHOLD
        best = decided.best_guess if isinstance(decided, Abstention) else decided
        assert answer.best_guess == best


def test_clear_cases_get_their_taxonomy_label(uncached: Running) -> None:
    examples = {
        "RAID controller reports array degraded, volume offline": "Critical Error",
        "failed to render invoice 8812: template missing": "Error",
        "12 failed logins for admin from 203.0.113.9 in 60s": "Security Alert",
        "heap at 91% of 4 GiB": "Resource Usage",
        "endpoint /v1/report is retired after release 9": "Deprecation Warning",
    }
    answers = uncached.classify(list(examples))
    assert [a.label if isinstance(a, Decision) else None for a in answers] == list(
        examples.values()
    )
    assert all(isinstance(a, Decision) and a.tier == "semantic" for a in answers)


def test_a_tampered_model_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    shutil.copytree(DEFAULT_MODEL_PATH, tmp_path / "models")
    with (tmp_path / "models" / "classifier.onnx").open("ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ManifestError, match=r"classifier.onnx: sha256 mismatch"):
        SemanticTier(settings(model_path=tmp_path / "models"))


def test_a_line_unlike_every_training_template_is_unfamiliar(tmp_path: Path) -> None:
    folder = tmp_path / "models"
    shutil.copytree(DEFAULT_MODEL_PATH, folder)
    manifest = load_manifest(folder)
    # No line is that close to a centroid; the version covers the bound, so it is derived anew.
    classifier = dataclasses.replace(manifest.classifier, min_similarity=1.01)
    version = derive_model_version(
        manifest.files, manifest.embedding.file, classifier, manifest.deciding_words
    )
    write_manifest(
        folder, dataclasses.replace(manifest, classifier=classifier, model_version=version)
    )
    strict = Running(SemanticTier(settings(model_path=folder, cache_size=0)))
    try:
        answers = strict.classify(["heap at 91% of 4 GiB"])
    finally:
        strict.close()
    [answer] = answers
    assert isinstance(answer, Abstention) and answer.reason == Reason.UNFAMILIAR
    assert answer.best_guess is not None and answer.best_guess.label == "Resource Usage"


def test_without_a_setting_the_threshold_is_the_one_the_manifest_names(tmp_path: Path) -> None:
    folder = tmp_path / "models"
    shutil.copytree(DEFAULT_MODEL_PATH, folder)
    write_manifest(folder, dataclasses.replace(load_manifest(folder), threshold=1.0))
    from_manifest = SemanticTier(settings(model_path=folder, confidence_threshold=None))
    assert from_manifest.threshold == from_manifest.info().confidence_threshold == 1.0
    assert SemanticTier(settings(model_path=folder, confidence_threshold=0.3)).threshold == 0.3
    running = Running(from_manifest)
    try:
        [answer] = running.classify(["user 42 logged in from 10.0.0.1"])
    finally:
        running.close()
    # No calibrated probability reaches 1.0: below the manifest's threshold, it abstains.
    assert isinstance(answer, Abstention) and answer.reason == Reason.BELOW_THRESHOLD


def test_the_severity_is_evidence_and_part_of_the_cache_key() -> None:
    running = Running(SemanticTier(settings()))
    try:
        message = "connection to replica lost"
        lines = [
            message,
            f"2026-11-30 12:00:00,123 ERROR {message}",
            f"2026/11/30 01:02:03 {message}",
        ]
        running.classify(lines)
        # The plain line and the Go log line (a header with no level) share a view; the ERROR
        # line does not.
        assert running.tier.cache.stats().size == 2
    finally:
        running.close()


def test_a_repeated_line_keeps_its_answer_unless_its_severity_attribute_differs() -> None:
    running = Running(SemanticTier(settings()))
    try:
        message = "connection to replica lost"
        calls = [
            [LogRecord("1", "App", message)],
            [LogRecord("2", "App", message)],  # found by its raw line: no new view
            [LogRecord("3", "App", message, {"level": "error"})],
        ]
        answers = [running.runner.run(running.tier.classify(call))[0] for call in calls]
        assert answers[0] == answers[1]
        assert running.tier.cache.stats().size == 2  # the error attribute made its own view
        assert decision_of(answers[2]).template_id != decision_of(answers[0]).template_id
    finally:
        running.close()


def test_concurrent_calls_send_a_new_template_to_the_model_once() -> None:
    running = Running(SemanticTier(settings()))
    try:
        batcher = running.tier._batcher
        assert batcher is not None
        sent: list[str] = []
        submit = batcher.submit

        async def counting(items: Sequence[str]) -> list[TierAnswer]:
            sent.extend(items)
            return await submit(items)

        batcher.submit = counting  # type: ignore[method-assign]
        lines = [["replica 7 of shard 3 lost quorum"], ["replica 9 of shard 4 lost quorum"]]
        first, second = running.classify_concurrently(lines)
        assert first == second
        assert len(sent) == 1 and running.tier.cache.stats().size == 1  # the second call waited
    finally:
        running.close()


def test_a_restarted_tier_is_warm_from_its_snapshot(tmp_path: Path) -> None:
    snapshot = tmp_path / "templates.json"
    messages = corpus_messages(300)
    first = Running(SemanticTier(settings(template_snapshot=snapshot)))
    try:
        answers = first.classify(messages)
        held = len(first.tier.templates or [])
    finally:
        first.close()  # saves the snapshot
    assert snapshot.is_file() and held > 0
    again = Running(SemanticTier(settings(template_snapshot=snapshot)))
    try:
        assert again.tier.info().templates == held
        assert [without_template(a) for a in again.classify(messages)] == [
            without_template(a) for a in answers
        ]
        stats = again.tier.cache.stats()
    finally:
        again.close()
    assert stats.misses == 0, "every template answered from the snapshot, no model call"
