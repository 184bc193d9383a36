"""Who says how many of what, per event: the comparison a fact-checker opens the app for.

Read through the decisions layer, so claimants, groups and review statuses are the ones
the app and every export show. An *event* is the groups alignment placed at one place
and overlapping days (``ClaimGroup.event``); its *rows* are what was counted, per
casualty class and side ("killed · Malian soldiers", "wounded"), read from each claim's
counts the way alignment reads them (``align.features.amount_of``), so a claim giving
two counts sits in two rows. Each row holds one *cell* per claimant and claimed range,
and its *disagreements*: pairs of cells from different claimants whose ranges cannot
both hold ("CSP 84 ≠ JNIM 50"). A disagreement is only flagged, never decided, and a
rejected claim is in none.

API (stable): ``event_comparisons(decisions, documents, sides) -> list[EventComparison]``
and ``load(ws)``; records ``EventComparison``, ``Row``, ``Cell``, ``Disagreement``;
``cell_text(low, high, kind, vague_word)`` for a range as a reader checks it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

from factcheck.align.dates import Interval, describe, intersect, overlaps
from factcheck.align.features import Amount, amount_of
from factcheck.align.relations import compare_amounts
from factcheck.decisions import Decisions, PlacedGroup
from factcheck.records import Claim, Document, Quantity, QuantityKind, Relation, ReviewStatus
from factcheck.sides import BUILT_IN, SideTable

if TYPE_CHECKING:
    from factcheck.workspace import Workspace

SEPARATOR: Final = " · "
DASH: Final = "\N{EN DASH}"
NOT_EQUAL: Final = "\N{NOT EQUAL TO}"
UNKNOWN_CLAIMANT: Final = "unknown speaker"
#: the row of counts that name neither a casualty class nor the people counted
OTHER_COUNTS: Final = "other counts"
#: an undated group joins events after every dated one has found its own
UNDATED_WIDTH: Final = 1_000_000
#: how a cell's claimants are joined when one claim names several
CLAIMANT_JOIN: Final = " / "
#: the highest / lowest positive bound from which a range chart's axis is logarithmic, in
#: the app and in the report alike
LOG_SPAN: Final = 50.0


@dataclass(frozen=True, slots=True)
class Cell:
    """One claimant's claimed range in one row, over every claim that states it."""

    claimant: str
    low: float | None
    high: float | None
    kind: QuantityKind
    #: ``84``, ``≥20``, ``≤80``, ``~12,000``, ``24-99 "dozens"``
    text: str
    hedge: str
    outlets: int
    #: the earliest publication date of a report carrying it (ISO), "" when none is dated
    first_reported: str
    status: ReviewStatus
    claim_ids: tuple[str, ...]

    @property
    def vague(self) -> bool:
        return self.kind is QuantityKind.VAGUE

    @property
    def open_high(self) -> bool:
        return self.high is None

    @property
    def open_low(self) -> bool:
        """"up to 80": nothing below is excluded."""
        return self.kind is QuantityKind.AT_MOST


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Two claimants' ranges for the same count that cannot both hold."""

    a: Cell
    b: Cell

    @property
    def text(self) -> str:
        return f"{self.a.claimant} {self.a.text} {NOT_EQUAL} {self.b.claimant} {self.b.text}"

    def counterpart(self, cell: Cell) -> Cell | None:
        if cell == self.a:
            return self.b
        if cell == self.b:
            return self.a
        return None


@dataclass(frozen=True, slots=True)
class Row:
    """What was counted: a casualty class and the people (their side) it counts."""

    comparison: str
    counted: str
    who: str
    side: str
    cells: tuple[Cell, ...]
    disagreements: tuple[Disagreement, ...]

    @property
    def has_conflict(self) -> bool:
        return bool(self.disagreements)

    def counterparts(self, cell: Cell) -> list[Cell]:
        return [other for d in self.disagreements if (other := d.counterpart(cell))]


