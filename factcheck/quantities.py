"""Numbers inside a claim's content, as ranges two sources can be compared on.

A claim's content is one clause or sentence, so plain regexes over the text, the word
tables in ``factcheck.lexicon.quantities`` and text2num for number words are enough: no parser runs.
Each number becomes a closed range (``high is None`` when open), a target (the noun
phrase it counts) and predicates (what happened to them: killed, wounded ...).

Notes:
    Years, dates ("between 12 and 14 May"), times, ordinals, labels ("Group 5") and
    hyphenated modifiers ("a 3-0 win") are not counts and are left out: the event's time
    is read from the dates by ``factcheck.align.dates``. Durations, distances, ages and
    counts of sources ("10 months", "a 10-day siege", "1,500 kilometers", "a 25-year-old",
    "two security sources") are kept with their ``Measure`` and never get a predicate, so
    they are never compared with a toll. A count of people gets its casualty class
    (``counted``: "300 people were killed" and "a death toll of 120" are both "killed") and
    the kind of people counted (``who``). "One of three aircraft" is one aircraft.
    A range read as a change ("rose from 20 to 30") still comes out as 20-30, and
    "the low end of 100 to 300" as the whole range: the reader sees the words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import NamedTuple

from text_to_num import Token, find_numbers

from factcheck.lexicon.quantities import (
    AGE_WORDS,
    APPROX_SPREAD,
    ASIDE_CLOSERS,
    ASIDE_OPENERS,
    BOUND_PREFIXES,
    BOUND_SUFFIXES,
    CLAUSE_BREAK_WORDS,
    COUNT_ADJECTIVES,
    COUNTED_CLASSES,
    CURRENCY_SIGNS,
    DATE_WORDS,
    ELLIPTICAL_TARGETS,
    EXTRA_NUMBER_WORDS,
    FORWARD_LINK_WORDS,
    FORWARD_PHRASES,
    FORWARD_PP_MAX_WORDS,
    FORWARD_PP_WORDS,
    FORWARD_WITHOUT_AUX,
    FRACTION_BLOCKERS,
    FRACTION_OBJECT_WORDS,
    FRACTIONS,
    FRACTIONS_NEED_OBJECT,
    LABEL_WORDS,
    LOST,
    LOST_PEOPLE,
    MEASURE_HEADS,
    MONTHS,
    NON_COUNT_HEADS,
    PASSIVE_FOLLOWERS,
    PERCENT_SIGNS,
    PREDICATE_NOUNS,
    PREDICATE_WORDS,
    RANGE_JOINERS,
    RANGE_OPENERS,
    SCALES,
    TARGET_DETERMINERS,
    TARGET_HEAD_NOUNS,
    TARGET_STOP_WORDS,
    TIME_SUFFIXES,
    TOLL_VERBS,
    UNIT_MODIFIERS,
    VAGUE_AMOUNTS,
    VAGUE_SCALABLE,
    WHO_HEADS,
    YEAR_RANGE,
    Bound,
)
from factcheck.records import Measure, Quantity, QuantityKind


def _alternation(phrases: Iterable[str], *, lookahead: dict[str, str] | None = None) -> str:
    """Longest phrase first, so "no fewer than" wins over "fewer than"; any space run matches."""
    items = []
    for phrase in sorted(phrases, key=len, reverse=True):
        pattern = re.escape(phrase).replace(r"\ ", r"\s+")
        if phrase[0].isalpha():
            pattern = rf"\b{pattern}"
        if phrase[-1].isalpha():
            pattern = rf"{pattern}\b"
        items.append(pattern + (lookahead or {}).get(phrase, ""))
    return "|".join(items)


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().split())


_WORD = r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*"  # a curly apostrophe joins a word like a straight one
_TOKEN_RE = re.compile(rf"{_WORD}|\d+(?:[.,]\d+)*|\S")
_NEXT_TOKEN_RE = re.compile(rf"\s*({_TOKEN_RE.pattern})")
# Not glued to a letter ("G5", "COVID-19") or to a clock time ("10:30").
_DIGITS_RE = re.compile(
    r"(?<![\w.,:])(?<![^\W\d_]-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\w)(?![.,:]\d)"
)
_SCALE_RE = re.compile(rf"\s+({_alternation(SCALES)})", re.I)
_CURRENCY_BEFORE_RE = re.compile(rf"(?:{_alternation(CURRENCY_SIGNS)})\s?$")
_PERCENT_RE = re.compile(rf"\s*(?:{_alternation(PERCENT_SIGNS)})", re.I)
_OF_AHEAD = r"(?=\s+of\b)"
_OBJECT_AHEAD = rf"(?=\s+(?:{'|'.join(FRACTION_OBJECT_WORDS)})\b)"
_NEEDS_OF = {phrase: _OF_AHEAD for phrase, amount in VAGUE_AMOUNTS.items() if amount.needs_of}
_VAGUE_RE = re.compile(
    rf"(?P<phrase>{_alternation(VAGUE_AMOUNTS, lookahead=_NEEDS_OF)})"
    rf"(?:\s+(?P<scale>{_alternation(SCALES)}))?",
    re.I,
)
_FRACTION_RE = re.compile(
    _alternation(FRACTIONS, lookahead=dict.fromkeys(FRACTIONS_NEED_OBJECT, _OBJECT_AHEAD)), re.I
)
_EXTRA_RE = re.compile(_alternation(EXTRA_NUMBER_WORDS), re.I)
_BOUND_PREFIX_RE = re.compile(rf"(?P<bound>{_alternation(BOUND_PREFIXES)})\s+$", re.I)
_BOUND_SUFFIX_RE = re.compile(rf"[\s-]*(?P<bound>{_alternation(BOUND_SUFFIXES)})", re.I)
_ADJECTIVE_RE = re.compile(rf"-(?:{_alternation(COUNT_ADJECTIVES)})", re.I)
_UNIT_MODIFIER_RE = re.compile(rf"-(?:{_alternation(UNIT_MODIFIERS)})(?![\w-])", re.I)
# "one of three aircraft", "two of the five soldiers": a part of a whole
_PARTITIVE_RE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_MODIFIER_RE = re.compile(r"-[^\W\d_]")
_TIME_RE = re.compile(rf"\s*(?:{_alternation(TIME_SUFFIXES)})(?!\w)", re.I)
_RANGE_JOIN_RE = re.compile(rf"\s*(?:{_alternation(RANGE_JOINERS)}|(?P<and>\band\b))\s*", re.I)
_RANGE_OPENER_RE = re.compile(rf"(?P<opener>{_alternation(RANGE_OPENERS)})\s+$", re.I)
_PREV_WORD_RE = re.compile(rf"({_WORD})\.?\s+$")
_NEXT_WORD_RE = re.compile(rf"\s+({_WORD})")
_DETERMINER = _alternation(TARGET_DETERMINERS)
# "dozens of civilians", "50 of the soldiers", "half the villagers"
_TARGET_LEAD_RE = re.compile(rf"\s+(?:of(?:\s+(?:{_DETERMINER}))?|{_DETERMINER})(?=\s)", re.I)
# What may sit between a count and an elliptical one: "2 soldiers were killed and 10 wounded",
# "killing 12 soldiers and wounding 30"
_ELLIPSIS_RE = re.compile(r"(?=[^.;:!?]{0,60}$)[^.;:!?]*?(?:\band\b|,)[^.;:!?]*", re.I)
# A parenthetical between a count and its verb: "7 people, including four children, were killed"
_ASIDE_RE = re.compile(rf",\s*(?:{_alternation(ASIDE_OPENERS)})\b[^,.;:!?]*,"
                       rf"|,[^,.;:!?]{{0,40}}\b(?:{_alternation(ASIDE_CLOSERS)}),", re.I)
_FORWARD_PHRASE_RE = re.compile(rf"\s*[\"\u201d]?\s*(?P<phrase>{_alternation(FORWARD_PHRASES)})",
                                re.I)
_TOLL_VERB_RE = re.compile(rf"(?:{_alternation(TOLL_VERBS)})\s+$", re.I)
_ASIDE_OPENING_RE = re.compile(rf",\s*(?:{_alternation(ASIDE_OPENERS)})\s+", re.I)
_ASIDE_BEFORE_RE = re.compile(rf",\s*(?:{_alternation(ASIDE_OPENERS)})\s+$", re.I)
# A bracketed abbreviation inside a target: "Somali National Army [SNA] soldiers"
_TARGET_ASIDE_RE = re.compile(r"\s*[\[(][^\])\[(]{1,20}[\])]")
_COORDINATION_RE = re.compile(r"\s*,?\s*(?:\b(?:and|or)\b)?\s*", re.I)

_PREDICATES_OF: dict[str, tuple[str, ...]] = {
    **{word: (pred,) for pred, words in PREDICATE_WORDS.items() for word in words},
    **PREDICATE_NOUNS,
}
_PREDICATE_VERBS = frozenset().union(*PREDICATE_WORDS.values())
_UNIT_KINDS = frozenset({QuantityKind.PERCENT, QuantityKind.RATIO})
_SENTENCE_ENDS = frozenset(".;:!?")
_CONJUNCTIONS = frozenset({"and", "or", ","})
# Read through between a count and its verb: a closing quote ('"hundreds" had been killed'),
# brackets ("20 Somali National Army [SNA] soldiers"), a pointer back ("300 more wounded").
_SKIPPED = frozenset({'"', "\u201d", "'", "\u2019", "[", "]", "(", ")", ",", *ELLIPTICAL_TARGETS})
_MAX_TARGET_WORDS = 4
_LOOK_CHARS = 30  # widest bound or opener phrase, with room to spare
#: Words text2num reads as a number that, standing alone, are a letter or a cry ("o", "oh").
NOT_NUMBERS_ALONE: frozenset[str] = frozenset({"o", "oh"})
_SCAN_CHARS = 120  # how far a predicate may sit from its number
_BACK_WORDS = 10


class _Atom(NamedTuple):
    """One number as written, before bounds and ranges: EXACT, VAGUE, RATIO or PERCENT."""

    start: int
    end: int
    low: float | None
    high: float | None
    kind: QuantityKind


class _Reading(NamedTuple):
    start: int
    end: int
    low: float | None
    high: float | None
    kind: QuantityKind
    first: _Atom
    bounded: bool
    measure: Measure | None = None  # set by the number's own words ("10-day", "25-year-old")


class _Tok(Token):  # type: ignore[misc]  # text2num ships no type information
    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def text(self) -> str:
        return self._text


def extract_quantities(text: str, *, offset: int = 0) -> tuple[Quantity, ...]:
    """Every count, range, vague amount, ratio and percentage in ``text``.

    Args:
        text: a claim's content.
        offset: where ``text`` starts in the document, so that
            ``document_text[q.start:q.end] == q.text``.
    """
    found: list[tuple[Quantity, int]] = []
    for r in _without_overlaps(_readings(text, _atoms(text))):
        target, tail = _target(text, r.end)
        if target and not _fits(text, r, target):
            target, tail = None, r.end
        if not _is_count(text, r, target):
            continue
        measure = _measure(text, r, target)
        quantity = Quantity(
            text=text[r.start:r.end], start=r.start + offset, end=r.end + offset,
            low=_clean(r.low), high=_clean(r.high), kind=r.kind, target=target,
            predicates=_predicates(text, r, target, tail) if measure is Measure.COUNT else (),
            measure=measure,
        )
        found.append((quantity, tail))
    return tuple(_share_targets(text, [_classified(q) for q in _share_predicates(text, found,
                                                                                 offset)],
                                offset))


def _atoms(text: str) -> list[_Atom]:
    """Numbers as written; table phrases win over digits, digits over text2num's words."""
    accepted: list[_Atom] = []
    for atom in (*_table_atoms(text), *_digit_atoms(text), *_word_atoms(text)):
        if not _finite(atom):
            continue  # 400 nines overflow a float: no count to compare, and not valid JSON
        if all(atom.end <= a.start or atom.start >= a.end for a in accepted):
            accepted.append(atom)
    return sorted(accepted)


