"""Reported speech: a reporting verb and the clause it governs (ccomp, xcomp, parataxis,
object), its speaker, and what ends its content."""

from __future__ import annotations

import pytest

from factcheck.attribution.surface import (
    forward,
)
from factcheck.attribution.tree import build_tree
from factcheck.records import AttributionType, Claim, ResolvedFrom

from .tables import claims_of, load_tables, only, parsed

TABLES = load_tables("reported")


CCOMP = ("Goita said the army seized Kidal.", TABLES["ccomp"])

THAT_CLAUSE = ("The army said that it attacked the town.", TABLES["that_clause"])

PARATAXIS = ("The town fell, he said.", TABLES["parataxis"])

PARATAXIS_ON_A_CUE = ("He may add to his staff, he said.", TABLES["parataxis_on_a_cue"])

VOW_AFTER = ("They pledged to work together after a meeting.", TABLES["vow_after"])

XCOMP = ("The group claimed to have killed 50 soldiers.", TABLES["xcomp"])

URGE = ("It urged civilians to stay away.", TABLES["urge"])

VOW_AND = ("She vowed to keep it legal and left the court.", TABLES["vow_and"])

ORDER = ("The judge ordered the release of the files.", TABLES["order"])

OBJECT = ("The rebels condemned the air strikes.", TABLES["object"])


@pytest.mark.parametrize(
    ("case", "rule", "speaker", "cue", "content", "hedge"),
    [
        (CCOMP, "ccomp", "Goita", "said", "the army seized Kidal", "none"),
        (THAT_CLAUSE, "ccomp", "The army", "said", "it attacked the town", "none"),
        (PARATAXIS, "parataxis:inverted", "he", "said", "The town fell", "none"),
        (PARATAXIS_ON_A_CUE, "parataxis:inverted", "he", "said", "He may add to his staff", "none"),
        (XCOMP, "xcomp", "The group", "claimed", "to have killed 50 soldiers", "claimed"),
        (URGE, "xcomp", "It", "urged", "civilians to stay away", "urged"),
        (VOW_AND, "xcomp", "She", "vowed", "to keep it legal", "promised"),
        (VOW_AFTER, "xcomp", "They", "pledged", "to work together", "promised"),
        (ORDER, "object", "The judge", "ordered", "the release of the files", "urged"),
        (OBJECT, "object", "The rebels", "condemned", "the air strikes", "condemned"),
    ],
)
def test_reported_speech(case, rule, speaker, cue, content, hedge) -> None:
    claim = only(claims_of(*case))
    assert claim.rule == rule
    assert [s.text for s in claim.speakers] == [speaker]
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.content.text == content
    assert claim.hedge == hedge
    assert claim.type is AttributionType.INDIRECT
    assert claim.sentence_index == 0


@pytest.mark.parametrize(
    ("text", "table", "content"),
    [
        (
            "It was widely reported that Trump paid $100 million.",
            TABLES["a_report_with_no_one_behind_it_is_kept_unattributed_1"],
            "Trump paid $100 million",
        ),
        (
            "When asked whether he would run, Ryan smiled.",
            TABLES["a_report_with_no_one_behind_it_is_kept_unattributed_2"],
            "whether he would run",
        ),
    ],
)
def test_a_report_with_no_one_behind_it_is_kept_unattributed(text, table, content) -> None:
    claim = only(claims_of(text, table))
    assert claim.rule == "ccomp:agentless"
    assert claim.speakers == ()
    assert claim.content.text == content


def test_a_phrasal_cue_in_the_passive_with_no_agent_is_no_claim() -> None:
    """'Sanders was asked about the protests': a topic someone unnamed raised, not a claim;
    Sanders is not the asker."""
    claims = claims_of(
        "Sanders was asked about the protests.",
        TABLES["a_phrasal_cue_in_the_passive_with_no_agent_is_no_claim"],
    )
    assert claims == []


def test_the_one_asked_is_not_the_asker() -> None:
    """'He smiled when asked about the race': someone unnamed asked him; no claim, and
    above all none of his."""
    claims = claims_of(
        "He smiled when asked about the race.", TABLES["the_one_asked_is_not_the_asker"]
    )
    assert claims == []


