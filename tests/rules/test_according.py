"""The according-to rules: "according to X" and "in a poll" name a claim's source."""

from __future__ import annotations

import pytest

from factcheck.records import AttributionType, ResolvedFrom, SpeakerKind

from .tables import claims_of, load_tables, only

TABLES = load_tables("according")


def test_according_to_a_person_with_apposition() -> None:
    text = "About 12,000 people died, according to Jose Luengo-Cabrera, a specialist with the UN."
    claim = only(claims_of(text, TABLES["according_to_a_person_with_apposition"]))
    assert (claim.rule, claim.type) == ("according-to", AttributionType.ACCORDING_TO)
    assert claim.cue is not None and claim.cue.text == "according to"
    assert claim.content.text == "About 12,000 people died"
    speaker = claim.speakers[0]
    assert speaker.text == "Jose Luengo-Cabrera, a specialist with the UN"
    assert (speaker.canonical, speaker.kind, speaker.resolved_from) == (
        "Jose Luengo-Cabrera",
        SpeakerKind.PERSON,
        ResolvedFrom.APPOSITION,
    )


@pytest.mark.parametrize(
    ("text", "table", "content"),
    [
        (
            "The tax deters no one: London stayed on top, according to one index.",
            TABLES["according_to_sources_only_its_own_clause_1"],
            "London stayed on top",
        ),
        (
            "Clinton leads by 271 delegates, according to a count, but Sanders fights on.",
            TABLES["according_to_sources_only_its_own_clause_2"],
            "Clinton leads by 271 delegates",
        ),
        (
            "States like Iowa (93 percent white, according to exit polls) voted.",
            TABLES["according_to_sources_only_its_own_clause_3"],
            "93 percent white",
        ),
    ],
)
def test_according_to_sources_only_its_own_clause(text, table, content) -> None:
    """A colon before, or a coordinated clause after, bounds what the phrase sources."""
    claim = next(c for c in claims_of(text, table) if c.rule.startswith("according-to"))
    assert claim.content.text == content


def test_according_to_reads_the_source_from_the_words_when_the_parse_misplaces_them() -> None:
    """'law' tagged a verb and made the head of the phrase: the source is still the officials."""
    claim = only(
        claims_of(
            "According to law enforcement officials, the account was linked.",
            TABLES["according_to_reads_the_source_from_the_words_when_the_parse_misplaces_them"],
        )
    )
    assert claim.rule == "according-to"
    assert claim.speakers[0].text == "law enforcement officials"
    assert claim.content.text == "the account was linked"


def test_according_to_closing_a_sentence_runs_to_its_end() -> None:
    """'…, according to the document he released.': the content stops before the phrase."""
    claim = only(
        claims_of(
            "The plan costs $1 trillion, according to the document he released.",
            TABLES["according_to_closing_a_sentence_runs_to_its_end"],
        )
    )
    assert claim.content.text == "The plan costs $1 trillion"


def test_according_to_a_statement_alone_is_its_own_source_and_channel() -> None:
    claim = only(
        claims_of(
            "About 50 people died, according to a statement.",
            TABLES["according_to_a_statement_alone_is_its_own_source_and_channel"],
        )
    )
    assert claim.rule == "according-to:channel"
    assert [(s.text, s.canonical) for s in claim.speakers] == [("a statement", "statement")]
    assert claim.via is not None and claim.via.text == "according to a statement"


@pytest.mark.parametrize(
    ("text", "table", "speaker", "content"),
    [
        (
            "In a Fox poll released Sunday, Cruz had 38 percent.",
            TABLES["a_poll_an_in_phrase_names_is_the_source_of_its_clause_1"],
            "a Fox poll released Sunday",
            "Cruz had 38 percent",
        ),
        (
            "Though she trails in the polls, Clinton leads.",
            TABLES["a_poll_an_in_phrase_names_is_the_source_of_its_clause_2"],
            "the polls",
            "she trails",
        ),
    ],
)
def test_a_poll_an_in_phrase_names_is_the_source_of_its_clause(
    text, table, speaker, content
) -> None:
    claim = only(claims_of(text, table))
    assert (claim.rule, claim.cue.text.lower() if claim.cue else None) == ("in-finding", "in")
    assert [s.text for s in claim.speakers] == [speaker]
    assert claim.content.text == content


def test_a_poll_phrase_in_a_relative_clause_sources_nothing() -> None:
    """'Trump, who leads in the polls': the finding's subject stands outside the clause."""
    claims = claims_of(
        "Trump, who leads in the polls, spoke.",
        TABLES["a_poll_phrase_in_a_relative_clause_sources_nothing"],
    )
    assert claims == []
