"""The workspace keeps model output replaceable and human decisions permanent."""

from __future__ import annotations

import sqlite3

import pytest

from factcheck.errors import WorkspaceError
from factcheck.records import (
    AttributionType,
    Claim,
    ClaimGroup,
    Cue,
    Document,
    PairRelation,
    Relation,
    Review,
    ReviewStatus,
    Span,
    Speaker,
)
from factcheck.workspace import SCHEMA_VERSION, Workspace

TEXT = "The army said it lost two soldiers."
DOC = Document(TEXT, "a.txt", title="T", outlet="Reuters")


def make_claim(doc: Document = DOC) -> Claim:
    content = Span(14, 34, TEXT[14:34])
    cue = Cue("said", 9, 13, "say")
    return Claim(
        claim_id=Claim.make_id(doc.sha256, content, cue), doc_id=doc.doc_id, sentence_index=0,
        speakers=(Speaker("The army", 0, 8, "Mali's army"),), cue=cue, content=content,
        type=AttributionType.INDIRECT, rule="ccomp",
    )


def test_new_workspace_is_at_latest_schema_in_wal_mode(workspace: Workspace) -> None:
    assert workspace.schema_version == SCHEMA_VERSION
    assert workspace.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert workspace.integrity_ok()


def test_documents_claims_and_reviews_survive_close_and_reopen(tmp_path) -> None:
    path = tmp_path / "ws.db"
    claim = make_claim()
    with Workspace(path) as ws:
        ws.put_document(DOC)
        ws.replace_claims(DOC.doc_id, [claim])
        ws.set_review(Review(claim.claim_id, ReviewStatus.CONFIRMED, note="checked"))
        ws.set_alias("The Army", "Mali's army")
    with Workspace(path) as ws:
        assert ws.documents() == [DOC]
        assert ws.claims() == [claim]
        review = ws.reviews()[claim.claim_id]
        assert (review.status, review.note) == (ReviewStatus.CONFIRMED, "checked")
        assert review.reviewed_at
        assert ws.aliases() == {"the army": "Mali's army"}


def test_replacing_claims_keeps_reviews(workspace: Workspace) -> None:
    claim = make_claim()
    workspace.put_document(DOC)
    workspace.replace_claims(DOC.doc_id, [claim])
    workspace.set_review(Review(claim.claim_id, ReviewStatus.REJECTED))
    workspace.replace_claims(DOC.doc_id, [claim])
    assert workspace.reviews()[claim.claim_id].status is ReviewStatus.REJECTED


def test_groups_round_trip_with_conflict_flag(workspace: Workspace) -> None:
    pair = PairRelation("a", "b", 0.8, Relation.CONFLICTING, "numeric-range")
    workspace.replace_groups([ClaimGroup("g1", "killed · soldiers", ("a", "b"), (pair,)),
                              ClaimGroup("g2", "other", ("c",))])
    groups = workspace.groups()
    assert [g.group_id for g in groups] == ["g1", "g2"]
    assert groups[0].has_conflict and not groups[1].has_conflict
    assert groups[0].pairs == (pair,)


def test_parse_cache_round_trips_bytes(workspace: Workspace) -> None:
    workspace.put_parse("sha", "fp", b"\x00payload", seconds=1.5, sentences=3, entities=2)
    assert workspace.get_parse("sha", "fp") == b"\x00payload"
    assert workspace.get_parse("sha", "other-models") is None
    assert workspace.parse_stats("fp") == {"sha": (3, 2, 1.5)}


def test_migration_from_version_1_keeps_documents(tmp_path) -> None:
    path = tmp_path / "old.db"
    with Workspace(path, target_version=1) as old:
        assert old.schema_version == 1
        old.put_document(DOC)
        old.put_parse(DOC.sha256, "fp", b"x", seconds=0.1, sentences=1, entities=0)
    with Workspace(path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        assert ws.documents() == [DOC]
        assert ws.get_parse(DOC.sha256, "fp") == b"x"
        ws.replace_claims(DOC.doc_id, [make_claim()])
        assert len(ws.claims()) == 1


def test_newer_schema_is_refused(tmp_path) -> None:
    path = tmp_path / "new.db"
    with Workspace(path):
        pass
    sqlite3.connect(path).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}").connection.close()
    with pytest.raises(WorkspaceError, match="newer than this factcheck"):
        Workspace(path)


def test_a_file_that_is_not_sqlite_is_a_workspace_error(tmp_path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some notes, not a database " * 100)
    with pytest.raises(WorkspaceError, match="is not a factcheck workspace"):
        Workspace(path)


def test_embeddings_cache_by_text_and_model(workspace: Workspace) -> None:
    workspace.put_embeddings("minilm", {"t1": b"\x01\x02"})
    assert workspace.get_embeddings(["t1", "t2"], "minilm") == {"t1": b"\x01\x02"}
    assert workspace.get_embeddings(["t1"], "other") == {}
