"""Denials linked to what they deny: "X said it killed 40. The army denied the claim."

A claim whose hedge is ``denied`` ("denied", "rejected", "dismissed") is a
claim of its own; when its content only refers back to a statement ("the
claim", "the reports", "it", "this") it denies the nearest claim before it, in
its sentence or the two before, made by someone else. ``Claim.denies`` holds
that claim's id, and the export shows it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Final

from factcheck.lexicon.cues import CHANNEL_NOUNS, DENIED, REPORTING_NOUNS
from factcheck.lexicon.grammar import DETERMINERS
from factcheck.records import Claim

#: How many sentences back a denial may reach for the claim it denies.
DENIAL_REACH: Final = 2
#: Words that refer back to a statement as a whole.
STATEMENT_REFERENCES: Final[frozenset[str]] = frozenset({
    *REPORTING_NOUNS, *CHANNEL_NOUNS, "it", "this", "that", "them", "these", "those",
    "reports", "claims", "allegations", "accusations", "figures", "rumours", "rumors",
})
#: Words that may come between the determiner and the reference ("the rebels' claim").
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")


def link_denials(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` (in document order) with each back-referring denial linked to what it denies."""
    linked = list(claims)
    for at, claim in enumerate(linked):
        if claim.non_claim or claim.hedge != DENIED or not _refers_back(claim.content.text):
            continue
        denied = _denied(linked[:at], claim)
        if denied is not None:
            linked[at] = dataclasses.replace(claim, denies=denied.claim_id)
    return linked


def _refers_back(content: str) -> bool:
    """'the claim', 'the rebels' reports', 'it': a content that only names a statement."""
    words = [w for w in content.lower().replace(",", " ").split()
             if w not in DETERMINERS and not w.endswith(_POSSESSIVE)]
    return bool(words) and len(words) <= 2 and words[-1] in STATEMENT_REFERENCES


def _denied(before: Sequence[Claim], denial: Claim) -> Claim | None:
    mine = {s.canonical for s in denial.speakers}
    for claim in reversed(before):
        if denial.sentence_index - claim.sentence_index > DENIAL_REACH:
            return None
        if not claim.non_claim and claim.hedge != DENIED \
                and not mine & {s.canonical for s in claim.speakers}:
            return claim
    return None
