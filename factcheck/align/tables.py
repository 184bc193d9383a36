"""The words alignment reads meaning from, as data.

Targets are normalised to a *side* (whose people were counted) and a *class*
(combatant or civilian). The side table is the one place that knows the Sahel
conflict: Wagner and "Russians" are one side, "Malians" and the army another. A
deployment on another conflict extends ``TARGET_SIDES``; everything else is
ordinary English.
"""

from __future__ import annotations

from typing import Final

COMBATANT: Final = "combatant"
CIVILIAN: Final = "civilian"

#: word (casefolded) -> side label. A target or claimant naming one of these words
#: is counted on that side; "Mali's army" is Malian by its own name.
TARGET_SIDES: Final[dict[str, str]] = {
    "wagner": "Wagner/Russian",
    "russian": "Wagner/Russian",
    "russians": "Wagner/Russian",
    "mali": "Malian",
    "mali's": "Malian",
    "malian": "Malian",
    "malians": "Malian",
    "fama": "Malian",
    "rebel": "insurgent",
    "rebels": "insurgent",
    "separatist": "insurgent",
    "separatists": "insurgent",
    "insurgent": "insurgent",
    "insurgents": "insurgent",
    "militant": "insurgent",
    "militants": "insurgent",
    "jihadist": "insurgent",
    "jihadists": "insurgent",
    "terrorist": "insurgent",
    "terrorists": "insurgent",
    "enemy": "insurgent",
    "enemies": "insurgent",
}

#: side -> how a group label names the people on it.
SIDE_LABELS: Final[dict[str, str]] = {
    "Wagner/Russian": "Wagner/Russian fighters",
    "Malian": "Malian soldiers",
    "insurgent": "insurgent fighters",
}

#: every named side is an armed party.
SIDE_CLASS: Final[dict[str, str]] = dict.fromkeys(SIDE_LABELS, COMBATANT)

#: head noun (casefolded) -> class of person it counts.
TARGET_HEADS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("soldier", "soldiers", "troops", "troop", "fighter", "fighters", "personnel",
         "mercenary", "mercenaries", "servicemen", "officers", "officer", "commander",
         "commanders", "combatants", "gunmen", "instructors", "rebels", "separatists",
         "insurgents", "militants", "jihadists", "terrorists", "enemy", "enemies"),
        COMBATANT,
    ),
    **dict.fromkeys(
        ("civilian", "civilians", "villager", "villagers", "resident", "residents", "migrant",
         "migrants", "labourers", "laborers", "workers", "miners", "children", "women",
         "worshippers", "herders", "passengers"),
        CIVILIAN,
    ),
}

#: civilian heads that all mean "civilians"; others ("children") stay their own target.
CIVILIAN_LABELS: Final[dict[str, str]] = dict.fromkeys(
    ("civilian", "civilians", "villager", "villagers", "resident", "residents", "migrant",
     "migrants", "labourers", "laborers", "workers", "miners", "herders", "passengers"),
    "civilians",
)

#: word (casefolded) -> predicate class. "Losses" and "the dead" count deaths.
PREDICATES: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("kill", "killed", "killing", "kills", "dead", "die", "died", "dies", "death", "deaths",
         "lives", "lost", "losses", "lose", "loss", "perished", "slain"),
        "killed",
    ),
    **dict.fromkeys(("injured", "injure", "wounded", "wound", "hurt", "injuries"), "injured"),
    **dict.fromkeys(("captured", "capture", "abducted", "kidnapped", "taken"), "captured"),
    **dict.fromkeys(("missing",), "missing"),
}

#: prepositions after which a capitalised name is read as a place.
LOCATIVES: Final[tuple[str, ...]] = (
    "in", "at", "near", "around", "outside", "toward", "towards", "into", "across", "inside",
    "from",
)

#: capitalised words that are never places even after a locative.
NOT_PLACES: Final[frozenset[str]] = frozenset({
    "The", "A", "An", "His", "Her", "Its", "Their", "This", "That", "These", "Those",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Telegram", "X", "Twitter", "English", "French",
    "Wagner", "Group",
})

MONTHS: Final[tuple[str, ...]] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)

#: "early/mid/late July" as day ranges.
MONTH_PARTS: Final[dict[str, tuple[int, int]]] = {
    "early": (1, 10), "mid": (11, 20), "late": (21, 31),
}

#: words too common to tell two claims apart lexically.
STOPWORDS: Final[frozenset[str]] = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
    "have", "he", "her", "his", "in", "into", "is", "it", "its", "of", "on", "or", "our", "said",
    "says", "say", "that", "the", "their", "them", "they", "this", "those", "to", "was", "were",
    "which", "who", "will", "with", "would", "not", "no", "than", "then", "there", "also",
    "after", "before", "during", "over", "under", "about", "up", "some", "more", "most",
))
