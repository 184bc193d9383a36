"""Direct quotations and the reporting clause beside them.

A quotation becomes a claim when a reporting verb stands beside it in its
sentence: after it ('"…," he said' / '"…," said X'), before it after a comma or
colon ('X said: "…"'), or between two halves of it ('"…," he said, "…"'). The
quotation must be set off (it ends in punctuation or a comma follows it);
a fragment quoted inside a clause is left to the reported-speech rules, which
call the claim mixed. A sentence that is nothing but a quotation continues the
previous direct claim (the caller links it, since that needs earlier claims).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from factcheck.attribution.frames import Frame
from factcheck.attribution.quotes import Quote
from factcheck.attribution.reported import cue_hedge, is_cue_verb, is_negated, speaker_refs
from factcheck.attribution.tree import Tree
from factcheck.records import AttributionType

#: Inside-the-quote endings that set a quotation off from the words around it.
SET_OFF_END: frozenset[str] = frozenset(",.?!…:;—\u2013-")
#: How many words after a quote a reporting verb may sit ('"…," the former minister said').
MAX_FRAME_WORDS: int = 8
#: Trailing characters inside a quote that hand over to the frame, not part of the claim.
TRAILING: str = " ,;:\n\t"


def content_span(text: str, quote: Quote) -> tuple[int, int] | None:
    """The quoted words: inside the marks, without the comma that hands over to the frame."""
    start, end = quote.inner
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return (start, end) if start < end else None


def quote_frames(text: str, trees: Sequence[Tree], quotes: Sequence[Quote]) -> Iterator[Frame]:
    """One frame per quotation that a reporting clause beside it attributes."""
    if not trees:
        return
    starts = [t.start_char for t in trees]
    previous_close = -1
    for number, quote in enumerate(quotes):
        content = content_span(text, quote)
        if content is None:
            continue
        first = trees[_sentence_of(starts, quote.open)]
        last = trees[_sentence_of(starts, max(quote.open, quote.close - 1))]
        next_open = quotes[number + 1].open if number + 1 < len(quotes) else len(text)
        found = (_after(text, last, quote, next_open)
                 or _before(text, first, quote, previous_close))
        suffix = "" if quote.balanced else ":unbalanced"
        if found is not None:
            tree, cue, rule = found
            yield Frame(sentence=tree.index, rule=rule + suffix, type=AttributionType.DIRECT,
                        content=content, cue=(tree.begin[cue], tree.end[cue]),
                        cue_lemma=tree.lemma[cue], speakers=speaker_refs(tree, cue),
                        hedge=cue_hedge(tree, cue), negated=is_negated(tree, cue))
        elif _stands_alone(text, first, last, quote):
            yield Frame(sentence=first.index, rule="quote:continuation" + suffix,
                        type=AttributionType.DIRECT, content=content, continues=True)
        previous_close = quote.close


def embedded_quote_frames(text: str, trees: Sequence[Tree],
                          quotes: Sequence[Quote]) -> Iterator[Frame]:
    """A quoted phrase a reporting verb governs inside its clause: 'welcomed "the liberation …"'.

    The claim is mixed: reported speech whose content is a quoted fragment.
    """
    if not trees:
        return
    starts = [t.start_char for t in trees]
    for quote in quotes:
        content = content_span(text, quote)
        tree = trees[_sentence_of(starts, quote.open)]
        if content is None or not quote.balanced or quote.close > tree.end_char:
            continue
        inside = tree.words_between(quote.open + 1, quote.close)
        governors = {tree.head[w] for w in inside if not tree.is_punct(w)} - set(inside)
        for cue in sorted(governors):
            if cue >= 0 and is_cue_verb(tree, cue):
                speakers = speaker_refs(tree, cue)
                if speakers:
                    yield Frame(sentence=tree.index, rule="quote:embedded",
                                type=AttributionType.MIXED, content=content,
                                cue=(tree.begin[cue], tree.end[cue]), cue_lemma=tree.lemma[cue],
                                speakers=speakers, hedge=cue_hedge(tree, cue),
                                negated=is_negated(tree, cue))
                break


def _sentence_of(starts: Sequence[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _set_off(text: str, quote: Quote) -> bool:
    """The quote ends in punctuation, or a comma follows it: not a phrase inside a clause."""
    inner_end = text[quote.close - 1] if quote.close > 0 else ""
    after = text[quote.close + 1] if quote.close + 1 < len(text) else ""
    return inner_end in SET_OFF_END or after in ",—\u2013"


def _after(text: str, tree: Tree, quote: Quote, next_open: int) -> tuple[Tree, int, str] | None:
    """A reporting verb within a few words after the quote, before any other verb."""
    if not _set_off(text, quote):
        return None
    seen = 0
    for word in tree.words_between(quote.close + 1, min(next_open, tree.end_char)):
        if tree.is_punct(word):
            continue
        if is_cue_verb(tree, word):
            return tree, word, "quote:speaker-after"
        seen += 1
        if seen >= MAX_FRAME_WORDS or tree.upos[word] == "VERB":
            return None
    return None


def _before(text: str, tree: Tree, quote: Quote,
            previous_close: int) -> tuple[Tree, int, str] | None:
    """The last reporting verb before a comma or colon that opens the quote."""
    frame_start = max(tree.start_char, previous_close + 1)
    if not quote.opened or not text[frame_start:quote.open].rstrip().endswith((",", ":")):
        return None
    cues = [w for w in tree.words_between(frame_start, quote.open) if is_cue_verb(tree, w)]
    if not cues:
        return None
    inside = previous_close >= tree.start_char
    return tree, cues[-1], "quote:speaker-inside" if inside else "quote:speaker-before"


def _stands_alone(text: str, first: Tree, last: Tree, quote: Quote) -> bool:
    """The quote is all its sentences hold: nothing but punctuation outside the marks."""
    outside = text[first.start_char:quote.open] + text[quote.close + 1:last.end_char]
    return not any(char.isalnum() for char in outside)
