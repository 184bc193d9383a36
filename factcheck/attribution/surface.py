"""Attribution shapes read from word classes and punctuation, not from the parse.

Newswire attribution carries much of its structure on the surface, and these
rules read it there so that one misplaced arc cannot lose a claim:

* trailing: "…, a source said." / "…, said Jane Doe, a spokeswoman." A comma,
  a short noun phrase and the cue (or the cue and the noun phrase) close the
  sentence, with nothing after but adjuncts ("on Tuesday", "in a statement").
  The content is everything before the comma. A correct parse gives the same
  span through ccomp or parataxis.
* leading subject: "Jane Doe, director of X, said the …". When the parse gives
  the cue no subject but everything before it is a noun phrase (no verb
  outside a ", who …," clause), that phrase is the speaker.
* resumed: "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt":
  an attribution set off by commas mid-sentence interrupts its content, and
  what follows the second comma is the rest of it (a parse often hangs that
  on the cue). Not when the reporter's own words follow (", adding …",
  ", who …", ", while …").
* interrupted subject: "The museum, Mr. Obama said, would make visitors …":
  the attribution sits between a clause's subject and its predicate; the
  content is one span from the subject on, the attribution inside it.
* forward: "X said the union expected production to improve": when no
  relation gives a verb of saying its clause, the words after it that open
  like a clause and reach a verb before any comma are the content.
"""

from __future__ import annotations

from factcheck.attribution.frames import MentionRef
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import (
    ADDRESS_VERBS,
    CLAUSE_FRAMING_VERBS,
    INVERSION_VERBS,
    REPORTER_CONTINUATIONS,
    REPORTING_VERBS,
)
from factcheck.lexicon.grammar import (
    ABSOLUTE_UPOS,
    ADJUNCT_UPOS,
    BRIDGE_UPOS,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    FRONTING_SUBORDINATORS,
    NOMINAL_UPOS,
    NOT_SPEAKERS,
    QUANTIFIER_HEADS,
    RELATIVE_PRONOUNS,
    REPORTER_CLAUSE_OPENERS,
    SPEAKER_PHRASE_UPOS,
    SUBJECT_UPOS,
    VERBAL_UPOS,
    WH_RELATIVES,
)
from factcheck.lexicon.punctuation import CONTENT_SEPARATORS, QUOTE_CHARS

MAX_SUBJECT: int = 6
MAX_PHRASE: int = 16
MAX_ADJUNCT: int = 12


def trailing(tree: Tree, cue: int) -> tuple[tuple[int, int], MentionRef | None] | None:
    """The content words and the speaker of '…, X said.' or '…, said X.'.

    With more after '…, X said,' only the words before come back here;
    ``resumed`` finds the rest. Only verbs of saying, finding and thinking frame
    the clause before them ("…, polls show"); "…, a contractor Havana accused"
    ends a sentence the same way and frames nothing.
    """
    end = _last_word(tree)
    if end is None or cue > end or tree.is_gerund(cue):
        return None
    left = cue - 1
    while left >= 0 and tree.upos[left] in BRIDGE_UPOS:
        left -= 1
    phrase_follows = left >= 0 and tree.text[left] in CONTENT_SEPARATORS
    if phrase_follows:
        if tree.lemma[cue] not in INVERSION_VERBS:
            return None
        # "…, said X(, a spokesman)." (no pronoun inverts, and "said in …" is no speaker)
        separator, phrase = left, _phrase(tree, cue + 1, end)
        if phrase is None or tree.upos[phrase[0]] in ("PRON", "ADP"):
            return None
        after = phrase[1] + 1
        aside = next((w for w in range(after, end + 1) if tree.text[w] == ","), end + 1)
        if any(tree.upos[w] == "VERB" for w in range(after, aside)):
            return None
        end = aside - 1  # "…, said Sherman, a reporter whose …": the rest describes him
    else:
        phrase = _phrase_before(tree, left)
        if phrase is None or tree.lemma[cue] not in CLAUSE_FRAMING_VERBS:
            return None
        separator, after = phrase[0] - 1, cue + 1
    if separator <= 0 or tree.text[separator] not in CONTENT_SEPARATORS:
        return None
    stop = _tail_end(tree, after, end)
    rest = None if phrase_follows or not _speaks(tree, phrase, cue) else resumed(tree, cue)
    if rest is not None:
        stop = min(stop, rest[0] - 2)  # '…, X said, …': the words after are more content
    if not _adjuncts_only(tree, after, stop):
        return None
    if rest is None and not any(_finite(tree, w) for w in range(separator)):
        return None
    content = tree.trim(0, separator - 1)
    if content is None:
        return None
    return content, (_ref(tree, *phrase) if phrase else None)


