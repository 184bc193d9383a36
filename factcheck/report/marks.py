"""A claim's source sentence as HTML, with its speaker, cue and content marked.

Offsets index the document text (``text[start:end] == span.text``), so the marks are cut
from the sentence by offsets, never found by searching words. Spans may touch or
overlap (a speaker inside a quoted content): the sentence is split at every boundary and
each piece carries the classes of all the spans covering it.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from itertools import pairwise
from typing import Final

from factcheck.records import Claim, Span

#: the roles marked in a sentence, each a CSS class in the page.
SPEAKER: Final = "speaker"
CUE: Final = "cue"
CONTENT: Final = "content"
QUANTITY: Final = "quantity"


def marked_sentence(claim: Claim) -> str:
    """The sentence (or content, when no sentence was kept) as escaped HTML with marks."""
    sentence = claim.sentence or claim.content
    spans = [(s.start, s.end, SPEAKER) for s in claim.speakers]
    spans += [(claim.content.start, claim.content.end, CONTENT)]
    spans += [(q.start, q.end, QUANTITY) for q in claim.quantities]
    if claim.cue:
        spans.append((claim.cue.start, claim.cue.end, CUE))
    return mark(sentence, spans)


def mark(sentence: Span, spans: Iterable[tuple[int, int, str]]) -> str:
    """``sentence`` escaped, each piece covered by ``spans`` in ``<span class=...>``."""
    inside = [(max(a, sentence.start), min(b, sentence.end), role) for a, b, role in spans
              if a < sentence.end and b > sentence.start and a < b]
    cuts = sorted({sentence.start, sentence.end, *(a for a, _, _ in inside),
                   *(b for _, b, _ in inside)})
    pieces = []
    for a, b in pairwise(cuts):
        text = escape(sentence.text[a - sentence.start:b - sentence.start])
        roles = [role for start, end, role in inside if start <= a and b <= end]
        roles = list(dict.fromkeys(roles))
        pieces.append(f'<span class="{" ".join(roles)}">{text}</span>' if roles else text)
    return "".join(pieces)
