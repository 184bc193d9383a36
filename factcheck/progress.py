"""Terminal progress and the closing summary of ``factcheck analyze``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from factcheck.analysis import STAGES, AnalysisReport
from factcheck.documents import display_name, printable
from factcheck.records import ClaimGroup


class AnalysisProgress:
    """One bar over the documents and one over the stages of the document in hand."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.documents = progress.add_task("documents", total=None)
        self.current = progress.add_task("", total=len(STAGES))
        self.doing = ""

    def stage(self, stage: str, source: str) -> None:
        done = STAGES.index(stage) if stage in STAGES else len(STAGES)  # alignment comes last
        self.doing = f"{stage:<8} {printable(Path(source).name)}"
        self.progress.update(self.current, completed=done, description=self.doing)

    def step(self, detail: str) -> None:
        """What the stage is doing now: a processor and the sentences it has."""
        self.progress.update(self.current, description=f"{self.doing} · {detail}")

    def document(self, done: int, total: int) -> None:
        self.progress.update(self.documents, completed=done, total=total)
        self.progress.update(self.current, completed=len(STAGES))


@contextmanager
def analysis_progress() -> Iterator[AnalysisProgress]:
    console = Console(stderr=True)
    columns = (TextColumn("{task.description:<60}", markup=False), BarColumn(),
               MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True,
                  disable=not console.is_terminal) as progress:
        yield AnalysisProgress(progress)


def print_summary(report: AnalysisReport, workspace: Path) -> None:
    click.echo(
        f"{report.documents} documents, {report.sentences} sentences, {report.entities} entities, "
        f"{report.claims} claims ({report.non_claims} non-claims) in {report.seconds:.1f} s "
        f"(parsed {report.parsed}, from cache {report.cached}) -> {display_name(workspace)}"
    )
    for note in report.notes:
        click.echo(f"note: {printable(note)}", err=True)
    for skipped in report.skipped:
        click.echo(f"skipped: {printable(skipped.reason)}", err=True)
    if report.skipped:
        click.echo(f"{len(report.skipped)} file(s) skipped", err=True)


def print_alignment(groups: Sequence[ClaimGroup]) -> None:
    conflicts = sum(g.has_conflict for g in groups)
    click.echo(f"aligned into {len(groups)} groups, {conflicts} with conflicting numbers")
