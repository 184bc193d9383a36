"""The one place that builds a stanza Pipeline.

Models come from a stanza resources folder (``STANZA_RESOURCES_DIR`` or an
explicit ``models_dir``) and are never downloaded implicitly: analysis on a
machine without models must fail fast with the command that fixes it.

Two parse modes: ``full`` runs every processor over every sentence;
``selective`` tags everything but gives the dependency parser (most of the
time) only the sentences ``factcheck.selective`` says can hold an
attribution. The mode is part of the fingerprint, so the two never share a
cached parse.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
import zipfile
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from factcheck.errors import ModelsMissingError

LANG = "en"
PROCESSORS: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
DEFAULT_CONFIG: dict[str, Any] = {
    "tokenize_batch_size": 64,
    "pos_batch_size": 1000,
    "depparse_batch_size": 300,
    "ner_batch_size": 32,
}
#: Processors every sentence gets in a selective parse; depparse runs on the selection.
TAGGING: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "ner")
FULL, SELECTIVE = "full", "selective"
PARSE_MODES: tuple[str, ...] = (FULL, SELECTIVE)
DEFAULT_PARSE_MODE = SELECTIVE
#: Longer sentences get no dependency tree: the parser's memory grows with the square of
#: a sentence's length (1,769 words took 11.6 GB here), and prose stays far below this.
MAX_TREE_WORDS = 250
#: The stage a selective parse spends choosing sentences, reported beside the processors.
SELECT_STAGE = "select"
FIX_HINT = (
    "run `factcheck models download` (or set STANZA_RESOURCES_DIR to a stanza resources folder)"
)

#: What ``models status`` says of each model file.
PRESENT, MISSING, DAMAGED = "present", "MISSING", "DAMAGED"
#: torch saves models as zip archives (older ones as bare pickles, which cannot be checked).
ZIP_MAGIC = b"PK\x03\x04"

_lock = threading.Lock()


def resources_dir(models_dir: str | os.PathLike[str] | None = None) -> Path:
    """The folder stanza reads, by the same rule stanza itself uses."""
    if models_dir:
        return Path(models_dir).expanduser()
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    return Path.home() / "stanza_resources"


@dataclass(frozen=True, slots=True)
class ModelFile:
    processor: str
    name: str
    path: Path

    @property
    def present(self) -> bool:
        return self.path.is_file()

    @property
    def state(self) -> str:
        """present, MISSING, or DAMAGED (a zip-format model cut short: its directory is gone)."""
        if not self.present:
            return MISSING
        with self.path.open("rb") as handle:
            zipped = handle.read(len(ZIP_MAGIC)) == ZIP_MAGIC
        return DAMAGED if zipped and not zipfile.is_zipfile(self.path) else PRESENT


def model_files(models_dir: str | os.PathLike[str] | None = None) -> list[ModelFile]:
    """Each processor's default English model as the resources file names it."""
    root = resources_dir(models_dir)
    defaults = _default_processors(root)
    names = {proc: defaults.get(proc, "?") for proc in PROCESSORS}
    return [ModelFile(p, name, root / LANG / p / f"{name}.pt") for p, name in names.items()]


def _default_processors(root: Path) -> dict[str, str]:
    """The model name of each processor in resources.json; {} when there is no such file."""
    path = root / "resources.json"
    try:
        resources = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise _bad_resources(path, f"cannot read it as JSON: {exc}") from None
    lang = resources.get(LANG, {}) if isinstance(resources, dict) else None
    if isinstance(lang, dict) and "alias" in lang:
        lang = resources.get(lang["alias"], {})
    defaults = lang.get("default_processors", {}) if isinstance(lang, dict) else None
    if not isinstance(defaults, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in defaults.items()):
        raise _bad_resources(path, f"no table of default {LANG} models in it")
    return dict(defaults)


def _bad_resources(path: Path, why: str) -> ModelsMissingError:
    return ModelsMissingError(f"{path}: is not a valid stanza resources.json ({why}); "
                              "run `factcheck models download` to fetch it again")


def check_models(models_dir: str | os.PathLike[str] | None = None) -> list[ModelFile]:
    files = model_files(models_dir)
    where = resources_dir(models_dir)
    missing = ", ".join(m.processor for m in files if not m.present)
    if missing:
        raise ModelsMissingError(f"stanza models missing in {where} ({missing}): {FIX_HINT}")
    damaged = ", ".join(str(m.path) for m in files if m.state == DAMAGED)
    if damaged:
        raise ModelsMissingError(f"stanza model files cut short or damaged: {damaged}; "
                                 "run `factcheck models download` to fetch them again")
    return files


