"""Find a reviewed claim again after an analysis gave it a new id.

A claim id hashes character offsets: an edit earlier in the article, or a rule or
model change that moves a content boundary, gives the same claim a new id. Each
review keeps an ``Anchor`` (document, speakers, cue, content words and the sentence
around them), and is re-attached by, in order of trust:

1. its claim id, still present;
2. the same words: same sentence text, cue, speakers and content;
3. a fuzzy span match in the same sentence (identical sentence text, or an overlapping
   span of the same unchanged text), content at least ``CONTENT_MIN_SCORE`` alike.

A review on a sentence that was itself edited is not carried to the new wording: the
reviewer never saw it. What cannot be placed stays stored and is reported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from rapidfuzz import fuzz

from factcheck.records import Anchor, Claim, Document

#: rapidfuzz token-set ratio (0-100) two contents in one sentence need to be the same claim.
CONTENT_MIN_SCORE: Final = 85.0
#: Score of an exact match of the words: above any fuzzy one.
SAME_WORDS: Final = 200.0


def match_reviews(anchors: Mapping[str, Anchor], claims: Sequence[Claim],
                  documents: Mapping[str, Document]) -> dict[str, str]:
    """Old claim id -> new claim id for each anchored review found among ``claims``.

    Best matches are taken first and each claim takes at most one review.
    """
    scored: list[tuple[float, str, str]] = []
    for old, anchor in anchors.items():
        for claim in claims:
            doc = documents.get(claim.doc_id)
            if claim.doc_id != anchor.doc_id and (doc is None or doc.source != anchor.source):
                continue
            score = match_score(anchor, claim, same_text=claim.doc_id == anchor.doc_id)
            if score is not None:
                scored.append((score, old, claim.claim_id))
    scored.sort(key=lambda t: -t[0])
    found: dict[str, str] = {}
    taken: set[str] = set()
    for _, old, new in scored:
        if old not in found and new not in taken:
            found[old] = new
            taken.add(new)
    return found


def match_score(anchor: Anchor, claim: Claim, *, same_text: bool) -> float | None:
    """How surely ``claim`` is the one the reviewer saw; None when it cannot be."""
    sentence = claim.sentence.text if claim.sentence else claim.content.text
    overlaps = same_text and claim.content.start < anchor.start + len(anchor.content) \
        and anchor.start < claim.content.end
    if sentence != anchor.sentence and not overlaps:
        return None
    cue = claim.cue.text if claim.cue else ""
    speakers = tuple(s.text for s in claim.speakers)
    if cue != anchor.cue and speakers != anchor.speakers:
        return None
    nearness = 1 / (1 + abs(claim.content.start - anchor.start))
    if (claim.content.text, cue, speakers) == (anchor.content, anchor.cue, anchor.speakers):
        return SAME_WORDS + nearness
    score = fuzz.token_set_ratio(anchor.content, claim.content.text)
    if score < CONTENT_MIN_SCORE:
        return None
    return score + (cue == anchor.cue) + (speakers == anchor.speakers) + nearness
