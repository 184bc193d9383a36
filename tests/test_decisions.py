"""One decisions layer: the app's view model and every export agree after any decisions."""

from __future__ import annotations

import csv
import dataclasses
import json
import tempfile
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.decisions import GROUP_GONE, Decisions, Names
from factcheck.export import restore, write_export
from factcheck.records import ReviewStatus
from factcheck.review import UNKNOWN_SPEAKER, ReviewService
from factcheck.workspace import Workspace

from .tui_fixtures import build_claims, build_groups, build_workspace

#: New names a merge or a new group may take; few, so decisions collide as people's do.
NEW_NAMES = ("Rebels", "Mali's army", "Losses")
ACTIONS = ("status", "note", "move", "new_group", "merge", "split", "rename")


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: restore(v) for k, v in row.items()} for row in csv.DictReader(handle)]


def view_model(service: ReviewService) -> dict[str, tuple[str, str, str, bool, str]]:
    """claim id -> (claimant, group id, label, conflict, status) as the app's screens show them."""
    shown = {}
    for row in service.board():
        group = service.group(row.group_id)
        for claim in group.rows:
            claimant = "" if claim.claimant == UNKNOWN_SPEAKER else claim.claimant
            shown[claim.claim_id] = (claimant, group.group_id, group.label, group.has_conflict,
                                     claim.status.value)
    return shown


def assert_agree(service: ReviewService, out: Path) -> None:
    summary = write_export(service.ws, out / "claims.csv")
    shown = view_model(service)
    claims = read_csv(summary.claims_csv)
    exported = {r["claim_id"]: (r["claimant_canonical"], r["group_id"], r["group_label"],
                                r["group_has_conflict"] == "true", r["review_status"])
                for r in claims}
    assert exported == shown
    statuses = {cid: ReviewStatus(v[4]) for cid, v in shown.items()}
    for pair in read_csv(summary.pairs_csv):
        assert pair["group_id"] == service.group_of(pair["claim_a"])
        both = {statuses[pair["claim_a"]], statuses[pair["claim_b"]]}
        expected = (ReviewStatus.REJECTED if ReviewStatus.REJECTED in both else
                    ReviewStatus.CONFIRMED if both == {ReviewStatus.CONFIRMED} else
                    ReviewStatus.UNREVIEWED)
        assert pair["review_status"] == expected.value
    counts = json.loads(summary.export_json.read_text(encoding="utf-8"))["counts"]
    board = service.board()
    assert counts["groups"] == len(board)
    assert counts["conflicting_groups"] == sum(r.has_conflict for r in board)
    assert counts["claims"] == len(shown)
    assert counts["reviews"] == dict(Counter(s.value for s in statuses.values()
                                             if s is not ReviewStatus.UNREVIEWED))


def apply(service: ReviewService, data: st.DataObject, action: str) -> None:
    """One decision a reviewer could make on the app's screens, drawn at random."""
    claim_ids = sorted(c.claim_id for c in service.ws.claims())  # non-claims too
    grouped = [cid for cid in claim_ids if service.group_of(cid) is not None]
    speakers = service.speakers()
    if action == "status":
        service.set_status(data.draw(st.sampled_from(claim_ids)),
                           data.draw(st.sampled_from(list(ReviewStatus))))
    elif action == "note":
        service.set_note(data.draw(st.sampled_from(claim_ids)),
                         data.draw(st.text(alphabet="=+ab ", max_size=4)))
    elif action == "move":
        cid = data.draw(st.sampled_from(grouped))
        choices = service.group_choices(cid)
        if choices:
            service.move_claim(cid, group_id=data.draw(st.sampled_from(choices))[0])
    elif action == "new_group":
        service.move_claim(data.draw(st.sampled_from(grouped)),
                           new_label=data.draw(st.sampled_from(NEW_NAMES)))
    elif action in ("merge", "rename"):
        name = data.draw(st.sampled_from(speakers)).name
        into = data.draw(st.sampled_from([s.name for s in speakers] + list(NEW_NAMES)))
        service.merge_speaker(name, into)
    else:
        with_aliases = [s for s in speakers if s.aliases]
        if with_aliases:
            speaker = data.draw(st.sampled_from(with_aliases))
            service.split_alias(data.draw(st.sampled_from(speaker.aliases)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), actions=st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=8))
