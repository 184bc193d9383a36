"""The transcript rule: a line opening with a name and a colon gives that name's words."""

from __future__ import annotations

from .tables import claims_of, load_tables, only

TABLES = load_tables("transcripts")


def test_a_dateline_is_no_speaker() -> None:
    """'BANGKOK: …' is where the story was filed; the sentence's own source stays."""
    text = "BANGKOK: Ten civilians were killed, locals said."
    claim = only(claims_of(text, TABLES["a_dateline_is_no_speaker"]))
    assert claim.rule != "transcript"
    assert [s.text for s in claim.speakers] == ["locals"]
    assert claim.content.text.endswith("Ten civilians were killed")


def test_a_country_heading_is_no_speaker() -> None:
    text = "Somalia: Militants Seize Base"
    assert [c for c in claims_of(text, TABLES["a_country_heading_is_no_speaker"])
            if c.rule == "transcript"] == []


def test_a_person_opening_a_line_speaks() -> None:
    claim = only(claims_of("PENCE: We won.", TABLES["a_person_opening_a_line_speaks"]))
    assert claim.rule == "transcript"
    assert [s.text for s in claim.speakers] == ["PENCE"]
    assert claim.content.text == "We won."
