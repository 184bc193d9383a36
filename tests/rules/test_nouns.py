"""Cue nouns: "X's claim that", "his call for", "his plan to"."""

from __future__ import annotations

from .tables import claims_of, load_tables, only

TABLES = load_tables("nouns")


def test_possessive_cue_noun() -> None:
    claim = only(
        claims_of("The army's claim that it won was false.", TABLES["possessive_cue_noun"])
    )
    assert (claim.rule, claim.hedge, claim.content.text) == ("noun:possessive", "claimed", "it won")
    assert [s.text for s in claim.speakers] == ["The army"]


def test_a_cue_noun_with_its_own_phrase() -> None:
    claim = only(
        claims_of(
            "The group's call for a ceasefire was rejected.",
            TABLES["a_cue_noun_with_its_own_phrase"],
        )
    )
    assert (claim.rule, claim.hedge, claim.content.text) == (
        "noun:possessive",
        "urged",
        "a ceasefire",
    )
    assert claim.cue is not None and claim.cue.text == "call"
    assert [s.text for s in claim.speakers] == ["The group"]


def test_a_cue_noun_with_an_infinitive() -> None:
    claim = only(
        claims_of("Trump's plan to cut taxes drew fire.", TABLES["a_cue_noun_with_an_infinitive"])
    )
    assert (claim.rule, claim.hedge, claim.content.text) == (
        "noun:possessive",
        "intended",
        "to cut taxes",
    )
    assert [s.text for s in claim.speakers] == ["Trump"]
