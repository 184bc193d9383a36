"""Turn a file, a folder or pasted text into Document records."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from factcheck.documents.decoding import (
    MAX_BYTES,
    check_size,
    check_text,
    decode,
    display_name,
    normalise_newlines,
    read_stream,
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

#: Told of a folder that cannot be read or holds no article: (the folder, why).
FolderErrorHandler = Callable[[Path, InputError], None]


def load_path(path: Path | str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Load one .txt/.md (optional front matter) or .html/.htm article."""
    path = Path(path)
    name = display_name(path)
    is_html = SUFFIXES.get(path.suffix.lower())
    if is_html is None:
        if not os.path.lexists(path):
            raise InputError(f"{name}: no such file")
        suffix = display_name(path.suffix)
        kind = f"'{suffix}' files" if suffix else "files without a suffix"
        raise InputError(f"{name}: cannot read {kind}; use {SUPPORTED}")
    text = read_text(path, max_bytes=max_bytes)
    meta, body = (extract_html if is_html else split_front_matter)(text, name)
    return _document(body, name, meta)


def load_stream(stream: BinaryIO, *, source: str = "<stdin>",
                max_bytes: int = MAX_BYTES) -> Document:
    """Load piped bytes, decoded as a file's are (UTF-16, cp1252 ... read as from disk)."""
    text = decode(read_stream(stream, source, max_bytes=max_bytes), source)
    meta, body = split_front_matter(text, source)
    return _document(body, source, meta)


def load_text(text: str, *, source: str = "<stdin>", max_bytes: int = MAX_BYTES) -> Document:
    """Load pasted or piped text; front matter and wire conventions apply as for a file."""
    check_size(len(text.encode("utf-8", "surrogatepass")), source, max_bytes=max_bytes)
    text = text.removeprefix("\ufeff")
    check_text(text, source)
    meta, body = split_front_matter(normalise_newlines(text), source)
    return _document(body, source, meta)


def iter_paths(paths: Iterable[Path | str], *,
               on_error: FolderErrorHandler | None = None) -> Iterator[Path]:
    """Expand folders into their supported files, sorted, hidden ones skipped, each once.

    A file named outright is passed on whatever its suffix, so load_path can say why it
    is refused; a folder holding no supported file, or one that cannot be read, is an
    error, not silence. Without ``on_error`` it is raised; with it, it is handed there
    and the rest (the folder's readable files included) goes on.
    """
    seen: set[str] = set()
    for given in map(Path, paths):
        problems: list[tuple[Path, InputError]] = []
        found = list(_walk(given, problems)) if given.is_dir() else [given]
        if not found and not problems:
            error = InputError(f"{display_name(given)}: no {SUPPORTED} files in this folder")
            problems.append((given, error))
        for folder, error in problems:
            if on_error is None:
                raise error
            on_error(folder, error)
        for path in found:
            # realpath, not Path.resolve: that raises on a symlink loop, which load_path reports
            if (key := os.path.realpath(path)) not in seen:
                seen.add(key)
                yield path


def _walk(root: Path, problems: list[tuple[Path, InputError]]) -> Iterator[Path]:
    def unreadable(error: OSError) -> None:
        folder = Path(error.filename)
        message = f"{display_name(folder)}: cannot read this folder ({error.strerror})"
        problems.append((folder, InputError(message)))

    for folder, subfolders, files in os.walk(root, onerror=unreadable):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                yield Path(folder, name)


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
