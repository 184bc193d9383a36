"""Hostile input: every file gives a result or a one-line error naming it, and nothing else is lost.

The corpus is generated here: empty, blank and binary files, a 20 MB text, legacy encodings,
a page of scripts, quote marks alone, 200 unbalanced quotes, a 5,000-character sentence, a
French article, Rich markup, spreadsheet formulas, odd file names, pipes and broken links.
One ``factcheck analyze`` runs over all of it, into a workspace that already holds a reviewed
document; the tests then read what it printed and stored.
"""
# ruff: noqa: RUF001  (curly quotes and guillemets are the point of these inputs)

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import random
import re
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from textual.strip import Strip

from factcheck import analysis, outputs
from factcheck.aliases import load_alias_toml
from factcheck.analysis import analyze_paths
from factcheck.attribution.speakers import normal
from factcheck.cli import cli
from factcheck.documents import (
    MAX_BYTES,
    display_name,
    iter_paths,
    load_path,
    load_stream,
    load_text,
)
from factcheck.errors import InputError, WorkspaceError
from factcheck.export import FORMULA_TRIGGERS, NEUTRALISER, neutralise, restore
from factcheck.outputs import COMMIT_MARK, PARTIAL_SUFFIX, recover
from factcheck.quantities import extract_quantities
from factcheck.records import Claim, ClaimGroup, Document, Review, ReviewStatus
from factcheck.review import ReviewService
from factcheck.workspace import APPLICATION_ID, SCHEMA_VERSION, Workspace
from tui.app import FactcheckApp

from .claim_builders import article
from .claim_builders import claim as hand_claim
from .tui_fixtures import build_workspace, no_cursor_blink

__all__ = ["no_cursor_blink"]

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
#: The issue's repro: a window title, a clipboard write (OSC 52) and a clear-screen (CSI).
ESCAPES = ("The army said \x1b]0;PWNED\x1b\\ 12 soldiers were killed \x1b]52;c;ZXZpbA==\x1b\\"
           " near \x1b[2JKidal.")
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
        "escapes.txt": ESCAPES + "\n",
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


# Outputs: never over a device, never one name twice, written as a set -----------------------


@pytest.fixture
def reviewed(tmp_path: Path) -> Path:
    """A workspace with documents, claims, groups and reviews, built without stanza."""
    build_workspace(tmp_path / "reviewed.db")
    return tmp_path / "reviewed.db"


def export(workspace: Path, csv_path: Path) -> Result:
    return CliRunner().invoke(cli, ["export", "-w", str(workspace), "--csv", str(csv_path)])


def special_files(folder: Path) -> list[Path]:
    """A pipe and a link always; a character device (like /dev/null) where root can make one."""
    os.mkfifo(folder / "pipe.csv")
    (folder / "target.csv").write_text("mine\n")
    (folder / "link.csv").symlink_to(folder / "target.csv")
    made = [folder / "pipe.csv", folder / "link.csv"]
    if IS_ROOT:
        os.mknod(folder / "null.csv", stat.S_IFCHR | 0o666, os.makedev(1, 3))
        made.append(folder / "null.csv")
    return made


def test_an_export_never_writes_over_a_device_pipe_or_link(reviewed: Path,
                                                            tmp_path: Path) -> None:
    for target in special_files(tmp_path):
        before = os.lstat(target)
        result = export(reviewed, target)
        assert result.exit_code == 1, result.output
        assert "refusing to write over it" in result.output and "Traceback" not in result.output
        after = os.lstat(target)
        assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert (tmp_path / "target.csv").read_text() == "mine\n"
    assert not (tmp_path / "pairs.csv").exists()


@pytest.mark.parametrize("name", ["pairs.csv", "export.json"])
def test_a_csv_named_like_its_siblings_is_refused_before_analysis(tmp_path: Path,
                                                                  name: str) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    workspace = tmp_path / "ws.db"
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "a.txt"), "-w", str(workspace),
                                      "--csv", str(tmp_path / name)])
    assert result.exit_code == 1
    assert f"{tmp_path / name}: would be written twice" in result.output
    assert not workspace.exists() and not (tmp_path / name).exists()


