"""One worker: a stanza pipeline and an embedding model, loaded once, analysing batches.

A document goes the way ``factcheck analyze`` takes it (``nlp.parse``, then
``analysis.claims_for``), so it gets the same claims with the same ids and spans.
The engine decides where workers run; a worker writes its batch's tables itself and
hands back only the manifest entry, so nothing large travels back to the driver.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Final

import numpy as np

from factcheck import nlp
from factcheck.analysis import _internal_error, claims_for
from factcheck.corpus.sources import Batch, Loaded, load_batch, month_of
from factcheck.corpus.store import BAD, CorpusDir
from factcheck.errors import FactcheckError
from factcheck.records import Claim, Document, Quantity

#: thread counts a worker's libraries start with: one core per worker unless told.
THREAD_VARIABLES: Final = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs to analyse a batch the same way."""

    models_dir: str
    parse_mode: str = nlp.DEFAULT_PARSE_MODE
    partition: str = "month"
    embedding_model: str | None = None
    aliases: Mapping[str, str] = field(default_factory=dict)
    torch_threads: int = 1


@dataclass(frozen=True, slots=True)
class Analysed:
    origin: str
    document: Document
    sentences: int
    claims: list[Claim]


class Analyzer:
    """Holds the models; ``run`` analyses one batch and writes it under ``out``."""

    def __init__(self, settings: dict[str, Any], out: str):
        self.settings = Settings(**settings)
        self.corpus = CorpusDir(out)
        _limit_threads(self.settings.torch_threads)
        from factcheck.embeddings import load_model

        nlp.get_pipeline(self.settings.models_dir)
        self.encoder = load_model(self.settings.embedding_model)

    def __call__(self, rows: Mapping[str, Any]) -> dict[str, list[str]]:
        """Ray Data's entry: a column of batches (as JSON) in, their manifest entries out."""
        return {"entry": [json.dumps(self.run(Batch.from_json(str(b)))) for b in rows["batch"]]}

    def run(self, batch: Batch) -> dict[str, Any]:
        started = time.perf_counter()
        bad: list[dict[str, Any]] = []
        analysed: list[Analysed] = []
        for loaded in load_batch(batch):
            result = self._analyse(loaded)
            if isinstance(result, str):
                bad.append(_bad(loaded, result, batch))
            else:
                analysed.append(result)
        analysed_at = time.perf_counter()
        vectors = self._vectors([c for item in analysed for c in item.claims])
        embedded_at = time.perf_counter()
        rows, parts = _table_rows(analysed, vectors, self.settings.partition, batch)
        rows[BAD] = bad
        self.corpus.write_batch(batch.batch_id, rows, parts)
        return {"batch_id": batch.batch_id, "size": batch.size,
                "documents": len(rows["documents"]), "claims": len(rows["claims"]),
                "bad": len(bad), "seconds": round(time.perf_counter() - started, 3),
                "analyse_seconds": round(analysed_at - started, 3),
                "embed_seconds": round(embedded_at - analysed_at, 3),
                "pid": os.getpid(), "peak_rss_mb": _peak_rss_mb()}

    def _analyse(self, loaded: Loaded) -> Analysed | str:
        """The document's claims as ``factcheck analyze`` finds them, or why there are none."""
        doc = loaded.document
        if doc is None:
            return loaded.reason or ""
        try:
            sdoc = nlp.parse(doc.text, self.settings.models_dir, mode=self.settings.parse_mode)
            claims = claims_for(doc, sdoc, dict(self.settings.aliases))
        except FactcheckError as exc:
            return str(exc)
        except Exception as exc:  # one document's bug must not cost the batch
            return _internal_error(loaded.source, exc)
        return Analysed(loaded.origin, doc, len(sdoc.sentences), claims)

    def _vectors(self, claims: list[Claim]) -> dict[str, np.ndarray]:
        """Content embeddings of the batch's claims (not non-claims), encoded at once."""
        from factcheck.embeddings import encode

        compared = [c for c in claims if not c.non_claim]
        vectors = encode(self.encoder, [c.content.text for c in compared])
        return {c.claim_id: v for c, v in zip(compared, vectors, strict=True)}


def settings_dict(settings: Settings) -> dict[str, Any]:
    return {**asdict(settings), "aliases": dict(settings.aliases)}


def _limit_threads(threads: int) -> None:
    for variable in THREAD_VARIABLES:
        os.environ.setdefault(variable, str(threads))
    import torch

    torch.set_num_threads(threads)


def _number(value: float | None) -> float | None:
    """A bound as a double (a count parsed as a huge int would not fit the column)."""
    return None if value is None else float(value)


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _table_rows(analysed: list[Analysed], vectors: Mapping[str, np.ndarray], partition: str,
                batch: Batch) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[str]]]:
    """Rows for the documents, claims and quantities tables, and each row's partition."""
    rows: dict[str, list[dict[str, Any]]] = {"documents": [], "claims": [], "quantities": []}
    parts: dict[str, list[str]] = {table: [] for table in rows}
    for item in analysed:
        month = month_of(item.document.published)
        part = month if partition == "month" else item.origin
        found = {
            "documents": [_document_row(item, month, batch)],
            "claims": [_claim_row(c, month, vectors.get(c.claim_id), batch)
                       for c in item.claims],
            "quantities": [_quantity_row(c, q, month, batch) for c in item.claims
                           for q in c.quantities],
        }
        for table, new in found.items():
            rows[table] += new
            parts[table] += [part] * len(new)
    return rows, parts


def _bad(loaded: Loaded, reason: str, batch: Batch) -> dict[str, Any]:
    return {"source": loaded.source, "origin": loaded.origin,
            "reason": reason.partition("\n")[0], "batch_id": batch.batch_id}


def _document_row(item: Analysed, month: str, batch: Batch) -> dict[str, Any]:
    doc = item.document
    return {"doc_id": doc.doc_id, "sha256": doc.sha256, "source": doc.source,
            "origin": item.origin, "title": doc.title, "outlet": doc.outlet, "url": doc.url,
            "published": doc.published, "month": month, "dateline": doc.dateline,
            "byline": doc.byline, "text": doc.text, "sentences": item.sentences,
            "claims": sum(not c.non_claim for c in item.claims), "batch_id": batch.batch_id}


def _quantity_row(claim: Claim, q: Quantity, month: str, batch: Batch) -> dict[str, Any]:
    return {"claim_id": claim.claim_id, "doc_id": claim.doc_id, "text": q.text,
            "start": q.start, "end": q.end, "low": _number(q.low), "high": _number(q.high),
            "kind": q.kind.value, "target": q.target, "predicates": list(q.predicates),
            "month": month, "batch_id": batch.batch_id}


def _claim_row(claim: Claim, month: str, vector: np.ndarray | None,
               batch: Batch) -> dict[str, Any]:
    speaker = claim.speakers[0] if claim.speakers else None
    return {"claim_id": claim.claim_id, "doc_id": claim.doc_id,
            "sentence_index": claim.sentence_index,
            "speaker": speaker.canonical if speaker else None,
            "speaker_kind": speaker.kind.value if speaker else None,
            "cue": claim.cue.text if claim.cue else None, "content": claim.content.text,
            "content_start": claim.content.start, "content_end": claim.content.end,
            "type": claim.type.value, "hedge": claim.hedge, "negated": claim.negated,
            "non_claim": claim.non_claim, "rule": claim.rule,
            "quantities": len(claim.quantities), "month": month,
            "record": json.dumps(claim.to_dict(), ensure_ascii=False),
            "vector": None if vector is None else vector.tolist(), "batch_id": batch.batch_id}
