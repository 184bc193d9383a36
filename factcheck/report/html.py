"""The page an editor can be sent: one self-contained HTML file, readable offline.

Per event: what was counted, each claimant's range with its hedge, outlets, first report
and review status, the disagreements named, a range chart per count, then every claim's
source sentence with its speaker, cue and content marked, its status and the reviewer's
note. Everything comes from ``factcheck.comparison`` and the decisions layer, as the app
and the CSV files show it.

No script, no external asset: CSS is inline and a Content-Security-Policy forbids
loading anything, so a page written from untrusted article text can neither run code
nor call out, even if an escape were missed. Every text is escaped with ``html.escape``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from itertools import count
from typing import Final

from factcheck import __version__
from factcheck.comparison import Cell, EventComparison, Row
from factcheck.decisions import Decisions
from factcheck.records import Claim, Document, ReviewStatus
from factcheck.report.marks import CONTENT, CUE, QUANTITY, SPEAKER, marked_sentence
from factcheck.report.svg import COLOURS, Bar, range_chart

#: nothing may load, nothing may run: only the inline style and inline images.
CSP: Final = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
#: what each review status means, said where an editor reads it.
STATUS_TEXT: Final[dict[ReviewStatus, str]] = {
    ReviewStatus.UNREVIEWED: "unreviewed",
    ReviewStatus.CONFIRMED: "confirmed: the extraction is right (not the fact true)",
    ReviewStatus.REJECTED: "rejected: the extraction is wrong",
}
CONFLICT_CLASS: Final = ' class="conflict"'
CONFLICT_MARK: Final = ' <span class="conflict-mark">\N{NOT EQUAL TO}</span>'
CSS: Final = f"""
body {{ font: 15px/1.45 system-ui, sans-serif; color: {COLOURS["text"]}; margin: 0 auto;
  max-width: 1180px; padding: 0 24px 48px; }}
