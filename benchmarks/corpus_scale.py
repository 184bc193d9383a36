"""Corpus scale on Ray: throughput, Ray's overhead, kill and resume, alignment cost.

    .venv/bin/python benchmarks/corpus_scale.py throughput --limit 200 --workers 1 2
    .venv/bin/python benchmarks/corpus_scale.py kill --limit 12
    .venv/bin/python benchmarks/corpus_scale.py align --corpus out/corpus_bench/ray-2 \
        --claims 10000 100000

The archive is PolNeAR's 1,008 articles (train, dev, test) and, past them, generated
variants (an article's paragraphs rotated, so its text and id are new but its parse
costs the same). ``throughput`` runs the same set through ``factcheck analyze``'s own
path (into a workspace), the in-process engine, and Ray with each worker count, every
run starting cold. Ray's overhead is (Ray with 1 worker - in-process) / Ray with 1
worker: the same work, one worker, with and without Ray. See benchmarks/README.md.
"""

from __future__ import annotations

import dataclasses
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import click
import numpy as np

from factcheck.analysis import analyze_paths
from factcheck.corpus.engines import RunSummary, analyze_corpus
from factcheck.corpus.query import run_query
from factcheck.corpus.store import MANIFEST
from factcheck.workspace import Workspace

#: PolNeAR beside the checkout (../shared), or beside a worktree's parent folder.
POLNEAR = next((p for p in (Path(__file__).resolve().parents[n] / "shared" / "benchmarks" /
                            "polnear" for n in (2, 3)) if p.is_dir()),
               Path("../shared/benchmarks/polnear"))
SPLITS = ("train", "dev", "test")


