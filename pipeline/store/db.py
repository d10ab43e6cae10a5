"""SQLite store of parsed records: one row per document plus queryable child tables.

The full record is kept in `documents.record_json` (exported as is); the child
tables (citations, events, deadlines, quantities, recipients) are indexes over it
for SQL queries and for the directive-graph stage, which joins
`citations.number_key` to `documents.number_key`.

Identity (store schema 3). A document is keyed by its *file*, not by its parsed
text: the `files` table has one row per path (so every path of byte-identical
copies is recorded) with the sha256 of its bytes and the document it holds.
- Re-importing a path whose bytes changed makes a new *version* of the same
  document: the old record moves to `versions` with the time it was superseded;
  `documents` holds current versions only, so every query sees those only.
- A path whose bytes are already stored under another path is a copy (both
  paths kept) or, when the other path is gone, a move (the path is updated).
- A document's id is the text hash of its first version (`Record.id`), made
  unique when another file already holds that text; it never changes after.
- Human corrections (`corrections` table) are applied over the parsed record:
  `record_json` is the corrected record, `parsed_json` the pipeline's own when
  they differ, and every child row is derived from the corrected record, so
  queries, exports and the graph all see the correction.

Every change is ONE transaction (a document with its children, a removal, a
correction, a migration), so a crash or kill never leaves half of one. WAL mode
lets readers query while an import runs. An older store is migrated in place
when opened, after a backup copy is written next to it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from vanban.errors import VanbanError
from vanban.grammar import docnumber
from vanban.schemas import Correction, Record
from vanban.store import search
from vanban.store.sql import Dialect, connect_pg, ddl_pg, dialect, is_url, shown

STORE_SCHEMA_VERSION = "5"  # 2: deadlines.month; 3: files by path, versions, corrections, imports;
# 4: events.confidence; 5: quantities.confidence
EXIT_STORE = 3  # exit code of a command whose store is damaged or unusable

# Child tables and their columns after (doc_id, ord); the order is the INSERT order.
CHILD_COLUMNS: dict[str, tuple[str, ...]] = {
    "citations": ("number", "number_key", "doc_type", "date", "issuer", "relation", "subject",
                  "title", "text", "span_start", "span_end"),
    "events": ("date", "end_date", "text", "inferred", "confidence", "span_start", "span_end"),
    "deadlines": ("due", "freq", "day", "time", "month", "action", "responsible", "channel", "text",
                  "inferred", "span_start", "span_end"),
    "quantities": ("value", "value_max", "comparator", "unit", "kind", "scope", "object", "text",
                   "span_start", "span_end", "confidence"),
    "recipients": ("kind", "name", "archive", "span_start", "span_end"),
}

DOC_COLUMNS = ("id", "path", "sha256", "number", "number_key", "doc_type", "issuer", "issued_date",
               "subject", "pipeline_version", "imported_at", "record_json")

# Fields a correction may not touch: the record's identity, its text (every span points into it)
# and what the pipeline says about itself.
PROTECTED_FIELDS = frozenset({"schema_version", "id", "source", "text", "spans", "corrections",
                              "pipeline_version", "warnings", "confidence"})

_TABLES = """
CREATE TABLE IF NOT EXISTS schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT, sha256 TEXT, number TEXT, number_key TEXT, doc_type TEXT,
    issuer TEXT, issued_date TEXT, subject TEXT, pipeline_version TEXT, imported_at TEXT NOT NULL,
    record_json TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1, parsed_json TEXT, copy_of TEXT);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, raw_path BLOB, sha256 TEXT, size INTEGER,
    doc_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')), pipeline_version TEXT,
    updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS versions (
    doc_id TEXT NOT NULL, version INTEGER NOT NULL, path TEXT, sha256 TEXT, pipeline_version TEXT,
    imported_at TEXT, superseded_at TEXT NOT NULL, record_json TEXT NOT NULL,
    PRIMARY KEY (doc_id, version));
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    field TEXT NOT NULL, value TEXT, parsed TEXT, "by" TEXT, at TEXT NOT NULL,
    source_sha256 TEXT, status TEXT NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'agrees', 'review')),
    UNIQUE (doc_id, field));
CREATE TABLE IF NOT EXISTS imports (
    id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, pid INTEGER,
    paths TEXT, summary TEXT);
CREATE TABLE IF NOT EXISTS citations (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    number TEXT, number_key TEXT, doc_type TEXT, date TEXT, issuer TEXT, relation TEXT,
    subject TEXT, title TEXT, text TEXT, span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (doc_id, ord));
CREATE TABLE IF NOT EXISTS events (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    date TEXT, end_date TEXT, text TEXT, inferred INTEGER, confidence REAL, span_start INTEGER,
    span_end INTEGER, PRIMARY KEY (doc_id, ord));
CREATE TABLE IF NOT EXISTS deadlines (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    due TEXT, freq TEXT, day INTEGER, time TEXT, month INTEGER, action TEXT, responsible TEXT, channel TEXT,
    text TEXT, inferred INTEGER, span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (doc_id, ord));
CREATE TABLE IF NOT EXISTS quantities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    value REAL, value_max REAL, comparator TEXT, unit TEXT, kind TEXT, scope TEXT, object TEXT,
    text TEXT, span_start INTEGER, span_end INTEGER, confidence REAL, PRIMARY KEY (doc_id, ord));
CREATE TABLE IF NOT EXISTS recipients (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('recipient', 'distribution')), name TEXT, archive INTEGER,
    span_start INTEGER, span_end INTEGER, PRIMARY KEY (doc_id, ord));
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY, path TEXT, sha256 TEXT, stage TEXT NOT NULL, message TEXT NOT NULL,
    pipeline_version TEXT, at TEXT NOT NULL);
"""

_INDEXES = """
CREATE INDEX IF NOT EXISTS documents_number_key ON documents(number_key);
CREATE INDEX IF NOT EXISTS documents_doc_type ON documents(doc_type);
CREATE INDEX IF NOT EXISTS documents_issuer ON documents(issuer);
CREATE INDEX IF NOT EXISTS documents_issued_date ON documents(issued_date);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
CREATE INDEX IF NOT EXISTS files_doc_id ON files(doc_id);
CREATE INDEX IF NOT EXISTS files_sha256 ON files(sha256);
CREATE INDEX IF NOT EXISTS citations_number_key ON citations(number_key);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS deadlines_due ON deadlines(due);
CREATE INDEX IF NOT EXISTS deadlines_freq ON deadlines(freq);
CREATE INDEX IF NOT EXISTS quantities_kind ON quantities(kind);
CREATE INDEX IF NOT EXISTS quantities_unit ON quantities(unit);
CREATE INDEX IF NOT EXISTS errors_path ON errors(path);
CREATE INDEX IF NOT EXISTS errors_sha256 ON errors(sha256);
"""
# what _TABLES and _INDEXES create: all present means a store needs no DDL on opening
_SCHEMA_OBJECTS = frozenset(re.findall(r"CREATE (?:TABLE|INDEX) IF NOT EXISTS (\w+)", _TABLES + _INDEXES))


# PostgreSQL's versions of the SQL functions SQLite gets from Python (create_function): vb_fold is
# vanban.textutil.ascii_fold (no diacritics, lower case, punctuation as one space), for the queries' filters.
_PG_FUNCTIONS = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE OR REPLACE FUNCTION vb_fold(t text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS
    $$ SELECT btrim(regexp_replace(lower(unaccent(coalesce(t, ''))), '[^a-z0-9]+', ' ', 'g')) $$;
"""


