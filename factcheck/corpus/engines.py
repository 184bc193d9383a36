"""Run an archive's batches through workers, in this process or on Ray, and resume.

Both engines take the batches the manifest does not list yet and hand each done
batch's entry to the manifest as it arrives, so a run stopped anywhere (a killed
driver, Ctrl-C) resumes with what is left. On Ray the batches are a Ray Data dataset
mapped by a pool of ``Analyzer`` actors; Ray restarts a crashed actor and retries
its batch, whose files then replace themselves (see ``store``).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from factcheck import nlp
from factcheck.aliases import ALIAS_FILE_NAME, load_alias_toml
from factcheck.analysis import folder_files
from factcheck.corpus import need
from factcheck.corpus.sources import DEFAULT_BATCH_SIZE, Batch, plan
from factcheck.corpus.store import CorpusDir
from factcheck.corpus.worker import THREAD_VARIABLES, Analyzer, Settings, settings_dict
from factcheck.errors import InputError
from factcheck.sides import SIDES_FILE_NAME, load_sides_toml

ENGINES: Final = ("ray", "local")
DEFAULT_ENGINE: Final = "ray"
#: object store for a local runtime: batches and entries are small, documents never travel.
LOCAL_OBJECT_STORE_BYTES: Final = 256 * 1024 * 1024

BatchCallback = Callable[[dict[str, Any]], None]


@dataclass
class RunSummary:
    batches: int = 0
    resumed: int = 0
    documents: int = 0
    claims: int = 0
    bad: int = 0
    total: int = 0
    seconds: float = 0.0
    workers: int = 1
    engine: str = DEFAULT_ENGINE
    #: worker pid -> peak resident memory in MB, from the entries of this run.
    peak_rss_mb: dict[int, float] = field(default_factory=dict)
    worker_seconds: float = 0.0

    def add(self, entry: dict[str, Any]) -> None:
        self.batches += 1
        self.documents += entry["documents"]
        self.claims += entry["claims"]
        self.bad += entry["bad"]
        self.worker_seconds += entry["seconds"]
        pid = entry["pid"]
        self.peak_rss_mb[pid] = max(self.peak_rss_mb.get(pid, 0.0), entry["peak_rss_mb"])


def folder_aliases(sources: Sequence[Path]) -> dict[str, str]:
    """The aliases.toml of each source folder, as ``factcheck analyze`` imports them."""
    table: dict[str, str] = {}
    for alias_file in folder_files(sources, ALIAS_FILE_NAME):
        table.update(load_alias_toml(alias_file))
    return table


def folder_sides(sources: Sequence[Path]) -> list[dict[str, Any]]:
    """The sides.toml of each source folder, as ``factcheck analyze`` imports them (as JSON)."""
    return [{"name": side.name, "label": side.label, "members": list(side.members)}
            for sides_file in folder_files(sources, SIDES_FILE_NAME)
            for side in load_sides_toml(sides_file)]


def analyze_corpus(sources: Sequence[Path], out: Path, *, engine: str = DEFAULT_ENGINE,
                   workers: int = 2, address: str | None = None,
                   batch_size: int = DEFAULT_BATCH_SIZE, partition: str = "month",
                   parse_mode: str = nlp.DEFAULT_PARSE_MODE, models_dir: str | None = None,
                   embedding_model: str | None = None, torch_threads: int = 1,
                   on_plan: Callable[[int, int], None] | None = None,
                   on_batch: BatchCallback | None = None) -> RunSummary:
    """Analyse every batch of ``sources`` not yet in ``out``'s manifest.

    ``on_plan(total documents, already done)`` is told once; ``on_batch(entry)`` after
    each batch is recorded.
    """
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if workers < 1:
        raise InputError("--workers must be at least 1")
    need("pyarrow")
    nlp.check_models(models_dir)
    started = time.perf_counter()
    batches = plan(sources, batch_size)
    aliases = folder_aliases(sources)
    settings = Settings(str(nlp.resources_dir(models_dir)), parse_mode, partition,
                        embedding_model, aliases, torch_threads)
    corpus = CorpusDir(out)
    corpus.claim_settings({
        "sources": [str(Path(s).resolve()) for s in sources], "batch_size": batch_size,
        "partition": partition, "parse_mode": parse_mode,
        "models": nlp.fingerprint(models_dir, parse_mode), "embedding_model": embedding_model,
        "aliases": aliases, "sides": folder_sides(sources),
    })
    done = corpus.done()
    # a source that grew or changed re-cuts its last batches: their old versions go first
    corpus.forget(set(done) - {b.batch_id for b in batches})
    todo = [b for b in batches if b.batch_id not in done]
    summary = RunSummary(resumed=len(batches) - len(todo), total=sum(b.size for b in batches),
                         workers=workers if engine == "ray" else 1, engine=engine)
    if on_plan:
        on_plan(summary.total, sum(b.size for b in batches if b.batch_id in done))
    run = _local if engine == "local" else _on_ray
    for entry in run(todo, settings, corpus, workers=workers, address=address):
        corpus.mark_done(entry)
        summary.add(entry)
        if on_batch:
            on_batch(entry)
    summary.seconds = time.perf_counter() - started
    return summary


def _local(todo: list[Batch], settings: Settings, corpus: CorpusDir, **_: Any
           ) -> Iterator[dict[str, Any]]:
    if not todo:
        return
    analyzer = Analyzer(settings_dict(settings), str(corpus.root))
    for batch in todo:
        yield analyzer.run(batch)


def _on_ray(todo: list[Batch], settings: Settings, corpus: CorpusDir, *, workers: int,
            address: str | None) -> Iterator[dict[str, Any]]:
    if not todo:
        return
    ray = need("ray")
    need("ray.data")
    env = {"env_vars": {**{v: str(settings.torch_threads) for v in THREAD_VARIABLES},
                        "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}}
    started_here = not ray.is_initialized()
    if started_here:
        local = {} if address else {"num_cpus": workers,
                                    "object_store_memory": LOCAL_OBJECT_STORE_BYTES}
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 logging_level="ERROR", configure_logging=False, **local)
    logging.getLogger("ray.data").setLevel(logging.ERROR)  # the run has its own progress
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        items = [{"batch": b.to_json()} for b in todo]
        mapped = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
            Analyzer, fn_constructor_kwargs={"settings": settings_dict(settings),
                                             "out": str(corpus.root.resolve())},
            batch_size=1, compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1,
            runtime_env=env, max_restarts=-1, max_task_retries=-1,  # a crash retries its batch
        )
        for row in mapped.iter_rows():
            yield json.loads(row["entry"])
    finally:
        if started_here:
            ray.shutdown()

