"""The report of the fixtures in a real browser: Debian's headless chromium draws it, the
Nu Html Checker validates it, and the screenshot is looked at (non-blank, charts drawn).

An extra article with script tags, quotes and Rich markup in its text and front matter is
analysed with the fixtures: nothing of it may run or become markup.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

from factcheck.pipeline import analyze_and_align
from factcheck.report.build import write_report
from factcheck.report.svg import COLOURS
from factcheck.workspace import Workspace

from .browser_tools import WINDOW, chromium, dump_dom, screenshot, validate
from .conftest import FIXTURES

pytestmark = [pytest.mark.stanza, pytest.mark.embeddings]

SCRIPT = '<script>document.title="pwned"</script>'
HOSTILE_ARTICLE = f"""---
title: "Raid <b>report</b> {SCRIPT}"
outlet: "<img src=x onerror=alert(1)> Desk"
published: 2024-07-29
url: javascript:alert(1)
---
TINZAOUATEN -- The rebels said 12 "[bold red]Wagner fighters[/]" were killed {SCRIPT} in
Tinzaouaten on Saturday, and a spokesman said 'dozens' of soldiers died.
"""
#: a chart's solid fills must cover at least this many pixels of the screenshot
MIN_CHART_PIXELS = 150


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chromium()  # fail (CI) or skip before the slow analysis when there is no browser
    root = tmp_path_factory.mktemp("report")
    articles = root / "articles"
    shutil.copytree(FIXTURES, articles)
    (articles / "hostile_desk.md").write_text(HOSTILE_ARTICLE, encoding="utf-8")
    with Workspace(root / "fixtures.db") as ws:
        assert analyze_and_align(ws, [articles]).report.skipped == []
        write_report(ws, root / "report.html")
    return root / "report.html"


def test_the_page_is_valid_html(report: Path) -> None:
    assert validate(report) == []


def test_nothing_of_the_hostile_article_runs(report: Path) -> None:
    dom = dump_dom(report)
    assert "<script" not in dom.lower().replace("&lt;script", "")
    assert not re.search(r"<img\b", dom) and "pwned" not in dom.split("</title>")[0]
    assert "&lt;script&gt;" in dom and "Desk" in dom


def test_charts_are_in_the_dom(report: Path) -> None:
    dom = dump_dom(report)
    charts = re.findall(r'<svg [^>]*class="range-chart"', dom)
    assert len(charts) >= 3  # the battle's Wagner and soldier tolls, the drone strike's
    assert dom.count('class="open"') >= 1  # "at least 20": an arrow
    assert "≠" in dom


def test_the_screenshot_shows_the_charts(report: Path, tmp_path: Path) -> None:
    png = screenshot(report, tmp_path / "report.png")
    image = Image.open(png).convert("RGB")
    assert image.size == WINDOW
    colours = image.getcolors(maxcolors=WINDOW[0] * WINDOW[1])
    assert colours is not None and len(colours) > 50  # text and charts, not a blank page
    counts = {rgb: n for n, rgb in colours}
    for name in ("bar", "conflict"):
        assert counts.get(_rgb(COLOURS[name]), 0) >= MIN_CHART_PIXELS, name


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
