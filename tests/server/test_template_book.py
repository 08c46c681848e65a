"""The template book: every answer counted under its template, filtered, bounded."""

from __future__ import annotations

from server.records import Classification, LogRecord
from server.template_book import TemplateBook, TemplateQuery


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def answer(
    label: str, confidence: float, template_id: str = "", tier: str = "regex"
) -> Classification:
    return Classification(
        "x", label, confidence, tier, "v", "", template_id, "tmpl" if template_id else ""
    )


def feed(book: TemplateBook, rows: list[tuple[str, str, Classification]]) -> None:
    records = [LogRecord(str(i), source, message) for i, (source, message, _) in enumerate(rows)]
    results = [result for _, _, result in rows]
    book.count(
        records, results, [book.template_of(r, a) for r, a in zip(records, results, strict=True)]
    )


def test_records_are_counted_per_template_with_the_latest_answer() -> None:
    clock = Clock()
    book = TemplateBook(clock=clock)
    ssh = "Accepted password for {} from 10.0.0.{} port 2{}"
    feed(
        book,
        [
            # No tier mapped these to a template: the book's own template layer does.
            ("sshd", ssh.format("alice", 1, 2), answer("Unclassified", 0.2, tier="none")),
            ("sshd", ssh.format("bob", 2, 3), answer("Unclassified", 0.3, tier="llm")),
            ("web", "semantic line", answer("Error", 0.41, "t-sem", "semantic")),
            ("api", "  ", answer("Unclassified", 0.0, tier="none")),  # no template
            # A regex rule's lines count under the rule.
            ("app", "User a logged in.", regex("user_session")),
            ("app", "User b logged in.", regex("user_session;message_truncated")),
        ],
    )
    clock.now += 30
    feed(book, [("worker", "semantic line", answer("Unclassified", 0.3, "t-sem", "semantic"))])
    entries = book.entries()
    assert sorted((e.count, e.label) for e in entries) == [
        (2, "Unclassified"),
        (2, "Unclassified"),
        (2, "User Action"),
    ]
    by_id = {e.template_id: e for e in entries}
    rule = by_id["rule-user_session"]
    assert rule.template == "(regex rule user_session)" and rule.sample == "User a logged in."
    [ssh_entry] = [
        e for e in entries if e.template_id.startswith("t-") and e.template_id != "t-sem"
    ]
    assert ssh_entry.template == "Accepted password for <*> from <ip> port <num>"
    assert ssh_entry.sample == ssh.format("alice", 1, 2) and ssh_entry.tier == "llm"
    semantic = by_id["t-sem"]
    assert semantic.sources == ["web", "worker"]
    assert semantic.last_seen - semantic.first_seen == 30
    assert len(book) == 3


def regex(reason: str) -> Classification:
    return Classification("x", "User Action", 1.0, "regex", "rules-v", f"rule:{reason}")


def test_queries_filter_by_label_source_confidence_and_uncertainty() -> None:
    book = TemplateBook(clock=Clock())
    feed(
        book,
        [
            ("a", "one", answer("Error", 0.95, "t-1")),
            ("b", "two", answer("Error", 0.55, "t-2")),
            ("a", "three", answer("Unclassified", 0.2, "t-3")),
            ("c", "four", answer("Resource Usage", 0.75, "t-4")),
        ],
    )

    def ids(query: TemplateQuery) -> list[str]:
        return sorted(e.template_id for e in book.entries(query))

    assert ids(TemplateQuery(label="Error")) == ["t-1", "t-2"]
    assert ids(TemplateQuery(source="a")) == ["t-1", "t-3"]
    assert ids(TemplateQuery(below_confidence=0.8)) == ["t-2", "t-3", "t-4"]
    assert ids(TemplateQuery(uncertain=True)) == ["t-2", "t-3"]
    assert ids(TemplateQuery(uncertain=True, below_confidence=0.9)) == ["t-2", "t-3", "t-4"]
    assert ids(TemplateQuery(template_id="t-4")) == ["t-4"]
    assert len(book.entries(TemplateQuery(limit=2))) == 2


def test_the_least_recently_seen_go_first_past_the_capacity() -> None:
    book = TemplateBook(capacity=2, clock=Clock())
    for n in range(1, 4):
        feed(book, [("s", f"line {n}", answer("Error", 0.9, f"t-{n}"))])
    assert sorted(e.template_id for e in book.entries()) == ["t-2", "t-3"]


def test_labels_are_counted_per_minute_for_the_last_hour() -> None:
    clock = Clock()
    book = TemplateBook(clock=clock)
    feed(book, [("s", "a", answer("Error", 0.9, "t-1")), ("s", "b", answer("Error", 0.9, "t-2"))])
    clock.now += 120
    feed(book, [("s", "c", answer("Resource Usage", 0.9, "t-3"))])
    minutes = list(book.labels_by_minute())
    assert [dict(counts) for _, counts in minutes] == [{"Error": 2}, {"Resource Usage": 1}]
    clock.now += 3600
    assert list(book.labels_by_minute()) == []
