"""The optional ``---`` header of a .txt/.md article: simple ``key: value`` lines.

Only the keys in FRONT_MATTER_KEYS are kept; other keys (tags, layout, ... from static
site generators) are ignored so such files load as they are. No YAML: values are plain
strings, optionally quoted.
"""

from __future__ import annotations

import datetime
import re

from factcheck.documents.decoding import quoted
from factcheck.errors import InputError

FENCE = "---"
FRONT_MATTER_KEYS: tuple[str, ...] = ("title", "outlet", "url", "published")

_KEY_VALUE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*)")
# A date as far as the source states it: year, year-month, day, or a full timestamp.
_PARTIAL_DATE = re.compile(
    r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?)?)?"
)
_QUOTES: tuple[str, ...] = ('"', "'")


def split_front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    """Return the header's known keys and the text after the closing fence.

    Text that does not open with a fence line, or never closes it, has no header: a
    leading ``---`` can also be a Markdown rule.
    """
    lines = text.split("\n")
    if lines[0].rstrip() != FENCE:
        return {}, text
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() == FENCE:
            meta = _parse_lines(lines[1:index], name)
            return meta, "\n".join(lines[index + 1 :])
    return {}, text


def _parse_lines(lines: list[str], name: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped[0] in "#-" or line[:1].isspace():
            continue  # blank, comment, or a list item / continuation of an ignored key
        match = _KEY_VALUE.fullmatch(stripped)
        if match is None:
            raise InputError(f"{name}: front matter line {quoted(stripped)} is not 'key: value'")
        key, value = match["key"].lower(), _unquote(match["value"].strip())
        if key in FRONT_MATTER_KEYS and value:
            meta[key] = value
    published = meta.get("published")
    if published is not None and not _is_date(published):
        raise InputError(
            f"{name}: front matter published {quoted(published)} is not a date like 2024, 2024-07"
            " or 2024-07-30"
        )
    return meta


def _is_date(value: str) -> bool:
    """A date as far as the source states it, and a real one: no month 13, no 31 June."""
    if not _PARTIAL_DATE.fullmatch(value):
        return False
    parts = [int(part) for part in value[:10].split("-")]
    try:
        datetime.date(*parts, *[1] * (3 - len(parts)))
    except ValueError:
        return False
    return True


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in _QUOTES:
        return value[1:-1]
    return value
