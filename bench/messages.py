"""The benchmark's inputs: all-unique messages and a realistic, skewed stream of templates."""

from __future__ import annotations

import random
from collections.abc import Iterator

from export.corpus import TEMPLATES, render
from server.placement import TemplatePlacer
from server.templates import TemplateMiner

ZIPF_EXPONENT = 1.1


def unique_messages(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """`count` (source, message) pairs that each start a template of their own (no cache help:
    every one goes to the model, with or without the template layer)."""
    rng = random.Random(seed)
    placer = TemplatePlacer(TemplateMiner(capacity=count * 200))
    out: list[tuple[str, str]] = []
    attempts = 0
    while len(out) < count:
        attempts += 1
        if attempts > count * 200:
            raise RuntimeError(f"only {len(out)} distinct masked messages found")
        template = rng.choice(TEMPLATES)
        # Two rendered templates joined: the corpus has ~340 templates, far fewer masked shapes
        # than a benchmark needs, and a real unseen message is not a training template either.
        other = rng.choice(TEMPLATES)
        message = f"{render(template.text, rng)}; {render(other.text, rng)}"
        if placer.place(message).count > 1:
            continue
        out.append((rng.choice(template.sources), message))
    return out


def realistic_stream(count: int, seed: int = 11, templates: int = 200) -> list[tuple[str, str]]:
    """`count` records from `templates` templates with Zipf-like frequencies, fresh values each."""
    rng = random.Random(seed)
    picked = rng.sample(TEMPLATES, min(templates, len(TEMPLATES)))
    weights = [1.0 / (rank**ZIPF_EXPONENT) for rank in range(1, len(picked) + 1)]
    return [
        (rng.choice(template.sources), render(template.text, rng))
        for template in rng.choices(picked, weights=weights, k=count)
    ]


def batches(pairs: list[tuple[str, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    """`pairs` cut into lists of `size`."""
    for start in range(0, len(pairs), size):
        yield pairs[start : start + size]
