"""The memos in front of the template miner: a repeated line or shape is found without masking."""

from __future__ import annotations

import tracemalloc

from bench.messages import realistic_stream
from bench.real_shapes import real_shape_stream
from server.features import record_view, unmasked_view
from server.placement import (
    MEMO_LINE_MAX,
    MODEL_TEXT_MAX,
    MODEL_WORDS_MAX,
    SHAPE_WORD_MAX,
    TemplatePlacer,
    model_text,
    shape,
)
from server.templates import TemplateMiner


def test_a_shape_marks_each_word_with_a_digit_and_keeps_long_words_apart() -> None:
    assert shape("Started pod web-7d9f8c in  42ms on node-3") == shape(
        "Started pod web-1a2b3c in 7ms on node-12"
    )
    assert shape("Started pod web in 42ms") != shape("Stopped pod web in 42ms")
    document = '{"user":"alice","id":12,"key":"AKIA3XQ7","via":"s3"}' + "x" * SHAPE_WORD_MAX
    assert shape(document) != shape(document.replace("alice", "bob"))
    assert shape(document) == shape(document.replace("12", "34"))  # a mark per digit
    assert shape(document) != shape(document.replace("12", "345"))
    # A run of 4+ letters and digits with a digit is one mark, whatever its letters and length.
    assert shape(document) == shape(document.replace("AKIA3XQ7", "ASIAQ2BZ7WK5"))
    assert shape(document) != shape(document.replace("s3", "ec2"))  # short runs keep letters
    container = '"' + "3f2b87d4" * 8 + '"'
    assert shape(f"StopPodSandbox for {container} failed") == shape(
        f"StopPodSandbox for {container.replace('3f', 'ab')} failed"
    )


def test_ascii_lines_and_others_are_shaped_alike() -> None:
    line = "user 42 logged in from host-7 after 3 tries in 0.5s"
    accented = line + " d\u00e9j\u00e0"  # not ASCII: shaped on its characters, not its bytes
    assert shape(accented) == shape(line) + " d\u00e9j\u00e0"
    assert shape(line).count("\0") == 4
    # Only ASCII digits are marked, on either path.
    assert shape("code \u0663 from host-7 d\u00e9j\u00e0") == "code \u0663 from \0 d\u00e9j\u00e0"


def test_lines_of_one_shape_share_a_template_and_only_the_first_is_masked() -> None:
    placer = TemplatePlacer(TemplateMiner())
    first = placer.place("2026-11-30 12:00:00,123 INFO Started pod web-1 in 42ms")
    assert placer.place("2026-11-30 12:00:01,456 INFO Started pod web-22 in 7ms") is first
    assert placer.place("2026-11-30 12:00:00,123 INFO Started pod web-1 in 42ms") is first
    assert placer.masked == 1 and first.count == 3
    # The template is the one the miner makes of the first line's view.
    view = record_view("2026-11-30 12:00:00,123 INFO Started pod web-1 in 42ms")
    assert (first.sample, first.severity) == (view.text, view.severity)


def test_the_severity_keeps_lines_of_one_shape_apart() -> None:
    placer = TemplatePlacer(TemplateMiner())
    info = placer.place("2026-11-30 12:00:00,123 INFO Replica 3 lost")
    error = placer.place("2026-11-30 12:00:00,123 ERROR Replica 3 lost")
    by_attribute = placer.place("Replica 3 lost", {"level": "error"})
    plain = placer.place("Replica 3 lost")
    assert info is not error and by_attribute is error and plain not in (info, error)
    assert (info.severity, error.severity, plain.severity) == ("info", "error", "")


def test_an_evicted_template_is_made_again_from_the_next_line() -> None:
    placer = TemplatePlacer(TemplateMiner(capacity=1))
    first = placer.place("job 7 done")
    placer.place("something else entirely")  # evicts the job template
    again = placer.place("job 8 done")
    # Made anew (and masked again), under the same id: its first line masks the same.
    assert again is not first and again.id == first.id
    assert placer.masked == 3 and len(placer.miner) == 1


def test_a_line_joining_by_its_shape_marks_where_it_differs() -> None:
    placer = TemplatePlacer(TemplateMiner())
    first = placer.place("quota check for tenant T1 took 12 ms on shard S3")
    assert first.text == "quota check for tenant T1 took <num> ms on shard S3"
    assert placer.place("quota check for tenant T2 took 7 ms on shard S3") is first
    # T1 / T2 differ: <*>; the placeholder stays; S3 is the same in both.
    assert first.text == "quota check for tenant <*> took <num> ms on shard S3"
    assert placer.masked == 1


def test_a_word_with_a_digit_the_masking_left_becomes_variable_when_a_line_differs() -> None:
    placer = TemplatePlacer(TemplateMiner())
    first = placer.place("user User811 opened report R2 in 12 ms")
    assert first.text == "user User811 opened report R2 in <num> ms"
    assert placer.place("user User811 opened report R2 in 7 ms") is first
    assert first.text == "user User811 opened report R2 in <num> ms"
    assert placer.place("user User93 opened report R2 in 7 ms") is first
    assert first.text == "user <*> opened report R2 in <num> ms"
    assert placer.place("user User5 opened report R77 in 7 ms") is first
    assert first.text == "user <*> opened report <*> in <num> ms"
    assert placer.masked == 1


def test_a_template_holds_the_words_without_a_digit_of_every_line_placed_in_it() -> None:
    # What lets a line that joins by its shape be compared only where the template holds a word
    # with a digit: everywhere else the template holds a placeholder or the line's own word.
    placer = TemplatePlacer(TemplateMiner())
    for _, line in realistic_stream(5_000, seed=3) + real_shape_stream(5_000, seed=4):
        template = placer.place(line)
        words = unmasked_view(line).text.split()
        if len(words) != len(template.tokens):
            continue
        for mine, theirs in zip(template.tokens, words, strict=True):
            assert "<" in mine or mine == theirs or any(c.isdigit() for c in mine), (line, mine)


def test_a_line_too_long_to_remember_is_masked_each_time_and_keeps_its_template() -> None:
    placer = TemplatePlacer(TemplateMiner())
    line = "payload " + "word " * (MEMO_LINE_MAX // 5) + "done"
    first = placer.place(line)
    assert placer.place(line) is first and placer.masked == 2


def test_a_long_line_keeps_what_the_model_reads_and_memory_stays_bounded() -> None:
    words = " ".join(f"field{i}=value" for i in range(MODEL_WORDS_MAX * 3))
    template = TemplatePlacer(TemplateMiner()).place(f"ERROR request failed: {words}")
    assert len(template.tokens) == MODEL_WORDS_MAX
    assert len(template.sample) <= MODEL_TEXT_MAX
    assert model_text("a b c") == "a b c"
    # Unique 60 KB lines: each costs what its first words do, and the store stays in its bound.
    miner = TemplateMiner(capacity=100_000, max_bytes=4 << 20)
    placer = TemplatePlacer(miner)
    tracemalloc.start()
    try:
        for i in range(2_000):
            placer.place(f"upload {i} chunk {'q' * 80} " + "z" * 60_000 + f" end{i}")
        traced, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert miner.bytes <= 4 << 20
    assert traced < 16 << 20  # 2,000 x 60 KB would be 120 MB kept whole
