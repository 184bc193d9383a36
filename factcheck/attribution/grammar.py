"""The grammar every attribution rule reads: cue verbs, subjects, voice, where content ends.

Universal Dependencies v2 as EWT annotates it. ``is_cue_verb`` says which
words report (a verb of saying, or one a tagger took for a noun where a verb
must stand); ``subject_of`` finds who does a verb, through relative
pronouns, passives and the conjuncts and participles that share a subject;
``reach``, ``cut_reporter_tail``, ``cut_aside`` and ``closes_content`` say
where a content span stops and the reporter's own words begin.
"""

from __future__ import annotations

from factcheck.attribution.mentions import is_relative, relative_antecedent
from factcheck.attribution.surface import absolute_subject, trailing
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import (
    ADDRESS_VERBS,
    CHANNEL_NOUNS,
    HOLDER_PASSIVES,
    INVERSION_VERBS,
    NEGATORS,
    REPORTER_MARKERS,
    REPORTING_VERBS,
    TOLL_SENSES,
)
from factcheck.lexicon.grammar import (
    CLAUSE_PARTICIPLES,
    CLITIC_S,
    CLOSING_DEPS,
    COMPLEMENTIZERS,
    FLOATING_QUANTIFIERS,
    NOMINAL_ARGUMENT_UPOS,
    NOMINAL_UPOS,
    PARTICIPLE_SUBORDINATORS,
    PASSIVE_SUBJECT_DEPS,
    PERSONAL_RELATIVES,
    RESULT_PARTICIPLES,
    SUBJECT_DEPS,
    TIME_WORDS,
)
from factcheck.lexicon.punctuation import CUE_FOLLOWERS, QUOTE_CHARS

#: Verbs of telling whose subject never follows them: the noun after one is its hearer.
HEARER_FIRST: frozenset[str] = ADDRESS_VERBS - INVERSION_VERBS

#: How far a subject may be inherited up a chain of conjuncts and participles.
MAX_INHERIT: int = 3


def is_cue_verb(tree: Tree, word: int) -> bool:
    """A reporting verb, or a verb form a tagger took for a noun ("a poll shows that …").

    A form tagged as a noun counts only where a verb must stand, and only
    an -s form or, after a plural subject, the bare form ("polls show"):
    before "that"; between its subject and what opens a clause, a quote, a
    name, a number or an infinitive, or ends the frame of one ("The Times
    reports:", "Trump urges supporters …", "UN reports 400,000 fled", "the
    group claims to have killed …", '"…," Bozell explains.'); or inverted
    right after a quotation ('"…," writes Nate Silver'). A verb in its toll
    sense ("claimed 40,000 lives") is none.
    """
    if tree.lemma[word] not in REPORTING_VERBS or _toll_sense(tree, word):
        return False
    if tree.upos[word] == "VERB":
        return True
    if tree.upos[word] not in ("NOUN", "PROPN") or word + 1 >= len(tree) or word == 0:
        return False
    form, previous = tree.text[word].lower(), word - 1
    inflected = form != tree.lemma[word] and form.endswith("s")
    after_plural = form == tree.lemma[word] and tree.has_feat(previous, "Number=Plur") \
        and tree.upos[previous] in NOMINAL_UPOS
    if not (inflected or after_plural):
        return False
    following = tree.upos[word + 1]
    if tree.upos[previous] in NOMINAL_UPOS:
        return _before_that(tree, word) or tree.text[word + 1] in CUE_FOLLOWERS \
            or following in ("PRON", "DET", "PROPN", "NUM") or _before_infinitive(tree, word)
    return _before_that(tree, word) or (
        tree.text[previous] in QUOTE_CHARS and following == "PROPN"
        and tree.lemma[word] in INVERSION_VERBS)


def _toll_sense(tree: Tree, word: int) -> bool:
    """'The conflict has claimed 40,000 lives': a reporting verb counting dead, saying nothing."""
    objects = TOLL_SENSES.get(tree.lemma[word], frozenset())
    return any(tree.lemma[child] in objects for child in tree.children[word])


def _before_infinitive(tree: Tree, word: int) -> bool:
    """"to" and a verb come next: "claims to have killed", whatever the tags say of the cue."""
    return word + 2 < len(tree) and tree.text[word + 1].lower() == "to" \
        and tree.upos[word + 2] in ("VERB", "AUX")


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