class StoreError(VanbanError):
    def __init__(self, message: str, path: str | None = None):
        super().__init__("store", message, path)


def _now() -> str:
    """UTC timestamp, ISO 8601 (sorts as text, readable in CSV)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def current_pipeline_version() -> str:
    """Package version + fingerprint of the rules (vanban.version)."""
    from vanban.version import pipeline_version

    return pipeline_version()


def safe_text(text: str) -> str:
    """`text` storable as UTF-8: undecodable file-name bytes (surrogate escapes) shown as \\xNN."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def display_path(path: str | os.PathLike) -> str:
    """A path as stored and shown: readable text; the exact bytes go to files.raw_path."""
    return safe_text(os.fspath(path))


def _raw(path: str | os.PathLike) -> bytes:
    return os.fsencode(os.fspath(path))


def _exists(raw: bytes | None, path: str) -> bool:
    return os.path.lexists(raw if raw else path)


@dataclass
class DocRows:
    """A record flattened to rows: picklable, cheap to send from a worker to the writer."""

    doc: tuple
    children: dict[str, list[tuple]] = field(default_factory=dict)

    @property
    def doc_id(self) -> str:
        return self.doc[0]

    @property
    def sha256(self) -> str | None:
        return self.doc[2]

    @property
    def path(self) -> str | None:
        return self.doc[1]

    @property
    def pipeline_version(self) -> str | None:
        return self.doc[9]

    @property
    def record_json(self) -> str:
        return self.doc[11]


@dataclass
class Stored:
    """What writing one file did."""

    doc_id: str
    kind: str  # new | version | reparse | copy | move | split
    agree: int = 0  # corrections the new parse now agrees with
    review: int = 0  # corrections flagged for review because the source changed


def _span(item) -> tuple[int | None, int | None]:
    return (item.span[0], item.span[1]) if item.span else (None, None)


def _key(number: str | None) -> str | None:
    return docnumber.key(number) if number else None


def record_rows(record: Record, pipeline_version: str | None = None) -> DocRows:
    """Flatten `record`; sets record.pipeline_version when it is missing."""
    if record.pipeline_version is None:
        record.pipeline_version = pipeline_version or current_pipeline_version()
    number = record.number.normalized if record.number else None
    doc = (
        record.id, record.source.path, record.source.sha256, number, _key(number),
        record.doc_type.code if record.doc_type else None,
        record.issuer.name if record.issuer else None,
        record.issued_date, record.subject, record.pipeline_version, _now(),
        record.model_dump_json(),
    )
    children: dict[str, list[tuple]] = {
        "citations": [
            (c.number, _key(c.number), c.doc_type, c.date, c.issuer, c.relation, c.subject, c.title,
             c.text, *_span(c))
            for c in record.citations
        ],
        "events": [(e.date, e.end, e.text, int(e.inferred), e.confidence, *_span(e)) for e in record.events],
        "deadlines": [
            (d.due, *((d.recurrence.freq, d.recurrence.day, d.recurrence.time, d.recurrence.month)
                      if d.recurrence else (None, None, None, None)),
             d.action, d.responsible, d.channel, d.text, int(d.inferred), *_span(d))
            for d in record.deadlines
        ],
        "quantities": [
            (q.value, q.value_max, q.comparator, q.unit, q.kind, q.scope, q.object, q.text, *_span(q), q.confidence)
            for q in record.quantities
        ],
        "recipients": [("recipient", r.name, None, *_span(r)) for r in record.recipients]
        + [("distribution", d.name, int(d.archive), *_span(d)) for d in record.distribution],
    }
    return DocRows(doc, children)


def expected_child_counts(record_json: str) -> dict[str, int]:
    """How many child rows a stored record must have: the whole-document check."""
    r = json.loads(record_json)
    return {
        "citations": len(r.get("citations", [])),
        "events": len(r.get("events", [])),
        "deadlines": len(r.get("deadlines", [])),
        "quantities": len(r.get("quantities", [])),
        "recipients": len(r.get("recipients", [])) + len(r.get("distribution", [])),
    }


# -- corrections over a record -------------------------------------------------------------------

_MISSING = object()


def _steps(path: str) -> list[str | int]:
    return [int(p) if p.isdigit() else p for p in path.split(".")]


def get_field(record: dict, path: str) -> Any:
    """The value at a dotted path ('issuer.name', 'deadlines.0.due'); _MISSING when absent."""
    node: Any = record
    for step in _steps(path):
        if isinstance(step, int) and isinstance(node, list) and 0 <= step < len(node):
            node = node[step]
        elif isinstance(step, str) and isinstance(node, dict) and step in node:
            node = node[step]
        elif node is None:
            return None  # a missing parent object: the field is unknown (null)
        else:
            return _MISSING
    return node


def set_field(record: dict, path: str, value: Any) -> None:
    """Set a dotted path, creating a missing parent object ({}) on the way."""
    steps = _steps(path)
    node: Any = record
    for step, nxt in zip(steps, steps[1:], strict=False):
        child = node[step]
        if child is None:
            child = node[step] = [] if isinstance(nxt, int) else {}
        node = child
    node[steps[-1]] = value


def check_field(path: str) -> None:
    """Raise StoreError for a field a correction may not name."""
    top = path.split(".")[0]
    if top not in Record.model_fields or top in PROTECTED_FIELDS:
        raise StoreError(f"no correctable field {path!r} (fields: "
                         + ", ".join(sorted(set(Record.model_fields) - PROTECTED_FIELDS)) + ")")


