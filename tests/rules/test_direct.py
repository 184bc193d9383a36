"""Direct quotations: the reporting clause beside a quotation, colons, dashes, continuations
and odd quote marks."""

from __future__ import annotations

import pytest

from factcheck.records import AttributionType, ResolvedFrom, SpeakerKind

from .tables import claims_of, load_tables, only

TABLES = load_tables("direct")


def test_a_frame_read_from_the_surface_skips_the_speaker_s_aside() -> None:
    """'Slinker, whose firm finds suppliers, said, "…"': with no subject from the parse,
    the phrase opening the sentence speaks, not the last noun of the aside."""
    text = "Slinker, whose firm finds suppliers, said, \u201cHe is a start-up guy.\u201d"
    claim = only(claims_of(text, TABLES["a_frame_read_from_the_surface_skips_the_speaker_s_aside"]))
    assert claim.rule == "quote:speaker-before"
    assert [s.text for s in claim.speakers] == ["Slinker"]


def test_quote_then_pronoun_speaker_resolves_to_the_person_before() -> None:
    text = "Assimi Goita spoke on Friday. \u201cWe will win,\u201d he said."
    claim = only(
        claims_of(text, TABLES["quote_then_pronoun_speaker_resolves_to_the_person_before"])
    )
    assert claim.rule == "quote:speaker-after"
    assert claim.type is AttributionType.DIRECT
    assert claim.content.text == "\u201cWe will win,\u201d"
    speaker = claim.speakers[0]
    assert (speaker.text, speaker.canonical, speaker.kind, speaker.resolved_from) == (
        "he",
        "Assimi Goita",
        SpeakerKind.PERSON,
        ResolvedFrom.PRONOUN,
    )
    assert claim.sentence_index == 1


def test_quote_said_x_with_apposition() -> None:
    text = '"We will win," said Jane Doe, a spokeswoman for the army.'
    claim = only(claims_of(text, TABLES["quote_said_x_with_apposition"]))
    speaker = claim.speakers[0]
    assert speaker.text == "Jane Doe, a spokeswoman for the army"
    assert (speaker.canonical, speaker.kind, speaker.resolved_from) == (
        "Jane Doe",
        SpeakerKind.PERSON,
        ResolvedFrom.APPOSITION,
    )
    assert claim.content.text == '"We will win,"'


def test_speaker_before_a_colon() -> None:
    claim = only(
        claims_of("Goita said: \u201cWe will win.\u201d", TABLES["speaker_before_a_colon"])
    )
    assert claim.rule == "quote:speaker-before"
    assert claim.content.text == "\u201cWe will win.\u201d"


def test_speaker_inside_a_split_quote_owns_both_halves() -> None:
    text = "\u201cWe will win,\u201d he said, \u201cand soon.\u201d"
    claims = claims_of(text, TABLES["speaker_inside_a_split_quote_owns_both_halves"])
    assert [(c.rule, c.content.text) for c in claims] == [
        ("quote:speaker-after", "\u201cWe will win,\u201d"),
        ("quote:speaker-inside", "\u201cand soon.\u201d"),
    ]
    assert claims[0].cue == claims[1].cue


def test_a_colon_hands_a_clause_subject_the_quote() -> None:
    claim = only(
        claims_of(
            "She addressed the crowd again: \u201cI regret nothing.\u201d",
            TABLES["a_colon_hands_a_clause_subject_the_quote"],
        )
    )
    assert claim.rule == "quote:colon-clause"
    assert claim.cue is not None and claim.cue.text == "addressed"
    assert [s.text for s in claim.speakers] == ["She"]
    assert claim.type is AttributionType.DIRECT


