"""Non-claims: "did not respond", "declined to comment", kept apart and never compared."""

from __future__ import annotations

import pytest

from .tables import claims_of, load_tables

TABLES = load_tables("nonclaims")


NO_RESPONSE = (
    "The government did not immediately respond to a request for comment.",
    TABLES["no_response"],
    ["The government"],
    "did not immediately respond to a request for comment",
)

DECLINED = (
    "The ministry declined to comment.",
    TABLES["declined"],
    ["The ministry"],
    "declined to comment",
)

UNREACHABLE = ("A spokesman couldn't be reached.", TABLES["unreachable"], ["A spokesman"], "could")

NEITHER = (
    "Neither Mali nor Wagner have said how many troops they lost.",
    TABLES["neither"],
    ["Mali", "Wagner"],
    "have said how many troops they lost",
)

NOT_SAID = (
    "The army did not say how many soldiers died.",
    TABLES["not_said"],
    ["The army"],
    "did not say how many soldiers died",
)

ANONYMITY = (
    "The official asked not to be named.",
    TABLES["anonymity"],
    ["The official"],
    "asked not to be named",
)


@pytest.mark.parametrize(
    ("text", "table", "speakers", "content"),
    [NO_RESPONSE, DECLINED, UNREACHABLE, NEITHER, NOT_SAID, ANONYMITY],
)
def test_non_claims_are_kept_apart(text, table, speakers, content) -> None:
    claims = claims_of(text, table)
    assert claims and all(c.non_claim and c.negated for c in claims)
    claim = claims[0]
    assert [s.text for s in claim.speakers] == speakers
    assert claim.content.text.startswith(content)
    assert claim.rule.startswith("nonclaim:")


def test_a_conflict_claiming_lives_says_nothing() -> None:
    """'claimed 40,000 lives' counts the dead: no claim, and no claimant 'the conflict'."""
    text = "The conflict has already claimed 40,000 lives."
    assert claims_of(text, TABLES["a_conflict_claiming_lives_says_nothing"]) == []


def test_a_group_claiming_a_toll_says_it() -> None:
    text = "The group claimed 40 soldiers died."
    claims = claims_of(text, TABLES["a_group_claiming_a_toll_says_it"])
    assert [(c.speakers[0].text, c.content.text) for c in claims] == [
        ("The group", "40 soldiers died")
    ]
