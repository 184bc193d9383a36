"""An archive as batches of work: article folders, JSON Lines and Parquet files.

Planning reads only what it needs to cut the archive into batches (file names,
line offsets, row counts), so a batch is small to ship to a worker and names its
documents the same way on every run: its id is a digest of what it covers, which
is what the manifest records and a rerun skips. Loading a batch happens in the
worker, through the loaders ``factcheck analyze`` uses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from factcheck.align.dates import published_interval
from factcheck.documents import display_name, iter_paths, load_path, load_text
from factcheck.errors import FactcheckError, InputError
from factcheck.records import Document

FILES: Final = "files"
JSONL: Final = "jsonl"
PARQUET: Final = "parquet"
#: archive file suffix -> the kind of batch it is read in.
TABLE_SUFFIXES: Final[dict[str, str]] = {".jsonl": JSONL, ".ndjson": JSONL, ".parquet": PARQUET}
#: Document field -> the columns that may hold it, first found wins.
META_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "publisher", "source"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at"),
}
#: columns naming a row, so a document's source reads file:id rather than file:line.
ID_COLUMNS: Final = ("id", "doc_id")
TEXT_COLUMN: Final = "text"
UNDATED: Final = "undated"
PARTITIONS: Final = ("month", "file")
DEFAULT_BATCH_SIZE: Final = 8


@dataclass(frozen=True, slots=True)
class Batch:
    """Files by path, or one table file's rows ``start``..``stop`` (lines, or byte offsets)."""

    kind: str
    origin: str
    paths: tuple[str, ...] = ()
    start: int = 0
    stop: int = 0
    first_row: int = 0
    lines: int = 0

    @property
    def batch_id(self) -> str:
        key = json.dumps([self.kind, self.origin, self.paths, self.start, self.stop])
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    @property
    def size(self) -> int:
        """How many documents (or rows that may turn out bad) the batch holds."""
        if self.kind == FILES:
            return len(self.paths)
        return self.stop - self.start if self.kind == PARQUET else self.lines

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> Batch:
        data = json.loads(text)
        return cls(**{**data, "paths": tuple(data["paths"])})


@dataclass(frozen=True, slots=True)
class Loaded:
    """One document of a batch, or the one-line reason it could not be read."""

    source: str
    origin: str
    document: Document | None = None
    reason: str | None = None


def plan(sources: Sequence[Path], batch_size: int = DEFAULT_BATCH_SIZE) -> list[Batch]:
    """Every batch of the archive, in a stable order."""
    if batch_size < 1:
        raise InputError("--batch-size must be at least 1")
    batches: list[Batch] = []
    for source in map(Path, sources):
        if not source.exists():
            raise InputError(f"{display_name(source)}: no such file or folder")
        tables = _table_files(source)
        batches += [b for path in tables for b in _table_batches(path, batch_size)]
        articles = _article_files(source) if source.is_dir() else [] if tables else [source]
        root = str(source)
        for at in range(0, len(articles), batch_size):
            batches.append(Batch(FILES, root, tuple(map(str, articles[at:at + batch_size]))))
    if not batches:
        raise InputError("no articles, .jsonl or .parquet files in "
                         + ", ".join(display_name(Path(s)) for s in sources))
    return batches


def _table_files(source: Path) -> list[Path]:
    if source.is_file():
        return [source] if source.suffix.lower() in TABLE_SUFFIXES else []
    return sorted(p for p in source.rglob("*") if p.suffix.lower() in TABLE_SUFFIXES
                  and p.is_file() and not any(part.startswith(".") for part in p.parts))


def _article_files(folder: Path) -> list[Path]:
    try:
        return list(iter_paths([folder]))
    except InputError:  # a folder of table files alone holds no article: not an error here
        return []


def _table_batches(path: Path, size: int) -> Iterator[Batch]:
    if TABLE_SUFFIXES[path.suffix.lower()] == PARQUET:
        rows = _parquet_file(path).metadata.num_rows
        for at in range(0, rows, size):
            yield Batch(PARQUET, str(path), start=at, stop=min(at + size, rows), first_row=at)
        return
    offsets, row = [], 0
    with path.open("rb") as handle:
        while True:
            position = handle.tell()
            line = handle.readline()
            if not line:
                break
            if row % size == 0:
                offsets.append((position, row))
            row += 1
        end = handle.tell()
    for n, (position, first) in enumerate(offsets):
        stop = offsets[n + 1][0] if n + 1 < len(offsets) else end
        lines = (offsets[n + 1][1] if n + 1 < len(offsets) else row) - first
        yield Batch(JSONL, str(path), start=position, stop=stop, first_row=first, lines=lines)