def apply_corrections(parsed: dict, applied: list[dict], review: list[dict]) -> dict:
    """The corrected record: each applied correction set over the parsed one and listed in
    `corrections`; a correction awaiting review is not applied, only warned about."""
    out = json.loads(json.dumps(parsed))
    out["corrections"] = []
    for c in applied:
        set_field(out, c["field"], c["value"])
        out["corrections"].append({k: c[k] for k in ("field", "value", "parsed", "by", "at")})
    for c in review:
        out.setdefault("warnings", []).append({
            "code": "correction_review", "span": None,
            "message": f"the correction of {c['field']} to {c['value']!r} by {c['by'] or 'someone'} "
                       f"was not applied: the source file changed since; check it and correct again"})
    return out


@dataclass
class FileState:
    """A known path: its bytes' hash, the outcome of its last import and the document it holds."""

    sha256: str | None
    status: str
    pipeline_version: str | None
    doc_id: str | None


@dataclass
class PruneResult:
    files: list[str] = field(default_factory=list)  # paths gone from disk, forgotten
    documents: list[str] = field(default_factory=list)  # documents removed (no path left)
    errors: int = 0  # error rows of vanished files removed


BUSY_TIMEOUT = 30.0  # seconds a writer waits for another one's transaction
TX_PAUSE = float(os.environ.get("VANBAN_TEST_TX_PAUSE") or 0)  # test-only (kill tests): seconds before COMMIT


