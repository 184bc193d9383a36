"""The workspace: one SQLite file holding documents, parses, claims, groups and reviews.

Model output (parses, claims, groups) is replaceable; a person's decisions
(reviews, aliases) live in their own tables. Each review keeps an anchor (what its
reviewer saw), so a re-run that gives its claim a new id can find the claim again;
a user's aliases are never overwritten by a file's. WAL mode and a busy timeout let
the app and an ``analyze`` share one file.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from factcheck.documents.decoding import display_name
from factcheck.errors import WorkspaceError
from factcheck.records import (
    Anchor,
    Claim,
    ClaimGroup,
    Document,
    EventKey,
    PairRelation,
    Relation,
    Review,
    ReviewStatus,
)
from factcheck.sides import BUILT_IN, Side, SideTable, member_key

DEFAULT_PATH = Path("factcheck.db")
BUSY_TIMEOUT_S = 30.0
WAL_RETRY_S = 0.02

_V1_DOCUMENTS_AND_PARSES = """
        CREATE TABLE documents (
            doc_id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            title TEXT, outlet TEXT, url TEXT, published TEXT,
            dateline TEXT, byline TEXT,
            text TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE parses (
            sha256 TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            data BLOB NOT NULL,
            parse_seconds REAL NOT NULL,
            sentences INTEGER NOT NULL,
            entities INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (sha256, fingerprint)
        );
"""

_V2_CLAIMS_GROUPS_REVIEWS = """
        CREATE TABLE claims (
            claim_id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
            sentence_index INTEGER NOT NULL,
            content_start INTEGER NOT NULL,
            non_claim INTEGER NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX claims_by_doc ON claims(doc_id, content_start);
        CREATE TABLE groups (
            group_id TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            has_conflict INTEGER NOT NULL,
            position INTEGER NOT NULL
        );
        CREATE TABLE group_members (
            group_id TEXT NOT NULL REFERENCES groups(group_id) ON DELETE CASCADE,
            claim_id TEXT NOT NULL,
            PRIMARY KEY (group_id, claim_id)
        );
        CREATE TABLE pairs (
            group_id TEXT NOT NULL REFERENCES groups(group_id) ON DELETE CASCADE,
            claim_a TEXT NOT NULL,
            claim_b TEXT NOT NULL,
            similarity REAL NOT NULL,
            relation TEXT NOT NULL,
            basis TEXT NOT NULL,
            PRIMARY KEY (claim_a, claim_b)
        );
        CREATE TABLE reviews (
            claim_id TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            reviewer TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT NOT NULL,
            group_override TEXT
        );
        CREATE TABLE aliases (
            alias TEXT PRIMARY KEY,
            canonical TEXT NOT NULL,
            origin TEXT NOT NULL
        );
        CREATE TABLE embeddings (
            text_sha256 TEXT NOT NULL,
            model TEXT NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY (text_sha256, model)
        );
        CREATE TABLE runs (
            run_id TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            info TEXT NOT NULL
        );
"""

#: What a reviewer saw of a claim, as JSON (records.Anchor), computed from the stored claim
#: ``c`` and its document ``d``; a review keeps it so re-analysis can find the claim again.
_ANCHOR_SQL = """json_object(
            'doc_id', c.doc_id, 'source', d.source,
            'sentence', coalesce(json_extract(c.data, '$.sentence.text'),
                                 json_extract(c.data, '$.content.text')),
            'speakers', (SELECT json_group_array(json_extract(s.value, '$.text'))
                         FROM json_each(c.data, '$.speakers') AS s),
            'cue', coalesce(json_extract(c.data, '$.cue.text'), ''),
            'content', json_extract(c.data, '$.content.text'),
            'start', c.content_start)"""
_ANCHOR_OF_REVIEW = f"""(SELECT {_ANCHOR_SQL} FROM claims c JOIN documents d USING (doc_id)
                     WHERE c.claim_id = reviews.claim_id)"""

_V3_REVIEW_ANCHORS = f"""
        ALTER TABLE reviews ADD COLUMN anchor TEXT;
        UPDATE reviews SET anchor = {_ANCHOR_OF_REVIEW};
        CREATE INDEX documents_by_source ON documents(source)
"""

#: The user's sides table (factcheck.sides): a decision, kept apart from model output.
_V4_SIDES = """
        CREATE TABLE sides (
            side TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            origin TEXT NOT NULL
        );
        CREATE TABLE side_members (
            member TEXT PRIMARY KEY,
            side TEXT NOT NULL REFERENCES sides(side) ON DELETE CASCADE,
            origin TEXT NOT NULL
        );
"""

#: A pair of claims is related once per comparison (casualty class and people counted),
#: so the pairs table is rebuilt with that in its key; stored pairs are kept.
_V5_PAIR_COMPARISONS = """
        CREATE TABLE pairs_by_comparison (
            group_id TEXT NOT NULL REFERENCES groups(group_id) ON DELETE CASCADE,
            claim_a TEXT NOT NULL,
            claim_b TEXT NOT NULL,
            similarity REAL NOT NULL,
            relation TEXT NOT NULL,
            basis TEXT NOT NULL,
            comparison TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (claim_a, claim_b, comparison)
        );
        INSERT INTO pairs_by_comparison
            SELECT group_id, claim_a, claim_b, similarity, relation, basis, '' FROM pairs;
        DROP TABLE pairs;
        ALTER TABLE pairs_by_comparison RENAME TO pairs;
"""

#: A group's event (place and days) and comparison, so events are read, not parsed from labels.
_V6_GROUP_EVENTS = """
        ALTER TABLE groups ADD COLUMN event_place TEXT NOT NULL DEFAULT '';
        ALTER TABLE groups ADD COLUMN event_start TEXT NOT NULL DEFAULT '';
        ALTER TABLE groups ADD COLUMN event_end TEXT NOT NULL DEFAULT '';
        ALTER TABLE groups ADD COLUMN comparison TEXT NOT NULL DEFAULT ''
"""

#: Forward migrations, SQL only (no ';' inside literals): position + 1 is the version each makes.
MIGRATIONS: tuple[str, ...] = (_V1_DOCUMENTS_AND_PARSES, _V2_CLAIMS_GROUPS_REVIEWS,
                               _V3_REVIEW_ANCHORS, _V4_SIDES, _V5_PAIR_COMPARISONS,
                               _V6_GROUP_EVENTS)
SCHEMA_VERSION = len(MIGRATIONS)
#: Where an alias came from when a person made it (merge, rename, split) rather than a file.
USER_ORIGIN = "user"

#: SQLite's application_id for a factcheck workspace ("FcWs"): a file is opened as ours only
#: when it carries this, or is empty, or is an older workspace made before the id existed.
APPLICATION_ID: Final = 0x46635773
#: The tables (and columns) every workspace has had since version 1: how a workspace made
#: before the application id is told from another program's SQLite file.
LEGACY_COLUMNS: Final[dict[str, frozenset[str]]] = {
    "documents": frozenset({"doc_id", "sha256", "source", "text", "added_at"}),
    "parses": frozenset({"sha256", "fingerprint", "data", "parse_seconds"}),
}

#: SQLite's error names -> what is wrong with the workspace and how to fix it.
_FIXES: Final[dict[str, str]] = {
    "SQLITE_NOTADB": "is not a factcheck workspace (not an SQLite file); "
                     "give another --workspace path",
    "SQLITE_CORRUPT": "is damaged ({error}); restore it from a backup, or move it aside and "
                      "run `factcheck analyze` again",
    "SQLITE_READONLY": "is read-only ({error}); make it and its folder writable, or copy it "
                       "somewhere writable",
    "SQLITE_CANTOPEN": "cannot be opened ({error}); check that its folder exists and is "
                       "writable",
    "SQLITE_BUSY": "is locked by another factcheck ({error}); wait for it to finish, or close "
                   "the app using it",
    "SQLITE_FULL": "cannot be written: the disk is full; free some space and run again",
    "SQLITE_IOERR": "cannot be read or written ({error}); check the disk",
}
_GENERIC_FIX: Final = "is not a usable factcheck workspace ({error})"


def workspace_error(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    """One line naming the workspace, what SQLite found wrong and the fix."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    fix = next((text for code, text in _FIXES.items() if name.startswith(code)), _GENERIC_FIX)
    return WorkspaceError(f"{display_name(path)}: {fix.format(error=exc)}")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Workspace:
    """An open workspace file. Use as a context manager, or call ``close``."""

    def __init__(self, path: str | Path = DEFAULT_PATH, *, target_version: int = SCHEMA_VERSION):
        self.path = Path(path)
        if self.path.is_dir():
            raise WorkspaceError(f"{display_name(self.path)}: is a folder; give a workspace file "
                                 "such as factcheck.db")
        if self.path.exists() and not self.path.is_file():
            raise WorkspaceError(f"{display_name(self.path)}: is not a regular file (a pipe, "
                                 "socket or device); give a workspace file such as factcheck.db")
        try:
            self.db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                      check_same_thread=False)
        except sqlite3.Error as exc:
            raise workspace_error(self.path, exc) from None
        try:
            self._identify()  # before anything writes: a foreign file is never changed
            self._use_wal()
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self._migrate(target_version)
        except sqlite3.Error as exc:
            self.db.close()
            raise workspace_error(self.path, exc) from None
        except WorkspaceError:
            self.db.close()
            raise

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def schema_version(self) -> int:
        version: int = self.db.execute("PRAGMA user_version").fetchone()[0]
        return version

    def _use_wal(self) -> None:
        """Switch to WAL, retrying while another connection converts the same new file.

        SQLite answers "locked" to this at once rather than waiting on the busy timeout.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                self.db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if exc.sqlite_errorname != "SQLITE_BUSY" or time.monotonic() > deadline:
                    raise
                time.sleep(WAL_RETRY_S)

    def _identify(self) -> None:
        """Refuse a file that is not ours: another program's SQLite file is never touched."""
        application_id = self.db.execute("PRAGMA application_id").fetchone()[0]
        if application_id == APPLICATION_ID:
            return
        tables = {name for (name,) in self.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if application_id == 0 and not tables and self.schema_version == 0:
            return  # a new, empty file
        if application_id == 0 and all(
                columns <= {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
                for table, columns in LEGACY_COLUMNS.items()):
            return  # a workspace made before the application id
        raise WorkspaceError(
            f"{display_name(self.path)}: is not a factcheck workspace (another program's "
            "SQLite file); it was left untouched: give another --workspace path")

    def _migrate(self, target: int) -> None:
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise WorkspaceError(
                f"{self.path}: schema version {current} is newer than this factcheck "
                f"understands ({SCHEMA_VERSION}); upgrade factcheck"
            )
        stamped = self.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        if current >= target and stamped:
            return
        with self.transaction() as db:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            # Read again under the write lock: another process opening the same new
            # workspace may have migrated it while this one waited.
            for version in range(self.schema_version + 1, target + 1):
                for statement in MIGRATIONS[version - 1].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE so a writer waits for the lock up front, not mid-way.

        Inside another transaction it joins that one, so callers can make several
        writes (a document and its claims) one atomic step.
        """
        if self.db.in_transaction:
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # documents -----------------------------------------------------------------

    def put_document(self, doc: Document) -> None:
        self.db.execute(
            """INSERT INTO documents (doc_id, sha256, source, title, outlet, url, published,
                                      dateline, byline, text, added_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?)
               ON CONFLICT(doc_id) DO UPDATE SET source=excluded.source, title=excluded.title,
                 outlet=excluded.outlet, url=excluded.url, published=excluded.published,
                 dateline=excluded.dateline, byline=excluded.byline""",
            (doc.doc_id, doc.sha256, doc.source, doc.title, doc.outlet, doc.url, doc.published,
             doc.dateline, doc.byline, doc.text, now_iso()),
        )

    def documents(self) -> list[Document]:
        rows = self.db.execute(
            "SELECT text, source, title, outlet, url, published, dateline, byline "
            "FROM documents ORDER BY added_at, source"
        )
        return [Document(*row) for row in rows]

    def older_versions(self, doc: Document) -> list[str]:
        """Ids of stored documents read from the same source with other text: its old versions."""
        rows = self.db.execute("SELECT doc_id FROM documents WHERE source = ? AND doc_id != ?",
                               (doc.source, doc.doc_id))
        return [row[0] for row in rows]

    def remove_document(self, doc_id: str) -> None:
        """Drop a document and its claims; reviews stay, to be re-attached or reported."""
        with self.transaction() as db:
            db.execute("DELETE FROM claims WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def document(self, doc_id: str) -> Document:
        row = self.db.execute(
            "SELECT text, source, title, outlet, url, published, dateline, byline "
            "FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise WorkspaceError(f"no document {doc_id} in {self.path}")
        return Document(*row)

    # parses --------------------------------------------------------------------

    def get_parse(self, sha256: str, fingerprint: str) -> bytes | None:
        row = self.db.execute(
            "SELECT data FROM parses WHERE sha256 = ? AND fingerprint = ?", (sha256, fingerprint)
        ).fetchone()
        return zlib.decompress(row[0]) if row else None

    def put_parse(self, sha256: str, fingerprint: str, data: bytes, *, seconds: float,
                  sentences: int, entities: int) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO parses VALUES (?,?,?,?,?,?,?)",
            (sha256, fingerprint, zlib.compress(data, 6), seconds, sentences, entities, now_iso()),
        )

    def parse_stats(self, fingerprint: str) -> dict[str, tuple[int, int, float]]:
        """sha256 -> (sentences, entities, parse seconds) for parses by these models."""
        rows = self.db.execute(
            "SELECT sha256, sentences, entities, parse_seconds FROM parses WHERE fingerprint = ?",
            (fingerprint,),
        )
        return {sha: (s, e, t) for sha, s, e, t in rows}

    # claims --------------------------------------------------------------------

    def replace_claims(self, doc_id: str, claims: Iterable[Claim]) -> None:
        """Swap one document's model output in one transaction; reviews are untouched."""
        with self.transaction() as db:
            db.execute("DELETE FROM claims WHERE doc_id = ?", (doc_id,))
            db.executemany(
                "INSERT OR REPLACE INTO claims VALUES (?,?,?,?,?,?)",
                [(c.claim_id, c.doc_id, c.sentence_index, c.content.start, int(c.non_claim),
                  json.dumps(c.to_dict(), ensure_ascii=False)) for c in claims],
            )

    def claims(self, doc_id: str | None = None, *, include_non_claims: bool = True) -> list[Claim]:
        sql = "SELECT data FROM claims"
        where, args = [], []
        if doc_id is not None:
            where.append("doc_id = ?")
            args.append(doc_id)
        if not include_non_claims:
            where.append("non_claim = 0")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY doc_id, content_start"
        return [Claim.from_dict(json.loads(row[0])) for row in self.db.execute(sql, args)]

    # groups --------------------------------------------------------------------

    def replace_groups(self, groups: Iterable[ClaimGroup]) -> None:
        """Store alignment's new groups; a reviewer's move follows its group to its new id."""
        groups = list(groups)
        with self.transaction() as db:
            self._follow_moves(db, groups)
            db.execute("DELETE FROM pairs")
            db.execute("DELETE FROM group_members")
            db.execute("DELETE FROM groups")
            for position, group in enumerate(groups):
                db.execute("INSERT INTO groups VALUES (?,?,?,?,?,?,?,?)",
                           (group.group_id, group.label, int(group.has_conflict), position,
                            group.event.place, group.event.start, group.event.end,
                            group.comparison))
                db.executemany("INSERT INTO group_members VALUES (?,?)",
                               [(group.group_id, cid) for cid in group.claim_ids])
                db.executemany(
                    "INSERT OR REPLACE INTO pairs VALUES (?,?,?,?,?,?,?)",
                    [(group.group_id, p.claim_a, p.claim_b, p.similarity, p.relation.value,
                      p.basis, p.comparison) for p in group.pairs],
                )

    @staticmethod
    def _follow_moves(db: sqlite3.Connection, groups: list[ClaimGroup]) -> None:
        """Re-aim each move at the new group holding most of its old group's other members.

        Group ids hash their members, so a group that gains or loses a claim gets a new
        id; a move that still names the old one would be lost. With none of the old
        members left together it stays as it is, and is reported as lost.
        """
        old: dict[str, set[str]] = {}
        for gid, cid in db.execute("SELECT group_id, claim_id FROM group_members"):
            old.setdefault(gid, set()).add(cid)
        new_ids = {g.group_id for g in groups}
        members = [(set(g.claim_ids), g.group_id) for g in groups]
        for cid, target in db.execute(
                "SELECT claim_id, group_override FROM reviews WHERE group_override IS NOT NULL"
        ).fetchall():
            if target in new_ids or target not in old:
                continue
            others = old[target] - {cid}
            shared, best = max(((len(others & ids), gid) for ids, gid in members),
                               default=(0, ""))
            if shared:
                db.execute("UPDATE reviews SET group_override = ? WHERE claim_id = ?",
                           (best, cid))

    def groups(self) -> list[ClaimGroup]:
        members: dict[str, list[str]] = {}
        for gid, cid in self.db.execute("SELECT group_id, claim_id FROM group_members"):
            members.setdefault(gid, []).append(cid)
        pairs: dict[str, list[PairRelation]] = {}
        rows = self.db.execute("SELECT group_id, claim_a, claim_b, similarity, relation, basis, "
                               "comparison FROM pairs")
        for gid, a, b, sim, rel, basis, comparison in rows:
            pairs.setdefault(gid, []).append(PairRelation(a, b, sim, Relation(rel), basis,
                                                          comparison))
        rows = self.db.execute("SELECT group_id, label, event_place, event_start, event_end, "
                               "comparison FROM groups ORDER BY position")
        return [
            ClaimGroup(gid, label, tuple(sorted(members.get(gid, ()))), tuple(pairs.get(gid, ())),
                       EventKey(place, start, end), comparison)
            for gid, label, place, start, end, comparison in rows
        ]

    # reviews -------------------------------------------------------------------

    def set_review(self, review: Review) -> Review:
        """Store a decision anchored to the claim as it is now (kept if the claim is gone)."""
        stamped = Review(review.claim_id, review.status, review.note, review.reviewer,
                         review.reviewed_at or now_iso(), review.group_override)
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reviews VALUES (?,?,?,?,?,?,NULL) ON CONFLICT(claim_id) DO UPDATE "
                "SET status=excluded.status, note=excluded.note, reviewer=excluded.reviewer, "
                "reviewed_at=excluded.reviewed_at, group_override=excluded.group_override",
                (stamped.claim_id, stamped.status.value, stamped.note, stamped.reviewer,
                 stamped.reviewed_at, stamped.group_override),
            )
            db.execute(f"UPDATE reviews SET anchor = coalesce({_ANCHOR_OF_REVIEW}, anchor) "
                       "WHERE claim_id = ?", (stamped.claim_id,))
        return stamped

    def reviews(self) -> dict[str, Review]:
        rows = self.db.execute("SELECT claim_id, status, note, reviewer, reviewed_at, "
                               "group_override FROM reviews")
        return {
            cid: Review(cid, ReviewStatus(status), note, reviewer, at, override)
            for cid, status, note, reviewer, at, override in rows
        }

    def anchors(self) -> dict[str, Anchor | None]:
        """claim id -> what its reviewer saw (None for a review made before anchors)."""
        rows = self.db.execute("SELECT claim_id, anchor FROM reviews")
        return {cid: Anchor.from_json(anchor) if anchor else None for cid, anchor in rows}

    def orphaned_reviews(self) -> list[tuple[Review, Anchor | None]]:
        """Reviews whose claim is not in the workspace now, oldest first."""
        orphans = self.db.execute(
            "SELECT claim_id FROM reviews WHERE claim_id NOT IN (SELECT claim_id FROM claims) "
            "ORDER BY reviewed_at, claim_id").fetchall()
        reviews, anchors = self.reviews(), self.anchors()
        return [(reviews[cid], anchors[cid]) for (cid,) in orphans]

    def reattach_reviews(self, moves: dict[str, str]) -> None:
        """Give each review (old claim id -> new claim id) to the claim it was found on."""
        with self.transaction() as db:
            db.executemany("UPDATE reviews SET claim_id = ? WHERE claim_id = ?",
                           [(new, old) for old, new in moves.items()])

    # aliases -------------------------------------------------------------------

    def set_alias(self, alias: str, canonical: str, *, origin: str = USER_ORIGIN) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO aliases VALUES (?,?,?)",
                       (alias.strip().casefold(), canonical.strip(), origin))

    def import_aliases(self, table: dict[str, str], *, origin: str) -> int:
        """Add a file's aliases; a person's own merge, rename or split of a name always wins.

        Returns how many of the file's aliases were left alone for that reason.
        """
        with self.transaction() as db:
            mine = {row[0] for row in db.execute(
                "SELECT alias FROM aliases WHERE origin = ?", (USER_ORIGIN,))}
            db.executemany("INSERT OR REPLACE INTO aliases VALUES (?,?,?)",
                           [(alias.strip().casefold(), canonical.strip(), origin)
                            for alias, canonical in table.items()
                            if alias.strip().casefold() not in mine])
        return sum(alias.strip().casefold() in mine for alias in table)

    def aliases(self) -> dict[str, str]:
        """casefolded alias -> canonical name."""
        return dict(self.db.execute("SELECT alias, canonical FROM aliases ORDER BY alias"))

    # sides ---------------------------------------------------------------------

    def set_side(self, side: Side, *, origin: str = "user") -> None:
        """Add or replace a side; a member named by another side moves to this one."""
        with self.transaction() as db:
            db.execute("INSERT INTO sides VALUES (?,?,?) ON CONFLICT(side) DO UPDATE SET "
                       "label=excluded.label, origin=excluded.origin",
                       (side.name, side.label, origin))
            db.executemany("INSERT OR REPLACE INTO side_members VALUES (?,?,?)",
                           [(member_key(m), side.name, origin) for m in side.members])

    def sides(self) -> list[Side]:
        members: dict[str, list[str]] = {}
        for member, side in self.db.execute(
                "SELECT member, side FROM side_members ORDER BY member"):
            members.setdefault(side, []).append(member)
        rows = self.db.execute("SELECT side, label FROM sides ORDER BY side")
        return [Side(name, label, tuple(members.get(name, ()))) for name, label in rows]

    def side_table(self) -> SideTable:
        """The user's sides over the built-in words: what alignment reads."""
        return SideTable.of(self.sides()).over(BUILT_IN)

    # embeddings ----------------------------------------------------------------

    def get_embeddings(self, text_shas: list[str], model: str) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        for start in range(0, len(text_shas), 500):
            chunk = text_shas[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(self.db.execute(
                f"SELECT text_sha256, vector FROM embeddings WHERE model = ? "
                f"AND text_sha256 IN ({marks})", [model, *chunk]))
        return found

    def put_embeddings(self, model: str, vectors: dict[str, bytes]) -> None:
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?,?,?)",
                           [(sha, model, vec) for sha, vec in vectors.items()])

    # runs ----------------------------------------------------------------------

    def start_run(self, info: dict[str, Any]) -> str:
        run_id = f"{time.strftime('%Y%m%dT%H%M%S')}-{time.monotonic_ns() % 100000:05d}"
        self.db.execute("INSERT INTO runs VALUES (?,?,?,?)",
                        (run_id, now_iso(), None, json.dumps(info)))
        return run_id

    def finish_run(self, run_id: str, info: dict[str, Any]) -> None:
        self.db.execute("UPDATE runs SET finished_at = ?, info = ? WHERE run_id = ?",
                        (now_iso(), json.dumps(info), run_id))

    def last_run(self, stage: str) -> tuple[str, dict[str, Any]] | None:
        """The newest run whose info names this ``stage`` (e.g. "align"), with that info."""
        row = self.db.execute(
            "SELECT run_id, info FROM runs WHERE json_extract(info, '$.stage') = ? "
            "ORDER BY started_at DESC, run_id DESC LIMIT 1", (stage,)
        ).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def integrity_ok(self) -> bool:
        verdict: str = self.db.execute("PRAGMA integrity_check").fetchone()[0]
        return verdict == "ok"