def _speaks(tree: Tree, phrase: tuple[int, int] | None, cue: int) -> bool:
    """'…, Mr. Clarke said, …' and not '…, which is backed by …': a speaker, active voice."""
    return phrase is not None and _ref(tree, *phrase) is not None \
        and not any(tree.lemma[w] == "be" for w in range(phrase[1] + 1, cue))


def leading_subject(tree: Tree, cue: int) -> MentionRef | None:
    """The noun phrase that opens the sentence and runs up to the cue, if nothing else does.

    A participle without a subject of its own stays inside the phrase ("an
    Islamist group affiliated with al Qaeda", "a self-described socialist");
    an opening prepositional adjunct ("In July, …") does not.
    """
    left = cue - 1
    while left >= 0 and (tree.upos[left] in BRIDGE_UPOS or tree.text[left] == ","):
        left -= 1
    if left < 0 or left >= MAX_PHRASE * 3:
        return None
    start = _past_adjunct(tree, left)
    relative = False
    end = left
    for word in range(start, left + 1):
        if tree.text[word] == ",":
            relative = word < left and tree.lemma[word + 1] in WH_RELATIVES
            if relative:
                end = min(end, word - 1)
        elif not relative and tree.lemma[word] in WH_RELATIVES and tree.upos[word] == "PRON" \
                and word > start:
            # "a former legislator who became governor in 2014, said": a restrictive relative
            relative, end = True, min(end, word - 1)
        elif not relative and tree.upos[word] not in SPEAKER_PHRASE_UPOS \
                and not (tree.upos[word] == "VERB" and _participle(tree, word)):
            return _before_aside(tree, start, cue)
    return _ref(tree, start, end)


def _before_aside(tree: Tree, start: int, cue: int) -> MentionRef | None:
    """'Trump, later alleging that …, said': the noun phrase before a comma-bounded aside.

    The aside may hold any clause; what opens the sentence up to its first
    comma must be a noun phrase, and a comma must close the aside right
    before the cue.
    """
    before = cue - 1
    while before > start and tree.upos[before] in BRIDGE_UPOS:
        before -= 1
    if tree.text[before] != ",":
        return None
    comma = next((w for w in range(start, before) if tree.text[w] == ","), None)
    if comma is None or comma == start or any(
            tree.upos[w] not in SPEAKER_PHRASE_UPOS for w in range(start, comma)):
        return None
    return _ref(tree, start, comma - 1)


def _past_adjunct(tree: Tree, last: int) -> int:
    """Where the sentence's subject starts after an opening "In July," or "At a rally,"."""
    if tree.upos[0] != "ADP":
        return 0
    comma = next((w for w in range(1, last) if tree.text[w] == ","), None)
    return 0 if comma is None else comma + 1


