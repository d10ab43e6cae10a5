"""One write transaction on a store connection (SQLite or PostgreSQL), joined when the caller already holds one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from vanban.store.sql import Connection


@contextmanager
def write_transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception; inside a caller's transaction the
    caller commits (so a rebuild can be part of a larger change)."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
