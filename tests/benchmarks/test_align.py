"""The alignment benchmark's generators and command: synthetic claims, clustered vectors, rows."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from benchmarks.align import clustered_vectors, synthetic_corpus
from factcheck import cli
from factcheck.align.search import neighbour_pairs


def test_hnsw_neighbours_match_exact_ones_on_small_data() -> None:
    pytest.importorskip("faiss")
    vectors = clustered_vectors([i % 25 for i in range(500)])
    exact = {tuple(p) for p in neighbour_pairs(vectors, k=5).tolist()}
    approximate = {tuple(p) for p in neighbour_pairs(vectors, k=5, exact_limit=0).tolist()}
    assert len(exact & approximate) >= 0.95 * len(exact)


def test_synthetic_claims_obey_the_offset_invariant() -> None:
    docs, claims, events = synthetic_corpus(40, seed=3)
    texts = {d.doc_id: d.text for d in docs}
    assert len(claims) == len(events) == 40
    for c in claims:
        for span in (c.content, c.sentence, c.cue, *c.speakers, *c.quantities):
            assert texts[c.doc_id][span.start:span.end] == span.text


def test_bench_align_prints_a_row_per_size() -> None:
    result = CliRunner().invoke(cli.cli, ["bench", "align", "--sizes", "200,400",
                                          "--encode", "0"])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines()[1:]]
    assert [row[0] for row in rows] == ["200", "400"]
    assert all(float(row[7]) == 1.0 for row in rows)  # pair precision on clean events