def test_a_raised_passive_subject_opens_the_unattributed_claim() -> None:
    """'Trump is expected to win Ohio': what is expected is that Trump wins."""
    claim = only(
        claims_of(
            "Trump is expected to win Ohio.",
            TABLES["a_raised_passive_subject_opens_the_unattributed_claim"],
        )
    )
    assert (claim.rule, claim.content.text) == ("xcomp:agentless", "Trump is expected to win Ohio")
    assert claim.speakers == ()


def test_a_verb_coordinated_with_a_passive_shares_its_subject() -> None:
    """'Trump was forced to retreat and said …': Trump, the passive's subject, said it."""
    claim = only(
        claims_of(
            "Trump was forced to retreat and said he was joking.",
            TABLES["a_verb_coordinated_with_a_passive_shares_its_subject"],
        )
    )
    assert (claim.rule, claim.content.text) == ("ccomp", "he was joking")
    assert [s.text for s in claim.speakers] == ["Trump"]


def test_a_participle_after_a_passive_is_its_subject_s() -> None:
    """'She was interviewed by Fox, saying she was ready': she says it, not Fox."""
    claim = only(
        claims_of(
            "She was interviewed by Fox, saying she was ready.",
            TABLES["a_participle_after_a_passive_is_its_subject_s"],
        )
    )
    assert (claim.rule, claim.content.text) == ("ccomp", "she was ready")
    assert [s.text for s in claim.speakers] == ["She"]


def test_a_medium_saying_something_speaks_for_whoever_issued_it() -> None:
    """'The campaign sent out a release saying Murphy owes an answer': the campaign says it."""
    claim = only(
        claims_of(
            "The campaign sent out a release saying Murphy owes an answer.",
            TABLES["a_medium_saying_something_speaks_for_whoever_issued_it"],
        )
    )
    assert (claim.rule, claim.content.text) == ("ccomp", "Murphy owes an answer")
    assert [s.text for s in claim.speakers] == ["The campaign"]


def test_a_passive_with_an_agent_is_the_agent_s() -> None:
    claim = only(
        claims_of(
            "It was reported by Reuters that Trump paid.",
            TABLES["a_passive_with_an_agent_is_the_agent_s"],
        )
    )
    assert (claim.rule, [s.text for s in claim.speakers]) == ("ccomp", ["Reuters"])


def test_a_contrast_after_the_content_is_the_writer_s() -> None:
    claim = only(
        claims_of(
            "Officials said the town fell, but fighting went on.",
            TABLES["a_contrast_after_the_content_is_the_writer_s"],
        )
    )
    assert claim.content.text == "the town fell"


def test_an_aspectual_infinitive_is_no_content() -> None:
    claims = claims_of(
        "The rebels continued to fight.", TABLES["an_aspectual_infinitive_is_no_content"]
    )
    assert claims == []


@pytest.mark.parametrize(
    ("table", "rule"),
    [
        # correct: the attribution is a parataxis of the first clause
        (TABLES["attribution_in_mid_sentence_splits_its_content_1"], "parataxis:inverted"),
        # the first clause as the cue's ccomp, the rest hung on the cue
        (TABLES["attribution_in_mid_sentence_splits_its_content_2"], "ccomp"),
    ],
)
def test_attribution_in_mid_sentence_splits_its_content(table: str, rule: str) -> None:
    claims = claims_of("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt.", table)
    assert [(c.rule, c.content.text) for c in claims] == [
        (rule, "Lenox was a juggernaut"),
        (f"{rule}:resumed", "until it went bankrupt"),
    ]
    assert {c.cue.text for c in claims if c.cue} == {"said"}
    assert {s.text for c in claims for s in c.speakers} == {"Mr. Clarke"}


