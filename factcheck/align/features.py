"""What alignment compares: each claim reduced to who, how many of whom, what, where, when."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from factcheck.align.dates import Interval, mentioned_interval, published_interval, report_window
from factcheck.align.places import main_places, places_in
from factcheck.align.tables import (
    CIVILIAN,
    CIVILIAN_LABELS,
    COMBATANT,
    PREDICATES,
    SIDE_CLASS,
    SIDE_LABELS,
    STOPWORDS,
    TARGET_HEADS,
    TARGET_SIDES,
)
from factcheck.decisions import Names
from factcheck.records import Claim, Document, Quantity

_WORD = re.compile("[A-Za-z][A-Za-z'\u2019-]*")
#: "killed+injured", never "injured+killed": one key per combination.
_PREDICATE_ORDER: tuple[str, ...] = tuple(dict.fromkeys(PREDICATES.values()))


@dataclass(frozen=True, slots=True)
class Amount:
    """One quantity, normalised so two claims' counts of the same people can be compared."""

    target: str | None
    target_class: str | None
    predicate: str | None
    low: float | None
    high: float | None

    @property
    def key(self) -> tuple[str, str] | None:
        return (self.target, self.predicate) if self.target and self.predicate else None


@dataclass(frozen=True, slots=True)
class DocContext:
    places: frozenset[str]
    published: Interval | None
    window: Interval | None


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    claim_id: str
    doc_id: str
    claimants: frozenset[str]
    text: str
    words: frozenset[str]
    amounts: tuple[Amount, ...]
    keys: frozenset[tuple[str, str]]
    class_keys: frozenset[tuple[str, str]]
    targets: frozenset[str]
    classes: frozenset[str]
    predicates: frozenset[str]
    places: frozenset[str]
    when: Interval | None


def doc_contexts(docs: Sequence[Document]) -> dict[str, DocContext]:
    places = main_places([(d.title or "", d.text) for d in docs])
    return {
        d.doc_id: DocContext(p, published_interval(d.published), report_window(d.published))
        for d, p in zip(docs, places, strict=True)
    }


def claim_features(claim: Claim, ctx: DocContext, names: Names) -> ClaimFeatures:
    """``names`` is the decisions layer's: alignment compares the claimants the app shows."""
    claimants = names.claimants(claim)
    own_sides = _sides(_words(" ".join(claimants)))
    content = claim.content.text
    sentence = claim.sentence.text if claim.sentence else content
    amounts = tuple(_amount(q, claim, own_sides) for q in claim.quantities)
    predicates = {p for a in amounts if a.predicate for p in a.predicate.split("+")}
    predicates = predicates or _predicates(_words(content))
    targets = {a.target: a.target_class for a in amounts if a.target}
    if not targets and predicates:
        targets = _content_targets(_words(content), own_sides)
    keys = {a.key for a in amounts if a.key} or {(t, p) for t in targets for p in predicates}
    classes = {c for c in targets.values() if c}
    return ClaimFeatures(
        claim_id=claim.claim_id,
        doc_id=claim.doc_id,
        claimants=frozenset(n.casefold() for n in claimants),
        text=content,
        words=frozenset(sys.intern(_stem(w)) for w in _words(content)
                        if w not in STOPWORDS and len(w) > 2),
        amounts=amounts,
        keys=frozenset(keys),
        class_keys=frozenset((c, p) for c in classes for p in predicates),
        targets=frozenset(targets),
        classes=frozenset(classes),
        predicates=frozenset(predicates),
        places=places_in(sentence) | ctx.places,
        when=(mentioned_interval(sentence, ctx.published) or ctx.window),
    )


def features_for(claims: Iterable[Claim], docs: Sequence[Document],
                 aliases: Mapping[str, str]) -> list[ClaimFeatures]:
    """``aliases`` is the workspace's alias table (casefolded alias -> name)."""
    contexts = doc_contexts(docs)
    empty = DocContext(frozenset(), None, None)
    names = Names(aliases)
    return [claim_features(c, contexts.get(c.doc_id, empty), names) for c in claims]


def normalise_target(words: Sequence[str], own_sides: Sequence[str]) -> tuple[str | None,
                                                                               str | None]:
    """(label, class) of the people a count is of; unqualified soldiers are the speaker's own."""
    heads = [w for w in words if w in TARGET_HEADS]
    classes = [TARGET_HEADS[w] for w in heads]
    if CIVILIAN in classes:
        head = heads[classes.index(CIVILIAN)]
        return CIVILIAN_LABELS.get(head, head), CIVILIAN
    sides = _sides(words) or (own_sides if COMBATANT in classes else [])
    if sides:
        return " + ".join(SIDE_LABELS[s] for s in sides), SIDE_CLASS[sides[0]]
    if heads:
        return heads[-1], classes[-1]
    return None, None


def _amount(q: Quantity, claim: Claim, own_sides: Sequence[str]) -> Amount:
    content = claim.content
    local = q.start - content.start
    target, target_class = normalise_target(_words(q.target or ""), own_sides)
    predicates = _predicates(w for p in q.predicates for w in _words(p))
    predicate = "+".join(sorted(predicates, key=_PREDICATE_ORDER.index)) if predicates else \
        _nearest_predicate(content.text, local, local + len(q.text))
    low = 0.0 if q.low is None and q.high is not None else q.low  # "up to 80"
    return Amount(target, target_class, predicate, low, q.high)


def _nearest_predicate(text: str, start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None
    for match in _WORD.finditer(text):
        predicate = PREDICATES.get(match[0].casefold())
        if predicate:
            distance = start - match.end() if match.end() <= start else match.start() - end
            if best is None or abs(distance) < best[0]:
                best = (abs(distance), predicate)
    return best[1] if best else None


def _content_targets(words: Sequence[str], own_sides: Sequence[str]) -> dict[str, str | None]:
    """Targets named in a claim without counts; "we suffered losses" counts the speaker's own.

    Only a head noun names a target here: "deaths in Mali" is not about Malian soldiers.
    """
    if any(w in TARGET_HEADS for w in words):
        label, target_class = normalise_target(words, own_sides)
        if label:
            return {label: target_class}
    return {SIDE_LABELS[s]: SIDE_CLASS[s] for s in own_sides}


def _predicates(words: Iterable[str]) -> set[str]:
    return {PREDICATES[w] for w in words if w in PREDICATES}


def _sides(words: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(TARGET_SIDES[w] for w in words if w in TARGET_SIDES))


def _words(text: str) -> list[str]:
    return [w.casefold().replace("\u2019", "'") for w in _WORD.findall(text)]


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
