"""Phrasal and naming cues: "called for X", "called X a Y", and the stance verbs whose object
is the content."""

from __future__ import annotations

import pytest

from .tables import claims_of, load_tables, only

TABLES = load_tables("phrasal")


CALL_FOR = ("The NAACP called for a moratorium on charter schools.", TABLES["call_for"])

CALL_ON = ("The family called on people to protest peacefully.", TABLES["call_on"])

CALL_NAME = ("Clinton called her vote a mistake.", TABLES["call_name"])

DESCRIBE_AS = ("Ham described Clinton as a lifetime politician.", TABLES["describe_as"])

SEE_AS = ("Sanders sees the gains as evidence.", TABLES["see_as"])

CALL_TWO_OBJECTS = ("Critics call it a scandal.", TABLES["call_two_objects"])

CALLS_WHAT = ("He fights what he calls corruption.", TABLES["calls_what"])

PARTICIPLE_AFTER = (
    "Clinton wants to sign up voters, focusing on the young.",
    TABLES["participle_after"],
)

DISTANCE_FROM = ("Ryan distanced himself from the remarks.", TABLES["distance_from"])

LAMBASTED = ("Cruz lambasted the deal.", TABLES["lambasted"])


DERIDED_BY = ("His comments were derided by Laschet.", TABLES["derided_by"])


def test_a_relative_passive_gives_its_noun_no_claim() -> None:
    """'The army, which is backed by Russia': "which" stands for a noun outside the clause."""
    claims = claims_of(
        "The army, which is backed by Russia, left.",
        TABLES["a_relative_passive_gives_its_noun_no_claim"],
    )
    assert claims == []


@pytest.mark.parametrize(
    ("case", "rule", "cue", "content", "hedge"),
    [
        (CALL_FOR, "phrasal", "called for", "a moratorium on charter schools", "urged"),
        (DERIDED_BY, "object:passive", "derided", "His comments", "criticized"),
        (DISTANCE_FROM, "phrasal", "distanced himself from", "the remarks", "opposed"),
        (LAMBASTED, "object", "lambasted", "the deal", "criticized"),
        (CALL_ON, "phrasal", "called on", "people to protest peacefully", "urged"),
        (CALL_NAME, "naming", "called", "her vote a mistake", "characterized"),
        (DESCRIBE_AS, "naming", "described", "Clinton as a lifetime politician", "characterized"),
        (SEE_AS, "naming", "sees", "the gains as evidence", "characterized"),
        (CALL_TWO_OBJECTS, "naming", "call", "it a scandal", "characterized"),
        (CALLS_WHAT, "naming", "calls", "corruption", "characterized"),
        (PARTICIPLE_AFTER, "xcomp", "wants", "to sign up voters", "intended"),
    ],
)
def test_cue_shapes_beyond_a_clause(case, rule, cue, content, hedge) -> None:
    """A verb with a preposition, a verb that names, a clause that ends before ", focusing …"."""
    claim = only(claims_of(*case))
    assert (claim.rule, claim.cue.text if claim.cue else None) == (rule, cue)
    assert (claim.content.text, claim.hedge) == (content, hedge)
    assert len(claim.speakers) == 1
