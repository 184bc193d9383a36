"""Each claimant's claimed range for one count, on one axis, drawn with Rich text.

Drawn here rather than with textual-plotext: a plot library draws points and lines
on a braille canvas, and has no way to say "at least 20" or "dozens" — an arrow to
the axis's end and a shaded bar do, in plain cells that stay legible at 80 columns
and in a text capture. A log axis is used when the claims span two orders of
magnitude or more, so "2 soldiers" and "47" both stay visible beside "12,000".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

from factcheck.comparison import LOG_SPAN, Cell, Row, format_number
from tui.safe import printable

#: glyphs, defined once; the help screen's legend lists them
EXACT_MARK: Final = "●"
BAR: Final = "━"
VAGUE_BAR: Final = "░"
OPEN_HIGH: Final = "▶"
OPEN_LOW: Final = "◀"
#: how far past the largest open lower bound the axis reaches
OPEN_ROOM: Final = 2.0
LABEL_WIDTH: Final = 22
TEXT_WIDTH: Final = 16
MIN_AXIS: Final = 10

LEGEND: Final[tuple[tuple[str, str], ...]] = (
    (EXACT_MARK, "one number"),
    (BAR * 3, "a range"),
    (VAGUE_BAR * 3, "a vague amount (\"dozens\") as its usual range"),
    (OPEN_HIGH, "at least: no upper bound"),
    (OPEN_LOW, "up to: no lower bound"),
)


def nice_ceiling(value: float) -> float:
    """The next 1, 2 or 5 times a power of ten at or above ``value`` (84 -> 100)."""
    power = 10 ** math.floor(math.log10(value)) if value > 0 else 1
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


class Axis:
    """Maps numbers to columns ``0 .. width-1``; logarithmic when they span LOG_SPAN."""

    def __init__(self, cells: Sequence[Cell], width: int):
        values = [v for c in cells for v in (c.low, c.high) if v is not None and v > 0]
        # room to the right of an open bound, so "at least 20" shows as a bar, not a point
        values += [c.low * OPEN_ROOM for c in cells if c.open_high and c.low]
        self.low = min(values, default=1.0)
        self.high = max(values, default=1.0)
        self.log = self.high / self.low >= LOG_SPAN
        if self.log:
            self.low = 10 ** math.floor(math.log10(self.low))
            self.high = 10 ** math.ceil(math.log10(self.high))
        else:
            self.low = 0.0
            self.high = nice_ceiling(self.high)
        self.width = width

    def column(self, value: float) -> int:
        if self.log:
            value = max(value, self.low)
            share = (math.log10(value) - math.log10(self.low)) / (
                math.log10(self.high) - math.log10(self.low) or 1)
        else:
            share = (value - self.low) / (self.high - self.low or 1)
        return min(self.width - 1, max(0, round(share * (self.width - 1))))

    def ticks(self) -> Text:
        line = [" "] * self.width
        values = ([10 ** e for e in range(round(math.log10(self.low)),
                                          round(math.log10(self.high)) + 1)]
                  if self.log else [self.low, (self.low + self.high) / 2, self.high])
        free = 0  # first column a label may start at, so labels never overwrite each other
        for value in values:
            label = format_number(value)
            start = min(self.column(value), self.width - len(label))
            if start >= free:
                line[start:start + len(label)] = label
                free = start + len(label) + 1
        return Text("".join(line)[:self.width], style="dim")


def cell_bar(cell: Cell, axis: Axis, style: str) -> Text:
    """One claimant's interval: a dot, a bar, a shaded bar, arrows where a bound is open."""
    line = Text(" " * axis.width)
    low = 0 if cell.open_low else axis.column(cell.low or 0)
    high = axis.width - 1 if cell.open_high else axis.column(cell.high or 0)
    if low == high and not (cell.open_low or cell.open_high):
        line = _put(line, low, EXACT_MARK, style)
        return line
    fill = VAGUE_BAR if cell.vague else BAR
    line = _put(line, low, fill * (high - low + 1), style)
    if cell.open_high:
        line = _put(line, high, OPEN_HIGH, style)
    if cell.open_low:
        line = _put(line, 0, OPEN_LOW, style)
    return line


def _put(line: Text, at: int, text: str, style: str) -> Text:
    plain = line.plain
    out = Text(plain[:at])
    out.append(text, style=style)
    out.append(plain[at + len(text):])
    return out


class RangeChart:
    """A Rich renderable: one row's cells as bars on a shared axis, conflicting ones red."""

    def __init__(self, row: Row | None, *, selected: Cell | None = None):
        self.row = row
        self.selected = selected

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.row is None or not self.row.cells:
            yield Text("No count to chart: this line gives no number.", style="dim italic")
            return
        width = options.max_width
        label_width = min(LABEL_WIDTH, max(8, width // 4))
        axis = Axis(self.row.cells, max(MIN_AXIS, width - label_width - TEXT_WIDTH - 2))
        conflicting = {id(c) for d in self.row.disagreements for c in (d.a, d.b)}
        scale = "log scale" if axis.log else "linear scale"
        yield Text.assemble((printable(self.row.comparison), "bold"), (f"  ({scale})", "dim"))
        for cell in self.row.cells:
            style = "bold red" if id(cell) in conflicting or any(
                cell == c for d in self.row.disagreements for c in (d.a, d.b)) else "cyan"
            name = printable(cell.claimant)[:label_width].ljust(label_width)
            pointer = "▸" if cell == self.selected else " "
            yield Text.assemble(pointer, (name, "bold" if pointer != " " else ""), " ",
                                cell_bar(cell, axis, style), " ",
                                (printable(cell.text)[:TEXT_WIDTH - 1], style))
        yield Text.assemble(" " * (label_width + 2), axis.ticks())
