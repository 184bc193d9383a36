"""Corpus scale: an archive analysed by a pool of workers into partitioned Parquet.

The same per-document path as ``factcheck analyze`` (``sources`` loads, ``worker``
parses and extracts) runs in-process (engine ``local``) or inside Ray actors
(engine ``ray``, one stanza pipeline and embedding model per actor). ``store`` writes
each batch's tables and the manifest that makes a rerun resume; ``align`` groups the
corpus's claims; ``query`` reads it all through DuckDB and cuts slices into workspaces.

Ray, pyarrow and duckdb come with the ``scale`` extra and are imported only on use.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Final

from factcheck.errors import FactcheckError

EXTRA: Final = "scale"
INSTALL_HINT: Final = f"pip install 'factcheck[{EXTRA}]'"


class ExtraMissingError(FactcheckError):
    """A corpus command ran without the optional packages it needs."""


def need(module: str) -> ModuleType:
    """Import ``module`` from the scale extra, or say in one line how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.partition(".")[0]
        raise ExtraMissingError(
            f"corpus commands need {top} from the '{EXTRA}' extra: {INSTALL_HINT}"
        ) from None
