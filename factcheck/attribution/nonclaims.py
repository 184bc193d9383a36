"""Non-claims: sentences saying that something was *not* said.

"did not respond to a request for comment", "declined to comment", "could
not be reached", "did not say", "Neither Mali nor Wagner have said how many
…". They are kept, flagged ``non_claim``, with their speaker and the words
that say what was withheld, so a reader sees them; they never count as
claims and never carry a number for anyone.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.attribution.frames import Frame, MentionRef
from factcheck.attribution.grammar import subject_of
from factcheck.attribution.mentions import mention_span, ref_for
from factcheck.attribution.registry import Context, Trigger, rule
from factcheck.attribution.reporters import speaker_heads
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import NEITHER_NOR, NON_CLAIM_PATTERNS
from factcheck.lexicon.grammar import SUBJECT_DEPS, VERBAL_UPOS, WITHHELD_CUT_DEPS
from factcheck.records import AttributionType


@rule(name="nonclaim", stage="nonclaims",
      trigger=Trigger(sentence_patterns=tuple(p for _, p in NON_CLAIM_PATTERNS)))
def nonclaim_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    text = ctx.text
    sentence = text[tree.start_char:tree.end_char]
    seen: set[int] = set()
    for name, pattern in NON_CLAIM_PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = tree.start_char + match.start(), tree.start_char + match.end()
            verb = _predicate(tree, start, end)
            if verb is None or verb in seen:
                continue
            seen.add(verb)
            content = _content(tree, verb)
            if content is None:
                continue
            yield Frame(sentence=tree.index, rule=f"nonclaim:{name}",
                        type=AttributionType.INDIRECT, content=content,
                        cue=(tree.begin[verb], tree.end[verb]), cue_lemma=tree.lemma[verb],
                        speakers=_speakers(text, tree, verb), negated=True, non_claim=True)


def _predicate(tree: Tree, start: int, end: int) -> int | None:
    """The verb the matched words hang from: the last verb whose head lies outside them."""
    words = tree.words_between(start, end)
    heads = [w for w in words if tree.upos[w] in VERBAL_UPOS
             and not (words.start <= tree.head[w] < words.stop)]
    verbs = [w for w in heads if tree.upos[w] == "VERB"] or heads
    return verbs[-1] if verbs else None


def _content(tree: Tree, verb: int) -> tuple[int, int] | None:
    cut = [c for c in tree.children[verb]
           if tree.deprel[c] in WITHHELD_CUT_DEPS or tree.base_deprel(c) == "nsubj"]
    span = tree.trim(*tree.run(verb, cut))
    return None if span is None else (tree.begin[span[0]], tree.end[span[1]])


def _speakers(text: str, tree: Tree, verb: int) -> tuple[MentionRef, ...]:
    subjects = tree.kids(verb, SUBJECT_DEPS | {"nsubj:pass"})
    if subjects:
        lo = min(mention_span(tree, s)[0] for s in subjects)
        hi = max(mention_span(tree, s)[1] for s in subjects)
        joint = NEITHER_NOR.search(text[tree.begin[lo]:tree.end[hi]])
        if joint is not None:
            base = tree.begin[lo]
            refs = (ref_for(tree, base + joint.start(g), base + joint.end(g)) for g in "ab")
            return tuple(ref for ref in refs if ref is not None)
    subject = subject_of(tree, verb, passive_ok=True)
    if subject is None:
        return ()
    return tuple(MentionRef(tree.index, h, *mention_span(tree, h))
                 for h in speaker_heads(tree, subject))
