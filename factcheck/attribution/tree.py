"""A read-only index over one stanza sentence, built once so rules stay linear.

stanza words know their head but not their children, and nothing knows a
subtree's extent. Every rule needs both, so they are computed here once per
sentence (children lists, subtree bounds, Euler-tour times for ancestry in
O(1)) and the stanza objects are never touched again, let alone changed.
Word positions are 0-based; ``head`` is -1 at the root.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.lexicon.forms import lexical_lemma
from factcheck.lexicon.grammar import COMPLEMENTIZERS
from factcheck.lexicon.punctuation import EDGE_PUNCT, QUOTE_CHARS


@dataclass(frozen=True, slots=True)
class Tree:
    index: int
    text: tuple[str, ...]
    lemma: tuple[str, ...]
    upos: tuple[str, ...]
    feats: tuple[str, ...]
    deprel: tuple[str, ...]
    head: tuple[int, ...]
    children: tuple[tuple[int, ...], ...]
    first: tuple[int, ...]
    last: tuple[int, ...]
    tin: tuple[int, ...]
    tout: tuple[int, ...]
    begin: tuple[int, ...]
    end: tuple[int, ...]
    ner: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.text)

    @property
    def start_char(self) -> int:
        return self.begin[0]

    @property
    def end_char(self) -> int:
        return self.end[-1]

    def dominates(self, ancestor: int, word: int) -> bool:
        """True when ``word`` lies in the subtree of ``ancestor`` (itself included)."""
        return self.tin[ancestor] <= self.tin[word] and self.tout[word] <= self.tout[ancestor]

    def kids(self, word: int, deps: Iterable[str]) -> list[int]:
        wanted = frozenset(deps)
        return [c for c in self.children[word] if self.deprel[c] in wanted]

    def base_deprel(self, word: int) -> str:
        return self.deprel[word].split(":", 1)[0]

    def has_feat(self, word: int, feat: str) -> bool:
        return feat in self.feats[word].split("|")

    def is_gerund(self, word: int) -> bool:
        """An -ing form: EWT once marked it ``VerbForm=Ger``, now a present participle."""
        feats = self.feats[word].split("|")
        return "VerbForm=Ger" in feats or ("VerbForm=Part" in feats and "Tense=Pres" in feats)

    def is_complementizer(self, word: int) -> bool:
        """"that" opening a clause (a subordinator, not the pronoun or determiner)."""
        return self.lemma[word] in COMPLEMENTIZERS and self.upos[word] == "SCONJ"

    def past_quotes(self, word: int, stop: int) -> int:
        """The first word from ``word`` on that is no quote mark, at most ``stop``.

        '… win," adding …': what follows a comma inside a closing quote.
        """
        while word < stop and self.text[word] in QUOTE_CHARS:
            word += 1
        return word

    def bracketed(self, word: int) -> bool:
        """A phrase in brackets ("(D-Mass.)"): UD hangs the opening bracket on its head."""
        return any(self.text[c] == "(" for c in self.kids(word, {"punct"}) if c < word)

    def is_punct(self, word: int) -> bool:
        return self.upos[word] == "PUNCT" or self.text[word] in QUOTE_CHARS

    def word_at(self, char: int) -> int | None:
        """The word covering character ``char``, if any."""
        pos = bisect.bisect_right(self.begin, char) - 1
        if pos >= 0 and char < self.end[pos]:
            return pos
        return None

    def words_between(self, start: int, end: int) -> range:
        """Words wholly inside characters ``[start, end)``."""
        lo = bisect.bisect_left(self.begin, start)
        hi = bisect.bisect_right(self.end, end)
        return range(lo, max(lo, hi))

    def run(self, head: int, cut: Iterable[int] = ()) -> tuple[int, int]:
        """The contiguous words around ``head`` in its subtree, minus the ``cut`` subtrees.

        Contiguity keeps a span honest when a parse attaches a stray word far
        away: the span stops at the first word that does not belong. Punctuation
        is stepped over, since where a parser hangs a comma says little.
        """
        cuts = tuple(cut)

        def inside(word: int) -> bool:
            return self.dominates(head, word) and not any(self.dominates(c, word) for c in cuts)

        lo = hi = head
        while (step := self._next(lo, -1, inside)) is not None:
            lo = step
        while (step := self._next(hi, 1, inside)) is not None:
            hi = step
        return lo, hi

    def _next(self, word: int, direction: int, inside: Callable[[int], bool]) -> int | None:
        """The next word of the run, stepping over punctuation a parse hung elsewhere."""
        step = word + direction
        while 0 <= step < len(self.text) and not inside(step) and self.is_punct(step):
            step += direction
        return step if 0 <= step < len(self.text) and inside(step) else None

    def trim(self, lo: int, hi: int, *, keep_quotes: bool = False) -> tuple[int, int] | None:
        """Drop edge punctuation (and, unless kept, quote marks) from a word range.

        A bracket the range also opens or closes stays: "Marco Rubio (R-Fla.)".
        """
        def edge(word: int) -> bool:
            if self.text[word] in QUOTE_CHARS:
                return not keep_quotes
            if self.text[word] == ")" and "(" in self.text[lo:word]:
                return False
            if self.text[word] == "(" and ")" in self.text[word + 1:hi + 1]:
                return False
            return self.upos[word] == "PUNCT" and self.text[word] in EDGE_PUNCT | {"...", "…"}

        while lo <= hi and edge(lo):
            lo += 1
        while hi >= lo and edge(hi):
            hi -= 1
        return (lo, hi) if lo <= hi else None


def build_tree(index: int, sentence: Any) -> Tree:
    """Index a stanza ``Sentence`` (real or read from CoNLL-U) without modifying it."""
    words = sentence.words
    n = len(words)
    head = tuple((w.head or 0) - 1 for w in words)
    children: list[list[int]] = [[] for _ in range(n)]
    roots: list[int] = []
    for i, h in enumerate(head):
        (children[h] if 0 <= h < n and h != i else roots).append(i)
    first, last = list(range(n)), list(range(n))
    tin, tout = [0] * n, [0] * n
    clock = 0
    for root in roots:
        stack: list[tuple[int, bool]] = [(root, False)]
        while stack:
            word, done = stack.pop()
            if done:
                for c in children[word]:
                    first[word] = min(first[word], first[c])
                    last[word] = max(last[word], last[c])
                tout[word] = clock
                clock += 1
                continue
            tin[word] = clock
            clock += 1
            stack.append((word, True))
            stack.extend((c, False) for c in reversed(children[word]))
    begin, end = _offsets(words)
    return Tree(
        index=index,
        text=tuple(w.text for w in words),
        lemma=tuple(lexical_lemma(w.text, w.lemma, w.upos or "X") for w in words),
        upos=tuple(w.upos or "X" for w in words),
        feats=tuple(w.feats or "" for w in words),
        deprel=tuple(w.deprel or "dep" for w in words),
        head=head,
        children=tuple(tuple(c) for c in children),
        first=tuple(first), last=tuple(last), tin=tuple(tin), tout=tuple(tout),
        begin=begin, end=end,
        ner=tuple(_label(getattr(w.parent, "ner", None)) for w in words),
    )


def _offsets(words: Sequence[Any]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Each word's characters; a word of a multi-word token lacking its own takes the token's."""
    begin, end = [], []
    for w in words:
        start, stop = w.start_char, w.end_char
        if start is None or stop is None:
            start, stop = w.parent.start_char, w.parent.end_char
        begin.append(start)
        end.append(stop)
    return tuple(begin), tuple(end)


def _label(tag: str | None) -> str:
    """``B-PER`` -> ``PER``; ``O`` or nothing -> ``""``."""
    if not tag or tag == "O":
        return ""
    return tag.split("-", 1)[1] if "-" in tag[:2] else tag


def build_trees(sdoc: Any) -> list[Tree]:
    return [build_tree(i, s) for i, s in enumerate(sdoc.sentences)]
