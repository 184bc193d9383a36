"""Reading the small TOML files users write (aliases, keymaps) with one-line errors."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Final

from factcheck.documents.decoding import display_name, read_regular
from factcheck.errors import InputError

#: An alias table or keymap is a few KB; more is a wrong file (or /dev/zero), not read whole.
MAX_TOML_BYTES: Final = 1024 * 1024


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """The parsed file; a read or syntax error names the file and what it was meant to be."""
    name = display_name(path)
    try:
        text = read_regular(path, max_bytes=MAX_TOML_BYTES).decode("utf-8")
        return tomllib.loads(text)
    except InputError as exc:
        reason = str(exc).removeprefix(f"{name}: ")
        raise InputError(f"{name}: cannot read {what} ({reason})") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: cannot read {what} (not UTF-8: {exc.reason} at byte "
                         f"{exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{name}: not valid TOML ({exc})") from None
