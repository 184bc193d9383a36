"""The factcheck app: composes the screens, declares the app-wide keys, routes actions.

Every query and write goes through the ReviewService passed in; analysis runs
in a worker thread that reports through messages, so the interface stays
responsive while stanza parses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState

from factcheck.errors import FactcheckError
from factcheck.records import ReviewStatus
from factcheck.review import BoardFilter, ReviewService
from tui.keymap import APP_BINDINGS
from tui.messages import (
    AnalysisFinished,
    AnalysisState,
    ChangeFilter,
    DocumentDone,
    OpenGroup,
    OpenReader,
    SetFilter,
    StageReached,
)
from tui.safe import printable
from tui.screens.base import ServiceScreen
from tui.screens.board import BoardScreen
from tui.screens.compare import CompareScreen
from tui.screens.documents import DocumentsScreen
from tui.screens.help import HelpScreen
from tui.screens.modals import ChoiceModal, PromptModal
from tui.screens.reader import ReaderScreen
from tui.screens.speakers import SpeakersScreen

COMPARE = "compare"
#: App actions that make no sense while a dialog is open.
BLOCKED_IN_DIALOGS: frozenset[str] = frozenset(
    {"filter", "export", "export_again", "switch_mode", "quit"})


def filter_choices(current: BoardFilter) -> list[tuple[str, str]]:
    return [
        ("conflicts", f"Conflicts only: {'on' if current.conflicts_only else 'off'}"),
        ("speaker", f"By speaker… ({current.speaker or 'any'})"),
        ("document", f"By document… ({'one' if current.doc_id else 'any'})"),
        ("status", f"By review status… ({current.status or 'any'})"),
        ("clear", "Clear the filter"),
    ]


class FactcheckApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "factcheck"
    BINDINGS: ClassVar[list[BindingType]] = [*APP_BINDINGS]
    DEFAULT_MODE = "board"
    # Textual annotates these `ClassVar[...] | None`, which mypy reads as instance variables.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-narrow"), (100, "-wide")]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-short"), (30, "-tall")]

    analysis: reactive[AnalysisState | None] = reactive(None)
    board_filter: reactive[BoardFilter] = reactive(BoardFilter())

    def __init__(self, service: ReviewService, *, paths: Sequence[str | Path] = (),
                 keymap: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.service = service
        self.paths = tuple(paths)
        self.user_keymap = dict(keymap or {})
        self.last_export: Path | None = None
        # Modes are added here, not in MODES, because their screens are given the service.
        self.add_mode("board", lambda: BoardScreen(service, self.board_filter))
        self.add_mode("documents", lambda: DocumentsScreen(service))
        self.add_mode("speakers", lambda: SpeakersScreen(service))

    def on_mount(self) -> None:
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
        if self.paths:
            self.analysis = AnalysisState()
            self.analyse(self.paths)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action in BLOCKED_IN_DIALOGS and isinstance(self.screen, ModalScreen))

    # routing: screens ask through messages -------------------------------------------

    @on(OpenGroup)
    def open_group(self, message: OpenGroup) -> None:
        """One compare screen is made once and reused: composing it costs more than a key."""
        if not self.is_screen_installed(COMPARE):
            self.install_screen(CompareScreen(self.service), COMPARE)
        compare = self.get_screen(COMPARE, CompareScreen)
        compare.show_group(message.group_id)
        self.push_screen(compare)

    @on(OpenReader)
    def open_reader(self, message: OpenReader) -> None:
        self.push_screen(ReaderScreen(self.service, self.service.reader(message.doc_id),
                                      message.claim_id))

    @on(ChangeFilter)
    def _change_filter_asked(self, message: ChangeFilter) -> None:
        self.change_filter(message.what)

    @on(SetFilter)
    def _set_filter_asked(self, message: SetFilter) -> None:
        self.board_filter = message.board_filter
        if message.show_board:
            self.switch_mode("board")

    def refresh_screen(self) -> None:
        if isinstance(self.screen, ServiceScreen):
            self.screen.sync()

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.user_keymap))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Board", "Claim groups, conflicts first",
                            lambda: self.switch_mode("board"))
        yield SystemCommand("Documents", "The analysed documents",
                            lambda: self.switch_mode("documents"))
        yield SystemCommand("Speakers", "Merge, rename and split speakers",
                            lambda: self.switch_mode("speakers"))
        yield SystemCommand("Filter", "Filter the board", self.filter_menu)
        yield SystemCommand("Conflicts only", "Show only groups whose numbers conflict",
                            lambda: self.set_filter(BoardFilter(conflicts_only=True)))
        yield SystemCommand("Clear filter", "Show every group",
                            lambda: self.set_filter(BoardFilter()))
        yield SystemCommand("Export CSV", "Write claims.csv with review decisions",
                            self.action_export)
        yield SystemCommand("Help", "Every key binding", self.action_help)

    # filter ----------------------------------------------------------------------------

    def set_filter(self, board_filter: BoardFilter) -> None:
        """The board's filter line says what is filtered; elsewhere a notification does."""
        self.board_filter = board_filter
        if not isinstance(self.screen, BoardScreen):
            described = self.service.describe_filter(board_filter) or "none"
            self.notify(printable(f"Board filter: {described}"), markup=False)

    def action_filter(self) -> None:
        """On the board the filter line takes the keys; elsewhere a menu does."""
        if isinstance(self.screen, BoardScreen):
            self.screen.open_filter()
        else:
            self.filter_menu()

    @work(exclusive=True, group="dialog")
    async def filter_menu(self) -> None:
        choice = await self.push_screen_wait(ChoiceModal("Filter the board",
                                                         filter_choices(self.board_filter)))
        if choice is not None:
            self.change_filter(choice)

    @work(exclusive=True, group="dialog")
    async def change_filter(self, what: str) -> None:
        """Change one part of the board filter: flip, clear, or pick from a list."""
        current = self.board_filter
        if what == "conflicts":
            self.set_filter(dataclasses.replace(current,
                                                conflicts_only=not current.conflicts_only))
        elif what == "clear":
            self.set_filter(BoardFilter())
        elif what == "speaker":
            names = [(n, n) for n in self.service.speaker_names()]
            name = await self.push_screen_wait(ChoiceModal("Groups where this speaker claims",
                                                           names))
            if name is not None:
                self.set_filter(dataclasses.replace(current, speaker=name))
        elif what == "document":
            docs = [(d.doc_id, f"{d.title} · {d.outlet}") for d in self.service.documents()]
            doc_id = await self.push_screen_wait(ChoiceModal("Groups citing this document",
                                                             docs))
            if doc_id is not None:
                self.set_filter(dataclasses.replace(current, doc_id=doc_id))
        elif what == "status":
            statuses = [(s.value, s.value) for s in ReviewStatus]
            status = await self.push_screen_wait(ChoiceModal("Groups with a claim that is",
                                                             statuses))
            if status is not None:
                self.set_filter(dataclasses.replace(current, status=ReviewStatus(status)))

    # export ----------------------------------------------------------------------------

    @work(exclusive=True, group="dialog")
    async def action_export(self) -> None:
        suggested = self.last_export or self.service.default_export_path()
        answer = await self.push_screen_wait(PromptModal("Export claims CSV to", str(suggested)))
        if answer and answer.strip():
            self.export(Path(answer.strip()))

    def action_export_again(self) -> None:
        self.export(self.last_export or self.service.default_export_path())

    def export(self, path: Path) -> None:
        try:
            summary = self.service.export(path)
        except FactcheckError as exc:
            self.notify(printable(str(exc)), title="Export failed", severity="error", markup=False)
            return
        self.last_export = path
        self.notify(f"{summary.rows} rows for {summary.claims} claims in {summary.groups} groups;"
                    f" {summary.conflicts_csv.name}, {summary.pairs_csv.name} and "
                    f"{summary.export_json.name} beside it",
                    title=printable(f"Exported {summary.claims_csv}"), markup=False)

    # analysis --------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse(self, paths: Sequence[str | Path]) -> None:
        def stage_reached(stage: str, source: str) -> None:
            self.post_message(StageReached(stage, source))

        def document_done(done: int, total: int) -> None:
            self.post_message(DocumentDone(done, total))

        report = self.service.analyze(paths, on_stage=stage_reached, on_document=document_done)
        skipped = f", {len(report.skipped)} skipped" if report.skipped else ""
        orphaned = f", {report.orphaned} reviews not placed" if report.orphaned else ""
        self.post_message(AnalysisFinished(
            f"{report.documents} documents, {report.claims} claims{skipped}{orphaned}"))

    def on_stage_reached(self, message: StageReached) -> None:
        state = self.analysis or AnalysisState()
        self.analysis = state.at_stage(Path(message.source).name, message.stage)

    def on_document_done(self, message: DocumentDone) -> None:
        state = self.analysis or AnalysisState()
        self.analysis = dataclasses.replace(state, done=message.done, total=message.total)

    def on_analysis_finished(self, message: AnalysisFinished) -> None:
        self.analysis = None
        self.service.reload()
        self.refresh_screen()
        self.notify(printable(message.summary), title="Analysis finished", markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "analysis" and event.state is WorkerState.ERROR:
            self.analysis = None
            self.notify(printable(str(event.worker.error)), title="Analysis failed",
                        severity="error", markup=False, timeout=30)
