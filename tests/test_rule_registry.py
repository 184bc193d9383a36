"""The rule registry: every rule declares its trigger, and the parse fingerprint hashes only
the triggers' data."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.attribution import registry
from factcheck.attribution.quotes import find_quotes
from factcheck.attribution.registry import Context, RuleError, Trigger, rule, rules
from factcheck.attribution.tree import Tree, build_trees
from factcheck.selective import selection_digest, triggered

from .rules.tables import all_tables, parsed

#: The rule tests' hand-written analyses (one holds a placeholder its test fills in).
ANALYSES = {name: table for name, table in all_tables().items() if "{" not in table}


def test_every_rule_declares_a_trigger_and_one_stage() -> None:
    found = rules()
    assert len({r.name for r in found}) == len(found)
    assert all(r.trigger and r.stage in registry.STAGES for r in found)


@pytest.mark.parametrize("name", sorted(ANALYSES))
def test_every_rule_fires_on_an_analysis_only_where_its_trigger_selects(name: str) -> None:
    """The rule tests' sentences, their words laid out with spaces: a rule that fires
    where its own trigger selects nothing would lose the claim to a selective parse.
    A quotation that only continues the one before reads no tree."""
    table = ANALYSES[name]
    text = " ".join(row.split()[0] for row in table.split("\n") if row.strip())
    trees = build_trees(parsed(text, table)[1])
    ctx = Context.build(text, trees, find_quotes(text))
    for rule_ in rules():
        selected = triggered(text, trees, [rule_.trigger])
        for tree in trees:
            for frame in rule_.frames(tree, ctx):
                assert frame.continues or frame.sentence in selected, (rule_.name, frame.rule)


@pytest.mark.parametrize("trigger", [Trigger(), None])
def test_a_rule_without_a_trigger_is_refused(trigger: Trigger | None) -> None:
    with pytest.raises(RuleError, match="declares no trigger"):
        @rule(name="untriggered", stage="reported", trigger=trigger)  # type: ignore[arg-type]
        def untriggered(tree: Tree, ctx: Context) -> Iterator:
            yield from ()
    assert "untriggered" not in {r.name for r in rules()}


def test_a_rule_for_no_known_stage_is_refused() -> None:
    with pytest.raises(RuleError, match="unknown stage"):
        rule(name="nowhere", stage="elsewhere", trigger=Trigger(forms=frozenset({"x"})))  # type: ignore[arg-type]


def test_a_second_rule_under_a_taken_name_is_refused() -> None:
    with pytest.raises(RuleError, match="registered twice"):
        @rule(name="reported", stage="reported", trigger=Trigger(cue_verbs=True))
        def reported_frames(tree: Tree, ctx: Context) -> Iterator:
            yield from ()


def _load_edited(module_name: str, tmp_path: Path, edit) -> None:
    """Execute an edited copy of a rule module under its own name (it registers again)."""
    original = Path(sys.modules[module_name].__file__ or "")
    copy = tmp_path / original.name
    copy.write_text(edit(original.read_text(encoding="utf-8")), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(module_name, copy)
    assert spec is not None and spec.loader is not None
    spec.loader.exec_module(importlib.util.module_from_spec(spec))


@pytest.fixture
def restored_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))


@pytest.mark.usefixtures("restored_registry")
def test_editing_a_rule_modules_docstring_or_comment_keeps_the_fingerprint(
        tmp_path: Path) -> None:
    before = selection_digest()
    _load_edited("factcheck.attribution.nouns", tmp_path,
                 lambda source: source.replace('"""Cue nouns:', '"""Cue nouns (edited):', 1)
                 .replace("\ndef ", "\n# a new comment\ndef ", 1))
    assert selection_digest() == before


@pytest.mark.usefixtures("restored_registry")
def test_changing_a_rules_trigger_changes_the_fingerprint(tmp_path: Path) -> None:
    before = selection_digest()
    _load_edited("factcheck.attribution.nouns", tmp_path,
                 lambda source: source.replace(
                     'trigger=Trigger(tagged=(("NOUN",', 'trigger=Trigger(tagged=(("PROPN",', 1))
    assert selection_digest() != before
