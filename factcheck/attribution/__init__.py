"""Who said what: attribution rules over a stanza parse, one module per rule family.

``quotes`` pairs quote marks; ``direct`` attributes quotations; ``reported``
reads reporting verbs and their clauses; ``according`` reads "according to X";
``nouns`` reads cue nouns ("X's claim that"); ``nonclaims`` keeps "did not
respond" apart; ``channels`` finds the via; ``speakers`` resolves who a
speaker is; ``extract`` runs them all.
"""

from factcheck.attribution.extract import extract_claims

__all__ = ["extract_claims"]
