"""Property tests: quote pairing and extraction on random texts never raise and keep offsets exact.

The properties and the text strategy live in benchmarks.fuzz, which ``factcheck bench
fuzz --minutes N`` runs for longer; these runs are kept short for the suite.
"""
# ruff: noqa: RUF001  (the examples are made of curly quotes and dashes)

from __future__ import annotations

import pytest
from click.testing import CliRunner
from hypothesis import assume, example, given, settings

from benchmarks.fuzz import check_claims, check_quotes, fuzz, fuzz_document, texts
from factcheck.cli import cli

NASTY: tuple[str, ...] = (
    '"', "“”", "”“", "«»»", "''", "``''", "‘’", "\"\n\n\"", "“a\n\n“b\n\n”",
    "He said: “", "” said he.", "— “12 – 15” —", '"" "" ""', "“" * 50, "'" * 7 + "\"",
    "Officials said “at least 40”, “between 10 and 20” and \"1,200\".",
)


@settings(max_examples=300, deadline=None)
@given(texts(max_pieces=40))
def test_quote_pairing_stays_inside_the_text(text: str) -> None:
    check_quotes(text)


@pytest.mark.parametrize("text", NASTY)
def test_quote_pairing_on_known_awkward_marks(text: str) -> None:
    check_quotes(text)


@pytest.mark.stanza
@settings(max_examples=20, deadline=None)
@given(text=texts(max_pieces=16))
@example(text=NASTY[8])
@example(text=NASTY[-1])
def test_extraction_spans_slice_the_text(pipeline, text: str) -> None:
    document = fuzz_document(text)
    assume(document is not None)
    check_claims(document, pipeline(document.text))


def test_fuzz_reports_the_minimal_failing_text() -> None:
    def no_curly_opener(text: str) -> None:
        assert "“" not in text, "found one"

    result = fuzz("curly", no_curly_opener, seconds=1.0)
    assert result.examples > 0 and result.rate > 0
    assert [(f.error, f.text) for f in result.failures] == [("AssertionError: found one", "“")]


def test_bench_fuzz_prints_examples_rate_and_failures() -> None:
    result = CliRunner().invoke(cli, ["bench", "fuzz", "--minutes", "0.02", "--target", "quotes"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("quotes: ") and "/s), 0 failures" in result.output
