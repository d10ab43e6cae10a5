"""Store backends: the same operations on SQLite and on PostgreSQL (`--sections store`, or BENCH_STORE=1
with `make bench`; optional: it starts a throwaway PostgreSQL server and takes several minutes).

1. `vanban import` of one generated corpus (IMPORT_DOCS documents, 2 workers) into each backend: docs/s
   end to end (parsing dominates; the store's share shows in 2).
2. Store writes alone: the same parsed records written again, one transaction each (Store.store_file),
   into a fresh store of each backend: docs/s of the store.
3. The analyst's queries at `docs` documents: the imported store replicated in bulk as the graph
   section does (bench.graph.build_store: synthetic copies with new ids and dates moved by 28·k
   years), copied into PostgreSQL with COPY and indexed for search there, linked on each backend,
   then each query of bench.graph.queries plus full-text searches, best of 3 after a cold run.

PostgreSQL: $VANBAN_BENCH_PG (a URL of an empty database you provide) or a server started for the run
(tests/pgserver.py: initdb in a temporary folder, unix socket, fsync off as for the tests: say so
when comparing with a production server).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VANBAN = Path(sys.executable).parent / "vanban"
IMPORT_DOCS = 300
DEFAULT_DOCS = 20_000  # documents for the query latencies (--store-docs; the issue asks 100,000)
COPY_TABLES = ("documents", "files", "citations", "events", "deadlines", "quantities", "recipients")
SEARCHES = ("thanh nien", "ke hoach tinh doan", "hien mau tinh nguyen")


def _server():
    sys.path.insert(0, str(ROOT / "tests"))
    from pgserver import PgServer, pg_bin

    bin_dir = pg_bin()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL binaries (scripts/install_system_deps.sh installs them)")
    server = PgServer(bin_dir)
    server.start()
    return server


def _import(folder: Path, db: str, workers: int) -> dict:
    from vanban.store.db import Store

    cmd = [str(VANBAN), "import", str(folder), "--db", db, "--workers", str(workers), "--no-progress"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, HF_HUB_OFFLINE="1"))
    seconds = time.perf_counter() - t0
    with Store(db) as st:
        docs = st.counts()["documents"]
    return {"exit_code": proc.returncode, "seconds": seconds, "documents": docs, "docs_per_s": docs / seconds,
            "summary_line": (proc.stdout.strip().splitlines() or [""])[0]}


def _writes(src: Path, db: str) -> dict:
    """Every record of `src` written again into the store `db`, one transaction each."""
    from vanban.schemas import Record
    from vanban.store.db import Store, record_rows

    with Store(src) as s:
        rows = [record_rows(Record.model_validate_json(j)) for j in s.iter_record_json()]
    with Store(db) as st:
        t0 = time.perf_counter()
        for r in rows:
            st.store_file(r)
        seconds = time.perf_counter() - t0
    return {"documents": len(rows), "seconds": seconds, "docs_per_s": len(rows) / seconds}


def copy_to_pg(src: Path, url: str) -> dict:
    """The tables of the SQLite store `src` into the empty PostgreSQL store `url` with COPY (documents
    in rowid order, so the import order is kept), then the search index built in one statement."""
    from vanban.store import search
    from vanban.store.db import Store

    t0 = time.perf_counter()
    lite = sqlite3.connect(str(src))
    with Store(url) as st:
        raw = st.conn.raw
        raw.execute("ALTER TABLE documents DISABLE TRIGGER search_documents_aiu")
        for table in COPY_TABLES:
            cols = [r[1] for r in lite.execute(f"PRAGMA table_info({table})")]
            order = " ORDER BY rowid" if table == "documents" else ""
            with raw.cursor().copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN".encode()) as cp:
                for row in lite.execute(f"SELECT {', '.join(cols)} FROM {table}{order}"):
                    cp.write_row(row)
        raw.execute("ALTER TABLE documents ENABLE TRIGGER search_documents_aiu")
        loaded = time.perf_counter()
        search.reindex(st.conn)
        raw.execute("ANALYZE")
        docs = st.counts()["documents"]
    lite.close()
    return {"documents": docs, "copy_s": loaded - t0, "index_s": time.perf_counter() - loaded}


def _searches() -> list:
    from vanban.store import search

    return [(f"search '{q}' (page 1 + facets)", lambda conn, q=q: search.search(conn, search.Filters(q=q)).total)
            for q in SEARCHES]


def _link(db: Path | str) -> dict:
    from vanban.graph.build import link_store
    from vanban.store.db import Store

    with Store(db) as st:
        stats = link_store(st.conn)
    return {"seconds": stats.seconds, "nodes": stats.nodes, "edges": stats.edges}


def section(cfg, results: dict) -> dict:
    from bench import corpus
    from bench.graph import build_store, queries

    docs = int(os.environ.get("BENCH_STORE_DOCS") or getattr(cfg, "store_docs", None) or DEFAULT_DOCS)
    server = None if os.environ.get("VANBAN_BENCH_PG") else _server()
    try:
        def fresh() -> str:
            return os.environ["VANBAN_BENCH_PG"] if server is None else server.new_database()

        folder = cfg.work / f"corpus_{IMPORT_DOCS}"
        corpus.generate(folder, IMPORT_DOCS)
        lite = cfg.work / "store_import.db"
        for p in (lite, Path(f"{lite}-wal"), Path(f"{lite}-shm")):
            p.unlink(missing_ok=True)
        out: dict = {"import_documents": IMPORT_DOCS, "documents": docs, "workers": cfg.workers,
                     "server": "VANBAN_BENCH_PG" if server is None else "throwaway (fsync off, unix socket)"}
        out["import"] = {"sqlite": _import(folder, str(lite), cfg.workers), "postgresql": _import(folder, fresh(), cfg.workers)}
        _say(out["import"], "import", "docs_per_s", "docs/s")
        write_lite = cfg.work / "store_writes.db"
        write_lite.unlink(missing_ok=True)
        out["writes"] = {"sqlite": _writes(lite, str(write_lite)), "postgresql": _writes(lite, fresh())}
        _say(out["writes"], "store writes", "docs_per_s", "docs/s")
        big = cfg.work / "store_big.db"
        out["replicate"] = build_store(lite, big, docs)
        pg_big = fresh()
        out["copy_to_pg"] = copy_to_pg(big, pg_big)
        out["link"] = {"sqlite": _link(big), "postgresql": _link(pg_big)}
        _say(out["link"], f"link {docs} docs", "seconds", "s")
        out["queries"] = {"sqlite": queries(big, extra=_searches()), "postgresql": queries(pg_big, extra=_searches())}
        out["markdown"] = markdown(out)
        return out
    finally:
        if server is not None:
            server.stop()


def _say(pair: dict, what: str, key: str, unit: str) -> None:
    print(f"store: {what}: SQLite {pair['sqlite'][key]:.2f} {unit}, PostgreSQL {pair['postgresql'][key]:.2f} {unit}",
          file=sys.stderr, flush=True)


def markdown(out: dict) -> list[str]:
    imp, wr = out["import"], out["writes"]
    lines = [f"PostgreSQL server: {out['server']}. {out['workers']} import workers.", "",
             "| operation | SQLite | PostgreSQL |", "|---|---|---|",
             f"| `vanban import` of {out['import_documents']} generated documents (docs/s, parsing included) | "
             f"{imp['sqlite']['docs_per_s']:.1f} | {imp['postgresql']['docs_per_s']:.1f} |",
             f"| store writes alone, one transaction per document (docs/s) | {wr['sqlite']['docs_per_s']:.0f} | "
             f"{wr['postgresql']['docs_per_s']:.0f} |",
             f"| link {out['documents']:,} documents (s) | {out['link']['sqlite']['seconds']:.1f} | "
             f"{out['link']['postgresql']['seconds']:.1f} |"]
    pg = {r["query"]: r for r in out["queries"]["postgresql"]["runs"]}
    for r in out["queries"]["sqlite"]["runs"]:
        other = pg.get(r["query"])
        lines.append(f"| {r['query']} at {out['documents']:,} docs (ms, best of 3; rows {r['rows']}) | {r['ms']:.0f} | "
                     + (f"{other['ms']:.0f} (rows {other['rows']})" if other else "-") + " |")
    c = out["copy_to_pg"]
    lines += ["", f"The {out['documents']:,} documents are synthetic: the {out['import_documents']} imported ones "
              f"replicated in bulk (bench.graph.build_store); into PostgreSQL by COPY in {c['copy_s']:.1f} s and "
              f"indexed for search in {c['index_s']:.1f} s."]
    return lines
