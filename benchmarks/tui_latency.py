"""How fast the review app paints and answers keys over a synthetic workspace of 10k claims.

    .venv/bin/python -m benchmarks.tui_latency --claims 10000

First paint runs from opening the workspace (the service reads everything)
to the first frame of the board. A keypress runs from the key event entering
the app to the last frame it causes; each frame is also serialised to the
escape codes a terminal would receive, so that cost is counted. The app runs
headless at 120x36 and keys go in through Textual's pilot, as in the app's tests.
Goals: first paint < 1.5 s, keypress < 50 ms.

Textual has no public hook on each frame it writes, so FrameClock wraps the
app's ``_display`` (the one private name used here).
"""

from __future__ import annotations

import asyncio
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click
from rich.console import RenderableType
from textual.pilot import Pilot
from textual.screen import Screen

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
    Span,
    Speaker,
    SpeakerKind,
)
from factcheck.review import ReviewService
from factcheck.workspace import Workspace
from tui.app import FactcheckApp

SIZE = (120, 36)
CLAIMS_PER_DOC = 50
GROUP_SIZE = 5
CONFLICT_EVERY = 5
SPEAKERS = 300
OUTLETS = ("Reuters", "AFP", "Bloomberg", "AP", "Al Jazeera", "RFI", "BBC", "Le Monde")
TARGETS = ("soldiers", "civilians", "fighters", "Wagner personnel", "rebels")
SETTLE_S = 0.08
GOALS_MS = {"first paint": 1500.0, "keypress": 50.0}


def synthetic_document(number: int, rng: random.Random) -> tuple[Document, list[Claim]]:
    """A document of CLAIMS_PER_DOC sentences, each one claim with a count in it."""
    sentences, spans = [], []
    offset = 0
    for n in range(CLAIMS_PER_DOC):
        speaker = f"Speaker {rng.randrange(SPEAKERS)}"
        count = rng.choice((rng.randrange(1, 200), rng.randrange(200, 5000)))
        target = rng.choice(TARGETS)
        content = f"{count} {target} had been killed near town {number % 40} in clash {n}"
        sentence = f"{speaker} said {content}."
        spans.append((offset, speaker, count, target, content))
        sentences.append(sentence)
        offset += len(sentence) + 1
    text = "\n".join(sentences) + "\n"
    doc = Document(text, f"synthetic/{number:04d}.txt", title=f"Synthetic report {number}",
                   outlet=OUTLETS[number % len(OUTLETS)],
                   published=f"2024-07-{number % 28 + 1:02d}")
    claims = []
    for n, (start, speaker, count, target, content) in enumerate(spans):
        cue = Cue("said", start + len(speaker) + 1, start + len(speaker) + 5, "say")
        body_start = cue.end + 1
        body = Span(body_start, body_start + len(content), content)
        number_text = str(count)
        quantity = Quantity(number_text, body_start, body_start + len(number_text), count, count,
                            QuantityKind.EXACT, target, ("killed",))
        claims.append(Claim(
            claim_id=Claim.make_id(doc.sha256, body, cue), doc_id=doc.doc_id, sentence_index=n,
            speakers=(Speaker(speaker, start, start + len(speaker), speaker,
                              SpeakerKind.PERSON),),
            cue=cue, content=body, type=AttributionType.INDIRECT, quantities=(quantity,),
            rule="synthetic", sentence=Span(start, body.end + 1, text[start:body.end + 1]),
        ))
    return doc, claims


