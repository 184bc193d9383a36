"""The ``factcheck tui`` command, plugged into the CLI through an entry point.

It lives with the app so that the library never imports Textual: the
``factcheck.commands`` entry point in pyproject.toml names it.
"""

from __future__ import annotations

from pathlib import Path

import click

from factcheck.cli import reports_errors, workspace_option
from factcheck.review import ReviewService
from factcheck.workspace import Workspace


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@workspace_option
@reports_errors
def tui(paths: tuple[Path, ...], workspace: Path) -> None:
    """Review claim groups in a keyboard-driven terminal app (F1 lists the keys).

    PATHS, if given, are analysed and aligned first, inside the app.

    Example:

        factcheck tui fixtures/ --workspace mali.db
    """
    from tui.app import FactcheckApp
    from tui.keymap import load_user_keymap

    with Workspace(workspace) as ws:
        FactcheckApp(ReviewService(ws), paths=paths, keymap=load_user_keymap()).run()
