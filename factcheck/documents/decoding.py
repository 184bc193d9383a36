"""Bytes to text: size limit, encoding detection, binary rejection, newline normalisation.

The decoded text is kept character for character (curly quotes stay curly); only line
endings become ``\\n``, because every later offset indexes this text.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import warnings
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

from factcheck.errors import InputError, InputWarning

MAX_BYTES: int = 10 * 1024 * 1024
REPLACEMENT = "\ufffd"

# Checked in order: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Single-byte text that is not UTF-8 is read as cp1252 (a superset of Latin-1's printable
# characters), then Latin-1. charset-normalizer overrides that only when its best guess
# decodes to letters of another script (Cyrillic, Greek, Arabic...), where it is reliable;
# between Western code pages it is not (short English text comes out as cp1250, turning
# "à" into "ŕ"), so text in Turkish or Polish code pages reads with a few wrong letters.
NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")

# Share of control characters above which text counts as binary; tab, newline, vertical
# tab, form feed and carriage return (\x09-\x0d) are layout, not control.
MAX_CONTROL_RATIO: float = 0.1
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_NEWLINES = re.compile(r"\r\n?")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


#: C0 and C1 control characters (ESC and CSI start every terminal escape) -> a visible sign
#: one character long, so offsets into shown text still index the stored text. Tab and
#: newline are layout and stay.
PRINTABLE: dict[int, int] = {
    **{code: 0x2400 + code for code in range(0x20) if chr(code) not in "\t\n"},
    0x7F: 0x2421,
    **{code: 0xFFFD for code in range(0x80, 0xA0)},
}


def printable(text: str) -> str:
    """Text from a document, a name or a file, safe to show on a terminal.

    Stored text keeps every character; only what is shown or printed goes through this.
    """
    return text.translate(PRINTABLE)


#: Characters that show nothing and change no letter (byte-order mark, zero-width and
#: direction marks, bidi overrides, soft hyphen): kept in a document's text, but never in
#: a name a reviewer compares or an alias must match.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
#: How much of a user's value an error line quotes.
QUOTED_CHARS = 60


def without_invisible(text: str) -> str:
    return INVISIBLE.sub("", text)


def quoted(value: str, limit: int = QUOTED_CHARS) -> str:
    """A value for an error line: repr'd (so escapes show), cut to ``limit`` characters."""
    return repr(value) if len(value) <= limit else f"{value[:limit]!r}… ({len(value):,} chars)"


def display_name(path: Path | str) -> str:
    """A file name fit to store and to print on one line.

    Bytes that are not UTF-8 (a name from another system) become U+FFFD and control
    characters their escapes: SQLite refuses the surrogates Python decodes such bytes
    to, and a newline in a name would split a one-line error.
    """
    name = os.fsencode(path).decode("utf-8", "replace")
    return _UNPRINTABLE.sub(lambda match: repr(match[0])[1:-1], name)


def read_text(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """Read and decode a file, turning every way it can fail into one InputError line."""
    return decode(read_regular(path, max_bytes=max_bytes), display_name(path))


def read_regular(path: Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """A regular file's bytes, never more than ``max_bytes``: every failure is one line.

    Opened without blocking and checked on the open file, so a pipe, a device or
    /dev/zero (or a file swapped for one after a check) is refused, not read forever.
    """
    name = display_name(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            status = os.fstat(fd)
            if stat.S_ISDIR(status.st_mode):
                raise InputError(f"{name}: is a folder, not a file")
            if not stat.S_ISREG(status.st_mode):
                raise InputError(f"{name}: is not a regular file (a pipe, socket or device)")
            check_size(status.st_size, name, max_bytes=max_bytes)
            with os.fdopen(os.dup(fd), "rb") as handle:
                data = handle.read(max_bytes + 1)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: cannot read it (permission denied)") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    check_size(len(data), name, max_bytes=max_bytes)  # it grew while being read
    return data


def read_stream(stream: BinaryIO, name: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """Piped input, read only up to the limit: an endless producer is refused at 10 MB."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: is over the {human_size(max_bytes)} limit")
    return data


def decode(data: bytes, name: str) -> str:
    """Decode bytes: byte-order mark, strict UTF-8, another script's code page, cp1252."""
    text = _decode_bytes(data, name)
    check_text(text, name)
    return normalise_newlines(text)


def check_size(size: int, name: str, *, max_bytes: int = MAX_BYTES) -> None:
    """Refuse oversized input before reading it: parsing 100 MB would stall for minutes."""
    if size > max_bytes:
        raise InputError(
            f"{name}: is {size:,} bytes ({human_size(size)}),"
            f" over the {human_size(max_bytes)} limit"
        )


def check_text(text: str, name: str) -> None:
    """Reject empty, whitespace-only and binary-looking text."""
    if not text.strip():
        raise InputError(f"{name}: is empty" if not text else f"{name}: holds only whitespace")
    controls = len(CONTROL_CHARS.findall(text))
    if "\x00" in text or controls / len(text) > MAX_CONTROL_RATIO:
        raise InputError(f"{name}: looks binary, not text (control characters)")


def normalise_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a cut or a bad copy), not text in a single-byte code page.

    A cp1252 or Latin-1 file almost never holds a valid multi-byte UTF-8 sequence; a
    UTF-8 file with one bad byte holds many. More valid sequences than bad bytes: UTF-8.
    """
    text = data.decode("utf-8", "replace")
    bad = text.count(REPLACEMENT)
    valid = sum(1 for char in text if ord(char) > 0x7F and char != REPLACEMENT)
    return 0 < bad <= valid


def _decode_bytes(data: bytes, name: str) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"{name}: is not valid {codec.upper()} text") from None
    if b"\x00" in data:
        raise InputError(f"{name}: looks binary, not text (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _mostly_utf8(data):
        text = data.decode("utf-8", "replace")
        warnings.warn(InputWarning(
            f"{name}: {text.count(REPLACEMENT):,} byte(s) are not UTF-8 (the first at byte "
            f"{first_bad:,}); read as UTF-8 with each shown as {REPLACEMENT}"), stacklevel=2)
        return text
    guess = charset_normalizer.from_bytes(data).best()
    if guess is not None and NON_LATIN_LETTER.search(str(guess)):
        return str(guess)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined
        return data.decode("latin-1")
