"""A user's decisions over model output: the one view the app, exports and alignment read.

Model output (claims, alignment's groups) and a person's decisions (the alias table's
merges, renames and splits; each review's status, note and move) are stored apart.
This module is the only place that combines them, so what the app shows and what a
file says can never differ:

- ``Names`` turns a claim's speakers into claimant names through the alias table.
- ``Decisions`` places every claim in its final group (alignment's, then a reviewer's
  move) and answers each claim's claimants and review status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

from factcheck.records import (
    Claim,
    ClaimGroup,
    EventKey,
    PairRelation,
    Relation,
    ResolvedFrom,
    Review,
    ReviewStatus,
    Speaker,
)

if TYPE_CHECKING:
    from factcheck.workspace import Workspace

#: Group ids made here: a user's new group, and a claim alignment left alone (or never saw).
USER_GROUP_PREFIX: Final = "user:"
SINGLE_GROUP_PREFIX: Final = "single:"
#: Speakers found through these are not names, so their written form is never an alias.
NOT_A_NAME: frozenset[ResolvedFrom] = frozenset({ResolvedFrom.PRONOUN, ResolvedFrom.CONTINUATION})
#: Longest label made from a claim's content for a group alignment did not make.
SINGLE_LABEL_CHARS: Final = 60


class Names:
    """Claimant names after the alias table (casefolded alias -> name)."""

    def __init__(self, aliases: Mapping[str, str]):
        self.aliases = {k.strip().casefold(): v for k, v in aliases.items()}

    def resolve(self, name: str) -> str:
        """Follow the alias table from ``name``; a self-alias pins a split-off name."""
        seen: set[str] = set()
        while (key := name.casefold()) in self.aliases and key not in seen:
            seen.add(key)
            target = self.aliases[key]
            if target.casefold() == key:
                return target
            name = target
        return name

    def speaker(self, speaker: Speaker) -> str:
        """The written form wins when the table names it (a split), else the linked entity."""
        if speaker.resolved_from not in NOT_A_NAME and speaker.text.casefold() in self.aliases:
            return self.resolve(speaker.text)
        return self.resolve(speaker.canonical or speaker.text)

    def claimants(self, claim: Claim) -> tuple[str, ...]:
        """Each claimant once, in speaker order; empty when no one is named."""
        return tuple(dict.fromkeys(n for n in map(self.speaker, claim.speakers) if n))


@dataclass(slots=True)
class PlacedGroup:
    """A final group: alignment's members after reviewers' moves, and its links among them."""

    group_id: str
    label: str
    position: int
    claim_ids: list[str]
    #: alignment's pairs inside its own group (never a cross-group suggestion)
    links: tuple[PairRelation, ...] = ()
    #: where and when alignment placed it; empty for a user's group and a lone claim
    event: EventKey = field(default_factory=EventKey)
    comparison: str = ""

    @property
    def pairs(self) -> tuple[PairRelation, ...]:
        members = set(self.claim_ids)
        return tuple(p for p in self.links if p.claim_a in members and p.claim_b in members)

    def conflicting_ids(self) -> set[str]:
        return {cid for p in self.pairs if p.relation is Relation.CONFLICTING
                for cid in (p.claim_a, p.claim_b)}

    @property
    def has_conflict(self) -> bool:
        return any(p.relation is Relation.CONFLICTING for p in self.pairs)


@dataclass(slots=True)
class Decisions:
    """Stored claims and groups with the stored decisions applied."""

    claims: dict[str, Claim]
    stored_groups: Sequence[ClaimGroup]
    reviews: dict[str, Review]
    names: Names
    groups: dict[str, PlacedGroup] = field(default_factory=dict)
    group_of: dict[str, str] = field(default_factory=dict)
    #: claims a reviewer moved out of alignment's group
    moved: set[str] = field(default_factory=set)
    #: claim id -> (similarity, claim id) of alignment's cross-group hints
    hints: dict[str, list[tuple[float, str]]] = field(default_factory=dict)
    #: claims whose move names a group that no longer exists (kept where alignment put them)
    lost_moves: set[str] = field(default_factory=set)
    _claimants: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, claims: Iterable[Claim], groups: Sequence[ClaimGroup],
              reviews: dict[str, Review], aliases: Mapping[str, str]) -> Decisions:
        """``reviews`` is kept, not copied: a status written into it shows at once."""
        made = cls({c.claim_id: c for c in claims}, groups, reviews, Names(aliases))
        made._place()
        return made

    @classmethod
    def load(cls, ws: Workspace) -> Decisions:
        return cls.build(ws.claims(), ws.groups(), ws.reviews(), ws.aliases())

    # claimants and statuses --------------------------------------------------------------

    def claimants(self, claim_id: str) -> tuple[str, ...]:
        found = self._claimants.get(claim_id)
        if found is None:
            found = self._claimants[claim_id] = self.names.claimants(self.claims[claim_id])
        return found

    def review(self, claim_id: str) -> Review:
        return self.reviews.get(claim_id) or Review(claim_id)

    def status(self, claim_id: str) -> ReviewStatus:
        return self.review(claim_id).status

    def pair_status(self, pair: PairRelation) -> ReviewStatus:
        """A pair is rejected when either claim is, confirmed only when both are."""
        statuses = {self.status(pair.claim_a), self.status(pair.claim_b)}
        if ReviewStatus.REJECTED in statuses:
            return ReviewStatus.REJECTED
        if statuses == {ReviewStatus.CONFIRMED}:
            return ReviewStatus.CONFIRMED
        return ReviewStatus.UNREVIEWED

    # groups ------------------------------------------------------------------------------

    def ordered_groups(self) -> list[PlacedGroup]:
        """Conflicts first, then in the order alignment stored them."""
        return sorted(self.groups.values(), key=lambda g: (not g.conflicting_ids(), g.position))

    def stored_pairs(self) -> list[PairRelation]:
        """Every pair alignment stored, links and hints, between claims that still exist."""
        return [p for g in self.stored_groups for p in g.pairs
                if p.claim_a in self.claims and p.claim_b in self.claims]

    def _place(self) -> None:
        groups = self.groups
        for position, stored in enumerate(self.stored_groups):
            members = set(stored.claim_ids)
            groups[stored.group_id] = PlacedGroup(
                stored.group_id, stored.label, position,
                [cid for cid in stored.claim_ids if cid in self.claims],
                tuple(p for p in stored.pairs if p.claim_a in members and p.claim_b in members),
                stored.event, stored.comparison)
            self._collect_hints(stored, members)
        self.group_of = {cid: gid for gid, g in groups.items() for cid in g.claim_ids}
        for cid, claim in self.claims.items():
            if not claim.non_claim and cid not in self.group_of:
                gid = SINGLE_GROUP_PREFIX + cid
                groups[gid] = PlacedGroup(gid, single_label(claim), len(groups), [cid])
                self.group_of[cid] = gid
        for review in self.reviews.values():
            self._move(review)
        for gid in [gid for gid, g in groups.items() if not g.claim_ids]:
            del groups[gid]

    def _collect_hints(self, stored: ClaimGroup, members: set[str]) -> None:
        """A pair reaching outside its group is alignment's hint that a claim may belong there."""
        for pair in stored.pairs:
            if pair.claim_a not in members or pair.claim_b not in members:
                self.hints.setdefault(pair.claim_a, []).append((pair.similarity, pair.claim_b))
                self.hints.setdefault(pair.claim_b, []).append((pair.similarity, pair.claim_a))

    def _move(self, review: Review) -> None:
        """Move a claim where its review says; a move to a vanished group is recorded as lost."""
        target = review.group_override
        current = self.group_of.get(review.claim_id)
        if not target or current is None or target == current:
            return
        if target not in self.groups:
            if not target.startswith(USER_GROUP_PREFIX):
                self.lost_moves.add(review.claim_id)
                return
            self.groups[target] = PlacedGroup(target, target.removeprefix(USER_GROUP_PREFIX),
                                              len(self.groups), [])
        self.groups[current].claim_ids.remove(review.claim_id)
        self.groups[target].claim_ids.append(review.claim_id)
        self.group_of[review.claim_id] = target
        self.moved.add(review.claim_id)


