"""A real Fluent Bit on the shipped configs: every line comes back once, labelled, routed by label.

Each test renders `deploy/fluent-bit/fluent-bit.yaml` (OTLP/HTTP to the sidecar, the default) or
`fluent-bit-grpc.yaml` (OTLP/gRPC) with only its host paths and ports changed, starts the sidecar
with `deploy/fluent-bit/logclass.toml` (ports changed by flags), appends 20,000 lines to the tailed
file and reads what Fluent Bit's outputs wrote. Faults (the sidecar restarted, the downstream input
unreachable for 10 s) may cost duplicates (at-least-once: they are counted and printed), never a
line.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from harness.fluent_bit import (
    BINARY_ENV,
    CONFIGS,
    DEPLOY,
    REQUIRE_ENV,
    SECURITY_ALERT,
    Delivery,
    Loop,
    PausableProxy,
    Ports,
    fluent_bit_binary,
    loop_lines,
    render_config,
)
from server.generated.logclass.v1 import classifier_pb2 as pb
from server.otlp.translate import MODEL_VERSION_ATTRIBUTE, TIER_ATTRIBUTE
from tests.conftest import TAXONOMY_LABELS, classifier_stub

LINES = 20_000
TRANSPORTS = sorted(CONFIGS)
SOURCE = "WebServer"
StartLoop = Callable[..., Loop]  # what the shipped tail input's content_modifier sets


def require_fluent_bit() -> Path:
    """The binary; a skip (or, with `LOGCLASS_REQUIRE_FLUENT_BIT=1`, a failure) without one."""
    binary = fluent_bit_binary()
    if binary is not None:
        return binary
    where = os.environ.get(BINARY_ENV) or "fluent-bit on PATH"
    reason = f"no Fluent Bit binary ({where}); set {BINARY_ENV}=/path/to/fluent-bit"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def binary() -> Path:
    return require_fluent_bit()


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return loop_lines(LINES)


@pytest.fixture
def start_loop(binary: Path, tmp_path: Path) -> Iterator[Callable[..., Loop]]:
    """Starts a loop in the test's folder (keywords as `Loop`'s); stops it after the test."""
    loops: list[Loop] = []

    def start(transport: str, **options: Any) -> Loop:
        loop = Loop(binary, transport, tmp_path / transport, **options)
        loops.append(loop)
        return loop.start()

    yield start
    for loop in loops:
        loop.stop()


def report(capsys: pytest.CaptureFixture[str], text: str) -> None:
    """A figure for the test log (shown even when the test passes)."""
    with capsys.disabled():
        print(f"\n[fluent-bit loop] {text}")


def assert_every_line_back(delivery: Delivery, loop: Loop, *, duplicates_allowed: bool) -> None:
    assert delivery.missing == 0, f"{delivery.summary()}\n{loop.logs()}"
    if not duplicates_allowed:
        assert delivery.duplicates == 0, delivery.summary()
    assert len(delivery.records) == len(delivery.sent) + delivery.duplicates


def test_a_missing_binary_is_a_skip_or_with_the_ci_variable_a_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(BINARY_ENV, "/nonexistent/fluent-bit")
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="no Fluent Bit binary"):
        require_fluent_bit()
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match=REQUIRE_ENV):
        require_fluent_bit()


def test_rendering_changes_only_the_named_values() -> None:
    text = "port: 4318\nhost: h\n  port: 4318\nlisten_port: 4318\npath: /var/log/app/*.log\n"
    out = render_config(text, {"port: 4318": "port: 9", "/var/log/app": "/tmp/x"})
    assert out == "port: 9\nhost: h\n  port: 9\nlisten_port: 4318\npath: /tmp/x/*.log\n"
    with pytest.raises(ValueError, match="no 'port: 1'"):
        render_config(text, {"port: 1": "port: 2"})


@pytest.mark.parametrize("config", sorted(DEPLOY.glob("*.yaml")), ids=lambda p: p.name)
def test_shipped_config_passes_dry_run(binary: Path, config: Path) -> None:
    done = subprocess.run(
        [str(binary), "--dry-run", "-c", str(config)], capture_output=True, text=True, timeout=60
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0 and "configuration test is successful" in output, output


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_every_line_comes_back_once_labelled_and_routed_by_label(
    start_loop: StartLoop, lines: list[str], transport: str, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = start_loop(transport)
    # 12 s idle after the last line: longer than Fluent Bit's input keeps an idle connection.
    delivery = loop.run(lines, settle_s=12)
    report(capsys, f"{transport}: {delivery.summary()}")
    assert_every_line_back(delivery, loop, duplicates_allowed=False)
    # Nothing went wrong on the way, not even a retried chunk, and nothing idle timed out.
    assert loop.agent_complaints() == []

    # Each record carries the sidecar's answer for its own line: the same as asking it directly.
    assert loop.server is not None
    with loop.server.process.channel() as channel:
        records = [pb.LogRecord(id=str(i), source=SOURCE, message=m) for i, m in enumerate(lines)]
        request = pb.ClassifyRequest(records=records)
        direct = classifier_stub(channel).ClassifyBatch(request, timeout=120)
    expected = {line: result.label for line, result in zip(lines, direct.results, strict=True)}
    for record in delivery.records:
        assert record.label == expected[record.line], record
        assert record.label in TAXONOMY_LABELS | {"Unclassified"}
        assert record.attributes[TIER_ATTRIBUTE] and record.attributes[MODEL_VERSION_ATTRIBUTE]

    # The security route: exactly the Security Alert lines in their file, each once.
    alerts = sorted(line for line, label in expected.items() if label == SECURITY_ALERT)
    assert alerts, "the stream holds Security Alert lines"
    assert sorted(delivery.security_file) == alerts


def test_a_file_created_after_start_is_read_within_seconds(
    start_loop: StartLoop, capsys: pytest.CaptureFixture[str]
) -> None:
    # The README's demo: a line appended to a file that did not exist when Fluent Bit started.
    # tail finds such a file only at its next refresh_interval (Fluent Bit's default: 60 s), so a
    # 30 s wait tells the shipped value from the default; it bounds the wait, it measures nothing.
    # The tail input is the same in both configs (tests/deploy/test_configs.py).
    loop = start_loop("http")
    demo = loop.workdir / "app" / "demo.log"
    assert not demo.exists()
    delivery = loop.run(["User User123 logged in."], to=demo, timeout_s=30, settle_s=0)
    report(capsys, f"a file created after start: {delivery.summary()}")
    assert delivery.missing == 0, f"{delivery.summary()}\n{loop.logs()}"
    assert [record.label for record in delivery.records] == ["User Action"]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_no_line_is_lost_when_the_sidecar_restarts_mid_run(
    start_loop: StartLoop, lines: list[str], transport: str, capsys: pytest.CaptureFixture[str]
) -> None:
    loop = start_loop(transport)
    server = loop.server
    assert server is not None
    # Restarted beside the writer, so lines keep coming while the sidecar is away (down 2 s, two
    # of Fluent Bit's flushes, then its start-up): Fluent Bit must hold and resend their chunks.
    # Restarted in the writer's own thread, the chunks written before it could all be answered
    # while the sidecar drained, and none would meet the gap.
    with ThreadPoolExecutor(max_workers=1) as pool:
        restarted: list[Future[None]] = []
        delivery = loop.run(
            lines,
            slices=20,
            slice_every_s=0.5,
            fault=lambda: restarted.append(pool.submit(server.restart, 2.0)),
            fault_after_slice=6,
        )
        restarted[0].result()
    report(capsys, f"{transport}, sidecar restarted mid-run: {delivery.summary()}")
    assert_every_line_back(delivery, loop, duplicates_allowed=True)
    assert loop.refused_chunks() > 0, "the restart happened while chunks were on their way"


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_no_line_is_lost_when_the_downstream_input_stops_for_10_s(
    start_loop: StartLoop, lines: list[str], transport: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ports = Ports.free()
    proxy = PausableProxy(ports.agent_input).start()
    try:
        loop = start_loop(transport, ports=ports, forward_port=proxy.port)
        delivery = loop.run(
            lines, slices=20, slice_every_s=0.5, fault=lambda: proxy.pause(10), fault_after_slice=6
        )
    finally:
        proxy.stop()
    report(capsys, f"{transport}, downstream stopped 10 s mid-run: {delivery.summary()}")
    assert proxy.paused_for == [10]
    assert_every_line_back(delivery, loop, duplicates_allowed=True)
    assert loop.refused_chunks() > 0, "the sidecar refused chunks while it could not deliver"
