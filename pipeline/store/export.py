"""`vanban export --db vanban.db --format jsonl|csv [-o OUT]`: stored records back out.

jsonl: one record per line, byte-for-byte the JSON stored at import.
csv: one row per document: the indexed columns plus counts of its child rows
(for a spreadsheet overview; `--bom` helps Excel detect UTF-8).
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TextIO

from vanban.errors import VanbanError
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


def main_export(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="vanban export", description="Write stored records out.")
    p.add_argument("--db", type=Path, default=Path("vanban.db"))
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("-o", "--output", type=Path, default=None, help="output file (default stdout)")
    p.add_argument("--bom", action="store_true", help="start the file with a UTF-8 BOM (Excel)")
    try:
        args = p.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    if not args.db.is_file():
        print(f"vanban export: no database {args.db}", file=sys.stderr)
        return 2
    try:
        store = Store(args.db)
    except (sqlite3.Error, VanbanError) as e:  # not a SQLite file, or another store schema
        print(f"vanban export: cannot open {args.db}: {e}", file=sys.stderr)
        return 2
    encoding = "utf-8-sig" if args.bom else "utf-8"
    target = (open(args.output, "w", encoding=encoding, newline="") if args.output
              else nullcontext(sys.stdout))
    try:
        with target as out:
            if args.bom and args.output is None:
                out.write("\ufeff")
            n = (write_jsonl if args.format == "jsonl" else write_csv)(store, out)
    finally:
        store.close()
    print(f"exported {n} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main_export(sys.argv[1:]))
