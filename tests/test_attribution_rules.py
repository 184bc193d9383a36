"""The attribution rules on hand-written, correct Universal Dependencies analyses.

No model runs here: each case is a sentence with its UD v2 analysis written
out as a small table (form, UPOS, head, relation, and where it matters lemma,
features and NER), turned into a stanza Document through CoNLL-U with the
character offsets in MISC, exactly as a parse of the same text would have them.
"""

from __future__ import annotations

import copy

import pytest
from stanza.utils.conll import CoNLL

from factcheck.attribution import extract_claims
from factcheck.attribution.grammar import is_cue_verb
from factcheck.attribution.quotes import find_quotes
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
from factcheck.lexicon import cues, forms, names
from factcheck.records import AttributionType, Claim, Document, ResolvedFrom, SpeakerKind


def parsed(text: str, table: str):
    """A Document and its stanza parse from a table: one row per word, blank line between sentences.

    Row: ``form UPOS head deprel [lemma=…] [feats=…] [ner=…]``. Forms are laid
    over ``text`` in order to find their offsets.
    """
    blocks, pos = [], 0
    for block in table.strip().split("\n\n"):
        rows = []
        for number, row in enumerate(block.strip().splitlines(), 1):
            form, upos, head, deprel, *extra = row.split()
            options = dict(item.split("=", 1) for item in extra)
            start = text.index(form, pos)
            pos = start + len(form)
            misc = f"start_char={start}|end_char={pos}"
            if "ner" in options:
                misc += f"|ner={options['ner']}"
            rows.append("\t".join([str(number), form, options.get("lemma", form.lower()), upos,
                                   "_", options.get("feats", "_"), head, deprel, "_", misc]))
        assert_tree([int(row.split("\t")[6]) for row in rows])
        blocks.append("\n".join(rows))
    sdoc = CoNLL.conll2doc(input_str="\n\n".join(blocks) + "\n\n")
    sdoc.text = text
    return Document(text=text, source="table"), sdoc


def assert_tree(heads: list[int]) -> None:
    """Every word of a hand-written analysis reaches the root: a typo'd head makes a cycle."""
    for word in range(1, len(heads) + 1):
        seen = set()
        while word:
            assert word not in seen, f"head cycle through word {word}: {heads}"
            seen.add(word)
            word = heads[word - 1]


def claims_of(text: str, table: str, **options) -> list[Claim]:
    document, sdoc = parsed(text, table)
    before = copy.deepcopy(sdoc.to_dict())
    claims = extract_claims(document, sdoc, **options)
    assert sdoc.to_dict() == before, "extract_claims changed the stanza Document"
    for claim in claims:
        assert_offsets(text, claim)
    return claims


def assert_offsets(text: str, claim: Claim) -> None:
    spans = [claim.content, claim.via, claim.sentence, claim.cue, *claim.speakers]
    for span in spans:
        if span is not None:
            assert text[span.start:span.end] == span.text, span


def only(claims: list[Claim]) -> Claim:
    real = [c for c in claims if not c.non_claim]
    assert len(real) == 1, [(c.rule, c.content.text) for c in claims]
    return real[0]


# --- reported speech -------------------------------------------------------------------

CCOMP = ("Goita said the army seized Kidal.", """
Goita PROPN 2 nsubj ner=S-PER
said VERB 0 root lemma=say feats=Mood=Ind|Tense=Past|VerbForm=Fin
the DET 4 det
army NOUN 5 nsubj
seized VERB 2 ccomp lemma=seize feats=Mood=Ind|Tense=Past|VerbForm=Fin
Kidal PROPN 5 obj
. PUNCT 2 punct
""")

THAT_CLAUSE = ("The army said that it attacked the town.", """
The DET 2 det
army NOUN 3 nsubj
said VERB 0 root lemma=say
that SCONJ 6 mark
it PRON 6 nsubj
attacked VERB 3 ccomp lemma=attack
the DET 8 det
town NOUN 6 obj
. PUNCT 3 punct
""")

PARATAXIS = ("The town fell, he said.", """
The DET 2 det
town NOUN 3 nsubj
fell VERB 0 root lemma=fall
, PUNCT 6 punct
he PRON 6 nsubj
said VERB 3 parataxis lemma=say
. PUNCT 3 punct
""")

PARATAXIS_ON_A_CUE = ("He may add to his staff, he said.", """
He PRON 3 nsubj
may AUX 3 aux
add VERB 0 root lemma=add
to ADP 6 case
his PRON 6 nmod:poss
staff NOUN 3 obl
, PUNCT 9 punct
he PRON 9 nsubj
said VERB 3 parataxis lemma=say
. PUNCT 3 punct
""")

VOW_AFTER = ("They pledged to work together after a meeting.", """
They PRON 2 nsubj
pledged VERB 0 root lemma=pledge
to PART 4 mark
work VERB 2 xcomp lemma=work feats=VerbForm=Inf
together ADV 4 advmod
after ADP 8 case
a DET 8 det
meeting NOUN 2 obl
. PUNCT 2 punct
""")

XCOMP = ("The group claimed to have killed 50 soldiers.", """
The DET 2 det
group NOUN 3 nsubj
claimed VERB 0 root lemma=claim
to PART 6 mark
have AUX 6 aux
killed VERB 3 xcomp lemma=kill feats=VerbForm=Part
50 NUM 8 nummod
soldiers NOUN 6 obj lemma=soldier feats=Number=Plur
. PUNCT 3 punct
""")

URGE = ("It urged civilians to stay away.", """
It PRON 2 nsubj
urged VERB 0 root lemma=urge
civilians NOUN 2 obj lemma=civilian
to PART 5 mark
stay VERB 2 xcomp feats=VerbForm=Inf
away ADV 5 advmod
. PUNCT 2 punct
""")

VOW_AND = ("She vowed to keep it legal and left the court.", """
She PRON 2 nsubj
vowed VERB 0 root lemma=vow feats=Mood=Ind|Tense=Past|VerbForm=Fin
to PART 4 mark
keep VERB 2 xcomp feats=VerbForm=Inf
it PRON 4 obj
legal ADJ 4 xcomp
and CCONJ 8 cc
left VERB 2 conj lemma=leave feats=Mood=Ind|Tense=Past|VerbForm=Fin
the DET 10 det
court NOUN 8 obj
. PUNCT 2 punct
""")

ORDER = ("The judge ordered the release of the files.", """
The DET 2 det
judge NOUN 3 nsubj
ordered VERB 0 root lemma=order
the DET 5 det
release NOUN 3 obj
of ADP 8 case
the DET 8 det
files NOUN 5 nmod lemma=file
. PUNCT 3 punct
""")

OBJECT = ("The rebels condemned the air strikes.", """
The DET 2 det
rebels NOUN 3 nsubj lemma=rebel feats=Number=Plur
condemned VERB 0 root lemma=condemn
the DET 6 det
air NOUN 6 compound
strikes NOUN 3 obj lemma=strike
. PUNCT 3 punct
""")


@pytest.mark.parametrize(("case", "rule", "speaker", "cue", "content", "hedge"), [
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
])
def test_reported_speech(case, rule, speaker, cue, content, hedge) -> None:
    claim = only(claims_of(*case))
    assert claim.rule == rule
    assert [s.text for s in claim.speakers] == [speaker]
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.content.text == content
    assert claim.hedge == hedge
    assert claim.type is AttributionType.INDIRECT
    assert claim.sentence_index == 0


CALL_FOR = ("The NAACP called for a moratorium on charter schools.", """
The DET 2 det
NAACP PROPN 3 nsubj ner=S-ORG
called VERB 0 root lemma=call
for ADP 6 case
a DET 6 det
moratorium NOUN 3 obl
on ADP 9 case
charter NOUN 9 compound
schools NOUN 6 nmod lemma=school
. PUNCT 3 punct
""")

CALL_ON = ("The family called on people to protest peacefully.", """
The DET 2 det
family NOUN 3 nsubj
called VERB 0 root lemma=call
on ADP 5 case
people NOUN 3 obl lemma=person
to PART 7 mark
protest VERB 3 xcomp feats=VerbForm=Inf
peacefully ADV 7 advmod
. PUNCT 3 punct
""")

CALL_NAME = ("Clinton called her vote a mistake.", """
Clinton PROPN 2 nsubj ner=S-PER
called VERB 0 root lemma=call
her PRON 4 nmod:poss
vote NOUN 2 obj
a DET 6 det
mistake NOUN 2 xcomp
. PUNCT 2 punct
""")

DESCRIBE_AS = ("Ham described Clinton as a lifetime politician.", """
Ham PROPN 2 nsubj ner=S-PER
described VERB 0 root lemma=describe
Clinton PROPN 2 obj ner=S-PER
as ADP 7 case
a DET 7 det
lifetime NOUN 7 compound
politician NOUN 2 obl
. PUNCT 2 punct
""")

SEE_AS = ("Sanders sees the gains as evidence.", """
Sanders PROPN 2 nsubj ner=S-PER
sees VERB 0 root lemma=see
the DET 4 det
gains NOUN 2 obj lemma=gain
as ADP 6 case
evidence NOUN 2 obl
. PUNCT 2 punct
""")

CALL_TWO_OBJECTS = ("Critics call it a scandal.", """
Critics NOUN 2 nsubj lemma=critic
call VERB 0 root lemma=call
it PRON 2 iobj
a DET 5 det
scandal NOUN 2 obj
. PUNCT 2 punct
""")

CALLS_WHAT = ("He fights what he calls corruption.", """
He PRON 2 nsubj
fights VERB 0 root lemma=fight
what PRON 5 obj
he PRON 5 nsubj
calls VERB 2 ccomp lemma=call
corruption NOUN 5 obj
. PUNCT 2 punct
""")

PARTICIPLE_AFTER = ("Clinton wants to sign up voters, focusing on the young.", """
Clinton PROPN 2 nsubj ner=S-PER
wants VERB 0 root lemma=want
to PART 4 mark
sign VERB 2 xcomp feats=VerbForm=Inf
up ADP 4 compound:prt
voters NOUN 4 obj lemma=voter
, PUNCT 8 punct
focusing VERB 2 advcl lemma=focus feats=Tense=Pres|VerbForm=Part
on ADP 11 case
the DET 11 det
young ADJ 8 obl
. PUNCT 2 punct
""")

DISTANCE_FROM = ("Ryan distanced himself from the remarks.", """
Ryan PROPN 2 nsubj ner=S-PER
distanced VERB 0 root lemma=distanced
himself PRON 2 obj
from ADP 6 case
the DET 6 det
remarks NOUN 2 obl lemma=remark
. PUNCT 2 punct
""")

LAMBASTED = ("Cruz lambasted the deal.", """
Cruz PROPN 2 nsubj ner=S-PER
lambasted VERB 0 root lemma=lambasted
the DET 4 det
deal NOUN 2 obj
. PUNCT 2 punct
""")


DERIDED_BY = ("His comments were derided by Laschet.", """
His PRON 2 nmod:poss
comments NOUN 4 nsubj:pass lemma=comment
were AUX 4 aux:pass lemma=be
derided VERB 0 root lemma=deride feats=Tense=Past|VerbForm=Part|Voice=Pass
by ADP 6 case
Laschet PROPN 4 obl:agent ner=S-PER
. PUNCT 4 punct
""")


def test_a_relative_passive_gives_its_noun_no_claim() -> None:
    """'The army, which is backed by Russia': "which" stands for a noun outside the clause."""
    claims = claims_of("The army, which is backed by Russia, left.", """
The DET 2 det
army NOUN 10 nsubj
, PUNCT 6 punct
which PRON 6 nsubj:pass feats=PronType=Rel
is AUX 6 aux:pass lemma=be
backed VERB 2 acl:relcl lemma=back feats=Tense=Past|VerbForm=Part|Voice=Pass
by ADP 8 case
Russia PROPN 6 obl:agent ner=S-LOC
, PUNCT 6 punct
left VERB 0 root lemma=leave
. PUNCT 10 punct
""")
    assert claims == []


@pytest.mark.parametrize(("case", "rule", "cue", "content", "hedge"), [
    (CALL_FOR, "phrasal", "called for", "a moratorium on charter schools", "urged"),
    (DERIDED_BY, "object:passive", "derided", "His comments", "criticized"),
    (DISTANCE_FROM, "phrasal", "distanced himself from", "the remarks", "opposed"),
    (LAMBASTED, "object", "lambasted", "the deal", "criticized"),
    (CALL_ON, "phrasal", "called on", "people to protest peacefully", "urged"),
    (CALL_NAME, "naming", "called", "her vote a mistake", "characterized"),
    (DESCRIBE_AS, "naming", "described", "Clinton as a lifetime politician", "characterized"),
    (SEE_AS, "naming", "sees", "the gains as evidence", "characterized"),
    (CALL_TWO_OBJECTS, "naming", "call", "it a scandal", "characterized"),
    (CALLS_WHAT, "naming", "calls", "corruption", "characterized"),
    (PARTICIPLE_AFTER, "xcomp", "wants", "to sign up voters", "intended"),
])
def test_cue_shapes_beyond_a_clause(case, rule, cue, content, hedge) -> None:
    """A verb with a preposition, a verb that names, a clause that ends before ", focusing …"."""
    claim = only(claims_of(*case))
    assert (claim.rule, claim.cue.text if claim.cue else None) == (rule, cue)
    assert (claim.content.text, claim.hedge) == (content, hedge)
    assert len(claim.speakers) == 1


@pytest.mark.parametrize(("text", "table", "content"), [
    ("It was widely reported that Trump paid $100 million.", """
It PRON 4 expl
was AUX 4 aux:pass lemma=be
widely ADV 4 advmod
reported VERB 0 root lemma=report feats=Tense=Past|VerbForm=Part|Voice=Pass
that SCONJ 7 mark
Trump PROPN 7 nsubj ner=S-PER
paid VERB 4 ccomp lemma=pay
$ SYM 7 obj
100 NUM 10 compound
million NUM 8 nummod
. PUNCT 4 punct
""", "Trump paid $100 million"),
    ("When asked whether he would run, Ryan smiled.", """
When ADV 2 advmod
asked VERB 9 advcl lemma=ask feats=Tense=Past|VerbForm=Part
whether SCONJ 6 mark
he PRON 6 nsubj
would AUX 6 aux
run VERB 2 ccomp
, PUNCT 2 punct
Ryan PROPN 9 nsubj ner=S-PER
smiled VERB 0 root lemma=smile
. PUNCT 9 punct
""", "whether he would run"),
])
def test_a_report_with_no_one_behind_it_is_kept_unattributed(text, table, content) -> None:
    claim = only(claims_of(text, table))
    assert claim.rule == "ccomp:agentless"
    assert claim.speakers == ()
    assert claim.content.text == content


def test_a_phrasal_cue_in_the_passive_with_no_agent_is_no_claim() -> None:
    """'Sanders was asked about the protests': a topic someone unnamed raised, not a claim;
    Sanders is not the asker."""
    claims = claims_of("Sanders was asked about the protests.", """
Sanders PROPN 3 nsubj:pass ner=S-PER
was AUX 3 aux:pass lemma=be
asked VERB 0 root lemma=ask feats=Tense=Past|VerbForm=Part|Voice=Pass
about ADP 6 case
the DET 6 det
protests NOUN 3 obl lemma=protest
. PUNCT 3 punct
""")
    assert claims == []


