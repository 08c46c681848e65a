"""The OTLP bench client: each connection it times has already sent a request, and every
request goes exactly once."""

from __future__ import annotations

from bench import otlp


class CountingConnection:
    """A Connection that remembers what it sent."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.closed = False

    def send(self, payload: bytes) -> None:
        self.sent.append(payload)

    def close(self) -> None:
        self.closed = True


def test_each_timed_connection_is_warmed_first_and_every_payload_goes_once() -> None:
    opened: list[CountingConnection] = []

    def connect() -> CountingConnection:
        opened.append(CountingConnection())
        return opened[-1]

    payloads = [str(n).encode() for n in range(9)]
    assert otlp._timed(connect, payloads, concurrency=2) >= 0
    assert len(opened) == 2 and all(connection.closed for connection in opened)
    # The warm-up (the first payload) on the very connection that is then timed.
    assert all(connection.sent[0] == payloads[0] for connection in opened)
    timed = sorted(payload for connection in opened for payload in connection.sent[1:])
    assert timed == sorted(payloads)
