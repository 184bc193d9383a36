"""The real-conflict-reporting benchmark: disputed tolls in multi-outlet wire copy.

``benchmarks/conflicts/`` holds events (one folder each, ``FORMAT.md`` there says how)
whose articles were rewritten in the project's own words from real reporting, with
gold numeric claims and the disagreements a reader must see. This module loads a
split, runs the product as a user would (analyse the folders into one workspace,
align, export ``claims.csv``) and scores that file, so what is measured is exactly
what a user gets:

- *numeric recall*: attributed gold claims found with the right claimant and every
  number (low and high, open bounds included);
- *numeric precision*: exported rows with a count that match a gold claim;
- *disagreements surfaced*: gold pairs whose two claims sit in one group flagged
  conflicting;
- *groups mixing events* and *spurious conflicts* (a conflicting group that holds
  no gold disagreement).

Every miss is kept with its cause so the report says where the product fails.
"""

from __future__ import annotations

import csv
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from rapidfuzz import fuzz

#: kinds of number a claims.csv row may carry that are never a count of people.
NOT_COUNTS: Final[frozenset[str]] = frozenset({
    "percent", "ratio", "duration", "distance", "date", "time", "age", "sources", "money",
})
#: how close two claimant names must be (rapidfuzz token_set_ratio) to name one party.
NAME_MATCH: Final = 90
#: how close a gold sentence must be to the stored text when the text was normalised.
SENTENCE_MATCH: Final = 90
#: several values in one claims.csv cell are joined with this.
JOIN: Final = "; "
#: a claims.csv cell written with this in front was neutralised against formulas.
NEUTRALISER: Final = "'"

Row = dict[str, str]


@dataclass(frozen=True, slots=True)
class GoldClaim:
    id: str
    event: str
    article: str
    sentence: str
    claimant: str
    claimant_text: str
    number_text: str
    low: float | None
    high: float | None
    kind: str
    counted: str
    who: str
    side: str
    cue: str = ""
    hedge: str = "none"
    note: str = ""

    @property
    def attributed(self) -> bool:
        return bool(self.claimant)


@dataclass(frozen=True, slots=True)
class Disagreement:
    event: str
    a: str
    b: str
    why: str


@dataclass(frozen=True, slots=True)
class Distractor:
    event: str
    article: str
    sentence: str
    number_text: str
    kind: str


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    split: str
    conflict: str
    folder: Path
    articles: tuple[str, ...]
    claims: tuple[GoldClaim, ...]
    disagreements: tuple[Disagreement, ...]
    distractors: tuple[Distractor, ...]


def load_events(root: Path, split: str | None = None) -> list[Event]:
    """Every event under ``root`` (of one split when given), in folder order."""
    events = [_load_event(folder) for folder in sorted(root.iterdir())
              if (folder / "event.toml").is_file()]
    return [e for e in events if split is None or e.split == split]


def _load_event(folder: Path) -> Event:
    meta = tomllib.loads((folder / "event.toml").read_text(encoding="utf-8"))
    gold = tomllib.loads((folder / "gold.toml").read_text(encoding="utf-8"))
    event_id = str(meta["id"])
    claims = tuple(_gold_claim(event_id, c) for c in gold.get("claim", ()))
    return Event(
        id=event_id, split=str(meta["split"]), conflict=str(meta.get("conflict", "")),
        folder=folder, articles=tuple(sorted(p.name for p in folder.glob("*.md"))),
        claims=claims,
        disagreements=tuple(Disagreement(event_id, str(d["a"]), str(d["b"]), str(d.get("why", "")))
                            for d in gold.get("disagreement", ())),
        distractors=tuple(Distractor(event_id, str(d["article"]), str(d["sentence"]),
                                     str(d["number_text"]), str(d.get("kind", "other")))
                          for d in gold.get("distractor", ())),
    )


