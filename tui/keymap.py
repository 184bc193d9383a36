"""Every key binding of the app, as data with stable ids, and the user's keymap file.

A user remaps by id in a TOML file (``$FACTCHECK_KEYMAP``, else ``keymap.toml``
in the factcheck config folder)::

    [keys]
    "review.confirm" = "y"
    "table.down" = "j,down,ctrl+n"

The help screen lists these tables, so a binding declared here is documented.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_config_path
from textual.binding import Binding
from textual.keys import format_key

from factcheck.errors import InputError
from factcheck.tomlfile import read_toml

KEYMAP_ENV = "FACTCHECK_KEYMAP"
KEYMAP_FILE = "keymap.toml"

#: Review keys share one footer entry.
REVIEW_GROUP = Binding.Group("Confirm/reject")
STEP_GROUP = Binding.Group("Prev/next claim")

APP_BINDINGS: list[Binding] = [
    Binding("f", "filter", "Filter", id="app.filter"),
    Binding("e", "export", "Export", id="app.export"),
    Binding("ctrl+e", "export_again", "Export to the last path", show=False,
            id="app.export_again"),
    Binding("1", "switch_mode('events')", "Events", show=False, id="app.events"),
    Binding("2", "switch_mode('board')", "Groups", show=False, id="app.board"),
    Binding("3", "switch_mode('documents')", "Documents", show=False, id="app.documents"),
    Binding("4", "switch_mode('speakers')", "Speakers", show=False, id="app.speakers"),
    Binding("ctrl+p", "command_palette", "Palette", priority=True, id="app.palette"),
    Binding("q", "quit", "Quit", id="app.quit"),
]

TABLE_BINDINGS: list[Binding] = [
    Binding("j,down", "cursor_down", "Down", show=False, id="table.down"),
    Binding("k,up", "cursor_up", "Up", show=False, id="table.up"),
    Binding("g,home", "top", "First row", show=False, id="table.top"),
    Binding("G,end", "bottom", "Last row", show=False, id="table.bottom"),
    Binding("pagedown,ctrl+d", "page_down", "Page down", show=False, id="table.page_down"),
    Binding("pageup,ctrl+u", "page_up", "Page up", show=False, id="table.page_up"),
    Binding("enter", "select", "Open", id="table.open"),
]

DOCUMENT_BINDINGS: list[Binding] = [
    Binding("j,down", "scroll_down", "Scroll down", show=False, id="reader.scroll_down"),
    Binding("k,up", "scroll_up", "Scroll up", show=False, id="reader.scroll_up"),
    Binding("g,home", "scroll_home", "Top", show=False, id="reader.top"),
    Binding("G,end", "scroll_end", "Bottom", show=False, id="reader.bottom"),
]

#: Declared on every screen rather than the app so the footer lists Help first.
SCREEN_BINDINGS: list[Binding] = [
    Binding("f1,question_mark", "app.help", "Help", key_display="F1", id="app.help"),
    Binding("slash", "find", "Find", key_display="/", id="screen.find"),
    Binding("tab", "app.focus_next", "Next pane", show=False, id="screen.next_pane"),
    Binding("shift+tab", "app.focus_previous", "Previous pane", show=False,
            id="screen.previous_pane"),
]

BACK_BINDINGS: list[Binding] = [
    Binding("escape", "back", "Back", id="screen.back"),
]

BOARD_BINDINGS: list[Binding] = [
    Binding("escape", "clear_filter", "Clear filter", id="board.clear_filter"),
]

FILTER_BINDINGS: list[Binding] = [
    Binding("c", "choose('conflicts')", "Conflicts only", id="filter.conflicts"),
    Binding("s", "choose('speaker')", "By speaker", id="filter.speaker"),
    Binding("d", "choose('document')", "By document", id="filter.document"),
    Binding("r", "choose('status')", "By review status", id="filter.status"),
    Binding("x", "choose('clear')", "Clear", id="filter.clear"),
    Binding("escape,enter", "done", "Done", id="filter.done"),
]

REVIEW_BINDINGS: list[Binding] = [
    Binding("c", "review('confirmed')", "Confirm", group=REVIEW_GROUP, id="review.confirm"),
    Binding("x", "review('rejected')", "Reject", group=REVIEW_GROUP, id="review.reject"),
    Binding("u", "review('unreviewed')", "Unreview", show=False, id="review.unreview"),
    Binding("n", "note", "Note", id="review.note"),
    Binding("m", "move", "Move", id="review.move"),
    Binding("v,space", "view_text", "Full text", show=False, id="review.view"),
]

COMPARE_BINDINGS: list[Binding] = [
    Binding("r", "toggle_raw", "Raw names", show=False, id="compare.raw"),
]

EVENT_BINDINGS: list[Binding] = [
    Binding("o", "counterpart", "Other side", id="event.counterpart"),
    Binding("a", "unnumbered", "No-number claims", id="event.unnumbered"),
]

EVENTS_BINDINGS: list[Binding] = [
    Binding("s", "sort", "Sort", id="events.sort"),
    Binding("w", "claims_of", "Who said what", id="events.speaker"),
]

READER_BINDINGS: list[Binding] = [
    Binding("left_square_bracket,left,h", "step(-1)", "Previous claim", key_display="[",
            group=STEP_GROUP, id="reader.previous"),
    Binding("right_square_bracket,right,l", "step(1)", "Next claim", key_display="]",
            group=STEP_GROUP, id="reader.next"),
]

SPEAKER_BINDINGS: list[Binding] = [
    Binding("a", "merge", "Merge into", id="speakers.merge"),
    Binding("r", "rename", "Rename", id="speakers.rename"),
    Binding("s", "split", "Split alias", id="speakers.split"),
]

MODAL_BINDINGS: list[Binding] = [
    Binding("escape", "cancel", "Cancel", id="modal.cancel"),
]

NOTE_BINDINGS: list[Binding] = [
    Binding("ctrl+s", "save", "Save", id="note.save"),
]

#: Where each table applies, in the order the help screen lists them.
SCOPES: dict[str, list[Binding]] = {
    "Everywhere": APP_BINDINGS,
    "Every screen": SCREEN_BINDINGS,
    "Lists": TABLE_BINDINGS,
    "Events": EVENTS_BINDINGS,
    "Comparison": EVENT_BINDINGS,
    "Groups": BOARD_BINDINGS,
    "Groups filter line": FILTER_BINDINGS,
    "Comparison, compare, reader": BACK_BINDINGS + REVIEW_BINDINGS,
    "Compare": COMPARE_BINDINGS,
    "Reader": READER_BINDINGS + DOCUMENT_BINDINGS,
    "Speakers": SPEAKER_BINDINGS,
    "Dialogs": MODAL_BINDINGS + NOTE_BINDINGS,
}

BINDING_IDS: frozenset[str] = frozenset(
    b.id for table in SCOPES.values() for b in table if b.id is not None
)


def key_display(keys: str) -> str:
    return " ".join(format_key(key.strip()) for key in keys.split(","))


def help_rows(keymap: Mapping[str, str]) -> list[tuple[str, str, str, str]]:
    """(scope, keys, description, binding id) for every binding, remaps applied."""
    rows = []
    for scope, table in SCOPES.items():
        for binding in table:
            keys = keymap.get(binding.id or "", binding.key)
            rows.append((scope, key_display(keys), binding.description, binding.id or ""))
    return rows


def load_keymap(path: Path) -> dict[str, str]:
    """binding id -> keys from a TOML file; an unknown id is named, not ignored."""
    keys = read_toml(path, "keymap").get("keys", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise InputError(f'{path}: expected a [keys] table of "binding.id" = "keys"')
    unknown = sorted(set(keys) - BINDING_IDS)
    if unknown:
        raise InputError(f"{path}: unknown binding id(s) {', '.join(unknown)}; "
                         f"press F1 in the app to see them all")
    return dict(keys)


def user_keymap_path() -> Path:
    return Path(os.environ.get(KEYMAP_ENV) or user_config_path("factcheck") / KEYMAP_FILE)


def load_user_keymap() -> dict[str, str]:
    path = user_keymap_path()
    return load_keymap(path) if path.is_file() else {}