def _finite(atom: _Atom) -> bool:
    return all(value is None or math.isfinite(value) for value in (atom.low, atom.high))


def _table_atoms(text: str) -> Iterator[_Atom]:
    for m in _VAGUE_RE.finditer(text):
        phrase = _key(m.group("phrase"))
        amount = VAGUE_AMOUNTS[phrase]
        if (m.group("scale") and phrase in VAGUE_SCALABLE
                and amount.low is not None and amount.high is not None):
            scale = SCALES[m.group("scale").lower()]
            yield _Atom(m.start(), m.end(), amount.low * scale, amount.high * scale,
                        QuantityKind.VAGUE)
        else:
            yield _Atom(m.start(), m.end("phrase"), amount.low, amount.high, QuantityKind.VAGUE)
    for m in _FRACTION_RE.finditer(text):
        value = FRACTIONS[_key(m.group())]
        yield _Atom(m.start(), m.end(), value, value, QuantityKind.RATIO)
    for m in _EXTRA_RE.finditer(text):
        value = EXTRA_NUMBER_WORDS[_key(m.group())]
        yield _Atom(m.start(), m.end(), value, value, QuantityKind.EXACT)


def _digit_atoms(text: str) -> Iterator[_Atom]:
    for m in _DIGITS_RE.finditer(text):
        yield _number(text, m.start(), m.end(), float(m.group().replace(",", "")))


