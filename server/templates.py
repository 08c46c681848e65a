"""The template layer: every masked message is mapped to a template, online, in time linear in its
tokens, so that a stream's records are classified once per template instead of once per message.

The algorithm is Drain's (He et al., "Drain: An Online Log Parsing Approach with Fixed Depth Tree",
ICWS 2017): a tree whose first level is the record's severity and token count and whose next
levels are the first `depth` tokens (a token holding a digit or a placeholder takes the `<*>`
branch, so identifiers do not split the tree); a leaf holds the templates of that prefix. A message
joins the leaf's template with the most equal tokens if their share reaches `similarity`, and the
positions where they differ become `<*>`; otherwise it starts a template of its own.

One addition to Drain: the first word may be a variable. A message no template of its first word
fits joins the template with `<*>` first that fits the rest of it (from the second token on); such
a template is made once FIRST_WORD_EVIDENCE first words start templates that fit the rest. A name
first (`alice logged in from <ip>`) then costs a few templates, not one per name; a verb first
(`Accepted`/`Failed password for`) has too few siblings to merge.
That search looks at the templates of the message's severity and token count (a long leaf's
through its index, below), and only for a message that would otherwise start a template (whose
first line then costs a model call).

A second addition: deciding words. Drain merges `Run Status: Success` with `Run Status: Error`
and `[UFW BLOCK]` with `[UFW ALLOW]`, and every line of the merged template would then get the
first line's answer. A miner given deciding words (learnt by `make export` from the training data,
`export/deciding_words.py`, and named in the model's manifest) never puts a line in a template
whose first line differs from it, at some position, in a deciding word: where one holds `failed`
and the other `success`, the line starts a template of its own. Words that do not decide (user,
host or job names, `GET`/`POST`) merge as in Drain, so a stream's templates barely grow.

A leaf holds the templates of one prefix, so a store of many first words of one severity and
length (more than MAX_CHILDREN, all in one `<*>` branch) makes long leaves; a leaf of more than
INDEX_FROM templates is searched through an index of its templates' words (`_WordIndex`), which
finds the same template a whole scan would, comparing only templates that could fit.

A template keeps the first message it was made from (`sample`): that is what the semantic tier
classifies, once, so every later line of the template gets the same answer. Its id is derived
from that first message, so it is the same in every run that sees the same first line.

A message, once placed, stays in its template: templates grow more general as lines join them,
and without this memory a message seen again later might fit another template better and get
another answer. The memory (a `PlacementMemo`) also makes a repeated message one dictionary
lookup; `server.placement` keeps two more in front of the miner, keyed by the raw line and by its
shape, so that most records find their template before they are parsed and masked.

At most `capacity` templates are held; the least recently matched goes first. Not thread-safe:
the server touches it only on its event loop.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Collection, Hashable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from operator import eq
from typing import Final, Generic, TypeVar

from server.words import WORD_PATTERN

Key = TypeVar("Key", bound=Hashable)

WILDCARD: Final = "<*>"
DEFAULT_SIMILARITY: Final = 0.7
DEFAULT_DEPTH: Final = 1
DEFAULT_CAPACITY: Final = 100_000
# Children of one inner node beyond this share one `<*>` branch (Drain's max_children).
MAX_CHILDREN: Final = 100
# A line whose first word starts no template it fits joins, or starts, one with `<*>` first once
# this many first words (its own among them) start templates that fit the rest of it: names
# first (`alice logged in from <ip>` for every user) share one template, while the few verbs of a
# pair like `Accepted`/`Failed password for ...` stay apart. Five is the fewest that mixes no
# more labels than Drain alone on the training corpus (`make export` measures it).
FIRST_WORD_EVIDENCE: Final = 5
# A leaf of more templates than this is indexed by its templates' words (`_WordIndex`) when it is
# searched; a smaller one is scanned whole. Leaves this long come from more than MAX_CHILDREN
# first words of one severity and length (a full store), which all share one `<*>` branch.
INDEX_FROM: Final = 256
# CPython: a str object's size beyond its characters; a template's own objects (dataclass, its
# list, its tree and LRU entries).
_STR_OVERHEAD: Final = 49
_TEMPLATE_OVERHEAD: Final = 400


_WORD: Final = re.compile(WORD_PATTERN)


def is_variable(token: str) -> bool:
    """Whether a token is a placeholder, a `<*>` or holds a digit: it never splits the tree."""
    return token == WILDCARD or any(c.isdigit() for c in token) or "<" in token


def token_words(token: str) -> set[str]:
    """The lower-cased words of a token, as the classifier's word weights read them
    (`res=failed'` holds `res` and `failed`)."""
    return {word.lower() for word in _WORD.findall(token)}


def differing_words(first: list[str], second: list[str], start: int = 0) -> Iterator[set[str]]:
    """For each position (from `start`) where two lines of as many tokens hold different words
    (neither a `<*>`, a placeholder nor anything with a digit), the words only one of them holds."""
    for mine, theirs in islice(zip(first, second, strict=True), start, None):
        if mine != theirs and not is_variable(mine) and not is_variable(theirs):
            yield token_words(mine) ^ token_words(theirs)


def template_id(severity: str, text: str) -> str:
    """A stable id for the template first made from `text` at `severity`."""
    digest = hashlib.blake2b(f"{severity}\x1f{text}".encode(), digest_size=8).hexdigest()
    return f"t-{digest}"


@dataclass(slots=True, eq=False)
class Template:
    """One template: its tokens (`<*>` at variable positions), its first message, its count."""

    id: str
    severity: str
    tokens: list[str]
    sample: str
    count: int = 0
    # Positions whose token is a word the masking left holding a digit (`absorb_unmasked`);
    # None: not known since the tokens last changed.
    _open: tuple[int, ...] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def similarity(self, tokens: list[str], start: int = 0) -> float:
        """Share of positions (from `start`) where the template holds the same (non-wildcard)
        token."""
        mine = self.tokens
        if len(mine) != len(tokens):
            raise ValueError(f"{len(tokens)} tokens against a template of {len(mine)}")
        counted = len(tokens) - start
        return _equal_tokens([self], tokens, start)[0] / counted if counted > 0 else 1.0

    def absorb(self, tokens: list[str]) -> None:
        for position, (mine, theirs) in enumerate(zip(self.tokens, tokens, strict=True)):
            if mine != theirs:
                self.tokens[position] = WILDCARD
                self._open = None

    def absorb_unmasked(self, text: str) -> None:
        """`absorb` for a line before masking, whose shape (`server.placement.shape`) is that of
        a line placed in this template: a position where the template holds a word the masking
        left and the line another becomes `<*>`; positions holding a placeholder stay. Nothing
        changes if the counts of words differ.

        Lines of one shape differ only in words that hold a digit, and every word of the template
        without a digit is the word of a line of this shape (a template's words only ever become
        `<*>`), so only the template's words with a digit are compared: most templates have none
        left after their first lines, and then the line is not even split."""
        open_positions = self._open
        if open_positions is None:
            open_positions = self._open = tuple(
                position
                for position, token in enumerate(self.tokens)
                if "<" not in token and any(c.isdigit() for c in token)
            )
        if not open_positions:
            return
        words = text.split()
        tokens = self.tokens
        if len(words) != len(tokens):
            return
        for position in open_positions:
            if tokens[position] != words[position]:
                tokens[position] = WILDCARD
                self._open = None


class _WordIndex:
    """The templates of a long leaf under the word each held at each position from the second on,
    when it came (a `<*>` is not indexed), and their order in the leaf.

    A line that fits a template differs from it in at most `differing` of those positions, so
    among any `differing + 1` of them where the line holds a word, the template holds the same
    word at one at least (and held it when it came: a template's words only ever become `<*>`).
    The line is compared only with the templates under its words at the `differing + 1`
    positions whose lists are shortest: the same templates a whole scan would find fitting, in
    the same order. Dropped templates leave their entries until the leaf rebuilds the index."""

    def __init__(self, templates: list[Template]) -> None:
        self._words: list[dict[str, list[Template]]] = []
        self._order: dict[Template, int] = {}
        self._next = 0
        self.stale = 0
        for template in templates:
            self.add(template)

    def add(self, template: Template) -> None:
        self._order[template] = self._next
        self._next += 1
        tokens = template.tokens
        words = self._words
        while len(words) < len(tokens):
            words.append({})
        for position in range(1, len(tokens)):
            token = tokens[position]
            if token != WILDCARD:
                words[position].setdefault(token, []).append(template)

    def drop(self, template: Template) -> None:
        del self._order[template]
        self.stale += 1

    def candidates(self, tokens: list[str], differing: int) -> list[Template] | None:
        """The held templates that may differ from `tokens` in at most `differing` positions from
        the second on, in the leaf's order; None when the line holds too few words to tell."""
        words = self._words
        lists = [
            words[position].get(token, []) if position < len(words) else []
            for position, token in enumerate(tokens)
            if position and token != WILDCARD
        ]
        if len(lists) <= differing:
            return None
        lists.sort(key=len)
        order = self._order
        found = {t for templates in lists[: differing + 1] for t in templates if t in order}
        return sorted(found, key=order.__getitem__)


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    templates: list[Template] = field(default_factory=list)
    index: _WordIndex | None = None

    def hold(self, template: Template) -> None:
        self.templates.append(template)
        if self.index is not None:
            self.index.add(template)

    def drop(self, template: Template) -> None:
        self.templates.remove(template)
        index = self.index
        if index is not None:
            index.drop(template)
            if index.stale > len(self.templates):
                self.index = None  # made again when next needed

    def candidates(self, tokens: list[str], differing: int) -> list[Template]:
        """The templates of this leaf that may fit `tokens` (differing from it in at most
        `differing` positions from the second on), in the leaf's order. A leaf of more than
        INDEX_FROM templates is indexed the first time it is searched."""
        index = self.index
        if index is None:
            if len(self.templates) <= INDEX_FROM:
                return self.templates
            index = self.index = _WordIndex(self.templates)
        found = index.candidates(tokens, differing)
        return self.templates if found is None else found


def _equal_tokens(templates: list[Template], tokens: list[str], start: int = 0) -> list[int]:
    """For each of `templates`, how many of its tokens from `start` on equal those of `tokens`.
    Counted in C, with no call per template: the `<*>` leaf of a full store holds thousands."""
    if start:
        rest = tokens[start:]
        return [sum(map(eq, islice(t.tokens, start, None), rest)) for t in templates]
    return [sum(map(eq, t.tokens, tokens)) for t in templates]


def _templates_under(node: _Node, tokens: list[str], differing: int) -> Iterator[Template]:
    yield from node.candidates(tokens, differing)
    for child in node.children.values():
        yield from _templates_under(child, tokens, differing)


def held_bytes(template: Template) -> int:
    """About what holding `template` costs in memory: its sample (twice: it is also the key of
    the miner's memo), its tokens (about the sample's characters again) and CPython's overhead
    per object. It depends only on what never changes (the sample, the number of tokens)."""
    words = len(template.tokens)
    return _TEMPLATE_OVERHEAD + 3 * len(template.sample) + (2 + words) * _STR_OVERHEAD + 8 * words


class TemplateMiner:
    """Drain's online parse tree, bounded to `capacity` templates and about `max_bytes` of them
    (`held_bytes`); the least recently matched go first."""

    def __init__(
        self,
        similarity: float = DEFAULT_SIMILARITY,
        depth: int = DEFAULT_DEPTH,
        capacity: int = DEFAULT_CAPACITY,
        max_bytes: int | None = None,
        deciding_words: Collection[str] = (),
    ) -> None:
        if not 0.0 <= similarity <= 1.0:
            raise ValueError(f"similarity {similarity} is not in [0, 1]")
        if depth < 0 or capacity < 1:
            raise ValueError("depth must be >= 0 and capacity >= 1")
        self.similarity = similarity
        self.depth = depth
        self.capacity = capacity
        self.max_bytes = max_bytes
        self.deciding_words = frozenset(word.lower() for word in deciding_words)
        self.bytes = 0
        self._root: dict[tuple[str, int], _Node] = {}
        self._recent: OrderedDict[str, tuple[Template, _Node]] = OrderedDict()
        # (severity, message) -> the template it was placed in.
        self._placed: PlacementMemo[tuple[str, str]] = PlacementMemo(capacity)
        self._differing: dict[int, int] = {}
        self.created = 0
        self.evicted = 0

    def __len__(self) -> int:
        return len(self._recent)

    def get(self, template_id: str) -> Template | None:
        held = self._recent.get(template_id)
        return held[0] if held is not None else None

    def matched(self, template_id: str) -> Template | None:
        """The held template `template_id`, counted as matched by one more line; None if it is
        not held (never made, or evicted)."""
        held = self._recent.get(template_id)
        if held is None:
            return None
        self._recent.move_to_end(template_id)
        held[0].count += 1
        return held[0]

    def add(self, text: str, severity: str = "") -> Template:
        """The template of the masked message `text` (learnt from it, made for it if new)."""
        template = self._placed.recall((severity, text), self)
        if template is None:
            template = self._learn(text, severity)
            self._placed.remember((severity, text), template)
        return template

    def templates(self) -> list[Template]:
        """Every template held, the least recently matched first."""
        return [template for template, _ in self._recent.values()]

    def restore(self, template: Template) -> None:
        """Hold a template again (e.g. from a snapshot), as the most recently matched."""
        if template.id in self._recent:
            return
        leaf = self._leaf(template.severity, template.tokens)
        leaf.hold(template)
        self._recent[template.id] = (template, leaf)
        self.bytes += held_bytes(template)
        self._evict_over_bounds()

    def _learn(self, text: str, severity: str) -> Template:
        tokens = text.split()
        leaf = self._leaf(severity, tokens)
        best = self._closest(leaf.candidates(tokens, self._most_differing(len(tokens))), tokens)
        if best is None:
            best = self._first_word_variable(severity, tokens, text)
        if best is not None:
            best.absorb(tokens)
        else:
            best = self._new(Template(template_id(severity, text), severity, tokens, text), leaf)
        best.count += 1
        self._recent.move_to_end(best.id)
        return best

    def _closest(
        self, templates: list[Template], tokens: list[str], start: int = 0
    ) -> Template | None:
        """The template of `templates` most similar to `tokens` (from `start`), if similar
        enough and its first line differs from `tokens` in no deciding word; the first of those
        most similar. Every template of a leaf has as many tokens as the lines that reach it."""
        if not templates:
            return None
        counted = len(tokens) - start
        if counted <= 0:
            return templates[0]
        same = _equal_tokens(templates, tokens, start)
        fitting = sorted(
            (i for i, equal in enumerate(same) if equal / counted >= self.similarity),
            key=same.__getitem__,
            reverse=True,  # a stable sort: the first of the most similar comes first
        )
        admitted = (templates[i] for i in fitting if self._admits(templates[i], tokens, start))
        return next(admitted, None)

    def _admits(self, template: Template, tokens: list[str], start: int) -> bool:
        """Whether the template's first line and `tokens` differ in no deciding word (from
        `start`). The first line, not the template's tokens: a position that became `<*>`
        through names still keeps `failed` out of a template first made from a line with
        `succeeded` there."""
        deciding = self.deciding_words
        if not deciding:
            return True
        first_line = template.sample.split()
        if len(first_line) != len(tokens):
            return True
        differing = differing_words(first_line, tokens, start)
        return all(deciding.isdisjoint(words) for words in differing)

    def _first_word_variable(self, severity: str, tokens: list[str], text: str) -> Template | None:
        """For a line no template of its first word fits: the template with `<*>` first that
        fits the rest of it; a new one when FIRST_WORD_EVIDENCE first words start templates that
        fit the rest; else None."""
        if self.depth < 1 or len(tokens) < 2 or is_variable(tokens[0]):
            return None
        differing = self._most_differing(len(tokens) - 1)
        general = self._leaf(severity, [WILDCARD, *tokens[1:]])
        variable_first = [
            t for t in general.candidates(tokens, differing) if t.tokens[0] == WILDCARD
        ]
        joined = self._closest(variable_first, tokens, 1)
        if joined is not None:
            return joined
        root = self._root[severity, len(tokens)]
        others = [
            template
            for word, child in root.children.items()
            if word not in (WILDCARD, tokens[0])
            for template in _templates_under(child, tokens, differing)
        ]
        counted = len(tokens) - 1
        first_words = {
            template.tokens[0]
            for template, same in zip(others, _equal_tokens(others, tokens, 1), strict=True)
            if same / counted >= self.similarity
        }
        if len(first_words) + 1 < FIRST_WORD_EVIDENCE:
            return None
        template = Template(template_id(severity, text), severity, [WILDCARD, *tokens[1:]], text)
        return self._new(template, general)

    def _most_differing(self, counted: int) -> int:
        """The most of `counted` positions where a line may differ from a template it fits."""
        most = self._differing.get(counted)
        if most is None:
            # m = 0 always fits: the similarity is at most 1.
            most = self._differing[counted] = (
                max(m for m in range(counted + 1) if (counted - m) / counted >= self.similarity)
                if counted
                else 0
            )
        return most

    def _new(self, template: Template, leaf: _Node) -> Template:
        """`template`, held in `leaf` (not yet counted as matched)."""
        leaf.hold(template)
        self._recent[template.id] = (template, leaf)
        self.created += 1
        self.bytes += held_bytes(template)
        self._evict_over_bounds()
        return template

    def _leaf(self, severity: str, tokens: list[str]) -> _Node:
        node = self._root.setdefault((severity, len(tokens)), _Node())
        for token in tokens[: self.depth]:
            key = WILDCARD if is_variable(token) else token
            child = node.children.get(key)
            if child is None:
                if len(node.children) >= MAX_CHILDREN and key != WILDCARD:
                    key = WILDCARD
                    child = node.children.get(key)
                if child is None:
                    child = node.children[key] = _Node()
            node = child
        return node

    def _evict_over_bounds(self) -> None:
        # The newest template always stays, even alone over the byte bound.
        while len(self._recent) > 1 and (
            len(self._recent) > self.capacity
            or (self.max_bytes is not None and self.bytes > self.max_bytes)
        ):
            _, (oldest, leaf) = self._recent.popitem(last=False)
            leaf.drop(oldest)
            self.bytes -= held_bytes(oldest)
            self.evicted += 1


class PlacementMemo(Generic[Key]):
    """Which template a key (a message, a raw line, a line's shape) was placed in, for the
    `capacity` most recently used keys."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._ids: OrderedDict[Key, str] = OrderedDict()

    def __len__(self) -> int:
        return len(self._ids)

    def recall(self, key: Key, miner: TemplateMiner) -> Template | None:
        """The template `key` was placed in, counted as matched, if `miner` still holds it."""
        placed = self._ids.get(key)
        if placed is None:
            return None
        template = miner.matched(placed)
        if template is not None:
            self._ids.move_to_end(key)
        return template

    def remember(self, key: Key, template: Template) -> None:
        self._ids[key] = template.id
        self._ids.move_to_end(key)
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
