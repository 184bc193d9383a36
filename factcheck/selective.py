"""Which sentences the dependency parser must see: those where an attribution rule can fire.

Dependency parsing is most of stanza's time, and the attribution rules only
read a tree where a cue stands outside quotation marks: a reporting verb or
noun of the lexicon, a poll or survey ("in a Fox poll"), a hedging "seem" or
"appear" or "reportedly", a verb before a complementizer ("X joked that …"), "according to",
a non-claim phrasing, a transcript line, a dash and name after a quotation, a
colon before one ('Daron Shaw: "…"'). A quotation itself needs no tree: its
frame is a cue in a sentence beside it, which the cue test already picks.
Speaker resolution reads one thing from other sentences that tags alone do
not give it: the full form of a name ("Stein" is "Jill Stein"), so an earlier
sentence that spells out a name an attribution sentence uses is parsed too.
Every other sentence keeps its tokens, tags, lemmas and entities but no tree,
which the rules read as a sentence with nothing to attribute (a pronoun whose
antecedent sits in such a sentence may resolve differently; claims do not).

The tests are the rules' own (``is_cue_verb``, the quote index, the
lexicon's tables and patterns), so the selection follows them, and
``selection_digest`` is part of the parse fingerprint: a changed lexicon,
cue test or selection never reuses a parse that left out a sentence it now
needs. A new rule that reads a tree where none of these triggers stands
must add its trigger here; ``tests/test_selective_parse.py`` compares the
claims of both parses on the fixtures.
"""

from __future__ import annotations

import bisect
import hashlib
import inspect
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

from factcheck.attribution.according import CUE_LEMMA
from factcheck.attribution.direct import DASH_NAME
from factcheck.attribution.quotes import Quote, QuoteIndex, find_quotes
from factcheck.attribution.reported import is_cue_verb
from factcheck.attribution.transcripts import LINE
from factcheck.attribution.tree import Tree, build_tree
from factcheck.cues import (
    COMPLEMENTIZERS,
    EVIDENTIAL_ADVERBS,
    EVIDENTIAL_VERBS,
    FINDING_NOUNS,
    NON_CLAIM_PATTERNS,
    NOT_REPORTING_VERBS,
    PP_CUE_NOUNS,
    REPORTING_NOUNS,
    REPORTING_VERBS,
)

ACCORDING: Final[tuple[str, ...]] = tuple(CUE_LEMMA.split())
#: Nouns a rule reads as a cue: reporting nouns, "a call for", "in a Fox poll".
CUE_NOUNS: Final[frozenset[str]] = frozenset(REPORTING_NOUNS) | PP_CUE_NOUNS | FINDING_NOUNS
COLON: Final = ":"


def selection_digest() -> str:
    """What the selection depends on, hashed: its code, the cue test, quote pairing, lexicon."""
    code = [inspect.getsource(sys.modules[module]) for module in (__name__, Quote.__module__)]
    code.append(inspect.getsource(is_cue_verb))
    parts = [*code, *sorted(REPORTING_VERBS), *sorted(CUE_NOUNS), *sorted(EVIDENTIAL_VERBS),
             *sorted(EVIDENTIAL_ADVERBS), *sorted(NOT_REPORTING_VERBS), *sorted(COMPLEMENTIZERS),
             *ACCORDING, LINE.pattern, DASH_NAME.pattern,
             *(pattern.pattern for _, pattern in NON_CLAIM_PATTERNS)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


def _cue_word(tree: Tree, word: int) -> bool:
    """A word a rule would take for a cue: a reporting verb or noun, a hedge, "according to"."""
    if is_cue_verb(tree, word) or (tree.upos[word] == "VERB"
                                   and tree.lemma[word] in EVIDENTIAL_VERBS):
        return True
    if (tree.upos[word] == "NOUN" and tree.lemma[word] in CUE_NOUNS) \
            or tree.text[word].lower() in EVIDENTIAL_ADVERBS:
        return True
    return tuple(t.lower() for t in tree.text[word:word + len(ACCORDING)]) == ACCORDING


def _verb_before_that(tree: Tree, word: int) -> bool:
    """A verb a "that"-clause may follow ("X joked that …"), read from tags only."""
    return tree.upos[word] == "VERB" and tree.lemma[word] not in NOT_REPORTING_VERBS and any(
        tree.is_complementizer(w) for w in range(word + 1, len(tree)))


def has_cue(tree: Tree, quotes: QuoteIndex) -> bool:
    """A cue outside quotation marks: inside them no rule reads one."""
    return any((_cue_word(tree, w) or _verb_before_that(tree, w))
               and not quotes.inside(tree.begin[w]) for w in range(len(tree)))


def _sentence_at(starts: Sequence[int], char: int) -> int:
    return max(0, bisect.bisect_right(starts, char) - 1)


def _colon_before(text: str, quote: Quote) -> int | None:
    """Where the colon is when one is all that stands before a quotation's opening mark."""
    at = quote.open - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at if at >= 0 and text[at] == COLON else None


def _text_triggers(text: str, trees: Sequence[Tree], quotes: QuoteIndex) -> Iterator[int]:
    """Sentences a rule finds from the raw text: transcript lines, a dash and name after a
    quotation or a colon before one, non-claims."""
    starts = [tree.start_char for tree in trees]
    for match in LINE.finditer(text):
        yield _sentence_at(starts, match.start("name"))
    for quote in quotes.quotes:
        dash = DASH_NAME.match(text, quote.outer[1])
        if dash is not None:
            yield _sentence_at(starts, dash.start("name"))
        colon = _colon_before(text, quote)
        if colon is not None:
            yield _sentence_at(starts, colon)
    for tree in trees:
        if any(p.search(text, tree.start_char, tree.end_char) for _, p in NON_CLAIM_PATTERNS):
            yield tree.index


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
    quotes = QuoteIndex(find_quotes(text))
    found = {tree.index for tree in trees if has_cue(tree, quotes)}
    found.update(_text_triggers(text, trees, quotes))
    return Selection(frozenset(found), frozenset(_spelled_out(trees, found) - found))
