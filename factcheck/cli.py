"""The ``factcheck`` command. Each command opens the workspace, calls the library, prints."""

from __future__ import annotations

import functools
import importlib.metadata
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from factcheck import __version__, nlp
from factcheck.bench.align import align_command
from factcheck.bench.fuzz import fuzz_command
from factcheck.bench.polnear import polnear_command
from factcheck.bench.speed import speed_command
from factcheck.errors import FactcheckError
from factcheck.workspace import DEFAULT_PATH, Workspace


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """A user mistake becomes one line on stderr and exit 1, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactcheckError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; finished documents are saved") from None

    return wrapper


workspace_option = click.option(
    "--workspace", "-w", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_PATH,
    show_default=True, envvar="FACTCHECK_WORKSPACE", help="SQLite workspace file.",
)
models_option = click.option(
    "--models", "models_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="stanza resources folder (default: $STANZA_RESOURCES_DIR, else ~/stanza_resources).",
)


#: Entry-point group through which other packages (the terminal app) add commands.
PLUGIN_GROUP = "factcheck.commands"


@functools.cache
def _plugins() -> dict[str, importlib.metadata.EntryPoint]:
    return {ep.name: ep for ep in importlib.metadata.entry_points(group=PLUGIN_GROUP)}


class PluginGroup(click.Group):
    """A group that also offers the commands plugged in under PLUGIN_GROUP, loaded on use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_plugins()})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is None and name in _plugins():
            command = _plugins()[name].load()
        return command