def _gold_claim(event_id: str, raw: Mapping[str, Any]) -> GoldClaim:
    def number(key: str) -> float | None:
        value = raw.get(key)
        return None if value is None else float(value)

    return GoldClaim(
        id=str(raw["id"]), event=event_id, article=str(raw["article"]),
        sentence=str(raw["sentence"]), claimant=str(raw.get("claimant", "")),
        claimant_text=str(raw.get("claimant_text", "")), number_text=str(raw["number_text"]),
        low=number("low"), high=number("high"), kind=str(raw.get("kind", "exact")),
        counted=str(raw.get("counted", "")), who=str(raw.get("who", "")),
        side=str(raw.get("side", "")), cue=str(raw.get("cue", "")),
        hedge=str(raw.get("hedge", "none")), note=str(raw.get("note", "")),
    )


def read_claims_csv(path: Path) -> list[Row]:
    """claims.csv rows with each neutralised cell given back as it was."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: _restore(v) for k, v in row.items()} for row in csv.DictReader(handle)]


def _restore(cell: str) -> str:
    return cell[1:] if cell.startswith(NEUTRALISER) else cell


# --- where each gold claim sits in the stored text -------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """Where a gold number sits in its stored document: ``doc_id`` and character offsets."""

    doc_id: str
    sentence: tuple[int, int]
    number: tuple[int, int]


def locate(text: str, sentence: str, number_text: str) -> tuple[tuple[int, int],
                                                               tuple[int, int]] | None:
    """The sentence's and its number's offsets in ``text``; fuzzy where the text was normalised."""
    start = text.find(sentence)
    if start < 0:
        found = fuzz.partial_ratio_alignment(sentence, text, score_cutoff=SENTENCE_MATCH)
        if found is None:
            return None
        start = found.dest_start
        sentence = text[found.dest_start:found.dest_end]
    end = start + len(sentence)
    at = text.find(number_text, start, end)
    if at < 0:
        at = text.casefold().find(number_text.casefold(), start, end)
    number = (at, at + len(number_text)) if at >= 0 else (start, end)
    return (start, end), number


# --- matching ------------------------------------------------------------------------------


def _name(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    folded = re.sub(r"[^\w\s]", " ", folded)
    folded = re.sub(r"^\s*the\s+", "", folded)
    return " ".join(folded.split())


def names_match(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    """Whether any predicted name names a gold party (equal, contained, or nearly equal)."""
    wanted = [n for n in (_name(g) for g in gold) if n]
    for raw in predicted:
        name = _name(raw)
        if not name:
            continue
        for g in wanted:
            if name == g or re.search(rf"\b{re.escape(g)}\b", name) or \
                    re.search(rf"\b{re.escape(name)}\b", g) or \
                    fuzz.token_set_ratio(name, g) >= NAME_MATCH:
                return True
    return False


def _cell_number(cell: str) -> float | None:
    if not cell.strip():
        return None
    value = float(cell)
    return None if value in (float("inf"), float("-inf")) else value


#: kinds whose gold gives one point (or a floor) where the product may give a band around it.
BANDED: Final[frozenset[str]] = frozenset({"approx", "vague"})


def numbers_match(row: Row, claim: GoldClaim) -> bool:
    """The row's range is the gold range: both bounds equal, an open bound open on both.

    "About 150" is gold [150, 150] approx; the product may read it as a band (135-165):
    an approximate or vague gold number matches a row of the same kind whose band holds it.
    A vague amount is its words: the gold's bounds for "several hundred" (at least 200) are
    one convention, the product's (300-900) another, so a vague row of the same words matches.
    """
    try:
        low, high = _cell_number(row["quantity_low"]), _cell_number(row["quantity_high"])
    except ValueError:
        return False
    if _same(low, claim.low) and _same(high, claim.high):
        return True
    if claim.kind == "vague" and row.get("quantity_kind") == "vague" and \
            _name(row.get("quantity_text", "")) == _name(claim.number_text):
        return True
    point = claim.low if claim.low is not None else claim.high
    return (claim.kind in BANDED and row.get("quantity_kind") == claim.kind and point is not None
            and (low is None or low <= point) and (high is None or point <= high))


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-6)


def is_count_row(row: Row) -> bool:
    """A row a reader would compare as a count: it carries a number of some kind of thing.

    A number the export itself says measures something else (a duration, a distance, an
    age, a count of sources) is not offered for comparison, so it is not counted here.
    """
    has_number = bool(row.get("quantity_low", "").strip() or row.get("quantity_high", "").strip())
    measure = row.get("quantity_measure", "")
    kinds = {row.get("quantity_kind", ""), measure}
    return has_number and measure in ("", "count") and not (kinds & NOT_COUNTS)


def _covers(row: Row, place: Place) -> bool:
    if row["doc_id"] != place.doc_id:
        return False
    start, end = int(row["char_start"]), int(row["char_end"])
    n_start, n_end = place.number
    inside = start <= n_start and n_end <= end
    return inside or (start < place.sentence[1] and place.sentence[0] < end)


def _claimant_names(row: Row) -> list[str]:
    return [*row.get("claimant_canonical", "").split(JOIN),
            *row.get("claimant_raw", "").split(JOIN)]


def claimant_right(row: Row, claim: GoldClaim, outlet: str) -> bool:
    """The row names the gold claimant; an outlet's own statement has none, or the outlet."""
    names = [n for n in _claimant_names(row) if n.strip()]
    if not claim.attributed:
        return not names or names_match(names, [outlet])
    return names_match(names, [claim.claimant, claim.claimant_text])


