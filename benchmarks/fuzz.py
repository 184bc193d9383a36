"""Property fuzzing of quote pairing and claim extraction, in tests and as ``bench fuzz``.

Texts are random runs of quote marks (curly, straight, doubled, guillemets), dashes,
numbers, cue words and line breaks, with a little arbitrary Unicode. The properties:
nothing raises, every span lies inside the text, and every span's offsets slice exactly
its text. Extraction fuzzing goes through ``load_text`` first, so it sees the text the
pipeline sees (newlines normalised, wire marks cut), and through real stanza parses.

hypothesis is a test extra, not a runtime dependency: it is imported only when a
strategy is built or a fuzz run starts. The pipeline modules are imported late too,
so registering the command does not slow every ``factcheck`` start.
"""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

import click

from factcheck.errors import InputError
from factcheck.records import Claim, Document

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

QUOTE_MARKS: Final[tuple[str, ...]] = (
    '"', "“", "”", "„", "«", "»", "\u2018", "\u2019", "'", "''", "``", "\u2039", "\u203a",
    "「", "」",
)
DASHES: Final[tuple[str, ...]] = ("-", "\u2013", "—", "--", "―")
NUMBERS: Final[tuple[str, ...]] = (
    "12", "1,200", "3.5", "40%", "0", "-7", "between 10 and 20", "at least 300", "dozens of",
    "two", "a hundred", "1m", "$5 million", "10-15", "2024", "½", "١٢",
)
WORDS: Final[tuple[str, ...]] = (
    "said", "told", "according to", "the army", "Reuters", "he", "she", "they", "rebels",
    "killed", "denied", "claimed", "that", "Mali", "Wagner", "soldiers", "in a statement",
    "on X", "did not say", "A spokesman", "Col. Diallo", "who", "?", "…", "(", ")", ",",
    ".", ":", ";", "!",
)
BREAKS: Final[tuple[str, ...]] = ("", " ", " ", " ", "\n", "\n\n", "\t")
#: Characters a quote's marks may be made of.
MARK_CHARS: Final[frozenset[str]] = frozenset("".join(QUOTE_MARKS))
FUZZ_SOURCE: Final = "<fuzz>"
#: Examples per hypothesis run inside ``fuzz``; the clock is checked between runs.
BATCH: Final = 25
SHOWN_CHARS: Final = 300


def texts(max_pieces: int = 30) -> SearchStrategy[str]:
    """Random texts rich in quote marks, dashes and numbers."""
    from hypothesis import strategies as st

    piece = st.one_of(
        st.sampled_from(QUOTE_MARKS), st.sampled_from(QUOTE_MARKS), st.sampled_from(DASHES),
        st.sampled_from(NUMBERS), st.sampled_from(WORDS), st.sampled_from(WORDS),
        st.text(max_size=3),
    )
    parts = st.lists(st.tuples(piece, st.sampled_from(BREAKS)), max_size=max_pieces)
    return parts.map(lambda pairs: "".join(p + gap for p, gap in pairs))


def check_quotes(text: str) -> None:
    """find_quotes never raises; its quotes are in order and sit on quote marks inside the text."""
    from factcheck.attribution.quotes import QuoteIndex, find_quotes

    quotes = find_quotes(text)
    opens = [q.open for q in quotes]
    assert opens == sorted(opens), f"quotes out of order: {quotes}"
    for quote in quotes:
        assert 0 <= quote.open <= quote.close <= quote.outer[1] <= len(text), quote
        for at, width in ((quote.open, quote.open_width), (quote.close, quote.close_width)):
            assert set(text[at:at + width]) <= MARK_CHARS, f"{quote}: no mark at {at}"
    index = QuoteIndex(quotes)
    for pos in range(len(text) + 1):
        index.inside(pos)
    index.within(0, len(text))
    index.balance(0, len(text), len(text))


def fuzz_document(text: str) -> Document | None:
    """The Document the pipeline would make of ``text``, or None where it refuses it."""
    from factcheck.documents import load_text

    try:
        return load_text(text, source=FUZZ_SOURCE)
    except InputError:
        return None


