"""A real Fluent Bit around the sidecar, on the shipped configs: for the tests and `make bench`.

The loop is the one `deploy/fluent-bit/` ships: Fluent Bit tails a file, sends the lines to the
sidecar, the sidecar forwards them classified to Fluent Bit's opentelemetry input, whose routes
write the Security Alert lines to a file and print every record on stdout. A config is rendered
for a run the way the README tells a user to adapt it: its host paths and ports changed, nothing
else (`render_config`).

The binary comes from `LOGCLASS_FLUENT_BIT` or `fluent-bit` on PATH (`fluent_bit_binary`).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bench.messages import realistic_stream
from harness.server_process import REPO, ServerProcess, free_ports, start_server
from server.otlp.translate import LABEL_ATTRIBUTE

BINARY_ENV = "LOGCLASS_FLUENT_BIT"
REQUIRE_ENV = "LOGCLASS_REQUIRE_FLUENT_BIT"
DEPLOY = REPO / "deploy" / "fluent-bit"
SIDECAR_CONFIG = DEPLOY / "logclass.toml"
# The shipped configs by the transport their opentelemetry output speaks to the sidecar.
CONFIGS = {"http": DEPLOY / "fluent-bit.yaml", "grpc": DEPLOY / "fluent-bit-grpc.yaml"}
SECURITY_ALERT = "Security Alert"

# What a user changes to run a shipped config elsewhere (the README's Fluent Bit section).
APP_LOGS = "/var/log/app/*.log"
OUTPUT_DIR = "/var/log/logclass"
STATE_DIR = "/var/lib/fluent-bit/logclass"
SIDECAR_GRPC_PORT = 50051
SIDECAR_HTTP_PORT = 4318
AGENT_INPUT_PORT = 4317
SECURITY_FILE = "security-alerts.log"

START_TIMEOUT_S = 30.0


def fluent_bit_binary() -> Path | None:
    """The Fluent Bit to run: `LOGCLASS_FLUENT_BIT`, else `fluent-bit` on PATH, else None."""
    named = os.environ.get(BINARY_ENV)
    if named:
        path = Path(named)
        return path if path.is_file() and os.access(path, os.X_OK) else None
    found = shutil.which("fluent-bit")
    return Path(found) if found else None


@dataclass(frozen=True)
class Ports:
    """The loop's ports: the sidecar's gRPC and OTLP/HTTP ports and Fluent Bit's input."""

    sidecar_grpc: int
    sidecar_http: int
    agent_input: int

    @classmethod
    def free(cls) -> Ports:
        return cls(*free_ports(3))


