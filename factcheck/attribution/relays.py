"""A relaying outlet against the real source: "Ismail Ali said …, Reuters reported".

When a claim is relayed (its cue is the press's "reported", or its speaker the
press: "Reports said …", "local media reported …") and its content holds a
claim of another named speaker, that inner claim is the one a fact-checker
weighs. If the inner claim opens the relayed content ("Ismail Ali, a senior
officer, said …, Reuters reported"), the relay becomes the inner claim's
channel ("Reuters reported") and is no claim of its own; if it comes later
("media reported the strikes, with some outlets saying nine died"), the
relay keeps the words before it. Either way the inner claim is no longer
swallowed as nested in the relay.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from factcheck.attribution.frames import Frame
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import RELAY_CUES, RELAY_SPEAKERS
from factcheck.lexicon.grammar import COMPLEMENTIZERS, SUBJECT_DEPS

#: Tags of the words that only link a relay's own words to the inner claim ("…, with").
LINKING_UPOS: frozenset[str] = frozenset({"ADP", "CCONJ", "SCONJ", "PUNCT"})


def relay(trees: Sequence[Tree], frames: Sequence[Frame]) -> list[Frame]:
    """``frames`` with each relay turned into its inner claims' channel, or cut before them."""
    out: list[Frame] = []
    promoted: dict[int, Frame] = {}
    by_sentence: dict[int, list[Frame]] = {}
    for frame in frames:
        by_sentence.setdefault(frame.sentence, []).append(frame)
    for frame in frames:
        tree = trees[frame.sentence]
        inner = [f for f in by_sentence[frame.sentence]
                 if f is not frame and _inside(frame, f, tree)] if _relays(frame, tree) else []
        if not inner:
            out.append(frame)
            continue
        first = min(inner, key=lambda f: _start(f, tree))
        lead = _lead(tree, frame.content[0], _start(first, tree))
        if lead is None:
            channel = _channel(frame, tree)
            for f in inner:
                if f.via is None:
                    promoted[id(f)] = dataclasses.replace(f, via=channel)
        else:
            out.append(dataclasses.replace(frame, content=lead))
    return [promoted.get(id(f), f) for f in out]


def _relays(frame: Frame, tree: Tree) -> bool:
    return frame.cue is not None and not frame.non_claim and (
        frame.cue_lemma in RELAY_CUES
        or any(tree.lemma[s.head] in RELAY_SPEAKERS for s in frame.speakers))


def _inside(outer: Frame, inner: Frame, tree: Tree) -> bool:
    """A claim with a speaker of its own whose cue lies in the relayed content."""
    return inner.sentence == outer.sentence and inner.cue is not None \
        and outer.content[0] <= inner.cue[0] < outer.content[1] and bool(inner.speakers) \
        and not set(inner.speakers) & set(outer.speakers)


def _start(frame: Frame, tree: Tree) -> int:
    """Where a claim's words begin: its speaker, its cue's subjects, cue or content.

    A parse may split a name into two subjects ("Ismail" and "Ali" of "said")
    and the speaker keep only one: the other still belongs to the inner claim.
    """
    assert frame.cue is not None
    cue = tree.word_at(frame.cue[0])
    subjects = tree.kids(cue, SUBJECT_DEPS) if cue is not None else []
    return min(frame.content[0], frame.cue[0], *(tree.begin[s.lo] for s in frame.speakers),
               *(tree.begin[w] for w in subjects))


def _lead(tree: Tree, start: int, end: int) -> tuple[int, int] | None:
    """The relayed content's own words before the inner claim, or None when it has none."""
    words = [w for w in tree.words_between(start, end)
             if tree.upos[w] not in LINKING_UPOS and tree.lemma[w] not in COMPLEMENTIZERS]
    return (start, tree.end[words[-1]]) if words else None


def _channel(frame: Frame, tree: Tree) -> tuple[int, int]:
    """The relay's own words: its speaker and cue ("Reuters reported", "Reports also said")."""
    assert frame.cue is not None
    ends = [frame.cue, *((tree.begin[s.lo], tree.end[s.hi]) for s in frame.speakers)]
    return min(e[0] for e in ends), max(e[1] for e in ends)
