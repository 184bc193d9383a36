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
from dataclasses import dataclass
from typing import Any

from factcheck.attribution.carry import carry_media
from factcheck.attribution.channels import find_via
from factcheck.attribution.denials import link_denials
from factcheck.attribution.frames import Frame
from factcheck.attribution.quotes import find_quotes
from factcheck.attribution.registry import STAGES, Context, rules
from factcheck.attribution.relays import relay
from factcheck.attribution.spanindex import SpanIndex
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
    found["reported"] = relay(trees, found["reported"])
    frames = _select(**found)
    frames = _continue_quotes(text, frames)
    resolver = SpeakerResolver(text, trees, frames, ctx.index)
    table = {alias_key(k): v for k, v in (aliases or {}).items()}
    claims: dict[str, Claim] = {}
    ids = _DocumentIds(document.sha256, document.doc_id)  # each hashes the whole text
    for frame in frames:
        claim = _claim(document, ids, trees[frame.sentence], frame, resolver, table,
                       _sentences(ctx, frame))
        claims.setdefault(claim.claim_id, claim)
    return link_denials(carry_media(list(claims.values())))


def _select(*, nonclaims: list[Frame], direct: list[Frame], reported: list[Frame],
            embedded: list[Frame], according: list[Frame], nouns: list[Frame]) -> list[Frame]:
    chosen = list(nonclaims)
    taken = {f.cue for f in nonclaims}
    chosen += [f for f in direct if f.cue is None or f.cue not in taken]
    taken |= {f.cue for f in chosen}
    cue_starts = {cue[0] for cue in taken if cue is not None}
    mine: set[tuple[int, int] | None] = set()
    # a frame that lost its cue to a non-claim ('who asked not to be named') holds nothing
    withheld = {f.cue[0] for f in nonclaims if f.cue is not None}
    reported_contents = _contents(f for f in reported if not _cue_taken(withheld, f))
    for frame in reported:
        if (frame.cue in mine or not _cue_taken(cue_starts, frame)) \
                and not _nested(reported_contents, frame):
            assert frame.cue is not None
            chosen.append(frame)
            taken.add(frame.cue)
            cue_starts.add(frame.cue[0])
            mine.add(frame.cue)
    contents = _contents(chosen)
    for frame in (*embedded, *nouns):
        if frame.cue not in taken and not _nested(contents, frame):
            chosen.append(frame)
            contents.add(frame)
            taken.add(frame.cue)
    by_sentence: dict[int, list[int]] = {}
    for position, frame in enumerate(chosen):
        by_sentence.setdefault(frame.sentence, []).append(position)
    for frame in according:
        at = _host(chosen, by_sentence.get(frame.sentence, []), frame)
        if at is None:
            by_sentence.setdefault(frame.sentence, []).append(len(chosen))
            chosen.append(frame)
        elif frame.rule == "according-to:channel" and chosen[at].via is None:
            chosen[at] = dataclasses.replace(chosen[at], via=frame.via)
    return sorted(chosen, key=lambda f: (f.sentence, f.content[0], f.cue or (0, 0)))


def _contents(frames: Iterable[Frame]) -> SpanIndex[Frame]:
    """Frames by their content span, so finding the contents around a cue reads only a few."""
    return SpanIndex(lambda f: f.content, frames)


def _cue_taken(cue_starts: set[int], frame: Frame) -> bool:
    """Another frame holds this cue's word ("called" of a phrasal "called for").

    Frames of one reporting rule may share a cue: a content interrupted by
    its attribution ("…, X said, …") is two frames.
    """
    assert frame.cue is not None
    return frame.cue[0] in cue_starts


def _nested(contents: SpanIndex[Frame], frame: Frame) -> bool:
    """The frame's cue lies inside another claim's content ('what it called a "…"')."""
    assert frame.cue is not None
    return any(other is not frame for other in contents.holding(frame.cue[0]))


def _host(chosen: Sequence[Frame], positions: Iterable[int], frame: Frame) -> int | None:
    """Where in ``chosen`` is a verb claim whose content the according-phrase also sources.

    ``positions`` are the chosen frames of the phrase's sentence, in order.
    """
    for position in positions:
        other = chosen[position]
        if not other.non_claim and _overlap(other.content, frame.content) and (
                frame.rule == "according-to:channel" or other.content == frame.content):
            return position
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


#: Claims a following quote-only sentence may continue: those that quote.
QUOTING: frozenset[AttributionType] = frozenset({AttributionType.DIRECT, AttributionType.MIXED})


def _continue_quotes(text: str, frames: Sequence[Frame]) -> list[Frame]:
    """Give a quote-only sentence the speaker and cue of the claim right before it.

    Only when nothing else was attributed in between: after a quoting claim,
    a quote in the same paragraph or the next one; after any other claim, a
    quote paragraph that follows the claim's sentence at once ("Sources told
    Daily Trust that they killed 87.\n\n\"We can categorically say …\""). Another
    claim in the quoting claim's own sentence ('"…," Trump said, mocking
    concerns …') does not break the chain.
    """
    linked: list[Frame] = []
    previous: Frame | None = None
    for frame in frames:
        if frame.continues:
            if previous is None or not _goes_on(text, previous, frame):
                continue
            frame = dataclasses.replace(frame, speakers=previous.speakers,
                                        cue=previous.cue, cue_lemma=previous.cue_lemma,
                                        hedge=previous.hedge)
        if not frame.non_claim and not _aside(previous, frame):
            previous = frame
        linked.append(frame)
    return linked


def _goes_on(text: str, previous: Frame, quote: Frame) -> bool:
    """The quote-only ``quote`` can be ``previous``'s speaker going on."""
    breaks = _paragraph_breaks(text, previous.content[1], quote.content[0])
    if previous.type in QUOTING:
        return breaks <= 1
    return breaks == 1 and quote.sentence == previous.sentence + 1


def _aside(quoting: Frame | None, frame: Frame) -> bool:
    """A claim that is not a quotation, in the same sentence as the quotation before it."""
    return quoting is not None and quoting.type in QUOTING and frame.type not in QUOTING \
        and frame.sentence == quoting.sentence


def _paragraph_breaks(text: str, start: int, end: int) -> int:
    gap = text[start:end]
    return sum(1 for i, c in enumerate(gap) if c == "\n" and (i == 0 or gap[i - 1] != "\n"))


@dataclass(frozen=True, slots=True)
class _DocumentIds:
    sha256: str
    doc_id: str


def _sentences(ctx: Context, frame: Frame) -> tuple[int, int]:
    """The sentences a claim spans: its frame's, and those its content runs into (a quote
    across sentences, a figure the next sentence attributes)."""
    first = ctx.trees[min(frame.sentence, ctx.sentence_at(frame.content[0]))]
    last = ctx.trees[max(frame.sentence, ctx.sentence_at(max(frame.content[0],
                                                             frame.content[1] - 1)))]
    return first.start_char, last.end_char


def _claim(document: Document, ids: _DocumentIds, tree: Tree, frame: Frame,
           resolver: SpeakerResolver, aliases: Mapping[str, str],
           sentences: tuple[int, int]) -> Claim:
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
        claim_id=Claim.make_id(ids.sha256, content, cue),
        doc_id=ids.doc_id,
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
        sentence=_span(text, sentences),
    )


def _span(text: str, span: tuple[int, int]) -> Span:
    return Span(start=span[0], end=span[1], text=text[span[0]:span[1]])
