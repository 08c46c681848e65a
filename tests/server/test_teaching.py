"""`logclass templates` and `logclass teach` against a running server, ListTemplates, and the
overrides file reloaded on SIGHUP."""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest

from server.generated.logclass.v1 import classifier_pb2 as pb
from server.overrides import OVERRIDE_TIER, POLL_INTERVAL_S, load_overrides
from server.records import UNCLASSIFIED
from server.taxonomy import LABELS
from tests.conftest import ServerProcess, classifier_stub, run_logclass, start_server

LINES = [f"reconciliation job {n} wrote {n}41 rows to ledger" for n in range(5)]


@pytest.fixture(scope="module")
def teaching(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, Path]]:
    overrides = tmp_path_factory.mktemp("teach") / "overrides.toml"
    server = start_server({"LOGCLASS_OVERRIDES": str(overrides)})
    try:
        records = [pb.LogRecord(id=str(i), source="batch", message=m) for i, m in enumerate(LINES)]
        with server.channel() as channel:
            classifier_stub(channel).ClassifyBatch(pb.ClassifyRequest(records=records), timeout=60)
        yield server, overrides
    finally:
        assert server.stop() == 0


def listed(server: ServerProcess) -> list[pb.TemplateSummary]:
    with server.channel() as channel:
        reply = classifier_stub(channel).ListTemplates(pb.ListTemplatesRequest(), timeout=10)
    return list(reply.templates)


def test_list_templates_names_count_answer_sample_and_times(
    teaching: tuple[ServerProcess, Path],
) -> None:
    [template] = listed(teaching[0])
    assert template.count == len(LINES) and template.sources == ["batch"]
    assert template.sample == LINES[0]
    assert template.template == "reconciliation job <num> wrote <num> rows to ledger"
    # The model's answer, whatever it is (a label, or Unclassified below the threshold).
    assert template.tier == "semantic" and template.label in (*LABELS, UNCLASSIFIED)
    assert template.first_seen.seconds > 0 and template.last_seen.ToNanoseconds() >= (
        template.first_seen.ToNanoseconds()
    )


def test_the_cli_prints_the_table_and_teaches_one_template(
    teaching: tuple[ServerProcess, Path],
) -> None:
    server, overrides = teaching
    [template] = listed(server)
    table = run_logclass("templates", "--address", server.address)
    assert table.returncode == 0, table.stderr
    assert template.template_id in table.stdout and "reconciliation job" in table.stdout
    done = run_logclass(
        "teach", template.template_id, "System Notification", "--address", server.address,
        "--overrides", str(overrides),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    [entry] = load_overrides(overrides, LABELS).entries
    assert (entry.template_id, entry.label, entry.sample) == (
        template.template_id,
        "System Notification",
        LINES[0],
    )
    answer = _answer_once_picked_up(server, "reconciliation job 9 wrote 1 rows to ledger")
    assert (answer.label, answer.tier) == ("System Notification", "override")


def _answer_once_picked_up(server: ServerProcess, message: str) -> pb.Classification:
    """The answer for `message` once the server has looked at its overrides file again: it does
    so at most once a POLL_INTERVAL_S, when records are classified, so a file written less than
    that after the last look is picked up by a later call."""
    record = pb.LogRecord(id="x", source="batch", message=message)
    deadline = time.monotonic() + 10 * POLL_INTERVAL_S
    with server.channel() as channel:
        while True:
            reply = classifier_stub(channel).ClassifyBatch(
                pb.ClassifyRequest(records=[record]), timeout=10
            )
            answer: pb.Classification = reply.results[0]
            if answer.tier == OVERRIDE_TIER or time.monotonic() > deadline:
                return answer
            time.sleep(POLL_INTERVAL_S / 4)


@pytest.mark.parametrize(
    ("arguments", "status", "message"),
    [
        (("t-unknown", "Error"), 1, "knows no template t-unknown"),
        (("TEMPLATE", "Bogus"), 1, "unknown label 'Bogus'"),
        (("TEMPLATE",), 2, "which label?"),
        ((), 2, "teach TEMPLATE_ID LABEL, or teach --from REVIEW.csv"),
    ],
)
def test_teach_refuses_with_one_line(
    teaching: tuple[ServerProcess, Path], arguments: tuple[str, ...], status: int, message: str
) -> None:
    server, overrides = teaching
    [template] = listed(server)
    arguments = tuple(template.template_id if a == "TEMPLATE" else a for a in arguments)
    before = overrides.read_text() if overrides.exists() else ""
    done = run_logclass(
        "teach", *arguments, "--address", server.address, "--overrides", str(overrides)
    )
    assert done.returncode == status and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert (overrides.read_text() if overrides.exists() else "") == before


def test_teach_needs_an_overrides_file() -> None:
    done = run_logclass("teach", "t-1", "Error")
    assert done.returncode == 2 and "give --overrides or set overrides_path" in done.stderr


def test_without_a_book_list_templates_says_why() -> None:
    server = start_server({"LOGCLASS_TEMPLATE_BOOK_SIZE": "0"})
    try:
        with server.channel() as channel, pytest.raises(grpc.RpcError) as failed:
            classifier_stub(channel).ListTemplates(pb.ListTemplatesRequest(), timeout=10)
    finally:
        assert server.stop() == 0
    assert failed.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert "template_book_size is 0" in (failed.value.details() or "")


def test_sighup_reloads_the_overrides_and_a_bad_file_keeps_them(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides.toml"
    overrides.write_text('[[override]]\npattern = "^ping$"\nlabel = "Error"\n')
    server = start_server({"LOGCLASS_OVERRIDES": str(overrides)})
    try:
        overrides.write_text(
            '[[override]]\npattern = "^ping$"\nlabel = "Error"\n'
            '[[override]]\npattern = "^pong$"\nlabel = "Error"\n'
        )
        server.process.send_signal(signal.SIGHUP)
        server.logged(_pattern("overrides: 2 in force"), "the reload")
        overrides.write_text('[[override]]\npattern = "^ping$"\nlabel = "Nope"\n')
        server.process.send_signal(signal.SIGHUP)
        server.logged(_pattern("overrides not reloaded, the previous 2 stay"), "the refusal")
        with server.channel() as channel:
            record = pb.LogRecord(id="1", source="x", message="pong")
            reply = classifier_stub(channel).ClassifyBatch(
                pb.ClassifyRequest(records=[record]), timeout=10
            )
        assert (reply.results[0].label, reply.results[0].reason) == ("Error", "override:^pong$")
    finally:
        assert server.stop() == 0


def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(re.escape(text))
