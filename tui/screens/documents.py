"""Documents: what was analysed, from which outlet and when, and how much of it is reviewed."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.widgets import Header

from factcheck.review import DocumentRow
from tui.messages import OpenReader
from tui.safe import safe
from tui.screens.base import ServiceScreen
from tui.widgets.findbar import FindBar
from tui.widgets.keybar import KeyBar
from tui.widgets.rowtable import Column, RowTable, TableRow

DOCUMENT_COLUMNS: tuple[Column, ...] = (
    Column("title", "Title", min_width=30),
    Column("outlet", "Outlet", width=12),
    Column("published", "Date", width=10),
    Column("claims", "Claims", width=6, justify="right"),
    Column("non_claims", "Non-claims", width=10, justify="right", drop=2),
    Column("reviewed", "Reviewed", width=8, justify="right", drop=1),
    Column("source", "File", width=24, drop=3),
)


def document_row(row: DocumentRow) -> TableRow:
    return TableRow(row.doc_id, (
        row.title, row.outlet, row.published, str(row.claims), str(row.non_claims),
        f"{row.reviewed}/{row.claims + row.non_claims}", row.source,
    ), search=" ".join((row.title, row.outlet, row.source)).casefold())


class DocumentsScreen(ServiceScreen):
    """Enter opens the document in the reader at its first claim."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield RowTable(DOCUMENT_COLUMNS, id="documents", empty_text="No documents analysed yet")
        yield FindBar()
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = safe(f"Documents · {self.service.path.name}").plain
        self.sync()
        self.main_widget().focus()

    def main_widget(self) -> RowTable:
        return self.query_one("#documents", RowTable)

    def refresh_data(self) -> None:
        self.main_widget().set_rows([document_row(r) for r in self.service.documents()])

    @on(RowTable.Selected, "#documents")
    def _open(self, event: RowTable.Selected) -> None:
        self.post_message(OpenReader(event.key))

    def find(self, query: str, *, again: bool) -> bool:
        return self.main_widget().find(query, skip_current=again)
