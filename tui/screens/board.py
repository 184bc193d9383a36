"""The board: every claim group, conflicts first, with the claims of the one under the cursor."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Header

from factcheck.review import BoardFilter, BoardRow, CompareRow, ReviewService
from tui.keymap import BOARD_BINDINGS
from tui.messages import ChangeFilter, OpenGroup, OpenReader, SetFilter
from tui.safe import safe
from tui.screens.base import ServiceScreen
from tui.widgets.analysis_panel import AnalysisPanel
from tui.widgets.filterbar import FilterBar
from tui.widgets.findbar import FindBar
from tui.widgets.keybar import KeyBar
from tui.widgets.marks import conflict_cell, status_cell
from tui.widgets.rowtable import Column, RowTable, TableRow

BOARD_COLUMNS: tuple[Column, ...] = (
    Column("conflict", "", width=1),
    Column("label", "Group", min_width=34),
    Column("claims", "Claims", width=6, justify="right"),
    Column("sources", "Sources", width=7, justify="right", drop=2),
    Column("claimants", "Claimants", width=9, justify="right", drop=1),
    Column("spread", "Spread", width=11, justify="right"),
    Column("reviewed", "Reviewed", width=8, justify="right", drop=3),
)

PREVIEW_COLUMNS: tuple[Column, ...] = (
    Column("conflict", "", width=1),
    Column("status", "", width=1),
    Column("claimant", "Claimant", width=22),
    Column("range", "Range", width=12),
    Column("outlet", "Outlet", width=10, drop=1),
    Column("content", "Claim", min_width=20),
)


EMPTY_FILTERED = "No group matches the filter (f: change it, esc: clear it)"
EMPTY_WORKSPACE = "No claim groups yet: start with `factcheck tui PATH…` to analyse articles"


def board_row(row: BoardRow) -> TableRow:
    return TableRow(row.group_id, (
        conflict_cell(row.has_conflict), row.label, str(row.claims), str(row.sources),
        str(row.claimants), row.spread, f"{row.reviewed}/{row.claims}",
    ), marked=row.has_conflict, search=row.search)


def preview_row(row: CompareRow) -> TableRow:
    return TableRow(row.claim_id, (
        conflict_cell(row.conflicting), status_cell(row.status, word=False), row.claimant,
        row.range, row.outlet, row.content,
    ), marked=row.conflicting)


class BoardScreen(ServiceScreen):
    """Enter opens a group in compare; tab moves to its claims, where enter opens the reader."""

    BINDINGS: ClassVar[list[BindingType]] = [*BOARD_BINDINGS]
    AUTO_FOCUS = "#groups"

    def __init__(self, service: ReviewService, board_filter: BoardFilter) -> None:
        super().__init__(service)
        #: The app's filter as it last told this screen (it owns the filter: menus change it too).
        self.board_filter = board_filter

    def compose(self) -> ComposeResult:
        yield Header()
        yield FilterBar(id="filter-bar")
        yield RowTable(BOARD_COLUMNS, id="groups")
        yield RowTable(PREVIEW_COLUMNS, id="preview", empty_text="No claims")
        yield AnalysisPanel(id="analysis")
        yield FindBar()
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = safe(f"Board · {self.service.path.name}").plain
        self.watch(self.app, "board_filter", self._filter_changed, init=False)
        self.sync()
        self.main_widget().focus()

    def main_widget(self) -> RowTable:
        return self.query_one("#groups", RowTable)

    def refresh_data(self) -> None:
        board_filter = self.board_filter
        rows = self.service.board(board_filter)
        groups = self.main_widget()
        groups.empty_text = EMPTY_FILTERED if board_filter.active else EMPTY_WORKSPACE
        groups.set_rows([board_row(r) for r in rows])
        self._show_filter(board_filter, len(rows))
        self._show_preview()

    def _filter_changed(self, board_filter: BoardFilter) -> None:
        self.board_filter = board_filter
        self.refresh_data()
        self.refresh_bindings()

    def _show_filter(self, board_filter: BoardFilter, shown: int) -> None:
        self.query_one(FilterBar).show(self.service.describe_filter(board_filter), shown)

    def open_filter(self) -> None:
        """``f`` on the board: the filter line takes the keys (c, s, d, r, x)."""
        self.query_one(FilterBar).focus()

    @on(FilterBar.Chosen)
    def _filter_chosen(self, event: FilterBar.Chosen) -> None:
        self.post_message(ChangeFilter(event.what))

    def _show_preview(self) -> None:
        key = self.main_widget().cursor_key
        rows = self.service.group(key).rows if key else ()
        self.query_one("#preview", RowTable).set_rows([preview_row(r) for r in rows])

    @on(RowTable.Highlighted, "#groups")
    def _group_highlighted(self) -> None:
        self._show_preview()

    @on(RowTable.Selected, "#groups")
    def _open_group(self, event: RowTable.Selected) -> None:
        self.post_message(OpenGroup(event.key))

    @on(RowTable.Selected, "#preview")
    def _open_claim(self, event: RowTable.Selected) -> None:
        self.post_message(OpenReader(self.service.claim_doc(event.key), event.key))

    def find(self, query: str, *, again: bool) -> bool:
        return self.main_widget().find(query, skip_current=again)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filter":
            return self.board_filter.active
        return True

    def action_clear_filter(self) -> None:
        self.post_message(SetFilter(BoardFilter()))
