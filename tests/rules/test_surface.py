"""The attribution shapes punctuation carries, read from the surface beside the parse."""

from __future__ import annotations

import pytest

from factcheck.attribution.grammar import is_cue_verb
from factcheck.attribution.surface import (
    absolute_subject,
    forward,
    leading_subject,
    main_clause,
    phrase_after,
    that_ahead,
    trailing,
)
from factcheck.attribution.tree import build_tree

from .tables import claims_of, load_tables, only, parsed
from .test_reported import CCOMP, PARATAXIS

TABLES = load_tables("surface")


def test_surface_shapes_agree_with_the_parse() -> None:
    _, sdoc = parsed(*PARATAXIS)
    tree = build_tree(0, sdoc.sentences[0])
    found = trailing(tree, 5)
    assert found is not None
    (lo, hi), speaker = found
    assert (tree.text[lo], tree.text[hi]) == ("The", "fell")
    assert speaker is not None and tree.text[speaker.head] == "he"
    _, sdoc = parsed(*CCOMP)
    tree = build_tree(0, sdoc.sentences[0])
    assert forward(tree, 1) == (2, 5)
    assert leading_subject(tree, 1) is not None


def test_an_inverted_speaker_may_carry_an_apposition_with_a_clause() -> None:
    """'…, said Sherman, a reporter whose work has driven rivals off.': the verb is his aside."""
    text = "That will be true, said Sherman, a reporter whose work has driven rivals off."
    _, sdoc = parsed(text, TABLES["an_inverted_speaker_may_carry_an_apposition_with_a_clause"])
    tree = build_tree(0, sdoc.sentences[0])
    found = trailing(tree, 5)
    assert found is not None
    (lo, hi), speaker = found
    assert (tree.text[lo], tree.text[hi]) == ("That", "true")
    assert speaker is not None and tree.text[speaker.head] == "Sherman"


ABSOLUTE = ("Voters back her, with 50 percent saying she is ready.", TABLES["absolute"])


def test_the_nominal_after_with_is_the_subject_of_a_participle_cue() -> None:
    """The surface reading agrees with UD, where "percent" is the subject of "saying"."""
    _, sdoc = parsed(*ABSOLUTE)
    tree = build_tree(0, sdoc.sentences[0])
    found = absolute_subject(tree, 7)
    assert found is not None and (found.lo, found.hi, found.head) == (5, 6, 6)
    assert [s.text for s in only(claims_of(*ABSOLUTE)).speakers] == ["50 percent"]


def test_the_nominal_after_with_is_the_subject_of_a_past_participle_cue_too() -> None:
    """'…, with many worried that it is dead': "many" worries, as UD has it."""
    text, table = (
        "The zone broke, with many worried that it is dead.",
        TABLES["the_nominal_after_with_is_the_subject_of_a_past_participle_cue_too"],
    )
    _, sdoc = parsed(text, table)
    found = absolute_subject(build_tree(0, sdoc.sentences[0]), 6)
    assert found is not None and (found.lo, found.hi) == (5, 5)
    claim = only(claims_of(text, table.replace("many ADJ 7 nsubj", "many ADJ 3 obl")))
    assert [s.text for s in claim.speakers] == ["many"]


def test_the_nominal_after_with_speaks_where_a_parse_hangs_it_on_the_main_verb() -> None:
    text, table = ABSOLUTE
    table = table.replace("with SCONJ 8 mark", "with ADP 7 case")
    claim = only(claims_of(text, table.replace("percent NOUN 8 nsubj", "percent NOUN 2 obl")))
    assert [s.text for s in claim.speakers] == ["50 percent"]


FRONTED = ("While admitting they had been friends, he claimed they never met.", TABLES["fronted"])


def test_the_main_clause_after_a_fronted_clause_agrees_with_the_parse() -> None:
    """The surface reading ends the fronted clause's content where UD's main clause begins."""
    _, sdoc = parsed(*FRONTED)
    tree = build_tree(0, sdoc.sentences[0])
    assert main_clause(tree, 1, 2, 11) == 5
    _, sdoc = parsed(
        "Citing polls, he said she won.",
        TABLES["the_main_clause_after_a_fronted_clause_agrees_with_the_parse"],
    )
    tree = build_tree(0, sdoc.sentences[0])
    assert main_clause(tree, 0, 1, 6) == 1
    claims = claims_of(*FRONTED)
    assert sorted((c.cue.text, c.content.text) for c in claims if c.cue) == [
        ("admitting", "they had been friends"),
        ("claimed", "they never met"),
    ]


def test_forward_content_ends_before_a_participle_after_a_closing_quote() -> None:
    """'He said the race is "rigged," adding …': the comma inside the quote still ends it."""
    text = "He said the race is \u201crigged,\u201d adding that he would win."
    _, sdoc = parsed(text, TABLES["forward_content_ends_before_a_participle_after_a_closing_quote"])
    tree = build_tree(0, sdoc.sentences[0])
    lo, hi = forward(tree, 1)
    assert text[tree.begin[lo] : tree.end[hi]] == "the race is \u201crigged"


INVERTED_AFTER_QUOTE = (
    "\u201cThey are wrong,\u201d said 9/11 widow Terry Strada.",
    TABLES["inverted_after_quote"],
)


