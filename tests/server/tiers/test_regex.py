"""Tests for the regex tier: rule loading, matching, the Tier contract and the golden files."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import re
import time
from pathlib import Path

import pytest

from server.label_set import DEFAULT_LABEL_SET, LabelSet
from server.records import Abstention, Decision, LogRecord, TierAnswer
from server.taxonomy import LabelDefinition
from server.tiers.base import Tier
from server.tiers.regex import DEFAULT_RULES_PATH, RegexTier, Rule, RuleError, load_rules
from tests.conftest import TAXONOMY_LABELS

TESTDATA = Path(__file__).resolve().parents[2] / "testdata" / "regex"


def write_rules(tmp_path: Path, text: str, name: str = "rules.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def classify(tier: RegexTier, messages: list[str]) -> list[TierAnswer]:
    records = [LogRecord(id=str(i), source="test", message=m) for i, m in enumerate(messages)]
    return asyncio.run(tier.classify(records))


# --- golden files ------------------------------------------------------------------------------


def golden_row(answer: TierAnswer) -> dict[str, str | None]:
    if isinstance(answer, Abstention):
        return {"label": None}
    return {"label": answer.label, "rule": answer.reason.removeprefix("rule:")}


def test_golden() -> None:
    inputs = [
        json.loads(line)
        for line in (TESTDATA / "input.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    records = [
        LogRecord(id=str(n), source=row["source"], message=row["message"])
        for n, row in enumerate(inputs, start=1)
    ]
    got = [golden_row(a) for a in asyncio.run(RegexTier().classify(records))]

    expected_path = TESTDATA / "expected.jsonl"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        expected_path.write_text("".join(json.dumps(row) + "\n" for row in got), encoding="utf-8")
    expected = [json.loads(line) for line in expected_path.read_text(encoding="utf-8").splitlines()]

    assert len(expected) == len(inputs), "expected.jsonl and input.jsonl differ in length"
    mismatches = [
        f"line {n}: {rec.message!r}: expected {want}, got {have}"
        for n, (rec, want, have) in enumerate(zip(records, expected, got, strict=True), start=1)
        if want != have
    ]
    assert not mismatches, "\n".join(mismatches)


# --- default rules -----------------------------------------------------------------------------


def test_default_rules_use_taxonomy_labels() -> None:
    tier = RegexTier()
    assert set(tier.info().labels) <= TAXONOMY_LABELS
    assert tier.rules, "the default rules file is empty"


def test_default_rules_path_is_packaged_file() -> None:
    assert DEFAULT_RULES_PATH.is_file()
    assert RegexTier().info() == RegexTier(DEFAULT_RULES_PATH).info()


def test_patterns_are_compiled_with_re2() -> None:
    for rule in RegexTier().rules:
        assert not isinstance(rule.regex, re.Pattern), rule.name
        assert type(rule.regex).__module__.split(".")[0] == "re2", rule.name


HOSTILE_SIZE = 64 * 1024


def hostile_lines() -> list[str]:
    """64 KiB lines of fragments that make backtracking engines blow up on nested quantifiers."""
    fragments = [
        "GET /" + "a/" * 30000 + "!",
        "user " * 13000 + "!",
        "a" * HOSTILE_SIZE,
        '"GET ' + " " * 60000 + "HTTP/1.1",
        "backup " * 9000 + "failed",
        "CPU usage " + "9" * 60000 + "x",
        "disk /" + "/a" * 30000 + " 78%",
        "User User123 logged in" + "." * 60000,
        "File " + "x " * 30000 + "uploaded by user",
        "\t" * HOSTILE_SIZE,
    ]
    return [(f * (HOSTILE_SIZE // len(f) + 1))[:HOSTILE_SIZE] for f in fragments]


def test_every_rule_is_linear_on_hostile_lines() -> None:
    # A safety property, not a benchmark: the bound is far above what re2 needs.
    tier = RegexTier()
    lines = hostile_lines()
    assert all(len(line) == HOSTILE_SIZE for line in lines)
    start = time.perf_counter()
    for rule in tier.rules:
        for line in lines:
            rule.regex.search(line)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, f"{len(tier.rules)} rules took {elapsed:.3f}s over hostile lines"


# --- the Tier contract -------------------------------------------------------------------------


def test_implements_tier_protocol() -> None:
    tier = RegexTier()
    assert isinstance(tier, Tier)
    assert tier.name == "regex"
    info = tier.info()
    assert info.name == "regex"
    assert re.fullmatch(r"rules-[0-9a-f]{12}", info.model_version)
    assert list(info.labels) == sorted(set(info.labels))


def test_classify_answers_every_record_in_order(tmp_path: Path) -> None:
    path = write_rules(
        tmp_path,
        """
