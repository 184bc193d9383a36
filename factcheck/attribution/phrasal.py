"""Cues a verb forms with what follows it rather than with a clause.

* ``phrasal``: "the NAACP called for a moratorium", "called on people to
  protest": a verb and preposition from ``cues.PHRASAL_CUES``. In UD the
  preposition is the ``case`` of the verb's ``obl`` (or, read as a particle,
  its ``compound:prt``); the cue runs from the verb to the preposition and the
  content is the preposition's object with an infinitive that follows it.
* ``naming``: "Clinton called her vote a mistake", "described Estonia as a
  suburb": a verb from ``cues.NAMING_VERBS`` with an object and a second
  predicate (``xcomp``, or an ``obl`` marked "as"). Object and predicate are
  the content; a relative object ("what she called a rant") leaves the
  predicate alone.

A passive or "when asked about …" with no one named behind it gives no claim:
it names a topic someone was asked about, not what anyone said of it.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.attribution.frames import Frame
from factcheck.attribution.grammar import (
    cut_aside,
    cut_reporter_tail,
    is_agentless,
    is_cue_verb,
    is_negated,
    reach,
)
from factcheck.attribution.registry import Context, Trigger, rule
from factcheck.attribution.reporters import opening_phrase, speaker_refs
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import CHARACTERIZED, NAMING_VERBS, PHRASAL_CUES
from factcheck.lexicon.grammar import OBJECT_DEPS, PREDICATE_CASES, RELATIVE_PRONOUNS
from factcheck.records import AttributionType

#: Words a phrasal cue's verb and preposition may have between them ("called Friday for").
MAX_GAP: int = 2


@rule(name="phrasal", stage="reported", trigger=Trigger(cue_verbs=True))
def phrasal_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    """One frame per phrasal or naming cue outside quotation marks."""
    quotes = ctx.index
    for verb in range(len(tree)):
        if not is_cue_verb(tree, verb) or quotes.inside(tree.begin[verb]):
            continue
        found = _phrasal(tree, verb) or _naming(tree, verb)
        if found is None:
            continue
        rule, cue_end, (lo, hi), hedge = found
        speakers = speaker_refs(tree, verb)
        if not speakers and is_agentless(tree, verb):
            continue
        speakers = speakers or opening_phrase(tree, verb)
        span = cut_reporter_tail(tree, lo, hi)
        span = span and cut_aside(tree, *span, verb)
        if not speakers or span is None:
            continue
        content = quotes.balance(tree.begin[span[0]], tree.end[span[1]], tree.end_char)
        phrase = tree.lemma[verb] if cue_end == verb \
            else f"{tree.lemma[verb]} {tree.lemma[cue_end]}"
        yield Frame(sentence=tree.index, rule=rule,
                    type=AttributionType.MIXED if quotes.within(*content)
                    else AttributionType.INDIRECT,
                    content=content, cue=(tree.begin[verb], tree.end[cue_end]),
                    cue_lemma=phrase, speakers=speakers, hedge=hedge,
                    negated=is_negated(tree, verb))


def _phrasal(tree: Tree, verb: int) -> tuple[str, int, tuple[int, int], str] | None:
    """'called for X': the preposition's position, the content words and the stance."""
    for child in tree.children[verb]:
        if child < verb:
            continue
        if tree.base_deprel(child) == "obl":
            preps = [c for c in tree.kids(child, {"case"}) if c < child]
            obj, content_from = child, (preps[0] + 1 if preps else None)
        elif tree.deprel[child] == "compound:prt":
            objects = [o for o in tree.kids(verb, {"obj"}) if o > child]
            preps, obj = [child], (objects[0] if objects else None)
            content_from = child + 1
        else:
            continue
        if not preps or obj is None or content_from is None or preps[0] - verb > MAX_GAP:
            continue
        hedge = PHRASAL_CUES.get((tree.lemma[verb], tree.lemma[preps[0]]))
        if hedge is None:
            continue
        return "phrasal", preps[0], (content_from, reach(tree, verb, obj)), hedge
    return None


def _naming(tree: Tree, verb: int) -> tuple[str, int, tuple[int, int], str] | None:
    """'called her vote a mistake': object and second predicate, or the predicate alone.

    A second nominal after the first stands for the predicate when a parse
    reads the pair as two objects ("call it the enforcement of correctness",
    "what he calls corruption").
    """
    if tree.lemma[verb] not in NAMING_VERBS:
        return None
    nominals = sorted(tree.kids(verb, OBJECT_DEPS))
    after = [n for n in nominals if n > verb]
    relative = [n for n in nominals if n < verb and tree.lemma[n] in RELATIVE_PRONOUNS | {"what"}]
    predicates = [c for c in tree.children[verb] if c > verb and _predicate(tree, c)]
    if not predicates:  # the pair read as two objects: the later one names
        predicates = after[:1] if relative else after[1:2]
    if not predicates or not (after or relative):
        return None
    predicate = predicates[0]
    hi = reach(tree, verb, predicate)
    if relative:
        return "naming", verb, (tree.run(predicate)[0], hi), CHARACTERIZED
    if after[0] < predicate:
        return "naming", verb, (tree.first[after[0]], hi), CHARACTERIZED
    return None


def _predicate(tree: Tree, word: int) -> bool:
    """A second predicate: a nominal ``xcomp`` ("a mistake") or an "as" phrase."""
    if tree.deprel[word] == "xcomp":
        return tree.upos[word] in ("NOUN", "PROPN", "ADJ")
    return tree.base_deprel(word) == "obl" and any(
        tree.lemma[m] in PREDICATE_CASES for m in tree.kids(word, {"case"}))