# --- scoring -------------------------------------------------------------------------------

#: why a gold claim was missed, worst first; the report counts each.
CAUSES: Final[tuple[str, ...]] = (
    "sentence not found in stored text",
    "no claim covers the number",
    "claim found, number not read",
    "number misread",
    "claimant wrong",
)


@dataclass
class Miss:
    claim: GoldClaim
    cause: str
    seen: list[str] = field(default_factory=list)


@dataclass
class Scores:
    split: str
    events: int
    articles: int
    gold: int
    gold_attributed: int
    found: int
    numeric_rows: int
    numeric_rows_right: int
    disagreements: int
    surfaced: int
    groups: int
    groups_mixing: int
    conflicting_groups: int
    spurious: int
    distractors: int
    distractors_compared: int
    unattributed_found: int
    misses: list[Miss] = field(default_factory=list)
    unsurfaced: list[str] = field(default_factory=list)
    mixing: list[str] = field(default_factory=list)
    spurious_groups: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold_attributed if self.gold_attributed else 0.0

    @property
    def precision(self) -> float:
        return self.numeric_rows_right / self.numeric_rows if self.numeric_rows else 0.0

    def causes(self) -> Counter[str]:
        return Counter(m.cause for m in self.misses if m.claim.attributed)


@dataclass(frozen=True, slots=True)
class StoredDoc:
    """What the scorer needs of a stored document: its id, text, outlet, event and article."""

    doc_id: str
    text: str
    outlet: str
    event: str
    article: str


