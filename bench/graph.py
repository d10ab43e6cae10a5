"""Graph: linking time for a large store and query times for `deadlines`, `targets` and `show`.

The store to link is the largest import's database, replicated to the target size when it is
smaller: replica k is every document with its child rows (citations, events, deadlines,
quantities, recipients) again, with new ids and every date moved by
28·k years (28 keeps weekdays and leap days valid), so each replica links exactly like the
original and never into another replica (a document's identity includes its year). Linking runs
in a subprocess (`python -m bench.graph link DB`) so that its peak RSS is its own.

Reports "not available" while pipeline/graph.py or pipeline/link.py is missing.
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINK_MODULES = ("vanban.graph.build", "vanban.graph.link")
QUERY_MODULE = "vanban.graph.queries"
YEARS = 28
CHILD_TABLES = ("citations", "events", "deadlines", "quantities", "recipients")
DATE_COLUMNS = {"documents": ("issued_date",), "citations": ("date",), "events": ("date", "end_date"),
                "deadlines": ("due",)}


def missing(modules=LINK_MODULES) -> list[str]:
    return [m for m in modules if importlib.util.find_spec(m) is None]


def _shift(col: str, k: int) -> str:
    return (f"CASE WHEN {col} GLOB '[0-9][0-9][0-9][0-9]*' THEN "
            f"printf('%04d', CAST(substr({col}, 1, 4) AS INTEGER) + {YEARS * k}) || substr({col}, 5) ELSE {col} END")


def build_store(src: Path, dst: Path, target_docs: int) -> dict:
    """Copy `src` to `dst` and replicate its documents and citations up to `target_docs`."""
    for p in (dst, Path(f"{dst}-wal"), Path(f"{dst}-shm")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    conn = sqlite3.connect(dst, isolation_level=None)
    from vanban.store import search

    search.attach(conn)  # the full-text index's triggers fire on the copied documents
    try:
        conn.execute("PRAGMA journal_mode=OFF")  # a throw-away copy: no need to survive a crash
        conn.execute("PRAGMA synchronous=OFF")
        base = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        if base == 0:
            raise RuntimeError(f"{src} has no documents")
        conn.execute("CREATE TEMP TABLE base AS SELECT rowid AS r, id FROM documents")
        k, have = 0, base
        conn.execute("BEGIN")
        while have < target_docs:
            k += 1
            take = min(base, target_docs - have)
            chosen = "(SELECT id FROM base WHERE r <= (SELECT r FROM base ORDER BY r LIMIT 1 OFFSET ?))"
            for table, key in (("documents", "id"), *((t, "doc_id") for t in CHILD_TABLES)):
                cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
                sel = ", ".join(f"{c} || '~{k}'" if c == key else _shift(c, k) if c in DATE_COLUMNS.get(table, ())
                                else c for c in cols)
                conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {sel} FROM {table} "
                             f"WHERE {key} IN {chosen}", (take - 1,))
            have += take
        conn.execute("COMMIT")
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        cits = conn.execute("SELECT count(*) FROM citations").fetchone()[0]
        numbered = conn.execute("SELECT count(*) FROM citations WHERE number IS NOT NULL").fetchone()[0]
    finally:
        conn.close()
    return {"source_documents": base, "replicas": k, "documents": docs, "citations": cits,
            "numbered_citations": numbered, "seconds": time.perf_counter() - t0}


def link_once(db: Path) -> dict:
    """Link the store at `db` (the steps of graph.link_store, timed one by one)."""
    from vanban.graph import build as graph
    from vanban.graph.link import link

    conn = sqlite3.connect(str(db), isolation_level=None, timeout=30)
    try:
        t0 = time.perf_counter()
        graph.ensure_graph_schema(conn)
        docs, cits = graph.load_inputs(conn)
        t1 = time.perf_counter()
        result = link(docs, cits)
        t2 = time.perf_counter()
        graph.write_graph(conn, result, graph._fingerprint(conn))
        t3 = time.perf_counter()
        stubs = sum(1 for n in result.nodes.values() if n.kind == "stub")
        return {"documents": len(docs), "citations": len(cits), "nodes": len(result.nodes), "stubs": stubs,
                "edges": len(result.edges), "edges_to_documents": _edges_to_docs(conn),
                "conflicts": sum(1 for e in result.edges if e.possible_conflict),
                "seconds": t3 - t0, "load_s": t1 - t0, "link_s": t2 - t1, "write_s": t3 - t2}
    finally:
        conn.close()


def _edges_to_docs(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM graph_edges e JOIN graph_nodes n ON n.node_id = e.dst "
                        "WHERE n.kind = 'doc'").fetchone()[0]


def run_link(db: Path) -> dict:
    """link_once in a subprocess, with its peak RSS."""
    from bench.scale import TreeSampler

    proc = subprocess.Popen([sys.executable, "-m", "bench.graph", "link", str(db)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid).start()
    out, err = proc.communicate()
    sampler.stop()
    if proc.returncode != 0:
        raise RuntimeError(f"link failed: {err.strip()[-400:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = sampler.summary().get("parent", {}).get("peak_rss_mb")
    return result


def bench(store_db: Path | None, work: Path, target_docs: int) -> dict:
    gone = missing()
    if gone:
        return {"status": "not available", "reason": f"missing modules: {', '.join(gone)}"}
    if store_db is None or not store_db.exists():
        return {"status": "not available", "reason": "no imported store to link (run the import section)"}
    db = work / "graph.db"
    store = build_store(store_db, db, target_docs)
    link = run_link(db)
    out = {"status": "ok", "store": store, "link": link,
           "link_ms_per_doc": 1000 * link["seconds"] / max(link["documents"], 1)}
    if missing((QUERY_MODULE,)):
        out["queries"] = {"status": "not available", "reason": f"missing module {QUERY_MODULE}"}
    else:
        out["queries"] = queries(db)
    out["goals"] = _goals(out)
    out["markdown"] = _markdown(out)
    return out


def _busiest(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    """(số hiệu of the most cited stored document, id of a stored document cited once)."""
    rows = conn.execute("SELECT n.number, count(*) c FROM graph_edges e JOIN graph_nodes n ON n.node_id = e.dst "
                        "WHERE n.kind = 'doc' AND n.number IS NOT NULL GROUP BY e.dst, n.number ORDER BY c DESC, e.dst").fetchall()
    if not rows:
        return None, None
    ids = conn.execute("SELECT e.dst FROM graph_edges e JOIN graph_nodes n ON n.node_id = e.dst "
                       "WHERE n.kind = 'doc' GROUP BY e.dst HAVING count(*) = 1 ORDER BY e.dst LIMIT 1").fetchone()
    return rows[0][0], ids[0] if ids else None


def _reader(db: Path | str):
    """A read-only SQLite connection, or a connection to a PostgreSQL store (bench.store)."""
    from vanban.store.sql import is_url

    if is_url(db):
        from vanban.store.db import Store

        return Store(db).conn
    conn = sqlite3.connect(str(db), isolation_level=None, timeout=30)
    conn.execute("PRAGMA query_only=1")
    return conn


def queries(db: Path | str, repeat: int = 3, extra: list | None = None) -> dict:
    """Each query through its Python API and through its command's main() (parsing, formatting,
    output), best of `repeat` after one cold run; the store is already linked."""
    import contextlib
    import io
    import os
    import statistics

    from vanban.cli import main
    from vanban.cli.queries import SHOW_TREES
    from vanban.graph import build as graph
    from vanban.graph import queries as q

    conn = _reader(db)
    busiest, single = _busiest(conn)
    years = [r[0] for r in conn.execute("SELECT substr(issued_date, 1, 4) y FROM documents WHERE issued_date "
                                        "IS NOT NULL AND id NOT LIKE '%~%' GROUP BY y ORDER BY count(*) DESC, y LIMIT 1")]
    year = int(years[0]) if years else 2023
    month_start = date(year, 3, 1)
    month_end = date(year, 3, 31)
    issuer = conn.execute("SELECT issuer FROM documents WHERE issuer IS NOT NULL ORDER BY rowid LIMIT 1").fetchone()
    issuer = issuer[0].split()[-1] if issuer else "Tỉnh"

    def show(ref: str) -> int:
        from rich.console import Console

        nodes = graph.find_nodes(conn, ref)
        console = Console(file=io.StringIO(), width=140)
        if len(nodes) > SHOW_TREES:  # as `vanban show` does: a list, trees on request by id
            for n in nodes:
                console.print(f"  {n['node_id'][:12]}  {q.show_label(n)}")
            return len(nodes)
        for n in nodes:
            console.print(q.show_tree(conn, n, 2))
        return len(nodes)

    api = [
        (f"deadline_rows(from={month_start}, to={month_end})", lambda: len(q.deadline_rows(conn, month_start, month_end))),
        (f"deadline_rows(year {year}, issuer '{issuer}')",
         lambda: len(q.deadline_rows(conn, date(year, 1, 1),
                                     date(year, 12, 31), issuer=issuer))),
        (f"quantity_rows(kind=target, year={year})", lambda: len(q.quantity_rows(conn, kind="target", year=year))),
        # (not unit='%': ascii_fold('%') is '' and that filter matches every quantity)
        ("quantity_rows(unit='người')", lambda: len(q.quantity_rows(conn, unit="người"))),
        (f"compare_rows(year={year}) (targets --compare)", lambda: len(q.compare_rows(conn, year=year))),
    ]
    if busiest:
        api.append((f"show {busiest} (most cited, depth 2)", lambda: show(busiest)))
    if single:
        api.append((f"show {single[:12]} (a document id; cited once, depth 2)", lambda: show(single)))
    api += [(name, lambda fn=fn: fn(conn)) for name, fn in extra or []]
    runs = []
    for name, fn in api:
        times, rows = [], 0
        for _ in range(repeat + 1):
            t = time.perf_counter()
            rows = fn()
            times.append(1000 * (time.perf_counter() - t))
            if times[0] > 2000:  # far over the goal already: once is enough
                break
        warm = times[1:] or times
        runs.append({"query": name, "ms": min(warm), "cold_ms": times[0],
                     "median_ms": statistics.median(warm), "rows": rows, "via": "api"})
    conn.close()
    null = os.devnull
    mains = [
        (f"vanban deadlines --from {month_start} --to {month_end}", main,
         ["deadlines", "--db", str(db), "--from", str(month_start), "--to", str(month_end), "--format", "jsonl", "-o", null]),
        (f"vanban targets --kind target --year {year}", main,
         ["targets", "--db", str(db), "--kind", "target", "--year", str(year), "--format", "jsonl", "-o", null]),
    ]
    if busiest:
        mains.append((f"vanban show {busiest}", main, ["show", busiest, "--db", str(db)]))
    for name, fn, argv in mains:
        times = []
        for _ in range(repeat + 1):
            t = time.perf_counter()
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                code = fn(argv)
            times.append(1000 * (time.perf_counter() - t))
            if times[0] > 2000:
                break
        warm = times[1:] or times
        runs.append({"query": name + " (main(), in process)", "ms": min(warm), "cold_ms": times[0],
                     "median_ms": statistics.median(warm), "rows": f"exit {code}", "via": "main"})
    return {"status": "ok", "runs": runs, "repeat": repeat}


def _goals(out: dict) -> list[dict]:
    link = out["link"]
    per_million = link["seconds"] * 1_000_000 / max(link["citations"], 1)
    measured = f"{link['seconds']:.1f} s for {link['citations']:,} numbered citations of {link['documents']:,} documents"
    if link["citations"] < 1_000_000:
        measured += f"; EXTRAPOLATED linearly to 1,000,000: {per_million:.0f} s"
    goals = [{"goal": "Graph: 1M citations linked < 60 s", "measured": measured,
              "met": per_million < 60 if link["citations"] >= 100_000 else None,
              "note": "" if link["citations"] >= 100_000 else "store too small to judge"}]
    q = out["queries"]
    if q.get("status") == "ok":
        runs = [r for r in q["runs"] if "no window" not in r["query"]]
        worst = max(runs, key=lambda r: r["ms"])
        slow = [r["query"] for r in runs if r["ms"] >= 200]
        goals.append({"goal": f"Graph: each query < 200 ms on {out['store']['documents']:,} documents",
                      "measured": f"worst {worst['ms']:.0f} ms ({worst['query']})", "met": not slow,
                      "note": f"{len(slow)} of {len(runs)} over 200 ms" if slow else ""})
    else:
        goals.append({"goal": "Graph: each query < 200 ms", "measured": "not available", "met": None,
                      "note": q.get("reason", "")})
    return goals


def _markdown(out: dict) -> list[str]:
    s, lk = out["store"], out["link"]
    lines = [f"Store: {s['documents']:,} documents, {s['citations']:,} citations ({s['numbered_citations']:,} with a "
             f"number) — the largest import replicated ×{s['replicas'] + 1} with dates moved 28 years per replica "
             f"(built in {s['seconds']:.1f} s).", "",
             "| step | seconds |", "|---|---|",
             f"| load documents + citations | {lk['load_s']:.1f} |", f"| link (vanban.graph.link.link) | {lk['link_s']:.1f} |",
             f"| write graph tables | {lk['write_s']:.1f} |", f"| **total** | **{lk['seconds']:.1f}** |", "",
             f"{lk['nodes']:,} nodes ({lk['stubs']:,} stubs), {lk['edges']:,} edges ({lk['edges_to_documents']:,} to stored "
             f"documents), {lk['conflicts']:,} possible conflicts; peak RSS of the linking process "
             f"{lk.get('peak_rss_mb') or 0:.0f} MB; {out['link_ms_per_doc']:.3f} ms per document."]
    q = out["queries"]
    lines.append("")
    if q.get("status") == "ok":
        lines += ["| query | best ms | cold ms | rows |", "|---|---|---|---|"] + [
            f"| `{r['query']}` | {r['ms']:.1f} | {r['cold_ms']:.1f} | {r['rows']} |" for r in q["runs"]]
    else:
        lines.append(f"Queries: not available ({q.get('reason', '')}).")
    return lines


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "link":
        print(json.dumps(link_once(Path(sys.argv[2]))))
    else:
        print("usage: python -m bench.graph link DB", file=sys.stderr)
        sys.exit(2)
