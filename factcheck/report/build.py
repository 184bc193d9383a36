"""``factcheck report --html``: the workspace's comparison written as one HTML file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from factcheck import comparison
from factcheck.decisions import Decisions
from factcheck.errors import InputError, WorkspaceError
from factcheck.report.html import render
from factcheck.workspace import Workspace, now_iso


@dataclass(frozen=True, slots=True)
class ReportSummary:
    path: Path
    events: int
    conflicting_events: int
    claims: int


def write_report(ws: Workspace, path: Path) -> ReportSummary:
    """Render the workspace as the app shows it and write it whole (or not at all)."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name such as {path}/report.html")
    if not path.parent.is_dir():
        raise InputError(f"{path}: folder {path.parent} does not exist")
    documents = {d.doc_id: d for d in ws.documents()}
    if not documents:
        raise WorkspaceError(f"{ws.path}: nothing to report; run `factcheck analyze` first")
    decisions = Decisions.load(ws)
    events = comparison.load(ws, decisions)
    page = render(events, decisions, documents, title=f"factcheck report: {ws.path.stem}",
                  generated_at=now_iso())
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(page, encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return ReportSummary(path, len(events), sum(e.has_conflict for e in events),
                         sum(len(e.claim_ids) for e in events))
