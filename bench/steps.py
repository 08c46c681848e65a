"""In process, all cache hits: where one request's time goes, native `Classify` and OTLP `Export`.

A pipeline on the bench's settings (every record to the semantic tier) is primed with the records,
then each request of both paths is timed step by step, the best of `rounds` rounds: parse (the
request's protobuf bytes; OTLP's down to its log records, left as bytes), read (into pipeline
records), pipeline (classify: all cache hits), write (the native response, serialized; OTLP's
answers appended to its log records). The transport and
the gRPC call are left out: this is the sidecar's own work per request, the part its translation
decides. `python -m bench.steps` prints it; `make bench` prints it as a fact line.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest

from bench.messages import realistic_stream
from bench.otlp import fluent_bit_requests
from bench.stream import requests
from server.config import Settings
from server.generated.logclass.v1 import classifier_pb2 as pb
from server.otlp.record_bytes import read_request_bytes
from server.otlp.translate import (
    LABEL_ATTRIBUTE,
    AnswerEncoder,
    ExportReader,
    RecordFields,
    annotated_payload,
    log_records,
)
from server.pipeline import Pipeline, build_pipeline
from server.service import records_from_classify_request, response_from_results

STEPS = ("parse", "read", "pipeline", "write")


@dataclass(frozen=True, slots=True)
class PathSteps:
    """Milliseconds per request of each step (`STEPS`), the best round's."""

    ms: dict[str, float]

    @property
    def total(self) -> float:
        return sum(self.ms.values())


@dataclass(frozen=True, slots=True)
class StepFigures:
    per_request: int
    native: PathSteps
    otlp: PathSteps

    def describe(self) -> str:
        def steps(path: PathSteps, write: str) -> str:
            named = dict(zip(STEPS, (*STEPS[:3], write), strict=True))
            return ", ".join(f"{named[step]} {path.ms[step]:.2f}" for step in STEPS)

        return (
            f"native {steps(self.native, 'response')} ms; OTLP {steps(self.otlp, 'annotate')} ms; "
            f"native / OTLP {self.native.total / self.otlp.total:.2f}x"
        )


async def _native_round(pipeline: Pipeline, payloads: Sequence[bytes]) -> dict[str, float]:
    spent = dict.fromkeys(STEPS, 0.0)
    for payload in payloads:
        a = time.perf_counter()
        request = pb.ClassifyRequest.FromString(payload)
        b = time.perf_counter()
        records = records_from_classify_request(request)
        c = time.perf_counter()
        results = await pipeline.classify(records)
        d = time.perf_counter()
        response_from_results(results).SerializeToString()
        e = time.perf_counter()
        for step, seconds in zip(STEPS, (b - a, c - b, d - c, e - d), strict=True):
            spent[step] += seconds
    return spent


async def _otlp_round(
    pipeline: Pipeline, payloads: Sequence[bytes], reader: ExportReader, encoder: AnswerEncoder
) -> dict[str, float]:
    spent = dict.fromkeys(STEPS, 0.0)
    for payload in payloads:
        a = time.perf_counter()
        read_request_bytes(payload)  # what the receiver reads first, to count the records
        b = time.perf_counter()
        translated = reader.read(payload)
        c = time.perf_counter()
        results = await pipeline.classify(translated.records)
        d = time.perf_counter()
        annotated = annotated_payload(translated, results, encoder=encoder)
        e = time.perf_counter()
        for step, seconds in zip(STEPS, (b - a, c - b, d - c, e - d), strict=True):
            spent[step] += seconds
        if not all(
            any(kv.key == LABEL_ATTRIBUTE for kv in record.attributes)
            for record in log_records(ExportLogsServiceRequest.FromString(annotated))
        ):
            raise RuntimeError("an OTLP record came back without its label")
    return spent


def _best(rounds: list[dict[str, float]], requests_per_round: int) -> PathSteps:
    best = min(rounds, key=lambda spent: sum(spent.values()))
    return PathSteps({step: 1000 * best[step] / requests_per_round for step in STEPS})


async def request_steps(
    settings: Settings,
    pairs: list[tuple[str, str]],
    per_request: int = 1000,
    rounds: int = 9,
) -> StepFigures:
    """Both paths' steps on `pairs` (source, message) in requests of `per_request` records, the
    pipeline primed with them first, rounds of the two paths alternated."""
    native = [m.SerializeToString() for m in requests(pairs, per_request)]
    otlp = [m.SerializeToString() for m in fluent_bit_requests(pairs, per_request)]
    pipeline = build_pipeline(settings)
    await pipeline.start()
    try:
        await _native_round(pipeline, native)  # priming: every template classified once
        reader, encoder = ExportReader(RecordFields()), AnswerEncoder()
        native_rounds, otlp_rounds = [], []
        for _ in range(rounds):
            native_rounds.append(await _native_round(pipeline, native))
            otlp_rounds.append(await _otlp_round(pipeline, otlp, reader, encoder))
    finally:
        await pipeline.close()
    return StepFigures(
        per_request, _best(native_rounds, len(native)), _best(otlp_rounds, len(otlp))
    )


def main(argv: Sequence[str] | None = None) -> int:
    from server.config import load_settings

    parser = argparse.ArgumentParser(prog="python -m bench.steps", description=__doc__)
    parser.add_argument("--records", type=int, default=20_000, help="realistic records")
    parser.add_argument("--per-request", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)
    settings = load_settings(None, {"LOGCLASS_ROUTES": "*=semantic"})  # as `make bench`'s
    figures = asyncio.run(
        request_steps(
            settings, realistic_stream(args.records, seed=12), args.per_request, args.rounds
        )
    )
    print(f"in process, all hits, per {figures.per_request:,}-record request: {figures.describe()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