def test_the_one_asked_is_not_the_asker() -> None:
    """'He smiled when asked about the race': someone unnamed asked him; no claim, and
    above all none of his."""
    claims = claims_of("He smiled when asked about the race.", """
He PRON 2 nsubj
smiled VERB 0 root lemma=smile
when ADV 4 advmod
asked VERB 2 advcl lemma=ask feats=Tense=Past|VerbForm=Part
about ADP 7 case
the DET 7 det
race NOUN 4 obl
. PUNCT 2 punct
""")
    assert claims == []


def test_a_raised_passive_subject_opens_the_unattributed_claim() -> None:
    """'Trump is expected to win Ohio': what is expected is that Trump wins."""
    claim = only(claims_of("Trump is expected to win Ohio.", """
Trump PROPN 3 nsubj:pass ner=S-PER
is AUX 3 aux:pass lemma=be
expected VERB 0 root lemma=expect feats=Tense=Past|VerbForm=Part|Voice=Pass
to PART 5 mark
win VERB 3 xcomp feats=VerbForm=Inf
Ohio PROPN 5 obj ner=S-LOC
. PUNCT 3 punct
"""))
    assert (claim.rule, claim.content.text) == ("xcomp:agentless", "Trump is expected to win Ohio")
    assert claim.speakers == ()


@pytest.mark.parametrize(("text", "table", "content", "speakers"), [
    ("Twitter appears to be used by ISIS.", """
Twitter PROPN 2 nsubj ner=S-ORG
appears VERB 0 root lemma=appear feats=Mood=Ind|Tense=Pres|VerbForm=Fin
to PART 5 mark
be AUX 5 aux:pass lemma=be
used VERB 2 xcomp lemma=use feats=Tense=Past|VerbForm=Part|Voice=Pass
by ADP 7 case
ISIS PROPN 5 obl:agent ner=S-ORG
. PUNCT 2 punct
""", "Twitter appears to be used by ISIS", []),
    ("It seems unfair that they lost.", """
It PRON 2 expl
seems VERB 0 root lemma=seem feats=Mood=Ind|Tense=Pres|VerbForm=Fin
unfair ADJ 2 xcomp
that SCONJ 6 mark
they PRON 6 nsubj
lost VERB 3 ccomp lemma=lose feats=Mood=Ind|Tense=Past|VerbForm=Fin
. PUNCT 2 punct
""", "unfair that they lost", []),
    ("The deal seemed to voters to help Iran.", """
The DET 2 det
deal NOUN 3 nsubj
seemed VERB 0 root lemma=seem feats=Mood=Ind|Tense=Past|VerbForm=Fin
to ADP 5 case
voters NOUN 3 obl lemma=voter
to PART 7 mark
help VERB 3 xcomp feats=VerbForm=Inf
Iran PROPN 7 obj ner=S-LOC
. PUNCT 3 punct
""", "The deal seemed to voters to help Iran", ["voters"]),
])
def test_the_writer_s_hedge_is_a_claim_with_no_speaker(text, table, content, speakers) -> None:
    """'X appears to Y': hedged as apparent; whom it seems so to, if named, is its source."""
    claim = only(claims_of(text, table))
    assert (claim.rule, claim.hedge, claim.content.text) == ("evidential", "apparent", content)
    assert [s.text for s in claim.speakers] == speakers


@pytest.mark.parametrize(("text", "table", "content", "hedge"), [
    ("The hackers have reportedly infiltrated the party.", """
The DET 2 det
hackers NOUN 5 nsubj lemma=hacker
have AUX 5 aux lemma=have
reportedly ADV 5 advmod
infiltrated VERB 0 root lemma=infiltrate
the DET 7 det
party NOUN 5 obj
. PUNCT 5 punct
""", "The hackers have reportedly infiltrated the party", "reported"),
    ("He won and allegedly bribed a judge.", """
He PRON 2 nsubj
won VERB 0 root lemma=win
and CCONJ 5 cc
allegedly ADV 5 advmod
bribed VERB 2 conj lemma=bribe
a DET 7 det
judge NOUN 5 obj
. PUNCT 2 punct
""", "allegedly bribed a judge", "alleged"),
])
def test_reportedly_hedges_its_clause_with_no_speaker(text, table, content, hedge) -> None:
    claim = only(claims_of(text, table))
    assert (claim.rule, claim.hedge, claim.content.text) == ("evidential:adverb", hedge, content)
    assert claim.speakers == ()


def test_reportedly_on_a_cue_adds_nothing_to_its_report() -> None:
    """'Rubio reportedly said taxes rise': the report is Rubio's; no second, unsourced claim."""
    claim = only(claims_of("Rubio reportedly said taxes rise.", """
Rubio PROPN 3 nsubj ner=S-PER
reportedly ADV 3 advmod
said VERB 0 root lemma=say feats=Mood=Ind|Tense=Past|VerbForm=Fin
taxes NOUN 5 nsubj lemma=tax
rise VERB 3 ccomp
. PUNCT 3 punct
"""))
    assert [s.text for s in claim.speakers] == ["Rubio"]


def test_a_cue_under_seem_reports_for_the_subject() -> None:
    """'Rubio seemed to suggest that taxes rise': Rubio suggests it; "seemed" adds no claim."""
    claim = only(claims_of("Rubio seemed to suggest that taxes rise.", """
Rubio PROPN 2 nsubj ner=S-PER
seemed VERB 0 root lemma=seem feats=Mood=Ind|Tense=Past|VerbForm=Fin
to PART 4 mark
suggest VERB 2 xcomp feats=VerbForm=Inf
that SCONJ 7 mark
taxes NOUN 7 nsubj lemma=tax
rise VERB 4 ccomp
. PUNCT 2 punct
"""))
    assert (claim.rule, claim.cue.text if claim.cue else None) == ("ccomp", "suggest")
    assert [s.text for s in claim.speakers] == ["Rubio"]


def test_appearing_somewhere_is_no_hedge() -> None:
    assert not claims_of("She appeared on Fox News.", """
She PRON 2 nsubj
appeared VERB 0 root lemma=appear feats=Mood=Ind|Tense=Past|VerbForm=Fin
on ADP 5 case
Fox PROPN 5 compound
News PROPN 2 obl
. PUNCT 2 punct
""")


def test_a_verb_coordinated_with_a_passive_shares_its_subject() -> None:
    """'Trump was forced to retreat and said …': Trump, the passive's subject, said it."""
    claim = only(claims_of("Trump was forced to retreat and said he was joking.", """
Trump PROPN 3 nsubj:pass ner=S-PER
was AUX 3 aux:pass lemma=be
forced VERB 0 root lemma=force feats=Tense=Past|VerbForm=Part|Voice=Pass
to PART 5 mark
retreat VERB 3 xcomp feats=VerbForm=Inf
and CCONJ 7 cc
said VERB 3 conj lemma=say feats=Mood=Ind|Tense=Past|VerbForm=Fin
he PRON 10 nsubj
was AUX 10 aux lemma=be
joking VERB 7 ccomp lemma=joke feats=Tense=Pres|VerbForm=Part
. PUNCT 3 punct
"""))
    assert (claim.rule, claim.content.text) == ("ccomp", "he was joking")
    assert [s.text for s in claim.speakers] == ["Trump"]


def test_a_participle_after_a_passive_is_its_subject_s() -> None:
    """'She was interviewed by Fox, saying she was ready': she says it, not Fox."""
    claim = only(claims_of("She was interviewed by Fox, saying she was ready.", """
She PRON 3 nsubj:pass
was AUX 3 aux:pass lemma=be
interviewed VERB 0 root lemma=interview feats=Tense=Past|VerbForm=Part|Voice=Pass
by ADP 5 case
Fox PROPN 3 obl:agent ner=S-ORG
, PUNCT 7 punct
saying VERB 3 advcl lemma=say feats=Tense=Pres|VerbForm=Part
she PRON 10 nsubj
was AUX 10 cop lemma=be
ready ADJ 7 ccomp
. PUNCT 3 punct
"""))
    assert (claim.rule, claim.content.text) == ("ccomp", "she was ready")
    assert [s.text for s in claim.speakers] == ["She"]


def test_a_medium_saying_something_speaks_for_whoever_issued_it() -> None:
    """'The campaign sent out a release saying Murphy owes an answer': the campaign says it."""
    claim = only(claims_of("The campaign sent out a release saying Murphy owes an answer.", """
The DET 2 det
campaign NOUN 3 nsubj
sent VERB 0 root lemma=send feats=Mood=Ind|Tense=Past|VerbForm=Fin
out ADP 3 compound:prt
a DET 6 det
release NOUN 3 obj
saying VERB 6 acl lemma=say feats=Tense=Pres|VerbForm=Part
Murphy PROPN 9 nsubj ner=S-PER
owes VERB 7 ccomp lemma=owe feats=Mood=Ind|Tense=Pres|VerbForm=Fin
an DET 11 det
answer NOUN 9 obj
. PUNCT 3 punct
"""))
    assert (claim.rule, claim.content.text) == ("ccomp", "Murphy owes an answer")
    assert [s.text for s in claim.speakers] == ["The campaign"]


def test_a_passive_with_an_agent_is_the_agent_s() -> None:
    claim = only(claims_of("It was reported by Reuters that Trump paid.", """
It PRON 3 expl
was AUX 3 aux:pass lemma=be
reported VERB 0 root lemma=report feats=Tense=Past|VerbForm=Part|Voice=Pass
by ADP 5 case
Reuters PROPN 3 obl:agent ner=S-ORG
that SCONJ 8 mark
Trump PROPN 8 nsubj ner=S-PER
paid VERB 3 ccomp lemma=pay
. PUNCT 3 punct
"""))
    assert (claim.rule, [s.text for s in claim.speakers]) == ("ccomp", ["Reuters"])


def test_a_contrast_after_the_content_is_the_writer_s() -> None:
    claim = only(claims_of("Officials said the town fell, but fighting went on.", """
Officials NOUN 2 nsubj lemma=official
said VERB 0 root lemma=say
the DET 4 det
town NOUN 5 nsubj
fell VERB 2 ccomp lemma=fall
, PUNCT 9 punct
but CCONJ 9 cc
fighting NOUN 9 nsubj
went VERB 5 conj lemma=go
on ADV 9 advmod
. PUNCT 2 punct
"""))
    assert claim.content.text == "the town fell"


def test_an_aspectual_infinitive_is_no_content() -> None:
    claims = claims_of("The rebels continued to fight.", """
The DET 2 det
rebels NOUN 3 nsubj lemma=rebel
continued VERB 0 root lemma=continue
to PART 5 mark
fight VERB 3 xcomp
. PUNCT 3 punct
""")
    assert claims == []


@pytest.mark.parametrize(("table", "rule"), [
    # correct: the attribution is a parataxis of the first clause
    ("""
Lenox PROPN 4 nsubj ner=S-ORG
was AUX 4 cop lemma=be
a DET 4 det
juggernaut NOUN 0 root
, PUNCT 8 punct
Mr. PROPN 7 compound
Clarke PROPN 8 nsubj ner=S-PER
said VERB 4 parataxis lemma=say
, PUNCT 12 punct
until SCONJ 12 mark
it PRON 12 nsubj
went VERB 4 advcl lemma=go
bankrupt ADJ 12 xcomp
. PUNCT 4 punct
""", "parataxis:inverted"),
    # the first clause as the cue's ccomp, the rest hung on the cue
    ("""
Lenox PROPN 4 nsubj ner=S-ORG
was AUX 4 cop lemma=be
a DET 4 det
juggernaut NOUN 8 ccomp
, PUNCT 4 punct
Mr. PROPN 7 compound
Clarke PROPN 8 nsubj ner=S-PER
said VERB 0 root lemma=say
, PUNCT 12 punct
until SCONJ 12 mark
it PRON 12 nsubj
went VERB 8 advcl lemma=go
bankrupt ADJ 12 xcomp
. PUNCT 8 punct
""", "ccomp"),
])
def test_attribution_in_mid_sentence_splits_its_content(table: str, rule: str) -> None:
    claims = claims_of("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt.", table)
    assert [(c.rule, c.content.text) for c in claims] == [
        (rule, "Lenox was a juggernaut"), (f"{rule}:resumed", "until it went bankrupt")]
    assert {c.cue.text for c in claims if c.cue} == {"said"}
    assert {s.text for c in claims for s in c.speakers} == {"Mr. Clarke"}



def test_a_coordinator_after_a_mid_sentence_attribution_opens_the_writers_words() -> None:
    """'…, Hennessey said, and with the aides chastened, it is safe …': not the speaker's."""
    claims = claims_of("Sanctions work, Hennessey said, and it is safe to assume so.", """
Sanctions NOUN 2 nsubj lemma=sanction
work VERB 0 root
, PUNCT 5 punct
Hennessey PROPN 5 nsubj ner=S-PER
said VERB 2 parataxis lemma=say
, PUNCT 10 punct
and CCONJ 10 cc
it PRON 10 expl
is AUX 10 cop lemma=be
safe ADJ 2 conj
to PART 12 mark
assume VERB 10 csubj
so ADV 12 advmod
. PUNCT 2 punct
""")
    assert [(c.rule, c.content.text) for c in claims] == [("parataxis:inverted", "Sanctions work")]

@pytest.mark.parametrize("table", [
    # correct: the attribution is a parataxis of the predicate
    """
The DET 2 det
museum NOUN 9 nsubj
, PUNCT 6 punct
Mr. PROPN 5 compound
Obama PROPN 6 nsubj ner=S-PER
said VERB 9 parataxis lemma=say
, PUNCT 6 punct
would AUX 9 aux
make VERB 0 root
visitors NOUN 9 obj lemma=visitor
think VERB 9 xcomp
. PUNCT 9 punct
""",
    # a weaker parse: the predicate as the cue's ccomp, the subject hung on the cue
    """
The DET 2 det
museum NOUN 6 nsubj
, PUNCT 2 punct
Mr. PROPN 5 compound
Obama PROPN 6 nsubj ner=S-PER
said VERB 0 root lemma=say
, PUNCT 9 punct
would AUX 9 aux
make VERB 6 ccomp
visitors NOUN 9 obj lemma=visitor
think VERB 9 xcomp
. PUNCT 6 punct
"""])
def test_subject_parted_from_its_predicate_is_one_claim(table) -> None:
    claim = only(claims_of("The museum, Mr. Obama said, would make visitors think.", table))
    assert claim.content.text == "The museum, Mr. Obama said, would make visitors think"
    assert [s.text for s in claim.speakers] == ["Mr. Obama"]


def test_a_subject_and_predicate_the_parse_leaves_unlinked_are_read_from_the_surface() -> None:
    claim = only(claims_of("The outreach, they said, raised new worries.", """
The DET 2 det
outreach NOUN 5 nsubj
, PUNCT 2 punct
they PRON 5 nsubj
said VERB 0 root lemma=say
, PUNCT 7 punct
raised VERB 5 xcomp lemma=raise feats=Mood=Ind|Tense=Past|VerbForm=Fin
new ADJ 9 amod
worries NOUN 7 obj lemma=worry
. PUNCT 5 punct
"""))
    assert (claim.rule, claim.content.text) == (
        "inverted", "The outreach, they said, raised new worries")
    assert [s.text for s in claim.speakers] == ["they"]


