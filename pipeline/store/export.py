"""`vanban export --db vanban.db --format jsonl|csv|xlsx [-o OUT]`: stored records back out
(argparse in vanban.cli.store).

jsonl: one record per line, byte-for-byte the JSON stored at import.
csv: one row per document: the indexed columns plus counts of its child rows, for a
spreadsheet overview; with a UTF-8 BOM by default (Excel then reads the Vietnamese right) and
cells a spreadsheet would take for a formula escaped (vanban.store.tabular).
xlsx: the same rows for people: labelled columns, issue dates as date cells, column widths, a
frozen header and an autofilter; document text is written as text, never as a formula.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from vanban.store import tabular
from vanban.store.db import CHILD_COLUMNS, DOC_COLUMNS, Store

CSV_COLUMNS = tuple(c for c in DOC_COLUMNS if c != "record_json")
COUNTED = tuple(CHILD_COLUMNS)  # citations, events, deadlines, quantities, recipients
XLSX_COLUMNS = ("number", "doc_type", "issued_date", "issuer", "subject", *COUNTED, "path", "id")


def write_jsonl(store: Store, out: TextIO) -> int:
    n = 0
    for text in store.iter_record_json():
        out.write(text)
        out.write("\n")
        n += 1
    return n


def document_rows(store: Store) -> Iterator[dict]:
    """One dict per stored document: its indexed columns and the counts of its child rows."""
    counts = ", ".join(f"(SELECT count(*) FROM {t} WHERE doc_id=d.id) AS {t}" for t in COUNTED)
    cols = ", ".join(f"d.{c}" for c in CSV_COLUMNS)
    names = CSV_COLUMNS + COUNTED
    for row in store.conn.execute(f"SELECT {cols}, {counts} FROM documents d ORDER BY d.rowid"):
        yield dict(zip(names, row, strict=True))


def write_csv(store: Store, out: TextIO, bom: bool = False) -> int:
    rows = list(document_rows(store))
    tabular.write_csv(rows, list(CSV_COLUMNS + COUNTED), out, bom=bom)
    return len(rows)


def write_xlsx(store: Store, output: Path, lang: str = "vi") -> int:
    rows = list(document_rows(store))
    tabular.write_xlsx(rows, list(XLSX_COLUMNS), output, "vanban", lang)
    return len(rows)
