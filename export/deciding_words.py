"""Deciding words: the words the template layer never merges over (`server/templates.py`).

Drain merges lines that share most of their tokens, and the template layer answers every line of
a template with its first line's answer. Where lines differ in a word that decides their label
(`Run Status: Success` and `Run Status: Error`, `[UFW BLOCK]` and `[UFW ALLOW]`), that answer is
wrong for some of them. The training data shows which words those are: given the templates the
server's layer (without deciding words) placed its lines in, in each template whose lines carry
more than one label, a position is deciding when the words there split the labels: at least two
words, each held by at least MIN_LINES lines that all carry one label, and not all of them the
same label.
The words those tokens differ in are deciding words (`failed` and `success`, from `res=failed'`
and `res=success'`).

A word seen at such a position in fewer lines (a user name that happens to come once with each
label) is left out: names merge as in Drain, so a stream of fresh names costs no more templates.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Final

from server.features import unmasked_view
from server.placement import placed_text
from server.templates import differing_words, is_variable

# A word counts at a position only if at least this many lines hold it there, all with one label.
# Two is what the training corpus favours (template-disjoint folds, words learnt on the other
# folds): one also takes names that came once per label, three misses most deciding words.
MIN_LINES: Final = 2


def learn(messages: Sequence[str], labels: Sequence[str], template_ids: Sequence[str]) -> list[str]:
    """The deciding words of the labelled lines, each in the template `template_ids` names;
    sorted."""
    lines: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
    for message, label, template in zip(messages, labels, template_ids, strict=True):
        lines[template].append((placed_text(unmasked_view(message)).split(), label))
    found: set[str] = set()
    for placed in lines.values():
        if len({label for _, label in placed}) > 1:
            found |= _deciding(placed)
    return sorted(found)


def _deciding(placed: list[tuple[list[str], str]]) -> set[str]:
    """The deciding words of one template's lines (tokens, label)."""
    width = len(placed[0][0])
    same_width = [(tokens, label) for tokens, label in placed if len(tokens) == width]
    found: set[str] = set()
    for position in range(width):
        labels_of: dict[str, Counter[str]] = defaultdict(Counter)
        for tokens, label in same_width:
            if not is_variable(tokens[position]):
                labels_of[tokens[position]][label] += 1
        pure = {
            token: next(iter(counts))
            for token, counts in labels_of.items()
            if len(counts) == 1 and counts.total() >= MIN_LINES
        }
        if len(set(pure.values())) < 2:
            continue
        tokens = list(pure)
        for other in tokens[1:]:
            for words in differing_words([tokens[0]], [other]):
                found |= words
    return found
