"""How alike two claims are, and whether they may be about the same event at all.

Embeddings alone rank "the army said it lost two soldiers" nearer a rebel boast
than a true paraphrase, so the score blends three channels: cosine similarity of
the contents, word overlap, and a key channel that asks whether both count the
same people dying (or being wounded, captured...). The key channel only weighs in
when at least one claim names a target or a predicate; a shared exact figure adds
a small bonus. ``compatible`` is the hard block: two stated places or times that
do not meet, a claim whose time is unknown from another document, or civilians
against combatants, never link whatever the score.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from factcheck.align.dates import overlaps
from factcheck.align.features import ClaimFeatures


@dataclass(frozen=True, slots=True)
class Weights:
    cosine: float = 0.4
    lexical: float = 0.1
    keys: float = 0.5
    shared_figure: float = 0.1


WEIGHTS: Final = Weights()
#: key channel: same people and predicate; same kind of people (combatants, civilians)
#: and predicate; same people; same predicate only.
KEY_MATCH: Final = 1.0
CLASS_MATCH: Final = 0.75
TARGET_MATCH: Final = 0.5
PREDICATE_MATCH: Final = 0.25

Scorer = Callable[[ClaimFeatures, ClaimFeatures, float], float]


def key_channel(a: ClaimFeatures, b: ClaimFeatures) -> float | None:
    """None when neither claim names whom or what it counts: the channel has nothing to say."""
    if not (a.targets or a.predicates or b.targets or b.predicates):
        return None
    if a.keys & b.keys:
        return KEY_MATCH
    if a.class_keys & b.class_keys:
        return CLASS_MATCH
    if a.targets & b.targets:
        return TARGET_MATCH
    if a.predicates & b.predicates:
        return PREDICATE_MATCH
    return 0.0


def lexical_channel(a: ClaimFeatures, b: ClaimFeatures) -> float:
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / len(a.words | b.words)


def shares_figure(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    figures = {(x.target, x.low, x.high) for x in a.amounts if x.target and x.low is not None}
    return any((y.target, y.low, y.high) in figures for y in b.amounts)


def score_pair(a: ClaimFeatures, b: ClaimFeatures, cosine: float, *,
               weights: Weights = WEIGHTS) -> float:
    """A weighted mean over the channels that apply, in [0, 1]."""
    total = weights.cosine * max(cosine, 0.0) + weights.lexical * lexical_channel(a, b)
    weight = weights.cosine + weights.lexical
    keys = key_channel(a, b)
    if keys is not None:
        total += weights.keys * keys
        weight += weights.keys
    score = total / weight
    if shares_figure(a, b):
        score += weights.shared_figure
    return min(score, 1.0)


def compatible(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    if (a.when is None or b.when is None) and a.doc_id != b.doc_id:
        return False  # a time nobody knows may be a year away: kept to its own document
    if not a.places_meet(b):
        return False
    if not overlaps(a.when, b.when):
        return False
    return not (a.classes and b.classes and not a.classes & b.classes)