def agent(tree: Tree, verb: int) -> int | None:
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
        return agent(tree, verb)
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
        return agent(tree, verb)  # "he smiled when asked about it": he is the one asked
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
    for the subject; and not a word after a participle, which has none there,
    nor after a verb of telling that never inverts ('"…," X told Radio
    Tamazuj': the word after "told" is the hearer).
    """
    floating = tree.lemma[word] in FLOATING_QUANTIFIERS and word > 0 \
        and tree.upos[word - 1] in NOMINAL_ARGUMENT_UPOS
    return tree.deprel[word] != "expl" and tree.lemma[word] not in TIME_WORDS \
        and not tree.has_feat(word, "Reflex=Yes") and not floating \
        and not (word > verb and (tree.is_gerund(verb) or tree.lemma[verb] in HEARER_FIRST))


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


def finite(tree: Tree, verb: int) -> bool:
    """A verb heading a clause of its own: finite, an auxiliary, or with its own subject."""
    return tree.upos[verb] == "AUX" or (tree.upos[verb] == "VERB" and (
        "VerbForm=Fin" in tree.feats[verb] or bool(tree.kids(verb, SUBJECT_DEPS))))


def _nonfinite(tree: Tree, verb: int) -> bool:
    feats = tree.feats[verb]
    return "VerbForm=Ger" in feats or "VerbForm=Part" in feats or "VerbForm=Inf" in feats


def that_clause(tree: Tree, clause: int) -> bool:
    return any(tree.lemma[c] in COMPLEMENTIZERS | {"if", "whether"} and c < clause
               for c in tree.kids(clause, {"mark"}))


def infinitival(tree: Tree, clause: int) -> bool:
    return any(tree.lemma[c] == "to" for c in tree.kids(clause, {"mark"}))


def clause_range(tree: Tree, clause: int) -> tuple[int, int] | None:
    """A complement clause's words, without its complementizer and edge punctuation."""
    lo, hi = tree.run(clause)
    while lo < clause and tree.deprel[lo] == "mark" and tree.lemma[lo] in COMPLEMENTIZERS:
        lo += 1
    return tree.trim(lo, hi)


def cut_reporter_tail(tree: Tree, lo: int, hi: int) -> tuple[int, int] | None:
    """End a content span before another reporter's words, wherever a parse hung them.

    ", according to …", ", while …", ", but …" (in news mostly the writer's
    contrast; the sentence shown beside the claim keeps it), a closing
    attribution of its own ("…, the source added."), which reports the whole
    sentence, this claim included, or another speaker's ", with some outlets
    saying …".
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
        if is_cue_verb(tree, word) and (absolute := absolute_subject(tree, word)) is not None \
                and lo < absolute.lo - 2 and tree.text[absolute.lo - 2] == ",":
            return tree.trim(lo, absolute.lo - 3)
    return tree.trim(lo, hi)


def cut_aside(tree: Tree, lo: int, hi: int, cue: int | None = None) -> tuple[int, int] | None:
    """End a reported clause before an adverbial participle (", saying …").

    A comma and a participle that modifies a verb, not a noun, mostly adds
    the reporter's own doing ("wants to sign up 5 million people, focusing on
    the young"); where a parse hangs it inside the clause is too unsteady to
    tell the rare participle of the content. One that modifies a noun ("a job,
    prosecuting cases") stays, and so does one that states the event's outcome
    (", killing 12 soldiers": ``RESULT_PARTICIPLES``). Content before its
    ``cue`` ("…, killing 17 soldiers, the group said") is all the speaker's:
    the reporter has not been named yet.
    """
    if cue is not None and hi < cue:
        return tree.trim(lo, hi)
    for comma in range(lo + 1, hi):
        word = tree.past_quotes(comma + 1, hi)
        if tree.text[comma] == "," and tree.upos[word] == "VERB" and tree.is_gerund(word) \
                and tree.lemma[word] not in CLAUSE_PARTICIPLES | RESULT_PARTICIPLES \
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


def is_agentless(tree: Tree, cue: int) -> bool:
    """A report with no one behind it: "it was widely reported that …", "when asked whether …".

    A passive with no "by" agent, or a bare past participle with no subject
    heading an adverbial clause. The writer leaves the source out; the claim
    is kept, unattributed, for a reader to weigh.
    """
    feats = tree.feats[cue]
    if "VerbForm=Part" not in feats or tree.kids(cue, SUBJECT_DEPS) or agent(tree, cue) \
            or _active_subject(tree, cue):
        return False
    if any(tree.lemma[a] == "be" for a in tree.kids(cue, {"aux:pass"})):
        return True
    return "Tense=Past" in feats and tree.base_deprel(cue) == "advcl" \
        and not tree.kids(cue, {"aux"})


def passive_subjects(tree: Tree, cue: int) -> list[int]:
    return [s for s in tree.kids(cue, PASSIVE_SUBJECT_DEPS) if s < cue]
