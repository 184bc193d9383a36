"""Compare: one group's claims side by side, the conflicting rows marked."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Header, Static

from factcheck.errors import WorkspaceError
from factcheck.review import CompareRow, GroupView, ReviewService
from tui.keymap import COMPARE_BINDINGS
from tui.messages import OpenReader
from tui.safe import safe
from tui.screens.base import ReviewScreen
from tui.widgets.details import compare_detail
from tui.widgets.findbar import FindBar
from tui.widgets.keybar import KeyBar
from tui.widgets.marks import CONFLICT_MARK, CONFLICT_STYLE, conflict_cell, status_cell
from tui.widgets.rowtable import Column, RowTable, TableRow

COMPARE_COLUMNS: tuple[Column, ...] = (
    Column("conflict", "", width=1),
    Column("status", "Review", width=12),
    Column("claimant", "Claimant", min_width=20),
    Column("range", "Range", width=12),
    Column("target", "Target", width=15, drop=1),
    Column("cue", "Cue", width=10, drop=5),
    Column("hedge", "Hedge", width=9, drop=4),
    Column("type", "Type", width=12, drop=6),
    Column("outlet", "Outlet", width=10, drop=2),
    Column("date", "Date", width=10, drop=3),
)


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def compare_row(row: CompareRow, *, raw: bool) -> TableRow:
    return TableRow(row.claim_id, (
        conflict_cell(row.conflicting), status_cell(row.status),
        row.claimant_raw if raw else row.claimant, row.range, row.target, row.cue, row.hedge,
        row.type, row.outlet, row.published,
    ), marked=row.conflicting,
        search=" ".join((row.claimant, row.claimant_raw, row.content, row.outlet)).casefold())


class CompareScreen(ReviewScreen):
    """Enter opens the claim in the reader; r shows the claimants as written."""

    BINDINGS: ClassVar[list[BindingType]] = [*COMPARE_BINDINGS]

    def __init__(self, service: ReviewService) -> None:
        super().__init__(service)
        self.group_id = ""
        self.view: GroupView | None = None
        self.raw = False

    def show_group(self, group_id: str) -> None:
        """Point this (reused) screen at another group; it redraws when shown."""
        self.group_id = group_id
        self._seen_version = -1
        if self.is_mounted:
            self.query_one(FindBar).display = False
            self.main_widget().set_rows(())
            self.main_widget().focus()
            self.query_one("#detail-pane").scroll_home(animate=False)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="group-heading")
        yield RowTable(COMPARE_COLUMNS, id="claims", empty_text="This group has no claims left")
        with VerticalScroll(id="detail-pane"):
            yield Static(id="detail")
        yield FindBar()
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = safe(f"Compare · {self.service.path.name}").plain
        self.sync()
        self.main_widget().focus()

    def main_widget(self) -> RowTable:
        return self.query_one("#claims", RowTable)

    def refresh_data(self) -> None:
        try:
            self.view = self.service.group(self.group_id)
        except WorkspaceError:
            self.dismiss()
            return
        heading = Text()
        if self.view.has_conflict:
            heading.append(f"{CONFLICT_MARK} ", style=CONFLICT_STYLE)
        heading.append(self.view.label, style="bold")
        rows = self.view.rows
        heading.append(f"  {plural(len(rows), 'claim')} · "
                       f"{plural(len({r.doc_id for r in rows}), 'source')}", style="dim")
        self.query_one("#group-heading", Static).update(safe(heading))
        self.main_widget().set_rows([compare_row(r, raw=self.raw) for r in rows])
        self._show_detail()

    def _row(self) -> CompareRow | None:
        key = self.main_widget().cursor_key
        return next((r for r in self.view.rows if r.claim_id == key), None) if self.view else None

    def _show_detail(self) -> None:
        row = self._row()
        self.query_one("#detail", Static).update(compare_detail(row) if row else Text())

    @on(RowTable.Highlighted, "#claims")
    def _highlighted(self) -> None:
        self._show_detail()

    @on(RowTable.Selected, "#claims")
    def _open(self, event: RowTable.Selected) -> None:
        self.post_message(OpenReader(self.service.claim_doc(event.key), event.key))

    def current_claim(self) -> tuple[str, str] | None:
        row = self._row()
        return (row.claim_id, row.claimant) if row else None

    def current_text(self) -> tuple[str, Text]:
        row = self._row()
        assert row is not None
        return row.claimant, compare_detail(row)

    def find(self, query: str, *, again: bool) -> bool:
        return self.main_widget().find(query, skip_current=again)

    def action_toggle_raw(self) -> None:
        self.raw = not self.raw
        self.refresh_data()
        self.notify("Claimants as written" if self.raw else "Canonical claimants")
