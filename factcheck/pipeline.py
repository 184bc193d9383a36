"""Analyse, then align: the one run shared by ``factcheck analyze``, the app's worker and the
benchmarks, so what each of them stores is made the same way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from factcheck import nlp
from factcheck.align import align_workspace
from factcheck.analysis import AnalysisReport, StageCallback, StepCallback, analyze_paths
from factcheck.records import ClaimGroup, Document
from factcheck.workspace import Workspace

#: The stage reported, once for the whole workspace, when alignment starts.
ALIGN_STAGE = "align"
ALIGN_SOURCE = "all documents"


@dataclass(frozen=True, slots=True)
class PipelineRun:
    report: AnalysisReport
    groups: list[ClaimGroup]


def analyze_and_align(ws: Workspace, paths: Iterable[str | Path] = (), *,
                      documents: Iterable[Document] = (),
                      models_dir: str | os.PathLike[str] | None = None,
                      parse_mode: str = nlp.DEFAULT_PARSE_MODE,
                      embedding_model: str | None = None,
                      stdin: TextIO | None = None,
                      on_stage: StageCallback | None = None,
                      on_document: Callable[[int, int], None] | None = None,
                      on_step: StepCallback | None = None) -> PipelineRun:
    """Analyse ``paths``, then ``documents``, into ``ws`` (see ``analyze_paths``); align it all."""
    report = analyze_paths(ws, paths, documents=documents, models_dir=models_dir,
                           parse_mode=parse_mode, stdin=stdin, on_stage=on_stage,
                           on_document=on_document, on_step=on_step)
    if on_stage:
        on_stage(ALIGN_STAGE, ALIGN_SOURCE)
    return PipelineRun(report, align_workspace(ws, model=embedding_model))
