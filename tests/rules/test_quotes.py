"""Quote pairing over the raw text."""

from __future__ import annotations

import pytest

from factcheck.attribution.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "quoted", "balanced"),
    [
        ('He said "go home" now.', ['"go home"'], [True]),
        (
            "\u201cA,\u201d he said, \u201cB.\u201d",
            ["\u201cA,\u201d", "\u201cB.\u201d"],
            [True, True],
        ),
        ("''Tax reform,'' he said.", ["''Tax reform,''"], [True]),
        ("Mali\u2019s army and the rebels\u2019 leader met.", [], []),
        ("British \u2018quote here,\u2019 she said.", ["\u2018quote here,\u2019"], [True]),
        ("\u201cOpen and never closed\nNext paragraph.", ["\u201cOpen and never closed"], [False]),
        ("\u201cA.\n\n\u201cB,\u201d he said.", ["\u201cA.\n\n\u201cB,\u201d"], [True]),
        ('One " two', ['One "'], [False]),
    ],
)
def test_quote_pairing(text, quoted, balanced) -> None:
    quotes = find_quotes(text)
    assert [text[q.outer[0] : q.outer[1]] for q in quotes] == quoted
    assert [q.balanced for q in quotes] == balanced
