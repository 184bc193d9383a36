"""Inflected forms of the cue words, so a form the lemmatizer leaves alone ("urging",
"condemned") is still looked up by its lemma.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from factcheck.lexicon.cues import CHANNEL_NOUNS, PP_CUE_NOUNS, REPORTING_NOUNS, REPORTING_VERBS
from factcheck.lexicon.names import DESCRIPTION_KINDS

#: Past forms a regular rule would get wrong.
IRREGULAR_FORMS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "find": ("found",),
    "think": ("thought",), "show": ("shown",), "learn": ("learnt",), "forecast": ("forecast",),
    "spokesman": ("spokesmen",), "spokeswoman": ("spokeswomen",), "man": ("men",),
    "woman": ("women",), "person": ("people",), "chairman": ("chairmen",),
})


#: Verbs of more than one syllable, stressed last, that double their final consonant
#: ("admitted", "preferred"); one-syllable verbs ending consonant-vowel-consonant
#: ("slammed", "quipped") follow ``SHORT_DOUBLING``.
DOUBLING_VERBS: Final[frozenset[str]] = frozenset({
    "admit", "submit", "commit", "omit", "permit", "prefer", "refer", "confer", "infer",
    "rebut", "regret", "deter", "compel", "dispel", "control", "acquit",
})


SHORT_DOUBLING: Final = re.compile(r"(?:qu|[^aeiou])+[aeiou][^aeiouwxy]")


def _verb_forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    if lemma in DOUBLING_VERBS or SHORT_DOUBLING.fullmatch(lemma):
        stem = lemma + lemma[-1]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        past = (lemma + "d") if lemma.endswith("e") else stem + "ed"
    return {lemma, third, past, stem + "ing", *IRREGULAR_FORMS.get(lemma, ())}


def _noun_forms(lemma: str) -> set[str]:
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        plural = lemma[:-1] + "ies"
    else:
        plural = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return {lemma, plural, *IRREGULAR_FORMS.get(lemma, ())}


#: Inflected form -> lemma for every cue word, so a lexicon word the lemmatizer
#: does not know ("urging", "condemned") is still recognised.
VERB_FORMS: Final[Mapping[str, str]] = MappingProxyType({
    form: lemma for lemma in REPORTING_VERBS for form in _verb_forms(lemma)})


NOUN_FORMS: Final[Mapping[str, str]] = MappingProxyType({
    form: lemma for lemma in (*REPORTING_NOUNS, *PP_CUE_NOUNS, *DESCRIPTION_KINDS,
                              *CHANNEL_NOUNS)
    for form in _noun_forms(lemma)})


def lexical_lemma(form: str, lemma: str | None, upos: str) -> str:
    """The lemma to look words up by: the lemmatizer's, or the lexicon's for a form it kept."""
    lower = form.lower()
    found = (lemma or lower).lower()
    if found != lower:
        return found
    table = VERB_FORMS if upos == "VERB" else NOUN_FORMS if upos == "NOUN" else {}
    return table.get(lower, found)
