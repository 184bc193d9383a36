"""Writing a set of output files that belong together (claims.csv, pairs.csv, export.json).

Targets are checked before any work is done, so a wrong path fails in a second, not
after an analysis: the folder must exist, no two outputs may share a name, and
nothing that is not a regular file (a device, a pipe, a link, a folder) is written
over. The files are then written as partials in the target folder and renamed
only when every one is complete; a commit mark in the folder, written before the
first rename and removed after the last, lets the next write finish a set that a
kill interrupted, so the folder never keeps two halves of different exports.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

from factcheck.documents import display_name
from factcheck.errors import InputError

PARTIAL_SUFFIX: Final = ".partial"
#: lists, one a line, the names whose partials are complete and are being renamed.
COMMIT_MARK: Final = ".factcheck-export.commit"
_CHUNK: Final = 1 << 20
#: partials and the commit mark start with this, so a clean-up removes only our own files.
_PREFIX: Final = ".factcheck-"


def check_targets(paths: Sequence[Path]) -> None:
    """Refuse outputs that cannot or must not be written, before anything is computed."""
    seen: dict[Path, Path] = {}
    for path in paths:
        name = display_name(path)
        folder = path.parent
        if os.path.isdir(path) and not os.path.islink(path):
            raise InputError(f"{name}: is a folder; give a file name such as {name}/claims.csv")
        if not folder.is_dir():
            raise InputError(f"{name}: folder {display_name(folder)} does not exist; create it "
                             "first")
        key = Path(os.path.realpath(folder)) / path.name
        if key in seen:
            raise InputError(f"{name}: would be written twice (it is also where "
                             f"{display_name(seen[key])} goes); choose another name")
        seen[key] = path
        check_replaceable(path)


def check_replaceable(path: Path) -> None:
    """A path may be written over only when it is absent or a regular file (not a link)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InputError(f"{display_name(path)}: cannot check it ({exc.strerror})") from None
    if not stat.S_ISREG(mode):
        kind = "a link" if stat.S_ISLNK(mode) else "not a regular file (a device, pipe or socket)"
        raise InputError(f"{display_name(path)}: is {kind}; refusing to write over it")


def read_head(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes from the start of a regular file; b"" when there is none."""
    try:
        with open(path, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return b""
            return handle.read(limit)
    except OSError:
        return b""


def write_set(files: Mapping[Path, bytes]) -> None:
    """Write every file, or on failure leave the previous set as it was.

    All paths must be in one folder (``check_targets`` has passed).
    """
    folders = {path.parent for path in files}
    assert len(folders) == 1, folders
    folder = folders.pop()
    recover(folder)
    written: list[Path] = []
    try:
        for path, data in files.items():
            partial = _partial(path)
            written.append(partial)
            _write_file(partial, data)
        mark = folder / COMMIT_MARK
        _write_file(_partial(mark), b"".join(os.fsencode(p.name) + b"\n" for p in files))
        os.replace(_partial(mark), mark)
        _fsync_folder(folder)
    except OSError as exc:
        for partial in written:
            partial.unlink(missing_ok=True)
        _partial(folder / COMMIT_MARK).unlink(missing_ok=True)
        raise InputError(f"{display_name(folder)}: cannot write the export "
                         f"({_reason(exc)}); the previous files are unchanged") from None
    recover(folder)


def recover(folder: Path) -> None:
    """Finish a set a kill left half renamed, then remove partials no set will use."""
    mark = folder / COMMIT_MARK
    try:
        names = mark.read_bytes().split(b"\n") if mark.is_file() else []
    except OSError:
        names = []
    try:
        for name in map(os.fsdecode, filter(None, names)):
            partial = _partial(folder / name)
            if partial.is_file():
                check_replaceable(folder / name)
                os.replace(partial, folder / name)
        _fsync_folder(folder)
        mark.unlink(missing_ok=True)
        for partial in folder.glob(f"*{PARTIAL_SUFFIX}"):
            if partial.is_file() and partial.name.startswith(_PREFIX):
                partial.unlink()
    except OSError as exc:
        raise InputError(f"{display_name(folder)}: cannot finish the last export "
                         f"({_reason(exc)})") from None


def _partial(path: Path) -> Path:
    return path.with_name(f"{_PREFIX}{path.name}{PARTIAL_SUFFIX}")


def _write_file(path: Path, data: bytes) -> None:
    """Create or truncate ``path``, write ``data`` whole and flush it to disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view[:_CHUNK]):]
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full; free some space"
    return exc.strerror or str(exc)
