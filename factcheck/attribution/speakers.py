"""Speakers: the entity a mention names across the document (the mention as written is
``mentions``').

Every nominal phrase of the document is registered once, in order, and linked
to an entity:

* a proper name joins the entity already holding that name or a name it is
  part of ("Goita" -> "Assimi Goita", "Wagner" -> "Wagner Group");
* a name the text declares ("known as the Permanent Strategic Framework or
  CSP", "… (CSP-DPA)") binds the phrase that holds the declaration;
* a body qualified by a country ("Mali's army", "the Malian army", "the
  military leadership in Burkina Faso") is keyed by (country, head noun);
* a definite description ("the army", "the spokesman") joins the nearest
  earlier mention with the same head noun, or, for a generic head ("the
  group", "the officer"), the nearest earlier named entity of its kind;
* a pronoun (he, she, it, they) joins the most salient compatible entity
  before it: speakers first, then subjects outside any claim's content, within
  a few sentences; he/she need a person, it an organisation, group or country.

Canonical names: a declared short name wins ("CSP"); otherwise the longest
proper name, titles dropped ("military leader Assimi Goita" -> "Assimi
Goita"); a country-qualified body prefers the possessive form ("Mali's
army"), then the demonym form ("Malian army"), then the country moved before
the head ("Burkina Faso military leadership"); a description is its own words
without determiner, apposition or relative clause. A user's alias table is
applied last, to the mention and to the canonical name.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from factcheck.attribution.frames import Frame, MentionRef
from factcheck.attribution.mentions import (
    appositive,
    is_relative,
    mention_span,
    nonrestrictive,
    relative_antecedent,
)
from factcheck.attribution.quotes import QuoteIndex
from factcheck.attribution.spanindex import SpanIndex
from factcheck.attribution.tree import Tree
from factcheck.documents.decoding import without_invisible
from factcheck.lexicon.grammar import (
    DEFINITE_DETERMINERS,
    DESCRIPTION_CUT_DEPS,
    DETERMINERS,
    INNER_DEPS,
    NOMINAL_UPOS,
    PERSONAL_RELATIVES,
    QUALIFIER_DEPS,
    RELATIVE_PRONOUNS,
)
from factcheck.lexicon.names import (
    ALIAS_DECLARATIONS,
    COUNTRY_NAMES,
    DEMONYMS,
    DESCRIPTION_KINDS,
    GENERIC_HEADS,
    LOCATIVE_MODIFIERS,
    NAME_PARTICLES,
    NER_KINDS,
    PLURAL_PRONOUNS,
    PRONOUN_KINDS,
    TITLES,
)
from factcheck.records import ResolvedFrom, Speaker, SpeakerKind

#: Sentences a pronoun looks back for its antecedent.
PRONOUN_WINDOW: int = 3
#: Salience tiers: 0 speaker, 1 subject outside any claim's content, 2 other subject, 3 rest.
SPEAKER_TIER, SUBJECT_TIER, EMBEDDED_TIER, OTHER_TIER = 0, 1, 2, 3
#: Strength of the evidence for an entity's kind.
LEXICON, MODIFIER, NER = 3, 2, 1
#: Canonical ranks: declared short name > proper name > qualified body forms > description.
DECLARED, NAME, POSSESSIVE, DEMONYM, PREPOSED, DESCRIPTION = 6, 5, 4, 3, 2, 0


def normal(text: str) -> str:
    """One spelling for comparison and display: straight apostrophes, single spaces.

    Invisible characters (a byte-order mark, bidi overrides) go: they would make two
    spellings of one name differ, or reorder a name on screen.
    """
    text = without_invisible(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def alias_key(text: str) -> str:
    return normal(text).lower()


@dataclass
class Entity:
    """One real-world speaker, its kind and best name so far; mentions share it."""

    kind: SpeakerKind = SpeakerKind.UNKNOWN
    strength: int = 0
    canonical: str = ""
    rank: tuple[int, int] = (-1, 0)
    names: set[str] = field(default_factory=set)
    plural: bool = False
    named: bool = False

    def offer_kind(self, kind: SpeakerKind, strength: int) -> None:
        if kind is not SpeakerKind.UNKNOWN and strength > self.strength:
            self.kind, self.strength = kind, strength

    def offer_name(self, name: str, rank: int) -> None:
        candidate = (rank, len(name.split()))
        if candidate > self.rank:
            self.canonical, self.rank = name, candidate


@dataclass(frozen=True, slots=True)
class Mention:
    """A nominal phrase of the document and how salient its position is."""

    sentence: int
    head: int
    lo: int
    hi: int
    tier: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """What a phrase says about its entity, read from its words only."""

    text: str
    lemma: str
    pronoun: str | None
    name: str | None
    key: tuple[str, str] | None
    key_form: tuple[str, int] | None
    description: str
    definite: bool
    bare: bool
    plural: bool
    kind: SpeakerKind
    strength: int
    role_heads: tuple[str, ...]
    appositive: bool = False


class SpeakerResolver:
    """Links every mention of a document to an entity, in document order."""

    def __init__(self, text: str, trees: Sequence[Tree], frames: Sequence[Frame],
                 quotes: QuoteIndex) -> None:
        self.text = text
        self.trees = trees
        self.declarations = _declarations(text)
        self._entities: dict[tuple[int, int], tuple[Entity, ResolvedFrom]] = {}
        self._by_name: dict[str, Entity] = {}
        #: each word of a known name -> the names holding it, and when each name was first
        #: known: _partial reads the names sharing a word, not every name in the document.
        self._names_by_word: dict[str, set[str]] = {}
        self._name_order: dict[str, int] = {}
        self._by_key: dict[tuple[str, str], Entity] = {}
        self._by_head: dict[str, Entity] = {}
        self._mentions: list[list[Mention]] = []
        speakers = {(r.sentence, r.head) for f in frames for r in f.speakers}
        contents = SpanIndex(lambda span: span, (f.content for f in frames))
        for tree in trees:
            found = [Mention(tree.index, h, *mention_span(tree, h),
                             _tier(tree, h, speakers, contents, quotes))
                     for h in range(len(tree)) if _is_mention(tree, h)]
            self._mentions.append(found)
            for mention in found:
                self._link(mention)

    def speaker(self, ref: MentionRef, aliases: Mapping[str, str] | None = None) -> Speaker:
        """The record for a speaker head: raw words here, canonical entity there."""
        tree = self.trees[ref.sentence]
        if (ref.sentence, ref.head) not in self._entities:
            self._link(Mention(ref.sentence, ref.head, ref.lo, ref.hi, SPEAKER_TIER))
        entity, how = self._entities[(ref.sentence, ref.head)]
        start, end = tree.begin[ref.lo], tree.end[ref.hi]
        raw = self.text[start:end]
        canonical = entity.canonical or normal(raw)
        if aliases:
            for key in (alias_key(raw), alias_key(_drop_determiner(raw)), alias_key(canonical)):
                if key in aliases:
                    canonical = aliases[key]
                    if how is ResolvedFrom.NONE:
                        how = ResolvedFrom.ALIAS
                    break
        return Speaker(text=raw, start=start, end=end, canonical=canonical, kind=entity.kind,
                       resolved_from=how)

    # linking -----------------------------------------------------------------

    def _link(self, mention: Mention) -> None:
        tree = self.trees[mention.sentence]
        info = _analyse(self.text, tree, mention)
        entity, how = self._find(mention, info)
        entity.offer_kind(info.kind, info.strength)
        entity.plural = entity.plural or info.plural
        self._entities[(mention.sentence, mention.head)] = (entity, how)
        for role in (info.lemma, *info.role_heads):
            if info.pronoun is None and role:
                self._by_head[role] = entity

    def _find(self, mention: Mention, info: Analysis) -> tuple[Entity, ResolvedFrom]:
        tree = self.trees[mention.sentence]
        antecedent = relative_antecedent(tree, mention.head)
        if antecedent is not None:
            if (mention.sentence, antecedent) not in self._entities:
                self._link(Mention(mention.sentence, antecedent,
                                   *mention_span(tree, antecedent), OTHER_TIER))
            return self._entities[(mention.sentence, antecedent)][0], ResolvedFrom.PRONOUN
        if info.pronoun in PERSONAL_RELATIVES and is_relative(tree, mention.head):
            nearest = self._nearest_before(mention)
            if nearest is not None:
                return nearest, ResolvedFrom.PRONOUN
        if info.pronoun is not None:
            found = self._antecedent(mention, info.pronoun)
            if found is not None:
                return found, ResolvedFrom.PRONOUN
            return Entity(kind=info.kind, strength=info.strength, canonical=info.text), \
                ResolvedFrom.NONE
        declared = self._declared(mention)
        if declared is not None:
            return declared
        if info.name:
            return self._named(info)
        if info.key is not None and info.key_form is not None:
            return self._qualified(info)
        if info.definite:
            earlier = self._by_head.get(info.lemma)
            if earlier is None and info.bare and info.lemma in GENERIC_HEADS:
                earlier = self._nearest_named(mention, info.kind)
            if earlier is not None:
                return earlier, ResolvedFrom.DEFINITE
        entity = Entity()
        entity.offer_name(info.description, DESCRIPTION)
        return entity, ResolvedFrom.NONE

    def _nearest_before(self, mention: Mention) -> Entity | None:
        """A relative pronoun whose clause a parse hung elsewhere: the noun just before it."""
        before = [m for m in self._mentions[mention.sentence] if m.hi < mention.lo]
        nearest = max(before, key=lambda m: m.hi, default=None)
        found = nearest and self._entities.get((nearest.sentence, nearest.head))
        return found[0] if found else None

    def _declared(self, mention: Mention) -> tuple[Entity, ResolvedFrom] | None:
        tree = self.trees[mention.sentence]
        start, end = tree.begin[mention.lo], tree.end[mention.hi]
        for index in range(bisect.bisect_left(self.declarations, (start,)),
                           len(self.declarations)):  # sorted: only those inside are read
            d_start, _, name, short = self.declarations[index]
            if d_start >= end:
                break
            if short:
                entity = self._by_name.get(short.lower()) or self._by_name.get(name.lower()) \
                    or Entity()
                for alias, rank in ((short, DECLARED), (name, NAME)):
                    entity.offer_name(alias, rank)
                    entity.names.add(alias.lower())
                    self._know(alias.lower(), entity)
                entity.named = True
                return entity, ResolvedFrom.ALIAS
        return None

    def _named(self, info: Analysis) -> tuple[Entity, ResolvedFrom]:
        name = info.name or ""
        entity = self._by_name.get(name.lower()) or self._partial(name)
        if entity is None:
            entity = Entity()
        entity.offer_name(name, NAME)
        entity.names.add(name.lower())
        entity.named = True
        self._know(name.lower(), entity)
        how = ResolvedFrom.NONE if entity.canonical == name else ResolvedFrom.ALIAS
        if how is ResolvedFrom.NONE and info.appositive:
            how = ResolvedFrom.APPOSITION
        return entity, how

    def _know(self, name: str, entity: Entity) -> None:
        """Record a lowercased name; one that holds another's words shares a word with it."""
        if name not in self._by_name:
            self._name_order[name] = len(self._name_order)
            for word in name.split():
                self._names_by_word.setdefault(word, set()).add(name)
        self._by_name[name] = entity

    def _partial(self, name: str) -> Entity | None:
        """A name that is part of a known one, or holds a known one ("Goita" / "Assimi Goita")."""
        tokens = name.lower().split()
        if name.lower() in COUNTRY_NAMES:
            return None
        sharing = {known for word in set(tokens) for known in self._names_by_word.get(word, ())}
        for known in sorted(sharing, key=self._name_order.__getitem__, reverse=True):
            entity = self._by_name[known]
            if known in COUNTRY_NAMES:
                continue
            known_tokens = known.split()
            shorter, longer = sorted((tokens, known_tokens), key=len)
            if len(shorter) < len(longer) and _contains(longer, shorter) \
                    and len("".join(shorter)) >= 3:
                return entity
        return None

    def _qualified(self, info: Analysis) -> tuple[Entity, ResolvedFrom]:
        assert info.key is not None and info.key_form is not None
        entity = self._by_key.get(info.key)
        how = ResolvedFrom.DEFINITE if entity is not None and info.definite else ResolvedFrom.NONE
        if entity is None:
            entity = self._by_key[info.key] = Entity()
        form, rank = info.key_form
        entity.offer_name(form, rank)
        if how is ResolvedFrom.NONE and entity.canonical != form:
            how = ResolvedFrom.ALIAS
        return entity, how

    def _nearest_named(self, mention: Mention, kind: SpeakerKind) -> Entity | None:
        for sentence in range(mention.sentence, max(-1, mention.sentence - PRONOUN_WINDOW - 1), -1):
            for other in reversed(self._mentions[sentence] if sentence < len(self._mentions)
                                  else []):
                if sentence == mention.sentence and other.head >= mention.head:
                    continue
                found = self._entities.get((other.sentence, other.head))
                if found and found[0].named and found[0].kind is kind:
                    return found[0]
        return None

    def _antecedent(self, mention: Mention, pronoun: str) -> Entity | None:
        kinds = PRONOUN_KINDS.get(pronoun)
        if kinds is None:
            return None
        for max_tier in (SUBJECT_TIER, OTHER_TIER):
            for sentence in range(mention.sentence, mention.sentence - PRONOUN_WINDOW - 1, -1):
                if sentence < 0:
                    break
                best = self._best(mention, sentence, pronoun, kinds, max_tier)
                if best is not None:
                    return best
        return None

    def _best(self, mention: Mention, sentence: int, pronoun: str,
              kinds: frozenset[SpeakerKind], max_tier: int) -> Entity | None:
        mentions = self._mentions[sentence] if sentence < len(self._mentions) else []
        candidates = [m for m in mentions if m.tier <= max_tier
                      and (sentence < mention.sentence or m.hi < mention.lo)]
        for tier in range(max_tier + 1):
            for other in reversed(candidates):
                found = self._entities.get((other.sentence, other.head))
                if other.tier == tier and found and _agrees(found[0], pronoun, kinds):
                    return found[0]
        return None