def test_a_csv_into_a_missing_folder_fails_before_analysis(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "a.txt"), "-w",
                                      str(tmp_path / "ws.db"), "--csv",
                                      str(tmp_path / "missing" / "claims.csv")])
    assert result.exit_code == 1 and "missing does not exist; create it first" in result.output
    assert not (tmp_path / "ws.db").exists()


@pytest.mark.parametrize("name", ["pairs.csv", "export.json"])
def test_someone_elses_sibling_file_is_not_overwritten(reviewed: Path, tmp_path: Path,
                                                       name: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / name).write_text("my own notes\n")
    result = export(reviewed, out / "claims.csv")
    assert result.exit_code == 1 and "was not written by factcheck" in result.output
    assert (out / name).read_text() == "my own notes\n"
    (out / name).unlink()
    assert export(reviewed, out / "claims.csv").exit_code == 0
    again = export(reviewed, out / "claims.csv")
    assert again.exit_code == 0, again.output


def test_a_file_name_that_is_not_utf8_exports(reviewed: Path, tmp_path: Path) -> None:
    target = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.csv"))
    result = export(reviewed, target)
    assert result.exit_code == 0, result.output
    assert "caf\ufffd.csv" in result.output
    info = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert info["files"]["claims"] == "caf\ufffd.csv"


def exported_set(folder: Path) -> tuple[str, ...]:
    """The export number each file of the set holds (the kill child writes it first)."""
    return tuple((folder / name).read_bytes().split(b"\n", 1)[0].split()[-1].decode()
                 for name in ("claims.csv", "pairs.csv", "export.json"))


KILL_CHILD = """
import sys
from pathlib import Path
from factcheck.outputs import write_set
folder, padding = Path(sys.argv[1]), b"x" * 2_000_000 + b"\\n"
print("ready", flush=True)
n = 0
while True:
    n += 1
    write_set({folder / name: f"{name} {n}\\n".encode() + padding
               for name in ("claims.csv", "pairs.csv", "export.json")})
"""
KILLS = 30


def test_kill_9_mid_export_never_leaves_two_exports_mixed(tmp_path: Path) -> None:
    rng = random.Random(16)
    mixed_without_mark = 0
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", KILL_CHILD, str(tmp_path)],
                                 stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.15))
        child.kill()
        child.wait()
        names = set(os.listdir(tmp_path))
        if {"claims.csv", "pairs.csv", "export.json"} <= names and \
                len(set(exported_set(tmp_path))) > 1:
            mixed_without_mark += COMMIT_MARK not in names
        recover(tmp_path)
        assert not [n for n in os.listdir(tmp_path) if n.endswith(PARTIAL_SUFFIX)]
        assert COMMIT_MARK not in os.listdir(tmp_path)
        if (tmp_path / "claims.csv").exists():
            assert len(set(exported_set(tmp_path))) == 1
    assert mixed_without_mark == 0


def test_a_full_disk_leaves_the_last_export_whole(reviewed: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    assert export(reviewed, tmp_path / "claims.csv").exit_code == 0
    before = {n: (tmp_path / n).read_bytes() for n in ("claims.csv", "pairs.csv", "export.json")}
    real_write, calls = os.write, []

    def fills_up(fd: int, data: bytes) -> int:
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(outputs.os, "write", fills_up)
    result = export(reviewed, tmp_path / "claims.csv")
    assert result.exit_code == 1 and "the disk is full" in result.output
    assert {n: (tmp_path / n).read_bytes() for n in before} == before
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".")]


@pytest.mark.skipif(not IS_ROOT or sys.platform != "linux", reason="mounts a small tmpfs")
def test_a_really_full_disk_leaves_no_partial_files(reviewed: Path, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)],
                      capture_output=True).returncode != 0:
        pytest.skip("this machine cannot mount a tmpfs")
    try:
        result = export(reviewed, disk / "claims.csv")
        assert result.exit_code == 1 and "the disk is full" in result.output
        assert os.listdir(disk) == []
    finally:
        subprocess.run(["umount", "--lazy", str(disk)], check=True)


# Untrusted text never drives the terminal ----------------------------------------------------

