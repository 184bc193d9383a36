"""``factcheck bench``: the benchmarks' commands, plugged into the CLI through an entry point."""

from __future__ import annotations

import click

from benchmarks.align import align_command
from benchmarks.conflicts_command import conflicts_command
from benchmarks.fuzz import fuzz_command
from benchmarks.polnear import polnear_command
from benchmarks.speed import speed_command


@click.group()
def bench() -> None:
    """Measure speed and accuracy."""


bench.add_command(align_command, "align")
bench.add_command(conflicts_command, "conflicts")
bench.add_command(polnear_command, "polnear")
bench.add_command(fuzz_command, "fuzz")
bench.add_command(speed_command, "speed")
