"""The terminal app, driven by keys through Textual's pilot, checked against the workspace file.

Every write is checked through a second connection to the workspace, so
"written at once" means on disk, not in the app's memory.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.message import Message
from textual.notifications import Notify
from textual.pilot import Pilot

from factcheck.records import ReviewStatus
from factcheck.review import USER_GROUP_PREFIX, ReviewService
from factcheck.workspace import Workspace
from tui.app import FactcheckApp
from tui.keymap import help_rows
from tui.messages import StageReached
from tui.screens.board import BoardScreen
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.screens.modals import ChoiceModal, NoteModal, PromptModal
from tui.screens.reader import ReaderScreen
from tui.screens.speakers import SpeakersScreen
from tui.widgets.document_view import DocumentView
from tui.widgets.rowtable import RowTable

from .conftest import FIXTURES
from .tui_fixtures import MARKUP_QUOTE, claims, no_cursor_blink, ws_path

__all__ = ["claims", "no_cursor_blink", "ws_path"]

SIZE = (120, 36)
pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("no_cursor_blink")]


@pytest.fixture
def app(ws_path: Path) -> Iterator[FactcheckApp]:
    with Workspace(ws_path) as ws:
        yield FactcheckApp(ReviewService(ws, reviewer="tester"), mode="board")


@pytest.fixture
def events_app(ws_path: Path) -> Iterator[FactcheckApp]:
    """The app as a user opens it: the events board first."""
    with Workspace(ws_path) as ws:
        yield FactcheckApp(ReviewService(ws, reviewer="tester"))


def on_disk(ws_path: Path) -> tuple[dict, dict[str, str]]:
    """Reviews and aliases as a fresh connection sees them."""
    with Workspace(ws_path) as ws:
        return ws.reviews(), ws.aliases()


def table(app: FactcheckApp, selector: str) -> RowTable:
    return app.screen.query_one(selector, RowTable)


def shown(rows: RowTable) -> list[str]:
    """What each row looks like on screen, as plain text."""
    return [rows.render_line(y).text for y in range(1, len(rows.rows) + 1)]


async def type_text(pilot: Pilot, text: str) -> None:
    await pilot.press(*text)


async def open_group(pilot: Pilot, label: str) -> CompareScreen:
    await pilot.press("slash")
    await type_text(pilot, label)
    await pilot.press("escape", "enter")
    assert isinstance(pilot.app.screen, CompareScreen)
    return pilot.app.screen


async def test_board_shows_conflicts_first_with_counts(app: FactcheckApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BoardScreen)
        groups = table(app, "#groups")
        first = groups.rows[0]
        assert first.key == "g-wagner" and first.marked
        assert shown(groups)[0].split()[:2] == ["≠", "Wagner"]
        assert "5 1 5 1–99 0/5" in " ".join(shown(groups)[0].split())  # noqa: RUF001
        assert len(table(app, "#preview").rows) == 5


async def test_claim_text_that_looks_like_markup_shows_as_written(app: FactcheckApp,
                                                                  claims) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any(MARKUP_QUOTE in line for line in shown(table(app, "#groups")))
        await pilot.press("G", "enter")
        assert MARKUP_QUOTE in app.screen.query_one("#detail").render().plain
        await pilot.press("enter")
        document = app.screen.query_one(DocumentView)
        paragraph = document.query_one("#p0").render()
        assert "[bold]x[/bold]" in paragraph.plain
        assert "[red]Kidal[/red]" in paragraph.plain


async def test_board_to_compare_to_source_and_back(app: FactcheckApp, claims) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        compare = app.screen
        assert isinstance(compare, CompareScreen) and compare.group_id == "g-wagner"
        rows = table(app, "#claims")
        conflicting = {r.key for r in rows.rows if r.marked}
        assert conflicting == {claims[n].claim_id for n in ("R8", "R9", "R11")}
        await pilot.press("j")
        assert rows.cursor_key == claims["R8"].claim_id
        await pilot.press("enter")
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.claim_id == claims["R8"].claim_id
        document = reader.query_one(DocumentView)
        highlighted = reader.view.claims[document.current]
        text = reader.view.document.text
        assert text[highlighted.cue.start:highlighted.cue.end] == "did say"
        await pilot.press("right_square_bracket")
        assert reader.claim_id == claims["R9"].claim_id
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert reader.claim_id == claims["R7"].claim_id
        await pilot.press("escape")
        assert app.screen is compare
        await pilot.press("escape")
        assert isinstance(app.screen, BoardScreen)


async def test_find_moves_the_cursor_without_hiding_rows(app: FactcheckApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await type_text(pilot, "kidal")
        groups = table(app, "#groups")
        assert groups.cursor_key == "g-kidal" and len(groups.rows) == 6
        await pilot.press("enter")
        assert groups.cursor_key.startswith("single:")
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        await type_text(pilot, "zzz")
        assert app.screen.query_one("FindBar").has_class("-no-match")
        await pilot.press("escape")
        assert groups.has_focus


async def test_filter_conflicts_only_then_by_speaker_and_clear(app: FactcheckApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        groups = table(app, "#groups")
        await pilot.press("f", "c")
        assert [r.key for r in groups.rows] == ["g-wagner"]
        await pilot.press("escape")
        assert groups.has_focus
        await pilot.press("escape")
        assert len(groups.rows) == 6
        await pilot.press("f", "s")
        assert isinstance(app.screen, ChoiceModal)
        await type_text(pilot, "assimi")
        await pilot.press("enter")
        assert app.board_filter.speaker == "Assimi Goita"
        assert [r.key for r in groups.rows] == ["g-kidal"]
        await pilot.press("r")
        await type_text(pilot, "confirmed")
        await pilot.press("enter")
        assert groups.rows == ()
        await pilot.press("x")
        assert len(groups.rows) == 6


async def test_filter_from_another_screen_uses_a_menu(app: FactcheckApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "f")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("enter")
        assert app.board_filter.conflicts_only
        await pilot.press("escape")
        assert [r.key for r in table(app, "#groups").rows] == ["g-wagner"]


async def test_confirm_reject_and_unreview_are_written_at_once(app: FactcheckApp, ws_path,
                                                               claims) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "j")
        r8 = claims["R8"].claim_id
        await pilot.press("c")
        reviews, _ = on_disk(ws_path)
        assert reviews[r8].status is ReviewStatus.CONFIRMED
        assert reviews[r8].reviewer == "tester"
        await pilot.press("j", "x")
        assert on_disk(ws_path)[0][claims["R9"].claim_id].status is ReviewStatus.REJECTED
        await pilot.press("k", "u")
        assert on_disk(ws_path)[0][r8].status is ReviewStatus.UNREVIEWED
        assert "✗ rejected" in shown(table(app, "#claims"))[2]
        await pilot.press("escape")
        assert shown(table(app, "#groups"))[0].rstrip().endswith("1/5")


async def test_a_note_is_written_from_its_modal(app: FactcheckApp, ws_path, claims) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "j", "j", "n")
        assert isinstance(app.screen, NoteModal)
        await type_text(pilot, "bloggers, not officials")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, CompareScreen)
        note = on_disk(ws_path)[0][claims["R9"].claim_id].note
        assert note == "bloggers, not officials"
        await pilot.press("n", "escape")
        assert on_disk(ws_path)[0][claims["R9"].claim_id].note == note


async def test_merging_two_speakers_shows_everywhere_at_once(app: FactcheckApp,
                                                             ws_path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        assert isinstance(app.screen, SpeakersScreen)
        await pilot.press("slash")
        await type_text(pilot, "JNIM")
        await pilot.press("escape")
        assert table(app, "#speakers").cursor_key == "JNIM"
        await pilot.press("a")
        await type_text(pilot, "CSP")
        await pilot.press("enter")
        assert on_disk(ws_path)[1]["jnim"] == "CSP"
        speakers = table(app, "#speakers")
        assert "JNIM" not in [r.key for r in speakers.rows]
        assert speakers.cursor_key == "CSP"
        assert "JNIM" in [r.key for r in table(app, "#aliases").rows]
        await pilot.press("2")
        assert table(app, "#groups").rows[0].cells[4] == "4"
        await pilot.press("enter")
        assert "JNIM" not in " ".join(shown(table(app, "#claims")))


async def test_splitting_an_alias_gives_it_back_its_own_speaker(app: FactcheckApp,
                                                                ws_path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        assert table(app, "#speakers").cursor_key == "Mali's army"
        await pilot.press("s")
        await type_text(pilot, "The army")
        await pilot.press("enter")
        assert on_disk(ws_path)[1]["the army"] == "The army"
        assert "The army" in [r.key for r in table(app, "#speakers").rows]


async def test_renaming_a_speaker(app: FactcheckApp, ws_path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4", "r")
        assert isinstance(app.screen, PromptModal)
        await pilot.press("ctrl+a", "ctrl+k")
        await type_text(pilot, "FAMa")
        await pilot.press("enter")
        assert on_disk(ws_path)[1]["mali's army"] == "FAMa"
        assert table(app, "#speakers").cursor_key == "FAMa"


async def test_moving_a_claim_to_a_new_group_survives_a_restart(app: FactcheckApp, ws_path,
                                                                claims) -> None:
    r1 = claims["R1"].claim_id
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "m")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("enter")
        await type_text(pilot, "Acknowledged losses")
        await pilot.press("enter")
        assert on_disk(ws_path)[0][r1].group_override == USER_GROUP_PREFIX + "Acknowledged losses"
        assert len(table(app, "#claims").rows) == 4
        await pilot.press("k", "m")
        await type_text(pilot, "kidal retaken")
        await pilot.press("enter")
        await pilot.press("escape")
        labels = [r.cells[1] for r in table(app, "#groups").rows]
        assert "Acknowledged losses" in labels
    with Workspace(ws_path) as ws:
        restarted = FactcheckApp(ReviewService(ws), mode="board")
        async with restarted.run_test(size=SIZE) as pilot:
            groups = table(restarted, "#groups")
            assert groups.move_to_key(USER_GROUP_PREFIX + "Acknowledged losses")
            await pilot.press("enter")
            assert [r.key for r in table(restarted, "#claims").rows] == [r1]
            await pilot.press("escape")
            kidal = next(r for r in groups.rows if r.key == "g-kidal")
            assert kidal.cells[2] == "3"


async def test_export_writes_the_csv_with_review_decisions(app: FactcheckApp, ws_path,
                                                           tmp_path, claims) -> None:
    target = tmp_path / "out.csv"
    shown: list[Notify] = []

    def hook(message: Message) -> None:
        if isinstance(message, Notify):
            shown.append(message)

    async with app.run_test(size=SIZE, notifications=True, message_hook=hook) as pilot:
        await pilot.press("enter", "j", "c", "escape", "e")
        assert isinstance(app.screen, PromptModal)
        await pilot.press("ctrl+a", "ctrl+k")
        await type_text(pilot, str(target))
        await pilot.press("enter")
        assert app.last_export == target
        assert any(str(target) in n.notification.title for n in shown)
        await pilot.press("ctrl+e")
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    by_claim = {r["claim_id"]: r for r in rows}
    assert by_claim[claims["R8"].claim_id]["review_status"] == "confirmed"
    assert {claims[n].claim_id for n in ("R1", "R11", "B6")} <= set(by_claim)


async def test_help_lists_every_binding_with_its_id(app: FactcheckApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        rows = table(app, "#help-keys").rows
        assert len(rows) == len(help_rows({}))
        assert any(r.cells[3] == "review.confirm" for r in rows)
        await pilot.press("escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)


async def test_a_user_keymap_rebinds_by_id(ws_path, claims) -> None:
    with Workspace(ws_path) as ws:
        app = FactcheckApp(ReviewService(ws), keymap={"review.confirm": "y"}, mode="board")
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("enter", "j", "y")
    assert on_disk(ws_path)[0][claims["R8"].claim_id].status is ReviewStatus.CONFIRMED


async def test_ctrl_p_opens_the_command_palette(app: FactcheckApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)


async def test_documents_open_in_the_reader(app: FactcheckApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        documents = table(app, "#documents")
        assert len(documents.rows) == 3
        await pilot.press("j", "enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.view.document.outlet == "Reuters"


@pytest.mark.stanza
@pytest.mark.embeddings
async def test_fixtures_analysed_in_a_worker_then_reviewed_and_exported(tmp_path: Path) -> None:
    """End to end: real stanza and alignment over fixtures/, in the app's worker, then review."""
    seen: list[StageReached] = []

    def hook(message: object) -> None:
        if isinstance(message, StageReached):
            seen.append(message)

    target = tmp_path / "claims.csv"
    with Workspace(tmp_path / "ws.db") as ws:
        app = FactcheckApp(ReviewService(ws, reviewer="tester"), paths=[FIXTURES], mode="board")
        async with app.run_test(size=SIZE, message_hook=hook) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.analysis is None
            groups = table(app, "#groups")
            assert groups.rows[0].marked, "a conflicting group comes first"
            await pilot.press("enter")
            compare = app.screen
            assert isinstance(compare, CompareScreen) and compare.view.has_conflict
            confirmed = table(app, "#claims").cursor_key
            await pilot.press("c", "enter")
            assert isinstance(app.screen, ReaderScreen)
            await pilot.press("escape", "escape", "e", "ctrl+a", "ctrl+k")
            await type_text(pilot, str(target))
            await pilot.press("enter")
    assert {m.stage for m in seen} >= {"load", "parse", "extract", "align"}
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["review_status"] for r in rows if r["claim_id"] == confirmed} == {"confirmed"}
    assert any(r["group_has_conflict"] == "true" for r in rows)
