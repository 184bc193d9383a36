"""DESIGN.md's import rules, checked on every module: the library needs neither the app nor the
benchmarks, the app needs no benchmarks, and the app's modules import one another in one direction.

Imports are observed in a fresh interpreter (``sys.modules`` after importing every module of a
package), so a late import inside a function that runs at import time is caught too.
"""

from __future__ import annotations

import ast
import graphlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: package -> the top-level packages it must never pull in.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "factcheck": ("textual", "tui", "benchmarks"),
    "tui": ("benchmarks",),
}


def modules_of(package: str) -> list[str]:
    path = [str(ROOT / package)]
    return [package, *(m.name for m in pkgutil.walk_packages(path, prefix=f"{package}."))]


def loaded_after_importing(modules: list[str]) -> set[str]:
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print('\\n'.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return {name.split(".")[0] for name in out.stdout.split()}


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_never_imports_what_it_must_not(package: str) -> None:
    loaded = loaded_after_importing(modules_of(package))
    assert loaded.isdisjoint(FORBIDDEN[package]), sorted(loaded & set(FORBIDDEN[package]))


def imported_modules(path: Path, modules: set[str]) -> set[str]:
    """Which of ``modules`` the file imports anywhere, TYPE_CHECKING blocks included.

    ``from pkg import sub`` names the submodule when ``sub`` is one, else ``pkg``.
    """
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found & modules


def source_of(module: str) -> Path:
    relative = ROOT / Path(*module.split("."))
    package = relative / "__init__.py"
    return package if package.is_file() else relative.with_suffix(".py")


@pytest.mark.parametrize("package", ["factcheck", "tui"])
def test_a_package_has_no_import_cycle(package: str) -> None:
    """A module's own parent packages are left out: Python always runs them first."""
    modules = set(modules_of(package))
    graph = {}
    for name in modules:
        parents = {name.rsplit(".", depth)[0] for depth in range(1, name.count(".") + 1)}
        graph[name] = imported_modules(source_of(name), modules) - parents - {name}
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError naming the cycle
