"""F1: every key binding, where it applies, and the id to remap it by."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from tui.keymap import help_rows, user_keymap_path
from tui.widgets.rowtable import Column, RowTable, TableRow

HELP_COLUMNS: tuple[Column, ...] = (
    Column("scope", "Where", width=15),
    Column("keys", "Keys", width=16),
    Column("action", "Action", min_width=16),
    Column("id", "Binding id", width=22, drop=1),
)


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,question_mark,q", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, keymap: Mapping[str, str]) -> None:
        super().__init__()
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="help"):
            yield Label("Keys", classes="dialog-title")
            yield RowTable(HELP_COLUMNS, id="help-keys")
            yield Label(Text(f"Remap by id in {user_keymap_path()} under [keys] · esc: close"),
                        classes="dialog-hint")

    def on_mount(self) -> None:
        table = self.query_one(RowTable)
        table.set_rows([TableRow(f"{scope}:{binding_id or action}", (scope, keys, action,
                                                                    binding_id))
                        for scope, keys, action, binding_id in help_rows(self.keymap)])
        table.focus()
