"""A template snapshot holding `count` templates with their answers, for measuring the memory of
a server whose template layer is full (`make bench` row 4m) without `count` model calls.

Each template is a real line shape of the corpus (`bench/real_shapes.py`), masked as the server
masks it, with a word of its own in front so that no two are alike; each holds an answer.
"""

from __future__ import annotations

import string
from pathlib import Path

from bench.real_shapes import real_shape_stream
from server import template_store
from server.features import record_view
from server.records import Decision
from server.templates import Template, template_id


def _word(number: int) -> str:
    letters = string.ascii_lowercase
    out = ""
    while True:
        number, digit = divmod(number, len(letters))
        out = letters[digit] + out
        if number == 0:
            return "w" + out


def write_full_snapshot(path: Path, count: int, model_version: str) -> None:
    """Write a snapshot of `count` distinct templates, each with an answer, to `path`."""
    lines = real_shape_stream(min(count, 20_000), seed=31)
    entries = []
    for number in range(count):
        view = record_view(lines[number % len(lines)][1])
        text = f"{_word(number)} {view.text}"
        severity = view.severity or ""
        answer = Decision("System Notification", 0.9, "semantic", model_version)
        template = Template(template_id(severity, text), severity, text.split(), text, 1)
        entries.append(template_store.Entry(template, answer))
    template_store.write(path, template_store.encode(model_version, entries))
