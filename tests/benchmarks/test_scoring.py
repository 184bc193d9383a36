"""Benchmark scoring on hand-made gold and predictions, plus one real run of the PolNeAR harness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.scoring import (
    Attribution,
    Fragment,
    is_direct,
    jaccard,
    pair_attributions,
    score,
    score_document_attributions,
    score_document_roles,
    span_chars,
    trim_fragment,
)

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "polnear"


def frag(text: str, piece: str, occurrence: int = 0) -> Fragment:
    """The fragment of ``text`` holding the ``occurrence``-th ``piece``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return (start, start + len(piece), piece)


def attr(text: str, content: str | list[str], source: str | None = None,
         cue: str | None = None) -> Attribution:
    pieces = [content] if isinstance(content, str) else content
    return Attribution(
        source=(frag(text, source),) if source else (),
        cue=(frag(text, cue),) if cue else (),
        content=tuple(frag(text, p) for p in pieces),
    )


@pytest.mark.parametrize(("piece", "kept"), [
    ("“We will win,”", "We will win"),
    ('  "Yes."  ', "Yes"),
    ("that taxes rose.", "that taxes rose"),
    ("sources", "sources"),
    ("“…”", ""),
])
def test_trim_cuts_spaces_quote_marks_and_trailing_punctuation(piece: str, kept: str) -> None:
    text = f"xx {piece} yy"
    start = text.index(piece)
    chars = trim_fragment((start, start + len(piece), piece))
    assert text[chars.start:chars.stop] == kept


def test_multi_fragment_span_is_the_union_of_trimmed_fragments() -> None:
    text = "“Alpha,” he said, “beta.”"
    chars = span_chars([frag(text, "“Alpha,”"), frag(text, "“beta.”")])
    assert "".join(text[i] for i in sorted(chars)) == "Alphabeta"


def test_leading_punctuation_is_kept() -> None:
    text = "He said: — fine"
    assert text[trim_fragment(frag(text, "— fine")).start] == "—"


@pytest.mark.parametrize(("content", "direct"), [
    (["  “Quoted words”"], True),
    (['"Straight quotes"'], True),
    (["that he would win"], False),
    (["the “so-called” plan"], False),
    ([], False),
])
def test_direct_means_the_first_fragment_opens_with_a_quote_mark(content: list[str],
                                                                  direct: bool) -> None:
    text = " ".join(content) + " tail"
    assert is_direct(tuple(frag(text, p) for p in content)) is direct


def test_direct_looks_at_the_earliest_fragment_whatever_the_order() -> None:
    text = "“Quoted” and then plain"
    assert is_direct((frag(text, "and then plain"), frag(text, "“Quoted”")))


def test_jaccard_of_exactly_one_half_pairs_and_just_below_does_not() -> None:
    gold = Attribution((), (), ((0, 4, "abcd"),))
    half = Attribution((), (), ((0, 2, "ab"),))
    below = Attribution((), (), ((0, 9, "abcdefghi"),))
    assert jaccard(span_chars(gold.content), span_chars(half.content)) == 0.5
    assert pair_attributions([gold], [half]) == [(0, 0)]
    assert jaccard(span_chars(gold.content), span_chars(below.content)) == pytest.approx(4 / 9)
    assert pair_attributions([gold], [below]) == []


def test_trimming_decides_the_match_not_quote_marks() -> None:
    text = "“Taxes will rise,” she said."
    gold = attr(text, "“Taxes will rise,”", "she", "said")
    pred = attr(text, "Taxes will rise", "she", "said")
    assert pair_attributions([gold], [pred]) == [(0, 0)]
    assert score_document_roles([gold], [pred])[("content", "exact")].f1 == 1.0


