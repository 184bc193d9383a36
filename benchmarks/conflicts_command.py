"""``factcheck bench conflicts``: the real-conflict-reporting benchmark from the command line."""

from __future__ import annotations

from pathlib import Path

import click

from benchmarks.conflict_scoring import (
    load_events,
    misses_report,
    predict,
    score,
    table,
)

#: the corpus beside this module: benchmarks/conflicts/.
DEFAULT_DATA = Path(__file__).parent / "conflicts"
SPLITS: tuple[str, ...] = ("dev", "test")


@click.command()
@click.option("--data", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=DEFAULT_DATA, show_default=True, help="The conflicts corpus folder.")
@click.option("--split", type=click.Choice(SPLITS), default="dev", show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out/conflicts"), show_default=True,
              help="Folder for the run's workspace (open it with factcheck tui) and misses.")
@click.option("--models", "models_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="stanza resources folder.")
@click.option("--torch-threads", type=click.IntRange(min=1), default=None,
              help="torch threads (one is often fastest on a shared machine).")
def conflicts_command(data: Path, split: str, out: Path, models_dir: Path | None,
                      torch_threads: int | None) -> None:
    """Score disputed-toll extraction and comparison on real multi-outlet reporting.

    Analyses every event of the split into one fresh workspace, aligns, exports
    claims.csv and scores it against the gold: numeric recall and precision,
    disagreements surfaced, groups mixing events, spurious conflicts. Every miss,
    with its cause, goes to OUT/<split>_misses.md.

    Example:

        factcheck bench conflicts --split dev --torch-threads 1
    """
    if torch_threads:
        import torch

        torch.set_num_threads(torch_threads)
    events = load_events(data, split)
    if not events:
        raise click.ClickException(f"{data}: no events of split {split}")
    out.mkdir(parents=True, exist_ok=True)
    workspace = out / f"{split}.db"
    workspace.unlink(missing_ok=True)
    docs, rows = predict(events, workspace, models_dir=models_dir)
    scores = score(split, events, docs, rows)
    misses = out / f"{split}_misses.md"
    misses.write_text(misses_report(scores), encoding="utf-8")
    click.echo(table([scores]))
    click.echo("attributed claims missed, by cause: " + ", ".join(
        f"{cause} {n}" for cause, n in scores.causes().most_common()))
    click.echo(f"misses -> {misses}; workspace -> {workspace}")
