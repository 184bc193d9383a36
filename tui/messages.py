"""What the analysis worker tells the app, and the progress state the panel shows."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


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
