"""Punctuation the rules read: quote marks, what trims a span's edges, what ends a clause.

Characters, not words, but like the word lists defined once here.
"""

from __future__ import annotations

from typing import Final

#: Quote marks, straight and curly, double and single.
QUOTE_CHARS: Final[frozenset[str]] = frozenset("\"'“”\u2018\u2019„«»")
#: Punctuation trimmed from the edges of any span a rule returns.
EDGE_PUNCT: Final[frozenset[str]] = frozenset(",;:.—\u2013-()[]")
#: What may follow a verb form a tagger took for a noun: a colon, a quote, a frame's end.
CUE_FOLLOWERS: Final[frozenset[str]] = frozenset({":", ",", ".", *QUOTE_CHARS})
#: Marks that part a reporting clause from the content before it ("…, X said"): where a
#: speaker's phrase may begin.
CONTENT_SEPARATORS: Final[frozenset[str]] = frozenset({",", ":", "—", "\u2013"})
#: Punctuation that ends a clause the phrase could source.
CLAUSE_BREAKS: Final[frozenset[str]] = frozenset({":", ";"})
#: Inside-the-quote endings that set a quotation off from the words around it.
SET_OFF_END: Final[frozenset[str]] = frozenset(",.?!…:;—\u2013-")
#: Trailing characters of a quoted phrase that hand over to the clause around it.
FRAGMENT_TRAILING: Final[str] = " ,;:\n\t"
#: Characters trimmed from the end of a channel phrase.
VIA_TRAILING: Final[str] = ".,;: "
