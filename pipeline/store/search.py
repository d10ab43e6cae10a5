"""Full-text search over the stored documents: SQLite FTS5, diacritic-insensitive, with facets.

"ke hoach thanh nien" finds "Kế hoạch … thanh niên": FTS5's unicode61 tokenizer with
remove_diacritics 2 drops every combining mark (also stacked ones, as in ệ) and case; đ, which is
a letter of its own and not d with a mark, is indexed as d. Queries and snippets use `fold`, which
maps one character to one, so an offset in folded text is an offset in the original.

The index follows the `documents` table through triggers (insert, update, delete): every writer
(import, the web app, a removal, a correction) updates it in the same transaction without calling
this module. The triggers call `vb_search_fold` and `vb_search_head`, which `attach` registers on
the connection; `Store` attaches on open, and a store without the index (or with an older one) is
indexed then.

Tables: `search_fts` (FTS5 over head = number, type, issuer, subject, place, signer, recipients, and
body = the text; an external-content table reading the view `search_src`, so the text is not stored
twice) and `search_docs` (same rowid: the facet columns type, issuer, year, system).
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from vanban.store.tx import write_transaction

SORTS = ("relevance", "date_desc", "date_asc", "number")
FACETS = ("type", "issuer", "year", "system")
DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 100
SNIPPET_CHARS = 220  # characters of context shown around the first hit
FACET_LIMIT = 30  # values listed per facet (the most frequent)
MAX_QUERY_TERMS = 32  # words of a query used; the rest is ignored (an FTS query stays cheap)

INDEX_VERSION = "1"  # bump when what is indexed changes: the index is rebuilt on open

# what the index holds for a documents row `{r}`
_HEAD = "vb_search_head({r}.record_json)"
_BODY = "vb_search_fold(json_extract({r}.record_json, '$.text'))"
_DOCS_COLUMNS = "rowid, doc_id, number, doc_type, issuer, issued_date, year, system, subject"
_DOCS_VALUES = ("{r}.rowid, {r}.id, {r}.number, {r}.doc_type, {r}.issuer, {r}.issued_date, "
                "substr({r}.issued_date, 1, 4), json_extract({r}.record_json, '$.issuer.system'), {r}.subject")

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE VIEW IF NOT EXISTS search_src AS
    SELECT d.rowid AS rowid, {_HEAD.format(r="d")} AS head, {_BODY.format(r="d")} AS body FROM documents d;
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(head, body, content = 'search_src', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS search_docs (
    rowid INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, number TEXT, doc_type TEXT, issuer TEXT,
    issued_date TEXT, year TEXT, system TEXT, subject TEXT);
CREATE INDEX IF NOT EXISTS search_docs_type ON search_docs(doc_type);
CREATE INDEX IF NOT EXISTS search_docs_issuer ON search_docs(issuer);
CREATE INDEX IF NOT EXISTS search_docs_date ON search_docs(issued_date);
CREATE INDEX IF NOT EXISTS search_docs_system ON search_docs(system);
"""
_DROP = """
DROP TRIGGER IF EXISTS search_documents_ai; DROP TRIGGER IF EXISTS search_documents_ad;
DROP TRIGGER IF EXISTS search_documents_au; DROP TABLE IF EXISTS search_fts; DROP VIEW IF EXISTS search_src;
DROP TABLE IF EXISTS search_docs; DROP TABLE IF EXISTS search_meta;
"""

# An external-content FTS5 table forgets a row only when told the values it indexed: the old
# row's, computed again from old.record_json by the same deterministic functions.
_INSERT = (f"INSERT INTO search_docs ({_DOCS_COLUMNS}) VALUES ({_DOCS_VALUES.format(r='new')}); "
           f"INSERT INTO search_fts (rowid, head, body) VALUES (new.rowid, {_HEAD.format(r='new')}, "
           f"{_BODY.format(r='new')});")
_DELETE = ("DELETE FROM search_docs WHERE rowid = old.rowid; "
           f"INSERT INTO search_fts (search_fts, rowid, head, body) VALUES ('delete', old.rowid, "
           f"{_HEAD.format(r='old')}, {_BODY.format(r='old')});")
