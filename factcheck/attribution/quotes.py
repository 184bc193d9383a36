"""Quotation marks paired over the raw text.

Pairing works on characters, not tokens, so a quotation may run across
sentences and, by the newswire convention (a paragraph that opens a quote
without closing it, followed by a paragraph that opens again), across
paragraphs. Curly marks say which way they face; a straight mark (or a
doubled apostrophe, as some archives write quotes) is read from its
neighbours. Nested quotes use the other kind of mark and stay inside their
outer quote. An odd mark never raises: what pairs is kept, and a quote left
open (or a closing mark with no opening) runs to its paragraph's edge and is
flagged ``unbalanced``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

OPENERS: frozenset[str] = frozenset("“„«")
CLOSERS: frozenset[str] = frozenset("”»")
STRAIGHT: str = '"'
DOUBLED_STRAIGHT: str = "''"
GRAVE_OPENER: str = "``"
SINGLE_OPEN: str = "\u2018"
SINGLE_CLOSE: str = "\u2019"
#: Characters after which a straight mark opens a quotation.
OPEN_CONTEXT: frozenset[str] = frozenset(" \t\n([{—\u2013-/")

#: (position, width, opens) of one quote mark.
Mark = tuple[int, int, bool]


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation whose marks start at ``open`` and ``close``.

    ``close`` is the closing mark, or the paragraph's end when the quote is
    unbalanced (then ``close_width`` is 0); ``opened`` is False for a stray
    closing mark, whose quote is taken to start where the paragraph, or the
    quote before it in the paragraph, leaves off (then ``open_width`` is 0).
    """

    open: int
    close: int
    balanced: bool = True
    open_width: int = 1
    close_width: int = 1

    @property
    def opened(self) -> bool:
        return self.open_width > 0

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + self.open_width, self.close

    @property
    def outer(self) -> tuple[int, int]:
        return self.open, self.close + self.close_width


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


def _double_marks(text: str, start: int, end: int) -> list[Mark]:
    """Every double quote mark in a paragraph, with the way it faces."""
    marks: list[Mark] = []
    open_now = False
    pos = start
    while pos < end:
        char, pair = text[pos], text[pos:pos + 2]
        width = 2 if pair in (DOUBLED_STRAIGHT, GRAVE_OPENER) else 1
        before = text[pos - 1] if pos > start else " "
        after = text[pos + width] if pos + width < end else " "
        if char in OPENERS or pair == GRAVE_OPENER:
            # a curly opener typed where a closer belongs: 'it.“ Then'
            opens = open_now is False or before in OPEN_CONTEXT or not after.isspace()
        elif char in CLOSERS:
            # a curly closer typed as an opener: '”Fear. I am afraid …”'
            opens = not open_now and before in OPEN_CONTEXT and after.isalnum()
        elif char == STRAIGHT or pair == DOUBLED_STRAIGHT:
            if before in OPEN_CONTEXT and not after.isspace():
                opens = True
            elif after.isspace() or not after.isalnum():
                opens = False
            else:
                opens = not open_now
        else:
            pos += 1
            continue
        marks.append((pos, width, opens))
        open_now = opens
        pos += width
    return marks


def _single_marks(text: str, start: int, end: int) -> list[Mark]:
    """Curly single marks that pair up as quotes (British style); a lone closer is an apostrophe."""
    marks: list[Mark] = []
    opened: Mark | None = None
    for pos in range(start, end):
        char = text[pos]
        before = text[pos - 1] if pos > start else " "
        after = text[pos + 1] if pos + 1 < end else " "
        if char == SINGLE_OPEN and before in OPEN_CONTEXT and not after.isdigit():
            opened = (pos, 1, True)
        elif char == SINGLE_CLOSE and opened and not after.isalnum() and not before.isspace():
            marks += [opened, (pos, 1, False)]
            opened = None
    return marks


def find_quotes(text: str) -> list[Quote]:
    """All top-level quotations of a text, in order."""
    paragraphs = _paragraphs(text)
    quotes: list[Quote] = []
    pending: Mark | None = None
    for number, (start, end) in enumerate(paragraphs):
        marks = _double_marks(text, start, end) or _single_marks(text, start, end)
        resume = start
        for mark in marks:
            pos, width, opens = mark
            if opens:
                if pending is None:
                    pending = mark
                elif pos != _first_char(text, start):
                    quotes.append(_open_ended(text, pending, paragraphs))
                    pending = mark
            elif pending is not None:
                quotes.append(Quote(pending[0], pos, True, pending[1], width))
                pending = None
            else:
                quotes.append(Quote(_first_char(text, resume), pos, False, 0, width))
            if not opens:
                resume = pos + width
        if pending is not None and not _continues(text, paragraphs, number, pending):
            quotes.append(_open_ended(text, pending, paragraphs))
            pending = None
    return quotes


def _open_ended(text: str, mark: Mark, paragraphs: Sequence[tuple[int, int]]) -> Quote:
    """A quote never closed: it runs to the end of the paragraph it opens in."""
    pos, width, _ = mark
    end = len(text)
    for start, stop in paragraphs:
        if start <= pos < stop:
            end = len(text[:stop].rstrip())
    return Quote(pos, end, False, width, 0)


def _first_char(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _continues(text: str, paragraphs: Sequence[tuple[int, int]], number: int,
               pending: Mark) -> bool:
    """An open quote carries on when the next paragraph opens with the same style of mark."""
    if number + 1 >= len(paragraphs):
        return False
    start = _first_char(text, paragraphs[number + 1][0])
    return _style(text, start) == _style(text, pending[0]) is not None


def _style(text: str, pos: int) -> str | None:
    """Curly or straight: a quote opened with one is not closed or carried on by the other."""
    pair = text[pos:pos + 2]
    if pair in (DOUBLED_STRAIGHT, GRAVE_OPENER) or pair[:1] == STRAIGHT:
        return "straight"
    return "curly" if pair[:1] in OPENERS | CLOSERS else None


class QuoteIndex:
    """Which characters lie inside a quotation, answered by bisection."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = list(quotes)
        self._opens = [q.open for q in self.quotes]

    def inside(self, pos: int) -> bool:
        """``pos`` lies between a quote's marks."""
        at = bisect.bisect_right(self._opens, pos) - 1
        if at < 0:
            return False
        start, end = self.quotes[at].inner
        return start <= pos < end

    def _from(self, start: int) -> Iterator[Quote]:
        """Quotes opening at ``start`` or after, in order, without copying the list."""
        for at in range(bisect.bisect_left(self._opens, start), len(self.quotes)):
            yield self.quotes[at]

    def within(self, start: int, end: int) -> list[Quote]:
        """Quotes lying wholly inside characters ``[start, end)``."""
        found = []
        for quote in self._from(start):
            if quote.open >= end:
                break
            if quote.close < end:
                found.append(quote)
        return found

    def balance(self, start: int, end: int, limit: int) -> tuple[int, int]:
        """Stretch a span to the closing mark of a quote it opens (up to ``limit``).

        A reported clause ending inside a quoted fragment ("…against “terrorist
        targets.”") would otherwise lose the mark after the full stop.
        """
        for quote in self._from(start):
            if quote.open >= end:
                break
            if end <= quote.close < limit:
                end = quote.outer[1]
        return start, end
