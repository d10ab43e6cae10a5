"""SQLite store of parsed records: one row per document plus queryable child tables.

The full record is kept verbatim in `documents.record_json` (the source of
truth, exported as is); the child tables (citations, events, deadlines,
quantities, recipients) are indexes over it for SQL queries and for the
directive-graph stage, which joins `citations.number_key` to
`documents.number_key`.

Every document is written in ONE transaction (old child rows deleted, all new
rows inserted, its `files` row updated), so a crash or Ctrl-C never leaves a
half-written document. WAL mode lets readers query while an import runs.

`record_rows` turns a Record into plain tuples; bulk import calls it in the
worker processes so the single writing process only executes INSERTs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from vanban.errors import VanbanError
from vanban.grammar import docnumber
from vanban.schemas import Record
from vanban.store import search

STORE_SCHEMA_VERSION = "2"  # 2: deadlines.month

# Child tables and their columns after (doc_id, ord); the order is the INSERT order.
CHILD_COLUMNS: dict[str, tuple[str, ...]] = {
    "citations": ("number", "number_key", "doc_type", "date", "issuer", "relation", "subject",
                  "title", "text", "span_start", "span_end"),
    "events": ("date", "end_date", "text", "inferred", "span_start", "span_end"),
    "deadlines": ("due", "freq", "day", "time", "month", "action", "responsible", "channel", "text",
                  "inferred", "span_start", "span_end"),
    "quantities": ("value", "value_max", "comparator", "unit", "kind", "scope", "object", "text",
                   "span_start", "span_end"),
    "recipients": ("kind", "name", "archive", "span_start", "span_end"),
}

DOC_COLUMNS = ("id", "path", "sha256", "number", "number_key", "doc_type", "issuer", "issued_date",
               "subject", "pipeline_version", "imported_at", "record_json")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT, sha256 TEXT, number TEXT, number_key TEXT, doc_type TEXT,
    issuer TEXT, issued_date TEXT, subject TEXT, pipeline_version TEXT, imported_at TEXT NOT NULL,
    record_json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS documents_number_key ON documents(number_key);
CREATE INDEX IF NOT EXISTS documents_doc_type ON documents(doc_type);
CREATE INDEX IF NOT EXISTS documents_issuer ON documents(issuer);
CREATE INDEX IF NOT EXISTS documents_issued_date ON documents(issued_date);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, size INTEGER,
    doc_id TEXT REFERENCES documents(id) ON DELETE SET NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')), pipeline_version TEXT,
    updated_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS files_doc_id ON files(doc_id);
CREATE TABLE IF NOT EXISTS citations (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    number TEXT, number_key TEXT, doc_type TEXT, date TEXT, issuer TEXT, relation TEXT,
    subject TEXT, title TEXT, text TEXT, span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (doc_id, ord));
CREATE INDEX IF NOT EXISTS citations_number_key ON citations(number_key);
CREATE TABLE IF NOT EXISTS events (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    date TEXT, end_date TEXT, text TEXT, inferred INTEGER, span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (doc_id, ord));
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS deadlines (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    due TEXT, freq TEXT, day INTEGER, time TEXT, month INTEGER, action TEXT, responsible TEXT, channel TEXT,
    text TEXT, inferred INTEGER, span_start INTEGER, span_end INTEGER,
    PRIMARY KEY (doc_id, ord));
CREATE INDEX IF NOT EXISTS deadlines_due ON deadlines(due);
CREATE INDEX IF NOT EXISTS deadlines_freq ON deadlines(freq);
CREATE TABLE IF NOT EXISTS quantities (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    value REAL, value_max REAL, comparator TEXT, unit TEXT, kind TEXT, scope TEXT, object TEXT,
    text TEXT, span_start INTEGER, span_end INTEGER, PRIMARY KEY (doc_id, ord));
CREATE INDEX IF NOT EXISTS quantities_kind ON quantities(kind);
CREATE INDEX IF NOT EXISTS quantities_unit ON quantities(unit);
CREATE TABLE IF NOT EXISTS recipients (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('recipient', 'distribution')), name TEXT, archive INTEGER,
    span_start INTEGER, span_end INTEGER, PRIMARY KEY (doc_id, ord));
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY, path TEXT, sha256 TEXT, stage TEXT NOT NULL, message TEXT NOT NULL,
    pipeline_version TEXT, at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS errors_path ON errors(path);
CREATE INDEX IF NOT EXISTS errors_sha256 ON errors(sha256);
"""