def test_a_coordinator_after_a_mid_sentence_attribution_opens_the_writers_words() -> None:
    """'…, Hennessey said, and with the aides chastened, it is safe …': not the speaker's."""
    claims = claims_of(
        "Sanctions work, Hennessey said, and it is safe to assume so.",
        TABLES["a_coordinator_after_a_mid_sentence_attribution_opens_the_writers_words"],
    )
    assert [(c.rule, c.content.text) for c in claims] == [("parataxis:inverted", "Sanctions work")]


@pytest.mark.parametrize(
    "table",
    [
        # correct: the attribution is a parataxis of the predicate
        TABLES["subject_parted_from_its_predicate_is_one_claim_1"],
        # a weaker parse: the predicate as the cue's ccomp, the subject hung on the cue
        TABLES["subject_parted_from_its_predicate_is_one_claim_2"],
    ],
)
def test_subject_parted_from_its_predicate_is_one_claim(table) -> None:
    claim = only(claims_of("The museum, Mr. Obama said, would make visitors think.", table))
    assert claim.content.text == "The museum, Mr. Obama said, would make visitors think"
    assert [s.text for s in claim.speakers] == ["Mr. Obama"]


def test_a_subject_and_predicate_the_parse_leaves_unlinked_are_read_from_the_surface() -> None:
    claim = only(
        claims_of(
            "The outreach, they said, raised new worries.",
            TABLES["a_subject_and_predicate_the_parse_leaves_unlinked_are_read_from_the_surface"],
        )
    )
    assert (claim.rule, claim.content.text) == (
        "inverted",
        "The outreach, they said, raised new worries",
    )
    assert [s.text for s in claim.speakers] == ["they"]


def test_a_relative_passive_mid_sentence_is_no_attribution() -> None:
    """'Mali's army, which is backed by mercenaries, recaptured a town': the writer's voice."""
    claims = claims_of(
        "The army, which is backed by mercenaries, recaptured a town.",
        TABLES["a_relative_passive_mid_sentence_is_no_attribution"],
    )
    assert claims == []


def test_a_reduced_participle_after_a_mid_sentence_attribution_is_no_content() -> None:
    """'Goita said in a statement on X, formerly known as Twitter': no second claim."""
    claims = claims_of(
        "Forces seized Kidal, Goita said on X, formerly known as Twitter.",
        TABLES["a_reduced_participle_after_a_mid_sentence_attribution_is_no_content"],
    )
    assert [(c.rule, c.content.text) for c in claims] == [("ccomp", "Forces seized Kidal")]


@pytest.mark.parametrize(
    ("text", "table", "speaker"),
    [
        (
            "In July, Sammy Aaron, vice chairman of G-III, told Forbes that sales grew.",
            TABLES["a_cue_the_parse_leaves_subjectless_takes_the_phrase_before_it_1"],
            "Sammy Aaron, vice chairman of G-III",
        ),
        (
            "At a rally, Sen. Marco Rubio (R-Fla.) said Trump is unelectable.",
            TABLES["a_cue_the_parse_leaves_subjectless_takes_the_phrase_before_it_2"],
            "Sen. Marco Rubio (R-Fla.)",
        ),
    ],
)
def test_a_cue_the_parse_leaves_subjectless_takes_the_phrase_before_it(
    text: str, table: str, speaker: str
) -> None:
    """The words before the cue, past an opening "In July," or "At a rally,", speak."""
    claim = only(claims_of(text, table))
    assert [s.text for s in claim.speakers] == [speaker]


def test_that_opens_a_clause_whatever_its_words_are_tagged() -> None:
    """'shows' and 'remains' taken for nouns: the words after "that" are still the content."""
    _, sdoc = parsed(
        "A poll shows that Trump remains close.",
        TABLES["that_opens_a_clause_whatever_its_words_are_tagged"],
    )
    tree = build_tree(0, sdoc.sentences[0])
    assert forward(tree, 2) == (4, 6)


def test_any_verb_with_a_that_clause_attributes() -> None:
    claim = only(
        claims_of(
            "The minister guessed that the army had won.",
            TABLES["any_verb_with_a_that_clause_attributes"],
        )
    )
    assert (claim.rule, claim.hedge, claim.content.text) == (
        "ccomp:that",
        "none",
        "the army had won",
    )


