"""Claim extraction time against document length, 100 KB to 10 MB: it must grow linearly.

Parsing a 10 MB file takes the better part of an hour, so the fixture articles are parsed
once and their parse is repeated, each copy's offsets moved to where its text sits in the
long document. Only ``extract_claims`` is timed. The parse of the fixtures is kept in
``--cache`` so a second run starts at once.

    python benchmarks/extraction_scaling.py --torch-threads 1
    python benchmarks/extraction_scaling.py --sizes 100,200,400,800 --torch-threads 1
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck import nlp
from factcheck.attribution import extract_claims
from factcheck.documents import load_path
from factcheck.records import Document

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DEFAULT_SIZES_KB = (100, 200, 400, 800, 1600, 3200, 6400, 10240)
SEPARATOR = "\n\n"


@dataclass(slots=True)
class Token:
    """What extraction reads of a stanza token: its entity tag and characters."""

    ner: str | None
    start_char: int
    end_char: int


@dataclass(slots=True)
class Word:
    """What extraction reads of a stanza word."""

    text: str
    lemma: str | None
    upos: str | None
    feats: str | None
    deprel: str | None
    head: int | None
    start_char: int | None
    end_char: int | None
    parent: Token


@dataclass(slots=True)
class Sentence:
    words: list[Word]


@dataclass(slots=True)
class Parse:
    sentences: list[Sentence]


def base_parse(cache: Path, models: Path | None) -> tuple[str, list[Sentence]]:
    """The fixture articles' bodies, joined, and their full parse (read from ``cache``)."""
    text = SEPARATOR.join(load_path(p).text for p in sorted(FIXTURES.glob("*.md")))
    if cache.is_file() and cache.with_suffix(".txt").read_text(encoding="utf-8") == text:
        sdoc = nlp.deserialize(cache.read_bytes())
    else:
        sdoc = nlp.parse(text, models, mode="full")
        cache.write_bytes(nlp.serialize(sdoc))
        cache.with_suffix(".txt").write_text(text, encoding="utf-8")
    return text, [_copy(s, 0) for s in sdoc.sentences]


def _copy(sentence: Any, shift: int) -> Sentence:
    """A stanza sentence (or a copy of one) with every offset moved by ``shift``."""
    words = []
    for w in sentence.words:
        t = w.parent
        token = Token(getattr(t, "ner", None), t.start_char + shift, t.end_char + shift)
        words.append(Word(w.text, w.lemma, w.upos, w.feats, w.deprel, w.head,
                          None if w.start_char is None else w.start_char + shift,
                          None if w.end_char is None else w.end_char + shift, token))
    return Sentence(words)


def repeated(text: str, sentences: list[Sentence], size: int) -> tuple[str, Parse]:
    """The text repeated until it holds ``size`` characters, with a parse to match."""
    copies = max(1, -(-size // (len(text) + len(SEPARATOR))))
    step = len(text) + len(SEPARATOR)
    out: list[Sentence] = []
    for copy in range(copies):
        out.extend(_copy(s, copy * step) for s in sentences)
    return SEPARATOR.join([text] * copies), Parse(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES_KB)),
                        help="document sizes in KB, comma separated")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/factcheck-scaling-parse.bin"))
    parser.add_argument("--models", type=Path, default=None)
    parser.add_argument("--torch-threads", type=int, default=1)
    args = parser.parse_args()
    import torch

    torch.set_num_threads(args.torch_threads)
    text, sentences = base_parse(args.cache, args.models)
    print(f"base: {len(text):,} characters, {len(sentences):,} sentences (fixtures/)")
    print(f"{'KB':>7} {'sentences':>10} {'claims':>8} {'seconds':>8} {'s per MB':>9}")
    for kb in map(int, args.sizes.split(",")):
        big, parse = repeated(text, sentences, kb * 1024)
        document = Document(text=big, source=f"scaling-{kb}")
        started = time.perf_counter()
        claims = extract_claims(document, parse)
        seconds = time.perf_counter() - started
        megabytes = len(big.encode()) / (1024 * 1024)
        print(f"{kb:>7,} {len(parse.sentences):>10,} {len(claims):>8,} {seconds:>8.2f} "
              f"{seconds / megabytes:>9.2f}", flush=True)


if __name__ == "__main__":
    main()
