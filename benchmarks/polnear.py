"""The PolNeAR attribution benchmark: load a split, run an extractor, write and score predictions.

Predictions are written in PolNeAR's own shape (one article per line, each
attribution with ``source``, ``cue`` and ``content`` fragment lists) and scored
from that file, so what is reported is exactly what was written. Claims that
share a cue become one attribution with several content fragments, the way
PolNeAR annotates a quotation split around "he said". Non-claims are left out.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from platformdirs import user_cache_dir

from benchmarks import baseline
from benchmarks.scoring import (
    MATCHES,
    MEASURES,
    MIN_JACCARD,
    PRF,
    ROLES,
    SUBSETS,
    Attribution,
    Fragment,
    Scores,
    score,
)
from factcheck import nlp
from factcheck.analysis import parse_cached
from factcheck.errors import FactcheckError, InputError
from factcheck.records import AttributionType, Claim, Document
from factcheck.workspace import Workspace

Extractor = Callable[[Document, Any], list[Claim]]
#: A workspace used only for its parse cache: each article is parsed once, ever, per models.
DEFAULT_CACHE: Path = Path(user_cache_dir("factcheck")) / "bench-parses.db"

SPLITS: tuple[str, ...] = ("train", "dev", "test")
DEFAULT_OUT = "out/polnear_{split}_pred.jsonl"


@dataclass(frozen=True, slots=True)
class GoldDoc:
    doc_id: str
    title: str
    publisher: str
    date: str
    text: str
    attributions: tuple[Attribution, ...]

    def document(self) -> Document:
        return Document(text=self.text, source=f"polnear:{self.doc_id}", title=self.title,
                        outlet=self.publisher, published=self.date)


@dataclass(frozen=True, slots=True)
class Timing:
    documents: int
    sentences: int
    words: int
    cached: int
    parse_seconds: float
    parse_seconds_now: float
    extract_seconds: float

    @property
    def extract_share(self) -> float:
        return self.extract_seconds / self.parse_seconds if self.parse_seconds else 0.0


@dataclass(frozen=True, slots=True)
class BenchResult:
    split: str
    extractor: str
    parse: str
    fingerprint: str
    models: tuple[str, ...]
    timing: Timing
    scores: Scores
    out: Path


def _fragments(raw: Any) -> tuple[Fragment, ...]:
    return tuple(sorted((int(s), int(e), str(t)) for s, e, t in raw))


def attribution_from_json(raw: dict[str, Any]) -> Attribution:
    return Attribution(source=_fragments(raw.get("source", ())), cue=_fragments(raw.get("cue", ())),
                       content=_fragments(raw.get("content", ())))


def _check_offsets(text: str, attribution: Attribution) -> bool:
    fragments = attribution.source + attribution.cue + attribution.content
    return all(text[start:end] == frag for start, end, frag in fragments)


def _gold_doc(raw: dict[str, Any]) -> GoldDoc:
    attributions = tuple(attribution_from_json(a) for a in raw["attributions"])
    if not all(_check_offsets(raw["text"], a) for a in attributions):
        raise ValueError("a fragment's text does not match its offsets")
    return GoldDoc(doc_id=raw["doc_id"], title=raw.get("title", ""),
                   publisher=raw.get("publisher", ""), date=raw.get("date", ""),
                   text=raw["text"], attributions=attributions)


def load_split(data_dir: Path, split: str, limit: int | None = None) -> list[GoldDoc]:
    """The first ``limit`` (or all) articles of ``polnear_<split>.jsonl`` under ``data_dir``."""
    path = Path(data_dir) / f"polnear_{split}.jsonl"
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except OSError as error:
        raise InputError(f"{path}: cannot read PolNeAR split ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 text ({error.reason})") from error
    docs: list[GoldDoc] = []
    for lineno, line in enumerate(lines[:limit], 1):
        try:
            docs.append(_gold_doc(json.loads(line)))
        except KeyError as error:
            raise InputError(f"{path}:{lineno}: not a PolNeAR record (no {error} field)") from error
        except (ValueError, TypeError) as error:
            raise InputError(f"{path}:{lineno}: not a PolNeAR record ({error})") from error
    if not docs:
        raise InputError(f"{path}: no articles")
    return docs


def _fragment(text: str, start: int, end: int) -> list[Any]:
    return [start, end, text[start:end]]


def predicted_attributions(claims: Sequence[Claim], text: str) -> list[dict[str, Any]]:
    """Claims in PolNeAR's shape; claims with the same cue merge into one attribution."""
    groups: dict[Any, list[Claim]] = {}
    for claim in claims:
        if not claim.non_claim:
            key = (claim.cue.start, claim.cue.end) if claim.cue else claim.claim_id
            groups.setdefault(key, []).append(claim)
    attributions = []
    for number, group in enumerate(groups.values(), 1):
        first = group[0]
        sources = sorted({(s.start, s.end) for claim in group for s in claim.speakers})
        contents = sorted({(c.content.start, c.content.end) for c in group})
        types = {claim.type for claim in group}
        attributions.append({
            "id": f"P{number}",
            "kind": "Attribution" if sources else "Attribution-no-source",
            "source": [_fragment(text, s, e) for s, e in sources],
            "cue": [_fragment(text, first.cue.start, first.cue.end)] if first.cue else [],
            "content": [_fragment(text, s, e) for s, e in contents],
            "type": str(first.type) if len(types) == 1 else str(AttributionType.MIXED),
            "rule": "+".join(dict.fromkeys(claim.rule for claim in group)),
        })
    return attributions


