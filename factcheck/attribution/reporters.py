"""Who a cue's words belong to, as written in its sentence: the reporter's mentions.

The speaker is the cue's subject (``grammar.subject_of``), with the
nominals conjoined to it; a medium ("a statement from X") stands for its
owner; a participle set off by a comma speaks for the main clause's subject;
a cue the parse leaves without a subject takes the phrase opening its
sentence. Resolving a mention to an entity is ``speakers``' work.
"""

from __future__ import annotations

from factcheck.attribution.frames import MentionRef
from factcheck.attribution.grammar import is_cue_verb, subject_of
from factcheck.attribution.mentions import is_relative, mention_span, relative_antecedent
from factcheck.attribution.surface import (
    absolute_subject,
    leading_subject,
    preverbal,
)
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import CHANNEL_NOUNS, LIGHT_VERBS
from factcheck.lexicon.grammar import (
    NOMINAL_ARGUMENT_UPOS,
    NOT_SPEAKERS,
    OWNER_CASES,
    PASSIVE_SUBJECT_DEPS,
    PERSONAL_RELATIVES,
    REPORTED_CLAUSE_DEPS,
    SPEAKER_HEAD_UPOS,
    SUBJECT_DEPS,
)


def speaker_heads(tree: Tree, subject: int) -> list[int]:
    """The subject and the nominals conjoined with it ("Mali's army and Wagner").

    A relative pronoun is its own mention, resolved like "he", unless it
    stands for several ("Mali's army and Wagner, which both said").
    """
    antecedent = relative_antecedent(tree, subject)
    if antecedent is not None and any(tree.upos[c] in NOMINAL_ARGUMENT_UPOS
                                      for c in tree.kids(antecedent, {"conj"})):
        subject = antecedent
    heads, stack = [], [subject]
    while stack:
        word = stack.pop()
        heads.append(word)
        stack.extend(c for c in tree.kids(word, {"conj"}) if tree.upos[c] in NOMINAL_ARGUMENT_UPOS)
    return sorted(heads)


def speaker_refs(tree: Tree, cue: int, *, passive_ok: bool = False) -> tuple[MentionRef, ...]:
    """The cue's speakers as written; a medium ("a statement from X") stands for its owner.

    A subject shared from another verb gives way to a noun phrase that opens
    the cue's own clause ('…, while an Islamist group … said'), which a parse
    may have hung elsewhere. A participle set off by a comma inside a reported
    clause ("Coleman said Kasich should quit, echoing a memo"), or hung on a
    verb after it, is the main clause subject's, not a subject after it; one
    right after a reporting clause is that clause's subject's.
    """
    if (_inside_complement(tree, cue) or tree.head[cue] > cue
            or (free_participle(tree, cue) and _reporting_subject(tree, cue) is not None)) \
            and (reporter := participle_speaker(tree, cue)):
        return reporter
    subject = subject_of(tree, cue, passive_ok=passive_ok)
    if subject is not None and tree.head[subject] != cue and tree.deprel[cue] != "acl:relcl":
        nearer = preverbal(tree, cue) or absolute_subject(tree, cue)
        if nearer is not None:
            return (nearer,)
    if subject is None or tree.upos[subject] not in SPEAKER_HEAD_UPOS \
            or _names_no_one(tree, subject, cue):
        return ()
    if tree.lemma[subject] in CHANNEL_NOUNS:
        subject = owner(tree, subject) or issuer(tree, subject) or subject
    return tuple(MentionRef(tree.index, h, *mention_span(tree, h, cue=cue))
                 for h in speaker_heads(tree, subject))


def _inside_complement(tree: Tree, word: int) -> bool:
    """``word`` stands inside a reported clause, however deep."""
    while tree.head[word] >= 0:
        if tree.deprel[word] in REPORTED_CLAUSE_DEPS:
            return True
        word = tree.head[word]
    return False


def _names_no_one(tree: Tree, subject: int, cue: int) -> bool:
    """'this', 'today', 'which' …: a subject that names no speaker.

    A relative pronoun names its noun; "who" or "which" the parse leaves without
    one still names someone when it is the cue's own subject (the resolver finds
    the noun before it), not when a verb borrowed it from a relative clause.
    """
    if tree.lemma[subject] not in NOT_SPEAKERS or relative_antecedent(tree, subject) is not None:
        return False
    return not (tree.lemma[subject] in PERSONAL_RELATIVES and is_relative(tree, subject)
                and tree.head[subject] == cue)


def issuer(tree: Tree, noun: int) -> int | None:
    """Who made the claim or sent the release: the subject of a light verb the noun is object of.

    "X made the claim that …", "the campaign sent out a release saying …".
    """
    verb = tree.head[noun]
    if verb < 0 or tree.deprel[noun] != "obj" or tree.lemma[verb] not in LIGHT_VERBS:
        return None
    subject = subject_of(tree, verb)
    return subject if subject is not None and tree.upos[subject] in SPEAKER_HEAD_UPOS else None


def opening_phrase(tree: Tree, cue: int) -> tuple[MentionRef, ...]:
    """When the parse gives a cue no subject: the noun phrase that opens its sentence or clause."""
    phrase = leading_subject(tree, cue) or preverbal(tree, cue)
    return (phrase,) if phrase is not None else ()


def matrix_subject(tree: Tree, before: int) -> int | None:
    """The nominal subject of the sentence's main verb, when it comes before ``before``."""
    root = next((w for w in range(len(tree)) if tree.head[w] < 0), None)
    if root is None:
        return None
    subjects = [s for s in tree.kids(root, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS) if s < before
                and tree.upos[s] in SPEAKER_HEAD_UPOS and tree.lemma[s] not in NOT_SPEAKERS]
    return subjects[0] if subjects else None


def free_participle(tree: Tree, cue: int) -> bool:
    """A participle set off by a comma ("…, saying"): an adjunct of the whole clause."""
    return cue > 0 and tree.text[cue - 1] == "," and tree.is_gerund(cue)


def participle_speaker(tree: Tree, cue: int) -> tuple[MentionRef, ...]:
    """'Warren endorsed Clinton, saying …': the main clause's subject says it.

    A participle set off by a comma is controlled by the subject of the main
    clause, wherever a parse hangs it: the reporting clause just before it when
    there is one ('"…," he told Reuters, adding …'), else the sentence's root.
    """
    if not free_participle(tree, cue):
        return ()
    subject = _reporting_subject(tree, cue) or matrix_subject(tree, cue)
    return () if subject is None else (MentionRef(tree.index, subject,
                                                  *mention_span(tree, subject)),)


def _reporting_subject(tree: Tree, participle: int) -> int | None:
    """'"We wrecked four vehicles," he told Reuters, adding that …': the subject of the
    reporting verb nearest before the participle, ahead of a main clause a parse may have
    found inside a quotation."""
    for verb in range(participle - 1, -1, -1):
        if tree.upos[verb] == "VERB" and is_cue_verb(tree, verb):
            subject = subject_of(tree, verb)
            if subject is not None and subject < verb and tree.upos[subject] in SPEAKER_HEAD_UPOS:
                return subject
            return None
    return None


def owner(tree: Tree, medium: int) -> int | None:
    """Whose statement, report or document: its possessor or its from/by/of phrase."""
    for child in tree.children[medium]:
        if tree.deprel[child] == "nmod:poss":
            return child
        if tree.base_deprel(child) == "nmod" and any(
                tree.lemma[c] in OWNER_CASES for c in tree.kids(child, {"case"})):
            return child
    return None
