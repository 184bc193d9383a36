"""Debian's headless chromium and the Nu Html Checker, for the HTML report's tests.

Both are installed by ``.ci/run`` when missing. Without them a test skips on a
developer's machine and fails under CI (``CI=true``), so CI never passes by skipping.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Final

import pytest

from .conftest import ROOT

VNU_JAR: Final = ROOT / "tests/browser/node_modules/vnu-jar/build/dist/vnu.jar"
INSTALL_HINT: Final = ("apt-get install -y chromium default-jre-headless; "
                       "(cd tests/browser && npm install)")
WINDOW: Final = (1280, 2000)
TIMEOUT_S: Final = 120


def require(tool: str | None, what: str) -> str:
    """The tool's path; a skip on a developer's machine, a failure under CI."""
    if tool:
        return tool
    message = f"{what} is missing: {INSTALL_HINT}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def chromium() -> str:
    return require(shutil.which("chromium"), "Debian's chromium")


def _headless(page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """No network and no profile: the page must stand on its own."""
    return subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
         "--no-first-run", "--disable-extensions", "--proxy-server=127.0.0.1:9",
         f"--window-size={WINDOW[0]},{WINDOW[1]}", *extra, page.resolve().as_uri()],
        capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
        env={**os.environ, "HOME": str(page.parent)})


def screenshot(page: Path, png: Path) -> Path:
    done = _headless(page, f"--screenshot={png}")
    assert png.is_file(), done.stderr[-2000:]
    return png


def dump_dom(page: Path) -> str:
    """The DOM after chromium parsed (and would have run) the page, serialised."""
    done = _headless(page, "--dump-dom")
    assert done.returncode == 0 and done.stdout, done.stderr[-2000:]
    return done.stdout


def validate(page: Path) -> list[dict[str, str]]:
    """The Nu Html Checker's errors and warnings for ``page`` (empty when valid)."""
    java = require(shutil.which("java"), "Java (for the Nu Html Checker)")
    require(str(VNU_JAR) if VNU_JAR.is_file() else None, "the Nu Html Checker (vnu.jar)")
    done = subprocess.run([java, "-jar", str(VNU_JAR), "--format", "json", "--also-check-svg",
                           str(page)], capture_output=True, text=True, timeout=TIMEOUT_S,
                          check=False)
    messages: list[dict[str, str]] = json.loads(done.stderr or done.stdout)["messages"]
    return messages