def test_a_relative_passive_mid_sentence_is_no_attribution() -> None:
    """'Mali's army, which is backed by mercenaries, recaptured a town': the writer's voice."""
    claims = claims_of("The army, which is backed by mercenaries, recaptured a town.", """
The DET 2 det
army NOUN 10 nsubj
, PUNCT 6 punct
which PRON 6 nsubj:pass
is AUX 6 aux:pass lemma=be
backed VERB 2 acl:relcl lemma=back feats=Tense=Past|VerbForm=Part|Voice=Pass
by ADP 8 case
mercenaries NOUN 6 obl:agent lemma=mercenary
, PUNCT 6 punct
recaptured VERB 0 root lemma=recapture
a DET 12 det
town NOUN 10 obj
. PUNCT 10 punct
""")
    assert claims == []


def test_a_reduced_participle_after_a_mid_sentence_attribution_is_no_content() -> None:
    """'Goita said in a statement on X, formerly known as Twitter': no second claim."""
    claims = claims_of("Forces seized Kidal, Goita said on X, formerly known as Twitter.", """
Forces NOUN 2 nsubj lemma=force
seized VERB 6 ccomp lemma=seize feats=Mood=Ind|Tense=Past|VerbForm=Fin
Kidal PROPN 2 obj ner=S-LOC
, PUNCT 2 punct
Goita PROPN 6 nsubj ner=S-PER
said VERB 0 root lemma=say feats=Mood=Ind|Tense=Past|VerbForm=Fin
on ADP 8 case
X PROPN 6 obl
, PUNCT 11 punct
formerly ADV 11 advmod
known VERB 8 acl lemma=know feats=Tense=Past|VerbForm=Part|Voice=Pass
as ADP 13 case
Twitter PROPN 11 obl
. PUNCT 6 punct
""")
    assert [(c.rule, c.content.text) for c in claims] == [("ccomp", "Forces seized Kidal")]


@pytest.mark.parametrize(("text", "table", "speaker"), [
    ("In July, Sammy Aaron, vice chairman of G-III, told Forbes that sales grew.", """
In ADP 2 case
July PROPN 12 obl
, PUNCT 2 punct
Sammy PROPN 5 compound ner=B-PER
Aaron PROPN 8 nmod ner=E-PER
, PUNCT 5 punct
vice NOUN 8 compound
chairman NOUN 12 obl
of ADP 10 case
G-III PROPN 8 nmod ner=S-ORG
, PUNCT 8 punct
told VERB 0 root lemma=tell
Forbes PROPN 12 iobj ner=S-ORG
that SCONJ 16 mark
sales NOUN 16 nsubj lemma=sale
grew VERB 12 ccomp lemma=grow
. PUNCT 12 punct
""", "Sammy Aaron, vice chairman of G-III"),
    ("At a rally, Sen. Marco Rubio (R-Fla.) said Trump is unelectable.", """
At ADP 3 case
a DET 3 det
rally NOUN 11 obl
, PUNCT 3 punct
Sen. PROPN 7 compound
Marco PROPN 7 compound ner=B-PER
Rubio PROPN 3 nmod ner=E-PER
( PUNCT 9 punct
R-Fla. PROPN 7 appos
) PUNCT 9 punct
said VERB 0 root lemma=say
Trump PROPN 14 nsubj ner=S-PER
is AUX 14 cop lemma=be
unelectable ADJ 11 ccomp
. PUNCT 11 punct
""", "Sen. Marco Rubio (R-Fla.)"),
])
def test_a_cue_the_parse_leaves_subjectless_takes_the_phrase_before_it(
        text: str, table: str, speaker: str) -> None:
    """The words before the cue, past an opening "In July," or "At a rally,", speak."""
    claim = only(claims_of(text, table))
    assert [s.text for s in claim.speakers] == [speaker]


def test_that_opens_a_clause_whatever_its_words_are_tagged() -> None:
    """'shows' and 'remains' taken for nouns: the words after "that" are still the content."""
    _, sdoc = parsed("A poll shows that Trump remains close.", """
A DET 2 det
poll NOUN 3 compound
shows NOUN 0 root lemma=show
that SCONJ 6 mark
Trump PROPN 6 compound
remains NOUN 3 nmod lemma=remains
close ADJ 6 amod
. PUNCT 3 punct
""")
    tree = build_tree(0, sdoc.sentences[0])
    assert forward(tree, 2) == (4, 6)


def test_any_verb_with_a_that_clause_attributes() -> None:
    claim = only(claims_of("The minister guessed that the army had won.", """
The DET 2 det
minister NOUN 3 nsubj
guessed VERB 0 root lemma=guess
that SCONJ 8 mark
the DET 6 det
army NOUN 8 nsubj
had AUX 8 aux
won VERB 3 ccomp lemma=win
. PUNCT 3 punct
"""))
    assert (claim.rule, claim.hedge, claim.content.text) == (
        "ccomp:that", "none", "the army had won")


def test_claim_id_is_stable_and_keyed_by_offsets() -> None:
    document, _ = parsed(*CCOMP)
    claim = only(claims_of(*CCOMP))
    assert claim.claim_id == Claim.make_id(document.sha256, claim.content, claim.cue)
    assert claim.doc_id == document.doc_id
    assert claim.sentence is not None and claim.sentence.text == CCOMP[0]


def test_conjoined_subjects_give_one_claim_with_two_speakers() -> None:
    claim = only(claims_of("Mali's army and Wagner both said they had suffered losses.", """
Mali PROPN 3 nmod:poss ner=S-LOC
's PART 1 case
army NOUN 7 nsubj
and CCONJ 5 cc
Wagner PROPN 3 conj ner=S-ORG
both ADV 7 advmod
said VERB 0 root lemma=say
they PRON 10 nsubj feats=Number=Plur
had AUX 10 aux
suffered VERB 7 ccomp lemma=suffer
losses NOUN 10 obj lemma=loss
. PUNCT 7 punct
"""))
    assert [(s.text, s.canonical) for s in claim.speakers] == [
        ("Mali's army", "Mali's army"), ("Wagner", "Wagner")]
    assert claim.content.text == "they had suffered losses"


def test_who_stands_for_the_noun_before_it_when_the_parse_hangs_its_clause_elsewhere() -> None:
    """A fallback for parses, like today's, that make the relative clause a conjunct."""
    claim = only(claims_of("Clinton courted voters, who backed her candidacy.", """
Clinton PROPN 2 nsubj ner=S-PER
courted VERB 0 root lemma=court
voters NOUN 2 obj lemma=voter feats=Number=Plur
, PUNCT 6 punct
who PRON 6 nsubj feats=PronType=Rel
backed VERB 2 conj lemma=back
her PRON 8 nmod:poss
candidacy NOUN 6 obj
. PUNCT 2 punct
"""))
    speaker = claim.speakers[0]
    assert (speaker.text, speaker.canonical) == ("who", "voters")
    assert claim.content.text == "her candidacy"


def test_a_who_shared_from_another_verb_leaves_the_speaker_to_the_opening_phrase() -> None:
    """'Pence, who is running again, praised Cruz', parsed with "praised" a conjunct of
    "running": the "who" is that clause's, and the phrase opening the sentence speaks."""
    claim = only(claims_of("Pence, who is running again, praised Cruz.", """
Pence PROPN 5 dep ner=S-PER
, PUNCT 5 punct
who PRON 5 nsubj feats=PronType=Rel
is AUX 5 aux lemma=be
running VERB 0 root lemma=run feats=VerbForm=Ger
again ADV 5 advmod
, PUNCT 8 punct
praised VERB 5 conj lemma=praise
Cruz PROPN 8 obj ner=S-PER
. PUNCT 5 punct
"""))
    assert [s.text for s in claim.speakers] == ["Pence"]
    assert claim.content.text == "Cruz"


def test_a_participle_takes_no_subject_after_it() -> None:
    """'Fiorina hit back, saying conservatives erred', parsed with "conservatives" the subject
    of "saying": an English participle has none after it; Fiorina, whose clause it joins,
    says it."""
    claim = only(claims_of("Fiorina hit back, saying conservatives erred.", """
Fiorina PROPN 2 nsubj ner=S-PER
hit VERB 0 root lemma=hit
back ADV 2 advmod
, PUNCT 5 punct
saying VERB 2 advcl lemma=say feats=VerbForm=Ger
conservatives NOUN 5 nsubj lemma=conservative
erred VERB 5 ccomp lemma=err
. PUNCT 2 punct
"""))
    assert [s.text for s in claim.speakers] == ["Fiorina"]


def test_a_participle_inside_a_reported_clause_echoes_the_reporter() -> None:
    """'Coleman said Kasich should quit, echoing a memo': UD may hang "echoing" on "quit",
    yet a participle set off by a comma at the end of a report is the reporter's."""
    claims = claims_of("Coleman said Kasich should quit, echoing a memo.", """
Coleman PROPN 2 nsubj ner=S-PER
said VERB 0 root lemma=say
Kasich PROPN 5 nsubj ner=S-PER
should AUX 5 aux
quit VERB 2 ccomp lemma=quit
, PUNCT 7 punct
echoing VERB 5 advcl lemma=echo feats=VerbForm=Ger
a DET 9 det
memo NOUN 7 obj
. PUNCT 2 punct
""")
    echo = next(c for c in claims if c.cue.text == "echoing")
    assert echo.content.text == "a memo"
    assert [s.text for s in echo.speakers] == ["Coleman"]


def test_a_participle_inside_a_nouns_clause_is_the_main_subjects() -> None:
    """'Christie denied the claim that Rubio erred, calling him weak': hung inside the
    noun's clause, the participle after the comma is still Christie's."""
    claims = claims_of("Christie denied the claim that Rubio erred, calling him weak.", """
Christie PROPN 2 nsubj ner=S-PER
denied VERB 0 root lemma=deny
the DET 4 det
claim NOUN 2 obj
that SCONJ 7 mark
Rubio PROPN 7 nsubj ner=S-PER
erred VERB 4 acl lemma=err
, PUNCT 9 punct
calling VERB 7 advcl lemma=call feats=VerbForm=Ger
him PRON 9 obj
weak ADJ 9 xcomp
. PUNCT 2 punct
""")
    calling = next(c for c in claims if c.cue.text == "calling")
    assert [s.text for s in calling.speakers] == ["Christie"]


@pytest.mark.parametrize(("text", "table", "content", "speakers"), [
    # a phrase in brackets describes the name before it, never speaks for it
    pytest.param("Sen. Warren (D-Mass.) said Trump failed.", """
Sen. PROPN 2 compound
Warren PROPN 6 nsubj ner=S-PER
( PUNCT 4 punct
D-Mass. PROPN 6 nsubj
) PUNCT 4 punct
said VERB 0 root lemma=say
Trump PROPN 8 nsubj ner=S-PER
failed VERB 6 ccomp lemma=fail
. PUNCT 6 punct
""", "Trump failed", ["Sen. Warren"], id="bracketed-tag"),
    # a time word names no one: the verb's real subject, through the conjunct, speaks
    pytest.param("He left and later said he lied.", """
He PRON 2 nsubj
left VERB 0 root lemma=leave
and CCONJ 5 cc
later ADJ 5 nsubj lemma=late
said VERB 2 conj lemma=say
he PRON 7 nsubj
lied VERB 5 ccomp lemma=lie
. PUNCT 2 punct
""", "he lied", ["He"], id="time-word-later"),
    pytest.param("He left and earlier said he lied.", """
He PRON 2 nsubj
left VERB 0 root lemma=leave
and CCONJ 5 cc
earlier ADJ 5 nsubj lemma=early
said VERB 2 conj lemma=say
he PRON 7 nsubj
lied VERB 5 ccomp lemma=lie
. PUNCT 2 punct
""", "he lied", ["He"], id="time-word-earlier"),
    # an emphatic reflexive only stresses the name before it
    pytest.param("Tester, himself up for reelection, said he voted no.", """
Tester PROPN 8 nsubj ner=S-PER
, PUNCT 3 punct
himself PRON 8 nsubj feats=Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs|Reflex=Yes
up ADV 3 advmod
for ADP 6 case
reelection NOUN 4 obl
, PUNCT 3 punct
said VERB 0 root lemma=say
he PRON 10 nsubj
voted VERB 8 ccomp lemma=vote
no ADV 10 advmod
. PUNCT 8 punct
""", "he voted no", ["Tester"], id="emphatic-reflexive"),
    # a floating quantifier only quantifies the names before it
    pytest.param("Clinton and Sanders both vowed to fight.", """
Clinton PROPN 5 nsubj ner=S-PER
and CCONJ 3 cc
Sanders PROPN 1 conj ner=S-PER
both DET 5 nsubj
vowed VERB 0 root lemma=vow
to PART 7 mark
fight VERB 5 xcomp
. PUNCT 5 punct
""", "to fight", ["Clinton", "Sanders"], id="floating-quantifier"),
])
def test_a_word_a_parse_makes_the_subject_that_names_no_speaker(text, table, content,
                                                                 speakers) -> None:
    """Each table is hung as today's model does, with a second or wrong subject on the cue."""
    claim = only(claims_of(text, table))
    assert claim.content.text == content
    assert [s.text for s in claim.speakers] == speakers


@pytest.mark.parametrize(("text", "table", "content", "speakers"), [
    # today's model reads the clitic as a passive "is": with a clause of its own it is "has"
    pytest.param("He's said he wins.", """
He PRON 3 nsubj:pass
's AUX 3 aux:pass lemma=be
said VERB 0 root lemma=say feats=Tense=Past|VerbForm=Part
he PRON 5 nsubj
wins VERB 3 ccomp lemma=win
. PUNCT 3 punct
""", "he wins", ["He"], id="clitic-has"),
    # a true passive keeps no speaker
    pytest.param("It's been reported that he wins.", """
It PRON 4 expl
's AUX 4 aux lemma=have
been AUX 4 aux:pass lemma=be
reported VERB 0 root lemma=report feats=Tense=Past|VerbForm=Part|Voice=Pass
that SCONJ 7 mark
he PRON 7 nsubj
wins VERB 4 ccomp lemma=win
. PUNCT 4 punct
""", "he wins", [], id="true-passive"),
    # the passive of a feeling names who feels it
    pytest.param("The government is worried that tourism will fall.", """
The DET 2 det
government NOUN 4 nsubj:pass
is AUX 4 aux:pass lemma=be
worried VERB 0 root lemma=worry feats=Tense=Past|VerbForm=Part|Voice=Pass
that SCONJ 8 mark
tourism NOUN 8 nsubj
will AUX 8 aux
fall VERB 4 ccomp
. PUNCT 4 punct
""", "tourism will fall", ["The government"], id="feeling"),
])
def test_a_passive_looking_cue_whose_subject_speaks(text, table, content, speakers) -> None:
    claim = only(claims_of(text, table))
    assert claim.content.text == content
    assert [s.text for s in claim.speakers] == speakers


def test_a_word_glued_to_the_opening_quote_mark_is_inside_the_quotation() -> None:
    """A tokenizer may glue the opening marks to the first word ("''I"); the parse then hangs
    the quotation's "I" on the cue through a conjunct, but it speaks inside the quote. The
    speaker is read from the frame instead: the nominal right before the cue."""
    claim = only(claims_of("''I lost the vote,'' Kaplan, a writer, said.", """
''I PRON 2 nsubj
lost VERB 0 root lemma=lose
the DET 4 det
vote NOUN 2 obj
, PUNCT 7 punct
'' PUNCT 7 punct
Kaplan PROPN 4 appos ner=S-PER
, PUNCT 10 punct
a DET 10 det
writer NOUN 2 parataxis
, PUNCT 12 punct
said VERB 2 conj lemma=say
. PUNCT 2 punct
"""))
    assert claim.content.text == "''I lost the vote,''"
    assert [s.text for s in claim.speakers] == ["a writer"]


