"""Masking: literal input -> expected output pairs, idempotence, determinism and linear time."""

from __future__ import annotations

import random
import re
import time

import pytest

from server.masking import PLACEHOLDERS, RULES, RULES_SHA256, mask

CASES = [
    # HTTP: the method and the shape stay, the path and the figures go
    ("GET /v2/orders/42 returned 200 in 0.031s", "GET <path> returned <num> in <num>s"),
    ("POST /login status 401 len 88", "POST /login status <num> len <num>"),
    ("GET /api/v1/users?id=3&page=2 HTTP/1.1 200 512", "GET <path> HTTP/<num> <num> <num>"),
    # numbers keep their unit; numbers glued to a word stay
    ("heap at 91% of 4 GiB", "heap at <num>% of <num> GiB"),
    (
        "cache 4GiB used, latency 12ms, 1.5k rps",
        "cache <num>GiB used, latency <num>ms, <num>k rps",
    ),
    ("disk /var 78% used", "disk /var <num>% used"),
    ("job export-42 exited with code 1", "job export-<num> exited with code <num>"),
    (
        "version v1.2.3 on x86_64 with sha256 and ipv4",
        "version v1.2.3 on x86_64 with sha256 and ipv4",
    ),
    (
        "release 1.2.3 rolled out to 3/5 replicas",
        "release <num> rolled out to <num>/<num> replicas",
    ),
    ("retry in 1h30m, then 2.5s", "retry in 1h30m, then <num>s"),
    # addresses
    (
        "12 failed logins for admin from 203.0.113.9 in 60s",
        "<num> failed logins for admin from <ip> in <num>s",
    ),
    ("connection from 10.0.0.12:8443 reset", "connection from <ip> reset"),
    ("subnet 10.0.0.0/8 blocked", "subnet <ip> blocked"),
    ("peer [2001:db8::1]:443 closed", "peer <ip> closed"),
    ("ping ::1 and fe80::1ff:fe23:4567:890a ok", "ping <ip> and <ip> ok"),
    ("full 2001:0db8:85a3:0000:0000:8a2e:0370:7334 seen", "full <ip> seen"),
    ("Foo::bar and std::vector stay", "Foo::bar and std::vector stay"),
    ("NIC 00:1a:2b:3c:4d:5e up, 00-1A-2B-3C-4D-5E down", "NIC <mac> up, <mac> down"),
    ("mail jane.doe+ops@example.co.uk bounced", "mail <email> bounced"),
    ("fetch https://files.example.com/upload?id=99 failed", "fetch <url> failed"),
    ("from Workday (https://x.example/api/v1) in 3 ms", "from Workday (<url>) in <num> ms"),
    # identifiers
    ("request 123e4567-e89b-12d3-a456-426614174000 done", "request <uuid> done"),
    (
        "pointer 0x7ffd5e8c at trace 7f3a9c2e1b4d, word deadbeef stays",
        "pointer <hex> at trace <hex>, word deadbeef stays",
    ),
    ("pod web-7d9f8c6b5-x2kq restarted", "pod web-<hex>-x2kq restarted"),
    # time stamps
    ("2024-05-01T12:00:00.123Z started", "<ts> started"),
    (
        "2024-05-01 12:00:00,331 started at 09:15:02 on 2024/05/01",
        "<ts> started at <ts> on <ts>",
    ),
    # quoted values: identifiers go; words, phrases and keys stay
    ("template 'invoice_v2' missing for \"INV-8812\"", "template <str> missing for <str>"),
    (
        'state changed to \'failed\' with "no route" and {"id": 42}',
        'state changed to \'failed\' with "no route" and {"id": <num>}',
    ),
    ("user can't log in, it's locked", "user can't log in, it's locked"),
    # paths: 2+ segments when absolute, 3+ when relative
    (
        "wrote /var/log/app.log and ~/x/y and ./a/b and ../c/d",
        "wrote <path> and <path> and <path> and <path>",
    ),
    (
        "config src/app/main.py:42 loaded, read/write on text/html",
        "config <path> loaded, read/write on text/html",
    ),
    ("C:\\logs\\app.log rotated", "<path> rotated"),
    # whitespace collapses
    ("   spaced\tout \n  text   ", "spaced out text"),
    ("", ""),
    ("nightly snapshot finished", "nightly snapshot finished"),
]


@pytest.mark.parametrize(("message", "expected"), CASES)
def test_mask(message: str, expected: str) -> None:
    assert mask(message) == expected


@pytest.mark.parametrize(("message", "expected"), CASES)
def test_mask_is_idempotent_on_cases(message: str, expected: str) -> None:
    assert mask(expected) == expected


PIECES = [
    "GET", "/v2/orders/42", "200", "0.031s", "'alice'", '"bob_2"', "10.0.0.1", "10.0.0.1:80",
    "::1", "fe80::1", "[2001:db8::1]:443", "00:1a:2b:3c:4d:5e", "0x1F", "deadbeef12",
    "123e4567-e89b-12d3-a456-426614174000", "2024-05-01", "12:00:00", "a@b.com",
    "https://x.y/z", "/var", "./a/b", "~/x/y", "C:\\x\\y", "src/a/b.py", "read/write", "v1.2.3",
    "x86_64", "91%", "4GiB", "-", "_", ".", ",", ":", "'", '"', "/", "<num>", "<ip>", "user42",
    "1h30m", "3/5", "a:b", "::", "[", "]", "(", ")", "=", "@", "#", "12.", "1.2.3.4.5",
    "999.1.1.1", "AB-CD", "é", "\t",
]  # fmt: skip
SEPARATORS = [" ", "", "", "=", ":", "/", "."]


def test_mask_is_idempotent_on_glued_fragments() -> None:
    """Fragments glued without spaces are where placeholders meet guards: still a fixed point."""
    rng = random.Random(7)
    for _ in range(20_000):
        parts = rng.choices(PIECES, k=rng.randint(1, 8))
        message = "".join(part + rng.choice(SEPARATORS) for part in parts)
        once = mask(message)
        assert mask(once) == once, message


def test_placeholders_are_never_masked() -> None:
    text = " ".join(sorted(PLACEHOLDERS))
    assert mask(text) == text
    expected = {"<url>", "<email>", "<uuid>", "<ts>", "<ip>", "<mac>", "<hex>", "<str>", "<path>"}
    assert expected | {"<num>"} == PLACEHOLDERS


def test_rules_are_named_uniquely_and_fingerprinted() -> None:
    names = [name for name, _, _ in RULES]
    assert len(names) == len(set(names))
    assert re.fullmatch(r"[0-9a-f]{64}", RULES_SHA256)


@pytest.mark.parametrize(
    "unit", ["a.", ":", "0:", "a-", "ab:", "/a", "1.", "'a", "a@", "[:", "1-", "12:", "f", "9"]
)
def test_no_catastrophic_backtracking(unit: str) -> None:
    """Pathological 20,000-character inputs stay linear: far under a second each."""
    text = unit * (20_000 // len(unit))
    start = time.perf_counter()
    mask(text)
    assert time.perf_counter() - start < 1.0
