"""Ports a setting names: binding one, and the error that names the setting when it cannot be.

One helper starts the aiohttp sites of the metrics, OTLP/HTTP and review ports; `bind_error` is
also the gRPC port's error.
"""

from __future__ import annotations

import os
import ssl

from aiohttp import web


def bind_error(what: str, address: str, setting: str, env: str, cause: OSError | str) -> OSError:
    """The error of a port that cannot be bound, naming the setting that moves it."""
    if isinstance(cause, OSError):
        cause = os.strerror(cause.errno) if cause.errno else str(cause)
    turn_off = "" if setting == "port" else " or -1 for none"
    return OSError(
        f"{what} address {address}: {cause}; set {setting} ({env}) to another port, "
        f"0 for a free one{turn_off}"
    )


async def start_site(
    runner: web.AppRunner,
    host: str,
    port: int,
    *,
    what: str,
    setting: str,
    env: str,
    ssl_context: ssl.SSLContext | None = None,
) -> int:
    """Listen on `host:port` with `runner`'s app; the port bound (a free one for 0). A port that
    cannot be bound raises `bind_error` naming `setting` and `env`."""
    site = web.TCPSite(runner, host, port, ssl_context=ssl_context)
    try:
        await site.start()
    except OSError as exc:
        raise bind_error(what, f"{host}:{port}", setting, env, exc) from None
    addresses = runner.addresses
    return int(addresses[0][1]) if addresses else port
