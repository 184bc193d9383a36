"""Who a speaker can be: pronouns, the heads of descriptions and the kind each implies, titles,
name particles, NER labels of both stanza label sets, and a country gazetteer with demonyms
(the offline NER tags countries as persons).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from factcheck.records import SpeakerKind

#: Personal pronouns a speaker may be, with the kinds and number they agree with.
PLURAL_PRONOUNS: Final[frozenset[str]] = frozenset({"they", "them"})


PRONOUN_KINDS: Final[Mapping[str, frozenset[SpeakerKind]]] = MappingProxyType({
    "he": frozenset({SpeakerKind.PERSON}),
    "she": frozenset({SpeakerKind.PERSON}),
    "it": frozenset({SpeakerKind.ORGANISATION, SpeakerKind.GROUP, SpeakerKind.COUNTRY}),
    "they": frozenset({SpeakerKind.ORGANISATION, SpeakerKind.GROUP, SpeakerKind.COUNTRY,
                       SpeakerKind.PERSON}),
})


#: Head nouns of descriptions -> the kind of entity they name ("the army", "the spokesman").
DESCRIPTION_KINDS: Final[Mapping[str, SpeakerKind]] = MappingProxyType({
    **dict.fromkeys((
        "spokesman", "spokeswoman", "spokesperson", "official", "officer", "leader", "minister",
        "president", "commander", "general", "analyst", "specialist", "expert", "witness",
        "resident", "source", "blogger", "researcher", "diplomat", "lawmaker", "senator",
        "governor", "mayor", "chief", "director", "head", "envoy", "ambassador", "adviser",
        "advisor", "aide", "journalist", "reporter", "correspondent", "doctor", "activist",
        "candidate", "nominee", "secretary", "professor", "economist", "lawyer", "attorney",
        "prosecutor", "judge", "soldier", "fighter", "villager", "survivor", "man", "woman",
        "person", "people", "representative", "negotiator", "member", "voter", "supporter",
        "campaign", "staffer", "strategist", "pollster", "chairman", "chairwoman", "manager",
    ), SpeakerKind.PERSON),
    **dict.fromkeys((
        "army", "military", "government", "ministry", "junta", "police", "force", "authority",
        "administration", "agency", "company", "firm", "office", "council", "parliament",
        "court", "committee", "commission", "mission", "organisation", "organization", "body",
        "department", "embassy", "leadership", "presidency", "regime", "service", "newspaper",
        "network", "broadcaster", "outlet", "paper", "union", "party", "bank", "fund",
        "institute", "university", "program", "programme", "team", "panel", "post", "times",
    ), SpeakerKind.ORGANISATION),
    **dict.fromkeys((
        "group", "rebel", "coalition", "militant", "insurgent", "jihadist", "separatist",
        "movement", "faction", "alliance", "militia", "mercenary", "protester", "opposition",
    ), SpeakerKind.GROUP),
    **dict.fromkeys(("country", "nation", "state", "republic", "kingdom"), SpeakerKind.COUNTRY),
})


#: Description heads that stand for "the nearest earlier entity of this kind"
#: even when no earlier mention shares the head ("the group" -> the CSP).
GENERIC_HEADS: Final[frozenset[str]] = frozenset({
    "group", "organisation", "organization", "movement", "company", "officer", "official",
    "leader", "spokesman", "spokeswoman", "spokesperson", "country", "government", "rebel",
    "coalition", "alliance", "militia", "military",
})


#: Lower-case words that may sit inside a proper name ("al Qaeda", "Charles de Gaulle").
NAME_PARTICLES: Final[frozenset[str]] = frozenset({
    "al", "al-", "el", "bin", "ibn", "abu", "de", "du", "des", "da", "do", "dos", "van", "von",
    "der", "den", "la", "le", "di", "del", "y", "ag",
})


#: Words of a title, dropped from a person's canonical name ("President Joe Biden").
TITLES: Final[frozenset[str]] = frozenset({
    "president", "gov.", "gov", "governor", "sen.", "sen", "senator", "rep.", "rep",
    "representative", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "prof.", "gen.",
    "general", "col.", "colonel", "lt.", "capt.", "captain", "maj.", "major", "minister",
    "prime", "secretary", "chancellor", "king", "queen", "prince", "sheikh", "judge", "mayor",
    "ambassador", "commander", "chief", "leader", "spokesman", "spokeswoman", "former",
    "vice", "deputy", "acting", "interim", "speaker", "sir", "lord", "pope", "rev.", "st.",
})


#: NER label -> speaker kind, for stanza's CoNLL-03 and OntoNotes label sets.
NER_KINDS: Final[Mapping[str, SpeakerKind]] = MappingProxyType({
    # CoNLL-03
    "PER": SpeakerKind.PERSON, "ORG": SpeakerKind.ORGANISATION, "LOC": SpeakerKind.COUNTRY,
    "MISC": SpeakerKind.UNKNOWN,
    # OntoNotes
    "PERSON": SpeakerKind.PERSON, "GPE": SpeakerKind.COUNTRY, "NORP": SpeakerKind.GROUP,
    "FAC": SpeakerKind.ORGANISATION, "LAW": SpeakerKind.UNKNOWN,
    "PRODUCT": SpeakerKind.UNKNOWN, "EVENT": SpeakerKind.UNKNOWN,
    "WORK_OF_ART": SpeakerKind.UNKNOWN, "LANGUAGE": SpeakerKind.UNKNOWN,
})


#: NER labels of places: a place opening a line ("BANGKOK: Ten civilians …", "Somalia:
#: Militants Say …") is a dateline or a headline's topic, never a transcript's speaker.
PLACE_LABELS: Final[frozenset[str]] = frozenset({"LOC", "GPE"})


#: Country -> its demonyms (the first is the usual adjective). Used to tell a
#: country from a person and to key "Malian army" and "Mali's army" together.
COUNTRIES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType({
    "Afghanistan": ("Afghan",), "Albania": ("Albanian",), "Algeria": ("Algerian",),
    "Angola": ("Angolan",), "Argentina": ("Argentine", "Argentinian"), "Armenia": ("Armenian",),
    "Australia": ("Australian",), "Austria": ("Austrian",), "Azerbaijan": ("Azerbaijani",),
    "Bahrain": ("Bahraini",), "Bangladesh": ("Bangladeshi",), "Belarus": ("Belarusian",),
    "Belgium": ("Belgian",), "Benin": ("Beninese",), "Bolivia": ("Bolivian",),
    "Bosnia": ("Bosnian",), "Botswana": ("Botswanan",), "Brazil": ("Brazilian",),
    "Bulgaria": ("Bulgarian",), "Burkina Faso": ("Burkinabe", "Burkinabè"),
    "Burundi": ("Burundian",), "Cambodia": ("Cambodian",), "Cameroon": ("Cameroonian",),
    "Canada": ("Canadian",), "Central African Republic": ("Central African",),
    "Chad": ("Chadian",), "Chile": ("Chilean",), "China": ("Chinese",),
    "Colombia": ("Colombian",), "Congo": ("Congolese",), "Croatia": ("Croatian",),
    "Cuba": ("Cuban",), "Cyprus": ("Cypriot",), "Czech Republic": ("Czech",),
    "Denmark": ("Danish",), "Djibouti": ("Djiboutian",), "Ecuador": ("Ecuadorian",),
    "Egypt": ("Egyptian",), "Eritrea": ("Eritrean",), "Estonia": ("Estonian",),
    "Ethiopia": ("Ethiopian",), "Finland": ("Finnish",), "France": ("French",),
    "Gabon": ("Gabonese",), "Gambia": ("Gambian",), "Georgia": ("Georgian",),
    "Germany": ("German",), "Ghana": ("Ghanaian",), "Greece": ("Greek",),
    "Guatemala": ("Guatemalan",), "Guinea": ("Guinean",), "Haiti": ("Haitian",),
    "Honduras": ("Honduran",), "Hungary": ("Hungarian",), "India": ("Indian",),
    "Indonesia": ("Indonesian",), "Iran": ("Iranian",), "Iraq": ("Iraqi",),
    "Ireland": ("Irish",), "Israel": ("Israeli",), "Italy": ("Italian",),
    "Ivory Coast": ("Ivorian",), "Japan": ("Japanese",), "Jordan": ("Jordanian",),
    "Kazakhstan": ("Kazakh",), "Kenya": ("Kenyan",), "Kosovo": ("Kosovar",),
    "Kuwait": ("Kuwaiti",), "Kyrgyzstan": ("Kyrgyz",), "Laos": ("Laotian",),
    "Latvia": ("Latvian",), "Lebanon": ("Lebanese",), "Liberia": ("Liberian",),
    "Libya": ("Libyan",), "Lithuania": ("Lithuanian",), "Madagascar": ("Malagasy",),
    "Malawi": ("Malawian",), "Malaysia": ("Malaysian",), "Mali": ("Malian",),
    "Mauritania": ("Mauritanian",), "Mexico": ("Mexican",), "Moldova": ("Moldovan",),
    "Mongolia": ("Mongolian",), "Morocco": ("Moroccan",), "Mozambique": ("Mozambican",),
    "Myanmar": ("Burmese",), "Namibia": ("Namibian",), "Nepal": ("Nepali", "Nepalese"),
    "Netherlands": ("Dutch",), "New Zealand": ("New Zealander",),
    "Nicaragua": ("Nicaraguan",), "Niger": ("Nigerien",), "Nigeria": ("Nigerian",),
    "North Korea": ("North Korean",), "Norway": ("Norwegian",), "Oman": ("Omani",),
    "Pakistan": ("Pakistani",), "Palestine": ("Palestinian",), "Panama": ("Panamanian",),
    "Paraguay": ("Paraguayan",), "Peru": ("Peruvian",), "Philippines": ("Filipino",),
    "Poland": ("Polish",), "Portugal": ("Portuguese",), "Qatar": ("Qatari",),
    "Romania": ("Romanian",), "Russia": ("Russian",), "Rwanda": ("Rwandan",),
    "Saudi Arabia": ("Saudi",), "Senegal": ("Senegalese",), "Serbia": ("Serbian",),
    "Sierra Leone": ("Sierra Leonean",), "Singapore": ("Singaporean",),
    "Slovakia": ("Slovak",), "Slovenia": ("Slovenian",), "Somalia": ("Somali",),
    "South Africa": ("South African",), "South Korea": ("South Korean",),
    "South Sudan": ("South Sudanese",), "Spain": ("Spanish",), "Sri Lanka": ("Sri Lankan",),
    "Sudan": ("Sudanese",), "Sweden": ("Swedish",), "Switzerland": ("Swiss",),
    "Syria": ("Syrian",), "Taiwan": ("Taiwanese",), "Tajikistan": ("Tajik",),
    "Tanzania": ("Tanzanian",), "Thailand": ("Thai",), "Togo": ("Togolese",),
    "Tunisia": ("Tunisian",), "Turkey": ("Turkish",), "Turkmenistan": ("Turkmen",),
    "Uganda": ("Ugandan",), "Ukraine": ("Ukrainian",),
    "United Arab Emirates": ("Emirati",), "United Kingdom": ("British",),
    "Britain": ("British",), "United States": ("American",), "U.S.": ("American",),
    "US": ("American",), "Uruguay": ("Uruguayan",), "Uzbekistan": ("Uzbek",),
    "Venezuela": ("Venezuelan",), "Vietnam": ("Vietnamese",), "Yemen": ("Yemeni",),
    "Zambia": ("Zambian",), "Zimbabwe": ("Zimbabwean",),
})


#: Demonym (lower-cased) -> country, derived from COUNTRIES.
DEMONYMS: Final[Mapping[str, str]] = MappingProxyType({
    demonym.lower(): country
    for country, demonyms in reversed(list(COUNTRIES.items())) for demonym in demonyms
})


COUNTRY_NAMES: Final[Mapping[str, str]] = MappingProxyType(
    {country.lower(): country for country in COUNTRIES})


#: Modifiers that locate rather than describe ("neighbouring Burkina Faso").
LOCATIVE_MODIFIERS: Final[frozenset[str]] = frozenset({
    "neighboring", "neighbouring", "nearby", "northern", "southern", "eastern", "western",
})


#: A text that declares a short name: "known as the Permanent Strategic
#: Framework or CSP", "the Permanent Strategic Framework (CSP-DPA)".
_CAP = r"[A-Z][\w\u2019'-]*"


_LINK = r"(?:(?:of|for|and|the|de|du|des|al|el|la|le)\s+)*"


_NAME_PHRASE = rf"{_CAP}(?:,?\s+{_LINK}{_CAP})*"


ALIAS_DECLARATIONS: Final[tuple[re.Pattern[str], ...]] = (
    re.compile(rf"\b(?:known|referred\s+to)\s+as\s+(?:the\s+)?(?P<name>{_NAME_PHRASE})"
               rf"(?:\s*,?\s+or\s+(?:the\s+)?(?P<short>[A-Z][A-Z0-9&-]+)\b)?"),
    re.compile(rf"(?P<name>{_NAME_PHRASE})\s+\((?P<short>[A-Z][A-Z0-9&-]{{1,14}})\)"),
)
