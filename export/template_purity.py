"""What the template layer (`server/templates.py`) costs: how many lines fall in a template that
mixes labels, and the accuracy and macro-F1 of the answers with and without the layer.

With the layer, every line gets the answer of its template's first line; without it, its own. On
the training corpus the answers are the template-disjoint folds' (each line answered by a model
that never saw its template), and each fold's lines arrive in a shuffled order, as a stream would,
at a layer whose deciding words (`export/deciding_words.py`) were learnt on the other folds; on the
independent evaluation set the answers are the whole pipeline's, in the set's order, and the
deciding words the model's.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt
from sklearn.metrics import f1_score

from export import deciding_words
from server.placement import TemplatePlacer
from server.templates import TemplateMiner

SHUFFLE_SEED: Final = 0


@dataclass(frozen=True, slots=True)
class Purity:
    """One data set's figures."""

    name: str
    lines: int
    templates: int
    mixed_share: float
    accuracy_without: float
    accuracy_with: float
    macro_f1_without: float
    macro_f1_with: float


def assign_templates(
    messages: Sequence[str], order: Sequence[int], deciding: Collection[str] = ()
) -> list[str]:
    """Each line's template id when the lines arrive in `order` at a fresh template layer (the
    server's: `server.placement` in front of the miner) with the deciding words `deciding`."""
    placer = TemplatePlacer(TemplateMiner(capacity=max(1, len(messages)), deciding_words=deciding))
    ids = [""] * len(messages)
    for row in order:
        ids[row] = placer.place(messages[row]).id
    return ids


def learn_deciding_words(
    messages: Sequence[str], labels: Sequence[str], order: Sequence[int]
) -> list[str]:
    """The deciding words of the lines, placed in `order` by a layer without any."""
    return deciding_words.learn(messages, labels, assign_templates(messages, order))


def assign_by_fold(
    messages: Sequence[str],
    labels: Sequence[str],
    fold_of: npt.NDArray[np.int64],
    order: Sequence[int],
) -> list[str]:
    """Each line's template id when each fold's lines arrive in `order` at a fresh template
    layer whose deciding words were learnt on the other folds' lines; ids name their fold."""
    ids = [""] * len(messages)
    for fold in sorted(set(fold_of.tolist())):
        trained = [row for row in order if fold_of[row] != fold]
        held = [row for row in order if fold_of[row] == fold]
        deciding = learn_deciding_words(
            [messages[row] for row in trained],
            [labels[row] for row in trained],
            range(len(trained)),
        )
        placed = assign_templates([messages[row] for row in held], range(len(held)), deciding)
        for row, template in zip(held, placed, strict=True):
            ids[row] = f"{fold}:{template}"
    return ids


def shuffled(count: int) -> list[int]:
    order = list(range(count))
    random.Random(SHUFFLE_SEED).shuffle(order)
    return order


def first_answers(ids: Sequence[str], answers: Sequence[str], order: Sequence[int]) -> list[str]:
    """Each line's answer replaced by the answer of its template's first line in `order`."""
    first: dict[str, str] = {}
    for row in order:
        first.setdefault(ids[row], answers[row])
    return [first[template] for template in ids]


def purity(
    name: str,
    ids: Sequence[str],
    truth: Sequence[str],
    without: Sequence[str],
    with_templates: Sequence[str],
) -> Purity:
    """The figures of answers without and with the layer; macro-F1 over the true labels."""
    labels_of: dict[str, set[str]] = defaultdict(set)
    for template, label in zip(ids, truth, strict=True):
        labels_of[template].add(label)
    mixed = sum(1 for template in ids if len(labels_of[template]) > 1)
    labels = sorted(set(truth))

    def accuracy(answers: Sequence[str]) -> float:
        return sum(a == t for a, t in zip(answers, truth, strict=True)) / len(truth)

    def macro_f1(answers: Sequence[str]) -> float:
        return float(f1_score(truth, answers, labels=labels, average="macro", zero_division=0))

    return Purity(
        name,
        len(truth),
        len(labels_of),
        mixed / len(truth),
        accuracy(without),
        accuracy(with_templates),
        macro_f1(without),
        macro_f1(with_templates),
    )


def render(figures: Sequence[Purity]) -> str:
    """A Markdown table, one row per data set."""
    lines = [
        "| data | lines | templates | lines in a mixed-label template | accuracy without -> with "
        "| macro-F1 without -> with |",
        "|---|---:|---:|---:|---|---|",
    ]
    for f in figures:
        lines.append(
            f"| {f.name} | {f.lines} | {f.templates} | {100 * f.mixed_share:.1f}% | "
            f"{100 * f.accuracy_without:.1f}% -> {100 * f.accuracy_with:.1f}% | "
            f"{f.macro_f1_without:.3f} -> {f.macro_f1_with:.3f} |"
        )
    return "\n".join(lines)