def test_claim_id_is_stable_and_keyed_by_offsets() -> None:
    document, _ = parsed(*CCOMP)
    claim = only(claims_of(*CCOMP))
    assert claim.claim_id == Claim.make_id(document.sha256, claim.content, claim.cue)
    assert claim.doc_id == document.doc_id
    assert claim.sentence is not None and claim.sentence.text == CCOMP[0]


def test_conjoined_subjects_give_one_claim_with_two_speakers() -> None:
    claim = only(
        claims_of(
            "Mali's army and Wagner both said they had suffered losses.",
            TABLES["conjoined_subjects_give_one_claim_with_two_speakers"],
        )
    )
    assert [(s.text, s.canonical) for s in claim.speakers] == [
        ("Mali's army", "Mali's army"),
        ("Wagner", "Wagner"),
    ]
    assert claim.content.text == "they had suffered losses"


def test_who_stands_for_the_noun_before_it_when_the_parse_hangs_its_clause_elsewhere() -> None:
    """A fallback for parses, like today's, that make the relative clause a conjunct."""
    claim = only(
        claims_of(
            "Clinton courted voters, who backed her candidacy.",
            TABLES["who_stands_for_the_noun_before_it_when_the_parse_hangs_its_clause_elsewhere"],
        )
    )
    speaker = claim.speakers[0]
    assert (speaker.text, speaker.canonical) == ("who", "voters")
    assert claim.content.text == "her candidacy"


def test_a_who_shared_from_another_verb_leaves_the_speaker_to_the_opening_phrase() -> None:
    """'Pence, who is running again, praised Cruz', parsed with "praised" a conjunct of
    "running": the "who" is that clause's, and the phrase opening the sentence speaks."""
    claim = only(
        claims_of(
            "Pence, who is running again, praised Cruz.",
            TABLES["a_who_shared_from_another_verb_leaves_the_speaker_to_the_opening_phrase"],
        )
    )
    assert [s.text for s in claim.speakers] == ["Pence"]
    assert claim.content.text == "Cruz"


def test_a_participle_takes_no_subject_after_it() -> None:
    """'Fiorina hit back, saying conservatives erred', parsed with "conservatives" the subject
    of "saying": an English participle has none after it; Fiorina, whose clause it joins,
    says it."""
    claim = only(
        claims_of(
            "Fiorina hit back, saying conservatives erred.",
            TABLES["a_participle_takes_no_subject_after_it"],
        )
    )
    assert [s.text for s in claim.speakers] == ["Fiorina"]


def test_a_participle_inside_a_reported_clause_echoes_the_reporter() -> None:
    """'Coleman said Kasich should quit, echoing a memo': UD may hang "echoing" on "quit",
    yet a participle set off by a comma at the end of a report is the reporter's."""
    claims = claims_of(
        "Coleman said Kasich should quit, echoing a memo.",
        TABLES["a_participle_inside_a_reported_clause_echoes_the_reporter"],
    )
    echo = next(c for c in claims if c.cue.text == "echoing")
    assert echo.content.text == "a memo"
    assert [s.text for s in echo.speakers] == ["Coleman"]


def test_a_participle_inside_a_nouns_clause_is_the_main_subjects() -> None:
    """'Christie denied the claim that Rubio erred, calling him weak': hung inside the
    noun's clause, the participle after the comma is still Christie's."""
    claims = claims_of(
        "Christie denied the claim that Rubio erred, calling him weak.",
        TABLES["a_participle_inside_a_nouns_clause_is_the_main_subjects"],
    )
    calling = next(c for c in claims if c.cue.text == "calling")
    assert [s.text for s in calling.speakers] == ["Christie"]