def _word_atoms(text: str) -> Iterator[_Atom]:
    tokens = list(_TOKEN_RE.finditer(text))
    for found in find_numbers([_Tok(t.group()) for t in tokens], "en", threshold=0):
        if not found.is_ordinal:
            start, end = tokens[found.start].start(), tokens[found.end - 1].end()
            if text[start:end].lower() not in NOT_NUMBERS_ALONE:
                yield _number(text, start, end, found.value)


def _number(text: str, start: int, end: int, value: float) -> _Atom:
    """A number with the scale ("1.5 million") and percent sign written after it."""
    if scale := _SCALE_RE.match(text, end):
        value *= SCALES[scale.group(1).lower()]
        end = scale.end()
    if percent := _PERCENT_RE.match(text, end):
        return _Atom(start, percent.end(), value, value, QuantityKind.PERCENT)
    return _Atom(start, end, value, value, QuantityKind.EXACT)


def _readings(text: str, atoms: list[_Atom]) -> Iterator[_Reading]:
    """Atoms joined into ranges and bounded by the words around them; dates dropped."""
    i = 0
    while i < len(atoms):
        atom, following = atoms[i], atoms[i + 1] if i + 1 < len(atoms) else None
        if _is_date(text, atom):
            i += 1
            while i < len(atoms) and _joiner(text, atoms[i - 1], atoms[i]):
                i += 1
            continue
        if following and (joined := _range(text, atom, following)):
            i += 2
            if not ((_is_year(text, atom) and _is_year(text, following))
                    or _is_date(text, following)):
                yield joined
            continue
        if following and (part := _partitive(text, atom, following)):
            i += 2
            yield part
            continue
        yield _bounded(text, atom)
        i += 1


