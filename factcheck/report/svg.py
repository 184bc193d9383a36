"""Range charts as inline SVG: each claimant's interval for one count on one axis.

A chart is a pure function of its bars, so it is tested without a browser. It draws
exact numbers as a dot, ranges as a bar, an open bound ("at least 20", "up to 80") as an
arrow running off the axis on that side, and a vague amount ("dozens") as a hatched
bar. Numbers that span orders of magnitude ("2" against "12,000") are put on a log axis,
where each interval keeps a readable width.

Everything is escaped here: claimant names come from untrusted article text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Final

from factcheck.comparison import LOG_SPAN

WIDTH: Final = 720
LABEL_WIDTH: Final = 190
VALUE_WIDTH: Final = 130
ROW_HEIGHT: Final = 26
BAR_HEIGHT: Final = 12
AXIS_HEIGHT: Final = 30
PAD: Final = 10
ARROW: Final = 9
#: fills, each defined once; the report's CSS legend and its browser test read these.
COLOURS: Final[dict[str, str]] = {
    "bar": "#2f6db5",
    "conflict": "#c8402b",
    "axis": "#555555",
    "grid": "#dddddd",
    "text": "#222222",
}
_PLOT_LEFT: Final = LABEL_WIDTH + PAD
_PLOT_RIGHT: Final = WIDTH - VALUE_WIDTH - PAD


@dataclass(frozen=True, slots=True)
class Bar:
    """One claimant's claimed interval; ``None`` bounds are open (no bound said)."""

    label: str
    low: float | None
    high: float | None
    text: str
    vague: bool = False
    conflict: bool = False


@dataclass(frozen=True, slots=True)
class Axis:
    low: float
    high: float
    log: bool

    def x(self, value: float) -> float:
        """Where ``value`` lies between the plot's edges (clamped)."""
        if self.log:
            value = max(value, self.low)
            share = (math.log10(value) - math.log10(self.low)) / (
                math.log10(self.high) - math.log10(self.low))
        else:
            share = (value - self.low) / (self.high - self.low)
        share = min(max(share, 0.0), 1.0)
        return round(_PLOT_LEFT + share * (_PLOT_RIGHT - _PLOT_LEFT), 1)

    def ticks(self) -> list[float]:
        return _log_ticks(self.low, self.high) if self.log else _linear_ticks(self.high)


def axis_for(bars: Sequence[Bar]) -> Axis:
    """A linear axis from 0, or a log axis over whole decades when the bounds span
    ``LOG_SPAN`` or more."""
    bounds = [v for b in bars for v in (b.low, b.high) if v is not None and v > 0]
    if not bounds:
        return Axis(0.0, 10.0, log=False)
    smallest, largest = min(bounds), max(bounds)
    if largest / smallest >= LOG_SPAN:
        return Axis(10.0 ** math.floor(math.log10(smallest)),
                    10.0 ** math.ceil(math.log10(largest) + 1e-9), log=True)
    return Axis(0.0, _linear_ticks(largest * 1.1)[-1], log=False)


def _linear_ticks(top: float) -> list[float]:
    """0 and steps of 1, 2 or 5 times a power of ten up to the first tick at or above ``top``."""
    raw = max(top, 1.0) / 5
    magnitude = 10.0 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    count = math.ceil(top / step - 1e-9)
    return [step * i for i in range(max(count, 1) + 1)]


def _log_ticks(low: float, high: float) -> list[float]:
    first, last = round(math.log10(low)), round(math.log10(high))
    return [10.0 ** e for e in range(first, last + 1)]


def range_chart(bars: Sequence[Bar], *, title: str, chart_id: str) -> str:
    """An ``<svg>`` element: one row per bar, an axis under them, ``title`` for readers.

    ``chart_id`` (unique in the page) prefixes the ids the chart defines.
    """
    axis = axis_for(bars)
    height = len(bars) * ROW_HEIGHT + AXIS_HEIGHT + PAD
    scale = "log scale" if axis.log else "linear scale"
    hatch = f"{chart_id}-hatch"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="range-chart" role="img" '
        f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}">',
        f"<title>{escape(title)} ({scale})</title>",
        _hatch(hatch),
        *_grid(axis, len(bars) * ROW_HEIGHT + PAD),
    ]
    if axis.log:
        parts.append(f'<text x="{_PLOT_RIGHT + 4 * PAD}" y="{height - PAD - 4}" font-size="11" '
                     f'font-style="italic" fill="{COLOURS["axis"]}">log scale</text>')
    for row, bar in enumerate(bars):
        parts.extend(_row(bar, axis, PAD + row * ROW_HEIGHT, hatch))
    parts.append("</svg>")
    return "\n".join(parts)


