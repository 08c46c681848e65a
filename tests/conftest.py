"""Shared fixtures: a real server process on an ephemeral loopback port (`harness`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from harness.server_process import (
    REPO,
    ServerProcess,
    classifier_stub,
    free_ports,
    run_logclass,
    start_server,
    wait_serving,
)
from server.taxonomy import LABELS

__all__ = [
    "REPO",
    "TAXONOMY_LABELS",
    "ServerProcess",
    "classifier_stub",
    "free_ports",
    "run_logclass",
    "start_server",
    "wait_serving",
]

# The default label set (server/taxonomy.py): the spec the corpus, the
# regex rules, the LLM prompt and the evaluation set are each checked against.
TAXONOMY_LABELS = frozenset(LABELS)


@pytest.fixture(scope="session")
def server() -> Iterator[ServerProcess]:
    """One server on the default settings, shared by the tests that only call it."""
    proc = start_server()
    try:
        yield proc
    finally:
        proc.stop()