def test_only_a_verb_of_saying_frames_the_clause_it_is_a_parataxis_of() -> None:
    """'Taxes rose; Clinton backed the plan': she backed the plan, she did not say taxes rose."""
    claims = claims_of("Taxes rose; Clinton backed the plan.", """
Taxes NOUN 2 nsubj lemma=tax
rose VERB 0 root lemma=rise
; PUNCT 5 punct
Clinton PROPN 5 nsubj ner=S-PER
backed VERB 2 parataxis lemma=back
the DET 7 det
plan NOUN 5 obj
. PUNCT 2 punct
""")
    assert [(c.rule, c.content.text) for c in claims] == [("object", "the plan")]


def test_only_a_verb_of_saying_or_finding_closes_a_sentence_as_its_frame() -> None:
    """'Cuba freed Gross, a contractor Havana accused': "Havana accused" ends the sentence
    after a comma like '…, Havana said', but accusing frames no clause."""
    claims = claims_of("Cuba freed Gross, a contractor Havana accused.", """
Cuba PROPN 2 nsubj ner=S-LOC
freed VERB 0 root lemma=free
Gross PROPN 2 obj ner=S-PER
, PUNCT 6 punct
a DET 6 det
contractor NOUN 3 appos
Havana PROPN 8 nsubj ner=S-LOC
accused VERB 6 acl:relcl lemma=accuse
. PUNCT 2 punct
""")
    assert claims == []


def test_a_clause_set_beside_a_cue_is_content_only_for_a_verb_of_saying() -> None:
    """'Clinton backed Obama; he won': backing takes an object, and the next clause is news."""
    claims = claims_of("Clinton backed Obama; he won.", """
Clinton PROPN 2 nsubj ner=S-PER
backed VERB 0 root lemma=back
Obama PROPN 2 obj ner=S-PER
; PUNCT 6 punct
he PRON 6 nsubj
won VERB 2 parataxis lemma=win
. PUNCT 2 punct
""")
    assert [(c.rule, c.content.text) for c in claims] == [("object", "Obama")]


def test_a_closing_frame_names_its_speaker_whatever_voice_a_parse_gives_the_cue() -> None:
    """'Sales rose, officials said.', parsed as a participle with a passive subject: the frame
    read from the surface has a speaker, so the claim is theirs and not agentless."""
    claim = only(claims_of("Sales rose, officials said.", """
Sales NOUN 2 nsubj lemma=sale
rose VERB 0 root lemma=rise
, PUNCT 5 punct
officials NOUN 5 nsubj:pass lemma=official
said VERB 2 advcl lemma=say feats=Tense=Past|VerbForm=Part
. PUNCT 2 punct
"""))
    assert (claim.rule, claim.content.text) == ("inverted", "Sales rose")
    assert [s.text for s in claim.speakers] == ["officials"]


MIXED_INVERTED = ('Trump\'s misinformation may be "strategic," said Jeffery Hemsley.', """
Trump PROPN 3 nmod:poss ner=S-PER
's PART 1 case
misinformation NOUN 7 nsubj
may AUX 7 aux
be AUX 7 cop lemma=be
" PUNCT 7 punct
strategic ADJ 10 ccomp
, PUNCT 7 punct
" PUNCT 7 punct
said VERB 0 root lemma=say
Jeffery PROPN 10 nsubj ner=B-PER
Hemsley PROPN 11 flat ner=E-PER
. PUNCT 10 punct
""")


@pytest.mark.parametrize("table", [
    MIXED_INVERTED[1],
    # the parse of today's model: the sentence's subject is the cue's, the speaker its object
    MIXED_INVERTED[1].replace("misinformation NOUN 7 nsubj", "misinformation NOUN 10 nsubj")
    .replace("Jeffery PROPN 10 nsubj", "Jeffery PROPN 10 obj"),
])
def test_the_speaker_after_a_quote_is_the_frames_not_the_sentences_subject(table) -> None:
    claim = only(claims_of(MIXED_INVERTED[0], table))
    assert claim.content.text == 'Trump\'s misinformation may be "strategic,"'
    assert [s.text for s in claim.speakers] == ["Jeffery Hemsley"]


def test_a_participle_hung_on_its_own_content_is_the_main_subjects() -> None:
    """'Rubio hit back, saying Christie was tired', parsed with "saying" a modifier of
    "tired": the participle after the comma is still Rubio's."""
    claim = only(claims_of("Rubio hit back, saying Christie was tired.", """
Rubio PROPN 2 nsubj ner=S-PER
hit VERB 0 root lemma=hit
back ADV 2 advmod
, PUNCT 5 punct
saying VERB 8 advcl lemma=say feats=Tense=Pres|VerbForm=Part
Christie PROPN 8 nsubj ner=S-PER
was AUX 8 cop lemma=be
tired ADJ 2 parataxis
. PUNCT 2 punct
"""))
    assert [s.text for s in claim.speakers] == ["Rubio"]


def test_a_subject_inside_the_content_is_not_its_speaker() -> None:
    """'Beebe, a veteran, said Clinton should be ready', parsed with "Clinton" the subject of
    "said": a speaker inside what is said is the content's subject; the opening phrase speaks."""
    claims = claims_of("Beebe, a veteran, said Clinton should be ready.", """
Beebe PROPN 4 nsubj ner=S-PER
, PUNCT 4 punct
a DET 4 det
veteran NOUN 6 ccomp
, PUNCT 4 punct
said VERB 0 root lemma=say
Clinton PROPN 6 nsubj ner=S-PER
should AUX 10 aux
be AUX 10 cop lemma=be
ready ADJ 6 ccomp
. PUNCT 6 punct
""")
    claim = next(c for c in claims if c.content.text == "Clinton should be ready")
    assert [s.text for s in claim.speakers] == ["Beebe, a veteran"]


def test_an_adjective_after_a_determiner_speaks_after_a_quote() -> None:
    """'"We lost," the official said.', tagged and hung as today's model does ("official" an
    adjective, no subject on "said"): "the official" before the cue is its speaker."""
    claim = only(claims_of('"We lost," the official said.', """
" PUNCT 3 punct
We PRON 3 nsubj
lost VERB 0 root lemma=lose
, PUNCT 3 punct
" PUNCT 3 punct
the DET 7 det
official ADJ 8 compound
said VERB 3 conj lemma=say feats=Tense=Past|VerbForm=Part
. PUNCT 3 punct
"""))
    assert [s.text for s in claim.speakers] == ["the official"]


def test_which_is_a_mention_resolved_to_its_noun() -> None:
    claim = only(claims_of("The group, which said it won, left.", """
The DET 2 det
group NOUN 8 nsubj
, PUNCT 5 punct
which PRON 5 nsubj feats=PronType=Rel
said VERB 2 acl:relcl lemma=say
it PRON 7 nsubj
won VERB 5 ccomp lemma=win
left VERB 0 root lemma=leave
. PUNCT 8 punct
"""))
    speaker = claim.speakers[0]
    assert (speaker.text, speaker.canonical) == ("which", "group")


def test_who_is_a_mention_resolved_to_its_noun() -> None:
    claim = only(claims_of("Weaver, who said Clinton reached out, left.", """
Weaver PROPN 9 nsubj ner=S-PER
, PUNCT 4 punct
who PRON 4 nsubj feats=PronType=Rel
said VERB 1 acl:relcl lemma=say
Clinton PROPN 6 nsubj ner=S-PER
reached VERB 4 ccomp lemma=reach
out ADP 6 compound:prt
, PUNCT 4 punct
left VERB 0 root lemma=leave
. PUNCT 9 punct
"""))
    speaker = claim.speakers[0]
    assert (speaker.text, speaker.canonical, speaker.resolved_from) == (
        "who", "Weaver", ResolvedFrom.PRONOUN)
    assert claim.content.text == "Clinton reached out"


@pytest.mark.parametrize(("text", "table", "speakers"), [
    ("The group that said it won left.", """
The DET 2 det
group NOUN 7 nsubj
that PRON 4 nsubj feats=PronType=Rel
said VERB 2 acl:relcl lemma=say
it PRON 6 nsubj
won VERB 4 ccomp lemma=win
left VERB 0 root lemma=leave
. PUNCT 7 punct
""", ["The group"]),
    ("Mali and Niger, who both said they won, left.", """
Mali PROPN 10 nsubj ner=S-LOC
and CCONJ 3 cc
Niger PROPN 1 conj ner=S-LOC
, PUNCT 7 punct
who PRON 7 nsubj feats=PronType=Rel
both ADV 7 advmod
said VERB 1 acl:relcl lemma=say
they PRON 9 nsubj
won VERB 7 ccomp lemma=win
left VERB 0 root lemma=leave
. PUNCT 10 punct
""", ["Mali", "Niger"]),
])
def test_a_relative_clause_speaks_for_its_nouns(text, table, speakers) -> None:
    """'that' goes with the noun; a 'who' for several nouns stands for each."""
    claim = only(claims_of(text, table))
    assert [s.text for s in claim.speakers] == speakers


COORDINATED_THEN_SAID = ("Voters want change, and they want it now, he said.", """
Voters NOUN 2 nsubj lemma=voter
want VERB 0 root
change NOUN 2 obj
, PUNCT 7 punct
and CCONJ 7 cc
they PRON 7 nsubj
want VERB 2 conj
it PRON 7 obj
now ADV 7 advmod
, PUNCT 12 punct
he PRON 12 nsubj
said VERB 2 parataxis lemma=say
. PUNCT 2 punct
""")


SAID_AFTER_CCOMP = COORDINATED_THEN_SAID[1].replace(
    "want VERB 0 root", "want VERB 12 ccomp").replace(
    "said VERB 2 parataxis", "said VERB 0 root").replace(
    ". PUNCT 2 punct", ". PUNCT 12 punct")


@pytest.mark.parametrize(("rule", "table"), [
    ("parataxis:inverted", COORDINATED_THEN_SAID[1]),
    ("parataxis:inverted", COORDINATED_THEN_SAID[1].replace("said VERB 2", "said VERB 7")),
    ("ccomp", SAID_AFTER_CCOMP),
    ("ccomp", SAID_AFTER_CCOMP.replace("want VERB 12 ccomp", "want VERB 12 dep").replace(
        "want VERB 2 conj", "want VERB 12 ccomp")),
])
def test_a_closing_frame_takes_the_whole_clause_before_it(rule, table) -> None:
    """'…, he said.' reports the whole sentence before it (UD: "said" a parataxis of the
    root, or EWT's ccomp), also where a parse hangs it on the last conjunct only."""
    claim = only(claims_of(COORDINATED_THEN_SAID[0], table))
    assert (claim.rule, claim.content.text) == (rule, "Voters want change, and they want it now")


def test_a_finding_verb_reads_its_clause_forward_where_the_parse_splits_it() -> None:
    """'Polls show Clinton leading Trump', parsed with "leading" hung on "Polls": what the
    polls show is read from the words after the cue, as for "said"."""
    claim = only(claims_of("Polls show Clinton leading Trump.", """
Polls NOUN 2 nsubj lemma=poll
show VERB 0 root lemma=show
Clinton PROPN 2 obj ner=S-PER
leading VERB 1 acl lemma=lead feats=VerbForm=Ger
Trump PROPN 4 obj ner=S-PER
. PUNCT 2 punct
"""))
    assert claim.content.text == "Clinton leading Trump"


def test_denial_is_negated_and_hedged() -> None:
    claim = only(claims_of("The army denied that it attacked civilians.", """
The DET 2 det
army NOUN 3 nsubj
denied VERB 0 root lemma=deny
that SCONJ 6 mark
it PRON 6 nsubj
attacked VERB 3 ccomp lemma=attack
civilians NOUN 6 obj
. PUNCT 3 punct
"""))
    assert (claim.hedge, claim.negated, claim.non_claim) == ("denied", True, False)


def test_a_statement_from_x_speaks_for_x() -> None:
    claim = only(claims_of("A statement from the army said 20 soldiers died.", """
A DET 2 det
statement NOUN 6 nsubj
from ADP 5 case
the DET 5 det
army NOUN 2 nmod
said VERB 0 root lemma=say
20 NUM 8 nummod
soldiers NOUN 9 nsubj
died VERB 6 ccomp lemma=die
. PUNCT 6 punct
"""))
    assert [s.text for s in claim.speakers] == ["the army"]
    assert claim.content.text == "20 soldiers died"


def test_inflected_cue_the_lemmatizer_left_alone_is_still_a_cue() -> None:
    text, table = OBJECT
    claim = only(claims_of(text, table.replace(" lemma=condemn", "")))
    assert claim.cue is not None and (claim.cue.text, claim.cue.lemma) == ("condemned", "condemn")
    assert claim.hedge == "condemned"


# --- direct quotes ---------------------------------------------------------------------

def test_a_frame_read_from_the_surface_skips_the_speaker_s_aside() -> None:
    """'Slinker, whose firm finds suppliers, said, "…"': with no subject from the parse,
    the phrase opening the sentence speaks, not the last noun of the aside."""
    text = "Slinker, whose firm finds suppliers, said, \u201cHe is a start-up guy.\u201d"
    claim = only(claims_of(text, """
Slinker PROPN 8 dep ner=S-PER
, PUNCT 5 punct
whose PRON 4 nmod:poss
firm NOUN 5 nsubj
finds VERB 1 acl:relcl lemma=find
suppliers NOUN 5 obj lemma=supplier
, PUNCT 5 punct
said VERB 0 root lemma=say
, PUNCT 15 punct
\u201c PUNCT 15 punct
He PRON 15 nsubj
is AUX 15 cop lemma=be
a DET 15 det
start-up NOUN 15 compound
guy NOUN 8 ccomp
. PUNCT 15 punct
\u201d PUNCT 15 punct
"""))
    assert claim.rule == "quote:speaker-before"
    assert [s.text for s in claim.speakers] == ["Slinker"]


def test_quote_then_pronoun_speaker_resolves_to_the_person_before() -> None:
    text = "Assimi Goita spoke on Friday. \u201cWe will win,\u201d he said."
    claim = only(claims_of(text, """
Assimi PROPN 3 nsubj ner=B-PER
Goita PROPN 1 flat ner=E-PER
spoke VERB 0 root lemma=speak
on ADP 5 case
Friday PROPN 3 obl
. PUNCT 3 punct

\u201c PUNCT 4 punct
We PRON 4 nsubj
will AUX 4 aux
win VERB 8 ccomp
, PUNCT 4 punct
\u201d PUNCT 4 punct
he PRON 8 nsubj
said VERB 0 root lemma=say
. PUNCT 8 punct
"""))
    assert claim.rule == "quote:speaker-after"
    assert claim.type is AttributionType.DIRECT
    assert claim.content.text == "\u201cWe will win,\u201d"
    speaker = claim.speakers[0]
    assert (speaker.text, speaker.canonical, speaker.kind, speaker.resolved_from) == (
        "he", "Assimi Goita", SpeakerKind.PERSON, ResolvedFrom.PRONOUN)
    assert claim.sentence_index == 1


