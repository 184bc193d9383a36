"""The record types every stage passes along, defined once.

Every span is a pair of character offsets into the stored document text:
``document.text[span.start:span.end] == span.text`` always holds. Records are
frozen so a stage can never change what an earlier stage produced.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class AttributionType(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"
    ACCORDING_TO = "according_to"


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"
    COUNTRY = "country"
    UNKNOWN = "unknown"


class ResolvedFrom(StrEnum):
    NONE = "none"
    PRONOUN = "pronoun"
    DEFINITE = "definite"
    ALIAS = "alias"
    APPOSITION = "apposition"
    CONTINUATION = "continuation"


class QuantityKind(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    RANGE = "range"
    VAGUE = "vague"
    RATIO = "ratio"
    PERCENT = "percent"


class Measure(StrEnum):
    """What a number measures. Only counts are compared with counts; the rest are read as
    written and kept apart ("several days", "hundreds of kilometres", "two security sources")."""

    COUNT = "count"
    DURATION = "duration"
    DISTANCE = "distance"
    AGE = "age"
    SOURCES = "sources"
    MONEY = "money"
    WEIGHT = "weight"


class Relation(StrEnum):
    CONSISTENT = "consistent"
    CONFLICTING = "conflicting"
    UNCLEAR = "unclear"
    SINGLE = "single"


class ReviewStatus(StrEnum):
    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """One analysed article; ``text`` is what every offset indexes."""

    text: str
    source: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    dateline: str | None = None
    byline: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def doc_id(self) -> str:
        return self.sha256[:16]


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    start: int
    end: int
    canonical: str
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    resolved_from: ResolvedFrom = ResolvedFrom.NONE


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    start: int
    end: int
    lemma: str


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number inside a claim, as a closed range; ``high is None`` means unbounded.

    ``counted`` is the casualty class a count is of (killed, wounded, casualties, captured,
    missing, displaced, destroyed) and ``who`` the kind of people counted (people,
    civilians, combatants, children ...), both read from the words; whose side the people
    are on depends on the workspace's sides table and is left to alignment.
    """

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    kind: QuantityKind
    target: str | None = None
    predicates: tuple[str, ...] = ()
    measure: Measure = Measure.COUNT
    counted: str | None = None
    who: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """Who claims what, where, and how firmly.

    ``rule`` names the extraction rule that fired: the honest confidence.
    A non-claim ("did not respond") keeps ``non_claim=True`` so it is shown
    apart and never compared.
    """

    claim_id: str
    doc_id: str
    sentence_index: int
    speakers: tuple[Speaker, ...]
    cue: Cue | None
    content: Span
    type: AttributionType
    hedge: str = "none"
    via: Span | None = None
    negated: bool = False
    non_claim: bool = False
    quantities: tuple[Quantity, ...] = ()
    rule: str = ""
    sentence: Span | None = None

    @staticmethod
    def make_id(doc_sha256: str, content: Span, cue: Cue | None) -> str:
        cue_part = f"{cue.start}-{cue.end}" if cue else "-"
        key = f"{doc_sha256}:{content.start}-{content.end}:{cue_part}"
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        def span(d: dict[str, Any] | None) -> Span | None:
            return Span(**d) if d else None

        return cls(
            claim_id=data["claim_id"],
            doc_id=data["doc_id"],
            sentence_index=data["sentence_index"],
            speakers=tuple(
                Speaker(**{**s, "kind": SpeakerKind(s["kind"]),
                           "resolved_from": ResolvedFrom(s["resolved_from"])})
                for s in data["speakers"]
            ),
            cue=Cue(**data["cue"]) if data.get("cue") else None,
            content=Span(**data["content"]),
            type=AttributionType(data["type"]),
            hedge=data.get("hedge", "none"),
            via=span(data.get("via")),
            negated=data.get("negated", False),
            non_claim=data.get("non_claim", False),
            quantities=tuple(
                Quantity(**{**q, "kind": QuantityKind(q["kind"]),
                            "predicates": tuple(q.get("predicates", ())),
                            "measure": Measure(q.get("measure", Measure.COUNT))})
                for q in data.get("quantities", ())
            ),
            rule=data.get("rule", ""),
            sentence=span(data.get("sentence")),
        )


@dataclass(frozen=True, slots=True)
class PairRelation:
    claim_a: str
    claim_b: str
    similarity: float
    relation: Relation
    basis: str
    #: what the two claims' numbers were compared on ("killed · civilians"); empty when
    #: they share no count. One pair of claims may be related once per comparison.
    comparison: str = ""


@dataclass(frozen=True, slots=True)
class EventKey:
    """Where and when a group's claims happened, as alignment's core holds it: the place's
    name as labels show it, and the days every member allows (ISO dates, empty unknown).
    Groups whose keys share a place and overlapping days are one event."""

    place: str = ""
    start: str = ""
    end: str = ""


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    group_id: str
    label: str
    claim_ids: tuple[str, ...]
    pairs: tuple[PairRelation, ...] = ()
    event: EventKey = EventKey()
    #: the counted class and side the group compares ("killed · Malian soldiers"), or ""
    comparison: str = ""

    @property
    def has_conflict(self) -> bool:
        return any(p.relation is Relation.CONFLICTING for p in self.pairs)


@dataclass(frozen=True, slots=True)
class Review:
    """A person's decision, stored apart from model output so re-analysis keeps it."""

    claim_id: str
    status: ReviewStatus = ReviewStatus.UNREVIEWED
    note: str = ""
    reviewer: str = ""
    reviewed_at: str = ""
    group_override: str | None = None


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a reviewer saw of a claim: enough to find it again when its id changes.

    A claim id hashes character offsets, so an edit earlier in the article, or a rule
    that moves a content boundary, gives the same claim a new id; the words stay.
    """

    doc_id: str
    source: str
    sentence: str
    speakers: tuple[str, ...]
    cue: str
    content: str
    start: int

    @classmethod
    def from_json(cls, text: str) -> Anchor:
        data = json.loads(text)
        return cls(**{**data, "speakers": tuple(json.loads(data["speakers"])
                                                if isinstance(data["speakers"], str)
                                                else data["speakers"])})
