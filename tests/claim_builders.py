"""Documents and claims written by hand for alignment and export tests (no stanza needed).

Offsets are found in the text, so every span obeys ``text[start:end] == span.text``;
quantities come from the real ``extract_quantities``.
"""

from __future__ import annotations

from factcheck.quantities import extract_quantities
from factcheck.records import (
    AttributionType,
    Claim,
    Cue,
    Document,
    Span,
    Speaker,
    SpeakerKind,
)


def article(sentences: list[str], *, outlet: str, published: str | None,
            title: str = "") -> Document:
    return Document(text=" ".join(sentences), source=f"test:{outlet}:{published}:{title}",
                    title=title or None, outlet=outlet, published=published)


def claim(doc: Document, sentence: str, speaker: str, content: str, *,
          canonical: str | None = None, cue: str = "said", hedge: str = "none",
          with_quantities: bool = True) -> Claim:
    """The claim ``speaker`` ``cue`` ``content`` inside ``sentence`` (each found once in doc)."""
    s_start = doc.text.index(sentence)
    index = doc.text[:s_start].count(". ")
    sp_start = doc.text.index(speaker, s_start)
    cue_start = doc.text.index(cue, s_start)
    c_start = doc.text.index(content, s_start)
    content_span = Span(c_start, c_start + len(content), content)
    cue_span = Cue(cue, cue_start, cue_start + len(cue), cue)
    quantities = extract_quantities(content, offset=c_start) if with_quantities else ()
    return Claim(
        claim_id=Claim.make_id(doc.sha256, content_span, cue_span), doc_id=doc.doc_id,
        sentence_index=index,
        speakers=(Speaker(speaker, sp_start, sp_start + len(speaker), canonical or speaker,
                          SpeakerKind.ORGANISATION),),
        cue=cue_span, content=content_span, type=AttributionType.INDIRECT, hedge=hedge,
        quantities=quantities, rule="test",
        sentence=Span(s_start, s_start + len(sentence), sentence),
    )
