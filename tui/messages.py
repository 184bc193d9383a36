"""What screens and the analysis worker tell the app, and the progress state the panel shows.

Screens never call the app: they post these and the app routes them, so no screen imports it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from factcheck.review import BoardFilter


@dataclass(frozen=True, slots=True)
class AnalysisState:
    """Documents in the order analysis reached them, each with the stage it is at."""

    documents: tuple[tuple[str, str], ...] = ()
    done: int = 0
    total: int | None = None
    running: bool = True

    def at_stage(self, document: str, stage: str) -> AnalysisState:
        rest = tuple(d for d in self.documents if d[0] != document)
        return AnalysisState((*rest, (document, stage)), self.done, self.total, self.running)


class StageReached(Message):
    def __init__(self, stage: str, source: str) -> None:
        super().__init__()
        self.stage, self.source = stage, source


class DocumentDone(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done, self.total = done, total


class AnalysisFinished(Message):
    def __init__(self, summary: str) -> None:
        super().__init__()
        self.summary = summary


class OpenGroup(Message):
    """Show one claim group in the compare screen."""

    def __init__(self, group_id: str) -> None:
        super().__init__()
        self.group_id = group_id


class OpenEvent(Message):
    """Show one event's comparison view."""

    def __init__(self, event_id: str) -> None:
        super().__init__()
        self.event_id = event_id


class OpenReader(Message):
    """Show a document in the reader, at ``claim_id`` when given."""

    def __init__(self, doc_id: str, claim_id: str | None = None) -> None:
        super().__init__()
        self.doc_id, self.claim_id = doc_id, claim_id


class ChangeFilter(Message):
    """Change one part of the board filter (``filter_choices`` names them), asking if needed."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what


class SetFilter(Message):
    """Replace the board filter, and go to the board when ``show_board``."""

    def __init__(self, board_filter: BoardFilter, *, show_board: bool = False) -> None:
        super().__init__()
        self.board_filter, self.show_board = board_filter, show_board