def _rules_extractor() -> Extractor:
    try:
        from factcheck.attribution import extract_claims
    except ModuleNotFoundError as error:
        if error.name != "factcheck.attribution":
            raise
        raise FactcheckError(
            "factcheck.attribution is not available; use --extractor regex") from error
    return extract_claims


EXTRACTORS: dict[str, Callable[[], Extractor]] = {
    "rules": _rules_extractor,
    "regex": lambda: baseline.extract_claims,
}


def run_extractor(docs: Sequence[GoldDoc], extract: Extractor, cache: Workspace,
                  parse: str) -> tuple[list[dict[str, Any]], Timing]:
    """Predictions per article (parses from the cache workspace) and where the time went.

    A cached parse reports the seconds its original parse took, so a cached run
    still states parse cost honestly.
    """
    rows: list[dict[str, Any]] = []
    sentences = words = cached = 0
    parse_seconds = parse_now = extract_seconds = 0.0
    documents = [doc.document() for doc in docs]
    original = {sha: seconds for sha, (_, _, seconds)
                in cache.parse_stats(nlp.fingerprint(mode=parse)).items()}
    if any(d.sha256 not in original for d in documents):
        nlp.get_pipeline()  # loading the models is not parse time
    for doc, document in zip(docs, documents, strict=True):
        parsed = parse_cached(cache, document, parse_mode=parse)
        sentences += len(parsed.sdoc.sentences)
        words += parsed.sdoc.num_words
        cached += parsed.cached
        # an article the split holds twice is parsed once and costs its parse both times
        parse_seconds += original.setdefault(document.sha256, parsed.seconds)
        parse_now += parsed.seconds
        started = time.perf_counter()
        claims = extract(document, parsed.sdoc)
        extract_seconds += time.perf_counter() - started
        rows.append({"doc_id": doc.doc_id, "title": doc.title,
                     "attributions": predicted_attributions(claims, doc.text)})
    timing = Timing(len(docs), sentences, words, cached, parse_seconds, parse_now, extract_seconds)
    return rows, timing


def write_predictions(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as error:
        raise InputError(f"{path}: cannot write predictions ({error.strerror})") from error


def read_predictions(path: Path) -> dict[str, list[Attribution]]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["doc_id"]: [attribution_from_json(a) for a in row["attributions"]] for row in rows}


