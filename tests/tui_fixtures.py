# ruff: noqa: RUF001 (the articles' typographic quotes are the data)
"""A review workspace built by hand from the fixture articles, for the service and app tests.

Claims follow /work/shared/seeds/gold.md: each is located in the real article
text by unique phrases, so every span satisfies ``text[start:end] == span.text``
without running stanza. A third, tiny document holds a quote that looks like
Rich markup, to prove the app shows it as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from factcheck.documents import load_path, load_text
from factcheck.records import (
    AttributionType,
    Claim,
    ClaimGroup,
    Cue,
    Document,
    EventKey,
    PairRelation,
    Quantity,
    QuantityKind,
    Relation,
    ResolvedFrom,
    Span,
    Speaker,
    SpeakerKind,
)
from factcheck.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MARKUP_TEXT = 'A local official said "[bold]x[/bold] were killed near [red]Kidal[/red]".\n'
MARKUP_QUOTE = "[bold]x[/bold] were killed near [red]Kidal[/red]"

ORG, PERSON, GROUP = SpeakerKind.ORGANISATION, SpeakerKind.PERSON, SpeakerKind.GROUP
PRONOUN, ALIAS = ResolvedFrom.PRONOUN, ResolvedFrom.ALIAS


@dataclass(frozen=True)
class Spec:
    """One claim as phrases: the sentence is found first, the rest inside it."""

    name: str
    doc: str
    sentence: tuple[str, str]
    speakers: tuple[tuple[str, str, SpeakerKind, ResolvedFrom], ...]
    cue: str
    content: str
    type: AttributionType
    hedge: str = "none"
    via: str | None = None
    quantities: tuple[tuple[str, float | None, float | None, QuantityKind, str], ...] = ()
    non_claim: bool = False


R, B, M = "reuters", "bloomberg", "markup"
DIR, IND, MIX, ACC = (AttributionType.DIRECT, AttributionType.INDIRECT, AttributionType.MIXED,
                      AttributionType.ACCORDING_TO)
NONE = ResolvedFrom.NONE

SPECS: tuple[Spec, ...] = (
    Spec("R1", R, ("Mali’s army and the Russian", "African soil."),
         (("Mali’s army", "Mali's army", ORG, NONE),
          ("the Russian private military company Wagner", "Wagner", ORG, NONE)),
         "said", "they had suffered losses between July 22 and 27 in the Tinzaouaten area", IND,
         quantities=(("losses", None, None, QuantityKind.VAGUE, "Wagner and Malian troops"),)),
    Spec("R2", R, ("The Malian army said late", "military junta."),
         (("The Malian army", "Mali's army", ORG, ResolvedFrom.DEFINITE),), "said",
         "it had attacked what it called a “coalition of terrorists” in the Tinzaouaten area",
         MIX),
    Spec("R3", R, ("“Specific high-value", "insurgent positions."),
         (("it", "Mali's army", ORG, PRONOUN),), "said",
         "Specific high-value targets including caches, logistical positions and vehicles "
         "have been hit", DIR),
    Spec("R5", R, ("The Tuareg rebel group", "dozens of civilians."),
         (("The Tuareg rebel group that was involved in the earlier fighting, known as the "
           "Permanent Strategic Framework or CSP", "CSP", GROUP, NONE),),
         "said", "a drone operated by Burkina Faso had killed dozens of civilians", IND,
         quantities=(("dozens", 24, 99, QuantityKind.VAGUE, "civilians"),)),
    Spec("R7", R, ("“This attack against", "in a statement."),
         (("it", "CSP", GROUP, PRONOUN),), "said",
         "This attack against civilians demonstrates the ongoing chaos and failure of these "
         "military governments", DIR, via="in a statement"),
    Spec("R8", R, ("Neither Mali nor Wagner", "among the dead."),
         (("Wagner", "Wagner", ORG, NONE),), "did say",
         "the commander of its unit in the area, Sergei Shevchenko, was among the dead", IND,
         quantities=(("the commander", 1, 1, QuantityKind.EXACT, "Wagner personnel"),)),
    Spec("R9", R, ("Russian military bloggers", "had been killed."),
         (("Russian military bloggers", "Russian military bloggers", GROUP, NONE),),
         "estimated", "20 or more Wagner personnel had been killed", IND, hedge="estimated",
         quantities=(("20 or more", 20, None, QuantityKind.AT_LEAST, "Wagner personnel"),)),
    Spec("R10", R, ("The CSP said", "Malians and Russians,"),
         (("The CSP", "CSP", GROUP, ResolvedFrom.DEFINITE),), "said",
         "it had killed and injured dozens of Malians and Russians", IND,
         quantities=(("dozens", 24, 99, QuantityKind.VAGUE, "Malians and Russians"),)),
    Spec("R11", R, ("while an Islamist group", "Malian soldiers."),
         (("an Islamist group affiliated with al Qaeda", "JNIM", GROUP, ALIAS),), "said",
         "it had killed 50 Russians and 10 Malian soldiers", IND,
         quantities=(("50", 50, 50, QuantityKind.EXACT, "Russians"),
                     ("10", 10, 10, QuantityKind.EXACT, "Malian soldiers"))),
    Spec("RN", R, ("Burkina Faso’s military government", "request for comment."),
         (("Burkina Faso’s military government", "Burkina Faso military government", ORG,
           NONE),), "did not immediately respond", "to a request for comment", IND,
         non_claim=True),
    Spec("B1", B, ("Security forces seized", "known as Twitter."),
         (("military leader Assimi Goita", "Assimi Goita", PERSON, NONE),), "said",
         "Security forces seized control of Kidal after weeks of assault on the desert city", IND,
         via="in a statement on X"),
    Spec("B2", B, ("“A raid was carried", "he said."),
         (("he", "Assimi Goita", PERSON, PRONOUN),), "said",
         "A raid was carried out a few days ago toward Kidal and heavy losses were inflicted "
         "on our enemies", DIR,
         quantities=(("heavy losses", None, None, QuantityKind.VAGUE, "enemies"),)),
    Spec("B4", B, ("The army, which launched", "“terrorist targets.”"),
         (("The army", "Mali's army", ORG, ResolvedFrom.DEFINITE),), "said",
         "it conducted “air strikes” against “terrorist targets", MIX),
    Spec("B6", B, ("Conflict and insurgent attacks", "Development Program."),
         (("Jose Luengo-Cabrera", "Jose Luengo-Cabrera", PERSON, NONE),), "according to",
         "Conflict and insurgent attacks have claimed about 12,000 lives in Mali, Burkina Faso "
         "and Niger", ACC,
         quantities=(("about 12,000", 12000, 12000, QuantityKind.APPROX, "lives"),)),
    Spec("M1", M, ("A local official", "Kidal[/red]\"."),
         (("A local official", "local official", PERSON, NONE),), "said", MARKUP_QUOTE, DIR),
)

#: (name, label, claims, conflicting pairs); every other pair in a group is consistent.
GROUPS: tuple[tuple[str, str, tuple[str, ...], tuple[tuple[str, str], ...]], ...] = (
    ("g-strikes", "Malian army strikes", ("R2", "R3", "B4"), ()),
    ("g-kidal", "Kidal retaken", ("B1", "B2"), ()),
    ("g-wagner", "Wagner and Malian deaths at Tinzaouaten", ("R1", "R8", "R9", "R10", "R11"),
     (("R8", "R9"), ("R8", "R11"))),
    ("g-civilians", "Civilian deaths in drone strike", ("R5", "R7"), ()),
    ("g-sahel", "Sahel conflict deaths", ("B6",), ()),
)


#: Where and when alignment would place each group (the Sahel overview has neither).
EVENTS: dict[str, EventKey] = {
    "g-strikes": EventKey("Tinzaouaten", "2024-07-27", "2024-07-30"),
    "g-kidal": EventKey("Kidal", "2023-11-01", "2023-11-15"),
    "g-wagner": EventKey("Tinzaouaten", "2024-07-25", "2024-07-27"),
    "g-civilians": EventKey("Tinzaouaten", "2024-08-25", "2024-08-25"),
}


def fixture_documents() -> dict[str, Document]:
    return {
        R: load_path(FIXTURES / "reuters_tinzaouaten_2024.md"),
        B: load_path(FIXTURES / "bloomberg_kidal_2023.md"),
        M: load_text(MARKUP_TEXT, source="markup.txt"),
    }


def _span(text: str, phrase: str, start: int, end: int) -> Span:
    at = text.index(phrase, start, end)
    return Span(at, at + len(phrase), phrase)


def build_claim(spec: Spec, doc: Document) -> Claim:
    text = doc.text
    first, last = spec.sentence
    s_start = text.index(first)
    s_end = text.index(last, s_start) + len(last)
    sentence = Span(s_start, s_end, text[s_start:s_end])
    content = _span(text, spec.content, s_start, s_end)
    cue_span = _span(text, spec.cue, s_start, s_end)
    cue = Cue(cue_span.text, cue_span.start, cue_span.end, spec.cue.split()[-1])
    speakers = []
    for written, canonical, kind, resolved in spec.speakers:
        span = _span(text, written, s_start, s_end)
        speakers.append(Speaker(span.text, span.start, span.end, canonical, kind, resolved))
    quantities = []
    for written, low, high, kind, target in spec.quantities:
        span = _span(text, written, content.start, content.end)
        quantities.append(Quantity(span.text, span.start, span.end, low, high, kind, target,
                                   ("killed",)))
    return Claim(
        claim_id=Claim.make_id(doc.sha256, content, cue), doc_id=doc.doc_id,
        sentence_index=text.count(".", 0, s_start), speakers=tuple(speakers), cue=cue,
        content=content, type=spec.type, hedge=spec.hedge,
        via=_span(text, spec.via, s_start, s_end) if spec.via else None,
        non_claim=spec.non_claim, quantities=tuple(quantities), rule="fixture",
        sentence=sentence,
    )


def build_claims() -> dict[str, Claim]:
    """Fixture claims by their gold.md name (R1, B6, M1...)."""
    docs = fixture_documents()
    return {spec.name: build_claim(spec, docs[spec.doc]) for spec in SPECS}


def build_groups(claims: dict[str, Claim]) -> list[ClaimGroup]:
    groups = []
    for gid, label, names, conflicts in GROUPS:
        pairs = []
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                conflict = (a, b) in conflicts or (b, a) in conflicts
                relation = Relation.CONFLICTING if conflict else Relation.CONSISTENT
                basis = "numeric-range" if conflict else "embedding"
                pairs.append(PairRelation(claims[a].claim_id, claims[b].claim_id, 0.8, relation,
                                          basis))
        groups.append(ClaimGroup(gid, label, tuple(claims[n].claim_id for n in names),
                                 tuple(pairs), EVENTS.get(gid, EventKey())))
    return groups


def build_workspace(path: Path) -> dict[str, Claim]:
    """Fill a workspace file at ``path``; the markup claim M1 is left for the app to group."""
    docs = fixture_documents()
    claims = build_claims()
    with Workspace(path) as ws:
        for key, doc in docs.items():
            ws.put_document(doc)
            ws.replace_claims(doc.doc_id, [c for spec, c in zip(SPECS, claims.values(),
                                                                 strict=True)
                                           if spec.doc == key])
        ws.replace_groups(build_groups(claims))
    return claims


@pytest.fixture
def no_cursor_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text cursors stay put, so screens compare equal from run to run."""
    for widget in (Input, TextArea):
        monkeypatch.setattr(vars(widget)["cursor_blink"], "_default", False)


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    """The hand-built review workspace, in the test's own folder."""
    build_workspace(tmp_path / "ws.db")
    return tmp_path / "ws.db"


@pytest.fixture
def claims() -> dict[str, Claim]:
    return build_claims()
