"""Relays: an outlet or "reports" passing on another speaker's claim is its channel."""

from __future__ import annotations

from .tables import claims_of, load_tables, only

TABLES = load_tables("relays")


def test_an_outlet_reporting_a_named_source_is_its_channel() -> None:
    text = "Ismail Ali, a senior officer, said 12 soldiers died, Reuters reported."
    claim = only(claims_of(text, TABLES["an_outlet_reporting_a_named_source_is_its_channel"]))
    assert claim.speakers[0].canonical == "Ismail Ali"
    assert claim.cue is not None and claim.cue.text == "said"
    assert claim.content.text == "12 soldiers died"
    assert claim.via is not None and claim.via.text == "Reuters reported"


def test_reports_of_a_claim_are_the_claims_channel() -> None:
    text = "Reports said the army claimed 400 soldiers died."
    claim = only(claims_of(text, TABLES["reports_of_a_claim_are_the_claims_channel"]))
    assert [s.text for s in claim.speakers] == ["the army"]
    assert claim.content.text == "400 soldiers died"
    assert claim.via is not None and claim.via.text == "Reports said"


def test_media_reporting_keep_their_words_before_the_inner_claim() -> None:
    """'…, with some outlets saying nine died': two claims, the figure the outlets'."""
    text = "Local media reported the strikes, with some outlets saying nine people died."
    claims = claims_of(text, TABLES["media_reporting_keep_their_words_before_the_inner_claim"])
    assert [(c.speakers[0].text, c.content.text) for c in claims] == [
        ("Local media", "the strikes"),
        ("some outlets", "nine people died"),
    ]


def test_a_speaker_reporting_another_keeps_the_claim() -> None:
    """'Smith said the army claimed …' is no relay: Smith's claim holds the army's."""
    text = "Smith said the army claimed 400 soldiers died."
    claim = only(claims_of(text, TABLES["a_speaker_reporting_another_keeps_the_claim"]))
    assert [s.text for s in claim.speakers] == ["Smith"]
    assert claim.content.text == "the army claimed 400 soldiers died"
