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

On PostgreSQL (vanban.store.sql) the same filters and facets run over `search_docs`, whose `tsv`
column (a tsvector: header words weighted A, text words without positions) is filled by a PL/pgSQL trigger on
`documents`. Words are cut and folded as FTS5 does here: `unaccent` drops the diacritics (and maps
đ to d), every run of non-alphanumeric characters separates words, the 'simple' configuration keeps
every word (no stemming, no stop words). Relevance is ts_rank instead of bm25: header matches first.

Tables: `search_fts` (FTS5 over head = number, type, issuer, subject, place, signer, recipients, and
body = the text; an external-content table reading the view `search_src`, so the text is not stored
twice) and `search_docs` (same rowid: the facet columns type, issuer, year, system).
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from vanban.store.sql import Connection, dialect
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


def attach(conn: Connection) -> None:
    """Register the functions the triggers call; create (or rebuild an outdated) index."""
    if dialect(conn).pg:
        _attach_pg(conn)
        return
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


def reindex(conn: Connection) -> int:
    """Rebuild the index from `documents` (a store written before it existed, or an older index)."""
    if dialect(conn).pg:
        return _reindex_pg(conn)
    with write_transaction(conn):
        conn.execute("DELETE FROM search_docs")
        conn.execute(f"INSERT INTO search_docs ({_DOCS_COLUMNS}) SELECT {_DOCS_VALUES.format(r='d')} "
                     "FROM documents d")
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")  # reads search_src
        conn.execute("INSERT OR REPLACE INTO search_meta VALUES ('version', ?)", (INDEX_VERSION,))
    return conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]


# -- PostgreSQL ----------------------------------------------------------------------------------

# characters of a text indexed on PostgreSQL: a tsvector holds at most 1 MB, and 200,000 characters of
# distinct words stay under it (a longer text is stored whole; its words past this are not searchable there)
PG_MAX_BODY = 200_000
PG_INDEX_VERSION = f"{INDEX_VERSION}-pg2"  # pg2: text words without positions

# the head as _head builds it, in SQL (the trigger cannot call Python)
_PG_HEAD = """concat_ws(' ', coalesce(r #>> '{number,normalized}', r #>> '{number,raw}'), r #>> '{doc_type,name}',
    r #>> '{doc_type,code}', r #>> '{issuer,name}', r #>> '{issuer,parent}', r ->> 'subject', r ->> 'place',
    r #>> '{signer,name}', (SELECT string_agg(x ->> 'name', ' ') FROM json_array_elements(
        CASE WHEN json_typeof(r -> 'recipients') = 'array' THEN r -> 'recipients' END) x))"""

