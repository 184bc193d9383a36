"""Reported speech: a reporting verb and the clause it governs.

Rules follow Universal Dependencies v2 as EWT annotates reported speech:

* ``ccomp``: "X said (that) Y" — Y is the verb's clausal complement, before
  or after it ("Y, X said" is often analysed as an inverted ccomp). A clause
  opened by "that" under a cue verb counts whatever label it carries.
* ``xcomp``: "X claimed to have killed Y", "X urged civilians to leave".
* ``parataxis``: "Y, X said" where the reporting clause hangs off Y's root.
* ``object``: stance verbs whose content may be a noun phrase ("condemned the
  air strikes"); ``object:clause`` a verb of saying whose object holds a verb;
  ``object:passive`` the same verb in the passive with a "by" agent ("his
  comments were derided by Laschet").
* ``inverted``: "Y, X said." read from the surface (``surface.trailing``) when no
  relation above links the clause to the cue. It gives the same span a correct
  parse gives through ccomp or parataxis.

The speaker is the cue's subject (``nsubj``); a cue without one shares the
subject of the verb it is coordinated with or of the clause a participle hangs
from ("…, adding that"); a relative pronoun stands for its antecedent; a
passive cue's speaker is its "by" agent. Conjoined subjects give several
speakers. A cue left without a subject takes the noun phrase that opens its
sentence when nothing but that phrase precedes it (``surface.leading_subject``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from factcheck.attribution.frames import Frame, MentionRef
from factcheck.attribution.registry import Context, Trigger, rule
from factcheck.attribution.speakers import is_relative, mention_span, relative_antecedent
from factcheck.attribution.surface import (
    absolute_subject,
    forward,
    interrupted_subject,
    leading_subject,
    main_clause,
    preverbal,
    resumed,
    that_ahead,
    trailing,
)
from factcheck.attribution.tree import QUOTE_CHARS, Tree
from factcheck.cues import (
    ADDRESS_VERBS,
    ASPECTUAL_VERBS,
    CHANNEL_NOUNS,
    CLAUSE_FRAMING_VERBS,
    CLAUSE_ONLY_VERBS,
    CLITIC_S,
    COMPLEMENTIZERS,
    DENIED,
    FLOATING_QUANTIFIERS,
    FORWARD_VERBS,
    HOLDER_PASSIVES,
    INVERSION_VERBS,
    LIGHT_VERBS,
    NEGATORS,
    NOT_REPORTING_VERBS,
    NOT_SPEAKERS,
    OBJECT_CONTENT_VERBS,
    PASSIVE_SUBJECT_DEPS,
    PERSONAL_RELATIVES,
    RELATIVE_PRONOUNS,
    REPORTER_MARKERS,
    REPORTING_VERBS,
    SUBJECT_DEPS,
    TIME_WORDS,
)
from factcheck.records import AttributionType

NOMINAL: frozenset[str] = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
#: Clauses that report someone's words or thought: a verb's complement, a noun's "that"-clause.
REPORTED_CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "acl"})
#: What a speaker may be headed by: not a number ("Sarandon, 69, said").
SPEAKER_UPOS: frozenset[str] = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "X"})
#: A cue's dependents that belong to the reporter, not the content, when they follow it.
CLOSING_DEPS: frozenset[str] = frozenset({"punct", "cc", "conj", "parataxis", "discourse",
                                          "vocative", "reparandum"})
#: Participles that attach a list or a frame to the clause itself ("…, including X").
CLAUSE_PARTICIPLES: frozenset[str] = frozenset({"include", "accord", "follow", "regard",
                                                "concern", "give", "depend"})
#: A noun phrase hanging from the cue with no preposition: the content clause's subject.
BARE_NOMINAL_DEPS: frozenset[str] = frozenset({"obj", "iobj", "nsubj", "dep"})
#: Case markers that tie a medium to its owner ("a statement from X").
OWNER_CASES: frozenset[str] = frozenset({"from", "by", "of"})
#: What may follow a verb form a tagger took for a noun: a colon, a quote, a frame's end.
CUE_FOLLOWERS: frozenset[str] = frozenset({":", ",", ".", *QUOTE_CHARS})
#: Rules whose content is a clause: the only ones an unattributed report may use.
CLAUSE_RULES: frozenset[str] = frozenset({"ccomp", "xcomp", "forward"})
#: Words that open a passive participle clause ("when asked", "if elected", "once told").
PARTICIPLE_SUBORDINATORS: frozenset[str] = frozenset({"when", "if", "once", "unless", "until",
                                                      "after", "before", "as", "though"})
#: How far a subject may be inherited up a chain of conjuncts and participles.
MAX_INHERIT: int = 3


def is_cue_verb(tree: Tree, word: int) -> bool:
    """A reporting verb, or a verb form a tagger took for a noun ("a poll shows that …").

    A form tagged as a noun counts only where a verb must stand, and only
    an -s form or, after a plural subject, the bare form ("polls show"):
    before "that"; between its subject and what opens a clause, a quote or a
    name, or ends the frame of one ("The Times reports:", "Trump urges
    supporters …", '"…," Bozell explains.'); or inverted right after a
    quotation ('"…," writes Nate Silver').
    """
    if tree.lemma[word] not in REPORTING_VERBS:
        return False
    if tree.upos[word] == "VERB":
        return True
    if tree.upos[word] not in ("NOUN", "PROPN") or word + 1 >= len(tree) or word == 0:
        return False
    form, previous = tree.text[word].lower(), word - 1
    inflected = form != tree.lemma[word] and form.endswith("s")
    after_plural = form == tree.lemma[word] and tree.has_feat(previous, "Number=Plur") \
        and tree.upos[previous] in ("NOUN", "PROPN", "PRON")
    if not (inflected or after_plural):
        return False
    following = tree.upos[word + 1]
    if tree.upos[previous] in ("NOUN", "PROPN", "PRON"):
        return _before_that(tree, word) or tree.text[word + 1] in CUE_FOLLOWERS \
            or following in ("PRON", "DET", "PROPN")
    return _before_that(tree, word) or (
        tree.text[previous] in QUOTE_CHARS and following == "PROPN"
        and tree.lemma[word] in INVERSION_VERBS)


def _before_that(tree: Tree, word: int) -> bool:
    """The next word is the complementizer "that": a clause follows, whatever the parse says."""
    return word + 1 < len(tree) and tree.is_complementizer(word + 1)


def cue_hedge(tree: Tree, word: int) -> str:
    return REPORTING_VERBS.get(tree.lemma[word], "none")


def is_negated(tree: Tree, word: int) -> bool:
    return any(tree.lemma[c] in NEGATORS or tree.text[c].lower() in NEGATORS
               for c in tree.children[word])


def is_passive(tree: Tree, verb: int) -> bool:
    return not _active_subject(tree, verb) and any(
        tree.deprel[c] in ("aux:pass", *PASSIVE_SUBJECT_DEPS) for c in tree.children[verb])


def _active_subject(tree: Tree, verb: int) -> bool:
    """A passive-looking verb whose subject holds the view: "He's said he …", "the
    government is worried that …".

    In the first the clitic is "has", not the "is" a parse took it for: a passive
    verb of saying takes no clause beside a subject of its own. In the second
    the passive of a feeling names who feels it (``cues.HOLDER_PASSIVES``).
    """
    passive = tree.kids(verb, {"aux:pass"})
    if not passive or tree.kids(verb, {"expl", "expl:pass"}):
        return False
    if tree.lemma[verb] in HOLDER_PASSIVES:
        return True
    return all(tree.text[c] in CLITIC_S for c in passive) and bool(tree.kids(verb, {"ccomp"}))


def _agent(tree: Tree, verb: int) -> int | None:
    for child in tree.children[verb]:
        if tree.deprel[child] == "obl:agent" or (
                tree.base_deprel(child) == "obl"
                and any(tree.lemma[c] == "by" for c in tree.kids(child, {"case"}))):
            return child
    return None


def subject_of(tree: Tree, verb: int, *, passive_ok: bool = False, depth: int = 0) -> int | None:
    """The word that says (or, with ``passive_ok``, undergoes) ``verb``.

    A participle has no subject after it: one there is its content's, hung on it by a parse.
    """
    deps = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS if passive_ok or _active_subject(tree, verb) \
        else SUBJECT_DEPS
    subjects = [c for c in tree.kids(verb, deps) if _subject_word(tree, verb, c)]
    if not passive_ok and is_passive(tree, verb):
        return _agent(tree, verb)
    if subjects:
        plain = [s for s in subjects
                 if not (is_relative(tree, s) or tree.bracketed(s))] or subjects
        subject = min(plain, key=lambda s: abs(s - verb))
        antecedent = relative_antecedent(tree, subject)
        if antecedent is not None and tree.lemma[subject] not in PERSONAL_RELATIVES:
            return antecedent
        return subject
    head = tree.head[verb]
    if head < 0 or depth >= MAX_INHERIT:
        return None
    relation = tree.base_deprel(verb)
    if relation == "advcl" and _asked_clause(tree, verb):
        return _agent(tree, verb)  # "he smiled when asked about it": he is the one asked
    if relation == "acl" and tree.is_gerund(verb) and tree.lemma[head] in CHANNEL_NOUNS:
        return head  # "a statement saying …": the statement says it, for whoever issued it
    if relation == "conj" or (relation in ("advcl", "xcomp") and _nonfinite(tree, verb)):
        # the governor's subject, whatever its voice ("Trump was forced into damage
        # control and said …", "he was asked to explain")
        return subject_of(tree, head, passive_ok=True, depth=depth + 1)
    return None


def _subject_word(tree: Tree, verb: int, word: int) -> bool:
    """Whether a subject the parse gives ``verb`` can be the one that says it.

    Not an expletive; not a time word ("and later said"), an emphatic reflexive
    ("Tester, himself up for reelection, said") or a quantifier after the nominal
    it quantifies ("Clinton and Sanders both sought"), which a parse may take
    for the subject; and not a word after a participle, which has none there.
    """
    floating = tree.lemma[word] in FLOATING_QUANTIFIERS and word > 0 \
        and tree.upos[word - 1] in NOMINAL
    return tree.deprel[word] != "expl" and tree.lemma[word] not in TIME_WORDS \
        and not tree.has_feat(word, "Reflex=Yes") and not floating \
        and not (word > verb and tree.is_gerund(verb))


def _asked_clause(tree: Tree, verb: int) -> bool:
    """'when asked about it', 'Asked whether …,': a bare past participle in a passive sense.

    Its understood subject is the one the verb is done to, so it lends the
    main clause's subject no speaker. Only with a subordinator or opening the
    sentence, where a simple past a tagger took for a participle cannot stand.
    """
    if not (tree.has_feat(verb, "Tense=Past") and tree.has_feat(verb, "VerbForm=Part")) \
            or tree.kids(verb, {"aux", "aux:pass"}):
        return False
    return verb == 0 or any(tree.lemma[c] in PARTICIPLE_SUBORDINATORS
                            for c in tree.kids(verb, {"mark", "advmod"}))


def _finite(tree: Tree, verb: int) -> bool:
    """A verb heading a clause of its own: finite, an auxiliary, or with its own subject."""
    return tree.upos[verb] == "AUX" or (tree.upos[verb] == "VERB" and (
        "VerbForm=Fin" in tree.feats[verb] or bool(tree.kids(verb, SUBJECT_DEPS))))


def _nonfinite(tree: Tree, verb: int) -> bool:
    feats = tree.feats[verb]
    return "VerbForm=Ger" in feats or "VerbForm=Part" in feats or "VerbForm=Inf" in feats


def speaker_heads(tree: Tree, subject: int) -> list[int]:
    """The subject and the nominals conjoined with it ("Mali's army and Wagner").

    A relative pronoun is its own mention, resolved like "he", unless it
    stands for several ("Mali's army and Wagner, which both said").
    """
    antecedent = relative_antecedent(tree, subject)
    if antecedent is not None and any(tree.upos[c] in NOMINAL
                                      for c in tree.kids(antecedent, {"conj"})):
        subject = antecedent
    heads, stack = [], [subject]
    while stack:
        word = stack.pop()
        heads.append(word)
        stack.extend(c for c in tree.kids(word, {"conj"}) if tree.upos[c] in NOMINAL)
    return sorted(heads)


def speaker_refs(tree: Tree, cue: int, *, passive_ok: bool = False) -> tuple[MentionRef, ...]:
    """The cue's speakers as written; a medium ("a statement from X") stands for its owner.

    A subject shared from another verb gives way to a noun phrase that opens
    the cue's own clause ('…, while an Islamist group … said'), which a parse
    may have hung elsewhere. A participle set off by a comma inside a reported
    clause ("Coleman said Kasich should quit, echoing a memo"), or hung on a
    verb after it, is the main clause subject's, not a subject after it.
    """
    if (_inside_complement(tree, cue) or tree.head[cue] > cue) \
            and (reporter := participle_speaker(tree, cue)):
        return reporter
    subject = subject_of(tree, cue, passive_ok=passive_ok)
    if subject is not None and tree.head[subject] != cue and tree.deprel[cue] != "acl:relcl":
        nearer = preverbal(tree, cue) or absolute_subject(tree, cue)
        if nearer is not None:
            return (nearer,)
    if subject is None or tree.upos[subject] not in SPEAKER_UPOS \
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
    return subject if subject is not None and tree.upos[subject] in SPEAKER_UPOS else None


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
                and tree.upos[s] in SPEAKER_UPOS and tree.lemma[s] not in NOT_SPEAKERS]
    return subjects[0] if subjects else None


def free_participle(tree: Tree, cue: int) -> bool:
    """A participle set off by a comma ("…, saying"): an adjunct of the whole clause."""
    return cue > 0 and tree.text[cue - 1] == "," and tree.is_gerund(cue)


def participle_speaker(tree: Tree, cue: int) -> tuple[MentionRef, ...]:
    """'Warren endorsed Clinton, saying …': the main clause's subject says it.

    A participle set off by a comma is controlled by the subject of the main
    clause, wherever a parse hangs it.
    """
    if not free_participle(tree, cue):
        return ()
    subject = matrix_subject(tree, cue)
    return () if subject is None else (MentionRef(tree.index, subject,
                                                  *mention_span(tree, subject)),)


def owner(tree: Tree, medium: int) -> int | None:
    """Whose statement, report or document: its possessor or its from/by/of phrase."""
    for child in tree.children[medium]:
        if tree.deprel[child] == "nmod:poss":
            return child
        if tree.base_deprel(child) == "nmod" and any(
                tree.lemma[c] in OWNER_CASES for c in tree.kids(child, {"case"})):
            return child
    return None


def _that_clause(tree: Tree, clause: int) -> bool:
    return any(tree.lemma[c] in COMPLEMENTIZERS | {"if", "whether"} and c < clause
               for c in tree.kids(clause, {"mark"}))


def _infinitival(tree: Tree, clause: int) -> bool:
    return any(tree.lemma[c] == "to" for c in tree.kids(clause, {"mark"}))


def clause_range(tree: Tree, clause: int) -> tuple[int, int] | None:
    """A complement clause's words, without its complementizer and edge punctuation."""
    lo, hi = tree.run(clause)
    while lo < clause and tree.deprel[lo] == "mark" and tree.lemma[lo] in COMPLEMENTIZERS:
        lo += 1
    return tree.trim(lo, hi)


def _edge_cut(tree: Tree, head: int, cue: int) -> tuple[int, int] | None:
    """The head's subtree before the cue's clause, or after it when that clause opens it.

    A clause in the middle ("A, X said, B") leaves A here; ``surface.resumed``
    finds B.
    """
    span = tree.trim(tree.first[head], tree.last[head])
    if span is None:
        return None
    lo, hi = span
    if tree.first[cue] <= lo:
        lo = tree.last[cue] + 1
    else:
        hi = tree.first[cue] - 1
    return tree.trim(lo, hi)


def complement(tree: Tree, cue: int, speakers: tuple[MentionRef, ...] = (),
               ) -> tuple[str, tuple[int, int] | None] | None:
    """Which rule finds the cue's content, and the content's words.

    A clause inside a speaker's own phrase, or a relative clause a parse hung
    on the cue ("The army, which launched …, said"), is never the content; nor
    is a clause before the cue when a clause follows it ("Derek Mitchell, who
    served …, said Clinton reached out …"), nor a reporting clause after it
    ("He may add to his staff, he said": "add" is what he said). Only a verb of
    saying frames the clause it is a parataxis of ("…, the group said"): in "Taxes
    rose; Clinton backed the plan" she backed the plan, not the rise; nor is a
    clause set beside a cue its content unless the cue is a verb of saying,
    finding or thinking ("Clinton backed Obama; he won").
    """
    lemma = tree.lemma[cue]
    for child in tree.children[cue]:
        relation = tree.deprel[child]
        if any(s.lo <= child <= s.hi for s in speakers) or _relative_clause(tree, child):
            continue
        if relation == "ccomp" or (relation in ("advcl", "acl", "dep", "obj", "parataxis")
                                   and _that_clause(tree, child)):
            if child < cue and (ahead := forward(tree, cue)) is not None:
                return "forward", ahead
            span = _extent(tree, cue, child)
            return "ccomp", _closing(tree, cue, span) if child < cue else span
    for obj in tree.kids(cue, {"obj", "iobj"}):
        for child in tree.kids(obj, {"acl", "ccomp"}):
            if child > obj and _that_clause(tree, child):
                return "ccomp", _extent(tree, cue, child)
    for child in tree.kids(cue, {"xcomp"}):
        if _infinitival(tree, child) and lemma not in ASPECTUAL_VERBS:
            return "xcomp", _extent(tree, cue, child, hearer_too=True)
    for child in tree.kids(cue, {"parataxis"}):
        if child > cue and not is_cue_verb(tree, child) and lemma in CLAUSE_FRAMING_VERBS:
            return "parataxis", _extent(tree, cue, child)
    if tree.deprel[cue] == "parataxis" and tree.head[cue] >= 0 and lemma in INVERSION_VERBS:
        return "parataxis:inverted", _closing(tree, cue, _edge_cut(tree, tree.head[cue], cue))
    return _object_content(tree, cue, clause_only=lemma not in OBJECT_CONTENT_VERBS
                           or lemma in CLAUSE_ONLY_VERBS)


def _closing(tree: Tree, cue: int, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The whole clause before a closing '…, X said.' (``surface.trailing``), where the parse
    gives only part of it."""
    shape = trailing(tree, cue)
    if span is not None and shape is not None and shape[0][0] <= span[0] \
            and span[1] <= shape[0][1]:
        return shape[0]
    return span


def _relative_clause(tree: Tree, clause: int) -> bool:
    first = tree.first[clause]
    while first < clause and tree.is_punct(first):
        first += 1
    return tree.lemma[first] in RELATIVE_PRONOUNS - {"that"} and first > 0 \
        and tree.text[first - 1] == ","


def _extent(tree: Tree, cue: int, clause: int, *,
            hearer_too: bool = False) -> tuple[int, int] | None:
    """The content clause's words, reaching out to the rest of the reporting clause on its side.

    A clause after the cue runs on over the cue's later dependents (a clause
    is one stretch of text, however a parse splits it) up to another clause
    of the reporter's: a coordinated verb, a parenthetical, ", while …",
    ", according to …", or after an infinitive a finite verb, which cannot
    continue it ("vowed to keep abortion legal and celebrated the ruling"), or
    a phrase of the cue's own ("pledged to work together after a meeting").
    A bare noun phrase the cue holds between itself and a later clause, or
    before an earlier one, is the clause's own subject, unless the cue
    addresses someone ("told reporters that"), whose hearer only
    ``hearer_too`` keeps ("urged civilians to stay away"). A cue in a relative
    clause keeps its content inside that clause ("Weaver, who said X, left").
    """
    span = clause_range(tree, clause)
    if span is None:
        return None
    lo, hi = span
    after = clause > cue
    between = range(cue + 1, clause) if after else range(clause)
    keeps_hearer = hearer_too or tree.lemma[cue] not in ADDRESS_VERBS
    bare = [c for c in tree.children[cue] if c in between and keeps_hearer
            and tree.deprel[c] in BARE_NOMINAL_DEPS and tree.upos[c] in NOMINAL
            and not tree.kids(c, {"case"})]
    if bare:
        lo = min(lo, tree.first[min(bare)])
    if after:
        infinitive = _infinitival(tree, clause)
        for child in tree.children[cue]:
            if child > clause and not closes_content(tree, child) \
                    and not (infinitive and (_finite(tree, child)
                                             or tree.base_deprel(child) == "obl")):
                hi = max(hi, tree.run(child)[1])
        surface = forward(tree, cue)
        if surface is not None and surface[0] == lo and tree.deprel[cue] != "acl:relcl":
            hi = max(hi, surface[1])
    return cut_reporter_tail(tree, lo, hi)


def cut_reporter_tail(tree: Tree, lo: int, hi: int) -> tuple[int, int] | None:
    """End a content span before another reporter's words, wherever a parse hung them.

    ", according to …", ", while …", ", but …" (in news mostly the writer's
    contrast; the sentence shown beside the claim keeps it), or a closing
    attribution of its own ("…, the source added."), which reports the whole
    sentence, this claim included.
    """
    for word in range(lo + 1, hi + 1):
        previous = word - 1
        while previous > lo and tree.text[previous] in QUOTE_CHARS:
            previous -= 1
        if tree.text[word].lower() in REPORTER_MARKERS and tree.text[previous] == ",":
            return tree.trim(lo, previous - 1)
        if is_cue_verb(tree, word) and (closing := trailing(tree, word)) is not None:
            end = closing[0][1]
            if lo <= end < word:
                return tree.trim(lo, end)
    return tree.trim(lo, hi)


def cut_aside(tree: Tree, lo: int, hi: int) -> tuple[int, int] | None:
    """End a reported clause before an adverbial participle (", saying …").

    A comma and a participle that modifies a verb, not a noun, mostly adds
    the reporter's own doing ("wants to sign up 5 million people, focusing on
    the young"); where a parse hangs it inside the clause is too unsteady to
    tell the rare participle of the content. One that modifies a noun ("a job,
    prosecuting cases") stays.
    """
    for comma in range(lo + 1, hi):
        word = tree.past_quotes(comma + 1, hi)
        if tree.text[comma] == "," and tree.upos[word] == "VERB" and tree.is_gerund(word) \
                and tree.lemma[word] not in CLAUSE_PARTICIPLES \
                and tree.base_deprel(word) != "acl":
            return tree.trim(lo, comma - 1)
    return tree.trim(lo, hi)


def closes_content(tree: Tree, child: int) -> bool:
    """A dependent after the content that belongs to the reporter: punctuation, ", while …"."""
    if tree.base_deprel(child) == "conj" and _continues_clause(tree, child):
        return False
    if tree.base_deprel(child) in CLOSING_DEPS:
        return True
    marks = {tree.text[m].lower() for m in tree.kids(child, {"mark", "case"})}
    return bool(marks & REPORTER_MARKERS)


def reach(tree: Tree, verb: int, word: int) -> int:
    """The content's last word: ``word``'s run and the verb's later dependents that carry it on.

    "called for compensation to be clawed back", "seemed to send a signal four
    days before …": a parse may hang the rest of the content on the verb
    rather than on the word it completes.
    """
    hi = tree.run(word)[1]
    for child in tree.children[verb]:
        if child > word and not closes_content(tree, child):
            hi = max(hi, tree.run(child)[1])
    return hi


def _continues_clause(tree: Tree, conj: int) -> bool:
    """A conjunct after the content that is no verb of saying carries the content on.

    "said she plans to join … and live stream …", "said correctness has run amok,
    and we're going to get away from that": news writing coordinates inside
    the reported clause far more often than it adds a second predicate to the
    reporter without a second cue.
    """
    return tree.upos[conj] in ("VERB", "AUX", "ADJ", "NOUN") and not is_cue_verb(tree, conj)


def _object_content(tree: Tree, cue: int, *,
                    clause_only: bool) -> tuple[str, tuple[int, int] | None] | None:
    """'condemned the air strikes'; for a verb of saying only an object holding a clause."""
    objects = [o for o in tree.kids(cue, {"obj"}) if o > cue and tree.upos[o] != "PRON"]
    if not objects:
        return None if clause_only else _passive_object(tree, cue)
    obj = objects[0]
    if tree.lemma[cue] in ADDRESS_VERBS and not _carries_clause(tree, obj):
        return None
    holds_clause = any(_finite(tree, w) and tree.dominates(o, w)
                       for o in objects for w in range(tree.first[o], tree.last[o] + 1))
    if clause_only and not holds_clause:
        return None
    span = tree.trim(tree.first[obj], reach(tree, cue, obj))
    ahead = forward(tree, cue) if tree.lemma[cue] in FORWARD_VERBS else None
    if span is not None and ahead is not None and ahead[0] == span[0] and ahead[1] > span[1]:
        # "say the commander, Sergei Shevchenko, was among the dead": a clause whose
        # subject the parse took for an object
        return "forward", ahead
    return ("object:clause" if clause_only else "object"), span


def _passive_object(tree: Tree, cue: int) -> tuple[str, tuple[int, int] | None] | None:
    """'His comments were derided by Laschet': the passive's subject is what the agent derided.

    Not in a relative clause ("the army, which is backed by X"), whose subject
    is a pronoun standing for a noun outside it.
    """
    subjects = _passive_subjects(tree, cue)
    if _agent(tree, cue) is None or len(subjects) != 1 \
            or tree.upos[subjects[0]] not in NOMINAL - {"PRON"}:
        return None
    return "object:passive", tree.trim(tree.first[subjects[0]], tree.last[subjects[0]])


def _carries_clause(tree: Tree, obj: int) -> bool:
    """'urged civilians to stay away': an infinitive rides on the addressee."""
    return any(_infinitival(tree, c) for c in tree.children[obj] if tree.upos[c] == "VERB")


def is_agentless(tree: Tree, cue: int) -> bool:
    """A report with no one behind it: "it was widely reported that …", "when asked whether …".

    A passive with no "by" agent, or a bare past participle with no subject
    heading an adverbial clause. The writer leaves the source out; the claim
    is kept, unattributed, for a reader to weigh.
    """
    feats = tree.feats[cue]
    if "VerbForm=Part" not in feats or tree.kids(cue, SUBJECT_DEPS) or _agent(tree, cue) \
            or _active_subject(tree, cue):
        return False
    if any(tree.lemma[a] == "be" for a in tree.kids(cue, {"aux:pass"})):
        return True
    return "Tense=Past" in feats and tree.base_deprel(cue) == "advcl" \
        and not tree.kids(cue, {"aux"})


def _raised_subject(tree: Tree, cue: int, lo: int) -> int:
    """'Trump is expected to win': the passive's subject is the infinitive's, and the claim's.

    The report is that Trump will win, so the content starts at the subject.
    """
    subjects = _passive_subjects(tree, cue)
    return tree.first[subjects[0]] if subjects else lo


def _passive_subjects(tree: Tree, cue: int) -> list[int]:
    return [s for s in tree.kids(cue, PASSIVE_SUBJECT_DEPS) if s < cue]


def _thinks_that(tree: Tree, verb: int) -> bool:
    """Any verb with a finite "that"-clause after it reports a thought or words ("X joked that")."""
    return tree.upos[verb] == "VERB" and tree.lemma[verb] not in NOT_REPORTING_VERBS and any(
        c > verb and any(tree.lemma[m] == "that" for m in tree.kids(c, {"mark"}))
        for c in tree.kids(verb, {"ccomp"}))


def _within(speakers: tuple[MentionRef, ...], phrase: MentionRef) -> bool:
    """The parse's speakers lie inside the phrase the surface found: keep the parse's."""
    return bool(speakers) and all(phrase.lo <= s.head <= phrase.hi for s in speakers)


def _parts(tree: Tree, cue: int, rule: str, lo: int,
           hi: int) -> list[tuple[str, tuple[int, int]]]:
    """The content around a mid-sentence attribution: one span or two.

    A subject parted from its predicate ("The museum, Mr. Obama said, would
    make …") is one claim, read across the attribution; two clauses ("A, X
    said, B") are two claims with one cue.
    """
    if lo > cue and (subject := interrupted_subject(tree, cue, lo)) is not None:
        return [(rule, (subject, hi))]
    rest = resumed(tree, cue) if hi < cue else None
    if rest is None:
        return [(rule, (lo, hi))]
    if interrupted_subject(tree, cue, rest[0]) is not None:
        return [(rule, (lo, rest[1]))]
    return [(rule, (lo, hi)), (f"{rule}:resumed", rest)]


def _quote_limit(tree: Tree, first: int, last: int) -> int:
    """How far a quotation the content opens may carry it: the sentence, or on at its end.

    'said he believes "there may be some generals who are beating their chest.
    But those who are involved are confident."': a fragment quoted at the end
    of the clause runs on to its closing mark across the splitter's sentence
    breaks; after a colon the quotation is one of its own.
    """
    at_end = all(tree.is_punct(w) for w in range(last + 1, len(tree)))
    if at_end and not any(tree.text[w] == ":" for w in range(first, last + 1)):
        return sys.maxsize
    return tree.end_char


@rule(name="reported", stage="reported",
      trigger=Trigger(cue_verbs=True,
                      verbs_before_complementizer_except=NOT_REPORTING_VERBS))
def reported_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    """One frame per reporting verb (outside quotations) that has a speaker and content."""
    quotes = ctx.index
    for cue in range(len(tree)):
        lexical = is_cue_verb(tree, cue)
        if not (lexical or _thinks_that(tree, cue)) or quotes.inside(tree.begin[cue]):
            continue
        speakers = speaker_refs(tree, cue)
        agentless = not speakers and lexical and is_agentless(tree, cue)
        if not speakers and not agentless:
            speakers = opening_phrase(tree, cue) or participle_speaker(tree, cue)
        found = complement(tree, cue, speakers)
        if found is None:
            shape = trailing(tree, cue)
            if shape is not None:
                found = ("inverted", shape[0])
                if shape[1] is not None and not _within(speakers, shape[1]):
                    speakers, agentless = (shape[1],), False
            elif tree.lemma[cue] in FORWARD_VERBS or that_ahead(tree, cue):
                clause = forward(tree, cue)
                found = ("forward", clause) if clause is not None else None
        if found is None or found[1] is None:
            continue
        rule, (lo, hi) = found
        if lo > cue:  # content a parse or the surface runs on past a fronted clause
            hi = main_clause(tree, cue, lo, hi)
            if speakers and all(lo <= s.head <= hi for s in speakers):
                # "…, said Hillary Clinton should be ready": the parse took the content's subject
                speakers = opening_phrase(tree, cue)
        if (span := cut_aside(tree, lo, hi)) is None:
            continue
        lo, hi = span
        if (not speakers and not agentless) or (not lexical and rule != "ccomp"):
            continue
        rule = rule if lexical else "ccomp:that"
        if agentless:
            if rule not in CLAUSE_RULES:
                continue
            lo = _raised_subject(tree, cue, lo) if rule == "xcomp" else lo
            rule += ":agentless"
        parts = _parts(tree, cue, rule, lo, hi)
        hedge = cue_hedge(tree, cue)
        for part_rule, (first, last) in parts:
            content = quotes.balance(tree.begin[first], tree.end[last],
                                     _quote_limit(tree, first, last))
            mixed = bool(quotes.within(*content)) or quotes.inside(content[0])
            yield Frame(sentence=tree.index, rule=part_rule,
                        type=AttributionType.MIXED if mixed else AttributionType.INDIRECT,
                        content=content, cue=(tree.begin[cue], tree.end[cue]),
                        cue_lemma=tree.lemma[cue], speakers=speakers, hedge=hedge,
                        negated=is_negated(tree, cue) or hedge == DENIED)
