"""The two store backends behind one connection API: SQLite (a file, the default) and PostgreSQL (a URL).

The store's SQL is written once, in the subset both dialects agree on: `?` placeholders,
`ON CONFLICT (...) DO UPDATE` upserts, `RETURNING`, `coalesce`, `substr`. What differs lives here:
- `to_pg` rewrites a statement mechanically: `?` -> `%s` (and `%` -> `%%`), `IS ?` -> `IS NOT
  DISTINCT FROM`, `INSERT OR IGNORE` -> `ON CONFLICT DO NOTHING`, `instr` -> `strpos`, and a
  `json_extract` of a fixed path -> `#>>`;
- `ddl_pg` rewrites the schema: identity ids for `INTEGER PRIMARY KEY`, 64-bit integers, doubles,
  BYTEA, byte-order ("C") collation so text sorts as in SQLite, and a `rowid` on `documents`
  (SQLite's implicit one: the import order);
- `Dialect` spells the few expressions that cannot be rewritten by pattern (a JSON path built from a
  column, the list of tables).

`PgConnection` wraps a psycopg 3 connection with the slice of sqlite3.Connection the store uses
(execute, executemany, executescript, in_transaction, close), so Store, the graph and the queries
call one API. psycopg is imported only when a PostgreSQL URL is opened. A write transaction
(`BEGIN IMMEDIATE`, as the SQLite code says) takes a transaction-scoped advisory lock: writers are
serialised as in SQLite, so several importers into one database never store a file twice.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

from vanban.errors import VanbanError

PG_SCHEMES = ("postgresql://", "postgres://")
DB_ENV = "VANBAN_DB"  # the store when --db is not given: a SQLite path or a PostgreSQL URL
DEFAULT_DB = "vanban.db"
WRITER_LOCK = 0x76616E62  # pg_advisory_xact_lock key of the store's writers ('vanb')


class Cursor(Protocol):
    rowcount: int

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the store's code calls on a connection (sqlite3.Connection and PgConnection have it)."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any: ...

    def executescript(self, script: str, /) -> Any: ...

    def create_function(self, name: str, narg: int, func: Any, *, deterministic: bool = ...) -> None: ...

    def close(self) -> None: ...


# -- where the store is ----------------------------------------------------------------------------

def is_url(target: object) -> bool:
    """True for a PostgreSQL URL (postgresql://... or postgres://...)."""
    return isinstance(target, str) and target.startswith(PG_SCHEMES)


def db_arg(value: str) -> Path | str:
    """An argparse type for --db: a URL stays text (Path would fold its //), a file is a Path."""
    return value if is_url(value) else Path(value)


def default_db() -> Path | str:
    """--db when not given: $VANBAN_DB, else vanban.db in the working folder."""
    return db_arg(os.environ.get(DB_ENV) or DEFAULT_DB)


def db_exists(target: Path | str) -> bool:
    """A SQLite store exists when its file does; a PostgreSQL one is checked by connecting."""
    return True if is_url(target) else Path(target).is_file()


def shown(target: Path | str) -> str:
    """The store as printed: a URL without its password."""
    if not is_url(target):
        return os.fspath(target)
    parts = urlsplit(str(target))
    if parts.password is None:
        return str(target)
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return urlunsplit(parts._replace(netloc=netloc))


class BackendMissing(VanbanError):
    """--db names PostgreSQL but psycopg is not installed."""


def is_db_error(e: BaseException) -> bool:
    return isinstance(e, (BackendMissing, *db_errors()))


def db_errors() -> tuple[type[Exception], ...]:
    """The exceptions of a damaged, unreachable or refusing store (psycopg's once a URL was opened:
    before that none can be raised). sqlite3.DatabaseError and psycopg.DatabaseError, as the CLI caught."""
    pg = sys.modules.get("psycopg")
    return (sqlite3.DatabaseError,) + ((pg.DatabaseError, pg.OperationalError) if pg is not None else ())


# -- dialects --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Dialect:
    name: str

    @property
    def pg(self) -> bool:
        return self.name == "postgresql"

    def json_item(self, col: str, array: str, index: str, path: tuple[str, ...], cast: str | None = None) -> str:
        """col's JSON value at array[index].path (index is an SQL expression), as text or `cast`."""
        if not self.pg:
            return f"json_extract({col}, '$.{array}[' || {index} || '].{'.'.join(path)}')"
        steps = "".join(f" -> '{p}'" for p in path[:-1])
        expr = f"(({col})::json -> '{array}' -> ({index})::int{steps} ->> '{path[-1]}')"
        return f"({expr})::{cast}" if cast else expr

    def json_list(self, col: str, paths: tuple[str, ...]) -> str:
        """A JSON array (text) of col's values at several fixed paths, parsing the JSON once."""
        if not self.pg:
            return f"json_extract({col}, {', '.join(_sqlite_path(p) for p in paths)})"
        items = ", ".join(f"j #> '{{{','.join(p.split('.'))}}}'" for p in paths)
        return f"(SELECT json_build_array({items})::text FROM (SELECT ({col})::json AS j) x)"

    def tables_sql(self) -> str:
        if not self.pg:
            return "SELECT name FROM sqlite_master WHERE type='table'"
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"


def _sqlite_path(path: str) -> str:
    return f"'$.{path}'"


SQLITE = Dialect("sqlite")
POSTGRES = Dialect("postgresql")


def dialect(conn: object) -> Dialect:
    return getattr(conn, "dialect", SQLITE)


# -- statement rewriting ---------------------------------------------------------------------------

_LITERAL = re.compile(r"('(?:[^']|'')*')")
_JSON_EXTRACT = re.compile(r"json_extract\(([\w.]+), '\$((?:\.\w+)+)'\)")
_IGNORE = re.compile(r"^\s*INSERT OR IGNORE INTO", re.I)


def _json_path(m: re.Match) -> str:
    keys = m.group(2).strip(".").split(".")
    return f"(({m.group(1)})::json #>> '{{{','.join(keys)}}}')"


@lru_cache(maxsize=1024)
def to_pg(sql: str, params: bool = True) -> str:
    """One SQLite statement of the common subset as PostgreSQL (see the module docstring)."""
    sql = _JSON_EXTRACT.sub(_json_path, sql)
    ignore = bool(_IGNORE.match(sql))
    if ignore:
        sql = _IGNORE.sub("INSERT INTO", sql, count=1)
    parts = _LITERAL.split(sql)
    for i in range(0, len(parts), 2):  # outside the string literals
        p = parts[i]
        p = re.sub(r"\bIS NOT \?", "IS DISTINCT FROM ?", p)
        p = re.sub(r"\bIS \?", "IS NOT DISTINCT FROM ?", p)
        p = re.sub(r"\binstr\(", "strpos(", p)
        if params:
            p = p.replace("%", "%%").replace("?", "%s")
        parts[i] = p
    if params:
        for i in range(1, len(parts), 2):
            parts[i] = parts[i].replace("%", "%%")
    out = "".join(parts)
    return out.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING" if ignore else out


_DDL_RULES = (
    (re.compile(r"\bINTEGER PRIMARY KEY\b"), "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (re.compile(r"\bINTEGER\b"), "BIGINT"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b"), "BYTEA"),
    (re.compile(r"\bTEXT\b"), 'TEXT COLLATE "C"'),  # byte order, as SQLite compares text
    (re.compile(r"(CREATE TABLE IF NOT EXISTS documents \()"),
     r"\1rowid BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE, "),  # SQLite's implicit import order
)