@pytest.mark.parametrize(
    ("text", "table", "content", "speakers"),
    [
        # a phrase in brackets describes the name before it, never speaks for it
        pytest.param(
            "Sen. Warren (D-Mass.) said Trump failed.",
            TABLES["a_word_a_parse_makes_the_subject_that_names_no_speaker_1"],
            "Trump failed",
            ["Sen. Warren"],
            id="bracketed-tag",
        ),
        # a time word names no one: the verb's real subject, through the conjunct, speaks
        pytest.param(
            "He left and later said he lied.",
            TABLES["a_word_a_parse_makes_the_subject_that_names_no_speaker_2"],
            "he lied",
            ["He"],
            id="time-word-later",
        ),
        pytest.param(
            "He left and earlier said he lied.",
            TABLES["a_word_a_parse_makes_the_subject_that_names_no_speaker_3"],
            "he lied",
            ["He"],
            id="time-word-earlier",
        ),
        # an emphatic reflexive only stresses the name before it
        pytest.param(
            "Tester, himself up for reelection, said he voted no.",
            TABLES["a_word_a_parse_makes_the_subject_that_names_no_speaker_4"],
            "he voted no",
            ["Tester"],
            id="emphatic-reflexive",
        ),
        # a floating quantifier only quantifies the names before it
        pytest.param(
            "Clinton and Sanders both vowed to fight.",
            TABLES["a_word_a_parse_makes_the_subject_that_names_no_speaker_5"],
            "to fight",
            ["Clinton", "Sanders"],
            id="floating-quantifier",
        ),
    ],
)
def test_a_word_a_parse_makes_the_subject_that_names_no_speaker(
    text, table, content, speakers
) -> None:
    """Each table is hung as today's model does, with a second or wrong subject on the cue."""
    claim = only(claims_of(text, table))
    assert claim.content.text == content
    assert [s.text for s in claim.speakers] == speakers


@pytest.mark.parametrize(
    ("text", "table", "content", "speakers"),
    [
        # today's model reads the clitic as a passive "is": with a clause of its own it is "has"
        pytest.param(
            "He's said he wins.",
            TABLES["a_passive_looking_cue_whose_subject_speaks_1"],
            "he wins",
            ["He"],
            id="clitic-has",
        ),
        # a true passive keeps no speaker
        pytest.param(
            "It's been reported that he wins.",
            TABLES["a_passive_looking_cue_whose_subject_speaks_2"],
            "he wins",
            [],
            id="true-passive",
        ),
        # the passive of a feeling names who feels it
        pytest.param(
            "The government is worried that tourism will fall.",
            TABLES["a_passive_looking_cue_whose_subject_speaks_3"],
            "tourism will fall",
            ["The government"],
            id="feeling",
        ),
    ],
)
def test_a_passive_looking_cue_whose_subject_speaks(text, table, content, speakers) -> None:
    claim = only(claims_of(text, table))
    assert claim.content.text == content
    assert [s.text for s in claim.speakers] == speakers


def test_a_word_glued_to_the_opening_quote_mark_is_inside_the_quotation() -> None:
    """A tokenizer may glue the opening marks to the first word ("''I"); the parse then hangs
    the quotation's "I" on the cue through a conjunct, but it speaks inside the quote. The
    speaker is read from the frame instead: the nominal right before the cue."""
    claim = only(
        claims_of(
            "''I lost the vote,'' Kaplan, a writer, said.",
            TABLES["a_word_glued_to_the_opening_quote_mark_is_inside_the_quotation"],
        )
    )
    assert claim.content.text == "''I lost the vote,''"
    assert [s.text for s in claim.speakers] == ["a writer"]


def test_only_a_verb_of_saying_frames_the_clause_it_is_a_parataxis_of() -> None:
    """'Taxes rose; Clinton backed the plan': she backed the plan, she did not say taxes rose."""
    claims = claims_of(
        "Taxes rose; Clinton backed the plan.",
        TABLES["only_a_verb_of_saying_frames_the_clause_it_is_a_parataxis_of"],
    )
    assert [(c.rule, c.content.text) for c in claims] == [("object", "the plan")]


def test_only_a_verb_of_saying_or_finding_closes_a_sentence_as_its_frame() -> None:
    """'Cuba freed Gross, a contractor Havana accused': "Havana accused" ends the sentence
    after a comma like '…, Havana said', but accusing frames no clause."""
    claims = claims_of(
        "Cuba freed Gross, a contractor Havana accused.",
        TABLES["only_a_verb_of_saying_or_finding_closes_a_sentence_as_its_frame"],
    )
    assert claims == []


