"""An HTTP POST as the tests and the benchmark send it to the sidecar's OTLP/HTTP port."""

from __future__ import annotations

import ssl
import urllib.error
import urllib.request
from collections.abc import Mapping
from typing import Final

PROTOBUF_HEADERS: Final = {"Content-Type": "application/x-protobuf"}


def post(
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    *,
    context: ssl.SSLContext | None = None,
    timeout: float = 30.0,
) -> int:
    """POST `body` with exactly `headers`; the HTTP status (an error status too). A connection
    that fails raises, as urllib does."""
    request = urllib.request.Request(url, body, dict(headers), method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code