def build_workspace(path: Path, claims: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    everything: list[Claim] = []
    with Workspace(path) as ws:
        for number in range(claims // CLAIMS_PER_DOC):
            doc, doc_claims = synthetic_document(number, rng)
            with ws.transaction():
                ws.put_document(doc)
            ws.replace_claims(doc.doc_id, doc_claims)
            everything.extend(doc_claims)
        rng.shuffle(everything)
        groups = []
        for start in range(0, len(everything), GROUP_SIZE):
            members = everything[start:start + GROUP_SIZE]
            conflict = (start // GROUP_SIZE) % CONFLICT_EVERY == 0
            pairs = tuple(
                PairRelation(a.claim_id, b.claim_id, 0.8,
                             Relation.CONFLICTING if conflict else Relation.CONSISTENT,
                             "numeric-range")
                for i, a in enumerate(members) for b in members[i + 1:])
            town, day = start // GROUP_SIZE % 40, start // GROUP_SIZE % 28 + 1
            groups.append(ClaimGroup(f"g{start:06d}", f"killed · {members[0].quantities[0].target}"
                                     f" · town {town} · group {start // GROUP_SIZE}",
                                     tuple(c.claim_id for c in members), pairs,
                                     EventKey(f"town {town}", f"2024-07-{day:02d}",
                                              f"2024-07-{day:02d}")))
        ws.replace_groups(groups)


@dataclass
class FrameClock:
    """Times every frame the app composes, serialising it as a terminal write would."""

    frames: list[float] = field(default_factory=list)

    def install(self, app: FactcheckApp) -> None:
        display: Callable[[Screen[object], RenderableType | None], None] = app._display

        def timed(screen: Screen[object], renderable: RenderableType | None) -> None:
            display(screen, renderable)
            render_segments = getattr(renderable, "render_segments", None)
            if render_segments is not None:  # a compositor update: a frame
                render_segments(app.console)
                self.frames.append(time.perf_counter())

        app._display = timed  # type: ignore[method-assign]

    async def settle(self, since: float) -> float:
        """Seconds from ``since`` to the last frame once none has come for SETTLE_S."""
        while True:
            count = len(self.frames)
            await asyncio.sleep(SETTLE_S)
            if len(self.frames) == count and count and self.frames[-1] >= since:
                return self.frames[-1] - since


async def press(pilot: Pilot[None], clock: FrameClock, key: str) -> float:
    started = time.perf_counter()
    await pilot.press(key)
    return await clock.settle(started)


async def events_steps(pilot: Pilot[None], clock: FrameClock, timings: dict[str, list[float]],
                       moves: int) -> None:
    """The events board the app opens on, and the comparison view of an event."""
    timings["events: move (j)"] = [await press(pilot, clock, "j") for _ in range(moves)]
    timings["events: sort (s)"] = [await press(pilot, clock, "s") for _ in range(4)]
    for _ in range(5):
        await press(pilot, clock, "j")
        timings.setdefault("open event (enter)", []).append(await press(pilot, clock, "enter"))
        timings.setdefault("move in event (j)", []).append(await press(pilot, clock, "j"))
        timings.setdefault("chart follows (j)", []).append(await press(pilot, clock, "j"))
        timings.setdefault("confirm line (c)", []).append(await press(pilot, clock, "c"))
        timings.setdefault("no-number claims (a)", []).append(await press(pilot, clock, "a"))
        timings.setdefault("back to events (esc)", []).append(
            await press(pilot, clock, "escape"))


async def measure(path: Path, moves: int) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {}
    clock = FrameClock()
    started = time.perf_counter()
    with Workspace(path) as ws:
        service = ReviewService(ws)
        loaded = time.perf_counter() - started
        app = FactcheckApp(service)
        clock.install(app)
        async with app.run_test(size=SIZE) as pilot:
            timings["first paint"] = [await clock.settle(started)]
            timings["  of which: workspace read"] = [loaded]
            await events_steps(pilot, clock, timings, moves)
            timings["groups board (2)"] = [await press(pilot, clock, "2")]
            timings["move (j)"] = [await press(pilot, clock, "j") for _ in range(moves)]
            timings["move (k)"] = [await press(pilot, clock, "k") for _ in range(moves)]
            timings["last row (G)"] = [await press(pilot, clock, "G")]
            timings["first row (g)"] = [await press(pilot, clock, "g")]
            for _ in range(5):
                timings.setdefault("filter line (f)", []).append(await press(pilot, clock, "f"))
                timings.setdefault("conflicts only (c)", []).append(await press(pilot, clock, "c"))
                timings.setdefault("all groups again (c)", []).append(
                    await press(pilot, clock, "c"))
                await press(pilot, clock, "escape")
            timings["open group, first time (enter)"] = [await press(pilot, clock, "enter")]
            await press(pilot, clock, "escape")
            for _ in range(5):
                await press(pilot, clock, "j")
                timings.setdefault("open group (enter)", []).append(
                    await press(pilot, clock, "enter"))
                timings.setdefault("move in group (j)", []).append(await press(pilot, clock, "j"))
                timings.setdefault("confirm claim (c)", []).append(await press(pilot, clock, "c"))
                timings.setdefault("back to board (esc)", []).append(
                    await press(pilot, clock, "escape"))
    return timings


def report(timings: dict[str, list[float]]) -> None:
    click.echo(f"{'step':<32}{'n':>4}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}")
    for step, values in timings.items():
        ms = sorted(v * 1000 for v in values)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        click.echo(f"{step:<32}{len(ms):>4}{statistics.median(ms):>11.1f}{p95:>9.1f}"
                   f"{ms[-1]:>9.1f}")
    keys = [v for step, values in timings.items() if "(" in step for v in values]
    click.echo(f"goals: first paint < {GOALS_MS['first paint']:.0f} ms "
               f"({timings['first paint'][0] * 1000:.0f}); keypress < {GOALS_MS['keypress']:.0f}"
               f" ms (worst {max(keys) * 1000:.1f})")


@click.command()
@click.option("--claims", default=10_000, show_default=True, help="Claims in the workspace.")
@click.option("--moves", default=30, show_default=True, help="Cursor moves to time.")
@click.option("--workspace", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Keep the synthetic workspace here (default: a temporary folder).")
def main(claims: int, moves: int, workspace: Path | None) -> None:
    """Build a synthetic workspace, then time first paint and keypress-to-frame latency."""
    with tempfile.TemporaryDirectory() as scratch:
        path = workspace or Path(scratch) / "bench.db"
        if not path.exists():
            started = time.perf_counter()
            build_workspace(path, claims)
            click.echo(f"built {claims} claims in {claims // GROUP_SIZE} groups "
                       f"({time.perf_counter() - started:.1f} s) -> {path}")
        report(asyncio.run(measure(path, moves)))


if __name__ == "__main__":
    main()
