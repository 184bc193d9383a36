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
_HNSW_LINKS: Final = 16
_HNSW_EF_SEARCH: Final = 32

Pairs = np.ndarray  # shape (m, 2), int64, i < j


def candidate_pairs(features: Sequence[ClaimFeatures], vectors: np.ndarray, *,
                    neighbours: int = NEIGHBOURS, exact_limit: int = EXACT_LIMIT) -> Pairs:
    found = [block_pairs(features), neighbour_pairs(vectors, k=neighbours,
                                                     exact_limit=exact_limit)]
    pairs = np.concatenate([p for p in found if len(p)] or [np.empty((0, 2), np.int64)])
    return np.unique(pairs, axis=0) if len(pairs) else pairs


def block_pairs(features: Sequence[ClaimFeatures], *, max_block: int = MAX_BLOCK) -> Pairs:
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
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
    """Each claim paired with its ``k`` nearest others at cosine ``floor`` or above."""
    n = len(vectors)
    if n < 2:
        return np.empty((0, 2), np.int64)
    vectors = np.ascontiguousarray(vectors, np.float32)
    rows, cols = (_exact if n <= exact_limit else _hnsw)(vectors, min(k, n - 1), floor)
    keep = cols != rows
    return np.sort(np.stack([rows[keep], cols[keep]], axis=1), axis=1).astype(np.int64)


def _exact(vectors: np.ndarray, k: int, floor: float) -> tuple[np.ndarray, np.ndarray]:
    """Chunked matrix products; only entries above the floor are ranked."""
    found_rows, found_cols = [], []
    for start in range(0, len(vectors), _CHUNK):
        block = vectors[start:start + _CHUNK] @ vectors.T
        rows, cols = np.nonzero(block >= floor)
        order = np.lexsort((-block[rows, cols], rows))
        rows, cols = rows[order], cols[order]
        first = np.searchsorted(rows, rows, side="left")
        keep = (np.arange(len(rows)) - first) <= k  # k others, plus the claim itself
        found_rows.append(rows[keep] + start)
        found_cols.append(cols[keep])
    return np.concatenate(found_rows), np.concatenate(found_cols)


def _hnsw(vectors: np.ndarray, k: int, floor: float) -> tuple[np.ndarray, np.ndarray]:
    try:
        import faiss
    except ImportError:
        return _exact(vectors, k, floor)
    index = faiss.IndexHNSWFlat(vectors.shape[1], _HNSW_LINKS, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efSearch = max(_HNSW_EF_SEARCH, k + 1)
    index.add(vectors)
    sims, idx = index.search(vectors, k + 1)
    rows = np.repeat(np.arange(len(vectors)), k + 1)
    keep = (sims.ravel() >= floor) & (idx.ravel() >= 0)
    return rows[keep], idx.ravel()[keep].astype(np.int64)