[[rule]]
name = "apple"
label = "Fruit"
pattern = 'apple'
confidence = 0.75

[[rule]]
name = "carrot"
label = "Vegetable"
pattern = 'carrot'
""",
    )
    tier = RegexTier(path)
    messages = ["an apple", "nothing", "a carrot", "", "apple and carrot", "nothing again"]
    answers = classify(tier, messages)
    assert len(answers) == len(messages)
    version = tier.info().model_version
    assert answers == [
        Decision("Fruit", 0.75, "regex", version, "rule:apple"),
        Abstention(reason="no_rule_matched"),
        Decision("Vegetable", 1.0, "regex", version, "rule:carrot"),
        Abstention(reason="no_rule_matched"),
        Decision("Fruit", 0.75, "regex", version, "rule:apple"),
        Abstention(reason="no_rule_matched"),
    ]
    assert classify(tier, []) == []


def test_first_match_wins_in_file_order(tmp_path: Path) -> None:
    rule_a = "[[rule]]\nname = 'broad'\nlabel = 'A'\npattern = 'disk'\n"
    rule_b = "[[rule]]\nname = 'narrow'\nlabel = 'B'\npattern = 'disk full'\n"
    broad_first = RegexTier(write_rules(tmp_path, rule_a + rule_b, "ab.toml"))
    narrow_first = RegexTier(write_rules(tmp_path, rule_b + rule_a, "ba.toml"))

    broad_match = broad_first.match("disk full")
    narrow_match = narrow_first.match("disk full")
    assert broad_match is not None and broad_match.name == "broad"
    assert narrow_match is not None and narrow_match.name == "narrow"
    assert narrow_first.match("nothing here") is None


def one_by_one(rules: tuple[Rule, ...], message: str) -> Rule | None:
    """The first of `rules` whose pattern is found in `message`, searching rule after rule."""
    return next((rule for rule in rules if rule.regex.search(message) is not None), None)


def test_one_pass_search_answers_as_rule_after_rule() -> None:
    """The tier searches all rules at once (an RE2 Set); on every line of the training corpus and
    the golden inputs it picks the rule that searching rule after rule picks (which of several
    matching rules wins: `test_first_match_wins_in_file_order`)."""
    corpus = Path(__file__).resolve().parents[3] / "data" / "corpus.csv"
    with corpus.open(encoding="utf-8", newline="") as handle:
        messages = [row["log_message"] for row in csv.DictReader(handle)]
    golden = (TESTDATA / "input.jsonl").read_text(encoding="utf-8").splitlines()
    messages += [json.loads(line)["message"] for line in golden]
    messages += ["Ünïcode: user alice logged in", "", "\u00e9" * 100]
    tier = RegexTier()
    chosen = {}
    for message in messages:
        expected = one_by_one(tier.rules, message)
        assert tier.match(message) == expected, message
        if expected is not None:
            chosen[expected.name] = message
    assert len(chosen) >= len(tier.rules) // 2, "the lines exercise most rules"


def test_rules_too_large_to_search_at_once_are_a_rule_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import server.tiers.regex as regex_tier

    monkeypatch.setattr(regex_tier, "_SET_MAX_MEM", 1024)
    rules = "".join(
        f"[[rule]]\nname = 'r{n}'\nlabel = 'L'\npattern = '{'a' * n}(b|c)*d{{30}}'\n"
        for n in range(1, 40)
    )
    with pytest.raises(RuleError, match=r"rules\.toml: the rules together are too large"):
        RegexTier(write_rules(tmp_path, rules))


def test_custom_rules_path_replaces_defaults(tmp_path: Path) -> None:
    path = write_rules(
        tmp_path, "[[rule]]\nname = 'only'\nlabel = 'Mine'\npattern = '(?i)^hello'\n"
    )
    tier = RegexTier(path)
    assert [rule.name for rule in tier.rules] == ["only"]
    assert tier.info().labels == ("Mine",)
    assert tier.match("HELLO world") is not None
    assert tier.match("User User123 logged in.") is None


def test_model_version_follows_file_content(tmp_path: Path) -> None:
    text = "[[rule]]\nname = 'r'\nlabel = 'L'\npattern = 'x'\n"
    path = write_rules(tmp_path, text)
    first = RegexTier(path).info().model_version
    assert RegexTier(path).info().model_version == first
    path.write_text(text + "# a comment changes the bytes, so the version\n", encoding="utf-8")
    assert RegexTier(path).info().model_version != first


def test_lifecycle_start_close_idempotent() -> None:
    async def run() -> list[TierAnswer]:
        tier = RegexTier()
        await tier.close()  # close before start
        await tier.start()
        await tier.start()
        answers = await tier.classify([LogRecord(id="1", source="s", message="user 1 signed in")])
        await tier.close()
        await tier.close()
        return answers

    [answer] = asyncio.run(run())
    assert isinstance(answer, Decision)
    assert answer.label == "User Action"


# --- loader errors -----------------------------------------------------------------------------

GOOD = "[[rule]]\nname = 'good'\nlabel = 'L'\npattern = 'x'\n"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (GOOD + GOOD, r"rule #2 'good': duplicate name \(first used by rule #1\)"),
        (
            "[[rule]]\nname = 'bad'\nlabel = 'L'\npattern = '(unclosed'\n",
            r"rule #1 'bad': bad pattern: missing \)",
        ),
        (
            "[[rule]]\nname = 'look'\nlabel = 'L'\npattern = 'a(?=b)'\n",
            r"rule #1 'look': bad pattern:",
        ),
        (
            "[[rule]]\nname = 'empty'\nlabel = 'L'\npattern = 'a*'\n",
            r"rule #1 'empty': bad pattern: it matches the empty string",
        ),
        (
            GOOD + "[[rule]]\nname = 'k'\nlabel = 'L'\npattern = 'y'\nlevel = 3\n",
            r"'k': unknown key",
        ),
        ("[[rule]]\nname = 'm'\nlabel = 'L'\n", r"rule #1 'm': missing key\(s\) pattern"),
        ("[[rule]]\nlabel = 'L'\npattern = 'x'\n", r"rule #1: missing key\(s\) name"),
        (GOOD + "[[rule]]\nname = 'c'\nlabel = 'L'\npattern = 'y'\nconfidence = 1.5\n", r"#2 'c'"),
        ("[[rule]]\nname = 'c'\nlabel = 'L'\npattern = 'y'\nconfidence = -0.1\n", "outside"),
        ("[[rule]]\nname = 'c'\nlabel = 'L'\npattern = 'y'\nconfidence = '1'\n", "a number"),
        ("[[rule]]\nname = 'c'\nlabel = 'L'\npattern = 'y'\nconfidence = true\n", "a number"),
        ("[[rule]]\nname = 'n'\nlabel = ''\npattern = 'y'\n", r"'n': label must be a non-empty"),
        ("[[rules]]\nname = 'r'\nlabel = 'L'\npattern = 'x'\n", "unknown top-level key"),
        ("# nothing\n", r"no \[\[rule\]\] tables"),
        ("[[rule]\n", "not valid TOML"),
    ],
)
def test_loader_rejects_bad_rules(tmp_path: Path, text: str, problem: str) -> None:
    path = write_rules(tmp_path, text)
    with pytest.raises(RuleError, match=problem) as excinfo:
        RegexTier(path)
    message = str(excinfo.value)
    assert message.startswith(f"{path}:")
    assert "\n" not in message


def test_rule_error_is_value_error_and_missing_file_raises_it(tmp_path: Path) -> None:
    assert issubclass(RuleError, ValueError)
    with pytest.raises(RuleError, match="cannot read rules file"):
        load_rules(tmp_path / "absent.toml")


def test_confidence_bounds_are_inclusive(tmp_path: Path) -> None:
    text = (
        "[[rule]]\nname = 'zero'\nlabel = 'L'\npattern = 'a'\nconfidence = 0\n"
        "[[rule]]\nname = 'one'\nlabel = 'L'\npattern = 'b'\nconfidence = 1\n"
    )
    rules = load_rules(write_rules(tmp_path, text)).rules
    assert [r.confidence for r in rules] == [0.0, 1.0]


# --- a custom label set ----------------------------------------------------------------------


def test_bundled_rules_whose_label_the_model_lacks_are_dropped_with_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    kept_label = "User Action"
    labels = LabelSet((LabelDefinition(kept_label, ""), LabelDefinition("Payments", "")), (), "m")
    with caplog.at_level("WARNING", logger="server.tiers.regex"):
        tier = RegexTier(labels=labels)
    assert tier.rules and {rule.label for rule in tier.rules} == {kept_label}
    assert tier.info().labels == (kept_label,)
    (warning,) = caplog.records
    dropped = sorted({rule.label for rule in RegexTier().rules} - {kept_label})
    assert f"their labels ({', '.join(dropped)}) are not in m" in warning.getMessage()
    answers = classify(tier, ["Backup completed successfully.", "User User123 logged in."])
    assert isinstance(answers[0], Abstention)
    assert isinstance(answers[1], Decision) and answers[1].label == kept_label


def test_the_default_label_set_keeps_every_bundled_rule(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="server.tiers.regex"):
        tier = RegexTier(labels=DEFAULT_LABEL_SET)
    assert tier.rules == RegexTier().rules and not caplog.records
