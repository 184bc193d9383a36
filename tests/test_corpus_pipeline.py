"""The Ray path on a local runtime over the fixtures, against ``factcheck analyze``.

One run on two Ray workers, one of which is killed after its first batch: Ray restarts
it and retries its batches, and every document still ends up stored exactly once,
with the claims (ids, spans, records) a single-process analyze gives it.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.align import align_workspace
from factcheck.align.features import doc_contexts
from factcheck.analysis import analyze_paths
from factcheck.cli import cli
from factcheck.corpus.align import align_corpus
from factcheck.corpus.engines import analyze_corpus
from factcheck.corpus.query import open_slice, run_query
from factcheck.corpus.sources import month_of, plan
from factcheck.records import Claim
from factcheck.workspace import Workspace
from tests.conftest import FIXTURES

pytestmark = [pytest.mark.stanza, pytest.mark.ray, pytest.mark.embeddings]
ray = pytest.importorskip("ray")
BATCH_SIZE = 2


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixtures through ``factcheck analyze``'s own path, aligned."""
    path = tmp_path_factory.mktemp("single") / "ws.db"
    with Workspace(path) as ws:
        analyze_paths(ws, [FIXTURES])
        align_workspace(ws)
    return path


@pytest.fixture(scope="module")
def ray_runtime():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             object_store_memory=256 * 1024 * 1024)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def on_ray(ray_runtime, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list, list]:
    """The corpus run on two actors; the first batch's worker is killed as it reports."""
    out = tmp_path_factory.mktemp("corpus")
    entries: list[dict] = []
    killed: list[int] = []

    def kill_first_worker(entry: dict) -> None:
        entries.append(entry)
        if not killed:
            os.kill(entry["pid"], signal.SIGKILL)
            killed.append(entry["pid"])

    analyze_corpus([FIXTURES], out, engine="ray", workers=2, batch_size=BATCH_SIZE,
                   on_batch=kill_first_worker)
    return out, entries, killed


def _plain(claim: Claim) -> dict:
    """A claim as its stored JSON reads back (tuples as lists, enums as strings)."""
    return json.loads(json.dumps(claim.to_dict()))


def _claims_by_doc(rows: list[tuple[str, str]]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for doc_id, record in rows:
        found.setdefault(doc_id, []).append(json.loads(record))
    return found


def test_ray_gives_every_document_the_claims_analyze_gives(single: Path, on_ray) -> None:
    out, _, _ = on_ray
    _, rows = run_query(out, "SELECT doc_id, record FROM claims ORDER BY doc_id, content_start")
    with Workspace(single) as ws:
        expected = {d.doc_id: [_plain(c) for c in ws.claims(d.doc_id)]
                    for d in ws.documents()}
    assert _claims_by_doc(rows) == {k: v for k, v in expected.items() if v}
    _, docs = run_query(out, "SELECT doc_id FROM documents ORDER BY doc_id")
    assert [d for (d,) in docs] == sorted(expected)


def test_a_killed_worker_costs_no_document_and_duplicates_none(on_ray) -> None:
    out, entries, killed = on_ray
    assert killed, "no worker was killed"
    batches = plan([FIXTURES], BATCH_SIZE)
    assert sorted(e["batch_id"] for e in entries) == sorted(b.batch_id for b in batches)
    _, [(rows, distinct)] = run_query(out, "SELECT count(*), count(DISTINCT doc_id) "
                                           "FROM documents")
    assert rows == distinct == len(list(FIXTURES.glob("*.md")))
    _, [(claims, distinct_claims)] = run_query(out, "SELECT count(*), count(DISTINCT claim_id) "
                                                    "FROM claims")
    assert claims == distinct_claims


def test_a_rerun_finds_everything_done(on_ray) -> None:
    out, entries, _ = on_ray
    summary = analyze_corpus([FIXTURES], out, engine="ray", workers=2, batch_size=BATCH_SIZE)
    assert (summary.batches, summary.resumed) == (0, len(entries))


def test_corpus_align_groups_as_one_machine(single: Path, on_ray) -> None:
    out, _, _ = on_ray
    done = align_corpus(out)
    _, members = run_query(out, "SELECT group_id, claim_id FROM members")
    _, pairs = run_query(out, "SELECT claim_a, claim_b, relation, basis FROM pairs")
    with Workspace(single) as ws:
        groups = ws.groups()
    assert done.groups == len(groups)
    assert sorted(members) == sorted((g.group_id, c) for g in groups for c in g.claim_ids)
    assert sorted(pairs) == sorted((p.claim_a, p.claim_b, p.relation.value, p.basis)
                                   for g in groups for p in g.pairs)


def test_query_command_prints_a_table(single: Path, on_ray) -> None:
    out, _, _ = on_ray
    result = CliRunner().invoke(cli, ["corpus", "query", str(out),
                                      "SELECT count(*) AS n FROM claims WHERE NOT non_claim"])
    with Workspace(single) as ws:
        compared = len(ws.claims(include_non_claims=False))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", str(compared)]


def test_a_slice_opens_as_a_workspace(single: Path, on_ray, tmp_path: Path) -> None:
    out, _, _ = on_ray
    align_corpus(out)
    with Workspace(single) as ws:
        docs = ws.documents()
        places = doc_contexts(docs)
        july = [d for d in docs if month_of(d.published) == "2024-07"]
        place = sorted(places[july[0].doc_id].places)[0]
        wanted = sorted(d.doc_id for d in july if place in places[d.doc_id].places)
        claims = {d: [_plain(c) for c in ws.claims(d)] for d in wanted}
    sliced = tmp_path / "slice.db"
    where = f"place = '{place}' AND month = '2024-07'"
    done = open_slice(out, where, sliced)
    with Workspace(sliced) as ws:
        assert sorted(d.doc_id for d in ws.documents()) == wanted
        assert {d: [_plain(c) for c in ws.claims(d)] for d in wanted} == claims
        assert len(ws.groups()) == done.groups > 0
