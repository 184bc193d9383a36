# ruff: noqa: RUF001 (ranges are shown with an en dash)
"""The review service: the board, compare and reader views, and decisions that stick."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from factcheck.decisions import SINGLE_GROUP_PREFIX, USER_GROUP_PREFIX
from factcheck.errors import InputError
from factcheck.records import Quantity, QuantityKind, ReviewStatus
from factcheck.review import (
    BoardFilter,
    ReviewService,
    format_quantity,
    spread,
)
from factcheck.workspace import Workspace

from .tui_fixtures import MARKUP_QUOTE, build_workspace


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    build_workspace(tmp_path / "ws.db")
    return tmp_path / "ws.db"


@pytest.fixture
def service(ws_path: Path):
    with Workspace(ws_path) as ws:
        yield ReviewService(ws, reviewer="tester")


@pytest.fixture
def claims(ws_path: Path):
    from .tui_fixtures import build_claims

    return build_claims()


def q(low: float | None, high: float | None, kind: QuantityKind = QuantityKind.EXACT) -> Quantity:
    return Quantity("n", 0, 1, low, high, kind)


@pytest.mark.parametrize(("quantity", "shown"), [
    (q(50, 50), "50"),
    (q(24, 99, QuantityKind.VAGUE), "24–99"),
    (q(20, None, QuantityKind.AT_LEAST), "≥20"),
    (q(None, 5, QuantityKind.AT_MOST), "≤5"),
    (q(12000, 12000, QuantityKind.APPROX), "~12,000"),
    (q(0.5, 0.5, QuantityKind.RATIO), "n"),
    (q(None, None, QuantityKind.VAGUE), "n"),
])
def test_quantities_read_as_a_checker_writes_them(quantity: Quantity, shown: str) -> None:
    assert format_quantity(quantity) == shown


def test_spread_runs_from_lowest_to_highest_and_marks_an_open_top() -> None:
    assert spread([q(1, 1), q(50, 50), q(24, 99)]) == "1–99"
    assert spread([q(1, 1), q(120, None, QuantityKind.AT_LEAST)]) == "1–120+"
    assert spread([q(0.6, 0.6, QuantityKind.RATIO)]) == "–"
    assert spread([]) == "–"


def test_board_lists_conflicts_first_with_counts_and_spread(service: ReviewService) -> None:
    rows = service.board()
    first = rows[0]
    assert (first.group_id, first.has_conflict) == ("g-wagner", True)
    assert (first.claims, first.sources, first.claimants, first.spread) == (5, 1, 5, "1–99")
    assert not any(r.has_conflict for r in rows[1:])
    strikes = next(r for r in rows if r.group_id == "g-strikes")
    assert (strikes.claims, strikes.sources, strikes.claimants) == (3, 2, 1)


def test_a_claim_alignment_left_alone_gets_its_own_group(service: ReviewService,
                                                          claims) -> None:
    single = [r for r in service.board() if r.group_id.startswith(SINGLE_GROUP_PREFIX)]
    assert [r.label for r in single] == [MARKUP_QUOTE]
    non_claim = claims["RN"].claim_id
    assert service.group_of(non_claim) is None


def test_board_filters_combine(service: ReviewService, claims) -> None:
    assert [r.group_id for r in service.board(BoardFilter(conflicts_only=True))] == ["g-wagner"]
    by_speaker = service.board(BoardFilter(speaker="Mali's army"))
    assert {r.group_id for r in by_speaker} == {"g-wagner", "g-strikes"}
    bloomberg = service.claim_doc(claims["B1"].claim_id)
    assert {r.group_id for r in service.board(BoardFilter(doc_id=bloomberg))} == {
        "g-strikes", "g-kidal", "g-sahel"}
    service.set_status(claims["B1"].claim_id, ReviewStatus.CONFIRMED)
    service.set_status(claims["B2"].claim_id, ReviewStatus.CONFIRMED)
    unreviewed = {r.group_id for r in service.board(BoardFilter(status=ReviewStatus.UNREVIEWED))}
    assert "g-kidal" not in unreviewed and "g-wagner" in unreviewed
    both = BoardFilter(conflicts_only=True, doc_id=bloomberg)
    assert service.board(both) == []


def test_compare_marks_the_conflicting_rows(service: ReviewService, claims) -> None:
    view = service.group("g-wagner")
    marked = {r.claim_id for r in view.rows if r.conflicting}
    assert marked == {claims[n].claim_id for n in ("R8", "R9", "R11")}
    jnim = next(r for r in view.rows if r.claim_id == claims["R11"].claim_id)
    assert (jnim.claimant, jnim.claimant_raw) == (
        "JNIM", "an Islamist group affiliated with al Qaeda")
    assert (jnim.range, jnim.outlet, jnim.cue) == ("50; 10", "Reuters", "said")
    assert jnim.target == "Russians (killed); Malian soldiers (killed)"
    two = next(r for r in view.rows if r.claim_id == claims["R1"].claim_id)
    assert two.claimant == "Mali's army; Wagner"


def test_reader_orders_claims_and_keeps_spans_on_the_text(service: ReviewService,
                                                           claims) -> None:
    view = service.reader(claims["R8"].doc_id)
    starts = [c.content.start for c in view.claims]
    assert starts == sorted(starts) and len(starts) == 9
    text = view.document.text
    for claim in view.claims:
        for span in (claim.content, claim.cue, claim.sentence, *claim.speakers):
            assert text[span.start:span.end] == span.text
    assert view.claims[view.index_of(claims["R8"].claim_id)].claimant == "Wagner"


def test_reviews_and_notes_are_written_at_once_and_survive_reopening(ws_path: Path,
                                                                      claims) -> None:
    cid = claims["R9"].claim_id
    with Workspace(ws_path) as ws:
        service = ReviewService(ws, reviewer="tester")
        service.set_status(cid, ReviewStatus.REJECTED)
        service.set_note(cid, "  bloggers, not a count  ")
        assert ws.reviews()[cid].status is ReviewStatus.REJECTED
    with Workspace(ws_path) as ws:
        review = ReviewService(ws).group("g-wagner")
        row = next(r for r in review.rows if r.claim_id == cid)
        assert (row.status, row.note) == (ReviewStatus.REJECTED, "bloggers, not a count")
        assert ws.reviews()[cid].reviewer == "tester"


def test_moving_a_claim_applies_over_alignment_and_survives_a_realignment(
        ws_path: Path, claims) -> None:
    from .tui_fixtures import build_groups

    r1 = claims["R1"].claim_id
    with Workspace(ws_path) as ws:
        service = ReviewService(ws)
        landed = service.move_claim(r1, new_label="Acknowledged losses")
        assert landed == USER_GROUP_PREFIX + "Acknowledged losses"
        assert len(service.group("g-wagner").rows) == 4
        r10 = claims["R10"].claim_id
        service.move_claim(r10, group_id="g-civilians")
        labels = [r.label for r in service.board()]
        assert "Acknowledged losses" in labels
        ws.replace_groups(build_groups(claims))
    with Workspace(ws_path) as ws:
        service = ReviewService(ws)
        assert service.group_of(r1) == landed
        assert service.group_of(claims["R10"].claim_id) == "g-civilians"
        assert len(service.group("g-wagner").rows) == 3
        assert service.group("g-wagner").has_conflict


def test_moving_to_nowhere_is_a_clear_error(service: ReviewService, claims) -> None:
    with pytest.raises(InputError, match="needs a name"):
        service.move_claim(claims["R1"].claim_id, new_label="  ")


def test_a_merge_shows_in_every_view_at_once_and_a_split_undoes_it(service: ReviewService,
                                                                   claims) -> None:
    service.merge_speaker("JNIM", "CSP")
    assert service.board()[0].claimants == 4
    assert {r.claimant for r in service.group("g-wagner").rows} >= {"CSP"}
    csp = next(r for r in service.speakers() if r.name == "CSP")
    assert csp.claims == 4 and "JNIM" in csp.aliases
    assert "JNIM" not in service.speaker_names()
    service.split_alias("JNIM")
    assert "JNIM" in service.speaker_names()
    assert service.board()[0].claimants == 5


def test_renaming_carries_earlier_merges_along(service: ReviewService) -> None:
    service.merge_speaker("JNIM", "CSP")
    service.merge_speaker("CSP", "Permanent Strategic Framework")
    names = service.speaker_names()
    assert "Permanent Strategic Framework" in names
    assert "CSP" not in names and "JNIM" not in names


def test_splitting_a_written_form_gives_it_a_speaker_of_its_own(service: ReviewService) -> None:
    service.split_alias("The army")
    assert "The army" in service.speaker_names()
    army = next(r for r in service.speakers() if r.name == "Mali's army")
    assert army.claims == 3 and "The army" not in army.aliases


def test_empty_speaker_name_is_refused(service: ReviewService) -> None:
    with pytest.raises(InputError):
        service.merge_speaker("CSP", " ")


def test_export_into_a_missing_folder_names_the_path(service: ReviewService,
                                                     tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        service.export(tmp_path / "nowhere" / "claims.csv")


def test_moves_offer_alignments_cross_group_hints_first(ws_path: Path, claims) -> None:
    from factcheck.records import PairRelation, Relation

    from .tui_fixtures import build_groups

    groups = build_groups(claims)
    hint = PairRelation(claims["R7"].claim_id, claims["B6"].claim_id, 0.61, Relation.UNCLEAR,
                        "suggested")
    civilians = next(g for g in groups if g.group_id == "g-civilians")
    groups[groups.index(civilians)] = dataclasses.replace(
        civilians, pairs=(*civilians.pairs, hint))
    with Workspace(ws_path) as ws:
        ws.replace_groups(groups)
        service = ReviewService(ws)
        choices = service.group_choices(claims["R7"].claim_id)
        assert choices[0] == ("g-sahel", "Sahel conflict deaths (suggested)")
        assert "g-civilians" not in dict(choices)
        assert not service.group("g-civilians").has_conflict
        assert len(service.group("g-civilians").rows) == 2