def forward(tree: Tree, cue: int) -> tuple[int, int] | None:
    """'X said the union expected …': a clause read from the words after the cue.

    The words after the cue must open like a clause (a noun phrase, or "to"
    and a verb: "claims to have killed"; in a relative clause whose pronoun is
    the content's subject, its verb: "an attack that the UN says left 300
    dead") and reach a verb before any comma,
    unless "that" opens them (after the hearer of "told Fox News that"); the
    content runs to the end of the sentence or to a clause of the reporter's
    (", while …").
    """
    end = _last_word(tree)
    start = cue + 1
    if end is None or start > end:
        return None
    that = _that_after(tree, cue, end)
    if that is not None:
        start = that
    elif tree.lemma[cue] in ADDRESS_VERBS:
        return None
    if _complementizer(tree, start, end):
        # "that" opens a clause, however its words are tagged
        return None if start == end else tree.trim(start + 1, _tail_end(tree, start + 1, end))
    if gapped(tree, cue, start):
        return tree.trim(start, _tail_end(tree, start, end))
    if not (tree.upos[start] in SUBJECT_UPOS or tree.lemma[start] in CLAUSE_OPENERS
            or tree.is_gerund(start) or _infinitive(tree, start, end)):
        return None
    word = start
    while word <= end:
        if tree.text[word] in CONTENT_SEPARATORS:
            closing = _apposition_end(tree, word, end)
            if closing is None:
                return None
            word = closing
        elif tree.upos[word] in VERBAL_UPOS and word > start:
            break
        word += 1
    else:
        return None
    return tree.trim(start, _tail_end(tree, start, end))


def gapped(tree: Tree, cue: int, start: int) -> bool:
    """'an attack that the United Nations says left 300 dead': a cue inside a relative
    clause whose content's subject is the relative pronoun, so a verb follows the cue."""
    if not (tree.upos[start] == "VERB" and _finite(tree, start)):
        return False
    for word in range(cue - 1, -1, -1):
        if tree.lemma[word] in RELATIVE_PRONOUNS:
            return word < cue - 1
        if tree.upos[word] not in SPEAKER_PHRASE_UPOS or tree.text[word] in CONTENT_SEPARATORS:
            return False
    return False


def _infinitive(tree: Tree, start: int, end: int) -> bool:
    return start < end and tree.text[start].lower() == "to" and tree.upos[start + 1] in VERBAL_UPOS


def main_clause(tree: Tree, cue: int, start: int, end: int) -> int:
    """Where content after a cue in a fronted adverbial clause stops, at most ``end``.

    'While acknowledging that she was careless, he said …', 'Citing polls, he
    said …': the words after the comma that a subject and its verb open are the
    sentence's main clause.
    """
    first = next((w for w in range(cue) if not tree.is_punct(w)), cue)
    opens = first == cue and "VerbForm=Fin" not in tree.feats[cue]
    if not opens and tree.lemma[first].lower() not in FRONTING_SUBORDINATORS:
        return end
    for comma in range(start + 1, end):
        if tree.text[comma] != ",":
            continue
        word = comma + 1
        while word <= end and tree.upos[word] in SUBJECT_UPOS and word - comma <= MAX_SUBJECT:
            word += 1
        if word > comma + 1 and word <= end and _finite(tree, word):
            return comma - 1
    return end


def resumed(tree: Tree, cue: int) -> tuple[int, int] | None:
    """The content's second part after a mid-sentence '…, X said, …' (the cue at ``cue``).

    A coordinator after the attribution ('…, X said, and …') opens the
    writer's own words: PolNeAR train keeps them from the claim far more often.
    """
    end = _last_word(tree)
    if end is None:
        return None
    comma = next((w for w in range(cue + 1, min(end, cue + MAX_ADJUNCT) + 1)
                  if tree.text[w] == "," or tree.upos[w] not in ADJUNCT_UPOS), None)
    if comma is None or tree.text[comma] != ",":
        return None
    start = comma + 1
    if start <= end and tree.upos[start] == "CCONJ":
        return None
    if start > end or tree.lemma[start] in REPORTER_CONTINUATIONS or tree.is_gerund(start) \
            or tree.text[start] in QUOTE_CHARS \
            or not any(_clause_head(tree, w) for w in range(start, end + 1)):
        # an apposition ("said Jane Doe, a spokeswoman") or a reduced participle
        # ("on X, formerly known as Twitter") is no content
        return None
    return tree.trim(start, end)