def test_a_clause_set_beside_a_cue_is_content_only_for_a_verb_of_saying() -> None:
    """'Clinton backed Obama; he won': backing takes an object, and the next clause is news."""
    claims = claims_of(
        "Clinton backed Obama; he won.",
        TABLES["a_clause_set_beside_a_cue_is_content_only_for_a_verb_of_saying"],
    )
    assert [(c.rule, c.content.text) for c in claims] == [("object", "Obama")]


def test_a_closing_frame_names_its_speaker_whatever_voice_a_parse_gives_the_cue() -> None:
    """'Sales rose, officials said.', parsed as a participle with a passive subject: the frame
    read from the surface has a speaker, so the claim is theirs and not agentless."""
    claim = only(
        claims_of(
            "Sales rose, officials said.",
            TABLES["a_closing_frame_names_its_speaker_whatever_voice_a_parse_gives_the_cue"],
        )
    )
    assert (claim.rule, claim.content.text) == ("inverted", "Sales rose")
    assert [s.text for s in claim.speakers] == ["officials"]


MIXED_INVERTED = (
    'Trump\'s misinformation may be "strategic," said Jeffery Hemsley.',
    TABLES["mixed_inverted"],
)


@pytest.mark.parametrize(
    "table",
    [
        MIXED_INVERTED[1],
        # the parse of today's model: the sentence's subject is the cue's, the speaker its object
        MIXED_INVERTED[1]
        .replace("misinformation NOUN 7 nsubj", "misinformation NOUN 10 nsubj")
        .replace("Jeffery PROPN 10 nsubj", "Jeffery PROPN 10 obj"),
    ],
)
def test_the_speaker_after_a_quote_is_the_frames_not_the_sentences_subject(table) -> None:
    claim = only(claims_of(MIXED_INVERTED[0], table))
    assert claim.content.text == 'Trump\'s misinformation may be "strategic,"'
    assert [s.text for s in claim.speakers] == ["Jeffery Hemsley"]


def test_a_participle_hung_on_its_own_content_is_the_main_subjects() -> None:
    """'Rubio hit back, saying Christie was tired', parsed with "saying" a modifier of
    "tired": the participle after the comma is still Rubio's."""
    claim = only(
        claims_of(
            "Rubio hit back, saying Christie was tired.",
            TABLES["a_participle_hung_on_its_own_content_is_the_main_subjects"],
        )
    )
    assert [s.text for s in claim.speakers] == ["Rubio"]


def test_a_subject_inside_the_content_is_not_its_speaker() -> None:
    """'Beebe, a veteran, said Clinton should be ready', parsed with "Clinton" the subject of
    "said": a speaker inside what is said is the content's subject; the opening phrase speaks."""
    claims = claims_of(
        "Beebe, a veteran, said Clinton should be ready.",
        TABLES["a_subject_inside_the_content_is_not_its_speaker"],
    )
    claim = next(c for c in claims if c.content.text == "Clinton should be ready")
    assert [s.text for s in claim.speakers] == ["Beebe, a veteran"]


def test_an_adjective_after_a_determiner_speaks_after_a_quote() -> None:
    """'"We lost," the official said.', tagged and hung as today's model does ("official" an
    adjective, no subject on "said"): "the official" before the cue is its speaker."""
    claim = only(
        claims_of(
            '"We lost," the official said.',
            TABLES["an_adjective_after_a_determiner_speaks_after_a_quote"],
        )
    )
    assert [s.text for s in claim.speakers] == ["the official"]


def test_which_is_a_mention_resolved_to_its_noun() -> None:
    claim = only(
        claims_of(
            "The group, which said it won, left.", TABLES["which_is_a_mention_resolved_to_its_noun"]
        )
    )
    speaker = claim.speakers[0]
    assert (speaker.text, speaker.canonical) == ("which", "group")