def archive_rows(limit: int, data: Path = POLNEAR) -> list[dict[str, Any]]:
    """``limit`` articles: PolNeAR's, then rotated-paragraph variants of them."""
    base = [json.loads(line) for split in SPLITS
            for line in (data / f"polnear_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
    rows, seen = [], set()
    for n in range(limit):
        row = base[n % len(base)]
        paragraphs = row["text"].split("\n\n")
        turn = (n // len(base)) % max(len(paragraphs), 1)
        text = "\n\n".join(paragraphs[turn:] + paragraphs[:turn])
        if text in seen:
            text = f"{text}\n\n(variant {n // len(base)})"
        seen.add(text)
        rows.append({"id": f"{row['doc_id']}~{n // len(base)}", "text": text,
                     "title": row["title"], "publisher": row["publisher"], "date": row["date"]})
    return rows


def write_archive(rows: list[dict[str, Any]], folder: Path) -> tuple[Path, Path]:
    """The rows as one JSON Lines file, and as one .txt file each for ``factcheck analyze``."""
    folder.mkdir(parents=True, exist_ok=True)
    jsonl = folder / "archive.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    texts = folder / "texts"
    texts.mkdir(exist_ok=True)
    for n, row in enumerate(rows):
        (texts / f"{n:06d}.txt").write_text(row["text"], encoding="utf-8")
    return jsonl, texts


def _words(rows: list[dict[str, Any]]) -> int:
    return sum(len(r["text"].split()) for r in rows)


def _set_threads(threads: int) -> None:
    import torch

    torch.set_num_threads(threads)


def time_analyze(texts: Path, workspace: Path) -> dict[str, Any]:
    """``factcheck analyze``'s path: analyse into a workspace, then align (which embeds)."""
    from factcheck.align import align_workspace

    started = time.perf_counter()
    with Workspace(workspace) as ws:
        report = analyze_paths(ws, [texts])
        analysed = time.perf_counter()
        align_workspace(ws)
    seconds = time.perf_counter() - started
    return {"run": "factcheck analyze", "workers": 1, "documents": report.documents,
            "seconds": seconds, "align_seconds": time.perf_counter() - analysed,
            "peak_rss_mb":
            round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def time_corpus(jsonl: Path, out: Path, engine: str, workers: int, batch_size: int,
                threads: int) -> dict[str, Any]:
    started = time.perf_counter()
    summary = analyze_corpus([jsonl], out, engine=engine, workers=workers,
                             batch_size=batch_size, torch_threads=threads)
    seconds = time.perf_counter() - started
    return {"run": f"corpus {engine}", "workers": summary.workers,
            "documents": summary.documents, "seconds": seconds,
            "peak_rss_mb": max(summary.peak_rss_mb.values(), default=0.0),
            "worker_seconds": summary.worker_seconds}


@click.group()
def main() -> None:
    """Corpus-scale measurements (see benchmarks/README.md)."""


@main.command()
@click.option("--limit", default=200, show_default=True, help="Articles in the archive.")
@click.option("--workers", "worker_counts", multiple=True, type=int, default=(1, 2),
              show_default=True)
@click.option("--batch-size", default=4, show_default=True)
@click.option("--torch-threads", default=1, show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out/corpus_bench"), show_default=True)
@click.option("--skip-analyze", is_flag=True, help="Leave out the factcheck analyze run.")
def throughput(limit: int, worker_counts: tuple[int, ...], batch_size: int,
               torch_threads: int, out: Path, skip_analyze: bool) -> None:
    """Documents/s for analyze, in-process, and Ray with each worker count."""
    _set_threads(torch_threads)
    rows = archive_rows(limit)
    jsonl, texts = write_archive(rows, out / "archive")
    results = []
    if not skip_analyze:
        results.append(time_analyze(texts, out / "analyze.db"))
    results.append(time_corpus(jsonl, out / "local", "local", 1, batch_size, torch_threads))
    for workers in worker_counts:
        results.append(time_corpus(jsonl, out / f"ray-{workers}", "ray", workers, batch_size,
                                   torch_threads))
    for r in results:
        r["docs_per_s"] = r["documents"] / r["seconds"]
    report: dict[str, Any] = {"articles": limit, "words": _words(rows), "batch_size": batch_size,
              "torch_threads": torch_threads, "cpus": os.cpu_count(),
              "load_average": os.getloadavg(), "results": results}
    ray_runs = {r["workers"]: r for r in results if r["run"] == "corpus ray"}
    local = next(r for r in results if r["run"] == "corpus local")
    if 1 in ray_runs:
        report["ray_overhead_share"] = (ray_runs[1]["seconds"] - local["seconds"]) \
            / ray_runs[1]["seconds"]
        if 2 in ray_runs:
            report["speedup_1_to_2"] = ray_runs[1]["seconds"] / ray_runs[2]["seconds"]
    (out / "throughput.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    click.echo(f"{limit} articles, {report['words']} words, batch {batch_size}, "
               f"torch threads {torch_threads}, load average {report['load_average'][0]:.1f}")
    click.echo("| run | workers | docs | seconds | docs/s | peak MB per worker |")
    click.echo("|---|---:|---:|---:|---:|---:|")
    for r in results:
        click.echo(f"| {r['run']} | {r['workers']} | {r['documents']} | {r['seconds']:.1f} | "
                   f"{r['docs_per_s']:.3f} | {r['peak_rss_mb']:.0f} |")
    for key in ("ray_overhead_share", "speedup_1_to_2"):
        if key in report:
            click.echo(f"{key}: {report[key]:.3f}")


def _exactly_once(out: Path, expected: int) -> str:
    _, [(rows, distinct)] = run_query(out, "SELECT count(*), count(DISTINCT doc_id) "
                                           "FROM documents")
    verdict = "ok" if rows == distinct == expected else "FAILED"
    return f"{verdict}: {rows} rows, {distinct} distinct documents of {expected}"


@main.command()
@click.option("--limit", default=12, show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              default=Path("out/corpus_kill"), show_default=True)
def kill(limit: int, out: Path) -> None:
    """Kill one Ray worker mid-run; separately kill the driver and rerun."""
    rows = archive_rows(limit)
    jsonl, _ = write_archive(rows, out / "archive")
    killed: list[int] = []

    def kill_first_worker(entry: dict[str, Any]) -> None:
        if not killed:
            os.kill(entry["pid"], signal.SIGKILL)
            killed.append(entry["pid"])

    started = time.perf_counter()
    summary: RunSummary = analyze_corpus([jsonl], out / "worker", workers=2, batch_size=1,
                                         on_batch=kill_first_worker)
    click.echo(f"worker {killed} killed after its first batch; run finished in "
               f"{time.perf_counter() - started:.1f} s, {summary.batches} batches; "
               + _exactly_once(out / "worker", limit))
    corpus = out / "driver"
    command = [sys.executable, "-c", "from factcheck.cli import main; main()", "corpus",
               "analyze", str(jsonl), "--out", str(corpus), "--workers", "2",
               "--batch-size", "1"]
    driver = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    while not any((corpus / MANIFEST).glob("*.json")) and driver.poll() is None:
        time.sleep(0.1)
    os.killpg(driver.pid, signal.SIGKILL)  # the driver and the Ray runtime it started
    driver.wait()
    before = len(list((corpus / MANIFEST).glob("*.json")))
    started = time.perf_counter()
    summary = analyze_corpus([jsonl], corpus, workers=2, batch_size=1)
    click.echo(f"driver killed with {before} of {limit} batches recorded; rerun did "
               f"{summary.batches} ({summary.resumed} skipped) in "
               f"{time.perf_counter() - started:.1f} s; " + _exactly_once(corpus, limit))


@main.command()
@click.option("--corpus", "root", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="An analysed corpus whose claims are the seed.")
@click.option("--claims", "sizes", multiple=True, type=int, default=(10_000, 100_000),
              show_default=True)
@click.option("--noise", default=0.05, show_default=True,
              help="Gaussian noise added to each copy's embedding before renormalising.")
def align(root: Path, sizes: tuple[int, ...], noise: float) -> None:
    """Grouping time and memory at each size, the corpus's claims copied as new events.

    Copy k of a claim gets its own claim id, document and place suffix '#k' (a new event
    with the same shape), and a perturbed embedding, so blocks stay event-sized while the
    faiss index and the pair scoring grow with the corpus.
    """
    from factcheck.align.features import claim_features, doc_contexts
    from factcheck.align.grouping import group_claims
    from factcheck.corpus.align import _claims
    from factcheck.corpus.query import connect
    from factcheck.corpus.store import CorpusDir
    from factcheck.records import Document

    db = connect(root)
    claims, vectors = _claims(db)
    docs = [Document(*row) for row in db.execute(
        "SELECT text, source, title, outlet, url, published, dateline, byline "
        "FROM documents").fetchall()]
    contexts = doc_contexts(docs)
    aliases = CorpusDir(root).settings().get("aliases", {})
    seed = [claim_features(c, contexts[c.doc_id], aliases) for c in claims]
    click.echo(f"seed: {len(seed)} claims from {len(docs)} documents")
    click.echo("| claims | seconds | peak RSS MB | groups | pairs stored |")
    click.echo("|---:|---:|---:|---:|---:|")
    rng = np.random.default_rng(0)
    for size in sizes:
        features, rows = [], []
        for n in range(size):
            base, copy = seed[n % len(seed)], n // len(seed)
            features.append(dataclasses.replace(
                base, claim_id=f"{base.claim_id}~{copy}", doc_id=f"{base.doc_id}~{copy}",
                places=frozenset(f"{p}#{copy}" for p in base.places) or frozenset({f"#{copy}"})))
            rows.append(n % len(seed))
        matrix = vectors[rows] + rng.normal(0, noise, (size, vectors.shape[1])).astype(np.float32)
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
        started = time.perf_counter()
        groups = group_claims(features, matrix, exact_limit=0)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        click.echo(f"| {size} | {seconds:.1f} | {peak:.0f} | {len(groups)} | "
                   f"{sum(len(g.pairs) for g in groups)} |")


if __name__ == "__main__":
    main()