def interrupted_subject(tree: Tree, cue: int, start: int) -> int | None:
    """Where the subject starts when '…, X said, …' parts it from the predicate at ``start``.

    The predicate must open with a verb (it has no subject after the cue), the
    attribution must be set off by commas, and only a noun phrase may precede it.
    """
    gap = range(cue + 1, start)
    if tree.upos[start] not in VERBAL_UPOS \
            or not any(tree.text[w] == "," for w in gap) \
            or not _adjuncts_only(tree, cue + 1, start - 1):
        return None
    left = cue - 1
    while left >= 0 and tree.upos[left] in BRIDGE_UPOS:
        left -= 1
    speaker = _phrase_before(tree, left) if left >= 0 else None
    comma = speaker[0] - 1 if speaker is not None else -1
    if comma <= 0 or tree.text[comma] != ",":
        return None
    subject = range(comma)
    if not any(tree.upos[w] in NOMINAL_UPOS for w in subject) or not all(
            tree.upos[w] in SPEAKER_PHRASE_UPOS and tree.text[w] not in CONTENT_SEPARATORS
            for w in subject):
        return None
    span = tree.trim(0, comma - 1)
    return span[0] if span is not None else None


def phrase_after(tree: Tree, cue: int) -> MentionRef | None:
    """'…," said 9/11 widow Terry Strada': the noun phrase right after an inverted cue."""
    end = _last_word(tree)
    if end is None or cue >= end:
        return None
    phrase = _phrase(tree, cue + 1, end)
    if phrase is None or tree.upos[phrase[0]] in ("PRON", "ADP"):
        return None
    return _ref(tree, *phrase)


def that_ahead(tree: Tree, cue: int) -> bool:
    """"that" opens a clause after the cue, past a hearer or an adjunct ("said in court that")."""
    end = _last_word(tree)
    return end is not None and cue < end and _that_after(tree, cue, end) is not None


def _that_after(tree: Tree, cue: int, end: int) -> int | None:
    """The "that" opening the cue's clause: right after it, or past what may come between.

    A verb of telling may have its hearer there ("told Fox News that"); any
    other cue only an adjunct: a prepositional or adverbial phrase ("said in
    court that") or a word or two of time ("said Wednesday that"). A longer
    noun phrase is an object, and its "that" belongs to it ("likened the deal
    to Trump's proposal that …").
    """
    start = cue + 1
    for word in range(start, min(end, start + MAX_PHRASE) + 1):
        if _complementizer(tree, word, end):
            between = word - start
            if between == 0 or tree.lemma[cue] in ADDRESS_VERBS or between <= 2 \
                    or tree.upos[start] in ("ADP", "ADV"):
                return word
            return None
        if tree.upos[word] not in SPEAKER_PHRASE_UPOS or tree.text[word] in CONTENT_SEPARATORS:
            break
    return None


def _complementizer(tree: Tree, word: int, end: int) -> bool:
    """"that" opening a clause: tagged so, or tagged a pronoun or determiner yet followed by a
    noun phrase and a verb ('said in a statement that six medical staff were killed').

    After a cue and its adjunct a relative "that" would lack its subject or object; the
    clause there is the content.
    """
    if tree.is_complementizer(word):
        return True
    return tree.text[word].lower() in COMPLEMENTIZERS and tree.upos[word] in ("PRON", "DET") \
        and word + 1 < end and tree.upos[word + 1] in SUBJECT_UPOS - {"PRON"} \
        and any(tree.upos[w] in VERBAL_UPOS for w in range(word + 2, end + 1))


def _apposition_end(tree: Tree, comma: int, end: int) -> int | None:
    """The comma closing ', Sergei Shevchenko,': only noun-phrase words between the two."""
    for word in range(comma + 1, min(end, comma + MAX_PHRASE) + 1):
        if tree.text[word] == ",":
            return word if word > comma + 1 else None
        if tree.upos[word] not in SPEAKER_PHRASE_UPOS:
            return None
    return None


def _last_word(tree: Tree) -> int | None:
    words = [w for w in range(len(tree)) if not tree.is_punct(w)]
    return words[-1] if words else None


