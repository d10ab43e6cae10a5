"""Digits that OCR read as letters ('2O tháng O2', 'l1', '0I'), from models/tables/ocr_digits.tsv.

A token is repaired only when every character is a digit or a listed look-alike, so that a
handwritten scrawl ('ý#', '&O', '1©') is never turned into a number; the caller checks that the
result is valid (a real date) and warns.
"""

from __future__ import annotations

from functools import lru_cache

from vanban.tables import rows


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    return {r[0]: r[1] for r in rows("ocr_digits.tsv", 2) if len(r[0]) == 1 and r[1].isdigit()}


def repair_digits(token: str) -> str | None:
    """'2O' -> '20', 'l1' -> '11'; None when a character is neither a digit nor a look-alike,
    or when there is nothing to repair."""
    token = token.strip()
    if not token or token.isdigit():
        return None
    table = _table()
    if len(token) > 2 or not all(c.isdigit() or c in table for c in token):
        return None
    return "".join(c if c.isdigit() else table[c] for c in token)
