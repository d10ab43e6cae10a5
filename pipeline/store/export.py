"""`vanban export --db vanban.db --format jsonl|csv [-o OUT]`: stored records back out
(argparse in vanban.cli.store).

jsonl: one record per line, byte-for-byte the JSON stored at import.
csv: one row per document: the indexed columns plus counts of its child rows
(for a spreadsheet overview; `--bom` helps Excel detect UTF-8).
"""

from __future__ import annotations

import csv
from typing import TextIO

from vanban.store.db import CHILD_COLUMNS, DOC_COLUMNS, Store

CSV_COLUMNS = tuple(c for c in DOC_COLUMNS if c != "record_json")
COUNTED = tuple(CHILD_COLUMNS)  # citations, events, deadlines, quantities, recipients


def write_jsonl(store: Store, out: TextIO) -> int:
    n = 0
    for text in store.iter_record_json():
        out.write(text)
        out.write("\n")
        n += 1
    return n


def write_csv(store: Store, out: TextIO) -> int:
    counts = ", ".join(f"(SELECT count(*) FROM {t} WHERE doc_id=d.id) AS {t}" for t in COUNTED)
    cols = ", ".join(f"d.{c}" for c in CSV_COLUMNS)
    w = csv.writer(out)
    w.writerow(CSV_COLUMNS + COUNTED)
    n = 0
    for row in store.conn.execute(f"SELECT {cols}, {counts} FROM documents d ORDER BY d.rowid"):
        w.writerow(row)
        n += 1
    return n