_PG_SCHEMA = f"""
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS search_docs (
    doc_id TEXT COLLATE "C" PRIMARY KEY, number TEXT COLLATE "C", doc_type TEXT COLLATE "C",
    issuer TEXT COLLATE "C", issued_date TEXT COLLATE "C", year TEXT COLLATE "C", system TEXT COLLATE "C",
    subject TEXT COLLATE "C", tsv tsvector NOT NULL);
CREATE INDEX IF NOT EXISTS search_docs_tsv ON search_docs USING gin (tsv);
CREATE INDEX IF NOT EXISTS search_docs_type ON search_docs(doc_type);
CREATE INDEX IF NOT EXISTS search_docs_issuer ON search_docs(issuer);
CREATE INDEX IF NOT EXISTS search_docs_date ON search_docs(issued_date);
CREATE INDEX IF NOT EXISTS search_docs_system ON search_docs(system);
CREATE OR REPLACE FUNCTION vb_search_words(t text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS
    $$ SELECT regexp_replace(lower(unaccent(coalesce(t, ''))), '[^[:alnum:]]+', ' ', 'g') $$;
-- header words with their positions and weight A; the text's words without positions (a third of the size:
-- ranking reads every match's vector, 5x faster so): a header match ranks first, a text match counts once
CREATE OR REPLACE FUNCTION vb_search_tsv(r json) RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('simple', vb_search_words({_PG_HEAD})), 'A')
        || strip(to_tsvector('simple', vb_search_words(left(r ->> 'text', {PG_MAX_BODY})))) $$;
CREATE OR REPLACE FUNCTION vb_search_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r json := NEW.record_json::json;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.id IS DISTINCT FROM NEW.id THEN
        DELETE FROM search_docs WHERE doc_id = OLD.id;
    END IF;
    INSERT INTO search_docs VALUES (NEW.id, NEW.number, NEW.doc_type, NEW.issuer, NEW.issued_date,
        substr(NEW.issued_date, 1, 4), r #>> '{{issuer,system}}', NEW.subject, vb_search_tsv(r))
    ON CONFLICT (doc_id) DO UPDATE SET number = excluded.number, doc_type = excluded.doc_type,
        issuer = excluded.issuer, issued_date = excluded.issued_date, year = excluded.year,
        system = excluded.system, subject = excluded.subject, tsv = excluded.tsv;
    RETURN NULL;
END $$;
CREATE OR REPLACE FUNCTION vb_search_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_docs WHERE doc_id = OLD.id;
    RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER search_documents_aiu AFTER INSERT OR UPDATE OF id, number, doc_type, issuer,
    issued_date, subject, record_json ON documents FOR EACH ROW EXECUTE FUNCTION vb_search_row();
CREATE OR REPLACE TRIGGER search_documents_ad AFTER DELETE ON documents FOR EACH ROW EXECUTE FUNCTION vb_search_gone();
"""
_PG_DROP = """
DROP TRIGGER IF EXISTS search_documents_aiu ON documents; DROP TRIGGER IF EXISTS search_documents_ad ON documents;
DROP TABLE IF EXISTS search_docs; DROP TABLE IF EXISTS search_meta;
"""


def _attach_pg(conn: Connection) -> None:
    """Create (or rebuild an outdated) index; the caller's transaction holds the writers' lock."""
    with write_transaction(conn):
        have = conn.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                            "AND table_name = 'search_meta'").fetchone()
        row = conn.execute("SELECT value FROM search_meta WHERE key='version'").fetchone() if have else None
        if row and row[0] == PG_INDEX_VERSION:
            return
        conn.executescript(_PG_DROP + _PG_SCHEMA)
        _reindex_pg(conn)


def _reindex_pg(conn: Connection) -> int:
    with write_transaction(conn):
        conn.execute("DELETE FROM search_docs")
        conn.execute("INSERT INTO search_docs SELECT d.id, d.number, d.doc_type, d.issuer, d.issued_date, "
                     "substr(d.issued_date, 1, 4), d.record_json::json #>> '{issuer,system}', d.subject, "
                     "vb_search_tsv(d.record_json::json) FROM documents d")
        conn.execute("INSERT INTO search_meta VALUES ('version', ?) ON CONFLICT (key) DO UPDATE "
                     "SET value = excluded.value", (PG_INDEX_VERSION,))
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


# the query's words folded in Python (fold: as unaccent and lower do to the text) and given as a constant:
# plainto_tsquery is immutable, so it is computed once and the GIN index can answer @@
_PG_QUERY = "plainto_tsquery('simple', ?)"
_PG_RELEVANCE = f"ts_rank(s.tsv, {_PG_QUERY}) DESC, s.issued_date DESC NULLS LAST"
_FACET_COLUMN = {"type": "s.doc_type", "issuer": "s.issuer", "year": "s.year", "system": "s.system"}
_ORDER = {
    "relevance": "rank, s.issued_date DESC",
    "date_desc": "s.issued_date IS NULL, s.issued_date DESC, s.number NULLS FIRST",  # NULLS FIRST: SQLite's
    "date_asc": "s.issued_date IS NULL, s.issued_date, s.number NULLS FIRST",  # order, written for both
    "number": "s.number IS NULL, s.number, s.issued_date NULLS FIRST",
}


