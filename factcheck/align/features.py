"""What alignment compares: each claim reduced to who, how many of whom, what, where, when."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from factcheck.align.dates import (
    Interval,
    intersect,
    mentioned_interval,
    overlaps,
    published_interval,
    report_window,
    undated_reference,
    without_dateline,
)
from factcheck.align.places import fold, main_places, place_folder, place_mentions, places_in
from factcheck.align.tables import (
    CLASS_OF_WHO,
    CLAUSE_BREAKS,
    COMBATANT,
    COMBATANTS,
    HARM_VERBS,
    PEOPLE,
    PREDICATES,
    SELF_SUBJECTS,
    STOPWORDS,
    UNSIDED_LABELS,
)
from factcheck.decisions import Names
from factcheck.lexicon.quantities import LOST, WHO_HEADS
from factcheck.records import Claim, Document, Measure, Quantity, QuantityKind
from factcheck.sides import BUILT_IN, SideTable

_WORD = re.compile("[A-Za-z][A-Za-z'\u2019-]*")
#: the claimant's own forces doing the harm, in the words before a count
_SELF_AGENT = re.compile(
    rf"\b(?:{'|'.join(SELF_SUBJECTS)})\b[^.;:!?]{{0,40}}?\b(?:{'|'.join(HARM_VERBS)})\b"
    rf"(?:(?!\b(?:{'|'.join(CLAUSE_BREAKS)})\b)[^.;:!?])*$", re.I)
#: shares and percentages are not counts of people: they are never compared with one.
_NOT_COUNTS = frozenset({QuantityKind.RATIO, QuantityKind.PERCENT})
#: an undated report takes the days this many dated reports about its place agree on.
SHARED_WINDOW_REPORTS = 2


@dataclass(frozen=True, slots=True)
class Amount:
    """One count, normalised so two claims' counts of the same people can be compared.

    ``target`` names the people (their side's label, "civilians", "people") or the
    things counted; ``predicate`` is the casualty class. Together they are the key of one
    comparison: the fighters dead, the soldiers dead and the wounded are three.
    """

    target: str | None
    target_class: str | None
    predicate: str | None
    low: float | None
    high: float | None
    #: the side(s) whose people were counted, by the sides table's names ("" when none)
    side: str = ""

    @property
    def key(self) -> tuple[str, str] | None:
        return (self.target, self.predicate) if self.target and self.predicate else None

    @property
    def comparison(self) -> str:
        """How a reader names the comparison: "killed · Wagner/Russian fighters"."""
        return " · ".join(p for p in (self.predicate, self.target) if p)


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
    #: places that contain one of ``places``, learnt from the documents (``place_containers``)
    containers: frozenset[str] = frozenset()

    def places_meet(self, other: ClaimFeatures) -> bool:
        """Whether the two claims' places can be one: they share one, or one names only
        places around the other's ("Myanmar" around "Pale Township")."""
        return places_meet(self.places, self.containers, other.places, other.containers)


def places_meet(a: frozenset[str], a_around: frozenset[str], b: frozenset[str],
                b_around: frozenset[str]) -> bool:
    """No places on either side meet anything."""
    return not a or not b or bool(a & b) or a <= b | b_around or b <= a | a_around


def doc_contexts(docs: Sequence[Document]) -> dict[str, DocContext]:
    places = main_places([(d.title or "", d.text) for d in docs])
    published = [published_interval(d.published) for d in docs]
    keys = [frozenset(fold(p) for p in found) for found in places]
    windows = [report_window(d.published) for d in docs]
    return {
        d.doc_id: (DocContext(p, when, window) if when
                   else _undated_context(d, p, _nearby_years(key, keys, published),
                                         _shared_window(_named(d) | key, keys, windows)))
        for d, p, when, window, key in zip(docs, places, published, windows, keys, strict=True)
    }


def _named(doc: Document) -> frozenset[str]:
    """Every place ``doc`` names after a locative, folded."""
    return frozenset(fold(p) for p in place_mentions(f"{doc.title or ''}\n{doc.text}"))


def _nearby_years(key: frozenset[str], keys: Sequence[frozenset[str]],
                  published: Sequence[Interval | None]) -> set[int]:
    """Publication years of the dated reports naming the same main place (any, if none)."""
    return {when[1].year for other, when in zip(keys, published, strict=True)
            if when and (not key or key & other)}


def _shared_window(key: frozenset[str], keys: Sequence[frozenset[str]],
                   windows: Sequence[Interval | None]) -> Interval | None:
    """The days every dated report whose main place ``key`` names covers, when at least
    ``SHARED_WINDOW_REPORTS`` of them do and their windows meet (one event there, not
    two a year apart); else None."""
    found = [w for other, w in zip(keys, windows, strict=True) if w and key and key & other]
    if len(found) < SHARED_WINDOW_REPORTS:
        return None
    shared: Interval | None = found[0]
    for window in found[1:]:
        shared = intersect(shared, window) if overlaps(shared, window, slack_days=0) else None
        if shared is None:
            return None
    return shared


def _undated_context(doc: Document, places: frozenset[str], years: set[int],
                     shared: Interval | None) -> DocContext:
    """No publication date: the dates the dateline and text state are its time, else the
    days the dated reports about its place agree on, else none."""
    text = f"{doc.dateline or ''}\n{doc.text}"
    reference = undated_reference(text, years)
    return DocContext(places, reference,
                      mentioned_interval(text, reference, past=False) or shared)


def claim_features(claim: Claim, ctx: DocContext, names: Names,
                   sides: SideTable = BUILT_IN) -> ClaimFeatures:
    """``names`` is the decisions layer's: alignment compares the claimants the app shows."""
    claimants = names.claimants(claim)
    own_sides = sides.sides_in(_words(" ".join(claimants)))
    content = claim.content.text
    sentence = claim.sentence.text if claim.sentence else content
    amounts = tuple(_amount(q, claim, own_sides, sides) for q in claim.quantities
                    if _counts(q))
    predicates = {a.predicate for a in amounts if a.predicate}
    predicates = predicates or _predicates(_words(content))
    targets = {a.target: a.target_class for a in amounts if a.target}
    if not targets and predicates:
        targets = _content_targets(_words(content), own_sides, sides)
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
        when=(mentioned_interval(without_dateline(sentence), ctx.published) or ctx.window),
    )


