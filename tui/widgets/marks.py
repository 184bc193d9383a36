"""The marks tables and detail panes put beside a claim: conflict and review status."""

from __future__ import annotations

from rich.text import Text

from factcheck.records import ReviewStatus

CONFLICT_MARK = "≠"
CONFLICT_STYLE = "bold red"

#: status -> (mark, Rich style)
STATUS_MARKS: dict[ReviewStatus, tuple[str, str]] = {
    ReviewStatus.CONFIRMED: ("✓", "bold green"),
    ReviewStatus.REJECTED: ("✗", "bold red"),
    ReviewStatus.UNREVIEWED: ("·", "dim"),
}


def conflict_cell(conflicting: bool) -> Text:
    return Text(CONFLICT_MARK, style=CONFLICT_STYLE) if conflicting else Text("")


def status_cell(status: ReviewStatus, *, word: bool = True) -> Text:
    mark, style = STATUS_MARKS[status]
    return Text(f"{mark} {status.value}" if word else mark, style=style)
