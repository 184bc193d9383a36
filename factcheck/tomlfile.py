"""Reading the small TOML files users write (aliases, keymaps) with one-line errors."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from factcheck.errors import InputError


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """The parsed file; a read or syntax error names the file and what it was meant to be."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read {what} ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from None
