"""User alias tables: names the text never links, mapped to one canonical entity.

The TOML form, one table per entity::

    [[entity]]
    canonical = "JNIM"
    aliases = ["an Islamist group affiliated with al Qaeda"]
"""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import InputError
from factcheck.tomlfile import read_toml

ALIAS_FILE_NAME = "aliases.toml"


def load_alias_toml(path: str | Path) -> dict[str, str]:
    """casefolded alias -> canonical, as the workspace stores it."""
    path = Path(path)
    data = read_toml(path, "alias file")
    table: dict[str, str] = {}
    for number, entity in enumerate(data.get("entity", []), start=1):
        canonical = entity.get("canonical") if isinstance(entity, dict) else None
        aliases = entity.get("aliases", []) if isinstance(entity, dict) else None
        if not isinstance(canonical, str) or not canonical.strip() or not isinstance(aliases, list):
            raise InputError(
                f"{path}: entity {number} needs a canonical name and a list of aliases"
            )
        for alias in aliases:
            table[str(alias).strip().casefold()] = canonical.strip()
    return table
