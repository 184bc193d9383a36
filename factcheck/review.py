"""The review service: every query the terminal app makes and every decision it records.

The app renders what this returns and calls it to write; it never touches the
workspace itself. The decisions (the alias table's merges, renames and splits; each
review's status, note and move) are applied by ``factcheck.decisions``, the same layer
every export and alignment read, so the app and the files never differ.
"""

from __future__ import annotations

import dataclasses
import getpass
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.comparison import (
    DASH,
    EventComparison,
    event_comparisons,
    format_number,
    refreshed,
)
from factcheck.decisions import (
    NOT_A_NAME,
    USER_GROUP_PREFIX,
    Decisions,
    Orphan,
    PlacedGroup,
    orphans,
)
from factcheck.errors import InputError, WorkspaceError
from factcheck.records import (
    Claim,
    ClaimGroup,
    Document,
    Quantity,
    QuantityKind,
    Review,
    ReviewStatus,
    Span,
    Speaker,
    SpeakerKind,
)
from factcheck.workspace import Workspace

if TYPE_CHECKING:
    from factcheck.analysis import AnalysisReport
    from factcheck.export import ExportSummary

#: Joins a range's ends; also shown where a field has no value.
NO_VALUE = DASH
#: Kinds that are not head counts and stay out of a group's spread.
NOT_A_COUNT: frozenset[QuantityKind] = frozenset({QuantityKind.RATIO, QuantityKind.PERCENT})
UNKNOWN_SPEAKER = "unknown speaker"


@dataclass(frozen=True, slots=True)
class BoardFilter:
    """Which groups the board shows; a group matches when any of its claims does."""

    conflicts_only: bool = False
    speaker: str | None = None
    doc_id: str | None = None
    status: ReviewStatus | None = None

    @property
    def active(self) -> bool:
        return self != BoardFilter()


@dataclass(frozen=True, slots=True)
class BoardRow:
    group_id: str
    label: str
    has_conflict: bool
    claims: int
    sources: int
    claimants: int
    spread: str
    reviewed: int
    search: str


@dataclass(frozen=True, slots=True)
class CompareRow:
    """One claim of a group, every field already a display string."""

    claim_id: str
    doc_id: str
    claimant: str
    claimant_raw: str
    kind: str
    cue: str
    hedge: str
    range: str
    target: str
    type: str
    outlet: str
    published: str
    status: ReviewStatus
    note: str
    conflicting: bool
    content: str
    sentence: str
    via: str
    rule: str


@dataclass(frozen=True, slots=True)
class GroupView:
    group_id: str
    label: str
    has_conflict: bool
    rows: tuple[CompareRow, ...]


@dataclass(frozen=True, slots=True)
class ReaderClaim:
    """Where one claim sits in its document, for highlighting."""

    claim_id: str
    sentence: Span | None
    speakers: tuple[Span, ...]
    cue: Span | None
    content: Span
    claimant: str
    status: ReviewStatus
    note: str


@dataclass(frozen=True, slots=True)
class ReaderView:
    document: Document
    claims: tuple[ReaderClaim, ...]

    def index_of(self, claim_id: str | None) -> int:
        for index, claim in enumerate(self.claims):
            if claim.claim_id == claim_id:
                return index
        return 0


@dataclass(frozen=True, slots=True)
class DocumentRow:
    doc_id: str
    title: str
    outlet: str
    published: str
    source: str
    claims: int
    non_claims: int
    reviewed: int


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    name: str
    kind: str
    claims: int
    documents: int
    aliases: tuple[str, ...]


#: A board row with the speakers and documents its filters match on.
_BoardEntry = tuple[BoardRow, frozenset[str], frozenset[str]]


def format_quantity(q: Quantity) -> str:
    """A quantity as a reader checks it: ``50``, ``24-99``, ``≥20``, ``~12,000``."""
    low, high = q.low, q.high
    if q.kind in NOT_A_COUNT:
        return q.text
    if low is None:
        return q.text if high is None else f"≤{format_number(high)}"
    if high is None:
        return f"≥{format_number(low)}"
    if low == high:
        prefix = "~" if q.kind is QuantityKind.APPROX else ""
        return f"{prefix}{format_number(low)}"
    return f"{format_number(low)}{DASH}{format_number(high)}"


def _ends(q: Quantity) -> tuple[float, float, bool] | None:
    """(lowest, highest, open above) of a count; None for what is not one."""
    if q.kind in NOT_A_COUNT:
        return None
    if q.low is not None:
        return q.low, (q.high if q.high is not None else q.low), q.high is None
    if q.high is not None:
        return q.high, q.high, False
    return None


