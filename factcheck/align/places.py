"""Where a claim is about: capitalised names after a locative, and each document's main place.

No gazetteer: "in the Tinzaouaten area", "toward Kidal", "in Mali, Burkina Faso and
Niger" name places in any English news text; "near Algerian border" does not (a
demonym before a common noun). A document's main place is the one it names most
often, its title counting extra, weighted by how few other documents name it, so
"Mali", which every article mentions, loses to "Kidal" or "Tinzaouaten".
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final

from rapidfuzz import fuzz, process

from factcheck.align.tables import LOCATIVES, NOT_PLACES, PLACE_KIND_WORDS, PLACE_VARIANTS

#: a place whose weight is at least this share of the top one is also a main place.
MAIN_PLACE_SHARE: Final = 0.5
#: a place named in the title counts as this many mentions more.
TITLE_BONUS: Final = 2
#: two folded spellings this alike (rapidfuzz ratio, 0-100) name one place ...
SAME_PLACE_RATIO: Final = 85
#: ... when both are at least this long: "Kidal" and "Kigali" are not one town.
FUZZY_MIN_LETTERS: Final = 6

_APOS = "'\u2019"
_WORD = rf"[A-Z](?:[\w{_APOS}-]|\.(?=\w))*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD})*"
_NAMES = rf"{_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_NAME})*"
_AREA_WORDS = r"(?:town|city|village|region|area|district|province|commune|locality)"
_LOCATIVE = re.compile(
    rf"\b(?:{'|'.join(LOCATIVES)})[ \t]+(?:the[ \t]+)?(?:{_AREA_WORDS}[ \t]+of[ \t]+)?"
    rf"(?P<names>{_NAMES})"
)
_AREA_OF = re.compile(rf"\b{_AREA_WORDS}[ \t]+of[ \t]+(?P<names>{_NAMES})")
_CAPITALISED_RUN = re.compile(_NAME)
_LONGEST_NAME: Final = 4
_SPLIT = re.compile(r",[ \t]*|[ \t]+and[ \t]+")
#: "Algerian border", "Tuareg-led rebels": an adjective, not a place.
_ADJECTIVE_ENDING = re.compile(r"(?:ian|ese|ish|can|-[a-z]+)$")
_COMMON_NOUN_NEXT = re.compile(r"[ \t]+[a-z]")
_POSSESSIVE = re.compile(rf"[{_APOS}]s?$")


def places_in(text: str) -> frozenset[str]:
    return frozenset(place_mentions(text))


def place_mentions(text: str) -> Counter[str]:
    """How often each place is named after a locative."""
    names: Counter[str] = Counter()
    for pattern in (_LOCATIVE, _AREA_OF):
        for match in pattern.finditer(text):
            if (_ADJECTIVE_ENDING.search(match["names"])
                    and _COMMON_NOUN_NEXT.match(text, match.end())):
                continue
            for name in _SPLIT.split(match["names"]):
                name = _POSSESSIVE.sub("", name.strip(" .")).strip()
                if name and not NOT_PLACES.intersection(name.split()):
                    names[name] += 1
    return names


def fold(name: str) -> str:
    """A place name's spelling-free key: no word for the kind of place ("Village"), no
    diacritics, case, spaces, hyphens or apostrophes, then the variant table ("Kiev" ->
    "kyiv")."""
    words = [w for w in name.split() if w.casefold() not in PLACE_KIND_WORDS] or name.split()
    plain = unicodedata.normalize("NFKD", " ".join(words))
    key = "".join(c for c in plain if c.isalnum() and not unicodedata.combining(c)).casefold()
    return PLACE_VARIANTS.get(key, key)


def place_folder(names: Iterable[str]) -> dict[str, str]:
    """Each name -> the spelling that stands for its place: variants, diacritics and near
    spellings ("Tinzaouaten", "Tin Zaouatene") fold to the one named most often.

    Near spellings are looked for among kept names with the same first letter, so the
    cost stays near linear in the number of places.
    """
    spelling: dict[str, str] = {}  # folded key -> spelling that stands for it
    by_letter: dict[str, list[str]] = {}  # first letter -> folded keys long enough to fuzz
    result: dict[str, str] = {}
    counts = Counter(names)
    for name in sorted(counts, key=lambda n: (-counts[n], n)):
        key = fold(name)
        if key not in spelling and len(key) >= FUZZY_MIN_LETTERS:
            near = process.extractOne(key, by_letter.get(key[0], []), scorer=fuzz.ratio,
                                      score_cutoff=SAME_PLACE_RATIO)
            if near:
                spelling[key] = spelling[near[0]]
            else:
                by_letter.setdefault(key[0], []).append(key)
        result[name] = spelling.setdefault(key, name)
    return result


def main_places(docs: Sequence[tuple[str, str]]) -> list[frozenset[str]]:
    """Each (title, text)'s main place(s), weighted against the other documents.

    A candidate is named after a locative twice, or once and in the title; its weight
    is how often the document names it at all (title mentions counting extra) times
    its inverse document frequency.
    """
    mentions = [place_mentions(f"{title}\n{text}") for title, text in docs]
    candidates = [_candidates(found, title) for found, (title, _) in zip(mentions, docs,
                                                                         strict=True)]
    every = set().union(*mentions) if mentions else set()
    frequency = Counter(name for title, text in docs
                        for name in _occurrences(f"{title}\n{text}", every))
    total = len(docs)
    result = []
    for names, (title, text) in zip(candidates, docs, strict=True):
        count = _occurrences(text, names)
        in_title = _occurrences(title, names)
        weights = {name: (count[name] + TITLE_BONUS * (name in in_title))
                   * math.log((total + 1) / (frequency[name] + 0.5)) for name in names}
        top = max(weights.values(), default=0.0)
        result.append(frozenset(n for n, w in weights.items() if top > 0
                                and w >= MAIN_PLACE_SHARE * top))
    return result


def _candidates(mentions: Counter[str], title: str) -> set[str]:
    in_title = _occurrences(title, mentions)
    strong = {name for name, n in mentions.items() if n >= 2 or name in in_title}
    return strong or set(mentions)


def _occurrences(text: str, names: Iterable[str]) -> Counter[str]:
    """How often each of ``names`` appears in ``text``, in one pass over its capitalised runs."""
    wanted = set(names)
    found: Counter[str] = Counter()
    for run in _CAPITALISED_RUN.finditer(text):
        words = [_POSSESSIVE.sub("", w) for w in run[0].split()]
        for size in range(1, min(len(words), _LONGEST_NAME) + 1):
            for start in range(len(words) - size + 1):
                if (name := " ".join(words[start:start + size])) in wanted:
                    found[name] += 1
    return found