@dataclass(frozen=True, slots=True)
class EventComparison:
    """One event: where and when, its rows, and its claims that give no count."""

    event_id: str
    place: str
    when: Interval | None
    group_ids: tuple[str, ...]
    rows: tuple[Row, ...]
    #: claims of the event that state no count (one key away in the app)
    unnumbered: tuple[str, ...]
    claim_ids: tuple[str, ...]
    outlets: int
    first_reported: str
    #: the first group's label, for an event with neither place nor time
    fallback_label: str = ""

    @property
    def label(self) -> str:
        """"Tinzaouaten · late July 2024"."""
        found = SEPARATOR.join(p for p in (self.place, describe(self.when)) if p)
        return found or self.fallback_label

    @property
    def has_conflict(self) -> bool:
        return any(r.has_conflict for r in self.rows)

    @property
    def disagreements(self) -> list[Disagreement]:
        return [d for r in self.rows for d in r.disagreements]

    @property
    def counted(self) -> str:
        """What the event's rows count, conflicts first: "killed · Wagner/Russian fighters"."""
        return ", ".join(r.comparison for r in self.rows if r.comparison != OTHER_COUNTS)


def load(ws: Workspace, decisions: Decisions | None = None) -> list[EventComparison]:
    documents = {d.doc_id: d for d in ws.documents()}
    return event_comparisons(decisions or Decisions.load(ws), documents, ws.side_table())


def event_comparisons(decisions: Decisions, documents: Mapping[str, Document],
                      sides: SideTable = BUILT_IN) -> list[EventComparison]:
    """Every final group in one event; conflicts first, then the most claims, then by label."""
    events = [_event(groups, when, decisions, documents, sides)
              for when, groups in _events(decisions.ordered_groups())]
    return sorted(events, key=lambda e: (not e.has_conflict, -len(e.claim_ids), e.label))


def refreshed(event: EventComparison, decisions: Decisions, documents: Mapping[str, Document],
              sides: SideTable = BUILT_IN) -> EventComparison:
    """``event`` again after review statuses changed (its groups and members did not), so one
    review costs one event, not all of them."""
    groups = [decisions.groups[gid] for gid in event.group_ids if gid in decisions.groups]
    return _event(groups, event.when, decisions, documents, sides) if groups else event


def cell_text(low: float | None, high: float | None, kind: QuantityKind,
              vague_word: str = "") -> str:
    """A range as a reader checks it: ``84``, ``≥20``, ``≤80``, ``24-99 "dozens"``."""
    if low is None and high is None:
        return vague_word
    if high is None:
        text = f"≥{format_number(low or 0)}"
    elif kind is QuantityKind.AT_MOST or low is None:
        text = f"≤{format_number(high)}"
    elif low == high:
        text = ("~" if kind is QuantityKind.APPROX else "") + format_number(low)
    else:
        text = f"{format_number(low)}{DASH}{format_number(high)}"
    return f'{text} "{vague_word}"' if kind is QuantityKind.VAGUE and vague_word else text


def format_number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")


# events ------------------------------------------------------------------------------------


def _interval(group: PlacedGroup) -> Interval | None:
    event = group.event
    if not (event.start and event.end):
        return None
    return date.fromisoformat(event.start), date.fromisoformat(event.end)


def _events(groups: Sequence[PlacedGroup]) -> list[tuple[Interval | None, list[PlacedGroup]]]:
    """Groups at the same place whose days overlap the days every group so far allows are
    one event (as alignment's cores, so a long report window cannot chain a battle to a
    strike a month later); narrowest first. A group with no place is its own event. Each
    event comes with the days all its groups allow."""
    events: list[tuple[str, Interval | None, list[PlacedGroup]]] = []
    order = sorted(range(len(groups)), key=lambda i: (_width(groups[i]), i))
    for index in order:
        group, when = groups[index], _interval(groups[index])
        place = group.event.place.casefold()
        for n, (other, core, members) in enumerate(events):
            if place and place == other and overlaps(core, when, slack_days=0):
                events[n] = (other, intersect(core, when), members)
                members.append(group)
                break
        else:
            events.append((place, when, [group]))
    position = {g.group_id: i for i, g in enumerate(groups)}
    found = [(core, sorted(members, key=lambda g: position[g.group_id]))
             for _, core, members in events]
    return sorted(found, key=lambda event: position[event[1][0].group_id])


def _width(group: PlacedGroup) -> int:
    when = _interval(group)
    return (when[1] - when[0]).days if when else UNDATED_WIDTH