def _joiner(text: str, a: _Atom, b: _Atom) -> re.Match[str] | None:
    m = _RANGE_JOIN_RE.match(text, a.end)
    return m if m and m.end() == b.start else None


def _range(text: str, a: _Atom, b: _Atom) -> _Reading | None:
    """"20-80", "from 20 to 30", "between 100 and 300", "two or three"."""
    joiner = _joiner(text, a, b)
    if not joiner or a.low is None or b.low is None:
        return None
    opener = _RANGE_OPENER_RE.search(text, max(0, a.start - _LOOK_CHARS), a.start)
    between = bool(opener and _key(opener.group("opener")) == "between")
    if joiner.group("and") and not between:
        return None
    if a.low > b.low and not between:  # "from 50 to 10" is a change, not a range
        return None
    kinds = {a.kind, b.kind}
    if kinds <= {QuantityKind.EXACT, QuantityKind.PERCENT}:
        kind = QuantityKind.PERCENT if QuantityKind.PERCENT in kinds else QuantityKind.RANGE
    elif kinds == {QuantityKind.RATIO}:
        kind = QuantityKind.RATIO
    else:
        return None
    start = opener.start() if opener else a.start
    # "as many as 40 to 50", "about 20-30": the words round a range it already states
    if bound := _BOUND_PREFIX_RE.search(text, max(0, start - _LOOK_CHARS), start):
        start = bound.start()
    low, high = (b, a) if a.low > b.low else (a, b)  # "between 50 and 10": high first
    return _Reading(start, b.end, low.low, high.high, kind, a, bounded=True)


def _partitive(text: str, part: _Atom, whole: _Atom) -> _Reading | None:
    """"one of three aircraft" is one aircraft: the whole names what the part counts."""
    link = _PARTITIVE_RE.match(text, part.end)
    if (not link or link.end() != whole.start or part.kind is not QuantityKind.EXACT
            or whole.kind is not QuantityKind.EXACT or part.low is None or whole.low is None
            or not part.low < whole.low):
        return None
    return _Reading(part.start, whole.end, part.low, part.high, part.kind, part, bounded=True)


