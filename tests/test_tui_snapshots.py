"""Screenshots of the board, compare and reader screens at 120x36, compared with the stored ones.

Regenerate after an intended change with ``pytest tests/test_tui_snapshots.py
--snapshot-update`` and look at the report before committing the new SVGs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from factcheck.review import ReviewService
from factcheck.workspace import Workspace
from tui.app import FactcheckApp

from .tui_fixtures import build_workspace, no_cursor_blink

__all__ = ["no_cursor_blink"]

SIZE = (120, 36)
pytestmark = pytest.mark.usefixtures("no_cursor_blink")


@pytest.fixture
def app(tmp_path: Path) -> Iterator[FactcheckApp]:
    build_workspace(tmp_path / "ws.db")
    with Workspace(tmp_path / "ws.db") as ws:
        yield FactcheckApp(ReviewService(ws, reviewer="tester"), mode="board")


def test_board(snap_compare, app: FactcheckApp) -> None:
    """Conflicts first; a label that looks like markup shows as written; first group below."""
    assert snap_compare(app, terminal_size=SIZE)


def test_compare(snap_compare, app: FactcheckApp) -> None:
    """The Wagner group: conflicting rows marked, the second row confirmed, its detail below."""

    async def confirm_second(pilot: Pilot) -> None:
        await pilot.press("enter", "j", "c")
        pilot.app.clear_notifications()

    assert snap_compare(app, terminal_size=SIZE, run_before=confirm_second)


def test_reader(snap_compare, app: FactcheckApp) -> None:
    """The Reuters article at JNIM's claim: sentence, speaker, cue and content styled apart."""
    assert snap_compare(app, terminal_size=SIZE, press=["enter", "G", "enter"])


@pytest.fixture
def events_app(tmp_path: Path) -> Iterator[FactcheckApp]:
    """The app as a user opens it: the events board first."""
    build_workspace(tmp_path / "ws.db")
    with Workspace(tmp_path / "ws.db") as ws:
        yield FactcheckApp(ReviewService(ws, reviewer="tester"))


def test_comparison(snap_compare, events_app: FactcheckApp) -> None:
    """The battle: soldiers killed, Wagner 1 ≠ JNIM 10 named on both lines, its chart below."""
    assert snap_compare(events_app, terminal_size=SIZE, press=["enter"])


def test_range_chart(snap_compare, events_app: FactcheckApp) -> None:
    """An open bound drawn as an arrow to the axis's end (bloggers' 'at least 20')."""
    assert snap_compare(events_app, terminal_size=SIZE, press=["enter", "j", "j", "j"])


def test_events_board_80x24(snap_compare, events_app: FactcheckApp) -> None:
    """At 80x24 the label keeps its date, the conflict mark stays, and the footer keeps
    Help, Export, Palette and Quit."""
    assert snap_compare(events_app, terminal_size=(80, 24))