def test_any_decisions_show_the_same_in_the_app_and_every_export(data: st.DataObject,
                                                                  actions: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        build_workspace(out / "ws.db")
        with Workspace(out / "ws.db") as ws:
            service = ReviewService(ws, reviewer="tester")
            for action in actions:
                apply(service, data, action)
                service.reload()  # what a reopened app reads, not only what it wrote
            assert_agree(service, out)


def test_a_split_speaker_is_the_same_claimant_in_the_app_and_every_export(
        tmp_path: Path) -> None:
    """Issue 14: split 'The army' (linked to Mali's army) and the alias-made JNIM name."""
    claims = build_workspace(tmp_path / "ws.db")
    with Workspace(tmp_path / "ws.db") as ws:
        service = ReviewService(ws, reviewer="tester")
        service.split_alias("The army")
        service.split_alias("an Islamist group affiliated with al Qaeda")
        shown = view_model(service)
        assert shown[claims["B4"].claim_id][0] == "The army"
        assert shown[claims["R11"].claim_id][0] == "an Islamist group affiliated with al Qaeda"
        assert_agree(service, tmp_path)
        rows = read_csv(tmp_path / "claims.csv")
        assert {r["claimant_canonical"] for r in rows if r["claim_id"] == claims["B4"].claim_id} \
            == {"The army"}


def test_alignment_reads_the_same_claimant_names() -> None:
    """features_for resolves names through the decisions layer, chains and splits included."""
    from factcheck.align.features import features_for
    from factcheck.documents import load_path

    from .tui_fixtures import FIXTURES

    claims = build_claims()
    doc = load_path(FIXTURES / "reuters_tinzaouaten_2024.md")
    aliases = {"jnim": "CSP", "csp": "Permanent Strategic Framework",
               "an islamist group affiliated with al qaeda": "an Islamist group affiliated with "
                                                            "al Qaeda"}
    (jnim,) = features_for([claims["R11"]], [doc], aliases)
    assert jnim.claimants == frozenset(
        n.casefold() for n in Names(aliases).claimants(claims["R11"]))
    assert jnim.claimants == {"an islamist group affiliated with al qaeda"}
    (csp,) = features_for([claims["R10"]], [doc], aliases)
    assert csp.claimants == {"permanent strategic framework"}


def test_a_move_to_a_group_that_vanished_is_reported_not_dropped(tmp_path: Path) -> None:
    claims = build_workspace(tmp_path / "ws.db")
    r1 = claims["R1"].claim_id
    with Workspace(tmp_path / "ws.db") as ws:
        service = ReviewService(ws)
        service.move_claim(r1, group_id="g-kidal")
        ws.replace_groups([g for g in build_groups(claims) if g.group_id != "g-kidal"])
        service.reload()
        (orphan,) = service.orphans()
        assert (orphan.claim_id, orphan.reason) == (r1, f"{GROUP_GONE} (g-kidal)")
        assert r1 in Decisions.load(ws).lost_moves
        assert service.group_of(r1) == "g-wagner"


def test_a_move_follows_its_group_when_alignment_gives_it_a_new_id(tmp_path: Path) -> None:
    claims = build_workspace(tmp_path / "ws.db")
    r1 = claims["R1"].claim_id
    with Workspace(tmp_path / "ws.db") as ws:
        ReviewService(ws).move_claim(r1, group_id="g-kidal")
        regrouped = [dataclasses.replace(g, group_id="g-kidal-2",
                                         claim_ids=(*g.claim_ids, claims["M1"].claim_id))
                     if g.group_id == "g-kidal" else g for g in build_groups(claims)]
        ws.replace_groups(regrouped)
        service = ReviewService(ws)
        assert service.group_of(r1) == "g-kidal-2"
        assert service.orphans() == []