def _bounded(text: str, atom: _Atom) -> _Reading:
    """Apply "at least", "nearly", "or more" ... and take in "-strong"."""
    start, end, low, high, kind = atom
    if kind is not QuantityKind.VAGUE and low is not None:  # only a number has a bound
        prefix = _BOUND_PREFIX_RE.search(text, max(0, start - _LOOK_CHARS), start)
        suffix = _BOUND_SUFFIX_RE.match(text, end)
        if prefix:
            start = prefix.start()
            low, high, kind = _apply(BOUND_PREFIXES[_key(prefix.group("bound"))], low, kind)
        elif suffix:
            end = suffix.end()
            low, high, kind = _apply(BOUND_SUFFIXES[_key(suffix.group("bound"))], low, kind)
    measure = None
    if unit := _UNIT_MODIFIER_RE.match(text, end):
        end, measure = unit.end(), UNIT_MODIFIERS[_key(unit.group()[1:])]
    elif adjective := _ADJECTIVE_RE.match(text, end):
        end = adjective.end()
    bounded = (start, end) != (atom.start, atom.end)
    return _Reading(start, end, low, high, kind, atom, bounded, measure)


def _apply(bound: Bound, value: float, kind: QuantityKind
           ) -> tuple[float | None, float | None, QuantityKind]:
    """The range a bound word makes of ``value``; percent and ratio keep their kind."""
    whole = kind is QuantityKind.EXACT and float(value).is_integer()
    step = 1 if whole else 0
    spread = max(1, round(value * APPROX_SPREAD)) if whole else value * APPROX_SPREAD

    def kind_or(bound_kind: QuantityKind) -> QuantityKind:
        return kind if kind in _UNIT_KINDS else bound_kind

    match bound:
        case Bound.AT_LEAST:
            return value, None, kind_or(QuantityKind.AT_LEAST)
        case Bound.ABOVE:
            return value + step, None, kind_or(QuantityKind.AT_LEAST)
        case Bound.AT_MOST:
            return None, value, kind_or(QuantityKind.AT_MOST)
        case Bound.BELOW:
            return None, value - step, kind_or(QuantityKind.AT_MOST)
        case Bound.APPROX:
            return value - spread, value + spread, kind_or(QuantityKind.APPROX)
        case Bound.APPROX_BELOW:
            return value - spread, value, kind_or(QuantityKind.APPROX)
        case Bound.APPROX_ABOVE:
            return value, value + spread, kind_or(QuantityKind.APPROX)


def _without_overlaps(readings: Iterable[_Reading]) -> Iterator[_Reading]:
    """Keep the earliest, longest reading: "as many as 80" swallows its "many"."""
    last_end = -1
    for r in sorted(readings, key=lambda r: (r.start, -r.end)):
        if r.start >= last_end:
            last_end = r.end
            yield r


def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - _LOOK_CHARS), pos)
    return m.group(1) if m else ""


def _next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group(1) if m else ""


def _is_date(text: str, atom: _Atom) -> bool:
    """"July 22", "22 July": month names are matched as written, so "may" stays a verb."""
    return atom.kind is QuantityKind.EXACT and (
        _prev_word(text, atom.start) in MONTHS or _next_word(text, atom.end) in MONTHS
    )


def _is_year(text: str, atom: _Atom) -> bool:
    written = text[atom.start:atom.end]
    return (len(written) == 4 and written.isdigit()
            and YEAR_RANGE[0] <= int(written) <= YEAR_RANGE[1])


def _is_count(text: str, r: _Reading, target: str | None) -> bool:
    """False for labels, times, modifiers, bare years and a pronoun-like "one"."""
    before = _prev_word(text, r.start).lower()
    if before in LABEL_WORDS or _TIME_RE.match(text, r.end):
        return False
    if _MODIFIER_RE.match(text, r.end):
        return False
    if r.kind is QuantityKind.RATIO and before in FRACTION_BLOCKERS:
        return False
    if r.bounded:
        return True
    if _is_year(text, r.first):
        return bool(target and _is_head(target.split()[-1]) and before not in DATE_WORDS)
    if text[r.start:r.end].lower() == "one":
        return bool(target) and _next_word(text, r.end).lower() != "of"
    return True