def test_greedy_pairing_is_one_to_one_and_best_first() -> None:
    text = "one two three four five six seven eight nine ten"
    gold = [attr(text, "one two three four"), attr(text, "one two three four five six")]
    # pred 0 fits gold 0 exactly and gold 1 well; pred 1 fits only gold 1.
    pred = [attr(text, "one two three four"), attr(text, "three four five six")]
    assert sorted(pair_attributions(gold, pred)) == [(0, 0), (1, 1)]
    # Two predictions for one gold: only one is paired, the other is a false positive.
    twice = [attr(text, "one two three four"), attr(text, "one two three four")]
    assert pair_attributions(gold[:1], twice) == [(0, 0)]
    counts = score_document_attributions(gold[:1], twice)[("content", "all")]
    assert (counts.precision, counts.recall) == (0.5, 1.0)


def test_greedy_takes_the_highest_jaccard_first() -> None:
    text = "a b c d e f g h"
    gold = [attr(text, "a b c d"), attr(text, "a b c d e f")]
    pred = [attr(text, "a b c d e")]
    # Jaccard with gold 0 is 7/9, with gold 1 is 9/11: gold 1 wins.
    assert pair_attributions(gold, pred) == [(1, 0)]


def test_speaker_must_overlap_or_both_be_empty() -> None:
    text = "Senator Jane Roe said taxes rose, a spokesman said."
    gold = [attr(text, "taxes rose", "Senator Jane Roe", "said")]
    right = [attr(text, "taxes rose", "Jane Roe", "said")]
    wrong = [attr(text, "taxes rose", "a spokesman", "said")]
    none = [attr(text, "taxes rose")]
    assert score_document_attributions(gold, right)[("content+speaker", "all")].f1 == 1.0
    assert score_document_attributions(gold, wrong)[("content+speaker", "all")].f1 == 0.0
    assert score_document_attributions(gold, wrong)[("content", "all")].f1 == 1.0
    assert score_document_attributions(gold, none)[("content+speaker", "all")].f1 == 0.0
    unsourced = [attr(text, "taxes rose")]
    assert score_document_attributions(unsourced, none)[("content+speaker", "all")].f1 == 1.0


def test_direct_and_indirect_split_recall_by_gold_and_precision_by_prediction() -> None:
    text = "“We won,” Ann said. Bob said that they lost. Cy said “maybe”."
    gold = [attr(text, "“We won,”", "Ann", "said"), attr(text, "that they lost", "Bob")]
    # The quote is found without its marks (a prediction that reads as indirect),
    # the indirect claim is found, and a spurious direct prediction is made.
    pred = [attr(text, "We won", "Ann"), attr(text, "that they lost", "Bob"),
            attr(text, "“maybe”", "Cy")]
    counts = score_document_attributions(gold, pred)
    direct, indirect = counts[("content", "direct")], counts[("content", "indirect")]
    assert (direct.gold_hits, direct.gold, direct.pred_hits, direct.pred) == (1, 1, 0, 1)
    assert (indirect.gold_hits, indirect.gold, indirect.pred_hits, indirect.pred) == (1, 1, 2, 2)
    assert counts[("content", "all")].precision == pytest.approx(2 / 3)


def test_role_exact_needs_the_same_characters_and_overlap_gives_partial_credit() -> None:
    text = "The White House press secretary said on Monday that it was false."
    gold = [attr(text, "that it was false", "The White House press secretary", "said")]
    pred = [attr(text, "it was false", "press secretary", "said on Monday")]
    roles = score_document_roles(gold, pred)
    for role in ("source", "cue", "content"):
        assert roles[(role, "exact")].f1 == 0.0
    source = roles[("source", "overlap")]
    assert source.precision == 1.0
    assert source.recall == pytest.approx(15 / 31)  # "press secretary" of the whole title
    cue = roles[("cue", "overlap")]
    assert (cue.precision, cue.recall) == (pytest.approx(4 / len("said on Monday")), 1.0)


def test_role_spans_shared_by_two_attributions_count_once() -> None:
    text = "Officials said A and said B."
    gold = [attr(text, "A", "Officials", "said"), Attribution(
        (frag(text, "Officials"),), (frag(text, "said", 1),), (frag(text, "B"),))]
    pred = [attr(text, "A", "Officials", "said")]
    source = score_document_roles(gold, pred)[("source", "exact")]
    assert (source.pred, source.gold, source.f1) == (1, 1, 1.0)
    cue = score_document_roles(gold, pred)[("cue", "exact")]
    assert (cue.precision, cue.recall) == (1.0, 0.5)