def test_inverted_speaker_phrase_after_a_quote() -> None:
    _, sdoc = parsed(*INVERTED_AFTER_QUOTE)
    tree = build_tree(0, sdoc.sentences[0])
    ref = phrase_after(tree, 6)
    assert ref is not None and (ref.lo, ref.hi) == (7, 10)
    assert tree.text[ref.head] == "Strada"
    claim = only(claims_of(*INVERTED_AFTER_QUOTE))
    assert [s.text for s in claim.speakers] == ["9/11 widow Terry Strada"]


def test_surface_shapes_read_past_tagging_slips() -> None:
    """A participle inside a leading subject, a gerund opening a clause, a hearer before "that"."""
    _, sdoc = parsed(
        "A group affiliated with al Qaeda said ...",
        TABLES["surface_shapes_read_past_tagging_slips_1"],
    )
    ref = leading_subject(build_tree(0, sdoc.sentences[0]), 6)
    assert ref is not None and (ref.lo, ref.hi) == (0, 5)
    _, sdoc = parsed(
        "The White House says expanding a monument will protect species.",
        TABLES["surface_shapes_read_past_tagging_slips_2"],
    )
    assert forward(build_tree(0, sdoc.sentences[0]), 3) == (4, 9)
    _, sdoc = parsed(
        "Trump told Fox News that they hit Matt.",
        TABLES["surface_shapes_read_past_tagging_slips_3"],
    )
    assert forward(build_tree(0, sdoc.sentences[0]), 1) == (5, 7)


def test_a_leading_subject_reads_past_a_restrictive_relative() -> None:
    """'Lopez, a legislator who became governor, said …': the phrase before "who" speaks."""
    _, sdoc = parsed(
        "Lopez, a legislator who became governor, said it works.",
        TABLES["a_leading_subject_reads_past_a_restrictive_relative"],
    )
    ref = leading_subject(build_tree(0, sdoc.sentences[0]), 8)
    assert ref is not None and (ref.lo, ref.hi) == (0, 3)


def test_a_leading_subject_is_read_past_an_aside_holding_a_clause() -> None:
    """'Trump, later alleging that Obama lied, said …': the phrase before the aside speaks."""
    _, sdoc = parsed(
        "Trump, later alleging that Obama lied, said he would act.",
        TABLES["a_leading_subject_is_read_past_an_aside_holding_a_clause"],
    )
    ref = leading_subject(build_tree(0, sdoc.sentences[0]), 8)
    assert ref is not None and (ref.lo, ref.hi) == (0, 0)


def test_a_that_clause_is_read_past_an_adjunct_after_the_cue() -> None:
    """'insisted at a rally Wednesday that …': the clause after "that", however a parse hangs it."""
    _, sdoc = parsed(
        "Sanders insisted at a rally Wednesday that he is still running.",
        TABLES["a_that_clause_is_read_past_an_adjunct_after_the_cue"],
    )
    tree = build_tree(0, sdoc.sentences[0])
    assert that_ahead(tree, 1) and not that_ahead(tree, 10)
    assert forward(tree, 1) == (7, 10)


def test_the_that_of_an_object_noun_is_not_the_cues() -> None:
    """'likened the deal to Trump's proposal that …': "that" opens the noun's clause."""
    _, sdoc = parsed(
        "She likened the deal to his proposal that Mexico pay.",
        TABLES["the_that_of_an_object_noun_is_not_the_cues"],
    )
    assert not that_ahead(build_tree(0, sdoc.sentences[0]), 1)


def test_a_surface_clause_ends_before_the_reporters_own_verb() -> None:
    """'Leenders, who estimated that …, said he voted': the clause ends before ", said"."""
    _, sdoc = parsed(
        "Leenders, who estimated that a quarter were supporters, said he voted.",
        TABLES["a_surface_clause_ends_before_the_reporters_own_verb"],
    )
    assert forward(build_tree(0, sdoc.sentences[0]), 3) == (5, 8)


@pytest.mark.parametrize(
    ("text", "table", "word", "cue"),
    [
        ("Recent polls show that it reversed.", TABLES["verb_forms_tagged_as_nouns_1"], 2, True),
        (
            "\u201cIt stems from two issues,\u201d writes Nate Silver.",
            TABLES["verb_forms_tagged_as_nouns_2"],
            8,
            True,
        ),
        ("The shows that aired drew crowds.", TABLES["verb_forms_tagged_as_nouns_3"], 1, False),
    ],
)
def test_verb_forms_tagged_as_nouns(text, table, word, cue) -> None:
    """Only where a verb must stand: after a plural subject, or inverted after a quote."""
    _, sdoc = parsed(text, table)
    assert is_cue_verb(build_tree(0, sdoc.sentences[0]), word) is cue


def test_a_quantifier_heads_an_inverted_speaker() -> None:
    """'…," said one of two witnesses who …': "one" speaks; the relative clause is not the name."""
    _, sdoc = parsed(
        "\u201cIt was awful,\u201d said one of two witnesses who saw it.",
        TABLES["a_quantifier_heads_an_inverted_speaker"],
    )
    ref = phrase_after(build_tree(0, sdoc.sentences[0]), 6)
    assert ref is not None and (ref.head, ref.lo, ref.hi) == (7, 7, 10)
