"""Quotation marks paired over the raw text.

Pairing works on characters, not tokens, so a quotation may run across
sentences and, by the newswire convention (a paragraph that opens a quote
without closing it, followed by a paragraph that opens again), across
paragraphs. Curly marks say which way they face; a straight mark is read from
its neighbours. Nested quotes use the other kind of mark and stay inside
their outer quote. An odd mark never raises: what pairs is kept, and a quote
left open (or a closing mark with no opening) runs to its paragraph's edge and
is flagged ``unbalanced``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

OPENERS: frozenset[str] = frozenset("“„«")
CLOSERS: frozenset[str] = frozenset("”»")
STRAIGHT: str = '"'
SINGLE_OPEN: str = "\u2018"
SINGLE_CLOSE: str = "\u2019"
#: Characters after which a straight mark opens a quotation.
OPEN_CONTEXT: frozenset[str] = frozenset(" \t\n([{—\u2013-/")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation between ``open`` and ``close``.

    ``close`` is the closing mark, or the paragraph's end when the quote is
    unbalanced; ``opened`` is False for a stray closing mark, whose quote is
    taken to start at ``open``, the paragraph's first character.
    """

    open: int
    close: int
    balanced: bool = True
    opened: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        return (self.open + 1 if self.opened else self.open), self.close


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for pos, char in enumerate(text):
        if char == "\n":
            if text[start:pos].strip():
                spans.append((start, pos))
            start = pos + 1
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """(position, opens) for every double quote mark in a paragraph."""
    marks: list[tuple[int, bool]] = []
    open_now = False
    for pos in range(start, end):
        char = text[pos]
        if char in OPENERS:
            opens = True
        elif char in CLOSERS:
            opens = False
        elif char == STRAIGHT:
            before = text[pos - 1] if pos > start else " "
            after = text[pos + 1] if pos + 1 < end else " "
            if before in OPEN_CONTEXT and not after.isspace():
                opens = True
            elif after.isspace() or not after.isalnum():
                opens = False
            else:
                opens = not open_now
        else:
            continue
        marks.append((pos, opens))
        open_now = opens
    return marks


def _single_marks(text: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Curly single marks used as quotes (British style); apostrophes are skipped."""
    marks: list[tuple[int, bool]] = []
    for pos in range(start, end):
        char = text[pos]
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if char == SINGLE_OPEN and before in OPEN_CONTEXT | {"“", '"'} and not after.isdigit():
            marks.append((pos, True))
        elif char == SINGLE_CLOSE and not after.isalnum() and not before.isspace():
            marks.append((pos, False))
    return marks


def find_quotes(text: str) -> list[Quote]:
    """All top-level quotations of a text, in order."""
    paragraphs = _paragraphs(text)
    quotes: list[Quote] = []
    pending: int | None = None
    for number, (start, end) in enumerate(paragraphs):
        marks = _double_marks(text, start, end)
        if not marks:
            marks = _paired_singles(_single_marks(text, start, end))
        for pos, opens in marks:
            if opens:
                if pending is None:
                    pending = pos
                elif pos != _first_char(text, start):
                    quotes.append(Quote(pending, _line_end(text, pending, paragraphs), False))
                    pending = pos
            elif pending is not None:
                quotes.append(Quote(pending, pos))
                pending = None
            else:
                quotes.append(Quote(_first_char(text, start), pos, balanced=False, opened=False))
        if pending is not None and not _continues(text, paragraphs, number):
            quotes.append(Quote(pending, _line_end(text, pending, paragraphs), False))
            pending = None
    return quotes


def _paired_singles(marks: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    """Keep only single marks that pair up: a lone closing mark is an apostrophe."""
    kept: list[tuple[int, bool]] = []
    opened: tuple[int, bool] | None = None
    for mark in marks:
        if mark[1]:
            opened = mark
        elif opened is not None:
            kept += [opened, mark]
            opened = None
    return kept


def _first_char(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _line_end(text: str, pos: int, paragraphs: Sequence[tuple[int, int]]) -> int:
    for start, end in paragraphs:
        if start <= pos < end:
            return len(text[:end].rstrip())
    return len(text)


def _continues(text: str, paragraphs: Sequence[tuple[int, int]], number: int) -> bool:
    """An open quote carries on when the next paragraph opens with a quote mark."""
    if number + 1 >= len(paragraphs):
        return False
    start = _first_char(text, paragraphs[number + 1][0])
    return start < len(text) and (text[start] in OPENERS or text[start] == STRAIGHT)


class QuoteIndex:
    """Which characters lie inside a quotation, answered by bisection."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = list(quotes)
        self._opens = [q.open for q in self.quotes]

    def containing(self, pos: int) -> Quote | None:
        at = bisect.bisect_right(self._opens, pos) - 1
        if at >= 0 and self.quotes[at].open < pos < self.quotes[at].close + 1:
            return self.quotes[at]
        return None

    def inside(self, pos: int) -> bool:
        quote = self.containing(pos)
        return quote is not None and quote.open < pos < quote.close

    def within(self, start: int, end: int) -> list[Quote]:
        """Quotes lying wholly inside characters ``[start, end)``."""
        lo = bisect.bisect_left(self._opens, start)
        return [q for q in self.quotes[lo:] if q.open < end and q.close < end]

    def balance(self, start: int, end: int, limit: int) -> tuple[int, int]:
        """Stretch a span to the closing mark of a quote it opens (up to ``limit``).

        A reported clause ending inside a quoted fragment ("…against “terrorist
        targets.”") would otherwise lose the mark after the full stop.
        """
        lo = bisect.bisect_left(self._opens, start)
        for quote in self.quotes[lo:]:
            if quote.open >= end:
                break
            if end <= quote.close < limit:
                end = quote.close + 1
        return start, end
