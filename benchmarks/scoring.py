"""Pure scoring of attribution predictions against gold, in the PolNeAR shape.

Every span is a tuple of fragments ``(start, end, text)`` (PolNeAR allows
discontinuous spans). Before any comparison a fragment is trimmed: leading
spaces and quote marks, trailing spaces, quote marks and punctuation go, so
``“We will win,”`` and ``We will win`` are the same span. A multi-fragment
span is the union of its fragments' trimmed character positions.

Three families of numbers:

* Role, exact: per document, the distinct non-empty trimmed spans of a role
  (source, cue or content) in gold and in the predictions; a predicted span
  counts when a gold span of the same role has the very same characters.
* Role, character overlap: per document, the union of a role's trimmed
  characters in gold (G) and in the predictions (P). Precision is the sum over
  documents of |G ∩ P| over the sum of |P|; recall the same sum over the sum
  of |G|. Only documents in the gold set count.
* Attribution: within a document, gold and predicted attributions are paired
  one to one, greedily by content character Jaccard (highest first, ties by
  gold then prediction order), keeping pairs with Jaccard >= 0.5. "content"
  counts every pair; "content+speaker" counts a pair only when the trimmed
  source characters overlap or both sources are empty. Recall is split by the
  gold attribution's class, precision by the prediction's: an attribution is
  direct when its first content fragment, with leading spaces removed, opens
  with a quote mark, indirect otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

Fragment = tuple[int, int, str]
Chars = frozenset[int]

ROLES: tuple[str, ...] = ("source", "cue", "content")
MATCHES: tuple[str, ...] = ("exact", "overlap")
MEASURES: tuple[str, ...] = ("content", "content+speaker")
SUBSETS: tuple[str, ...] = ("all", "direct", "indirect")

QUOTE_MARKS: frozenset[str] = frozenset(
    "\"'“”„‟«»\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{SINGLE LOW-9 QUOTATION MARK}\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
)
TRAILING_PUNCTUATION: frozenset[str] = frozenset(".,;:!?…")
MIN_JACCARD: float = 0.5


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution relation: who (source), by what words (cue), says what (content)."""

    source: tuple[Fragment, ...]
    cue: tuple[Fragment, ...]
    content: tuple[Fragment, ...]

    def role(self, name: str) -> tuple[Fragment, ...]:
        fragments: tuple[Fragment, ...] = getattr(self, name)
        return fragments


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts behind precision and recall, kept apart because subsets count them differently.

    ``pred_hits`` of ``pred`` predicted units were right; ``gold_hits`` of
    ``gold`` gold units were found. Units are spans, characters or attributions.
    """

    pred_hits: int
    pred: int
    gold_hits: int
    gold: int

    @property
    def precision(self) -> float:
        return self.pred_hits / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_hits / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.pred_hits + other.pred_hits, self.pred + other.pred,
                   self.gold_hits + other.gold_hits, self.gold + other.gold)


ZERO = PRF(0, 0, 0, 0)


def trim_fragment(fragment: Fragment) -> range:
    """The character positions of a fragment once edge noise is cut away."""
    start, _, text = fragment
    lo, hi = 0, len(text)
    while lo < hi and (text[lo].isspace() or text[lo] in QUOTE_MARKS):
        lo += 1
    while lo < hi and (text[hi - 1].isspace() or text[hi - 1] in QUOTE_MARKS
                       or text[hi - 1] in TRAILING_PUNCTUATION):
        hi -= 1
    return range(start + lo, start + hi)


def span_chars(fragments: Iterable[Fragment]) -> Chars:
    return frozenset(pos for fragment in fragments for pos in trim_fragment(fragment))


def is_direct(content: Sequence[Fragment]) -> bool:
    if not content:
        return False
    first = min(content)[2].lstrip()
    return first[:1] in QUOTE_MARKS


def jaccard(a: Chars, b: Chars) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def speakers_agree(gold: Attribution, pred: Attribution) -> bool:
    g, p = span_chars(gold.source), span_chars(pred.source)
    return bool(g & p) or (not g and not p)


def pair_attributions(gold: Sequence[Attribution],
                      pred: Sequence[Attribution]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, pred index) by content Jaccard >= 0.5."""
    gold_chars = [span_chars(a.content) for a in gold]
    pred_chars = [span_chars(a.content) for a in pred]
    candidates = sorted(
        ((-score, gi, pi)
         for gi, g in enumerate(gold_chars)
         for pi, p in enumerate(pred_chars)
         if g & p and (score := jaccard(g, p)) >= MIN_JACCARD),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def _in_subset(attribution: Attribution, subset: str) -> bool:
    return subset == "all" or is_direct(attribution.content) == (subset == "direct")


def score_document_attributions(gold: Sequence[Attribution],
                                pred: Sequence[Attribution]) -> dict[tuple[str, str], PRF]:
    """Attribution counts for one document, keyed by (measure, subset)."""
    pairs = pair_attributions(gold, pred)
    kept = {
        "content": pairs,
        "content+speaker": [(g, p) for g, p in pairs if speakers_agree(gold[g], pred[p])],
    }
    return {
        (measure, subset): PRF(
            pred_hits=sum(_in_subset(pred[p], subset) for _, p in kept[measure]),
            pred=sum(_in_subset(a, subset) for a in pred),
            gold_hits=sum(_in_subset(gold[g], subset) for g, _ in kept[measure]),
            gold=sum(_in_subset(a, subset) for a in gold),
        )
        for measure in MEASURES
        for subset in SUBSETS
    }


def score_document_roles(gold: Sequence[Attribution],
                         pred: Sequence[Attribution]) -> dict[tuple[str, str], PRF]:
    """Role counts for one document, keyed by (role, match)."""
    scores: dict[tuple[str, str], PRF] = {}
    for role in ROLES:
        gold_spans = {c for a in gold if (c := span_chars(a.role(role)))}
        pred_spans = {c for a in pred if (c := span_chars(a.role(role)))}
        hits = len(gold_spans & pred_spans)
        scores[(role, "exact")] = PRF(hits, len(pred_spans), hits, len(gold_spans))
        gold_chars = frozenset().union(*gold_spans)
        pred_chars = frozenset().union(*pred_spans)
        overlap = len(gold_chars & pred_chars)
        scores[(role, "overlap")] = PRF(overlap, len(pred_chars), overlap, len(gold_chars))
    return scores


@dataclass(frozen=True, slots=True)
class Scores:
    roles: dict[tuple[str, str], PRF]
    attributions: dict[tuple[str, str], PRF]


def score(gold: Mapping[str, Sequence[Attribution]],
          pred: Mapping[str, Sequence[Attribution]]) -> Scores:
    """Micro-averaged scores over the gold documents; a document with no predictions scores none."""
    roles = {(role, match): ZERO for role in ROLES for match in MATCHES}
    attributions = {(measure, subset): ZERO for measure in MEASURES for subset in SUBSETS}
    for doc_id, gold_doc in gold.items():
        pred_doc = pred.get(doc_id, ())
        for key, counts in score_document_roles(gold_doc, pred_doc).items():
            roles[key] += counts
        for key, counts in score_document_attributions(gold_doc, pred_doc).items():
            attributions[key] += counts
    return Scores(roles=roles, attributions=attributions)
