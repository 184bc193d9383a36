"""A naive regular-expression extractor: the floor the real extractor must clear.

It finds only a quotation next to "<Name> said" (either order, either
"X said" or "said X"), with a capitalised name or a personal pronoun as the
speaker. No parse is used; it takes the same arguments as the real extractor
so the benchmark can swap one for the other.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from factcheck.records import (
    AttributionType,
    Claim,
    Cue,
    Document,
    Span,
    Speaker,
)

_QUOTE = r"(?P<content>[“\"][^“”\"]{3,}?[”\"])"
_NAME_WORD = r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*"
_SPEAKER = (rf"(?P<speaker>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
            r"|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)")
_CUE = r"(?P<cue>said|says|told|added|asked|wrote|explained|stated)"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("regex.quote_speaker_cue", re.compile(_QUOTE + r",?\s+" + _SPEAKER + r"\s+" + _CUE + r"\b")),
    ("regex.quote_cue_speaker", re.compile(_QUOTE + r",?\s+" + _CUE + r"\s+" + _SPEAKER + r"\b")),
    ("regex.speaker_cue_quote", re.compile(_SPEAKER + r"\s+" + _CUE + r"[,:]?\s+" + _QUOTE)),
)


def _sentence_index(sdoc: Any, offset: int) -> int:
    if sdoc is None:
        return 0
    starts = [sentence.tokens[0].start_char for sentence in sdoc.sentences]
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def _claim(document: Document, sdoc: Any, match: re.Match[str], rule: str) -> Claim:
    content = Span(match.start("content"), match.end("content"), match["content"])
    cue = Cue(match["cue"], match.start("cue"), match.end("cue"), match["cue"])
    speaker = Speaker(match["speaker"], match.start("speaker"), match.end("speaker"),
                      canonical=match["speaker"])
    return Claim(
        claim_id=Claim.make_id(document.sha256, content, cue),
        doc_id=document.doc_id,
        sentence_index=_sentence_index(sdoc, content.start),
        speakers=(speaker,),
        cue=cue,
        content=content,
        type=AttributionType.DIRECT,
        rule=rule,
    )


def extract_claims(document: Document, sdoc: Any = None) -> list[Claim]:
    """Quotations with an adjacent "X said"; one claim per quotation, first pattern wins."""
    claims: dict[tuple[int, int], Claim] = {}
    for rule, pattern in PATTERNS:
        for match in pattern.finditer(document.text):
            key = match.span("content")
            if key not in claims:
                claims[key] = _claim(document, sdoc, match, rule)
    return sorted(claims.values(), key=lambda claim: claim.content.start)