def _measure(text: str, r: _Reading, target: str | None) -> Measure:
    if r.measure is not None:
        return r.measure
    if _CURRENCY_BEFORE_RE.search(text, max(0, r.first.start - len("US$ ")), r.first.start):
        return Measure.MONEY
    if _prev_word(text, r.start).lower() in AGE_WORDS:
        return Measure.AGE
    return MEASURE_HEADS.get(target.split()[-1].lower(), Measure.COUNT) if target else \
        Measure.COUNT


def _classified(q: Quantity) -> Quantity:
    """A count's casualty class and the kind of people it counts, from its words."""
    if q.measure is not Measure.COUNT:
        return q
    who = WHO_HEADS.get(q.target.split()[-1].lower()) if q.target else None
    return replace(q, counted=_counted(q.predicates, who, q.target), who=who)


def _counted(predicates: tuple[str, ...], who: str | None, target: str | None) -> str | None:
    found = frozenset(predicates)
    if not found:
        return None
    if found == {LOST}:
        return LOST_PEOPLE if who or not target else LOST
    return COUNTED_CLASSES.get(found) or "+".join(predicates)


def _target(text: str, end: int) -> tuple[str | None, int]:
    """The noun phrase counted, and where it ends; stops at verbs, prepositions, punctuation."""
    pos = lead.end() if (lead := _TARGET_LEAD_RE.match(text, end)) else end
    words: list[re.Match[str]] = []
    while len(words) < _MAX_TARGET_WORDS and (m := _NEXT_WORD_RE.match(text, pos)):
        word = m.group(1)
        if word.lower() in ("and", "or"):
            following = _NEXT_WORD_RE.match(text, m.end())
            if not words or not following or not _is_target_word(following.group(1)):
                break
            pos = m.end()
            continue
        if not _is_target_word(word):
            break
        words.append(m)
        pos = m.end()
        if aside := _TARGET_ASIDE_RE.match(text, pos):  # "Somali National Army [SNA] soldiers"
            pos = aside.end()
        if _is_head(word) and not _compound_head(text, word, pos):
            break
    if not words:
        return None, end
    return text[words[0].start(1):words[-1].end(1)], words[-1].end(1)


def _compound_head(text: str, word: str, pos: int) -> bool:
    """"police officers", "staff members": a collective noun modifying a plural one."""
    following = _NEXT_WORD_RE.match(text, pos)
    return (word in TARGET_HEAD_NOUNS and following is not None
            and _is_target_word(following.group(1)) and following.group(1).endswith("s")
            and following.group(1)[0].islower())


def _is_target_word(word: str) -> bool:
    lower = word.lower()
    return lower not in TARGET_STOP_WORDS and lower not in _PREDICATE_VERBS


def _is_head(word: str) -> bool:
    """A lowercase plural ends the phrase: "Malian soldiers", but "United Nations mission"."""
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return word[0].islower() and (plural or word in TARGET_HEAD_NOUNS or word in NON_COUNT_HEADS)


def _fits(text: str, r: _Reading, target: str) -> bool:
    """A count above one names a plural ("Many complain" counts no "complain"), unless
    it is a share, a single item, or an adjective ("a 13,000-strong mission")."""
    last = target.split()[-1]
    return (r.kind in _UNIT_KINDS or r.high == 1 or not last[0].islower() or _is_head(last)
            or bool(_ADJECTIVE_RE.search(text, r.start, r.end)))


def _predicates(text: str, r: _Reading, target: str | None, tail: int) -> tuple[str, ...]:
    """Own words and a verb right after the target first; else the nearest verb before."""
    if target and target.split()[-1].lower() in NON_COUNT_HEADS:
        return ()
    own = f"{text[r.start:r.end]} {target or ''}".lower().split()
    found = [p for word in own for p in _PREDICATES_OF.get(word, ())]
    aside = _ASIDE_RE.match(text, tail)
    found += _forward(text, aside.end() if aside else tail) or (
        [] if found else _backward(text, r.start))
    return tuple(dict.fromkeys(found))