def _agrees(entity: Entity, pronoun: str, kinds: frozenset[SpeakerKind]) -> bool:
    if pronoun in PLURAL_PRONOUNS:
        number_ok = entity.plural or entity.kind in (SpeakerKind.GROUP,
                                                     SpeakerKind.ORGANISATION)
    else:
        number_ok = not entity.plural or (entity.kind is SpeakerKind.GROUP and entity.named)
    kind_ok = entity.kind in kinds or (entity.kind is SpeakerKind.UNKNOWN and entity.named)
    return number_ok and kind_ok and bool(entity.canonical)


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i:i + size] == shorter for i in range(len(longer) - size + 1))


def _declarations(text: str) -> list[tuple[int, int, str, str | None]]:
    found = []
    for pattern in ALIAS_DECLARATIONS:
        for match in pattern.finditer(text):
            name = normal(match.group("name"))
            if name.isupper() and match.group("short"):
                continue  # a dateline: "PARIS (AFP)"
            name = _drop_determiner(name)
            found.append((match.start(), match.end(), name, match.group("short")))
    return sorted(found)


def _is_mention(tree: Tree, word: int) -> bool:
    if tree.upos[word] not in NOMINAL_UPOS or tree.deprel[word] in INNER_DEPS:
        return False
    if tree.upos[word] == "PRON":
        return tree.lemma[word] in PRONOUN_KINDS and tree.lemma[word] not in RELATIVE_PRONOUNS
    return True


