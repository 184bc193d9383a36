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
from factcheck.attribution.grammar import (
    agent,
    clause_range,
    closes_content,
    cue_hedge,
    cut_aside,
    cut_reporter_tail,
    finite,
    infinitival,
    is_agentless,
    is_cue_verb,
    is_negated,
    passive_subjects,
    reach,
    that_clause,
)
from factcheck.attribution.registry import Context, Trigger, rule
from factcheck.attribution.reporters import opening_phrase, participle_speaker, speaker_refs
from factcheck.attribution.surface import (
    forward,
    gapped,
    interrupted_subject,
    main_clause,
    resumed,
    that_ahead,
    trailing,
)
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import (
    ADDRESS_VERBS,
    ASPECTUAL_VERBS,
    CLAUSE_FRAMING_VERBS,
    CLAUSE_ONLY_VERBS,
    DENIED,
    FORWARD_VERBS,
    INVERSION_VERBS,
    NOT_REPORTING_VERBS,
    OBJECT_CONTENT_VERBS,
)
from factcheck.lexicon.grammar import (
    BARE_NOMINAL_DEPS,
    BOUND_TAILS,
    NOMINAL_ARGUMENT_UPOS,
    OBJECT_DEPS,
    RELATIVE_PRONOUNS,
)
from factcheck.records import AttributionType

#: Rules whose content is a clause: the only ones an unattributed report may use.
CLAUSE_RULES: frozenset[str] = frozenset({"ccomp", "xcomp", "forward"})


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
                                   and that_clause(tree, child)):
            if child < cue and (ahead := forward(tree, cue)) is not None:
                return "forward", ahead
            span = _extent(tree, cue, child)
            return "ccomp", _closing(tree, cue, span) if child < cue else span
    for obj in tree.kids(cue, OBJECT_DEPS):
        for child in tree.kids(obj, {"acl", "ccomp"}):
            if child > obj and that_clause(tree, child):
                return "ccomp", _extent(tree, cue, child)
    for child in tree.kids(cue, {"xcomp"}):
        if infinitival(tree, child) and lemma not in ASPECTUAL_VERBS:
            return "xcomp", _extent(tree, cue, child, hearer_too=True)
    for child in tree.kids(cue, {"parataxis"}):
        if child > cue and not is_cue_verb(tree, child) and lemma in CLAUSE_FRAMING_VERBS:
            return "parataxis", _extent(tree, cue, child)
    if cue + 1 < len(tree) and gapped(tree, cue, cue + 1) \
            and (ahead := forward(tree, cue)) is not None:
        return "forward", ahead  # "an attack that the UN says left …", however it is hung
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
            and tree.deprel[c] in BARE_NOMINAL_DEPS and tree.upos[c] in NOMINAL_ARGUMENT_UPOS
            and not tree.kids(c, {"case"})]
    if bare:
        lo = min(lo, tree.first[min(bare)])
    while after and lo - 1 > cue and tree.text[lo].lower() in BOUND_TAILS:
        lo -= 1  # "said more than 40 civilians …" with "more" hung on the cue
    if after:
        infinitive = infinitival(tree, clause)
        for child in tree.children[cue]:
            if child > clause and not closes_content(tree, child) \
                    and not (infinitive and (finite(tree, child)
                                             or tree.base_deprel(child) == "obl")):
                hi = max(hi, tree.run(child)[1])
        surface = None if infinitive else forward(tree, cue)
        if surface is not None and surface[0] == lo and tree.deprel[cue] != "acl:relcl":
            hi = max(hi, surface[1])
    return cut_reporter_tail(tree, lo, hi)


def _object_content(tree: Tree, cue: int, *,
                    clause_only: bool) -> tuple[str, tuple[int, int] | None] | None:
    """'condemned the air strikes'; for a verb of saying only an object holding a clause."""
    objects = [o for o in tree.kids(cue, {"obj"}) if o > cue and tree.upos[o] != "PRON"]
    if not objects:
        return None if clause_only else _passive_object(tree, cue)
    obj = objects[0]
    if tree.lemma[cue] in ADDRESS_VERBS and not _carries_clause(tree, obj):
        return None
    holds_clause = any(finite(tree, w) and tree.dominates(o, w)
                       for o in objects for w in range(tree.first[o], tree.last[o] + 1))
    if clause_only and not holds_clause:
        return None
    span = tree.trim(tree.first[obj], reach(tree, cue, obj))
    span = span and cut_reporter_tail(tree, *span)
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
    subjects = passive_subjects(tree, cue)
    if agent(tree, cue) is None or len(subjects) != 1 \
            or tree.upos[subjects[0]] not in NOMINAL_ARGUMENT_UPOS - {"PRON"}:
        return None
    return "object:passive", tree.trim(tree.first[subjects[0]], tree.last[subjects[0]])


def _carries_clause(tree: Tree, obj: int) -> bool:
    """'urged civilians to stay away': an infinitive rides on the addressee."""
    return any(infinitival(tree, c) for c in tree.children[obj] if tree.upos[c] == "VERB")


def _raised_subject(tree: Tree, cue: int, lo: int) -> int:
    """'Trump is expected to win': the passive's subject is the infinitive's, and the claim's.

    The report is that Trump will win, so the content starts at the subject.
    """
    subjects = passive_subjects(tree, cue)
    return tree.first[subjects[0]] if subjects else lo


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
        if found is None:
            continue
        rule, span = found
        if span is None:
            continue
        lo, hi = span
        if lo > cue:  # content a parse or the surface runs on past a fronted clause
            hi = main_clause(tree, cue, lo, hi)
            if speakers and all(lo <= s.head <= hi for s in speakers):
                # "…, said Hillary Clinton should be ready": the parse took the content's subject
                speakers = opening_phrase(tree, cue)
        if (span := cut_aside(tree, lo, hi, cue)) is None:
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
