"""The comparison model: events, rows per counted class and side, cells per claimant, and
disagreements naming both sides, over hand-built claims and groups (no stanza)."""

from __future__ import annotations

import pytest

from factcheck.comparison import (
    EventComparison,
    cell_text,
    event_comparisons,
)
from factcheck.decisions import Decisions
from factcheck.records import ClaimGroup, EventKey, QuantityKind, Review, ReviewStatus
from factcheck.sides import BUILT_IN, Side, SideTable, member_key

from .claim_builders import article, claim

SIDES = SideTable.of([Side("Wagner/Russian", "Wagner/Russian fighters",
                           tuple(map(member_key, ("Wagner", "Russian", "Russians")))),
                      Side("Mali", "Malian soldiers",
                           tuple(map(member_key, ("Malian", "Mali", "army"))))]).over(BUILT_IN)
BATTLE = EventKey("Tinzaouaten", "2024-07-25", "2024-07-27")

WIRE = article(["JNIM said it had killed 50 Russians and 10 Malian soldiers in Tinzaouaten.",
                "The army said two soldiers were killed.",
                "The army said the fighting was over."],
               outlet="West Africa Wire", published="2024-07-30")
TIMES = article(["The CSP said 84 Russians were killed.",
                 "A blogger said at least 20 Russians were killed."],
                outlet="Desert Times", published="2024-07-29")
POST = article(["The CSP said 84 Russians were killed in the fighting."],
               outlet="Sahel Post", published="2024-07-31")
JNIM = claim(WIRE, WIRE.text.split(". ")[0] + ".", "JNIM",
             "it had killed 50 Russians and 10 Malian soldiers in Tinzaouaten")
ARMY = claim(WIRE, "The army said two soldiers were killed.", "The army",
             "two soldiers were killed", canonical="Mali's army")
OVER = claim(WIRE, "The army said the fighting was over.", "The army", "the fighting was over",
             canonical="Mali's army")
CSP = claim(TIMES, "The CSP said 84 Russians were killed.", "The CSP", "84 Russians were killed",
            canonical="CSP")
BLOGGER = claim(TIMES, "A blogger said at least 20 Russians were killed.", "A blogger",
                "at least 20 Russians were killed", canonical="blogger")
CSP_AGAIN = claim(POST, POST.text, "The CSP", "84 Russians were killed in the fighting",
                  canonical="CSP")
DOCUMENTS = {d.doc_id: d for d in (WIRE, TIMES, POST)}
CLAIMS = [JNIM, ARMY, OVER, CSP, BLOGGER, CSP_AGAIN]


def comparisons(groups: list[ClaimGroup],
                reviews: dict[str, Review] | None = None) -> list[EventComparison]:
    """Only the groups' claims, so no claim left out becomes a group of its own."""
    grouped = {cid for g in groups for cid in g.claim_ids}
    decisions = Decisions.build([c for c in CLAIMS if c.claim_id in grouped], groups,
                                reviews or {}, {})
    return event_comparisons(decisions, DOCUMENTS, SIDES)


def battle(reviews: dict[str, Review] | None = None) -> EventComparison:
    groups = [ClaimGroup("g1", "killed · Wagner/Russian fighters · Tinzaouaten",
                         (JNIM.claim_id, CSP.claim_id, BLOGGER.claim_id, CSP_AGAIN.claim_id),
                         event=BATTLE, comparison="killed · Wagner/Russian fighters"),
              ClaimGroup("g2", "killed · Malian soldiers · Tinzaouaten", (ARMY.claim_id,),
                         event=EventKey("Tinzaouaten", "2024-07-27", "2024-07-27")),
              ClaimGroup("g3", "the fighting was over", (OVER.claim_id,),
                         event=EventKey("Tinzaouaten", "2024-06-30", "2024-07-30"))]
    (event,) = comparisons(groups, reviews)
    return event


def row(event: EventComparison, comparison: str):
    return next(r for r in event.rows if r.comparison == comparison)


def test_groups_at_one_place_and_time_are_one_event_labelled_by_the_days_all_allow():
    event = battle()
    assert event.label == "Tinzaouaten · late July 2024"
    assert event.group_ids == ("g1", "g2", "g3")
    assert event.unnumbered == (OVER.claim_id,)
    assert event.outlets == 3 and event.first_reported == "2024-07-29"


def test_a_claim_with_two_counts_sits_in_two_rows_and_the_most_claimants_come_first():
    event = battle()
    assert [r.comparison for r in event.rows] == ["killed · Wagner/Russian fighters",
                                                  "killed · Malian soldiers"]
    soldiers = row(event, "killed · Malian soldiers")
    assert [(c.claimant, c.text) for c in soldiers.cells] == [("Mali's army", "2"),
                                                             ("JNIM", "10")]
    assert (soldiers.counted, soldiers.who, soldiers.side) == ("killed", "Malian soldiers",
                                                               "Mali")


def test_one_cell_per_claimant_and_range_counts_the_outlets_carrying_it():
    wagner = row(battle(), "killed · Wagner/Russian fighters")
    cells = {c.claimant: c for c in wagner.cells}
    assert set(cells) == {"blogger", "JNIM", "CSP"}
    assert cells["CSP"].claim_ids == (CSP.claim_id, CSP_AGAIN.claim_id)
    assert (cells["CSP"].outlets, cells["CSP"].first_reported) == (2, "2024-07-29")
    assert (cells["blogger"].text, cells["blogger"].kind) == ("≥20", QuantityKind.AT_LEAST)
    assert cells["blogger"].open_high and not cells["CSP"].open_high