def test_empty_predictions_score_zero_without_dividing_by_zero() -> None:
    text = "Ann said it rained."
    gold = {"d1": [attr(text, "it rained", "Ann", "said")], "d2": []}
    scores = score(gold, {})
    for counts in [*scores.roles.values(), *scores.attributions.values()]:
        assert (counts.precision, counts.f1) == (0.0, 0.0)
    assert scores.attributions[("content", "all")].gold == 1
    assert scores.roles[("content", "overlap")].gold == len("it rained")


def test_scores_sum_over_documents_and_ignore_unknown_ones() -> None:
    text = "Ann said it rained. Bob said it snowed."
    gold = {"d1": [attr(text, "it rained", "Ann", "said")],
            "d2": [attr(text, "it snowed", "Bob")]}
    pred = {"d1": [attr(text, "it rained", "Ann", "said")],
            "d2": [attr(text, "Bob said")],
            "elsewhere": [attr(text, "it snowed", "Bob")]}
    counts = score(gold, pred).attributions[("content+speaker", "all")]
    assert (counts.pred_hits, counts.pred, counts.gold_hits, counts.gold) == (1, 2, 1, 2)


@pytest.mark.stanza
def test_polnear_harness_runs_the_real_extractor_on_two_dev_articles(tmp_path: Path) -> None:
    if not (POLNEAR / "polnear_dev.jsonl").is_file():
        pytest.skip(f"PolNeAR data not found at {POLNEAR}")
    from benchmarks.polnear import render, run_benchmark

    out = tmp_path / "pred.jsonl"
    result = run_benchmark(POLNEAR, "dev", extractor="rules", out=out,
                           cache=tmp_path / "parses.db", limit=2)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    gold = [json.loads(line) for line in
            (POLNEAR / "polnear_dev.jsonl").read_text(encoding="utf-8").splitlines()[:2]]
    assert [row["doc_id"] for row in rows] == [doc["doc_id"] for doc in gold]
    for row, doc in zip(rows, gold, strict=True):
        for attribution in row["attributions"]:
            for role in ("source", "cue", "content"):
                for start, end, text in attribution[role]:
                    assert doc["text"][start:end] == text
    assert result.timing.documents == 2 and result.timing.cached == 0
    assert result.scores.attributions[("content", "all")].gold == sum(
        len(doc["attributions"]) for doc in gold)
    assert result.scores.attributions[("content", "all")].pred_hits > 0
    again = run_benchmark(POLNEAR, "dev", extractor="rules", out=out,
                          cache=tmp_path / "parses.db", limit=2)
    assert again.timing.cached == 2 and again.timing.parse_seconds_now == 0.0
    assert again.timing.parse_seconds == pytest.approx(result.timing.parse_seconds)
    assert again.scores == result.scores
    assert "fingerprint" in render(again)


@pytest.mark.stanza
def test_an_article_the_split_holds_twice_is_parsed_once(tmp_path: Path) -> None:
    """PolNeAR train repeats one article; the second copy comes from the cache the first filled."""
    if not (POLNEAR / "polnear_dev.jsonl").is_file():
        pytest.skip(f"PolNeAR data not found at {POLNEAR}")
    from benchmarks.polnear import run_benchmark

    first = (POLNEAR / "polnear_dev.jsonl").read_text(encoding="utf-8").splitlines()[0]
    twice = json.loads(first)
    twice["doc_id"] += "-again"
    (tmp_path / "polnear_dev.jsonl").write_text(
        first + "\n" + json.dumps(twice) + "\n", encoding="utf-8")
    result = run_benchmark(tmp_path, "dev", out=tmp_path / "pred.jsonl",
                           cache=tmp_path / "parses.db")
    assert (result.timing.documents, result.timing.cached) == (2, 1)
    assert result.timing.parse_seconds == pytest.approx(2 * result.timing.parse_seconds_now)