def test_a_claim_beside_the_quote_does_not_end_its_continuation() -> None:
    text = "\u201cWe will win,\u201d Trump said, mocking critics. \u201cThey are wrong.\u201d"
    claims = claims_of(text, TABLES["a_claim_beside_the_quote_does_not_end_its_continuation"])
    last = claims[-1]
    assert last.rule == "quote:continuation"
    assert [s.text for s in last.speakers] == ["Trump"]
    assert last.cue is not None and last.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "dash"),
    [
        ("\u201cWe pay zero taxes.\u201d \u2015 Bernie Sanders", "\u2015"),
        ("\u201cWe pay zero taxes.\u201d\n\n- Bernie Sanders", "-"),
    ],
)
def test_a_dash_and_a_name_after_a_quote_attribute_it(text: str, dash: str) -> None:
    claim = only(
        claims_of(
            text,
            TABLES["a_dash_and_a_name_after_a_quote_attribute_it"].format(dash=dash),
        )
    )
    assert (claim.rule, claim.cue.text if claim.cue else None) == ("quote:dash", dash)
    assert [s.text for s in claim.speakers] == ["Bernie Sanders"]


def test_a_participle_before_a_quote_speaks_for_the_main_subject() -> None:
    """'Warren appeared on MSNBC, saying, "…"' with "saying" hung on the noun before it."""
    claim = only(
        claims_of(
            "Warren appeared on MSNBC, saying, \u201cShe is ready.\u201d",
            TABLES["a_participle_before_a_quote_speaks_for_the_main_subject"],
        )
    )
    assert claim.cue is not None and claim.cue.text == "saying"
    assert [s.text for s in claim.speakers] == ["Warren"]


def test_a_participle_with_reported_speech_speaks_for_the_main_subject() -> None:
    """'The senator voted against the law, saying it hurt farmers', "saying" hung on the law."""
    claim = only(
        claims_of(
            "The senator voted against the law, saying it hurt farmers.",
            TABLES["a_participle_with_reported_speech_speaks_for_the_main_subject"],
        )
    )
    assert claim.cue is not None and claim.cue.text == "saying"
    assert claim.content.text == "it hurt farmers"
    assert [s.text for s in claim.speakers] == ["The senator"]


def test_a_quoted_title_before_a_cue_with_a_clause_of_its_own_is_no_quotation() -> None:
    """'On Fox News's "Hannity," Gingrich said Trump would win': what he said is the clause."""
    text = "On Fox News\u2019s \u201cHannity,\u201d Gingrich said Trump would win."
    claim = only(
        claims_of(
            text, TABLES["a_quoted_title_before_a_cue_with_a_clause_of_its_own_is_no_quotation"]
        )
    )
    assert (claim.rule, claim.content.text) == ("ccomp", "Trump would win")
    assert [s.text for s in claim.speakers] == ["Gingrich"]


def test_a_participle_hung_on_a_noun_speaks_for_a_passive_main_subject() -> None:
    """'She was interviewed on Fox, saying she was ready' with "saying" read as Fox's."""
    claim = only(
        claims_of(
            "She was interviewed on Fox, saying she was ready.",
            TABLES["a_participle_hung_on_a_noun_speaks_for_a_passive_main_subject"],
        )
    )
    assert [s.text for s in claim.speakers] == ["She"]


def test_quote_across_sentences() -> None:
    text = "\u201cWe won. They lost,\u201d he said."
    claim = only(claims_of(text, TABLES["quote_across_sentences"]))
    assert claim.content.text == "\u201cWe won. They lost,\u201d"
    assert claim.sentence_index == 1


def test_quote_across_paragraphs_by_the_reopening_convention() -> None:
    text = "\u201cWe won.\n\n\u201cThey lost,\u201d he said."
    claim = only(claims_of(text, TABLES["quote_across_paragraphs_by_the_reopening_convention"]))
    assert claim.content.text == "\u201cWe won.\n\n\u201cThey lost,\u201d"


def test_quote_only_paragraph_continues_the_previous_speaker() -> None:
    text = "Goita said: \u201cWe won.\u201d\n\n\u201cThey lost.\u201d"
    claims = claims_of(text, TABLES["quote_only_paragraph_continues_the_previous_speaker"])
    assert [c.rule for c in claims] == ["quote:speaker-before", "quote:continuation"]
    follow = claims[1]
    assert follow.content.text == "\u201cThey lost.\u201d"
    assert follow.cue == claims[0].cue
    assert (follow.speakers[0].canonical, follow.speakers[0].resolved_from) == (
        "Goita",
        ResolvedFrom.CONTINUATION,
    )


