"""A fast, read-only table: renders only the rows on screen, so 10k rows filter instantly.

Textual's DataTable measures every cell when rows are added, which costs
hundreds of milliseconds for thousands of rows; a board that refilters on a
keypress needs it in a few. Columns have fixed widths except one flexible
column, and low-priority columns are dropped when the terminal is narrow, so
the essential ones are never clipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.keymap import TABLE_BINDINGS
from tui.safe import safe

Cell = str | Text


@dataclass(frozen=True, slots=True)
class Column:
    """``width`` 0 makes the one flexible column; higher ``drop`` goes first when narrow."""

    key: str
    title: str
    width: int = 0
    min_width: int = 12
    justify: str = "left"
    drop: int = 0


@dataclass(frozen=True, slots=True)
class TableRow:
    """Cells are shown as plain text; ``search`` is what find matches (lower case)."""

    key: str
    cells: tuple[Cell, ...]
    marked: bool = False
    search: str = ""


class RowTable(ScrollView, can_focus=True):
    """A header line, then one line per row, with a cursor row."""

    BINDINGS: ClassVar[list[BindingType]] = [*TABLE_BINDINGS]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "row-table--header", "row-table--cursor", "row-table--cursor-blurred",
        "row-table--marked", "row-table--empty",
    }

    DEFAULT_CSS = """
    RowTable { overflow-x: hidden; height: 1fr; }
    RowTable > .row-table--header { text-style: bold; color: $text-accent; }
    RowTable > .row-table--cursor { background: $block-cursor-background;
                                    color: $block-cursor-foreground; }
    RowTable > .row-table--cursor-blurred { background: $block-cursor-blurred-background; }
    RowTable > .row-table--marked { color: $text-error; }
    RowTable > .row-table--empty { color: $text-muted; text-style: italic; }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        def __init__(self, table: RowTable, index: int, key: str) -> None:
            super().__init__()
            self.table, self.index, self.key = table, index, key

        @property
        def control(self) -> RowTable:
            return self.table

    class Selected(Highlighted):
        pass

    def __init__(self, columns: Sequence[Column], *, empty_text: str = "Nothing to show",
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.columns = tuple(columns)
        self.empty_text = empty_text
        self.rows: tuple[TableRow, ...] = ()
        self._column_layout: tuple[int, list[tuple[Column, int]]] | None = None

    # data ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[TableRow], *, keep: str | None = None) -> None:
        """Replace the rows; the cursor stays on ``keep`` (or the current key) when present."""
        wanted = keep if keep is not None else self.cursor_key
        self.rows = tuple(rows)
        index = next((i for i, r in enumerate(self.rows) if r.key == wanted), None)
        self.virtual_size = Size(self.size.width, len(self.rows) + 1)
        self.move_to(index if index is not None else min(self.cursor, len(self.rows) - 1))
        self.refresh()

    def replace_row(self, row: TableRow) -> None:
        """Swap one row in place (after a review), leaving the cursor alone."""
        self.rows = tuple(row if r.key == row.key else r for r in self.rows)
        self.refresh()

    @property
    def cursor_key(self) -> str | None:
        return self.rows[self.cursor].key if 0 <= self.cursor < len(self.rows) else None

    @property
    def cursor_row(self) -> TableRow | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def move_to(self, index: int) -> None:
        self.cursor = max(0, min(index, len(self.rows) - 1))

    def move_to_key(self, key: str) -> bool:
        for index, row in enumerate(self.rows):
            if row.key == key:
                self.move_to(index)
                return True
        return False

    def find(self, query: str, *, skip_current: bool = True) -> bool:
        """Move to the next row whose search text holds ``query``, wrapping around."""
        needle = query.casefold()
        count = len(self.rows)
        first = 1 if skip_current else 0
        for step in range(first, count + first):
            index = (self.cursor + step) % count
            row = self.rows[index]
            haystack = row.search or " ".join(str(c) for c in row.cells).casefold()
            if needle in haystack:
                self.move_to(index)
                return True
        return False

    # cursor ----------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        top = round(self.scroll_offset.y)
        self._scroll_to_cursor()
        if round(self.scroll_offset.y) == top:
            self.refresh_line(old + 1)
            self.refresh_line(new + 1)
        else:
            self.refresh()
        if self.rows:
            self.post_message(self.Highlighted(self, new, self.rows[new].key))

    def _scroll_to_cursor(self) -> None:
        body = max(1, self.scrollable_content_region.height - 1)
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + body:
            self.scroll_to(y=self.cursor - body + 1, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_top(self) -> None:
        self.move_to(0)

    def action_bottom(self) -> None:
        self.move_to(len(self.rows) - 1)

    def action_page_down(self) -> None:
        self.move_to(self.cursor + max(1, self.scrollable_content_region.height - 2))

    def action_page_up(self) -> None:
        self.move_to(self.cursor - max(1, self.scrollable_content_region.height - 2))

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self, self.cursor, self.rows[self.cursor].key))

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_offset.y) + event.y - 1
        if 0 <= index < len(self.rows):
            self.move_to(index)
            if event.chain >= 2:
                self.action_select()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.rows) + 1)
        self._scroll_to_cursor()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # rendering -------------------------------------------------------------------------

    def _layout(self, width: int) -> list[tuple[Column, int]]:
        """Drop columns by priority until the rest fit, then give the flexible one the rest."""
        if self._column_layout and self._column_layout[0] == width:
            return self._column_layout[1]
        shown = list(self.columns)

        def needed(columns: list[Column]) -> int:
            return sum((c.width or c.min_width) + 1 for c in columns)

        while needed(shown) > width and any(c.drop for c in shown):
            shown.remove(max(shown, key=lambda c: c.drop))
        spare = width - needed(shown)
        layout = [(c, c.width or c.min_width + max(0, spare)) for c in shown]
        self._column_layout = (width, layout)
        return layout

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            header = self.get_component_rich_style("row-table--header")
            return self._strip([(safe(c.title), c, w) for c, w in self._layout(width)],
                               base + header, width)
        index = round(self.scroll_offset.y) + y - 1
        if not self.rows and y == 1:
            style = base + self.get_component_rich_style("row-table--empty")
            return Strip([Segment(f" {self.empty_text}", style)]).adjust_cell_length(width, base)
        if index >= len(self.rows):
            return Strip.blank(width, base)
        return self._row_strip(self.rows[index], index, width, base)

    def _row_strip(self, row: TableRow, index: int, width: int, base: Style) -> Strip:
        style = base
        if row.marked:
            style += self.get_component_rich_style("row-table--marked")
        if index == self.cursor:
            name = "row-table--cursor" if self.has_focus else "row-table--cursor-blurred"
            style += self.get_component_rich_style(name)
        layout = self._layout(width)
        indexes = {c.key: i for i, c in enumerate(self.columns)}
        cells = [(row.cells[indexes[c.key]], c, w) for c, w in layout]
        return self._strip(cells, style, width)

    def _strip(self, cells: list[tuple[Cell, Column, int]], style: Style, width: int) -> Strip:
        line = Text(style=style, no_wrap=True, end="")
        for cell, column, cell_width in cells:
            text = safe(cell if isinstance(cell, Text) else " ".join(cell.split()))
            text.truncate(cell_width, overflow="ellipsis")
            text.align("right" if column.justify == "right" else "left", cell_width)
            line.append(" ")
            line.append_text(text)
        segments = list(line.render(self.app.console))
        return Strip(segments).adjust_cell_length(width, style)