def test_quote_said_x_with_apposition() -> None:
    text = '"We will win," said Jane Doe, a spokeswoman for the army.'
    claim = only(claims_of(text, """
" PUNCT 4 punct
We PRON 4 nsubj
will AUX 4 aux
win VERB 7 ccomp
, PUNCT 4 punct
" PUNCT 4 punct
said VERB 0 root lemma=say
Jane PROPN 7 nsubj ner=B-PER
Doe PROPN 8 flat ner=E-PER
, PUNCT 12 punct
a DET 12 det
spokeswoman NOUN 8 appos
for ADP 15 case
the DET 15 det
army NOUN 12 nmod
. PUNCT 7 punct
"""))
    speaker = claim.speakers[0]
    assert speaker.text == "Jane Doe, a spokeswoman for the army"
    assert (speaker.canonical, speaker.kind, speaker.resolved_from) == (
        "Jane Doe", SpeakerKind.PERSON, ResolvedFrom.APPOSITION)
    assert claim.content.text == '"We will win,"'


def test_speaker_before_a_colon() -> None:
    claim = only(claims_of("Goita said: \u201cWe will win.\u201d", """
Goita PROPN 2 nsubj ner=S-PER
said VERB 0 root lemma=say
: PUNCT 7 punct
\u201c PUNCT 7 punct
We PRON 7 nsubj
will AUX 7 aux
win VERB 2 ccomp
. PUNCT 7 punct
\u201d PUNCT 7 punct
"""))
    assert claim.rule == "quote:speaker-before"
    assert claim.content.text == "\u201cWe will win.\u201d"


def test_speaker_inside_a_split_quote_owns_both_halves() -> None:
    text = "\u201cWe will win,\u201d he said, \u201cand soon.\u201d"
    claims = claims_of(text, """
\u201c PUNCT 4 punct
We PRON 4 nsubj
will AUX 4 aux
win VERB 8 ccomp
, PUNCT 4 punct
\u201d PUNCT 4 punct
he PRON 8 nsubj
said VERB 0 root lemma=say
, PUNCT 12 punct
\u201c PUNCT 12 punct
and CCONJ 12 cc
soon ADV 4 conj
. PUNCT 12 punct
\u201d PUNCT 12 punct
""")
    assert [(c.rule, c.content.text) for c in claims] == [
        ("quote:speaker-after", "\u201cWe will win,\u201d"),
        ("quote:speaker-inside", "\u201cand soon.\u201d")]
    assert claims[0].cue == claims[1].cue


def test_a_colon_hands_a_clause_subject_the_quote() -> None:
    claim = only(claims_of("She addressed the crowd again: \u201cI regret nothing.\u201d", """
She PRON 2 nsubj
addressed VERB 0 root lemma=address
the DET 4 det
crowd NOUN 2 obj
again ADV 2 advmod
: PUNCT 9 punct
\u201c PUNCT 9 punct
I PRON 9 nsubj
regret VERB 2 parataxis
nothing PRON 9 obj
. PUNCT 9 punct
\u201d PUNCT 9 punct
"""))
    assert claim.rule == "quote:colon-clause"
    assert claim.cue is not None and claim.cue.text == "addressed"
    assert [s.text for s in claim.speakers] == ["She"]
    assert claim.type is AttributionType.DIRECT


def test_a_claim_beside_the_quote_does_not_end_its_continuation() -> None:
    text = "\u201cWe will win,\u201d Trump said, mocking critics. \u201cThey are wrong.\u201d"
    claims = claims_of(text, """
\u201c PUNCT 4 punct
We PRON 4 nsubj
will AUX 4 aux
win VERB 8 ccomp
, PUNCT 4 punct
\u201d PUNCT 4 punct
Trump PROPN 8 nsubj ner=S-PER
said VERB 0 root lemma=say
, PUNCT 10 punct
mocking VERB 8 advcl lemma=mock feats=Tense=Pres|VerbForm=Part
critics NOUN 10 obj lemma=critic
. PUNCT 8 punct

\u201c PUNCT 4 punct
They PRON 4 nsubj
are AUX 4 cop lemma=be
wrong ADJ 0 root
. PUNCT 4 punct
\u201d PUNCT 4 punct
""")
    last = claims[-1]
    assert last.rule == "quote:continuation"
    assert [s.text for s in last.speakers] == ["Trump"]
    assert last.cue is not None and last.cue.text == "said"


@pytest.mark.parametrize(("text", "dash"), [
    ("\u201cWe pay zero taxes.\u201d \u2015 Bernie Sanders", "\u2015"),
    ("\u201cWe pay zero taxes.\u201d\n\n- Bernie Sanders", "-"),
])
def test_a_dash_and_a_name_after_a_quote_attribute_it(text: str, dash: str) -> None:
    claim = only(claims_of(text, f"""
\u201c PUNCT 3 punct
We PRON 3 nsubj
pay VERB 0 root
zero NUM 5 nummod
taxes NOUN 3 obj lemma=tax
. PUNCT 3 punct
\u201d PUNCT 3 punct

{dash} PUNCT 3 punct
Bernie PROPN 3 compound ner=B-PER
Sanders PROPN 0 root ner=E-PER
"""))
    assert (claim.rule, claim.cue.text if claim.cue else None) == ("quote:dash", dash)
    assert [s.text for s in claim.speakers] == ["Bernie Sanders"]


def test_a_participle_before_a_quote_speaks_for_the_main_subject() -> None:
    """'Warren appeared on MSNBC, saying, "…"' with "saying" hung on the noun before it."""
    claim = only(claims_of("Warren appeared on MSNBC, saying, \u201cShe is ready.\u201d", """
Warren PROPN 2 nsubj ner=S-PER
appeared VERB 0 root lemma=appear
on ADP 4 case
MSNBC PROPN 2 obl ner=S-ORG
, PUNCT 6 punct
saying VERB 4 acl lemma=say feats=Tense=Pres|VerbForm=Part
, PUNCT 11 punct
\u201c PUNCT 11 punct
She PRON 11 nsubj
is AUX 11 cop lemma=be
ready ADJ 6 ccomp
. PUNCT 11 punct
\u201d PUNCT 11 punct
"""))
    assert claim.cue is not None and claim.cue.text == "saying"
    assert [s.text for s in claim.speakers] == ["Warren"]


def test_a_participle_with_reported_speech_speaks_for_the_main_subject() -> None:
    """'The senator voted against the law, saying it hurt farmers', "saying" hung on the law."""
    claim = only(claims_of("The senator voted against the law, saying it hurt farmers.", """
The DET 2 det
senator NOUN 3 nsubj
voted VERB 0 root lemma=vote
against ADP 6 case
the DET 6 det
law NOUN 3 obl
, PUNCT 8 punct
saying VERB 6 acl lemma=say feats=Tense=Pres|VerbForm=Part
it PRON 10 nsubj
hurt VERB 8 ccomp lemma=hurt feats=Mood=Ind|Tense=Past|VerbForm=Fin
farmers NOUN 10 obj
. PUNCT 3 punct
"""))
    assert claim.cue is not None and claim.cue.text == "saying"
    assert claim.content.text == "it hurt farmers"
    assert [s.text for s in claim.speakers] == ["The senator"]


def test_a_quoted_title_before_a_cue_with_a_clause_of_its_own_is_no_quotation() -> None:
    """'On Fox News's "Hannity," Gingrich said Trump would win': what he said is the clause."""
    text = "On Fox News\u2019s \u201cHannity,\u201d Gingrich said Trump would win."
    claim = only(claims_of(text, """
On ADP 4 case
Fox PROPN 4 compound
News PROPN 6 nmod:poss
\u2019s PART 3 case
\u201c PUNCT 6 punct
Hannity PROPN 10 obl
, PUNCT 6 punct
\u201d PUNCT 6 punct
Gingrich PROPN 10 nsubj ner=S-PER
said VERB 0 root lemma=say feats=Mood=Ind|Tense=Past|VerbForm=Fin
Trump PROPN 13 nsubj ner=S-PER
would AUX 13 aux
win VERB 10 ccomp lemma=win feats=VerbForm=Inf
. PUNCT 10 punct
"""))
    assert (claim.rule, claim.content.text) == ("ccomp", "Trump would win")
    assert [s.text for s in claim.speakers] == ["Gingrich"]


def test_a_participle_hung_on_a_noun_speaks_for_a_passive_main_subject() -> None:
    """'She was interviewed on Fox, saying she was ready' with "saying" read as Fox's."""
    claim = only(claims_of("She was interviewed on Fox, saying she was ready.", """
She PRON 3 nsubj:pass
was AUX 3 aux:pass lemma=be
interviewed VERB 0 root lemma=interview feats=Tense=Past|VerbForm=Part|Voice=Pass
on ADP 5 case
Fox PROPN 3 obl ner=S-ORG
, PUNCT 7 punct
saying VERB 5 acl lemma=say feats=Tense=Pres|VerbForm=Part
she PRON 10 nsubj
was AUX 10 cop lemma=be
ready ADJ 7 ccomp
. PUNCT 3 punct
"""))
    assert [s.text for s in claim.speakers] == ["She"]


def test_quote_across_sentences() -> None:
    text = "\u201cWe won. They lost,\u201d he said."
    claim = only(claims_of(text, """
\u201c PUNCT 3 punct
We PRON 3 nsubj
won VERB 0 root lemma=win
. PUNCT 3 punct

They PRON 2 nsubj
lost VERB 6 ccomp lemma=lose
, PUNCT 2 punct
\u201d PUNCT 2 punct
he PRON 6 nsubj
said VERB 0 root lemma=say
. PUNCT 6 punct
"""))
    assert claim.content.text == "\u201cWe won. They lost,\u201d"
    assert claim.sentence_index == 1


def test_quote_across_paragraphs_by_the_reopening_convention() -> None:
    text = "\u201cWe won.\n\n\u201cThey lost,\u201d he said."
    claim = only(claims_of(text, """
\u201c PUNCT 3 punct
We PRON 3 nsubj
won VERB 0 root lemma=win
. PUNCT 3 punct

\u201c PUNCT 3 punct
They PRON 3 nsubj
lost VERB 7 ccomp lemma=lose
, PUNCT 3 punct
\u201d PUNCT 3 punct
he PRON 7 nsubj
said VERB 0 root lemma=say
. PUNCT 7 punct
"""))
    assert claim.content.text == "\u201cWe won.\n\n\u201cThey lost,\u201d"


def test_quote_only_paragraph_continues_the_previous_speaker() -> None:
    text = "Goita said: \u201cWe won.\u201d\n\n\u201cThey lost.\u201d"
    claims = claims_of(text, """
Goita PROPN 2 nsubj ner=S-PER
said VERB 0 root lemma=say
: PUNCT 6 punct
\u201c PUNCT 6 punct
We PRON 6 nsubj
won VERB 2 ccomp lemma=win
. PUNCT 6 punct
\u201d PUNCT 6 punct

\u201c PUNCT 3 punct
They PRON 3 nsubj
lost VERB 0 root lemma=lose
. PUNCT 3 punct
\u201d PUNCT 3 punct
""")
    assert [c.rule for c in claims] == ["quote:speaker-before", "quote:continuation"]
    follow = claims[1]
    assert follow.content.text == "\u201cThey lost.\u201d"
    assert follow.cue == claims[0].cue
    assert (follow.speakers[0].canonical, follow.speakers[0].resolved_from) == (
        "Goita", ResolvedFrom.CONTINUATION)


def test_name_and_colon_before_a_quote() -> None:
    claim = only(claims_of("The surge surprised Daron Shaw: \u201cIt never happens.\u201d", """
The DET 2 det
surge NOUN 3 nsubj
surprised VERB 0 root lemma=surprise
Daron PROPN 3 obj ner=B-PER
Shaw PROPN 4 flat ner=E-PER
: PUNCT 10 punct
\u201c PUNCT 10 punct
It PRON 10 nsubj
never ADV 10 advmod
happens VERB 3 parataxis lemma=happen
. PUNCT 10 punct
\u201d PUNCT 10 punct
"""))
    assert (claim.rule, claim.cue.text if claim.cue else None) == ("quote:colon", ":")
    assert claim.speakers[0].canonical == "Daron Shaw"


def test_verb_form_tagged_as_a_noun_after_a_quote() -> None:
    claim = only(claims_of("\u201cWe will win,\u201d Bozell explains.", """
\u201c PUNCT 4 punct
We PRON 4 nsubj
will AUX 4 aux
win VERB 0 root
, PUNCT 4 punct
\u201d PUNCT 4 punct
Bozell PROPN 8 compound ner=S-PER
explains NOUN 4 parataxis lemma=explain feats=Number=Plur
. PUNCT 4 punct
"""))
    assert claim.cue is not None and claim.cue.lemma == "explain"
    assert claim.speakers[0].text == "Bozell"


def test_nested_quote_stays_inside_its_outer_quote() -> None:
    text = "\u201cHe told me \u2018go home\u2019 today,\u201d she said."
    claim = only(claims_of(text, """
\u201c PUNCT 3 punct
He PRON 3 nsubj
told VERB 13 ccomp lemma=tell
me PRON 3 iobj
\u2018 PUNCT 6 punct
go VERB 3 ccomp
home ADV 6 advmod
\u2019 PUNCT 6 punct
today NOUN 3 obl:tmod
, PUNCT 3 punct
\u201d PUNCT 3 punct
she PRON 13 nsubj
said VERB 0 root lemma=say
. PUNCT 13 punct
"""))
    assert claim.content.text == "\u201cHe told me \u2018go home\u2019 today,\u201d"
    assert claim.speakers[0].text == "she"



def test_a_quote_closing_on_a_nested_question_is_set_off() -> None:
    """The splitter ends the sentence after the closing marks; the frame stands alone after it."""
    text = "\u201cShe asked us, \u2018What do you need?\u2019\u201d Weaver said."
    claim = only(claims_of(text, """
\u201c PUNCT 3 punct
She PRON 3 nsubj
asked VERB 0 root lemma=ask
us PRON 3 iobj
, PUNCT 3 punct
\u2018 PUNCT 10 punct
What PRON 10 obj
do AUX 10 aux
you PRON 10 nsubj
need VERB 3 ccomp
? PUNCT 10 punct
\u2019 PUNCT 10 punct
\u201d PUNCT 3 punct

Weaver PROPN 2 nsubj
said VERB 0 root lemma=say
. PUNCT 2 punct
"""))
    assert claim.content.text == "\u201cShe asked us, \u2018What do you need?\u2019\u201d"
    assert claim.rule == "quote:speaker-after"
    assert [s.text for s in claim.speakers] == ["Weaver"]

def test_a_sentence_with_its_own_object_is_no_frame_for_the_quote_before() -> None:
    """'Rubio supported the subsidies' says what Rubio backed, not who spoke the quote."""
    text = "Cruz called them \u201ccorporate welfare.\u201d Rubio supported the subsidies."
    claims = claims_of(text, """
Cruz PROPN 2 nsubj ner=S-PER
called VERB 0 root lemma=call
them PRON 2 obj
\u201c PUNCT 6 punct
corporate ADJ 6 amod
welfare NOUN 2 xcomp
. PUNCT 2 punct
\u201d PUNCT 6 punct

Rubio PROPN 2 nsubj ner=S-PER
supported VERB 0 root lemma=support
the DET 4 det
subsidies NOUN 2 obj lemma=subsidy
. PUNCT 2 punct
""")
    by_rubio = [c.content.text for c in claims if [s.text for s in c.speakers] == ["Rubio"]]
    assert by_rubio == ["the subsidies"]


