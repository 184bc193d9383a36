"""A folder of stanza parses so that a benchmark parses each article once, ever.

Parsing is the slow step (about 1,000 words/s on CPU) and its output depends
only on the text and the models, so a parse is stored under
``<folder>/<model fingerprint>/<text sha256>.stanza`` with a small JSON file
beside it that keeps how long the original parse took: a cached run can still
report parse cost honestly.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_cache_dir

from factcheck import nlp

DEFAULT_FOLDER: Path = Path(user_cache_dir("factcheck")) / "parses"


@dataclass(frozen=True, slots=True)
class CachedParse:
    doc: Any
    parse_seconds: float
    from_cache: bool


def _write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file so a reader never sees half a parse."""
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
        handle.write(data)
    os.replace(handle.name, path)


class ParseCache:
    def __init__(self, folder: str | os.PathLike[str], fingerprint: str,
                 mode: str = nlp.DEFAULT_PARSE_MODE) -> None:
        self.folder = Path(folder).expanduser() / fingerprint
        self.fingerprint = fingerprint
        self.mode = mode

    def _paths(self, text: str) -> tuple[Path, Path]:
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return self.folder / f"{key}.stanza", self.folder / f"{key}.json"

    def load(self, text: str) -> CachedParse | None:
        """The stored parse of ``text``, or None when absent or unreadable (then it is redone)."""
        doc_path, meta_path = self._paths(text)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            doc = nlp.deserialize(doc_path.read_bytes())
        except (OSError, ValueError, KeyError):
            return None
        if doc.text != text:
            return None
        return CachedParse(doc, float(meta.get("parse_seconds", 0.0)), from_cache=True)

    def store(self, text: str, doc: Any, parse_seconds: float) -> None:
        doc_path, meta_path = self._paths(text)
        self.folder.mkdir(parents=True, exist_ok=True)
        _write_atomic(doc_path, nlp.serialize(doc))
        meta = {"parse_seconds": parse_seconds, "fingerprint": self.fingerprint,
                "characters": len(text), "stored_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        _write_atomic(meta_path, json.dumps(meta).encode("utf-8"))


def parse_cached(text: str, cache: ParseCache) -> CachedParse:
    """The parse of ``text``, from the cache or made now and stored; load time is not parse time."""
    found = cache.load(text)
    if found is not None:
        return found
    nlp.get_pipeline()
    started = time.perf_counter()
    doc = nlp.parse(text, mode=cache.mode)
    seconds = time.perf_counter() - started
    cache.store(text, doc, seconds)
    return CachedParse(doc, seconds, from_cache=False)
