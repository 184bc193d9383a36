"""A statement carried on: "The army said 40 fighters died. The statement also noted …".

A claim whose speaker is only a medium with no owner ("the statement", "the
report") goes on from the claim of whoever issued it: the nearest claim before
it, within a few sentences, whose speaker is not itself such a medium. The
medium keeps its words; its canonical name and kind become that speaker's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Final

from factcheck.lexicon.cues import CHANNEL_NOUNS
from factcheck.records import Claim, ResolvedFrom, Speaker

#: How many sentences back a medium may reach for the claim that issued it.
CARRY_REACH: Final = 3


def carry_media(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` (in document order) with bare media speakers resolved to their issuer."""
    carried = list(claims)
    for at, claim in enumerate(carried):
        if claim.non_claim or not claim.speakers or not all(_bare_medium(s)
                                                            for s in claim.speakers):
            continue
        issuer = _issuer(carried[:at], claim.sentence_index)
        if issuer is not None:
            speakers = tuple(dataclasses.replace(s, canonical=issuer.canonical, kind=issuer.kind,
                                                 resolved_from=ResolvedFrom.DEFINITE)
                             for s in claim.speakers)
            carried[at] = dataclasses.replace(claim, speakers=speakers)
    return carried


def _bare_medium(speaker: Speaker) -> bool:
    return speaker.resolved_from is ResolvedFrom.NONE \
        and speaker.canonical.lower() in CHANNEL_NOUNS


def _issuer(before: Sequence[Claim], sentence: int) -> Speaker | None:
    for claim in reversed(before):
        if sentence - claim.sentence_index > CARRY_REACH:
            return None
        named = [s for s in claim.speakers if not _bare_medium(s)]
        if not claim.non_claim and named:
            return named[0]
    return None