def score(split: str, events: Sequence[Event], docs: Sequence[StoredDoc],
          rows: Sequence[Row]) -> Scores:
    """Score exported ``rows`` against the gold of ``events`` (``docs`` maps files to text)."""
    by_article = {(d.event, d.article): d for d in docs}
    event_of = {d.doc_id: d.event for d in docs}
    numeric = [r for r in rows if is_count_row(r)]
    claims = [c for e in events for c in e.claims]
    places = {c.id + "@" + c.event: _place(c, by_article) for c in claims}
    matched: dict[str, list[Row]] = {}
    misses: list[Miss] = []
    right_rows: set[int] = set()
    unattributed_found = 0
    for claim in claims:
        place = places[claim.id + "@" + claim.event]
        outlet = by_article[(claim.event, claim.article)].outlet if place else ""
        hits = [r for r in numeric if place and _covers(r, place) and numbers_match(r, claim)]
        matched[claim.id + "@" + claim.event] = hits
        good = [r for r in hits if claimant_right(r, claim, outlet)]
        right_rows.update(id(r) for r in good)
        if good:
            unattributed_found += not claim.attributed
        else:
            misses.append(_miss(claim, place, rows, hits))
    disagreements = [d for e in events for d in e.disagreements]
    unsurfaced = [f"{d.event}: {d.a} vs {d.b} ({d.why})" for d in disagreements
                  if not _surfaced(matched[d.a + "@" + d.event], matched[d.b + "@" + d.event])]
    groups = _groups(rows)
    mixing = [gid for gid, members in groups.items()
              if len({event_of.get(r["doc_id"], "?") for r in members}) > 1]
    conflicting = [gid for gid, members in groups.items()
                   if any(r.get("group_has_conflict") == "true" for r in members)]
    spurious = [gid for gid in conflicting
                if not _holds_disagreement(groups[gid], disagreements, matched)]
    distractors = [d for e in events for d in e.distractors]
    compared = sum(_distractor_compared(d, by_article, numeric) for d in distractors)
    found = sum(1 for c in claims if c.attributed) - sum(1 for m in misses if m.claim.attributed)
    return Scores(
        split=split, events=len(events), articles=sum(len(e.articles) for e in events),
        gold=len(claims), gold_attributed=sum(c.attributed for c in claims), found=found,
        numeric_rows=len(numeric), numeric_rows_right=len(right_rows),
        disagreements=len(disagreements), surfaced=len(disagreements) - len(unsurfaced),
        groups=len(groups), groups_mixing=len(mixing), conflicting_groups=len(conflicting),
        spurious=len(spurious), distractors=len(distractors), distractors_compared=compared,
        unattributed_found=unattributed_found, misses=misses, unsurfaced=unsurfaced,
        mixing=[_group_label(groups[g]) for g in mixing],
        spurious_groups=[_group_label(groups[g]) for g in spurious],
    )


def _place(claim: GoldClaim, by_article: Mapping[tuple[str, str], StoredDoc]) -> Place | None:
    doc = by_article.get((claim.event, claim.article))
    if doc is None:
        return None
    found = locate(doc.text, claim.sentence, claim.number_text)
    return Place(doc.doc_id, *found) if found else None


def _miss(claim: GoldClaim, place: Place | None, rows: Sequence[Row],
          hits: Sequence[Row]) -> Miss:
    if place is None:
        return Miss(claim, CAUSES[0])
    near = [r for r in rows if _covers(r, place)]
    seen = [f"{r.get('claimant_canonical') or r.get('claimant_raw') or '-'}: "
            f"{r.get('quantity_text') or '(no number)'} "
            f"[{r.get('quantity_low', '')}, {r.get('quantity_high', '')}] "
            f"{r.get('quantity_kind', '')}" for r in near]
    if hits:
        return Miss(claim, CAUSES[4], seen)
    if not near:
        return Miss(claim, CAUSES[1], seen)
    if not any(claim.number_text.casefold() in r.get("content", "").casefold()
               and r.get("quantity_text") for r in near):
        return Miss(claim, CAUSES[2], seen)
    return Miss(claim, CAUSES[3], seen)


def _groups(rows: Sequence[Row]) -> dict[str, list[Row]]:
    """Groups that hold two claims or more, by id."""
    groups: dict[str, list[Row]] = {}
    for row in rows:
        if row.get("group_id"):
            groups.setdefault(row["group_id"], []).append(row)
    return {gid: members for gid, members in groups.items()
            if len({r["claim_id"] for r in members}) > 1}


def _surfaced(a_rows: Sequence[Row], b_rows: Sequence[Row]) -> bool:
    return any(a.get("group_id") and a.get("group_id") == b.get("group_id")
               and a.get("group_has_conflict") == "true" and a["claim_id"] != b["claim_id"]
               for a in a_rows for b in b_rows)


def _holds_disagreement(members: Sequence[Row], disagreements: Sequence[Disagreement],
                        matched: Mapping[str, list[Row]]) -> bool:
    ids = {id(r) for r in members}
    return any(any(id(r) in ids for r in matched[d.a + "@" + d.event])
               and any(id(r) in ids for r in matched[d.b + "@" + d.event])
               for d in disagreements)


