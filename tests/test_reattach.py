"""Reviews survive re-analysis: anchored to what the reviewer saw, re-attached or reported."""

from __future__ import annotations

import csv
import dataclasses
import json
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import cli
from factcheck.analysis import import_folder_aliases, reattach_reviews
from factcheck.decisions import CLAIM_GONE, NO_ANCHOR, orphans
from factcheck.records import Claim, Review, ReviewStatus, Span
from factcheck.review import ReviewService
from factcheck.workspace import SCHEMA_VERSION, Workspace

from .tui_fixtures import SPECS, build_workspace, fixture_documents


def review_everything(ws: Workspace) -> dict[str, Review]:
    """Confirm or reject every claim, each with a note naming its content: content -> review."""
    service = ReviewService(ws, reviewer="ana")
    for n, claim in enumerate(ws.claims()):
        service.set_status(claim.claim_id, (ReviewStatus.CONFIRMED, ReviewStatus.REJECTED)[n % 2])
        service.set_note(claim.claim_id, f"checked {claim.content.text[:20]}")
    by_id = {c.claim_id: c.content.text for c in ws.claims()}
    return {by_id[cid]: r for cid, r in ws.reviews().items()}


def trim_last_word(claim: Claim, doc_sha: str) -> Claim:
    """A rule that now ends the content one word earlier: new offsets, so a new id."""
    text = claim.content.text
    cut = text.rstrip().rfind(" ")
    content = Span(claim.content.start, claim.content.start + cut, text[:cut])
    return dataclasses.replace(claim, content=content,
                               claim_id=Claim.make_id(doc_sha, content, claim.cue))


def test_a_moved_content_boundary_keeps_every_review(tmp_path: Path) -> None:
    build_workspace(tmp_path / "ws.db")
    docs = fixture_documents()
    with Workspace(tmp_path / "ws.db") as ws:
        before = review_everything(ws)
        moved = 0
        for doc in docs.values():
            claims = [trim_last_word(c, doc.sha256) for c in ws.claims(doc.doc_id)]
            with ws.transaction():
                ws.replace_claims(doc.doc_id, claims)
                moved += reattach_reviews(ws, doc, claims)
        assert moved == len(before) == len(SPECS)
        assert orphans(ws) == []
        reviews = ws.reviews()
        for claim in ws.claims():
            original = next(text for text in before if text.startswith(claim.content.text))
            assert reviews[claim.claim_id] == dataclasses.replace(before[original],
                                                                  claim_id=claim.claim_id)


def test_a_review_on_a_claim_no_rule_finds_any_more_is_reported(tmp_path: Path) -> None:
    claims = build_workspace(tmp_path / "ws.db")
    doc = fixture_documents()["bloomberg"]
    b6 = claims["B6"]
    with Workspace(tmp_path / "ws.db") as ws:
        ReviewService(ws).set_status(b6.claim_id, ReviewStatus.REJECTED)
        kept = [c for c in ws.claims(doc.doc_id) if c.claim_id != b6.claim_id]
        with ws.transaction():
            ws.replace_claims(doc.doc_id, kept)
            assert reattach_reviews(ws, doc, kept) == 0
        (orphan,) = orphans(ws)
        assert (orphan.claim_id, orphan.status, orphan.reason) == (
            b6.claim_id, ReviewStatus.REJECTED, CLAIM_GONE)
        assert orphan.content == b6.content.text and orphan.speakers == "Jose Luengo-Cabrera"
        assert ws.reviews()[b6.claim_id].status is ReviewStatus.REJECTED  # kept, not dropped
        result = CliRunner().invoke(cli.cli, ["review", "orphans", "-w", str(ws.path)])
    assert result.exit_code == 0, result.output
    assert "rejected" in result.output and b6.content.text in result.output
    assert "1 orphaned decisions" in result.output


def test_a_folders_aliases_never_override_a_reviewers_split_or_merge(tmp_path: Path) -> None:
    (tmp_path / "aliases.toml").write_text(
        '[[entity]]\ncanonical = "JNIM"\n'
        'aliases = ["an Islamist group affiliated with al Qaeda", "the group", "GSIM"]\n',
        encoding="utf-8")
    build_workspace(tmp_path / "ws.db")
    with Workspace(tmp_path / "ws.db") as ws:
        service = ReviewService(ws)
        service.split_alias("an Islamist group affiliated with al Qaeda")
        service.merge_speaker("the group", "CSP")
        assert import_folder_aliases(ws, [tmp_path]) == 2
        assert ws.aliases()["an islamist group affiliated with al qaeda"] == (
            "an Islamist group affiliated with al Qaeda")
        assert ws.aliases()["the group"] == "CSP"
        assert ws.aliases()["gsim"] == "JNIM"


