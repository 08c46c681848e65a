"""A stream of real line shapes for `make bench`: the training corpus's per-system templates
(`export/systems.py`, `export/real_logs.py`: whole lines with their real headers, 50 sources of
more than 20 system families; never the evaluation set), Zipf over templates, and in every record
fresh identifiers of the kinds real logs carry and the masking leaves in place: user and host
names with digits, Kubernetes pod names, UUIDs alone and glued to a prefix (`req-<uuid>`), short
hex ids, beside the corpus's own fresh IPs, ports, pids, paths, durations and sizes.
"""

from __future__ import annotations

import random
import re
import string
import uuid
from collections.abc import Callable
from typing import Final

from export import corpus

ZIPF_EXPONENT: Final = 1.1
_PLACEHOLDER: Final = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_WORDS: Final = ("web", "api", "auth", "billing", "search", "worker", "cache", "ingest", "edge")


def _user(rng: random.Random) -> str:
    return rng.choice(("User", "user", "svc-", "ops")) + str(rng.randrange(1, 100_000))


def _host(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"ip-10-{rng.randrange(256)}-{rng.randrange(256)}-{rng.randrange(256)}"
    return f"{rng.choice(_WORDS)}-{rng.randrange(1, 10_000):04d}"


def _pod(rng: random.Random) -> str:
    suffix = "".join(rng.choices(string.ascii_lowercase + string.digits, k=5))
    return f"{rng.choice(_WORDS)}-{rng.getrandbits(40):010x}-{suffix}"


def _uuid(rng: random.Random) -> str:
    value = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return value if rng.random() < 0.5 else f"req-{value}"


def _short_hex(rng: random.Random) -> str:
    return f"{rng.getrandbits(24):06x}"


# Placeholders of the corpus whose values get these fresh identifiers instead.
FRESH: Final[dict[str, Callable[[random.Random], str]]] = {
    "user": _user,
    "unix_user": _user,
    "hostname": _host,
    "host": _host,
    "k8s_pod": _pod,
    "uuid": _uuid,
    "hex8": _short_hex,
}


def render(text: str, rng: random.Random) -> str:
    """`text` with every placeholder filled: fresh identifiers where FRESH has one, else the
    corpus's own generator."""
    generators = corpus.GENERATORS
    return _PLACEHOLDER.sub(
        lambda match: FRESH.get(match.group(1), generators[match.group(1)])(rng), text
    )


def real_shape_stream(count: int, seed: int = 21, templates: int = 400) -> list[tuple[str, str]]:
    """`count` (source, line) records from `templates` per-system templates, Zipf-weighted."""
    system_templates, _ = corpus.system_templates()
    rng = random.Random(seed)
    picked = rng.sample(list(system_templates), min(templates, len(system_templates)))
    weights = [1.0 / (rank**ZIPF_EXPONENT) for rank in range(1, len(picked) + 1)]
    return [
        (rng.choice(template.sources), render(template.text, rng))
        for template in rng.choices(picked, weights=weights, k=count)
    ]


def families(records: list[tuple[str, str]]) -> int:
    """How many distinct sources the records come from."""
    return len({source for source, _ in records})
