"""Whether two claims in a group agree, disagree, or cannot be compared.

Only counts of the same people under the same predicate are compared, as closed
ranges ("up to 80" is 0-80, "20 or more" is 20-unbounded). Disjoint ranges from
different claimants conflict; overlapping ones are consistent. Anything else, a
claimant set against itself included, is unclear: nothing is ever confirmed by
the machine, only flagged for a person to look at.
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


def relate(a: ClaimFeatures, b: ClaimFeatures, similarity: float) -> PairRelation:
    found = {compare_amounts(x, y) for x in a.amounts for y in b.amounts} - {None}
    same_claimant = bool(a.claimants & b.claimants)
    if Relation.CONFLICTING in found and not same_claimant:
        relation = Relation.CONFLICTING
    elif Relation.CONSISTENT in found:
        relation = Relation.CONSISTENT
    else:
        relation = Relation.UNCLEAR
    basis = NUMERIC if found else EMBEDDING
    return PairRelation(a.claim_id, b.claim_id, round(similarity, 4), relation, basis)
