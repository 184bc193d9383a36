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

from factcheck.comparison import cell_text
from factcheck.records import QuantityKind, ReviewStatus
from tui.keymap import help_rows, user_keymap_path
from tui.widgets.marks import CONFLICT_MARK, STATUS_MARKS
from tui.widgets.range_chart import LEGEND as CHART_LEGEND
from tui.widgets.rowtable import Column, RowTable, TableRow

#: What a review records, said plainly.
CONFIRM_MEANS = ("Confirm means the extraction is right (this speaker said this, with this "
                 "number), not that the claim is true.")
#: (mark or column, meaning): every glyph and column the tables and the chart show.
LEGEND: tuple[tuple[str, str], ...] = (
    (CONFLICT_MARK, "numbers that cannot both hold; names the other claimant and number"),
    *((STATUS_MARKS[s][0], f"review: {s.value}") for s in ReviewStatus),
    *CHART_LEGEND,
    ("≥20  ≤80", "at least 20, up to 80"),
    (cell_text(24, 99, QuantityKind.VAGUE, "dozens"), "a vague amount and the range it is read as"),
    ("Counted", "casualty class · the people counted (their side)"),
    ("Claimed", "the claimant's number or range"),
    ("Outlets", "how many outlets carry this claimant's number"),
    ("First report", "the earliest publication date carrying it"),
    ("Hedge", "how firmly it is claimed (estimated, alleged …)"),
    ("Spread", "lowest to highest count in a group (Groups screen)"),
)
LEGEND_COLUMNS: tuple[Column, ...] = (
    Column("mark", "Mark", width=16),
    Column("meaning", "Meaning", min_width=20),
)

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
            yield Label(CONFIRM_MEANS, classes="dialog-hint", id="confirm-means")
            yield RowTable(LEGEND_COLUMNS, id="help-legend")
            yield Label("Keys", classes="dialog-title")
            yield RowTable(HELP_COLUMNS, id="help-keys")
            yield Label(Text(f"Remap by id in {user_keymap_path()} under [keys] · esc: close"),
                        classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#help-legend", RowTable).set_rows(
            [TableRow(f"legend:{n}", row) for n, row in enumerate(LEGEND)])
        table = self.query_one("#help-keys", RowTable)
        table.set_rows([TableRow(f"{scope}:{binding_id or action}", (scope, keys, action,
                                                                    binding_id))
                        for scope, keys, action, binding_id in help_rows(self.keymap)])
        table.focus()
