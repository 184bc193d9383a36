"""Corpus planning, loading and storage, without models: batches, rows, partitions, resume."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.corpus import ExtraMissingError, need
from factcheck.corpus.sources import FILES, JSONL, PARQUET, load_batch, month_of, plan
from factcheck.corpus.store import CorpusDir
from factcheck.documents import display_name, load_path
from factcheck.errors import InputError
from tests.conftest import FIXTURES

pa = pytest.importorskip("pyarrow")
parquet = pytest.importorskip("pyarrow.parquet")

ROWS = [
    {"id": "a1", "text": "The army said 12 soldiers died.", "title": "Attack",
     "publisher": "Wire", "date": "2024-07-30"},
    {"text": "   "},
    {"id": "a3", "text": "Rebels said they killed 50 troops.", "outlet": "Desk",
     "published": "2024-08-02T10:00:00Z", "url": "https://example.org/a3"},
]


def _jsonl(path: Path, rows: list, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r) for r in rows] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_folder_batches_cover_every_article_once_with_stable_ids() -> None:
    batches = plan([FIXTURES], batch_size=3)
    paths = [p for b in batches for p in b.paths]
    assert all(b.kind == FILES for b in batches)
    assert [Path(p).name for p in paths] == sorted(p.name for p in FIXTURES.glob("*.md"))
    assert [b.batch_id for b in plan([FIXTURES], batch_size=3)] == [b.batch_id for b in batches]
    others = {b.batch_id: b.paths for b in plan([FIXTURES], batch_size=2)}
    assert [others.get(b.batch_id) in (None, b.paths) for b in batches] == [True] * 3
    assert len(set(others) & {b.batch_id for b in batches}) == 1  # only the same last file


def test_folder_documents_load_as_analyze_loads_them() -> None:
    (batch, *_) = plan([FIXTURES], batch_size=2)
    loaded = list(load_batch(batch))
    assert [item.document for item in loaded] == [load_path(p) for p in batch.paths]
    assert {item.origin for item in loaded} == {display_name(FIXTURES)}


@pytest.mark.parametrize("size", [1, 2, 5])
def test_jsonl_rows_become_documents_or_one_line_reasons(tmp_path: Path, size: int) -> None:
    path = _jsonl(tmp_path / "archive.jsonl", ROWS, ("", "{not json"))
    batches = plan([path], batch_size=size)
    assert all(b.kind == JSONL for b in batches)
    loaded = [item for b in batches for item in load_batch(b)]
    docs = [item.document for item in loaded if item.document]
    assert [d.source for d in docs] == [f"{path}:a1", f"{path}:a3"]
    assert (docs[0].title, docs[0].outlet, docs[0].published) == ("Attack", "Wire", "2024-07-30")
    assert (docs[1].outlet, docs[1].url) == ("Desk", "https://example.org/a3")
    bad = {item.source: item.reason for item in loaded if item.document is None}
    assert list(bad) == [f"{path}:2", f"{path}:5"]
    assert bad[f"{path}:2"] == f"{path}:2: no 'text'"
    assert bad[f"{path}:5"].startswith(f"{path}:5: not a JSON object (JSONDecodeError")


def test_parquet_rows_are_read_by_row_range_across_row_groups(tmp_path: Path) -> None:
    path = tmp_path / "archive.parquet"
    rows = [{**ROWS[0], "id": f"r{n}", "text": f"Officials said {n} people died."}
            for n in range(7)]
    parquet.write_table(pa.Table.from_pylist(rows), path, row_group_size=3)
    batches = plan([path], batch_size=2)
    assert [b.kind for b in batches] == [PARQUET] * 4
    docs = [item.document for b in batches for item in load_batch(b)]
    assert [d.source for d in docs] == [f"{path}:r{n}" for n in range(7)]
    assert docs[4].text == "Officials said 4 people died."


@pytest.mark.parametrize(("published", "month"), [
    ("2024-07-30", "2024-07"), ("2024-07", "2024-07"), ("2024-07-30T10:00:00Z", "2024-07"),
    ("2024", "undated"), (None, "undated"), ("last Tuesday", "undated"),
])
def test_month_of(published: str | None, month: str) -> None:
    assert month_of(published) == month


def test_an_empty_source_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no articles, \.jsonl or \.parquet files"):
        plan([tmp_path])


def test_batch_files_replace_themselves(tmp_path: Path) -> None:
    corpus = CorpusDir(tmp_path)
    row = {"source": "a.md", "origin": "x", "reason": "a.md: empty", "batch_id": "b1"}
    rows = {"documents": [], "claims": [], "quantities": [], "bad": [row]}
    parts = {"documents": [], "claims": [], "quantities": []}
    corpus.write_batch("b1", rows, parts)
    corpus.write_batch("b1", rows, parts)
    assert parquet.read_table(corpus.glob("bad").replace("*", "b1")).num_rows == 1
    assert [p.name for p in (tmp_path / "bad").iterdir()] == ["b1.parquet"]


def test_a_forgotten_batch_leaves_no_file(tmp_path: Path) -> None:
    corpus = CorpusDir(tmp_path)
    row = {"source": "a.md", "origin": "x", "reason": "a.md: empty", "batch_id": "old"}
    for batch_id in ("old", "kept"):
        corpus.write_table("bad", [row], tmp_path / "bad" / f"{batch_id}.parquet")
        corpus.write_table("documents", [], tmp_path / "documents" / "2024-07" /
                           f"{batch_id}.parquet")
        corpus.mark_done({"batch_id": batch_id})
    corpus.forget({"old"})
    assert list(corpus.done()) == ["kept"]
    assert sorted(p.name for p in tmp_path.rglob("*.parquet")) == ["kept.parquet"] * 2


def test_resuming_with_other_settings_is_refused(tmp_path: Path) -> None:
    corpus = CorpusDir(tmp_path)
    settings = {"sources": ["/a"], "batch_size": 8, "partition": "month"}
    corpus.claim_settings(settings)
    corpus.claim_settings(settings)
    with pytest.raises(InputError, match="made with other batch_size, partition"):
        corpus.claim_settings({**settings, "batch_size": 4, "partition": "file"})


def test_a_missing_extra_is_named_in_one_line(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "duckdb", None)
    with pytest.raises(ExtraMissingError, match=r"need duckdb from the 'scale' extra"):
        need("duckdb")
    CorpusDir(tmp_path).claim_settings({"sources": []})
    result = CliRunner().invoke(cli, ["corpus", "query", str(tmp_path), "SELECT 1"])
    assert result.exit_code == 1
    assert result.output.strip() == ("Error: corpus commands need duckdb from the 'scale' "
                                     "extra: pip install 'factcheck[scale]'")


def test_query_outside_a_corpus_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["corpus", "query", str(tmp_path), "SELECT 1"])
    assert result.exit_code == 1
    assert "not a corpus folder" in result.output
    assert "Traceback" not in result.output


def test_the_cli_loads_without_the_scale_extra() -> None:
    """Ray, pyarrow and duckdb are imported only when a corpus command runs."""
    code = ("import sys, factcheck.cli, factcheck.corpus.engines; "
            "print(sorted({'ray', 'pyarrow', 'duckdb'} & set(sys.modules)))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True)
    assert found.stdout.strip() == "[]"
