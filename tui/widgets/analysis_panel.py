"""Progress of an analysis running in a worker: one line per document and its stage."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import ProgressBar, Static

from tui.messages import AnalysisState
from tui.safe import safe

#: How many documents the panel lists, the latest last.
SHOWN_DOCUMENTS = 4


class AnalysisPanel(Vertical):
    """Hidden until an analysis starts; follows the app's ``analysis`` state."""

    def compose(self) -> ComposeResult:
        yield ProgressBar(show_eta=False, id="analysis-bar")
        yield Static(id="analysis-lines")

    def on_mount(self) -> None:
        self.watch(self.app, "analysis", self.show_state)

    def show_state(self, state: AnalysisState | None) -> None:
        self.display = state is not None and state.running
        if state is None:
            return
        self.query_one(ProgressBar).update(total=state.total, progress=state.done)
        lines = Text(no_wrap=True, overflow="ellipsis")
        shown = state.documents[-SHOWN_DOCUMENTS:]
        for number, (document, stage) in enumerate(shown):
            current = number == len(shown) - 1
            lines.append("▸ " if current else "✓ ", style="bold" if current else "green")
            lines.append(document)
            lines.append(f"  {stage}\n" if current else "\n", style="italic")
        lines.rstrip()
        self.query_one("#analysis-lines", Static).update(safe(lines))
