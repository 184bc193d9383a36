"""Direct quotations and the reporting clause beside them.

A quotation becomes a claim when a reporting verb stands beside it in its
sentence: after it ('"…," he said' / '"…," said X'), before it after a comma or
colon ('X said: "…"'), or between two halves of it ('"…," he said, "…"'). The
quotation must be set off (it ends in punctuation or a comma follows it). A
dash and a name after a quotation ('"…" ― Jane Doe') attribute it too. A
fragment quoted inside a clause belongs to the reported-speech rules, which
call the claim mixed; when a reporting verb governs the quoted phrase itself
('welcomed "the liberation of Kidal"') the phrase is the mixed claim's content.
A name and a colon before a quotation ('pollster Daron Shaw: "…"') attribute it.
A sentence that is nothing but a quotation continues the previous direct claim
(the caller links it, since that needs earlier claims).

The content of a direct claim keeps its quote marks: they say the words are
the speaker's own.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from factcheck.attribution.frames import Frame, MentionRef
from factcheck.attribution.grammar import (
    closes_content,
    cue_hedge,
    cut_reporter_tail,
    is_cue_verb,
    is_negated,
)
from factcheck.attribution.mentions import mention_span, ref_for
from factcheck.attribution.quotes import Quote, QuoteIndex
from factcheck.attribution.registry import Context, Trigger, rule
from factcheck.attribution.reporters import free_participle, participle_speaker, speaker_refs
from factcheck.attribution.surface import leading_subject, phrase_after
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import ADDRESS_VERBS
from factcheck.lexicon.grammar import NOMINAL_UPOS, NOT_SPEAKERS, REPORTER_CLAUSE_OPENERS
from factcheck.lexicon.punctuation import FRAGMENT_TRAILING, QUOTE_CHARS, SET_OFF_END
from factcheck.records import AttributionType

#: How many words after a quote a reporting verb may sit ('"…," Jane Doe, a senior fellow at
#: the institute, said'); any other verb before it ends the search.
MAX_FRAME_WORDS: int = 30
#: A sentence after the quote is its frame only when this short ('"…?" Clinton said.').
MAX_FRAME_SENTENCE: int = 8
#: '"…" ― Jane Doe': a dash and a name after the quotation, on its line or opening the
#: next paragraph ('"…"⏎⏎- Sanders.'), where a plain hyphen serves as the dash.
DASH_NAME = re.compile(
    r"(?:[^\S\n]*|\s*\n[^\S\n]*)(?P<dash>[\u2015\u2014\u2013-])[^\S\n]*"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:[^\S\n]+[A-Z][\w.'\u2019-]*){0,4})")


def content_span(text: str, quote: Quote) -> tuple[int, int] | None:
    """The quotation with its marks; an unclosed one runs to its paragraph's end."""
    start, end = quote.outer
    while end > start and text[end - 1].isspace():
        end -= 1
    inner = text[quote.inner[0]:quote.inner[1]]
    return (start, end) if any(c.isalnum() for c in inner) else None


def fragment_span(text: str, quote: Quote) -> tuple[int, int] | None:
    """A quoted phrase's words, without marks or the comma handing back to the clause."""
    start, end = quote.inner
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in FRAGMENT_TRAILING:
        end -= 1
    return (start, end) if start < end else None


@rule(name="quote", stage="direct",
      trigger=Trigger(cue_verbs=True, after_quote=(DASH_NAME,), colon_before_quote=True))
