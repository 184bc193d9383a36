"""Mentions within one sentence: a speaker's words as written, relative pronouns, appositions.

What a rule needs to turn a head word into a ``MentionRef``; linking a mention
to an entity across the document is ``speakers``' work.
"""

from __future__ import annotations

from factcheck.attribution.frames import MentionRef
from factcheck.attribution.tree import Tree
from factcheck.lexicon.grammar import INDEFINITE_ARTICLES, MENTION_CUT_DEPS, RELATIVE_PRONOUNS
from factcheck.lexicon.names import DESCRIPTION_KINDS


def appositive(tree: Tree, word: int) -> bool:
    """An apposition, or a conjunct that is one: comma-led, no "and", an indefinite or role noun.

    "Jose Luengo-Cabrera, a crisis risk specialist with …" describes one person.
    """
    if tree.deprel[word] == "appos":
        return True
    if tree.base_deprel(word) != "conj" or tree.kids(word, {"cc"}):
        return False
    first = tree.first[word]
    comma_led = tree.text[first] == "," or (first > 0 and tree.text[first - 1] == ",")
    indefinite = any(tree.lemma[d] in INDEFINITE_ARTICLES for d in tree.kids(word, {"det"}))
    return comma_led and (indefinite or tree.lemma[word] in DESCRIPTION_KINDS) \
        and tree.upos[word] == "NOUN"


def nonrestrictive(tree: Tree, word: int) -> bool:
    if tree.deprel[word] != "acl:relcl":
        return False
    first = tree.first[word]
    return tree.text[first] == "," or (first > 0 and tree.text[first - 1] == ",")


def is_relative(tree: Tree, word: int) -> bool:
    """A relative pronoun, wherever a parse hangs its clause."""
    return tree.lemma[word] in RELATIVE_PRONOUNS and (
        tree.has_feat(word, "PronType=Rel") or tree.upos[word] == "PRON")


def relative_antecedent(tree: Tree, word: int) -> int | None:
    """The noun a relative pronoun subject stands for ("Harvey, who acknowledged …")."""
    clause = tree.head[word]
    if not is_relative(tree, word) or tree.base_deprel(word) != "nsubj" or clause < 0 \
            or tree.deprel[clause] != "acl:relcl" or tree.head[clause] < 0:
        return None
    return tree.head[clause]


def mention_span(tree: Tree, head: int, *, cue: int | None = None) -> tuple[int, int]:
    """A speaker's words as written: the head's phrase without other conjuncts or a ', which …'.

    A phrase that holds the ``cue`` is cut too: in "the group that said it won"
    the speaker is "the group", its relative clause the claim.
    """
    cut = [c for c in tree.children[head]
           if (tree.base_deprel(c) in MENTION_CUT_DEPS and not appositive(tree, c))
           or nonrestrictive(tree, c) or (cue is not None and tree.dominates(c, cue))]
    lo, hi = tree.run(head, cut)
    return tree.trim(lo, hi) or (head, head)


def ref_for(tree: Tree, start: int, end: int) -> MentionRef | None:
    """A mention for raw characters: their words, headed by the one whose head lies outside."""
    words = tree.words_between(start, end)
    span = tree.trim(words.start, words.stop - 1) if words else None
    if span is None:
        return None
    lo, hi = span
    outside = [w for w in range(lo, hi + 1) if not lo <= tree.head[w] <= hi]
    return MentionRef(tree.index, outside[0] if outside else lo, lo, hi)
