"""The source reader: the document, one claim's sentence, speaker, cue and content styled."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.widgets import Header, Static

from factcheck.review import NO_VALUE, ReaderClaim, ReaderView, ReviewService
from tui.keymap import READER_BINDINGS
from tui.safe import safe
from tui.screens.base import ReviewScreen
from tui.widgets.details import reader_detail
from tui.widgets.document_view import DocumentView
from tui.widgets.findbar import FindBar
from tui.widgets.keybar import KeyBar

#: The legend line: (label, role) for each styled span.
LEGEND: tuple[tuple[str, str], ...] = (
    ("speaker", "speaker"), ("cue", "cue"), ("content", "content"), ("sentence", "sentence"),
)


class ReaderScreen(ReviewScreen):
    """] and [ step through the document's claims; review keys act on the current one."""

    BINDINGS: ClassVar[list[BindingType]] = [*READER_BINDINGS]

    def __init__(self, service: ReviewService, view: ReaderView,
                 claim_id: str | None = None) -> None:
        super().__init__(service)
        self.view = view
        self.doc_id = view.document.doc_id
        self.claim_id = claim_id

    def compose(self) -> ComposeResult:
        doc = self.view.document
        yield Header()
        heading = Text(doc.title or doc.source, style="bold")
        heading.append(f"  {doc.outlet or NO_VALUE} · {doc.published or NO_VALUE}", style="dim")
        yield Static(safe(heading), id="doc-heading")
        yield Static(id="legend")
        with Horizontal(id="reader-body"):
            yield DocumentView(self.view, id="document")
            yield Static(id="claim-info")
        yield FindBar()
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = safe(f"Reader · {self.service.path.name}").plain
        document = self.query_one(DocumentView)
        legend = Text()
        for label, role in LEGEND:
            style = document.role_style(role)
            legend.append(f" {label} ", style=style)
            legend.append(" ")
        self.query_one("#legend", Static).update(legend)
        self._seen_version = self.service.version
        self.show(self.view.index_of(self.claim_id))
        document.focus()

    def main_widget(self) -> DocumentView:
        return self.query_one(DocumentView)

    def refresh_data(self) -> None:
        self.view = self.service.reader(self.doc_id)
        document = self.query_one(DocumentView)
        document.view = self.view
        self.show(self.view.index_of(self.claim_id))

    def claim(self) -> ReaderClaim | None:
        claims = self.view.claims
        index = self.view.index_of(self.claim_id)
        return claims[index] if claims else None

    def show(self, index: int) -> None:
        claims = self.view.claims
        if claims:
            self.claim_id = claims[index].claim_id
            self.query_one(DocumentView).show(index)
        position = f"Claim {index + 1} of {len(claims)}"
        self.query_one("#claim-info", Static).update(reader_detail(self.claim(), position))

    def action_step(self, step: int) -> None:
        claims = self.view.claims
        if not claims:
            return
        index = self.view.index_of(self.claim_id) + step
        if 0 <= index < len(claims):
            self.show(index)
        else:
            self.notify("No more claims in this document", severity="warning")

    def current_claim(self) -> tuple[str, str] | None:
        claim = self.claim()
        return (claim.claim_id, claim.claimant) if claim else None

    def current_text(self) -> tuple[str, Text]:
        claim = self.claim()
        assert claim is not None
        return claim.claimant, safe(claim.content.text)

    def find(self, query: str, *, again: bool) -> bool:
        return self.query_one(DocumentView).find(query, again=again)
