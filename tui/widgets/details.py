"""The detail panes beside a table or document: every field of one claim, as plain text."""

from __future__ import annotations

from rich.text import Text

from factcheck.review import NO_VALUE, CompareRow, ReaderClaim
from tui.safe import safe
from tui.widgets.marks import CONFLICT_MARK, CONFLICT_STYLE, status_cell

LABEL_STYLE = "bold"
LABEL_WIDTH = 10


def _field(text: Text, label: str, value: str | Text) -> None:
    text.append(f"{label:<{LABEL_WIDTH}}", style=LABEL_STYLE)
    text.append_text(safe(value))
    text.append("\n")


def compare_detail(row: CompareRow) -> Text:
    """Everything the compare table may have dropped for width, and the quote itself."""
    text = Text()
    claimant = Text(row.claimant)
    claimant.append(f"  as written: {row.claimant_raw} ({row.kind})", style="italic")
    _field(text, "Claimant", claimant)
    _field(text, "Says", Text(f"{row.cue} · {row.type} · hedge {row.hedge} · via {row.via}"))
    _field(text, "Numbers", Text(f"{row.range} → {row.target}"))
    _field(text, "Source", Text(f"{row.outlet}, {row.published}"))
    status = status_cell(row.status)
    if row.conflicting:
        status.append(f"   {CONFLICT_MARK} conflicts with another claim here",
                      style=CONFLICT_STYLE)
    _field(text, "Review", status)
    if row.note:
        _field(text, "Note", row.note)
    _field(text, "Quote", row.sentence)
    text.rstrip()
    return text


def reader_detail(claim: ReaderClaim | None, position: str) -> Text:
    text = Text()
    if claim is None:
        text.append("No claims were found in this document.", style="italic")
        return text
    text.append(f"{position}\n\n", style="bold")
    _field(text, "Claimant", claim.claimant)
    _field(text, "Written", "; ".join(s.text for s in claim.speakers) or NO_VALUE)
    _field(text, "Cue", claim.cue.text if claim.cue else NO_VALUE)
    _field(text, "Review", status_cell(claim.status))
    if claim.note:
        _field(text, "Note", claim.note)
    text.rstrip()
    return text
