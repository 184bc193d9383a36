"""Who said what: attribution rules over a stanza parse, one module per rule family.

Rules, each registered with its trigger in ``registry``: ``direct``
attributes quotations; ``reported`` reads reporting verbs and their clauses;
``phrasal`` reads "called for" and "called X a Y"; ``evidential`` the
writer's hedges ("appears to", "reportedly"); ``according`` reads "according
to X" and "in a poll"; ``nouns`` reads cue nouns ("X's claim that");
``transcripts`` reads "NAME: …" lines; ``nonclaims`` keeps "did not respond"
apart.

What they share: ``quotes`` pairs quote marks over the raw text; ``tree``
indexes a sentence once; ``grammar`` reads cue verbs, subjects and where
content ends; ``surface`` the attribution shapes punctuation carries ("…, a
source said."); ``reporters`` who a cue's words belong to as written;
``mentions`` a mention's words; ``channels`` finds the via; ``speakers``
resolves who a speaker is across the document; ``extract`` runs them all.
"""

from factcheck.attribution.extract import extract_claims

__all__ = ["extract_claims"]