@pytest.mark.parametrize(("text", "table"), [
    ("Later on ''This Week,'' Sanders questioned Trump's veracity.", """
Later ADV 9 advmod
on ADP 5 case
'' PUNCT 5 punct
This DET 5 det
Week PROPN 9 obl
, PUNCT 5 punct
'' PUNCT 5 punct
Sanders PROPN 9 nsubj ner=S-PER
questioned VERB 0 root lemma=question
Trump PROPN 12 nmod:poss ner=S-PER
's PART 10 case
veracity NOUN 9 obj
. PUNCT 9 punct
"""),
])
def test_a_title_before_a_cue_with_its_own_object_is_no_quotation(text, table) -> None:
    claims = claims_of(text, table)
    assert [(c.rule, c.content.text) for c in claims] == [("object", "Trump's veracity")]


def test_a_time_word_after_the_cue_leaves_the_quote_its_content() -> None:
    """'"We won," he said Friday': whatever relation a parse gives "Friday", it says when."""
    claim = only(claims_of("\u201cWe won,\u201d he said Friday.", """
\u201c PUNCT 3 punct
We PRON 3 nsubj
won VERB 7 ccomp lemma=win
, PUNCT 3 punct
\u201d PUNCT 3 punct
he PRON 7 nsubj
said VERB 0 root lemma=say
Friday PROPN 7 obj lemma=Friday
. PUNCT 7 punct
"""))
    assert (claim.rule, claim.content.text) == ("quote:speaker-after", "\u201cWe won,\u201d")


def test_a_quote_set_off_before_the_reporter_goes_on_is_whole() -> None:
    """'Trump said, "We will win," adding that polls are wrong': "adding" opens the reporter's
    next clause, so the quotation is a whole one of Trump's, not a fragment."""
    claims = claims_of("Trump said, \u201cWe will win,\u201d adding that polls are wrong.", """
Trump PROPN 2 nsubj ner=S-PER
said VERB 0 root lemma=say
, PUNCT 7 punct
\u201c PUNCT 7 punct
We PRON 7 nsubj
will AUX 7 aux
win VERB 2 ccomp
, PUNCT 7 punct
\u201d PUNCT 7 punct
adding VERB 2 advcl lemma=add feats=VerbForm=Ger
that SCONJ 14 mark
polls NOUN 14 nsubj lemma=poll
are AUX 14 cop lemma=be
wrong ADJ 10 ccomp
. PUNCT 2 punct
""")
    assert sorted((c.rule, c.content.text) for c in claims) == [
        ("ccomp", "polls are wrong"), ("quote:speaker-before", "\u201cWe will win,\u201d")]


def test_a_cue_inside_an_open_quotation_frames_no_embedded_quote() -> None:
    """The reader cannot tell the quoted speaker's words from the frame: no rule reads a cue there.

    The selective parse leaves such sentences unparsed, so this keeps both parses' claims equal.
    """
    claims = claims_of("\"Trump walked in, chanting \u201cU-S-A!\u201d", """
" PUNCT 3 punct
Trump PROPN 3 nsubj ner=S-PER
walked VERB 0 root lemma=walk
in ADV 3 advmod
, PUNCT 6 punct
chanting VERB 3 advcl lemma=chant feats=Tense=Pres|VerbForm=Part
\u201c PUNCT 8 punct
U-S-A PROPN 6 obj
! PUNCT 8 punct
\u201d PUNCT 8 punct
""")
    assert [c.rule for c in claims if c.rule.startswith("quote:embedded")] == []


UNBALANCED_OPEN = ("He said: \u201cWe will win.", """
He PRON 2 nsubj
said VERB 0 root lemma=say
: PUNCT 7 punct
\u201c PUNCT 7 punct
We PRON 7 nsubj
will AUX 7 aux
win VERB 2 ccomp
. PUNCT 7 punct
""")

UNBALANCED_CLOSE = ("We will win,\u201d he said.", """
We PRON 3 nsubj
will AUX 3 aux
win VERB 7 ccomp
, PUNCT 3 punct
\u201d PUNCT 3 punct
he PRON 7 nsubj
said VERB 0 root lemma=say
. PUNCT 7 punct
""")


@pytest.mark.parametrize(("case", "rule", "content"), [
    (UNBALANCED_OPEN, "quote:speaker-before:unbalanced", "\u201cWe will win."),
    (UNBALANCED_CLOSE, "quote:speaker-after:unbalanced", "We will win,\u201d"),
])
def test_odd_quote_marks_keep_what_is_sure_and_flag_it(case, rule, content) -> None:
    claim = only(claims_of(*case))
    assert (claim.rule, claim.content.text) == (rule, content)


def test_mixed_quote_inside_reported_speech() -> None:
    text = "The army said it conducted \u201cair strikes.\u201d"
    claim = only(claims_of(text, """
The DET 2 det
army NOUN 3 nsubj
said VERB 0 root lemma=say
it PRON 5 nsubj
conducted VERB 3 ccomp lemma=conduct
\u201c PUNCT 8 punct
air NOUN 8 compound
strikes NOUN 5 obj lemma=strike
. PUNCT 3 punct
\u201d PUNCT 8 punct
"""))
    assert claim.type is AttributionType.MIXED
    assert claim.content.text == "it conducted \u201cair strikes.\u201d"


MIXED_ACROSS = ("He said it was \u201ca wise move. Those involved are confident.\u201d", """
He PRON 2 nsubj
said VERB 0 root lemma=say
it PRON 8 nsubj
was AUX 8 cop lemma=be
\u201c PUNCT 8 punct
a DET 8 det
wise ADJ 8 amod
move NOUN 2 ccomp
. PUNCT 2 punct

Those PRON 4 nsubj
involved VERB 1 acl lemma=involve
are AUX 4 cop lemma=be
confident ADJ 0 root
. PUNCT 4 punct
\u201d PUNCT 4 punct
""")


def test_a_quoted_fragment_ending_the_clause_runs_on_to_its_closing_mark() -> None:
    claim = only(claims_of(*MIXED_ACROSS))
    assert claim.type is AttributionType.MIXED
    assert claim.content.text == "it was \u201ca wise move. Those involved are confident.\u201d"


def test_a_quotation_after_a_colon_stays_its_own() -> None:
    text = "He said it was simple: \u201cWe won. They lost,\u201d she added."
    claims = claims_of(text, """
He PRON 2 nsubj
said VERB 0 root lemma=say
it PRON 5 nsubj
was AUX 5 cop lemma=be
simple ADJ 2 ccomp
: PUNCT 9 punct
\u201c PUNCT 9 punct
We PRON 9 nsubj
won VERB 5 parataxis lemma=win
. PUNCT 2 punct

They PRON 2 nsubj
lost VERB 6 ccomp lemma=lose
, PUNCT 2 punct
\u201d PUNCT 2 punct
she PRON 6 nsubj
added VERB 0 root lemma=add
. PUNCT 6 punct
""")
    said = next(c for c in claims if c.cue.text == "said")
    assert said.content.text == "it was simple: \u201cWe won"

def test_quoted_object_of_a_stance_verb_with_a_statement_as_channel() -> None:
    text = "Burkina Faso welcomed \u201cthe liberation of Kidal,\u201d according to a statement."
    claim = only(claims_of(text, """
Burkina PROPN 3 nsubj ner=B-LOC
Faso PROPN 1 flat ner=E-LOC
welcomed VERB 0 root lemma=welcome
\u201c PUNCT 6 punct
the DET 6 det
liberation NOUN 3 obj
of ADP 8 case
Kidal PROPN 6 nmod ner=S-LOC
, PUNCT 6 punct
\u201d PUNCT 6 punct
according VERB 14 case
to ADP 11 fixed
a DET 14 det
statement NOUN 3 obl
. PUNCT 3 punct
"""))
    assert claim.type is AttributionType.MIXED
    assert claim.hedge == "welcomed"
    assert claim.content.text == "the liberation of Kidal"
    assert claim.via is not None and claim.via.text == "according to a statement"
    assert (claim.speakers[0].canonical, claim.speakers[0].kind) == (
        "Burkina Faso", SpeakerKind.COUNTRY)


# --- according to, cue nouns, channels -------------------------------------------------

def test_according_to_a_person_with_apposition() -> None:
    text = "About 12,000 people died, according to Jose Luengo-Cabrera, a specialist with the UN."
    claim = only(claims_of(text, """
About ADV 2 advmod
12,000 NUM 3 nummod
people NOUN 4 nsubj
died VERB 0 root lemma=die
, PUNCT 8 punct
according VERB 8 case
to ADP 6 fixed
Jose PROPN 4 obl ner=B-ORG
Luengo PROPN 8 flat ner=I-ORG
- PUNCT 11 punct
Cabrera PROPN 8 flat ner=E-ORG
, PUNCT 14 punct
a DET 14 det
specialist NOUN 8 appos
with ADP 17 case
the DET 17 det
UN PROPN 14 nmod ner=S-ORG
. PUNCT 4 punct
"""))
    assert (claim.rule, claim.type) == ("according-to", AttributionType.ACCORDING_TO)
    assert claim.cue is not None and claim.cue.text == "according to"
    assert claim.content.text == "About 12,000 people died"
    speaker = claim.speakers[0]
    assert speaker.text == "Jose Luengo-Cabrera, a specialist with the UN"
    assert (speaker.canonical, speaker.kind, speaker.resolved_from) == (
        "Jose Luengo-Cabrera", SpeakerKind.PERSON, ResolvedFrom.APPOSITION)


@pytest.mark.parametrize(("text", "table", "content"), [
    ("The tax deters no one: London stayed on top, according to one index.", """
The DET 2 det
tax NOUN 3 nsubj
deters VERB 0 root lemma=deter
no DET 5 det
one NOUN 3 obj
: PUNCT 8 punct
London PROPN 8 nsubj ner=S-LOC
stayed VERB 3 parataxis lemma=stay
on ADP 10 case
top NOUN 8 obl
, PUNCT 15 punct
according VERB 15 case
to ADP 12 fixed
one NUM 15 nummod
index NOUN 8 obl
. PUNCT 3 punct
""", "London stayed on top"),
    ("Clinton leads by 271 delegates, according to a count, but Sanders fights on.", """
Clinton PROPN 2 nsubj ner=S-PER
leads VERB 0 root lemma=lead
by ADP 5 case
271 NUM 5 nummod
delegates NOUN 2 obl lemma=delegate
, PUNCT 10 punct
according VERB 10 case
to ADP 7 fixed
a DET 10 det
count NOUN 2 obl
, PUNCT 15 punct
but CCONJ 15 cc
Sanders PROPN 15 nsubj ner=S-PER
fights VERB 2 conj lemma=fight
on ADV 14 advmod
. PUNCT 2 punct
""", "Clinton leads by 271 delegates"),
    ("States like Iowa (93 percent white, according to exit polls) voted.", """
States NOUN 14 nsubj lemma=state
like ADP 3 case
Iowa PROPN 1 nmod ner=S-LOC
( PUNCT 7 punct
93 NUM 6 nummod
percent NOUN 7 obl:npmod
white ADJ 3 appos
, PUNCT 12 punct
according VERB 12 case
to ADP 9 fixed
exit NOUN 12 compound
polls NOUN 7 obl lemma=poll
) PUNCT 7 punct
voted VERB 0 root lemma=vote
. PUNCT 14 punct
""", "93 percent white"),
])
def test_according_to_sources_only_its_own_clause(text, table, content) -> None:
    """A colon before, or a coordinated clause after, bounds what the phrase sources."""
    claim = next(c for c in claims_of(text, table) if c.rule.startswith("according-to"))
    assert claim.content.text == content


def test_according_to_reads_the_source_from_the_words_when_the_parse_misplaces_them() -> None:
    """'law' tagged a verb and made the head of the phrase: the source is still the officials."""
    claim = only(claims_of("According to law enforcement officials, the account was linked.", """
According VERB 3 mark
to PART 3 mark
law VERB 9 advcl
enforcement NOUN 5 compound
officials NOUN 3 obj lemma=official
, PUNCT 3 punct
the DET 8 det
account NOUN 10 nsubj:pass
was AUX 10 aux:pass lemma=be
linked VERB 0 root lemma=link
. PUNCT 10 punct
"""))
    assert claim.rule == "according-to"
    assert claim.speakers[0].text == "law enforcement officials"
    assert claim.content.text == "the account was linked"


def test_according_to_closing_a_sentence_runs_to_its_end() -> None:
    """'…, according to the document he released.': the content stops before the phrase."""
    claim = only(claims_of("The plan costs $1 trillion, according to the document he released.", """
The DET 2 det
plan NOUN 3 nsubj
costs VERB 0 root lemma=cost
$ SYM 3 obj
1 NUM 6 compound
trillion NUM 4 nummod
, PUNCT 11 punct
according VERB 11 case
to ADP 8 fixed
the DET 11 det
document NOUN 3 obl
he PRON 13 nsubj
released VERB 11 acl:relcl lemma=release feats=Mood=Ind|Tense=Past|VerbForm=Fin
. PUNCT 3 punct
"""))
    assert claim.content.text == "The plan costs $1 trillion"


def test_according_to_a_statement_alone_is_its_own_source_and_channel() -> None:
    claim = only(claims_of("About 50 people died, according to a statement.", """
About ADV 2 advmod
50 NUM 3 nummod
people NOUN 4 nsubj
died VERB 0 root lemma=die
, PUNCT 9 punct
according VERB 9 case
to ADP 6 fixed
a DET 9 det
statement NOUN 4 obl
. PUNCT 4 punct
"""))
    assert claim.rule == "according-to:channel"
    assert [(s.text, s.canonical) for s in claim.speakers] == [("a statement", "statement")]
    assert claim.via is not None and claim.via.text == "according to a statement"


@pytest.mark.parametrize(("text", "table", "speaker", "content"), [
    ("In a Fox poll released Sunday, Cruz had 38 percent.", """
In ADP 4 case
a DET 4 det
Fox PROPN 4 compound
poll NOUN 9 obl
released VERB 4 acl lemma=release
Sunday PROPN 5 obl:tmod
, PUNCT 4 punct
Cruz PROPN 9 nsubj ner=S-PER
had VERB 0 root lemma=have
38 NUM 11 nummod
percent NOUN 9 obj
. PUNCT 9 punct
""", "a Fox poll released Sunday", "Cruz had 38 percent"),
    ("Though she trails in the polls, Clinton leads.", """
Though SCONJ 3 mark
she PRON 3 nsubj
trails VERB 9 advcl lemma=trail
in ADP 6 case
the DET 6 det
polls NOUN 3 obl lemma=poll
, PUNCT 3 punct
Clinton PROPN 9 nsubj ner=S-PER
leads VERB 0 root lemma=lead
. PUNCT 9 punct
""", "the polls", "she trails"),
])
def test_a_poll_an_in_phrase_names_is_the_source_of_its_clause(text, table, speaker,
                                                              content) -> None:
    claim = only(claims_of(text, table))
    assert (claim.rule, claim.cue.text.lower() if claim.cue else None) == ("in-finding", "in")
    assert [s.text for s in claim.speakers] == [speaker]
    assert claim.content.text == content


