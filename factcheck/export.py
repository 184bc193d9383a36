"""The comparison CSV: one row per claim and number, every claim exported with its review status.

``claim_rows`` and ``pair_rows`` are pure functions over records and the decisions
layer (``factcheck.decisions``, which the app reads too); ``write_export``
reads a workspace and writes ``claims.csv`` (at the path given), ``pairs.csv``,
``conflicts.csv`` (``conflict_rows``: each event's counts side by side, from
``factcheck.comparison``) and ``export.json`` (provenance) beside it.

Files are UTF-8 with RFC 4180 quoting and CRLF line ends. No cell can run as a
spreadsheet formula: a value that starts with ``=``, ``+``, ``-``, ``@``, tab or
carriage return is written with one ``'`` in front (OWASP's advice for CSV
injection). ``export.json`` says so, and stripping that one character gives back
the exact value, so ``quote`` still equals ``text[char_start:char_end]``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Final

from factcheck import __version__
from factcheck.align import HUMAN, RUN_STAGE
from factcheck.align.features import amount_of
from factcheck.comparison import EventComparison, cell_text, event_comparisons
from factcheck.decisions import Decisions, PlacedGroup
from factcheck.documents import display_name
from factcheck.documents.decoding import without_invisible
from factcheck.errors import InputError, WorkspaceError
from factcheck.outputs import check_targets, read_head, write_set
from factcheck.records import (
    Claim,
    Document,
    Quantity,
    QuantityKind,
    Relation,
    Review,
    ReviewStatus,
)
from factcheck.sides import BUILT_IN, SideTable
from factcheck.workspace import Workspace, now_iso

EXPORT_SCHEMA_VERSION: Final = 1

CLAIM_COLUMNS: Final[tuple[str, ...]] = (
    "schema_version", "run_id", "exported_at",
    "group_id", "group_label", "group_has_conflict",
    "claim_id", "doc_id", "source_name", "source_url", "published_at", "doc_sha256",
    "sentence_index", "char_start", "char_end", "quote",
    "claimant_raw", "claimant_canonical", "claimant_kind", "cue", "attribution_type", "hedge",
    "via",
    "content",
    "quantity_text", "quantity_low", "quantity_high", "quantity_kind", "target", "predicate",
    "relation", "relation_basis", "similarity",
    "review_status", "reviewer", "reviewed_at", "review_note",
    # added after the first release, so at the end: what a number measures, its casualty
    # class and the kind of people it counts; the id of the claim a denial denies
    "quantity_measure", "counted", "who", "side", "denies",
)
PAIR_COLUMNS: Final[tuple[str, ...]] = (
    "group_id", "claim_a", "claim_b", "similarity", "relation", "relation_basis", "review_status",
    "comparison",
    # added after the first release, so at the end: who said what, beside the ids
    "claimant_a", "claimant_b", "numbers_a", "numbers_b",
)
#: conflicts.csv: one row per event, counted class and side, and claimant's range.
CONFLICT_COLUMNS: Final[tuple[str, ...]] = (
    "event_id", "event", "comparison", "counted", "who", "side",
    "claimant", "low", "high", "kind", "range", "hedge", "outlets", "first_reported",
    "review_status", "has_conflict", "conflicts_with", "claim_ids",
)

#: first characters that make a spreadsheet evaluate a cell, and what neutralises them;
#: full-width forms too, and after invisible characters (a zero-width space first).
FORMULA_TRIGGERS: Final[tuple[str, ...]] = ("=", "+", "-", "@", "\t", "\r",
                                            "\uff1d", "\uff0b", "\uff0d", "\uff20")
NEUTRALISER: Final = "'"
#: several values in one cell (speakers, predicates) are joined with this.
JOIN: Final = "; "
#: the files written beside claims.csv.
PAIRS_NAME: Final = "pairs.csv"
JSON_NAME: Final = "export.json"
CONFLICTS_NAME: Final = "conflicts.csv"
#: how much of an existing pairs.csv/export.json is read to tell whether an export wrote it.
_HEAD_BYTES: Final = 4096
#: strongest first: a claim's row shows the strongest relation it has in its group.
_RELATION_RANK: Final[tuple[Relation, ...]] = (
    Relation.CONFLICTING, Relation.CONSISTENT, Relation.UNCLEAR,
)

Row = dict[str, str]


@dataclass(frozen=True, slots=True)
class ExportSummary:
    claims_csv: Path
    pairs_csv: Path
    export_json: Path
    claims: int
    rows: int
    pairs: int
    groups: int
    conflicting_groups: int
    conflicts_csv: Path
    #: conflicts.csv rows, and how many of them name a disagreeing claimant
    comparison_rows: int
    disagreeing_rows: int


def neutralise(cell: str) -> str:
    return NEUTRALISER + cell if _is_formula(cell) else cell


def restore(cell: str) -> str:
    """The value before ``neutralise``: what a reader strips to compare with the text."""
    if cell.startswith(NEUTRALISER) and _is_formula(cell[1:]):
        return cell[1:]
    return cell


def _is_formula(cell: str) -> bool:
    return without_invisible(cell).startswith(FORMULA_TRIGGERS)


def claim_rows(claims: Iterable[Claim], *, documents: Mapping[str, Document],
               decisions: Decisions, run_id: str = "", exported_at: str = "",
               sides: SideTable = BUILT_IN) -> list[Row]:
    """One row per claim and quantity (one row for a claim without numbers), values unescaped.

    Groups, claimants and statuses come from ``decisions``, as the app shows them; ``sides``
    (the workspace's table) names the side each count of people is of.
    """
    rows = []
    for claim in claims:
        doc = documents[claim.doc_id]
        common = {
            "schema_version": str(EXPORT_SCHEMA_VERSION), "run_id": run_id,
            "exported_at": exported_at,
            **_group_cells(claim.claim_id, decisions),
            **_claim_cells(claim, doc, decisions.claimants(claim.claim_id)),
            **_review_cells(decisions.review(claim.claim_id)),
        }
        for quantity in claim.quantities or (None,):
            rows.append({column: common.get(column, "") for column in CLAIM_COLUMNS}
                        | _quantity_cells(quantity)
                        | _side_cells(quantity, claim, decisions.claimants(claim.claim_id),
                                      sides))
    return rows


def pair_rows(decisions: Decisions, sides: SideTable = BUILT_IN) -> list[Row]:
    """Every stored pair, suggestions included, filed under claim_a's group as the app has it;
    its status is the weaker of its two claims'. Each side's claimants and the numbers it
    gives in the pair's comparison stand beside the ids."""
    return [{
        "group_id": decisions.group_of.get(pair.claim_a, ""), "claim_a": pair.claim_a,
        "claim_b": pair.claim_b, "similarity": _number(pair.similarity),
        "relation": pair.relation.value, "relation_basis": pair.basis,
        "review_status": decisions.pair_status(pair).value, "comparison": pair.comparison,
        "claimant_a": JOIN.join(decisions.claimants(pair.claim_a)),
        "claimant_b": JOIN.join(decisions.claimants(pair.claim_b)),
        "numbers_a": _numbers_in(pair.claim_a, pair.comparison, decisions, sides),
        "numbers_b": _numbers_in(pair.claim_b, pair.comparison, decisions, sides),
    } for pair in decisions.stored_pairs()]


def _numbers_in(claim_id: str, comparison: str, decisions: Decisions, sides: SideTable) -> str:
    """The claim's counts compared in ``comparison`` (all its counts when the pair was
    related by embedding, with no comparison), as a reader checks them: ``84``, ``≥20``."""
    claim = decisions.claims[claim_id]
    claimants = decisions.claimants(claim_id)
    found = [q for q in claim.quantities
             if (amount := amount_of(q, claim, claimants, sides)) is not None
             and (not comparison or amount.comparison == comparison)]
    return JOIN.join(cell_text(None if q.kind is QuantityKind.AT_MOST else q.low, q.high,
                               q.kind, q.text) for q in found)


def conflict_rows(events: Iterable[EventComparison]) -> list[Row]:
    """Side by side, as a spreadsheet user compares them: per event and count, each
    claimant's range, and the claimants whose ranges cannot hold with it, named."""
    return [{
        "event_id": event.event_id, "event": event.label, "comparison": row.comparison,
        "counted": row.counted, "who": row.who, "side": row.side, "claimant": cell.claimant,
        "low": _number(cell.low), "high": _number(cell.high), "kind": cell.kind.value,
        "range": cell.text, "hedge": cell.hedge, "outlets": str(cell.outlets),
        "first_reported": cell.first_reported, "review_status": cell.status.value,
        "has_conflict": _bool(bool(row.counterparts(cell))),
        "conflicts_with": JOIN.join(f"{o.claimant} {o.text}" for o in row.counterparts(cell)),
        "claim_ids": JOIN.join(cell.claim_ids),
    } for event in events for row in event.rows for cell in row.cells]


def export_order(decisions: Decisions) -> list[Claim]:
    """Exported claims (non-claims stay out) by their group's stored place, document, offset."""
    def position(claim: Claim) -> int:
        group = decisions.groups.get(decisions.group_of.get(claim.claim_id, ""))
        return group.position if group else len(decisions.groups)

    return sorted((c for c in decisions.claims.values() if not c.non_claim),
                  key=lambda c: (position(c), c.doc_id, c.content.start))


def _group_cells(claim_id: str, decisions: Decisions) -> Row:
    """The strongest relation the claim has in its group, with that pair's basis and score."""
    group: PlacedGroup = decisions.groups[decisions.group_of[claim_id]]
    mine = [p for p in group.pairs if claim_id in (p.claim_a, p.claim_b)]
    best = min(mine, key=lambda p: (_RELATION_RANK.index(p.relation), -p.similarity),
               default=None)
    if claim_id in decisions.moved:
        relation, basis = Relation.UNCLEAR.value, HUMAN
    elif len(group.claim_ids) < 2:
        relation, basis = Relation.SINGLE.value, ""
    else:
        relation = best.relation.value if best else Relation.UNCLEAR.value
        basis = best.basis if best else ""
    return {
        "group_id": group.group_id, "group_label": group.label,
        "group_has_conflict": _bool(group.has_conflict), "relation": relation,
        "relation_basis": basis, "similarity": _number(best.similarity) if best else "",
    }


def _claim_cells(claim: Claim, doc: Document, claimants: Sequence[str]) -> Row:
    quote = claim.sentence or claim.content
    return {
        "claim_id": claim.claim_id, "doc_id": claim.doc_id,
        "source_name": doc.outlet or doc.title or doc.source, "source_url": doc.url or "",
        "published_at": doc.published or "", "doc_sha256": doc.sha256,
        "sentence_index": str(claim.sentence_index),
        "char_start": str(quote.start), "char_end": str(quote.end), "quote": quote.text,
        "claimant_raw": JOIN.join(s.text for s in claim.speakers),
        "claimant_canonical": JOIN.join(claimants),
        "claimant_kind": JOIN.join(dict.fromkeys(s.kind.value for s in claim.speakers)),
        "cue": claim.cue.text if claim.cue else "", "attribution_type": claim.type.value,
        "hedge": claim.hedge, "via": claim.via.text if claim.via else "",
        "content": claim.content.text, "denies": claim.denies,
    }


def _quantity_cells(quantity: Quantity | None) -> Row:
    if quantity is None:
        return {}
    return {
        "quantity_text": quantity.text, "quantity_low": _number(quantity.low),
        "quantity_high": _number(quantity.high), "quantity_kind": quantity.kind.value,
        "target": quantity.target or "", "predicate": JOIN.join(quantity.predicates),
        "quantity_measure": quantity.measure.value, "counted": quantity.counted or "",
        "who": quantity.who or "",
    }


def _side_cells(quantity: Quantity | None, claim: Claim, claimants: Sequence[str],
                sides: SideTable) -> Row:
    amount = amount_of(quantity, claim, claimants, sides) if quantity else None
    return {"side": amount.side if amount else ""}


def _review_cells(review: Review) -> Row:
    return {"review_status": review.status.value, "reviewer": review.reviewer,
            "reviewed_at": review.reviewed_at, "review_note": review.note}


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


def _bool(value: bool) -> str:
    return "true" if value else "false"


# writing ------------------------------------------------------------------------------------


def csv_bytes(columns: Sequence[str], rows: Iterable[Row]) -> bytes:
    """RFC 4180, UTF-8, every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([neutralise(row[c]) for c in columns] for row in rows)
    return buffer.getvalue().encode("utf-8")


def export_paths(csv_path: Path) -> tuple[Path, Path, Path, Path]:
    """claims.csv, pairs.csv, conflicts.csv and export.json, checked before any work: see
    ``check_targets``.

    The files beside claims.csv are replaced only when absent or written by an earlier
    export, so a --csv into a folder holding someone's own pairs.csv is refused.
    """
    csv_path = Path(csv_path)
    paths = (csv_path, csv_path.with_name(PAIRS_NAME), csv_path.with_name(CONFLICTS_NAME),
             csv_path.with_name(JSON_NAME))
    check_targets(paths)
    json_head = read_head(paths[3], _HEAD_BYTES)
    beside = ((paths[1], PAIRS_NAME, PAIR_COLUMNS), (paths[2], CONFLICTS_NAME, CONFLICT_COLUMNS))
    for path, name, columns in beside:
        if os.path.lexists(path) and not _our_csv(read_head(path, _HEAD_BYTES), json_head,
                                                  name, columns):
            raise InputError(f"{display_name(path)}: exists and was not written by factcheck; "
                             "move it or write the export to another folder")
    if os.path.lexists(paths[3]) and not _our_json(json_head):
        raise InputError(f"{display_name(paths[3])}: exists and was not written by factcheck; "
                         "move it or write the export to another folder")
    return paths


def _our_csv(head: bytes, json_head: bytes, name: str, columns: Sequence[str]) -> bool:
    """Empty (a crash left it: nothing to lose), in today's columns, or named by our export.json.

    The last covers a file an older factcheck wrote with other columns.
    """
    return (not head or head.startswith(",".join(columns).encode() + b"\r\n")
            or (_our_json(json_head) and f'"{name}"'.encode() in json_head))


def _our_json(head: bytes) -> bool:
    return not head.strip() or (b'"factcheck_version"' in head
                                and head.lstrip().startswith(b"{"))


def write_export(ws: Workspace, csv_path: Path) -> ExportSummary:
    """Write claims.csv at ``csv_path`` and pairs.csv, conflicts.csv and export.json beside
    it, as one set: the folder is the export."""
    csv_path, pairs_path, conflicts_path, json_path = export_paths(csv_path)
    documents = {d.doc_id: d for d in ws.documents()}
    if not documents:
        raise WorkspaceError(f"{ws.path}: no documents to export; run `factcheck analyze` first")
    decisions, sides = Decisions.load(ws), ws.side_table()
    claims = export_order(decisions)
    run_id, run = ws.last_run(RUN_STAGE) or ("", {})
    exported_at = now_iso()
    rows = claim_rows(claims, documents=documents, decisions=decisions, run_id=run_id,
                      exported_at=exported_at, sides=sides)
    pairs = pair_rows(decisions, sides)
    compared = conflict_rows(event_comparisons(decisions, documents, sides))
    groups = decisions.groups.values()
    summary = ExportSummary(csv_path, pairs_path, json_path, len(claims), len(rows), len(pairs),
                            len(groups), sum(g.has_conflict for g in groups), conflicts_path,
                            len(compared), sum(r["has_conflict"] == "true" for r in compared))
    claims_data, pairs_data = csv_bytes(CLAIM_COLUMNS, rows), csv_bytes(PAIR_COLUMNS, pairs)
    conflicts_data = csv_bytes(CONFLICT_COLUMNS, compared)
    provenance = export_info(ws, summary, documents=documents.values(), run_id=run_id, run=run,
                             exported_at=exported_at,
                             statuses=[decisions.status(c.claim_id) for c in claims])
    provenance["sha256"] = {"claims": _sha256(claims_data), "pairs": _sha256(pairs_data),
                            "conflicts": _sha256(conflicts_data)}
    json_data = (json.dumps(provenance, indent=2, ensure_ascii=False) + "\n").encode()
    write_set({csv_path: claims_data, pairs_path: pairs_data, conflicts_path: conflicts_data,
               json_path: json_data})
    return summary


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def export_info(ws: Workspace, summary: ExportSummary, *, documents: Iterable[Document],
                run_id: str, run: Mapping[str, Any], exported_at: str,
                statuses: Iterable[ReviewStatus]) -> dict[str, Any]:
    """export.json: what made these files, from which inputs, and how to read their cells."""
    return {
        "schema_version": EXPORT_SCHEMA_VERSION,
        "factcheck_version": __version__,
        "exported_at": exported_at,
        "run_id": run_id,
        "workspace": display_name(ws.path),
        "workspace_schema_version": ws.schema_version,
        "files": {"claims": display_name(summary.claims_csv.name),
                  "pairs": summary.pairs_csv.name, "conflicts": summary.conflicts_csv.name},
        "models": {
            "embedding": run.get("embedding_model"),
            "libraries": {name: _installed(name) for name in
                          ("stanza", "sentence-transformers", "torch", "text2num")},
        },
        "thresholds": {"link": run.get("link"), "suggest": run.get("suggest")},
        "inputs": [{"doc_id": d.doc_id, "source": d.source, "sha256": d.sha256}
                   for d in documents],
        "counts": {
            "claims": summary.claims, "claim_rows": summary.rows, "pairs": summary.pairs,
            "groups": summary.groups, "conflicting_groups": summary.conflicting_groups,
            "comparison_rows": summary.comparison_rows,
            "disagreeing_rows": summary.disagreeing_rows,
            "reviews": dict(Counter(s.value for s in statuses
                                    if s is not ReviewStatus.UNREVIEWED)),
        },
        "csv": {
            "encoding": "utf-8", "quoting": "RFC 4180", "line_terminator": "CRLF",
            "claim_columns": list(CLAIM_COLUMNS), "pair_columns": list(PAIR_COLUMNS),
            "conflict_columns": list(CONFLICT_COLUMNS),
            "multiple_values_joined_by": JOIN,
            "quantity_high_empty_means": "no upper bound (or no number at all when "
                                         "quantity_low is empty too)",
        },
        "formula_neutralisation": {
            "triggers": list(FORMULA_TRIGGERS),
            "prefix": NEUTRALISER,
            "applies_to": "every cell in every CSV file",
            "to_restore": "remove one leading prefix from a cell whose next character, after "
                          "any invisible ones (zero-width, bidi, BOM), is a trigger; quote then "
                          "equals the document text[char_start:char_end]",
        },
        "relation_basis": {
            "numeric-range": "counts of the same people compared as ranges",
            "embedding": "grouped by similarity; no comparable counts",
            "suggested": "pairs.csv only: alike, but left in different groups",
            "human": "a reviewer moved the claim to this group",
        },
    }


def _installed(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None
