"""The writer's own hedge: "Twitter appears to be used by ISIS", "the race seemed close".

UD makes the hedged predicate the ``xcomp`` of "seem" or "appear", and the
thing it is said of their subject; "it seems that …" has an expletive
subject and a ``ccomp`` instead. No one is quoted, so the claim has no
speaker, unless someone it seems so to is named ("seemed to many voters").
It is kept, hedged, because a fact-checker weighs a statement the writer
only half commits to.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.attribution.frames import Frame, MentionRef
from factcheck.attribution.grammar import cut_reporter_tail, is_cue_verb, reach
from factcheck.attribution.mentions import mention_span
from factcheck.attribution.quotes import QuoteIndex
from factcheck.attribution.registry import Context, Trigger, rule
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import EVIDENTIAL_ADVERBS, EVIDENTIAL_VERBS
from factcheck.lexicon.grammar import (
    CLAUSE_LINK_DEPS,
    HEDGED_PREDICATE_UPOS,
    NOMINAL_ARGUMENT_UPOS,
    NOT_SPEAKERS,
)
from factcheck.records import AttributionType


@rule(name="evidential", stage="reported",
      trigger=Trigger(tagged=(("VERB", frozenset(EVIDENTIAL_VERBS)),)))
def evidential_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    quotes = ctx.index
    for verb in range(len(tree)):
        stance = EVIDENTIAL_VERBS.get(tree.lemma[verb])
        if stance is None or tree.upos[verb] != "VERB" or quotes.inside(tree.begin[verb]):
            continue
        content = _content(tree, verb)
        if content is not None:
            yield _hedged(tree, quotes, "evidential", verb, content, stance,
                          _experiencer(tree, verb))


@rule(name="evidential:adverb", stage="reported",
      trigger=Trigger(forms=frozenset(EVIDENTIAL_ADVERBS)))
def adverb_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    """'The hackers have reportedly infiltrated …': the clause the adverb hedges, unsourced."""
    quotes = ctx.index
    for adverb in range(len(tree)):
        stance = EVIDENTIAL_ADVERBS.get(tree.text[adverb].lower())
        clause = tree.head[adverb]
        if stance is None or tree.deprel[adverb] != "advmod" or clause < 0 \
                or tree.upos[clause] not in HEDGED_PREDICATE_UPOS or is_cue_verb(tree, clause) \
                or quotes.inside(tree.begin[adverb]):
            continue
        content = _clause(tree, clause)
        if content is not None:
            yield _hedged(tree, quotes, "evidential:adverb", adverb, content, stance, ())


def _hedged(tree: Tree, quotes: QuoteIndex, rule: str, cue: int, content: tuple[int, int],
            stance: str, speakers: tuple[MentionRef, ...]) -> Frame:
    start, end = quotes.balance(tree.begin[content[0]], tree.end[content[1]], tree.end_char)
    lemma = tree.lemma[cue] if tree.upos[cue] == "VERB" else tree.text[cue].lower()
    return Frame(sentence=tree.index, rule=rule,
                 type=AttributionType.MIXED if quotes.within(start, end)
                 else AttributionType.INDIRECT,
                 content=(start, end), cue=(tree.begin[cue], tree.end[cue]),
                 cue_lemma=lemma, speakers=speakers, hedge=stance)


def _clause(tree: Tree, head: int) -> tuple[int, int] | None:
    """The hedged clause from its subject on, without a conjunction or subordinator before it."""
    span = tree.trim(*tree.run(head, tree.kids(head, CLAUSE_LINK_DEPS)))
    return None if span is None else cut_reporter_tail(tree, *span)


def _content(tree: Tree, verb: int) -> tuple[int, int] | None:
    """The subject through the hedged predicate, or what follows an expletive "it seems"."""
    predicates = [c for c in tree.children[verb] if c > verb and (
        (tree.deprel[c] == "xcomp" and tree.upos[c] in HEDGED_PREDICATE_UPOS)
        or tree.deprel[c] == "ccomp")]
    subjects = [s for s in tree.kids(verb, {"nsubj", "expl"}) if s < verb]
    if not predicates or not subjects:
        return None
    first = predicates[0]
    if is_cue_verb(tree, first):
        return None  # "Rubio seemed to offer …": the inner cue reports, Rubio its speaker
    subject = subjects[0]
    lo = tree.first[first] if tree.deprel[subject] == "expl" else tree.first[subject]
    return cut_reporter_tail(tree, lo, reach(tree, verb, first))


def _experiencer(tree: Tree, verb: int) -> tuple[MentionRef, ...]:
    """'seemed to many voters': whom it seems so to, the nearest thing to a source."""
    for child in tree.kids(verb, {"obl"}):
        if tree.upos[child] in NOMINAL_ARGUMENT_UPOS and tree.lemma[child] not in NOT_SPEAKERS \
                and any(tree.lemma[c] == "to" for c in tree.kids(child, {"case"})):
            return (MentionRef(tree.index, child, *mention_span(tree, child)),)
    return ()