def quote_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    """One frame per quotation opening in ``tree`` that a reporting clause (or a dash and
    name) beside it attributes."""
    text, trees, quotes = ctx.text, ctx.trees, ctx.quotes
    for number in ctx.quotes_opening_in(tree.index):
        quote = quotes[number]
        content = content_span(text, quote)
        if content is None:
            continue
        previous_close = _previous_close(text, quotes, number)
        first = tree
        last = trees[ctx.sentence_at(max(quote.open, quote.close - 1))]
        next_open = quotes[number + 1].open if number + 1 < len(quotes) else len(text)
        suffix = "" if quote.balanced else ":unbalanced"
        lead = _lead(text, first, quote, previous_close)
        following = _following(text, trees, last, quote)
        leading = trees[first.index - 1] if lead is None and first.index > 0 else first
        frame = (_after(text, following, quote, next_open, content, lead)
                 or _before(text, first, last, quote, previous_close, next_open, content)
                 or _before(text, leading, last, quote, previous_close, next_open, content)
                 or _dash(text, ctx, quote, content))
        if frame is not None:
            yield dataclasses.replace(frame, rule=frame.rule + suffix)
        elif quote.balanced and _stands_alone(text, first, last, quote):
            # an unpaired mark alone is too weak a sign that the previous speaker goes on
            yield Frame(sentence=first.index, rule="quote:continuation",
                        type=AttributionType.DIRECT, content=content, continues=True)


def _previous_close(text: str, quotes: Sequence[Quote], number: int) -> int:
    """Where the last quotation before this one with any words in it closes (-1: none)."""
    for earlier in range(number - 1, -1, -1):
        if content_span(text, quotes[earlier]) is not None:
            return quotes[earlier].close
    return -1


@rule(name="quote:embedded", stage="embedded", trigger=Trigger(cue_verbs=True))
def embedded_quote_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    """A quoted phrase a reporting verb governs inside its clause: 'welcomed "the liberation …"'.

    The claim is mixed: reported speech whose content is a quoted fragment.
    """
    index = ctx.index
    for number in ctx.quotes_opening_in(tree.index):
        quote = ctx.quotes[number]
        if not quote.balanced or quote.close > tree.end_char:
            continue
        inside = tree.words_between(*quote.inner)
        governors = {tree.head[w] for w in inside if not tree.is_punct(w)} - set(inside)
        for cue in sorted(governors):
            # a cue inside another quotation is the quoted speaker's words, not a frame
            if cue >= 0 and is_cue_verb(tree, cue) and not index.inside(tree.begin[cue]):
                speakers = speaker_refs(tree, cue)
                content = _phrase_span(tree, cue, inside, index)
                if speakers and content is not None:
                    yield _verb_frame(tree, cue, "quote:embedded", content, speakers,
                                      AttributionType.MIXED)
                break


def _phrase_span(tree: Tree, cue: int, inside: range,
                 index: QuoteIndex) -> tuple[int, int] | None:
    """The cue's dependents from the one that holds the quote on ('called X "deplorables"')."""
    child = next(w for w in inside if tree.head[w] == cue)
    lo, hi = tree.run(child)
    later = [c for c in tree.children[cue] if c > cue and not closes_content(tree, c)]
    if child > cue and later:
        lo = min(lo, tree.first[min(later)])
        hi = max([hi, *(tree.run(c)[1] for c in later)])
    span = cut_reporter_tail(tree, lo, hi)
    if span is None:
        return None
    return index.balance(tree.begin[span[0]], tree.end[span[1]], tree.end_char)


def _verb_frame(tree: Tree, cue: int, rule: str, content: tuple[int, int],
                speakers: tuple[MentionRef, ...],
                kind: AttributionType = AttributionType.DIRECT) -> Frame:
    return Frame(sentence=tree.index, rule=rule, type=kind, content=content,
                 cue=(tree.begin[cue], tree.end[cue]), cue_lemma=tree.lemma[cue],
                 speakers=speakers, hedge=cue_hedge(tree, cue), negated=is_negated(tree, cue))


def _set_off(text: str, quote: Quote) -> bool:
    """The quote ends in punctuation, or a comma follows it: not a phrase inside a clause.

    A quotation closing inside it ('"… do you need?'"') ends where that one does.
    """
    end = quote.outer[1]
    after = text[end] if end < len(text) else ""
    return _last_mark(text, quote) in SET_OFF_END or after in ",—\u2013"


def _last_mark(text: str, quote: Quote) -> str:
    """The quotation's last character before its closing marks (and any nested ones)."""
    return text[quote.inner[0]:quote.inner[1]].rstrip("".join(QUOTE_CHARS) + " ")[-1:]


