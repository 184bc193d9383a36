"""Attribution that survives a bad parse: each shape read from a correct UD analysis and from
the one a weak tagger and parser give it (a cue tagged as a noun, a participle hung on the
wrong verb, an odd root)."""

from __future__ import annotations

import pytest

from .tables import claims_of, load_tables, only

TABLES = load_tables("fallbacks")


@pytest.mark.parametrize("analysis", ["result_participle_ud", "result_participle_weak"])
def test_a_result_participle_stays_in_the_reported_clause(analysis: str) -> None:
    """'…, killing 17 soldiers': what the reported event did, with its number."""
    claim = only(claims_of("The group said the fighters struck a base, killing 17 soldiers.",
                           TABLES[analysis]))
    assert claim.content.text == "the fighters struck a base, killing 17 soldiers"
    assert [s.text for s in claim.speakers] == ["The group"]


@pytest.mark.parametrize("analysis", ["inverted_participle_ud", "inverted_participle_weak"])
def test_content_before_a_closing_cue_keeps_its_participle(analysis: str) -> None:
    """'…, seizing a town, the group said': the reporter is named only after the content,
    so no participle before the cue can be the reporter's own doing."""
    claim = only(claims_of("Fighters struck a base, seizing a town, the group said.",
                           TABLES[analysis]))
    assert claim.content.text == "Fighters struck a base, seizing a town"
    assert [s.text for s in claim.speakers] == ["the group"]
