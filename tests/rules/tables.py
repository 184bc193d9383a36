"""Hand-written Universal Dependencies analyses for the rule tests, and how they are read.

Each rule family's tables live in ``data/<family>.toml``, one key per analysis.
No model runs here: each table is a sentence's UD v2 analysis written out
(form, UPOS, head, relation, and where it matters lemma, features and NER),
turned into a stanza Document through CoNLL-U with the character offsets in
MISC, exactly as a parse of the same text would have them.
"""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path

from stanza.utils.conll import CoNLL

from factcheck.attribution import extract_claims
from factcheck.records import Claim, Document

DATA = Path(__file__).resolve().parent / "data"


def load_tables(family: str) -> dict[str, str]:
    """The analyses of one rule family, by name."""
    with (DATA / f"{family}.toml").open("rb") as handle:
        return tomllib.load(handle)


def all_tables() -> dict[str, str]:
    """Every family's analyses, keyed ``family.name``."""
    return {
        f"{path.stem}.{key}": table
        for path in sorted(DATA.glob("*.toml"))
        for key, table in load_tables(path.stem).items()
    }


def parsed(text: str, table: str):
    """A Document and its stanza parse from a table: one row per word, blank line between sentences.

    Row: ``form UPOS head deprel [lemma=…] [feats=…] [ner=…]``. Forms are laid
    over ``text`` in order to find their offsets.
    """
    blocks, pos = [], 0
    for block in table.strip().split("\n\n"):
        rows = []
        for number, row in enumerate(block.strip().splitlines(), 1):
            form, upos, head, deprel, *extra = row.split()
            options = dict(item.split("=", 1) for item in extra)
            start = text.index(form, pos)
            pos = start + len(form)
            misc = f"start_char={start}|end_char={pos}"
            if "ner" in options:
                misc += f"|ner={options['ner']}"
            rows.append(
                "\t".join(
                    [
                        str(number),
                        form,
                        options.get("lemma", form.lower()),
                        upos,
                        "_",
                        options.get("feats", "_"),
                        head,
                        deprel,
                        "_",
                        misc,
                    ]
                )
            )
        assert_tree([int(row.split("\t")[6]) for row in rows])
        blocks.append("\n".join(rows))
    sdoc = CoNLL.conll2doc(input_str="\n\n".join(blocks) + "\n\n")
    sdoc.text = text
    return Document(text=text, source="table"), sdoc


def assert_tree(heads: list[int]) -> None:
    """Every word of a hand-written analysis reaches the root: a typo'd head makes a cycle."""
    for word in range(1, len(heads) + 1):
        seen = set()
        while word:
            assert word not in seen, f"head cycle through word {word}: {heads}"
            seen.add(word)
            word = heads[word - 1]


def claims_of(text: str, table: str, **options) -> list[Claim]:
    document, sdoc = parsed(text, table)
    before = copy.deepcopy(sdoc.to_dict())
    claims = extract_claims(document, sdoc, **options)
    assert sdoc.to_dict() == before, "extract_claims changed the stanza Document"
    for claim in claims:
        assert_offsets(text, claim)
    return claims


def assert_offsets(text: str, claim: Claim) -> None:
    spans = [claim.content, claim.via, claim.sentence, claim.cue, *claim.speakers]
    for span in spans:
        if span is not None:
            assert text[span.start : span.end] == span.text, span


def only(claims: list[Claim]) -> Claim:
    real = [c for c in claims if not c.non_claim]
    assert len(real) == 1, [(c.rule, c.content.text) for c in claims]
    return real[0]