def _following(text: str, trees: Sequence[Tree], last: Tree, quote: Quote) -> Tree:
    """The sentence a quote's reporting clause would be in: a splitter may cut after the quote.

    '"How many times?" Clinton said.' can come out as two sentences; the
    next one, when it is short and in the same paragraph, then holds the frame.
    """
    rest = text[quote.outer[1]:last.end_char]
    if any(c.isalnum() for c in rest) or last.index + 1 >= len(trees):
        return last
    after = trees[last.index + 1]
    short = sum(not after.is_punct(w) for w in range(len(after))) <= MAX_FRAME_SENTENCE
    return after if short and "\n" not in text[last.end_char:after.start_char] else last


def _lead(text: str, tree: Tree, quote: Quote, previous_close: int) -> int | None:
    """Where the words leading into a quote begin, if its sentence has any before it."""
    start = max(tree.start_char, previous_close + 1)
    words = [w for w in tree.words_between(start, quote.open) if not tree.is_punct(w)]
    return tree.begin[words[0]] if words else None


def _after(text: str, tree: Tree, quote: Quote, next_open: int, content: tuple[int, int],
           lead: int | None) -> Frame | None:
    """A reporting verb within a few words after the quote, before any other verb.

    Words leading into the quote in its sentence ('With thousands of systems,
    "there is no single point of failure," he said') make the claim mixed,
    its content running from the first of them.
    """
    if not _set_off(text, quote):
        return None
    if lead is not None:
        frame = _after(text, tree, quote, next_open, content, None)
        return frame and dataclasses.replace(frame, content=(lead, content[1]),
                                             type=AttributionType.MIXED)
    words = tree.words_between(max(quote.outer[1], tree.start_char),
                               min(next_open, tree.end_char))
    seen = 0
    for word in words:
        if tree.is_punct(word):
            continue
        if is_cue_verb(tree, word):
            if _says_more(tree, word, quote.outer[1], next_open):
                return None
            return _verb_frame(tree, word, "quote:speaker-after", content,
                               _frame_speakers(tree, word, words, quote))
        seen += 1
        if seen >= MAX_FRAME_WORDS or tree.upos[word] == "VERB":
            return None
    return None


def _frame_speakers(tree: Tree, cue: int, words: range, quote: Quote) -> tuple[MentionRef, ...]:
    """Who speaks the words before '…," said X': the cue's subject, unless the parse took it
    from before the quotation while the frame names someone ('Trump's misinformation may be
    "strategic," said Jeffery Hemsley': the sentence's subject is the quotation's)."""
    speakers = _outside(tree, speaker_refs(tree, cue), quote)
    if (told := _teller(tree, cue, speakers, words)) is not None:
        return told
    if speakers and all(tree.begin[s.lo] < quote.outer[0] for s in speakers):
        framed = [s for s in _nearby(tree, cue, words) if tree.begin[s.lo] >= quote.outer[1]]
        return tuple(framed) or speakers
    return speakers or _nearby(tree, cue, words)


def _teller(tree: Tree, cue: int, speakers: tuple[MentionRef, ...],
            words: range) -> tuple[MentionRef, ...] | None:
    """'"…," Makuei Mabior, the county's director, told Radio Tamazuj': who was told is the
    hearer, never the speaker, whatever subject a parse hangs after the verb; the speaker
    is the noun phrase between the quotation and the verb."""
    if tree.lemma[cue] not in ADDRESS_VERBS or not speakers or any(s.head < cue
                                                                    for s in speakers):
        return None
    head = next((w for w in range(words.start, cue) if _nominal(tree, w)), None)
    if head is None or tree.lemma[head] in NOT_SPEAKERS:
        return None
    lo, hi = mention_span(tree, head)
    return (MentionRef(tree.index, head, max(lo, words.start), min(hi, cue - 1)),)


