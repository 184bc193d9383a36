"""The user's alias file: what it maps, and one-line errors for what it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.aliases import load_alias_toml
from factcheck.errors import InputError

from .conftest import FIXTURES


def test_the_fixture_alias_file_maps_casefolded_aliases_to_canonicals() -> None:
    table = load_alias_toml(FIXTURES / "aliases.toml")
    assert table["an islamist group affiliated with al qaeda"] == "JNIM"


@pytest.mark.parametrize(("content", "message"), [
    ("[[entity]\ncanonical = 'x'", "not valid TOML"),
    ("[[entity]]\naliases = ['a']", "entity 1 needs a canonical name"),
    ("[[entity]]\ncanonical = 'JNIM'\naliases = 'not a list'", "entity 1 needs"),
])
def test_a_bad_alias_file_is_one_line_naming_it(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        load_alias_toml(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_a_missing_alias_file_says_it_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read alias file"):
        load_alias_toml(tmp_path / "nope.toml")
