"""The one place that builds a stanza Pipeline.

Models come from a stanza resources folder (``STANZA_RESOURCES_DIR`` or an
explicit ``models_dir``) and are never downloaded implicitly: analysis on a
machine without models must fail fast with the command that fixes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
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
    "depparse_batch_size": 1000,
    "ner_batch_size": 32,
}
FIX_HINT = (
    "run `factcheck models download` (or set STANZA_RESOURCES_DIR to a stanza resources folder)"
)

_lock = threading.Lock()


def resources_dir(models_dir: str | os.PathLike | None = None) -> Path:
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


def model_files(models_dir: str | os.PathLike | None = None) -> list[ModelFile]:
    """Each processor's default English model as the resources file names it."""
    root = resources_dir(models_dir)
    defaults = _default_processors(root)
    names = {proc: defaults.get(proc, "?") for proc in PROCESSORS}
    return [ModelFile(p, name, root / LANG / p / f"{name}.pt") for p, name in names.items()]


def _default_processors(root: Path) -> dict[str, str]:
    try:
        resources = json.loads((root / "resources.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    lang = resources.get(LANG, {})
    if "alias" in lang:
        lang = resources.get(lang["alias"], {})
    return dict(lang.get("default_processors", {}))


def check_models(models_dir: str | os.PathLike | None = None) -> list[ModelFile]:
    files = model_files(models_dir)
    missing = ", ".join(m.processor for m in files if not m.present)
    if missing:
        where = resources_dir(models_dir)
        raise ModelsMissingError(f"stanza models missing in {where} ({missing}): {FIX_HINT}")
    return files


@cache
def _hash_file(path: Path, size: int, mtime: float) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fingerprint(models_dir: str | os.PathLike | None = None) -> str:
    """Names and file hashes of the models: which models produced a parse."""
    parts = []
    for m in check_models(models_dir):
        stat = m.path.stat()
        parts.append(f"{m.processor}={m.name}:{_hash_file(m.path, stat.st_size, stat.st_mtime)}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


@cache
def _pipeline(root: str, processors: str) -> Any:
    import stanza

    return stanza.Pipeline(
        LANG,
        dir=root,
        processors=processors,
        download_method=None,
        logging_level="WARN",
        **DEFAULT_CONFIG,
    )


def get_pipeline(models_dir: str | os.PathLike | None = None,
                 processors: tuple[str, ...] = PROCESSORS) -> Any:
    """The process-wide pipeline, built on first use."""
    check_models(models_dir)
    with _lock:
        return _pipeline(str(resources_dir(models_dir)), ",".join(processors))


def parse(text: str, models_dir: str | os.PathLike | None = None) -> Any:
    """A stanza Document for ``text``; offsets in it index ``text``."""
    return get_pipeline(models_dir)(text)


def serialize(doc: Any) -> bytes:
    return doc.to_serialized()


def deserialize(data: bytes) -> Any:
    from stanza.models.common.doc import Document

    return Document.from_serialized(data)