@cache
def _hash_file(path: Path, size: int, mtime: float) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fingerprint(models_dir: str | os.PathLike[str] | None = None,
                mode: str = DEFAULT_PARSE_MODE) -> str:
    """Names and file hashes of the models, and the parse mode: what produced a parse.

    A selective parse also depends on the sentence selection, whose digest is
    part of it.
    """
    parts = [f"max_tree_words={MAX_TREE_WORDS}"]
    for m in check_models(models_dir):
        stat = m.path.stat()
        parts.append(f"{m.processor}={m.name}:{_hash_file(m.path, stat.st_size, stat.st_mtime)}")
    if _checked_mode(mode) == SELECTIVE:
        from factcheck.selective import selection_digest

        parts.append(f"parse={SELECTIVE}:{selection_digest()}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _checked_mode(mode: str) -> str:
    if mode not in PARSE_MODES:
        raise ValueError(f"unknown parse mode {mode!r}; expected one of {', '.join(PARSE_MODES)}")
    return mode


@cache
def _pipeline(root: str, processors: str, tuned: bool = True) -> Any:
    import stanza

    return stanza.Pipeline(
        LANG,
        dir=root,
        processors=processors,
        download_method=None,
        logging_level="WARN",
        **(DEFAULT_CONFIG if tuned else {}),
    )


def get_pipeline(models_dir: str | os.PathLike[str] | None = None,
                 processors: tuple[str, ...] = PROCESSORS) -> Any:
    """The process-wide pipeline, built on first use."""
    check_models(models_dir)
    with _lock:
        try:
            return _pipeline(str(resources_dir(models_dir)), ",".join(processors))
        except Exception as exc:  # a model file stanza cannot load: say which, never retry
            raise ModelsMissingError(
                f"stanza could not load the models in {resources_dir(models_dir)} "
                f"({type(exc).__name__}: {str(exc).partition(chr(10))[0]}); a file may be "
                "damaged: run `factcheck models download` to fetch them again") from None


def bare_pipeline(models_dir: str | os.PathLike[str] | None = None) -> Any:
    """stanza's pipeline with stanza's own settings: the pass a naive extractor makes.

    Benchmarks measure against it; analysis never uses it.
    """
    check_models(models_dir)
    with _lock:
        return _pipeline(str(resources_dir(models_dir)), ",".join(PROCESSORS), tuned=False)


def parse(text: str, models_dir: str | os.PathLike[str] | None = None, *,
          mode: str = DEFAULT_PARSE_MODE, times: MutableMapping[str, float] | None = None,
          on_step: Callable[[str], None] | None = None) -> Any:
    """A stanza Document for ``text``; offsets in it index ``text``.

    Sentences left out of a selective parse, and any over MAX_TREE_WORDS,
    have no ``head`` or ``deprel``. ``times``, when given, gains each stage's seconds;
    ``on_step`` is told each processor as it starts, with the sentences it has to do.
    """
    step = on_step or (lambda detail: None)
    pipeline = get_pipeline(models_dir)
    doc: Any = text
    for processor in TAGGING:
        if processor != "mwt":
            step(processor if isinstance(doc, str) else f"{processor} · {_count(doc.sentences)}")
            doc = _timed(times, processor, pipeline.process, doc,
                         [processor, "mwt"] if processor == "tokenize" else [processor])
    chosen: Sequence[int] = range(len(doc.sentences))
    if _checked_mode(mode) == SELECTIVE:
        from factcheck.selective import select

        chosen = _timed(times, SELECT_STAGE, select, text, doc.sentences).sentences
    short = [i for i in chosen if len(doc.sentences[i].words) <= MAX_TREE_WORDS]
    step(f"depparse · {len(short):,} of {_count(doc.sentences)}")
    _timed(times, "depparse", _parse_only, pipeline, doc, short)
    return doc


def _count(sentences: Sequence[Any]) -> str:
    return f"{len(sentences):,} sentences"


def _timed(times: MutableMapping[str, float] | None, stage: str, run: Any, *args: Any) -> Any:
    started = time.perf_counter()
    result = run(*args)
    if times is not None:
        times[stage] = times.get(stage, 0.0) + time.perf_counter() - started
    return result


def _parse_only(pipeline: Any, doc: Any, chosen: Sequence[int]) -> None:
    """Run depparse on the chosen sentences of ``doc``, in place.

    The sentences are handed over in a Document of their own that shares
    their objects, so the heads land in ``doc`` and every word keeps its
    offsets into the full text.
    """
    from stanza.models.common.doc import Document

    if not chosen:
        return
    part = Document([])
    part.sentences = [doc.sentences[i] for i in chosen]
    part.num_tokens = sum(len(s.tokens) for s in part.sentences)
    part.num_words = sum(len(s.words) for s in part.sentences)
    pipeline.process(part, processors=["depparse"])


def serialize(doc: Any) -> bytes:
    data: bytes = doc.to_serialized()
    return data


def deserialize(data: bytes) -> Any:
    from stanza.models.common.doc import Document

    return Document.from_serialized(data)