def test_name_and_colon_before_a_quote() -> None:
    claim = only(
        claims_of(
            "The surge surprised Daron Shaw: \u201cIt never happens.\u201d",
            TABLES["name_and_colon_before_a_quote"],
        )
    )
    assert (claim.rule, claim.cue.text if claim.cue else None) == ("quote:colon", ":")
    assert claim.speakers[0].canonical == "Daron Shaw"


def test_verb_form_tagged_as_a_noun_after_a_quote() -> None:
    claim = only(
        claims_of(
            "\u201cWe will win,\u201d Bozell explains.",
            TABLES["verb_form_tagged_as_a_noun_after_a_quote"],
        )
    )
    assert claim.cue is not None and claim.cue.lemma == "explain"
    assert claim.speakers[0].text == "Bozell"


def test_nested_quote_stays_inside_its_outer_quote() -> None:
    text = "\u201cHe told me \u2018go home\u2019 today,\u201d she said."
    claim = only(claims_of(text, TABLES["nested_quote_stays_inside_its_outer_quote"]))
    assert claim.content.text == "\u201cHe told me \u2018go home\u2019 today,\u201d"
    assert claim.speakers[0].text == "she"


def test_a_quote_closing_on_a_nested_question_is_set_off() -> None:
    """The splitter ends the sentence after the closing marks; the frame stands alone after it."""
    text = "\u201cShe asked us, \u2018What do you need?\u2019\u201d Weaver said."
    claim = only(claims_of(text, TABLES["a_quote_closing_on_a_nested_question_is_set_off"]))
    assert claim.content.text == "\u201cShe asked us, \u2018What do you need?\u2019\u201d"
    assert claim.rule == "quote:speaker-after"
    assert [s.text for s in claim.speakers] == ["Weaver"]


def test_a_sentence_with_its_own_object_is_no_frame_for_the_quote_before() -> None:
    """'Rubio supported the subsidies' says what Rubio backed, not who spoke the quote."""
    text = "Cruz called them \u201ccorporate welfare.\u201d Rubio supported the subsidies."
    claims = claims_of(
        text, TABLES["a_sentence_with_its_own_object_is_no_frame_for_the_quote_before"]
    )
    by_rubio = [c.content.text for c in claims if [s.text for s in c.speakers] == ["Rubio"]]
    assert by_rubio == ["the subsidies"]


@pytest.mark.parametrize(
    ("text", "table"),
    [
        (
            "Later on ''This Week,'' Sanders questioned Trump's veracity.",
            TABLES["a_title_before_a_cue_with_its_own_object_is_no_quotation"],
        ),
    ],
)
def test_a_title_before_a_cue_with_its_own_object_is_no_quotation(text, table) -> None:
    claims = claims_of(text, table)
    assert [(c.rule, c.content.text) for c in claims] == [("object", "Trump's veracity")]


def test_a_time_word_after_the_cue_leaves_the_quote_its_content() -> None:
    """'"We won," he said Friday': whatever relation a parse gives "Friday", it says when."""
    claim = only(
        claims_of(
            "\u201cWe won,\u201d he said Friday.",
            TABLES["a_time_word_after_the_cue_leaves_the_quote_its_content"],
        )
    )
    assert (claim.rule, claim.content.text) == ("quote:speaker-after", "\u201cWe won,\u201d")


def test_a_quote_set_off_before_the_reporter_goes_on_is_whole() -> None:
    """'Trump said, "We will win," adding that polls are wrong': "adding" opens the reporter's
    next clause, so the quotation is a whole one of Trump's, not a fragment."""
    claims = claims_of(
        "Trump said, \u201cWe will win,\u201d adding that polls are wrong.",
        TABLES["a_quote_set_off_before_the_reporter_goes_on_is_whole"],
    )
    assert sorted((c.rule, c.content.text) for c in claims) == [
        ("ccomp", "polls are wrong"),
        ("quote:speaker-before", "\u201cWe will win,\u201d"),
    ]


