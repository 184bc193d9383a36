"""Claims into groups: link the best-scoring pairs first, never across a hard block.

A group keeps a *core*: the places every member shares, the time every member
allows, the classes of people it counts. Two groups merge only when their cores
are compatible, so one vague claim cannot chain the Kidal offensive of 2023 into
the Tinzaouaten battle of 2024. Pairs between ``suggest`` and ``link`` (or
linkable pairs that a core blocked) that end in different groups are kept as
suggestions for a reviewer, never as links.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from factcheck.align import dates
from factcheck.align.features import ClaimFeatures, places_meet
from factcheck.align.labels import group_comparison, group_event, group_label
from factcheck.align.relations import SUGGESTED, relate
from factcheck.align.scoring import Scorer, compatible, score_pair
from factcheck.align.search import EXACT_LIMIT, candidate_pairs
from factcheck.records import ClaimGroup, PairRelation, Relation

LINK_THRESHOLD: Final = 0.5
SUGGEST_THRESHOLD: Final = 0.4
#: groups up to this size relate every pair counting the same people; larger ones only
#: the pairs that linked them.
FULL_PAIRS_LIMIT: Final = 60
SUGGESTIONS_PER_CLAIM: Final = 3
#: pairs whose cosines are computed at once (bounds the gathered vectors' memory).
_COSINE_CHUNK: Final = 50_000


@dataclass(slots=True)
class _Core:
    places: frozenset[str]
    when: dates.Interval | None
    classes: frozenset[str]
    docs: frozenset[str]
    containers: frozenset[str]

    @classmethod
    def of(cls, f: ClaimFeatures) -> _Core:
        return cls(f.places, f.when, f.classes, frozenset({f.doc_id}), f.containers)

    def allows(self, other: _Core) -> bool:
        if (self.when is None or other.when is None) and len(self.docs | other.docs) > 1:
            return False
        if not places_meet(self.places, self.containers, other.places, other.containers):
            return False
        if not dates.overlaps(self.when, other.when):
            return False
        return not (self.classes and other.classes and not self.classes & other.classes)

    def absorb(self, other: _Core) -> None:
        """The core keeps the places each side names within the other's (shared ones, and
        a town inside the other's country): a member naming only places around the core's
        leaves it as it is, and the other way round the core takes the narrower ones."""
        if self.places and other.places:
            self.places = (self.places & (other.places | other.containers)
                           | other.places & (self.places | self.containers))
            self.containers = (self.containers & other.containers) - self.places
        elif not self.places:
            self.places, self.containers = other.places, other.containers
        self.when = dates.intersect(self.when, other.when)
        self.classes = self.classes | other.classes
        self.docs = self.docs | other.docs


class _Components:
    def __init__(self, features: Sequence[ClaimFeatures]):
        self.parent = list(range(len(features)))
        self.cores = [_Core.of(f) for f in features]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def link(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if not self.cores[a].allows(self.cores[b]):
            return False
        self.parent[b] = a
        self.cores[a].absorb(self.cores[b])
        return True


def group_claims(features: Sequence[ClaimFeatures], vectors: np.ndarray, *,
                 link: float = LINK_THRESHOLD, suggest: float = SUGGEST_THRESHOLD,
                 scorer: Scorer = score_pair,
                 exact_limit: int = EXACT_LIMIT) -> list[ClaimGroup]:
    """Every claim lands in exactly one group (a lone claim is a group of one)."""
    if not features:
        return []
    scored = scored_pairs(features, vectors, floor=suggest, scorer=scorer,
                          exact_limit=exact_limit)
    components = _Components(features)
    unlinked = []
    for score, i, j in scored:
        if score < link or not components.link(i, j):
            unlinked.append((score, i, j))
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(features)):
        members[components.find(index)].append(index)
    home = {i: root for root, ids in members.items() for i in ids}
    links: dict[int, dict[tuple[int, int], float]] = defaultdict(dict)
    for score, i, j in scored:
        if score >= link and home[i] == home[j]:
            links[home[i]][(i, j)] = score
    hints = _suggestions(unlinked, home)
    groups = [
        _group(ids, features, vectors, links.get(root, {}), hints.get(root, []), scorer,
               components.cores[root])
        for root, ids in members.items()
    ]
    return sorted(groups, key=lambda g: (not g.has_conflict, -len(g.claim_ids), g.label))


def scored_pairs(features: Sequence[ClaimFeatures], vectors: np.ndarray, *, floor: float,
                 scorer: Scorer = score_pair,
                 exact_limit: int = EXACT_LIMIT) -> list[tuple[float, int, int]]:
    """Compatible candidate pairs scoring at least ``floor``, best first."""
    pairs = candidate_pairs(features, vectors, exact_limit=exact_limit)
    if not len(pairs):
        return []
    cosines = np.concatenate([
        np.einsum("ij,ij->i", vectors[chunk[:, 0]], vectors[chunk[:, 1]])
        for chunk in np.array_split(pairs, -(-len(pairs) // _COSINE_CHUNK))
    ])
    scored = []
    for (i, j), cosine in zip(pairs.tolist(), cosines.tolist(), strict=True):
        a, b = features[i], features[j]
        if compatible(a, b) and (score := scorer(a, b, cosine)) >= floor:
            scored.append((score, i, j))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    return scored


def _suggestions(unlinked: list[tuple[float, int, int]],
                 home: dict[int, int]) -> dict[int, list[tuple[float, int, int]]]:
    """The best few cross-group pairs per claim, filed under claim_a's group."""
    per_claim: dict[int, int] = defaultdict(int)
    hints: dict[int, list[tuple[float, int, int]]] = defaultdict(list)
    for score, i, j in unlinked:
        if home[i] == home[j]:
            continue
        if per_claim[i] < SUGGESTIONS_PER_CLAIM and per_claim[j] < SUGGESTIONS_PER_CLAIM:
            per_claim[i] += 1
            per_claim[j] += 1
            hints[home[i]].append((score, i, j))
    return hints


def _group(ids: list[int], features: Sequence[ClaimFeatures], vectors: np.ndarray,
           links: dict[tuple[int, int], float], hints: list[tuple[float, int, int]],
           scorer: Scorer, core: _Core) -> ClaimGroup:
    members = [features[i] for i in ids]
    pairs: list[PairRelation] = []
    for i, j in sorted(set(links) | _comparable_pairs(ids, features)):
        score = links.get((i, j))
        if score is None:
            score = scorer(features[i], features[j], float(vectors[i] @ vectors[j]))
        pairs.extend(relate(features[i], features[j], score))
    pairs += [PairRelation(features[i].claim_id, features[j].claim_id, round(s, 4),
                           Relation.UNCLEAR, SUGGESTED) for s, i, j in hints]
    claim_ids = tuple(sorted(f.claim_id for f in members))
    digest = hashlib.sha256("\n".join(claim_ids).encode()).hexdigest()[:12]
    label = group_label(members, core.places, core.when)
    return ClaimGroup(f"g{digest}", label, claim_ids, tuple(pairs),
                      group_event(members, core.places, core.when), group_comparison(members))


def _comparable_pairs(ids: list[int], features: Sequence[ClaimFeatures]) -> set[tuple[int, int]]:
    """Member pairs that count the same people, in groups small enough to pair out."""
    if len(ids) > FULL_PAIRS_LIMIT:
        return set()
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in ids:
        for key in {a.key for a in features[i].amounts if a.key and a.low is not None}:
            by_key[key].append(i)
    return {(a, b) for same in by_key.values() for n, a in enumerate(same) for b in same[n + 1:]}