def test_who_is_a_mention_resolved_to_its_noun() -> None:
    claim = only(
        claims_of(
            "Weaver, who said Clinton reached out, left.",
            TABLES["who_is_a_mention_resolved_to_its_noun"],
        )
    )
    speaker = claim.speakers[0]
    assert (speaker.text, speaker.canonical, speaker.resolved_from) == (
        "who",
        "Weaver",
        ResolvedFrom.PRONOUN,
    )
    assert claim.content.text == "Clinton reached out"


@pytest.mark.parametrize(
    ("text", "table", "speakers"),
    [
        (
            "The group that said it won left.",
            TABLES["a_relative_clause_speaks_for_its_nouns_1"],
            ["The group"],
        ),
        (
            "Mali and Niger, who both said they won, left.",
            TABLES["a_relative_clause_speaks_for_its_nouns_2"],
            ["Mali", "Niger"],
        ),
    ],
)
def test_a_relative_clause_speaks_for_its_nouns(text, table, speakers) -> None:
    """'that' goes with the noun; a 'who' for several nouns stands for each."""
    claim = only(claims_of(text, table))
    assert [s.text for s in claim.speakers] == speakers


COORDINATED_THEN_SAID = (
    "Voters want change, and they want it now, he said.",
    TABLES["coordinated_then_said"],
)


SAID_AFTER_CCOMP = (
    COORDINATED_THEN_SAID[1]
    .replace("want VERB 0 root", "want VERB 12 ccomp")
    .replace("said VERB 2 parataxis", "said VERB 0 root")
    .replace(". PUNCT 2 punct", ". PUNCT 12 punct")
)


@pytest.mark.parametrize(
    ("rule", "table"),
    [
        ("parataxis:inverted", COORDINATED_THEN_SAID[1]),
        ("parataxis:inverted", COORDINATED_THEN_SAID[1].replace("said VERB 2", "said VERB 7")),
        ("ccomp", SAID_AFTER_CCOMP),
        (
            "ccomp",
            SAID_AFTER_CCOMP.replace("want VERB 12 ccomp", "want VERB 12 dep").replace(
                "want VERB 2 conj", "want VERB 12 ccomp"
            ),
        ),
    ],
)
def test_a_closing_frame_takes_the_whole_clause_before_it(rule, table) -> None:
    """'…, he said.' reports the whole sentence before it (UD: "said" a parataxis of the
    root, or EWT's ccomp), also where a parse hangs it on the last conjunct only."""
    claim = only(claims_of(COORDINATED_THEN_SAID[0], table))
    assert (claim.rule, claim.content.text) == (rule, "Voters want change, and they want it now")


def test_a_finding_verb_reads_its_clause_forward_where_the_parse_splits_it() -> None:
    """'Polls show Clinton leading Trump', parsed with "leading" hung on "Polls": what the
    polls show is read from the words after the cue, as for "said"."""
    claim = only(
        claims_of(
            "Polls show Clinton leading Trump.",
            TABLES["a_finding_verb_reads_its_clause_forward_where_the_parse_splits_it"],
        )
    )
    assert claim.content.text == "Clinton leading Trump"


def test_denial_is_negated_and_hedged() -> None:
    claim = only(
        claims_of(
            "The army denied that it attacked civilians.", TABLES["denial_is_negated_and_hedged"]
        )
    )
    assert (claim.hedge, claim.negated, claim.non_claim) == ("denied", True, False)


def test_a_statement_from_x_speaks_for_x() -> None:
    claim = only(
        claims_of(
            "A statement from the army said 20 soldiers died.",
            TABLES["a_statement_from_x_speaks_for_x"],
        )
    )
    assert [s.text for s in claim.speakers] == ["the army"]
    assert claim.content.text == "20 soldiers died"


def test_inflected_cue_the_lemmatizer_left_alone_is_still_a_cue() -> None:
    text, table = OBJECT
    claim = only(claims_of(text, table.replace(" lemma=condemn", "")))
    assert claim.cue is not None and (claim.cue.text, claim.cue.lemma) == ("condemned", "condemn")
    assert claim.hedge == "condemned"
