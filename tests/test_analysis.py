"""analyze end to end on the fixtures, with the real stanza models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from factcheck import analysis, nlp
from factcheck.analysis import analyze_paths
from factcheck.documents import load_path
from factcheck.errors import WorkspaceError
from factcheck.workspace import Workspace

from .conftest import FIXTURES

pytestmark = pytest.mark.stanza

SEEDS = {
    "bloomberg_kidal_2023.md": (15, {"Kidal", "Assimi Goita", "Wagner Group", "Burkina Faso"}),
    "reuters_tinzaouaten_2024.md": (17, {"Wagner", "Burkina Faso", "Sergei Shevchenko", "CSP"}),
}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_parses_into_sentences_with_entities(pipeline, name: str) -> None:
    sentences, entities = SEEDS[name]
    doc = load_path(FIXTURES / name)
    parsed = pipeline(doc.text)
    assert len(parsed.sentences) == sentences
    assert entities <= {e.text for e in parsed.ents}
    for word in (w for s in parsed.sentences for w in s.words if w.start_char is not None):
        assert doc.text[word.start_char:word.end_char] == word.text


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ws") / "fixtures.db"
    with Workspace(path) as ws:
        report = analyze_paths(ws, [FIXTURES])
    assert report.skipped == []
    assert report.parsed == report.documents >= 2
    return path


def test_analyze_stores_documents_parses_and_claims(analysed: Path) -> None:
    with Workspace(analysed) as ws:
        docs = {Path(d.source).name: d for d in ws.documents()}
        assert set(SEEDS) <= set(docs)
        assert len(ws.parse_stats(nlp.fingerprint())) == len(docs)
        assert ws.claims(docs["reuters_tinzaouaten_2024.md"].doc_id)
        assert ws.aliases()["an islamist group affiliated with al qaeda"] == "JNIM"


def test_second_analyze_does_not_call_stanza(analysed: Path, monkeypatch) -> None:
    def no_parsing(*args, **kwargs):
        raise AssertionError("stanza was called for an unchanged document")

    monkeypatch.setattr(nlp, "parse", no_parsing)
    monkeypatch.setattr(nlp, "get_pipeline", no_parsing)
    with Workspace(analysed) as ws:
        before = {c.claim_id for c in ws.claims()}
        report = analyze_paths(ws, [FIXTURES])
        assert (report.parsed, report.cached) == (0, report.documents)
        assert {c.claim_id for c in ws.claims()} == before


def test_bad_file_is_skipped_and_the_rest_analysed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "good.txt").write_text("The army said it lost two soldiers on Tuesday.\n")
    with Workspace(tmp_path / "ws.db") as ws:
        report = analyze_paths(ws, [tmp_path])
        assert report.documents == 1
        assert [Path(s.path).name for s in report.skipped] == ["empty.txt"]
        assert "empty.txt" in report.skipped[0].reason
        assert len(ws.documents()) == 1


def test_a_workspace_failure_stops_the_run_instead_of_skipping_every_file(
        tmp_path: Path, monkeypatch) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The army said it lost two soldiers.\n")

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(analysis, "analyze_document", locked)
    with Workspace(tmp_path / "ws.db") as ws, pytest.raises(WorkspaceError) as caught:
        analyze_paths(ws, [tmp_path])
    assert "a.txt" in str(caught.value) and "database is locked" in str(caught.value)


@pytest.mark.embeddings
def test_the_pipeline_analyses_given_documents_then_aligns_them(tmp_path: Path) -> None:
    from factcheck.documents import load_text
    from factcheck.pipeline import ALIGN_STAGE, analyze_and_align

    docs = [load_text("Officials said 12 people were hurt in Gao."),
            load_text("The army said two soldiers were hurt in Gao on Monday.")]
    stages: list[str] = []
    with Workspace(tmp_path / "w.db") as ws:
        run = analyze_and_align(ws, documents=docs, on_stage=lambda stage, _: stages.append(stage))
        assert run.report.documents == 2 and run.report.claims == 2
        assert {c for g in run.groups for c in g.claim_ids} == {c.claim_id for c in ws.claims()}
    assert stages[-1] == ALIGN_STAGE and stages.count(ALIGN_STAGE) == 1
