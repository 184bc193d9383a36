"""A selective parse: depparse only where an attribution can be, and the same claims as a full one.

Everything here runs the real stanza models. The selection is checked on
small texts whose sentences each hold one trigger (or none), and on the
fixtures the claims of a selective parse must equal those of a full parse,
offsets, speakers and all.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from factcheck import nlp
from factcheck.analysis import AnalysisReport, analyze_document
from factcheck.attribution import extract_claims
from factcheck.attribution.quotes import find_quotes
from factcheck.attribution.registry import Context, rules
from factcheck.attribution.tree import build_trees
from factcheck.documents import load_path, load_text
from factcheck.records import Claim, Document
from factcheck.selective import select, triggered
from factcheck.workspace import Workspace

pytestmark = pytest.mark.stanza

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_NAMES = sorted(path.name for path in FIXTURES.glob("*.md"))


@cache
def parsed(text: str, mode: str) -> Any:
    return nlp.parse(text, mode=mode)


@cache
def fixture(name: str) -> Document:
    return load_path(FIXTURES / name)


def claims(document: Document, mode: str) -> list[Claim]:
    return extract_claims(document, parsed(document.text, mode))


def attribution_of(text: str) -> frozenset[int]:
    return select(text, parsed(text, nlp.FULL).sentences).attribution


@pytest.mark.parametrize(("text", "wanted"), [
    ("The army said the strike killed 20 people. The weather was hot that week.", {0}),
    ("The road was closed. According to the police, the road was mined.", {1}),
    ("The road was closed. The ministry did not respond to a request for comment.", {1}),
    ("Rebels took the town. The group's claim that it holds the airport is false.", {1}),
    ("The town is quiet. Residents joked that the mayor had left.", {1}),
    ('The town is quiet. "We are safe here, they said nothing," the mayor said.', {1}),
    ('The town is quiet. "We are not afraid. They told us to stay."', set()),
    ('The book came out on Monday. Its author, Daron Shaw: "The race is close."', {1}),
    ("The town is quiet. In a Fox poll, Cruz leads.", {1}),
])
def test_selection_picks_the_sentences_a_rule_can_fire_in(text: str, wanted: set[int]) -> None:
    assert attribution_of(text) == wanted


def test_an_earlier_sentence_spelling_out_a_speakers_name_is_parsed_too() -> None:
    text = ("Jill Stein campaigned in Ohio on Monday. The crowd was large. "
            "Stein said the race was close.")
    chosen = select(text, parsed(text, nlp.FULL).sentences)
    assert chosen.attribution == {2}
    assert chosen.names == {0}
    assert chosen.sentences == [0, 2]


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_selective_parse_gives_the_same_claims_as_a_full_parse(name: str) -> None:
    document = fixture(name)
    full, selective = claims(document, nlp.FULL), claims(document, nlp.SELECTIVE)
    assert full
    assert selective == full


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_every_rule_fires_only_where_its_own_trigger_selects(name: str) -> None:
    """A rule that reads a tree its trigger never asks for would lose claims to a selective
    parse. A quotation that only continues the one before reads no tree at all."""
    text = fixture(name).text
    trees = build_trees(parsed(text, nlp.FULL))
    ctx = Context.build(text, trees, find_quotes(text))
    fired = 0
    for rule in rules():
        selected = triggered(text, trees, [rule.trigger])
        for tree in trees:
            for frame in rule.frames(tree, ctx):
                if not frame.continues:
                    fired += 1
                    assert frame.sentence in selected, (rule.name, frame.rule, frame.sentence)
    assert fired


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_selective_parse_keeps_offsets_and_trees_only_where_selected(name: str) -> None:
    text = fixture(name).text
    full, selective = parsed(text, nlp.FULL), parsed(text, nlp.SELECTIVE)
    chosen = set(select(text, selective.sentences).sentences)
    assert len(selective.sentences) == len(full.sentences)
    for index, (whole, part) in enumerate(zip(full.sentences, selective.sentences, strict=True)):
        assert [(w.text, w.upos, w.lemma) for w in part.words] == \
            [(w.text, w.upos, w.lemma) for w in whole.words]
        for token in part.tokens:
            assert text[token.start_char:token.end_char] == token.text
        heads = [(w.head, w.deprel) for w in part.words]
        if index in chosen:
            assert heads == [(w.head, w.deprel) for w in whole.words]
        else:
            assert set(heads) == {(None, None)}
    assert [e.text for e in selective.ents] == [e.text for e in full.ents]


def test_a_selective_parse_survives_the_workspace_round_trip() -> None:
    document = fixture(FIXTURE_NAMES[0])
    stored = nlp.deserialize(nlp.serialize(parsed(document.text, nlp.SELECTIVE)))
    assert extract_claims(document, stored) == claims(document, nlp.SELECTIVE)


def test_the_parse_mode_is_part_of_the_fingerprint(tmp_path: Path) -> None:
    assert nlp.fingerprint(mode=nlp.FULL) != nlp.fingerprint(mode=nlp.SELECTIVE)
    document = fixture(FIXTURE_NAMES[0])
    with Workspace(tmp_path / "ws.db") as ws:
        for mode in nlp.PARSE_MODES:
            report = AnalysisReport()
            analyze_document(ws, document, report, parse_mode=mode)
            assert report.parsed == 1
            assert ws.get_parse(document.sha256, nlp.fingerprint(mode=mode)) is not None
            assert "depparse" in report.stages and "extract" in report.stages


def test_an_unknown_parse_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown parse mode"):
        nlp.fingerprint(mode="partial")


@pytest.mark.parametrize("mode", nlp.PARSE_MODES)
def test_a_sentence_over_the_tree_limit_is_tagged_but_not_parsed(mode: str) -> None:
    words = nlp.MAX_TREE_WORDS + 30
    text = ("The army said " + "many villagers and " * (words // 3) + "herders fled.\n"
            "The CSP said 21 civilians were killed.")
    doc = load_text(text)
    parsed = nlp.parse(doc.text, mode=mode)
    long_sentence, short_sentence = parsed.sentences
    assert len(long_sentence.words) > nlp.MAX_TREE_WORDS
    assert all(w.head is None and w.upos for w in long_sentence.words)
    assert all(w.head is not None for w in short_sentence.words)
    found = extract_claims(doc, parsed)
    assert "21 civilians were killed" in [c.content.text for c in found]
    assert all(doc.text[c.content.start:c.content.end] == c.content.text for c in found)
