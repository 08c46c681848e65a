"""Masking of the variable parts of a log message before it is embedded.

The semantic tier embeds the masked text in training, evaluation and serving alike, so an answer
cached under a masked message equals what the model would say for it, and identifiers, addresses
and numbers (which cost the tokenizer about 3.4 tokens a word) neither lengthen the sequence nor
sway the label.

The rules are data (`RULES`), applied in one left-to-right pass: at each position the first rule in
the list that matches there replaces its text with its placeholder, and the scan goes on after it.
Whitespace runs are then collapsed to one space. Every rule has word-boundary guards, so a rule
never starts or ends inside a word, and no placeholder (`<num>`, ...) is matched by any rule, so
masking is idempotent: ``mask(mask(x)) == mask(x)``. Every quantified group in the patterns begins
with a character its body cannot match, so no pattern can backtrack catastrophically.

| rule  | placeholder | what it replaces (examples)                                               |
|-------|-------------|---------------------------------------------------------------------------|
| url   | `<url>`     | `scheme://...` up to whitespace: `https://api.example.com/v1?x=1`        |
| email | `<email>`   | `jane.doe+ops@example.co.uk`                                              |
| uuid  | `<uuid>`    | `123e4567-e89b-12d3-a456-426614174000`                                    |
| ts    | `<ts>`      | dates `2024-05-01`, `2024/05/01`, date-times `2024-05-01T12:00:00.5Z`,   |
|       |             | clock times `12:00:00`, `09:15:02,331`                                    |
| ipv6  | `<ip>`      | `2001:db8::8a2e:370:7334`, `::1`, `[fe80::1]:443` (needs `::` or all 8   |
|       |             | groups, and a digit)                                                      |
| ipv4  | `<ip>`      | `203.0.113.9`, with a port `10.0.0.1:8443` or a prefix `10.0.0.0/8`       |
| mac   | `<mac>`     | `00:1a:2b:3c:4d:5e`, `00-1A-2B-3C-4D-5E`                                  |
| hex   | `<hex>`     | `0x1f`, and runs of 8+ hex digits holding both a digit and a letter a-f:  |
|       |             | `7f3a9c2e1b`, `pod-7d9f8c6b5-x2kq` -> `pod-<hex>-x2kq`                    |
| str   | `<str>`     | a quoted single token holding a non-letter: `'invoice_v2'`, `"INV-88"`;   |
|       |             | quoted words (`'failed'`), phrases (`"no route"`) and keys (`"id":`) stay |
| path  | `<path>`    | paths of 2+ segments: `/var/log/app.log`, `/v2/orders/42?page=2`,         |
|       |             | `~/x/y`, `./a/b`, `C:\\logs\\app.log`; relative ones need 3+ segments      |
|       |             | (`src/app/main.py`), so `read/write` and `text/html` stay; `/var` stays   |
| num   | `<num>`     | integers and decimals not glued to a word, a unit kept: `42`, `0.031s` ->  |
|       |             | `<num>s`, `91%` -> `<num>%`, `4GiB` -> `<num>GiB`, `v1.2.3` and `x86` stay |
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Final

# (name, placeholder, pattern). Order matters only between rules that can start at the same place.
_HEX = "[0-9a-fA-F]"
_PATH_SEGMENT = r"[\w.~%+@=:,\-]+"
# A placeholder right after a match counts as part of the same word, as the text it replaced did.
_NO_PLACEHOLDER_AFTER = r"(?!<[a-z]{2,5}>)"
RULES: Final[tuple[tuple[str, str, str], ...]] = (
    ("url", "<url>", r"(?<![\w/.+\-])[a-zA-Z][a-zA-Z0-9+.\-]*://[^\s\"'<>()\[\]{}]*"),
    ("email", "<email>", r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"),
    (
        "uuid",
        "<uuid>",
        rf"(?<![\w\-]){_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}(?![\w\-])",
    ),
    (
        "ts",
        "<ts>",
        r"(?<![\w.:])(?:(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2})"
        r"(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[.,][0-9]+)?(?:Z|[+\-][0-9]{2}:?[0-9]{2})?)?"
        r"|[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]+)?)(?![\w:])",
    ),
    (
        "ipv6",
        "<ip>",
        rf"(?<![\w:.])\[?(?=[0-9a-fA-F:]*[0-9])(?=[0-9a-fA-F:]*::|(?:{_HEX}{{1,4}}:){{7}}{_HEX})"
        rf"(?:{_HEX}{{0,4}}:){{2,7}}{_HEX}{{0,4}}(?:\](?::[0-9]{{1,5}})?)?(?![\w:]){_NO_PLACEHOLDER_AFTER}",
    ),
    (
        "ipv4",
        "<ip>",
        r"(?<![\w.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?::[0-9]{1,5}|/[0-9]{1,2})?(?!\w|\.[0-9])",
    ),
    ("mac", "<mac>", rf"(?<![\w:\-]){_HEX}{{2}}(?:[:\-]{_HEX}{{2}}){{5}}(?![\w:\-])"),
    (
        "hex",
        "<hex>",
        rf"(?<!\w)(?:0[xX]{_HEX}+|(?=[0-9a-fA-F]*[0-9])(?=[0-9a-fA-F]*[a-fA-F]){_HEX}{{8,}})(?!\w)",
    ),
    (
        "str",
        "<str>",
        r"(?<!\w)(?:'(?=[^'\s<>]*[^'\s<>a-zA-Z])[^'\s<>]+'"
        r"|\"(?=[^\"\s<>]*[^\"\s<>a-zA-Z])[^\"\s<>]+\")(?![\w:])" + _NO_PLACEHOLDER_AFTER,
    ),
    (
        "path",
        "<path>",
        r"(?<![\w/.~:\-])(?:(?:~|\.\.?)?(?:/" + _PATH_SEGMENT + r"){2,}/?(?:\?[^\s\"'<>()\[\]{}]*)?"
        r"|[\w.\-]+(?:/" + _PATH_SEGMENT + r"){2,}/?"
        r"|[a-zA-Z]:\\[^\s\"'<>()\[\]{}]+)",
    ),
    ("num", "<num>", r"(?<![\w.])[0-9]+(?:\.[0-9]+)*(?=[a-zA-Z%]*(?!\w))"),
)

PLACEHOLDERS: Final[frozenset[str]] = frozenset(placeholder for _, placeholder, _ in RULES)
# Recorded in the model manifest: a model trained under other rules must not be served under these.
RULES_SHA256: Final[str] = hashlib.sha256(json.dumps(RULES).encode()).hexdigest()

# No rule starts inside a word: checking that once, before the alternation, instead of in each
# rule's own guard halves the cost of a message, as does skipping characters no rule starts with.
_PATTERN: Final = re.compile(
    r"(?<!\w)(?:(?<!>)|(?<!<[a-z]{2}>)(?<!<[a-z]{3}>)(?<!<[a-z]{4}>)(?<!<[a-z]{5}>))"
    r"(?![a-zA-Z]++(?:[\s,;!?)\]}>]|\Z))(?=[\w/~.'\"\[:\\])(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, _, pattern in RULES)
    + ")",
    re.ASCII,
)
_REPLACEMENT: Final[dict[str | None, str]] = {name: placeholder for name, placeholder, _ in RULES}


def _replace(match: re.Match[str]) -> str:
    return _REPLACEMENT[match.lastgroup]


def mask(message: str) -> str:
    """Replace the variable parts of `message` by placeholders (`RULES`); collapse whitespace."""
    return " ".join(_PATTERN.sub(_replace, message).split())
