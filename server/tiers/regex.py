"""The regex tier: labels the unmistakable log shapes with rules loaded from a TOML file."""

from __future__ import annotations

import hashlib
import logging
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final, Protocol

import re2

from server.config import Settings
from server.label_set import LabelSet, served_label_set
from server.options import ConfigError
from server.reasons import Reason, rule_matched
from server.records import Abstention, Decision, LogRecord, TierAnswer
from server.tiers.base import REGEX, TierInfo

log = logging.getLogger(__name__)

TIER_NAME: Final = REGEX
DEFAULT_RULES_PATH = Path(__file__).resolve().parent.parent / "rules" / "default.toml"

_REQUIRED_KEYS = frozenset({"name", "label", "pattern"})
_ALLOWED_KEYS = _REQUIRED_KEYS | {"confidence"}


class RuleError(ConfigError):
    """A rules file that cannot be loaded; the message is one line naming the file and the rule."""


class CompiledPattern(Protocol):
    """The part of a compiled `re2` pattern the tier uses (`re2` ships no type stubs)."""

    def search(self, text: str) -> object | None: ...


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: the first rule whose pattern is found in a message labels it."""

    name: str
    label: str
    pattern: str
    confidence: float
    regex: CompiledPattern


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The rules of one file in file order, and the version derived from the file's bytes."""

    path: Path
    rules: tuple[Rule, ...]
    version: str


# Memory RE2 may give the automaton that searches for all rules at once (RE2's default is 8 MiB);
# it caches the automaton's states, so a few hundred rules over capped messages stay well within.
_SET_MAX_MEM: Final = 64 << 20


class FirstMatch:
    """The first of `rules` whose pattern is found in a message, found in one pass over it.

    An RE2 Set searches for every pattern at once and says which were found: one call into RE2
    instead of one per rule (on 19 bundled rules, 1.3 us a line instead of 44 us). The lowest
    index found wins, as in file order, so the answer is the one searching rule after rule
    in that order gives."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self._rules = rules
        options = re2.Options()
        options.log_errors = False
        options.max_mem = _SET_MAX_MEM
        search_set = re2.Set.SearchSet(options)
        for rule in rules:
            search_set.Add(rule.pattern)
        search_set.Compile()
        # The binding itself (bytes in, indices out): the wrapper adds a call per message.
        self._match = search_set._set.Match

    def __call__(self, message: str) -> Rule | None:
        """The first rule whose pattern is found in `message`, or None."""
        found = self._match(message.encode("utf-8"))
        return self._rules[min(found)] if found else None


def load_rules(path: Path) -> RuleSet:
    """Read, validate and compile a rules file; raise `RuleError` on any problem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RuleError(f"{path}: cannot read rules file: {exc.strerror or exc}") from exc
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: not valid TOML: {_one_line(str(exc))}") from exc

    extra = sorted(set(doc) - {"rule"})
    if extra:
        raise RuleError(f"{path}: unknown top-level key(s) {', '.join(extra)}; expected [[rule]]")
    tables = doc.get("rule")
    if not isinstance(tables, list) or not tables:
        raise RuleError(f"{path}: no [[rule]] tables")

    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for index, table in enumerate(tables, start=1):
        rule = _build_rule(path, index, table)
        if rule.name in seen:
            raise RuleError(
                f"{path}: rule #{index} '{rule.name}': duplicate name "
                f"(first used by rule #{seen[rule.name]})"
            )
        seen[rule.name] = index
        rules.append(rule)
    version = "rules-" + hashlib.sha256(data).hexdigest()[:12]
    return RuleSet(path=path, rules=tuple(rules), version=version)


def _build_rule(path: Path, index: int, table: object) -> Rule:
    """Validate one [[rule]] table and compile its pattern."""
    where = f"{path}: rule #{index}"
    if not isinstance(table, Mapping):
        raise RuleError(f"{where}: not a table")
    name = table.get("name")
    if isinstance(name, str) and name:
        where = f"{where} '{name}'"

    unknown = sorted(set(table) - _ALLOWED_KEYS)
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(unknown)}")
    missing = sorted(_REQUIRED_KEYS - set(table))
    if missing:
        raise RuleError(f"{where}: missing key(s) {', '.join(missing)}")
    for key in ("name", "label", "pattern"):
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            raise RuleError(f"{where}: {key} must be a non-empty string")

    confidence = table.get("confidence", 1.0)
    # bool is an int subclass; `confidence = true` is a typo, not 1.0.
    if isinstance(confidence, bool) or not isinstance(confidence, int | float):
        raise RuleError(f"{where}: confidence must be a number in [0, 1]")
    if not 0.0 <= confidence <= 1.0:
        raise RuleError(f"{where}: confidence {confidence} is outside [0, 1]")

    pattern: str = table["pattern"]
    try:
        regex = compile_message_pattern(pattern)
    except ValueError as exc:
        raise RuleError(f"{where}: {exc}") from exc

    return Rule(
        name=table["name"],
        label=table["label"],
        pattern=pattern,
        confidence=float(confidence),
        regex=regex,
    )


