"""How fast analysis runs, and what it costs against stanza on its own.

For each corpus (a PolNeAR split, the fixtures folder) the documents are
analysed into a fresh workspace, exactly as ``factcheck analyze`` does
(nothing comes from a parse cache), and then parsed by a bare stanza
pipeline with stanza's own settings: the floor a naive extractor cannot get
under. With ``--against-full`` each document is also given a full parse right
after its own (not stored), so a selective parse is compared with a full one
under the same load. Reported: documents, sentences and words per second, seconds per
stage, the ratio of analysis time to the bare pass (wall clock and CPU),
and peak memory. Last, the first corpus's workspace is filled to N
documents (its articles again, each copy with a marker appended, so new
documents with the same parses) and analysed and aligned as ``factcheck
analyze`` does, and the time to reopen it the way the review app does
(open, read everything, build the board) is taken.
The machine's load average is printed with the figures: on a shared
machine they mean little without it.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import resource
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import click

from benchmarks.polnear import SPLITS, load_split
from factcheck import nlp
from factcheck.analysis import AnalysisReport, analyze_document
from factcheck.documents import iter_paths, load_path
from factcheck.errors import FactcheckError
from factcheck.pipeline import analyze_and_align
from factcheck.records import Document
from factcheck.workspace import Workspace

#: Stages in report order: loading, each stanza processor, choosing sentences, extraction.
STAGES: tuple[str, ...] = ("load", "tokenize", "pos", "lemma", "ner", nlp.SELECT_STAGE,
                           "depparse", "extract")
#: What the analysis spends outside the named stages: storing, counting.
OTHER_STAGE = "store+other"
REOPEN_RUNS = 3
REOPEN_GOAL_S = 1.0


@dataclass(frozen=True, slots=True)
class CorpusSpeed:
    name: str
    documents: int
    sentences: int
    words: int
    claims: int
    depparsed: int
    seconds: float
    cpu_seconds: float
    stages: dict[str, float]
    bare_seconds: float | None
    bare_cpu_seconds: float | None
    peak_mib: float
    peak_bare_mib: float | None
    #: Seconds per processor of a full parse of the same documents, when asked for.
    full_stages: dict[str, float] | None = None

    def per_second(self, count: int) -> float:
        return count / self.seconds if self.seconds else 0.0


@dataclass(frozen=True, slots=True)
class ReopenSpeed:
    documents: int
    claims: int
    groups: int
    megabytes: float
    build_seconds: float
    runs: tuple[float, ...]

    @property
    def warm(self) -> float:
        """The best reopen after the first: the file is in the OS cache, as on a person's reopen."""
        return min(self.runs[1:] or self.runs)


