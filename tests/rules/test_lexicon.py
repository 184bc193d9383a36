"""The cue lexicon is data, and inflected forms find their lemma."""

from __future__ import annotations

import pytest

from factcheck.lexicon import cues, forms, names
from factcheck.records import SpeakerKind


def test_cue_lexicon_is_data() -> None:
    assert cues.REPORTING_VERBS["say"] == "none"
    assert cues.REPORTING_VERBS["claim"] == "claimed"
    assert cues.REPORTING_VERBS["estimate"] == "estimated"
    assert cues.REPORTING_VERBS["accuse"] == "alleged"
    assert cues.REPORTING_VERBS["concede"] == "admitted"
    assert cues.REPORTING_VERBS["warn"] == "warned"
    for lemma in ("accuse", "allege", "blame", "indicate", "reiterate", "quote"):
        assert lemma in cues.REPORTING_VERBS
    assert forms.lexical_lemma("condemned", "condemned", "VERB") == "condemn"
    assert forms.lexical_lemma("spokesmen", "spokesmen", "NOUN") == "spokesman"
    assert names.NER_KINDS["PER"] is names.NER_KINDS["PERSON"] is SpeakerKind.PERSON
    assert names.NER_KINDS["GPE"] is SpeakerKind.COUNTRY
    assert names.DEMONYMS["malian"] == "Mali"


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("quipped", "quip"),
        ("dubbed", "dub"),
        ("slamming", "slam"),
        ("preferred", "prefer"),
        ("admitted", "admit"),
        ("shouted", "shout"),
        ("vowed", "vow"),
        ("called", "call"),
    ],
)
def test_an_unknown_form_finds_its_lexicon_verb_whatever_its_spelling(form, lemma) -> None:
    """The lemmatizer keeps forms it never saw; the lexicon must spell them as English does."""
    assert forms.lexical_lemma(form, form, "VERB") == lemma