def test_a_disagreement_names_both_claimants_and_their_claims():
    wagner = row(battle(), "killed · Wagner/Russian fighters")
    assert [d.text for d in wagner.disagreements] == ["JNIM 50 ≠ CSP 84"]
    (found,) = wagner.disagreements
    assert found.b.claim_ids == (CSP.claim_id, CSP_AGAIN.claim_id)
    assert wagner.counterparts(found.a) == [found.b]
    # "at least 20" holds with both 50 and 84: no disagreement with the blogger
    blogger = next(c for c in wagner.cells if c.claimant == "blogger")
    assert wagner.counterparts(blogger) == []


def test_a_rejected_claim_disagrees_with_no_one_and_a_review_status_shows_in_its_cell():
    reviews = {ARMY.claim_id: Review(ARMY.claim_id, ReviewStatus.REJECTED),
               CSP.claim_id: Review(CSP.claim_id, ReviewStatus.CONFIRMED),
               CSP_AGAIN.claim_id: Review(CSP_AGAIN.claim_id, ReviewStatus.CONFIRMED)}
    event = battle(reviews)
    soldiers = row(event, "killed · Malian soldiers")
    assert soldiers.disagreements == ()
    assert soldiers.cells[0].status is ReviewStatus.REJECTED
    cells = {c.claimant: c for c in row(event, "killed · Wagner/Russian fighters").cells}
    assert cells["CSP"].status is ReviewStatus.CONFIRMED


def test_the_same_claimant_never_disagrees_with_itself():
    other = article(["JNIM said 60 Russians were killed."], outlet="Other", published="2024-07-30")
    again = claim(other, other.text, "JNIM", "60 Russians were killed")
    groups = [ClaimGroup("g1", "x", (JNIM.claim_id, again.claim_id), event=BATTLE)]
    decisions = Decisions.build([JNIM, again], groups, {}, {})
    (event,) = event_comparisons(decisions, {**DOCUMENTS, other.doc_id: other}, SIDES)
    wagner = row(event, "killed · Wagner/Russian fighters")
    assert len(wagner.cells) == 2 and wagner.disagreements == ()


def test_a_strike_a_month_later_at_the_same_place_is_another_event():
    groups = [ClaimGroup("g1", "battle", (JNIM.claim_id,), event=BATTLE),
              ClaimGroup("g2", "strike", (CSP.claim_id,),
                         event=EventKey("Tinzaouaten", "2024-08-25", "2024-08-25")),
              # a report window touching both joins the first that it overlaps, no chain
              ClaimGroup("g3", "window", (OVER.claim_id,),
                         event=EventKey("Tinzaouaten", "2024-07-27", "2024-08-26"))]
    events = comparisons(groups)
    assert sorted(e.label for e in events) == ["Tinzaouaten · late August 2024",
                                               "Tinzaouaten · late July 2024"]
    assert sum(len(e.group_ids) for e in events) == 3


def test_a_group_with_no_place_is_its_own_event_named_by_its_label():
    groups = [ClaimGroup("g1", "battle", (JNIM.claim_id,), event=BATTLE),
              ClaimGroup("g2", "the fighting was over", (OVER.claim_id,))]
    events = comparisons(groups)
    assert [e.label for e in events] == ["Tinzaouaten · late July 2024", "the fighting was over"]
    assert events[1].rows == () and events[1].unnumbered == (OVER.claim_id,)


def test_a_reviewers_move_takes_the_claim_and_its_numbers_with_it():
    groups = [ClaimGroup("g1", "battle", (JNIM.claim_id, CSP.claim_id), event=BATTLE)]
    reviews = {CSP.claim_id: Review(CSP.claim_id, group_override="user:CSP claims")}
    events = comparisons(groups, reviews)
    by_label = {e.label: e for e in events}
    assert set(by_label) == {"Tinzaouaten · late July 2024", "CSP claims"}
    assert row(by_label["CSP claims"], "killed · Wagner/Russian fighters").cells[0].text == "84"
    assert not by_label["Tinzaouaten · late July 2024"].has_conflict


def test_counts_of_people_unnamed_are_rows_of_their_own_class():
    doc = article(["An official said 12 died and 30 were hurt."], outlet="X", published=None)
    vague = claim(doc, doc.text, "An official", "12 died and 30 were hurt")
    decisions = Decisions.build([vague], [ClaimGroup("g", "x", (vague.claim_id,))], {}, {})
    (event,) = event_comparisons(decisions, {doc.doc_id: doc}, SIDES)
    assert [r.comparison for r in event.rows] == ["killed · people", "wounded · people"]
    assert event.label == "x" and not event.has_conflict


@pytest.mark.parametrize(("low", "high", "kind", "word", "text"), [
    (84, 84, QuantityKind.EXACT, "", "84"),
    (20, None, QuantityKind.AT_LEAST, "", "≥20"),
    (None, 80, QuantityKind.AT_MOST, "", "≤80"),
    (24, 99, QuantityKind.VAGUE, "dozens", '24\N{EN DASH}99 "dozens"'),
    (12000, 12000, QuantityKind.APPROX, "", "~12,000"),
    (18, 22, QuantityKind.RANGE, "", "18\N{EN DASH}22"),
])
def test_cell_text(low, high, kind, word, text):
    assert cell_text(low, high, kind, word) == text