def peak_mib() -> float:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _clocked(run: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def load_fixtures(folder: Path) -> tuple[list[Document], float]:
    started = time.perf_counter()
    docs = [load_path(path) for path in iter_paths([folder])]
    return docs, time.perf_counter() - started


def load_polnear(folder: Path, split: str, limit: int | None) -> tuple[list[Document], float]:
    started = time.perf_counter()
    docs = [gold.document() for gold in load_split(folder, split, limit)]
    return docs, time.perf_counter() - started


def _parsed_counts(ws: Workspace, docs: Sequence[Document], fingerprint: str) -> tuple[int, int]:
    """Words, and sentences the dependency parser saw, read back from the stored parses."""
    words = depparsed = 0
    for doc in docs:
        stored = ws.get_parse(doc.sha256, fingerprint)
        if stored is not None:
            sdoc = nlp.deserialize(stored)
            words += sdoc.num_words
            depparsed += sum(s.words[0].head is not None for s in sdoc.sentences)
    return words, depparsed


def measure_corpus(name: str, docs: Sequence[Document], load_seconds: float, ws: Workspace, *,
                   parse_mode: str, bare: bool, against_full: bool = False) -> CorpusSpeed:
    """Analyse ``docs`` into ``ws`` (parsing every one now), then parse them with bare stanza."""
    report = AnalysisReport()
    report.stages["load"] = load_seconds
    seconds = cpu = 0.0
    full_stages: dict[str, float] | None = {} if against_full else None
    for doc in docs:
        wall_s, cpu_s = _clocked(functools.partial(analyze_document, ws, doc, report,
                                                   parse_mode=parse_mode))
        seconds, cpu = seconds + wall_s, cpu + cpu_s
        if full_stages is not None:
            nlp.parse(doc.text, mode=nlp.FULL, times=full_stages)
    stages = {stage: report.stages.get(stage, 0.0) for stage in STAGES}
    stages[OTHER_STAGE] = max(0.0, load_seconds + seconds - sum(stages.values()))
    peak = peak_mib()
    bare_seconds = bare_cpu = bare_peak = None
    if bare:
        pipeline = nlp.bare_pipeline()
        bare_seconds, bare_cpu = _clocked(lambda: [pipeline(doc.text) for doc in docs])
        bare_peak = peak_mib()
    words, depparsed = _parsed_counts(ws, docs, nlp.fingerprint(mode=parse_mode))
    return CorpusSpeed(name, report.documents, report.sentences, words, report.claims, depparsed,
                       seconds, cpu, stages, bare_seconds, bare_cpu, peak, bare_peak,
                       full_stages)


def store_twins(ws: Workspace, docs: Sequence[Document], target: int, *,
                parse_mode: str) -> list[Document]:
    """Copies of ``docs`` up to ``target`` documents, a marker appended (new documents), each
    copy's parse stored under its own text: analysing them parses nothing."""
    fingerprint = nlp.fingerprint(mode=parse_mode)
    parsed = [(doc, data) for doc in docs
              if (data := ws.get_parse(doc.sha256, fingerprint)) is not None]
    missing = target - len(ws.documents())
    twins = []
    for number in range(max(0, missing) if parsed else 0):
        doc, data = parsed[number % len(parsed)]
        copy = number // len(parsed) + 1
        twin = dataclasses.replace(doc, text=f"{doc.text}\n\n[copy {copy}]",
                                   source=f"{doc.source}#copy{copy}")
        ws.put_parse(twin.sha256, fingerprint, data, seconds=0.0, sentences=0, entities=0)
        twins.append(twin)
    return twins


def reopen_seconds(path: Path, runs: int = REOPEN_RUNS) -> tuple[float, ...]:
    """Open the workspace as the review app does: read everything and build the board."""
    from factcheck.review import ReviewService

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        with Workspace(path) as ws:
            ReviewService(ws, reviewer="bench").board()
        times.append(time.perf_counter() - started)
    return tuple(times)


def measure_reopen(path: Path, docs: Sequence[Document], target: int, *, parse_mode: str,
                   embedding_model: str | None) -> ReopenSpeed:
    started = time.perf_counter()
    with Workspace(path) as ws:
        twins = store_twins(ws, docs, target, parse_mode=parse_mode)
        run = analyze_and_align(ws, documents=twins, parse_mode=parse_mode,
                                embedding_model=embedding_model)
        documents, claims = len(ws.documents()), len(ws.claims())
    build = time.perf_counter() - started
    return ReopenSpeed(documents, claims, len(run.groups), path.stat().st_size / 2**20, build,
                       reopen_seconds(path))


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (5 min {five:.2f})"


def render_corpus(result: CorpusSpeed) -> list[str]:
    lines = [
        f"{result.name}: {result.documents} documents, {result.sentences} sentences, "
        f"{result.words} words, {result.claims} claims; {result.depparsed}/{result.sentences} "
        f"sentences depparsed",
        f"  analysis {result.seconds:.1f} s wall ({result.cpu_seconds:.1f} s CPU): "
        f"{result.per_second(result.documents):.2f} documents/s, "
        f"{result.per_second(result.sentences):.1f} sentences/s, "
        f"{result.per_second(result.words):.0f} words/s; peak memory {result.peak_mib:.0f} MiB",
    ]
    if result.bare_seconds and result.bare_cpu_seconds:
        lines.append(
            f"  bare stanza pass {result.bare_seconds:.1f} s wall "
            f"({result.bare_cpu_seconds:.1f} s CPU): analysis / bare = "
            f"{result.seconds / result.bare_seconds:.2f} wall, "
            f"{result.cpu_seconds / result.bare_cpu_seconds:.2f} CPU; "
            f"peak memory with both pipelines {result.peak_bare_mib:.0f} MiB")
    lines.append("  " + _shares(result.stages))
    if result.full_stages:
        parse = sum(result.stages.get(s, 0.0) for s in (*nlp.PROCESSORS, nlp.SELECT_STAGE))
        full = sum(result.full_stages.values())
        lines += [f"  full parse of the same documents {full:.1f} s: parse / full parse = "
                  f"{parse / full:.2f}", "  full: " + _shares(result.full_stages)]
    return lines


def _shares(stages: dict[str, float]) -> str:
    total = sum(stages.values()) or 1.0
    return " · ".join(f"{stage} {seconds:.2f} s ({100 * seconds / total:.0f}%)"
                      for stage, seconds in stages.items())


def render_reopen(result: ReopenSpeed) -> list[str]:
    verdict = "meets" if result.warm < REOPEN_GOAL_S else "misses"
    runs = ", ".join(f"{t:.2f}" for t in result.runs)
    return [f"reopen: {result.documents} documents, {result.claims} claims, {result.groups} "
            f"groups, {result.megabytes:.1f} MB "
            f"(built and aligned in {result.build_seconds:.0f} s)",
            f"  warm reopen {result.warm:.2f} s ({verdict} the {REOPEN_GOAL_S:.0f} s goal; "
            f"runs {runs} s)"]


@click.command("speed")
@click.option("--polnear", "polnear_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Folder holding polnear_<split>.jsonl (skipped if not given).")
@click.option("--split", type=click.Choice(SPLITS), default="test", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Only the first N PolNeAR articles.")
@click.option("--fixtures", "fixtures_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="A folder of articles [default: ./fixtures when it exists].")
@click.option("--parse", "parse_mode", type=click.Choice(nlp.PARSE_MODES),
              default=nlp.DEFAULT_PARSE_MODE, show_default=True)
@click.option("--bare/--no-bare", default=True, show_default=True,
              help="Also time a bare stanza pass over the same texts.")
@click.option("--against-full", is_flag=True,
              help="Also give each document a full parse (not stored) and compare parse times.")
@click.option("--reopen-docs", type=click.IntRange(min=0), default=500, show_default=True,
              help="Fill the first corpus's workspace to N documents, time its reopen (0: skip).")
@click.option("--torch-threads", type=click.IntRange(min=1), default=None,
              help="Threads torch may use [default: torch's own choice].")
@click.option("--embedding-model", default=None,
              help="Model for the alignment before the reopen [default: all-MiniLM-L6-v2].")
def speed_command(polnear_dir: Path | None, split: str, limit: int | None,
                  fixtures_dir: Path | None, parse_mode: str, bare: bool, against_full: bool,
                  reopen_docs: int,
                  torch_threads: int | None, embedding_model: str | None) -> None:
    """Time analysis on PolNeAR and the fixtures against a bare stanza pass; time a reopen.

    Example:

        factcheck bench speed --polnear ../shared/benchmarks/polnear --split test --torch-threads 1
    """
    import torch

    if torch_threads:
        torch.set_num_threads(torch_threads)
    fixtures_dir = fixtures_dir or (Path("fixtures") if Path("fixtures").is_dir() else None)
    try:
        corpora: list[tuple[str, list[Document], float]] = []
        if polnear_dir is not None:
            corpora.append((f"PolNeAR {split}", *load_polnear(polnear_dir, split, limit)))
        if fixtures_dir is not None:
            corpora.append((f"fixtures ({fixtures_dir})", *load_fixtures(fixtures_dir)))
        if not corpora:
            raise click.UsageError("nothing to measure: give --polnear or --fixtures")
        models_seconds, _ = _clocked(nlp.get_pipeline)
        click.echo(f"{parse_mode} parse · torch threads {torch.get_num_threads()} · models loaded "
                   f"in {models_seconds:.1f} s · {_load()}")
        with tempfile.TemporaryDirectory(prefix="factcheck-speed-") as tmp:
            for number, (name, docs, loaded) in enumerate(corpora):
                with Workspace(Path(tmp) / f"corpus{number}.db") as ws:
                    result = measure_corpus(name, docs, loaded, ws, parse_mode=parse_mode,
                                            bare=bare, against_full=against_full)
                click.echo("\n".join(render_corpus(result)) + f"\n  ({_load()})")
            if reopen_docs:
                reopen = measure_reopen(Path(tmp) / "corpus0.db", corpora[0][1], reopen_docs,
                                        parse_mode=parse_mode, embedding_model=embedding_model)
                click.echo("\n".join(render_reopen(reopen)) + f"\n  ({_load()})")
    except FactcheckError as error:
        raise click.ClickException(str(error)) from error

