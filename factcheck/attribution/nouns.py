"""Cue nouns: "X's claim that …", "a claim by X that …", "X made the claim that …".

In UD the clause a reporting noun introduces is its ``acl`` (or ``ccomp``)
opened by the complementizer "that" (a relative clause would have "that" as
a pronoun, not a ``mark``). An estimate may carry its content as an
"of"-phrase ("the army's estimate of 50 dead"), the nouns of
``cues.NOUN_PP_CUES`` as their own phrase ("his call for a ceasefire", "the
group's support for Trump") and those of ``cues.NOUN_INFINITIVE_CUES`` as an
infinitive ("his plan to cut taxes"). The speaker is the noun's possessor, its
"by"/"from" phrase, or the subject of a light verb whose object the noun is.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.attribution.frames import Frame, MentionRef
from factcheck.attribution.grammar import clause_range
from factcheck.attribution.mentions import mention_span
from factcheck.attribution.registry import Context, Trigger, rule
from factcheck.attribution.reporters import issuer, speaker_heads
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import (
    ESTIMATED,
    NOUN_INFINITIVE_CUES,
    NOUN_PP_CUES,
    PP_CUE_NOUNS,
    REPORTING_NOUNS,
)
from factcheck.lexicon.grammar import AGENT_CASES, COMPLEMENTIZERS, NOUN_CLAUSE_DEPS
from factcheck.records import AttributionType


@rule(name="noun", stage="nouns",
      trigger=Trigger(tagged=(("NOUN", frozenset(REPORTING_NOUNS) | PP_CUE_NOUNS),)))
def noun_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    quotes = ctx.index
    for noun in range(len(tree)):
        lemma = tree.lemma[noun]
        if tree.upos[noun] != "NOUN" or quotes.inside(tree.begin[noun]) \
                or (lemma not in REPORTING_NOUNS and lemma not in PP_CUE_NOUNS):
            continue
        content, hedge = _content(tree, noun)
        found = _speaker(tree, noun)
        if content is None or found is None:
            continue
        rule, speaker = found
        start, end = quotes.balance(tree.begin[content[0]], tree.end[content[1]], tree.end_char)
        refs = tuple(MentionRef(tree.index, h, *mention_span(tree, h))
                     for h in speaker_heads(tree, speaker))
        yield Frame(sentence=tree.index, rule=rule,
                    type=AttributionType.MIXED if quotes.within(start, end)
                    else AttributionType.INDIRECT,
                    content=(start, end), cue=(tree.begin[noun], tree.end[noun]),
                    cue_lemma=lemma, speakers=refs, hedge=hedge)


def _content(tree: Tree, noun: int) -> tuple[tuple[int, int] | None, str]:
    """The noun's content words and the stance they carry."""
    lemma = tree.lemma[noun]
    for child in tree.children[noun]:
        if lemma in REPORTING_NOUNS and tree.deprel[child] in NOUN_CLAUSE_DEPS and any(
                tree.lemma[m] in COMPLEMENTIZERS for m in tree.kids(child, {"mark"})):
            return clause_range(tree, child), REPORTING_NOUNS[lemma]
    if lemma in NOUN_INFINITIVE_CUES:
        for child in tree.children[noun]:
            if child > noun and tree.base_deprel(child) == "acl" and any(
                    tree.lemma[m] == "to" for m in tree.kids(child, {"mark"})):
                return tree.trim(*tree.run(child)), NOUN_INFINITIVE_CUES[lemma]
    for child in tree.children[noun]:
        if child < noun or tree.base_deprel(child) != "nmod":
            continue
        for case in tree.kids(child, {"case"}):
            stance = NOUN_PP_CUES.get((lemma, tree.lemma[case]))
            if stance is None and tree.lemma[case] == "of" \
                    and REPORTING_NOUNS.get(lemma) == ESTIMATED:
                stance = ESTIMATED
            if stance is not None:
                return tree.trim(case + 1, tree.run(child)[1]), stance
    return None, REPORTING_NOUNS.get(lemma, "none")


def _speaker(tree: Tree, noun: int) -> tuple[str, int] | None:
    for child in tree.children[noun]:
        if tree.deprel[child] == "nmod:poss":
            return "noun:possessive", child
        if tree.base_deprel(child) == "nmod" and any(
                tree.lemma[c] in AGENT_CASES for c in tree.kids(child, {"case"})):
            return "noun:by", child
    subject = issuer(tree, noun)
    return None if subject is None else ("noun:light-verb", subject)
