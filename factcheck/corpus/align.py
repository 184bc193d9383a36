"""Group a corpus's claims the way one machine groups a workspace's, from its Parquet.

Claims come back as the records the workers wrote, with the embeddings they
computed, and go through ``factcheck.align``'s own features and grouping: candidate
pairs blocked by event keys (counted class and predicate, place), plus nearest
neighbours from a faiss HNSW index over every embedding (``exact_limit=0``; on a
small corpus its answers equal the exact ones). Groups, members, pairs and each
document's main places are written under ``align/``.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np

from factcheck.align.features import doc_contexts, features_for
from factcheck.align.grouping import LINK_THRESHOLD, SUGGEST_THRESHOLD, group_claims
from factcheck.corpus.query import connect
from factcheck.corpus.store import ALIGN, CorpusDir, stored_sides
from factcheck.embeddings import DTYPE
from factcheck.records import Claim, ClaimGroup, Document
from factcheck.sides import BUILT_IN, SideTable

#: claims above which neighbours come from faiss; 0: always (its index is the corpus's).
CORPUS_EXACT_LIMIT: Final = 0


@dataclass(frozen=True, slots=True)
class AlignSummary:
    claims: int
    groups: int
    conflicting: int
    pairs: int
    seconds: float


def align_corpus(root: Path, *, link: float = LINK_THRESHOLD, suggest: float = SUGGEST_THRESHOLD,
                 exact_limit: int = CORPUS_EXACT_LIMIT) -> AlignSummary:
    started = time.perf_counter()
    corpus = CorpusDir(root)
    aliases = corpus.settings().get("aliases", {})
    db = connect(root)
    claims, vectors = _claims(db)
    docs = [Document(*row) for row in db.execute(
        "SELECT text, source, title, outlet, url, published, dateline, byline FROM documents "
        "ORDER BY doc_id").fetchall()]
    contexts = doc_contexts(docs)
    sides = SideTable.of(stored_sides(corpus.settings())).over(BUILT_IN)
    features = features_for(claims, docs, aliases, sides, contexts=contexts)
    groups = group_claims(features, vectors, link=link, suggest=suggest,
                          exact_limit=exact_limit)
    _write(corpus, groups, contexts)
    return AlignSummary(len(claims), len(groups), sum(g.has_conflict for g in groups),
                        sum(len(g.pairs) for g in groups),
                        round(time.perf_counter() - started, 3))


def _claims(db: Any) -> tuple[list[Claim], np.ndarray]:
    """Every compared claim in the order a workspace lists them, with its embedding."""
    rows = db.execute("SELECT record, vector FROM claims WHERE NOT non_claim "
                      "ORDER BY doc_id, content_start").fetchall()
    claims = [Claim.from_dict(json.loads(record)) for record, _ in rows]
    vectors = np.asarray([vector for _, vector in rows], DTYPE)
    return claims, vectors.reshape(len(rows), -1) if rows else np.empty((0, 0), DTYPE)


def _write(corpus: CorpusDir, groups: list[ClaimGroup], contexts: dict[str, Any]) -> None:
    folder = corpus.root / ALIGN
    tables: dict[str, list[dict[str, Any]]] = {
        "groups": [{"group_id": g.group_id, "label": g.label, "has_conflict": g.has_conflict,
                    "position": n, "size": len(g.claim_ids)} for n, g in enumerate(groups)],
        "members": [{"group_id": g.group_id, "claim_id": c} for g in groups
                    for c in g.claim_ids],
        "pairs": [{"group_id": g.group_id, "claim_a": p.claim_a, "claim_b": p.claim_b,
                   "similarity": p.similarity, "relation": p.relation.value, "basis": p.basis,
                   "comparison": p.comparison}
                  for g in groups for p in g.pairs],
        "places": [{"doc_id": doc_id, "place": place} for doc_id, context in contexts.items()
                   for place in sorted(context.places)],
    }
    for table, rows in tables.items():
        corpus.write_table(table, rows, folder / f"{table}.parquet")
