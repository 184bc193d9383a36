"""Dialogs: long text, a note, a one-line prompt, and a choice from a list that typing narrows.

Each returns its answer through ``dismiss`` (None when cancelled), so a caller
can ``await push_screen_wait(...)`` inside a worker. Data is shown as plain
text: labels built from claims go in as ``rich.text.Text``, never as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from tui.keymap import MODAL_BINDINGS, NOTE_BINDINGS
from tui.safe import printable, safe

#: Most options a choice list shows at once; typing narrows the rest.
CHOICE_LIMIT = 500


class Dialog(ModalScreen[str | None]):
    """A titled box in the middle of the screen; escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [*MODAL_BINDINGS]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.dialog_title = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(safe(self.dialog_title), classes="dialog-title")
            yield from self.body()
            yield Label(safe(self.hint()), classes="dialog-hint")

    def body(self) -> ComposeResult:
        yield from ()

    def hint(self) -> str:
        return "enter: ok · esc: cancel"

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextModal(Dialog):
    """Long text, scrollable, read only."""

    def __init__(self, title: str, text: Text) -> None:
        super().__init__(title)
        self.text = text

    def body(self) -> ComposeResult:
        with VerticalScroll(classes="dialog-scroll"):
            yield Static(safe(self.text), classes="dialog-text")

    def hint(self) -> str:
        return "esc: close"


class NoteModal(Dialog):
    """Edit a claim's note; ctrl+s saves."""

    BINDINGS: ClassVar[list[BindingType]] = [*NOTE_BINDINGS]

    def __init__(self, title: str, note: str) -> None:
        super().__init__(title)
        self.note = note

    def body(self) -> ComposeResult:
        yield TextArea(printable(self.note), id="note-text", soft_wrap=True,
                       show_line_numbers=False)

    def hint(self) -> str:
        return "ctrl+s: save · esc: cancel"

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)


class PromptModal(Dialog):
    """One line of text, with completion from ``suggestions``."""

    def __init__(self, title: str, value: str = "", *, suggestions: Sequence[str] = ()) -> None:
        super().__init__(title)
        self.value = value
        self.suggestions = list(suggestions)

    def body(self) -> ComposeResult:
        suggester = SuggestFromList(self.suggestions, case_sensitive=False)
        yield Input(printable(self.value), suggester=suggester if self.suggestions else None,
                    id="prompt-input")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)


class ChoiceModal(Dialog):
    """Pick one of ``options`` (id, label); typing filters, up/down move, enter picks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
    ]

    def __init__(self, title: str, options: Sequence[tuple[str, str]]) -> None:
        super().__init__(title)
        self.options = list(options)

    def body(self) -> ComposeResult:
        yield Input(placeholder="type to narrow", id="choice-input")
        yield OptionList(*self._options(""), id="choice-list")

    def hint(self) -> str:
        return "type to narrow · ↑↓: move · enter: pick · esc: cancel"

    def _options(self, query: str) -> list[Option]:
        needle = query.casefold()
        found = [Option(safe(label), id=key) for key, label in self.options
                 if needle in label.casefold()]
        return found[:CHOICE_LIMIT]

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0

    @on(Input.Changed)
    def _narrow(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options(event.value))
        options.highlighted = 0 if options.option_count else None

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            current = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, current + step))

    @on(Input.Submitted)
    def _submitted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
