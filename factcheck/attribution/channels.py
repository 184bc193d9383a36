"""Channels: where or through whom a statement was made ("told AFP", "in a statement on X").

A channel is surface text, so it is found by the patterns in
``lexicon.cues.CHANNEL_PATTERNS`` over the cue's sentence, outside the
claim's content and speakers; the match nearest the cue wins. The hearer of
an addressing verb ("told AFP", "told reporters") is read from the parse: the
verb's object, shown together with the verb.
"""

from __future__ import annotations

from factcheck.attribution.frames import Frame
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import ADDRESS_VERBS, CHANNEL_PATTERNS
from factcheck.lexicon.grammar import OBJECT_DEPS
from factcheck.lexicon.punctuation import VIA_TRAILING


def find_via(text: str, tree: Tree, frame: Frame,
             taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The channel nearest the frame's cue, not overlapping ``taken`` spans (content, speakers)."""
    anchor = frame.cue[0] if frame.cue else frame.content[0]
    found = [span for span in _addressee(tree, frame) if not _overlaps(span, taken)]
    for _, pattern in CHANNEL_PATTERNS:
        for match in pattern.finditer(text, tree.start_char, tree.end_char):
            start, end = match.start(), match.end()
            while end > start and text[end - 1] in VIA_TRAILING:
                end -= 1
            if end > start and not _overlaps((start, end), taken):
                found.append((start, end))
    if not found:
        return None
    return min(found, key=lambda span: (min(abs(span[0] - anchor), abs(span[1] - anchor)),
                                        -(span[1] - span[0])))


def _addressee(tree: Tree, frame: Frame) -> list[tuple[int, int]]:
    if frame.cue is None or frame.cue_lemma not in ADDRESS_VERBS:
        return []
    cue = tree.word_at(frame.cue[0])
    if cue is None:
        return []
    hearers = [c for c in tree.kids(cue, OBJECT_DEPS) if c > cue]
    if not hearers:
        return []
    return [(tree.begin[cue], tree.end[tree.run(hearers[0])[1]])]


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)
