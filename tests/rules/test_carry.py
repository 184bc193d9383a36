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