def test_a_cue_inside_an_open_quotation_frames_no_embedded_quote() -> None:
    """The reader cannot tell the quoted speaker's words from the frame: no rule reads a cue there.

    The selective parse leaves such sentences unparsed, so this keeps both parses' claims equal.
    """
    claims = claims_of(
        '"Trump walked in, chanting \u201cU-S-A!\u201d',
        TABLES["a_cue_inside_an_open_quotation_frames_no_embedded_quote"],
    )
    assert [c.rule for c in claims if c.rule.startswith("quote:embedded")] == []


UNBALANCED_OPEN = ("He said: \u201cWe will win.", TABLES["unbalanced_open"])

UNBALANCED_CLOSE = ("We will win,\u201d he said.", TABLES["unbalanced_close"])


@pytest.mark.parametrize(
    ("case", "rule", "content"),
    [
        (UNBALANCED_OPEN, "quote:speaker-before:unbalanced", "\u201cWe will win."),
        (UNBALANCED_CLOSE, "quote:speaker-after:unbalanced", "We will win,\u201d"),
    ],
)
def test_odd_quote_marks_keep_what_is_sure_and_flag_it(case, rule, content) -> None:
    claim = only(claims_of(*case))
    assert (claim.rule, claim.content.text) == (rule, content)


def test_mixed_quote_inside_reported_speech() -> None:
    text = "The army said it conducted \u201cair strikes.\u201d"
    claim = only(claims_of(text, TABLES["mixed_quote_inside_reported_speech"]))
    assert claim.type is AttributionType.MIXED
    assert claim.content.text == "it conducted \u201cair strikes.\u201d"


MIXED_ACROSS = (
    "He said it was \u201ca wise move. Those involved are confident.\u201d",
    TABLES["mixed_across"],
)


def test_a_quoted_fragment_ending_the_clause_runs_on_to_its_closing_mark() -> None:
    claim = only(claims_of(*MIXED_ACROSS))
    assert claim.type is AttributionType.MIXED
    assert claim.content.text == "it was \u201ca wise move. Those involved are confident.\u201d"


def test_a_quotation_after_a_colon_stays_its_own() -> None:
    text = "He said it was simple: \u201cWe won. They lost,\u201d she added."
    claims = claims_of(text, TABLES["a_quotation_after_a_colon_stays_its_own"])
    said = next(c for c in claims if c.cue.text == "said")
    assert said.content.text == "it was simple: \u201cWe won"


def test_quoted_object_of_a_stance_verb_with_a_statement_as_channel() -> None:
    text = "Burkina Faso welcomed \u201cthe liberation of Kidal,\u201d according to a statement."
    claim = only(
        claims_of(text, TABLES["quoted_object_of_a_stance_verb_with_a_statement_as_channel"])
    )
    assert claim.type is AttributionType.MIXED
    assert claim.hedge == "welcomed"
    assert claim.content.text == "the liberation of Kidal"
    assert claim.via is not None and claim.via.text == "according to a statement"
    assert (claim.speakers[0].canonical, claim.speakers[0].kind) == (
        "Burkina Faso",
        SpeakerKind.COUNTRY,
    )


@pytest.mark.parametrize(
    "table",
    [
        TABLES["the_one_told_is_no_speaker"],
        # the weak parser makes the hearer the subject of "told" and the speaker an apposition
        TABLES["the_one_told_is_no_speaker_weak_parse"],
    ],
)
def test_the_one_told_is_no_speaker(table: str) -> None:
    text = '"Ten soldiers died," Makuei Mabior, the director, told Radio Tamazuj.'
    claim = only(claims_of(text, table))
    assert claim.rule == "quote:speaker-after"
    assert claim.speakers[0].canonical == "Makuei Mabior"
    assert claim.content.text == '"Ten soldiers died,"'


def test_a_quote_and_a_coordinated_complement_are_one_claim() -> None:
    """'X said: "…," and that the raid left "40 rebels dead"': the number is said too."""
    text = 'The spokesman said: "We repelled the attack," and that the raid left "40 rebels dead".'
    claim = only(claims_of(text, TABLES["a_quote_and_a_coordinated_complement_are_one_claim"]))
    assert (claim.rule, claim.type) == ("quote:speaker-before:and-that", AttributionType.MIXED)
    assert claim.content.text == '"We repelled the attack," and that the raid left "40 rebels dead"'
    assert [s.text for s in claim.speakers] == ["The spokesman"]