def _with_path(text: str | None, path: str) -> str | None:
    """A stored record's JSON with source.path set (compact, keys in their order, as SQLite's json_set)."""
    if text is None:
        return None
    data = json.loads(text)
    if not isinstance(data.get("source"), dict):
        data["source"] = {}
    data["source"]["path"] = path
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _migrate_1_to_2(c: sqlite3.Connection) -> None:
    """deadlines.month, filled from the stored records (ord is the index in record.deadlines)."""
    c.execute("CREATE TABLE IF NOT EXISTS schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    c.execute("ALTER TABLE deadlines ADD COLUMN month INTEGER")
    c.execute("UPDATE deadlines SET month = (SELECT json_extract(d.record_json, '$.deadlines[' || deadlines.ord "
              "|| '].recurrence.month') FROM documents d WHERE d.id = deadlines.doc_id)")


def _migrate_2_to_3(c: sqlite3.Connection) -> None:
    """Files keyed by path; versions, corrections, imports; an edited file's older records become versions."""
    for col in ("version INTEGER NOT NULL DEFAULT 1", "parsed_json TEXT", "copy_of TEXT"):
        c.execute(f"ALTER TABLE documents ADD COLUMN {col}")
    for stmt in _split_sql(_TABLES):
        if " files " not in stmt.replace("(", " "):
            c.execute(stmt)
    c.execute(_FILES_V3)
    c.execute("INSERT OR REPLACE INTO files_v3 (path, raw_path, sha256, size, doc_id, status, pipeline_version, "
              "updated_at) SELECT path, CAST(path AS BLOB), sha256, size, doc_id, status, pipeline_version, "
              "updated_at FROM files ORDER BY updated_at")
    c.execute("DROP TABLE files")
    c.execute("ALTER TABLE files_v3 RENAME TO files")
    shared = [p for (p,) in c.execute("SELECT path FROM documents WHERE path IS NOT NULL GROUP BY path "
                                      "HAVING count(*) > 1")]
    for path in shared:  # store schema 2 kept every version of an edited file as a document
        docs = c.execute("SELECT id, sha256, pipeline_version, imported_at, record_json FROM documents "
                         "WHERE path=? ORDER BY imported_at, rowid", (path,)).fetchall()
        head = docs[-1][0]
        for n, (old, sha, pv, at, rec) in enumerate(docs[:-1], start=1):
            c.execute("INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                      (head, n, path, sha, pv, at, docs[n][3], rec))
            c.execute("UPDATE files SET doc_id=? WHERE doc_id=?", (head, old))
            c.execute("DELETE FROM documents WHERE id=?", (old,))
        c.execute("UPDATE documents SET version=? WHERE id=?", (len(docs), head))


def _migrate_3_to_4(c: sqlite3.Connection) -> None:
    """events.confidence, from the stored records (a record before schema 1.1 has none: 1.0, a cue's)."""
    c.execute("ALTER TABLE events ADD COLUMN confidence REAL")
    c.execute("UPDATE events SET confidence = coalesce((SELECT json_extract(d.record_json, '$.events[' || "
              "events.ord || '].confidence') FROM documents d WHERE d.id = events.doc_id), 1.0)")


def _migrate_4_to_5(c: sqlite3.Connection) -> None:
    """quantities.confidence, from the stored records (a record from before quantities had one: 1.0). A store set
    back to an older schema by hand may have the column already (as PostgreSQL's ADD COLUMN IF NOT EXISTS allows)."""
    if "confidence" not in {r[1] for r in c.execute("PRAGMA table_info(quantities)")}:
        c.execute("ALTER TABLE quantities ADD COLUMN confidence REAL")
    c.execute("UPDATE quantities SET confidence = coalesce((SELECT json_extract(d.record_json, '$.quantities[' || "
              "quantities.ord || '].confidence') FROM documents d WHERE d.id = quantities.doc_id), 1.0)")


# PostgreSQL stores started at schema 3 (nothing older exists): each step is run on opening, locked
PG_MIGRATIONS: dict[int, tuple[str, ...]] = {3: (
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS confidence REAL",
    "UPDATE events e SET confidence = coalesce((d.record_json::jsonb -> 'events' -> e.ord::int ->> 'confidence')::real, "
    "1.0) FROM documents d WHERE d.id = e.doc_id",
), 4: (
    "ALTER TABLE quantities ADD COLUMN IF NOT EXISTS confidence REAL",
    "UPDATE quantities q SET confidence = coalesce((d.record_json::jsonb -> 'quantities' -> q.ord::int "
    "->> 'confidence')::real, 1.0) FROM documents d WHERE d.id = q.doc_id",
)}

_FILES_V3 = _split_sql(_TABLES)[2].replace("IF NOT EXISTS files (", "files_v3 (")
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_1_to_2, 2: _migrate_2_to_3,
                                                               3: _migrate_3_to_4, 4: _migrate_4_to_5}


class Store:
    """A vanban store: a SQLite file, or a PostgreSQL database when `path` is a postgresql:// URL
    (vanban.store.sql). Use as a context manager or call close()."""

    conn: Any  # sqlite3.Connection | vanban.store.sql.PgConnection: the same calls work on both

    def __init__(self, path: str | Path, *, _migration_hook: Callable[[], None] | None = None):
        self.target: str | Path = path if is_url(path) else Path(path)  # what --db named
        self.path = Path(shown(path)) if is_url(path) else Path(path)  # the SQLite file (a URL: for messages)
        self.backup: Path | None = None  # the copy written before a migration
        if is_url(path):
            self.conn = connect_pg(str(path))
            try:
                self._open_pg()
            except BaseException:
                self.conn.close()
                raise
            return
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per change. check_same_thread off:
        # a web request's store is opened, used and closed on whichever threadpool threads the ASGI server picks
        # (one request at a time, never at once), and sqlite3 serialises its calls (threadsafety 3).
        self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=BUSY_TIMEOUT,
                                    check_same_thread=False)
        try:
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL: committed data survives a process crash
            self._open(_migration_hook)
        except BaseException:
            self.conn.close()
            raise

    @classmethod
    def open(cls, path: str | Path) -> Store:
        return cls(path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema and migrations -----------------------------------------------------------------

    @property
    def dialect(self) -> Dialect:
        return dialect(self.conn)

    def _stored_schema(self) -> int | None:
        tables = {r[0] for r in self.conn.execute(self.dialect.tables_sql())}
        if "documents" not in tables:
            return None
        if "schema_meta" not in tables:
            return 1
        row = self.conn.execute("SELECT value FROM schema_meta WHERE key='store_schema'").fetchone()
        try:
            return int(row[0]) if row else 1
        except ValueError:
            raise StoreError(f"unknown store schema {row[0]!r}", str(self.path)) from None

    def _open(self, hook: Callable[[], None] | None) -> None:
        want = int(STORE_SCHEMA_VERSION)
        have = self._stored_schema()
        if have is not None and have > want:
            raise StoreError(f"store schema {have} is newer than this vanban's {want}; upgrade vanban",
                             str(self.path))
        if have is not None and have < want:
            search.attach(self.conn)  # its triggers follow the rows a migration moves
            self.backup = self._write_backup(have)
            self._migrate(hook)
        if not (have == want and self._sqlite_ready()):
            self.conn.executescript(_TABLES + _INDEXES)
            self.conn.execute("INSERT OR IGNORE INTO schema_meta VALUES ('store_schema', ?)", (STORE_SCHEMA_VERSION,))
        search.attach(self.conn)  # the full-text index follows `documents` through triggers

    def _sqlite_ready(self) -> bool:
        """True when every table and index of this schema exists: opening is then read-only, so the
        web app (a store per request) never queues for the write lock behind an import."""
        have = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
        return _SCHEMA_OBJECTS <= have

    def _open_pg(self) -> None:
        """Create the tables (and the search index) in one locked transaction: several importers may
        open a new database at once. A PostgreSQL store starts at the current schema: nothing to migrate."""
        c = self.conn
        if self._pg_ready():
            return
        c.execute("BEGIN IMMEDIATE")
        try:
            have = self._migrate_pg(self._stored_schema())
            if have is not None and have != int(STORE_SCHEMA_VERSION):
                raise StoreError(f"store schema {have} is not this vanban's {STORE_SCHEMA_VERSION}", shown(self.target))
            c.executescript(ddl_pg(_TABLES + _INDEXES) + _PG_FUNCTIONS)
            c.execute("INSERT OR IGNORE INTO schema_meta VALUES ('store_schema', ?)", (STORE_SCHEMA_VERSION,))
            search.attach(c)
            from vanban.graph.build import ensure_graph_schema  # created here too: readers need not lock

            ensure_graph_schema(c)
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise

    def _migrate_pg(self, have: int | None) -> int | None:
        """Run PG_MIGRATIONS from `have` up to this schema (inside _open_pg's lock); the schema reached."""
        want = int(STORE_SCHEMA_VERSION)
        if have is None or have >= want or any(v not in PG_MIGRATIONS for v in range(have, want)):
            return have
        for v in range(have, want):
            for stmt in PG_MIGRATIONS[v]:
                self.conn.execute(stmt)
        self.conn.execute("UPDATE schema_meta SET value = ? WHERE key = 'store_schema'", (STORE_SCHEMA_VERSION,))
        return want

    def _pg_ready(self) -> bool:
        """True when the tables and the search index are this vanban's: opening then takes no lock
        (the web app opens the store once per request)."""
        have = {r[0] for r in self.conn.execute(self.dialect.tables_sql())}
        if not {"schema_meta", "search_meta", "documents", "graph_meta"} <= have:
            return False
        row = self.conn.execute("SELECT (SELECT value FROM schema_meta WHERE key='store_schema'), "
                                "(SELECT value FROM search_meta WHERE key='version')").fetchone()
        return tuple(row) == (STORE_SCHEMA_VERSION, search.PG_INDEX_VERSION)

    def _write_backup(self, version: int) -> Path:
        """A consistent copy of the store before it is migrated (written aside, then renamed)."""
        dest = self.path.with_name(f"{self.path.name}.schema{version}.bak")
        if dest.exists():
            dest = self.path.with_name(f"{self.path.name}.schema{version}.{int(datetime.now().timestamp())}.bak")
        part = dest.with_name(dest.name + ".part")
        target = sqlite3.connect(str(part))
        try:
            self.conn.backup(target)
        finally:
            target.close()
        os.replace(part, dest)
        return dest

    def _migrate(self, hook: Callable[[], None] | None) -> None:
        """Upgrade in place in one transaction: a kill leaves the old schema, and reopening migrates."""
        c = self.conn
        c.execute("PRAGMA foreign_keys=OFF")  # tables are rebuilt; the rows keep their references
        c.execute("BEGIN IMMEDIATE")
        try:
            have = self._stored_schema() or int(STORE_SCHEMA_VERSION)  # another process may have done it
            for v in range(have, int(STORE_SCHEMA_VERSION)):
                MIGRATIONS[v](c)
                if hook:
                    hook()
                if TX_PAUSE:
                    time.sleep(TX_PAUSE)  # test-only: a kill lands inside the migration
            c.execute("INSERT OR REPLACE INTO schema_meta VALUES ('store_schema', ?)", (STORE_SCHEMA_VERSION,))
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise
        finally:
            c.execute("PRAGMA foreign_keys=ON")

    # -- transactions --------------------------------------------------------------------------

    def _tx(self, work: Callable[[], Any]) -> Any:
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            out = work()
            if TX_PAUSE:
                time.sleep(TX_PAUSE)  # test-only: a kill lands inside the transaction
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:  # SQLite may already have rolled back (interrupt, I/O error)
                c.execute("ROLLBACK")
            raise
        return out

    # -- writing documents ---------------------------------------------------------------------

    def put(self, record: Record, size: int | None = None) -> str:
        """Store `record` as the file record.source.path holds; returns its document id."""
        return self.put_rows(record_rows(record), size)

    def put_rows(self, rows: DocRows, size: int | None = None, _fail_after: str | None = None) -> str:
        """Write one parsed file atomically. `_fail_after` (tests only) raises after that child table."""
        return self.store_file(rows, size, _fail_after=_fail_after).doc_id

    def store_file(self, rows: DocRows, size: int | None = None, raw_path: bytes | None = None,
                   _fail_after: str | None = None) -> Stored:
        """Store the record parsed from one file (its path and sha256 are in `rows`), in ONE transaction.

        The file's identity decides the document: the same path with new bytes is a new version
        (the old one kept in `versions`); bytes stored under another path are the same document.
        """
        path = display_path(rows.path) if rows.path else None
        return self._tx(lambda: self._store_file(rows, path, size, raw_path, _fail_after))

    def _store_file(self, rows: DocRows, path: str | None, size: int | None, raw: bytes | None,
                    fail_after: str | None) -> Stored:
        doc_id, kind = self._identify(path, rows.sha256, rows.doc_id)
        st = Stored(doc_id, kind)
        row = self.conn.execute("SELECT version, path FROM documents WHERE id=?", (doc_id,)).fetchone()
        version = row[0] if row else 1
        primary = path
        if kind == "version":
            self._supersede(doc_id)
            version += 1
            st.review = self._flag_review(doc_id, rows.sha256)
        elif row and row[1] and path != row[1] and _exists(None, row[1]):
            primary = row[1]  # parsed again through a copy: the document keeps its first path
        new_rows, parsed_json, st.agree = self._effective(doc_id, rows, primary)
        self._write_rows(new_rows, version, parsed_json, fail_after)
        if path is not None:
            self._put_file(path, raw, rows.sha256, size, doc_id, "ok", rows.pipeline_version)
            self._forget_moved(doc_id, path, rows.sha256)
            self.conn.execute("DELETE FROM errors WHERE path=?", (path,))
        return st

    def _identify(self, path: str | None, sha: str | None, text_id: str) -> tuple[str, str]:
        c = self.conn
        row = c.execute("SELECT f.doc_id, d.sha256 FROM files f JOIN documents d ON d.id = f.doc_id "
                        "WHERE f.path=?", (path,)).fetchone() if path else None
        if row:
            doc_id, doc_sha = row
            if sha is None or doc_sha == sha:
                return doc_id, "reparse"
            if self._live_copies(doc_id, path, doc_sha):
                return self._new_id(text_id, sha, path), "split"  # its copies still hold the old bytes
            return doc_id, "version"
        if sha:
            row = c.execute("SELECT id FROM documents WHERE sha256=? ORDER BY rowid LIMIT 1", (sha,)).fetchone()
            if row:
                return row[0], "reparse"
        if path is None and c.execute("SELECT 1 FROM documents WHERE id=?", (text_id,)).fetchone():
            return text_id, "reparse"  # a record stored without a file (Store.put of a bare record)
        return self._new_id(text_id, sha, path), "new"

    def _live_copies(self, doc_id: str, path: str | None, sha: str | None) -> list[str]:
        return [p for p, raw in self.conn.execute(
            "SELECT path, raw_path FROM files WHERE doc_id=? AND path IS NOT ? AND sha256 IS ? AND status='ok'",
            (doc_id, path, sha)) if _exists(raw, p)]

    def _new_id(self, text_id: str, sha: str | None, path: str | None) -> str:
        taken = self.conn.execute("SELECT 1 FROM documents WHERE id=? UNION ALL SELECT 1 FROM versions "
                                  "WHERE doc_id=? LIMIT 1", (text_id, text_id)).fetchone()
        if not taken:
            return text_id
        return hashlib.sha256(f"{text_id}:{sha}:{path}".encode("utf-8", "surrogateescape")).hexdigest()

    def _supersede(self, doc_id: str) -> None:
        self.conn.execute(
            "INSERT INTO versions (doc_id, version, path, sha256, pipeline_version, imported_at, "
            "superseded_at, record_json) SELECT id, version, path, sha256, pipeline_version, imported_at, ?, "
            "record_json FROM documents WHERE id=? ON CONFLICT(doc_id, version) DO UPDATE SET path=excluded.path, "
            "sha256=excluded.sha256, pipeline_version=excluded.pipeline_version, imported_at=excluded.imported_at, "
            "superseded_at=excluded.superseded_at, record_json=excluded.record_json", (_now(), doc_id))

    def _flag_review(self, doc_id: str, sha: str | None) -> int:
        return self.conn.execute(
            "UPDATE corrections SET status='review' WHERE doc_id=? AND status != 'review' "
            "AND source_sha256 IS NOT ?", (doc_id, sha)).rowcount

    def _effective(self, doc_id: str, rows: DocRows, path: str | None, recheck: bool = True
                   ) -> tuple[DocRows, str | None, int]:
        """The rows to store: the parsed record under its document id, with corrections applied.

        Returns (rows, parsed_json or None when no correction touches it, corrections now agreeing).
        """
        corrections = self._correction_dicts(doc_id)
        if not corrections and rows.doc_id == doc_id and rows.path == path:
            return rows, None, 0
        parsed = json.loads(rows.record_json)
        parsed["id"] = doc_id
        parsed.setdefault("source", {})["path"] = path
        if not corrections:
            return record_rows(Record.model_validate(parsed)), None, 0
        agree = self._recheck(parsed, corrections) if recheck else 0
        applied = [c for c in corrections if c["status"] != "review"]
        review = [c for c in corrections if c["status"] == "review"]
        try:
            record = Record.model_validate(apply_corrections(parsed, applied, review))
        except ValueError as e:
            raise StoreError(f"a correction does not fit the record: {_first_error(e)}") from None
        return record_rows(record), json.dumps(parsed, ensure_ascii=False), agree

    def _recheck(self, parsed: dict, corrections: list[dict]) -> int:
        """Mark each applied correction as agreeing (or not) with the new parse; how many agree."""
        agree = 0
        for c in corrections:
            if c["status"] == "review":
                continue
            status = "agrees" if get_field(parsed, c["field"]) == c["value"] else "active"
            agree += status == "agrees" and c["status"] != "agrees"
            if status != c["status"]:
                self.conn.execute("UPDATE corrections SET status=? WHERE id=?", (status, c["id"]))
                c["status"] = status
        return agree

    def _write_rows(self, rows: DocRows, version: int, parsed_json: str | None,
                    fail_after: str | None = None) -> None:
        c = self.conn
        doc_id = rows.doc_id
        for table in CHILD_COLUMNS:
            c.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))
        cols = (*DOC_COLUMNS, "version", "parsed_json")
        updates = ", ".join(f"{k}=excluded.{k}" for k in cols[1:])
        c.execute(f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                  f"ON CONFLICT(id) DO UPDATE SET {updates}", (*rows.doc, version, parsed_json))
        for table, columns in CHILD_COLUMNS.items():
            items = rows.children.get(table, [])
            if items:
                marks = ", ".join("?" * (len(columns) + 2))
                c.executemany(f"INSERT INTO {table} (doc_id, ord, {', '.join(columns)}) VALUES ({marks})",
                              [(doc_id, i, *item) for i, item in enumerate(items)])
            if fail_after == table:
                raise RuntimeError(f"injected failure after {table}")

    def _put_file(self, path: str, raw: bytes | None, sha: str | None, size: int | None,
                  doc_id: str | None, status: str, version: str | None) -> None:
        self.conn.execute(
            "INSERT INTO files (path, raw_path, sha256, size, doc_id, status, pipeline_version, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET raw_path=coalesce(excluded.raw_path, "
            "files.raw_path), sha256=excluded.sha256, size=coalesce(excluded.size, files.size), "
            "doc_id=coalesce(excluded.doc_id, files.doc_id), status=excluded.status, "
            "pipeline_version=excluded.pipeline_version, updated_at=excluded.updated_at",
            (path, raw if raw is not None else _raw(path), sha, size, doc_id, status, version, _now()))

    def _forget_moved(self, doc_id: str, path: str, sha: str | None) -> int:
        """Paths of this document's bytes that are gone from disk: the file moved to `path`."""
        gone = [p for p, raw in self.conn.execute(
            "SELECT path, raw_path FROM files WHERE doc_id=? AND path != ? AND sha256 IS ?", (doc_id, path, sha))
            if not _exists(raw, p)]
        for p in gone:
            self.conn.execute("DELETE FROM files WHERE path=?", (p,))
            self.conn.execute("DELETE FROM errors WHERE path=?", (p,))
        primary = self.conn.execute("SELECT path FROM documents WHERE id=?", (doc_id,)).fetchone()
        if primary and primary[0] != path and (primary[0] in gone or not _exists(None, primary[0] or "")):
            self._set_primary(doc_id, path)
        return len(gone)

    def _set_primary(self, doc_id: str, path: str) -> None:
        # the JSON is rewritten here, not by json_set, so both backends store the same text
        row = self.conn.execute("SELECT record_json, parsed_json FROM documents WHERE id=?", (doc_id,)).fetchone()
        if row:
            self.conn.execute("UPDATE documents SET path=?, record_json=?, parsed_json=? WHERE id=?",
                              (path, _with_path(row[0], path), _with_path(row[1], path), doc_id))

    def add_path(self, path: str, sha: str, size: int | None = None, raw_path: bytes | None = None) -> Stored | None:
        """Record `path` as holding bytes already stored (a copy, or a move when the old path is gone).

        Returns None when no current document has these bytes (the file must be parsed).
        """
        path = display_path(path)

        def work() -> Stored | None:
            row = self.conn.execute("SELECT id, pipeline_version FROM documents WHERE sha256=? ORDER BY rowid "
                                    "LIMIT 1", (sha,)).fetchone()
            if not row:
                return None
            self._put_file(path, raw_path, sha, size, row[0], "ok", row[1])
            moved = self._forget_moved(row[0], path, sha)
            self.conn.execute("DELETE FROM errors WHERE path=?", (path,))
            return Stored(row[0], "move" if moved else "copy")

        return self._tx(work)

    def record_error(self, path: str | Path | None, sha256: str | None, stage: str, message: str,
                     pipeline_version: str | None = None, size: int | None = None,
                     remember: bool = True, raw_path: bytes | None = None) -> None:
        """Log a failed file. The errors table holds each path's latest failure only.

        With `remember` and a sha256, the path is marked status='error' in `files` so that a
        re-run with the same pipeline version and bytes skips it (a known failure); pass
        remember=False for failures that may not recur (a crashed worker, a file that vanished).
        A document the path held before stays as it was (the last version that could be read).
        """
        version = pipeline_version or current_pipeline_version()
        shown = display_path(path) if path is not None else None
        message = safe_text(message)

        def work() -> None:
            self.conn.execute("DELETE FROM errors WHERE path IS ?", (shown,))
            self.conn.execute("INSERT INTO errors (path, sha256, stage, message, pipeline_version, at) "
                              "VALUES (?, ?, ?, ?, ?, ?)", (shown, sha256, stage, message, version, _now()))
            if sha256 and remember and shown is not None:
                self._put_file(shown, raw_path if raw_path is not None else _raw(path or ""), sha256, size,
                               None, "error", version)

        self._tx(work)

    # -- corrections ---------------------------------------------------------------------------

    def _correction_dicts(self, doc_id: str) -> list[dict]:
        cols = ("id", "field", "value", "parsed", "by", "at", "source_sha256", "status")
        out = []
        names = ", ".join(f'"{c}"' if c == "by" else c for c in cols)  # BY is a keyword of PostgreSQL
        for r in self.conn.execute(f"SELECT {names} FROM corrections WHERE doc_id=? ORDER BY id",
                                   (doc_id,)):
            d = dict(zip(cols, r, strict=True))
            d["value"] = json.loads(d["value"]) if d["value"] is not None else None
            d["parsed"] = json.loads(d["parsed"]) if d["parsed"] is not None else None
            out.append(d)
        return out

    def corrections(self, doc_id: str) -> list[dict]:
        """The corrections of a document: field, value, parsed, by, at, status (active | agrees | review)."""
        return self._correction_dicts(doc_id)

    def add_correction(self, doc_id: str, field: str, value: Any, by: str | None = None) -> Correction:
        """Store a human correction and apply it over the record (one transaction).

        A second correction of the same field replaces the first. Raises StoreError for an
        unknown document or field, or a value the record's schema refuses.
        """
        check_field(field)

        def work() -> Correction:
            row = self.conn.execute("SELECT record_json, parsed_json, sha256, version, path FROM documents "
                                    "WHERE id=?", (doc_id,)).fetchone()
            if not row:
                raise StoreError(f"no document {doc_id}")
            parsed = json.loads(row[1] or row[0])
            if row[1] is None:
                parsed["corrections"] = []
            old = get_field(parsed, field)
            if old is _MISSING:
                raise StoreError(f"document {doc_id[:12]} has no field {field!r}")
            at = _now()
            self.conn.execute(
                "INSERT INTO corrections (doc_id, field, value, parsed, \"by\", at, source_sha256, status) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'active') ON CONFLICT(doc_id, field) DO UPDATE SET "
                "value=excluded.value, parsed=excluded.parsed, \"by\"=excluded.\"by\", at=excluded.at, "
                "source_sha256=excluded.source_sha256, status='active'",
                (doc_id, field, json.dumps(value, ensure_ascii=False), json.dumps(old, ensure_ascii=False),
                 by, at, row[2]))
            self._rewrite(doc_id, parsed, row[3])
            return Correction(field=field, value=value, parsed=old, by=by, at=at)

        return self._tx(work)

    def remove_correction(self, doc_id: str, field: str) -> bool:
        """Drop a correction; the record goes back to what the pipeline read."""
        def work() -> bool:
            row = self.conn.execute("SELECT record_json, parsed_json, version FROM documents WHERE id=?",
                                    (doc_id,)).fetchone()
            gone = self.conn.execute("DELETE FROM corrections WHERE doc_id=? AND field=?", (doc_id, field)).rowcount
            if row and gone:
                self._rewrite(doc_id, json.loads(row[1] or row[0]), row[2])
            return bool(gone)

        return self._tx(work)

    def _rewrite(self, doc_id: str, parsed: dict, version: int) -> None:
        parsed["id"] = doc_id
        parsed_rows = record_rows(Record.model_validate(parsed))
        rows, parsed_json, _ = self._effective(doc_id, parsed_rows, parsed_rows.path, recheck=False)
        self._write_rows(rows, version, parsed_json)
        from vanban.graph.copies import mark_copies  # a corrected number or date can make or break a copy

        mark_copies(self.conn)

    # -- removing ------------------------------------------------------------------------------

    def resolve(self, refs: list[str]) -> tuple[list[str], list[str], list[str]]:
        """Documents named by id (or a prefix of 6+ hex digits), file path or folder.

        Returns (document ids, failed-file paths without a document, refs that match nothing).
        """
        docs: list[str] = []
        failed: list[str] = []
        unknown: list[str] = []
        for ref in refs:
            ids = self._ids_for(ref)
            paths = self._paths_for(ref)
            docs += ids + [d for _, d in paths if d and d not in ids]
            failed += [p for p, d in paths if d is None]
            if not ids and not paths:
                unknown.append(ref)
        return list(dict.fromkeys(docs)), list(dict.fromkeys(failed)), unknown

    def _ids_for(self, ref: str) -> list[str]:
        if len(ref) >= MIN_ID_PREFIX and all(ch in "0123456789abcdef" for ch in ref.lower()):
            lo = ref.lower()
            return [i for (i,) in self.conn.execute("SELECT id FROM documents WHERE id >= ? AND id < ?",
                                                    (lo, lo + "g"))]
        return []

    def _paths_for(self, ref: str) -> list[tuple[str, str | None]]:
        full = display_path(os.path.abspath(ref))
        exact = self.conn.execute("SELECT path, doc_id FROM files WHERE path=?", (full,)).fetchall()
        if exact:
            return exact
        folder = full.rstrip("/") + "/"
        return self.conn.execute("SELECT path, doc_id FROM files WHERE path >= ? AND path < ?",
                                 (folder, folder[:-1] + "0")).fetchall()

    def _remove_docs(self, doc_ids: list[str]) -> None:
        c = self.conn
        for doc_id in doc_ids:
            c.execute("DELETE FROM errors WHERE path IN (SELECT path FROM files WHERE doc_id=?)", (doc_id,))
            c.execute("DELETE FROM files WHERE doc_id=?", (doc_id,))
            c.execute("DELETE FROM versions WHERE doc_id=?", (doc_id,))
            c.execute("DELETE FROM documents WHERE id=?", (doc_id,))  # children and corrections cascade

    def remove(self, doc_ids: list[str], failed_paths: tuple[str, ...] | list[str] = (), _hook: Callable[[], None] | None = None
               ) -> int:
        """Remove documents and everything derived from them (versions, paths, errors), and the
        given failed files' rows, in ONE transaction. Returns how many documents were removed."""
        def work() -> int:
            have = [d for d in doc_ids if self.conn.execute("SELECT 1 FROM documents WHERE id=?", (d,)).fetchone()]
            self._remove_docs(have)
            for p in failed_paths:
                self.conn.execute("DELETE FROM files WHERE path=?", (p,))
                self.conn.execute("DELETE FROM errors WHERE path=?", (p,))
            if _hook:
                _hook()
            from vanban.graph.copies import mark_copies

            mark_copies(self.conn)
            return len(have)

        return self._tx(work)

    def prune(self, dry_run: bool = False, _hook: Callable[[], None] | None = None) -> PruneResult:
        """Forget files gone from disk; remove documents left with no file (one transaction)."""
        def work() -> PruneResult:
            res = PruneResult()
            c = self.conn
            gone = [(p, d) for p, raw, d in c.execute("SELECT path, raw_path, doc_id FROM files")
                    if not _exists(raw, p)]
            res.files = [p for p, _ in gone]
            known = {p for (p,) in c.execute("SELECT path FROM files")}
            stray = [p for (p,) in c.execute("SELECT DISTINCT path FROM errors WHERE path IS NOT NULL")
                     if p not in known and not _exists(None, p)]
            touched = {d for _, d in gone if d}
            for p in res.files + stray:
                res.errors += c.execute("DELETE FROM errors WHERE path=?", (p,)).rowcount
                c.execute("DELETE FROM files WHERE path=?", (p,))
            for doc_id in sorted(touched):
                left = c.execute("SELECT path FROM files WHERE doc_id=? AND status='ok' ORDER BY path",
                                 (doc_id,)).fetchall()
                if not left:
                    res.documents.append(doc_id)
                elif c.execute("SELECT path FROM documents WHERE id=?", (doc_id,)).fetchone()[0] in res.files:
                    self._set_primary(doc_id, left[0][0])
            self._remove_docs(res.documents)
            if _hook:
                _hook()
            if dry_run:
                raise _DryRun(res)
            from vanban.graph.copies import mark_copies

            mark_copies(c)
            return res

        try:
            return self._tx(work)
        except _DryRun as d:
            return d.result

    # -- imports log ---------------------------------------------------------------------------

    def begin_import(self, paths: list[str]) -> int:
        row = self.conn.execute("INSERT INTO imports (started_at, pid, paths) VALUES (?, ?, ?) RETURNING id",
                                (_now(), os.getpid(), json.dumps([safe_text(p) for p in paths], ensure_ascii=False))
                                ).fetchone()
        return int(row[0])

    def end_import(self, import_id: int, summary: dict) -> None:
        self.conn.execute("UPDATE imports SET finished_at=?, summary=? WHERE id=?",
                          (_now(), json.dumps(summary, ensure_ascii=False), import_id))

    # -- reading -------------------------------------------------------------------------------

    def file_index(self) -> dict[str, FileState]:
        """path -> FileState for every known path: one query for a whole import."""
        return {p: FileState(s, st, v, d) for p, s, st, v, d in self.conn.execute(
            "SELECT path, sha256, status, pipeline_version, doc_id FROM files")}

    def stored_shas(self) -> dict[str, str | None]:
        """sha256 of each current document's file -> the pipeline version that parsed it."""
        return {s: v for s, v in self.conn.execute("SELECT sha256, pipeline_version FROM documents "
                                                   "WHERE sha256 IS NOT NULL")}

    def has_file(self, sha256: str, pipeline_version: str | None = None) -> bool:
        """True when a file with these bytes was imported successfully (by `pipeline_version`, if given)."""
        row = self.conn.execute("SELECT pipeline_version FROM files WHERE sha256=? AND status='ok' LIMIT 1",
                                (sha256,)).fetchone()
        return bool(row and (pipeline_version is None or row[0] == pipeline_version))

    def file_states(self) -> dict[str, tuple[str, str | None]]:
        """sha256 -> (status, pipeline_version) of the paths holding those bytes."""
        return {s: (st, v) for s, st, v in self.conn.execute(
            "SELECT sha256, status, pipeline_version FROM files WHERE sha256 IS NOT NULL")}

    def get(self, doc_id: str) -> Record | None:
        row = self.conn.execute("SELECT record_json FROM documents WHERE id=?", (doc_id,)).fetchone()
        return Record.model_validate_json(row[0]) if row else None

    def record(self, doc_id: str) -> dict | None:
        """The stored record (current version, corrections applied) as JSON data; None if unknown."""
        row = self.conn.execute("SELECT record_json FROM documents WHERE id=?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def versions(self, doc_id: str) -> list[dict]:
        """Superseded versions of a document, oldest first (path, sha256, imported_at, superseded_at)."""
        cols = ("version", "path", "sha256", "pipeline_version", "imported_at", "superseded_at")
        return [dict(zip(cols, r, strict=True)) for r in self.conn.execute(
            f"SELECT {', '.join(cols)} FROM versions WHERE doc_id=? ORDER BY version", (doc_id,))]

    def paths(self, doc_id: str) -> list[str]:
        """Every path known to hold this document's bytes (byte-identical copies)."""
        return [p for (p,) in self.conn.execute("SELECT path FROM files WHERE doc_id=? AND status='ok' "
                                                "ORDER BY path", (doc_id,))]

    def find_by_number(self, number: str) -> list[Record]:
        """Documents whose số hiệu has the same linking key (spacing, Đ/D and case folded)."""
        rows = self.conn.execute("SELECT record_json FROM documents WHERE number_key=? ORDER BY issued_date NULLS FIRST",
                                 (docnumber.key(number),))
        return [Record.model_validate_json(r[0]) for r in rows]

    def iter_record_json(self) -> Iterator[str]:
        """Stored JSON (corrections applied), current versions, in import order."""
        for (text,) in self.conn.execute("SELECT record_json FROM documents ORDER BY rowid"):
            yield text

    def iter_records(self) -> Iterator[Record]:
        for text in self.iter_record_json():
            yield Record.model_validate_json(text)

    def counts(self) -> dict[str, int]:
        out = {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("documents", "files", *CHILD_COLUMNS, "errors", "versions", "corrections")}
        out["files_failed"] = self.conn.execute("SELECT count(*) FROM files WHERE status='error'").fetchone()[0]
        return out

    def status(self) -> dict[str, Any]:
        """The figures of `vanban status`."""
        q = self.conn.execute
        version = current_pipeline_version()
        docs, copies, stale = q("SELECT count(*), count(copy_of), coalesce(sum(CASE WHEN pipeline_version IS NOT ? THEN 1 ELSE 0 END), 0) "
                                "FROM documents", (version,)).fetchone()
        ok_paths = q("SELECT count(*) FROM files WHERE status='ok' AND doc_id IS NOT NULL").fetchone()[0]
        with_path = q("SELECT count(DISTINCT doc_id) FROM files WHERE status='ok' AND doc_id IS NOT NULL").fetchone()[0]
        last = q("SELECT started_at, finished_at, summary FROM imports ORDER BY id DESC LIMIT 1").fetchone()
        by_status = dict(q("SELECT status, count(*) FROM corrections GROUP BY status").fetchall())
        return {
            "documents": docs, "copies": copies, "versions": docs + q("SELECT count(*) FROM versions").fetchone()[0],
            "superseded": q("SELECT count(*) FROM versions").fetchone()[0], "stale": stale,
            "errors": q("SELECT count(*) FROM errors").fetchone()[0], "duplicates": ok_paths - with_path,
            "corrections": sum(by_status.values()), "corrections_review": by_status.get("review", 0),
            "pipeline_version": version,
            "last_import": ({"started_at": last[0], "finished_at": last[1],
                             "summary": json.loads(last[2]) if last[2] else None} if last else None),
        }

    def errors(self, stage: str | None = None, path: str | None = None, since: str | None = None) -> list[dict]:
        """Failed files, oldest first; `path` matches a substring, `since` an ISO date or time."""
        where, args = [], []
        if stage:
            where.append("stage=?")
            args.append(stage)
        if path:
            where.append("instr(path, ?) > 0")
            args.append(path)
        if since:
            where.append("at >= ?")
            args.append(since)
        sql = ("SELECT path, sha256, stage, message, pipeline_version, at FROM errors"
               + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id")
        cols = ("path", "sha256", "stage", "message", "pipeline_version", "at")
        return [dict(zip(cols, r, strict=True)) for r in self.conn.execute(sql, args)]

    def check_whole(self) -> list[str]:
        """Ids of documents whose child rows do not match their record_json (should be none)."""
        bad = []
        have: dict[str, dict[str, int]] = {}
        for table in CHILD_COLUMNS:
            for doc_id, n in self.conn.execute(f"SELECT doc_id, count(*) FROM {table} GROUP BY doc_id"):
                have.setdefault(doc_id, {})[table] = n
        for doc_id, text in self.conn.execute("SELECT id, record_json FROM documents"):
            want = {t: n for t, n in expected_child_counts(text).items() if n}
            if have.get(doc_id, {}) != want:
                bad.append(doc_id)
        return bad


MIN_ID_PREFIX = 6  # hex digits of a document id that name it on the command line


class _DryRun(Exception):
    def __init__(self, result: PruneResult):
        self.result = result


def _first_error(e: Exception) -> str:
    errors = getattr(e, "errors", None)
    if callable(errors):
        first = errors()[0]
        return f"{'.'.join(str(x) for x in first.get('loc', ()))}: {first.get('msg')}"
    return str(e)