def run_benchmark(data_dir: Path, split: str, *, extractor: str = "rules",
                  out: Path | None = None, cache: Path = DEFAULT_CACHE,
                  limit: int | None = None, parse: str = nlp.FULL) -> BenchResult:
    """Run ``extractor`` over a split, write its predictions to ``out`` and score that file."""
    extract = EXTRACTORS[extractor]()
    docs = load_split(data_dir, split, limit)
    fingerprint = nlp.fingerprint(mode=parse)
    models = tuple(f"{m.processor}={m.name}" for m in nlp.model_files())
    cache.parent.mkdir(parents=True, exist_ok=True)
    with Workspace(cache) as cache_ws:
        rows, timing = run_extractor(docs, extract, cache_ws, parse)
    out = Path(out or DEFAULT_OUT.format(split=split))
    write_predictions(out, rows)
    gold = {doc.doc_id: list(doc.attributions) for doc in docs}
    return BenchResult(split, extractor, parse, fingerprint, models, timing,
                       score(gold, read_predictions(out)), out)


def _prf(counts: PRF) -> str:
    return f"{counts.precision:6.3f} {counts.recall:6.3f} {counts.f1:6.3f}"


def render(result: BenchResult) -> str:
    """The report a person reads: what ran, on which models, how fast, how well."""
    t = result.timing
    lines = [
        f"PolNeAR {result.split} · extractor {result.extractor} · {result.parse} parse · "
        f"{t.documents} documents · "
        f"{t.sentences} sentences · {t.words} words",
        f"models: fingerprint {result.fingerprint} · {' '.join(result.models)}",
        f"time: parse {t.parse_seconds:.1f} s (this run {t.parse_seconds_now:.1f} s, "
        f"{t.cached}/{t.documents} from cache) · extraction {t.extract_seconds:.2f} s "
        f"= {100 * t.extract_share:.1f}% of parse",
        "",
        f"{'role':<8} {'match':<8} {'P':>6} {'R':>6} {'F1':>6}  {'pred':>7} {'gold':>7}",
    ]
    for role in ROLES:
        for match in MATCHES:
            counts = result.scores.roles[(role, match)]
            lines.append(f"{role:<8} {match:<8} {_prf(counts)}  {counts.pred:>7} {counts.gold:>7}")
    lines += [
        "",
        f"attributions (one to one, content Jaccard >= {MIN_JACCARD})",
        f"{'subset':<9} {'measure':<16} {'P':>6} {'R':>6} {'F1':>6}  {'pred':>5} {'gold':>5}",
    ]
    for subset in SUBSETS:
        for measure in MEASURES:
            counts = result.scores.attributions[(measure, subset)]
            lines.append(f"{subset:<9} {measure:<16} {_prf(counts)}  "
                         f"{counts.pred:>5} {counts.gold:>5}")
    lines += ["", f"predictions: {result.out}"]
    return "\n".join(lines)


@click.command("polnear")
@click.option("--data", "data_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder holding polnear_<split>.jsonl.")
@click.option("--split", type=click.Choice(SPLITS), default="dev", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Predictions file [default: ./out/polnear_<split>_pred.jsonl].")
@click.option("--cache", type=click.Path(dir_okay=False, path_type=Path),
              default=DEFAULT_CACHE, show_default=True,
              help="Workspace file whose parse cache the benchmark uses.")
@click.option("--extractor", type=click.Choice(tuple(EXTRACTORS)), default="rules",
              show_default=True, help="rules: factcheck's extractor; regex: the naive baseline.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Only the first N articles of the split.")
@click.option("--parse", type=click.Choice(nlp.PARSE_MODES), default=nlp.FULL,
              show_default=True,
              help="full: depparse every sentence (its cache survives rule changes); "
                   "selective: only those that can attribute, as analyze does.")
def polnear_command(data_dir: Path, split: str, out: Path | None, cache: Path,
                    extractor: str, limit: int | None, parse: str) -> None:
    """Score the claim extractor on the PolNeAR attribution corpus.

    Example:

        factcheck bench polnear --data ../shared/benchmarks/polnear --split dev
    """
    try:
        result = run_benchmark(data_dir, split, extractor=extractor, out=out,
                               cache=cache, limit=limit, parse=parse)
    except FactcheckError as error:
        raise click.ClickException(str(error)) from error
    click.echo(render(result))
