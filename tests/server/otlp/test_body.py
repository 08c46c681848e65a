"""Bodies are inflated within the limit: a bomb costs the limit, never what it inflates to."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib

import pytest

from server.otlp.body import BodyRefused, inflate

DATA = b"GET /a returned 200\n" * 100


def bomb(inflated_mib: int) -> bytes:
    """A gzip body of zeros that inflates to `inflated_mib` MiB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    return b"".join([*(packer.compress(zeros) for _ in range(inflated_mib)), packer.flush()])


def test_gzip_and_deflate_bodies_inflate() -> None:
    assert inflate(gzip.compress(DATA), "gzip", len(DATA)) == DATA
    assert inflate(zlib.compress(DATA), "Deflate", len(DATA)) == DATA
    assert inflate(DATA, "identity", 10) == DATA  # the read limit applies to plain bodies


@pytest.mark.parametrize(
    ("body", "encoding", "status"),
    [
        (DATA, "gzip", 400),  # not gzip at all
        (gzip.compress(DATA), "deflate", 400),  # gzip sent as deflate
        (gzip.compress(DATA)[:-12], "gzip", 400),  # cut short
        (DATA, "br", 415),
        (gzip.compress(DATA * 10), "gzip", 413),  # inflates past the limit
    ],
)
def test_bad_bodies_are_refused_with_their_status(body: bytes, encoding: str, status: int) -> None:
    with pytest.raises(BodyRefused) as refused:
        inflate(body, encoding, len(DATA) * 5)
    assert refused.value.status == status


def test_a_bomb_costs_the_limit_not_what_it_inflates_to() -> None:
    body = bomb(512)
    limit = 16 << 20
    tracemalloc.start()
    try:
        with pytest.raises(BodyRefused) as refused:
            inflate(body, "gzip", limit)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.status == 413
    assert peak < 3 * limit  # 512 MiB were it inflated whole
