"""The footer: the keys that work here, redrawn as one line of text.

Textual's Footer mounts a widget per key and remounts them whenever focus
moves, which costs tens of milliseconds per keypress; this draws the same
information into a single Static, so a keypress stays cheap.
"""

from __future__ import annotations

import sys
from typing import ClassVar

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static

#: Footer entries (by description) that stay however narrow the terminal is.
ESSENTIAL: frozenset[str] = frozenset({"Help", "Back", "Export", "Palette", "Quit"})


def _width(entry: tuple[list[str], str, bool]) -> int:
    return len(" ".join(entry[0])) + len(entry[1]) + 3


class KeyBar(Static):
    """Bindings of the focused widget, then the screen, then the app; a group shares a label."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-description-foreground;
    }
    KeyBar > .key-bar--key { color: $footer-key-foreground; text-style: bold; }
    KeyBar > .key-bar--disabled { color: $text-disabled; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--disabled"}

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen:
            self.update(self.keys_text())

    def on_resize(self) -> None:
        self.update(self.keys_text())

    def entries(self) -> list[tuple[list[str], str, bool]]:
        """(keys, description, enabled) in footer order, one entry per action or group; when
        the line is too narrow, the last entries that are not ESSENTIAL give way first."""
        entries = self._all_entries()
        width = self.size.width or sys.maxsize
        while sum(_width(e) for e in entries) + 1 > width:
            droppable = [n for n, e in enumerate(entries) if e[1] not in ESSENTIAL]
            if not droppable:
                break
            del entries[droppable[-1]]
        return entries

    def _all_entries(self) -> list[tuple[list[str], str, bool]]:
        entries: list[tuple[list[str], str, bool]] = []
        seen: dict[object, int] = {}
        for _, binding, enabled, _ in self.screen.active_bindings.values():
            if not binding.show:
                continue
            slot: object = binding.group or binding.action
            key = self.app.get_key_display(binding)
            if slot in seen:
                keys = entries[seen[slot]][0]
                if binding.group and key not in keys:
                    keys.append(key)
                continue
            seen[slot] = len(entries)
            description = binding.group.description if binding.group else binding.description
            entries.append(([key], description, enabled))
        return entries

    def keys_text(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        disabled = self.get_component_rich_style("key-bar--disabled", partial=True)
        text = Text(" ", no_wrap=True, overflow="crop", end="")
        for keys, description, enabled in self.entries():
            text.append(" ".join(keys), style=key_style if enabled else disabled)
            text.append(f" {description}  ", style=None if enabled else disabled)
        return text
