"""The comparison view of one event: what was counted, who claims how many, who contradicts
whom, and each count's ranges on one axis below."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Header, Static

from factcheck.comparison import NOT_EQUAL, Cell, EventComparison, Row
from factcheck.errors import WorkspaceError
from factcheck.records import ReviewStatus
from factcheck.review import NO_VALUE, ReviewService
from tui.keymap import EVENT_BINDINGS
from tui.messages import OpenReader
from tui.safe import safe
from tui.screens.base import DONE, ReviewScreen
from tui.widgets.findbar import FindBar
from tui.widgets.keybar import KeyBar
from tui.widgets.marks import CONFLICT_MARK, CONFLICT_STYLE, conflict_cell, status_cell
from tui.widgets.range_chart import RangeChart
from tui.widgets.rowtable import Column, RowTable, TableRow

EVENT_COLUMNS: tuple[Column, ...] = (
    Column("conflict", "", width=1),
    Column("status", "", width=1),
    Column("claimant", "Counted, then who claims it", min_width=24),
    Column("claimed", "Claimed", width=15),
    Column("against", "Disagrees with", width=24),
    Column("hedge", "Hedge", width=9, drop=4),
    Column("outlets", "Outlets", width=7, justify="right", drop=3),
    Column("first", "First report", width=12, drop=2),
)
#: the line heading the event's claims that give no number
NO_NUMBER = "no number"
#: row keys: "<row index>:<cell index>", "<row index>:" for a row's heading line, or
#: "none:<claim id>" for a claim with no number
NONE_PREFIX = "none:"
INDENT = "  "
FIRST_CELL = "0:0"


def heading_row(index: int, row: Row) -> TableRow:
    """What was counted, as a line of its own above its claimants."""
    return TableRow(f"{index}:", (
        conflict_cell(row.has_conflict), "", Text(row.comparison, style="bold"), "", "", "", "",
        "",
    ), marked=row.has_conflict, search=row.comparison.casefold())


def cell_row(index: int, n: int, row: Row, cell: Cell) -> TableRow:
    others = row.counterparts(cell)
    against = ", ".join(f"{NOT_EQUAL} {o.claimant} {o.text}" for o in others)
    return TableRow(f"{index}:{n}", (
        conflict_cell(bool(others)), status_cell(cell.status, word=False),
        INDENT + cell.claimant, cell.text, against, cell.hedge, str(cell.outlets),
        cell.first_reported or NO_VALUE,
    ), marked=bool(others),
        search=" ".join((row.comparison, cell.claimant, cell.text)).casefold())


class EventScreen(ReviewScreen):
    """Enter reads the claim; o jumps to the claim it disagrees with; a shows claims with no
    number; review keys act on every claim of the line."""

    BINDINGS: ClassVar[list[BindingType]] = [*EVENT_BINDINGS]

    def __init__(self, service: ReviewService, event_id: str = "") -> None:
        super().__init__(service)
        self.event_id = event_id
        self.view: EventComparison | None = None
        self.show_unnumbered = False
        self._counterpart_turn = 0

    def show_event(self, event_id: str) -> None:
        """Point this (reused) screen at another event; it redraws when shown."""
        self.event_id = event_id
        self.show_unnumbered = False
        self._seen_version = -1
        if self.is_mounted:
            self.query_one(FindBar).display = False
            self.main_widget().set_rows(())
            self.main_widget().focus()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="group-heading")
        yield RowTable(EVENT_COLUMNS, id="cells", empty_text="No counts in this event (a: "
                                                              "claims with no number)")
        yield Static(id="chart")
        yield FindBar()
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = safe(f"Comparison · {self.service.path.name}").plain
        self.sync()
        self.main_widget().focus()

    def main_widget(self) -> RowTable:
        return self.query_one("#cells", RowTable)

    def refresh_data(self) -> None:
        try:
            self.view = self.service.event(self.event_id)
        except WorkspaceError:
            self.dismiss()
            return
        view = self.view
        heading = Text()
        if view.has_conflict:
            heading.append(f"{CONFLICT_MARK} ", style=CONFLICT_STYLE)
        heading.append(view.label, style="bold")
        heading.append(f"  {len(view.claim_ids)} claims · {view.outlets} outlets · "
                       f"{len(view.disagreements)} disagreements · "
                       f"{len(view.unnumbered)} with no number (a)", style="dim")
        self.query_one("#group-heading", Static).update(safe(heading))
        rows = [line for i, row in enumerate(view.rows)
                for line in (heading_row(i, row),
                             *(cell_row(i, n, row, cell) for n, cell in enumerate(row.cells)))]
        if self.show_unnumbered:
            rows += self._unnumbered_rows(view)
        # a fresh event opens on its first claimant, not on a heading
        self.main_widget().set_rows(rows, keep=self.main_widget().cursor_key or FIRST_CELL)
        self._show_chart()

    def _unnumbered_rows(self, view: EventComparison) -> list[TableRow]:
        found = []
        for n, row in enumerate(self.service.compare_rows(view.unnumbered)):
            if n == 0:
                found.append(TableRow(NONE_PREFIX, ("", "", Text(NO_NUMBER, style="bold"),
                                                    "", "", "", "", "")))
            found.append(TableRow(NONE_PREFIX + row.claim_id, (
                "", status_cell(row.status, word=False), INDENT + row.claimant, row.content, "",
                row.hedge, "1", row.published[:10],
            ), search=" ".join((row.claimant, row.content)).casefold()))
        return found

    def _current_row(self) -> Row | None:
        key = self.main_widget().cursor_key
        if self.view is None or key is None or key.startswith(NONE_PREFIX):
            return None
        return self.view.rows[int(key.split(":")[0])]

    def _current(self) -> tuple[Row, Cell] | None:
        row, key = self._current_row(), self.main_widget().cursor_key
        cell_index = key.split(":")[1] if key else ""
        return (row, row.cells[int(cell_index)]) if row and cell_index else None

    def _current_claims(self) -> tuple[str, ...]:
        key = self.main_widget().cursor_key
        if key and key.startswith(NONE_PREFIX):
            return (key.removeprefix(NONE_PREFIX),) if key != NONE_PREFIX else ()
        current = self._current()
        return current[1].claim_ids if current else ()

    def _show_chart(self) -> None:
        current = self._current()
        chart = RangeChart(self._current_row(), selected=current[1] if current else None)
        # the pane's height is fixed, so a new chart needs no new layout (a key stays cheap)
        self.query_one("#chart", Static).update(chart, layout=False)

    @on(RowTable.Highlighted, "#cells")
    def _highlighted(self) -> None:
        self._counterpart_turn = 0
        self._show_chart()

    @on(RowTable.Selected, "#cells")
    def _open(self) -> None:
        claims = self._current_claims()
        if claims:
            self.post_message(OpenReader(self.service.claim_doc(claims[0]), claims[0]))

    def action_counterpart(self) -> None:
        """The sentence of the claim this line disagrees with (again: the next one)."""
        current = self._current()
        others = current[0].counterparts(current[1]) if current else []
        if not others:
            self.notify("This line disagrees with no one", severity="warning")
            return
        other = others[self._counterpart_turn % len(others)]
        self._counterpart_turn += 1
        claim_id = other.claim_ids[0]
        self.post_message(OpenReader(self.service.claim_doc(claim_id), claim_id))

    def action_unnumbered(self) -> None:
        self.show_unnumbered = not self.show_unnumbered
        self.refresh_data()
        if self.show_unnumbered and self.view and self.view.unnumbered:
            self.main_widget().move_to_key(NONE_PREFIX)

    # review: a line may stand for the same number in several outlets ---------------------

    def current_claim(self) -> tuple[str, str] | None:
        claims = self._current_claims()
        if not claims:
            return None
        current = self._current()
        return claims[0], current[1].claimant if current else "this claim"

    def current_text(self) -> tuple[str, Text]:
        claims = self._current_claims()
        rows = self.service.compare_rows(claims)
        text = Text()
        for row in rows:
            text.append(f"{row.claimant} · {row.outlet} · {row.published}\n", style="bold")
            text.append(f"{row.sentence}\n\n")
        return (rows[0].claimant if rows else ""), text

    def action_review(self, status: str) -> None:
        claims, current = self._current_claims(), self.current_claim()
        if not claims or current is None:
            return
        wanted = ReviewStatus(status)
        name = current[1]
        outlets = f" ({len(claims)} claims)" if len(claims) > 1 else ""

        def write_all() -> None:
            for claim_id in claims:
                self.service.set_status(claim_id, wanted)

        self.write(f"{DONE[wanted]}: {name}{outlets}", write_all)

    def find(self, query: str, *, again: bool) -> bool:
        return self.main_widget().find(query, skip_current=again)
