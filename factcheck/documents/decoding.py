"""Bytes to text: size limit, encoding detection, binary rejection, newline normalisation.

The decoded text is kept character for character (curly quotes stay curly); only line
endings become ``\\n``, because every later offset indexes this text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

from factcheck.errors import InputError

MAX_BYTES: int = 10 * 1024 * 1024

# Checked in order: the UTF-32 LE mark starts with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Short English text gives charset-normalizer ties between Western code pages (cp1250 and
# cp1252 decode "café" alike but "à" differently); news files that are not UTF-8 are
# overwhelmingly cp1252, so it wins any tie it is part of. Latin-1 text decodes the same.
PREFERRED_ENCODINGS: tuple[str, ...] = ("cp1252",)

# Share of control characters above which text counts as binary; tab, newline, vertical
# tab, form feed and carriage return (\x09-\x0d) are layout, not control.
MAX_CONTROL_RATIO: float = 0.1
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_NEWLINES = re.compile(r"\r\n?")


def read_text(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """Read and decode a file, turning every way it can fail into one InputError line."""
    try:
        check_size(path.stat().st_size, str(path), max_bytes=max_bytes)
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: cannot read it (permission denied)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    return decode(data, str(path))


def decode(data: bytes, name: str) -> str:
    """Decode bytes: byte-order mark, then strict UTF-8, then charset-normalizer's guess."""
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
    except UnicodeDecodeError:
        pass
    encoding = _guess_encoding(data)
    if encoding is None:
        raise InputError(f"{name}: looks binary, not text (no text encoding fits)")
    return data.decode(encoding)


def _guess_encoding(data: bytes) -> str | None:
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if (
            match.encoding in PREFERRED_ENCODINGS
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence
        ):
            return match.encoding
    return best.encoding
