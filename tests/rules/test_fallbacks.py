"""Attribution that survives a bad parse: each shape read from a correct UD analysis and from
the one a weak tagger and parser give it (a cue tagged as a noun, a participle hung on the
wrong verb, an odd root)."""

from __future__ import annotations

import pytest

from .tables import claims_of, load_tables, only

TABLES = load_tables("fallbacks")


@pytest.mark.parametrize("analysis", ["result_participle_ud", "result_participle_weak"])
def test_a_result_participle_stays_in_the_reported_clause(analysis: str) -> None:
    """'…, killing 17 soldiers': what the reported event did, with its number."""
    claim = only(claims_of("The group said the fighters struck a base, killing 17 soldiers.",
                           TABLES[analysis]))
    assert claim.content.text == "the fighters struck a base, killing 17 soldiers"
    assert [s.text for s in claim.speakers] == ["The group"]


@pytest.mark.parametrize("analysis", ["inverted_participle_ud", "inverted_participle_weak"])
def test_content_before_a_closing_cue_keeps_its_participle(analysis: str) -> None:
    """'…, seizing a town, the group said': the reporter is named only after the content,
    so no participle before the cue can be the reporter's own doing."""
    claim = only(claims_of("Fighters struck a base, seizing a town, the group said.",
                           TABLES[analysis]))
    assert claim.content.text == "Fighters struck a base, seizing a town"
    assert [s.text for s in claim.speakers] == ["the group"]


@pytest.mark.parametrize(
    ("text", "analysis", "speaker", "cue", "content"),
    [
        ("The group claims to have killed 30 troops.", "claims_to_ud", "The group", "claims",
         "to have killed 30 troops"),
        ("The group claims to have killed 30 troops.", "claims_to_weak", "The group", "claims",
         "to have killed 30 troops"),
        ("Police says 12 died.", "says_number_ud", "Police", "says", "12 died"),
        ("Police says 12 died.", "says_number_weak", "Police", "says", "12 died"),
    ],
)
def test_a_cue_the_tagger_reads_as_a_noun_still_reports(text, analysis, speaker, cue,
                                                          content) -> None:
    """A plural noun between a subject and an infinitive or a number stands where a verb must."""
    claim = only(claims_of(text, TABLES[analysis]))
    assert claim.cue is not None and claim.cue.text == cue
    assert [s.text for s in claim.speakers] == [speaker]
    assert claim.content.text == content


@pytest.mark.parametrize("analysis", ["adjective_speaker_ud", "adjective_speaker_weak"])
def test_a_speaker_whose_noun_the_tagger_reads_as_an_adjective(analysis: str) -> None:
    """'A local official said …' with "official" tagged ADJ: a determiner's phrase needs a
    head, and its last adjective is it."""
    claim = only(claims_of("A local official said on Thursday that the toll has climbed to 148.",
                           TABLES[analysis]))
    assert [s.text for s in claim.speakers] == ["A local official"]
    assert claim.content.text == "the toll has climbed to 148"


@pytest.mark.parametrize("analysis", ["hearer_after_told_ud", "hearer_after_told_weak"])
def test_the_word_after_told_is_its_hearer_never_its_speaker(analysis: str) -> None:
    """'"…," Makuei Mabior, the director, told Radio Tamazuj': "told" never inverts."""
    claim = only(claims_of('"85 civilians died," Makuei Mabior, the director, told Radio Tamazuj.',
                           TABLES[analysis]))
    assert claim.speakers[0].text.startswith("Makuei Mabior")
    assert claim.content.text == '"85 civilians died,"'


@pytest.mark.parametrize("analysis", ["anonymous_teller_ud", "anonymous_teller_weak"])
def test_a_cue_inside_a_non_claim_s_words_still_reports(analysis: str) -> None:
    """'A resident who asked not to be named told AFP that …': the anonymity request is a
    non-claim; the telling after it is the resident's claim, not swallowed by it."""
    claims = claims_of("A resident who asked not to be named told AFP that about 100 died.",
                       TABLES[analysis])
    claim = only(claims)
    assert claim.cue is not None and claim.cue.text == "told"
    assert claim.content.text == "about 100 died"
    assert len(claim.speakers) == 1 and claim.speakers[0].text.startswith("A resident")


@pytest.mark.parametrize("analysis", ["with_saying_ud", "with_saying_weak"])
def test_with_someone_saying_is_a_claim_of_its_own(analysis: str) -> None:
    """'…, with some outlets saying nine people died': the outlets' claim, outside the
    object of "reported"."""
    claims = claims_of("Local media reported the strikes, with some outlets saying nine people "
                       "died.", TABLES[analysis])
    by_cue = {c.cue.text: c for c in claims if c.cue is not None}
    assert by_cue["saying"].content.text == "nine people died"
    assert [s.text for s in by_cue["saying"].speakers] == ["some outlets"]
    assert by_cue["reported"].content.text == "the strikes"


def test_an_object_s_content_stops_before_a_closing_attribution() -> None:
    """'… when they attacked a base, the group and officials said': "attacked" takes no
    object past the comma, and the closing cue reports the whole sentence."""
    claims = claims_of("Fighters killed 15 soldiers when they attacked a base, the group and "
                       "officials said.", TABLES["closing_cue_after_object_weak"])
    said = [c for c in claims if c.cue is not None and c.cue.text == "said"]
    assert len(said) == 1
    assert said[0].content.text == "Fighters killed 15 soldiers when they attacked a base"
    assert [s.text for s in said[0].speakers] == ["the group and officials"]


