"""When a claim's events happened, as a closed interval of days.

A date the claim's sentence states ("between July 22 and 27", "in August 2024")
wins; otherwise a report is taken to be about the weeks before it was
published. Months stated without a year take the publication's year, so an
undated document dates nothing from its text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection
from datetime import date, timedelta
from typing import Final

from factcheck.align.tables import MONTH_PARTS, MONTHS

Interval = tuple[date, date]

#: a report is read as covering the days from this long before publication.
REPORT_WINDOW_DAYS: Final = 30
#: two intervals this close still count as the same time.
SLACK_DAYS: Final = 3
EN_DASH: Final = "\u2013"

_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
_PARTS = "|".join(p for part in MONTH_PARTS for p in (part, part.capitalize()))
_ORDINAL = r"(?:st|nd|rd|th)?"
_MONTH_MENTION = re.compile(
    rf"\b(?:(?P<part>{_PARTS})[- ]+)?(?P<month>{_MONTH_NAMES})\b"
    rf"(?:[ \t]+(?P<d1>\d{{1,2}}){_ORDINAL}"
    rf"(?:[ \t]*(?:-|\u2013|and|to)[ \t]*(?P<d2>\d{{1,2}}){_ORDINAL})?\b)?"
    r"(?:,?[ \t]+(?P<year>(?:19|20)\d{2})\b)?"
    r"(?P<last>[ \t]+(?:of[ \t]+)?last[ \t]+year\b)?"
)
#: "May" is a month only with a day, a year or "early/mid/late"; else it is the verb.
_AMBIGUOUS_MONTHS: Final[frozenset[str]] = frozenset({"May"})
_YEAR_MENTION = re.compile(r"\b(?:in|during|In|During)[ \t]+(?P<year>(?:19|20)\d{2})\b")
_ANY_YEAR = re.compile(r"(?<![\d,.])\b((?:19|20)\d{2})\b(?![,.]?\d)")
#: a date opening a report, maybe with its outlet, then a dash: "August 15, 2020 (Outlet) -".
_DATELINE = re.compile(
    rf"^\s*(?:(?:{_MONTH_NAMES})[ \t]+\d{{1,2}},?[ \t]+(?:19|20)\d{{2}}"
    rf"|\d{{1,2}}[ \t]+(?:{_MONTH_NAMES})[ \t]+(?:19|20)\d{{2}})"
    r"[ \t]*(?:\([^)\n]*\)[ \t]*)?[-\u2013\u2014][ \t]*")
_PUBLISHED = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


def published_interval(published: str | None) -> Interval | None:
    """'2024' -> the year, '2024-07' -> the month, '2024-07-30...' -> the day."""
    match = _PUBLISHED.match(published or "")
    if match is None:
        return None
    year = int(match["y"])
    if match["m"] is None:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(match["m"])
    if match["d"] is None:
        return _month(year, month)
    day = date(year, month, int(match["d"]))
    return day, day


def report_window(published: str | None) -> Interval | None:
    """The days a report published then is taken to be about, when it names none.

    A date known only to the year stays that year: it is already wider than any window.
    """
    span = published_interval(published)
    if span is None or (span[1] - span[0]).days > 31:
        return span
    return span[0] - timedelta(days=REPORT_WINDOW_DAYS), span[1]


def undated_reference(text: str, nearby_years: Collection[int]) -> Interval | None:
    """What an undated document's yearless dates ("on July 22") are read against.

    ``nearby_years`` are the publication years of the dated reports about the same place.
    One such year is taken; among several, the latest the text itself names, if one of
    them; with none, the latest year the text names. Anything else gives None, as does a
    text that states no date at all: such a document is kept apart, since a guess could
    merge events a year apart.
    """
    months = [m for m in _MONTH_MENTION.finditer(text) if not m["last"] and (
        m["month"] not in _AMBIGUOUS_MONTHS or m["d1"] or m["year"] or m["part"])]
    named = {int(y) for y in _ANY_YEAR.findall(text)}
    if not months and not named:
        return None
    if len(set(nearby_years)) == 1:
        year: int | None = next(iter(nearby_years))
    elif nearby_years:
        year = max(set(nearby_years) & named, default=None)
    else:
        year = max(named, default=None)
    if year is None:
        return None
    end = date(year, 12, 31)
    return end, end


def without_dateline(sentence: str) -> str:
    """``sentence`` less an opening dateline ("August 15, 2020 (Nyamilepedia) - "): the day
    a report went out is not the day of what it reports."""
    return _DATELINE.sub("", sentence, count=1)


def mentioned_interval(text: str, published: Interval | None, *,
                       past: bool = True) -> Interval | None:
    """The hull of the dates ``text`` names, years taken from ``published``.

    ``past=False`` leaves out what the text says is a year back ("September last year"):
    an undated report's own time is not its background.
    """
    found = [iv for iv in _mentions(text, published, past=past) if iv is not None]
    if not found:
        return None
    return min(iv[0] for iv in found), max(iv[1] for iv in found)


def _mentions(text: str, published: Interval | None, *,
              past: bool = True) -> list[Interval | None]:
    spans: list[Interval | None] = []
    for match in _MONTH_MENTION.finditer(text):
        if match["month"] in _AMBIGUOUS_MONTHS and not (match["d1"] or match["year"]
                                                         or match["part"]):
            continue
        if match["last"] and not past:
            continue
        month = MONTHS.index(match["month"].lower()) + 1
        year = _year_for(month, match["year"], published)
        if match["last"] and published is not None and not match["year"]:
            year = published[1].year - 1
        if year is None:
            continue
        first, last = _month(year, month)
        if match["d1"]:
            d1 = int(match["d1"])
            d2 = int(match["d2"] or d1)
            if not 1 <= d1 <= d2 <= last.day:
                continue
            spans.append((first.replace(day=d1), first.replace(day=d2)))
        elif match["part"]:
            low, high = MONTH_PARTS[match["part"].lower()]
            spans.append((first.replace(day=low), first.replace(day=min(high, last.day))))
        else:
            spans.append((first, last))
    if not spans:
        spans = [(date(int(m["year"]), 1, 1), date(int(m["year"]), 12, 31))
                 for m in _YEAR_MENTION.finditer(text)]
    return spans


def _year_for(month: int, stated: str | None, published: Interval | None) -> int | None:
    if stated:
        return int(stated)
    if published is None:
        return None
    year = published[1].year
    return year - 1 if month > published[1].month else year


def _month(year: int, month: int) -> Interval:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def overlaps(a: Interval | None, b: Interval | None, *, slack_days: int = SLACK_DAYS) -> bool:
    """Unknown dates overlap everything: only two stated times can keep claims apart."""
    if a is None or b is None:
        return True
    slack = timedelta(days=slack_days)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def intersect(a: Interval | None, b: Interval | None) -> Interval | None:
    if a is None:
        return b
    if b is None:
        return a
    low, high = max(a[0], b[0]), min(a[1], b[1])
    return (low, high) if low <= high else (min(low, high), max(low, high))


def describe(span: Interval | None) -> str:
    """'late July 2024', 'July 2024', 'July-August 2024' (en dash), '2024' or ''."""
    if span is None:
        return ""
    first, last = span
    if (first.year, first.month) == (last.year, last.month):
        month = f"{calendar.month_name[first.month]} {first.year}"
        if (last - first).days > 12:
            return month
        middle = (first.day + last.day) / 2
        part = next(name for name, (_, high) in MONTH_PARTS.items() if middle <= high + 0.5)
        return f"{part} {month}"
    if first.year == last.year:
        if last.month - first.month <= 2:
            return (f"{calendar.month_name[first.month]}{EN_DASH}"
                    f"{calendar.month_name[last.month]} {first.year}")
        return str(first.year)
    return f"{first.year}{EN_DASH}{last.year}"
