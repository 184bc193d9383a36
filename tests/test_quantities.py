"""Numbers in claim content become ranges with a target and predicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.quantities import extract_quantities
from factcheck.records import Measure, QuantityKind

EXACT, APPROX, AT_LEAST, AT_MOST, RANGE, VAGUE, RATIO, PERCENT = (
    QuantityKind.EXACT, QuantityKind.APPROX, QuantityKind.AT_LEAST, QuantityKind.AT_MOST,
    QuantityKind.RANGE, QuantityKind.VAGUE, QuantityKind.RATIO, QuantityKind.PERCENT,
)
K = ("killed",)
SEEDS = Path("/work/shared/seeds")

# text -> [(quantity text, low, high, kind, target, predicates), ...]
CASES: list[tuple[str, list[tuple]]] = [
    # digits, separators, scales
    ("12,000 people", [("12,000", 12000, 12000, EXACT, "people", ())]),
    ("1.5 million people", [("1.5 million", 1_500_000, 1_500_000, EXACT, "people", ())]),
    ("He criticized the presence of a 13,000-strong United Nations mission and a French force",
     [("13,000-strong", 13000, 13000, EXACT, "United Nations mission", ())]),
    ("21 civilians", [("21", 21, 21, EXACT, "civilians", ())]),
    # number words
    ("fifty soldiers", [("fifty", 50, 50, EXACT, "soldiers", ())]),
    ("lost two soldiers", [("two", 2, 2, EXACT, "soldiers", ("lost",))]),
    ("a dozen fighters", [("a dozen", 12, 12, EXACT, "fighters", ())]),
    ("ten men", [("ten", 10, 10, EXACT, "men", ())]),
    ("twenty-one civilians", [("twenty-one", 21, 21, EXACT, "civilians", ())]),
    ("one hundred people", [("one hundred", 100, 100, EXACT, "people", ())]),
    ("fifteen hundred troops", [("fifteen hundred", 1500, 1500, EXACT, "troops", ())]),
    ("two dozen", [("two dozen", 24, 24, EXACT, None, ())]),
    ("one soldier was killed", [("one", 1, 1, EXACT, "soldier", K)]),
    # vague amounts
    ("a drone had killed dozens of civilians", [("dozens", 24, 99, VAGUE, "civilians", K)]),
    ("scores of civilians", [("scores", 40, 99, VAGUE, "civilians", ())]),
    ("hundreds of people fled", [("hundreds", 200, 999, VAGUE, "people", ("displaced",))]),
    ("tens of thousands of people",
     [("tens of thousands", 20_000, 99_999, VAGUE, "people", ())]),
    ("several soldiers were wounded", [("several", 3, 9, VAGUE, "soldiers", ("wounded",))]),
    ("several hundred fighters", [("several hundred", 300, 900, VAGUE, "fighters", ())]),
    ("a few days ago", [("a few", 2, 5, VAGUE, "days", ())]),
    ("killed a large number of Malian soldiers",
     [("a large number", None, None, VAGUE, "Malian soldiers", K)]),
    ("heavy losses were inflicted on our enemies",
     [("heavy losses", None, None, VAGUE, None, ("lost",))]),
    ("many civilians", [("many", None, None, VAGUE, "civilians", ())]),
    ("they had suffered losses between July 22 and 27 in the area",
     [("losses", None, None, VAGUE, None, ("lost",))]),
    # bounds
    ("at least 20 soldiers", [("at least 20", 20, None, AT_LEAST, "soldiers", ())]),
    ("at least 20 killed in the raid", [("at least 20", 20, None, AT_LEAST, None, K)]),
    ("more than 20 soldiers", [("more than 20", 21, None, AT_LEAST, "soldiers", ())]),
    ("20 or more Wagner personnel had been killed",
     [("20 or more", 20, None, AT_LEAST, "Wagner personnel", K)]),
    ("up to 80 civilians", [("up to 80", None, 80, AT_MOST, "civilians", ())]),
    ("nearly 50", [("nearly 50", 45, 50, APPROX, None, ())]),
    ("almost 50 people died", [("almost 50", 45, 50, APPROX, "people", K)]),
    ("claimed about 12,000 lives", [("about 12,000", 10800, 13200, APPROX, "lives", K)]),
    ("around 12,000", [("around 12,000", 10800, 13200, APPROX, None, ())]),
    ("some 12,000 troops", [("some 12,000", 10800, 13200, APPROX, "troops", ())]),
    ("roughly 300", [("roughly 300", 270, 330, APPROX, None, ())]),
    ("approximately 12,000", [("approximately 12,000", 10800, 13200, APPROX, None, ())]),
    ("about 5", [("about 5", 4, 6, APPROX, None, ())]),
    ("fewer than 10 civilians", [("fewer than 10", None, 9, AT_MOST, "civilians", ())]),
    ("no fewer than 10 civilians", [("no fewer than 10", 10, None, AT_LEAST, "civilians", ())]),
    ("over 100 people", [("over 100", 101, None, AT_LEAST, "people", ())]),
    ("more than a dozen civilians", [("more than a dozen", 13, None, AT_LEAST, "civilians", ())]),
    ("as many as 80 people died", [("as many as 80", None, 80, AT_MOST, "people", K)]),
    ("an estimated 12,000 people", [("an estimated 12,000", 10800, 13200, APPROX, "people", ())]),
    ("bloggers estimated 20 or more", [("20 or more", 20, None, AT_LEAST, None, ())]),
    # ranges
    ("20 to 80 fighters", [("20 to 80", 20, 80, RANGE, "fighters", ())]),
    ("20-80 fighters", [("20-80", 20, 80, RANGE, "fighters", ())]),
    ("between 100 and 300 people", [("between 100 and 300", 100, 300, RANGE, "people", ())]),
    ("the low end of 100 to 300", [("100 to 300", 100, 300, RANGE, None, ())]),
    ("from 20 to 30 soldiers", [("from 20 to 30", 20, 30, RANGE, "soldiers", ())]),
    ("two or three soldiers", [("two or three", 2, 3, RANGE, "soldiers", ())]),
    # ratios and percentages
    ("Deaths in Mali in 2023 are two-thirds of the total",
     [("two-thirds", 0.667, 0.667, RATIO, "total", K)]),
    ("about two-thirds of the total number",
     [("about two-thirds", 0.6, 0.733, RATIO, "total number", ())]),
    ("a third of the fighters", [("a third", 0.333, 0.333, RATIO, "fighters", ())]),
    ("killed half the villagers", [("half", 0.5, 0.5, RATIO, "villagers", K)]),
    ("half of the villagers", [("half", 0.5, 0.5, RATIO, "villagers", ())]),
    ("more than half of them", [("more than half", 0.5, None, RATIO, None, ())]),
    ("40% of residents", [("40%", 40, 40, PERCENT, "residents", ())]),
    ("40 percent", [("40 percent", 40, 40, PERCENT, None, ())]),
    ("40 per cent", [("40 per cent", 40, 40, PERCENT, None, ())]),
    ("about 40%", [("about 40%", 36, 44, PERCENT, None, ())]),
    ("20-30%", [("20-30%", 20, 30, PERCENT, None, ())]),
    # coordinated counts and targets
    ("it had killed 50 Russians and 10 Malian soldiers",
     [("50", 50, 50, EXACT, "Russians", K), ("10", 10, 10, EXACT, "Malian soldiers", K)]),
    ("50 Russians and 10 Malian soldiers were killed",
     [("50", 50, 50, EXACT, "Russians", K), ("10", 10, 10, EXACT, "Malian soldiers", K)]),
    ("84 Wagner fighters and 47 soldiers",
     [("84", 84, 84, EXACT, "Wagner fighters", ()), ("47", 47, 47, EXACT, "soldiers", ())]),
    ("10 Malian soldiers had been killed", [("10", 10, 10, EXACT, "Malian soldiers", K)]),
    # predicates
    ("it had killed and injured dozens of Malians and Russians",
     [("dozens", 24, 99, VAGUE, "Malians and Russians", ("killed", "wounded"))]),
    ("5 soldiers were killed", [("5", 5, 5, EXACT, "soldiers", K)]),
    ("20 soldiers died", [("20", 20, 20, EXACT, "soldiers", K)]),
    ("dozens were among the dead", [("dozens", 24, 99, VAGUE, None, K)]),
    ("a death toll of 15", [("15", 15, 15, EXACT, None, K)]),
    ("20 soldiers were taken prisoner", [("20", 20, 20, EXACT, "soldiers", ("captured",))]),
    ("2,000 soldiers were captured", [("2,000", 2000, 2000, EXACT, "soldiers", ("captured",))]),
    ("destroyed 3 tanks", [("3", 3, 3, EXACT, "tanks", ("destroyed",))]),
    ("heavy casualties", [("heavy casualties", None, None, VAGUE, None, ("killed", "wounded"))]),
    ("20 Wagner fighters killed 5 civilians",  # the 20 did the killing
     [("20", 20, 20, EXACT, "Wagner fighters", ()), ("5", 5, 5, EXACT, "civilians", K)]),
    ("killed 5 soldiers and wounded 10 civilians",
     [("5", 5, 5, EXACT, "soldiers", K), ("10", 10, 10, EXACT, "civilians", ("wounded",))]),
    # durations and distances keep their number but never a predicate
    ("attacks killed 12,000 in the first 10 months",
     [("12,000", 12000, 12000, EXACT, None, K), ("10", 10, 10, EXACT, "months", ())]),
    ("1,500 kilometers (932 miles)",
     [("1,500", 1500, 1500, EXACT, "kilometers", ()), ("932", 932, 932, EXACT, "miles", ())]),
    ("killed after several years", [("several", 3, 9, VAGUE, "years", ())]),
    # not counts at all
    ("in 2012", []),
    ("2023", []),
    ("between July 22 and 27", []),
    ("on 5 July 2024", []),
    ("from 2020 to 2021", []),
    ("at 10 a.m.", []),
    ("at 10:30", []),
    ("one of the commanders", []),
    ("Group 5", []),
    ("COVID-19 and the G5 Sahel", []),
    ("the commander of its unit was among the dead", []),
    ("how many troops they lost", []),
    ("in the first half of 2023", []),
    ("half an hour", []),
    ("a third attack", []),
    ("the 1990s", []),
    ("he came to power in a 2021 coup", []),
    ("Many complain of marginalisation", [("Many", None, None, VAGUE, None, ())]),
    ("2000 soldiers", [("2000", 2000, 2000, EXACT, "soldiers", ())]),
]


# Numbers as a fact-checker reads them: bounds, parts of a whole, what is measured, which
# casualty class and which kind of people a count is of.
# text -> [(quantity text, low, high, kind, measure, counted, who), ...]
COUNT = Measure.COUNT
READINGS: list[tuple[str, list[tuple]]] = [
    # upper bounds
    ("up to 60 people were killed",
     [("up to 60", None, 60, AT_MOST, COUNT, "killed", "people")]),
    ("as many as 60 fighters died",
     [("as many as 60", None, 60, AT_MOST, COUNT, "killed", "combatants")]),
    ("no more than 10 civilians were hurt",
     [("no more than 10", None, 10, AT_MOST, COUNT, "wounded", "civilians")]),
    # lower bounds
    ("the death toll has exceeded 500", [("exceeded 500", 501, None, AT_LEAST, COUNT, "killed",
                                          None)]),
    ("more than 30 soldiers were killed",
     [("more than 30", 31, None, AT_LEAST, COUNT, "killed", "combatants")]),
    ("at least 12 people died", [("at least 12", 12, None, AT_LEAST, COUNT, "killed", "people")]),
    ("over 100 people were displaced",
     [("over 100", 101, None, AT_LEAST, COUNT, "displaced", "people")]),
    # approximately, from below
    ("nearly 50 bodies were found", [("nearly 50", 45, 50, APPROX, COUNT, "killed", "people")]),
    ("almost 200 were wounded", [("almost 200", 180, 200, APPROX, COUNT, "wounded", None)]),
    # a part of a whole is the part
    ("one of three aircraft was shot down", [("one of three", 1, 1, EXACT, COUNT, None, None)]),
    ("one of two helicopters", [("one of two", 1, 1, EXACT, COUNT, None, None)]),
    ("two of the five soldiers died",
     [("two of the five", 2, 2, EXACT, COUNT, "killed", "combatants")]),
    ("put the death toll at higher than 120",
     [("higher than 120", 121, None, AT_LEAST, COUNT, "killed", None)]),
    ("the toll kept rising and passed 160", [("passed 160", 161, None, AT_LEAST, COUNT, "killed",
                                              None)]),
    ("as many as 40 to 50 people were slaughtered",
     [("as many as 40 to 50", 40, 50, RANGE, COUNT, "killed", "people")]),
    ("killing an unspecified number of soldiers",
     [("an unspecified number", None, None, VAGUE, COUNT, "killed", "combatants")]),
    # wire-copy ways of saying what happened to a count
    ("over 30 people lost their lives", [("over 30", 31, None, AT_LEAST, COUNT, "killed",
                                          "people")]),
    ("85 civilians were killed and 94 others sustained injuries",
     [("85", 85, 85, EXACT, COUNT, "killed", "civilians"),
      ("94", 94, 94, EXACT, COUNT, "wounded", "civilians")]),
    ("the raid forced some 2,400 people to flee",
     [("some 2,400", 2160, 2640, APPROX, COUNT, "displaced", "people")]),
    ("at least 116 people were reported killed", [("at least 116", 116, None, AT_LEAST, COUNT,
                                                   "killed", "people")]),
    ("several hundred troops might have died", [("several hundred", 300, 900, VAGUE, COUNT,
                                                 "killed", "combatants")]),
    ("More than 18 government soldiers were badly wounded",
     [("More than 18", 19, None, AT_LEAST, COUNT, "wounded", "combatants")]),
    ('He said "hundreds" had been killed', [("hundreds", 200, 999, VAGUE, COUNT, "killed",
                                             None)]),
    ("killed up to 400 soldiers, with hundreds more wounded",
     [("up to 400", None, 400, AT_MOST, COUNT, "killed", "combatants"),
      ("hundreds", 200, 999, VAGUE, COUNT, "wounded", "combatants")]),
    ("some 34 members of the army were killed", [("some 34", 31, 37, APPROX, COUNT, "killed",
                                                  None)]),
    ("six fighters from the pro-government militia were killed",
     [("six", 6, 6, EXACT, COUNT, "killed", "combatants")]),
    ("At least 20 Somali National Army [SNA] soldiers were killed",
     [("At least 20", 20, None, AT_LEAST, COUNT, "killed", "combatants")]),
    ("the number of people killed in the fighting in Tonj East has climbed to 148",
     [("148", 148, 148, EXACT, COUNT, "killed", None)]),
    ("the toll stood at 53, but rescuers later raised it to about 100",
     [("53", 53, 53, EXACT, COUNT, "killed", None),
      ("about 100", 90, 110, APPROX, COUNT, "killed", None)]),
    ("the war has claimed 40,000 lives and displaced 14 million",
     [("40,000", 40000, 40000, EXACT, COUNT, "killed", "people"),
      ("14 million", 14_000_000, 14_000_000, EXACT, COUNT, "displaced", "people")]),
    ("the UN verified 148 killings", [("148", 148, 148, EXACT, COUNT, "killed", None)]),
    ("37 corpses are in the hospital", [("37", 37, 37, EXACT, COUNT, "killed", None)]),
    ("accused the RSF of kidnapping six medics",
     [("six", 6, 6, EXACT, COUNT, "captured", None)]),
    ("over 1,000 houses were razed", [("over 1,000", 1001, None, AT_LEAST, COUNT, "destroyed",
                                       None)]),
    # other measures: never a casualty class, never compared with a toll
    ("fighting went on for several days", [("several", 3, 9, VAGUE, Measure.DURATION, None,
                                             None)]),
    ("killed after a 10-day siege", [("10-day", 10, 10, EXACT, Measure.DURATION, None, None)]),
    ("hundreds of kilometres from the capital",
     [("hundreds", 200, 999, VAGUE, Measure.DISTANCE, None, None)]),
    ("a 5-km convoy", [("5-km", 5, 5, EXACT, Measure.DISTANCE, None, None)]),
    ("two security sources said", [("two", 2, 2, EXACT, Measure.SOURCES, None, None)]),
    ("three witnesses said 40 were killed",
     [("three", 3, 3, EXACT, Measure.SOURCES, None, None),
      ("40", 40, 40, EXACT, COUNT, "killed", None)]),
    ("a 25-year-old man was killed", [("25-year-old", 25, 25, EXACT, Measure.AGE, None, None)]),
    ("a man aged 25 died", [("25", 25, 25, EXACT, Measure.AGE, None, None)]),
    ("1,500 tonnes of aid", [("1,500", 1500, 1500, EXACT, Measure.WEIGHT, None, None)]),
    ("kidnapping six medics and demanding ransoms of $150,000",
     [("six", 6, 6, EXACT, COUNT, "captured", None),
      ("150,000", 150000, 150000, EXACT, Measure.MONEY, None, None)]),
    ("a US$2 million ransom", [("2 million", 2_000_000, 2_000_000, EXACT, Measure.MONEY, None,
                                None)]),
    ("between 12 and 14 May", []),
    ("at 3 pm on 12 May", []),
    # casualty classes: the same class however it is worded
    ("300 people were killed", [("300", 300, 300, EXACT, COUNT, "killed", "people")]),
    ("a death toll of 120", [("120", 120, 120, EXACT, COUNT, "killed", None)]),
    ("put the death toll at 30", [("30", 30, 30, EXACT, COUNT, "killed", None)]),
    ("12 fatalities", [("12", 12, 12, EXACT, COUNT, "killed", "people")]),
    ("the bodies of 12 fighters", [("12", 12, 12, EXACT, COUNT, "killed", "combatants")]),
    ("20 dead", [("20", 20, 20, EXACT, COUNT, "killed", None)]),
    ("killing 12 soldiers", [("12", 12, 12, EXACT, COUNT, "killed", "combatants")]),
    ("admitted to losing five men", [("five", 5, 5, EXACT, COUNT, "killed", "people")]),
    ("heavy losses were inflicted", [("heavy losses", None, None, VAGUE, COUNT, "killed", None)]),
    ("30 injured", [("30", 30, 30, EXACT, COUNT, "wounded", None)]),
    ("40 were wounded", [("40", 40, 40, EXACT, COUNT, "wounded", None)]),
    ("heavy casualties", [("heavy casualties", None, None, VAGUE, COUNT, "casualties", None)]),
    ("killed and injured dozens of villagers",
     [("dozens", 24, 99, VAGUE, COUNT, "casualties", "civilians")]),
    ("40 were taken hostage", [("40", 40, 40, EXACT, COUNT, "captured", None)]),
    ("resulting in the capture of nine", [("nine", 9, 9, EXACT, COUNT, "captured", None)]),
    ("took 20 prisoners", [("20", 20, 20, EXACT, COUNT, "captured", None)]),
    ("10 soldiers were missing", [("10", 10, 10, EXACT, COUNT, "missing", "combatants")]),
    ("5,000 people were displaced", [("5,000", 5000, 5000, EXACT, COUNT, "displaced",
                                      "people")]),
    ("2,000 residents fled", [("2,000", 2000, 2000, EXACT, COUNT, "displaced", "civilians")]),
    ("destroyed 3 tanks", [("3", 3, 3, EXACT, COUNT, "destroyed", None)]),
    ("lost 5 tanks", [("5", 5, 5, EXACT, COUNT, "lost", None)]),
    # who was counted
    ("21 civilians had died in the strike, among them 11 children",
     [("21", 21, 21, EXACT, COUNT, "killed", "civilians"),
      ("11", 11, 11, EXACT, COUNT, "killed", "children")]),
    ("84 Wagner fighters and 47 Malian soldiers were killed",
     [("84", 84, 84, EXACT, COUNT, "killed", "combatants"),
      ("47", 47, 47, EXACT, COUNT, "killed", "combatants")]),
    ("three policemen had died", [("three", 3, 3, EXACT, COUNT, "killed", "combatants")]),
    # an elliptical count takes the people of the count before it
    ("two soldiers had been killed and ten wounded",
     [("two", 2, 2, EXACT, COUNT, "killed", "combatants"),
      ("ten", 10, 10, EXACT, COUNT, "wounded", "combatants")]),
    ("two soldiers were killed and three others wounded",
     [("two", 2, 2, EXACT, COUNT, "killed", "combatants"),
      ("three", 3, 3, EXACT, COUNT, "wounded", "combatants")]),
    ("killing 12 soldiers and wounding 30",
     [("12", 12, 12, EXACT, COUNT, "killed", "combatants"),
      ("30", 30, 30, EXACT, COUNT, "wounded", "combatants")]),
    ("2 soldiers died in the attack that left 30 dead",  # no conjunction: not elliptical
     [("2", 2, 2, EXACT, COUNT, "killed", "combatants"),
      ("30", 30, 30, EXACT, COUNT, "killed", None)]),
    ("12 people were killed, including three soldiers, and 40 were injured",
     [("12", 12, 12, EXACT, COUNT, "killed", "people"),
      ("three", 3, 3, EXACT, COUNT, "killed", "combatants"),
      ("40", 40, 40, EXACT, COUNT, "wounded", "people")]),
    # an aside between a count and its verb, and the count inside it
    ("at least 7 people, including four children, were killed",
     [("at least 7", 7, None, AT_LEAST, COUNT, "killed", "people"),
      ("four", 4, 4, EXACT, COUNT, "killed", "children")]),
    ("Some 200 militants were neutralised",
     [("Some 200", 180, 220, APPROX, COUNT, "killed", "combatants")]),
    ("We killed 17 soldiers and took away seven technical vehicles",
     [("17", 17, 17, EXACT, COUNT, "killed", "combatants"),
      ("seven", 7, 7, EXACT, COUNT, None, None)]),
    ("they killed 17 soldiers and 5 civilians",
     [("17", 17, 17, EXACT, COUNT, "killed", "combatants"),
      ("5", 5, 5, EXACT, COUNT, "killed", "civilians")]),
    ("12 soldiers died and 30 civilians were wounded",
     [("12", 12, 12, EXACT, COUNT, "killed", "combatants"),
      ("30", 30, 30, EXACT, COUNT, "wounded", "civilians")]),
]


@pytest.mark.parametrize(("text", "expected"), READINGS, ids=[c[0][:40] for c in READINGS])
def test_reading(text: str, expected: list[tuple]) -> None:
    assert [(q.text, q.low, q.high, q.kind, q.measure, q.counted, q.who)
            for q in extract_quantities(text)] == expected


def _rows(text: str) -> list[tuple]:
    return [(q.text, q.low, q.high, q.kind, q.target, q.predicates)
            for q in extract_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_phrasing(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


def test_offsets_index_the_document() -> None:
    document = "Officials said on Monday that it had killed 50 Russians and 10 Malian soldiers."
    start = document.index("it had")
    found = extract_quantities(document[start:], offset=start)
    assert [document[q.start:q.end] for q in found] == [q.text for q in found] == ["50", "10"]


@pytest.mark.parametrize("name", ["bloomberg_kidal_2023.txt", "reuters_tinzaouaten_2024.txt"])
def test_seed_articles_keep_invariants(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    found = extract_quantities(text)
    assert found
    for q in found:
        assert text[q.start:q.end] == q.text
        assert q.low is None or q.high is None or q.low <= q.high
        assert isinstance(q.kind, QuantityKind)


def test_seed_counts_a_reader_extracts() -> None:
    text = (SEEDS / "reuters_tinzaouaten_2024.txt").read_text(encoding="utf-8")
    rows = {(q.text, q.target, q.predicates) for q in extract_quantities(text)}
    assert ("20 or more", "Wagner personnel", K) in rows
    assert ("50", "Russians", K) in rows
    assert ("10", "Malian soldiers", K) in rows
    assert not any(q.text in {"22", "27", "2012", "2020", "2021"} for q in extract_quantities(text))


_PIECES = [*"0123456789 ,.-%:", "and ", "to ", "about ", "dozens ", "half ", "two-thirds ",
           "killed ", "soldiers ", "July ", "between ", "or more ", "twenty-one ", "a few "]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_any_text_keeps_invariants(text: str) -> None:
    for q in extract_quantities(text, offset=7):
        assert ("_" * 7 + text)[q.start:q.end] == q.text
        assert q.low is None or q.high is None or q.low <= q.high