def spread(quantities: Iterable[Quantity]) -> str:
    """Lowest to highest count across a group; ``+`` when an open-ended claim tops it."""
    counts = [ends for q in quantities if (ends := _ends(q)) is not None]
    if not counts:
        return NO_VALUE
    low = min(lo for lo, _, _ in counts)
    high = max(hi for _, hi, _ in counts)
    open_ended = any(is_open and lo >= high for lo, _, is_open in counts)
    text = format_number(low) if low == high else f"{format_number(low)}{DASH}{format_number(high)}"
    return text + ("+" if open_ended else "")


def _target(q: Quantity) -> str:
    predicates = f"({', '.join(q.predicates)})" if q.predicates else ""
    return " ".join(part for part in (q.target, predicates) if part) or NO_VALUE


def _speaker_span(speaker: Speaker) -> Span:
    return Span(speaker.start, speaker.end, speaker.text)


class ReviewService:
    """Reads the workspace once, answers the app's queries from memory, writes through at once."""

    def __init__(self, ws: Workspace, *, reviewer: str | None = None):
        self.ws = ws
        self.reviewer = reviewer if reviewer is not None else _login_name()
        self.version = 0
        self.reload()

    @property
    def path(self) -> Path:
        return self.ws.path

    def reload(self) -> None:
        """Re-read everything, as after an analysis run wrote new model output."""
        self._docs = {d.doc_id: d for d in self.ws.documents()}
        self._claims = {c.claim_id: c for c in self.ws.claims()}
        self._stored_groups: list[ClaimGroup] = self.ws.groups()
        self._reviews = self.ws.reviews()
        self._aliases = self.ws.aliases()
        self._sides = self.ws.side_table()
        self._changed()

    def _changed(self, *, claim_id: str | None = None) -> None:
        """Something was written; only ``claim_id``'s review, when given, so only its row."""
        self.version += 1
        if claim_id is None or self._decisions is None:
            self._events: list[EventComparison] | None = None
            self._decisions: Decisions | None = None
            self._board_rows: dict[str, _BoardEntry] | None = None
            return
        group_id = self._decisions.group_of.get(claim_id)
        if group_id is not None and self._board_rows is not None:
            self._board_rows[group_id] = self._board_row(self._decisions.groups[group_id])
        self._refresh_event(claim_id)

    def _refresh_event(self, claim_id: str) -> None:
        """A review changed one claim's status: only the event holding it is built again."""
        events = self._events
        if events is None or self._decisions is None:
            return
        for index, event in enumerate(events):
            if claim_id in event.claim_ids:
                events[index] = refreshed(event, self._decisions, self._docs, self._sides)
                return

    def _derive(self) -> Decisions:
        """The decisions layer over what was read; rebuilt lazily after a write."""
        if self._decisions is None:
            self._decisions = Decisions.build(self._claims.values(), self._stored_groups,
                                              self._reviews, self._aliases)
        return self._decisions

    def events(self) -> list[EventComparison]:
        """Who says how many of what, per event (``factcheck.comparison``), conflicts first."""
        if self._events is None:
            self._events = event_comparisons(self._derive(), self._docs, self._sides)
        return self._events

    def event(self, event_id: str) -> EventComparison:
        found = next((e for e in self.events() if e.event_id == event_id), None)
        if found is None:
            raise WorkspaceError(f"no event {event_id} in {self.path}")
        return found

    def event_matches(self, event: EventComparison, wanted: BoardFilter) -> bool:
        """The board filter on an event: it matches when any of its claims does."""
        if wanted.conflicts_only and not event.has_conflict:
            return False
        ids = event.claim_ids
        if wanted.speaker is not None and not any(wanted.speaker in self._claimants(c)
                                                  for c in ids):
            return False
        if wanted.doc_id is not None and not any(self._claims[c].doc_id == wanted.doc_id
                                                 for c in ids):
            return False
        return wanted.status is None or any(self._status(c) is wanted.status for c in ids)

    def compare_rows(self, claim_ids: Iterable[str]) -> list[CompareRow]:
        """These claims as compare shows them, in publication order."""
        claims = sorted((self._claim(cid) for cid in claim_ids), key=self._claim_order)
        return [self._compare_row(c, False) for c in claims]

    def claims_of(self, speaker: str) -> list[CompareRow]:
        """Every claim one speaker makes, in publication order (after the alias table)."""
        claims = [c for c in self._claims.values()
                  if not c.non_claim and speaker in self._claimants(c.claim_id)]
        conflicting = {cid for g in self._derive().groups.values()
                       for cid in g.conflicting_ids()}
        return [self._compare_row(c, c.claim_id in conflicting)
                for c in sorted(claims, key=self._claim_order)]

    # speakers, through the alias table ------------------------------------------------

    def resolve_name(self, name: str) -> str:
        return self._derive().names.resolve(name)

    def speaker_name(self, speaker: Speaker) -> str:
        return self._derive().names.speaker(speaker)

    def _claimants(self, claim_id: str) -> tuple[str, ...]:
        return self._derive().claimants(claim_id) or (UNKNOWN_SPEAKER,)

    def _ordered_groups(self) -> list[PlacedGroup]:
        return self._derive().ordered_groups()

    def _status(self, claim_id: str) -> ReviewStatus:
        return self._derive().status(claim_id)

    # board ------------------------------------------------------------------------------

    def board(self, board_filter: BoardFilter | None = None) -> list[BoardRow]:
        wanted = board_filter or BoardFilter()
        return [row for row, speakers, docs in self._board_index()
                if self._matches(wanted, row, speakers, docs)]

    def _matches(self, wanted: BoardFilter, row: BoardRow, speakers: frozenset[str],
                 docs: frozenset[str]) -> bool:
        if wanted.conflicts_only and not row.has_conflict:
            return False
        if wanted.speaker is not None and wanted.speaker not in speakers:
            return False
        if wanted.doc_id is not None and wanted.doc_id not in docs:
            return False
        if wanted.status is not None:
            group = self._derive().groups[row.group_id]
            return any(self._status(cid) is wanted.status for cid in group.claim_ids)
        return True

    def _board_index(self) -> Iterable[_BoardEntry]:
        if self._board_rows is None:
            self._board_rows = {g.group_id: self._board_row(g) for g in self._ordered_groups()}
        return self._board_rows.values()

    def _board_row(self, group: PlacedGroup) -> _BoardEntry:
        claims = [self._claims[cid] for cid in group.claim_ids]
        speakers = frozenset(name for c in claims for name in self._claimants(c.claim_id))
        docs = frozenset(c.doc_id for c in claims)
        outlets = {self._docs[d].outlet or "" for d in docs if d in self._docs}
        row = BoardRow(
            group_id=group.group_id, label=group.label, has_conflict=bool(group.conflicting_ids()),
            claims=len(claims), sources=len(docs), claimants=len(speakers),
            spread=spread(q for c in claims for q in c.quantities),
            reviewed=sum(self._status(c.claim_id) is not ReviewStatus.UNREVIEWED for c in claims),
            search=" ".join([group.label, *sorted(speakers), *sorted(outlets)]).casefold(),
        )
        return row, speakers, docs

    def describe_filter(self, board_filter: BoardFilter) -> str:
        parts = ["conflicts only"] if board_filter.conflicts_only else []
        if board_filter.speaker is not None:
            parts.append(f"speaker: {board_filter.speaker}")
        if board_filter.doc_id is not None:
            doc = self._docs.get(board_filter.doc_id)
            parts.append(f"document: {(doc.title or doc.source) if doc else board_filter.doc_id}")
        if board_filter.status is not None:
            parts.append(f"status: {board_filter.status.value}")
        return " · ".join(parts)

    def group_choices(self, claim_id: str | None = None) -> list[tuple[str, str]]:
        """(group id, label) of every group ``claim_id`` can move to, alignment's hints first."""
        derived = self._derive()
        here = derived.group_of.get(claim_id or "")
        hinted = dict.fromkeys(derived.group_of[other] for _, other in
                               sorted(derived.hints.get(claim_id or "", ()), reverse=True)
                               if other in derived.group_of)
        if here is not None:
            hinted.pop(here, None)
        first = [(gid, f"{derived.groups[gid].label} (suggested)") for gid in hinted]
        rest = [(g.group_id, g.label) for g in self._ordered_groups()
                if g.group_id != here and g.group_id not in hinted]
        return first + rest

    def group_of(self, claim_id: str) -> str | None:
        return self._derive().group_of.get(claim_id)

    # compare ----------------------------------------------------------------------------

    def group(self, group_id: str) -> GroupView:
        group = self._derive().groups.get(group_id)
        if group is None:
            raise WorkspaceError(f"no group {group_id} in {self.path}")
        conflicting = group.conflicting_ids()
        claims = sorted((self._claims[cid] for cid in group.claim_ids), key=self._claim_order)
        rows = tuple(self._compare_row(c, c.claim_id in conflicting) for c in claims)
        return GroupView(group.group_id, group.label, bool(conflicting), rows)

    def _claim_order(self, claim: Claim) -> tuple[str, str, int]:
        doc = self._docs.get(claim.doc_id)
        return ((doc.published or "") if doc else "", (doc.outlet or "") if doc else "",
                claim.content.start)

    def _compare_row(self, claim: Claim, conflicting: bool) -> CompareRow:
        doc = self._docs.get(claim.doc_id)
        review = self._reviews.get(claim.claim_id)
        counts = claim.quantities
        return CompareRow(
            claim_id=claim.claim_id, doc_id=claim.doc_id,
            claimant="; ".join(self._claimants(claim.claim_id)),
            claimant_raw="; ".join(s.text for s in claim.speakers) or NO_VALUE,
            kind="; ".join(dict.fromkeys(s.kind.value for s in claim.speakers))
            or SpeakerKind.UNKNOWN.value,
            cue=claim.cue.text if claim.cue else NO_VALUE,
            hedge=claim.hedge,
            range="; ".join(format_quantity(q) for q in counts) or NO_VALUE,
            target="; ".join(_target(q) for q in counts) or NO_VALUE,
            type=claim.type.value,
            outlet=(doc.outlet if doc else None) or NO_VALUE,
            published=(doc.published if doc else None) or NO_VALUE,
            status=review.status if review else ReviewStatus.UNREVIEWED,
            note=review.note if review else "",
            conflicting=conflicting,
            content=claim.content.text,
            sentence=claim.sentence.text if claim.sentence else claim.content.text,
            via=claim.via.text if claim.via else NO_VALUE,
            rule=claim.rule or NO_VALUE,
        )

    # reader -----------------------------------------------------------------------------

    def reader(self, doc_id: str) -> ReaderView:
        doc = self._docs.get(doc_id)
        if doc is None:
            raise WorkspaceError(f"no document {doc_id} in {self.path}")
        claims = sorted((c for c in self._claims.values()
                         if c.doc_id == doc_id and not c.non_claim),
                        key=lambda c: c.content.start)
        return ReaderView(doc, tuple(
            ReaderClaim(
                claim_id=c.claim_id, sentence=c.sentence,
                speakers=tuple(_speaker_span(s) for s in c.speakers),
                cue=Span(c.cue.start, c.cue.end, c.cue.text) if c.cue else None,
                content=c.content, claimant="; ".join(self._claimants(c.claim_id)),
                status=self._status(c.claim_id),
                note=self._reviews[c.claim_id].note if c.claim_id in self._reviews else "",
            ) for c in claims))

    def note(self, claim_id: str) -> str:
        review = self._reviews.get(claim_id)
        return review.note if review else ""

    def claim_doc(self, claim_id: str) -> str:
        return self._claim(claim_id).doc_id

    def _claim(self, claim_id: str) -> Claim:
        claim = self._claims.get(claim_id)
        if claim is None:
            raise WorkspaceError(f"no claim {claim_id} in {self.path}")
        return claim

    # documents and speakers -------------------------------------------------------------

    def documents(self) -> list[DocumentRow]:
        counts: dict[str, list[int]] = {d: [0, 0, 0] for d in self._docs}
        for claim in self._claims.values():
            tally = counts.setdefault(claim.doc_id, [0, 0, 0])
            tally[1 if claim.non_claim else 0] += 1
            tally[2] += self._status(claim.claim_id) is not ReviewStatus.UNREVIEWED
        return [
            DocumentRow(doc_id=d.doc_id, title=d.title or Path(d.source).name,
                        outlet=d.outlet or NO_VALUE, published=d.published or NO_VALUE,
                        source=d.source, claims=counts[d.doc_id][0],
                        non_claims=counts[d.doc_id][1], reviewed=counts[d.doc_id][2])
            for d in self._docs.values()
        ]

    def speakers(self) -> list[SpeakerRow]:
        """Canonical speakers, most claims first, each with the names that lead to it."""
        tally: dict[str, dict[str, Any]] = {}
        for claim in self._claims.values():
            if claim.non_claim:
                continue
            for speaker in claim.speakers:
                name = self.speaker_name(speaker)
                entry = tally.setdefault(name, {"claims": set(), "docs": set(), "kind": None,
                                                "aliases": {}})
                entry["claims"].add(claim.claim_id)
                entry["docs"].add(claim.doc_id)
                if entry["kind"] in (None, SpeakerKind.UNKNOWN):
                    entry["kind"] = speaker.kind
                if speaker.resolved_from not in NOT_A_NAME:
                    entry["aliases"].setdefault(speaker.text.casefold(), speaker.text)
                    entry["aliases"].setdefault(speaker.canonical.casefold(), speaker.canonical)
        for key, target in self._aliases.items():
            named = tally.get(self.resolve_name(target))
            if named is not None:
                named["aliases"].setdefault(key, key)
        rows = []
        for name, entry in tally.items():
            aliases = tuple(sorted(text for key, text in entry["aliases"].items()
                                   if key != name.casefold()))
            kind = entry["kind"] or SpeakerKind.UNKNOWN
            rows.append(SpeakerRow(name, kind.value, len(entry["claims"]), len(entry["docs"]),
                                   aliases))
        return sorted(rows, key=lambda r: (-r.claims, r.name.casefold()))

    def speaker_names(self) -> list[str]:
        return sorted({n for cid in self._claims for n in self._claimants(cid)},
                      key=str.casefold)

    # writes -----------------------------------------------------------------------------

    def set_status(self, claim_id: str, status: ReviewStatus) -> Review:
        return self._write_review(claim_id, status=status)

    def set_note(self, claim_id: str, note: str) -> Review:
        return self._write_review(claim_id, note=note.strip())

    def move_claim(self, claim_id: str, *, group_id: str | None = None,
                   new_label: str | None = None) -> str:
        """Put a claim in an existing group or a new one; returns the group id it landed in."""
        if group_id is None:
            label = (new_label or "").strip()
            if not label:
                raise InputError("a new group needs a name")
            group_id = USER_GROUP_PREFIX + label
        elif group_id not in self._derive().groups:
            raise WorkspaceError(f"no group {group_id} in {self.path}")
        self._write_review(claim_id, group_override=group_id)
        return group_id

    def _write_review(self, claim_id: str, **changes: Any) -> Review:
        self._claim(claim_id)
        current = self._reviews.get(claim_id) or Review(claim_id)
        review = dataclasses.replace(current, reviewer=self.reviewer, reviewed_at="", **changes)
        self._reviews[claim_id] = self.ws.set_review(review)
        self._changed(claim_id=None if "group_override" in changes else claim_id)
        return self._reviews[claim_id]

    def merge_speaker(self, name: str, into: str) -> None:
        """Show every claim of ``name`` under ``into``; a new ``into`` renames the speaker."""
        into = into.strip()
        if not into:
            raise InputError("a speaker name cannot be empty")
        for key, target in list(self._aliases.items()):
            if self.resolve_name(target) == name:
                self.ws.set_alias(key, into)
        self.ws.set_alias(name, into)
        self._reload_aliases()

    def split_alias(self, alias: str) -> None:
        """Give the claims written as ``alias`` back their own speaker.

        Stored as the name pointing to itself, so a folder's aliases.toml that maps it
        elsewhere never undoes the split on the next analysis.
        """
        self.ws.set_alias(alias, alias)
        self._reload_aliases()

    def orphans(self) -> list[Orphan]:
        """Decisions re-analysis could not place (``factcheck review orphans`` lists these)."""
        return orphans(self.ws, self._derive())

    def _reload_aliases(self) -> None:
        self._aliases = self.ws.aliases()
        self._sides = self.ws.side_table()
        self._changed()

    # library runs ----------------------------------------------------------------------

    def export(self, csv_path: str | Path) -> ExportSummary:
        """Write claims.csv (and its companions) as ``factcheck export`` does; the default
        export's own folder is made on first use."""
        path = Path(csv_path).expanduser()
        if path == self.default_export_path():
            path.parent.mkdir(exist_ok=True)
        if not path.parent.is_dir():
            raise InputError(f"{path}: folder {path.parent} does not exist")
        from factcheck.export import write_export

        return write_export(self.ws, path)

    def default_export_path(self) -> Path:
        """A folder of the app's own beside the workspace: one export, one folder, so the
        app never writes over an ``analyze --csv`` export's companions."""
        return self.path.with_name(f"{self.path.stem}-export") / "claims.csv"

    def analyze(self, paths: Sequence[str | Path], *,
                on_stage: Callable[[str, str], None] | None = None,
                on_document: Callable[[int, int], None] | None = None) -> AnalysisReport:
        """Analyse and align on a connection of its own, so it can run in a worker thread."""
        from factcheck.pipeline import analyze_and_align

        with Workspace(self.path) as ws:
            return analyze_and_align(ws, paths, on_stage=on_stage,
                                     on_document=on_document).report


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
