"""Untrusted text on its way to the screen: a control character is shown, never sent.

Articles, alias files and workspaces can hold terminal escapes (a window title, a
clipboard write, a clear-screen). Rich strips only a few control codes, so every
string from the workspace goes into a widget through ``safe`` (an editor's initial value through
``printable``); the stored text is
unchanged, and each character stays one character, so highlighted spans still fit.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from factcheck.documents import printable

__all__ = ["printable", "safe"]


def safe(value: str | Text, style: str | Style = "") -> Text:
    """``value`` as a Text whose characters are all printable; a Text keeps its styles."""
    if isinstance(value, Text):
        text = value.copy()
        text.plain = printable(text.plain)
        return text
    return Text(printable(value), style=style)