def _says_more(tree: Tree, cue: int, close: int, next_open: int) -> bool:
    """The cue has a clause of its own after it, outside quotation marks: that is what it says.

    'On Fox News's "Hannity," Gingrich said Trump would win': the title
    before the cue is no quotation of Gingrich's. With its subject between the
    quote and the cue, an object counts too ('Later on "This Week," Sanders
    questioned Mr. Trump's veracity'), but not the hearer of "told", nor a
    time word whatever relation a parse gives it ('"…," he said Friday').
    """
    fronted = any(close <= tree.begin[s] and s < cue for s in tree.kids(cue, {"nsubj"}))
    said = {"ccomp", "obj"} if fronted and tree.lemma[cue] not in ADDRESS_VERBS \
        else {"ccomp"}
    for clause in tree.kids(cue, said):
        if tree.lemma[clause].lower() in NOT_SPEAKERS:
            continue
        first = _first_word(tree, clause)
        if clause > cue and tree.begin[first] < next_open and "," not in tree.text[cue + 1:first]:
            return True
    return False


def _first_word(tree: Tree, head: int) -> int:
    """The first word of ``head``'s phrase that is no punctuation mark."""
    return next((w for w in range(tree.first[head], head) if not tree.is_punct(w)), head)


def _before(text: str, tree: Tree, last: Tree, quote: Quote, previous_close: int,
            next_open: int, content: tuple[int, int]) -> Frame | None:
    """The last reporting verb before a comma or colon that opens the quote.

    The quote must close its sentence (or hand over to the next quote): words
    after it ('said that, "…" against what …') make it a fragment of reported
    speech instead.
    """
    frame_start = max(tree.start_char, previous_close + 1)
    if not quote.opened or not text[frame_start:quote.open].rstrip().endswith((",", ":")):
        return None
    if any(c.isalnum() for c in text[quote.outer[1]:min(next_open, last.end_char)]) \
            and not _reporter_goes_on(text, last, quote):
        return None
    words = tree.words_between(frame_start, quote.open)
    cues = [w for w in words if is_cue_verb(tree, w)]
    if not cues:
        return _colon(tree, words, content) or _clause_colon(tree, words, quote, content)
    rule = "quote:speaker-inside" if previous_close >= tree.start_char else "quote:speaker-before"
    speakers = _outside(tree, speaker_refs(tree, cues[-1]), quote) \
        or _nearby(tree, cues[-1], words)
    more = _and_that(last, quote)
    if more is not None:
        return _verb_frame(tree, cues[-1], f"{rule}:and-that", (content[0], more), speakers,
                           AttributionType.MIXED)
    return _verb_frame(tree, cues[-1], rule, content, speakers)


def _and_that(tree: Tree, quote: Quote) -> int | None:
    """'X said: "…," and that the raid left "40 rebels dead."': where a second complement of
    the same verb, coordinated after the quotation, ends; it is said too."""
    after = [w for w in tree.words_between(quote.outer[1], tree.end_char) if not tree.is_punct(w)]
    if len(after) < 2 or tree.upos[after[0]] != "CCONJ" or not tree.is_complementizer(after[1]):
        return None
    span = tree.trim(after[0], len(tree) - 1, keep_quotes=True)
    return None if span is None else tree.end[span[1]]


def _reporter_goes_on(text: str, tree: Tree, quote: Quote) -> bool:
    """'X said, "…," adding that …': after a quotation set off by a comma, a subordinator or
    participle opens the reporter's next clause; the quotation itself is whole."""
    if _last_mark(text, quote) != ",":
        return False
    after = [w for w in tree.words_between(quote.outer[1], tree.end_char) if not tree.is_punct(w)]
    return bool(after) and tree.text[after[0]].lower() in REPORTER_CLAUSE_OPENERS


def _colon(tree: Tree, words: range, content: tuple[int, int]) -> Frame | None:
    """'… pollster Daron Shaw: "…"': a name right before the colon that opens the quote."""
    colon = words.stop - 1
    while colon >= words.start and tree.is_punct(colon) and tree.text[colon] != ":":
        colon -= 1
    last = colon - 1
    if colon < words.start or tree.text[colon] != ":" or last < words.start \
            or tree.upos[last] != "PROPN":
        return None
    first = last
    while first > words.start and tree.upos[first - 1] == "PROPN":
        first -= 1
    speaker = MentionRef(tree.index, last, first, last)
    return Frame(sentence=tree.index, rule="quote:colon", type=AttributionType.DIRECT,
                 content=content, cue=(tree.begin[colon], tree.end[colon]), cue_lemma=":",
                 speakers=(speaker,))


