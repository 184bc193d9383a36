"""The corpus through DuckDB: one view per table, ad hoc SQL, and slices into workspaces."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from factcheck.corpus import need
from factcheck.corpus.store import ALIGNED, BAD, PARTITIONED, CorpusDir, stored_sides
from factcheck.errors import InputError
from factcheck.records import Claim, Document
from factcheck.workspace import Workspace

#: what ``open --where`` filters: a document's columns plus each of its main places.
SLICE_VIEW: Final = "slice"


def connect(root: Path) -> Any:
    """An in-memory DuckDB with a view per table of the corpus at ``root``."""
    duckdb = need("duckdb")
    corpus = CorpusDir(root)
    corpus.settings()  # a clear error when root is not a corpus
    db = duckdb.connect()
    for table in (*PARTITIONED, BAD, *ALIGNED):
        if corpus.has(table):
            source = f"read_parquet('{_quoted(corpus.glob(table))}', union_by_name = true)"
        else:  # an empty view keeps queries valid before anything was written
            source = _empty(table)
        db.execute(f'CREATE VIEW "{table}" AS SELECT * FROM {source}')
    db.execute(f'CREATE VIEW "{SLICE_VIEW}" AS SELECT d.*, p.place FROM documents d '
               "LEFT JOIN places p USING (doc_id)")
    return db


def _quoted(text: str) -> str:
    return text.replace("'", "''")


def _empty(table: str) -> str:
    from factcheck.corpus.store import COLUMNS

    sql_types = {"string": "VARCHAR", "int32": "INTEGER", "float64": "DOUBLE",
                 "bool": "BOOLEAN", "vector": "FLOAT[]", "strings": "VARCHAR[]"}
    columns = ", ".join(f'NULL::{sql_types[kind]} AS "{name}"'
                        for name, kind in COLUMNS[table].items())
    return f"(SELECT {columns} WHERE false)"


def run_query(root: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of ``sql`` over the corpus's views."""
    db = connect(root)
    try:
        result = db.execute(sql)
    except Exception as exc:  # duckdb's own errors name the problem in their first line
        raise InputError(f"query failed: {str(exc).splitlines()[0]}") from None
    if result.description is None:
        return [], []
    return [d[0] for d in result.description], result.fetchall()


@dataclass(frozen=True, slots=True)
class SliceSummary:
    documents: int
    claims: int
    groups: int
    workspace: Path


def open_slice(root: Path, where: str, workspace: Path, *,
               model: str | None = None) -> SliceSummary:
    """Copy the documents matching ``where`` (and their claims) into a new workspace.

    The claims' embeddings come along into the workspace's cache, then the slice is
    aligned there as ``factcheck analyze`` aligns, so the app opens it like any other.
    """
    if workspace.exists():
        raise InputError(f"{workspace}: already exists; name a new workspace file")
    db = connect(root)
    try:
        ids = [r[0] for r in db.execute(
            f'SELECT DISTINCT doc_id FROM "{SLICE_VIEW}" WHERE {where} ORDER BY doc_id'
        ).fetchall()]
    except Exception as exc:
        raise InputError(f"--where failed: {str(exc).splitlines()[0]}") from None
    if not ids:
        raise InputError(f"no documents match {where!r}")
    docs = _fetch_documents(db, ids)
    claims = _fetch_claims(db, ids)
    settings = CorpusDir(root).settings()
    from factcheck.align import align_workspace

    with Workspace(workspace) as ws:
        for alias, canonical in settings.get("aliases", {}).items():
            ws.set_alias(alias, canonical, origin=str(root))
        for side in stored_sides(settings):
            ws.set_side(side, origin=str(root))
        for doc in docs:
            with ws.transaction():
                ws.put_document(doc)
                ws.replace_claims(doc.doc_id, claims.get(doc.doc_id, []))
        _seed_embeddings(ws, db, ids, model or settings.get("embedding_model"))
        groups = align_workspace(ws, model=model or settings.get("embedding_model"))
    return SliceSummary(len(docs), sum(map(len, claims.values())), len(groups), workspace)


def _fetch_documents(db: Any, ids: Sequence[str]) -> list[Document]:
    rows = db.execute(
        "SELECT text, source, title, outlet, url, published, dateline, byline FROM documents "
        "WHERE doc_id IN (SELECT unnest(?)) ORDER BY source", [list(ids)]).fetchall()
    return [Document(*row) for row in rows]


def _fetch_claims(db: Any, ids: Sequence[str]) -> dict[str, list[Claim]]:
    found: dict[str, list[Claim]] = {}
    for doc_id, record in db.execute(
            "SELECT doc_id, record FROM claims WHERE doc_id IN (SELECT unnest(?)) "
            "ORDER BY doc_id, content_start", [list(ids)]).fetchall():
        found.setdefault(doc_id, []).append(Claim.from_dict(json.loads(record)))
    return found


def _seed_embeddings(ws: Workspace, db: Any, ids: Sequence[str], model: str | None) -> None:
    """The corpus's vectors into the workspace cache, so aligning the slice encodes nothing."""
    import numpy as np

    from factcheck.embeddings import DTYPE, load_model, text_sha

    encoder = load_model(model)
    rows = db.execute("SELECT content, vector FROM claims WHERE vector IS NOT NULL "
                      "AND doc_id IN (SELECT unnest(?))", [list(ids)]).fetchall()
    ws.put_embeddings(encoder.key, {text_sha(text): np.asarray(vector, DTYPE).tobytes()
                                    for text, vector in rows})
