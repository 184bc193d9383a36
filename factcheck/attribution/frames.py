"""What a rule reports before speakers are resolved: an attribution frame.

Rules look at one sentence (or one quotation) and say where the cue, the
content and the speaker's head word are; turning a head word into a canonical
speaker needs the whole document and happens afterwards, in ``speakers``.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.records import AttributionType


@dataclass(frozen=True, slots=True)
class MentionRef:
    """A speaker as written: its head word and word range in one sentence."""

    sentence: int
    head: int
    lo: int
    hi: int


@dataclass(frozen=True, slots=True)
class Frame:
    """One attribution found by one rule; spans are document character offsets."""

    sentence: int
    rule: str
    type: AttributionType
    content: tuple[int, int]
    cue: tuple[int, int] | None = None
    cue_lemma: str = ""
    speakers: tuple[MentionRef, ...] = ()
    hedge: str = "none"
    negated: bool = False
    non_claim: bool = False
    via: tuple[int, int] | None = None
    #: a quotation with no speaker of its own, continuing the previous one
    continues: bool = False