_TRIGGERS = f"""
CREATE TRIGGER IF NOT EXISTS search_documents_ai AFTER INSERT ON documents BEGIN {_INSERT} END;
CREATE TRIGGER IF NOT EXISTS search_documents_ad AFTER DELETE ON documents BEGIN {_DELETE} END;
CREATE TRIGGER IF NOT EXISTS search_documents_au AFTER UPDATE ON documents BEGIN {_DELETE} {_INSERT} END;
"""


# -- folding -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Latin letters with diacritics (Vietnamese and the rest of Latin Extended) -> their base letter."""
    table: dict[int, str] = {ord("Đ"): "d", ord("đ"): "d", ord("Ð"): "d"}
    for lo, hi in ((0x41, 0x5A), (0xC0, 0x24F), (0x1E00, 0x1EFF)):
        for cp in range(lo, hi + 1):
            base = unicodedata.normalize("NFD", chr(cp))[0].lower()
            if cp not in table and len(base) == 1 and base.isascii() and base.isalpha() and base != chr(cp):
                table[cp] = base
    return table


def fold(text: str) -> str:
    """Lower case without diacritics, ONE character per character (offsets are kept).

    Decomposed input (a base letter followed by combining marks) keeps its marks as characters;
    the pipeline stores NFC text, and FTS's unicode61 tokenizer drops stray marks anyway.
    """
    return text.translate(_fold_table())


def index_text(text: str | None) -> str:
    """What the index stores: the text with đ as d, the one Vietnamese letter FTS5's unicode61
    tokenizer does not fold by itself (remove_diacritics 2 strips every combining mark, also stacked
    ones as in ệ). Folding all of it in Python cost 2 ms a document on import; this costs microseconds."""
    return text.replace("đ", "d").replace("Đ", "D").replace("Ð", "D") if text else ""  # replace: C speed


def _head(record_json: str | None) -> str:
    """The header fields of a stored record as one folded line (what `head` indexes)."""
    if not record_json:
        return ""
    r = json.loads(record_json)
    parts = [
        (r.get("number") or {}).get("normalized") or (r.get("number") or {}).get("raw"),
        (r.get("doc_type") or {}).get("name"), (r.get("doc_type") or {}).get("code"),
        (r.get("issuer") or {}).get("name"), (r.get("issuer") or {}).get("parent"),
        r.get("subject"), r.get("place"), (r.get("signer") or {}).get("name"),
        *(x.get("name") for x in r.get("recipients") or []),
    ]
    return index_text(" · ".join(p for p in parts if p))


def attach(conn: sqlite3.Connection) -> None:
    """Register the functions the triggers call; create (or rebuild an outdated) index."""
    conn.create_function("vb_search_fold", 1, index_text, deterministic=True)
    conn.create_function("vb_search_head", 1, _head, deterministic=True)
    try:
        row = conn.execute("SELECT value FROM search_meta WHERE key='version'").fetchone()
    except sqlite3.OperationalError:  # no index yet
        row = None
    if row and row[0] == INDEX_VERSION:
        return
    conn.executescript("BEGIN IMMEDIATE;" + _DROP + _SCHEMA + _TRIGGERS + "COMMIT;")
    reindex(conn)


def reindex(conn: sqlite3.Connection) -> int:
    """Rebuild the index from `documents` (a store written before it existed, or an older index)."""
    with write_transaction(conn):
        conn.execute("DELETE FROM search_docs")
        conn.execute(f"INSERT INTO search_docs ({_DOCS_COLUMNS}) SELECT {_DOCS_VALUES.format(r='d')} "
                     "FROM documents d")
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")  # reads search_src
        conn.execute("INSERT OR REPLACE INTO search_meta VALUES ('version', ?)", (INDEX_VERSION,))
    return conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]


# -- querying ------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def fts_query(q: str) -> str | None:
    """A user's words -> an FTS5 query: every folded word must occur (any order); None when no word."""
    words = _WORD.findall(fold(q))[:MAX_QUERY_TERMS]
    return " AND ".join(f'"{w}"' for w in words) if words else None


@dataclass
class Filters:
    q: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    year: str | None = None
    system: str | None = None
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive


@dataclass
class Hit:
    id: str
    number: str | None
    doc_type: str | None
    issuer: str | None
    issued_date: str | None
    system: str | None
    subject: str | None
    snippet: str | None = None