def _clause_colon(tree: Tree, words: range, quote: Quote,
                  content: tuple[int, int]) -> Frame | None:
    """'She then addressed the supporters again: "…"': a colon hands the clause's subject the floor.

    With no verb of saying before the colon, the last verb there with a
    subject of its own is the cue.
    """
    if not any(tree.text[w] == ":" for w in words[-2:]):
        return None
    for verb in reversed(words):
        if tree.upos[verb] == "VERB":
            speakers = _outside(tree, speaker_refs(tree, verb), quote)
            if not speakers:
                return None
            return _verb_frame(tree, verb, "quote:colon-clause", content, speakers)
    return None


def _outside(tree: Tree, speakers: tuple[MentionRef, ...],
             quote: Quote) -> tuple[MentionRef, ...]:
    """No one inside a quotation is its speaker, whatever subject a parse hangs on the cue.

    A word the tokenizer glued to the opening mark ("''I") is inside it too.
    """
    start, end = quote.inner
    return tuple(s for s in speakers if not (tree.begin[s.head] < end and tree.end[s.head] > start))


def _nearby(tree: Tree, cue: int, words: range) -> tuple[MentionRef, ...]:
    """The speaker read from the frame's surface when the parse gives the cue no subject.

    The nominal right before the cue ('"…," Smith said') or the noun phrase
    right after it ('"…," said 9/11 widow Terry Strada'), within the frame; for
    a participle after a comma, the main clause's subject. A nominal an aside
    ends ("Slinker, whose firm finds suppliers, said") gives way to the phrase
    opening the sentence.
    """
    if free_participle(tree, cue):
        return participle_speaker(tree, cue)
    before = [w for w in range(words.start, cue) if _nominal(tree, w)][-1:]
    if before and "," in tree.text[before[0] + 1:cue]:
        opening = leading_subject(tree, cue)
        if opening is not None:
            return (opening,)
    if before and tree.lemma[before[0]] not in NOT_SPEAKERS:
        head = before[0]
        while tree.head[head] in words and tree.upos[tree.head[head]] in NOMINAL_UPOS \
                and tree.head[head] != cue:
            head = tree.head[head]
        lo, hi = mention_span(tree, head)
        return (MentionRef(tree.index, head, max(lo, words.start), min(hi, words.stop - 1)),)
    after = phrase_after(tree, cue)
    return (after,) if after is not None and after.hi < words.stop else ()


def _nominal(tree: Tree, word: int) -> bool:
    """A noun or pronoun, or an adjective a determiner makes one ("the official", "the rich")."""
    return tree.upos[word] in NOMINAL_UPOS or (
        tree.upos[word] == "ADJ" and word > 0 and tree.upos[word - 1] == "DET")


def _dash(text: str, ctx: Context, quote: Quote, content: tuple[int, int]) -> Frame | None:
    """'"…" ― Jane Doe': the dash is the cue, the name the speaker."""
    match = DASH_NAME.match(text, quote.outer[1])
    if match is None or not quote.balanced:
        return None
    tree = ctx.trees[ctx.sentence_at(match.start("name"))]
    speaker = ref_for(tree, match.start("name"), match.end("name"))
    if speaker is None:
        return None
    return Frame(sentence=tree.index, rule="quote:dash", type=AttributionType.DIRECT,
                 content=content, cue=match.span("dash"), cue_lemma=match.group("dash"),
                 speakers=(speaker,))


def _stands_alone(text: str, first: Tree, last: Tree, quote: Quote) -> bool:
    """The quote is all its sentences hold: nothing but punctuation outside the marks."""
    outside = text[first.start_char:quote.open] + text[quote.outer[1]:last.end_char]
    return not any(char.isalnum() for char in outside)
