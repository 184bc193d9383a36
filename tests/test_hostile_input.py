"""Hostile input: every file gives a result or a one-line error naming it, and nothing else is lost.

The corpus is generated here: empty, blank and binary files, a 20 MB text, legacy encodings,
a page of scripts, quote marks alone, 200 unbalanced quotes, a 5,000-character sentence, a
French article, Rich markup, spreadsheet formulas, odd file names, pipes and broken links.
One ``factcheck analyze`` runs over all of it, into a workspace that already holds a reviewed
document; the tests then read what it printed and stored.
"""
# ruff: noqa: RUF001  (curly quotes and guillemets are the point of these inputs)

from __future__ import annotations

import csv
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from factcheck import analysis
from factcheck.analysis import analyze_paths
from factcheck.cli import cli
from factcheck.documents import MAX_BYTES, display_name, iter_paths, load_path, load_text
from factcheck.errors import InputError
from factcheck.export import FORMULA_TRIGGERS, NEUTRALISER
from factcheck.records import Claim, Document, Review, ReviewStatus
from factcheck.workspace import Workspace

IS_ROOT = os.geteuid() == 0
NOT_AS_ROOT = pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their permissions")

GOOD = "The army said 12 soldiers were killed near Kidal on Tuesday.\n"
CAFE = "A café owner said 4 shops were looted in Gao on Monday.\n"
EARLIER = "Rebels told Reuters they had shot down a drone over Gao on Sunday.\n"
CP1252 = "The minister said the “attack” killed 40 people, a café owner told Reuters.\n"
LATIN1 = "Le maire de Gaô a déclaré que 30 maisons ont brûlé; the mayor said 30 homes burned.\n"
UTF16 = "“We will not negotiate,” the spokesman said on Monday in Bamako.\n"
FRENCH = (
    "BAMAKO — Le gouvernement malien a affirmé mardi que 47 « terroristes » avaient été"
    " neutralisés près de Kidal. « Nos forces ont repris le contrôle de la ville », a déclaré"
    " le porte-parole de l'armée, le colonel Souleymane Dembélé.\n\nSelon des sources locales,"
    " au moins 12 civils ont été tués, ce que les autorités démentent.\n"
)
RICH = (
    "[bold red]ALERT[/bold red] The ministry said [link=https://example.com]50[/link] people"
    " [/] died, [italic]officials[/italic] told AFP. \\[escaped] [red]\n"
)
FORMULAS = (
    "=HYPERLINK(\"http://example.com\",\"x\") officials said 40 people died.\n\n"
    "+1 -2 @SUM(A1:A9) the army said 3 bases fell.\n"
)
QUOTES_ONLY = "\" “ ” „ « » ‘ ’ '' `` \"\" ““ ”” " * 25 + "\n"
UNBALANCED = "Rebels said " + " ".join(f"“{n} \"{n}" for n in range(100)) + ".\n"
SCRIPTS_PAGE = (
    "<!DOCTYPE html><html><head><title>Clashes in Gao</title>"
    + "<script>var said = \"killed 99\"; function f(){return '“x”';}</script>" * 60
    + "</head><body><article><h1>Clashes in Gao</h1>"
    "<p>The governor said 15 fighters were killed in clashes near Gao on Friday.</p>"
    "<p>“We pushed them back,” a military source told AFP.</p></article>"
    + "<script>document.write('The army said 1000 died.');</script>" * 60
    + "</body></html>"
)
SCRIPTS_ONLY = "<html><head>" + "<script>alert('said');</script>" * 100 + "</head></html>"
LONG_WORDS: tuple[str, ...] = (
    "the", "army", "said", "that", "rebels", "killed", "12", "soldiers", "and", "3",
    "civilians", "near", "Kidal", "while", "officials", ",", "according", "to", "the",
    "ministry", "denied", "reports", "of", "1,200", "displaced", "–",
)
LONG_SENTENCE_CHARS = 5000
BIG_BYTES = 20 * 1024 * 1024


def long_sentence(chars: int = LONG_SENTENCE_CHARS) -> str:
    """One sentence of wire words, commas and dashes, with a full stop only at the end."""
    rng = random.Random(5000)
    text = "Officials said"
    while len(text) < chars - 1:
        text += " " + rng.choice(LONG_WORDS)
    return text[:chars - 1] + "."