h1 {{ margin: 24px 0 4px; }} h2 {{ margin-top: 40px; border-bottom: 2px solid #ccc; }}
h3 {{ margin: 24px 0 6px; }}
.meta, .legend {{ color: #555; }}
nav li.conflict::marker, .conflict-mark {{ color: {COLOURS["conflict"]}; }}
table {{ border-collapse: collapse; margin: 6px 0 10px; }}
th, td {{ border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }}
th {{ background: #f2f2f2; }}
td.range {{ font-variant-numeric: tabular-nums; white-space: nowrap; }}
tr.conflict td.range, .disagreement {{ color: {COLOURS["conflict"]}; font-weight: 600; }}
.status-confirmed {{ color: #1d7a35; }} .status-rejected {{ color: #888;
  text-decoration: line-through; }}
svg.range-chart {{ display: block; max-width: 100%; height: auto; }}
div.claim {{ border-left: 3px solid #ccc; margin: 10px 0; padding: 2px 12px; }}
div.claim:target {{ border-color: {COLOURS["conflict"]}; background: #fff6f4; }}
blockquote {{ margin: 4px 0; }}
.{SPEAKER} {{ background: #dbe8ff; border-bottom: 2px solid #2f6db5; }}
.{CUE} {{ background: #ffe9b3; font-weight: 600; }}
.{CONTENT} {{ background: #eaf6e4; }}
.{QUANTITY} {{ font-weight: 700; }}
.note {{ background: #fffbe6; border: 1px solid #eedc82; padding: 2px 8px; }}
"""


def render(events: Sequence[EventComparison], decisions: Decisions,
           documents: Mapping[str, Document], *, title: str, generated_at: str) -> str:
    """The whole page for ``events`` (``comparison.event_comparisons``' order)."""
    charts = count(1)
    body = [_header(events, documents, title=title, generated_at=generated_at),
            _contents(events)]
    for number, event in enumerate(events, 1):
        body.append(_event(event, f"event-{number}", decisions, documents, charts))
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        *body,
        "</body>",
        "</html>",
    ]) + "\n"


def _header(events: Sequence[EventComparison], documents: Mapping[str, Document], *,
            title: str, generated_at: str) -> str:
    conflicts = sum(e.has_conflict for e in events)
    claims = sum(len(e.claim_ids) for e in events)
    return (f"<header><h1>{escape(title)}</h1>"
            f'<p class="meta">{len(documents)} documents · {claims} claims · {len(events)} '
            f"events, {conflicts} with disagreeing numbers · made by factcheck {__version__} "
            f"on {escape(generated_at)}</p>"
            '<p class="legend">A disagreement is two claimants whose ranges cannot both hold; '
            "it is flagged, never decided. ≥ and ≤ are open bounds (arrows in the charts), "
            "hatched bars are vague amounts (\u201cdozens\u201d). In each sentence the "
            f'<span class="{SPEAKER}">speaker</span>, the <span class="{CUE}">cue</span> and '
            f'the <span class="{CONTENT}">content</span> are marked. Confirmed means a '
            "reviewer found the extraction right, not the fact true.</p></header>")


def _contents(events: Sequence[EventComparison]) -> str:
    items = "".join(
        f"<li{CONFLICT_CLASS if e.has_conflict else ''}>"
        f'<a href="#event-{n}">{escape(e.label)}</a>'
        f"{CONFLICT_MARK if e.has_conflict else ''} · {len(e.claim_ids)} claims</li>"
        for n, e in enumerate(events, 1))
    return f'<nav aria-label="Events"><h2>Events</h2><ol>{items}</ol></nav>'


def _event(event: EventComparison, anchor: str, decisions: Decisions,
           documents: Mapping[str, Document], charts: Iterable[int]) -> str:
    numbers = iter(charts)
    dated = f", first reported {escape(event.first_reported)}" if event.first_reported else ""
    parts = [f'<section id="{anchor}">',
             f"<h2>{escape(event.label)}</h2>",
             f'<p class="meta">{len(event.claim_ids)} claims from {event.outlets} outlets'
             f"{dated}</p>"]
    parts += [_row(row, f"chart-{next(numbers)}") for row in event.rows]
    unnumbered = set(event.unnumbered)
    for heading, ids in (("Claims", [c for c in event.claim_ids if c not in unnumbered]),
                         ("Claims without a number", event.unnumbered)):
        if ids:
            parts.append(f"<h3>{heading}</h3>")
            parts += [_claim(decisions.claims[cid], decisions, documents) for cid in ids]
    parts.append("</section>")
    return "\n".join(parts)


def _row(row: Row, chart_id: str) -> str:
    """A count's table (one line per claimant and range) and its range chart."""
    lines = "".join(_cell_line(cell, row) for cell in row.cells)
    named = "".join(f'<li><span class="disagreement">{escape(d.text)}</span> · sentences: '
                    f"{_claim_link(d.a)}, {_claim_link(d.b)}</li>" for d in row.disagreements)
    bars = [Bar(c.claimant, None if c.open_low else c.low, c.high, c.text, c.vague,
                bool(row.counterparts(c))) for c in row.cells]
    return (f"<h3>{escape(row.comparison)}</h3>"
            + (f"<ul>{named}</ul>" if named else "")
            + "<table><thead><tr><th>Claimant</th><th>Range</th><th>Hedge</th>"
              "<th>Outlets</th><th>First reported</th><th>Review</th><th>Disagrees with</th>"
              "</tr></thead>"
            + f"<tbody>{lines}</tbody></table>"
            + range_chart(bars, title=row.comparison, chart_id=chart_id))


def _claim_link(cell: Cell) -> str:
    """The claimant, linked to the sentence of the cell's first claim."""
    return f'<a href="#claim-{escape(cell.claim_ids[0])}">{escape(cell.claimant)}</a>'


def _cell_line(cell: Cell, row: Row) -> str:
    others = row.counterparts(cell)
    against = "; ".join(f"{o.claimant} {o.text}" for o in others)
    links = " ".join(f'<a href="#claim-{escape(cid)}">claim {n}</a>'
                     for n, cid in enumerate(cell.claim_ids, 1))
    return (f"<tr{CONFLICT_CLASS if others else ''}>"
            f"<td>{escape(cell.claimant)}<br><small>{links}</small></td>"
            f'<td class="range">{escape(cell.text)}</td><td>{escape(cell.hedge)}</td>'
            f"<td>{cell.outlets}</td><td>{escape(cell.first_reported)}</td>"
            f'<td class="status-{cell.status.value}">{escape(cell.status.value)}</td>'
            f"<td>{escape(against)}</td></tr>")


def _claim(claim: Claim, decisions: Decisions, documents: Mapping[str, Document]) -> str:
    doc = documents.get(claim.doc_id)
    review = decisions.review(claim.claim_id)
    source = (doc.outlet or doc.title or doc.source) if doc else claim.doc_id
    published = f" · {escape(doc.published)}" if doc and doc.published else ""
    claimants = ", ".join(decisions.claimants(claim.claim_id)) or "unknown speaker"
    hedge = f" · hedge: {escape(claim.hedge)}" if claim.hedge != "none" else ""
    note = (f'<p class="note">Note{_by(review.reviewer)}: {escape(review.note)}</p>'
            if review.note else "")
    return (f'<div class="claim" id="claim-{escape(claim.claim_id)}">'
            f'<p class="meta"><strong>{escape(claimants)}</strong> · {escape(source)}'
            f"{published}{_link(doc)}{hedge} · "
            f'<span class="status-{review.status.value}">{escape(STATUS_TEXT[review.status])}'
            f"</span></p><blockquote>{marked_sentence(claim)}</blockquote>{note}</div>")


def _by(reviewer: str) -> str:
    return f" by {escape(reviewer)}" if reviewer else ""


def _link(doc: Document | None) -> str:
    """The article's address as a link only when it is a web address (never javascript:)."""
    if not doc or not doc.url:
        return ""
    if doc.url.lower().startswith(("https://", "http://")):
        return f' · <a href="{escape(doc.url)}" rel="noreferrer">source</a>'
    return f" · {escape(doc.url)}"
