"""Attribution across sentences and claimant quality, end to end on the real stanza models.

One short wire story in our own words holds each shape: a dateline before a colon,
an outlet relaying a named officer, a quote paragraph after a reported claim, a
quotation's speaker told something by an outlet, a participle after a quotation,
a bare figure the next sentence's "according to" closes, and a quotation with a
complement coordinated after it.
"""

from __future__ import annotations

from functools import cache

import pytest

from factcheck.attribution import extract_claims
from factcheck.records import Claim, Document

pytestmark = pytest.mark.stanza

STORY = (
    "NAIROBI: Twelve soldiers were killed in the raid, officials said on Monday.\n\n"
    "Ismail Ali, a senior army officer, said the militants killed 12 soldiers, "
    "Reuters reported.\n\n"
    "Villagers told reporters that the gunmen killed at least 30 people.\n\n"
    '"We buried 30 bodies in the field behind the school."\n\n'
    '"The fighters took the base," Ahmed Musa, the district commissioner, told Radio Kulmiye.\n\n'
    '"We seized the base," the group\'s spokesman told AFP, adding that 40 soldiers died.\n\n'
    "Eight civilians were wounded. That is according to the local hospital.\n\n"
    'The army spokesman said: "We repelled the attack," and that the raid left "40 rebels dead."\n'
)


@cache
def claims() -> tuple[Claim, ...]:
    from factcheck import nlp

    document = Document(text=STORY, source="story")
    return tuple(c for c in extract_claims(document, nlp.parse(STORY)) if not c.non_claim)


def holding(words: str) -> Claim:
    found = [c for c in claims() if words in c.content.text]
    assert found, [(c.rule, c.content.text) for c in claims()]
    return min(found, key=lambda c: len(c.content.text))


def speakers(claim: Claim) -> list[str]:
    return [s.canonical for s in claim.speakers]


def test_a_dateline_is_no_speaker() -> None:
    assert all(s.canonical != "NAIROBI" for c in claims() for s in c.speakers)


def test_an_outlet_relaying_a_named_officer_is_the_channel() -> None:
    claim = holding("the militants killed 12 soldiers")
    assert speakers(claim) == ["Ismail Ali"]
    assert claim.via is not None and "Reuters" in claim.via.text


def test_a_quote_paragraph_goes_on_from_the_reported_claim_before() -> None:
    assert speakers(holding("We buried 30 bodies")) == ["Villagers"]


def test_the_outlet_told_is_no_speaker() -> None:
    claim = holding("The fighters took the base")
    assert claim.speakers and "Radio Kulmiye" not in speakers(claim)
    assert claim.via is not None and claim.via.text == "told Radio Kulmiye"


@pytest.mark.xfail(reason="'Ahmed Musa, the district commissioner, told': the model makes the "
                          "apposition 'commissioner' the subject of 'told' and 'Ahmed Musa' an "
                          "oblique of the quoted 'took', so the speaker is the description")
def test_the_speaker_told_is_named() -> None:
    assert speakers(holding("The fighters took the base")) == ["Ahmed Musa"]


def test_a_participle_after_a_quotation_is_its_speakers() -> None:
    assert "We" not in speakers(holding("40 soldiers died"))


def test_the_next_sentences_according_to_closes_a_bare_figure() -> None:
    claim = holding("Eight civilians were wounded")
    assert speakers(claim) == ["local hospital"]


def test_a_quote_and_a_coordinated_complement_are_one_claim() -> None:
    claim = holding("40 rebels dead")
    assert claim.content.text.startswith('"We repelled the attack,"')
    assert [s.text for s in claim.speakers] == ["The army spokesman"]