def test_a_poll_phrase_in_a_relative_clause_sources_nothing() -> None:
    """'Trump, who leads in the polls': the finding's subject stands outside the clause."""
    claims = claims_of("Trump, who leads in the polls, spoke.", """
Trump PROPN 9 nsubj ner=S-PER
, PUNCT 4 punct
who PRON 4 nsubj feats=PronType=Rel
leads VERB 1 acl:relcl lemma=lead
in ADP 7 case
the DET 7 det
polls NOUN 4 obl lemma=poll
, PUNCT 4 punct
spoke VERB 0 root lemma=speak
. PUNCT 9 punct
""")
    assert claims == []


def test_possessive_cue_noun() -> None:
    claim = only(claims_of("The army's claim that it won was false.", """
The DET 2 det
army NOUN 4 nmod:poss
's PART 2 case
claim NOUN 9 nsubj
that SCONJ 7 mark
it PRON 7 nsubj
won VERB 4 acl lemma=win
was AUX 9 cop
false ADJ 0 root
. PUNCT 9 punct
"""))
    assert (claim.rule, claim.hedge, claim.content.text) == ("noun:possessive", "claimed", "it won")
    assert [s.text for s in claim.speakers] == ["The army"]


def test_a_cue_noun_with_its_own_phrase() -> None:
    claim = only(claims_of("The group's call for a ceasefire was rejected.", """
The DET 2 det
group NOUN 4 nmod:poss
's PART 2 case
call NOUN 9 nsubj:pass
for ADP 7 case
a DET 7 det
ceasefire NOUN 4 nmod
was AUX 9 aux:pass lemma=be
rejected VERB 0 root lemma=reject feats=Tense=Past|VerbForm=Part|Voice=Pass
. PUNCT 9 punct
"""))
    assert (claim.rule, claim.hedge, claim.content.text) == ("noun:possessive", "urged",
                                                             "a ceasefire")
    assert claim.cue is not None and claim.cue.text == "call"
    assert [s.text for s in claim.speakers] == ["The group"]


def test_a_cue_noun_with_an_infinitive() -> None:
    claim = only(claims_of("Trump's plan to cut taxes drew fire.", """
Trump PROPN 3 nmod:poss ner=S-PER
's PART 1 case
plan NOUN 7 nsubj
to PART 5 mark
cut VERB 3 acl
taxes NOUN 5 obj lemma=tax
drew VERB 0 root lemma=draw
fire NOUN 7 obj
. PUNCT 7 punct
"""))
    assert (claim.rule, claim.hedge, claim.content.text) == ("noun:possessive", "intended",
                                                             "to cut taxes")
    assert [s.text for s in claim.speakers] == ["Trump"]


TOLD = ("The spokesman told AFP that 20 soldiers died.", """
The DET 2 det
spokesman NOUN 3 nsubj
told VERB 0 root lemma=tell
AFP PROPN 3 obj ner=S-ORG
that SCONJ 8 mark
20 NUM 7 nummod
soldiers NOUN 8 nsubj
died VERB 3 ccomp lemma=die
. PUNCT 3 punct
""", "told AFP")

IN_A_STATEMENT = ("In a statement, the army said 20 soldiers died.", """
In ADP 3 case
a DET 3 det
statement NOUN 7 obl
, PUNCT 3 punct
the DET 6 det
army NOUN 7 nsubj
said VERB 0 root lemma=say
20 NUM 9 nummod
soldiers NOUN 10 nsubj
died VERB 7 ccomp lemma=die
. PUNCT 7 punct
""", "In a statement")

ON_TELEGRAM = ("The group said on Telegram that it killed 20 soldiers.", """
The DET 2 det
group NOUN 3 nsubj
said VERB 0 root lemma=say
on ADP 5 case
Telegram PROPN 3 obl
that SCONJ 8 mark
it PRON 8 nsubj
killed VERB 3 ccomp lemma=kill
20 NUM 10 nummod
soldiers NOUN 8 obj
. PUNCT 3 punct
""", "on Telegram")

VIA_SITE = ("The group said via SITE that it killed 20 soldiers.", """
The DET 2 det
group NOUN 3 nsubj
said VERB 0 root lemma=say
via ADP 5 case
SITE PROPN 3 obl ner=S-ORG
that SCONJ 8 mark
it PRON 8 nsubj
killed VERB 3 ccomp lemma=kill
20 NUM 10 nummod
soldiers NOUN 8 obj
. PUNCT 3 punct
""", "via SITE")

SEEN_BY = ("The army said in a document seen by Reuters that 20 soldiers died.", """
The DET 2 det
army NOUN 3 nsubj
said VERB 0 root lemma=say
in ADP 6 case
a DET 6 det
document NOUN 3 obl
seen VERB 6 acl lemma=see feats=VerbForm=Part
by ADP 9 case
Reuters PROPN 7 obl ner=S-ORG
that SCONJ 13 mark
20 NUM 12 nummod
soldiers NOUN 13 nsubj
died VERB 3 ccomp lemma=die
. PUNCT 3 punct
""", "a document seen by Reuters")


@pytest.mark.parametrize(("text", "table", "via"),
                         [TOLD, IN_A_STATEMENT, ON_TELEGRAM, VIA_SITE, SEEN_BY])
def test_channels(text, table, via) -> None:
    claim = next(c for c in claims_of(text, table) if c.cue and c.cue.lemma in ("say", "tell"))
    assert claim.via is not None and claim.via.text == via
    assert "20 soldiers" in claim.content.text


# --- speakers across sentences ---------------------------------------------------------

def test_it_prefers_the_earlier_speaker_to_a_country_inside_its_claim() -> None:
    text = "The CSP said Burkina Faso killed civilians. It said the dead were migrants."
    claims = claims_of(text, """
The DET 2 det
CSP PROPN 3 nsubj ner=S-ORG
said VERB 0 root lemma=say
Burkina PROPN 6 nsubj ner=B-LOC
Faso PROPN 4 flat ner=E-LOC
killed VERB 3 ccomp lemma=kill
civilians NOUN 6 obj
. PUNCT 3 punct

It PRON 2 nsubj
said VERB 0 root lemma=say
the DET 4 det
dead ADJ 6 nsubj
were AUX 6 cop
migrants NOUN 2 ccomp lemma=migrant
. PUNCT 2 punct
""")
    second = claims[1].speakers[0]
    assert (second.text, second.canonical, second.resolved_from) == (
        "It", "CSP", ResolvedFrom.PRONOUN)


def test_he_skips_an_organisation_for_the_person_before() -> None:
    text = "Assimi Goita met the envoy. The army said it won. He said the war was over."
    claims = claims_of(text, """
Assimi PROPN 3 nsubj ner=B-PER
Goita PROPN 1 flat ner=E-PER
met VERB 0 root lemma=meet
the DET 5 det
envoy NOUN 3 obj
. PUNCT 3 punct

The DET 2 det
army NOUN 3 nsubj
said VERB 0 root lemma=say
it PRON 5 nsubj
won VERB 3 ccomp lemma=win
. PUNCT 3 punct

He PRON 2 nsubj
said VERB 0 root lemma=say
the DET 4 det
war NOUN 6 nsubj
was AUX 6 cop
over ADJ 2 ccomp
. PUNCT 2 punct
""")
    assert claims[1].speakers[0].canonical == "Assimi Goita"


def test_the_army_and_the_malian_army_are_mali_s_army() -> None:
    text = ("Mali's army recaptured Kidal. The army said it won. "
            "The Malian army said it lost nobody.")
    claims = claims_of(text, """
Mali PROPN 3 nmod:poss ner=S-PER
's PART 1 case
army NOUN 4 nsubj
recaptured VERB 0 root lemma=recapture
Kidal PROPN 4 obj
. PUNCT 4 punct

The DET 2 det
army NOUN 3 nsubj
said VERB 0 root lemma=say
it PRON 5 nsubj
won VERB 3 ccomp lemma=win
. PUNCT 3 punct

The DET 3 det
Malian ADJ 3 amod ner=S-MISC
army NOUN 4 nsubj
said VERB 0 root lemma=say
it PRON 6 nsubj
lost VERB 4 ccomp lemma=lose
nobody PRON 6 obj
. PUNCT 4 punct
""")
    assert [(c.speakers[0].text, c.speakers[0].canonical, c.speakers[0].resolved_from)
            for c in claims] == [("The army", "Mali's army", ResolvedFrom.DEFINITE),
                                 ("The Malian army", "Mali's army", ResolvedFrom.DEFINITE)]
    assert claims[0].speakers[0].kind is SpeakerKind.ORGANISATION


def test_text_declared_name_becomes_the_canonical_name() -> None:
    text = ("The group, known as the Permanent Strategic Framework or CSP, said it killed "
            "dozens. The CSP said it lost fighters.")
    claims = claims_of(text, """
The DET 2 det
group NOUN 13 nsubj
, PUNCT 4 punct
known VERB 2 acl lemma=know feats=VerbForm=Part
as ADP 9 case
the DET 9 det
Permanent PROPN 9 compound
Strategic PROPN 9 compound
Framework PROPN 4 obl
or CCONJ 11 cc
CSP PROPN 9 conj ner=S-ORG
, PUNCT 4 punct
said VERB 0 root lemma=say
it PRON 15 nsubj
killed VERB 13 ccomp lemma=kill
dozens NOUN 15 obj
. PUNCT 13 punct

The DET 2 det
CSP PROPN 3 nsubj ner=S-ORG
said VERB 0 root lemma=say
it PRON 5 nsubj
lost VERB 3 ccomp lemma=lose
fighters NOUN 5 obj
. PUNCT 3 punct
""")
    first, second = (c.speakers[0] for c in claims)
    assert first.text == "The group, known as the Permanent Strategic Framework or CSP"
    assert (first.canonical, first.resolved_from) == ("CSP", ResolvedFrom.ALIAS)
    assert first.kind is SpeakerKind.GROUP
    assert (second.canonical, second.resolved_from) == ("CSP", ResolvedFrom.NONE)


def test_parenthesised_acronym_becomes_the_canonical_name() -> None:
    claim = only(claims_of("The Permanent Strategic Framework (CSP-DPA) said it attacked.", """
The DET 4 det
Permanent PROPN 4 compound
Strategic PROPN 4 compound
Framework PROPN 8 nsubj
( PUNCT 6 punct
CSP-DPA PROPN 4 appos
) PUNCT 6 punct
said VERB 0 root lemma=say
it PRON 10 nsubj
attacked VERB 8 ccomp lemma=attack
. PUNCT 8 punct
"""))
    assert claim.speakers[0].canonical == "CSP-DPA"


JNIM = ("An Islamist group affiliated with al Qaeda said it killed 50 Russians.", """
An DET 3 det
Islamist ADJ 3 amod ner=S-MISC
group NOUN 8 nsubj
affiliated VERB 3 acl lemma=affiliate feats=VerbForm=Part
with ADP 7 case
al PROPN 7 compound
Qaeda PROPN 4 obl ner=S-ORG
said VERB 0 root lemma=say
it PRON 10 nsubj
killed VERB 8 ccomp lemma=kill
50 NUM 12 nummod
Russians PROPN 10 obj ner=S-MISC
. PUNCT 8 punct
""")


def test_user_alias_table_applies_last() -> None:
    plain = only(claims_of(*JNIM)).speakers[0]
    assert plain.canonical == "Islamist group affiliated with al Qaeda"
    aliased = only(claims_of(*JNIM, aliases={
        "An Islamist group affiliated with al Qaeda": "JNIM"})).speakers[0]
    assert (aliased.text, aliased.canonical, aliased.resolved_from) == (
        "An Islamist group affiliated with al Qaeda", "JNIM", ResolvedFrom.ALIAS)
    assert aliased.kind is SpeakerKind.GROUP


# --- non-claims ------------------------------------------------------------------------

NO_RESPONSE = ("The government did not immediately respond to a request for comment.", """
The DET 2 det
government NOUN 6 nsubj
did AUX 6 aux
not PART 6 advmod
immediately ADV 6 advmod
respond VERB 0 root
to ADP 9 case
a DET 9 det
request NOUN 6 obl
for ADP 11 case
comment NOUN 9 nmod
. PUNCT 6 punct
""", ["The government"], "did not immediately respond to a request for comment")

DECLINED = ("The ministry declined to comment.", """
The DET 2 det
ministry NOUN 3 nsubj
declined VERB 0 root lemma=decline
to PART 5 mark
comment VERB 3 xcomp feats=VerbForm=Inf
. PUNCT 3 punct
""", ["The ministry"], "declined to comment")

UNREACHABLE = ("A spokesman couldn't be reached.", """
A DET 2 det
spokesman NOUN 6 nsubj:pass
could AUX 6 aux
n't PART 6 advmod
be AUX 6 aux:pass
reached VERB 0 root lemma=reach
. PUNCT 6 punct
""", ["A spokesman"], "could")

NEITHER = ("Neither Mali nor Wagner have said how many troops they lost.", """
Neither CCONJ 2 cc:preconj
Mali PROPN 6 nsubj ner=S-LOC
nor CCONJ 4 cc
Wagner PROPN 2 conj ner=S-ORG
have AUX 6 aux
said VERB 0 root lemma=say
how ADV 8 advmod
many ADJ 9 amod
troops NOUN 11 obj
they PRON 11 nsubj
lost VERB 6 ccomp lemma=lose
. PUNCT 6 punct
""", ["Mali", "Wagner"], "have said how many troops they lost")

NOT_SAID = ("The army did not say how many soldiers died.", """
The DET 2 det
army NOUN 5 nsubj
did AUX 5 aux
not PART 5 advmod
say VERB 0 root
how ADV 7 advmod
many ADJ 8 amod
soldiers NOUN 9 nsubj
died VERB 5 ccomp lemma=die
. PUNCT 5 punct
""", ["The army"], "did not say how many soldiers died")

ANONYMITY = ("The official asked not to be named.", """
The DET 2 det
official NOUN 3 nsubj
asked VERB 0 root lemma=ask
not PART 7 advmod
to PART 7 mark
be AUX 7 aux:pass
named VERB 3 xcomp lemma=name feats=Tense=Past|VerbForm=Part|Voice=Pass
. PUNCT 3 punct
""", ["The official"], "asked not to be named")


@pytest.mark.parametrize(("text", "table", "speakers", "content"),
                         [NO_RESPONSE, DECLINED, UNREACHABLE, NEITHER, NOT_SAID, ANONYMITY])
def test_non_claims_are_kept_apart(text, table, speakers, content) -> None:
    claims = claims_of(text, table)
    assert claims and all(c.non_claim and c.negated for c in claims)
    claim = claims[0]
    assert [s.text for s in claim.speakers] == speakers
    assert claim.content.text.startswith(content)
    assert claim.rule.startswith("nonclaim:")


# --- the pieces on their own -----------------------------------------------------------