def _tier(tree: Tree, word: int, speakers: set[tuple[int, int]],
          contents: SpanIndex[tuple[int, int]], quotes: QuoteIndex) -> int:
    if (tree.index, word) in speakers:
        return SPEAKER_TIER
    if quotes.inside(tree.begin[word]):
        return OTHER_TIER
    if tree.base_deprel(word) != "nsubj":
        return OTHER_TIER
    embedded = any(True for _ in contents.holding(tree.begin[word]))
    return EMBEDDED_TIER if embedded else SUBJECT_TIER


def _drop_determiner(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in DETERMINERS else text


def _words(text: str, tree: Tree, lo: int, hi: int) -> str:
    return text[tree.begin[lo]:tree.end[hi]]


def _name_run(tree: Tree, head: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The proper-name words around a PROPN head, titles dropped."""
    if tree.upos[head] != "PROPN":
        return None

    def part(word: int) -> bool:
        form = tree.text[word]
        proper = form[:1].isupper() or form[:1].isdigit() or form.lower() in NAME_PARTICLES
        return (tree.upos[word] == "PROPN" and proper) or (
            tree.text[word] in ("-", "\u2013") and 0 < word < len(tree) - 1
            and tree.upos[word - 1] == tree.upos[word + 1] == "PROPN"
            and tree.end[word - 1] == tree.begin[word])

    start = end = head
    while start > lo and part(start - 1):
        start -= 1
    while end < hi and part(end + 1):
        end += 1
    while start < end and tree.lemma[start] in TITLES:
        start += 1
    return start, end


def _analyse(text: str, tree: Tree, mention: Mention) -> Analysis:
    head, lo, hi = mention.head, mention.lo, mention.hi
    lemma = tree.lemma[head]
    raw = _words(text, tree, lo, hi)
    plural = "Number=Plur" in tree.feats[head]
    pronoun = lemma if tree.upos[head] == "PRON" else None
    if pronoun is not None:
        kinds = PRONOUN_KINDS.get(pronoun, frozenset())
        kind = SpeakerKind.PERSON if kinds == {SpeakerKind.PERSON} else SpeakerKind.UNKNOWN
        return Analysis(text=raw, lemma=lemma, pronoun=pronoun, name=None, key=None,
                        key_form=None, description=raw, definite=False, bare=False,
                        plural=pronoun in PLURAL_PRONOUNS, kind=kind, strength=LEXICON,
                        role_heads=())
    run = _name_run(tree, head, lo, hi)
    name = normal(_words(text, tree, *run)) if run else None
    roles = _role_heads(tree, head)
    kind, strength = _kind(tree, head, name, roles)
    key, key_form = _qualifier(text, tree, head, lo, name)
    determiners = [tree.lemma[d] for d in tree.kids(head, {"det"})]
    definite = any(d in DEFINITE_DETERMINERS for d in determiners)
    bare = not any((tree.base_deprel(c) in ("acl", "nmod", "appos") or appositive(tree, c))
                   and not nonrestrictive(tree, c) for c in tree.children[head])
    has_apposition = any(appositive(tree, c) for carrier in _carriers(tree, head)
                         for c in tree.children[carrier])
    return Analysis(text=raw, lemma=lemma, pronoun=None, name=name, key=key, key_form=key_form,
                    description=_description(text, tree, head), definite=definite, bare=bare,
                    plural=plural and name is None, kind=kind, strength=strength,
                    role_heads=roles, appositive=has_apposition)


def _role_heads(tree: Tree, head: int) -> tuple[str, ...]:
    """Role nouns said of the phrase: appositions ("…, a spokesman") and titles ("leader X")."""
    roles = []
    for carrier in _carriers(tree, head):
        for child in tree.children[carrier]:
            if appositive(tree, child) or (tree.deprel[child] in ("nmod:desc", "compound") and \
                    tree.upos[child] == "NOUN"):
                roles.append(tree.lemma[child])
    return tuple(r for r in roles if r in DESCRIPTION_KINDS)


def _carriers(tree: Tree, head: int) -> list[int]:
    """The head and its name parts: a parse may hang an apposition on any of them."""
    return [head, *tree.kids(head, {"flat", "flat:name", "compound"})]


def _kind(tree: Tree, head: int, name: str | None,
          roles: tuple[str, ...]) -> tuple[SpeakerKind, int]:
    if name and name.lower() in COUNTRY_NAMES:
        return SpeakerKind.COUNTRY, LEXICON
    if tree.upos[head] == "NOUN" and tree.lemma[head] in DESCRIPTION_KINDS:
        return DESCRIPTION_KINDS[tree.lemma[head]], LEXICON
    if name and name.lower().endswith("s") and name.lower()[:-1] in DEMONYMS:
        return SpeakerKind.GROUP, MODIFIER  # "the Russians"
    for role in roles:
        return DESCRIPTION_KINDS[role], MODIFIER
    label = tree.ner[head]
    if label in NER_KINDS:
        return NER_KINDS[label], NER
    return SpeakerKind.UNKNOWN, 0


def _country_of(text: str, tree: Tree, word: int) -> str | None:
    if tree.upos[word] == "PROPN":
        run = _name_run(tree, word, tree.first[word], tree.last[word]) or (word, word)
        name = normal(_words(text, tree, *run)).lower()
        if name in COUNTRY_NAMES:
            return COUNTRY_NAMES[name]
    return DEMONYMS.get(tree.text[word].lower())


def _qualifier(text: str, tree: Tree, head: int, lo: int,
               name: str | None) -> tuple[tuple[str, str] | None, tuple[str, int] | None]:
    """(country, head noun) for a country-qualified body, and its canonical form with rank."""
    if name is not None or tree.upos[head] != "NOUN":
        return None, None
    modifiers = [c for c in tree.children[head] if c < head
                 and tree.deprel[c] in QUALIFIER_DEPS and tree.lemma[c] not in
                 LOCATIVE_MODIFIERS]
    for child in tree.children[head]:
        relation = tree.deprel[child]
        country = _country_of(text, tree, child)
        if country is None:
            continue
        key = (country, tree.lemma[head])
        if relation == "nmod:poss":
            start = tree.first[child]
            return key, (normal(_words(text, tree, start, head)), POSSESSIVE)
        if relation in QUALIFIER_DEPS and child < head:
            start = min([child, *modifiers])
            return key, (normal(_words(text, tree, start, head)), DEMONYM)
        if tree.base_deprel(child) == "nmod" and child > head:
            start = min([*modifiers, head])
            return key, (f"{country} {normal(_words(text, tree, start, head))}", PREPOSED)
    return None, None


def _description(text: str, tree: Tree, head: int) -> str:
    cut = [c for c in tree.children[head]
           if tree.deprel[c] in DESCRIPTION_CUT_DEPS or appositive(tree, c)]
    lo, hi = tree.run(head, cut)
    lo, hi = tree.trim(lo, hi) or (head, head)
    return _drop_determiner(normal(_words(text, tree, lo, hi)))