def _keep_indent(value: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        return match.group(1) + value

    return replace


def render_config(text: str, replacements: Mapping[str, str]) -> str:
    """`text` with every shipped value in `replacements` replaced; each must occur.

    A key is a host path (replaced wherever it occurs, so a path under it moves along) or
    `port: N` (replaced as a whole YAML value). Nothing else of the config changes.
    """
    for old, new in replacements.items():
        if old.startswith("port: "):
            pattern = re.compile(rf"^(\s*){re.escape(old)}$", re.MULTILINE)
            text, count = pattern.subn(_keep_indent(new), text)
        else:
            count = text.count(old)
            text = text.replace(old, new)
        if count == 0:
            raise ValueError(f"the shipped config has no {old!r} to replace")
    return text


def loop_replacements(workdir: Path, ports: Ports, *, sidecar: bool = True) -> dict[str, str]:
    """The host paths and ports of a run in `workdir`; without the sidecar the output goes
    straight to Fluent Bit's own input (the baseline of the same hop)."""
    grpc_port = ports.sidecar_grpc if sidecar else ports.agent_input
    http_port = ports.sidecar_http if sidecar else ports.agent_input
    return {
        APP_LOGS: str(workdir / "app" / "*.log"),
        OUTPUT_DIR: str(workdir / "out"),
        STATE_DIR: str(workdir / "state"),
        f"port: {SIDECAR_GRPC_PORT}": f"port: {grpc_port}",
        f"port: {SIDECAR_HTTP_PORT}": f"port: {http_port}",
        f"port: {AGENT_INPUT_PORT}": f"port: {ports.agent_input}",
    }


def rendered(transport: str, workdir: Path, ports: Ports, *, sidecar: bool = True) -> Path:
    """The shipped config of `transport` rendered for a run in `workdir`; its path."""
    text = CONFIGS[transport].read_text(encoding="utf-8")
    replacements = loop_replacements(workdir, ports, sidecar=sidecar)
    # Each config names only the sidecar port its transport uses.
    unused = SIDECAR_HTTP_PORT if transport == "grpc" else SIDECAR_GRPC_PORT
    replacements.pop(f"port: {unused}")
    path = workdir / f"fluent-bit-{transport}.yaml"
    path.write_text(render_config(text, replacements), encoding="utf-8")
    return path


def loop_lines(count: int, seed: int = 5) -> list[str]:
    """`count` distinct log lines: a realistic stream (Zipf over templates, fresh values); lines
    of another seed are other lines."""
    return [
        f"{message} seq={seed}-{number}"
        for number, (_, message) in enumerate(realistic_stream(count, seed=seed))
    ]


class Sidecar:
    """`logclass serve --config deploy/fluent-bit/logclass.toml` on the loop's ports."""

    def __init__(self, ports: Ports, forward_port: int) -> None:
        self._args = (
            "--config",
            str(SIDECAR_CONFIG),
            "--port",
            str(ports.sidecar_grpc),
            "--otlp-http-port",
            str(ports.sidecar_http),
            "--otlp-forward",
            f"grpc://127.0.0.1:{forward_port}",
        )
        self.process: ServerProcess = start_server({}, *self._args)
        self.log_lines: list[str] = []

    def restart(self, down_s: float = 0.0) -> None:
        """SIGTERM (it drains), `down_s` seconds with no sidecar, then start again on the same
        ports; back once SERVING."""
        self.stop()
        time.sleep(down_s)
        self.process = start_server({}, *self._args)

    def stop(self) -> None:
        code = self.process.stop()
        self.log_lines.extend(self.process.log_lines)
        self.process.log_lines.clear()
        if code != 0:
            raise RuntimeError(f"the sidecar exited {code}:\n{''.join(self.log_lines)}")


class FluentBit:
    """A Fluent Bit process on a rendered config; stdout and its log kept in `workdir`."""

    def __init__(self, binary: Path, config: Path, workdir: Path) -> None:
        self.stdout_path = workdir / "fluent-bit.stdout"
        self.log_path = workdir / "fluent-bit.log"
        with self.stdout_path.open("wb") as out, self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [str(binary), "-c", str(config)], stdout=out, stderr=log, cwd=workdir
            )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_for_log(self, pattern: str, timeout: float = START_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout
        while not re.search(pattern, self.log()):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Fluent Bit never logged {pattern!r}:\n{self.log()[-4000:]}")
            time.sleep(0.05)

    def stop(self, timeout: float = 30.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


@dataclass(frozen=True)
class Record:
    """One record as Fluent Bit's stdout printed it (`format: otlp_json`)."""

    line: str
    attributes: Mapping[str, object]

    @property
    def label(self) -> object:
        return self.attributes.get(LABEL_ATTRIBUTE)


def _attribute_value(value: Mapping[str, object]) -> object:
    for kind in ("stringValue", "doubleValue", "intValue", "boolValue"):
        if kind in value:
            return value[kind]
    return None


class GrowingFile:
    """A file another process appends to, read a complete line at a time as it grows."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._offset = 0
        self._partial = b""

    def new_lines(self) -> list[str]:
        """The lines completed since the last call."""
        if not self.path.exists():
            return []
        with self.path.open("rb") as handle:
            handle.seek(self._offset)
            data = self._partial + handle.read()
        self._offset += len(data) - len(self._partial)
        complete, _, self._partial = data.rpartition(b"\n")
        return complete.decode("utf-8", errors="replace").splitlines() if complete else []


def stdout_records(text: str) -> list[Record]:
    """The log records of one line Fluent Bit's stdout printed (`format: otlp_json`); none for
    its banner and other lines."""
    if not text.startswith('{"resourceLogs"'):
        return []
    records: list[Record] = []
    for resource_logs in json.loads(text)["resourceLogs"]:
        for scope_logs in resource_logs.get("scopeLogs", []):
            for record in scope_logs.get("logRecords", []):
                body = record.get("body", {})
                line = body.get("stringValue")
                if line is None:  # a kvlist body: the line under `log`
                    values = body.get("kvlistValue", {}).get("values", [])
                    line = next(
                        (kv["value"].get("stringValue") for kv in values if kv["key"] == "log"), ""
                    )
                attributes = {
                    kv["key"]: _attribute_value(kv["value"]) for kv in record.get("attributes", [])
                }
                records.append(Record(line, attributes))
    return records


def file_line(text: str) -> str | None:
    """The `log` of one line the file output wrote (`format: plain`: one JSON object a line)."""
    return json.loads(text)["log"] if text.strip() else None


@dataclass
class Delivery:
    """What came back out of Fluent Bit, against what was written."""

    sent: list[str]
    records: list[Record]
    security_file: list[str]
    seconds: float

    @property
    def counts(self) -> Counter[str]:
        return Counter(record.line for record in self.records)

    @property
    def missing(self) -> int:
        counts = self.counts
        return sum(1 for line in self.sent if counts[line] == 0)

    @property
    def duplicates(self) -> int:
        return sum(count - 1 for count in self.counts.values() if count > 1)

    @property
    def lines_per_second(self) -> float:
        return len(self.sent) / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        return (
            f"{len(self.sent):,} lines written, {len(self.sent) - self.missing:,} back, "
            f"{self.missing:,} missing, {self.duplicates:,} duplicates, {self.seconds:.1f} s"
        )


@dataclass
class Loop:
    """One run of the loop in `workdir`: Fluent Bit, and the sidecar unless `sidecar=False`."""

    binary: Path
    transport: str
    workdir: Path
    sidecar: bool = True
    forward_port: int | None = None  # where the sidecar forwards (default: Fluent Bit's input)
    ports: Ports = field(default_factory=Ports.free)
    server: Sidecar | None = None
    agent: FluentBit | None = None
    # What Fluent Bit's outputs wrote so far, read as the files grow.
    _stdout: list[Record] = field(default_factory=list, init=False)
    _security_file: list[str] = field(default_factory=list, init=False)
    _readers: tuple[GrowingFile, GrowingFile] | None = field(default=None, init=False)

    @property
    def app_log(self) -> Path:
        return self.workdir / "app" / "app.log"

    def start(self) -> Loop:
        for folder in ("app", "out", "state"):
            (self.workdir / folder).mkdir(parents=True, exist_ok=True)
        # The file exists before Fluent Bit starts, so tail watches it from the start (a file
        # that appears later is found at the tail input's next refresh_interval).
        self.app_log.touch()
        if self.sidecar:
            self.server = Sidecar(self.ports, self.forward_port or self.ports.agent_input)
        config = rendered(self.transport, self.workdir, self.ports, sidecar=self.sidecar)
        self.agent = FluentBit(self.binary, config, self.workdir)
        self.agent.wait_for_log(r"inotify_fs_add\(\).*app\.log")
        self.agent.wait_for_log(rf"listening on 127\.0\.0\.1:{self.ports.agent_input}")
        return self

    def _read(self) -> None:
        """Take in what Fluent Bit's stdout and security file gained since the last read."""
        if self._readers is None:
            assert self.agent is not None
            out = GrowingFile(self.agent.stdout_path)
            self._readers = (out, GrowingFile(self.workdir / "out" / SECURITY_FILE))
        stdout, security = self._readers
        for text in stdout.new_lines():
            self._stdout.extend(stdout_records(text))
        self._security_file.extend(
            line for line in map(file_line, security.new_lines()) if line is not None
        )

    def run(
        self,
        lines: list[str],
        *,
        slices: int = 1,
        slice_every_s: float = 0.0,
        fault: Callable[[], None] | None = None,
        fault_after_slice: int = 0,
        timeout_s: float = 180.0,
        settle_s: float = 2.0,
        to: Path | None = None,
    ) -> Delivery:
        """Append `lines` to the tailed file (`to`, default `app_log`; in `slices`,
        `slice_every_s` apart), run `fault` after slice `fault_after_slice`, and wait until every
        line came back (then `settle_s` more, for late duplicates) or `timeout_s` passed."""
        self._read()
        first_record, first_alert = len(self._stdout), len(self._security_file)
        started = time.monotonic()
        size = -(-len(lines) // slices)
        for index in range(slices):
            chunk = lines[index * size : (index + 1) * size]
            with (to or self.app_log).open("a", encoding="utf-8") as out:
                out.write("".join(f"{line}\n" for line in chunk))
            if fault is not None and index + 1 == fault_after_slice:
                fault()
            elif index + 1 < slices:
                time.sleep(slice_every_s)
        if fault is not None and fault_after_slice > slices:
            fault()
        wanted = set(lines)
        seconds = 0.0
        while time.monotonic() - started < timeout_s:
            checked = len(self._stdout)
            self._read()
            wanted.difference_update(record.line for record in self._stdout[checked:])
            if not wanted:
                seconds = time.monotonic() - started
                break
            time.sleep(0.1)
        else:
            seconds = time.monotonic() - started
        time.sleep(settle_s)
        self._read()
        return Delivery(
            lines, self._stdout[first_record:], self._security_file[first_alert:], seconds
        )

    def stop(self) -> None:
        if self.agent is not None:
            self.agent.stop()
        if self.server is not None:
            self.server.stop()

    def refused_chunks(self) -> int:
        """How often Fluent Bit logged a chunk it must send again (the fault was felt)."""
        assert self.agent is not None
        return self.agent.log().count("failed to flush chunk")

    def agent_complaints(self) -> list[str]:
        """Fluent Bit's warnings and errors, its own shutdown notice aside."""
        assert self.agent is not None
        return [
            line
            for line in self.agent.log().splitlines()
            if ("[error]" in line or "[ warn]" in line) and "service will shutdown" not in line
        ]

    def logs(self) -> str:
        """Both sides' logs, for a failure message."""
        parts = []
        if self.agent is not None:
            parts.append("--- Fluent Bit ---\n" + self.agent.log()[-6000:])
        if self.server is not None:
            lines = self.server.log_lines + self.server.process.log_lines
            parts.append("--- sidecar ---\n" + "".join(lines)[-4000:])
        return "\n".join(parts)


class PausableProxy:
    """A loopback TCP proxy in front of a port; `pause(s)` drops every connection and refuses new
    ones for `s` seconds, as a stopped downstream input would."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_ports(1)[0]
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self._stopped = False
        self.paused_for: list[float] = []

    def start(self) -> PausableProxy:
        self._listen()
        return self

    def _listen(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # closed by pause() or stop()
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def _drop_all(self) -> None:
        if self._listener is not None:
            # shutdown() wakes the thread blocked in accept(); close() alone would leave the
            # socket listening until that accept() returned.
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        with self._lock:
            sockets, self._open = self._open, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def pause(self, seconds: float) -> None:
        """Refuse and drop everything for `seconds`, then accept again on the same port."""
        self._drop_all()
        self.paused_for.append(seconds)
        time.sleep(seconds)
        if not self._stopped:
            self._listen()

    def stop(self) -> None:
        self._stopped = True
        self._drop_all()
