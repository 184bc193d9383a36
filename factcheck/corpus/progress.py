"""The whole run's progress (documents done, rate, ETA) and its closing summary."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from factcheck.corpus.engines import RunSummary


class CorpusProgress:
    """One bar over the archive's documents; the rate counts this run's documents only."""

    def __init__(self, progress: Progress):
        self.progress = progress
        self.task = progress.add_task("documents", total=None, rate="")
        self.started = time.perf_counter()
        self.done_before = 0

    def plan(self, total: int, done: int) -> None:
        self.done_before = done
        self.progress.update(self.task, total=total, completed=done)

    def batch(self, entry: dict[str, Any]) -> None:
        self.progress.advance(self.task, entry["size"])
        now = self.progress.tasks[0].completed - self.done_before
        rate = now / max(time.perf_counter() - self.started, 1e-9)
        self.progress.update(self.task, rate=f"{rate:.2f} docs/s")


@contextmanager
def corpus_progress() -> Iterator[CorpusProgress]:
    console = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True,
                  disable=not console.is_terminal) as progress:
        yield CorpusProgress(progress)


def print_run_summary(summary: RunSummary, out: Path) -> None:
    rate = summary.documents / summary.seconds if summary.seconds else 0.0
    memory = max(summary.peak_rss_mb.values(), default=0.0)
    click.echo(
        f"{summary.documents} documents, {summary.claims} claims, {summary.bad} bad "
        f"in {summary.batches} batches ({summary.resumed} done before) in "
        f"{summary.seconds:.1f} s ({rate:.2f} docs/s, {summary.engine} x{summary.workers}, "
        f"peak {memory:.0f} MB per worker) -> {out}"
    )
    if summary.bad:
        click.echo(f"{summary.bad} document(s) could not be analysed; see: factcheck corpus "
                   f"query {out} \"SELECT source, reason FROM bad\"", err=True)