def ddl_pg(script: str) -> str:
    """A SQLite schema script (CREATE TABLE/INDEX ... IF NOT EXISTS) as PostgreSQL."""
    for pattern, repl in _DDL_RULES:
        script = pattern.sub(repl, script)
    return script


# -- the PostgreSQL connection ---------------------------------------------------------------------

class PgCursor:
    """A finished statement's rows, read like a sqlite3 cursor."""

    def __init__(self, cur: Any):
        self._cur = cur
        self.rowcount: int = cur.rowcount

    def fetchone(self) -> Any:
        return self._cur.fetchone() if self._cur.description else None

    def fetchall(self) -> list[Any]:
        return self._cur.fetchall() if self._cur.description else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())

    @property
    def lastrowid(self) -> None:  # use RETURNING id: PostgreSQL has no last row id
        return None


class _Empty:
    rowcount = 0

    def fetchone(self) -> None:
        return None

    def fetchall(self) -> list[Any]:
        return []

    def __iter__(self) -> Iterator[Any]:
        return iter(())


class PgConnection:
    """A psycopg 3 connection in autocommit mode that speaks the store's SQLite subset."""

    dialect = POSTGRES

    def __init__(self, url: str):
        try:
            import psycopg
            from psycopg.types.numeric import FloatLoader
        except ImportError as e:  # the optional extra is missing
            raise BackendMissing("store", "a PostgreSQL store needs psycopg: pip install 'vanban[pg]'") from e
        self.url = url
        self._conn = psycopg.connect(url, autocommit=True)
        self._conn.adapters.register_loader("numeric", FloatLoader)  # sum/avg read as SQLite's numbers
        self._idle = psycopg.pq.TransactionStatus.IDLE

    @property
    def in_transaction(self) -> bool:
        return self._conn.info.transaction_status != self._idle

    @property
    def raw(self) -> Any:
        """The psycopg connection (bulk loading with COPY)."""
        return self._conn

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> PgCursor | _Empty:
        head = sql.lstrip()[:16].upper()
        if head.startswith("PRAGMA"):
            return _Empty()
        if head.startswith("BEGIN"):
            self._conn.execute("BEGIN")
            if "IMMEDIATE" in head:  # a writer: one at a time, as SQLite's BEGIN IMMEDIATE
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
            return _Empty()
        params = list(parameters) if parameters else None
        return PgCursor(self._conn.execute(to_pg(sql, params is not None), params))

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> None:
        with self._conn.cursor() as cur:
            cur.executemany(to_pg(sql), list(seq))

    def executescript(self, script: str) -> None:
        self._conn.execute(script.encode())  # several statements, no parameters

    def create_function(self, *args: Any, **kw: Any) -> None:
        """SQLite's Python functions: on PostgreSQL the same work is done by SQL functions."""

    def close(self) -> None:
        self._conn.close()


def connect_pg(url: str) -> PgConnection:
    return PgConnection(url)
