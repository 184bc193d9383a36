"""Document loading: formats, encodings, rejections, wire conventions, fixtures."""
# ruff: noqa: RUF001  (the articles' curly apostrophes are the point of these tests)

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from factcheck.documents import iter_paths, load_path, load_text
from factcheck.errors import InputError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
REUTERS = FIXTURES / "reuters_tinzaouaten_2024.md"
BLOOMBERG = FIXTURES / "bloomberg_kidal_2023.md"

CURLY = "The café owner said the army had “retaken” Kidal, Mali’s leader said."

PAGE = """<!DOCTYPE html>
<html><head><title>Army retakes Kidal | Example News</title>
<meta charset="utf-8">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://example.com/kidal">
<meta property="article:published_time" content="2023-11-14T10:00:00Z">
<script>var tracking = "junk();";</script>
<style>body { color: red; }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now</nav>
<article><h1>Army retakes Kidal</h1>
<p>Mali’s army recaptured the northern town of Kidal on Tuesday, the military leader
said in a statement on X.</p>
<p>“A raid was carried out a few days ago toward Kidal and heavy losses were inflicted on
our enemies,” he said. The rebels could not be reached for comment.</p>
</article>
<footer>Share this article. Cookie policy.</footer>
</body></html>
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def body_after_front_matter(path: Path) -> bytes:
    data = path.read_bytes()
    closing = data.index(b"\n---\n", 3)
    return data[closing + len(b"\n---\n") :]


# Formats ---------------------------------------------------------------------------------


def test_plain_text_file(tmp_path: Path) -> None:
    doc = load_path(write(tmp_path, "a.txt", CURLY + "\n"))
    assert doc.text == CURLY
    assert doc.source == str(tmp_path / "a.txt")
    assert (doc.title, doc.outlet, doc.url, doc.published) == (None, None, None, None)


def test_markdown_front_matter(tmp_path: Path) -> None:
    text = (
        "---\n"
        'title: "Army retakes Kidal"\n'
        "outlet: Example News\n"
        "url: https://example.com/kidal?id=1\n"
        "published: 2023-11-14\n"
        "tags:\n"
        "  - mali\n"
        "---\n\n" + CURLY
    )
    doc = load_path(write(tmp_path, "a.md", text))
    assert doc.text == CURLY
    assert doc.title == "Army retakes Kidal"
    assert doc.outlet == "Example News"
    assert doc.url == "https://example.com/kidal?id=1"
    assert doc.published == "2023-11-14"


def test_front_matter_rejects_a_date_it_cannot_read(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\npublished: last Tuesday\n---\n" + CURLY)
    with pytest.raises(InputError, match=r"a\.md: front matter published 'last Tuesday'"):
        load_path(path)


def test_unclosed_fence_is_text_not_front_matter(tmp_path: Path) -> None:
    text = "---\n" + CURLY
    assert load_path(write(tmp_path, "a.md", text)).text == text


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    doc = load_path(write(tmp_path, "page.html", PAGE))
    assert doc.text.startswith("Mali’s army recaptured the northern town of Kidal")
    assert "heavy losses were inflicted" in doc.text
    for junk in ("tracking", "color: red", "Subscribe now", "Cookie policy", "Army retakes"):
        assert junk not in doc.text
    assert doc.title == "Army retakes Kidal"
    assert doc.outlet == "Example News"
    assert doc.url == "https://example.com/kidal"
    assert doc.published == "2023-11-14"


def test_htm_suffix_and_upper_case_suffix(tmp_path: Path) -> None:
    assert load_path(write(tmp_path, "page.htm", PAGE)).title == "Army retakes Kidal"
    assert load_path(write(tmp_path, "NOTE.TXT", CURLY)).text == CURLY


def test_stdin_text() -> None:
    doc = load_text("\ufeff" + CURLY + "\r\n")
    assert doc.text == CURLY
    assert doc.source == "<stdin>"
    assert load_text(CURLY, source="pasted").source == "pasted"


def test_stdin_text_front_matter_and_wire_conventions() -> None:
    doc = load_text("---\noutlet: Le Monde\n---\nBAMAKO (AFP) - " + CURLY)
    assert doc.text == CURLY
    assert (doc.outlet, doc.dateline) == ("Le Monde", "BAMAKO")


# Encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", CURLY),
        ("utf-8-sig", CURLY),
        ("utf-16", CURLY),
        ("cp1252", CURLY),
        ("cp1252", "Voilà, the army moved à la française, said the café owner."),
        ("latin-1", "The café in Bamako stayed open, said Mr. Touré « today »."),
        ("cp1251", "Армия Мали заявила, что вернула контроль над городом Кидаль."),
    ],
)
def test_encodings_decode_to_the_same_characters(
    tmp_path: Path, encoding: str, text: str
) -> None:
    path = write(tmp_path, "a.txt", text.encode(encoding))
    assert load_path(path).text == text


def test_newlines_are_normalised_and_nothing_else(tmp_path: Path) -> None:
    windows = write(tmp_path, "win.txt", "First “line”.\r\nSecond line.\rThird.\r\n")
    unix = write(tmp_path, "unix.txt", "First “line”.\nSecond line.\nThird.\n")
    assert load_path(windows).text == "First “line”.\nSecond line.\nThird."
    assert load_path(windows).sha256 == load_path(unix).sha256


# Rejections ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \n\t\r\n  ", "holds only whitespace"),
        ("nul.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks binary"),
        ("control.txt", bytes(range(1, 9)) * 20 + b"some text", "looks binary"),
        ("only-trailer.txt", b"By Tiemoko Diallo\nComments\n", "has no article text"),
        ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article"),
        ("styled.html", b"<html><head><style>p {}</style></head></html>", "no article"),
        ("notes.pdf", b"%PDF-1.7", "cannot read '.pdf' files; use .txt, .md, .html, .htm"),
        ("README", b"text", "cannot read files without a suffix"),
    ],
)
def test_rejections_name_the_file_on_one_line(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as caught:
        load_path(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_oversized_file_states_size_and_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", "x" * 2048)
    message = r"big\.txt: is 2,048 bytes \(2\.0 KB\), over the 1\.0 KB limit"
    with pytest.raises(InputError, match=message):
        load_path(path, max_bytes=1024)
    assert load_path(path, max_bytes=2048).text == "x" * 2048


def test_oversized_stdin_text() -> None:
    with pytest.raises(InputError, match=r"<stdin>: is 11 bytes \(11 bytes\), over the 10 bytes"):
        load_text("x" * 11, max_bytes=10)


@pytest.mark.parametrize("text", ["", "   \n\n", "\x00\x01\x02binary"])
def test_stdin_rejections(text: str) -> None:
    with pytest.raises(InputError, match=r"^<stdin>: "):
        load_text(text)


def test_missing_file_and_folder_named_as_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        load_path(tmp_path / "missing.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(InputError, match=r"folder\.txt: is a folder, not a file"):
        load_path(tmp_path / "folder.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", CURLY)
    path.chmod(0)
    try:
        with pytest.raises(InputError, match=r"secret\.txt: cannot read it \(permission denied\)"):
            load_path(path)
    finally:
        path.chmod(0o600)


# Wire conventions ------------------------------------------------------------------------


def test_reuters_byline_dateline_credits_and_trailer() -> None:
    doc = load_path(REUTERS)
    assert doc.byline == "Tiemoko Diallo"
    assert doc.dateline == "BAMAKO"
    assert doc.outlet == "Reuters"
    assert doc.text.startswith("Mali has carried out air strikes on insurgent targets")
    assert doc.text.endswith("an al Qaeda-aligned Islamist rebellion in the same region.")
    for cut in ("By Tiemoko", "(Reuters)", "Additional reporting", "Comments"):
        assert cut not in doc.text
    assert doc.published is None


def test_bloomberg_outlet_mark_and_copyright() -> None:
    doc = load_path(BLOOMBERG)
    assert doc.outlet == "Bloomberg"
    assert (doc.dateline, doc.byline) == (None, None)
    assert doc.text.startswith("Mali’s army, which is backed by Russian mercenaries")
    assert doc.text.endswith("casualties during the previous year, he said.")
    assert "(Bloomberg)" not in doc.text
    assert "©" not in doc.text
    assert doc.published == "2023"  # from the fixture's header, not from the © line


@pytest.mark.parametrize(
    ("text", "dateline", "outlet"),
    [
        ("WASHINGTON, July 30 (Reuters) - " + CURLY, "WASHINGTON, July 30", "Reuters"),
        ("BAMAKO, Mali (AP) — " + CURLY, "BAMAKO, Mali", "AP"),
        ("(Bloomberg) -- " + CURLY, None, "Bloomberg"),
        (CURLY + "\n\n©2023 Bloomberg L.P.", None, "Bloomberg"),
        (CURLY + "\nCopyright 2024 The Associated Press. All rights reserved.", None,
         "The Associated Press"),
        (CURLY + "\n\nRead the rest here.\nShare this article\n", None, None),
    ],
)
def test_wire_marks(text: str, dateline: str | None, outlet: str | None) -> None:
    doc = load_text(text)
    assert (doc.text, doc.dateline, doc.outlet) == (CURLY, dateline, outlet)
    assert doc.published is None  # a copyright year is not a publication date


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the week, the army said it had retaken Kidal.",
        "Mali (officially the Republic of Mali) said it had retaken Kidal.",
        "The army said:\nComments from the rebels were not available.",
    ],
)
def test_article_text_that_only_resembles_wire_marks_is_kept(text: str) -> None:
    doc = load_text(text)
    assert doc.text == text
    assert (doc.byline, doc.dateline, doc.outlet) == (None, None, None)


def test_front_matter_outlet_wins_over_the_inferred_one() -> None:
    assert load_text("---\noutlet: Reuters UK\n---\n(Reuters) - " + CURLY).outlet == "Reuters UK"


# Fixtures and identity -------------------------------------------------------------------


@pytest.mark.parametrize("fixture", [REUTERS, BLOOMBERG])
def test_fixture_body_loads_like_the_raw_article(tmp_path: Path, fixture: Path) -> None:
    raw = write(tmp_path, fixture.stem + ".txt", body_after_front_matter(fixture))
    assert load_path(fixture).text == load_path(raw).text
    assert load_path(fixture).sha256 == load_path(raw).sha256


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed folder is not beside the repo")
@pytest.mark.parametrize("fixture", [REUTERS, BLOOMBERG])
def test_fixture_holds_the_seed_verbatim(fixture: Path) -> None:
    seed = SEEDS / (fixture.stem + ".txt")
    assert body_after_front_matter(fixture) == seed.read_bytes()
    assert load_path(fixture).doc_id == load_path(seed).doc_id


def test_sha256_is_of_the_stored_text() -> None:
    doc = load_text("Hello, “world”.")
    assert doc.sha256 == hashlib.sha256("Hello, “world”.".encode()).hexdigest()
    assert doc.doc_id == doc.sha256[:16]
    assert load_text("Hello, “world”.").sha256 == doc.sha256


@pytest.mark.parametrize(
    "text",
    [
        "[bold red]Alert[/bold red] the army said [link=http://x]here[/link].",
        "=SUM(A1:A2) +1 -2 @user said the count was \\[escaped] 50%.",
        "Rebels said <b>50</b> & {10} were killed; $PATH ~ `code`.",
    ],
)
def test_markup_and_formulas_pass_through_unchanged(tmp_path: Path, text: str) -> None:
    assert load_text(text).text == text
    assert load_path(write(tmp_path, "a.txt", text)).text == text


# Folders ---------------------------------------------------------------------------------


def test_iter_paths_expands_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.html", "d.pdf", ".hidden.txt", "sub/e.htm", ".git/f.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(CURLY)
    explicit = tmp_path / "d.pdf"
    found = list(iter_paths([tmp_path, explicit, tmp_path / "a.txt"]))
    names = [p.relative_to(tmp_path).as_posix() for p in found]
    assert names == ["a.txt", "b.md", "c.html", "sub/e.htm", "d.pdf"]


def test_iter_paths_rejects_a_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"no \.txt, \.md, \.html, \.htm files in this folder"):
        list(iter_paths([tmp_path]))
