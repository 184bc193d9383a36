"""A group's name: what happened, to whom, where, when ("killed · Wagner/Russian fighters ·
Tinzaouaten · late July 2024")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final

from factcheck.align.dates import Interval, describe
from factcheck.align.features import ClaimFeatures
from factcheck.align.tables import PEOPLE
from factcheck.records import EventKey

SEPARATOR: Final = " · "
#: a group that names no count is labelled by its first claim's opening words.
FALLBACK_WORDS: Final = 8


def group_label(members: Sequence[ClaimFeatures], places: frozenset[str],
                when: Interval | None) -> str:
    """``places`` and ``when`` are what every member allows (the group's core)."""
    predicate = _most_common(p for m in members for p in _predicates(m))
    target = _most_common(t for m in members for t in _targets(m))
    place = group_place(members, places)
    parts = [predicate, target, place, describe(when)]
    if not (predicate or target):
        words = members[0].text.split()
        head = " ".join(words[:FALLBACK_WORDS])
        parts[0] = head + ("…" if len(words) > FALLBACK_WORDS else "")
    return SEPARATOR.join(p.replace("+", " and ") for p in parts if p)


def group_place(members: Sequence[ClaimFeatures], places: frozenset[str]) -> str:
    """The place the members name most among those every member allows."""
    return _most_common(p for m in members for p in m.places if not places or p in places)


def group_event(members: Sequence[ClaimFeatures], places: frozenset[str],
                when: Interval | None) -> EventKey:
    start, end = (when[0].isoformat(), when[1].isoformat()) if when else ("", "")
    return EventKey(group_place(members, places), start, end)


def group_comparison(members: Sequence[ClaimFeatures]) -> str:
    """The comparison most of the members' counts are on ("killed · Malian soldiers")."""
    return _most_common(a.comparison for m in members for a in m.amounts if a.key)


def _predicates(member: ClaimFeatures) -> list[str]:
    found = [a.predicate for a in member.amounts if a.predicate]
    return found or sorted(member.predicates)


def _targets(member: ClaimFeatures) -> list[str]:
    found = [a.target for a in member.amounts if a.target and (a.target_class
                                                                or a.target == PEOPLE)]
    return found or sorted(t for t in member.targets if member.classes)


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    if not counts:
        return ""
    return min(counts, key=lambda v: (-counts[v], v))