def check_claims(document: Document, sdoc: Any) -> list[Claim]:
    """Extraction (quantities included) never raises; every span slices the document text."""
    from factcheck.analysis import claims_for

    text = document.text
    claims = claims_for(document, sdoc, {})
    for claim in claims:
        for span in _spans(claim):
            assert 0 <= span.start <= span.end <= len(text), f"{span} outside the text"
            assert text[span.start:span.end] == span.text, f"{span} does not slice the text"
    return claims


def _spans(claim: Claim) -> Iterable[Any]:
    spans = (claim.content, claim.sentence, claim.via, claim.cue, *claim.speakers,
             *claim.quantities)
    return (span for span in spans if span is not None)


def check_parsed_claims(text: str) -> None:
    """The extraction property for a raw text: load it, parse it with stanza, check it."""
    from hypothesis import reject

    from factcheck import nlp

    document = fuzz_document(text)
    if document is None:
        reject()
    check_claims(document, nlp.parse(document.text))


@dataclass(frozen=True, slots=True)
class Failure:
    error: str
    text: str


@dataclass
class FuzzResult:
    name: str
    examples: int = 0
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.examples / self.seconds if self.seconds else 0.0


#: name -> the property ``bench fuzz`` runs under that name.
TARGETS: Final[dict[str, Callable[[str], None]]] = {
    "quotes": check_quotes,
    "claims": check_parsed_claims,
}


def fuzz(name: str, check: Callable[[str], None], seconds: float) -> FuzzResult:
    """Run ``check`` on random texts for ``seconds``, in hypothesis runs of BATCH examples.

    A failing run is shrunk by hypothesis, whose last call replays the minimal failing
    text; a failure already seen (same error line) keeps the shorter of its texts.
    """
    from hypothesis import HealthCheck, given, settings

    result = FuzzResult(name)
    last: list[str] = [""]

    @settings(max_examples=BATCH, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(texts())
    def prop(text: str) -> None:
        result.examples += 1
        last[0] = text
        check(text)

    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        try:
            prop()
        except Exception as exc:
            _record(result.failures, Failure(_error_line(exc), last[0]))
    result.seconds = time.perf_counter() - started
    return result


def _error_line(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc).strip().partition(chr(10))[0][:SHOWN_CHARS]}"


def _record(failures: list[Failure], failure: Failure) -> None:
    for number, seen in enumerate(failures):
        if seen.error == failure.error:
            if len(failure.text) < len(seen.text):
                failures[number] = failure
            return
    failures.append(failure)


@click.command("fuzz")
@click.option("--minutes", type=click.FloatRange(min=0, min_open=True), default=10.0,
              show_default=True, help="Total time, shared evenly between the targets.")
@click.option("--target", "names", type=click.Choice(sorted(TARGETS)), multiple=True,
              help="Fuzz only this property (repeatable) [default: all].")
def fuzz_command(minutes: float, names: tuple[str, ...]) -> None:
    """Fuzz quote pairing and claim extraction on random texts; exit 1 on any failure.

    Prints, per target, the examples run, examples/s, and each distinct failure with
    the minimal failing text hypothesis shrank it to.

    Example:

        factcheck bench fuzz --minutes 10
    """
    if importlib.util.find_spec("hypothesis") is None:
        raise click.ClickException("bench fuzz needs hypothesis (the test extra)")
    chosen = names or tuple(TARGETS)
    results = [fuzz(name, TARGETS[name], minutes * 60 / len(chosen)) for name in chosen]
    for result in results:
        click.echo(f"{result.name}: {result.examples:,} examples in {result.seconds:.0f} s "
                   f"({result.rate:,.1f}/s), {len(result.failures)} failures")
        for failure in result.failures:
            click.echo(f"  {failure.error}\n    minimal text: {failure.text[:SHOWN_CHARS]!r}")
    if any(r.failures for r in results):
        raise click.exceptions.Exit(1)