def preverbal(tree: Tree, cue: int) -> MentionRef | None:
    """'…, while an Islamist group affiliated with al Qaeda said …': the phrase right before a cue.

    Only a phrase that opens its clause (after a comma, a subordinator or the
    sentence start) and ends in a noun, or in a bracket after one ("Sen. Marco
    Rubio (R-Fla.) said"); "… and said" has none.
    """
    left = cue - 1
    while left >= 0 and tree.upos[left] in BRIDGE_UPOS:
        left -= 1
    noun = _before_bracket(tree, left)
    if noun < 0 or tree.upos[noun] not in NOMINAL_UPOS:
        return None
    phrase = _phrase_before(tree, left, participles=True)
    if phrase is None:
        return None
    before = phrase[0] - 1
    if before >= 0 and tree.text[before] not in CONTENT_SEPARATORS \
            and tree.text[before].lower() not in REPORTER_CLAUSE_OPENERS \
            and tree.upos[before] != "SCONJ":
        return None
    return _ref(tree, *phrase)


def absolute_subject(tree: Tree, cue: int) -> MentionRef | None:
    """'…, with 50 percent saying she is prepared', '…, with many worried that …': the nominal
    between "with" and a participle.

    UD makes it the participle's subject; a parse may hang it on the main verb.
    """
    if not tree.has_feat(cue, "VerbForm=Part") and not tree.is_gerund(cue):
        return None
    first = cue
    while first > 0 and tree.upos[first - 1] in ABSOLUTE_UPOS and cue - first < MAX_PHRASE:
        first -= 1
    if first == cue or first == 0 or tree.lemma[first - 1] != "with":
        return None
    return _ref(tree, first, cue - 1)


def _before_bracket(tree: Tree, word: int) -> int:
    """The word before the bracketed aside that ``word`` closes, or ``word`` itself."""
    if word < 0 or tree.text[word] != ")":
        return word
    opening = next((w for w in range(word - 1, -1, -1) if tree.text[w] == "("), None)
    return word if opening is None else opening - 1


def _phrase_before(tree: Tree, last: int, *,
                   participles: bool = False) -> tuple[int, int] | None:
    """The noun phrase ending at ``last`` and starting after the nearest comma before it
    (nominals joined by a conjunction are one phrase)."""
    def part(word: int) -> bool:
        if tree.upos[word] == "VERB":
            return participles and "VerbForm=Part" in tree.feats[word]
        return tree.upos[word] in SPEAKER_PHRASE_UPOS and tree.upos[word] != "SCONJ"

    first = last
    while first > 0 and part(first - 1) \
            and (tree.text[first - 1].lower() not in REPORTER_CLAUSE_OPENERS
                 or _joins_nominals(tree, first - 1)) \
            and tree.text[first - 1] not in CONTENT_SEPARATORS and last - first < MAX_PHRASE:
        first -= 1
    if last < 0 or tree.upos[first] == "ADP" or not any(
            tree.upos[w] in NOMINAL_UPOS for w in range(first, last + 1)):
        return None
    return first, last


def _joins_nominals(tree: Tree, word: int) -> bool:
    """'the group and Somali officials': a conjunction between two nominals joins speakers;
    after a comma or a verb ('…, and said') it opens the reporter's clause."""
    return tree.upos[word] == "CCONJ" and word > 0 and tree.upos[word - 1] in NOMINAL_UPOS


