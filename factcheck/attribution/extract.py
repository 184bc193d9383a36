"""From a parsed document to Claim records: run the rule families, keep one frame per cue.

Order of authority when two rules claim the same cue: a non-claim ("did not
say") beats everything, a quotation beats reported speech (the quote is the
content), reported speech beats a quoted phrase a verb governs, which beats
cue nouns. Reported speech, quoted phrases and cue nouns nested in another
claim's content ("X said parents want Y", 'it had attacked what it called a
"coalition"') stay part of the outer claim. An "according to" phrase that
names only a medium becomes the channel of a verb claim on the same content
rather than a claim of its own. Quote-only sentences take the speaker and cue
of the quoting claim just before them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from factcheck.attribution.channels import find_via
from factcheck.attribution.frames import Frame
from factcheck.attribution.quotes import find_quotes
from factcheck.attribution.registry import STAGES, Context, rules
from factcheck.attribution.speakers import SpeakerResolver, alias_key
from factcheck.attribution.tree import Tree, build_trees
from factcheck.records import AttributionType, Claim, Cue, Document, ResolvedFrom, Span


def extract_claims(document: Document, sdoc: Any, *,
                   aliases: Mapping[str, str] | None = None) -> list[Claim]:
    """Every attribution in ``document``, parsed as ``sdoc`` (a stanza Document of its text).

    ``aliases`` maps an alias (any case) to a canonical name and is applied
    to every speaker last. The stanza Document is only read.
    """
    text = document.text
    trees = build_trees(sdoc)
    ctx = Context.build(text, trees, find_quotes(text))
    found: dict[str, list[Frame]] = {stage: [] for stage in STAGES}
    for rule in rules():
        found[rule.stage].extend(f for tree in trees for f in rule.frames(tree, ctx))
    frames = _select(**found)
    frames = _continue_quotes(text, frames)
    resolver = SpeakerResolver(text, trees, frames, ctx.index)
    table = {alias_key(k): v for k, v in (aliases or {}).items()}
    claims: dict[str, Claim] = {}
    for frame in frames:
        claim = _claim(document, trees[frame.sentence], frame, resolver, table)
        claims.setdefault(claim.claim_id, claim)
    return list(claims.values())


def _select(*, nonclaims: list[Frame], direct: list[Frame], reported: list[Frame],
            embedded: list[Frame], according: list[Frame], nouns: list[Frame]) -> list[Frame]:
    chosen = list(nonclaims)
    taken = {f.cue for f in nonclaims}
    chosen += [f for f in direct if f.cue is None or f.cue not in taken]
    taken |= {f.cue for f in chosen}
    mine: set[tuple[int, int] | None] = set()
    # a frame that lost its cue to a non-claim ('who asked not to be named') holds nothing
    standing = [f for f in reported if not _cue_taken({f.cue for f in nonclaims}, f)]
    for frame in reported:
        if (frame.cue in mine or not _cue_taken(taken, frame)) \
                and not _nested(standing, frame):
            chosen.append(frame)
            taken.add(frame.cue)
            mine.add(frame.cue)
    for frame in (*embedded, *nouns):
        if frame.cue not in taken and not _nested(chosen, frame):
            chosen.append(frame)
            taken.add(frame.cue)
    for frame in according:
        host = _host(chosen, frame)
        if host is None:
            chosen.append(frame)
        elif frame.rule == "according-to:channel" and host.via is None:
            chosen[chosen.index(host)] = dataclasses.replace(host, via=frame.via)
    return sorted(chosen, key=lambda f: (f.sentence, f.content[0], f.cue or (0, 0)))


def _cue_taken(taken: set[tuple[int, int] | None], frame: Frame) -> bool:
    """Another frame holds this cue's word ("called" of a phrasal "called for").

    Frames of one reporting rule may share a cue: a content interrupted by
    its attribution ("…, X said, …") is two frames.
    """
    assert frame.cue is not None
    return any(cue is not None and cue[0] == frame.cue[0] for cue in taken)


def _nested(chosen: Iterable[Frame], frame: Frame) -> bool:
    """The frame's cue lies inside another claim's content ('what it called a "…"')."""
    assert frame.cue is not None
    return any(other is not frame and other.content[0] <= frame.cue[0] < other.content[1]
               for other in chosen)


def _host(chosen: Iterable[Frame], frame: Frame) -> Frame | None:
    """A verb claim in the same sentence whose content the according-phrase also sources."""
    for other in chosen:
        if other.sentence == frame.sentence and not other.non_claim and _overlap(
                other.content, frame.content) and (frame.rule == "according-to:channel"
                                                   or other.content == frame.content):
            return other
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


#: Claims a following quote-only sentence may continue: those that quote.
QUOTING: frozenset[AttributionType] = frozenset({AttributionType.DIRECT, AttributionType.MIXED})


def _continue_quotes(text: str, frames: Sequence[Frame]) -> list[Frame]:
    """Give a quote-only sentence the speaker and cue of the quoting claim right before it.

    Only when nothing else was attributed in between and the quote is in the
    same paragraph or the next one. Another claim in the quoting claim's own
    sentence ('"…," Trump said, mocking concerns …') does not break the chain.
    """
    linked: list[Frame] = []
    previous: Frame | None = None
    for frame in frames:
        if frame.continues:
            if previous is None or previous.type not in QUOTING \
                    or _paragraph_breaks(text, previous.content[1], frame.content[0]) > 1:
                continue
            frame = dataclasses.replace(frame, speakers=previous.speakers,
                                        cue=previous.cue, cue_lemma=previous.cue_lemma,
                                        hedge=previous.hedge)
        if not frame.non_claim and not _aside(previous, frame):
            previous = frame
        linked.append(frame)
    return linked


def _aside(quoting: Frame | None, frame: Frame) -> bool:
    """A claim that is not a quotation, in the same sentence as the quotation before it."""
    return quoting is not None and quoting.type in QUOTING and frame.type not in QUOTING \
        and frame.sentence == quoting.sentence


def _paragraph_breaks(text: str, start: int, end: int) -> int:
    gap = text[start:end]
    return sum(1 for i, c in enumerate(gap) if c == "\n" and (i == 0 or gap[i - 1] != "\n"))


def _claim(document: Document, tree: Tree, frame: Frame, resolver: SpeakerResolver,
           aliases: Mapping[str, str]) -> Claim:
    text = document.text
    speakers = tuple(resolver.speaker(ref, aliases) for ref in frame.speakers)
    if frame.continues:
        speakers = tuple(dataclasses.replace(s, resolved_from=ResolvedFrom.CONTINUATION)
                         for s in speakers)
    cue = None
    if frame.cue is not None:
        cue = Cue(text=text[frame.cue[0]:frame.cue[1]], start=frame.cue[0], end=frame.cue[1],
                  lemma=frame.cue_lemma)
    content = _span(text, frame.content)
    taken = [frame.content, *((s.start, s.end) for s in speakers)]
    via = frame.via or find_via(text, tree, frame, taken)
    return Claim(
        claim_id=Claim.make_id(document.sha256, content, cue),
        doc_id=document.doc_id,
        sentence_index=frame.sentence,
        speakers=speakers,
        cue=cue,
        content=content,
        type=frame.type,
        hedge=frame.hedge,
        via=_span(text, via) if via else None,
        negated=frame.negated,
        non_claim=frame.non_claim,
        rule=frame.rule,
        sentence=_span(text, (tree.start_char, tree.end_char)),
    )


def _span(text: str, span: tuple[int, int]) -> Span:
    return Span(start=span[0], end=span[1], text=text[span[0]:span[1]])
