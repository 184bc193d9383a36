"""The find bar: jumps to the next match without hiding anything (filtering is `f`)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class FindBar(Horizontal):
    """Typing finds from the cursor on; enter finds the next match; escape closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close find", id="find.close"),
    ]

    class Find(Message):
        def __init__(self, query: str, *, again: bool) -> None:
            super().__init__()
            self.query, self.again = query, again

    class Closed(Message):
        pass

    def compose(self) -> ComposeResult:
        yield Label("Find", id="find-label")
        yield Input(placeholder="text · enter: next match · esc: close", id="find-input")

    def open(self) -> None:
        """Start a new search each time; the last one is not kept."""
        self.display = True
        self.found(True)
        query = self.query_one(Input)
        query.value = ""
        query.focus()

    def found(self, ok: bool) -> None:
        self.set_class(not ok, "-no-match")

    def action_close(self) -> None:
        self.display = False
        self.found(True)
        self.post_message(self.Closed())

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.value:
            self.post_message(self.Find(event.value, again=False))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value:
            self.post_message(self.Find(event.value, again=True))
