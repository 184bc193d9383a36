"""Word classes, relations and function words of Universal Dependencies v2, as the rules read them.

Tag sets (UPOS), relation sets (deprel), and the closed-class words the rules
test: complementizers, relatives, determiners, subordinators, case markers,
time words. One definition each; where two rules need different sets the
names say how they differ.
"""

from __future__ import annotations

from typing import Final

#: Complementizers that open a reported clause (kept out of the content span).
COMPLEMENTIZERS: Final[frozenset[str]] = frozenset({"that"})

#: Dependency relations, UD v2.
SUBJECT_DEPS: Final[frozenset[str]] = frozenset({"nsubj", "nsubj:outer"})

PASSIVE_SUBJECT_DEPS: Final[frozenset[str]] = frozenset({"nsubj:pass"})

#: Children cut from a speaker's mention: other conjuncts and loose attachments.
MENTION_CUT_DEPS: Final[frozenset[str]] = frozenset({
    "conj", "cc", "case", "parataxis", "dep", "discourse", "reparandum",
})

#: Children cut from a description when it becomes a canonical name.
DESCRIPTION_CUT_DEPS: Final[frozenset[str]] = MENTION_CUT_DEPS | {"appos", "acl:relcl"}

RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"who", "which", "that", "whom"})

#: Relative pronouns that are a speaker's mention of their own, resolved like "he"
#: ("Harvey, who acknowledged …", "the union, which endorsed …"); a "that" clause
#: speaks for its noun ("a statement that said …").
PERSONAL_RELATIVES: Final[frozenset[str]] = frozenset({"who", "which"})

DETERMINERS: Final[frozenset[str]] = frozenset({"the", "a", "an", "this", "that", "these", "those"})
#: The articles of an indefinite noun phrase ("a crisis risk specialist").
INDEFINITE_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an"})
#: Determiners that make a description definite ("the army", "this group").
DEFINITE_DETERMINERS: Final[frozenset[str]] = DETERMINERS - INDEFINITE_ARTICLES

#: Time words: a parse may take one for a subject ("said Friday", "and later said"); in
#: UD they are obl:tmod or advmod, so the verb's subject is found past them.
TIME_WORDS: Final[frozenset[str]] = frozenset({
    "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "week", "month", "year", "day", "morning",
    "afternoon", "evening", "night", "time", "weekend", "late", "later", "early", "earlier",
    "meanwhile",
})

#: Words a parse may make a cue's subject that can never be a speaker ("this").
NOT_SPEAKERS: Final[frozenset[str]] = TIME_WORDS | frozenset({
    "this", "that", "these", "those", "something", "anything", "everything", "nothing", "what",
    "which", "who", "whom", "whose", "there", "here", "all", "none", "one",
})

#: Quantifiers that may follow the nominal they quantify ("Clinton and Sanders both said").
FLOATING_QUANTIFIERS: Final[frozenset[str]] = frozenset({"both", "all", "each"})

#: The clitic that is "is" or "has" ("He's said"), in both apostrophes.
CLITIC_S: Final[frozenset[str]] = frozenset({"'s", "\u2019s"})

# Word classes (UPOS).

#: Nouns, proper nouns and pronouns: what heads a noun phrase.
NOMINAL_UPOS: Final[frozenset[str]] = frozenset({"NOUN", "PROPN", "PRON"})
#: Verbs and auxiliaries: what heads a clause.
VERBAL_UPOS: Final[frozenset[str]] = frozenset({"VERB", "AUX"})
#: What may head a nominal argument: a noun phrase's head, a number ("50 said"), or a word
#: the tagger could not class.
NOMINAL_ARGUMENT_UPOS: Final[frozenset[str]] = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
#: What a speaker may be headed by: not a number ("Sarandon, 69, said").
SPEAKER_HEAD_UPOS: Final[frozenset[str]] = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "X"})
#: Word classes a speaker's noun phrase is made of.
SPEAKER_PHRASE_UPOS: Final[frozenset[str]] = frozenset({
    "DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "ADP", "CCONJ", "PUNCT", "X", "SYM",
})
#: Word classes of the adjuncts that may follow a closing cue ("on Tuesday", "in a statement").
ADJUNCT_UPOS: Final[frozenset[str]] = SPEAKER_PHRASE_UPOS | {"ADV"}
#: Word classes of the nominal in "with 50 percent saying …".
ABSOLUTE_UPOS: Final[frozenset[str]] = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "SYM"})
#: Words allowed between a speaker and the cue ("has also said").
BRIDGE_UPOS: Final[frozenset[str]] = frozenset({"AUX", "ADV"})
#: Word classes of a subject's noun phrase: a main clause's subject after a fronted clause,
#: and the words that may open a reported clause read from the surface.
SUBJECT_UPOS: Final[frozenset[str]] = frozenset({"PRON", "PROPN", "NOUN", "DET", "ADJ", "NUM"})
#: What the hedged predicate may be: a verb, or an adjective or noun after a bare "seem".
HEDGED_PREDICATE_UPOS: Final[frozenset[str]] = frozenset({"VERB", "AUX", "ADJ", "NOUN"})