def _forward(text: str, pos: int) -> list[str]:
    """"had been killed", "were among the dead", "died"; active "killed" needs an auxiliary.

    Nouns are not read here: "two-thirds of the total number of casualties" is no casualty.
    A closing quote is read through: '"hundreds" had been killed'.
    """
    found: list[str] = []
    linked = False
    phrase_left = 0  # words of an "of"/"from" phrase still allowed before the verb
    for m in _TOKEN_RE.finditer(text, pos, pos + _SCAN_CHARS):
        word = m.group().lower()
        if not found and (phrase := _FORWARD_PHRASE_RE.match(text, m.start())):
            return [FORWARD_PHRASES[_key(phrase.group("phrase"))]]
        if word in _PREDICATE_VERBS and (found or linked or word in FORWARD_WITHOUT_AUX
                                         or _ends_clause(text, m.end())):
            found += _PREDICATES_OF[word]
        elif found and word in _CONJUNCTIONS:
            continue
        elif not found and not linked and not phrase_left and word in FORWARD_PP_WORDS:
            phrase_left = FORWARD_PP_MAX_WORDS
        elif not found and word in FORWARD_LINK_WORDS:
            linked = True
        elif not found and (word in _SKIPPED or (phrase_left and word not in _SENTENCE_ENDS)):
            phrase_left -= phrase_left > 0
        else:
            break
    return found


def _ends_clause(text: str, pos: int) -> bool:
    """No object after the verb: punctuation, the end, or a preposition comes next."""
    following = _NEXT_TOKEN_RE.match(text, pos)
    return not following or not following.group(1)[0].isalnum() or (
        following.group(1).lower() in PASSIVE_FOLLOWERS)


def _backward(text: str, pos: int) -> list[str]:
    """The nearest predicate words before the number in the same clause: "killed and injured".

    Only verbs chain across "and": in "claimed 40,000 lives and displaced 12 million" the
    lives are the other count's. After a toll verb ("the number of people killed ... has
    climbed to 148") the whole sentence before is read. Words between an "and" and the
    number are a verb phrase of their own: in "killed 17 soldiers and took away seven
    vehicles" the vehicles were taken, not killed.
    """
    found: list[str] = []
    toll = bool(_TOLL_VERB_RE.search(text, max(0, pos - _LOOK_CHARS), pos))
    tokens = _TOKEN_RE.findall(text, 0 if toll else max(0, pos - _SCAN_CHARS), pos)
    for seen, token in enumerate(reversed(tokens)):
        word = token.lower()
        if (predicates := _PREDICATES_OF.get(word)) and (not found or word in _PREDICATE_VERBS):
            found = [*predicates, *found]
        elif found and word in _CONJUNCTIONS:
            continue
        elif (found or token in _SENTENCE_ENDS
              or (not toll and (word in CLAUSE_BREAK_WORDS or seen >= _BACK_WORDS
                                or (word == "and" and seen)))):
            break
    return found


def _share_predicates(text: str, found: list[tuple[Quantity, int]],
                      offset: int) -> Iterator[Quantity]:
    """"50 Russians and 10 Malian soldiers were killed": the first count takes the verb too;
    "7 people, including four children, were killed": so does the count in the aside."""
    for i, (quantity, tail) in enumerate(found):
        following = found[i + 1][0] if i + 1 < len(found) else None
        before, before_tail = found[i - 1] if i else (None, 0)
        if not quantity.predicates and quantity.measure is Measure.COUNT:
            if (following and following.predicates
                    and _COORDINATION_RE.fullmatch(text, tail, following.start - offset)):
                quantity = replace(quantity, predicates=following.predicates)
            elif (before and before.predicates
                  and _ASIDE_OPENING_RE.fullmatch(text, before_tail, quantity.start - offset)):
                quantity = replace(quantity, predicates=before.predicates)
        yield quantity


def _share_targets(text: str, found: list[Quantity], offset: int) -> Iterator[Quantity]:
    """"two soldiers were killed and ten wounded": the ten are soldiers too. A count in an
    aside ("12 people were killed, including three soldiers, and 40 injured") is no
    antecedent: the 40 are people."""
    before: Quantity | None = None
    for quantity in found:
        if (before and (quantity.target or "").lower() in (*ELLIPTICAL_TARGETS, "")
                and quantity.counted and before.who
                and quantity.measure is before.measure is Measure.COUNT
                and _ELLIPSIS_RE.fullmatch(text, before.end - offset, quantity.start - offset)):
            quantity = replace(quantity, target=before.target, who=before.who)
        if not _ASIDE_BEFORE_RE.search(text, 0, quantity.start - offset):
            before = quantity
        yield quantity


def _clean(value: float | None) -> float | None:
    """Whole numbers as int so exports read "20", not "20.0"."""
    if value is None:
        return None
    value = round(float(value), 3)
    return int(value) if value.is_integer() else value