ESCAPING_ALIASES = (
    '[[entity]]\ncanonical = "\\u001b]0;ALIAS\\u0007Army\\u009b2J"\n'
    'aliases = ["the army", "\\u001b[2Jfama"]\n'
)
#: C0 and C1 controls; a newline never reaches a segment, it ends a line.
TERMINAL_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def escaping_workspace(path: Path, aliases_file: Path) -> None:
    """One hostile article, its claim in a group named from it, aliases from a hostile file."""
    doc = article([ESCAPES], outlet="\x1b[31mEvil \x9b2JWire", published="2024-07-30",
                  title="\x1b]0;TITLE\x1b\\Kidal")
    content = ESCAPES[len("The army said "):-1]
    found = hand_claim(doc, ESCAPES, "The army", content)
    with Workspace(path) as ws:
        with ws.transaction():
            ws.put_document(doc)
        ws.replace_claims(doc.doc_id, [found])
        ws.replace_groups([ClaimGroup("g-esc", "\x1b[2J\x1b]0;GROUP\x07killed",
                                      (found.claim_id,))])
        ws.set_review(Review(found.claim_id, ReviewStatus.CONFIRMED, "\x1b]52;c;bm90ZQ==\x07ok"))
        for alias, canonical in load_alias_toml(aliases_file).items():
            ws.set_alias(alias, canonical, origin=str(aliases_file))


def screen_controls(app: FactcheckApp) -> set[str]:
    """Control characters in the text of every segment a full redraw would write."""
    found: set[str] = set()
    for line in app.screen._compositor.render_full_update().strips:
        for strip in [line] if isinstance(line, Strip) else line:
            for segment in strip:
                if not segment.control:
                    found.update(TERMINAL_CONTROL.findall(segment.text))
    return found


@pytest.mark.anyio
async def test_no_escape_from_an_article_or_alias_file_reaches_the_screen(
        tmp_path: Path, no_cursor_blink: None) -> None:
    (tmp_path / "aliases.toml").write_text(ESCAPING_ALIASES)
    escaping_workspace(tmp_path / "ws.db", tmp_path / "aliases.toml")
    seen: dict[str, set[str]] = {}
    with Workspace(tmp_path / "ws.db") as ws:
        app = FactcheckApp(ReviewService(ws, reviewer="tester"))
        async with app.run_test(size=(120, 36)) as pilot:
            for visit, keys in (("board", ()), ("compare", ("enter",)), ("reader", ("enter",)),
                                ("full text", ("v",)), ("note", ("escape", "n")),
                                ("documents", ("escape", "escape", "escape", "2")),
                                ("speakers", ("3",))):
                await pilot.press(*keys)
                await pilot.pause()
                seen[visit] = screen_controls(app)
        assert [d.text for d in ws.documents()] == [ESCAPES]  # stored exactly as read
    assert seen == {visit: set() for visit in seen}


def test_aliases_list_prints_no_escape(tmp_path: Path) -> None:
    (tmp_path / "aliases.toml").write_text(ESCAPING_ALIASES)
    runner = CliRunner()
    workspace = str(tmp_path / "ws.db")
    assert runner.invoke(cli, ["aliases", "import", str(tmp_path / "aliases.toml"),
                               "-w", workspace]).exit_code == 0
    listed = runner.invoke(cli, ["aliases", "list", "-w", workspace])
    assert listed.exit_code == 0 and "fama" in listed.output
    assert not TERMINAL_CONTROL.findall(listed.output.replace("\n", "").replace("\t", ""))


# Reads are bounded; only regular files are read ----------------------------------------------