@pytest.mark.parametrize(("text", "quoted", "balanced"), [
    ('He said "go home" now.', ['"go home"'], [True]),
    ("\u201cA,\u201d he said, \u201cB.\u201d", ["\u201cA,\u201d", "\u201cB.\u201d"], [True, True]),
    ("''Tax reform,'' he said.", ["''Tax reform,''"], [True]),
    ("Mali\u2019s army and the rebels\u2019 leader met.", [], []),
    ("British \u2018quote here,\u2019 she said.", ["\u2018quote here,\u2019"], [True]),
    ("\u201cOpen and never closed\nNext paragraph.", ["\u201cOpen and never closed"], [False]),
    ("\u201cA.\n\n\u201cB,\u201d he said.", ["\u201cA.\n\n\u201cB,\u201d"], [True]),
    ('One " two', ['One "'], [False]),
])
def test_quote_pairing(text, quoted, balanced) -> None:
    quotes = find_quotes(text)
    assert [text[q.outer[0]:q.outer[1]] for q in quotes] == quoted
    assert [q.balanced for q in quotes] == balanced


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
    _, sdoc = parsed(text, """
That PRON 4 nsubj
will AUX 4 aux
be AUX 4 cop lemma=be
true ADJ 0 root
, PUNCT 6 punct
said VERB 4 parataxis lemma=say
Sherman PROPN 6 nsubj ner=S-PER
, PUNCT 10 punct
a DET 10 det
reporter NOUN 7 appos
whose PRON 12 nmod:poss
work NOUN 14 nsubj
has AUX 14 aux
driven VERB 10 acl:relcl lemma=drive
rivals NOUN 14 obj
off ADP 14 compound:prt
. PUNCT 4 punct
""")
    tree = build_tree(0, sdoc.sentences[0])
    found = trailing(tree, 5)
    assert found is not None
    (lo, hi), speaker = found
    assert (tree.text[lo], tree.text[hi]) == ("That", "true")
    assert speaker is not None and tree.text[speaker.head] == "Sherman"


ABSOLUTE = ("Voters back her, with 50 percent saying she is ready.", """
Voters NOUN 2 nsubj lemma=voter
back VERB 0 root
her PRON 2 obj
, PUNCT 8 punct
with SCONJ 8 mark
50 NUM 7 nummod
percent NOUN 8 nsubj
saying VERB 2 advcl lemma=say feats=VerbForm=Ger
she PRON 11 nsubj
is AUX 11 cop lemma=be
ready ADJ 8 ccomp
. PUNCT 2 punct
""")


def test_the_nominal_after_with_is_the_subject_of_a_participle_cue() -> None:
    """The surface reading agrees with UD, where "percent" is the subject of "saying"."""
    _, sdoc = parsed(*ABSOLUTE)
    tree = build_tree(0, sdoc.sentences[0])
    found = absolute_subject(tree, 7)
    assert found is not None and (found.lo, found.hi, found.head) == (5, 6, 6)
    assert [s.text for s in only(claims_of(*ABSOLUTE)).speakers] == ["50 percent"]


def test_the_nominal_after_with_is_the_subject_of_a_past_participle_cue_too() -> None:
    """'…, with many worried that it is dead': "many" worries, as UD has it."""
    text, table = ("The zone broke, with many worried that it is dead.", """
The DET 2 det
zone NOUN 3 nsubj
broke VERB 0 root lemma=break
, PUNCT 7 punct
with SCONJ 7 mark
many ADJ 7 nsubj
worried VERB 3 advcl lemma=worry feats=Tense=Past|VerbForm=Part
that SCONJ 12 mark
it PRON 12 nsubj
is AUX 12 cop lemma=be
dead ADJ 7 ccomp
. PUNCT 3 punct
""")
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


FRONTED = ("While admitting they had been friends, he claimed they never met.", """
While SCONJ 2 mark
admitting VERB 9 advcl lemma=admit feats=VerbForm=Ger
they PRON 6 nsubj
had AUX 6 aux
been AUX 6 cop lemma=be
friends NOUN 2 ccomp lemma=friend
, PUNCT 2 punct
he PRON 9 nsubj
claimed VERB 0 root lemma=claim
they PRON 12 nsubj
never ADV 12 advmod
met VERB 9 ccomp lemma=meet
. PUNCT 9 punct
""")


def test_the_main_clause_after_a_fronted_clause_agrees_with_the_parse() -> None:
    """The surface reading ends the fronted clause's content where UD's main clause begins."""
    _, sdoc = parsed(*FRONTED)
    tree = build_tree(0, sdoc.sentences[0])
    assert main_clause(tree, 1, 2, 11) == 5
    _, sdoc = parsed("Citing polls, he said she won.", """
Citing VERB 5 advcl lemma=cite feats=VerbForm=Ger
polls NOUN 1 obj lemma=poll
, PUNCT 1 punct
he PRON 5 nsubj
said VERB 0 root lemma=say feats=Mood=Ind|Tense=Past|VerbForm=Fin
she PRON 7 nsubj
won VERB 5 ccomp lemma=win
. PUNCT 5 punct
""")
    tree = build_tree(0, sdoc.sentences[0])
    assert main_clause(tree, 0, 1, 6) == 1
    claims = claims_of(*FRONTED)
    assert sorted((c.cue.text, c.content.text) for c in claims if c.cue) == [
        ("admitting", "they had been friends"), ("claimed", "they never met")]


def test_forward_content_ends_before_a_participle_after_a_closing_quote() -> None:
    """'He said the race is "rigged," adding …': the comma inside the quote still ends it."""
    text = "He said the race is \u201crigged,\u201d adding that he would win."
    _, sdoc = parsed(text, """
He PRON 2 nsubj
said VERB 0 root lemma=say
the DET 4 det
race NOUN 7 nsubj
is AUX 7 cop lemma=be
\u201c PUNCT 7 punct
rigged ADJ 2 ccomp
, PUNCT 7 punct
\u201d PUNCT 7 punct
adding VERB 2 advcl lemma=add feats=VerbForm=Ger
that SCONJ 14 mark
he PRON 14 nsubj
would AUX 14 aux
win VERB 10 ccomp
. PUNCT 2 punct
""")
    tree = build_tree(0, sdoc.sentences[0])
    lo, hi = forward(tree, 1)
    assert text[tree.begin[lo]:tree.end[hi]] == "the race is \u201crigged"


INVERTED_AFTER_QUOTE = ("\u201cThey are wrong,\u201d said 9/11 widow Terry Strada.", """
\u201c PUNCT 4 punct
They PRON 4 nsubj
are AUX 4 cop lemma=be
wrong ADJ 7 ccomp
, PUNCT 4 punct
\u201d PUNCT 4 punct
said VERB 0 root lemma=say
9/11 NUM 9 nummod
widow NOUN 11 compound
Terry PROPN 11 compound ner=B-PER
Strada PROPN 7 nsubj ner=E-PER
. PUNCT 7 punct
""")


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
    _, sdoc = parsed("A group affiliated with al Qaeda said ...", """
A DET 2 det
group NOUN 7 nsubj
affiliated VERB 2 acl lemma=affiliate feats=Tense=Past|VerbForm=Part
with ADP 6 case
al PROPN 6 compound
Qaeda PROPN 3 obl
said VERB 0 root lemma=say
... PUNCT 7 punct
""")
    ref = leading_subject(build_tree(0, sdoc.sentences[0]), 6)
    assert ref is not None and (ref.lo, ref.hi) == (0, 5)
    _, sdoc = parsed("The White House says expanding a monument will protect species.", """
The DET 3 det
White ADJ 3 amod
House PROPN 4 nsubj
says VERB 0 root lemma=say
expanding VERB 9 csubj lemma=expand feats=Tense=Pres|VerbForm=Part
a DET 7 det
monument NOUN 5 obj
will AUX 9 aux
protect VERB 4 ccomp
species NOUN 9 obj
. PUNCT 4 punct
""")
    assert forward(build_tree(0, sdoc.sentences[0]), 3) == (4, 9)
    _, sdoc = parsed("Trump told Fox News that they hit Matt.", """
Trump PROPN 2 nsubj
told VERB 0 root lemma=tell
Fox PROPN 4 compound
News PROPN 2 iobj
that SCONJ 7 mark
they PRON 7 nsubj
hit VERB 2 ccomp
Matt PROPN 7 obj
. PUNCT 2 punct
""")
    assert forward(build_tree(0, sdoc.sentences[0]), 1) == (5, 7)


def test_a_leading_subject_reads_past_a_restrictive_relative() -> None:
    """'Lopez, a legislator who became governor, said …': the phrase before "who" speaks."""
    _, sdoc = parsed("Lopez, a legislator who became governor, said it works.", """
Lopez PROPN 9 nsubj ner=S-PER
, PUNCT 4 punct
a DET 4 det
legislator NOUN 1 appos
who PRON 6 nsubj
became VERB 4 acl:relcl lemma=become
governor NOUN 6 xcomp
, PUNCT 1 punct
said VERB 0 root lemma=say
it PRON 11 nsubj
works VERB 9 ccomp lemma=work
. PUNCT 9 punct
""")
    ref = leading_subject(build_tree(0, sdoc.sentences[0]), 8)
    assert ref is not None and (ref.lo, ref.hi) == (0, 3)


def test_a_leading_subject_is_read_past_an_aside_holding_a_clause() -> None:
    """'Trump, later alleging that Obama lied, said …': the phrase before the aside speaks."""
    _, sdoc = parsed("Trump, later alleging that Obama lied, said he would act.", """
Trump PROPN 9 nsubj ner=S-PER
, PUNCT 4 punct
later ADV 4 advmod
alleging VERB 9 advcl lemma=allege feats=Tense=Pres|VerbForm=Part
that SCONJ 7 mark
Obama PROPN 7 nsubj ner=S-PER
lied VERB 4 ccomp lemma=lie feats=Mood=Ind|Tense=Past|VerbForm=Fin
, PUNCT 4 punct
said VERB 0 root lemma=say feats=Mood=Ind|Tense=Past|VerbForm=Fin
he PRON 12 nsubj
would AUX 12 aux
act VERB 9 ccomp lemma=act
. PUNCT 9 punct
""")
    ref = leading_subject(build_tree(0, sdoc.sentences[0]), 8)
    assert ref is not None and (ref.lo, ref.hi) == (0, 0)


def test_a_that_clause_is_read_past_an_adjunct_after_the_cue() -> None:
    """'insisted at a rally Wednesday that …': the clause after "that", however a parse hangs it."""
    _, sdoc = parsed("Sanders insisted at a rally Wednesday that he is still running.", """
Sanders PROPN 2 nsubj
insisted VERB 0 root lemma=insist
at ADP 5 case
a DET 5 det
rally NOUN 2 obl
Wednesday PROPN 2 obl:tmod
that SCONJ 11 mark
he PRON 11 nsubj
is AUX 11 aux lemma=be
still ADV 11 advmod
running VERB 2 ccomp lemma=run feats=Tense=Pres|VerbForm=Part
. PUNCT 2 punct
""")
    tree = build_tree(0, sdoc.sentences[0])
    assert that_ahead(tree, 1) and not that_ahead(tree, 10)
    assert forward(tree, 1) == (7, 10)


def test_the_that_of_an_object_noun_is_not_the_cues() -> None:
    """'likened the deal to Trump's proposal that …': "that" opens the noun's clause."""
    _, sdoc = parsed("She likened the deal to his proposal that Mexico pay.", """
She PRON 2 nsubj
likened VERB 0 root lemma=liken
the DET 4 det
deal NOUN 2 obj
to ADP 7 case
his PRON 7 nmod:poss
proposal NOUN 2 obl
that SCONJ 10 mark
Mexico PROPN 10 nsubj
pay VERB 7 acl lemma=pay
. PUNCT 2 punct
""")
    assert not that_ahead(build_tree(0, sdoc.sentences[0]), 1)


def test_a_surface_clause_ends_before_the_reporters_own_verb() -> None:
    """'Leenders, who estimated that …, said he voted': the clause ends before ", said"."""
    _, sdoc = parsed("Leenders, who estimated that a quarter were supporters, said he voted.", """
Leenders PROPN 11 nsubj
, PUNCT 4 punct
who PRON 4 nsubj
estimated VERB 1 acl:relcl lemma=estimate feats=Mood=Ind|Tense=Past|VerbForm=Fin
that SCONJ 9 mark
a DET 7 det
quarter NOUN 9 nsubj
were AUX 9 cop lemma=be
supporters NOUN 4 ccomp lemma=supporter
, PUNCT 4 punct
said VERB 0 root lemma=say feats=Mood=Ind|Tense=Past|VerbForm=Fin
he PRON 13 nsubj
voted VERB 11 ccomp lemma=vote feats=Mood=Ind|Tense=Past|VerbForm=Fin
. PUNCT 11 punct
""")
    assert forward(build_tree(0, sdoc.sentences[0]), 3) == (5, 8)


@pytest.mark.parametrize(("text", "table", "word", "cue"), [
    ("Recent polls show that it reversed.", """
Recent ADJ 2 amod
polls NOUN 3 compound lemma=poll feats=Number=Plur
show NOUN 0 root lemma=show feats=Number=Sing
that SCONJ 6 mark
it PRON 6 nsubj
reversed VERB 3 acl lemma=reverse
. PUNCT 3 punct
""", 2, True),
    ("\u201cIt stems from two issues,\u201d writes Nate Silver.", """
\u201c PUNCT 3 punct
It PRON 3 nsubj
stems VERB 0 root lemma=stem
from ADP 6 case
two NUM 6 nummod
issues NOUN 3 obl lemma=issue
, PUNCT 9 punct
\u201d PUNCT 9 punct
writes NOUN 3 parataxis lemma=write
Nate PROPN 11 compound
Silver PROPN 9 obl
. PUNCT 3 punct
""", 8, True),
    ("The shows that aired drew crowds.", """
The DET 2 det
shows NOUN 5 nsubj lemma=show feats=Number=Plur
that PRON 4 nsubj
aired VERB 2 acl:relcl lemma=air
drew VERB 0 root lemma=draw
crowds NOUN 5 obj lemma=crowd
. PUNCT 5 punct
""", 1, False),
])
def test_verb_forms_tagged_as_nouns(text, table, word, cue) -> None:
    """Only where a verb must stand: after a plural subject, or inverted after a quote."""
    _, sdoc = parsed(text, table)
    assert is_cue_verb(build_tree(0, sdoc.sentences[0]), word) is cue


def test_a_quantifier_heads_an_inverted_speaker() -> None:
    """'…," said one of two witnesses who …': "one" speaks; the relative clause is not the name."""
    _, sdoc = parsed("\u201cIt was awful,\u201d said one of two witnesses who saw it.", """
\u201c PUNCT 4 punct
It PRON 4 nsubj
was AUX 4 cop lemma=be
awful ADJ 7 ccomp
, PUNCT 4 punct
\u201d PUNCT 4 punct
said VERB 0 root lemma=say
one NUM 7 nsubj
of ADP 11 case
two NUM 11 nummod
witnesses NOUN 8 nmod lemma=witness
who PRON 13 nsubj
saw VERB 11 acl:relcl lemma=see
it PRON 13 obj
. PUNCT 7 punct
""")
    ref = phrase_after(build_tree(0, sdoc.sentences[0]), 6)
    assert ref is not None and (ref.head, ref.lo, ref.hi) == (7, 7, 10)


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


@pytest.mark.parametrize(("form", "lemma"), [
    ("quipped", "quip"), ("dubbed", "dub"), ("slamming", "slam"), ("preferred", "prefer"),
    ("admitted", "admit"), ("shouted", "shout"), ("vowed", "vow"), ("called", "call"),
])
def test_an_unknown_form_finds_its_lexicon_verb_whatever_its_spelling(form, lemma) -> None:
    """The lemmatizer keeps forms it never saw; the lexicon must spell them as English does."""
    assert forms.lexical_lemma(form, form, "VERB") == lemma
