"""The events board: one line per event (place · time) with what it counts and who disagrees,
conflicts first; events that give no number are folded into one "other claims" line."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Final

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Header, Static

from factcheck.comparison import EventComparison
from factcheck.review import NO_VALUE, BoardFilter, CompareRow, ReviewService
from tui.keymap import EVENTS_BINDINGS
from tui.messages import OpenEvent, OpenReader
from tui.safe import safe
from tui.screens.base import ServiceScreen
from tui.screens.modals import ChoiceModal
from tui.widgets.analysis_panel import AnalysisPanel
from tui.widgets.findbar import FindBar
from tui.widgets.keybar import KeyBar
from tui.widgets.marks import conflict_cell, status_cell
from tui.widgets.rowtable import Column, RowTable, TableRow

EVENTS_COLUMNS: tuple[Column, ...] = (
    Column("conflict", "", width=1),
    Column("event", "Event", width=30),
    Column("counted", "Counted · disagreements", min_width=20),
    Column("claims", "Claims", width=6, justify="right"),
    Column("outlets", "Outlets", width=7, justify="right", drop=2),
    Column("first", "First report", width=12, drop=1),
)
SPEAKER_COLUMNS: tuple[Column, ...] = (
    Column("conflict", "", width=1),
    Column("status", "", width=1),
    Column("date", "Date", width=10, drop=1),
    Column("outlet", "Outlet", width=14, drop=2),
    Column("range", "Range", width=14),
    Column("content", "Claim", min_width=20),
)
OTHER_CLAIMS: Final = "other claims"
OTHER_KEY: Final = "\0other"


def _by_conflict(e: EventComparison) -> tuple[object, ...]:
    return (not e.has_conflict, -len(e.disagreements), -len(e.claim_ids))


#: sort name -> key; the first is the default
SORTS: Final[dict[str, Callable[[EventComparison], tuple[object, ...]]]] = {
    "conflict": _by_conflict,
    "size": lambda e: (-len(e.claim_ids), e.label),
    "date": lambda e: (e.first_reported or "9999", e.label),
    "outlets": lambda e: (-e.outlets, e.label),
}


def summary(event: EventComparison) -> Text:
    """What the event counts, each disagreement named: "killed · Malian soldiers: CSP 47 ≠ …"."""
    text = Text()
    for row in event.rows:
        if text:
            text.append(" │ ", style="dim")
        text.append(row.comparison, style="bold" if row.has_conflict else "")
        if row.disagreements:
            text.append(": " + "; ".join(d.text for d in row.disagreements[:2]), style="red")
            if len(row.disagreements) > 2:
                text.append(f" +{len(row.disagreements) - 2}", style="red")
    return text


def event_row(event: EventComparison) -> TableRow:
    return TableRow(event.event_id, (
        conflict_cell(event.has_conflict), event.label, summary(event), str(len(event.claim_ids)),
        str(event.outlets), event.first_reported or NO_VALUE,
    ), marked=event.has_conflict,
        search=" ".join((event.label, event.counted)).casefold())


class EventsScreen(ServiceScreen):
    """Enter opens an event's comparison; s changes the sort; w lists one speaker's claims."""

    BINDINGS: ClassVar[list[BindingType]] = [*EVENTS_BINDINGS]
    AUTO_FOCUS = "#events"

    def __init__(self, service: ReviewService, board_filter: BoardFilter) -> None:
        super().__init__(service)
        #: the app's filter as it last told this screen (f and the palette change it)
        self.board_filter = board_filter
        self.sort = next(iter(SORTS))
        #: each event's line, by the event it was drawn from (events are frozen: an event a
        #: review changed is a new object, every other one is drawn once)
        self._lines: dict[int, tuple[EventComparison, TableRow]] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="filter-bar")
        yield RowTable(EVENTS_COLUMNS, id="events",
                       empty_text="No events yet: start with `factcheck tui PATH…`")
        yield AnalysisPanel(id="analysis")
        yield FindBar()
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = safe(f"Events · {self.service.path.name}").plain
        self.watch(self.app, "board_filter", self._filter_changed, init=False)
        self.sync()
        self.main_widget().focus()

    def _filter_changed(self, board_filter: BoardFilter) -> None:
        self.board_filter = board_filter
        self.refresh_data()

    def main_widget(self) -> RowTable:
        return self.query_one("#events", RowTable)

    def refresh_data(self) -> None:
        wanted = self.board_filter
        events = [e for e in self.service.events()
                  if not wanted.active or self.service.event_matches(e, wanted)]
        numbered = sorted((e for e in events if e.rows), key=SORTS[self.sort])
        other = [e for e in events if not e.rows]
        rows = [self._line(e) for e in numbered]
        if other:
            claims = sum(len(e.claim_ids) for e in other)
            rows.append(TableRow(OTHER_KEY, (
                "", OTHER_CLAIMS, Text(f"{len(other)} events that give no number (enter: the "
                                       "claim groups)", style="dim"), str(claims), "", "",
            ), search=OTHER_CLAIMS))
        self.main_widget().set_rows(rows, keep=self.main_widget().cursor_key)
        conflicts = sum(e.has_conflict for e in numbered)
        described = self.service.describe_filter(wanted)
        filtered = f" · filter: {described} (f)" if described else ""
        self.query_one("#filter-bar", Static).update(safe(Text(
            f"{len(numbered)} events with numbers, {conflicts} with disagreements · "
            f"sorted by {self.sort} (s){filtered}", style="dim")))

    def _line(self, event: EventComparison) -> TableRow:
        drawn = self._lines.get(id(event))
        if drawn is None or drawn[0] is not event:
            drawn = self._lines[id(event)] = (event, event_row(event))
        return drawn[1]

    @on(RowTable.Selected, "#events")
    def _open(self, event: RowTable.Selected) -> None:
        if event.key == OTHER_KEY:
            self.app.switch_mode("board")
        else:
            self.post_message(OpenEvent(event.key))

    def action_sort(self) -> None:
        names = list(SORTS)
        self.sort = names[(names.index(self.sort) + 1) % len(names)]
        self.refresh_data()

    @work(exclusive=True, group="dialog")
    async def action_claims_of(self) -> None:
        names = [(n, n) for n in self.service.speaker_names()]
        name = await self.app.push_screen_wait(ChoiceModal("Every claim of", names))
        if name is not None:
            self.app.push_screen(SpeakerClaimsScreen(self.service, name))

    def find(self, query: str, *, again: bool) -> bool:
        return self.main_widget().find(query, skip_current=again)


def speaker_row(row: CompareRow) -> TableRow:
    return TableRow(row.claim_id, (
        conflict_cell(row.conflicting), status_cell(row.status, word=False),
        row.published[:10], row.outlet, row.range, row.content,
    ), marked=row.conflicting, search=row.content.casefold())


class SpeakerClaimsScreen(ServiceScreen):
    """Every claim of one speaker, in publication order; enter reads it."""

    BINDINGS: ClassVar[list[BindingType]] = [("escape", "back", "Back")]

    def __init__(self, service: ReviewService, speaker: str) -> None:
        super().__init__(service)
        self.speaker = speaker

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="group-heading")
        yield RowTable(SPEAKER_COLUMNS, id="speaker-claims", empty_text="No claims")
        yield FindBar()
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = safe(f"Claims of {self.speaker} · {self.service.path.name}").plain
        self.sync()
        self.main_widget().focus()

    def main_widget(self) -> RowTable:
        return self.query_one("#speaker-claims", RowTable)

    def refresh_data(self) -> None:
        rows = self.service.claims_of(self.speaker)
        self.query_one("#group-heading", Static).update(
            safe(Text.assemble((self.speaker, "bold"), (f"  {len(rows)} claims", "dim"))))
        self.main_widget().set_rows([speaker_row(r) for r in rows])

    @on(RowTable.Selected, "#speaker-claims")
    def _open(self, event: RowTable.Selected) -> None:
        self.post_message(OpenReader(self.service.claim_doc(event.key), event.key))

    def action_back(self) -> None:
        self.dismiss()

    def find(self, query: str, *, again: bool) -> bool:
        return self.main_widget().find(query, skip_current=again)

