"""Fetch the official English stanza models with stanza's own downloader."""

from __future__ import annotations

import os
from pathlib import Path

from factcheck import nlp
from factcheck.errors import ModelsMissingError


def download_models(models_dir: str | os.PathLike[str] | None = None) -> Path:
    """Download into the resources folder; stanza shows its own progress bars."""
    import requests
    import stanza

    target = nlp.resources_dir(models_dir)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ModelsMissingError(f"cannot create {target}: {exc.strerror}") from None
    if not os.access(target, os.W_OK):
        raise ModelsMissingError(f"{target} is read-only; pass --models DIR to download elsewhere")
    try:
        stanza.download(nlp.LANG, model_dir=str(target), processors=",".join(nlp.PROCESSORS),
                        logging_level="INFO")
    except (requests.exceptions.RequestException, OSError) as exc:
        raise ModelsMissingError(
            f"could not download stanza models into {target}: no network? ({type(exc).__name__})"
        ) from None
    return target
