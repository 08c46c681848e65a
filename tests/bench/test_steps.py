"""The in-process step figures of both request paths (`bench/steps.py`)."""

from __future__ import annotations

import asyncio

from bench.messages import realistic_stream
from bench.steps import STEPS, request_steps
from server.config import load_settings


def test_both_paths_are_timed_step_by_step_on_answered_requests() -> None:
    settings = load_settings(None, {"LOGCLASS_ROUTES": "*=semantic"})
    # The OTLP rounds raise if a record comes back without its label.
    figures = asyncio.run(request_steps(settings, realistic_stream(2_000, seed=3), 500, rounds=2))
    assert figures.per_request == 500
    for path in (figures.native, figures.otlp):
        assert set(path.ms) == set(STEPS)
        assert all(ms >= 0 for ms in path.ms.values())
        assert path.ms["pipeline"] > 0 and path.total == sum(path.ms.values())
    described = figures.describe()
    assert described.startswith("native parse ") and "OTLP parse " in described
    assert "response" in described and "annotate" in described and "native / OTLP" in described