@pytest.mark.parametrize(
    ("text", "analysis", "speaker", "cue", "content", "hedge"),
    [
        ("A military officer put the number of dead at 15.", "put_toll_ud", "A military officer",
         "put", "the number of dead at 15", "estimated"),
        ("A military officer put the number of dead at 15.", "put_toll_weak",
         "A military officer", "put", "the number of dead at 15", "estimated"),
        ("The army raised the death toll to 40 on Friday.", "raised_toll_ud", "The army",
         "raised", "the death toll to 40", "none"),
        ("The ministry put its losses at 12 soldiers.", "put_losses_weak", "The ministry", "put",
         "its losses at 12 soldiers", "estimated"),
    ],
)
def test_a_verb_that_sets_a_count_at_a_figure(text, analysis, speaker, cue, content,
                                                hedge) -> None:
    """'put the death toll at 30', 'raised the toll to 40': the speaker's figure for the count."""
    claim = only(claims_of(text, TABLES[analysis]))
    assert claim.rule == "toll"
    assert claim.cue is not None and claim.cue.text == cue
    assert [s.text for s in claim.speakers] == [speaker]
    assert (claim.content.text, claim.hedge) == (content, hedge)


def test_put_with_no_count_is_no_toll() -> None:
    assert claims_of("He put pressure on the army at 5 pm.", TABLES["put_pressure"]) == []


@pytest.mark.parametrize("analysis", ["relative_aside_ud", "relative_aside_weak"])
def test_a_relative_aside_inside_the_content_does_not_end_it(analysis: str) -> None:
    """'that the fighting, which broke out on Friday, has left 94 wounded': the aside sits
    between the clause's subject and its predicate."""
    claim = only(claims_of("He told Xinhua that the fighting, which broke out on Friday, has "
                           "left 94 wounded.", TABLES[analysis]))
    assert claim.content.text == "the fighting, which broke out on Friday, has left 94 wounded"


@pytest.mark.parametrize("analysis", ["bound_ud", "bound_weak"])
def test_a_number_s_bound_stays_whole(analysis: str) -> None:
    """'said more than 40 civilians were killed': no clause opens with "than"."""
    claim = only(claims_of("Mabior said more than 40 civilians were killed.", TABLES[analysis]))
    assert claim.content.text == "more than 40 civilians were killed"


@pytest.mark.parametrize("analysis", ["participle_after_quote_ud", "participle_after_quote_weak"])
def test_a_participle_after_a_quote_speaks_for_the_one_quoted(analysis: str) -> None:
    """'"We seized the base," he told Reuters, adding that …': "he" adds it, not the "We"
    of a quotation a parse made the main clause."""
    claims = claims_of('"We seized the base," he told Reuters, adding that over 20 soldiers died.',
                       TABLES[analysis])
    adding = [c for c in claims if c.cue is not None and c.cue.text == "adding"]
    assert len(adding) == 1
    assert adding[0].content.text == "over 20 soldiers died"
    assert [s.text for s in adding[0].speakers] == ["he"]


@pytest.mark.parametrize("analysis", ["report_of_a_report_ud", "report_of_a_report_weak"])
def test_the_one_a_report_quotes_is_the_claimant_and_the_report_its_channel(analysis: str) -> None:
    """'Ismail Ali said 12 soldiers died, Reuters reported': Reuters passes on a whole
    attribution, speaker first; the figure is Ismail Ali's, Reuters its channel, whichever
    verb the parse makes the root."""
    claim = only(claims_of("Ismail Ali said 12 soldiers died, Reuters reported.",
                           TABLES[analysis]))
    assert claim.content.text == "12 soldiers died"
    assert [s.text for s in claim.speakers] == ["Ismail Ali"]
    assert claim.via is not None and "Reuters" in claim.via.text


@pytest.mark.parametrize("analysis", ["that_as_pronoun_ud", "that_as_pronoun_weak"])
def test_that_after_a_cue_and_its_adjunct_opens_the_content(analysis: str) -> None:
    """'said in a statement that six staff were killed', "that" tagged a relative pronoun."""
    claim = only(claims_of("The union said in a statement that six staff were killed.",
                           TABLES[analysis]))
    assert claim.content.text == "six staff were killed"
    assert [s.text for s in claim.speakers] == ["The union"]


@pytest.mark.parametrize("analysis", ["documented_ud", "documented_weak"])
def test_a_documented_count_under_an_adverb_root(analysis: str) -> None:
    """'Separately, the network has documented nearly 1,500 deaths': a monitor's count,
    whether the parse roots the sentence at its verb or at the opening adverb."""
    claim = only(claims_of("Separately, the network has documented nearly 1,500 deaths.",
                           TABLES[analysis]))
    assert claim.cue is not None and claim.cue.text == "documented"
    assert [s.text for s in claim.speakers] == ["the network"]
    assert claim.content.text == "nearly 1,500 deaths"


@pytest.mark.parametrize("analysis", ["gapped_relative_ud", "gapped_relative_weak"])
def test_a_cue_inside_a_relative_clause_reports_its_gapped_clause(analysis: str) -> None:
    """'an attack that the UN says left 300 people dead': the UN's figure."""
    claims = claims_of("It seized the camp in an attack that the UN says left 300 people dead.",
                       TABLES[analysis])
    says = [c for c in claims if c.cue is not None and c.cue.text == "says"]
    assert len(says) == 1
    assert says[0].content.text == "left 300 people dead"
    assert [s.text for s in says[0].speakers] == ["the UN"]