@dataclass(frozen=True, slots=True)
class Orphan:
    """A decision that no longer applies to anything, shown so a person can redo it."""

    claim_id: str
    status: ReviewStatus
    note: str
    source: str
    speakers: str
    cue: str
    content: str
    reason: str


#: Why a decision is listed as an orphan.
CLAIM_GONE: Final = "claim not found after re-analysis"
NO_ANCHOR: Final = "claim gone; reviewed before anchors were kept"
GROUP_GONE: Final = "moved to a group that no longer exists"


def orphans(ws: Workspace, decisions: Decisions | None = None) -> list[Orphan]:
    """Reviews whose claim could not be re-attached, then moves whose group is gone."""
    found = [
        Orphan(review.claim_id, review.status, review.note,
               anchor.source if anchor else "", "; ".join(anchor.speakers) if anchor else "",
               anchor.cue if anchor else "", anchor.content if anchor else "",
               CLAIM_GONE if anchor else NO_ANCHOR)
        for review, anchor in ws.orphaned_reviews()
    ]
    decisions = decisions or Decisions.load(ws)
    documents = {d.doc_id: d for d in ws.documents()}
    for cid in sorted(decisions.lost_moves):
        claim, review = decisions.claims[cid], decisions.review(cid)
        doc = documents.get(claim.doc_id)
        found.append(Orphan(cid, review.status, review.note, doc.source if doc else "",
                            "; ".join(s.text for s in claim.speakers),
                            claim.cue.text if claim.cue else "", claim.content.text,
                            f"{GROUP_GONE} ({review.group_override})"))
    return found


def single_label(claim: Claim) -> str:
    text = " ".join(claim.content.text.split())
    return text if len(text) <= SINGLE_LABEL_CHARS else text[:SINGLE_LABEL_CHARS - 1] + "…"
