"""The words alignment reads meaning from, as data.

Targets are normalised to a *side* (whose people were counted) and a *class*
(combatant or civilian). Which names are on which side of a conflict is the
workspace's sides table (factcheck.sides), not a table here: everything here is
ordinary English.
"""

from __future__ import annotations

from typing import Final

COMBATANT: Final = "combatant"
CIVILIAN: Final = "civilian"

#: what a count's ``who`` (factcheck.lexicon.quantities.WHO_HEADS) says of its class.
PEOPLE: Final = "people"
COMBATANTS: Final = "combatants"
CLASS_OF_WHO: Final[dict[str | None, str]] = {
    COMBATANTS: COMBATANT,
    "civilians": CIVILIAN,
    "children": CIVILIAN,
    "women": CIVILIAN,
}

#: word (casefolded) -> predicate class. "Losses" and "the dead" count deaths.
PREDICATES: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("kill", "killed", "killing", "kills", "dead", "die", "died", "dies", "death", "deaths",
         "lives", "lost", "losses", "lose", "loss", "perished", "slain"),
        "killed",
    ),
    **dict.fromkeys(("injured", "injure", "wounded", "wound", "hurt", "injuries"), "wounded"),
    **dict.fromkeys(("captured", "capture", "abducted", "kidnapped", "taken"), "captured"),
    **dict.fromkeys(("missing",), "missing"),
    **dict.fromkeys(("displaced", "fled"), "displaced"),
    **dict.fromkeys(("casualties",), "casualties"),
}

#: subjects that make the claimant the one who did the harm ("it had killed 40 troops",
#: "our forces captured 12 soldiers"): then the soldiers counted are not its own.
SELF_SUBJECTS: Final[tuple[str, ...]] = ("it", "we", "they", "its", "our", "their")
#: verbs of doing harm to the people counted after them.
HARM_VERBS: Final[tuple[str, ...]] = (
    "killed", "kill", "killing", "kills", "wounded", "wounding", "injured", "injuring",
    "captured", "capturing", "neutralised", "neutralized", "eliminated", "slew", "took",
    "taken", "abducted", "ambushed",
)
#: words after the harm verb that start another clause ("killed 5 rebels while 2 soldiers
#: died"): a count after them is not the verb's object.
CLAUSE_BREAKS: Final[tuple[str, ...]] = (
    "while", "but", "whereas", "although", "though", "when", "where", "who", "which",
    "after", "before", "as", "said",
)

#: combatants of no named side, labelled alike when they are the same kind of people:
#: "troops", "servicemen" and "soldiers" are one comparison, "fighters" another.
UNSIDED_LABELS: Final[dict[str, str]] = {
    **dict.fromkeys(("soldier", "soldiers", "troop", "troops", "servicemen", "personnel",
                     "recruits", "infantry"), "soldiers"),
    **dict.fromkeys(("police", "policemen", "officers", "officer", "guards"), "police"),
    **dict.fromkeys(("fighter", "fighters", "gunmen", "militiamen", "militia", "combatants"),
                    "fighters"),
}

#: words that name the kind of place, not the place: "Pazigyi Village" is Pazigyi.
PLACE_KIND_WORDS: Final[frozenset[str]] = frozenset({
    "village", "town", "city", "district", "township", "county", "state", "region",
    "province", "camp", "area", "commune", "locality", "municipality", "governorate",
})

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

#: folded spelling -> the folded spelling it is a variant of, where the two are too far
#: apart for fuzzy matching (factcheck.align.places.fold): transliterations and renamings.
PLACE_VARIANTS: Final[dict[str, str]] = {
    "kiev": "kyiv",
    "kharkov": "kharkiv",
    "odessa": "odesa",
    "nikolaev": "mykolaiv",
    "artemovsk": "bakhmut",
    "muqdisho": "mogadishu",
    "mogadiscio": "mogadishu",
    "xamar": "mogadishu",
    "kismaayo": "kismayo",
    "kisimayo": "kismayo",
    "baidoa": "baydhabo",
    "rangoon": "yangon",
    "burma": "myanmar",
    "sanaa": "sana",
    "hodeidah": "hudaydah",
    "hodeida": "hudaydah",
    "alfashir": "elfasher",
    "elfashir": "elfasher",
    "alfasher": "elfasher",
    "aljunaynah": "geneina",
    "elgeneina": "geneina",
    "algeneina": "geneina",
    "ndjamena": "njamena",
    "tinzaouatene": "tinzaouaten",
    "tinzawatene": "tinzaouaten",
}

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
