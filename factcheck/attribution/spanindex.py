"""Which of many character spans hold an offset, found without scanning them all.

Extraction asks this for every frame (is its cue inside another claim's content, is a
word inside some claim); scanning every span each time made a long document quadratic.
Spans are filed under each fixed-size block of text they cover, so a question reads one
block's few spans and the whole index is linear in the text the spans cover.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Final, Generic, TypeVar

T = TypeVar("T")

#: Characters per block: about a sentence, so most spans sit in one or two blocks.
BLOCK: Final = 256


class SpanIndex(Generic[T]):
    """Items keyed by a half-open character span ``(start, end)``, kept in insertion order."""

    def __init__(self, span: Callable[[T], tuple[int, int]], items: Iterable[T] = ()) -> None:
        self._span = span
        self._blocks: dict[int, list[T]] = {}
        for item in items:
            self.add(item)

    def add(self, item: T) -> None:
        start, end = self._span(item)
        for block in range(start // BLOCK, max(start, end - 1) // BLOCK + 1):
            self._blocks.setdefault(block, []).append(item)

    def holding(self, offset: int) -> Iterator[T]:
        """Every item whose span holds ``offset`` (start <= offset < end), in insertion order."""
        for item in self._blocks.get(offset // BLOCK, ()):
            start, end = self._span(item)
            if start <= offset < end:
                yield item
