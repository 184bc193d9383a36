"""News-wire conventions around an article body: byline, dateline, outlet mark, trailers.

The analysed text is the article body only: the byline line, the dateline with its
outlet mark ("BAMAKO (Reuters) - ", "(Bloomberg) -- ", any dash) and trailing lines that are not
article text (credits, copyright, "Comments") are cut off and kept as metadata. Only
the head and the tail are cut, so the body is one unchanged slice of the input: nothing
inside it is rewritten.

A copyright line's year is not turned into a publication date: it says when the text
was copyrighted, not the day it was published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Apostrophes and dashes as typeset: ASCII and the curly/en/em forms.
_APOS = "'\u2019"
_DASH = "\u2013\u2014"
_WORD = rf"(?:[A-Z][\w{_APOS}.-]*|de|da|del|di|du|la|le|van|von|der|al|el|bin|ibn)"
_NAME_GAP = r"(?:[ \t]+and[ \t]+|,[ \t]*|[ \t]+)"

# "By Tiemoko Diallo" alone on a line; names only, so "By the end of ..." stays text.
BYLINE = re.compile(
    rf"By[ \t]+(?P<names>[A-Z][\w{_APOS}.-]*(?:{_NAME_GAP}{_WORD}){{0,8}})[ \t]*(?=\n|\Z)"
)

# "BAMAKO (Reuters) - ", "WASHINGTON, July 30 (Reuters) - ", "(Bloomberg) -- ".
DATELINE = re.compile(
    rf"(?P<dateline>[A-Z][A-Z{_APOS}.-]*(?:[ \t]+[A-Z][A-Z{_APOS}.-]*)*"
    r"(?:,[ \t]*[^\n()]{1,40}?)?)?"
    rf"[ \t]*\((?P<outlet>[A-Z][\w&.{_APOS} -]{{0,40}}?)\)[ \t]*(?:--|[-{_DASH}])[ \t]*"
)

# "(Additional reporting by ...; Writing by ...; Editing by ...)".
CREDIT_LINE = re.compile(
    r"\((?:additional[ \t]+)?(?:reporting|writing|editing|compiled|research)[ \t]+by\b.*\)",
    re.IGNORECASE,
)

# "©2023 Bloomberg L.P.", "Copyright 2024 The Associated Press. All rights reserved."
COPYRIGHT_LINE = re.compile(
    r"(?:©|\(c\)|copyright)[ \t]*(?:©[ \t]*)?\d{4}[ \t]+(?P<holder>.+?)"
    r"(?:\.?[ \t]*all rights reserved)?\.?",
    re.IGNORECASE,
)
CORPORATE_SUFFIX = re.compile(r"[ \t,]+(?:L\.P|LP|Inc|Ltd|LLC|plc|Limited|Corp)\.?$")

# Page furniture that follows an article pasted from the web; compared casefolded,
# without end punctuation.
JUNK_LINES: frozenset[str] = frozenset({
    "comments",
    "read the rest here",
    "share this article",
    "share",
    "read more",
    "advertisement",
    "all rights reserved",
})
_JUNK_PUNCTUATION = ".:!…"

_WHITESPACE = re.compile(r"\s*")


@dataclass(frozen=True, slots=True)
class WireParts:
    body: str
    dateline: str | None = None
    byline: str | None = None
    outlet: str | None = None


def _past_space(text: str, pos: int) -> int:
    """Where the whitespace at ``pos`` ends (the pattern also matches nothing)."""
    found = _WHITESPACE.match(text, pos)
    return found.end() if found else pos


def split_wire(text: str) -> WireParts:
    """Cut the byline, dateline/outlet mark and trailer lines off an article body."""
    start = _past_space(text, 0)
    byline = None
    if match := BYLINE.match(text, start):
        byline = match["names"]
        start = _past_space(text, match.end())
    dateline = outlet = None
    if match := DATELINE.match(text, start):
        dateline = match["dateline"] and match["dateline"].strip()
        outlet = match["outlet"].strip()
        start = match.end()
    end, holder = _trim_trailer(text, start)
    return WireParts(text[start:end], dateline or None, byline, outlet or holder)


def _trim_trailer(text: str, start: int) -> tuple[int, str | None]:
    """Walk back over trailer lines; return the body's end and any copyright holder."""
    end = max(start, len(text.rstrip()))
    holder = None
    while end > start:
        line_start = max(start, text.rfind("\n", start, end) + 1)
        line = text[line_start:end].strip()
        if match := COPYRIGHT_LINE.fullmatch(line):
            holder = holder or CORPORATE_SUFFIX.sub("", match["holder"]).strip()
        elif not (CREDIT_LINE.fullmatch(line) or _is_junk(line)):
            break
        end = max(start, len(text[:line_start].rstrip()))
    return end, holder


def _is_junk(line: str) -> bool:
    return line.rstrip(_JUNK_PUNCTUATION).strip().casefold() in JUNK_LINES
