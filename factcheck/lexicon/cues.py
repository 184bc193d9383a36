"""Cue words: reporting verbs and nouns with the stance each one expresses (the claim's
hedge), hedging verbs and adverbs, phrasal and naming cues, channels and platforms, and
non-claim phrasings."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

# Stance values a cue gives its claim; "none" is a neutral report.
NONE: Final = "none"
CLAIMED: Final = "claimed"
ESTIMATED: Final = "estimated"
ALLEGED: Final = "alleged"
ADMITTED: Final = "admitted"
DENIED: Final = "denied"
WARNED: Final = "warned"
URGED: Final = "urged"
WELCOMED: Final = "welcomed"
CONDEMNED: Final = "condemned"
CRITICIZED: Final = "criticized"
PREDICTED: Final = "predicted"
PROMISED: Final = "promised"
BELIEVED: Final = "believed"
CONFIRMED: Final = "confirmed"
INSISTED: Final = "insisted"
SUGGESTED: Final = "suggested"
INTENDED: Final = "intended"
SUPPORTED: Final = "supported"
OPPOSED: Final = "opposed"
PROPOSED: Final = "proposed"
QUESTIONED: Final = "questioned"
REFUSED: Final = "refused"
CHARACTERIZED: Final = "characterized"
APPARENT: Final = "apparent"
REPORTED: Final = "reported"

#: Reporting verb lemma -> hedge. A verb here is a cue when it governs a clause
#: (ccomp, xcomp, parataxis) or a quotation.
REPORTING_VERBS: Final[Mapping[str, str]] = MappingProxyType({
    # neutral reports
    "say": NONE, "tell": NONE, "state": NONE, "add": NONE, "note": NONE, "explain": NONE,
    "write": NONE, "report": NONE, "announce": NONE, "declare": NONE, "reiterate": NONE,
    "repeat": NONE, "indicate": NONE, "quote": NONE, "comment": NONE, "remark": NONE,
    "respond": NONE, "reply": NONE, "answer": NONE, "tweet": NONE, "post": NONE,
    "testify": NONE, "recall": NONE, "mention": NONE, "observe": NONE, "inform": NONE,
    "disclose": NONE, "reveal": NONE, "show": NONE, "find": NONE, "learn": NONE,
    "publish": NONE, "emphasize": NONE, "emphasise": NONE, "stress": NONE,
    "describe": NONE, "continue": NONE, "conclude": NONE, "agree": NONE, "complain": NONE,
    "ask": NONE, "recount": NONE, "specify": NONE, "detail": NONE, "cite": NONE,
    # manners of speaking, mostly beside quotations
    "joke": NONE, "quip": NONE, "exclaim": NONE, "shout": NONE, "yell": NONE, "scream": NONE,
    "chant": NONE, "whisper": NONE, "interject": NONE, "retort": NONE, "muse": NONE,
    "point": NONE, "read": NONE,
    # stance
    "claim": CLAIMED, "assert": CLAIMED, "contend": CLAIMED, "maintain": CLAIMED,
    "argue": CLAIMED, "boast": CLAIMED,
    "insist": INSISTED,
    "estimate": ESTIMATED, "calculate": ESTIMATED,
    # counts a monitor or a party keeps ("the network has documented 1,500 deaths")
    "document": NONE, "mourn": NONE,
    "allege": ALLEGED, "accuse": ALLEGED, "blame": ALLEGED, "charge": ALLEGED,
    "admit": ADMITTED, "acknowledge": ADMITTED, "concede": ADMITTED,
    "deny": DENIED, "dispute": DENIED, "reject": DENIED,
    "confirm": CONFIRMED,
    "warn": WARNED, "caution": WARNED, "threaten": WARNED,
    "urge": URGED, "demand": URGED, "call": URGED,
    "welcome": WELCOMED, "praise": WELCOMED, "hail": WELCOMED,
    "condemn": CONDEMNED, "denounce": CONDEMNED,
    "criticize": CRITICIZED, "criticise": CRITICIZED, "slam": CRITICIZED, "blast": CRITICIZED,
    "predict": PREDICTED, "forecast": PREDICTED,
    "promise": PROMISED, "pledge": PROMISED, "vow": PROMISED,
    "believe": BELIEVED, "think": BELIEVED, "fear": BELIEVED,
    "suggest": SUGGESTED, "hint": SUGGESTED,
    # stances and intentions: attributed too, each with its own hedge
    "want": INTENDED, "plan": INTENDED, "intend": INTENDED, "hope": INTENDED, "seek": INTENDED,
    "aim": INTENDED, "expect": PREDICTED, "anticipate": PREDICTED,
    "support": SUPPORTED, "endorse": SUPPORTED, "defend": SUPPORTED, "back": SUPPORTED,
    "oppose": OPPOSED, "question": QUESTIONED, "doubt": QUESTIONED,
    "attack": CRITICIZED,
    "propose": PROPOSED, "offer": PROPOSED, "recommend": PROPOSED,
    "know": BELIEVED, "feel": BELIEVED, "worry": BELIEVED, "understand": BELIEVED,
    "refuse": REFUSED, "echo": NONE, "liken": NONE, "discuss": NONE,
    "dismiss": DENIED, "mock": CRITICIZED, "decry": CRITICIZED, "lament": CRITICIZED,
    "assail": CRITICIZED, "tout": WELCOMED, "applaud": WELCOMED, "imply": SUGGESTED,
    "wonder": QUESTIONED, "favor": SUPPORTED, "favour": SUPPORTED, "prefer": SUPPORTED,
    "request": URGED, "assure": NONE, "remind": NONE,
    # found in PolNeAR train as cues in four uses of ten or more
    "express": NONE, "highlight": NONE, "list": NONE, "recognize": ADMITTED,
    "recognise": ADMITTED, "refer": NONE, "talk": NONE, "apologize": ADMITTED,
    "apologise": ADMITTED, "consider": BELIEVED, "rail": CRITICIZED, "signal": SUGGESTED,
    "plead": URGED, "thank": WELCOMED, "voice": NONE, "remember": NONE, "advocate": URGED,
    "deem": CHARACTERIZED, "encourage": URGED, "identify": CHARACTERIZED,
    "view": BELIEVED, "promote": SUPPORTED, "push": URGED, "decide": INTENDED,
    "see": BELIEVED, "regard": BELIEVED, "order": URGED, "press": URGED,
    "email": NONE, "rule": NONE, "project": PREDICTED, "persuade": URGED,
    "challenge": QUESTIONED, "reference": NONE, "counter": NONE,
    "retweet": NONE, "resist": OPPOSED, "bemoan": CRITICIZED, "unveil": PROPOSED,
    "proclaim": NONE, "attribute": ALLEGED, "credit": WELCOMED, "protest": OPPOSED,
    "congratulate": WELCOMED, "rebuke": CRITICIZED, "reaffirm": CONFIRMED, "rebut": DENIED,
    "lambaste": CRITICIZED, "approve": SUPPORTED, "pronounce": NONE, "deride": CRITICIZED,
    "hammer": CRITICIZED, "speak": NONE, "side": SUPPORTED, "lash": CRITICIZED,
    "distance": OPPOSED,
    # verbs that name or describe: "called her vote a mistake", "labelled him a liar"
    "label": CHARACTERIZED, "brand": CHARACTERIZED, "dub": CHARACTERIZED,
    "characterize": CHARACTERIZED, "characterise": CHARACTERIZED, "portray": CHARACTERIZED,
    "depict": CHARACTERIZED,
})

#: A reporting verb and the preposition that turns it into a cue of its own,
#: with the stance it gives: "called for a moratorium", "warned of reprisals".
#: The preposition's object (and an infinitive after it) is the content.
PHRASAL_CUES: Final[Mapping[tuple[str, str], str]] = MappingProxyType({
    ("call", "for"): URGED, ("call", "on"): URGED, ("call", "upon"): URGED,
    ("ask", "for"): URGED, ("argue", "for"): URGED, ("argue", "against"): OPPOSED,
    ("warn", "of"): WARNED, ("warn", "about"): WARNED, ("warn", "against"): WARNED,
    ("point", "to"): NONE, ("complain", "about"): CRITICIZED, ("worry", "about"): BELIEVED,
    ("question", "about"): QUESTIONED, ("refer", "to"): NONE, ("talk", "about"): NONE,
    ("apologize", "for"): ADMITTED, ("apologise", "for"): ADMITTED,
    ("rail", "against"): CRITICIZED, ("push", "for"): URGED, ("advocate", "for"): URGED,
    ("plead", "for"): URGED, ("ask", "about"): QUESTIONED, ("comment", "on"): NONE,
    ("agree", "with"): SUPPORTED, ("report", "on"): NONE, ("write", "about"): NONE,
    ("hope", "for"): INTENDED, ("think", "about"): BELIEVED, ("speak", "about"): NONE,
    ("side", "with"): SUPPORTED, ("lash", "at"): CRITICIZED, ("distance", "from"): OPPOSED,
    ("agree", "on"): SUPPORTED,
})

#: Verbs that set a count at a figure ("put the death toll at 30", "raised the toll to 40"),
#: with the stance each gives; the count is a noun of ``TOLL_NOUNS``.
TOLL_VERBS: Final[Mapping[str, str]] = MappingProxyType({
    "put": ESTIMATED, "place": ESTIMATED, "set": ESTIMATED, "raise": NONE, "revise": NONE,
    "lower": NONE, "bring": NONE, "increase": NONE,
})
#: Nouns naming a count a toll verb sets ("the number of dead", "its losses").
TOLL_NOUNS: Final[frozenset[str]] = frozenset({
    "toll", "number", "figure", "loss", "losses", "casualty", "casualties", "count", "tally",
    "total", "estimate",
})
#: The prepositions that give the figure ("at 30", "to 40").
TOLL_CASES: Final[frozenset[str]] = frozenset({"at", "to"})

#: Verbs that characterise their object with a second predicate ("called X a
#: disgrace", "described X as Y"): object and predicate together are the content.
NAMING_VERBS: Final[frozenset[str]] = frozenset({
    "call", "describe", "label", "brand", "dub", "characterize", "characterise", "portray",
    "depict", "consider", "deem", "identify", "view", "see", "regard",
})

#: Cue verbs whose content may be a plain noun-phrase object ("condemned the
#: air strikes", "urging civilians to stay away"); other verbs need a clause.
OBJECT_CONTENT_VERBS: Final[frozenset[str]] = frozenset({
    "welcome", "praise", "hail", "condemn", "denounce", "criticize", "criticise", "slam",
    "blast", "blame", "accuse", "deny", "dispute", "reject", "confirm", "announce", "report",
    "estimate", "urge", "warn", "predict", "promise", "pledge", "vow", "acknowledge", "admit",
    "allege", "support", "endorse", "defend", "oppose", "question", "doubt", "attack", "propose",
    "recommend", "cite", "liken", "echo", "want", "expect", "dismiss", "mock", "decry", "lament",
    "document", "mourn",
    "assail", "tout", "applaud", "favor", "favour", "prefer", "request", "order",
    # verbs of saying whose bare object names what was said ("said the same", "noted
    # the rule") or is a clause a tagger broke: in PolNeAR train most such uses (six
    # to nine in ten) attribute. Not "explain" or "demand": their object is a topic.
    "say", "note", "recall", "reiterate", "state", "tweet", "describe", "mention", "repeat",
    "argue", "recount", "discuss", "suggest", "show", "disclose", "emphasize",
    "emphasise", "declare", "reveal", "claim", "detail", "hope", "fear", "express", "highlight",
    "list", "voice", "promote", "thank", "advocate", "back", "offer",
    # found in PolNeAR train with an object as content in four uses of ten or more
    "challenge", "reference", "counter", "retweet", "resist", "bemoan", "unveil",
    "proclaim", "attribute", "credit", "protest", "congratulate", "rebuke", "reaffirm", "rebut",
    "lambaste", "approve", "pronounce", "deride", "hammer",
})

#: Verbs that report only with a clause or a quotation, never with an object
#: ("call" without a clause is "call off", "call a meeting").
CLAUSE_ONLY_VERBS: Final[frozenset[str]] = frozenset({
    "call", "continue", "find", "refer", "talk", "consider", "learn", "answer", "post", "read",
    "point", "rail", "push", "plead", "deem", "identify", "view", "signal", "remember",
})

#: Cue verbs whose passive names who holds the view ("the government is worried that …").
HOLDER_PASSIVES: Final[frozenset[str]] = frozenset({"worry"})

#: Reporting verbs whose infinitive is aspect, not content ("continued to rise").
ASPECTUAL_VERBS: Final[frozenset[str]] = frozenset({"continue"})

#: Verbs that take a "that"-clause without reporting anyone's words or thoughts.
NOT_REPORTING_VERBS: Final[frozenset[str]] = frozenset({
    "ensure", "make", "mean", "require", "seem", "appear", "happen", "matter", "prove", "turn",
    "help", "check", "guarantee", "order", "rule", "provide", "stipulate",
})

#: Verbs of saying that may frame the quote or clause before them as an aside, even ahead
#: of their subject ("…, the group said", "…, said Jane Doe").
INVERSION_VERBS: Final[frozenset[str]] = frozenset({
    "say", "add", "write", "note", "explain", "continue", "recall", "ask", "reply", "respond",
    "declare", "insist", "warn", "argue", "answer", "tweet", "post", "observe", "conclude",
    "joke", "quip", "exclaim", "shout", "yell", "scream", "chant", "retort", "muse", "read",
})

#: Verbs of saying, finding and thinking whose content may be read from the words right after
#: them ("said the …", "polls show Clinton leading …").
FORWARD_VERBS: Final[frozenset[str]] = frozenset({
    "say", "add", "note", "explain", "write", "report", "announce", "declare", "claim", "assert",
    "argue", "insist", "believe", "think", "acknowledge", "admit", "concede", "confirm",
    "estimate", "predict", "suggest", "contend", "maintain", "allege", "deny", "fear",
    "indicate", "reiterate", "stress", "emphasize", "emphasise", "recall", "agree", "complain",
    "tell", "inform", "remind", "assure", "warn", "hope", "show", "reveal", "find", "expect",
    "worry", "know", "learn", "conclude", "doubt", "feel", "see", "vow", "pledge", "promise",
    "boast",
})
#: Verbs of saying, finding and thinking: the cues a clause beside them may be the content of.
CLAUSE_FRAMING_VERBS: Final[frozenset[str]] = INVERSION_VERBS | FORWARD_VERBS

#: Verbs that address someone: their object is the hearer, shown as the channel ("told AFP").
ADDRESS_VERBS: Final[frozenset[str]] = frozenset({"tell", "inform", "ask", "urge", "warn",
                                                  "assure", "remind"})

#: What marks a claim as relayed rather than made: a reporting verb of the press ("…,
#: Reuters reported") or a speaker that is the press ("Reports said X claimed …"). A claim
#: of another speaker inside a relayed one is the real claim; the relay is its channel.
RELAY_CUES: Final[frozenset[str]] = frozenset({"report"})
RELAY_SPEAKERS: Final[frozenset[str]] = frozenset({"report", "media", "outlet", "press"})

#: Reporting verbs in a toll sense, by the words of their object that give it away: "the
#: conflict has claimed more than 40,000 lives" says nothing.
TOLL_SENSES: Final[Mapping[str, frozenset[str]]] = MappingProxyType({
    "claim": frozenset({"life"}),
})

#: Words that stand for the whole statement before them: "That is according to X",
#: "X reported this", "X said so".
STATEMENT_ANAPHORS: Final[frozenset[str]] = frozenset({"this", "that", "so"})
#: Verbs whose anaphoric object is a statement made before ("X reported this"), not a thing
#: or an act ("they blame this", "he joked about that").
RESTATING_VERBS: Final[frozenset[str]] = frozenset({
    "say", "report", "confirm", "announce", "state", "tell", "write", "add",
})
#: Participles naming the source a reporter relies on ("…, citing the doctors' union").
CITING_VERBS: Final[frozenset[str]] = frozenset({"cite", "quote"})

#: Reporting noun lemma -> hedge ("X's claim that", "a statement from X").
REPORTING_NOUNS: Final[Mapping[str, str]] = MappingProxyType({
    "claim": CLAIMED, "assertion": CLAIMED, "contention": CLAIMED, "argument": CLAIMED,
    "statement": NONE, "report": NONE, "announcement": NONE, "comment": NONE, "remark": NONE,
    "testimony": NONE, "account": NONE, "message": NONE, "word": NONE, "note": NONE,
    "allegation": ALLEGED, "accusation": ALLEGED, "charge": ALLEGED,
    "estimate": ESTIMATED, "assessment": ESTIMATED, "tally": ESTIMATED, "count": ESTIMATED,
    "warning": WARNED, "denial": DENIED, "admission": ADMITTED,
    "confirmation": CONFIRMED, "prediction": PREDICTED, "forecast": PREDICTED,
    "promise": PROMISED, "pledge": PROMISED, "belief": BELIEVED, "view": BELIEVED,
    "suggestion": SUGGESTED, "insistence": INSISTED,
})

#: Verbs by which a writer hedges a statement of their own ("Twitter appears to be used by
#: ISIS"): a claim with no speaker.
EVIDENTIAL_VERBS: Final[Mapping[str, str]] = MappingProxyType({
    "seem": APPARENT, "appear": APPARENT,
})

#: Adverbs by which a writer passes on what others say or charge ("the hackers have
#: reportedly infiltrated …"): a claim with no speaker, like the hedging verbs above.
EVIDENTIAL_ADVERBS: Final[Mapping[str, str]] = MappingProxyType({
    "reportedly": REPORTED, "allegedly": ALLEGED,
})

#: Nouns whose prepositional phrase says what is urged, backed or criticised ("his call for
#: a ceasefire", "the group's support for Trump"), with the stance each gives.
NOUN_PP_CUES: Final[Mapping[tuple[str, str], str]] = MappingProxyType({
    ("call", "for"): URGED, ("demand", "for"): URGED, ("support", "for"): SUPPORTED,
    ("criticism", "of"): CRITICIZED, ("praise", "for"): WELCOMED, ("warning", "of"): WARNED,
    ("warning", "about"): WARNED, ("warning", "against"): WARNED, ("concern", "about"): BELIEVED,
    ("concern", "over"): BELIEVED, ("opposition", "to"): OPPOSED, ("attack", "on"): CRITICIZED,
    ("attack", "against"): CRITICIZED, ("question", "about"): QUESTIONED,
    ("comment", "about"): NONE, ("comment", "on"): NONE, ("mention", "of"): NONE,
    ("view", "of"): BELIEVED, ("support", "of"): SUPPORTED, ("fear", "of"): BELIEVED,
    ("hope", "of"): INTENDED, ("chant", "of"): NONE, ("favor", "of"): SUPPORTED,
})
#: Nouns whose infinitive says what is intended or promised ("his plan to cut taxes").
NOUN_INFINITIVE_CUES: Final[Mapping[str, str]] = MappingProxyType({
    "plan": INTENDED, "promise": PROMISED, "pledge": PROMISED, "vow": PROMISED, "call": URGED,
    "threat": WARNED, "hope": INTENDED, "decision": INTENDED, "bid": INTENDED,
})
PP_CUE_NOUNS: Final[frozenset[str]] = frozenset(
    [*(noun for noun, _ in NOUN_PP_CUES), *NOUN_INFINITIVE_CUES])

#: Verbs that turn a reporting noun or a medium into a statement by their subject ("X made
#: the claim that", "the campaign sent out a release saying").
LIGHT_VERBS: Final[frozenset[str]] = frozenset({
    "make", "issue", "repeat", "release", "reiterate", "publish", "put", "give", "offer",
    "raise", "unveil", "outline", "announce", "voice", "express", "renew", "lend", "send",
    "post", "run", "air", "file", "circulate", "distribute", "draft", "write", "blast", "sign",
    "deliver",
})

#: Nouns naming the medium of a statement, not its author: "according to a
#: statement", "a statement said", "a document seen by Reuters".
CHANNEL_NOUNS: Final[frozenset[str]] = frozenset({
    "statement", "report", "document", "release", "communique", "communiqué", "post",
    "tweet", "video", "letter", "memo", "email", "message", "interview", "briefing", "speech",
    "broadcast", "figure", "data", "estimate", "tally", "count", "record", "filing",
    "transcript", "recording", "survey", "poll", "study", "analysis", "account",
})

#: What an "in" phrase may name as the source of a finding ("in a Fox poll", "in exit polls").
FINDING_NOUNS: Final[frozenset[str]] = frozenset({"poll", "survey", "study", "census"})

#: Words opening the reporter's own clause or phrase after the content (", while Y said",
#: ", according to …", ", but …").
REPORTER_MARKERS: Final[frozenset[str]] = frozenset({"while", "though", "although", "whereas",
                                                     "but", "according"})
#: After a mid-sentence attribution ('…, X said, …'), the lemmas that carry on the
#: reporter's words rather than the content: the markers, the reporter's next verb, a relative.
REPORTER_CONTINUATIONS: Final[frozenset[str]] = REPORTER_MARKERS | {
    "add", "say", "note", "cite", "which", "who", "whose"}


#: Negators on a cue ("did not say", "never claimed").
NEGATORS: Final[frozenset[str]] = frozenset({"not", "n't", "never", "n\u2019t"})


#: Statements that a thing was *not* said: kept as non-claims, never compared.
_NOT = r"\s*(?:not|n[\u2019']t)\s+"
_DO = r"\b(?:did|does|do|has|have|had)"
NON_CLAIM_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
        ("no-response", rf"{_DO}{_NOT}(?:yet\s+|immediately\s+)?"
                        r"(?:respond|reply|return|answer)\w*"),
        ("no-comment", r"\b(?:declined|refused|would\s*(?:not|n[\u2019']t))\s+(?:immediately\s+)?"
                       r"(?:to\s+)?(?:comment|respond|say|elaborate|discuss|give|provide|confirm|"
                       r"disclose)\w*"),
        ("no-comment", r"\b(?:had|has|have|gave)\s+no\s+(?:immediate\s+)?comment\b"),
        ("unreachable", rf"\b(?:could|can){_NOT}(?:immediately\s+)?(?:be\s+)?"
                        r"(?:reached|contacted)\b"),
        ("unreachable", rf"\bwas{_NOT}(?:immediately\s+)?available\s+(?:for|to)\b"),
        ("not-said", rf"{_DO}{_NOT}(?:yet\s+|publicly\s+)?"
                     r"(?:say|said|disclose|disclosed|specify|specified|reveal|revealed|give|"
                     r"given|release|released|confirm|confirmed|comment|commented)\b"),
        ("not-said", r"\bneither\b.+?\bnor\b.+?\b(?:have|has|had)\s+(?:yet\s+|publicly\s+)?"
                     r"(?:said|disclosed|specified|revealed|given|released|confirmed)\b"),
        ("anonymity", r"\b(?:asked|requested|asking|requesting)\s+(?:not\s+to\s+be\s+"
                      r"(?:named|identified)|anonymity)\b"),
    )
)
#: "Neither X nor Y": the speakers of a joint non-claim.
NEITHER_NOR: Final[re.Pattern[str]] = re.compile(
    r"\bneither\s+(?P<a>.+?)\s+nor\s+(?P<b>.+?)\s*$", re.IGNORECASE)

#: Platforms a statement is published on ("on X", "on Telegram").
PLATFORMS: Final[tuple[str, ...]] = (
    "X", "Twitter", "Telegram", "Facebook", "Instagram", "TikTok", "YouTube", "WhatsApp",
    "Truth Social", "Weibo", "VKontakte", "Threads", "Bluesky", "social media", "state television",
    "state TV", "national television", "state radio", "national radio", "its website",
    "their website", "his website", "her website",
)
_PLATFORM = "|".join(re.escape(p) for p in sorted(PLATFORMS, key=len, reverse=True))
_CHANNEL_NOUN = ("statement|press release|release|communiqu[eé]|post|video|letter|message|"
                 "tweet|speech|briefing|report|interview|address|broadcast|note|email")
_NAME = r"[A-Z][\w&\u2019'.-]*(?:\s+[A-Z][\w&\u2019'.-]*)*"
_OWNER = r"(?:the\s+|its\s+|his\s+|her\s+|their\s+)?"

#: Channel phrases; the one nearest the cue is shown as the claim's ``via``.
CHANNEL_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = tuple(
    (name, re.compile(pattern)) for name, pattern in (
        ("seen-by", rf"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:{_CHANNEL_NOUN}|document|memo|cable|"
                    rf"filing|assessment)s?\s+(?:seen|obtained|reviewed)\s+by\s+{_NAME}"),
        ("in-channel", rf"\b[Ii]n\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
                       rf"(?:{_CHANNEL_NOUN})\b(?:\s+on\s+{_OWNER}(?:official\s+)?"
                       rf"(?:{_PLATFORM})(?![\w-])|\s+(?:to|with)\s+{_NAME})?"),
        ("according-to-channel", rf"\b[Aa]ccording\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
                                 rf"(?:{_CHANNEL_NOUN})\b"),
        ("on-platform", rf"\b(?:posted\s+|published\s+)?on\s+{_OWNER}(?:official\s+)?"
                        rf"(?:{_PLATFORM})(?![\w-])(?:\s+(?:account|channel|page|feed))?"),
        ("via", rf"\bvia\s+(?:the\s+)?{_NAME}"),
        ("speaking-to", rf"\b(?:speaking|talking)\s+to\s+{_NAME}"),
        ("to-reporters", r"\b(?:told|telling|speaking\s+to|in\s+remarks\s+to)\s+"
                         r"(?:reporters|journalists|the\s+press)\b"),
    )
)

#: The phrase that names a claim's source before or after it ("according to the police").
ACCORDING_TO: Final = "according to"
#: The preposition by which a phrase names a poll as a finding's source ("in a Fox poll").
FINDING_CASE: Final = "in"
#: Openers of a line that label rather than speak.
LINE_LABELS: Final[frozenset[str]] = frozenset({
    "note", "update", "updated", "correction", "editor's note", "photo", "source", "sources",
    "related", "read more", "watch", "listen", "see also", "q", "a", "re", "subject", "from",
    "to", "date", "by", "credit", "warning", "disclaimer", "caption", "video", "clarification",
    "programming note", "breaking", "exclusive", "analysis", "opinion",
})
