"""The Python API: classify records in-process with the same pipeline the server uses."""

from __future__ import annotations

import asyncio
import functools
import weakref
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType

from server.config import Settings, load_settings
from server.pipeline import Pipeline, build_pipeline
from server.records import Classification, LogRecord


def _shut_down(runner: asyncio.Runner, pipeline: Pipeline) -> None:
    try:
        runner.run(pipeline.close())
    finally:
        runner.close()


class Classifier:
    """An in-process pipeline behind a synchronous facade (not for use inside a running loop).

    `close()` (or leaving a `with` block) releases it; one never closed is closed when it is
    garbage-collected or at interpreter exit, whichever comes first."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings if settings is not None else load_settings()
        self._runner = asyncio.Runner()
        self._pipeline: Pipeline = build_pipeline(self.settings)
        self._closer = weakref.finalize(self, _shut_down, self._runner, self._pipeline)
        self._runner.run(self._pipeline.start())

    def labels(self) -> tuple[str, ...]:
        """Every label the tiers may answer (besides Unclassified)."""
        return self._pipeline.labels()

    def classify_records(self, records: Sequence[LogRecord]) -> list[Classification]:
        """One Classification per record, in order."""
        return self._runner.run(self._pipeline.classify(records))

    def classify(self, logs: Iterable[tuple[str, str]]) -> list[tuple[str, str, str, float]]:
        """`[(source, message), ...]` -> `[(source, message, label, confidence), ...]`."""
        pairs = list(logs)
        records = [LogRecord(str(i), source, message) for i, (source, message) in enumerate(pairs)]
        results = self.classify_records(records)
        return [
            (source, message, result.label, result.confidence)
            for (source, message), result in zip(pairs, results, strict=True)
        ]

    def forget_templates(self) -> None:
        """Classify what follows as if nothing came before (no templates, no cached answers)."""
        self._pipeline.forget_templates()

    def close(self) -> None:
        """Release the tiers and the event loop (safe to call more than once)."""
        self._closer()

    def __enter__(self) -> Classifier:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


@functools.cache
def default_classifier() -> Classifier:
    """The classifier `classify` uses, configured from the environment on first use."""
    return Classifier()


def classify(logs: Iterable[tuple[str, str]]) -> list[tuple[str, str, str, float]]:
    """Classify `(source, message)` pairs: `[(source, message, label, confidence), ...]`."""
    return default_classifier().classify(logs)


def classify_csv(input_path: str | Path, output_path: str | Path) -> Path:
    """Classify a CSV (`source,log_message`, extra columns kept) into `output_path`."""
    from server.files import classify_file

    classify_file(Path(input_path), Path(output_path), default_classifier(), progress=False)
    return Path(output_path)
