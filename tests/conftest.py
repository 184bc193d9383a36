"""Shared test fixtures: paths, the real stanza pipeline, a fresh workspace."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import nlp
from factcheck.errors import ModelsMissingError
from factcheck.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def _models_missing() -> str | None:
    try:
        nlp.check_models()
    except ModelsMissingError as exc:
        return str(exc)
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    reason = _models_missing()
    if reason is None:
        return
    for item in items:
        if "stanza" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def pipeline():
    """The real stanza pipeline, built once per test session."""
    return nlp.get_pipeline()


@pytest.fixture
def workspace(tmp_path: Path):
    with Workspace(tmp_path / "ws.db") as ws:
        yield ws
