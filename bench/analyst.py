"""An analyst's archive from the shared texts, and the graph's variant joins for review.

    python -m bench.analyst [--shared ../shared] [--work bench/work/analyst]

Imports every text of ../shared/corpus/{dev,real,silver} into one store (120 real documents:
Đoàn, Party, UBND and ministry documents, 100 of them state documents of 2025), links it, and
writes analyst_joins.md: every citation the graph joined to another number (a possible
conflict), with both numbers' dates, subjects and titles and whether one document cites both:
what a reviewer needs to tell a true variant from a false merge of two documents. Prints the
counts. (The verdicts themselves are a person's: the store does not know which decrees exist.)
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
from pathlib import Path

from vanban.graph.build import link_store
from vanban.store.bulk import run_import

CORPORA = ("dev", "real", "silver")


def build_archive(shared: Path, work: Path) -> Path:
    """A fresh store of the shared texts (copied into one folder so that import sees one archive)."""
    texts = work / "texts"
    shutil.rmtree(texts, ignore_errors=True)
    texts.mkdir(parents=True)
    for name in CORPORA:
        for f in sorted((shared / "corpus" / name).glob("*.txt")):
            shutil.copy(f, texts / f"{name}_{f.name}")
    db = work / "analyst.db"
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    run_import([texts], db, workers=None, reparse=False, progress=False)
    return db


def _cited(conn: sqlite3.Connection, number: str) -> list[tuple]:
    return conn.execute("SELECT doc_id, date, subject, title FROM citations WHERE number = ?", (number,)).fetchall()


def joins(conn: sqlite3.Connection) -> list[dict]:
    """Each (cited number -> joined node) pair the linker flagged, with the evidence on both sides."""
    out = []
    for cited, node, number, kind in conn.execute(
            "SELECT DISTINCT e.cited_number, e.dst, n.number, n.kind FROM graph_edges e "
            "JOIN graph_nodes n ON n.node_id = e.dst WHERE e.possible_conflict IS NOT NULL ORDER BY 1"):
        a, b = _cited(conn, cited), _cited(conn, number)
        stored = conn.execute("SELECT id FROM documents WHERE id = ?", (node,)).fetchall() if kind == "doc" else []
        out.append({"cited": cited, "joined_to": number, "stored": bool(stored),
                    "both_cited_by_one_document": bool({r[0] for r in a} & ({r[0] for r in b} | {node})),
                    "cited_by": len({r[0] for r in a}), "joined_cited_by": len({r[0] for r in b}),
                    "dates": sorted({r[1] or "-" for r in a + b}),
                    "subjects": sorted({(r[2] or r[3] or "")[:80] for r in a + b} - {""})})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.analyst", description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--work", type=Path, default=Path(__file__).resolve().parent / "work" / "analyst")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"bench.analyst: no {args.shared}/corpus", file=sys.stderr)
        return 2
    db = build_archive(args.shared, args.work)
    conn = sqlite3.connect(str(db), isolation_level=None)
    stats = link_store(conn)
    rows = joins(conn)
    conn.close()
    lines = [f"# Variant joins of the analyst archive ({stats.documents} documents, {stats.citations} citations)",
             "", "| cited | joined to | cited by | joined cited by | one document cites both | dates | subjects |",
             "|---|---|---|---|---|---|---|"]
    lines += [f"| {r['cited']} | {r['joined_to']}{' (stored)' if r['stored'] else ''} | {r['cited_by']} | "
              f"{r['joined_cited_by']} | {'yes' if r['both_cited_by_one_document'] else 'no'} | "
              f"{', '.join(r['dates'])} | {' / '.join(r['subjects'])} |" for r in rows]
    (args.work / "analyst_joins.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{stats.documents} documents, {stats.citations} citations: {stats.nodes} nodes ({stats.stubs} stubs), "
          f"{stats.conflicts} edges flagged as possible conflicts, {len(rows)} joined numbers "
          f"(list: {args.work / 'analyst_joins.md'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
