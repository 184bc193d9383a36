"""Turn a file, a folder or pasted text into Document records."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck.documents.decoding import (
    MAX_BYTES,
    check_size,
    check_text,
    normalise_newlines,
    read_text,
)
from factcheck.documents.frontmatter import split_front_matter
from factcheck.documents.html import extract_html
from factcheck.documents.wire import split_wire
from factcheck.errors import InputError
from factcheck.records import Document

# Suffix -> whether the file is a web page (else plain text, Markdown included).
SUFFIXES: dict[str, bool] = {".txt": False, ".md": False, ".html": True, ".htm": True}
SUPPORTED = ", ".join(SUFFIXES)


def load_path(path: Path | str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Load one .txt/.md (optional front matter) or .html/.htm article."""
    path = Path(path)
    is_html = SUFFIXES.get(path.suffix.lower())
    if is_html is None:
        kind = f"'{path.suffix}' files" if path.suffix else "files without a suffix"
        raise InputError(f"{path}: cannot read {kind}; use {SUPPORTED}")
    text = read_text(path, max_bytes=max_bytes)
    meta, body = (extract_html if is_html else split_front_matter)(text, str(path))
    return _document(body, str(path), meta)


def load_text(text: str, *, source: str = "<stdin>", max_bytes: int = MAX_BYTES) -> Document:
    """Load pasted or piped text; front matter and wire conventions apply as for a file."""
    check_size(len(text.encode("utf-8", "surrogatepass")), source, max_bytes=max_bytes)
    text = text.removeprefix("\ufeff")
    check_text(text, source)
    meta, body = split_front_matter(normalise_newlines(text), source)
    return _document(body, source, meta)


def iter_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Expand folders into their supported files, sorted, hidden ones skipped, each once.

    A file named outright is passed on whatever its suffix, so load_path can say why it
    is refused; a folder holding no supported file is an error, not silence.
    """
    seen: set[Path] = set()
    for given in map(Path, paths):
        found = list(_walk(given)) if given.is_dir() else [given]
        if not found:
            raise InputError(f"{given}: no {SUPPORTED} files in this folder")
        for path in found:
            if (key := path.resolve()) not in seen:
                seen.add(key)
                yield path


def _walk(root: Path) -> Iterator[Path]:
    for folder, subfolders, files in os.walk(root, onerror=_unreadable_folder):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(folder, name)


def _unreadable_folder(error: OSError) -> None:
    raise InputError(f"{error.filename}: cannot read this folder ({error.strerror})")


def _document(body: str, source: str, meta: dict[str, str]) -> Document:
    parts = split_wire(body)
    if not parts.body.strip():
        raise InputError(f"{source}: has no article text besides its header and trailer lines")
    return Document(
        text=parts.body,
        source=source,
        title=meta.get("title"),
        outlet=meta.get("outlet") or parts.outlet,
        url=meta.get("url"),
        published=meta.get("published"),
        dateline=parts.dateline,
        byline=parts.byline,
    )
