"""Transcripts and headlines: "PENCE: Well, look, …", "Poll: Voters Abandon …".

A paragraph that opens with a short capitalised name and a colon gives that
name's words: the name is the speaker, the colon the cue, the rest of the
paragraph the content, verbatim (a direct claim). Labels that are not speakers
("Note:", "Update:") are skipped, and so is a place: "BANGKOK: Ten civilians were
killed …" is a dateline and "Somalia: Militants Say …" a headline, neither a speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.attribution.frames import Frame
from factcheck.attribution.mentions import ref_for
from factcheck.attribution.registry import Context, Trigger, rule
from factcheck.attribution.tree import Tree
from factcheck.lexicon.cues import LINE_LABELS
from factcheck.lexicon.grammar import VERBAL_UPOS
from factcheck.lexicon.names import PLACE_LABELS
from factcheck.records import AttributionType

LINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3})"
    r"[ \t]*(?P<colon>:)[ \t]+(?P<content>\S[^\n]*?)[ \t]*$", re.MULTILINE)


def _name_like(tree: Tree, lo: int, hi: int) -> bool:
    """A speaker's name, not a heading: no verb, no leading article ("The Gap Goes On:"),
    and not a place ("BANGKOK:", "Somalia:")."""
    words = range(lo, hi + 1)
    return tree.upos[lo] != "DET" and not any(tree.upos[w] in VERBAL_UPOS for w in words) \
        and not all(tree.ner[w] in PLACE_LABELS for w in words)


@rule(name="transcript", stage="direct", trigger=Trigger(line_patterns=(LINE,)))
def transcript_frames(tree: Tree, ctx: Context) -> Iterator[Frame]:
    """The transcript lines whose name starts in this sentence."""
    for match in ctx.once("transcript_lines", lambda: _lines(ctx)).get(tree.index, []):
        if match.group("name").lower().replace("\u2019", "'") in LINE_LABELS:
            continue
        speaker = ref_for(tree, match.start("name"), match.end("name"))
        if speaker is None or not _name_like(tree, speaker.lo, speaker.hi):
            continue
        yield Frame(sentence=tree.index, rule="transcript", type=AttributionType.DIRECT,
                    content=match.span("content"), cue=match.span("colon"), cue_lemma=":",
                    speakers=(speaker,))


def _lines(ctx: Context) -> dict[int, list[re.Match[str]]]:
    """Every line of the text that opens with a name and a colon, by the sentence of the name."""
    found: dict[int, list[re.Match[str]]] = {}
    for match in LINE.finditer(ctx.text):
        found.setdefault(ctx.sentence_at(match.start("name")), []).append(match)
    return found