def test_migrating_a_version_2_workspace_anchors_its_reviews(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    claims = build_workspace(path)
    r11 = claims["R11"]
    with Workspace(path) as ws:  # back to what a version-2 workspace held
        ws.db.executescript("DROP INDEX documents_by_source;"
                            "DROP TABLE side_members; DROP TABLE sides;"
                            "CREATE TABLE r2 AS SELECT claim_id, status, note, reviewer, "
                            "reviewed_at, group_override FROM reviews;"
                            "DROP TABLE reviews; ALTER TABLE r2 RENAME TO reviews;"
                            "PRAGMA user_version = 2;")
        ws.db.execute("INSERT INTO reviews VALUES (?,?,?,?,?,?)",
                      (r11.claim_id, "confirmed", "seen", "ana", "2024-08-01T00:00:00", None))
        ws.db.execute("INSERT INTO reviews VALUES (?,?,?,?,?,?)",
                      ("0123456789abcdef", "rejected", "", "ana", "2024-08-01T00:00:00", None))
    with Workspace(path, target_version=2) as ws:
        assert ws.schema_version == 2
    with Workspace(path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        anchor = ws.anchors()[r11.claim_id]
        assert anchor is not None
        assert (anchor.doc_id, anchor.source, anchor.cue, anchor.content, anchor.start) == (
            r11.doc_id, fixture_documents()["reuters"].source, "said", r11.content.text,
            r11.content.start)
        assert anchor.speakers == ("an Islamist group affiliated with al Qaeda",)
        assert anchor.sentence == r11.sentence.text
        assert ws.reviews()[r11.claim_id].note == "seen"
        (orphan,) = orphans(ws)
        assert (orphan.claim_id, orphan.reason) == ("0123456789abcdef", NO_ANCHOR)


@pytest.mark.parametrize("speakers", [["a", "b"], json.dumps(["a", "b"])])
def test_an_anchor_reads_its_speakers_however_sqlite_nested_them(speakers) -> None:
    from factcheck.records import Anchor

    text = json.dumps({"doc_id": "d", "source": "s", "sentence": "x", "speakers": speakers,
                       "cue": "said", "content": "x", "start": 0})
    assert Anchor.from_json(text).speakers == ("a", "b")


ARTICLE = ("The army said it had killed 20 fighters near Kidal on Monday. "
           "Residents said the town was quiet after the raid. "
           "The rebels said they had lost two men in the fighting. "
           "A local official said 12 civilians were wounded in the clashes.\n")
EDITED = ARTICLE.replace("lost two men", "lost five men")


def reviews_by_words(ws: Workspace) -> dict[tuple[str, str], Review]:
    """(sentence, content) -> review, so versions with other claim ids compare."""
    claims = {c.claim_id: c for c in ws.claims()}
    return {(claims[cid].sentence.text, claims[cid].content.text):
            dataclasses.replace(review, claim_id="")
            for cid, review in ws.reviews().items() if cid in claims}


@pytest.mark.stanza
def test_reviews_follow_a_rule_change_and_an_edited_sentence(tmp_path: Path,
                                                             monkeypatch) -> None:
    from factcheck import analysis
    from factcheck.analysis import analyze_paths

    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "kidal.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "ws.db"
    with Workspace(path) as ws:
        analyze_paths(ws, [folder])
        review_everything(ws)
        before = reviews_by_words(ws)
        assert len(before) >= 3

        # a rule that ends every content one word earlier gives every claim a new id
        claims_for = analysis.claims_for
        monkeypatch.setattr(analysis, "claims_for", lambda doc, sdoc, aliases: [
            trim_last_word(c, doc.sha256) for c in claims_for(doc, sdoc, aliases)])
        report = analyze_paths(ws, [folder])
        assert (report.reattached, report.orphaned) == (len(before), 0)
        monkeypatch.undo()
        report = analyze_paths(ws, [folder])
        assert (report.reattached, report.orphaned) == (len(before), 0)
        assert reviews_by_words(ws) == before

    article.write_text(EDITED, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(cli.cli, ["analyze", str(folder), "-w", str(path),
                                          "--csv", str(out / "claims.csv")])
    assert result.exit_code == 0, result.output
    with Workspace(path) as ws:
        (doc,) = ws.documents()
        assert doc.text == EDITED.strip()
        after = reviews_by_words(ws)
        edited = "The rebels said they had lost five men in the fighting."
        unchanged = {key: r for key, r in before.items() if "lost two men" not in key[0]}
        assert after == unchanged  # every unchanged claim kept its review, no other got one
        gone = orphans(ws)  # only the edited claim's review, which no claim now matches
        assert gone and all("lost two men" in o.content and o.reason == CLAIM_GONE
                            for o in gone)
        assert not any(key[0] == edited for key in after)
        with (out / "claims.csv").open(encoding="utf-8", newline="") as handle:
            exported = {row["claim_id"] for row in csv.DictReader(handle)}
        assert exported == {c.claim_id for c in ws.claims(include_non_claims=False)}
    assert f"{len(unchanged)} reviews re-attached" in result.output
    assert f"{len(gone)} reviews could not be placed (factcheck review orphans)" in result.output
    assert "1 edited documents replaced their old version" in result.output


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_reviews_survive_any_boundary_moves(data: st.DataObject) -> None:
    """Random reviews, then a rule change that moves a random subset of content boundaries."""
    with tempfile.TemporaryDirectory() as folder:
        build_workspace(Path(folder) / "ws.db")
        with Workspace(Path(folder) / "ws.db") as ws:
            service = ReviewService(ws, reviewer="ana")
            ids = sorted(c.claim_id for c in ws.claims())
            for cid in data.draw(st.lists(st.sampled_from(ids), unique=True, min_size=1)):
                service.set_status(cid, data.draw(st.sampled_from(list(ReviewStatus))))
                service.set_note(cid, cid)  # the note names the claim the reviewer saw
            texts = {c.claim_id: c.content.text for c in ws.claims()}
            trimmed = set(data.draw(st.lists(st.sampled_from(ids), unique=True)))
            for doc in fixture_documents().values():
                claims = [trim_last_word(c, doc.sha256) if c.claim_id in trimmed else c
                          for c in ws.claims(doc.doc_id)]
                with ws.transaction():
                    ws.replace_claims(doc.doc_id, claims)
                    reattach_reviews(ws, doc, claims)
            assert orphans(ws) == []
            now = {c.claim_id: c.content.text for c in ws.claims()}
            for cid, review in ws.reviews().items():
                assert texts[review.note].startswith(now[cid])