class Endless(io.RawIOBase):
    """A producer that never stops (``yes | factcheck analyze -``), counting what was read."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        buffer[:] = b"x" * len(buffer)
        self.given += len(buffer)
        return len(buffer)


def test_endless_stdin_is_refused_at_the_limit() -> None:
    endless = Endless()
    with pytest.raises(InputError, match=r"^<stdin>: is over the 10\.0 MB limit$"):
        load_stream(io.BufferedReader(endless))
    assert endless.given <= MAX_BYTES + io.DEFAULT_BUFFER_SIZE + 1


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_stdin_in_another_encoding_reads_as_a_file_does(encoding: str) -> None:
    text = CP1252 if encoding == "cp1252" else UTF16
    assert load_stream(io.BytesIO(text.encode(encoding))).text == text.strip()


def test_analyze_reads_stdin_as_bytes_so_cp1252_is_text_not_a_bug() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(CP1252.encode("cp1252")), encoding="utf-8")
    assert analysis._load_stdin(stdin).text == CP1252.strip()


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_aliases_import_refuses_what_is_not_a_regular_file(tmp_path: Path, special: str) -> None:
    path = Path(special)
    if special == "fifo":
        path = tmp_path / "aliases.toml"
        os.mkfifo(path)
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["aliases", "import", str(path), "-w",
                                      str(tmp_path / "ws.db")])
    assert result.exit_code == 1
    assert f"{path}: cannot read alias file (is not a regular file" in result.output
    assert time.monotonic() - started < 5


def test_a_huge_alias_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text('[[entity]]\ncanonical = "x"\naliases = ["y"]\n' + "#" * 2_000_000)
    with pytest.raises(InputError, match=r"cannot read alias file \(is 2,0\d\d,\d\d\d bytes"):
        load_alias_toml(path)


# Workspaces that are not ours, damaged or locked: one line, and never written ---------------


def foreign_sqlite(path: Path, version: int) -> None:
    """Another program's database, with a user_version a factcheck workspace also uses."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    db.execute("INSERT INTO notes (body) VALUES ('keep me')")
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


WORKSPACE_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("aliases", "list"),
    ("export", "--csv", "{out}/claims.csv"),
    ("aliases", "import", "{aliases}"),
)
#: Commands that refuse a foreign file before any model loads or any screen opens.
OPENING_COMMANDS: tuple[tuple[str, ...], ...] = (("analyze", "{article}"), ("tui",))


def run_on_workspace(workspace: Path, command: tuple[str, ...], tmp_path: Path) -> Result:
    (tmp_path / "out").mkdir(exist_ok=True)
    (tmp_path / "aliases.toml").write_text('[[entity]]\ncanonical = "FAMa"\naliases = ["army"]\n')
    (tmp_path / "article.txt").write_text(GOOD)
    args = [part.format(out=tmp_path / "out", aliases=tmp_path / "aliases.toml",
                        article=tmp_path / "article.txt") for part in command]
    return CliRunner().invoke(cli, [*args, "-w", str(workspace)])


@pytest.mark.parametrize("version", [0, 1, 2])
@pytest.mark.parametrize("command", WORKSPACE_COMMANDS + OPENING_COMMANDS, ids=" ".join)
def test_another_programs_sqlite_file_is_refused_and_left_untouched(
        tmp_path: Path, version: int, command: tuple[str, ...]) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    foreign_sqlite(folder / "other.sqlite", version)
    before = folder_state(folder)
    result = run_on_workspace(folder / "other.sqlite", command, tmp_path)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip() == (f"Error: {folder / 'other.sqlite'}: is not a factcheck "
                                     "workspace (another program's SQLite file); it was left "
                                     "untouched: give another --workspace path")
    assert folder_state(folder) == before


def damage(path: Path, *, keep: int) -> None:
    """Overwrite the workspace after its first ``keep`` bytes (its header and first pages)."""
    with Workspace(path) as ws:
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    path.write_bytes(data[:keep] + bytes(random.Random(8).randrange(256)
                                         for _ in range(len(data) - keep)))


@pytest.mark.parametrize("command", WORKSPACE_COMMANDS, ids=" ".join)
@pytest.mark.parametrize("keep", [100, 8192], ids=["garbled", "pages-corrupted"])
def test_a_damaged_workspace_is_one_line_naming_it(reviewed: Path, tmp_path: Path,
                                                   command: tuple[str, ...], keep: int) -> None:
    damage(reviewed, keep=keep)
    result = run_on_workspace(reviewed, command, tmp_path)
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: {reviewed}: ")
    assert "is damaged" in line or "is not a factcheck workspace" in line, line


