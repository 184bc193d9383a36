"""Word tables behind factcheck.quantities: the rules that are data, kept in one place.

Every phrase is lowercase and single-spaced; the matcher lets any run of whitespace
stand for a space and ignores case. Number words themselves (one ... nine hundred
thousand) come from text2num; only the words it does not know are listed here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from factcheck.records import Measure


class Bound(StrEnum):
    """How a bound word turns one number ``n`` into a range."""

    AT_LEAST = "at_least"  # [n, open)
    ABOVE = "above"  # strictly more: [n + 1, open) for whole counts
    AT_MOST = "at_most"  # (open, n]
    BELOW = "below"  # strictly fewer: (open, n - 1] for whole counts
    APPROX = "approx"  # n ± APPROX_SPREAD
    APPROX_BELOW = "approx_below"  # [n - spread, n]: "nearly 50" never means 51
    APPROX_ABOVE = "approx_above"  # [n, n + spread]: "just over 50"


class VagueAmount(NamedTuple):
    low: float | None
    high: float | None
    needs_of: bool = False  # only a quantity when "of" follows ("scores of", not "test scores")


# "about 12,000" reads as 12,000 give or take a tenth: wide enough that "about 12,000"
# and "11,500" agree, narrow enough that "about 12,000" and "8,000" conflict. Whole
# counts spread by at least 1 so "about 5" is [4, 6], not [4.5, 5.5].
APPROX_SPREAD = 0.10

# Multipliers written after a number: "1.5 million", "two dozen".
SCALES: dict[str, int] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}

# Number phrases text2num does not read (it skips "a" and has no "dozen").
EXTRA_NUMBER_WORDS: dict[str, float] = {
    "a dozen": 12,
    "half a dozen": 6,
    "a hundred": 100,
    "a thousand": 1_000,
    "a million": 1_000_000,
}

# Vague amounts and the range each one is read as. A phrase that names no size at all
# gets (None, None): a made-up floor would make "many" agree with every count, and the
# aligner should call such a pair unclear, not consistent.
VAGUE_AMOUNTS: dict[str, VagueAmount] = {
    # two dozen at the least; from 100 on a writer says "hundreds"
    "dozens": VagueAmount(24, 99),
    # a score is 20, "scores" at least two of them; below 100 like "dozens"
    "scores": VagueAmount(40, 99, needs_of=True),
    # at least two hundred, short of the thousands
    "hundreds": VagueAmount(200, 999),
    "thousands": VagueAmount(2_000, 9_999),
    "tens of thousands": VagueAmount(20_000, 99_999),
    "hundreds of thousands": VagueAmount(200_000, 999_999),
    "millions": VagueAmount(2_000_000, 9_999_999),
    # more than a couple, fewer than the ten or dozen a writer would then name
    "several": VagueAmount(3, 9),
    # "a few" is small: two at the least, rarely more than five
    "a few": VagueAmount(2, 5),
    "a handful": VagueAmount(2, 5, needs_of=True),
    # two, loosely three ("a couple of days")
    "a couple": VagueAmount(2, 3, needs_of=True),
    # no size named: kept so a reader sees the claim carries an amount, compared as unclear
    "many": VagueAmount(None, None),
    "numerous": VagueAmount(None, None),
    "countless": VagueAmount(None, None),
    "a large number": VagueAmount(None, None),
    "a number": VagueAmount(None, None, needs_of=True),
    "an unspecified number": VagueAmount(None, None),
    "an undisclosed number": VagueAmount(None, None),
    "an unknown number": VagueAmount(None, None),
    "heavy losses": VagueAmount(None, None),
    "heavy casualties": VagueAmount(None, None),
    "significant losses": VagueAmount(None, None),
    "losses": VagueAmount(None, None),
}

# Vague words that multiply with a following scale: "several hundred" is 300-900.
VAGUE_SCALABLE: frozenset[str] = frozenset({"several", "a few", "a couple"})

# Fractions, read as ratios (two-thirds is 0.667, not a count of two).
FRACTIONS: dict[str, float] = {
    "half": 1 / 2,
    "a half": 1 / 2,
    "one half": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "one-third": 1 / 3,
    "two thirds": 2 / 3,
    "two-thirds": 2 / 3,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "one-quarter": 1 / 4,
    "three quarters": 3 / 4,
    "three-quarters": 3 / 4,
    "a fifth": 1 / 5,
    "one-fifth": 1 / 5,
}

# Fractions that are also ordinals or time ("a third attack", "half an hour"):
# a ratio only when what they divide follows.
FRACTIONS_NEED_OBJECT: frozenset[str] = frozenset({"half", "a half", "a third", "a quarter",
                                                   "a fifth"})
FRACTION_OBJECT_WORDS: tuple[str, ...] = ("of", "the", "their", "its", "our", "all")
# "the first half of 2023" is a period, not a share.
FRACTION_BLOCKERS: frozenset[str] = frozenset({"first", "second", "last", "other"})

BOUND_PREFIXES: dict[str, Bound] = {
    "at least": Bound.AT_LEAST,
    "no fewer than": Bound.AT_LEAST,
    "no less than": Bound.AT_LEAST,
    "not less than": Bound.AT_LEAST,
    "a minimum of": Bound.AT_LEAST,
    "as few as": Bound.AT_LEAST,
    "more than": Bound.ABOVE,
    "over": Bound.ABOVE,
    "well over": Bound.ABOVE,
    "higher than": Bound.ABOVE,
    "greater than": Bound.ABOVE,
    "passed": Bound.ABOVE,
    "well above": Bound.ABOVE,
    # a toll that "exceeded 500" is more than 500, however it is worded
    "exceeded": Bound.ABOVE,
    "exceeds": Bound.ABOVE,
    "exceeding": Bound.ABOVE,
    "surpassed": Bound.ABOVE,
    "topped": Bound.ABOVE,
    "not exceeding": Bound.AT_MOST,
    "above": Bound.ABOVE,
    "in excess of": Bound.ABOVE,
    "upwards of": Bound.ABOVE,
    "up to": Bound.AT_MOST,
    "at most": Bound.AT_MOST,
    "no more than": Bound.AT_MOST,
    "not more than": Bound.AT_MOST,
    "a maximum of": Bound.AT_MOST,
    "as many as": Bound.AT_MOST,
    "fewer than": Bound.BELOW,
    "less than": Bound.BELOW,
    "under": Bound.BELOW,
    "below": Bound.BELOW,
    "about": Bound.APPROX,
    "around": Bound.APPROX,
    "some": Bound.APPROX,
    "roughly": Bound.APPROX,
    "approximately": Bound.APPROX,
    "an estimated": Bound.APPROX,  # bare "estimated" is left out: "they estimated 20 or more"
    "close to": Bound.APPROX,
    "circa": Bound.APPROX,
    "nearly": Bound.APPROX_BELOW,
    "almost": Bound.APPROX_BELOW,
    "just under": Bound.APPROX_BELOW,
    "just over": Bound.APPROX_ABOVE,
}

BOUND_SUFFIXES: dict[str, Bound] = {
    "or more": Bound.AT_LEAST,
    "or over": Bound.AT_LEAST,
    "or above": Bound.AT_LEAST,
    "and more": Bound.AT_LEAST,
    "plus": Bound.AT_LEAST,
    "+": Bound.AT_LEAST,
    "or fewer": Bound.AT_MOST,
    "or less": Bound.AT_MOST,
}

# Words between two numbers that make them one range; "and" only after "between".
RANGE_JOINERS: tuple[str, ...] = ("-", "\u2013", "\u2014", "to", "or")  # hyphen, en and em dash
RANGE_OPENERS: tuple[str, ...] = ("between", "from")

PERCENT_SIGNS: tuple[str, ...] = ("%", "percent", "per cent", "pct")

# "a 13,000-strong mission" counts the mission; a unit after the hyphen ("a 10-day siege",
# "a 25-year-old") measures something else (UNIT_MODIFIERS); any other hyphenated word
# makes the number a modifier, not a count.
COUNT_ADJECTIVES: tuple[str, ...] = ("strong", "member")
UNIT_MODIFIERS: dict[str, Measure] = {
    "year-old": Measure.AGE,
    "year old": Measure.AGE,
    "month-old": Measure.AGE,
    **dict.fromkeys(("second", "minute", "hour", "day", "week", "month", "year", "decade"),
                    Measure.DURATION),
    **dict.fromkeys(("km", "kilometre", "kilometer", "mile", "metre", "meter"),
                    Measure.DISTANCE),
}
# Signs written before an amount of money: "$150,000" and "US$2 million" are money, not counts.
CURRENCY_SIGNS: tuple[str, ...] = ("$", "US$", "\u20ac", "\u00a3")

# "aged 25", "at age 25": the number after these words is an age.
AGE_WORDS: frozenset[str] = frozenset({"aged", "age"})

MONTHS: frozenset[str] = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
})

# A bare four-digit number 1900-2100 is a year unless a count reading is clear.
YEAR_RANGE: tuple[int, int] = (1900, 2100)
# A year-like number after these words is a date even when a noun follows it.
DATE_WORDS: frozenset[str] = frozenset({
    "in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "early",
    "late", "mid", "year", "end", "and", "to", "between",
})
TIME_SUFFIXES: tuple[str, ...] = ("a.m.", "p.m.", "am", "pm", "o'clock", "o\u2019clock", "gmt",
                                  "utc", "hrs")

# The word before a number that makes it a name or a label, not a count.
LABEL_WORDS: frozenset[str] = frozenset({
    "no", "number", "article", "resolution", "flight", "group", "phase", "chapter", "section",
    "page", "paragraph", "route", "room", "item", "how",
})

# Predicates: what happened to the counted people or things, from the words around the
# number. Surface forms, since the claim content is matched without a parser.
PREDICATE_WORDS: dict[str, frozenset[str]] = {
    "killed": frozenset({"killed", "kill", "kills", "killing", "dead", "died", "die", "dies",
                         "dying", "slain", "slew", "massacred", "executed", "perished",
                         "slaughtered", "murdered", "butchered",
                         # military statements' word for killing enemy fighters
                         "neutralised", "neutralized", "eliminated"}),
    "wounded": frozenset({"wounded", "wound", "wounding", "injured", "injure", "injures",
                          "injuring", "hurt"}),
    # people taken; "seized" is left out because armies seize towns
    "captured": frozenset({"captured", "capture", "captures", "capturing", "abducted",
                           "abducting", "kidnapped", "kidnapping", "detained", "arrested",
                           "prisoner", "hostage"}),
    "lost": frozenset({"lost", "lose", "loses", "losing"}),
    "destroyed": frozenset({"destroyed", "destroy", "destroys", "destroying", "downed",
                            "razed", "torched"}),
    "missing": frozenset({"missing"}),
    "displaced": frozenset({"displaced", "displacing", "uprooted", "fled", "flee", "fleeing"}),
}

# Nouns that carry a predicate ("12,000 lives", "a death toll of 15"); unlike the verbs
# above they may sit inside a target.
PREDICATE_NOUNS: dict[str, tuple[str, ...]] = {
    "death": ("killed",),
    "deaths": ("killed",),
    "killings": ("killed",),
    "massacre": ("killed",),
    "corpses": ("killed",),
    "remains": ("killed",),
    "martyrs": ("killed",),
    "lives": ("killed",),
    "fatalities": ("killed",),
    "toll": ("killed",),
    "bodies": ("killed",),
    "casualties": ("killed", "wounded"),
    "injuries": ("wounded",),
    "prisoners": ("captured",),
    "hostages": ("captured",),
    "captives": ("captured",),
    "losses": ("lost",),
    "refugees": ("displaced",),
}

# Heads of a target that measure something other than a count of people or things: such a
# quantity keeps its measure and never gets a predicate ("killed after several years").
MEASURE_HEADS: dict[str, Measure] = {
    **dict.fromkeys(
        ("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night",
         "nights", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
         "century", "centuries"),
        Measure.DURATION),
    **dict.fromkeys(
        ("kilometer", "kilometers", "kilometre", "kilometres", "km", "mile", "miles", "meter",
         "meters", "metre", "metres"),
        Measure.DISTANCE),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons", "kilogram", "kilograms", "kg"),
                    Measure.WEIGHT),
    **dict.fromkeys(("dollars", "euros", "pounds", "shillings", "naira"), Measure.MONEY),
    # "two security sources", "three witnesses": who told the outlet, not who was hurt
    **dict.fromkeys(("source", "sources", "witness", "witnesses", "informants"),
                    Measure.SOURCES),
}
NON_COUNT_HEADS: frozenset[str] = frozenset(MEASURE_HEADS)

# What a count of people is of, by its head noun: the words a fact-checker treats as one
# kind ("300 people were killed" and "a death toll of 120" both count people). Children
# and women stay their own kind: 11 children among 21 civilians is no disagreement.
WHO_HEADS: dict[str, str] = {
    **dict.fromkeys(
        ("people", "persons", "person", "individuals", "lives", "dead", "deaths", "fatalities",
         "casualties", "bodies", "victims", "men"),
        "people"),
    **dict.fromkeys(
        ("civilian", "civilians", "villager", "villagers", "resident", "residents", "migrant",
         "migrants", "labourers", "laborers", "workers", "miners", "herders", "passengers",
         "worshippers", "pilgrims", "farmers", "students", "refugees", "displaced"),
        "civilians"),
    **dict.fromkeys(("children", "child", "minors"), "children"),
    **dict.fromkeys(("women",), "women"),
    **dict.fromkeys(
        ("soldier", "soldiers", "troops", "troop", "forces", "fighter", "fighters", "personnel",
         "mercenary", "mercenaries", "servicemen", "officers", "officer", "commander",
         "commanders", "combatants", "gunmen", "instructors", "rebels", "separatists",
         "insurgents", "militants", "jihadists", "terrorists", "enemy", "enemies",
         "militiamen", "militia", "policemen", "police", "guards", "recruits", "infantry"),
        "combatants"),
}

# Predicate sets (see PREDICATE_WORDS) -> the casualty class a count is of. "Lost" people
# are dead; lost equipment stays "lost". Any other mix is its classes joined with "+".
COUNTED_CLASSES: dict[frozenset[str], str] = {
    frozenset({"killed"}): "killed",
    frozenset({"killed", "lost"}): "killed",
    frozenset({"wounded"}): "wounded",
    frozenset({"killed", "wounded"}): "casualties",
    frozenset({"captured"}): "captured",
    frozenset({"missing"}): "missing",
    frozenset({"displaced"}): "displaced",
    frozenset({"destroyed"}): "destroyed",
    frozenset({"destroyed", "lost"}): "destroyed",
}
# "lost" alone: people lost are killed; anything else lost is just lost.
LOST: str = "lost"
LOST_PEOPLE: str = "killed"

# Determiners skipped between a number and its target: "50 of the soldiers", "half the men".
TARGET_DETERMINERS: tuple[str, ...] = ("the", "these", "those", "their", "its", "our", "his",
                                       "her")

# Nouns that end a target though they do not end in -s.
TARGET_HEAD_NOUNS: frozenset[str] = frozenset({
    "people", "personnel", "men", "women", "children", "police", "staff", "crew", "militia",
    "youth", "cattle", "infantry", "policemen", "militiamen", "servicemen", "gunmen", "tribesmen",
    "aircraft",
})

# Words that end a target: prepositions, conjunctions, determiners, pronouns, auxiliaries.
TARGET_STOP_WORDS: frozenset[str] = frozenset({
    "in", "on", "at", "from", "by", "with", "without", "for", "during", "since", "after",
    "before", "including", "near", "across", "into", "over", "under", "of", "to", "toward",
    "towards", "against", "among", "amid", "between", "through", "throughout", "per", "than",
    "as", "like", "via", "around", "about", "along", "inside", "outside", "within", "behind",
    "beyond", "despite", "following", "but", "while", "who", "whom", "whose", "which", "that",
    "when", "where", "because", "if", "though", "although", "whereas", "so", "then", "a",
    "an", "the", "this", "these", "those", "their", "its", "his", "her", "our", "my", "your",
    "them", "they", "it", "he", "she", "we", "you", "each", "every", "all", "both", "some",
    "any", "no", "more", "most", "other", "such", "is", "are", "was", "were", "be", "been",
    "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would",
    "could", "should", "can", "may", "might", "must", "shall", "said", "says", "say", "told",
    "reported", "according", "ago", "later", "earlier", "also", "still", "yet", "now", "only",
    "just", "reportedly", "allegedly", "apiece", "respectively", "alone", "too", "not",
    "and", "or",
})

# Words allowed between a target and its verb: "had been killed", "were among the dead".
FORWARD_LINK_WORDS: frozenset[str] = frozenset({
    "had", "have", "has", "were", "was", "are", "is", "been", "being", "be", "reportedly",
    "allegedly", "also", "all", "later", "among", "the", "of", "taken", "apparently",
    "subsequently", "might", "may", "could", "would", "will", "likely", "probably", "badly",
    "seriously", "critically", "severely", "fatally", "slightly", "who", "that", "either",
    # "were reported killed", "are feared dead", "are believed to have died"
    "reported", "confirmed", "feared", "believed", "thought", "known", "to",
})
# Prepositions whose phrase may sit between a count and its verb: "34 members of the army
# were killed", "six fighters from the pro-government militia were killed".
FORWARD_PP_WORDS: frozenset[str] = frozenset({"of", "from"})
FORWARD_PP_MAX_WORDS: int = 5

# Phrases after a count that say what happened to it, where no single verb does:
# "over 30 people lost their lives", "94 others sustained injuries", "forced 2,400 to flee".
FORWARD_PHRASES: dict[str, str] = {
    "lost their lives": "killed",
    "lost his life": "killed",
    "lost her life": "killed",
    "shot dead": "killed",
    "sustained injuries": "wounded",
    "suffered injuries": "wounded",
    "sustained wounds": "wounded",
    "taken to hospital": "wounded",
    "hospitalised": "wounded",
    "hospitalized": "wounded",
    "to flee": "displaced",
    "driven out": "displaced",
    "driven from their homes": "displaced",
}

# Words that say a toll's figure follows ("the number of people killed ... has climbed to
# 148", "the death toll stood at 53"): the count takes the toll's predicate from anywhere
# earlier in its sentence.
TOLL_VERBS: tuple[str, ...] = (
    "rose to", "risen to", "climbed to", "reached", "stood at", "stands at", "increased to",
    "jumped to", "put at", "raised it to",
)

# Verbs whose subject is the one it happened to, so no auxiliary is needed after the
# target: "5 soldiers died", but "20 fighters killed 5 civilians" counts the killers.
FORWARD_WITHOUT_AUX: frozenset[str] = frozenset({"died", "dead", "perished", "missing", "hurt",
                                                 "fled"})
# Any other verb right after a count is passive only when no object follows it:
# "at least 20 killed in the raid", "20 killed." (a headline's dropped "were").
PASSIVE_FOLLOWERS: frozenset[str] = frozenset({
    "in", "on", "at", "by", "during", "near", "and", "or", "since", "after", "when", "while",
    "as", "across", "inside", "over", "last", "yesterday", "overnight", "so", "this",
})

# A count whose target only points back ("two soldiers were killed and three others
# wounded"): the people are those of the count before it.
ELLIPTICAL_TARGETS: frozenset[str] = frozenset({"others", "other", "more"})

# Words opening an aside between a count and its verb: "7 people, including four children,
# were killed".
ASIDE_OPENERS: tuple[str, ...] = ("including", "among them", "among whom", "most of them",
                                  "mostly", "many of them")
# ... or closing it: "40 people, women and children among them, were killed".
ASIDE_CLOSERS: tuple[str, ...] = ("among them", "among the victims")

# Words that start another clause: a predicate before them belongs to that clause.
CLAUSE_BREAK_WORDS: frozenset[str] = frozenset({
    "while", "but", "whereas", "although", "though", "however", "because", "when", "where",
    "who", "which",
})
