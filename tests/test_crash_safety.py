"""Crash safety: ``kill -9`` in the middle of ``analyze``, and two processes on one workspace.

``analyze`` runs as a real process (the ``factcheck`` command's entry point) on generated
wire stories; the test process plays the app: it reviews claims through the library on its
own connection while the other process writes.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factcheck import nlp
from factcheck.analysis import analyze_paths, claims_for
from factcheck.records import Review, ReviewStatus
from factcheck.review import ReviewService
from factcheck.workspace import Workspace

pytestmark = pytest.mark.stanza

#: The ``factcheck`` console script's own code, run by this interpreter.
FACTCHECK: tuple[str, ...] = (sys.executable, "-c", "from factcheck.cli import main; main()")
DOCUMENTS = 200
KILL_AFTER = 25
REVIEWED_FIRST = 5
POLL_S = 0.05
#: torch's own thread count thrashes on a busy small machine (a 23-word story parsed in
#: 0.70 s with 2 threads, 0.12 s with 1, on 2 shared cores); the test is about crashes.
TORCH_THREADS = 1
#: Between the app's writes: a quick reviewer, not a busy loop starving the other process.
APP_PAUSE_S = 0.02
TIMEOUT_S = 240.0

SPEAKERS: tuple[str, ...] = (
    "The army", "A local official", "The rebels", "The UN mission", "A hospital source",
    "The governor", "Residents", "The defence ministry",
)
PLACES: tuple[str, ...] = ("Kidal", "Gao", "Timbuktu", "Menaka", "Mopti", "Tessalit", "Segou")
VICTIMS: tuple[str, ...] = ("soldiers", "civilians", "fighters", "children", "workers")
DAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday")
TEMPLATES: tuple[str, ...] = (
    "{speaker} said {n} {victims} were killed near {place} on {day}.",
    "“We lost {n} {victims} in {place},” {speaker_lower} told Reuters.",
    "According to {speaker_lower}, at least {n} {victims} died in {place} on {day}.",
    "{speaker} denied that {n} {victims} had been wounded in {place}.",
    "{speaker} said in a statement that {n} vehicles were destroyed near {place}.",
)


def story(number: int, rng: random.Random) -> str:
    """Two or three short wire sentences; the first count is the story's own, so no two
    stories share a document id."""
    sentences = []
    for index in range(rng.randint(2, 3)):
        speaker = rng.choice(SPEAKERS)
        sentences.append(rng.choice(TEMPLATES).format(
            speaker=speaker, speaker_lower=speaker[0].lower() + speaker[1:],
            n=100 + number if index == 0 else rng.randint(2, 90), victims=rng.choice(VICTIMS),
            place=rng.choice(PLACES), day=rng.choice(DAYS),
        ))
    return " ".join(sentences) + "\n"


def write_stories(folder: Path, count: int, *, seed: int = 200) -> list[Path]:
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    paths = [folder / f"story-{number:03d}.txt" for number in range(count)]
    for number, path in enumerate(paths):
        path.write_text(story(number, rng), encoding="utf-8")
    return paths


@pytest.fixture(autouse=True)
def few_torch_threads():
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(TORCH_THREADS)
    yield
    torch.set_num_threads(before)


def start_analyze(folder: Path, workspace: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": str(TORCH_THREADS)}
    return subprocess.Popen([*FACTCHECK, "analyze", str(folder), "-w", str(workspace)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def stored_documents(workspace: Path) -> int:
    """Documents committed so far, read on a read-only connection; 0 before the file exists."""
    try:
        db = sqlite3.connect(f"file:{workspace}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            db.close()
    except sqlite3.OperationalError:
        return 0


def wait_for_documents(process: subprocess.Popen[bytes], workspace: Path, count: int) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while stored_documents(workspace) < count:
        if process.poll() is not None:
            raise AssertionError(f"analyze ended early: {process.communicate()}")
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"fewer than {count} documents after {TIMEOUT_S} s")
        time.sleep(POLL_S)


def review_some(workspace: Path, count: int) -> dict[str, Review]:
    """Confirm or reject ``count`` claims with a note, as the app does."""
    with Workspace(workspace) as ws:
        service = ReviewService(ws, reviewer="tester")
        claims = [c for c in ws.claims(include_non_claims=False)][:count]
        assert len(claims) == count
        for number, claim in enumerate(claims):
            status = ReviewStatus.CONFIRMED if number % 2 else ReviewStatus.REJECTED
            service.set_status(claim.claim_id, status)
            service.set_note(claim.claim_id, f"checked by phone, call {number}")
        return ws.reviews()


def test_kill_9_mid_analyze_loses_nothing_finished_and_the_next_run_resumes(
        tmp_path: Path) -> None:
    paths = write_stories(tmp_path / "stories", DOCUMENTS)
    workspace = tmp_path / "ws.db"
    with Workspace(workspace) as ws:
        analyze_paths(ws, paths[:REVIEWED_FIRST])
    reviews = review_some(workspace, 4)

    process = start_analyze(tmp_path / "stories", workspace)
    wait_for_documents(process, workspace, KILL_AFTER)
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL

    fingerprint = nlp.fingerprint()
    with Workspace(workspace) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert ws.reviews() == reviews
        documents = ws.documents()
        parsed = set(ws.parse_stats(fingerprint))
        assert KILL_AFTER <= len(documents) < DOCUMENTS
        assert {d.sha256 for d in documents} <= parsed
        aliases = ws.aliases()
        for doc in documents:  # every stored document has exactly its claims
            sdoc = nlp.deserialize(ws.get_parse(doc.sha256, fingerprint))
            expected = {c.claim_id for c in claims_for(doc, sdoc, aliases)}
            assert expected and {c.claim_id for c in ws.claims(doc.doc_id)} == expected

        report = analyze_paths(ws, [tmp_path / "stories"])
        assert report.skipped == [] and report.documents == DOCUMENTS
        assert (report.parsed, report.cached) == (DOCUMENTS - len(parsed), len(parsed))
        assert len(ws.documents()) == DOCUMENTS
        assert ws.reviews() == reviews
        assert ws.integrity_ok()


def test_app_reviews_while_analyze_writes_the_same_workspace(tmp_path: Path) -> None:
    paths = write_stories(tmp_path / "stories", 12, seed=12)
    (tmp_path / "more").mkdir()
    for path in paths[2:]:
        path.rename(tmp_path / "more" / path.name)
    workspace = tmp_path / "ws.db"
    with Workspace(workspace) as ws:
        analyze_paths(ws, paths[:2])
        service = ReviewService(ws, reviewer="app")
        claim_ids = [c.claim_id for c in ws.claims(include_non_claims=False)]
        process = start_analyze(tmp_path / "more", workspace)
        writes = 0
        while process.poll() is None:
            claim_id = claim_ids[writes % len(claim_ids)]
            service.set_note(claim_id, f"note {writes}")
            service.set_status(claim_id, ReviewStatus.CONFIRMED)
            service.reload()
            writes += 1
            time.sleep(APP_PAUSE_S)
        out, err = process.communicate()
        assert process.returncode == 0, err.decode()
        assert b"10 documents" in out
        assert writes > len(claim_ids)
        final = {claim_ids[n % len(claim_ids)]: f"note {n}" for n in range(writes)}
        assert {cid: r.note for cid, r in ws.reviews().items()} == final
        assert len(ws.documents()) == 12 and ws.groups()
        assert ws.integrity_ok()
