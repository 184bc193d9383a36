"""Range charts and marked sentences: pure builders, read back with a strict XML parser."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from factcheck.records import Span
from factcheck.report.marks import mark, marked_sentence
from factcheck.report.svg import COLOURS, Bar, axis_for, range_chart

from .claim_builders import article, claim

NS = {"svg": "http://www.w3.org/2000/svg"}


def chart(*bars: Bar) -> ET.Element:
    return ET.fromstring(range_chart(bars, title="killed · soldiers", chart_id="c1"))


def test_exact_numbers_are_dots_and_ranges_bars() -> None:
    root = chart(Bar("CSP", 84, 84, "84"), Bar("JNIM", 24, 99, "24-99", vague=True))
    assert len(root.findall("svg:circle", NS)) == 1
    (vague,) = root.findall("svg:rect[@class='vague']", NS)
    assert vague.get("fill") == "url(#c1-hatch)"
    assert root.find("svg:defs/svg:pattern[@id='c1-hatch']", NS) is not None
    assert "linear scale" in root.findtext("svg:title", namespaces=NS)
    assert "log scale" not in [t.text for t in root.findall("svg:text", NS)]


def test_open_bounds_are_arrows_on_their_side() -> None:
    root = chart(Bar("army", 20, None, "≥20"), Bar("rebels", 50, 50, "50"))
    (arrow,) = root.findall("svg:polygon[@class='open']", NS)
    (bar,) = root.findall("svg:rect[@class='range']", NS)
    tip = max(float(p.split(",")[0]) for p in arrow.get("points").split())
    assert tip > float(bar.get("x")) + float(bar.get("width"))


@pytest.mark.parametrize(("bounds", "log"), [((2, 12_000), True), ((20, 90), False),
                                             ((1, 49), False), ((1, 50), True)])
def test_log_axis_when_numbers_span_orders_of_magnitude(bounds: tuple[int, int],
                                                        log: bool) -> None:
    axis = axis_for([Bar("a", bounds[0], bounds[0], ""), Bar("b", bounds[1], bounds[1], "")])
    assert axis.log is log
    assert axis.low <= bounds[0] and axis.high >= bounds[1]
    xs = [axis.x(v) for v in axis.ticks()]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)


def test_conflicting_claimants_take_the_conflict_colour() -> None:
    root = chart(Bar("CSP", 84, 84, "84", conflict=True), Bar("army", 2, 2, "2"))
    fills = [c.get("fill") for c in root.findall("svg:circle", NS)]
    assert fills == [COLOURS["conflict"], COLOURS["bar"]]


def test_labels_are_escaped() -> None:
    hostile = '<script>alert("x")</script> & [bold red]'
    root = chart(Bar(hostile, 1, 1, hostile))
    texts = [t.text for t in root.findall("svg:text", NS)]
    assert any(t and t.startswith("<script>") for t in texts)  # read back as text, not markup
    assert root.find(".//svg:script", NS) is None and root.find(".//script") is None


def test_sentence_marks_follow_offsets_and_escape() -> None:
    doc = article(['JNIM said "<b>84</b> & more" fighters died.'], outlet="x",
                  published="2024-07-30")
    found = claim(doc, doc.text, "JNIM", '"<b>84</b> & more" fighters died')
    html = marked_sentence(found)
    root = ET.fromstring(f"<p>{html}</p>")
    assert "".join(root.itertext()) == doc.text
    classes = {s.get("class"): "".join(s.itertext()) for s in root.iter("span")}
    assert classes["speaker"] == "JNIM" and classes["cue"] == "said"
    assert "<b>" not in html


def test_overlapping_spans_carry_both_classes() -> None:
    sentence = Span(10, 20, "abcdefghij")
    html = mark(sentence, [(10, 15, "content"), (12, 14, "speaker"), (0, 5, "cue")])
    assert html == ('<span class="content">ab</span><span class="content speaker">cd</span>'
                    '<span class="content">e</span>fghij')


def test_a_log_axis_says_so_under_the_axis() -> None:
    root = chart(Bar("UN", 12_000, 12_000, "~12,000"), Bar("local", 2, 2, "2"))
    assert "log scale" in [t.text for t in root.findall("svg:text", NS)]
    assert "log scale" in root.findtext("svg:title", namespaces=NS)
