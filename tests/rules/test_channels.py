"""Channels: the medium or addressee of a claim, shown as its via."""

from __future__ import annotations

import pytest

from .tables import claims_of, load_tables

TABLES = load_tables("channels")


TOLD = ("The spokesman told AFP that 20 soldiers died.", TABLES["told"], "told AFP")

IN_A_STATEMENT = (
    "In a statement, the army said 20 soldiers died.",
    TABLES["in_a_statement"],
    "In a statement",
)

ON_TELEGRAM = (
    "The group said on Telegram that it killed 20 soldiers.",
    TABLES["on_telegram"],
    "on Telegram",
)

VIA_SITE = ("The group said via SITE that it killed 20 soldiers.", TABLES["via_site"], "via SITE")

SEEN_BY = (
    "The army said in a document seen by Reuters that 20 soldiers died.",
    TABLES["seen_by"],
    "a document seen by Reuters",
)


@pytest.mark.parametrize(
    ("text", "table", "via"), [TOLD, IN_A_STATEMENT, ON_TELEGRAM, VIA_SITE, SEEN_BY]
)
def test_channels(text, table, via) -> None:
    claim = next(c for c in claims_of(text, table) if c.cue and c.cue.lemma in ("say", "tell"))
    assert claim.via is not None and claim.via.text == via
    assert "20 soldiers" in claim.content.text
