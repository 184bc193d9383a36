"""Speakers across sentences: pronouns, descriptions, declared names and the user's aliases."""

from __future__ import annotations

import pytest

from factcheck.records import ResolvedFrom, SpeakerKind

from .tables import claims_of, load_tables, only

TABLES = load_tables("speakers")


def test_it_prefers_the_earlier_speaker_to_a_country_inside_its_claim() -> None:
    text = "The CSP said Burkina Faso killed civilians. It said the dead were migrants."
    claims = claims_of(text, TABLES["it_prefers_the_earlier_speaker_to_a_country_inside_its_claim"])
    second = claims[1].speakers[0]
    assert (second.text, second.canonical, second.resolved_from) == (
        "It",
        "CSP",
        ResolvedFrom.PRONOUN,
    )


def test_he_skips_an_organisation_for_the_person_before() -> None:
    text = "Assimi Goita met the envoy. The army said it won. He said the war was over."
    claims = claims_of(text, TABLES["he_skips_an_organisation_for_the_person_before"])
    assert claims[1].speakers[0].canonical == "Assimi Goita"


def test_the_army_and_the_malian_army_are_mali_s_army() -> None:
    text = (
        "Mali's army recaptured Kidal. The army said it won. The Malian army said it lost nobody."
    )
    claims = claims_of(text, TABLES["the_army_and_the_malian_army_are_mali_s_army"])
    assert [
        (c.speakers[0].text, c.speakers[0].canonical, c.speakers[0].resolved_from) for c in claims
    ] == [
        ("The army", "Mali's army", ResolvedFrom.DEFINITE),
        ("The Malian army", "Mali's army", ResolvedFrom.DEFINITE),
    ]
    assert claims[0].speakers[0].kind is SpeakerKind.ORGANISATION


def test_text_declared_name_becomes_the_canonical_name() -> None:
    text = (
        "The group, known as the Permanent Strategic Framework or CSP, said it killed "
        "dozens. The CSP said it lost fighters."
    )
    claims = claims_of(text, TABLES["text_declared_name_becomes_the_canonical_name"])
    first, second = (c.speakers[0] for c in claims)
    assert first.text == "The group, known as the Permanent Strategic Framework or CSP"
    assert (first.canonical, first.resolved_from) == ("CSP", ResolvedFrom.ALIAS)
    assert first.kind is SpeakerKind.GROUP
    assert (second.canonical, second.resolved_from) == ("CSP", ResolvedFrom.NONE)


def test_parenthesised_acronym_becomes_the_canonical_name() -> None:
    claim = only(
        claims_of(
            "The Permanent Strategic Framework (CSP-DPA) said it attacked.",
            TABLES["parenthesised_acronym_becomes_the_canonical_name"],
        )
    )
    assert claim.speakers[0].canonical == "CSP-DPA"


JNIM = ("An Islamist group affiliated with al Qaeda said it killed 50 Russians.", TABLES["jnim"])


def test_user_alias_table_applies_last() -> None:
    plain = only(claims_of(*JNIM)).speakers[0]
    assert plain.canonical == "Islamist group affiliated with al Qaeda"
    aliased = only(
        claims_of(*JNIM, aliases={"An Islamist group affiliated with al Qaeda": "JNIM"})
    ).speakers[0]
    assert (aliased.text, aliased.canonical, aliased.resolved_from) == (
        "An Islamist group affiliated with al Qaeda",
        "JNIM",
        ResolvedFrom.ALIAS,
    )
    assert aliased.kind is SpeakerKind.GROUP


@pytest.mark.parametrize(
    "table",
    [
        TABLES["a_participle_after_a_quote_is_its_speakers"],
        # the weak parser hangs "adding" on the quoted clause, whose subject is "We"
        TABLES["a_participle_after_a_quote_is_its_speakers_hung_on_the_quote"],
    ],
)
def test_a_participle_after_a_quote_is_its_speakers(table: str) -> None:
    text = '"We seized the base," he told Reuters, adding that 20 soldiers died.'
    added = next(c for c in claims_of(text, table) if c.cue and c.cue.text == "adding")
    assert [s.text for s in added.speakers] == ["he"]
    assert added.content.text == "20 soldiers died"
