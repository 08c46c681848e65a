"""A 30-second `make soak`: every record is answered, refused with a status or cancelled by its
own client; the server's accounting adds up on every path; RSS stays bounded."""

from __future__ import annotations

from bench.soak import render, soak


def test_a_short_soak_loses_nothing_and_memory_stays_bounded() -> None:
    result = soak(duration_s=30, rate=400)
    print(render(result))
    tally = result.tally
    assert tally.sent > 0 and tally.answered > 0
    assert tally.lost == 0
    assert tally.cancelled > 0  # the cancelling client did cancel
    assert sum(tally.hostile.values()) > 0
    assert not any(outcome.endswith(("UNKNOWN", "HTTP 500")) for outcome in tally.hostile)
    for path, (received, answered, refused) in result.server_accounts.items():
        assert received == answered + refused, path
    assert result.rss_end_mib - result.rss_start_mib < 150