@dataclass
class Results:
    total: int
    page: int
    per_page: int
    sort: str
    items: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


_FACET_COLUMN = {"type": "s.doc_type", "issuer": "s.issuer", "year": "s.year", "system": "s.system"}
_ORDER = {
    "relevance": "rank, s.issued_date DESC",
    "date_desc": "s.issued_date IS NULL, s.issued_date DESC, s.number",
    "date_asc": "s.issued_date IS NULL, s.issued_date, s.number",
    "number": "s.number IS NULL, s.number, s.issued_date",
}


def _where(f: Filters, skip: str | None = None) -> tuple[str, list]:
    """FROM/WHERE over search_docs `s` for the filters; `skip` leaves one facet's filter out."""
    match = fts_query(f.q) if f.q else None
    sql = "FROM search_docs s"
    args: list = []
    if match:
        sql += " JOIN search_fts ON search_fts.rowid = s.rowid AND search_fts MATCH ?"
        args.append(match)
    conds = []
    for name, value in (("type", f.doc_type), ("issuer", f.issuer), ("year", f.year), ("system", f.system)):
        if value and name != skip:
            conds.append(f"{_FACET_COLUMN[name]} = ?")
            args.append(value)
    if f.date_from:
        conds.append("s.issued_date >= ?")
        args.append(f.date_from)
    if f.date_to:
        conds.append("s.issued_date < ?")
        args.append(f.date_to + "~")  # inclusive of a day given with a time, '2024-05-01T08:00'
    return sql + (" WHERE " + " AND ".join(conds) if conds else ""), args


def snippet(text: str, q: str | None, width: int = SNIPPET_CHARS) -> str:
    """Some original text around the first query word (or the start), whitespace collapsed."""
    at = 0
    words = _WORD.findall(fold(q or ""))
    if words:
        folded = fold(text)
        # the words as a phrase first (any punctuation or spacing between them), else the earliest word
        phrase = re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", folded)
        hits = [m.start() for w in words if (m := re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded))]
        at = phrase.start() if phrase else min(hits, default=0)
    lo = max(0, at - width // 3)
    while 0 < lo < at and not text[lo - 1].isspace():  # start on a word
        lo += 1
    piece = " ".join(text[lo:lo + width].split())
    return ("… " if lo else "") + piece + (" …" if lo + width < len(text) else "")


def search(conn: sqlite3.Connection, f: Filters, page: int = 1, per_page: int = DEFAULT_PER_PAGE,
           sort: str = "relevance", facets: bool = True) -> Results:
    """One page of documents matching `f`, with facet counts (each facet ignores its own filter)."""
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    page = max(1, page)
    sort = sort if sort in SORTS else "relevance"
    if sort == "relevance" and not (f.q and fts_query(f.q)):
        sort = "date_desc"
    where, args = _where(f)
    total = conn.execute(f"SELECT count(*) {where}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT s.doc_id, s.number, s.doc_type, s.issuer, s.issued_date, s.system, s.subject {where} "
        f"ORDER BY {_ORDER[sort]} LIMIT ? OFFSET ?", [*args, per_page, (page - 1) * per_page]).fetchall()
    out = Results(total, page, per_page, sort, [Hit(*r) for r in rows])
    texts = _texts(conn, [h.id for h in out.items])
    for h in out.items:
        h.snippet = snippet(texts.get(h.id, ""), f.q)
    if facets:
        out.facets = {name: facet_counts(conn, f, name) for name in FACETS}
    return out


def facet_counts(conn: sqlite3.Connection, f: Filters, name: str) -> list[tuple[str, int]]:
    where, args = _where(f, skip=name)
    col = _FACET_COLUMN[name]
    joiner = " AND " if " WHERE " in where else " WHERE "
    rows = conn.execute(f"SELECT {col}, count(*) {where}{joiner}{col} IS NOT NULL GROUP BY {col} "
                        f"ORDER BY count(*) DESC, {col} LIMIT ?", [*args, FACET_LIMIT])
    return [(v, n) for v, n in rows]


def _texts(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return dict(conn.execute(f"SELECT id, json_extract(record_json, '$.text') FROM documents WHERE id IN ({marks})",
                             ids).fetchall())