def _parquet_file(path: Path) -> Any:
    from factcheck.corpus import need

    parquet = need("pyarrow.parquet")
    try:
        return parquet.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid, OSError...
        raise InputError(f"{display_name(path)}: not a readable Parquet file ({exc})") from None


def load_batch(batch: Batch) -> Iterator[Loaded]:
    """The batch's documents, each loaded as ``factcheck analyze`` would load it."""
    if batch.kind == FILES:
        for path in map(Path, batch.paths):
            origin = _folder_label(path, Path(batch.origin))
            try:
                yield Loaded(display_name(path), origin, load_path(path))
            except FactcheckError as exc:
                yield Loaded(display_name(path), origin, reason=str(exc))
        return
    name = display_name(Path(batch.origin))
    rows = _parquet_rows(batch) if batch.kind == PARQUET else _jsonl_rows(batch)
    for number, row in enumerate(rows, start=batch.first_row + 1):
        if row is None:
            continue
        try:
            doc = document_from_row(row, name, number)
            yield Loaded(doc.source, name, doc)
        except FactcheckError as exc:
            yield Loaded(f"{name}:{number}", name, reason=str(exc))


def _folder_label(path: Path, root: Path) -> str:
    parent = os.path.relpath(path.parent, root) if root.is_dir() else "."
    return display_name(root if parent == "." else root / parent)


def _jsonl_rows(batch: Batch) -> Iterator[Any]:
    with open(batch.origin, "rb") as handle:
        handle.seek(batch.start)
        chunk = handle.read(batch.stop - batch.start)
    for line in chunk.split(b"\n")[:batch.lines]:
        if not line.strip():
            yield None  # a blank line holds no row, but keeps the numbering
            continue
        try:
            yield json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            yield InputError(f"not a JSON object ({type(exc).__name__}: {exc})")


def _parquet_rows(batch: Batch) -> Iterator[Any]:
    parquet_file = _parquet_file(Path(batch.origin))
    starts, at = [], 0
    for group in range(parquet_file.num_row_groups):
        starts.append(at)
        at += parquet_file.metadata.row_group(group).num_rows
    wanted = [g for g, first in enumerate(starts)
              if first < batch.stop and first + parquet_file.metadata.row_group(g).num_rows
              > batch.start]
    table = parquet_file.read_row_groups(wanted)
    offset = batch.start - starts[wanted[0]]
    yield from table.slice(offset, batch.stop - batch.start).to_pylist()


def document_from_row(row: Any, file_name: str, number: int) -> Document:
    """A table row as a Document: its text loaded like pasted text, its columns as metadata."""
    if isinstance(row, InputError):
        raise InputError(f"{file_name}:{number}: {row}")
    if not isinstance(row, Mapping):
        raise InputError(f"{file_name}:{number}: not a JSON object")
    key = next((str(row[c]) for c in ID_COLUMNS if row.get(c) not in (None, "")), str(number))
    source = f"{file_name}:{key}"
    text = row.get(TEXT_COLUMN)
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{source}: no '{TEXT_COLUMN}'")
    doc = load_text(text, source=source)
    meta = {name: value for name, columns in META_COLUMNS.items()
            if (value := _first_value(row, columns)) is not None}
    return dataclasses.replace(doc, **meta)


def _first_value(row: Mapping[str, Any], columns: tuple[str, ...]) -> str | None:
    for column in columns:
        value = row.get(column)
        if isinstance(value, dt.date | dt.datetime):
            return value.isoformat()
        if value not in (None, ""):
            return str(value)
    return None


def month_of(published: str | None) -> str:
    """'2024-07' for a date within one month, else ``UNDATED``."""
    interval = published_interval(published)
    if interval is None or (interval[0].year, interval[0].month) != (interval[1].year,
                                                                     interval[1].month):
        return UNDATED
    return interval[0].strftime("%Y-%m")
