"""A document as plain text, one block per paragraph, with one claim's spans styled.

Spans are character offsets into the document text, so a paragraph is styled
by shifting each overlapping span by the paragraph's start. Only the
paragraphs whose styling changes are re-rendered when the reader steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from factcheck.records import Span
from factcheck.review import ReaderClaim, ReaderView
from tui.keymap import DOCUMENT_BINDINGS
from tui.safe import safe

#: Component class per role, in the order they are layered (later wins).
ROLES: tuple[str, ...] = ("claim", "sentence", "content", "cue", "speaker", "match")
#: Roles that paint a background: their style is blended with the widget's (translucent
#: colours resolve only that way); the others only change the text and keep what is beneath.
BACKGROUND_ROLES: frozenset[str] = frozenset({"sentence", "match"})


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line; blank lines only separate."""
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def claim_roles(claim: ReaderClaim) -> Iterable[tuple[str, Span]]:
    if claim.sentence:
        yield "sentence", claim.sentence
    yield "content", claim.content
    if claim.cue:
        yield "cue", claim.cue
    for speaker in claim.speakers:
        yield "speaker", speaker


class DocumentView(VerticalScroll, can_focus=True):
    """Shows a ReaderView; ``show(index)`` highlights one claim and scrolls to it."""

    BINDINGS: ClassVar[list[BindingType]] = [*DOCUMENT_BINDINGS]
    COMPONENT_CLASSES: ClassVar[set[str]] = {f"document-view--{role}" for role in ROLES}

    def __init__(self, view: ReaderView, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.paragraphs = paragraphs(view.document.text)
        self.current: int | None = None
        self.match: Span | None = None

    def compose(self) -> ComposeResult:
        for number in range(len(self.paragraphs)):
            yield Static(id=f"p{number}", classes="paragraph")

    def on_mount(self) -> None:
        """Styles come from CSS, so paragraphs are rendered once mounted."""
        for number in range(len(self.paragraphs)):
            self.query_one(f"#p{number}", Static).update(self._paragraph_text(number))

    def _spans(self, number: int) -> list[tuple[str, Span]]:
        start, end = self.paragraphs[number]
        roles: list[tuple[str, Span]] = [("claim", c.content) for c in self.view.claims]
        if self.current is not None and self.view.claims:
            roles.extend(claim_roles(self.view.claims[self.current]))
        if self.match:
            roles.append(("match", self.match))
        return [(role, span) for role, span in roles if span.start < end and span.end > start]

    def _paragraph_text(self, number: int) -> Text:
        start, end = self.paragraphs[number]
        text = safe(self.view.document.text[start:end])
        for role, span in sorted(self._spans(number), key=lambda rs: ROLES.index(rs[0])):
            style = self.role_style(role)
            text.stylize(style, max(span.start, start) - start, min(span.end, end) - start)
        return text

    def role_style(self, role: str) -> Style:
        return self.get_component_rich_style(f"document-view--{role}",
                                             partial=role not in BACKGROUND_ROLES)

    def _touched(self, spans: Iterable[Span]) -> set[int]:
        return {number for number, (start, end) in enumerate(self.paragraphs)
                for span in spans if span.start < end and span.end > start}

    def _current_spans(self) -> list[Span]:
        spans = [self.match] if self.match else []
        if self.current is not None and self.view.claims:
            spans.extend(span for _, span in claim_roles(self.view.claims[self.current]))
        return spans

    def _restyle(self, before: list[Span]) -> None:
        for number in sorted(self._touched(before + self._current_spans())):
            self.query_one(f"#p{number}", Static).update(self._paragraph_text(number))

    def show(self, index: int) -> None:
        before = self._current_spans()
        self.current = index
        self.match = None
        self._restyle(before)
        claim = self.view.claims[index]
        self.call_after_refresh(self._center_on, claim.sentence or claim.content)

    def find(self, query: str, *, again: bool) -> bool:
        """Highlight the next occurrence of ``query`` after the last match or current claim."""
        text = self.view.document.text.casefold()
        if self.match:
            origin = self.match.start + (1 if again else 0)
        elif self.current is not None and self.view.claims:
            origin = self.view.claims[self.current].content.start
        else:
            origin = 0
        at = text.find(query.casefold(), origin)
        if at < 0:
            at = text.find(query.casefold())
        if at < 0:
            return False
        before = self._current_spans()
        self.match = Span(at, at + len(query), self.view.document.text[at:at + len(query)])
        self._restyle(before)
        self.call_after_refresh(self._center_on, self.match)
        return True

    def _center_on(self, span: Span) -> None:
        touched = sorted(self._touched([span]))
        if touched:
            self.scroll_to_center(self.query_one(f"#p{touched[0]}"), animate=False)