class StoreError(VanbanError):
    def __init__(self, message: str, path: str | None = None):
        super().__init__("store", message, path)


def _now() -> str:
    """UTC timestamp, ISO 8601 (sorts as text, readable in CSV)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def current_pipeline_version() -> str:
    import vanban as pipeline

    return getattr(pipeline, "__version__", None) or "0.0.0"


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
        "events": [(e.date, e.end, e.text, int(e.inferred), *_span(e)) for e in record.events],
        "deadlines": [
            (d.due, *((d.recurrence.freq, d.recurrence.day, d.recurrence.time, d.recurrence.month)
                      if d.recurrence else (None, None, None, None)),
             d.action, d.responsible, d.channel, d.text, int(d.inferred), *_span(d))
            for d in record.deadlines
        ],
        "quantities": [
            (q.value, q.value_max, q.comparator, q.unit, q.kind, q.scope, q.object, q.text, *_span(q))
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


class Store:
    """A vanban SQLite database. Use as a context manager or call close()."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per document.
        self.conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL: committed data survives a process crash
        self.conn.execute("PRAGMA foreign_keys=ON")
        self._create()
        search.attach(self.conn)  # the full-text index follows `documents` through triggers

    @classmethod
    def open(cls, path: str | Path) -> Store:
        return cls(path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _create(self) -> None:
        self.conn.executescript(_SCHEMA)
        row = self.conn.execute("SELECT value FROM schema_meta WHERE key='store_schema'").fetchone()
        if row is None:
            self.conn.execute("INSERT INTO schema_meta VALUES ('store_schema', ?)", (STORE_SCHEMA_VERSION,))
        elif row[0] != STORE_SCHEMA_VERSION:
            raise StoreError(f"store schema {row[0]} is not the supported {STORE_SCHEMA_VERSION}; "
                             "import into a new database", str(self.path))

    # -- writing ---------------------------------------------------------------------------

    def put(self, record: Record, size: int | None = None) -> str:
        """Store `record` (replacing any earlier version of it); returns its id."""
        return self.put_rows(record_rows(record), size)

    def put_rows(self, rows: DocRows, size: int | None = None, _fail_after: str | None = None) -> str:
        """Write one document atomically. `_fail_after` (tests only) raises after that child table."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            doc_id = rows.doc_id
            for table in CHILD_COLUMNS:
                c.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))
            cols = ", ".join(DOC_COLUMNS)
            updates = ", ".join(f"{k}=excluded.{k}" for k in DOC_COLUMNS[1:])
            c.execute(f"INSERT INTO documents ({cols}) VALUES ({', '.join('?' * len(DOC_COLUMNS))}) "
                      f"ON CONFLICT(id) DO UPDATE SET {updates}", rows.doc)
            for table, columns in CHILD_COLUMNS.items():
                items = rows.children.get(table, [])
                if items:
                    marks = ", ".join("?" * (len(columns) + 2))
                    c.executemany(f"INSERT INTO {table} (doc_id, ord, {', '.join(columns)}) VALUES ({marks})",
                                  [(doc_id, i, *item) for i, item in enumerate(items)])
                if _fail_after == table:
                    raise RuntimeError(f"injected failure after {table}")
            if rows.sha256:
                c.execute(
                    "INSERT INTO files (sha256, path, size, doc_id, status, pipeline_version, updated_at) "
                    "VALUES (?, ?, ?, ?, 'ok', ?, ?) ON CONFLICT(sha256) DO UPDATE SET path=excluded.path, "
                    "size=coalesce(excluded.size, size), doc_id=excluded.doc_id, status='ok', "
                    "pipeline_version=excluded.pipeline_version, updated_at=excluded.updated_at",
                    (rows.sha256, rows.path or "", size, doc_id, rows.pipeline_version, _now()))
                c.execute("DELETE FROM errors WHERE sha256=? OR path=?", (rows.sha256, rows.path))
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:  # SQLite may already have rolled back (interrupt, I/O error)
                c.execute("ROLLBACK")
            raise
        return doc_id

    def record_error(self, path: str | Path | None, sha256: str | None, stage: str, message: str,
                     pipeline_version: str | None = None, size: int | None = None,
                     remember: bool = True) -> None:
        """Log a failed file. The errors table holds each file's latest failure only.

        With `remember` and a sha256, the file is marked status='error' in `files` so that a
        re-run with the same pipeline version skips it; pass remember=False for failures that
        may not recur (a crashed worker, a file that vanished).
        """
        version = pipeline_version or current_pipeline_version()
        path = str(path) if path is not None else None
        now = _now()
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("DELETE FROM errors WHERE path=? OR (sha256 IS NOT NULL AND sha256=?)", (path, sha256))
            c.execute("INSERT INTO errors (path, sha256, stage, message, pipeline_version, at) "
                      "VALUES (?, ?, ?, ?, ?, ?)", (path, sha256, stage, message, version, now))
            if sha256 and remember:
                c.execute(
                    "INSERT INTO files (sha256, path, size, doc_id, status, pipeline_version, updated_at) "
                    "VALUES (?, ?, ?, NULL, 'error', ?, ?) ON CONFLICT(sha256) DO UPDATE SET "
                    "path=excluded.path, status='error', pipeline_version=excluded.pipeline_version, "
                    "updated_at=excluded.updated_at", (sha256, path or "", size, version, now))
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:  # SQLite may already have rolled back (interrupt, I/O error)
                c.execute("ROLLBACK")
            raise

    # -- reading ---------------------------------------------------------------------------

    def has_file(self, sha256: str, pipeline_version: str | None = None) -> bool:
        """True when this file was imported successfully (by `pipeline_version`, if given)."""
        row = self.conn.execute("SELECT status, pipeline_version FROM files WHERE sha256=?",
                                (sha256,)).fetchone()
        return bool(row and row[0] == "ok" and (pipeline_version is None or row[1] == pipeline_version))

    def file_states(self) -> dict[str, tuple[str, str | None]]:
        """sha256 -> (status, pipeline_version) for every known file: one query for a whole import."""
        return {s: (st, v) for s, st, v in self.conn.execute(
            "SELECT sha256, status, pipeline_version FROM files")}

    def get(self, doc_id: str) -> Record | None:
        row = self.conn.execute("SELECT record_json FROM documents WHERE id=?", (doc_id,)).fetchone()
        return Record.model_validate_json(row[0]) if row else None

    def find_by_number(self, number: str) -> list[Record]:
        """Documents whose số hiệu has the same linking key (spacing, Đ/D and case folded)."""
        rows = self.conn.execute("SELECT record_json FROM documents WHERE number_key=? ORDER BY issued_date",
                                 (docnumber.key(number),))
        return [Record.model_validate_json(r[0]) for r in rows]

    def iter_record_json(self) -> Iterator[str]:
        """Stored JSON exactly as written, in import order."""
        for (text,) in self.conn.execute("SELECT record_json FROM documents ORDER BY rowid"):
            yield text

    def iter_records(self) -> Iterator[Record]:
        for text in self.iter_record_json():
            yield Record.model_validate_json(text)

    def counts(self) -> dict[str, int]:
        out = {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
               for t in ("documents", "files", *CHILD_COLUMNS, "errors")}
        out["files_failed"] = self.conn.execute("SELECT count(*) FROM files WHERE status='error'").fetchone()[0]
        return out

    def errors(self) -> list[dict]:
        cur = self.conn.execute("SELECT path, sha256, stage, message, pipeline_version, at FROM errors ORDER BY id")
        return [dict(zip(("path", "sha256", "stage", "message", "pipeline_version", "at"), r, strict=True)) for r in cur]

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
