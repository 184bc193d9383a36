"""Run documents through the pipeline into a workspace, one document at a time.

Each document is stored with its claims in its own transaction, so a crash
or a bad file costs at most the document in hand. Parses are cached by
(text sha256, model fingerprint): an unchanged document never reaches stanza
again, while extraction re-runs (it is cheap) so rule changes apply at once.
An edited file replaces its old version, and every review whose claim got a new
id is re-attached (``factcheck.reattach``) or left listed as an orphan.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import sqlite3
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from factcheck import nlp
from factcheck.aliases import ALIAS_FILE_NAME, load_alias_toml
from factcheck.attribution import extract_claims
from factcheck.documents import (
    MAX_BYTES,
    display_name,
    iter_paths,
    load_path,
    load_stream,
    load_text,
)
from factcheck.documents.loaders import FolderErrorHandler
from factcheck.errors import (
    FactcheckError,
    InputError,
    InputWarning,
    ModelsMissingError,
    WorkspaceError,
)
from factcheck.quantities import extract_quantities
from factcheck.reattach import match_reviews
from factcheck.records import Claim, Document
from factcheck.sides import SIDES_FILE_NAME, load_sides_toml
from factcheck.workspace import Workspace

#: Stages in the order a document passes them; progress callbacks name these.
STAGES: tuple[str, ...] = ("load", "parse", "extract")
#: The path that means "read the text from standard input".
STDIN = "-"

StageCallback = Callable[[str, str], None]
#: Told what the current stage is doing, with the sentences it has ("depparse · 812 of 940
#: sentences"), so a long document shows more than its stage and a clock.
StepCallback = Callable[[str], None]


@dataclass
class Skipped:
    path: str
    reason: str


@dataclass
class AnalysisReport:
    documents: int = 0
    sentences: int = 0
    entities: int = 0
    claims: int = 0
    non_claims: int = 0
    parsed: int = 0
    cached: int = 0
    parse_seconds: float = 0.0
    seconds: float = 0.0
    skipped: list[Skipped] = field(default_factory=list)
    #: Files read by a guess the user should check ("3 bytes are not UTF-8").
    notes: list[str] = field(default_factory=list)
    #: Seconds per stage of this run: each stanza processor parsed now, then "extract".
    stages: dict[str, float] = field(default_factory=dict)
    #: Old versions of edited files dropped for their new text.
    replaced: int = 0
    #: Reviews found again on a claim whose id changed.
    reattached: int = 0
    #: Reviews, in the whole workspace after this run, whose claim could not be found.
    orphaned: int = 0
    #: Aliases in a folder's aliases.toml left alone because a person decided otherwise.
    aliases_kept: int = 0


@dataclass(frozen=True, slots=True)
class ParseResult:
    sdoc: Any
    cached: bool
    seconds: float


def parse_cached(ws: Workspace, doc: Document, *,
                 models_dir: str | os.PathLike[str] | None = None,
                 parse_mode: str = nlp.DEFAULT_PARSE_MODE,
                 stages: dict[str, float] | None = None,
                 on_step: StepCallback | None = None) -> ParseResult:
    """The stanza parse of ``doc``, from the workspace when these models made it this way before."""
    fingerprint = nlp.fingerprint(models_dir, parse_mode)
    stored = ws.get_parse(doc.sha256, fingerprint)
    if stored is not None:
        return ParseResult(nlp.deserialize(stored), cached=True, seconds=0.0)
    started = time.perf_counter()
    sdoc = nlp.parse(doc.text, models_dir, mode=parse_mode, times=stages, on_step=on_step)
    seconds = time.perf_counter() - started
    ws.put_parse(doc.sha256, fingerprint, nlp.serialize(sdoc), seconds=seconds,
                 sentences=len(sdoc.sentences), entities=len(sdoc.ents))
    return ParseResult(sdoc, cached=False, seconds=seconds)


def with_quantities(claim: Claim) -> Claim:
    if claim.non_claim:
        return claim
    found = extract_quantities(claim.content.text, offset=claim.content.start)
    return dataclasses.replace(claim, quantities=found)


def claims_for(doc: Document, sdoc: Any, aliases: dict[str, str]) -> list[Claim]:
    return [with_quantities(c) for c in extract_claims(doc, sdoc, aliases=aliases)]


def folder_files(folders: Iterable[Path], name: str) -> Iterator[Path]:
    """The file called ``name`` in each folder being analysed that has one: its
    ``aliases.toml`` and ``sides.toml`` apply to that run and after."""
    for folder in folders:
        if (found := Path(folder) / name).is_file():
            yield found


def import_folder_aliases(ws: Workspace, paths: Iterable[Path]) -> int:
    """An ``aliases.toml`` inside a folder being analysed applies to that run and after.

    It never overrides a reviewer's own merge, rename or split; returns how many it left.
    """
    return sum(ws.import_aliases(load_alias_toml(alias_file), origin=str(alias_file))
               for alias_file in folder_files(paths, ALIAS_FILE_NAME))


def reattach_reviews(ws: Workspace, doc: Document, claims: list[Claim], *,
                     older: Iterable[str] = (), by_source: bool = True) -> int:
    """Re-attach the reviews made on ``doc``, its ``older`` versions or (``by_source``)
    any earlier text of its file, whose claim id is gone.

    Returns how many were found again; the rest stay stored as orphans.
    """
    here = {doc.doc_id, *older}
    present = {c.claim_id for c in claims}
    lost = {cid: anchor for cid, anchor in ws.anchors().items()
            if anchor is not None and cid not in present
            and (anchor.doc_id in here or (by_source and anchor.source == doc.source))}
    if not lost:
        return 0
    reviewed = set(ws.reviews())
    free = [c for c in claims if c.claim_id not in reviewed]
    found = match_reviews(lost, free, {doc.doc_id: doc})
    ws.reattach_reviews(found)
    return len(found)


def import_folder_sides(ws: Workspace, paths: Iterable[Path]) -> None:
    """A ``sides.toml`` inside a folder being analysed applies to that run and after."""
    for sides_file in folder_files(paths, SIDES_FILE_NAME):
        for side in load_sides_toml(sides_file):
            ws.set_side(side, origin=str(sides_file))


def analyze_document(ws: Workspace, doc: Document, report: AnalysisReport, *,
                     models_dir: str | os.PathLike[str] | None = None,
                     parse_mode: str = nlp.DEFAULT_PARSE_MODE,
                     on_stage: StageCallback | None = None,
                     on_step: StepCallback | None = None,
                     replaces_older: bool = True) -> list[Claim]:
    """Parse (or reuse), extract and store one document, carrying its reviews along.

    With ``replaces_older`` a stored document from the same source with other text is
    an old version: its reviews move to the new claims and it is dropped.
    """
    notify = on_stage or (lambda stage, source: None)
    notify("parse", doc.source)
    parsed = parse_cached(ws, doc, models_dir=models_dir, parse_mode=parse_mode,
                          stages=report.stages, on_step=on_step)
    notify("extract", doc.source)
    if on_step:
        on_step(f"{len(parsed.sdoc.sentences):,} sentences")
    started = time.perf_counter()
    claims = claims_for(doc, parsed.sdoc, ws.aliases())
    report.stages["extract"] = report.stages.get("extract", 0.0) + time.perf_counter() - started
    with ws.transaction():  # a document is stored with its claims or not at all
        ws.put_document(doc)
        ws.replace_claims(doc.doc_id, claims)
        older = ws.older_versions(doc) if replaces_older else []
        report.reattached += reattach_reviews(ws, doc, claims, older=older,
                                              by_source=replaces_older)
        for old in older:
            ws.remove_document(old)
        report.replaced += len(older)
    report.documents += 1
    report.sentences += len(parsed.sdoc.sentences)
    report.entities += len(parsed.sdoc.ents)
    report.claims += sum(not c.non_claim for c in claims)
    report.non_claims += sum(c.non_claim for c in claims)
    report.parsed += not parsed.cached
    report.cached += parsed.cached
    report.parse_seconds += parsed.seconds
    return claims


def analyze_paths(ws: Workspace, paths: Iterable[str | Path], *,
                  documents: Iterable[Document] = (),
                  models_dir: str | os.PathLike[str] | None = None,
                  parse_mode: str = nlp.DEFAULT_PARSE_MODE,
                  stdin: TextIO | None = None,
                  on_stage: StageCallback | None = None,
                  on_document: Callable[[int, int], None] | None = None,
                  on_step: StepCallback | None = None) -> AnalysisReport:
    """Analyse every supported file under ``paths`` (``-`` reads ``stdin``), then ``documents``.

    A file or folder that cannot be read is skipped and reported; so is a document
    that trips a bug in the analysis, named with the error. The others go on.
    """
    started = time.perf_counter()
    nlp.check_models(models_dir)
    given = [str(p) for p in paths]
    roots = [Path(p) for p in given if p != STDIN]
    report = AnalysisReport()
    folders = [p for p in roots if p.is_dir()]
    report.aliases_kept = import_folder_aliases(ws, folders)
    import_folder_sides(ws, folders)

    def skip_folder(folder: Path, error: InputError) -> None:
        report.skipped.append(Skipped(display_name(folder), str(error)))

    loaders = list(_loaders(roots, stdin if STDIN in given else None, skip_folder))
    loaders += [(doc.source, functools.partial(_given, doc)) for doc in documents]
    for number, (source, load) in enumerate(loaders, start=1):
        if on_stage:
            on_stage("load", source)
        try:
            analyze_document(ws, _noting(load, report), report, models_dir=models_dir,
                             parse_mode=parse_mode, on_stage=on_stage, on_step=on_step,
                             replaces_older=source != STDIN)
        except ModelsMissingError:
            raise  # every next document would fail the same way
        except FactcheckError as exc:
            report.skipped.append(Skipped(source, str(exc)))
        except sqlite3.Error as exc:  # the workspace, not this document: every next one would fail
            raise WorkspaceError(f"{ws.path}: stopped at {source}, workspace error ({exc}); "
                                 "documents before it are saved") from None
        except Exception as exc:  # one document's bug must not cost the rest of the run
            report.skipped.append(Skipped(source, _internal_error(source, exc)))
        if on_document:
            on_document(number, len(loaders))
    report.orphaned = len(ws.orphaned_reviews())
    report.seconds = time.perf_counter() - started
    return report


def _noting(load: Callable[[], Document], report: AnalysisReport) -> Document:
    """Load, keeping any InputWarning the loader raised as a note for the summary."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        document = load()
    report.notes.extend(str(w.message) for w in caught if issubclass(w.category, InputWarning))
    return document


def _internal_error(source: str, exc: Exception) -> str:
    detail = str(exc).strip().partition("\n")[0]
    return (f"{source}: analysis failed ({type(exc).__name__}: {detail}); "
            "this is a factcheck bug, please report it with the file")


def _given(doc: Document) -> Document:
    return doc


def _load_stdin(stdin: TextIO) -> Document:
    """Bytes when the stream has them, so they decode as a file's would; read bounded."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return load_stream(buffer)
    return load_text(stdin.read(MAX_BYTES + 1))


def _loaders(roots: list[Path], stdin: TextIO | None,
             on_error: FolderErrorHandler) -> Iterator[tuple[str, Callable[[], Document]]]:
    """(source name, loader) pairs, so one unreadable input never stops the rest."""
    if stdin is not None:
        yield STDIN, functools.partial(_load_stdin, stdin)
    for path in iter_paths(roots, on_error=on_error):
        yield display_name(path), functools.partial(load_path, path)
