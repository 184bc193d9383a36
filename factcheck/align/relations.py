"""Whether two claims in a group agree, disagree, or cannot be compared.

Only counts of the same people under the same casualty class are compared, each such
comparison ("killed · civilians") related on its own, as closed ranges ("up to 80" is
0-80, "20 or more" is 20-unbounded). Disjoint ranges from different claimants
conflict; overlapping ones are consistent. Anything else, a claimant set against
itself included, is unclear: nothing is ever confirmed by the machine, only flagged
for a person to look at.
"""

from __future__ import annotations

from typing import Final

from factcheck.align.features import Amount, ClaimFeatures
from factcheck.records import PairRelation, Relation

#: relation_basis values; "human" is written by review, never here.
NUMERIC: Final = "numeric-range"
EMBEDDING: Final = "embedding"
SUGGESTED: Final = "suggested"
HUMAN: Final = "human"


def compare_amounts(a: Amount, b: Amount) -> Relation | None:
    """None when the two counts are not of the same people, or one has no number."""
    if a.key is None or a.key != b.key or a.low is None or b.low is None:
        return None
    a_high = a.high if a.high is not None else float("inf")
    b_high = b.high if b.high is not None else float("inf")
    if a_high < b.low or b_high < a.low:
        return Relation.CONFLICTING
    return Relation.CONSISTENT


def relate(a: ClaimFeatures, b: ClaimFeatures, similarity: float) -> list[PairRelation]:
    """One relation per comparison the two claims share ("killed · civilians", "wounded ·
    Malian soldiers"), or a single unclear one by embedding when they share none."""
    found: dict[str, set[Relation]] = {}
    for x in a.amounts:
        for y in b.amounts:
            if (relation := compare_amounts(x, y)) is not None:
                found.setdefault(x.comparison, set()).add(relation)
    score = round(similarity, 4)
    if not found:
        return [PairRelation(a.claim_id, b.claim_id, score, Relation.UNCLEAR, EMBEDDING)]
    same_claimant = bool(a.claimants & b.claimants)
    return [PairRelation(a.claim_id, b.claim_id, score, _overall(relations, same_claimant),
                         NUMERIC, comparison)
            for comparison, relations in sorted(found.items())]


def _overall(relations: set[Relation], same_claimant: bool) -> Relation:
    if Relation.CONFLICTING in relations and not same_claimant:
        return Relation.CONFLICTING
    if Relation.CONSISTENT in relations:
        return Relation.CONSISTENT
    return Relation.UNCLEAR
