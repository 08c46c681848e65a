"""All cache hits: the native stream and OTLP side by side, in interleaved rounds.

On a primed server the same records go, one after the other in each round, through the native
`Classify` stream, OTLP/gRPC and OTLP/HTTP with one request in flight, then both OTLP transports
with two. This host's speed drifts within a run (other tenants' load moved one path's rate by a
third between two consecutive passes), so each OTLP figure is set against the native stream of its
own round, and the medians over the rounds are reported: each path's rate, and each OTLP path's
ratio to the native stream.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from bench.otlp import otlp_records_per_second
from bench.stream import requests, stream_records_per_second

NATIVE = "native"
# The OTLP paths' keys: `otlp_records_per_second`'s, and with PAIR after them for 2 in flight.
PAIR = "_2"


@dataclass(frozen=True, slots=True)
class AllHitsRounds:
    """Records/s of each path (NATIVE, `otlp_grpc`, `otlp_http`, and those with PAIR), a dict
    per round."""

    rounds: list[dict[str, float]]

    def rate(self, path: str) -> float | None:
        """The median records/s of `path` over the rounds that measured it; None if none did."""
        rates = [found[path] for found in self.rounds if path in found]
        return statistics.median(rates) if rates else None

    @property
    def native_rate(self) -> float:
        """The native stream's median records/s (every round measures it)."""
        return statistics.median(found[NATIVE] for found in self.rounds)

    def _ratios(self, path: str) -> list[float]:
        return [
            found[path] / found[NATIVE]
            for found in self.rounds
            if path in found and found.get(NATIVE, 0.0) > 0.0
        ]

    def ratio(self, path: str) -> float | None:
        """The median over the rounds of `path`'s records/s against the same round's native
        stream; None if no round measured both."""
        ratios = self._ratios(path)
        return statistics.median(ratios) if ratios else None

    def ratio_range(self, path: str) -> tuple[float, float]:
        """The lowest and highest of the rounds' ratios of `path` (both 0 when none)."""
        ratios = self._ratios(path)
        return (min(ratios), max(ratios)) if ratios else (0.0, 0.0)


def all_hits_rounds(
    address: str,
    http_url: str | None,
    records: list[tuple[str, str]],
    per_message: int,
    rounds: int,
) -> AllHitsRounds:
    """`rounds` interleaved rounds of `records` (all cache hits on the server at `address`) over
    each path; OTLP/HTTP only when `http_url` is given."""
    messages = requests(records, per_message)
    found = []
    for _ in range(rounds):
        round_rates = {NATIVE: stream_records_per_second(address, messages)}
        round_rates.update(otlp_records_per_second(address, http_url, records, per_message))
        pair = otlp_records_per_second(address, http_url, records, per_message, concurrency=2)
        round_rates.update({path + PAIR: rate for path, rate in pair.items()})
        found.append(round_rates)
    return AllHitsRounds(found)