def _where(f: Filters, skip: str | None = None, pg: bool = False) -> tuple[str, list]:
    """FROM/WHERE over search_docs `s` for the filters; `skip` leaves one facet's filter out."""
    match = fts_query(f.q) if f.q else None
    sql = "FROM search_docs s"
    args: list = []
    conds = []
    if match and pg:
        args.append(_pg_words(f.q or ""))
        conds.append(f"s.tsv @@ {_PG_QUERY}")
    elif match:
        sql += " JOIN search_fts ON search_fts.rowid = s.rowid AND search_fts MATCH ?"
        args.append(match)
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


def _pg_words(q: str) -> str:
    """The words of a query as PostgreSQL gets them: folded and cut as vb_search_words does to the text."""
    return " ".join(_WORD.findall(fold(q))[:MAX_QUERY_TERMS])


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


def search(conn: Connection, f: Filters, page: int = 1, per_page: int = DEFAULT_PER_PAGE,
           sort: str = "relevance", facets: bool = True) -> Results:
    """One page of documents matching `f`, with facet counts (each facet ignores its own filter)."""
    per_page = max(1, min(per_page, MAX_PER_PAGE))
    page = max(1, page)
    sort = sort if sort in SORTS else "relevance"
    if sort == "relevance" and not (f.q and fts_query(f.q)):
        sort = "date_desc"
    pg = dialect(conn).pg
    if pg and f.q and fts_query(f.q):
        with _gin_first(conn):
            return _search(conn, f, page, per_page, sort, facets, pg)
    return _search(conn, f, page, per_page, sort, facets, pg)


@contextmanager
def _gin_first(conn: Connection) -> Iterator[None]:
    """PostgreSQL's planner prices a tsvector match like a cheap comparison and scans the table,
    reading every document's tsvector, when most rows match: 30x slower than the GIN index, which
    answers the match alone. Sequential scans are priced out for the statements of one search."""
    conn.execute("SET enable_seqscan = off")
    try:
        yield
    finally:
        conn.execute("RESET enable_seqscan")


def _search(conn: Connection, f: Filters, page: int, per_page: int, sort: str, facets: bool, pg: bool) -> Results:
    where, args = _where(f, pg=pg)
    order, order_args = ((_PG_RELEVANCE, [_pg_words(f.q or "")]) if pg and sort == "relevance"
                         else (_ORDER[sort], []))
    total = conn.execute(f"SELECT count(*) {where}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT s.doc_id, s.number, s.doc_type, s.issuer, s.issued_date, s.system, s.subject {where} "
        f"ORDER BY {order} LIMIT ? OFFSET ?", [*args, *order_args, per_page, (page - 1) * per_page]).fetchall()
    out = Results(total, page, per_page, sort, [Hit(*r) for r in rows])
    texts = _texts(conn, [h.id for h in out.items])
    for h in out.items:
        h.snippet = snippet(texts.get(h.id, ""), f.q)
    if facets:
        out.facets = {name: facet_counts(conn, f, name) for name in FACETS}
    return out


def facet_counts(conn: Connection, f: Filters, name: str) -> list[tuple[str, int]]:
    where, args = _where(f, skip=name, pg=dialect(conn).pg)
    col = _FACET_COLUMN[name]
    joiner = " AND " if " WHERE " in where else " WHERE "
    rows = conn.execute(f"SELECT {col}, count(*) {where}{joiner}{col} IS NOT NULL GROUP BY {col} "
                        f"ORDER BY count(*) DESC, {col} LIMIT ?", [*args, FACET_LIMIT])
    return [(v, n) for v, n in rows]


def _texts(conn: Connection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return dict(conn.execute(f"SELECT id, json_extract(record_json, '$.text') FROM documents WHERE id IN ({marks})",
                             ids).fetchall())
