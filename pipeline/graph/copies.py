"""Copies of one document: a scan and its DOCX, a PDF and its web copy.

Two files that hold the same document stay two records (each keeps its own text
and spans), but the link stage marks all but the first as `copy_of` it, so the
queries count its deadlines and targets once. Same document means the same
số hiệu key, issue date, issuing body and subject, compared folded (OCR and PDF
text differ in accents, case and punctuation, not in these facts).
"""

from __future__ import annotations

from vanban.store.sql import Connection
from vanban.textutil import ascii_fold


def _key(number_key: str | None, date: str | None, issuer: str | None, subject: str | None) -> tuple | None:
    if not number_key or not date:  # without a number and a date two records are never "the same"
        return None
    return (number_key, date, ascii_fold(issuer or ""), ascii_fold(subject or ""))


def copy_groups(conn: Connection) -> dict[str, str | None]:
    """doc id -> the id of the first stored record of its document (None for that first one)."""
    first: dict[tuple, str] = {}
    out: dict[str, str | None] = {}
    for doc_id, number_key, date, issuer, subject in conn.execute(
            "SELECT id, number_key, issued_date, issuer, subject FROM documents ORDER BY rowid"):
        key = _key(number_key, date, issuer, subject)
        if key is None:
            out[doc_id] = None
            continue
        head = first.setdefault(key, doc_id)
        out[doc_id] = None if head == doc_id else head
    return out


def mark_copies(conn: Connection) -> int:
    """Set documents.copy_of where it changed; returns how many records are copies.

    Runs inside the caller's transaction when there is one.
    """
    groups = copy_groups(conn)
    have = dict(conn.execute("SELECT id, copy_of FROM documents"))
    changed = [(copy_of, doc_id) for doc_id, copy_of in groups.items() if have.get(doc_id) != copy_of]
    if changed:
        conn.executemany("UPDATE documents SET copy_of=? WHERE id=?", changed)
    return sum(1 for v in groups.values() if v)
