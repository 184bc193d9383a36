"""Attribution by "according to X", and by "in" a poll or survey.

UD analyses "according to" as a fixed case marker on X, and X as an oblique
of the clause it sources. The source is the nominal the two words mark; when
it names a medium ("according to a statement") the phrase is also the channel,
and the speaker is whoever the medium belongs to ("a statement from the
army", "the army's statement"), or else the medium itself ("a new poll").
The content is the clause beside the phrase: before it when the phrase closes
the sentence, after it when the phrase opens it, and the whole sentence when it
sits in the middle. A phrase whose clause is only "That is" sources the
sentence before ("Ten died. That is according to the administrator.").

"In a Post-ABC poll released Sunday, three of four Americans disapproved",
"Cruz had 38 percent in a Fox poll": an "in" phrase whose noun is a poll,
survey or study (``cues.FINDING_NOUNS``) sources the clause it is an oblique
of, the poll being the speaker.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.attribution.closing import closes_previous, previous_statement
from factcheck.attribution.frames import Frame, MentionRef
from factcheck.attribution.grammar import cut_reporter_tail
from factcheck.attribution.mentions import is_relative, mention_span
from factcheck.attribution.registry import Context, Trigger, rule
from factcheck.attribution.reporters import owner, speaker_heads
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import ACCORDING_TO, CHANNEL_NOUNS, FINDING_CASE, FINDING_NOUNS
from factcheck.lexicon.grammar import CLAUSE_LINK_DEPS, NOMINAL_ARGUMENT_UPOS, SUBJECT_DEPS
from factcheck.lexicon.punctuation import CLAUSE_BREAKS
from factcheck.records import AttributionType


@rule(name="according-to", stage="according",
      trigger=Trigger(phrases=(tuple(ACCORDING_TO.split()),)))
def according_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    quotes = ctx.index
    for word in range(len(tree) - 2):
        if tree.text[word].lower() != "according" or tree.text[word + 1].lower() != "to":
            continue
        if quotes.inside(tree.begin[word]):
            continue
        source = _source(tree, word)
        surface = _surface_source(tree, word + 1) if source is None else None
        if source is None and surface is None:
            continue
        if surface is not None:
            source, hi = surface
        elif source is not None:
            hi = mention_span(tree, source)[1]
        else:
            continue
        content = _content(tree, word, hi)
        if content is None:
            continue
        # "That is according to X": the sentence before is what X says
        span = previous_statement(ctx, tree) if closes_previous(tree, *content) else None
        speaker, via, rule = source, None, "according-to"
        if tree.lemma[source] in CHANNEL_NOUNS:
            speaker = owner(tree, source) or source
            via = (tree.begin[word], tree.end[hi])
            rule = "according-to:channel" if speaker == source else rule
        if surface is not None and speaker == source:
            refs: tuple[MentionRef, ...] = (MentionRef(tree.index, source, word + 2, hi),)
        else:
            refs = tuple(MentionRef(tree.index, h, *_clamp(mention_span(tree, h), word + 2))
                         for h in speaker_heads(tree, speaker))
        start, end = span or quotes.balance(tree.begin[content[0]], tree.end[content[1]],
                                            tree.end_char)
        yield Frame(sentence=tree.index, rule=rule if span is None else f"{rule}:previous",
                    type=AttributionType.ACCORDING_TO, content=(start, end),
                    cue=(tree.begin[word], tree.end[word + 1]), cue_lemma=ACCORDING_TO,
                    speakers=refs, via=via)


@rule(name="in-finding", stage="according",
      trigger=Trigger(tagged=(("NOUN", FINDING_NOUNS),)))
def finding_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    """'In a Fox poll, Cruz had 38 percent': the clause an "in" phrase naming a poll sources."""
    quotes = ctx.index
    for case in range(len(tree)):
        noun = tree.head[case]
        if tree.lemma[case] != FINDING_CASE or tree.deprel[case] != "case" or noun < case \
                or tree.lemma[noun] not in FINDING_NOUNS or tree.base_deprel(noun) != "obl" \
                or quotes.inside(tree.begin[case]):
            continue
        content = _finding(tree, noun)
        if content is None:
            continue
        lo, hi = _clamp(mention_span(tree, noun), case + 1)
        start, end = quotes.balance(tree.begin[content[0]], tree.end[content[1]], tree.end_char)
        yield Frame(sentence=tree.index, rule="in-finding",
                    type=AttributionType.ACCORDING_TO, content=(start, end),
                    cue=(tree.begin[case], tree.end[case]), cue_lemma=FINDING_CASE,
                    speakers=(MentionRef(tree.index, noun, lo, hi),))


def _finding(tree: Tree, noun: int) -> tuple[int, int] | None:
    """The clause the poll phrase hangs on, without it and without "though" or "and".

    Only a clause with a subject of its own: in a relative clause ("Trump,
    who leads in the polls") the finding's subject stands outside it.
    """
    clause = tree.head[noun]
    subjects = tree.kids(clause, SUBJECT_DEPS)
    if not subjects or any(is_relative(tree, s) for s in subjects):
        return None
    return tree.trim(*tree.run(clause, [noun, *tree.kids(clause, CLAUSE_LINK_DEPS)]))


def _clamp(span: tuple[int, int], lo: int) -> tuple[int, int]:
    return max(span[0], lo), span[1]


def _source(tree: Tree, according: int) -> int | None:
    """The nominal "according to" marks: its head in UD, or a dependent right after "to"."""
    to = according + 1
    head = tree.head[according]
    if head > to and tree.upos[head] in NOMINAL_ARGUMENT_UPOS:
        return head
    for child in (*tree.children[according], *tree.children[to]):
        if child > to and tree.upos[child] in NOMINAL_ARGUMENT_UPOS:
            return child
    word = to + 1
    while tree.head[word] > to and tree.upos[tree.head[word]] in NOMINAL_ARGUMENT_UPOS and \
            tree.deprel[word] in ("compound", "amod", "det", "nmod:poss", "case", "flat"):
        word = tree.head[word]
    return word if tree.upos[word] in NOMINAL_ARGUMENT_UPOS else None


def _surface_source(tree: Tree, to: int) -> tuple[int, int] | None:
    """The source read from the words after "to" when the parse hangs them elsewhere.

    The head is the last noun of the first noun run ("according to law
    enforcement officials", with "law" tagged a verb); the phrase runs to
    the next comma or the sentence's end.
    """
    end = to
    while end + 1 < len(tree) and tree.text[end + 1] not in CLAUSE_BREAKS | {","}:
        end += 1
    nouns = [w for w in range(to + 1, end + 1) if tree.upos[w] in NOMINAL_ARGUMENT_UPOS]
    if not nouns:
        return None
    head = nouns[0]
    while head + 1 <= end and tree.upos[head + 1] in NOMINAL_ARGUMENT_UPOS:
        head += 1
    return head, end


def _content(tree: Tree, according: int, phrase_end: int) -> tuple[int, int] | None:
    """The clause the phrase sources: before it, after it, or around it.

    A clause before the phrase starts after the last colon or semicolon, or
    the bracket the phrase sits in ("(93 percent were white, according to exit
    polls)"); one the phrase splits from a coordinated clause (", but …") ends
    before it; a clause around the phrase ends before a contrast after it.
    """
    opening = max((w for w in range(according) if tree.text[w] == "("), default=-1)
    closing = next((w for w in range(according, len(tree)) if tree.text[w] == ")"), len(tree))
    bracketed = opening >= 0 and not any(tree.text[w] == ")" for w in range(opening, according))
    last = closing - 1 if bracketed else len(tree) - 1
    start = max((w + 1 for w in range(according) if tree.text[w] in CLAUSE_BREAKS),
                default=0)
    start = max(start, opening + 1) if bracketed else start
    before = tree.trim(start, according - 1, keep_quotes=True) if according > start else None
    after = tree.trim(phrase_end + 1, last, keep_quotes=True) if phrase_end < last else None
    if after is None or not any(tree.text[w].isalnum() for w in range(after[0], after[1] + 1)):
        return tree.trim(start, according - 1) if before else None
    if before is None:
        return tree.trim(phrase_end + 1, last)
    if _coordinated(tree, phrase_end + 1):
        return tree.trim(start, according - 1)
    around = cut_reporter_tail(tree, phrase_end + 1, last)
    return tree.trim(start, around[1] if around else last)


def _coordinated(tree: Tree, word: int) -> bool:
    """', but the self-described socialist has vowed …': another clause follows the phrase."""
    return word + 1 < len(tree) and tree.text[word] == "," \
        and tree.upos[word + 1] in ("CCONJ", "SCONJ")
