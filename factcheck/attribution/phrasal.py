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

* ``toll``: "a military officer put the number of dead at 15", "the army raised
  the toll to 40": a verb from ``cues.TOLL_VERBS``, a count noun after it and
  "at"/"to" and a figure. Read from the words, since a parse often hangs the
  figure on the count's own modifier ("of dead at 15"); the content runs from
  the count to the figure's phrase.

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
from factcheck.lexicon.cues import (
    CHARACTERIZED,
    NAMING_VERBS,
    PHRASAL_CUES,
    TOLL_CASES,
    TOLL_NOUNS,
    TOLL_VERBS,
)
from factcheck.lexicon.grammar import OBJECT_DEPS, PREDICATE_CASES, RELATIVE_PRONOUNS
from factcheck.records import AttributionType

#: Words a phrasal cue's verb and preposition may have between them ("called Friday for").
MAX_GAP: int = 2
#: Words a count's phrase may run to ("the number of people killed in the attack at").
MAX_COUNT_PHRASE: int = 10
#: Words a figure may sit after its preposition ("at more than 100").
MAX_FIGURE_GAP: int = 3
#: Word classes of a count's phrase and of the words before its figure.
COUNT_PHRASE_UPOS: frozenset[str] = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "ADP",
                                               "NUM", "VERB", "ADV", "PART"})


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
        obj: int | None
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


@rule(name="toll", stage="reported",
      trigger=Trigger(tagged=(("VERB", frozenset(TOLL_VERBS)),)))
def toll_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    """'X put the death toll at 30': X's figure for the count, content from count to figure."""
    quotes = ctx.index
    for verb in range(len(tree)):
        if tree.upos[verb] != "VERB" or tree.lemma[verb] not in TOLL_VERBS \
                or quotes.inside(tree.begin[verb]):
            continue
        span = _toll_span(tree, verb)
        speakers = speaker_refs(tree, verb) or opening_phrase(tree, verb)
        if span is None or not speakers:
            continue
        content = quotes.balance(tree.begin[span[0]], tree.end[span[1]], tree.end_char)
        yield Frame(sentence=tree.index, rule="toll", type=AttributionType.INDIRECT,
                    content=content, cue=(tree.begin[verb], tree.end[verb]),
                    cue_lemma=tree.lemma[verb], speakers=speakers,
                    hedge=TOLL_VERBS[tree.lemma[verb]], negated=is_negated(tree, verb))


def _toll_span(tree: Tree, verb: int) -> tuple[int, int] | None:
    """The count after the verb, to the end of the figure "at"/"to" gives it."""
    end = len(tree) - 1
    count = next((w for w in range(verb + 1, min(end, verb + MAX_GAP + 2) + 1)
                  if tree.lemma[w] in TOLL_NOUNS and tree.upos[w] == "NOUN"), None)
    if count is None:
        return None
    case = next((w for w in range(count + 1, min(end, count + MAX_COUNT_PHRASE) + 1)
                 if tree.lemma[w] in TOLL_CASES or tree.upos[w] not in COUNT_PHRASE_UPOS), None)
    if case is None or tree.lemma[case] not in TOLL_CASES:
        return None
    figure = next((w for w in range(case + 1, min(end, case + MAX_FIGURE_GAP) + 1)
                   if tree.upos[w] == "NUM"), None)
    if figure is None:
        return None
    last = figure
    while last + 1 <= end and tree.upos[last + 1] in ("NUM", "NOUN", "ADJ") \
            and tree.text[last + 1] not in (",", ";"):
        last += 1
    first = count
    while first - 1 > verb and tree.upos[first - 1] in ("DET", "ADJ", "NOUN", "PRON"):
        first -= 1
    return (first, last) if first == verb + 1 else None