@dataclass(frozen=True)
class Refused:
    """A file (or folder) that must be skipped, with what its one-line error says."""

    name: str
    says: str


# Built by make_corpus; name -> what the error line says after the name.
REFUSED: tuple[Refused, ...] = (
    Refused("[bold]empty[/bold].txt", "is empty"),
    Refused("blank.txt", "holds only whitespace"),
    Refused("binary.txt", "looks binary, not text"),
    Refused("image.html", "looks binary, not text"),
    Refused("big.txt", "is 20,971,520 bytes (20.0 MB), over the 10.0 MB limit"),
    Refused("scripts-only.html", "no article text found in the page"),
    Refused("odd/pipe.txt", "is not a regular file"),
    Refused("odd/dangling.txt", "no such file"),
    Refused("odd/loop.txt", "cannot read it (Too many levels of symbolic links)"),
)
NOT_AS_ROOT_REFUSED: tuple[Refused, ...] = (
    Refused("odd/secret.txt", "cannot read it (permission denied)"),
    Refused("odd/locked", "cannot read this folder (Permission denied)"),
)


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def make_corpus(root: Path) -> dict[str, str]:
    """Write the hostile corpus under ``root``; return file name -> the text it must load as."""
    accepted: dict[str, str] = {
        "good.txt": GOOD,
        "cp1252.txt": CP1252,
        "latin1.txt": LATIN1,
        "utf16.txt": UTF16,
        "french.md": FRENCH,
        "rich.txt": RICH,
        "formulas.txt": FORMULAS,
        "quotes-only.txt": QUOTES_ONLY,
        "unbalanced.txt": UNBALANCED,
        "long-sentence.txt": long_sentence() + "\n",
    }
    encodings = {"cp1252.txt": "cp1252", "latin1.txt": "latin-1", "utf16.txt": "utf-16"}
    for name, text in accepted.items():
        write_bytes(root / name, text.encode(encodings.get(name, "utf-8")))
    write_bytes(root / "scripts.html", SCRIPTS_PAGE.encode())
    # Names that are not UTF-8, or hold a newline, still load, under a printable name.
    write_bytes(latin_name(root), CAFE.encode())
    write_bytes(root / "two\nlines.txt", EARLIER.replace("Gao", "Kidal").encode())

    write_bytes(root / "[bold]empty[/bold].txt", b"")
    write_bytes(root / "blank.txt", b" \n\t\r\n   \n")
    write_bytes(root / "binary.txt", bytes(range(256)) * 40)
    write_bytes(root / "image.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    write_bytes(root / "big.txt", (GOOD.encode() * (BIG_BYTES // len(GOOD) + 1))[:BIG_BYTES])
    write_bytes(root / "scripts-only.html", SCRIPTS_ONLY.encode())
    odd = root / "odd"
    odd.mkdir()
    os.mkfifo(odd / "pipe.txt")
    (odd / "dangling.txt").symlink_to(odd / "gone.txt")
    (odd / "loop.txt").symlink_to(odd / "loop.txt")
    write_bytes(odd / "readable.txt", GOOD.replace("12", "13").encode())
    if not IS_ROOT:
        write_bytes(odd / "secret.txt", GOOD.encode())
        (odd / "secret.txt").chmod(0)
        write_bytes(odd / "locked" / "inside.txt", GOOD.encode())
        (odd / "locked").chmod(0)
    return {**accepted, "odd/readable.txt": GOOD.replace("12", "13")}


def latin_name(folder: Path) -> Path:
    """``café.txt`` written in Latin-1: bytes that are not UTF-8."""
    return Path(os.fsdecode(os.fsencode(folder) + b"/caf\xe9.txt"))


def refused() -> tuple[Refused, ...]:
    return REFUSED if IS_ROOT else REFUSED + NOT_AS_ROOT_REFUSED


@dataclass
class Corpus:
    root: Path
    folder: Path
    accepted: dict[str, str]


@dataclass
class HostileRun:
    root: Path
    corpus: Path
    workspace: Path
    accepted: dict[str, str]
    result: Result
    earlier: list[Claim]
    review: Review


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("hostile")
    accepted = make_corpus(root / "corpus")
    yield Corpus(root, root / "corpus", accepted)
    for path in (root / "corpus" / "odd" / "secret.txt", root / "corpus" / "odd" / "locked"):
        if path.exists():
            path.chmod(0o700)


@pytest.fixture(scope="module")
def hostile(corpus: Corpus) -> HostileRun:
    """A reviewed document first, then one ``analyze`` over the corpus and two bad paths."""
    root, accepted = corpus.root, corpus.accepted
    corpus_folder = corpus.folder
    (root / "earlier").mkdir()
    (root / "earlier" / "earlier.txt").write_text(EARLIER)
    (root / "nothing").mkdir()
    (root / "nothing" / "notes.pdf").write_bytes(b"%PDF-1.7")
    workspace = root / "ws.db"
    with Workspace(workspace) as ws:
        assert analyze_paths(ws, [root / "earlier"]).skipped == []
        earlier = ws.claims()
        review = ws.set_review(Review(earlier[0].claim_id, ReviewStatus.CONFIRMED, "checked"))
    args = ["analyze", str(corpus_folder), str(root / "nothing"), str(root / "missing"),
            "-w", str(workspace), "--csv", str(root / "out" / "claims.csv")]
    (root / "out").mkdir()
    result = CliRunner().invoke(cli, args)
    return HostileRun(root, corpus_folder, workspace, accepted, result, earlier, review)


def stored(run: HostileRun) -> dict[str, Document]:
    with Workspace(run.workspace) as ws:
        return {d.source: d for d in ws.documents()}


# Without stanza: each refusal is one line that starts with the file's name ---------------


@pytest.mark.parametrize("case", refused(), ids=lambda c: c.name)
def test_refused_input_is_one_line_naming_the_file(corpus: Corpus, case: Refused) -> None:
    path = corpus.folder / case.name
    with pytest.raises(InputError) as caught:
        list(iter_paths([path])) if path.is_dir() else load_path(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and case.says in message
    assert "\n" not in message


def test_a_20_mb_paste_is_refused_before_parsing() -> None:
    text = GOOD * (BIG_BYTES // len(GOOD) + 1)
    with pytest.raises(InputError, match=r"^<stdin>: is 20,\d{3},\d{3} bytes \(20\.0 MB\), over"):
        load_text(text)
    assert MAX_BYTES == 10 * 1024 * 1024


def test_odd_file_names_load_under_a_printable_one_line_name(corpus: Corpus) -> None:
    folder = corpus.folder
    assert load_path(latin_name(folder)).source == f"{folder}/caf\ufffd.txt"
    assert load_path(folder / "two\nlines.txt").source == f"{folder}/two\\nlines.txt"
    assert display_name(folder / "a\x1b[31m.txt") == f"{folder}/a\\x1b[31m.txt"


def test_a_folder_without_articles_is_handed_to_on_error_and_the_rest_goes_on(
        tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "a.txt").write_text(GOOD)
    problems: list[tuple[Path, InputError]] = []
    found = list(iter_paths([tmp_path / "empty", tmp_path / "full"],
                            on_error=lambda folder, error: problems.append((folder, error))))
    assert found == [tmp_path / "full" / "a.txt"]
    empty = tmp_path / "empty"
    assert [(folder, str(error)) for folder, error in problems] == [
        (empty, f"{empty}: no .txt, .md, .html, .htm files in this folder")
    ]


@NOT_AS_ROOT
def test_an_unreadable_subfolder_costs_only_itself(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(GOOD)
    (tmp_path / "locked").chmod(0)
    problems: list[tuple[Path, InputError]] = []
    try:
        found = list(iter_paths([tmp_path], on_error=lambda f, e: problems.append((f, e))))
    finally:
        (tmp_path / "locked").chmod(0o700)
    assert found == [tmp_path / "a.txt"]
    locked = tmp_path / "locked"
    assert str(problems[0][1]) == f"{locked}: cannot read this folder (Permission denied)"


# One analyze over the whole corpus, with stanza ------------------------------------------


@pytest.mark.stanza
def test_cli_exits_2_and_names_each_skipped_input_on_its_own_line(hostile: HostileRun) -> None:
    result = hostile.result
    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    lines = result.stderr.splitlines()
    expected = [f"skipped: {hostile.corpus / c.name}: " for c in refused()]
    expected += [f"skipped: {hostile.root / 'nothing'}: no .txt, .md, .html, .htm files",
                 f"skipped: {hostile.root / 'missing'}: no such file"]
    for start in expected:
        assert sum(line.startswith(start) for line in lines) == 1, (start, lines)
    for case in refused():
        assert any(case.says in line for line in lines if str(hostile.corpus / case.name) in line)
    assert f"{len(expected)} file(s) skipped" in lines


@pytest.mark.stanza
def test_every_readable_input_is_stored_as_it_decodes(hostile: HostileRun) -> None:
    docs = stored(hostile)
    for name, text in hostile.accepted.items():
        assert docs[str(hostile.corpus / name)].text == text.strip(), name
    assert docs[f"{hostile.corpus}/caf\ufffd.txt"].text == CAFE.strip()
    assert f"{hostile.corpus}/two\\nlines.txt" in docs


@pytest.mark.stanza
def test_a_page_of_scripts_keeps_the_article_and_drops_the_code(hostile: HostileRun) -> None:
    page = stored(hostile)[str(hostile.corpus / "scripts.html")]
    assert "15 fighters were killed" in page.text
    assert "function" not in page.text and "1000" not in page.text and "99" not in page.text
    with Workspace(hostile.workspace) as ws:
        contents = [c.content.text for c in ws.claims(page.doc_id)]
    assert any("15 fighters" in text for text in contents)


@pytest.mark.stanza
def test_encoded_and_marked_up_texts_give_their_claims(hostile: HostileRun) -> None:
    docs = stored(hostile)
    with Workspace(hostile.workspace) as ws:
        def contents(name: str) -> list[str]:
            return [c.content.text for c in ws.claims(docs[str(hostile.corpus / name)].doc_id)]

        assert any("“attack” killed 40 people" in t for t in contents("cp1252.txt"))
        assert any("We will not negotiate" in t for t in contents("utf16.txt"))
        assert any("50" in t for t in contents("rich.txt"))
        assert any("40 people died" in t for t in contents("formulas.txt"))


@pytest.mark.stanza
def test_every_stored_span_slices_its_own_document(hostile: HostileRun) -> None:
    with Workspace(hostile.workspace) as ws:
        docs = {d.doc_id: d for d in ws.documents()}
        claims = ws.claims()
        assert ws.integrity_ok()
    assert {c.doc_id for c in claims} <= set(docs)
    for claim in claims:
        text = docs[claim.doc_id].text
        spans = [claim.content, claim.sentence, claim.via, claim.cue, *claim.speakers,
                 *claim.quantities]
        for span in filter(None, spans):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text


@pytest.mark.stanza
def test_the_earlier_document_and_its_review_are_untouched(hostile: HostileRun) -> None:
    with Workspace(hostile.workspace) as ws:
        assert ws.claims(hostile.earlier[0].doc_id) == hostile.earlier
        assert ws.reviews()[hostile.review.claim_id] == hostile.review


@pytest.mark.stanza
def test_exported_cells_never_start_a_formula(hostile: HostileRun) -> None:
    with (hostile.root / "out" / "claims.csv").open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_TRIGGERS)]
    assert any(cell.startswith(NEUTRALISER + "=HYPERLINK") for cell in cells)


# A bug in one document costs that document only --------------------------------------------


@pytest.mark.stanza
def test_a_document_that_trips_a_bug_is_one_skipped_line(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(EARLIER)
    real: Callable[..., list[Claim]] = analysis.claims_for

    def fails_on_drones(doc: Document, sdoc, aliases) -> list[Claim]:
        if "drone" in doc.text:
            raise IndexError("list index out of range\nsecond line")
        return real(doc, sdoc, aliases)

    monkeypatch.setattr(analysis, "claims_for", fails_on_drones)
    with Workspace(tmp_path / "ws.db") as ws:
        report = analyze_paths(ws, [tmp_path])
        assert [d.source for d in ws.documents()] == [str(tmp_path / "a.txt")]
    assert report.documents == 1
    [skipped] = report.skipped
    assert skipped.reason == (f"{tmp_path / 'b.txt'}: analysis failed (IndexError: list index"
                              " out of range); this is a factcheck bug, please report it with"
                              " the file")
