"""The attribution rules, each registered with the trigger that says where it can fire.

A rule is a generator ``frames(tree, ctx) -> Iterator[Frame]`` over one
sentence of a document (``ctx`` holds the rest: text, sentences, quotations).
It registers itself with ``@rule(name=..., stage=..., trigger=Trigger(...))``
in its own module, the way stanza's processors do with
``register_processor``. The stage says which pile of ``extract._select``
its frames join, and so which authority they have; the trigger says which
sentences can fire it, as data: the selective parse (``factcheck.selective``)
gives the dependency parser the sentences some trigger selects, and the parse
fingerprint hashes the triggers' data, never a module's source.

``rules()`` imports the rule families in ``FAMILIES`` order and returns the
rules in that order, a module's own in the order they are defined: within a
stage, an earlier rule's frame keeps a cue a later one also reads ("called
for" before "called").
"""

from __future__ import annotations

import bisect
import importlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Final, Literal, TypeVar

from factcheck.attribution.frames import Frame
from factcheck.attribution.quotes import Quote, QuoteIndex
from factcheck.attribution.tree import Tree

#: The piles ``extract._select`` weighs against each other, in its keyword names.
Stage = Literal["nonclaims", "direct", "reported", "embedded", "according", "nouns"]
STAGES: Final[tuple[str, ...]] = ("nonclaims", "direct", "reported", "embedded", "according",
                                  "nouns")
#: The modules of ``factcheck.attribution`` that hold rules, in the order their rules run.
FAMILIES: Final[tuple[str, ...]] = ("nonclaims", "direct", "transcripts", "phrasal", "closing",
                                    "reported", "evidential", "according", "nouns")

T = TypeVar("T")


class RuleError(ValueError):
    """A rule registered without a trigger, twice, or for no known stage."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """What in a sentence can fire a rule. Data only, so it can be hashed and compared.

    Word tests look at words outside quotation marks; text tests at the raw text.
    """

    #: a word ``grammar.is_cue_verb`` takes for a verb of saying (its lexicon: REPORTING_VERBS)
    cue_verbs: bool = False
    #: (UPOS, lemmas): a word with that tag and one of those lemmas
    tagged: tuple[tuple[str, frozenset[str]], ...] = ()
    #: lower-cased word forms
    forms: frozenset[str] = frozenset()
    #: lower-cased word sequences ("according", "to")
    phrases: tuple[tuple[str, ...], ...] = ()
    #: any verb but these with a complementizer later in its sentence ("X joked that …")
    verbs_before_complementizer_except: frozenset[str] | None = None
    #: patterns searched within a sentence's text
    sentence_patterns: tuple[re.Pattern[str], ...] = ()
    #: patterns run over the whole text: the sentence where group "name" starts
    line_patterns: tuple[re.Pattern[str], ...] = ()
    #: patterns matched where a quotation ends: the sentence where group "name" starts
    after_quote: tuple[re.Pattern[str], ...] = ()
    #: a colon all that stands before a quotation's opening mark: the colon's sentence
    colon_before_quote: bool = False

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) not in (False, (), frozenset(), None)
                   for f in fields(self))

    def canonical(self) -> dict[str, Any]:
        """The trigger as sorted plain data: what the parse fingerprint hashes."""
        return {
            "cue_verbs": self.cue_verbs,
            "tagged": sorted([upos, sorted(lemmas)] for upos, lemmas in self.tagged),
            "forms": sorted(self.forms),
            "phrases": sorted(list(p) for p in self.phrases),
            "verbs_before_complementizer_except": None
            if self.verbs_before_complementizer_except is None
            else sorted(self.verbs_before_complementizer_except),
            "sentence_patterns": sorted(_pattern(p) for p in self.sentence_patterns),
            "line_patterns": sorted(_pattern(p) for p in self.line_patterns),
            "after_quote": sorted(_pattern(p) for p in self.after_quote),
            "colon_before_quote": self.colon_before_quote,
        }


def _pattern(pattern: re.Pattern[str]) -> str:
    return f"{pattern.flags}:{pattern.pattern}"


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule may read besides its sentence: the document's text, sentences, quotations."""

    text: str
    trees: Sequence[Tree]
    quotes: Sequence[Quote]
    index: QuoteIndex
    starts: Sequence[int]
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, text: str, trees: Sequence[Tree], quotes: Sequence[Quote]) -> Context:
        return cls(text, trees, quotes, QuoteIndex(quotes), [t.start_char for t in trees])

    def sentence_at(self, char: int) -> int:
        """The sentence a character offset falls in (the first, before any)."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def once(self, key: str, build: Callable[[], T]) -> T:
        """A document-wide value a rule computes once and reads per sentence."""
        if key not in self._memo:
            self._memo[key] = build()
        value: T = self._memo[key]
        return value

    def quotes_opening_in(self, sentence: int) -> list[int]:
        """Numbers of the quotations whose opening mark lies in ``sentence``."""
        def group() -> dict[int, list[int]]:
            found: dict[int, list[int]] = {}
            for number, quote in enumerate(self.quotes):
                found.setdefault(self.sentence_at(quote.open), []).append(number)
            return found
        return self.once("quotes_opening_in", group).get(sentence, [])


RuleFn = Callable[[Tree, Context], Iterator[Frame]]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    stage: str
    trigger: Trigger
    frames: RuleFn
    module: str


_REGISTRY: dict[str, Rule] = {}


def rule(*, name: str, stage: Stage, trigger: Trigger) -> Callable[[RuleFn], RuleFn]:
    """Register ``frames`` as an attribution rule that ``trigger``'s sentences can fire."""
    if not isinstance(trigger, Trigger) or not trigger:
        raise RuleError(f"rule {name!r} declares no trigger: the selective parse would never "
                        "give it a tree")
    if stage not in STAGES:
        raise RuleError(f"rule {name!r}: unknown stage {stage!r}; expected one of "
                        f"{', '.join(STAGES)}")

    def register(frames: RuleFn) -> RuleFn:
        known = _REGISTRY.get(name)
        if known is not None and (known.module, known.frames.__qualname__) != (
                frames.__module__, frames.__qualname__):
            raise RuleError(f"rule {name!r} registered twice ({known.module}, "
                            f"{frames.__module__})")
        _REGISTRY[name] = Rule(name, stage, trigger, frames, frames.__module__)
        return frames
    return register


def rules() -> list[Rule]:
    """Every registered rule, in the order extraction runs them."""
    order = {f"{__package__}.{family}": rank for rank, family in enumerate(FAMILIES)}
    for module in order:
        importlib.import_module(module)
    return sorted(_REGISTRY.values(), key=lambda r: order.get(r.module, len(order)))


def triggers_digest_data() -> str:
    """Every rule's name and trigger as one canonical JSON text."""
    return json.dumps({r.name: r.trigger.canonical() for r in rules()}, sort_keys=True)
