"""The sides table: the TOML a user writes, the workspace that keeps it, the commands."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import cli
from factcheck.analysis import import_folder_sides
from factcheck.errors import InputError
from factcheck.sides import BUILT_IN, GOVERNMENT, INSURGENT, Side, SideTable, load_sides_toml
from factcheck.workspace import Workspace

from .conftest import FIXTURES


def test_the_fixture_sides_name_wagner_and_mali() -> None:
    table = SideTable.of(load_sides_toml(FIXTURES / "sides.toml")).over(BUILT_IN)
    assert table.sides_in(["50", "russians", "and", "10", "malian", "soldiers"]) == [
        "Wagner/Russian", "Malian"]
    assert table.sides_in(["the", "army"]) == ["Malian"]  # the user's word wins
    assert table.label("Wagner/Russian") == "Wagner/Russian fighters"


@pytest.mark.parametrize(("words", "sides"), [
    ("dozens of rebels", [INSURGENT]),
    ("government troops", [GOVERNMENT]),
    ("the armed forces", [GOVERNMENT]),
    ("villagers", []),
])
def test_built_in_words_name_the_two_generic_sides(words: str, sides: list[str]) -> None:
    assert BUILT_IN.sides_in(words.split()) == sides


def test_a_member_of_several_words_wins_over_its_first_word() -> None:
    table = SideTable.of([Side("RSF", "RSF fighters", ("rapid support forces",)),
                          Side("Rapid", "x", ("rapid",))])
    assert table.sides_in(["the", "rapid", "support", "forces", "said"]) == ["RSF"]


def test_an_inline_list_of_sides_reads_like_side_tables(tmp_path: Path) -> None:
    path = tmp_path / "event.toml"
    path.write_text('id = "drc"\nsides = [ { name = "M23", members = ["M23", "AFC"] },\n'
                    '  { name = "FARDC", members = ["Congolese army"] } ]\n', encoding="utf-8")
    assert load_sides_toml(path) == [Side("M23", "M23 forces", ("m23", "afc")),
                                     Side("FARDC", "FARDC forces", ("congolese army",))]


@pytest.mark.parametrize(("content", "message"), [
    ("[[side]\nname = 'x'", "not valid TOML"),
    ("[[side]]\nmembers = ['a']", "side 1 needs a name"),
    ("[[side]]\nname = 'M23'\nmembers = 'M23'", "side 1 needs"),
    ("[[side]]\nname = 'M23'\nmembers = ['']", "side 1 needs"),
    ("side = 'M23'", "must be a list of tables"),
])
def test_a_bad_sides_file_is_one_line_naming_it(tmp_path: Path, content: str,
                                                message: str) -> None:
    path = tmp_path / "sides.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        load_sides_toml(path)
    assert str(caught.value).startswith(str(path)) and "\n" not in str(caught.value)


def test_the_workspace_keeps_sides_and_a_member_moves_to_the_side_that_names_it_last(
        workspace: Workspace) -> None:
    workspace.set_side(Side("M23", "M23 fighters", ("m23", "rebels")))
    workspace.set_side(Side("DRC", "Congolese soldiers", ("fardc", "congolese", "rebels")))
    assert {s.name: s.members for s in workspace.sides()} == {
        "DRC": ("congolese", "fardc", "rebels"), "M23": ("m23",)}
    table = workspace.side_table()
    assert table.sides_in(["m23", "rebels", "militants"]) == ["M23", "DRC", INSURGENT]


def test_a_folders_sides_file_is_imported_on_analyze(workspace: Workspace) -> None:
    import_folder_sides(workspace, [FIXTURES])
    assert {s.name for s in workspace.sides()} == {"Wagner/Russian", "Malian", "insurgent"}


def test_sides_import_and_list_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    done = runner.invoke(cli.cli, ["sides", "import", str(FIXTURES / "sides.toml"), "-w", db])
    assert done.exit_code == 0, done.output
    assert "imported 3 sides" in done.output
    listed = runner.invoke(cli.cli, ["sides", "list", "-w", db])
    assert "Wagner/Russian\tWagner/Russian fighters\trussian, russians, wagner, wagner group" \
        in listed.output
    bad = runner.invoke(cli.cli, ["sides", "import", str(tmp_path / "none.toml"), "-w", db])
    assert bad.exit_code == 1 and "cannot read sides file" in bad.output


def test_an_older_workspace_keeps_its_pairs_when_they_gain_a_comparison(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Workspace(path, target_version=2) as old:
        old.db.execute("INSERT INTO groups VALUES ('g1', 'label', 1, 0)")
        old.db.execute("INSERT INTO pairs VALUES ('g1', 'a', 'b', 0.9, 'conflicting', "
                       "'numeric-range')")
    with Workspace(path) as upgraded:
        (group,) = upgraded.groups()
        assert [(p.claim_a, p.comparison) for p in group.pairs] == [("a", "")]
    assert sqlite3.connect(path).execute("SELECT count(*) FROM sides").fetchone() == (0,)
