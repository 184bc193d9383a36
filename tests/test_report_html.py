"""The HTML report, built from hand-made claims (no stanza): structure, escaping, links."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import cli
from factcheck.comparison import event_comparisons
from factcheck.decisions import Decisions
from factcheck.errors import InputError
from factcheck.records import ClaimGroup, Document, Review, ReviewStatus
from factcheck.report.build import write_report
from factcheck.report.html import CSP, render
from factcheck.workspace import Workspace

from .claim_builders import article, claim

SCRIPT = '<script>alert("x")</script>'
RICH = "[bold red]boom[/]"
SENTENCES = [
    f"A medic said 2 soldiers were killed in Tinzaouaten {SCRIPT}.",
    f"CSP said 47 soldiers were killed in Tinzaouaten, '{RICH}' & more.",
]
HOSTILE = Document(text=" ".join(SENTENCES), source="test:hostile",
                   title='"Quoted" <b>title</b>', outlet=f"{SCRIPT} Wire",
                   url="javascript:alert(1)", published="2024-07-30")
ARMY = claim(HOSTILE, SENTENCES[0], "A medic",
             f"2 soldiers were killed in Tinzaouaten {SCRIPT}", canonical="a medic")
CSP_ = claim(HOSTILE, SENTENCES[1], "CSP",
             f"47 soldiers were killed in Tinzaouaten, '{RICH}' & more")
NOTE = '</p><img src=x onerror=alert(1)> "seen"'
WIRE = article(["JNIM said up to 80 soldiers died in Tinzaouaten."], outlet="Wire",
               published="2024-07-31")
JNIM = claim(WIRE, WIRE.text, "JNIM", "up to 80 soldiers died in Tinzaouaten")
DOCUMENTS = {HOSTILE.doc_id: HOSTILE, WIRE.doc_id: WIRE}


class Elements(HTMLParser):
    """Every start tag with its attributes, and the page's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def page(reviews: dict[str, Review] | None = None) -> str:
    claims = [ARMY, CSP_, JNIM]
    decisions = Decisions.build(claims, [ClaimGroup("g1", "killed · soldiers",
                                                    tuple(c.claim_id for c in claims))],
                                reviews or {}, {})
    events = event_comparisons(decisions, DOCUMENTS)
    return render(events, decisions, DOCUMENTS, title=f"report {SCRIPT}",
                  generated_at="2026-12-04T18:00:00Z")


def parsed(html: str) -> Elements:
    found = Elements()
    found.feed(html)
    found.close()
    return found


def test_hostile_text_stays_text() -> None:
    html = page({ARMY.claim_id: Review(ARMY.claim_id, ReviewStatus.CONFIRMED, note=NOTE,
                                       reviewer="<ana>")})
    found = parsed(html)
    tags = {tag for tag, _ in found.tags}
    assert "script" not in tags and "img" not in tags
    assert not [name for _, attrs in found.tags for name in attrs if name.startswith("on")]
    text = "".join(found.text)
    assert SCRIPT in text and RICH in text and NOTE in text and "<ana>" in text
    hrefs = [attrs["href"] for tag, attrs in found.tags if tag == "a"]
    assert not [h for h in hrefs if h and not h.startswith("#")]  # javascript: is no link


def test_self_contained_and_scriptless() -> None:
    html = page()
    found = parsed(html)
    assert ("meta", {"http-equiv": "Content-Security-Policy", "content": CSP}) in found.tags
    assert "default-src 'none'" in CSP
    sources = [v for _, attrs in found.tags for k, v in attrs.items()
               if k in {"src", "srcset"} or (k == "href" and v and not v.startswith("#"))]
    assert sources == []
    assert not [t for t, _ in found.tags if t in {"link", "script", "iframe", "object"}]


def test_comparison_table_chart_and_claims_per_event() -> None:
    html = page()
    found = parsed(html)
    charts = [a for t, a in found.tags if t == "svg"]
    assert len(charts) == 1  # one event, one count: killed · soldiers
    text = "".join(found.text)
    assert "CSP 47 ≠ a medic 2" in text or "a medic 2 ≠ CSP 47" in text
    assert "≤80" in text  # JNIM's open lower bound
    ids = {a["id"] for _, a in found.tags if a.get("id")}
    links = {a["href"][1:] for t, a in found.tags if t == "a" and a.get("href", "")[:1] == "#"}
    assert links <= ids and {f"claim-{c.claim_id}" for c in (ARMY, CSP_, JNIM)} <= ids
    marked = [a["class"] for t, a in found.tags if t == "span" and a.get("class")]
    assert {"speaker", "cue", "content"} <= {c for m in marked for c in m.split()}


def test_review_status_and_note_are_shown() -> None:
    html = page({CSP_.claim_id: Review(CSP_.claim_id, ReviewStatus.REJECTED, note="typo'd")})
    text = "".join(parsed(html).text)
    assert "rejected: the extraction is wrong" in text and "typo'd" in text


def test_report_command_writes_the_page(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.transaction():
        workspace.put_document(HOSTILE)
    workspace.replace_claims(HOSTILE.doc_id, [ARMY, CSP_])
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli.cli, ["report", "--html", str(out), "-w",
                                          str(workspace.path)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(InputError, match="does not exist"):
        write_report(workspace, tmp_path / "missing" / "r.html")
    missing = CliRunner().invoke(cli.cli, ["report", "--html", str(out), "-w",
                                           str(tmp_path / "nope.db")])
    assert missing.exit_code == 1 and "nope.db" in missing.output
