"""An OTLP/HTTP body, read and inflated within bounds: what a hostile or broken client sends can
cost at most `limit` bytes of memory and one read timeout, and is refused with the status OTLP
names (400, 408, 413, 415) instead of a traceback.

aiohttp's own decompression is off (`auto_decompress=False`): it inflates a whole chunk at once,
so a small gzip body could take gigabytes before any limit applied. Here the inflater is given at
most what is still allowed on each step and stops at the limit.
"""

from __future__ import annotations

import asyncio
import zlib
from typing import Final

from aiohttp import web

from server.otlp.target import JSON_CONTENT_TYPE, PROTOBUF_CONTENT_TYPE

# Content types a body may have; anything else (or none) is 415.
PROTOBUF_TYPES: Final = frozenset({PROTOBUF_CONTENT_TYPE, "application/protobuf"})
BODY_TYPES: Final = PROTOBUF_TYPES | {JSON_CONTENT_TYPE}
# Content-Encoding -> zlib's wbits: gzip framing, or zlib framing (what HTTP calls deflate).
ENCODINGS: Final = {
    "gzip": 16 + zlib.MAX_WBITS,
    "x-gzip": 16 + zlib.MAX_WBITS,
    "deflate": zlib.MAX_WBITS,
}
# Bytes handed to the inflater at once: small steps keep each call's output bounded too.
STEP: Final = 64 * 1024


class BodyRefused(Exception):
    """The body cannot be read; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def check_content_type(request: web.Request) -> bool:
    """Whether the body is JSON (False: protobuf); BodyRefused 415 for any other type."""
    if "Content-Type" not in request.headers or request.content_type not in BODY_TYPES:
        raise BodyRefused(
            415,
            f"unsupported Content-Type {request.headers.get('Content-Type', '(none)')!r}: "
            f"send {PROTOBUF_CONTENT_TYPE} or {JSON_CONTENT_TYPE}",
        )
    return request.content_type == JSON_CONTENT_TYPE


def inflate(data: bytes, encoding: str, limit: int) -> bytes:
    """`data` decoded per its Content-Encoding, never more than `limit` bytes (else 413)."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return data
    wbits = ENCODINGS.get(encoding)
    if wbits is None:
        raise BodyRefused(415, f"unsupported Content-Encoding {encoding!r}: send gzip or none")
    inflater = zlib.decompressobj(wbits)
    out = bytearray()
    view = memoryview(data)
    try:
        for start in range(0, len(view), STEP):
            pending = bytes(view[start : start + STEP])
            while pending:
                out += inflater.decompress(pending, limit + 1 - len(out))
                if len(out) > limit:
                    raise BodyRefused(413, f"the body inflates to more than {limit} bytes")
                pending = inflater.unconsumed_tail
                if inflater.eof:
                    break
            if inflater.eof:
                break
        out += inflater.flush(limit + 1 - len(out))
    except zlib.error as exc:
        raise BodyRefused(400, f"the body is not valid {encoding}: {exc}") from None
    if len(out) > limit:
        raise BodyRefused(413, f"the body inflates to more than {limit} bytes")
    if not inflater.eof:
        raise BodyRefused(400, f"the {encoding} body is cut short")
    return bytes(out)


async def read_body(request: web.Request, limit: int, timeout_s: float) -> bytes:
    """The request's body, decoded; BodyRefused on a slow, broken, oversized or odd body."""
    try:
        async with asyncio.timeout(timeout_s):
            data = await request.read()
    except TimeoutError:
        raise BodyRefused(408, f"the body did not arrive within {timeout_s:g} s") from None
    except web.HTTPRequestEntityTooLarge:
        raise BodyRefused(413, f"the body is larger than {limit} bytes") from None
    except ConnectionError as exc:  # the client left mid-body
        raise BodyRefused(400, f"the client went away: {exc}") from None
    return inflate(data, request.headers.get("Content-Encoding", ""), limit)