def features_for(claims: Iterable[Claim], docs: Sequence[Document],
                  aliases: Mapping[str, str], sides: SideTable = BUILT_IN, *,
                  contexts: Mapping[str, DocContext] | None = None) -> list[ClaimFeatures]:
    """``aliases`` is the workspace's alias table (casefolded alias -> name); ``sides`` its
    sides table (``Workspace.side_table``), the built-in words else. ``contexts``, when the
    caller has them already, are ``doc_contexts(docs)``: every document's text is scanned once."""
    contexts = doc_contexts(docs) if contexts is None else contexts
    empty = DocContext(frozenset(), None, None)
    names = Names(aliases)
    found = [claim_features(c, contexts.get(c.doc_id, empty), names, sides) for c in claims]
    named = [place_mentions(f"{d.title or ''}\n{d.text}") for d in docs]
    folded = place_folder([*(p for f in found for p in f.places),
                           *(p for n in named for p in n)])
    around = place_containers([frozenset(folded[p] for p in n) for n in named])
    result = []
    for f in found:
        places = frozenset(folded[p] for p in f.places)
        containers = frozenset(c for p in places for c in around.get(p, ())) - places
        result.append(replace(f, places=places, containers=containers))
    return result


def place_containers(named: Sequence[frozenset[str]]) -> dict[str, frozenset[str]]:
    """Place -> the places around it, as the documents name them: every document naming
    "Pale Township" also names "Myanmar", which more documents name, so Myanmar is around
    it. No gazetteer: only what the same reports name together."""
    naming: dict[str, set[int]] = {}
    for index, places in enumerate(named):
        for place in places:
            naming.setdefault(place, set()).add(index)
    return {place: frozenset(other for other, wider in naming.items()
                             if len(wider) > len(docs) and docs <= wider)
            for place, docs in naming.items()}


