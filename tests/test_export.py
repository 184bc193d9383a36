"""Export: the comparison CSV, pairs.csv and export.json, read back with the csv module."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import cli
from factcheck.decisions import Decisions
from factcheck.errors import InputError, WorkspaceError
from factcheck.export import (
    CLAIM_COLUMNS,
    CONFLICT_COLUMNS,
    FORMULA_TRIGGERS,
    PAIR_COLUMNS,
    claim_rows,
    neutralise,
    pair_rows,
    restore,
    write_export,
)
from factcheck.records import ClaimGroup, EventKey, PairRelation, Relation, Review, ReviewStatus
from factcheck.sides import BUILT_IN, Side, SideTable
from factcheck.workspace import Workspace

from .claim_builders import article, claim

WIRE = article(["JNIM said it had killed 50 Russians and 10 Malian soldiers in Tinzaouaten.",
                "The army said the fighting was over."],
               outlet="West Africa Wire", published="2024-07-30")
JNIM = claim(WIRE, WIRE.text.split(". ")[0] + ".", "JNIM",
             "it had killed 50 Russians and 10 Malian soldiers in Tinzaouaten")
ARMY = claim(WIRE, "The army said the fighting was over.", "The army", "the fighting was over",
             canonical="Mali's army")

# Sentences a spreadsheet would run as formulas if written as they are.
HOSTILE_SENTENCES = [
    '=HYPERLINK("http://x.test","click") was posted, the channel said.',
    "+2 killed, a spokesman said on Telegram.",
    "-1 was the toll the army said it had revised.",
    "@everyone 5 dead, the account said.",
]
HOSTILE = article(HOSTILE_SENTENCES, outlet="=cmd|' /C calc'!A0", published="2024-07-31")
HOSTILE_CLAIMS = [
    claim(HOSTILE, HOSTILE_SENTENCES[0], "the channel", '=HYPERLINK("http://x.test","click")'),
    claim(HOSTILE, HOSTILE_SENTENCES[1], "a spokesman", "+2 killed"),
    claim(HOSTILE, HOSTILE_SENTENCES[2], "the army", "-1 was the toll",
          with_quantities=False),
    claim(HOSTILE, HOSTILE_SENTENCES[3], "the account", "@everyone 5 dead"),
]


@pytest.fixture
def stocked(workspace: Workspace) -> Workspace:
    claims = {WIRE.doc_id: [JNIM, ARMY], HOSTILE.doc_id: HOSTILE_CLAIMS}
    for doc in (WIRE, HOSTILE):
        with workspace.transaction():
            workspace.put_document(doc)
        workspace.replace_claims(doc.doc_id, claims[doc.doc_id])
    pair = PairRelation(JNIM.claim_id, ARMY.claim_id, 0.61, Relation.UNCLEAR, "embedding")
    hint = PairRelation(ARMY.claim_id, HOSTILE_CLAIMS[1].claim_id, 0.42, Relation.UNCLEAR,
                        "suggested")
    workspace.replace_groups([
        ClaimGroup("g1", "killed · Wagner/Russian fighters", (JNIM.claim_id, ARMY.claim_id),
                   (pair, hint)),
        *(ClaimGroup(f"h{n}", "=1+1", (c.claim_id,)) for n, c in enumerate(HOSTILE_CLAIMS)),
    ])
    workspace.set_review(Review(JNIM.claim_id, ReviewStatus.CONFIRMED, note="=seen twice",
                                reviewer="ana"))
    workspace.set_review(Review(HOSTILE_CLAIMS[0].claim_id, ReviewStatus.REJECTED))
    return workspace


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_row_per_claim_and_number_in_the_design_column_order() -> None:
    rows = claim_rows([JNIM, ARMY], documents={WIRE.doc_id: WIRE},
                      decisions=Decisions.build([JNIM, ARMY], [], {}, {}))
    assert [list(r) for r in rows] == [list(CLAIM_COLUMNS)] * 3
    jnim = [r for r in rows if r["claim_id"] == JNIM.claim_id]
    assert [(r["quantity_low"], r["target"]) for r in jnim] == [("50", "Russians"),
                                                               ("10", "Malian soldiers")]
    assert [(r["quantity_measure"], r["counted"], r["who"], r["side"]) for r in jnim] == [
        ("count", "killed", "", ""), ("count", "killed", "combatants", "")]
    assert list(CLAIM_COLUMNS)[-4:] == ["quantity_measure", "counted", "who", "side"]  # appended
    (army,) = [r for r in rows if r["claim_id"] == ARMY.claim_id]
    assert army["quantity_text"] == army["quantity_low"] == ""
    assert army["claimant_canonical"] == "Mali's army" and army["relation"] == "single"
    assert army["review_status"] == "unreviewed"


@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS)
def test_neutralise_and_restore(trigger: str) -> None:
    cell = trigger + "SUM(A1)"
    assert neutralise(cell) == "'" + cell
    assert restore(neutralise(cell)) == cell
    assert restore("'quoted") == "'quoted"


def test_csv_round_trips_and_every_quote_is_its_document_slice(stocked: Workspace,
                                                               tmp_path: Path) -> None:
    summary = write_export(stocked, tmp_path / "claims.csv")
    raw = (tmp_path / "claims.csv").read_bytes()
    assert raw.decode("utf-8") and b"\r\n" in raw
    rows = read_csv(summary.claims_csv)
    assert list(rows[0]) == list(CLAIM_COLUMNS)
    assert len(rows) == summary.rows == 2 + 1 + 4
    texts = {WIRE.doc_id: WIRE.text, HOSTILE.doc_id: HOSTILE.text}
    for row in rows:
        text = texts[row["doc_id"]]
        assert restore(row["quote"]) == text[int(row["char_start"]):int(row["char_end"])]


def test_no_cell_starts_as_a_formula(stocked: Workspace, tmp_path: Path) -> None:
    summary = write_export(stocked, tmp_path / "claims.csv")
    rows = read_csv(summary.claims_csv) + read_csv(summary.pairs_csv)
    assert not [cell for row in rows for cell in row.values()
                if cell.startswith(FORMULA_TRIGGERS)]
    hostile = {r["content"] for r in read_csv(summary.claims_csv)
               if r["doc_id"] == HOSTILE.doc_id}
    assert hostile == {"'" + c.content.text for c in HOSTILE_CLAIMS}
    assert {restore(c) for c in hostile} == {c.content.text for c in HOSTILE_CLAIMS}


def test_every_review_status_is_exported(stocked: Workspace, tmp_path: Path) -> None:
    rows = read_csv(write_export(stocked, tmp_path / "claims.csv").claims_csv)
    status = {r["claim_id"]: (r["review_status"], r["reviewer"], restore(r["review_note"]))
              for r in rows}
    assert status[JNIM.claim_id] == ("confirmed", "ana", "=seen twice")
    assert status[HOSTILE_CLAIMS[0].claim_id][0] == "rejected"
    assert status[ARMY.claim_id][0] == "unreviewed"
    assert {c.claim_id for c in [JNIM, ARMY, *HOSTILE_CLAIMS]} == set(status)


def test_a_reviewers_move_wins_and_is_marked_human(stocked: Workspace, tmp_path: Path) -> None:
    stocked.set_review(Review(ARMY.claim_id, group_override="h1"))
    rows = read_csv(write_export(stocked, tmp_path / "claims.csv").claims_csv)
    (army,) = [r for r in rows if r["claim_id"] == ARMY.claim_id]
    assert (army["group_id"], army["relation_basis"]) == ("h1", "human")
    jnim = [r for r in rows if r["claim_id"] == JNIM.claim_id]
    assert {r["relation"] for r in jnim} == {"single"}


def test_pairs_csv_keeps_links_and_suggestions(stocked: Workspace, tmp_path: Path) -> None:
    pairs = read_csv(write_export(stocked, tmp_path / "claims.csv").pairs_csv)
    assert list(pairs[0]) == list(PAIR_COLUMNS)
    assert {(p["relation_basis"], p["review_status"]) for p in pairs} == {
        ("embedding", "unreviewed"), ("suggested", "unreviewed")}


def test_export_json_says_what_made_the_files(stocked: Workspace, tmp_path: Path) -> None:
    summary = write_export(stocked, tmp_path / "claims.csv")
    info = json.loads(summary.export_json.read_text(encoding="utf-8"))
    assert info["schema_version"] == 1
    assert {d["sha256"] for d in info["inputs"]} == {WIRE.sha256, HOSTILE.sha256}
    assert info["counts"]["claims"] == 6 and info["counts"]["claim_rows"] == summary.rows
    assert info["counts"]["reviews"] == {"confirmed": 1, "rejected": 1}
    assert info["formula_neutralisation"]["prefix"] == "'"
    assert set(info["formula_neutralisation"]["triggers"]) == set(FORMULA_TRIGGERS)
    assert {"thresholds", "models", "run_id"} <= set(info)


def test_bad_destinations_and_empty_workspaces_are_errors(stocked: Workspace,
                                                          tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        write_export(stocked, tmp_path)
    with pytest.raises(InputError, match="does not exist"):
        write_export(stocked, tmp_path / "missing" / "claims.csv")
    with Workspace(tmp_path / "empty.db") as empty, pytest.raises(WorkspaceError,
                                                                  match="no documents"):
        write_export(empty, tmp_path / "claims.csv")


def test_export_command(stocked: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli.cli, ["export", "-w", str(stocked.path), "--csv", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and (tmp_path / "pairs.csv").is_file()
    missing = CliRunner().invoke(cli.cli, ["export", "-w", str(tmp_path / "nope.db"),
                                           "--csv", str(out)])
    assert missing.exit_code == 1
    assert missing.output.strip().count("\n") == 0 and "nope.db" in missing.output


def test_pairs_csv_names_claimants_and_numbers_beside_the_ids(stocked: Workspace,
                                                              tmp_path: Path) -> None:
    pairs = read_csv(write_export(stocked, tmp_path / "claims.csv").pairs_csv)
    assert list(PAIR_COLUMNS)[:8] == ["group_id", "claim_a", "claim_b", "similarity",
                                      "relation", "relation_basis", "review_status",
                                      "comparison"]  # the first release's order is kept
    link = next(p for p in pairs if p["relation_basis"] == "embedding")
    assert (link["claimant_a"], link["claimant_b"]) == ("JNIM", "Mali's army")
    assert (link["numbers_a"], link["numbers_b"]) == ("50; 10", "")  # no comparison: all counts


def test_pair_numbers_are_those_of_its_comparison() -> None:
    doc = article(["CSP said 84 Wagner fighters and 47 soldiers were killed.",
                   "JNIM said 50 Wagner fighters were killed."], outlet="w", published="2024-07-30")
    csp = claim(doc, doc.text.split(". ")[0] + ".", "CSP",
                "84 Wagner fighters and 47 soldiers were killed")
    jnim = claim(doc, "JNIM said 50 Wagner fighters were killed.", "JNIM",
                 "50 Wagner fighters were killed")
    pair = PairRelation(csp.claim_id, jnim.claim_id, 0.9, Relation.CONFLICTING, "numeric-range",
                        "killed · Wagner/Russian fighters")
    decisions = Decisions.build([csp, jnim], [ClaimGroup("g", "l", (csp.claim_id, jnim.claim_id),
                                                         (pair,))], {}, {})
    sides = SideTable.of([Side("Wagner/Russian", "Wagner/Russian fighters",
                               ("wagner",))]).over(BUILT_IN)
    (row,) = pair_rows(decisions, sides)
    assert (row["claimant_a"], row["numbers_a"], row["relation"], row["claimant_b"],
            row["numbers_b"]) == ("CSP", "84", "conflicting", "JNIM", "50")


def test_conflicts_csv_sets_each_claimants_range_beside_those_it_contradicts(
        workspace: Workspace, tmp_path: Path) -> None:
    doc = article(["CSP said 84 Wagner fighters were killed in Tinzaouaten.",
                   "JNIM said at least 20 Wagner fighters were killed in Tinzaouaten.",
                   "Grey Zone said 50 Wagner fighters were killed in Tinzaouaten."],
                  outlet="=Wire", published="2024-07-30")
    claims = [claim(doc, s, s.split(" said")[0], s.split("said ")[1].rstrip("."))
              for s in doc.text.replace(". ", ".\n").splitlines()]
    with workspace.transaction():
        workspace.put_document(doc)
    workspace.replace_claims(doc.doc_id, claims)
    workspace.replace_groups([ClaimGroup("g", "killed · Wagner/Russian fighters",
                                         tuple(c.claim_id for c in claims),
                                         event=EventKey("Tinzaouaten", "2024-07-30",
                                                        "2024-07-30"))])
    workspace.set_side(Side("Wagner/Russian", "Wagner/Russian fighters", ("wagner",)))
    workspace.set_review(Review(claims[0].claim_id, ReviewStatus.CONFIRMED))
    summary = write_export(workspace, tmp_path / "claims.csv")
    rows = read_csv(summary.conflicts_csv)
    assert list(rows[0]) == list(CONFLICT_COLUMNS)
    by_claimant = {r["claimant"]: r for r in rows}
    assert set(by_claimant) == {"CSP", "JNIM", "Grey Zone"}
    csp = by_claimant["CSP"]
    assert (csp["low"], csp["high"], csp["kind"], csp["range"], csp["review_status"],
            csp["conflicts_with"], csp["has_conflict"]) == (
        "84", "84", "exact", "84", "confirmed", "Grey Zone 50", "true")
    jnim = by_claimant["JNIM"]
    assert (jnim["low"], jnim["high"], jnim["range"], jnim["conflicts_with"]) == (
        "20", "", "≥20", "")  # open above: consistent with both
    assert {(r["event"], r["comparison"]) for r in rows} == {
        ("Tinzaouaten · late July 2024", "killed · Wagner/Russian fighters")}
    assert {(r["outlets"], r["first_reported"]) for r in rows} == {("1", "2024-07-30")}
    assert csp["claim_ids"] == claims[0].claim_id
    info = json.loads(summary.export_json.read_text(encoding="utf-8"))
    assert info["files"]["conflicts"] == "conflicts.csv"
    assert info["counts"]["disagreeing_rows"] == summary.disagreeing_rows == 2


def test_conflict_rows_are_empty_without_counts(stocked: Workspace, tmp_path: Path) -> None:
    summary = write_export(stocked, tmp_path / "claims.csv")
    rows = read_csv(summary.conflicts_csv)
    assert all(not r["conflicts_with"] for r in rows)
    assert not [c for r in rows for c in r.values() if c.startswith(FORMULA_TRIGGERS)]
