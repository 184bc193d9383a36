"""How fast alignment runs at 1k, 10k and 100k claims, and how much memory it takes.

Claims are synthetic: wire-style sentences about made-up events (a place, a day,
the people counted), each document covering one event, so blocking and grouping
do real work. Encoding throughput is measured with the real model on a sample of
those texts; the grouping runs use random vectors clustered per event (cosine
about 0.6 within an event, about 0 across), because encoding 100k texts on a
laptop CPU takes longer than the grouping it feeds. Sizes run smallest first and
peak memory is the process's resident high-water mark after each size. Pair
precision is the share of claim pairs put in one group that share an event.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

import click
import numpy as np

from factcheck.align import features_for, group_claims
from factcheck.records import (
    AttributionType,
    Claim,
    ClaimGroup,
    Cue,
    Document,
    Quantity,
    QuantityKind,
    Span,
    Speaker,
    SpeakerKind,
)

DEFAULT_SIZES: Final = (1_000, 10_000, 100_000)
DEFAULT_ENCODE: Final = 2_000
CLAIMS_PER_DOC: Final = 8
CLAIMS_PER_EVENT: Final = 16
DIMENSION: Final = 384
#: share of an event's centroid in each claim vector; the rest is noise.
CENTROID_WEIGHT: Final = 0.78

SPEAKERS: Final[tuple[str, ...]] = (
    "the army", "the CSP", "JNIM", "a local official", "Wagner", "residents", "the UN mission",
    "Russian military bloggers", "a hospital source", "the regional governor",
)
TARGETS: Final[tuple[str, ...]] = (
    "Wagner fighters", "Malian soldiers", "rebels", "civilians", "children", "migrant workers",
)
VERBS: Final[tuple[str, ...]] = ("had been killed", "had died", "were wounded", "were missing")
SYLLABLES: Final[tuple[str, ...]] = (
    "ta", "ki", "dal", "zou", "ten", "ber", "ga", "mo", "na", "ou", "ar", "ba", "sen", "tim",
    "bou", "la", "fi", "go", "me", "rou",
)


@dataclass(frozen=True, slots=True)
class SizeResult:
    claims: int
    documents: int
    feature_seconds: float
    group_seconds: float
    groups: int
    multi_groups: int
    conflicting_groups: int
    pair_precision: float
    peak_rss_mib: float


def synthetic_corpus(n_claims: int, *, seed: int = 0) -> tuple[list[Document], list[Claim],
                                                                list[int]]:
    """Documents, their claims, and each claim's event number."""
    rng = random.Random(seed)
    n_events = max(1, n_claims // CLAIMS_PER_EVENT)
    places = _place_names(n_events, rng)
    days = [date(2020, 1, 1) + timedelta(days=rng.randrange(5 * 365)) for _ in range(n_events)]
    docs, claims, events = [], [], []
    remaining = n_claims
    while remaining:
        event = rng.randrange(n_events)
        size = min(CLAIMS_PER_DOC, remaining)
        doc, doc_claims = _document(event, places[event], days[event], size, rng)
        docs.append(doc)
        claims += doc_claims
        events += [event] * size
        remaining -= size
    return docs, claims, events


def clustered_vectors(events: Sequence[int], *, seed: int = 0,
                      dimension: int = DIMENSION) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centroids = _unit(rng.standard_normal((max(events) + 1, dimension), np.float32))
    noise = _unit(rng.standard_normal((len(events), dimension), np.float32))
    weight = CENTROID_WEIGHT
    return _unit(weight * centroids[np.asarray(events)] + (1 - weight ** 2) ** 0.5 * noise)


def encode_throughput(texts: list[str], model: str | None = None) -> tuple[float, float, str]:
    """(load seconds, texts per second, model key) with the real encoder."""
    from factcheck.embeddings import encode, load_model

    started = time.perf_counter()
    encoder = load_model(model)
    loaded = time.perf_counter() - started
    encode(encoder, texts[:64])  # warm-up: first batch pays for lazy initialisation
    started = time.perf_counter()
    encode(encoder, texts)
    return loaded, len(texts) / (time.perf_counter() - started), encoder.key


def run_size(n_claims: int, *, seed: int = 0) -> SizeResult:
    docs, claims, events = synthetic_corpus(n_claims, seed=seed)
    vectors = clustered_vectors(events, seed=seed)
    started = time.perf_counter()
    features = features_for(claims, docs, {})
    feature_seconds = time.perf_counter() - started
    started = time.perf_counter()
    groups = group_claims(features, vectors)
    group_seconds = time.perf_counter() - started
    event_of = {c.claim_id: e for c, e in zip(claims, events, strict=True)}
    return SizeResult(
        claims=n_claims, documents=len(docs), feature_seconds=feature_seconds,
        group_seconds=group_seconds, groups=len(groups),
        multi_groups=sum(len(g.claim_ids) > 1 for g in groups),
        conflicting_groups=sum(g.has_conflict for g in groups),
        pair_precision=pair_precision(groups, event_of), peak_rss_mib=_peak_rss_mib(),
    )


def pair_precision(groups: Sequence[ClaimGroup], event_of: dict[str, int]) -> float:
    """Of the claim pairs grouped together, the share that are about the same event."""
    together = same_event = 0
    for group in groups:
        n = len(group.claim_ids)
        together += n * (n - 1) // 2
        per_event = Counter(event_of[cid] for cid in group.claim_ids)
        same_event += sum(k * (k - 1) // 2 for k in per_event.values())
    return same_event / together if together else 1.0


def _document(event: int, place: str, day: date, size: int,
              rng: random.Random) -> tuple[Document, list[Claim]]:
    sentences, parts = [], []
    offset = 0
    for _ in range(size):
        speaker = rng.choice(SPEAKERS)
        count = rng.choice((2, 5, 10, 15, 20, 21, 47, 50, 80, 84, 120))
        target, verb = rng.choice(TARGETS), rng.choice(VERBS)
        content = f"{count} {target} {verb} in {place} on {day:%B} {day.day}"
        sentence = f"{speaker[0].upper()}{speaker[1:]} said {content}."
        parts.append((offset, speaker, content, count, target, verb))
        sentences.append(sentence)
        offset += len(sentence) + 1
    text = " ".join(sentences)
    published = (day + timedelta(days=rng.randrange(1, 6))).isoformat()
    doc = Document(text=text, source=f"synthetic:{event}:{rng.random():.12f}",
                   title=f"Fighting in {place}", outlet="Synthetic Wire", published=published)
    claims = [_claim(doc, index, *part) for index, part in enumerate(parts)]
    return doc, claims


def _claim(doc: Document, index: int, start: int, speaker: str, content: str, count: int,
           target: str, verb: str) -> Claim:
    speaker_end = start + len(speaker)
    cue_start = speaker_end + 1
    content_start = cue_start + len("said ")
    content_span = Span(content_start, content_start + len(content), content)
    cue = Cue("said", cue_start, cue_start + 4, "say")
    number = str(count)
    quantity = Quantity(number, content_start, content_start + len(number), count, count,
                        QuantityKind.EXACT, target, (verb.split()[-1],))
    sentence_end = content_span.end + 1
    return Claim(
        claim_id=Claim.make_id(doc.sha256, content_span, cue), doc_id=doc.doc_id,
        sentence_index=index,
        speakers=(Speaker(doc.text[start:speaker_end], start, speaker_end, speaker,
                          SpeakerKind.ORGANISATION),),
        cue=cue, content=content_span, type=AttributionType.INDIRECT, quantities=(quantity,),
        rule="synthetic", sentence=Span(start, sentence_end, doc.text[start:sentence_end]),
    )


def _place_names(n: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(4)).capitalize())
    return sorted(names)


def _unit(matrix: np.ndarray) -> np.ndarray:
    unit: np.ndarray = (matrix / np.linalg.norm(matrix, axis=1, keepdims=True)).astype(np.float32)
    return unit


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@click.command("align")
@click.option("--sizes", default=",".join(map(str, DEFAULT_SIZES)), show_default=True,
              help="Comma-separated claim counts to group.")
@click.option("--encode", "encode_count", type=click.IntRange(min=0), default=DEFAULT_ENCODE,
              show_default=True, help="Texts encoded with the real model (0: skip).")
@click.option("--embedding-model", default=None, help="Model name or folder [default: "
              "all-MiniLM-L6-v2 from its package].")
@click.option("--torch-threads", type=click.IntRange(min=1), default=None,
              help="Threads torch may use for encoding [default: torch's own choice].")
@click.option("--seed", type=int, default=0, show_default=True)
def align_command(sizes: str, encode_count: int, embedding_model: str | None,
                  torch_threads: int | None, seed: int) -> None:
    """Time embedding and grouping on synthetic claims, and report peak memory.

    Example:

        factcheck bench align --sizes 1000,10000,100000 --encode 2000
    """
    try:
        counts = [int(s) for s in sizes.split(",") if s.strip()]
    except ValueError:
        raise click.BadParameter(f"{sizes!r} is not a list of numbers",
                                 param_hint="--sizes") from None
    if encode_count:
        if torch_threads:
            import torch

            torch.set_num_threads(torch_threads)
        _, claims, _ = synthetic_corpus(encode_count, seed=seed)
        loaded, rate, key = encode_throughput([c.content.text for c in claims], embedding_model)
        click.echo(f"encoding  {key}: {rate:,.0f} texts/s on {encode_count:,} texts "
                   f"(model load {loaded:.1f} s)")
        for n in counts:
            click.echo(f"          {n:>9,} claims would take {n / rate:,.1f} s to encode")
    click.echo(f"{'claims':>9} {'docs':>7} {'features s':>10} {'group s':>8} {'groups':>7} "
               f"{'multi':>6} {'conflict':>8} {'precision':>9} {'peak RSS MiB':>12}")
    for n in counts:
        r = run_size(n, seed=seed)
        click.echo(f"{r.claims:>9,} {r.documents:>7,} {r.feature_seconds:>10.2f} "
                   f"{r.group_seconds:>8.2f} {r.groups:>7,} {r.multi_groups:>6,} "
                   f"{r.conflicting_groups:>8,} {r.pair_precision:>9.3f} "
                   f"{r.peak_rss_mib:>12,.0f}")
