"""The product's reason to exist, end to end: real stanza, the real embedding model, fixtures/.

The Tinzaouaten battle's casualty claims from six claimants land in one conflicting
group; the drone strike's civilian tolls in another; the Kidal offensive of 2023
in neither. The comparison CSV read back keeps every row's claimant, cue, hedge,
range and sentence.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from factcheck.decisions import Names
from factcheck.export import restore, write_export
from factcheck.pipeline import analyze_and_align
from factcheck.records import Claim, ClaimGroup
from factcheck.workspace import Workspace

from .conftest import FIXTURES

pytestmark = [pytest.mark.stanza, pytest.mark.embeddings]

BATTLE_CLAIMANTS = {"CSP", "JNIM", "Russian military bloggers", "Wagner", "Grey Zone"}
KIDAL_SOURCES = ("bloomberg_kidal_2023.md", "west_africa_wire_kidal_2023-11-15.md")


@pytest.fixture(scope="module")
def aligned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("conflicts") / "fixtures.db"
    with Workspace(path) as ws:
        assert analyze_and_align(ws, [FIXTURES]).report.skipped == []
    return path


@pytest.fixture
def ws(aligned: Path):
    with Workspace(aligned) as opened:
        yield opened


def find(ws: Workspace, source: str, words: str) -> Claim:
    doc = next(d for d in ws.documents() if Path(d.source).name == source)
    (found,) = [c for c in ws.claims(doc.doc_id, include_non_claims=False)
                if words in c.content.text]
    return found


def group_of(ws: Workspace, found: Claim) -> ClaimGroup:
    return next(g for g in ws.groups() if found.claim_id in g.claim_ids)


def claimants(ws: Workspace, group: ClaimGroup) -> set[str]:
    names = Names(ws.aliases())
    return {name for c in ws.claims(include_non_claims=False) if c.claim_id in group.claim_ids
            for name in names.claimants(c)}


def test_the_battle_claims_form_one_conflicting_group(ws: Workspace) -> None:
    battle = group_of(ws, find(ws, "sahel_monitor_tinzaouaten_2024-07-29.md", "84 Wagner"))
    assert battle.has_conflict
    assert battle.label.startswith("killed · Wagner/Russian fighters · Tinzaouaten")
    names = claimants(ws, battle)
    assert names >= BATTLE_CLAIMANTS
    assert any("army" in name.casefold() for name in names)
    for source, words in [("reuters_tinzaouaten_2024.md", "50 Russians"),
                          ("reuters_tinzaouaten_2024.md", "20 or more Wagner"),
                          ("west_africa_wire_tinzaouaten_2024-07-30.md", "two soldiers"),
                          ("west_africa_wire_tinzaouaten_2024-07-30.md", "heavy losses"),
                          ("saharan_desk_tinzaouaten_drone_2024-08-26.md", "84 Wagner")]:
        assert find(ws, source, words).claim_id in battle.claim_ids, words


def test_the_drone_strike_tolls_form_their_own_conflicting_group(ws: Workspace) -> None:
    drone = group_of(ws, find(ws, "saharan_desk_tinzaouaten_drone_2024-08-26.md",
                              "21 civilians"))
    official = find(ws, "bamako_daily_tinzaouaten_drone_2024-08-27.md", "15 civilians")
    assert official.claim_id in drone.claim_ids
    assert drone.has_conflict
    battle = group_of(ws, find(ws, "sahel_monitor_tinzaouaten_2024-07-29.md", "84 Wagner"))
    assert drone.group_id != battle.group_id


def test_kidal_claims_stay_out_of_both(ws: Workspace) -> None:
    battle = group_of(ws, find(ws, "sahel_monitor_tinzaouaten_2024-07-29.md", "84 Wagner"))
    drone = group_of(ws, find(ws, "saharan_desk_tinzaouaten_drone_2024-08-26.md",
                              "21 civilians"))
    kidal = {c.claim_id for d in ws.documents() if Path(d.source).name in KIDAL_SOURCES
             for c in ws.claims(d.doc_id)}
    kidal.add(find(ws, "bamako_daily_tinzaouaten_drone_2024-08-27.md", "Kidal").claim_id)
    assert len(kidal) >= 5
    assert not kidal & (set(battle.claim_ids) | set(drone.claim_ids))


def test_the_csv_rows_keep_who_how_and_which_sentence(ws: Workspace, tmp_path: Path) -> None:
    summary = write_export(ws, tmp_path / "claims.csv")
    with summary.claims_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts = {d.doc_id: d.text for d in ws.documents()}
    for row in rows:
        assert restore(row["quote"]) == texts[row["doc_id"]][int(row["char_start"]):
                                                             int(row["char_end"])]
    battle = group_of(ws, find(ws, "sahel_monitor_tinzaouaten_2024-07-29.md", "84 Wagner"))
    battle_rows = [r for r in rows if r["group_id"] == battle.group_id]
    assert {r["group_has_conflict"] for r in battle_rows} == {"true"}
    assert "conflicting" in {r["relation"] for r in battle_rows}
    for row in battle_rows:
        assert row["claimant_canonical"] and row["cue"] and row["hedge"] and row["quote"]
    assert {(r["quantity_low"], r["quantity_high"]) for r in battle_rows} >= {
        ("84", "84"), ("50", "50"), ("2", "2")}
    assert {(r["quantity_low"], r["counted"], r["side"]) for r in battle_rows} >= {
        ("84", "killed", "Wagner/Russian"), ("50", "killed", "Wagner/Russian"),
        ("47", "killed", "Malian"), ("2", "killed", "Malian"), ("10", "wounded", "Malian")}


def conflicting_values(ws: Workspace, group: ClaimGroup, comparison: str) -> set[tuple]:
    """The (low, high) pairs of counts under ``comparison`` in pairs flagged conflicting."""
    claims = {c.claim_id: c for c in ws.claims(include_non_claims=False)}
    found = set()
    for pair in group.pairs:
        if pair.comparison == comparison and pair.relation.value == "conflicting":
            for cid in (pair.claim_a, pair.claim_b):
                found |= {(q.low, q.high) for q in claims[cid].quantities if q.counted}
    return found


def test_each_class_and_side_is_its_own_comparison(ws: Workspace) -> None:
    battle = group_of(ws, find(ws, "sahel_monitor_tinzaouaten_2024-07-29.md", "84 Wagner"))
    assert {(84, 84), (50, 50)} <= conflicting_values(ws, battle,
                                                      "killed · Wagner/Russian fighters")
    assert {(47, 47), (10, 10), (2, 2)} <= conflicting_values(ws, battle,
                                                              "killed · Malian soldiers")
    assert not any(p.comparison.startswith("wounded") and p.relation.value == "conflicting"
                   for p in battle.pairs)
    drone = group_of(ws, find(ws, "saharan_desk_tinzaouaten_drone_2024-08-26.md",
                              "21 civilians"))
    assert {(21, 21), (15, 15)} <= conflicting_values(ws, drone, "killed · civilians")


def test_the_battle_compares_wagner_dead_and_soldiers_dead_as_separate_rows(ws: Workspace):
    from factcheck import comparison

    events = comparison.load(ws)
    battle = events[0]
    assert battle.label == "Tinzaouaten · late July 2024"
    rows = {r.comparison: r for r in battle.rows}
    wagner = {c.claimant: c.text for c in rows["killed · Wagner/Russian fighters"].cells}
    assert {wagner["CSP"], wagner["JNIM"]} == {"84", "50"}
    assert "JNIM 50 ≠ CSP 84" in [d.text for d in rows["killed · Wagner/Russian fighters"]
                                  .disagreements]
    soldiers = rows["killed · Malian soldiers"]
    assert sorted(c.text for c in soldiers.cells) == ["10", "2", "47"]
    assert len(soldiers.disagreements) == 3
    assert all(c.claim_ids for c in soldiers.cells)
    strike = next(e for e in events if e.label == "Tinzaouaten · late August 2024")
    assert "killed · civilians" in {r.comparison for r in strike.rows}
