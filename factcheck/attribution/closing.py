"""A figure the next sentence attributes: "Ten died. That is according to the administrator."

Wire copy often states a figure bare and names its source in the sentence
after, with an anaphor standing for the whole statement before: "That is
according to X", "X reported this", "X said so". The anaphor's sentence names
the speaker and the cue; the content is the sentence before it, when that
sentence names no source of its own. A source the reporter cites ("Akhbar
al-Asr reported this, citing the Sudanese Doctors' Union") is the claimant, the
reporter the channel.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.attribution.frames import Frame, MentionRef
from factcheck.attribution.grammar import cue_hedge, is_cue_verb
from factcheck.attribution.mentions import mention_span
from factcheck.attribution.registry import Context, Trigger, rule
from factcheck.attribution.reporters import speaker_refs
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import (
    ACCORDING_TO,
    CITING_VERBS,
    RESTATING_VERBS,
    STATEMENT_ANAPHORS,
)
from factcheck.lexicon.grammar import NOMINAL_ARGUMENT_UPOS, OBJECT_DEPS
from factcheck.records import AttributionType

#: The first word of "according to".
ACCORDING = ACCORDING_TO.split()[0]


def previous_statement(ctx: Context, tree: Tree) -> tuple[int, int] | None:
    """The sentence before ``tree``, without its closing punctuation: what an anaphor stands for.

    Only a statement with no source of its own: one that names its speaker
    ("The army said …. Reuters reported this.") is not a bare figure.
    """
    if tree.index == 0:
        return None
    before = ctx.trees[tree.index - 1]
    if any(is_cue_verb(before, w) or before.lemma[w] in (ACCORDING, *CITING_VERBS)
           for w in range(len(before))):
        return None
    words = before.trim(0, len(before) - 1, keep_quotes=True)
    if words is None or ctx.index.inside(before.begin[words[0]]):
        return None
    return before.begin[words[0]], before.end[words[1]]


def closes_previous(tree: Tree, first: int, last: int) -> bool:
    """Words ``first``..``last`` are only an anaphor, and a copula after it ("That is")."""
    words = [w for w in range(first, last + 1) if not tree.is_punct(w)]
    return bool(words) and tree.lemma[words[0]] in STATEMENT_ANAPHORS \
        and all(tree.lemma[w] == "be" for w in words[1:])


@rule(name="closing", stage="reported", trigger=Trigger(cue_verbs=True))
def closing_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    """'X reported this.', 'X said so.': the sentence before is what X said."""
    for cue in range(len(tree)):
        if tree.lemma[cue] not in RESTATING_VERBS or not is_cue_verb(tree, cue) \
                or ctx.index.inside(tree.begin[cue]):
            continue
        anaphors = [w for w in tree.children[cue] if tree.lemma[w] in STATEMENT_ANAPHORS
                    and (tree.base_deprel(w) in OBJECT_DEPS or tree.deprel[w] == "advmod")]
        if not anaphors or tree.kids(cue, {"ccomp", "xcomp"}):
            continue
        content = previous_statement(ctx, tree)
        speakers = speaker_refs(tree, cue)
        if content is None or not speakers:
            continue
        via = None
        cited = _cited(tree, cue)
        if cited is not None:
            lo = min(tree.begin[s.lo] for s in speakers)
            via, speakers = (lo, tree.end[cue]), (cited,)
        yield Frame(sentence=tree.index, rule="closing", type=AttributionType.INDIRECT,
                    content=content, cue=(tree.begin[cue], tree.end[cue]),
                    cue_lemma=tree.lemma[cue], speakers=speakers, hedge=cue_hedge(tree, cue),
                    via=via)


def _cited(tree: Tree, cue: int) -> MentionRef | None:
    """', citing the Sudanese Doctors' Union': whom a participle of citing names."""
    for verb in tree.children[cue]:
        if tree.lemma[verb] not in CITING_VERBS:
            continue
        for obj in tree.kids(verb, OBJECT_DEPS):
            if tree.upos[obj] in NOMINAL_ARGUMENT_UPOS:
                return MentionRef(tree.index, obj, *mention_span(tree, obj))
    return None