def test_a_truncated_workspace_is_one_line_naming_it(reviewed: Path, tmp_path: Path) -> None:
    with Workspace(reviewed) as ws:
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    reviewed.write_bytes(reviewed.read_bytes()[:reviewed.stat().st_size // 3])
    result = run_on_workspace(reviewed, ("export", "--csv", "{out}/claims.csv"), tmp_path)
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert result.output.startswith(f"Error: {reviewed}: is damaged")


def test_a_locked_workspace_says_so(reviewed: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcheck.workspace.BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(reviewed, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_on_workspace(reviewed, ("aliases", "import", "{aliases}"), tmp_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert result.output.startswith(f"Error: {reviewed}: is locked by another factcheck")


def test_a_workspace_from_before_the_application_id_opens_and_is_stamped(
        tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Workspace(path, target_version=1) as old:
        old.db.execute("PRAGMA application_id = 0")
        old.put_document(Document(text=GOOD, source="good.txt"))
    with Workspace(path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        assert [d.text for d in ws.documents()] == [GOOD]
        assert ws.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


# Model files and resources.json: damaged is not missing, and says so once --------------------

SHARED_MODELS = Path(os.environ.get("STANZA_RESOURCES_DIR", "/nonexistent"))
NEEDS_MODELS = pytest.mark.skipif(not (SHARED_MODELS / "resources.json").is_file(),
                                  reason="needs a stanza resources folder")


def models_copy(tmp_path: Path, *, cut: str | None = None) -> Path:
    """The models folder as links to the real files, with ``cut``'s model cut to half."""
    root = tmp_path / "models"
    for model in (SHARED_MODELS / "en").glob("*/*.pt"):
        target = root / "en" / model.parent.name / model.name
        target.parent.mkdir(parents=True, exist_ok=True)
        if model.parent.name == cut:
            target.write_bytes(model.read_bytes()[:model.stat().st_size // 2])
        else:
            target.symlink_to(model)
    (root / "resources.json").write_bytes((SHARED_MODELS / "resources.json").read_bytes())
    return root


@NEEDS_MODELS
@pytest.mark.parametrize("content", ['{"en": ', "[]", '{"en": 5}',
                                     '{"en": {"default_processors": {"pos": 3}}}'])
def test_an_invalid_resources_json_is_named_not_called_missing(tmp_path: Path,
                                                               content: str) -> None:
    root = models_copy(tmp_path)
    (root / "resources.json").write_text(content)
    result = CliRunner().invoke(cli, ["models", "status", "--models", str(root)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{root / 'resources.json'}: is not a valid stanza resources.json" in result.output
    assert "missing" not in result.output


@NEEDS_MODELS
def test_a_truncated_model_is_damaged_not_present(tmp_path: Path) -> None:
    root = models_copy(tmp_path, cut="pos")
    result = CliRunner().invoke(cli, ["models", "status", "--models", str(root)])
    assert result.exit_code == 1
    [pos] = [line for line in result.output.splitlines() if line.strip().startswith("pos")]
    assert pos.split()[2] == "DAMAGED"
    (tmp_path / "a.txt").write_text(GOOD)
    analysed = CliRunner().invoke(cli, ["analyze", str(tmp_path / "a.txt"), "-w",
                                        str(tmp_path / "ws.db"), "--models", str(root)])
    assert analysed.exit_code == 1 and "factcheck bug" not in analysed.output
    assert "cut short or damaged" in analysed.output


@NEEDS_MODELS
@pytest.mark.stanza
def test_a_model_stanza_cannot_load_stops_the_run_with_one_line(tmp_path: Path) -> None:
    root = models_copy(tmp_path, cut="tokenize")  # an old-style pickle: only loading tells
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD)
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path), "-w", str(tmp_path / "ws.db"),
                                      "--models", str(root)])
    assert result.exit_code == 1 and "factcheck bug" not in result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: stanza could not load the models in {root}")


# User files: every value checked, one line each ------------------------------------------------


@pytest.mark.parametrize(("content", "says"), [
    ("entity = 5\n", "'entity' must be [[entity]] tables, not a number"),
    ('entity = ["x"]\n', "entity 1 needs a canonical name and a list of aliases"),
    ("[[entity]]\ncanonical = 5\naliases = ['army']\n", "entity 1 needs a canonical name"),
    ("[[entity]]\ncanonical = 'FAMa'\naliases = [5]\n", "alias 5 is a number; write it in quotes"),
    ("[[entity]]\ncanonical = 'FAMa'\naliases = ['']\n", "alias '' is too short to match safely"),
    ("[[entity]]\ncanonical = 'FAMa'\naliases = ['a']\n", "alias 'a' is too short"),
    ('[[entity]]\ncanonical = "FAMa"\naliases = ["\\ufeffI\\u202e"]\n', "is too short"),
    ('[[entity]]\ncanonical = "\\u200b"\naliases = ["army"]\n', "needs a canonical name"),
    ("[[entity]]\ncanonical = 'FAMa'\naliases = [{x = 1}]\n", "alias {'x': 1} is a table"),
])
def test_a_wrong_alias_file_is_one_line_naming_the_entity(tmp_path: Path, content: str,
                                                          says: str) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["aliases", "import", str(path), "-w",
                                      str(tmp_path / "ws.db")])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: {path}: ") and says in line, line


def test_invisible_characters_leave_alias_and_speaker_names(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text('[[entity]]\ncanonical = "\ufeffJNIM\u200b"\n'
                    'aliases = ["\u202eal Qaeda\u202c affiliate"]\n', encoding="utf-8")
    assert load_alias_toml(path) == {"al qaeda affiliate": "JNIM"}
    assert normal("\ufeffThe \u2066army\u2069\u200d") == "The army"


def test_an_error_line_quotes_a_huge_front_matter_value_briefly() -> None:
    text = f"---\ntitle: x\n{'y' * 50_000}\n---\n{GOOD}"
    with pytest.raises(InputError) as caught:
        load_text(text)
    assert len(str(caught.value)) < 200 and "50,000 chars" in str(caught.value)
    dated = f"---\npublished: {'9' * 50_000}\n---\n{GOOD}"
    with pytest.raises(InputError) as caught:
        load_text(dated)
    assert len(str(caught.value)) < 250


# Small misreadings --------------------------------------------------------------------------


def test_a_number_too_big_for_a_float_is_no_quantity() -> None:
    assert extract_quantities("the army said " + "9" * 400 + " soldiers died") == ()
    assert "Infinity" not in json.dumps([q.low for q in extract_quantities("9" * 400)])


def test_a_lone_letter_o_is_not_zero() -> None:
    assert extract_quantities("o soldiers were killed, he said") == ()
    assert [q.low for q in extract_quantities("zero soldiers were killed")] == [0]


def test_between_high_and_low_is_one_range() -> None:
    [found] = extract_quantities("between 50 and 10 people died")
    assert (found.text, found.low, found.high) == ("between 50 and 10", 10, 50)
    assert len(extract_quantities("the toll fell from 50 to 10 people")) == 2  # a change


@pytest.mark.parametrize("cell", ["\u200b=HYPERLINK(1)", "\uff1dSUM(A1)", "\ufeff+1",
                                  "\u202e-2", "\uff20me"])
def test_formulas_behind_invisible_or_full_width_marks_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == NEUTRALISER + cell
    assert restore(neutralise(cell)) == cell


def test_utf8_with_one_bad_byte_stays_utf8_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(CAFE.encode() + b"The mayor said \xff 3 people died.\n")
    report = analysis.AnalysisReport()
    document = analysis._noting(lambda: load_path(path), report)
    assert "café" in document.text and "\ufffd" in document.text
    assert report.notes == [f"{path}: 1 byte(s) are not UTF-8 (the first at byte "
                            f"{len(CAFE.encode()) + 15}); read as UTF-8 with each shown as \ufffd"]
    (tmp_path / "cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    quiet = analysis.AnalysisReport()
    assert analysis._noting(lambda: load_path(tmp_path / "cp1252.txt"), quiet).text == \
        CP1252.strip()
    assert quiet.notes == []


@pytest.mark.parametrize("depth", [200, 254, 600])
def test_an_article_nested_deep_in_html_is_kept(tmp_path: Path, depth: int) -> None:
    article = "<p>" + GOOD.strip() + " Officials told Reuters the toll could rise.</p>"
    page = f"<html><body>{'<div>' * depth}{article}{'</div>' * depth}</body></html>"
    (tmp_path / "deep.html").write_text(page)
    assert "12 soldiers were killed near Kidal" in load_path(tmp_path / "deep.html").text


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` at ``folder``: a real full or read-only disk (root on Linux)."""
    folder.mkdir()
    if not IS_ROOT or sys.platform != "linux" or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True).returncode != 0:
        pytest.skip("needs a tmpfs mount (root on Linux)")
    try:
        yield folder
    finally:  # lazily: a connection a failing test left open must not keep it mounted
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def big_alias_file(path: Path) -> None:
    entities = "".join(f'[[entity]]\ncanonical = "Group {n}"\naliases = ["group number {n}", '
                       f'"the {n}th group of fighters"]\n' for n in range(9000))
    path.write_text(entities)


def test_a_full_disk_under_the_workspace_is_one_line(tmp_path: Path) -> None:
    big_alias_file(tmp_path / "aliases.toml")
    with small_disk(tmp_path / "disk", "256k") as disk:
        result = CliRunner().invoke(cli, ["aliases", "import", str(tmp_path / "aliases.toml"),
                                          "-w", str(disk / "ws.db")])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    assert result.output.strip() == (f"Error: {disk / 'ws.db'}: cannot be written: the disk "
                                     "is full; free some space and run again")


def test_a_read_only_workspace_says_so(tmp_path: Path) -> None:
    (tmp_path / "aliases.toml").write_text('[[entity]]\ncanonical = "FAMa"\naliases = ["army"]\n')
    with small_disk(tmp_path / "disk", "1m") as disk:
        with Workspace(disk / "ws.db"):
            pass
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        result = CliRunner().invoke(cli, ["aliases", "import", str(tmp_path / "aliases.toml"),
                                          "-w", str(disk / "ws.db")])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: {disk / 'ws.db'}: ") and "writable" in line, line
    assert "unable to open database file" not in line.partition("(")[0]


def test_an_empty_export_json_left_by_a_crash_is_replaced(reviewed: Path, tmp_path: Path) -> None:
    (tmp_path / "export.json").write_bytes(b"")
    assert export(reviewed, tmp_path / "claims.csv").exit_code == 0
    assert json.loads((tmp_path / "export.json").read_text())["factcheck_version"]


def test_a_workspace_name_that_is_not_utf8_works(tmp_path: Path) -> None:
    workspace = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9.db"))
    result = CliRunner().invoke(cli, ["export", "-w", str(workspace), "--csv",
                                      str(tmp_path / "claims.csv")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"Error: {tmp_path}/caf\ufffd.db: no such workspace")
    build_workspace(workspace)
    assert export(workspace, tmp_path / "claims.csv").exit_code == 0
    info = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert info["workspace"] == f"{tmp_path}/caf\ufffd.db"


@pytest.mark.parametrize("special", ["fifo", "/dev/null"])
def test_a_workspace_that_is_not_a_regular_file_is_refused(tmp_path: Path, special: str) -> None:
    path = Path(special)
    if special == "fifo":
        path = tmp_path / "ws.db"
        os.mkfifo(path)
    with pytest.raises(WorkspaceError, match=r"is not a regular file \(a pipe, socket or device\)"):
        Workspace(path)
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize("published", ["2024-13", "2024-06-31", "0000", "2023-02-29"])
def test_front_matter_with_a_date_that_does_not_exist_is_one_line(published: str) -> None:
    with pytest.raises(InputError, match=rf"^<stdin>: front matter published '{published}' is "
                                         "not a date like 2024"):
        load_text(f"---\npublished: {published}\n---\n{GOOD}")


def test_a_pairs_csv_in_older_columns_is_ours_when_our_export_json_names_it(
        reviewed: Path, tmp_path: Path) -> None:
    assert export(reviewed, tmp_path / "claims.csv").exit_code == 0
    (tmp_path / "pairs.csv").write_bytes(b"group_id,claim_a,claim_b,score\r\n")
    assert export(reviewed, tmp_path / "claims.csv").exit_code == 0
    (tmp_path / "export.json").unlink()
    (tmp_path / "pairs.csv").write_bytes(b"group_id,claim_a,claim_b,score\r\n")
    assert "not written by factcheck" in export(reviewed, tmp_path / "claims.csv").output
