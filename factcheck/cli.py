"""The ``factcheck`` command. Each command opens the workspace, calls the library, prints."""

from __future__ import annotations

import functools
import importlib.metadata
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from factcheck import __version__, nlp
from factcheck.documents import display_name, printable
from factcheck.errors import FactcheckError
from factcheck.workspace import DEFAULT_PATH, Workspace, workspace_error

if TYPE_CHECKING:
    from factcheck.analysis import AnalysisReport


def reports_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """A user mistake becomes one line on stderr and exit 1, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except FactcheckError as exc:
            raise click.ClickException(printable(str(exc))) from None
        except sqlite3.Error as exc:  # the workspace failed mid-command: damaged, full, locked
            error = workspace_error(kwargs.get("workspace", DEFAULT_PATH), exc)
            raise click.ClickException(printable(str(error))) from None
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


#: Entry-point group through which other packages (the terminal app, the benchmarks) add commands.
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
    help="Write claims.csv here, with pairs.csv, conflicts.csv and export.json beside it.",
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
    from factcheck.export import export_paths
    from factcheck.pipeline import analyze_and_align
    from factcheck.progress import analysis_progress, print_alignment, print_summary

    if csv_path is not None:
        export_paths(csv_path)
    with Workspace(workspace) as ws:
        with analysis_progress() as progress:
            run = analyze_and_align(ws, paths, models_dir=models_dir, parse_mode=parse_mode,
                                    embedding_model=embedding_model, stdin=sys.stdin,
                                    on_stage=progress.stage, on_document=progress.document,
                                    on_step=progress.step)
        print_summary(run.report, workspace)
        _print_decisions(run.report)
        print_alignment(run.groups)
        if csv_path is not None:
            _export(ws, csv_path)
    if run.report.skipped:
        sys.exit(2)


def _print_decisions(report: AnalysisReport) -> None:
    """What became of the reviewers' decisions; silent when nothing happened to them."""
    parts = [f"{count} {what}" for count, what in (
        (report.reattached, "reviews re-attached to claims with new ids"),
        (report.orphaned, "reviews could not be placed (factcheck review orphans)"),
        (report.replaced, "edited documents replaced their old version"),
        (report.aliases_kept, "aliases.toml entries not applied: your own merge or split wins"),
    ) if count]
    if parts:
        click.echo("; ".join(parts))


def _export(ws: Workspace, csv_path: Path) -> None:
    from factcheck.export import write_export

    done = write_export(ws, csv_path)
    click.echo(f"{done.rows} rows ({done.claims} claims) -> {display_name(done.claims_csv)}; "
               f"{done.comparison_rows} comparison rows -> {display_name(done.conflicts_csv)}; "
               f"{done.pairs} pairs -> {display_name(done.pairs_csv)}; "
               f"provenance -> {display_name(done.export_json)}")


@cli.command()
@workspace_option
@click.option("--csv", "csv_path", required=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="claims.csv to write; pairs.csv, conflicts.csv, export.json go beside it.")
@reports_errors
def export(workspace: Path, csv_path: Path) -> None:
    """Write the comparison CSV: one row per claim and number, every review status kept.

    A cell a spreadsheet would run as a formula starts with ' (export.json says how).

    Example:

        factcheck export --workspace mali.db --csv out/claims.csv
    """
    if not workspace.is_file():
        raise click.ClickException(f"{display_name(workspace)}: no such workspace; "
                                   "run factcheck analyze")
    from factcheck.export import export_paths

    export_paths(csv_path)
    with Workspace(workspace) as ws:
        _export(ws, csv_path)


@cli.command()
@workspace_option
@click.option("--html", "html_path", required=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write: one self-contained page, readable offline.")
@reports_errors
def report(workspace: Path, html_path: Path) -> None:
    """Write the page an editor can be sent: per event, who says how many of what.

    Comparison tables, range charts, each claim's sentence with speaker, cue and content
    marked, review statuses and notes; no script, nothing loaded from elsewhere.

    Example:

        factcheck report --html out/mali.html --workspace mali.db
    """
    from factcheck.report.build import write_report

    if not workspace.is_file():
        raise click.ClickException(f"{workspace}: no such workspace; run factcheck analyze")
    with Workspace(workspace) as ws:
        done = write_report(ws, html_path)
    click.echo(f"{done.events} events ({done.conflicting_events} with disagreeing numbers), "
               f"{done.claims} claims -> {done.path}")


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
        click.echo(f"  {m.processor:<9} {m.name:<20} {m.state:<8} {m.path}")
    if not all(m.state == nlp.PRESENT for m in files):
        raise click.ClickException(f"models missing or damaged: {nlp.FIX_HINT}")
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
    click.echo(f"fingerprint: {nlp.fingerprint(target)}")


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
            click.echo(printable(f"{alias}\t{canonical}"))


@cli.group()
def sides() -> None:
    """Manage the sides table: which names count people on which side of a conflict."""


@sides.command("import")
@click.argument("toml_file", type=click.Path(dir_okay=False, path_type=Path))
@workspace_option
@reports_errors
def sides_import(toml_file: Path, workspace: Path) -> None:
    """Import sides from a TOML file ([[side]] name = "...", members = [...], label = "...").

    Example:

        factcheck sides import fixtures/sides.toml
    """
    from factcheck.sides import load_sides_toml

    found = load_sides_toml(toml_file)
    with Workspace(workspace) as ws:
        for side in found:
            ws.set_side(side, origin=str(toml_file))
    click.echo(f"imported {len(found)} sides; run `factcheck analyze` again to apply them")


@sides.command("list")
@workspace_option
@reports_errors
def sides_list(workspace: Path) -> None:
    """Print each side, its label and its members.

    Example:

        factcheck sides list
    """
    with Workspace(workspace) as ws:
        for side in ws.sides():
            click.echo(f"{side.name}\t{side.label}\t{', '.join(side.members)}")


@cli.group()
def review() -> None:
    """See what became of review decisions."""


@review.command("orphans")
@workspace_option
@reports_errors
def review_orphans(workspace: Path) -> None:
    """List decisions re-analysis could not place: reviews whose claim is gone, lost moves.

    Each line: status, source, speakers, cue, "content", reason, note. Exits 0.

    Example:

        factcheck review orphans --workspace mali.db
    """
    from factcheck.decisions import orphans

    if not workspace.is_file():
        raise click.ClickException(f"{workspace}: no such workspace; run factcheck analyze")
    with Workspace(workspace) as ws:
        found = orphans(ws)
    for o in found:
        note = f"\tnote: {o.note}" if o.note else ""
        click.echo(f"{o.status.value}\t{o.source}\t{o.speakers} {o.cue} \"{o.content}\"\t"
                   f"{o.reason}{note}")
    click.echo(f"{len(found)} orphaned decisions", err=True)


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
