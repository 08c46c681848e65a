"""The template layer: Drain's online parse tree, bounded, with stable ids."""

from __future__ import annotations

import random
import tracemalloc

import pytest

from server import templates
from server.templates import (
    FIRST_WORD_EVIDENCE,
    WILDCARD,
    PlacementMemo,
    Template,
    TemplateMiner,
    held_bytes,
    template_id,
)


def test_lines_that_differ_in_identifiers_share_one_template() -> None:
    miner = TemplateMiner(similarity=0.5, depth=1)
    first = miner.add("Started container web for pod User811")
    second = miner.add("Started container api for pod User920")
    assert second is first
    assert first.text == f"Started container {WILDCARD} for pod {WILDCARD}"
    # The sample stays the first line: what the tier classified, once.
    assert first.sample == "Started container web for pod User811"
    assert first.count == 2 and len(miner) == 1


def test_different_lengths_first_words_severities_and_dissimilar_lines_stay_apart() -> None:
    miner = TemplateMiner(similarity=0.7, depth=1)
    base = miner.add("Connection to database succeeded after retry")
    assert miner.add("Connection to database succeeded") is not base  # other length
    assert miner.add("Accepted password for root from host") is not base  # other first word
    assert miner.add("Connection to database succeeded after retry", "error") is not base
    # 4 of 6 tokens equal: below 0.7, a template of its own.
    assert miner.add("Connection to database failed without retry") is not base
    assert miner.add("Connection to database succeeded after backoff") is base
    assert len(miner) == 5


def test_a_variable_first_token_does_not_split_the_tree() -> None:
    miner = TemplateMiner(similarity=0.5, depth=1)
    assert miner.add("req-42 served in <num>ms") is miner.add("req-77 served in <num>ms")


NAMES = ("alice", "bob", "carol", "dave", "erin", "frank", "grace")


def test_many_first_words_before_one_rest_make_the_first_word_variable() -> None:
    miner = TemplateMiner(similarity=0.7, depth=1)
    line = "{} removed <*> from project Website Relaunch"
    # The first FIRST_WORD_EVIDENCE - 1 names start templates of their own.
    own = [miner.add(line.format(name)) for name in NAMES[: FIRST_WORD_EVIDENCE - 1]]
    assert len({template.id for template in own}) == FIRST_WORD_EVIDENCE - 1
    assert all(template.tokens[0] != WILDCARD for template in own)
    # The next name is evidence enough: one template with `<*>` first, which later names join.
    shared = miner.add(line.format(NAMES[FIRST_WORD_EVIDENCE - 1]))
    assert shared.text == line.format(WILDCARD)
    assert shared.sample == line.format(NAMES[FIRST_WORD_EVIDENCE - 1])
    assert all(miner.add(line.format(name)) is shared for name in NAMES[FIRST_WORD_EVIDENCE:])
    # Names seen before keep their templates (and their answers).
    assert miner.add(line.format("alice")) is own[0]
    # A line of another rest does not join it.
    assert miner.add("zoe renamed project Website Relaunch to Relaunch") is not shared
    assert len(miner) == FIRST_WORD_EVIDENCE + 1


def test_a_few_first_words_before_one_rest_stay_apart() -> None:
    miner = TemplateMiner(similarity=0.7, depth=1)
    verbs = ("Accepted", "Failed", "Postponed")
    assert len(verbs) < FIRST_WORD_EVIDENCE
    line = "{} password for <*> from <ip> port <num> ssh2"
    templates = {miner.add(line.format(verb)).id for verb in verbs for _ in range(20)}
    assert len(templates) == len(verbs)


def test_a_restored_template_with_a_variable_first_word_takes_new_first_words() -> None:
    miner = TemplateMiner(similarity=0.7, depth=1)
    line = "{} logged in from <ip> with key <*>"
    for name in NAMES[:FIRST_WORD_EVIDENCE]:
        shared = miner.add(line.format(name))
    again = TemplateMiner(similarity=0.7, depth=1)
    for template in miner.templates():
        again.restore(template)
    assert again.add(line.format("zoe")) is shared


def test_lines_that_differ_in_a_deciding_word_stay_apart() -> None:
    line = "Process Instance: <num> Name: GP_PMT_PREP Run Status: {} (<num>)"
    plain = TemplateMiner(similarity=0.7, depth=1)
    assert plain.add(line.format("Success")) is plain.add(line.format("Error"))
    miner = TemplateMiner(similarity=0.7, depth=1, deciding_words=["success", "error"])
    success = miner.add(line.format("Success"))
    error = miner.add(line.format("Error"))
    assert error is not success
    assert miner.add(line.format("Success")) is success
    assert miner.add(line.format("ERROR")) is not success  # words are compared lower-cased
    # Where the first line holds a deciding word, no other word joins; elsewhere, a word that
    # does not decide merges as in Drain.
    assert miner.add(line.format("Pending")) is not success
    assert miner.add(line.format("Success").replace("GP_PMT_PREP", "AP_VCHR")) is success
    assert success.text == line.format("Success").replace("GP_PMT_PREP", WILDCARD)


def test_a_deciding_word_is_kept_out_of_a_position_names_made_variable() -> None:
    miner = TemplateMiner(similarity=0.7, depth=1, deciding_words=["failed"])
    line = "pam_unix(sshd:auth): check for {} {} terminal=ssh tty=ssh ruser= rhost=gw"
    first = miner.add(line.format("alice", "res=success'"))
    assert miner.add(line.format("bob", "res=done'")) is first
    assert first.text == line.format(WILDCARD, WILDCARD)
    # The template holds `<*>` there now; its first line held `res=success'`.
    assert miner.add(line.format("carol", "res=failed'")) is not first