def _distractor_compared(distractor: Distractor, by_article: Mapping[tuple[str, str], StoredDoc],
                         numeric: Sequence[Row]) -> bool:
    doc = by_article.get((distractor.event, distractor.article))
    found = doc and locate(doc.text, distractor.sentence, distractor.number_text)
    if not doc or not found:
        return False
    place = Place(doc.doc_id, *found)
    return any(_covers(r, place) and distractor.number_text.casefold()
               in r.get("quantity_text", "").casefold() for r in numeric)


def _group_label(members: Sequence[Row]) -> str:
    return f"{members[0].get('group_label', '')} ({len({r['claim_id'] for r in members})} claims)"


# --- report --------------------------------------------------------------------------------


def table(scores: Sequence[Scores]) -> str:
    """The headline figures, one row per split, as Markdown."""
    lines = [
        "| split | events | articles | gold (attributed) | numeric recall | numeric precision |"
        " disagreements surfaced | groups mixing events | spurious conflicts |"
        " distractors compared |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in scores:
        lines.append(
            f"| {s.split} | {s.events} | {s.articles} | {s.gold} ({s.gold_attributed}) |"
            f" {s.recall:.3f} ({s.found}/{s.gold_attributed}) |"
            f" {s.precision:.3f} ({s.numeric_rows_right}/{s.numeric_rows}) |"
            f" {s.surfaced}/{s.disagreements} | {s.groups_mixing}/{s.groups} |"
            f" {s.spurious}/{s.conflicting_groups} | {s.distractors_compared}/{s.distractors} |")
    return "\n".join(lines)


def misses_report(s: Scores) -> str:
    """Every miss with its cause and what the product gave in that sentence, as Markdown."""
    out = [f"# Conflicts bench, {s.split}: misses", "", "## Attributed claims missed, by cause", ""]
    out += [f"- {cause}: {n}" for cause, n in s.causes().most_common()]
    for miss in s.misses:
        c = miss.claim
        who = c.claimant or "(outlet)"
        out += ["", f"### {c.event} {c.id} ({c.article}) — {miss.cause}",
                f"- gold: {who} · {c.number_text} [{c.low}, {c.high}] {c.kind} · {c.counted}"
                f" {c.who} {c.side}".rstrip(),
                f"- sentence: {c.sentence}"]
        out += [f"- product: {line}" for line in miss.seen]
    out += ["", "## Disagreements not surfaced", ""] + [f"- {d}" for d in s.unsurfaced]
    out += ["", "## Groups mixing events", ""] + [f"- {g}" for g in s.mixing]
    out += ["", "## Spurious conflicts", ""] + [f"- {g}" for g in s.spurious_groups]
    return "\n".join(out) + "\n"


# --- running the product -------------------------------------------------------------------


def predict(events: Sequence[Event], workspace: Path, *,
            models_dir: Path | None = None) -> tuple[list[StoredDoc], list[Row]]:
    """Analyse every event folder into ``workspace``, align, export; the stored docs and rows."""
    import tempfile

    from factcheck.export import write_export
    from factcheck.pipeline import analyze_and_align
    from factcheck.workspace import Workspace

    folders = {e.folder.resolve(): e for e in events}
    with Workspace(workspace) as ws:
        run = analyze_and_align(ws, [e.folder for e in events], models_dir=models_dir)
        if run.report.skipped:
            raise RuntimeError("; ".join(s.reason for s in run.report.skipped))
        with tempfile.TemporaryDirectory() as tmp:
            csv_path = Path(tmp) / "claims.csv"
            write_export(ws, csv_path)
            rows = read_claims_csv(csv_path)
        docs = []
        for doc in ws.documents():
            path = Path(doc.source).resolve()
            event = folders.get(path.parent)
            if event is not None:
                docs.append(StoredDoc(doc.doc_id, doc.text, doc.outlet or "", event.id, path.name))
    return docs, rows