def _keep_labels(rules: RuleSet, labels: LabelSet) -> RuleSet:
    """`rules` without the rules whose label is not one of `labels`."""
    kept = tuple(rule for rule in rules.rules if rule.label in labels.labels)
    dropped = sorted({rule.label for rule in rules.rules} - set(labels.labels))
    if dropped:
        log.warning(
            "regex rules: %d of %d rules of %s dropped: their labels (%s) are not in %s; "
            "set rules_path (LOGCLASS_RULES) to rules of your own labels",
            len(rules.rules) - len(kept),
            len(rules.rules),
            rules.path.name,
            ", ".join(dropped),
            labels.origin,
        )
    return replace(rules, rules=kept)


def compile_message_pattern(pattern: str) -> CompiledPattern:
    """`pattern` compiled with RE2 (linear time on any message); ValueError, one line starting
    "bad pattern:", for a pattern that does not compile or matches every message."""
    options = re2.Options()
    # The error is reported in the ValueError; re2's own logging would only duplicate it on stderr.
    options.log_errors = False
    try:
        regex: CompiledPattern = re2.compile(pattern, options)
    except re2.error as exc:
        raise ValueError(f"bad pattern: {_re2_message(exc)}") from exc
    # A pattern that matches "" matches every message, which would silence all later tiers.
    if regex.search("") is not None:
        raise ValueError("bad pattern: it matches the empty string (so every message)")
    return regex


def _re2_message(exc: Exception) -> str:
    """The text of an re2 error (pybind11 passes it as bytes)."""
    arg = exc.args[0] if exc.args else exc
    text = arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)
    return _one_line(text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class RegexTier:
    """First-match-wins rules over the message; abstains when no rule matches."""

    @classmethod
    def from_settings(cls, settings: Settings) -> RegexTier:
        """The tier with the rules file `settings` name; with none, the bundled rules whose
        labels the served model knows (`server.label_set`)."""
        if settings.rules_path is not None:
            return cls(settings.rules_path)
        return cls(labels=served_label_set(settings.semantic.model_path))

    def __init__(self, rules_path: Path | None = None, labels: LabelSet | None = None) -> None:
        """The rules of `rules_path` (the bundled ones when None), without those whose label is
        not in `labels` (one warning names what was dropped)."""
        # Compiled here rather than in start() so a bad rules file fails at configuration time.
        rules = load_rules(rules_path if rules_path is not None else DEFAULT_RULES_PATH)
        self._rules = rules if labels is None else _keep_labels(rules, labels)
        try:
            self._first_match = FirstMatch(self._rules.rules)
        except re2.error as exc:
            raise RuleError(
                f"{rules.path}: the rules together are too large to search at once: "
                f"{_re2_message(exc)}"
            ) from exc

    @property
    def name(self) -> str:
        """The tier's name in decisions, metrics and reasons."""
        return TIER_NAME

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The loaded rules in file order."""
        return self._rules.rules

    def info(self) -> TierInfo:
        """The tier's name, rules version and the labels its rules can give."""
        labels = tuple(sorted({rule.label for rule in self._rules.rules}))
        return TierInfo(name=TIER_NAME, model_version=self._rules.version, labels=labels)

    async def start(self) -> None:
        """Nothing to do: the rules were loaded and compiled by the constructor."""

    def match(self, message: str) -> Rule | None:
        """The first rule whose pattern is found in `message`, or None."""
        return self._first_match(message)

    async def classify(
        self, records: Sequence[LogRecord], deadline: float | None = None
    ) -> list[TierAnswer]:
        """One decision per record for the first matching rule, else an abstention."""
        # Runs inline on the event loop: re2 is linear-time and messages are already length-capped.
        answers: list[TierAnswer] = []
        first_match = self._first_match
        for record in records:
            rule = first_match(record.message)
            if rule is None:
                answers.append(Abstention(reason=Reason.NO_RULE_MATCHED))
            else:
                answers.append(
                    Decision(
                        label=rule.label,
                        confidence=rule.confidence,
                        tier=TIER_NAME,
                        model_version=self._rules.version,
                        reason=rule_matched(rule.name),
                    )
                )
        return answers

    async def close(self) -> None:
        """Nothing to release; safe to call more than once."""

    def forget_templates(self) -> None:
        """Nothing to forget: rules learn nothing."""
