"""Every word, tag and relation set the extractor reads, one definition each.

``cues``: reporting verbs and nouns with the stance each gives, hedges, channels,
non-claim phrasings; ``grammar``: UD tag and relation sets and closed-class words
(complementizers, relatives, determiners, subordinators); ``punctuation``: quote
marks and the marks that trim or end a span; ``names``: pronouns,
description heads, titles, NER labels, countries; ``forms``: inflected forms of
the cue words; ``quantities``: number words, bounds, casualty classes and
measures. Rules decide *where* to look; this package decides *which words*
count.
"""