def _hatch(hatch: str) -> str:
    """The hatch vague amounts are filled with."""
    return (f'<defs><pattern id="{hatch}" width="6" height="6" '
            f'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
            f'<rect width="6" height="6" fill="{COLOURS["bar"]}" fill-opacity="0.25"/>'
            f'<line x1="0" y1="0" x2="0" y2="6" stroke="{COLOURS["bar"]}" stroke-width="3"/>'
            f"</pattern></defs>")


def _grid(axis: Axis, bottom: float) -> list[str]:
    parts = [f'<line class="axis" x1="{_PLOT_LEFT}" y1="{bottom}" x2="{_PLOT_RIGHT}" '
             f'y2="{bottom}" stroke="{COLOURS["axis"]}"/>']
    for tick in axis.ticks():
        x = axis.x(tick)
        parts.append(f'<line x1="{x}" y1="{PAD / 2}" x2="{x}" y2="{bottom}" '
                     f'stroke="{COLOURS["grid"]}"/>')
        parts.append(f'<text x="{x}" y="{bottom + 16}" text-anchor="middle" font-size="11" '
                     f'fill="{COLOURS["axis"]}">{_tick_text(tick)}</text>')
    return parts


def _tick_text(value: float) -> str:
    return f"{value:,.0f}" if value >= 1 else f"{value:g}"


def _row(bar: Bar, axis: Axis, top: float, hatch: str) -> list[str]:
    middle = top + ROW_HEIGHT / 2
    colour = COLOURS["conflict" if bar.conflict else "bar"]
    parts = [f'<text x="{LABEL_WIDTH}" y="{middle + 4}" text-anchor="end" font-size="12" '
             f'fill="{COLOURS["text"]}">{escape(_short(bar.label, 28))}</text>']
    parts.extend(_mark(bar, axis, middle, colour, hatch))
    parts.append(f'<text x="{_PLOT_RIGHT + PAD}" y="{middle + 4}" font-size="12" '
                 f'fill="{colour}">{escape(_short(bar.text, 20))}</text>')
    return parts


def _mark(bar: Bar, axis: Axis, middle: float, colour: str, hatch: str) -> list[str]:
    """A dot for one number, else a bar with an arrow for each open side."""
    open_low = bar.low is None or (bar.low <= 0 and axis.log)
    open_high = bar.high is None
    left = _PLOT_LEFT if open_low else axis.x(bar.low or 0.0)
    right = _PLOT_RIGHT if open_high else axis.x(bar.high or 0.0)
    if bar.low == bar.high and not (open_low or open_high):
        return [f'<circle class="exact" cx="{left}" cy="{middle}" r="5" fill="{colour}"/>']
    fill = f"url(#{hatch})" if bar.vague else colour
    y = middle - BAR_HEIGHT / 2
    kind = "vague" if bar.vague else "range"
    parts = [f'<rect class="{kind}" x="{left}" y="{y}" width="{max(right - left, 2):.1f}" '
             f'height="{BAR_HEIGHT}" fill="{fill}" stroke="{colour}"/>']
    if open_low:
        parts.append(_arrow(left, middle, -1, colour))
    if open_high:
        parts.append(_arrow(right, middle, 1, colour))
    return parts


def _arrow(x: float, middle: float, direction: int, colour: str) -> str:
    """A head pointing off the axis: the bound is open on that side."""
    tip = x + direction * ARROW
    return (f'<polygon class="open" points="{x},{middle - ARROW / 1.5} {tip},{middle} '
            f'{x},{middle + ARROW / 1.5}" fill="{colour}"/>')


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
