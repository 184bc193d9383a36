"""A corpus folder: partitioned Parquet tables, the settings it was made with, a manifest.

Layout under the folder::

    corpus.json                      what made it (sources, batching, models, aliases)
    documents/<part>/<batch>.parquet one row per document (part: 2024-07, or the source file)
    claims/<part>/<batch>.parquet    one row per claim, its full record and embedding
    quantities/<part>/<batch>.parquet one row per number in a claim
    bad/<batch>.parquet              documents that could not be analysed, with the reason
    manifest/<batch>.json            written last: the batch is done
    align/*.parquet                  groups, pairs, document places (``factcheck corpus align``)

Every file is written to a temporary name and renamed, and its name is fixed by
the batch, so a batch done twice (a retried worker, a rerun after a crash before
its manifest entry) replaces its own files: a document is never stored twice.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from factcheck.corpus import need
from factcheck.errors import InputError
from factcheck.sides import Side

SETTINGS_FILE: Final = "corpus.json"
MANIFEST: Final = "manifest"
ALIGN: Final = "align"
PARTITIONED: Final = ("documents", "claims", "quantities")
BAD: Final = "bad"
#: the settings a rerun must share with the run it resumes (they fix batch ids and content).
RESUME_KEYS: Final = ("sources", "batch_size", "partition", "parse_mode", "models",
                      "embedding_model", "aliases", "sides")
_UNSAFE = re.compile(r"[^\w.-]+")

#: column -> arrow type name per table; one schema per table, so every file agrees.
COLUMNS: Final[dict[str, dict[str, str]]] = {
    "documents": {
        "doc_id": "string", "sha256": "string", "source": "string", "origin": "string",
        "title": "string", "outlet": "string", "url": "string", "published": "string",
        "month": "string", "dateline": "string", "byline": "string", "text": "string",
        "sentences": "int32", "claims": "int32", "batch_id": "string",
    },
    "claims": {
        "claim_id": "string", "doc_id": "string", "sentence_index": "int32",
        "speaker": "string", "speaker_kind": "string", "cue": "string", "content": "string",
        "content_start": "int32", "content_end": "int32", "type": "string", "hedge": "string",
        "negated": "bool", "non_claim": "bool", "rule": "string", "quantities": "int32",
        "month": "string", "record": "string", "vector": "vector", "batch_id": "string",
    },
    "quantities": {
        "claim_id": "string", "doc_id": "string", "text": "string", "start": "int32",
        "end": "int32", "low": "float64", "high": "float64", "kind": "string",
        "target": "string", "predicates": "strings", "month": "string", "batch_id": "string",
    },
    BAD: {"source": "string", "origin": "string", "reason": "string", "batch_id": "string"},
    "groups": {"group_id": "string", "label": "string", "has_conflict": "bool",
               "position": "int32", "size": "int32"},
    "members": {"group_id": "string", "claim_id": "string"},
    "pairs": {"group_id": "string", "claim_a": "string", "claim_b": "string",
              "similarity": "float64", "relation": "string", "basis": "string",
              "comparison": "string"},
    "places": {"doc_id": "string", "place": "string"},
}
ALIGNED: Final = ("groups", "members", "pairs", "places")


def schema(table: str) -> Any:
    pa = need("pyarrow")
    types = {"string": pa.string(), "int32": pa.int32(), "float64": pa.float64(),
             "bool": pa.bool_(), "vector": pa.list_(pa.float32()),
             "strings": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table].items()])


def part_name(value: str) -> str:
    """A partition value as a folder name."""
    return _UNSAFE.sub("_", value).strip("._") or "_"


class CorpusDir:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def glob(self, table: str) -> str:
        if table == BAD:
            return str(self.root / BAD / "*.parquet")
        if table in PARTITIONED:
            return str(self.root / table / "*" / "*.parquet")
        return str(self.root / ALIGN / f"{table}.parquet")

    def has(self, table: str) -> bool:
        return any(Path(self.root).glob(str(Path(self.glob(table)).relative_to(self.root))))

    # settings ------------------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        path = self.root / SETTINGS_FILE
        if not path.is_file():
            raise InputError(f"{self.root}: not a corpus folder (no {SETTINGS_FILE}); "
                             "run factcheck corpus analyze first")
        found: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return found

    def claim_settings(self, settings: Mapping[str, Any]) -> None:
        """Record the run's settings, or refuse to resume a corpus made differently."""
        path = self.root / SETTINGS_FILE
        if path.is_file():
            before = json.loads(path.read_text(encoding="utf-8"))
            changed = [k for k in RESUME_KEYS if before.get(k) != settings.get(k)]
            if changed:
                raise InputError(f"{self.root}: made with other {', '.join(changed)}; "
                                 "resume with the same settings or use a new --out folder")
            return
        self.root.mkdir(parents=True, exist_ok=True)
        _write_atomic(path, json.dumps(dict(settings), indent=2, ensure_ascii=False))

    # manifest ------------------------------------------------------------------

    def done(self) -> dict[str, dict[str, Any]]:
        folder = self.root / MANIFEST
        if not folder.is_dir():
            return {}
        return {p.stem: json.loads(p.read_text(encoding="utf-8"))
                for p in sorted(folder.glob("*.json"))}

    def mark_done(self, entry: Mapping[str, Any]) -> None:
        folder = self.root / MANIFEST
        folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(folder / f"{entry['batch_id']}.json", json.dumps(dict(entry)))

    def forget(self, batch_ids: set[str]) -> None:
        """Remove batches no longer planned (their source changed) with all their files."""
        for batch_id in batch_ids:
            for path in [*self.root.glob(f"*/*/{batch_id}.parquet"),
                         *self.root.glob(f"{BAD}/{batch_id}.parquet")]:
                path.unlink()
            (self.root / MANIFEST / f"{batch_id}.json").unlink(missing_ok=True)

    # tables --------------------------------------------------------------------

    def write_batch(self, batch_id: str, rows: Mapping[str, Sequence[dict[str, Any]]],
                    parts: Mapping[str, Sequence[str]]) -> None:
        """One batch's rows; ``parts[table][i]`` is the partition of ``rows[table][i]``."""
        for table in PARTITIONED:
            by_part: dict[str, list[dict[str, Any]]] = {}
            for row, part in zip(rows[table], parts[table], strict=True):
                by_part.setdefault(part_name(part), []).append(row)
            for part, chunk in by_part.items():
                self.write_table(table, chunk, self.root / table / part / f"{batch_id}.parquet")
        if rows[BAD]:
            self.write_table(BAD, rows[BAD], self.root / BAD / f"{batch_id}.parquet")

    def write_table(self, table: str, rows: Sequence[dict[str, Any]], path: Path) -> None:
        pa = need("pyarrow")
        parquet = need("pyarrow.parquet")
        path.parent.mkdir(parents=True, exist_ok=True)
        data = pa.Table.from_pylist(list(rows), schema=schema(table))
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        parquet.write_table(data, temporary)
        os.replace(temporary, path)


def _write_atomic(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def stored_sides(settings: dict[str, Any]) -> list[Side]:
    """The source folders' sides a corpus run recorded (its sides.toml files), as Side records."""
    return [Side(str(s["name"]), str(s["label"]), tuple(str(m) for m in s["members"]))
            for s in settings.get("sides", [])]
