"""Candidate pairs: exact blocks on shared keys, plus each claim's nearest neighbours.

Claims counting the same people under the same predicate in the same place are
paired exhaustively (block by block, so cost follows block sizes, not n²). The
embedding neighbours catch paraphrases that name no count. Up to
``EXACT_LIMIT`` claims the neighbours are exact (chunked matrix products); above
it faiss HNSW answers approximately, in memory linear in n.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Final

import numpy as np

from factcheck.align.features import ClaimFeatures

EXACT_LIMIT: Final = 20_000
NEIGHBOURS: Final = 10
#: neighbours less alike than this are not candidates.
COSINE_FLOOR: Final = 0.3
#: a block larger than this is left to the neighbour search (its pairs would dominate).
MAX_BLOCK: Final = 400
_CHUNK: Final = 1024
_HNSW_LINKS: Final = 32
_HNSW_EF_SEARCH: Final = 64

Pairs = np.ndarray  # shape (m, 2), int64, i < j


def candidate_pairs(features: Sequence[ClaimFeatures], vectors: np.ndarray, *,
                    neighbours: int = NEIGHBOURS, exact_limit: int = EXACT_LIMIT) -> Pairs:
    found = [block_pairs(features), neighbour_pairs(vectors, k=neighbours,
                                                     exact_limit=exact_limit)]
    pairs = np.concatenate([p for p in found if len(p)] or [np.empty((0, 2), np.int64)])
    return np.unique(pairs, axis=0) if len(pairs) else pairs


def block_pairs(features: Sequence[ClaimFeatures], *, max_block: int = MAX_BLOCK) -> Pairs:
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for index, f in enumerate(features):
        for key in f.keys:
            for place in f.places or ("",):
                blocks[(key, place)].append(index)
    chunks = []
    for members in blocks.values():
        if 1 < len(members) <= max_block:
            idx = np.asarray(members, np.int64)
            i, j = np.triu_indices(len(idx), k=1)
            chunks.append(np.stack([idx[i], idx[j]], axis=1))
    return np.concatenate(chunks) if chunks else np.empty((0, 2), np.int64)


def neighbour_pairs(vectors: np.ndarray, *, k: int = NEIGHBOURS, floor: float = COSINE_FLOOR,
                    exact_limit: int = EXACT_LIMIT) -> Pairs:
    n = len(vectors)
    if n < 2:
        return np.empty((0, 2), np.int64)
    k = min(k, n - 1)
    search = _exact if n <= exact_limit else _hnsw
    sims, idx = search(np.ascontiguousarray(vectors, np.float32), k + 1)
    rows = np.repeat(np.arange(n), idx.shape[1])
    cols, keep = idx.ravel(), (sims.ravel() >= floor)
    keep &= (cols >= 0) & (cols != rows)
    pairs = np.sort(np.stack([rows[keep], cols[keep]], axis=1), axis=1)
    return pairs.astype(np.int64)


def _exact(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    n = len(vectors)
    sims = np.empty((n, k), np.float32)
    idx = np.empty((n, k), np.int64)
    for start in range(0, n, _CHUNK):
        block = vectors[start:start + _CHUNK] @ vectors.T
        top = np.argpartition(-block, k - 1, axis=1)[:, :k]
        sims[start:start + len(block)] = np.take_along_axis(block, top, axis=1)
        idx[start:start + len(block)] = top
    return sims, idx


def _hnsw(vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    try:
        import faiss
    except ImportError:
        return _exact(vectors, k)
    index = faiss.IndexHNSWFlat(vectors.shape[1], _HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efSearch = max(_HNSW_EF_SEARCH, k)
    index.add(vectors)
    sims, idx = index.search(vectors, k)
    return sims, idx.astype(np.int64)
