"""Line claims up across documents: groups of claims about the same count, and how they relate.

``align_workspace`` is the one entry point the CLI and the app call: it embeds
every claim (cached), groups, relates and labels, stores the groups and records
an ``align`` run with the model and thresholds for the export's provenance.

Stored pairs, per group: the pairs that linked it (score at least ``link``), and,
in groups of up to ``grouping.FULL_PAIRS_LIMIT`` claims, every pair counting the same
people under the same casualty class, related once per such comparison
("killed · Malian soldiers"; relation consistent / conflicting / unclear, basis
numeric-range), or once by embedding when they share none. Then *suggestions*: pairs scoring between
``suggest`` and ``link`` (or linkable but kept apart by a group's place or time)
whose claims ended in different groups, stored under claim_a's group with
relation unclear and basis ``suggested``. A suggestion never makes a group
conflicting.
"""

from __future__ import annotations

import time
from typing import Any, Final

from factcheck.align.features import ClaimFeatures, features_for
from factcheck.align.grouping import LINK_THRESHOLD, SUGGEST_THRESHOLD, group_claims
from factcheck.align.relations import EMBEDDING, HUMAN, NUMERIC, SUGGESTED
from factcheck.align.scoring import Scorer, compatible, score_pair
from factcheck.records import ClaimGroup
from factcheck.workspace import Workspace

RUN_STAGE: Final = "align"

__all__ = [
    "EMBEDDING",
    "HUMAN",
    "LINK_THRESHOLD",
    "NUMERIC",
    "RUN_STAGE",
    "SUGGESTED",
    "SUGGEST_THRESHOLD",
    "ClaimFeatures",
    "Scorer",
    "align_workspace",
    "compatible",
    "features_for",
    "group_claims",
    "score_pair",
]


def align_workspace(ws: Workspace, *, model: str | None = None, link: float = LINK_THRESHOLD,
                    suggest: float = SUGGEST_THRESHOLD,
                    scorer: Scorer = score_pair) -> list[ClaimGroup]:
    """Group every claim in ``ws`` and store the groups, replacing the previous ones."""
    from factcheck.embeddings import embed_cached, load_model

    started = time.perf_counter()
    claims = ws.claims(include_non_claims=False)
    info: dict[str, Any] = {"stage": RUN_STAGE, "link": link, "suggest": suggest}
    run_id = ws.start_run(info)
    groups: list[ClaimGroup] = []
    if claims:
        encoder = load_model(model)
        info["embedding_model"] = {"name": encoder.name, "version": encoder.version,
                                   "source": encoder.source}
        vectors = embed_cached(ws, encoder, [c.content.text for c in claims])
        features = features_for(claims, ws.documents(), ws.aliases(), ws.side_table())
        groups = group_claims(features, vectors, link=link, suggest=suggest, scorer=scorer)
    ws.replace_groups(groups)
    info.update(claims=len(claims), groups=len(groups),
                conflicting_groups=sum(g.has_conflict for g in groups),
                seconds=round(time.perf_counter() - started, 3))
    ws.finish_run(run_id, info)
    return groups
