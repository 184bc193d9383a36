"""Which sentences the dependency parser must see: those where an attribution rule can fire.

Dependency parsing is most of stanza's time, and a rule reads a tree only
where its trigger stands: each rule declares one beside itself
(``factcheck.attribution.registry``), and the selection is their union, so
no list here can fall behind the rules. A word a trigger names counts only
outside quotation marks; a quotation itself needs no tree: its frame is a
cue in a sentence beside it, which the cue test already picks.
Speaker resolution reads one thing from other sentences that tags alone do
not give it: the full form of a name ("Stein" is "Jill Stein"), so an earlier
sentence that spells out a name an attribution sentence uses is parsed too.
Every other sentence keeps its tokens, tags, lemmas and entities but no tree,
which the rules read as a sentence with nothing to attribute (a pronoun whose
antecedent sits in such a sentence may resolve differently; claims do not).

``selection_digest`` is part of the parse fingerprint: it hashes the
triggers' data (sorted, canonical) and ``SELECTION_VERSION``, never source
text, so editing a docstring keeps every cached parse while a changed lexicon
or trigger re-parses. Change ``SELECTION_VERSION`` when the way a trigger is
read below (or ``is_cue_verb``) changes. ``tests/test_selective_parse.py``
compares the claims of both parses on the fixtures and checks that every rule
fires only where its trigger selects.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

from factcheck.attribution.grammar import is_cue_verb
from factcheck.attribution.quotes import Quote, QuoteIndex, find_quotes
from factcheck.attribution.registry import Trigger, rules, triggers_digest_data
from factcheck.attribution.tree import Tree, build_tree
from factcheck.lexicon.cues import INVERSION_VERBS, REPORTING_VERBS
from factcheck.lexicon.forms import NOUN_FORMS, VERB_FORMS
from factcheck.lexicon.grammar import COMPLEMENTIZERS
from factcheck.lexicon.punctuation import CUE_FOLLOWERS

#: Bump when the reading of a trigger (below, or in ``is_cue_verb``) changes.
SELECTION_VERSION: Final = 2
COLON: Final = ":"


def selection_digest() -> str:
    """What the selection depends on, hashed: the triggers' data and the lexicon they read
    (``is_cue_verb``'s tables, the complementizers, the forms a lemma is looked up by)."""
    lexicon = {"reporting_verbs": sorted(REPORTING_VERBS),
               "inversion_verbs": sorted(INVERSION_VERBS), "cue_followers": sorted(CUE_FOLLOWERS),
               "complementizers": sorted(COMPLEMENTIZERS),
               "verb_forms": sorted(VERB_FORMS.items()), "noun_forms": sorted(NOUN_FORMS.items())}
    parts = [f"version={SELECTION_VERSION}", triggers_digest_data(), json.dumps(lexicon)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


def _fires_at(trigger: Trigger, tree: Tree, word: int) -> bool:
    """The trigger's word tests at ``word``."""
    lemma, upos = tree.lemma[word], tree.upos[word]
    if trigger.cue_verbs and is_cue_verb(tree, word):
        return True
    if any(upos == tag and lemma in lemmas for tag, lemmas in trigger.tagged) \
            or tree.text[word].lower() in trigger.forms:
        return True
    if any(tuple(t.lower() for t in tree.text[word:word + len(p)]) == p
           for p in trigger.phrases):
        return True
    excluded = trigger.verbs_before_complementizer_except
    return excluded is not None and upos == "VERB" and lemma not in excluded and any(
        tree.is_complementizer(w) for w in range(word + 1, len(tree)))


def has_cue(tree: Tree, quotes: QuoteIndex, triggers: Iterable[Trigger]) -> bool:
    """A word some trigger names, outside quotation marks: inside them no rule reads one."""
    chosen = list(triggers)
    return any(any(_fires_at(t, tree, w) for t in chosen) and not quotes.inside(tree.begin[w])
               for w in range(len(tree)))


def _sentence_at(starts: Sequence[int], char: int) -> int:
    return max(0, bisect.bisect_right(starts, char) - 1)


def _colon_before(text: str, quote: Quote) -> int | None:
    """Where the colon is when one is all that stands before a quotation's opening mark."""
    at = quote.open - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at if at >= 0 and text[at] == COLON else None


def _text_triggers(text: str, trees: Sequence[Tree], quotes: QuoteIndex,
                   triggers: Iterable[Trigger]) -> Iterator[int]:
    """Sentences a trigger finds in the raw text: a line pattern, a pattern after a quotation
    or a colon before one, a pattern inside a sentence."""
    starts = [tree.start_char for tree in trees]
    for trigger in triggers:
        for line in trigger.line_patterns:
            for match in line.finditer(text):
                yield _sentence_at(starts, match.start("name"))
        for quote in quotes.quotes:
            for after in trigger.after_quote:
                named = after.match(text, quote.outer[1])
                if named is not None:
                    yield _sentence_at(starts, named.start("name"))
            colon = _colon_before(text, quote) if trigger.colon_before_quote else None
            if colon is not None:
                yield _sentence_at(starts, colon)
        for tree in trees:
            if any(p.search(text, tree.start_char, tree.end_char)
                   for p in trigger.sentence_patterns):
                yield tree.index


def triggered(text: str, trees: Sequence[Tree], triggers: Iterable[Trigger]) -> set[int]:
    """The sentences of ``text`` (as ``trees``) that ``triggers`` select."""
    chosen = list(triggers)
    quotes = QuoteIndex(find_quotes(text))
    found = {tree.index for tree in trees if has_cue(tree, quotes, chosen)}
    found.update(_text_triggers(text, trees, quotes, chosen))
    return found


def _name_words(tree: Tree) -> list[tuple[str, ...]]:
    """Each run of proper nouns, as lower-cased words."""
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for word in range(len(tree) + 1):
        if word < len(tree) and tree.upos[word] == "PROPN":
            run.append(tree.text[word].lower())
        elif run:
            runs.append(tuple(run))
            run = []
    return runs


def _spelled_out(trees: Sequence[Tree], found: set[int]) -> set[int]:
    """Earlier sentences holding a name of two or more words that shares a word with a name
    in an attribution sentence: where speaker resolution finds the name in full."""
    holders: dict[str, set[int]] = {}
    wanted: set[int] = set()
    for tree in trees:
        runs = _name_words(tree)
        if tree.index in found:
            for word in {w for run in runs for w in run}:
                wanted |= holders.get(word, set())
        for run in runs:
            if len(run) > 1:
                for word in run:
                    holders.setdefault(word, set()).add(tree.index)
    return wanted


@dataclass(frozen=True, slots=True)
class Selection:
    """Sentence indices: where a rule can fire, and where a name they use is spelled out."""

    attribution: frozenset[int]
    names: frozenset[int]

    @property
    def sentences(self) -> list[int]:
        return sorted(self.attribution | self.names)


def select(text: str, sentences: Sequence[Any]) -> Selection:
    """The stanza sentences of ``text`` (tagged, not yet parsed) the parser must see."""
    trees = [build_tree(i, s) for i, s in enumerate(sentences)]
    found = triggered(text, trees, (r.trigger for r in rules()))
    return Selection(frozenset(found), frozenset(_spelled_out(trees, found) - found))
