"""Alignment: features, hard blocks, scoring, relations, grouping, labels, search, caching."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from factcheck import embeddings
from factcheck.align import (
    SUGGESTED,
    align_workspace,
    compatible,
    features_for,
    group_claims,
    score_pair,
)
from factcheck.align.dates import (
    describe,
    mentioned_interval,
    published_interval,
    report_window,
    undated_reference,
    without_dateline,
)
from factcheck.align.features import Amount, normalise_target, places_meet
from factcheck.align.places import main_places, place_folder, places_in
from factcheck.align.relations import compare_amounts
from factcheck.errors import ModelsMissingError
from factcheck.records import ClaimGroup, Relation
from factcheck.sides import BUILT_IN, SideTable, load_sides_toml
from factcheck.workspace import Workspace

from .claim_builders import article, claim
from .conftest import FIXTURES

#: the fixtures' sides (Wagner/Russian, Malian) over the built-in words, as a workspace reads them
SIDES = SideTable.of(load_sides_toml(FIXTURES / "sides.toml")).over(BUILT_IN)

# -- a small corpus: one battle, one drone strike, the Kidal offensive a year before ---------

T1 = article(["The CSP said its fighters had killed 84 Wagner fighters in the Tinzaouaten area.",
              "Grey Zone said up to 80 Wagner fighters had died near Tinzaouaten."],
             outlet="Sahel Monitor", published="2024-07-29", title="Rebels claim toll")
T2 = article(["The army said two soldiers had been killed near Tinzaouaten between July 25 and 27.",
              "JNIM said it had killed 50 Russians and 10 Malian soldiers in Tinzaouaten."],
             outlet="West Africa Wire", published="2024-07-30", title="Army gives its toll")
D = article(["The CSP said a drone had killed 21 civilians in Tinzaouaten on August 25.",
             "A local official said 15 civilians had been killed in Tinzaouaten."],
            outlet="Saharan Desk", published="2024-08-26", title="Drone strike")
K = article(["The army said it had killed dozens of terrorists in Kidal.",
             "The CSP said its fighters had killed 30 Malian soldiers in Kidal."],
            outlet="Bloomberg", published="2023-11-15", title="Army retakes Kidal")
DOCS = [T1, T2, D, K]

CSP_84 = claim(T1, T1.text.split(". ")[0] + ".", "The CSP",
               "its fighters had killed 84 Wagner fighters in the Tinzaouaten area",
               canonical="CSP")
GREY_80 = claim(T1, "Grey Zone said up to 80 Wagner fighters had died near Tinzaouaten.",
                "Grey Zone", "up to 80 Wagner fighters had died near Tinzaouaten")
ARMY_2 = claim(T2, T2.text.split(". ")[0] + ".", "The army",
               "two soldiers had been killed near Tinzaouaten between July 25 and 27",
               canonical="Mali's army")
JNIM_50 = claim(T2, "JNIM said it had killed 50 Russians and 10 Malian soldiers in Tinzaouaten.",
                "JNIM", "it had killed 50 Russians and 10 Malian soldiers in Tinzaouaten")
CSP_21 = claim(D, D.text.split(". ")[0] + ".", "The CSP",
               "a drone had killed 21 civilians in Tinzaouaten on August 25", canonical="CSP")
OFFICIAL_15 = claim(D, "A local official said 15 civilians had been killed in Tinzaouaten.",
                    "A local official", "15 civilians had been killed in Tinzaouaten",
                    canonical="local official")
ARMY_KIDAL = claim(K, "The army said it had killed dozens of terrorists in Kidal.", "The army",
                   "it had killed dozens of terrorists in Kidal", canonical="Mali's army")
CSP_KIDAL = claim(K, "The CSP said its fighters had killed 30 Malian soldiers in Kidal.",
                  "The CSP", "its fighters had killed 30 Malian soldiers in Kidal",
                  canonical="CSP")
CLAIMS = [CSP_84, GREY_80, ARMY_2, JNIM_50, CSP_21, OFFICIAL_15, ARMY_KIDAL, CSP_KIDAL]
BATTLE = {CSP_84.claim_id, GREY_80.claim_id, ARMY_2.claim_id, JNIM_50.claim_id}
DRONE = {CSP_21.claim_id, OFFICIAL_15.claim_id}
KIDAL = {ARMY_KIDAL.claim_id, CSP_KIDAL.claim_id}


def same_vectors(n: int) -> np.ndarray:
    """Every claim embedded alike: only blocks and keys can keep them apart."""
    return np.full((n, 8), 1 / np.sqrt(8), np.float32)


def grouped(groups: list[ClaimGroup]) -> dict[str, ClaimGroup]:
    return {cid: g for g in groups for cid in g.claim_ids}


# -- dates and places --------------------------------------------------------------------


def test_stated_dates_take_the_publication_year() -> None:
    published = published_interval("2024-07-30")
    assert mentioned_interval("between July 22 and 27", published) == (date(2024, 7, 22),
                                                                       date(2024, 7, 27))
    assert mentioned_interval("on August 25", published) == (date(2023, 8, 25),
                                                             date(2023, 8, 25))
    assert mentioned_interval("In late July, the CSP said", published)[0] == date(2024, 7, 21)
    assert mentioned_interval("May be more", published) is None
    assert mentioned_interval("in September last year", published) == (date(2023, 9, 1),
                                                                         date(2023, 9, 30))
    assert mentioned_interval("in September last year", published, past=False) is None
    assert mentioned_interval("between July 22 and 27", None) is None


def test_a_report_covers_the_month_before_it_unless_only_its_year_is_known() -> None:
    assert report_window("2024-07-30") == (date(2024, 6, 30), date(2024, 7, 30))
    assert report_window("2023") == (date(2023, 1, 1), date(2023, 12, 31))
    assert report_window(None) is None


@pytest.mark.parametrize(("span", "text"), [
    ((date(2024, 7, 22), date(2024, 7, 27)), "late July 2024"),
    ((date(2024, 7, 1), date(2024, 7, 31)), "July 2024"),
    ((date(2024, 7, 20), date(2024, 8, 20)), "July\u2013August 2024"),
    ((date(2023, 1, 1), date(2023, 12, 31)), "2023"),
])
def test_describe_dates(span: tuple[date, date], text: str) -> None:
    assert describe(span) == text


def test_places_come_after_locatives_and_adjectives_are_not_places() -> None:
    assert places_in("claimed about 12,000 lives in Mali, Burkina Faso and Niger") == {
        "Mali", "Burkina Faso", "Niger"}
    assert places_in("suffered losses in the Tinzaouaten area near Algerian border") == {
        "Tinzaouaten"}
    assert places_in("in and around the town of Tinzaouaten, on Tuesday") == {"Tinzaouaten"}
    assert places_in("fighting near Tuareg-led rebels in July") == frozenset()


def test_main_place_is_the_one_this_document_is_about() -> None:
    docs = [("Mali strikes targets", "The army struck in Mali. Fighting in the Tinzaouaten "
                                     "area went on. Mali said losses near Tinzaouaten rose."),
            ("Army retakes Kidal", "Mali's army entered Kidal. Fighting in Kidal ended."),
            ("Mali votes", "Voters in Mali went to the polls in Mali.")]
    assert main_places(docs)[:2] == [frozenset({"Tinzaouaten"}), frozenset({"Kidal"})]


# -- features ------------------------------------------------------------------------------


@pytest.mark.parametrize(("target", "own", "expected"), [
    ("Wagner fighters", [], ("Wagner/Russian fighters", "combatant")),
    ("Russians", [], ("Wagner/Russian fighters", "combatant")),
    ("Malian soldiers", [], ("Malian soldiers", "combatant")),
    ("soldiers", ["Malian"], ("Malian soldiers", "combatant")),
    ("soldiers", [], ("soldiers", "combatant")),
    ("rebels", [], ("insurgent fighters", "combatant")),
    ("migrant labourers", [], ("civilians", "civilian")),
    ("children", [], ("children", "civilian")),
    ("lives", [], ("people", None)),
    ("government troops", [], ("Malian soldiers", "combatant")),
    ("its fighters", ["insurgent"], ("insurgent fighters", "combatant")),
    ("our forces", ["Malian"], ("Malian soldiers", "combatant")),
    ("300 people", ["Malian"], ("people", None)),
])
def test_targets_normalise_to_whom_was_counted(target: str, own: list[str],
                                               expected: tuple) -> None:
    assert normalise_target(target.casefold().split(), own, SIDES) == expected


def test_a_claim_of_own_losses_counts_the_speakers_side() -> None:
    doc = article(["Mali's army and Wagner said they had suffered losses in Tinzaouaten."],
                  outlet="Reuters", published=None)
    losses = claim(doc, doc.text, "Mali's army", "they had suffered losses in Tinzaouaten")
    (features,) = features_for([losses], [doc], {"mali's army": "Mali's army"}, SIDES)
    assert features.predicates == {"killed"}
    assert {t for t, _ in features.keys} == {"Malian soldiers"}


def test_aliases_merge_claimants() -> None:
    (features,) = features_for([JNIM_50], [T2], {"jnim": "Jama'at Nusrat al-Islam"})
    assert features.claimants == {"jama'at nusrat al-islam"}


# -- blocks, scores, relations ------------------------------------------------------------


def test_stated_place_time_and_kind_of_people_are_hard_blocks() -> None:
    f = {c.claim_id: x for c, x in zip(CLAIMS, features_for(CLAIMS, DOCS, {}, SIDES), strict=True)}
    assert compatible(f[CSP_84.claim_id], f[ARMY_2.claim_id])
    assert not compatible(f[JNIM_50.claim_id], f[CSP_KIDAL.claim_id])  # Kidal 2023
    assert not compatible(f[CSP_84.claim_id], f[CSP_21.claim_id])  # fighters vs civilians


def test_counting_the_same_people_beats_a_closer_embedding() -> None:
    doc = article(["The army said it lost two soldiers.",
                   "Officials said two Malian soldiers died.",
                   "The CSP said it seized two army vehicles."],
                  outlet="Wire", published="2024-07-30")
    lost = claim(doc, "The army said it lost two soldiers.", "The army", "it lost two soldiers",
                 canonical="Mali's army")
    paraphrase = claim(doc, "Officials said two Malian soldiers died.", "Officials",
                       "two Malian soldiers died")
    seized = claim(doc, "The CSP said it seized two army vehicles.", "The CSP",
                   "it seized two army vehicles")
    a, b, c = features_for([lost, paraphrase, seized], [doc], {}, SIDES)
    assert score_pair(a, b, cosine=0.45) > score_pair(a, c, cosine=0.65)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((84, 84), (0, 80), Relation.CONFLICTING),
    ((84, 84), (20, None), Relation.CONSISTENT),
    ((24, 99), (50, 50), Relation.CONSISTENT),
    ((2, 2), (47, 47), Relation.CONFLICTING),
    ((None, None), (50, 50), None),
])
def test_ranges_of_the_same_people(a: tuple, b: tuple, expected: Relation | None) -> None:
    key = ("Wagner/Russian fighters", "combatant", "killed")
    assert compare_amounts(Amount(*key, *a), Amount(*key, *b)) is expected


def test_different_people_are_never_compared() -> None:
    wagner = Amount("Wagner/Russian fighters", "combatant", "killed", 84, 84)
    soldiers = Amount("Malian soldiers", "combatant", "killed", 10, 10)
    wounded = Amount("Wagner/Russian fighters", "combatant", "injured", 10, 10)
    assert compare_amounts(wagner, soldiers) is None
    assert compare_amounts(wagner, wounded) is None


# -- grouping ------------------------------------------------------------------------------


def test_groups_keep_battle_drone_strike_and_kidal_apart_even_with_identical_embeddings(
) -> None:
    groups = group_claims(features_for(CLAIMS, DOCS, {}, SIDES), same_vectors(len(CLAIMS)))
    home = grouped(groups)
    assert set(home[CSP_84.claim_id].claim_ids) == BATTLE
    assert set(home[CSP_21.claim_id].claim_ids) == DRONE
    assert set(home[CSP_KIDAL.claim_id].claim_ids) == KIDAL
    assert home[CSP_84.claim_id].has_conflict and home[CSP_21.claim_id].has_conflict
    assert not home[CSP_KIDAL.claim_id].has_conflict


def test_battle_group_relations_and_label() -> None:
    groups = group_claims(features_for(CLAIMS, DOCS, {}, SIDES), same_vectors(len(CLAIMS)))
    battle = grouped(groups)[CSP_84.claim_id]
    assert battle.label == "killed · Wagner/Russian fighters · Tinzaouaten · late July 2024"
    relations = {frozenset((p.claim_a, p.claim_b)): p for p in battle.pairs}
    pair = relations[frozenset((CSP_84.claim_id, GREY_80.claim_id))]
    assert (pair.relation, pair.basis) == (Relation.CONFLICTING, "numeric-range")
    assert relations[frozenset((GREY_80.claim_id, JNIM_50.claim_id))].relation is \
        Relation.CONSISTENT
    assert relations[frozenset((ARMY_2.claim_id, JNIM_50.claim_id))].relation is \
        Relation.CONFLICTING
    assert groups[0] is battle or groups[0].has_conflict  # conflicts come first


def test_a_claimant_never_conflicts_with_itself() -> None:
    doc = article(["The CSP said it had killed 84 Wagner fighters in Tinzaouaten.",
                   "The CSP later said it had killed 50 Wagner fighters in Tinzaouaten."],
                  outlet="Wire", published="2024-07-30")
    first = claim(doc, doc.text.split(". ")[0] + ".", "The CSP",
                  "it had killed 84 Wagner fighters in Tinzaouaten", canonical="CSP")
    later = claim(doc, "The CSP later said it had killed 50 Wagner fighters in Tinzaouaten.",
                  "The CSP later", "it had killed 50 Wagner fighters in Tinzaouaten",
                  canonical="CSP")
    (group,) = group_claims(features_for([first, later], [doc], {}, SIDES), same_vectors(2))
    assert len(group.claim_ids) == 2
    assert [p.relation for p in group.pairs] == [Relation.UNCLEAR]


def test_scorer_and_thresholds_are_injected_but_blocks_still_hold() -> None:
    features = features_for(CLAIMS, DOCS, {}, SIDES)
    vectors = same_vectors(len(CLAIMS))
    alone = group_claims(features, vectors, scorer=lambda a, b, cosine: 0.0)
    assert len(alone) == len(CLAIMS)
    merged = grouped(group_claims(features, vectors, scorer=lambda a, b, cosine: 1.0))
    assert not set(merged[CSP_84.claim_id].claim_ids) & (DRONE | KIDAL)


def test_pairs_between_suggest_and_link_are_suggestions_not_links() -> None:
    features = features_for(CLAIMS, DOCS, {}, SIDES)
    groups = group_claims(features, same_vectors(len(CLAIMS)), link=0.9, suggest=0.3,
                          scorer=lambda a, b, cosine: 0.5)
    assert len(groups) == len(CLAIMS)
    hints = [p for g in groups for p in g.pairs]
    assert hints and all(p.basis == SUGGESTED and p.relation is Relation.UNCLEAR for p in hints)
    assert not any(g.has_conflict for g in groups)


# -- the workspace entry point, with the real model ------------------------------------------


@pytest.fixture
def stocked(workspace: Workspace) -> Workspace:
    for doc in DOCS:
        with workspace.transaction():
            workspace.put_document(doc)
        workspace.replace_claims(doc.doc_id, [c for c in CLAIMS if c.doc_id == doc.doc_id])
    return workspace


@pytest.mark.embeddings
def test_align_workspace_stores_groups_and_caches_vectors(stocked: Workspace,
                                                          monkeypatch) -> None:
    groups = align_workspace(stocked)
    home = grouped(stocked.groups())
    assert set(home[CSP_84.claim_id].claim_ids) == BATTLE
    assert set(home[CSP_21.claim_id].claim_ids) == DRONE
    assert not set(home[CSP_KIDAL.claim_id].claim_ids) & (BATTLE | DRONE)
    assert [g.group_id for g in groups] == [g.group_id for g in stocked.groups()]
    _, info = stocked.last_run("align")
    assert info["embedding_model"]["name"] == embeddings.DEFAULT_MODEL
    assert info["link"] > info["suggest"]

    def no_encoding(*args, **kwargs):
        raise AssertionError("vectors should come from the workspace cache")

    monkeypatch.setattr(embeddings, "encode", no_encoding)
    assert [g.claim_ids for g in align_workspace(stocked)] == [g.claim_ids for g in groups]


@pytest.mark.embeddings
def test_default_model_is_loaded_from_its_package_and_encodes_unit_vectors() -> None:
    model = embeddings.load_model()
    assert model.key.startswith("all-MiniLM-L6-v2@")
    vectors = embeddings.encode(model, ["the army lost two soldiers", "two soldiers died"])
    assert vectors.shape == (2, model.dimension)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_a_missing_model_is_one_line_and_fetches_nothing(tmp_path) -> None:
    with pytest.raises(ModelsMissingError) as error:
        embeddings.load_model(str(tmp_path / "no-such-model"))
    assert "\n" not in str(error.value) and "no-such-model" in str(error.value)


def test_an_empty_workspace_aligns_to_no_groups(workspace: Workspace) -> None:
    assert align_workspace(workspace) == []
    assert workspace.groups() == []



# -- events: spellings, undated documents; comparisons per class and side -----------------


@pytest.mark.parametrize(("names", "same"), [
    (["Kyiv", "Kiev"], True),
    (["Mogadishu", "Muqdisho"], True),
    (["Tinzaouaten", "Tin Zaouatene"], True),
    (["São Tomé", "Sao Tome"], True),
    (["El Fasher", "El-Fashir"], True),
    (["Kidal", "Kigali"], False),
    (["Gao", "Goma"], False),
])
def test_place_spellings_fold_to_one_place(names: list[str], same: bool) -> None:
    folded = place_folder(names)
    assert (len(set(folded.values())) == 1) is same


def test_spelling_variants_do_not_split_an_event() -> None:
    a = article(["Officials said 30 civilians were killed in Mogadishu."], outlet="A",
                published="2024-03-02")
    b = article(["Police said 12 civilians were killed in Muqdisho."], outlet="B",
                published="2024-03-02")
    one = claim(a, a.text, "Officials", "30 civilians were killed in Mogadishu")
    two = claim(b, b.text, "Police", "12 civilians were killed in Muqdisho")
    (group,) = group_claims(features_for([one, two], [a, b], {}, SIDES), same_vectors(2))
    assert group.has_conflict


def test_an_undated_article_joins_by_the_dates_it_states_or_stays_apart() -> None:
    dated = article(["The army said 12 soldiers were killed in Gao on March 3."], outlet="A",
                    published="2024-03-04")
    # two years of Gao reports: the article's own "2024" says which March it means
    stated = article(["Medics said 30 Malian soldiers were killed in Gao on March 3.",
                      "It was the worst attack of 2024."], outlet="B", published=None)
    silent = article(["Rebels said 40 soldiers were killed in Gao."], outlet="C",
                     published=None)
    year_before = article(["Medics said 25 soldiers were killed in Gao in March 2023."],
                          outlet="D", published="2023-03-20")
    claims = [claim(dated, dated.text, "The army", "12 soldiers were killed in Gao on March 3"),
              claim(stated, stated.text.split(" It")[0], "Medics",
                    "30 Malian soldiers were killed in Gao on March 3"),
              claim(silent, silent.text, "Rebels", "40 soldiers were killed in Gao"),
              claim(year_before, year_before.text, "Medics",
                    "25 soldiers were killed in Gao in March 2023")]
    home = grouped(group_claims(features_for(claims, [dated, stated, silent, year_before], {},
                                             SIDES), same_vectors(4)))
    assert home[claims[0].claim_id] is home[claims[1].claim_id]
    assert home[claims[0].claim_id].has_conflict
    assert home[claims[2].claim_id].claim_ids == (claims[2].claim_id,)
    assert claims[3].claim_id not in home[claims[0].claim_id].claim_ids


def test_an_undated_article_takes_the_days_the_reports_of_its_place_agree_on() -> None:
    first = article(["The army said 12 soldiers were killed in Gao."], outlet="A",
                    published="2024-03-04")
    second = article(["Medics said 14 soldiers were killed in Gao."], outlet="B",
                     published="2024-03-06")
    silent = article(["Rebels said 40 soldiers were killed in Gao."], outlet="C",
                     published=None)
    docs = [first, second, silent]
    claims = [claim(first, first.text, "The army", "12 soldiers were killed in Gao"),
              claim(second, second.text, "Medics", "14 soldiers were killed in Gao"),
              claim(silent, silent.text, "Rebels", "40 soldiers were killed in Gao")]
    home = grouped(group_claims(features_for(claims, docs, {}, SIDES), same_vectors(3)))
    assert home[claims[2].claim_id] is home[claims[0].claim_id]
    # one dated report is not enough to place it: it may be about another attack there
    alone = grouped(group_claims(features_for(claims[::2], docs[::2], {}, SIDES),
                                 same_vectors(2)))
    assert alone[claims[2].claim_id].claim_ids == (claims[2].claim_id,)


def test_a_country_named_alone_meets_the_town_its_reports_name_it_with() -> None:
    town = article(["Locals said 10 civilians were killed in Nyaung Kone.",
                    "The jet struck Nyaung Kone in Myanmar."], outlet="A", published="2023-06-02")
    other = article(["Medics said 9 civilians were killed in Nyaung Kone in Myanmar."],
                    outlet="B", published="2023-06-02")
    country = article(["Outlets said 7 civilians were killed in Myanmar."], outlet="C",
                      published="2023-06-02")
    elsewhere = article(["Monks said 30 civilians were killed in Pazigyi."], outlet="D",
                        published="2023-06-02")
    docs = [town, other, country, elsewhere]
    claims = [claim(town, town.text.split(" The")[0], "Locals",
                    "10 civilians were killed in Nyaung Kone"),
              claim(country, country.text, "Outlets", "7 civilians were killed in Myanmar"),
              claim(elsewhere, elsewhere.text, "Monks", "30 civilians were killed in Pazigyi")]
    features = features_for(claims, docs, {}, SIDES)
    assert features[0].containers == frozenset({"Myanmar"})
    home = grouped(group_claims(features, same_vectors(3)))
    assert home[claims[0].claim_id] is home[claims[1].claim_id]
    assert home[claims[0].claim_id].has_conflict
    assert claims[2].claim_id not in home[claims[0].claim_id].claim_ids


@pytest.mark.parametrize(("a", "a_around", "b", "b_around", "meet"), [
    ({"Tonj"}, {"South Sudan"}, {"South Sudan"}, set(), True),  # the country around the town
    ({"Tonj"}, {"South Sudan"}, {"Juba"}, {"South Sudan"}, False),  # two towns in one country
    ({"Tonj", "South Sudan"}, set(), {"South Sudan"}, set(), True),
    (set(), set(), {"Juba"}, set(), True),  # no place says nothing
])
def test_places_meet_when_shared_or_one_is_around_the_other(
        a: set[str], a_around: set[str], b: set[str], b_around: set[str], meet: bool) -> None:
    assert places_meet(frozenset(a), frozenset(a_around), frozenset(b),
                       frozenset(b_around)) is meet


def test_each_class_and_side_is_its_own_comparison() -> None:
    groups = group_claims(features_for(CLAIMS, DOCS, {}, SIDES), same_vectors(len(CLAIMS)))
    battle = grouped(groups)[CSP_84.claim_id]
    conflicts = {(frozenset((p.claim_a, p.claim_b)), p.comparison) for p in battle.pairs
                 if p.relation is Relation.CONFLICTING}
    assert (frozenset((CSP_84.claim_id, GREY_80.claim_id)),
            "killed · Wagner/Russian fighters") in conflicts
    assert (frozenset((ARMY_2.claim_id, JNIM_50.claim_id)), "killed · Malian soldiers") in \
        conflicts
    drone = grouped(groups)[CSP_21.claim_id]
    assert {p.comparison for p in drone.pairs} == {"killed · civilians"}


def test_a_toll_and_a_count_of_people_killed_compare() -> None:
    doc = article(["Police said 300 people were killed in Goma.",
                   "The governor put the death toll at 120 in Goma."],
                  outlet="Wire", published="2025-01-28")
    police = claim(doc, "Police said 300 people were killed in Goma.", "Police",
                   "300 people were killed in Goma")
    governor = claim(doc, "The governor put the death toll at 120 in Goma.", "The governor",
                     "the death toll at 120 in Goma", cue="put")
    (group,) = group_claims(features_for([police, governor], [doc], {}, SIDES), same_vectors(2))
    assert [(p.comparison, p.relation) for p in group.pairs] == [
        ("killed · people", Relation.CONFLICTING)]


def test_durations_and_sources_are_never_compared_with_a_toll() -> None:
    doc = article(["Two security sources said 12 soldiers were killed in Gao.",
                   "The army said 3 soldiers were killed in Gao after several days."],
                  outlet="Wire", published="2025-01-28")
    sources = claim(doc, doc.text.split(". ")[0] + ".", "Two security sources",
                    "12 soldiers were killed in Gao", canonical="security sources")
    army = claim(doc, "The army said 3 soldiers were killed in Gao after several days.",
                 "The army", "3 soldiers were killed in Gao after several days")
    a, b = features_for([sources, army], [doc], {}, SIDES)
    assert [x.target for x in b.amounts] == ["Malian soldiers"]
    assert all(x.predicate == "killed" for x in (*a.amounts, *b.amounts))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("August 15, 2020 (Nyamilepedia) \u2013 Fighting in Tonj will go on",
     "Fighting in Tonj will go on"),
    ("19 February 2020 - At least 20 soldiers died", "At least 20 soldiers died"),
    ("On August 15, 2020 fighting began", "On August 15, 2020 fighting began"),
])
def test_an_opening_dateline_is_not_the_time_of_the_event(sentence: str, expected: str) -> None:
    assert without_dateline(sentence) == expected


@pytest.mark.parametrize(("text", "nearby", "expected"), [
    ("Fighting began on July 22.", {2024}, date(2024, 12, 31)),
    ("Fighting began on July 22, after the 2021 coup.", {2024}, date(2024, 12, 31)),
    ("Fighting began on July 22, after the 2021 coup.", set(), date(2021, 12, 31)),
    ("Fighting began on July 22, as in 2023.", {2023, 2024}, date(2023, 12, 31)),
    ("Fighting began on July 22.", {2023, 2024}, None),  # which year? kept apart
    ("Fighting began on July 22.", set(), None),  # no year anywhere: nothing to read it by
    ("Fighting began on Tuesday. It may go on.", {2024}, None),  # no date stated at all
    ("A raid in September last year killed 30.", {2024}, None),  # only its background
])
def test_an_undated_documents_yearless_dates_are_read_against_reports_of_its_place(
        text: str, nearby: set[int], expected: date | None) -> None:
    found = undated_reference(text, nearby)
    assert (found[1] if found else None) == expected


@pytest.mark.parametrize(("content", "claimant", "expected"), [
    ("two soldiers had been killed near Gao", "Mali's army", "Malian soldiers"),
    ("it had killed 40 soldiers near Gao", "JNIM", "soldiers"),
    ("its fighters captured 12 troops and killed 5 soldiers", "JNIM", "soldiers"),
    ("our forces killed 5 rebels while 3 soldiers died", "Mali's army", "Malian soldiers"),
    ("it lost 3 soldiers near Gao", "Mali's army", "Malian soldiers"),
])
def test_the_claimants_own_people_are_those_it_lost_not_those_it_killed(
        content: str, claimant: str, expected: str) -> None:
    doc = article([f"{claimant} said {content}."], outlet="Wire", published="2025-01-28")
    found = claim(doc, doc.text, claimant, content)
    (features,) = features_for([found], [doc], {}, SIDES)
    assert features.amounts[-1].target == expected
