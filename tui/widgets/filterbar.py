"""The board's filter line: one key per filter, no dialog for the common toggle.

Conflicts-only flips at once; speaker, document and review status open a
list to pick from. The line always says what is filtered.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Static

from tui.keymap import FILTER_BINDINGS
from tui.safe import safe


class FilterBar(Static, can_focus=True):
    """Focused after ``f``; each binding posts Chosen with what to change."""

    BINDINGS: ClassVar[list[BindingType]] = [*FILTER_BINDINGS]

    class Chosen(Message):
        def __init__(self, what: str) -> None:
            super().__init__()
            self.what = what

    description = ""
    shown = 0

    def show(self, description: str, shown: int, *, keys: bool | None = None) -> None:
        self.description, self.shown = description, shown
        self.update(safe(self._text(description, shown,
                                     self.has_focus if keys is None else keys)))

    def _text(self, description: str, shown: int, keys: bool) -> Text:
        text = Text()
        if description:
            text.append("Filter ", style="bold")
            text.append(description)
            text.append(f" · {shown} groups", style="dim")
        else:
            text.append(f"All {shown} groups, conflicts first", style="dim")
        if keys:
            text.append("   c conflicts · s speaker · d document · r review · x clear · esc done",
                        style="italic")
        return text

    def on_focus(self) -> None:
        self.show(self.description, self.shown, keys=True)

    def on_blur(self) -> None:
        self.show(self.description, self.shown, keys=False)

    def action_choose(self, what: str) -> None:
        self.post_message(self.Chosen(what))

    def action_done(self) -> None:
        self.screen.focus_next()
