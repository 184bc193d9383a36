"""Extraction reads a few frames per question, whatever the document's length."""

from __future__ import annotations

import pytest

from factcheck.attribution import spanindex
from factcheck.attribution.spanindex import SpanIndex


def test_span_index_finds_exactly_the_spans_holding_an_offset() -> None:
    spans = [(0, 10), (5, 600), (300, 301), (700, 700), (1000, 1300)]
    index = SpanIndex(lambda span: span, spans)
    for offset in range(0, 1400, 7):
        expected = [s for s in spans if s[0] <= offset < s[1]]
        assert list(index.holding(offset)) == expected, offset


def test_a_span_is_filed_under_only_the_blocks_it_covers() -> None:
    """Linear: N short spans spread over a long text take about N entries, not N squared."""
    spans = [(at, at + 40) for at in range(0, 1_000_000, 100)]
    index = SpanIndex(lambda span: span, spans)
    entries = sum(len(items) for items in index._blocks.values())
    assert entries <= len(spans) * (1 + 40 // spanindex.BLOCK + 1)
    assert [s for s in index.holding(500_010)] == [(500_000, 500_040)]


def test_progress_shows_what_the_stage_is_doing() -> None:
    from rich.progress import Progress

    from factcheck.progress import AnalysisProgress

    with Progress(disable=True) as bars:
        shown = AnalysisProgress(bars)
        shown.stage("parse", "/news/long.txt")
        shown.step("depparse · 812 of 940 sentences")
        task = bars.tasks[shown.current]
    assert task.description == "parse    long.txt · depparse · 812 of 940 sentences"
    assert task.completed == 1


@pytest.mark.stanza
def test_a_parse_says_each_processor_and_its_sentences() -> None:
    from factcheck import nlp

    steps: list[str] = []
    nlp.parse("The army said 12 soldiers died. Rebels denied it.", mode=nlp.FULL,
              on_step=steps.append)
    assert steps == ["tokenize", "pos · 2 sentences", "lemma · 2 sentences",
                     "ner · 2 sentences", "depparse · 2 of 2 sentences"]