def test_deciding_words_leave_variable_positions_and_the_first_word_alone() -> None:
    miner = TemplateMiner(similarity=0.7, depth=1, deciding_words=["ok", "user"])
    first = miner.add("worker pool-1 finished batch <num> of <hex> ok")
    assert miner.add("worker pool-2 finished batch <num> of <uuid> ok") is first
    line = "{} logged in from <ip> with key <*> as user"
    for name in NAMES[:FIRST_WORD_EVIDENCE]:
        shared = miner.add(line.format(name))
    assert shared.tokens[0] == WILDCARD and miner.add(line.format("zoe")) is shared


def test_similarity_counts_equal_tokens_from_a_position() -> None:
    template = Template("t", "", ["<*>", "logged", "in", "from", "<ip>"], "x")
    assert template.similarity(["bob", "logged", "in", "from", "<ip>"]) == 0.8
    assert template.similarity(["bob", "logged", "in", "from", "<ip>"], 1) == 1.0
    assert template.similarity(["bob", "logged", "out", "from", "<ip>"], 1) == 0.75
    with pytest.raises(ValueError):
        template.similarity(["bob", "logged", "in"])


def _placed_lines(lines: list[str], capacity: int) -> tuple[list[str], list[str]]:
    miner = TemplateMiner(capacity=capacity)
    ids = [miner.add(line).id for line in lines]
    return ids, [template.text for template in miner.templates()]


def test_an_indexed_leaf_places_lines_as_a_whole_scan_does(monkeypatch: pytest.MonkeyPatch) -> None:
    # Many first words (past MAX_CHILDREN, so one `<*>` leaf gets long), shared rests, a capacity
    # that evicts: every leaf indexed from its second template, against none ever indexed.
    rng = random.Random(5)
    first_words = [f"w{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(300)]
    vocabulary = ["alpha", "beta", "gamma", "delta", "<num>", "<ip>", "from", "to"]
    rests = [[rng.choice(vocabulary) for _ in range(rng.randint(3, 7))] for _ in range(60)]
    lines = []
    for _ in range(6000):
        rest = list(rng.choice(rests))
        for _ in range(rng.randint(0, 2)):
            rest[rng.randrange(len(rest))] = rng.choice(vocabulary)
        lines.append(" ".join([rng.choice(first_words), *rest]))
    monkeypatch.setattr(templates, "INDEX_FROM", 1)
    indexed = _placed_lines(lines, capacity=700)
    monkeypatch.setattr(templates, "INDEX_FROM", 10**9)
    scanned = _placed_lines(lines, capacity=700)
    assert indexed == scanned
    assert len(set(scanned[0])) > 700  # evictions happened


def test_ids_are_stable_and_the_oldest_template_is_evicted_first() -> None:
    miner = TemplateMiner(capacity=2)
    a = miner.add("alpha one two")
    b = miner.add("beta one two")
    assert a.id == template_id("", "alpha one two") != b.id
    miner.add("alpha one two")  # a is now the most recent
    miner.add("gamma one two")
    assert miner.get(b.id) is None and miner.get(a.id) is a and len(miner) == 2
    assert miner.evicted == 1 and miner.created == 3
    # An evicted template comes back under the same id when its first line is seen again.
    assert miner.add("beta one two").id == b.id


@pytest.mark.parametrize("kwargs", [{"similarity": 1.5}, {"depth": -1}, {"capacity": 0}], ids=str)
def test_bad_settings_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        TemplateMiner(**kwargs)  # type: ignore[arg-type]


def test_a_message_once_placed_stays_in_its_template() -> None:
    miner = TemplateMiner(similarity=0.6, depth=1)
    first = miner.add("job alpha done on host one")
    # Joins the first template (4 of 6 tokens equal), which becomes more general.
    assert miner.add("job beta done on host two") is first
    other = miner.add("job beta done on node two")  # 5 of 6 with the message before
    # Seen again, the message keeps its template even if another now fits it as well or better.
    assert miner.add("job beta done on host two") is first
    assert other.count >= 1


def test_a_memo_recalls_a_template_until_the_template_is_evicted() -> None:
    miner = TemplateMiner(capacity=2)
    memo: PlacementMemo[str] = PlacementMemo(capacity=1)
    template = miner.add("job <num> done")
    memo.remember("job 7 done", template)
    assert memo.recall("job 7 done", miner) is template and template.count == 2
    assert memo.recall("another line", miner) is None
    memo.remember("another line", template)  # the memo holds one key: the first goes
    assert memo.recall("job 7 done", miner) is None and len(memo) == 1
    miner.add("alpha one two")
    miner.add("beta one two")  # evicts the job template
    assert miner.matched(template.id) is None and memo.recall("another line", miner) is None


def test_the_miner_holds_about_max_bytes_of_templates() -> None:
    miner = TemplateMiner(capacity=100_000, max_bytes=200_000)
    rng = random.Random(3)
    for _ in range(2_000):
        miner.add(" ".join("".join(rng.choices("abcdefgh", k=6)) for _ in range(8)))
    assert miner.bytes <= 200_000 and miner.evicted > 0
    assert miner.bytes == sum(held_bytes(t) for t in miner.templates())
    tracemalloc.start()
    try:
        lone = TemplateMiner(capacity=10)
        lone.add("one template of many words " * 20)
        traced, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The estimate is within a factor of two of what the template really takes.
    assert traced / 2 < held_bytes(lone.templates()[0]) < traced * 2