def normalise_target(words: Sequence[str], own_sides: Sequence[str],
                     sides: SideTable = BUILT_IN) -> tuple[str | None, str | None]:
    """(label, class) of the people ``words`` count; unqualified combatants are the speaker's.

    A side named in the words wins ("Malian soldiers", "Russians", "government troops");
    combatants with none ("its fighters", "our forces", "soldiers") are the claimant's own.
    """
    who = _who(words)
    if CLASS_OF_WHO.get(who) not in (None, COMBATANT):
        return who, CLASS_OF_WHO[who]
    found = sides_counted(words, own_sides, sides)
    if found:
        return " + ".join(sides.label(s) for s in found), COMBATANT
    if who == COMBATANTS:
        head = next(w for w in reversed(words) if WHO_HEADS.get(w) == COMBATANTS)
        return UNSIDED_LABELS.get(head, head), COMBATANT
    return who, CLASS_OF_WHO.get(who)


def sides_counted(words: Sequence[str], own_sides: Sequence[str],
                  sides: SideTable = BUILT_IN) -> list[str]:
    """The sides whose people ``words`` count: named ones, else the speaker's combatants."""
    who = _who(words)
    if CLASS_OF_WHO.get(who) not in (None, COMBATANT):
        return []
    return sides.sides_in(words) or (list(own_sides) if who == COMBATANTS else [])


def amount_of(q: Quantity, claim: Claim, claimants: Sequence[str],
              sides: SideTable = BUILT_IN) -> Amount | None:
    """How alignment reads one of ``claim``'s numbers (``claimants`` as the decisions layer
    names them); None for what is not a count."""
    if not _counts(q):
        return None
    own_sides = sides.sides_in(_words(" ".join(claimants)))
    return _amount(q, claim, own_sides, sides)


def _counts(q: Quantity) -> bool:
    return q.measure is Measure.COUNT and q.kind not in _NOT_COUNTS


def _who(words: Sequence[str]) -> str | None:
    heads = [WHO_HEADS[w] for w in words if w in WHO_HEADS]
    return heads[-1] if heads else None


def _amount(q: Quantity, claim: Claim, own_sides: Sequence[str], sides: SideTable) -> Amount:
    content = claim.content
    local = q.start - content.start
    if _SELF_AGENT.search(content.text, 0, max(local, 0)):
        own_sides = []  # "it had killed 40 troops": the troops are someone else's
    words = _words(q.target or "")
    target, target_class = normalise_target(words, own_sides, sides)
    counted_sides = sides_counted(words, own_sides, sides)
    if target is None and words:  # things, not people: "3 tanks"
        target = words[-1]
    elif target is None and own_sides and LOST in q.predicates:  # "we suffered losses"
        target, target_class = " + ".join(sides.label(s) for s in own_sides), COMBATANT
        counted_sides = list(own_sides)
    elif target is None and q.counted:  # "a death toll of 120" counts people
        target = PEOPLE
    predicate = q.counted or _nearest_predicate(content.text, local, local + len(q.text))
    low = 0.0 if q.low is None and q.high is not None else q.low  # "up to 80"
    return Amount(target, target_class, predicate, low, q.high, " + ".join(counted_sides))


def _nearest_predicate(text: str, start: int, end: int) -> str | None:
    best: tuple[int, str] | None = None
    for match in _WORD.finditer(text):
        predicate = PREDICATES.get(match[0].casefold())
        if predicate:
            distance = start - match.end() if match.end() <= start else match.start() - end
            if best is None or abs(distance) < best[0]:
                best = (abs(distance), predicate)
    return best[1] if best else None


def _content_targets(words: Sequence[str], own_sides: Sequence[str],
                     sides: SideTable) -> dict[str, str | None]:
    """Targets named in a claim without counts; "we suffered losses" counts the speaker's own.

    Only a head noun names a target here: "deaths in Mali" is not about Malian soldiers.
    """
    if any(w in WHO_HEADS and WHO_HEADS[w] != PEOPLE for w in words):
        label, target_class = normalise_target(words, own_sides, sides)
        if label:
            return {label: target_class}
    return {sides.label(s): COMBATANT for s in own_sides}


def _predicates(words: Iterable[str]) -> set[str]:
    return {PREDICATES[w] for w in words if w in PREDICATES}


def _words(text: str) -> list[str]:
    return [w.casefold().replace("\u2019", "'") for w in _WORD.findall(text)]


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word
