"""Claims across sentences: a statement carried on past the sentence that names its speaker."""

from __future__ import annotations

from factcheck.records import AttributionType, ResolvedFrom

from .tables import claims_of, load_tables, only

TABLES = load_tables("carry")


def test_a_quote_paragraph_goes_on_from_a_reported_claim() -> None:
    text = 'Sources told reporters that 87 people died.\n\n"We buried 37 bodies."'
    claims = claims_of(text, TABLES["a_quote_paragraph_goes_on_from_a_reported_claim"])
    assert [c.content.text for c in claims] == ["87 people died", '"We buried 37 bodies."']
    quoted = claims[1]
    assert quoted.type is AttributionType.DIRECT
    assert [(s.text, s.resolved_from) for s in quoted.speakers] == [
        ("Sources", ResolvedFrom.CONTINUATION)
    ]
    assert quoted.cue is not None and quoted.cue.text == "told"


def test_a_quote_paragraph_after_an_unattributed_sentence_is_no_ones() -> None:
    text = (
        "Sources told reporters that 87 people died.\n\n"
        'The town is quiet.\n\n"We buried 37 bodies."'
    )
    claims = claims_of(
        text, TABLES["a_quote_paragraph_after_an_unattributed_sentence_is_no_ones"]
    )
    assert [c.content.text for c in claims] == ["87 people died"]


def test_a_quote_across_sentences_keeps_both_sentences() -> None:
    """The claim's sentence is every sentence its content spans, not only its cue's."""
    text = '"Ten died. Eight were wounded," he said.'
    claim = only(claims_of(text, TABLES["a_quote_across_sentences_keeps_both_sentences"]))
    assert claim.sentence_index == 1
    assert claim.content.text == '"Ten died. Eight were wounded,"'
    assert claim.sentence is not None and claim.sentence.text == text


def test_the_next_sentences_according_to_closes_a_bare_figure() -> None:
    text = "Ten people died and eight were wounded. That is according to the local administrator."
    claim = only(
        claims_of(text, TABLES["the_next_sentences_according_to_closes_a_bare_figure"])
    )
    assert claim.rule == "according-to:previous"
    assert [s.text for s in claim.speakers] == ["the local administrator"]
    assert claim.content.text == "Ten people died and eight were wounded"
    assert claim.sentence is not None and claim.sentence.text == text


def test_a_reporter_citing_a_source_closes_the_figure_before() -> None:
    """'X reported this, citing Y': Y's claim, X the channel."""
    text = "Over 2,000 civilians were killed. Akhbar al-Asr reported this, citing the union."
    claims = claims_of(text, TABLES["a_reporter_citing_a_source_closes_the_figure_before"])
    claim = next(c for c in claims if c.rule == "closing")
    assert claim.cue is not None and claim.cue.text == "reported"
    assert [s.text for s in claim.speakers] == ["the union"]
    assert claim.via is not None and claim.via.text == "Akhbar al-Asr reported"
    assert claim.content.text == "Over 2,000 civilians were killed"


def test_a_demonstrative_inside_the_content_closes_nothing() -> None:
    text = "The army won. Smith said this was wrong."
    claim = only(claims_of(text, TABLES["a_demonstrative_inside_the_content_closes_nothing"]))
    assert claim.content.text == "this was wrong"


def test_a_denial_of_the_claim_is_linked_to_it() -> None:
    text = "The group said it killed 40 soldiers. The army denied the claim."
    said, denial = claims_of(text, TABLES["a_denial_of_the_claim_is_linked_to_it"])
    assert (denial.hedge, denial.content.text) == ("denied", "the claim")
    assert denial.denies == said.claim_id
    assert said.denies == ""


def test_a_denial_of_its_own_clause_denies_no_earlier_claim() -> None:
    """'denied that soldiers had died' says what it denies itself: a claim, linked to none."""
    text = "The group said it killed 40 soldiers. The army denied that soldiers had died."
    claims = claims_of(text, TABLES["a_denial_of_its_own_clause_denies_no_earlier_claim"])
    denial = claims[1]
    assert (denial.hedge, denial.content.text) == ("denied", "soldiers had died")
    assert denial.denies == ""


def test_the_statement_goes_on_from_its_issuer() -> None:
    text = (
        "The army said 40 fighters died. The statement also noted that three soldiers were wounded."
    )
    first, second = claims_of(text, TABLES["the_statement_goes_on_from_its_issuer"])
    assert second.content.text == "three soldiers were wounded"
    speaker = second.speakers[0]
    assert (speaker.text, speaker.canonical, speaker.resolved_from) == (
        "The statement",
        first.speakers[0].canonical,
        ResolvedFrom.DEFINITE,
    )
