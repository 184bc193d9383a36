"""The conflicts bench scores exported rows against gold: each measure on a tiny made-up event."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.conflict_scoring import (
    CAUSES,
    Disagreement,
    Distractor,
    Event,
    GoldClaim,
    StoredDoc,
    is_count_row,
    load_events,
    locate,
    names_match,
    numbers_match,
    score,
)

TEXT_A = ("The rebels said they killed 40 soldiers near Goma. "
          "The army put its losses at 12 dead. The fighting lasted three days.")
TEXT_B = "A hospital source said at least 70 people were killed in the town."


def _claim(cid: str, sentence: str, number: str, low: float | None, high: float | None,
           claimant: str, article: str = "01_a.md") -> GoldClaim:
    return GoldClaim(id=cid, event="e1", article=article, sentence=sentence, claimant=claimant,
                     claimant_text=claimant, number_text=number, low=low, high=high,
                     kind="exact", counted="killed", who="soldiers", side="FARDC")


EVENT = Event(
    id="e1", split="dev", conflict="test", folder=Path("e1"), articles=("01_a.md", "02_b.md"),
    claims=(
        _claim("c1", "The rebels said they killed 40 soldiers near Goma.", "40", 40, 40, "M23"),
        _claim("c2", "The army put its losses at 12 dead.", "12", 12, 12, "FARDC"),
        _claim("c3", "A hospital source said at least 70 people were killed in the town.",
               "at least 70", 70, None, "hospital source", article="02_b.md"),
    ),
    disagreements=(Disagreement("e1", "c1", "c2", "40 vs 12"),),
    distractors=(Distractor("e1", "01_a.md", "The fighting lasted three days.", "three days",
                            "duration"),),
)
DOCS = [StoredDoc("da", TEXT_A, "Wire A", "e1", "01_a.md"),
        StoredDoc("db", TEXT_B, "Wire B", "e1", "02_b.md")]


def _row(doc: str, text: str, sentence: str, *, claim: str, claimant: str, low: str, high: str,
         group: str = "g1", conflict: str = "true", quantity: str = "x",
         kind: str = "exact") -> dict[str, str]:
    start = text.index(sentence)
    return {"doc_id": doc, "claim_id": claim, "char_start": str(start),
            "char_end": str(start + len(sentence)), "claimant_canonical": claimant,
            "claimant_raw": claimant, "quantity_text": quantity, "quantity_low": low,
            "quantity_high": high, "quantity_kind": kind, "group_id": group,
            "group_label": "killed · Goma", "group_has_conflict": conflict, "content": sentence}


def test_all_found_and_the_disagreement_surfaced() -> None:
    rows = [
        _row("da", TEXT_A, "The rebels said they killed 40 soldiers near Goma.", claim="k1",
             claimant="the rebels", low="40", high="40"),
        _row("da", TEXT_A, "The army put its losses at 12 dead.", claim="k2", claimant="FARDC",
             low="12", high="12"),
        _row("db", TEXT_B, TEXT_B, claim="k3", claimant="a hospital source", low="70", high="",
             group="g2", conflict="false"),
    ]
    s = score("dev", [EVENT], DOCS, rows)
    # "the rebels" is not "M23": the claimant is wrong for c1, however close the meaning.
    assert (s.found, s.gold_attributed) == (2, 3)
    assert [m.cause for m in s.misses] == [CAUSES[4]]
    assert (s.numeric_rows_right, s.numeric_rows) == (2, 3)
    # surfaced is what a reader sees: both numbers side by side in one conflicting group
    assert s.surfaced == 1
    assert s.spurious == 0
    assert s.groups == 1 and s.groups_mixing == 0


def test_open_bound_must_stay_open_and_causes_are_told_apart() -> None:
    rows = [
        _row("da", TEXT_A, "The rebels said they killed 40 soldiers near Goma.", claim="k1",
             claimant="M23", low="40", high="40", group="g1", conflict="false"),
        _row("db", TEXT_B, TEXT_B, claim="k3", claimant="hospital source", low="70", high="70",
             quantity="at least 70"),
    ]
    s = score("dev", [EVENT], DOCS, rows)
    causes = {m.claim.id: m.cause for m in s.misses}
    assert causes == {"c2": CAUSES[1], "c3": CAUSES[3]}
    assert s.unsurfaced == ["e1: c1 vs c2 (40 vs 12)"]


def test_surfaced_needs_one_conflicting_group_and_spurious_conflicts_are_counted() -> None:
    rows = [
        _row("da", TEXT_A, "The rebels said they killed 40 soldiers near Goma.", claim="k1",
             claimant="M23", low="40", high="40"),
        _row("da", TEXT_A, "The army put its losses at 12 dead.", claim="k2", claimant="army",
             low="12", high="12"),
        _row("da", TEXT_A, "The fighting lasted three days.", claim="k4", claimant="M23",
             low="3", high="3", group="g3", quantity="three days"),
        _row("db", TEXT_B, TEXT_B, claim="k5", claimant="hospital source", low="3", high="3",
             group="g3"),
    ]
    s = score("dev", [EVENT], DOCS, rows)
    assert s.surfaced == 1
    assert (s.spurious, s.conflicting_groups) == (1, 2)
    assert s.distractors_compared == 1


def test_a_group_across_events_is_mixing() -> None:
    other = StoredDoc("dc", "Officials said 5 people died.", "Wire C", "e2", "01_c.md")
    rows = [
        _row("da", TEXT_A, "The army put its losses at 12 dead.", claim="k2", claimant="FARDC",
             low="12", high="12", group="g9", conflict="false"),
        _row("dc", other.text, other.text, claim="k9", claimant="officials", low="5", high="5",
             group="g9", conflict="false"),
    ]
    s = score("dev", [EVENT], [*DOCS, other], rows)
    assert s.groups_mixing == 1


@pytest.mark.parametrize(("predicted", "gold", "expected"), [
    (["M23 spokesman Lawrence Kanyuka"], ["M23"], True),
    (["the Sudanese Armed Forces"], ["Sudanese Armed Forces"], True),
    (["Kyiv"], ["Ukraine's military"], False),
    (["the rebels"], ["M23"], False),
    ([""], ["M23"], False),
])
def test_names_match(predicted: list[str], gold: list[str], expected: bool) -> None:
    assert names_match(predicted, gold) is expected


def test_locate_finds_a_number_in_normalised_text() -> None:
    text = "He said \u201cat least 30\u201d died."
    found = locate(text, 'He said "at least 30" died.', "at least 30")
    assert found is not None
    (start, end), (n_start, n_end) = found
    assert text[n_start:n_end] == "at least 30"
    assert start == 0 and end == len(text)


def test_load_events_reads_the_format(tmp_path: Path) -> None:
    event = tmp_path / "x-place-2025-01"
    event.mkdir()
    (event / "event.toml").write_text('id = "x-place-2025-01"\nsplit = "test"\n')
    (event / "01_a.md").write_text("---\ntitle: T\n---\nBody.\n")
    (event / "gold.toml").write_text(
        '[[claim]]\nid = "c1"\narticle = "01_a.md"\nsentence = "Body."\nclaimant = "X"\n'
        'number_text = "up to 60"\nhigh = 60\nkind = "at_most"\ncounted = "killed"\n'
        '[[disagreement]]\na = "c1"\nb = "c1"\n')
    [loaded] = load_events(tmp_path, "test")
    assert loaded.claims[0].low is None and loaded.claims[0].high == 60
    assert loaded.articles == ("01_a.md",)
    assert load_events(tmp_path, "dev") == []


@pytest.mark.parametrize(("kind", "low", "high", "row_kind", "expected"), [
    ("approx", "135", "165", "approx", True),
    ("approx", "135", "165", "range", False),
    ("approx", "151", "165", "approx", False),
    ("exact", "135", "165", "approx", False),
])
def test_an_approximate_gold_number_matches_a_band_that_holds_it(
        kind: str, low: str, high: str, row_kind: str, expected: bool) -> None:
    claim = _claim("c9", "x", "about 150", 150, 150, "police")
    claim = GoldClaim(**{**{f: getattr(claim, f) for f in claim.__slots__}, "kind": kind})
    row = {"quantity_low": low, "quantity_high": high, "quantity_kind": row_kind}
    assert numbers_match(row, claim) is expected


@pytest.mark.parametrize(("text", "row_kind", "expected"), [
    ("several hundred", "vague", True),
    ("Several  hundred", "vague", True),
    ("hundreds", "vague", False),
    ("several hundred", "exact", False),
])
def test_a_vague_gold_amount_matches_a_vague_row_of_the_same_words(
        text: str, row_kind: str, expected: bool) -> None:
    claim = _claim("c9", "x", "several hundred", 200, None, "bloggers")
    claim = GoldClaim(**{**{f: getattr(claim, f) for f in claim.__slots__}, "kind": "vague"})
    row = {"quantity_low": "300", "quantity_high": "900", "quantity_kind": row_kind,
           "quantity_text": text}
    assert numbers_match(row, claim) is expected


@pytest.mark.parametrize(("measure", "kind", "expected"), [
    ("count", "exact", True),
    ("", "exact", True),
    ("duration", "exact", False),
    ("sources", "exact", False),
    ("count", "percent", False),
])
def test_only_counts_are_offered_for_comparison(measure: str, kind: str, expected: bool) -> None:
    row = {"quantity_low": "3", "quantity_high": "3", "quantity_kind": kind,
           "quantity_measure": measure}
    assert is_count_row(row) is expected