def _event(groups: list[PlacedGroup], when: Interval | None, decisions: Decisions,
           documents: Mapping[str, Document], sides: SideTable) -> EventComparison:
    claims = [decisions.claims[cid] for g in groups for cid in g.claim_ids]
    found: dict[str, list[tuple[Claim, Quantity, Amount]]] = defaultdict(list)
    unnumbered = []
    for claim in claims:
        amounts = [(q, a) for q in claim.quantities
                   if (a := amount_of(q, claim, decisions.claimants(claim.claim_id), sides))
                   and (a.low is not None or a.high is not None)]
        for quantity, amount in amounts:
            found[amount.comparison or OTHER_COUNTS].append((claim, quantity, amount))
        if not amounts:
            unnumbered.append(claim.claim_id)
    rows = sorted((_row(key, entries, decisions, documents) for key, entries in found.items()),
                  key=lambda r: (r.comparison == OTHER_COUNTS, not r.has_conflict,
                                 -len(r.cells), r.comparison))
    places = Counter(g.event.place for g in groups if g.event.place)
    ids = tuple(c.claim_id for c in claims)
    return EventComparison(
        event_id=min(g.group_id for g in groups),
        place=min(places, key=lambda p: (-places[p], p)) if places else "",
        when=when, group_ids=tuple(g.group_id for g in groups), rows=tuple(rows),
        unnumbered=tuple(unnumbered), claim_ids=ids,
        outlets=len({_outlet(documents, c) for c in claims}),
        first_reported=_first_reported(documents, claims),
        fallback_label=groups[0].label)


# rows and cells ----------------------------------------------------------------------------


def _row(comparison: str, entries: list[tuple[Claim, Quantity, Amount]], decisions: Decisions,
         documents: Mapping[str, Document]) -> Row:
    by_cell: dict[tuple[str, float | None, float | None, QuantityKind],
                  list[tuple[Claim, Quantity]]] = defaultdict(list)
    for claim, quantity, amount in entries:
        claimant = CLAIMANT_JOIN.join(decisions.claimants(claim.claim_id)) or UNKNOWN_CLAIMANT
        by_cell[(claimant, amount.low, amount.high, quantity.kind)].append((claim, quantity))
    cells = sorted((_cell(key, found, decisions, documents) for key, found in by_cell.items()),
                   key=lambda c: (c.low if c.low is not None else -1.0, c.claimant))
    first = entries[0][2]
    real = comparison != OTHER_COUNTS
    return Row(comparison, first.predicate or "", first.target or "", first.side, tuple(cells),
               tuple(_disagreements(cells)) if real else ())


def _cell(key: tuple[str, float | None, float | None, QuantityKind],
          found: list[tuple[Claim, Quantity]], decisions: Decisions,
          documents: Mapping[str, Document]) -> Cell:
    claimant, low, high, kind = key
    claims = list({c.claim_id: c for c, _ in found}.values())
    hedges = Counter(c.hedge for c in claims)
    statuses = {decisions.status(c.claim_id) for c in claims}
    vague_word = next((q.text for _, q in found if q.kind is QuantityKind.VAGUE), "")
    return Cell(
        claimant=claimant, low=low, high=high, kind=kind,
        text=cell_text(None if kind is QuantityKind.AT_MOST else low, high, kind, vague_word),
        hedge=min(hedges, key=lambda h: (-hedges[h], h)),
        outlets=len({_outlet(documents, c) for c in claims}),
        first_reported=_first_reported(documents, claims),
        status=_cell_status(statuses), claim_ids=tuple(c.claim_id for c in claims))


def _cell_status(statuses: set[ReviewStatus]) -> ReviewStatus:
    """Confirmed when every claim is, rejected when every claim is, else unreviewed."""
    return next(iter(statuses)) if len(statuses) == 1 else ReviewStatus.UNREVIEWED


def _disagreements(cells: Sequence[Cell]) -> Iterable[Disagreement]:
    live = [(c, _as_amount(c)) for c in cells if c.status is not ReviewStatus.REJECTED]
    for n, (a, a_amount) in enumerate(live):
        for b, b_amount in live[n + 1:]:
            if a.claimant != b.claimant and compare_amounts(
                    a_amount, b_amount) is Relation.CONFLICTING:
                yield Disagreement(a, b)


def _as_amount(cell: Cell) -> Amount:
    """The cell's range as alignment compares it (one key: the row is the comparison)."""
    low = 0.0 if cell.low is None else cell.low
    return Amount("row", None, "row", low, cell.high)


def _outlet(documents: Mapping[str, Document], claim: Claim) -> str:
    doc = documents.get(claim.doc_id)
    return (doc.outlet or doc.source) if doc else claim.doc_id


def _first_reported(documents: Mapping[str, Document], claims: Iterable[Claim]) -> str:
    dates = [d.published[:10] for c in claims
             if (d := documents.get(c.doc_id)) and d.published]
    return min(dates, default="")
