"""Which template a record belongs to, found without masking for most records of a stream.

Masking (`server.masking`) costs most of a record's time on the hot path, about 40 us for a
200-character line, nearly all of it in the regular expressions; yet most records of a stream
repeat a line or a shape already seen, with fresh identifiers. So before a record's message is
masked and given to the template miner (`server.templates`), two memos are asked:

1. the raw line, with the severity its attributes name: a line seen before is one lookup;
2. the line's shape: the message after its header (`server.lines`), each word that holds a digit
   replaced by one mark, with the line's severity. A word longer than SHAPE_WORD_MAX characters
   (a JSON document, a long URL, a container id in quotes) is not reduced to one mark: in it,
   each run of at least SHAPE_RUN_MIN letters and digits that holds a digit is one mark (an id, a
   hash, a timestamp's parts), and each other digit is a mark of its own.

A record found by neither is masked and given to the miner, and both memos remember where it went,
so every later line of the same shape joins that template, which marks the words where the line
differs as variable (`Template.absorb_unmasked`). That is what the miner itself would mostly do
with them (their masked texts differ only where digits were); `make export` measures it on the
training corpus and the evaluation set (the template layer's purity in REPORT.md).

Not thread-safe, like the miner: the server touches both only on its event loop.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from server.features import RecordView, unmasked_view
from server.lines import severity_from_attributes
from server.masking import mask
from server.templates import PlacementMemo, Template, TemplateMiner

# A word of at most this many characters that holds a digit is one variable (an id, a number, a
# pod or host name, a timestamp); a longer one (a JSON document, a URL) is marked run by run.
SHAPE_WORD_MAX: Final = 48
# In a longer word, a run of at least this many letters and digits that holds a digit is one mark;
# shorter runs (`s3`, `ec2`, `v1`) keep their letters, so `s3.amazonaws.com` stays apart from
# `ec2.amazonaws.com`.
SHAPE_RUN_MIN: Final = 4
# Each memo holds at most this many keys (the least recently used go first), and only lines of at
# most MEMO_LINE_MAX characters: at most about 2 x 20,000 x 1 KiB of keys.
MEMO_SIZE: Final = 20_000
MEMO_LINE_MAX: Final = 1024
# What of a message is masked and kept in a template: the model reads 128 word pieces, each word
# is at least one, so words past the 128th never reach it; the character cut bounds a line of
# few, very long words. A 60 KB line costs what a 2 KB one does, in time and in memory.
MODEL_TEXT_MAX: Final = 2048
MODEL_WORDS_MAX: Final = 128
_DIGIT_MARK: Final = "\0"
_DIGITS_TO_MARK: Final = str.maketrans("0123456789", _DIGIT_MARK * 10)
# The same for an ASCII line's bytes: `bytes.translate` is about twice as fast as `str.translate`
# with its table, encoding and decoding included.
_ASCII_DIGITS_TO_MARK: Final = bytes.maketrans(b"0123456789", _DIGIT_MARK.encode() * 10)
# A whole run of letters and marks (the digits already marked) that holds a mark.
_MARKED_RUN: Final = re.compile(
    rf"(?<![A-Za-z{_DIGIT_MARK}])(?=[A-Za-z{_DIGIT_MARK}]*{_DIGIT_MARK})"
    rf"[A-Za-z{_DIGIT_MARK}]{{{SHAPE_RUN_MIN},}}(?![A-Za-z{_DIGIT_MARK}])"
)


def model_text(masked: str) -> str:
    """`masked` cut to its first MODEL_WORDS_MAX words (unchanged when it has no more)."""
    words = masked.split(maxsplit=MODEL_WORDS_MAX)
    return " ".join(words[:MODEL_WORDS_MAX]) if len(words) > MODEL_WORDS_MAX else masked


def placed_text(view: RecordView) -> str:
    """What of a record the miner places and the semantic tier classifies: its message after
    the header, cut to MODEL_TEXT_MAX characters, masked, cut to MODEL_WORDS_MAX words."""
    return model_text(mask(view.text[:MODEL_TEXT_MAX]))


def shape(message: str) -> str:
    """`message` with every word of at most SHAPE_WORD_MAX characters that holds a digit replaced
    by one mark; in longer words, each run of SHAPE_RUN_MIN or more letters and digits that holds
    a digit by one mark, other digits by a mark each; words joined by one space."""
    marked = (
        message.encode().translate(_ASCII_DIGITS_TO_MARK).decode()
        if message.isascii()
        else message.translate(_DIGITS_TO_MARK)
    )
    return " ".join(
        [
            word
            if _DIGIT_MARK not in word
            else _DIGIT_MARK
            if len(word) <= SHAPE_WORD_MAX
            else _MARKED_RUN.sub(_DIGIT_MARK, word)
            for word in marked.split()
        ]
    )


class TemplatePlacer:
    """Maps records to the templates of `miner`, asking the line and shape memos first."""

    def __init__(self, miner: TemplateMiner) -> None:
        self.miner = miner
        size = min(MEMO_SIZE, miner.capacity)
        self._lines: PlacementMemo[tuple[str, str | None]] = PlacementMemo(size)
        self._shapes: PlacementMemo[tuple[str, str | None]] = PlacementMemo(size)
        self.masked = 0  # records that had to be masked: found by neither memo

    def place(self, message: str, attributes: Mapping[str, str] | None = None) -> Template:
        """The template of the record with `message` and `attributes`."""
        attribute_severity = severity_from_attributes(attributes) if attributes else None
        if len(message) > MEMO_LINE_MAX:  # never remembered: masked and placed every time
            return self._mask_and_add(unmasked_view(message, attribute_severity))
        line = (message, attribute_severity)
        template = self._lines.recall(line, self.miner)
        if template is None:
            view = unmasked_view(message, attribute_severity)
            line_shape = (shape(view.text), view.severity)
            template = self._shapes.recall(line_shape, self.miner)
            if template is None:
                template = self._mask_and_add(view)
                self._shapes.remember(line_shape, template)
            else:  # where this line's words differ from the template's, the template says <*>
                template.absorb_unmasked(view.text)
            self._lines.remember(line, template)
        return template

    def _mask_and_add(self, view: RecordView) -> Template:
        self.masked += 1
        return self.miner.add(placed_text(view), view.severity or "")