def _phrase(tree: Tree, first: int, end: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``first``, up to a comma or the sentence's last word."""
    last = first
    while last + 1 <= end and tree.upos[last + 1] in SPEAKER_PHRASE_UPOS \
            and tree.text[last + 1] not in CONTENT_SEPARATORS \
            and tree.lemma[last + 1] not in WH_RELATIVES:
        last += 1
    if first > end or tree.upos[first] not in SPEAKER_PHRASE_UPOS or not (
            any(tree.upos[w] in NOMINAL_UPOS for w in range(first, last + 1))
            or tree.lemma[first] in QUANTIFIER_HEADS):
        return None
    return first, last


def _tail_end(tree: Tree, first: int, end: int) -> int:
    """The last word of the reported clause: a comma and a subordinator start another clause.

    So does a comma and a finite verb of saying: the reporter's main verb after
    a relative clause ("Leenders, who estimated that …, said he voted …"). A
    relative aside closed before the clause's own predicate is part of it.
    """
    word = first
    while word < end:
        after = tree.past_quotes(word + 1, end)
        if tree.text[word] == "," and (
                tree.text[after].lower() in REPORTER_CLAUSE_OPENERS or _says(tree, after)):
            closing = _relative_aside_end(tree, after, end)
            if closing is None:
                return word - 1
            word = closing
        word += 1
    return end


def _relative_aside_end(tree: Tree, relative: int, end: int) -> int | None:
    """'the fighting, which broke out on Aug. 8, has so far left …': the comma closing a
    relative aside that a predicate follows, which makes the aside part of the clause."""
    if tree.lemma[relative] not in WH_RELATIVES:
        return None
    for comma in range(relative + 1, end):
        if tree.text[comma] != ",":
            continue
        verb = comma + 1
        while verb < end and tree.upos[verb] == "ADV":
            verb += 1
        return comma if _finite(tree, verb) and not _says(tree, verb) else None
    return None


def _says(tree: Tree, word: int) -> bool:
    return tree.upos[word] == "VERB" and tree.lemma[word] in REPORTING_VERBS \
        and tree.has_feat(word, "VerbForm=Fin")


def _adjuncts_only(tree: Tree, first: int, end: int) -> bool:
    """Only phrases follow: no verb with a subject of its own ("…, formerly known as Twitter")."""
    words = range(first, end + 1)
    return len(words) <= MAX_ADJUNCT and all(
        tree.upos[w] in ADJUNCT_UPOS or (tree.upos[w] == "VERB" and _participle(tree, w))
        for w in words)


def _finite(tree: Tree, word: int) -> bool:
    """A verb that can head a clause: an auxiliary, or a verb that is no gerund or infinitive.

    A past participle stays in: taggers often read a simple past ("forces
    seized control") as one.
    """
    return tree.upos[word] == "AUX" or (tree.upos[word] == "VERB" and not (
        tree.is_gerund(word) or "VerbForm=Inf" in tree.feats[word]))


def _clause_head(tree: Tree, word: int) -> bool:
    """A verb that heads a clause of its own: finite, an auxiliary, or with a subject.

    An active past participle stays in (taggers read "paid" in "those in the
    bottom fifth paid" as one); a passive one alone ("formerly known as") does not.
    """
    feats = tree.feats[word]
    return tree.upos[word] == "AUX" or (tree.upos[word] == "VERB" and (
        "VerbForm=Fin" in feats or ("Tense=Past" in feats and "Voice=Pass" not in feats)
        or bool(tree.kids(word, {"nsubj", "nsubj:pass", "expl"}))))


def _participle(tree: Tree, word: int) -> bool:
    feats = tree.feats[word]
    return ("VerbForm=Part" in feats or "VerbForm=Ger" in feats) \
        and not tree.kids(word, {"nsubj", "nsubj:pass"})


def _adjective_head(tree: Tree, lo: int, hi: int) -> list[int]:
    """'A local official said': a determiner's phrase with no noun is headed by its last
    adjective, a noun the tagger misread (or one used as a noun: "the military")."""
    return [hi] if tree.upos[lo] == "DET" and tree.upos[hi] == "ADJ" else []


def _ref(tree: Tree, lo: int, hi: int) -> MentionRef | None:
    """The phrase as a speaker: headed by its word whose parse head lies outside it."""
    span = tree.trim(lo, hi)
    if span is None:
        return None
    lo, hi = span
    nouns = [w for w in range(lo, hi + 1)
             if tree.upos[w] in NOMINAL_UPOS and tree.lemma[w] not in NOT_SPEAKERS]
    outside = [w for w in nouns if not lo <= tree.head[w] <= hi]
    first_adp = next((w for w in range(lo, hi + 1) if tree.upos[w] == "ADP"), hi + 1)
    heads = outside or [w for w in nouns if w < first_adp][-1:] \
        or ([lo] if tree.lemma[lo] in QUANTIFIER_HEADS else []) or _adjective_head(tree, lo, hi)
    if not heads:
        return None
    return MentionRef(tree.index, heads[0], lo, hi)
