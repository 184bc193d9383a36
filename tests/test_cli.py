"""The CLI as a newcomer meets it: help everywhere, one-line errors, a summary."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from factcheck.cli import cli

from .conftest import FIXTURES


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    context = click.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize(("path", "command"), list(all_commands(cli)),
                         ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_has_help_with_an_example(path, command) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    if not isinstance(command, click.Group):
        assert "Example:" in result.output


def test_models_status_lists_every_processor_and_fails_when_missing(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["models", "status", "--models", str(tmp_path)])
    assert result.exit_code == 1
    for processor in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner"):
        assert processor in result.output
    assert "factcheck models download" in result.output


def test_analyze_without_models_is_one_line_naming_the_fix(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["analyze", str(FIXTURES), "--models", str(tmp_path), "-w", str(tmp_path / "w.db")]
    )
    assert result.exit_code == 1
    assert "factcheck models download" in result.output
    assert "Traceback" not in result.output


def test_models_download_into_a_read_only_folder_says_so(tmp_path: Path) -> None:
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o500)
    result = CliRunner().invoke(cli, ["models", "download", "--models", str(target)])
    target.chmod(0o700)
    assert result.exit_code == 1
    assert "Traceback" not in result.output


def test_a_corrupt_workspace_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "w.db"
    bad.write_bytes(b"not sqlite at all" * 200)
    result = CliRunner().invoke(cli, ["aliases", "list", "-w", str(bad)])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "is not a factcheck workspace" in result.output


@pytest.mark.stanza
def test_analyze_prints_a_summary_and_exits_2_when_a_file_was_skipped(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "story.txt").write_text("Officials said 12 people were hurt.\n")
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path), "-w", str(tmp_path / "w.db")])
    assert result.exit_code == 2
    assert "1 documents" in result.output and "sentences" in result.output
    assert "binary.txt" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("command", ["tui", "bench"])
def test_the_app_and_benchmarks_are_plugged_in_through_the_entry_point(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output
