"""The events board, the comparison view and its range chart, driven by keys through pilot.

Writes are checked through a second connection to the workspace file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console

from factcheck.comparison import Cell, Row
from factcheck.records import QuantityKind, ReviewStatus
from factcheck.review import ReviewService
from factcheck.workspace import Workspace
from tui.app import FactcheckApp
from tui.screens.board import BoardScreen
from tui.screens.event import NONE_PREFIX, EventScreen
from tui.screens.events import OTHER_KEY, EventsScreen, SpeakerClaimsScreen
from tui.screens.help import CONFIRM_MEANS, HelpScreen
from tui.screens.modals import ChoiceModal
from tui.screens.reader import ReaderScreen
from tui.widgets.keybar import KeyBar
from tui.widgets.range_chart import EXACT_MARK, OPEN_HIGH, OPEN_LOW, VAGUE_BAR, RangeChart
from tui.widgets.rowtable import RowTable

from .tui_fixtures import claims, no_cursor_blink, ws_path

__all__ = ["claims", "no_cursor_blink", "ws_path"]

SIZE = (120, 36)
pytestmark = [pytest.mark.anyio, pytest.mark.usefixtures("no_cursor_blink")]


@pytest.fixture
def app(ws_path: Path) -> Iterator[FactcheckApp]:
    with Workspace(ws_path) as ws:
        yield FactcheckApp(ReviewService(ws, reviewer="tester"))


def table(app: FactcheckApp, selector: str) -> RowTable:
    return app.screen.query_one(selector, RowTable)


def plain(cells) -> list[str]:
    return [str(c) for c in cells]


async def test_the_board_shows_events_conflicts_first_and_folds_numberless_ones(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, EventsScreen)
        rows = table(app, "#events").rows
        assert plain(rows[0].cells)[1] == "Tinzaouaten · late July 2024" and rows[0].marked
        assert "Wagner 1 ≠ JNIM 10" in plain(rows[0].cells)[2]
        assert rows[-1].key == OTHER_KEY
        assert "Kidal · November 2023" not in [plain(r.cells)[1] for r in rows]
        await pilot.press("G", "enter")
        assert isinstance(app.screen, BoardScreen)


async def test_s_cycles_the_sort(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        assert isinstance(screen, EventsScreen)
        sorts = [screen.sort]
        for _ in range(4):
            await pilot.press("s")
            sorts.append(screen.sort)
        assert sorts == ["conflict", "size", "date", "outlets", "conflict"]
        await pilot.press("s", "s")
        dates = [plain(r.cells)[5] for r in table(app, "#events").rows if r.key != OTHER_KEY]
        assert dates == sorted(dates)


async def test_the_filter_narrows_the_events_to_those_with_a_matching_claim(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        before = len(table(app, "#events").rows)
        await pilot.press("f")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press("enter")  # conflicts only
        await pilot.pause()
        rows = table(app, "#events").rows
        assert len(rows) == 1 < before and rows[0].marked
        assert "conflicts only" in str(app.screen.query_one("#filter-bar").render())
        for keys in (("f",), (*"speaker", "enter"), tuple("csp"), ("enter",)):
            await pilot.press(*keys)
            await pilot.pause()
        assert app.board_filter.speaker == "CSP" and app.board_filter.conflicts_only


async def open_battle(pilot) -> EventScreen:
    await pilot.press("enter")
    screen = pilot.app.screen
    assert isinstance(screen, EventScreen)
    return screen


async def test_the_comparison_view_names_both_sides_of_a_disagreement(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_battle(pilot)
        rows = table(app, "#cells").rows
        assert plain(rows[0].cells)[2] == "killed · soldiers" and rows[0].marked
        first = plain(rows[1].cells)
        assert first[2:5] == ["  Wagner", "1", "≠ JNIM 10"] and rows[1].marked
        assert table(app, "#cells").cursor_key == rows[1].key
        assert plain(rows[2].cells)[4] == "≠ Wagner 1"
        assert plain(rows[3].cells)[2] == "killed · government forces"
        assert not rows[4].marked and plain(rows[4].cells)[3] == "≥20"
        assert screen.view is not None and screen.view.label == "Tinzaouaten · late July 2024"


async def test_o_reads_the_counterparts_sentence_and_enter_the_claims_own(app, claims) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_battle(pilot)
        (wagner,) = screen._current_claims()
        await pilot.press("o")
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        jnim = next(c for c in claims.values() if c.claim_id == reader.claim_id)
        assert "10" in jnim.content.text and jnim.claim_id != wagner
        await pilot.press("escape", "enter")
        assert isinstance(app.screen, ReaderScreen) and app.screen.claim_id == wagner


async def test_o_on_a_line_no_one_disagrees_with_says_so(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await open_battle(pilot)
        await pilot.press("j", "j", "j", "o")
        assert isinstance(app.screen, EventScreen)
        assert "disagrees with no one" in list(app._notifications)[-1].message


async def test_a_shows_the_claims_with_no_number_one_key_away(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_battle(pilot)
        keys = [r.key for r in table(app, "#cells").rows]
        assert not any(k.startswith(NONE_PREFIX) for k in keys)
        await pilot.press("a")
        cells = table(app, "#cells")
        assert cells.cursor_key == NONE_PREFIX
        numberless = [r.key for r in cells.rows if r.key.startswith(NONE_PREFIX)]
        assert sorted(numberless[1:]) == sorted(NONE_PREFIX + c for c in screen.view.unnumbered)
        await pilot.press("j", "enter")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.claim_id == numberless[1].removeprefix(NONE_PREFIX)
        await pilot.press("escape")
        await pilot.press("a")
        assert not any(r.key.startswith(NONE_PREFIX) for r in table(app, "#cells").rows)


async def test_confirm_on_a_line_confirms_its_claims_on_disk(app, ws_path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_battle(pilot)
        claim_ids = screen._current_claims()
        await pilot.press("c")
        status = plain(table(app, "#cells").rows[1].cells)[1]
        assert status == "✓"
    with Workspace(ws_path) as ws:
        reviews = ws.reviews()
    assert all(reviews[cid].status is ReviewStatus.CONFIRMED for cid in claim_ids)


async def test_w_lists_every_claim_of_one_speaker(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        assert isinstance(app.screen, ChoiceModal)
        await pilot.press(*"JNIM", "enter")
        screen = app.screen
        assert isinstance(screen, SpeakerClaimsScreen) and screen.speaker == "JNIM"
        rows = table(app, "#speaker-claims").rows
        assert len(rows) == len(app.service.claims_of("JNIM")) >= 1
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)


async def test_help_has_a_legend_and_says_what_confirm_means(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        marks = [plain(r.cells)[0] for r in table(app, "#help-legend").rows]
        assert {"≠", "✓", "✗", "·", OPEN_HIGH, EXACT_MARK} <= set(marks)
        assert CONFIRM_MEANS in str(app.screen.query_one("#confirm-means").render())


async def test_the_palette_offers_review_commands_on_the_comparison(app) -> None:
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_battle(pilot)
        commands = {c.title: c for c in app.get_system_commands(screen)}
        assert {"Confirm this claim", "Reject this claim", "Note on this claim"} <= set(commands)
        assert commands["Confirm this claim"].help == CONFIRM_MEANS
        commands["Reject this claim"].callback()
        await pilot.pause()
        assert plain(table(app, "#cells").rows[1].cells)[1] == "✗"


async def test_a_screenshot_is_saved_beside_the_workspace(app, ws_path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        saved = app.deliver_screenshot()
        await pilot.pause()
        assert saved is not None and Path(saved).parent == ws_path.resolve().parent
        assert Path(saved).read_text(encoding="utf-8").startswith("<svg")
        assert saved in list(app._notifications)[-1].message


def footer(app: FactcheckApp) -> str:
    return str(app.screen.query_one(KeyBar).render())


async def test_at_80x24_the_footer_keeps_export_palette_and_quit(app) -> None:
    essentials = ("Help", "Export", "Palette", "Quit")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert all(word in footer(app) for word in essentials)
        await open_battle(pilot)
        assert all(word in footer(app) for word in (*essentials, "Back"))
        assert plain(table(app, "#cells").rows[1].cells)[4] == "≠ JNIM 10"


# the range chart -----------------------------------------------------------------------------


def cell(claimant: str, low: float | None, high: float | None,
         kind: QuantityKind = QuantityKind.EXACT, text: str = "") -> Cell:
    return Cell(claimant, low, high, kind, text or str(low), "none", 1, "", ReviewStatus.UNREVIEWED,
                (claimant,))


def chart_lines(row: Row, width: int = 80) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    console.print(RangeChart(row))
    return console.export_text().splitlines()


def row_of(*cells: Cell) -> Row:
    return Row("killed · soldiers", "killed", "soldiers", "", cells, ())


def test_the_chart_is_linear_for_close_numbers_and_marks_open_and_vague_bounds():
    lines = chart_lines(row_of(cell("Army", 2, 2), cell("Bloggers", 20, None,
                                                          QuantityKind.AT_LEAST, "≥20"),
                               cell("CSP", 24, 99, QuantityKind.VAGUE, '24\N{EN DASH}99 "dozens"'),
                               cell("Official", 0, 80, QuantityKind.AT_MOST, "≤80")))
    assert "linear scale" in lines[0]
    army, bloggers, csp, official = lines[1:5]
    assert EXACT_MARK in army
    assert bloggers.rstrip().endswith("≥20") and OPEN_HIGH in bloggers
    assert VAGUE_BAR * 5 in csp
    assert OPEN_LOW in official
    assert army.index(EXACT_MARK) < bloggers.index("━") < csp.index(VAGUE_BAR)


def test_the_chart_turns_logarithmic_when_numbers_span_orders_of_magnitude():
    lines = chart_lines(row_of(cell("Army", 2, 2), cell("Monitor", 12000, 12000)))
    assert "log scale" in lines[0]
    ticks = lines[-1].split()
    assert ticks[0] == "1" and "10,000" in ticks
    army, monitor = lines[1:3]
    # on a log axis 2 sits well inside the chart, not squashed on the left edge with 0
    assert army.index(EXACT_MARK) < monitor.index(EXACT_MARK)


def test_a_line_with_no_number_charts_nothing():
    console = Console(width=60, record=True, color_system=None)
    console.print(RangeChart(None))
    assert "No count to chart" in console.export_text()