@click.group(cls=PluginGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Who claims what, across news sources, and where the numbers disagree."""


csv_option = click.option(
    "--csv", "csv_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Write claims.csv here, with pairs.csv and export.json beside it.",
)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@workspace_option
@models_option
@csv_option
@click.option("--embedding-model", default=None,
              help="sentence-transformers model name or folder [default: all-MiniLM-L6-v2].")
@click.option("--parse", "parse_mode", type=click.Choice(nlp.PARSE_MODES),
              default=nlp.DEFAULT_PARSE_MODE, show_default=True, envvar="FACTCHECK_PARSE",
              help="selective: depparse only sentences that can hold an attribution; full: all.")
@reports_errors
def analyze(paths: tuple[Path, ...], workspace: Path, models_dir: Path | None,
            csv_path: Path | None, embedding_model: str | None, parse_mode: str) -> None:
    """Analyse articles (files or folders, recursively; - reads stdin) into the workspace.

    A folder's aliases.toml is imported first. Unchanged documents are not parsed again.
    Claims are then aligned across documents. Exits 2 when a file was skipped.

    Example:

        factcheck analyze fixtures/ --workspace mali.db --csv out/claims.csv
    """
    from factcheck.analysis import analyze_paths
    from factcheck.progress import analysis_progress, print_summary

    with Workspace(workspace) as ws:
        with analysis_progress() as progress:
            report = analyze_paths(ws, paths, models_dir=models_dir, parse_mode=parse_mode,
                                   stdin=sys.stdin, on_stage=progress.stage,
                                   on_document=progress.document)
        print_summary(report, workspace)
        _align_and_export(ws, embedding_model, csv_path)
    if report.skipped:
        sys.exit(2)


def _align_and_export(ws: Workspace, model: str | None, csv_path: Path | None) -> None:
    from factcheck.align import align_workspace

    groups = align_workspace(ws, model=model)
    conflicts = sum(g.has_conflict for g in groups)
    click.echo(f"aligned into {len(groups)} groups, {conflicts} with conflicting numbers")
    if csv_path is not None:
        _export(ws, csv_path)


def _export(ws: Workspace, csv_path: Path) -> None:
    from factcheck.export import write_export

    done = write_export(ws, csv_path)
    click.echo(f"{done.rows} rows ({done.claims} claims) -> {done.claims_csv}; "
               f"{done.pairs} pairs -> {done.pairs_csv}; provenance -> {done.export_json}")


@cli.command()
@workspace_option
@click.option("--csv", "csv_path", required=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="claims.csv to write; pairs.csv and export.json go beside it.")
@reports_errors
def export(workspace: Path, csv_path: Path) -> None:
    """Write the comparison CSV: one row per claim and number, every review status kept.

    A cell a spreadsheet would run as a formula starts with ' (export.json says how).

    Example:

        factcheck export --workspace mali.db --csv out/claims.csv
    """
    if not workspace.is_file():
        raise click.ClickException(f"{workspace}: no such workspace; run factcheck analyze")
    with Workspace(workspace) as ws:
        _export(ws, csv_path)


@cli.group()
def models() -> None:
    """Check or fetch the stanza models factcheck parses with."""


@models.command("status")
@models_option
@reports_errors
def models_status(models_dir: Path | None) -> None:
    """List each processor's model, present or missing; exit 1 if any is missing.

    Example:

        factcheck models status
    """
    files = nlp.model_files(models_dir)
    click.echo(f"stanza resources: {nlp.resources_dir(models_dir)}")
    for m in files:
        state = "present" if m.present else "MISSING"
        click.echo(f"  {m.processor:<9} {m.name:<20} {state:<8} {m.path}")
    if not all(m.present for m in files):
        raise click.ClickException(f"models missing: {nlp.FIX_HINT}")
    click.echo(f"fingerprint: {nlp.fingerprint(models_dir)}")


@models.command("download")
@models_option
@reports_errors
def models_download(models_dir: Path | None) -> None:
    """Download the official English stanza models with stanza's own downloader.

    Example:

        factcheck models download --models ~/stanza_resources
    """
    from factcheck.modelfetch import download_models

    target = download_models(models_dir)
    click.echo(f"models ready in {target}")


@cli.group()
def aliases() -> None:
    """Manage the alias table that maps names to one canonical speaker."""


@aliases.command("import")
@click.argument("toml_file", type=click.Path(dir_okay=False, path_type=Path))
@workspace_option
@reports_errors
def aliases_import(toml_file: Path, workspace: Path) -> None:
    """Import aliases from a TOML file ([[entity]] canonical = "...", aliases = [...]).

    Example:

        factcheck aliases import fixtures/aliases.toml
    """
    from factcheck.aliases import load_alias_toml

    table = load_alias_toml(toml_file)
    with Workspace(workspace) as ws:
        for alias, canonical in table.items():
            ws.set_alias(alias, canonical, origin=str(toml_file))
    click.echo(f"imported {len(table)} aliases; run `factcheck analyze` again to apply them")


@aliases.command("list")
@workspace_option
@reports_errors
def aliases_list(workspace: Path) -> None:
    """Print the alias table, alias -> canonical.

    Example:

        factcheck aliases list
    """
    with Workspace(workspace) as ws:
        for alias, canonical in ws.aliases().items():
            click.echo(f"{alias}\t{canonical}")


@cli.group()
def bench() -> None:
    """Measure speed and accuracy."""


bench.add_command(align_command, "align")
bench.add_command(polnear_command, "polnear")
bench.add_command(fuzz_command, "fuzz")
bench.add_command(speed_command, "speed")


# Corpus scale (factcheck.corpus): an archive on Ray into Parquet, aligned, queried, sliced.
@cli.group()
def corpus() -> None:
    """Analyse an archive at scale into Parquet, align, query and slice it (extra: scale)."""


@corpus.command("analyze")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Corpus folder; a rerun resumes it.")
@click.option("--engine", type=click.Choice(["ray", "local"]), default="ray", show_default=True)
@click.option("--address", default=None, help="Ray cluster address [default: a local runtime].")
@click.option("--workers", default=2, show_default=True, help="Workers (one CPU each).")
@click.option("--batch-size", default=8, show_default=True, help="Documents per batch.")
@click.option("--partition", type=click.Choice(["month", "file"]), default="month",
              show_default=True, help="Partition tables by publication month or source file.")
@click.option("--torch-threads", default=1, show_default=True, help="Threads per worker.")
@models_option
@click.option("--embedding-model", default=None, help="sentence-transformers model.")
@click.option("--parse", "parse_mode", type=click.Choice(nlp.PARSE_MODES),
              default=nlp.DEFAULT_PARSE_MODE, show_default=True)
@reports_errors
def corpus_analyze(sources: tuple[Path, ...], out: Path, **options: Any) -> None:
    """Analyse folders of articles, .jsonl or .parquet files into OUT as Parquet.

    Example:

        factcheck corpus analyze archive/ --out corpus/ --workers 4
    """
    from factcheck.corpus.engines import analyze_corpus
    from factcheck.corpus.progress import corpus_progress, print_run_summary

    with corpus_progress() as progress:
        summary = analyze_corpus(sources, out, on_plan=progress.plan, on_batch=progress.batch,
                                 **options)
    print_run_summary(summary, out)


@corpus.command("align")
@click.argument("root", type=click.Path(file_okay=False, path_type=Path))
@reports_errors
def corpus_align(root: Path) -> None:
    """Group the corpus's claims (blocked keys plus faiss neighbours) into ROOT/align.

    Example:

        factcheck corpus align corpus/
    """
    from factcheck.corpus.align import align_corpus

    done = align_corpus(root)
    click.echo(f"{done.claims} claims into {done.groups} groups, {done.conflicting} with "
               f"conflicting numbers, {done.pairs} pairs in {done.seconds:.1f} s")


@corpus.command("query")
@click.argument("root", type=click.Path(file_okay=False, path_type=Path))
@click.argument("sql")
@reports_errors
def corpus_query(root: Path, sql: str) -> None:
    """Run SQL over the views documents, claims, quantities, bad, groups, members, pairs, places.

    Example:

        factcheck corpus query corpus/ "SELECT month, count(*) FROM documents GROUP BY 1"
    """
    from factcheck.corpus.query import run_query

    columns, rows = run_query(root, sql)
    click.echo("\t".join(columns))
    for row in rows:
        click.echo("\t".join("" if v is None else str(v) for v in row))


@corpus.command("open")
@click.argument("root", type=click.Path(file_okay=False, path_type=Path))
@click.option("--where", required=True, help="SQL condition on document columns and place.")
@workspace_option
@reports_errors
def corpus_open(root: Path, where: str, workspace: Path) -> None:
    """Copy the matching documents and their claims into a new workspace the app opens.

    Example:

        factcheck corpus open corpus/ --where "place = 'Tinzaouaten' AND month = '2024-07'" -w s.db
    """
    from factcheck.corpus.query import open_slice

    done = open_slice(root, where, workspace)
    click.echo(f"{done.documents} documents, {done.claims} claims, {done.groups} groups "
               f"-> {done.workspace}")


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    cli(prog_name="factcheck")
