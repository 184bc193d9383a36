"""What a plain ``pip install -e .`` needs: every module we import is a declared dependency.

An undeclared one arrives only as some other package's dependency, or as an extra an
older pip skips (trafilatura needs lxml_html_clean through justext's lxml[html_clean]).
"""

from __future__ import annotations

import ast
import importlib.metadata
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from .conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
OWN = {"factcheck", "tui"}
#: Optional features whose import is guarded: named in an extra, not a plain dependency.
OPTIONAL = {"faiss", "hypothesis"}


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = [r for group in project["optional-dependencies"].values() for r in group]
    return {_name(r) for r in project["dependencies"] + extras}


def imported() -> set[str]:
    modules: set[str] = set()
    for path in [*ROOT.glob("factcheck/**/*.py"), *ROOT.glob("tui/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    return modules - OWN - set(sys.stdlib_module_names) - {"__future__"}


def test_every_imported_module_is_a_declared_dependency() -> None:
    distributions = importlib.metadata.packages_distributions()
    names = declared()
    undeclared = {module for module in imported() - OPTIONAL
                  if not {d.lower().replace("_", "-") for d in distributions.get(module, [])}
                  & names}
    assert undeclared == set()


def test_trafilaturas_html_cleaner_is_declared_and_locked() -> None:
    assert "lxml-html-clean" in declared()
    lock = (ROOT / "requirements.lock").read_text()
    assert re.search(r"^lxml-html-clean==", lock.replace("_", "-"), re.MULTILINE)
    assert re.search(r"^torch==", lock, re.MULTILINE)


@pytest.mark.install
@pytest.mark.stanza
def test_a_plain_pip_install_with_the_pythons_own_pip_analyses_the_fixtures(
        tmp_path: Path) -> None:
    """What a user outside make does: a fresh venv, its own pip (23.x here, never upgraded),
    ``pip install -e .``, one analysis. An older pip skips extras a newer one resolves."""
    venv = tmp_path / "venv"
    subprocess.run([_system_python(), "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip"]
    version = subprocess.run([*pip, "--version"], check=True, capture_output=True, text=True)
    subprocess.run([*pip, "install", "-q", "-c", str(ROOT / "constraints.txt"), "-e", str(ROOT)],
                   check=True, cwd=tmp_path)
    result = subprocess.run(
        [str(venv / "bin" / "factcheck"), "analyze", str(FIXTURES), "-w", str(tmp_path / "w.db")],
        capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert result.returncode == 0, (version.stdout, result.stderr[-2000:])
    assert re.search(r"^7 documents, .*, [1-9]\d* claims", result.stdout, re.MULTILINE), \
        result.stdout


def _system_python() -> str:
    """The interpreter the venv was made from, as a user would call it: not this venv's."""
    return os.path.realpath(getattr(sys, "_base_executable", sys.executable))
