"""User alias tables: names the text never links, mapped to one canonical entity.

The TOML form, one table per entity::

    [[entity]]
    canonical = "JNIM"
    aliases = ["an Islamist group affiliated with al Qaeda"]

Every value is checked: a wrong type, an empty or one-letter alias (it would match a
pronoun or an initial) is one line naming the file and the entity. Invisible characters
(a byte-order mark, bidi overrides) are dropped from names, so "JNIM" typed in another
editor is still "JNIM".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from factcheck.documents.decoding import display_name, quoted, without_invisible
from factcheck.errors import InputError
from factcheck.tomlfile import read_toml

ALIAS_FILE_NAME = "aliases.toml"
#: Shorter aliases would turn every "I" or "A." into that entity.
MIN_ALIAS_CHARS: Final = 2


def load_alias_toml(path: str | Path) -> dict[str, str]:
    """casefolded alias -> canonical, as the workspace stores it."""
    path = Path(path)
    name = display_name(path)
    entities = read_toml(path, "alias file").get("entity", [])
    if not isinstance(entities, list):
        raise InputError(f"{name}: 'entity' must be [[entity]] tables, not "
                         f"{_kind(entities)}")
    table: dict[str, str] = {}
    for number, entity in enumerate(entities, start=1):
        canonical, aliases = _entity(name, number, entity)
        for alias in aliases:
            table[alias.casefold()] = canonical
    return table


def _entity(name: str, number: int, entity: Any) -> tuple[str, list[str]]:
    where = f"{name}: entity {number}"
    canonical = entity.get("canonical") if isinstance(entity, dict) else None
    aliases = entity.get("aliases", []) if isinstance(entity, dict) else None
    if not isinstance(canonical, str) or not clean(canonical) or not isinstance(aliases, list):
        raise InputError(f"{where} needs a canonical name and a list of aliases")
    names = []
    for alias in aliases:
        if not isinstance(alias, str):
            raise InputError(f"{where}: alias {alias!r} is {_kind(alias)}; write it in quotes")
        if len(clean(alias)) < MIN_ALIAS_CHARS:
            raise InputError(f"{where}: alias {quoted(alias)} is too short to match safely "
                             f"(at least {MIN_ALIAS_CHARS} letters)")
        names.append(clean(alias))
    return clean(canonical), names


def clean(value: str) -> str:
    """A name as it is compared: no invisible characters, no surrounding space."""
    return without_invisible(value).strip()


def _kind(value: Any) -> str:
    return {bool: "true/false", int: "a number", float: "a number", dict: "a table",
            list: "a list"}.get(type(value), type(value).__name__)
