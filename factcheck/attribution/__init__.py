"""Who said what: attribution rules over a stanza parse, one module per rule family.

``quotes`` pairs quote marks over the raw text; ``direct`` attributes
quotations; ``reported`` reads reporting verbs and their clauses; ``surface``
reads the attribution shapes punctuation carries ("…, a source said.");
``according`` reads "according to X"; ``nouns`` reads cue nouns ("X's claim
that"); ``transcripts`` reads "NAME: …" lines; ``nonclaims`` keeps "did not
respond" apart; ``channels`` finds the via; ``speakers`` resolves who a
speaker is; ``tree`` indexes a sentence once; ``registry`` holds every rule
with the trigger that says where it can fire; ``extract`` runs them all.
"""

from factcheck.attribution.extract import extract_claims

__all__ = ["extract_claims"]