# Relations (deprel).

#: A verb's objects: the direct one and the hearer ("told AFP", "called her a liar").
OBJECT_DEPS: Final[frozenset[str]] = frozenset({"obj", "iobj"})
#: What links a clause to the one before it: a subordinator or a conjunction.
CLAUSE_LINK_DEPS: Final[frozenset[str]] = frozenset({"mark", "cc"})
#: Modifiers that qualify a head noun ("the Malian army", "Burkina Faso military").
QUALIFIER_DEPS: Final[frozenset[str]] = frozenset({"amod", "compound"})
#: A cue's dependents that belong to the reporter, not the content, when they follow it.
CLOSING_DEPS: Final[frozenset[str]] = frozenset({
    "punct", "cc", "conj", "parataxis", "discourse", "vocative", "reparandum",
})
#: Children of the withheld verb left out of the non-claim's words.
WITHHELD_CUT_DEPS: Final[frozenset[str]] = frozenset({"advcl", "conj", "parataxis", "cc", "mark"})
#: How a reporting noun holds its content clause ("the claim that …").
NOUN_CLAUSE_DEPS: Final[frozenset[str]] = frozenset({"acl", "ccomp", "appos"})
#: A noun phrase hanging from the cue with no preposition: the content clause's subject.
BARE_NOMINAL_DEPS: Final[frozenset[str]] = frozenset({"obj", "iobj", "nsubj", "dep"})
#: Clauses that report someone's words or thought: a verb's complement, a noun's "that"-clause.
REPORTED_CLAUSE_DEPS: Final[frozenset[str]] = frozenset({"ccomp", "acl"})
#: Words that head a phrase rather than modify one inside it.
INNER_DEPS: Final[frozenset[str]] = frozenset({
    "compound", "flat", "flat:name", "fixed", "goeswith", "det", "case", "amod", "nummod", "punct",
    "cc",
})

# Closed-class words.

#: Participles that attach a list or a frame to the clause itself ("…, including X").
CLAUSE_PARTICIPLES: Final[frozenset[str]] = frozenset({
    "include", "accord", "follow", "regard", "concern", "give", "depend",
})
#: Participles that state what the clause's event did to people or things ("…, killing 12
#: soldiers", "…, leaving 20 dead", "…, resulting in the capture of nine", "…, bringing the
#: toll to 40"): the event's outcome, part of what is reported, never the reporter's own doing.
RESULT_PARTICIPLES: Final[frozenset[str]] = frozenset({
    "kill", "wound", "injure", "maim", "leave", "result", "cause", "displace", "destroy",
    "damage", "bring", "force", "trap",
})
#: Second words of a number's bound ("more than", "at least", "at most"): a clause cannot
#: open with one, so the word before it, which a parse hung elsewhere, is the clause's too.
BOUND_TAILS: Final[frozenset[str]] = frozenset({"than", "least", "most"})
#: Words that open a passive participle clause ("when asked", "if elected", "once told").
PARTICIPLE_SUBORDINATORS: Final[frozenset[str]] = frozenset({
    "when", "if", "once", "unless", "until", "after", "before", "as", "though",
})
#: Case markers that name who made a claim a noun stands for ("a claim by X").
AGENT_CASES: Final[frozenset[str]] = frozenset({"by", "from"})
#: How a naming verb's second predicate may be marked ("described X as Y").
PREDICATE_CASES: Final[frozenset[str]] = frozenset({"as"})
#: Case markers that tie a medium to its owner ("a statement from X").
OWNER_CASES: Final[frozenset[str]] = frozenset({"from", "by", "of"})
#: Words that open a clause of the reporter's own after a closing cue ("…, Graham said, since …").
REPORTER_CLAUSE_OPENERS: Final[frozenset[str]] = frozenset({
    "since", "as", "because", "while", "though", "although", "after", "before", "when", "but",
    "and", "adding", "saying", "noting", "which", "who",
})
#: Subordinators that open a sentence with an adverbial clause ("While acknowledging …, he said").
FRONTING_SUBORDINATORS: Final[frozenset[str]] = frozenset({
    "while", "though", "although", "after", "before", "when", "since", "because", "if", "despite",
    "once", "as",
})
#: Words that head a phrase of people with no noun of their own ("said one of the
#: witnesses", "tweeted another").
QUANTIFIER_HEADS: Final[frozenset[str]] = frozenset({
    "one", "another", "some", "many", "several", "others", "most", "few", "each", "both",
})
#: Relative pronouns that open a comma-bounded clause inside a speaker's phrase.
WH_RELATIVES: Final[frozenset[str]] = frozenset({"who", "which", "whose", "whom"})
#: Words that open a reported clause or question ("said neither …", "would not say how …").
CLAUSE_OPENERS: Final[frozenset[str]] = frozenset({
    "neither", "both", "how", "why", "what", "when", "where", "who", "whether", "if", "too", "only",
})
