"""Speakers: canonical names with the aliases that lead to them; merge, rename, split."""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.widgets import Header

from factcheck.review import BoardFilter, ReviewService, SpeakerRow
from tui.keymap import SPEAKER_BINDINGS
from tui.messages import SetFilter
from tui.safe import safe
from tui.screens.base import ServiceScreen
from tui.screens.modals import ChoiceModal, PromptModal
from tui.widgets.findbar import FindBar
from tui.widgets.keybar import KeyBar
from tui.widgets.rowtable import Column, RowTable, TableRow

SPEAKER_COLUMNS: tuple[Column, ...] = (
    Column("name", "Speaker", min_width=18),
    Column("kind", "Kind", width=12, drop=2),
    Column("claims", "Claims", width=6, justify="right"),
    Column("documents", "Docs", width=4, justify="right", drop=1),
    Column("aliases", "Aliases", width=5, justify="right"),
)

ALIAS_COLUMNS: tuple[Column, ...] = (Column("alias", "Aliases (as written)", min_width=10),)


def speaker_row(row: SpeakerRow) -> TableRow:
    return TableRow(row.name, (row.name, row.kind, str(row.claims), str(row.documents),
                               str(len(row.aliases))),
                    search=" ".join((row.name, *row.aliases)).casefold())


class SpeakersScreen(ServiceScreen):
    """Every change is saved as an alias in the workspace and shows in every view at once."""

    BINDINGS: ClassVar[list[BindingType]] = [*SPEAKER_BINDINGS]

    def __init__(self, service: ReviewService) -> None:
        super().__init__(service)
        self.rows: dict[str, SpeakerRow] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="speakers-body"):
            yield RowTable(SPEAKER_COLUMNS, id="speakers", empty_text="No speakers yet")
            yield RowTable(ALIAS_COLUMNS, id="aliases", empty_text="No aliases")
        yield FindBar()
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = safe(f"Speakers · {self.service.path.name}").plain
        self.sync()
        self.main_widget().focus()

    def main_widget(self) -> RowTable:
        return self.query_one("#speakers", RowTable)

    def refresh_data(self) -> None:
        self.rows = {r.name: r for r in self.service.speakers()}
        self.main_widget().set_rows([speaker_row(r) for r in self.rows.values()])
        self._show_aliases()

    def selected(self) -> SpeakerRow | None:
        key = self.main_widget().cursor_key
        return self.rows.get(key) if key else None

    def _show_aliases(self) -> None:
        row = self.selected()
        aliases = row.aliases if row else ()
        self.query_one("#aliases", RowTable).set_rows([TableRow(a, (a,)) for a in aliases])

    @on(RowTable.Highlighted, "#speakers")
    def _highlighted(self) -> None:
        self._show_aliases()

    @on(RowTable.Selected, "#speakers")
    def _show_on_board(self, event: RowTable.Selected) -> None:
        self.post_message(SetFilter(BoardFilter(speaker=event.key), show_board=True))

    @on(RowTable.Selected, "#aliases")
    def _split_selected(self, event: RowTable.Selected) -> None:
        self.split(event.key)

    def find(self, query: str, *, again: bool) -> bool:
        return self.main_widget().find(query, skip_current=again)

    @work(exclusive=True, group="dialog")
    async def action_merge(self) -> None:
        row = self.selected()
        if row is None:
            return
        others = [(name, name) for name in self.rows if name != row.name]
        into = await self.app.push_screen_wait(ChoiceModal(f"Merge {row.name} into", others))
        if into is not None:
            self.write(f"Merged {row.name} into {into}",
                       lambda: self.service.merge_speaker(row.name, into))
            self.main_widget().move_to_key(into)

    @work(exclusive=True, group="dialog")
    async def action_rename(self) -> None:
        row = self.selected()
        if row is None:
            return
        name = await self.app.push_screen_wait(PromptModal(f"Rename {row.name}", row.name))
        if name is not None and name.strip() != row.name:
            self.write(f"Renamed {row.name} to {name.strip()}",
                       lambda: self.service.merge_speaker(row.name, name))
            self.main_widget().move_to_key(name.strip())

    @work(exclusive=True, group="dialog")
    async def action_split(self) -> None:
        aliases = self.query_one("#aliases", RowTable)
        if aliases.has_focus and aliases.cursor_key:
            self.split(aliases.cursor_key)
            return
        row = self.selected()
        if row is None or not row.aliases:
            self.notify("This speaker has no aliases to split off", severity="warning")
            return
        alias = await self.app.push_screen_wait(ChoiceModal(
            f"Split an alias off {row.name}", [(a, a) for a in row.aliases]))
        if alias is not None:
            self.split(alias)

    def split(self, alias: str) -> None:
        self.write(f"Split {alias} into a speaker of its own",
                   lambda: self.service.split_alias(alias))
