"""The writer's own hedges: "appears to", "seems", "reportedly"."""

from __future__ import annotations

import pytest

from .tables import claims_of, load_tables, only

TABLES = load_tables("evidential")


@pytest.mark.parametrize(
    ("text", "table", "content", "speakers"),
    [
        (
            "Twitter appears to be used by ISIS.",
            TABLES["the_writer_s_hedge_is_a_claim_with_no_speaker_1"],
            "Twitter appears to be used by ISIS",
            [],
        ),
        (
            "It seems unfair that they lost.",
            TABLES["the_writer_s_hedge_is_a_claim_with_no_speaker_2"],
            "unfair that they lost",
            [],
        ),
        (
            "The deal seemed to voters to help Iran.",
            TABLES["the_writer_s_hedge_is_a_claim_with_no_speaker_3"],
            "The deal seemed to voters to help Iran",
            ["voters"],
        ),
    ],
)
def test_the_writer_s_hedge_is_a_claim_with_no_speaker(text, table, content, speakers) -> None:
    """'X appears to Y': hedged as apparent; whom it seems so to, if named, is its source."""
    claim = only(claims_of(text, table))
    assert (claim.rule, claim.hedge, claim.content.text) == ("evidential", "apparent", content)
    assert [s.text for s in claim.speakers] == speakers


@pytest.mark.parametrize(
    ("text", "table", "content", "hedge"),
    [
        (
            "The hackers have reportedly infiltrated the party.",
            TABLES["reportedly_hedges_its_clause_with_no_speaker_1"],
            "The hackers have reportedly infiltrated the party",
            "reported",
        ),
        (
            "He won and allegedly bribed a judge.",
            TABLES["reportedly_hedges_its_clause_with_no_speaker_2"],
            "allegedly bribed a judge",
            "alleged",
        ),
    ],
)
def test_reportedly_hedges_its_clause_with_no_speaker(text, table, content, hedge) -> None:
    claim = only(claims_of(text, table))
    assert (claim.rule, claim.hedge, claim.content.text) == ("evidential:adverb", hedge, content)
    assert claim.speakers == ()


def test_reportedly_on_a_cue_adds_nothing_to_its_report() -> None:
    """'Rubio reportedly said taxes rise': the report is Rubio's; no second, unsourced claim."""
    claim = only(
        claims_of(
            "Rubio reportedly said taxes rise.",
            TABLES["reportedly_on_a_cue_adds_nothing_to_its_report"],
        )
    )
    assert [s.text for s in claim.speakers] == ["Rubio"]


def test_a_cue_under_seem_reports_for_the_subject() -> None:
    """'Rubio seemed to suggest that taxes rise': Rubio suggests it; "seemed" adds no claim."""
    claim = only(
        claims_of(
            "Rubio seemed to suggest that taxes rise.",
            TABLES["a_cue_under_seem_reports_for_the_subject"],
        )
    )
    assert (claim.rule, claim.cue.text if claim.cue else None) == ("ccomp", "suggest")
    assert [s.text for s in claim.speakers] == ["Rubio"]


def test_appearing_somewhere_is_no_hedge() -> None:
    assert not claims_of("She appeared on Fox News.", TABLES["appearing_somewhere_is_no_hedge"])
