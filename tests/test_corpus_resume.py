"""A PolNeAR slice from JSON Lines, in-process, with the driver killed mid-run and rerun.

The rerun finishes what the killed run left, every article is stored once, and each
gets the claims ``factcheck analyze`` gives the same text read from a file.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck.analysis import analyze_paths
from factcheck.corpus.engines import analyze_corpus
from factcheck.corpus.query import run_query
from factcheck.corpus.store import MANIFEST
from factcheck.workspace import Workspace
from tests.conftest import ROOT

pytestmark = [pytest.mark.stanza, pytest.mark.embeddings]
pytest.importorskip("pyarrow")
pytest.importorskip("duckdb")
#: PolNeAR beside the checkout (../shared), or beside a worktree's parent folder.
POLNEAR_DEV = next((p for p in (root / "shared" / "benchmarks" / "polnear" / "polnear_dev.jsonl"
                                for root in (ROOT.parent, ROOT.parent.parent)) if p.is_file()),
                   ROOT.parent / "shared")
ARTICLES = 3
STARTUP_SECONDS = 600


@pytest.fixture(scope="module")
def slice_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not POLNEAR_DEV.is_file():
        pytest.skip(f"PolNeAR is not at {POLNEAR_DEV}")
    with POLNEAR_DEV.open(encoding="utf-8") as handle:
        rows = [json.loads(next(handle)) for _ in range(ARTICLES)]
    path = tmp_path_factory.mktemp("polnear") / "slice.jsonl"
    rows.append({"id": "blank", "text": "  "})  # a bad row: recorded, never fatal
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def resumed(slice_jsonl: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The corpus after a driver killed once its first batch was recorded, then rerun."""
    out = tmp_path_factory.mktemp("corpus")
    command = [sys.executable, "-c", "from factcheck.cli import main; main()", "corpus",
               "analyze", str(slice_jsonl), "--out", str(out), "--engine", "local",
               "--batch-size", "1"]
    driver = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + STARTUP_SECONDS
    while not any((out / MANIFEST).glob("*.json")) and driver.poll() is None:
        assert time.monotonic() < deadline, "the first batch never finished"
        time.sleep(0.1)
    os.kill(driver.pid, signal.SIGKILL)
    driver.wait()
    done_before = len(list((out / MANIFEST).glob("*.json")))
    summary = analyze_corpus([slice_jsonl], out, engine="local", batch_size=1)
    assert summary.resumed == done_before
    return out, done_before


def test_the_rerun_finishes_with_every_article_once(resumed: tuple[Path, int],
                                                    slice_jsonl: Path) -> None:
    out, done_before = resumed
    assert 1 <= done_before < ARTICLES + 1
    _, [(rows, distinct)] = run_query(out, "SELECT count(*), count(DISTINCT doc_id) "
                                           "FROM documents")
    assert rows == distinct == ARTICLES
    _, [(claims, distinct_claims)] = run_query(out, "SELECT count(*), count(DISTINCT claim_id) "
                                                    "FROM claims")
    assert claims == distinct_claims
    _, bad = run_query(out, "SELECT source, reason FROM bad")
    assert bad == [(f"{slice_jsonl}:{ARTICLES + 1}", f"{slice_jsonl}:blank: no 'text'")]


def test_each_article_gets_the_claims_analyze_gives(resumed: tuple[Path, int],
                                                    slice_jsonl: Path, tmp_path: Path) -> None:
    out, _ = resumed
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, line in enumerate(slice_jsonl.read_text(encoding="utf-8").splitlines()[:ARTICLES]):
        (folder / f"{n}.txt").write_text(json.loads(line)["text"], encoding="utf-8")
    with Workspace(tmp_path / "ws.db") as ws:
        analyze_paths(ws, [folder])
        expected = {d.doc_id: [json.loads(json.dumps(c.to_dict())) for c in ws.claims(d.doc_id)]
                    for d in ws.documents()}
    _, rows = run_query(out, "SELECT doc_id, record FROM claims ORDER BY doc_id, content_start")
    found: dict[str, list[dict]] = {}
    for doc_id, record in rows:
        found.setdefault(doc_id, []).append(json.loads(record))
    assert found == {k: v for k, v in expected.items() if v}
    assert sum(map(len, found.values())) > 0
