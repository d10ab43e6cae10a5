"""`make bench` section "ray": `vanban import --engine ray` against the default engine, Ray's own costs, and a
computed estimate of an OCR-bound import on a cluster.

Measured here (on this machine):
- import throughput of the small generated text corpus: default engine and `--engine ray`, 1 and 2 workers
  (wall time of the whole command; the Ray runs include starting and stopping a local Ray, reported apart);
- the same on a folder of scans (the ingest fixtures' page images and image-only PDFs, OCR'd: no cache);
- the time to start and stop a local Ray;
- Ray's per-task overhead: no-op tasks through one CPU (submit, run, get);
- the driver's store write per document (Store.store_file of parsed rows), which no cluster spreads.
Computed (labelled so in RESULTS.md): how long an OCR-bound archive would take on N nodes, from the measured
OCR seconds per page, the per-task overhead and the driver's write cost.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.scale import ROOT, VANBAN, _counts

NOOP_TASKS = 300  # tasks timed for the per-task overhead
STORE_DOCS = 60  # documents parsed, then timed into a fresh store
WORKER_COUNTS = (1, 2)
ARCHIVE_PAGES = 300_000  # issue 14's provincial archive
PAGES_PER_DOC = 3  # an assumption of the estimate: a công văn scan is 1-5 pages
TASKS_PER_FILE = 2  # the driver's tasks: a probe (read, sha256) and a parse
# a scan's parse task submits one OCR task a page (ingest.ocr's page map): workers' tasks, not the driver's
CLUSTERS = ((1, 8), (4, 8), (16, 8), (64, 8), (256, 8))  # (nodes, cores per node)
ISSUE_OCR_S_PER_PAGE = 10.0  # issue 14's figure, when no OCR was measured


def _import(corpus: Path, db: Path, workers: int, engine: str) -> dict:
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    cmd = [str(VANBAN), "import", str(corpus), "--db", str(db), "--workers", str(workers), "--no-progress",
           "--engine", engine]
    env = {k: v for k, v in os.environ.items() if k != "VANBAN_OCR_CACHE"}  # OCR is timed, never cached
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=dict(env, HF_HUB_OFFLINE="1"))
    elapsed = time.perf_counter() - t0
    docs = _counts(db).get("documents", 0)
    return {"engine": engine, "workers": workers, "exit_code": proc.returncode, "seconds": elapsed,
            "documents": docs, "docs_per_s": docs / elapsed, "summary_line": (proc.stdout.splitlines() or [""])[0],
            "stderr_tail": proc.stderr.strip()[-300:]}


_RAY_PROBE = r"""
import json, sys, time
t0 = time.perf_counter()
from vanban.store import ray_engine
ray_engine.start_local(1)
import ray
started = time.perf_counter() - t0

@ray.remote(num_cpus=1)
def noop(x):
    return x

ray.get(noop.remote(0))  # a worker up
n = int(sys.argv[1])
t1 = time.perf_counter()
ray.get([noop.remote(i) for i in range(n)])
batch = (time.perf_counter() - t1) / n
t2 = time.perf_counter()
for i in range(min(n, 100)):
    ray.get(noop.remote(i))
one = (time.perf_counter() - t2) / min(n, 100)
t3 = time.perf_counter()
ray.shutdown()
print(json.dumps({"start_s": started, "stop_s": time.perf_counter() - t3, "task_overhead_s": batch,
                  "round_trip_s": one, "tasks": n}))
"""


def ray_costs() -> dict:
    """Start/stop of a local Ray and its per-task overhead, in a fresh process (a Ray per process)."""
    proc = subprocess.run([sys.executable, "-c", _RAY_PROBE, str(NOOP_TASKS)], capture_output=True, text=True,
                          cwd=ROOT, env=dict(os.environ, HF_HUB_OFFLINE="1"), check=True)
    import json

    return json.loads(proc.stdout.strip().splitlines()[-1])


def store_write_cost(corpus: Path, n: int = STORE_DOCS) -> dict:
    """Seconds per document the driver spends writing parsed rows into SQLite (one transaction each)."""
    from vanban import parse_file
    from vanban.store.db import Store, current_pipeline_version, display_path, record_rows

    files = sorted(corpus.rglob("*.txt"))[:n]
    version = current_pipeline_version()
    rows = []
    for f in files:
        record = parse_file(f)
        record.source.path = display_path(f)
        record.pipeline_version = version
        rows.append((record_rows(record), f.stat().st_size, os.fsencode(f)))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "w.db")
        try:
            t0 = time.perf_counter()
            for r, size, raw in rows:
                store.store_file(r, size, raw)
            elapsed = time.perf_counter() - t0
        finally:
            store.close()
    return {"documents": len(rows), "seconds_per_doc": elapsed / max(len(rows), 1)}


def estimate(ocr_s_per_page: float, task_overhead_s: float, store_s_per_doc: float) -> list[dict]:
    """COMPUTED, not measured: hours for ARCHIVE_PAGES pages on each cluster of CLUSTERS.

    Workers: each file costs its pages' OCR plus the overheads of its two tasks and its page tasks; the
    cluster's cores share that. The driver writes every document itself and submits and settles the files'
    tasks: its rate is the ceiling whatever the cluster's size. Pages are tasks of their own, so the time is
    also at least one page's OCR.
    """
    docs = ARCHIVE_PAGES / PAGES_PER_DOC
    per_doc_cpu = PAGES_PER_DOC * ocr_s_per_page + (TASKS_PER_FILE + PAGES_PER_DOC) * task_overhead_s
    driver_s_per_doc = store_s_per_doc + TASKS_PER_FILE * task_overhead_s
    out = []
    for nodes, cores in CLUSTERS:
        workers_rate = nodes * cores / per_doc_cpu  # docs/s
        driver_rate = 1 / driver_s_per_doc
        rate = min(workers_rate, driver_rate)
        out.append({"nodes": nodes, "cores_per_node": cores, "docs_per_s": rate,
                    "hours": max(docs / rate, ocr_s_per_page) / 3600,
                    "bound": "workers (OCR)" if workers_rate <= driver_rate else "driver (store writes)"})
    return out


def section(cfg, results: dict) -> dict:
    import importlib.util

    from bench import corpus

    if importlib.util.find_spec("ray") is None:
        return {"skipped": "ray is not installed (pip install 'vanban[ray]')"}
    n = cfg.import_sizes[0]
    folder = cfg.work / f"corpus_{n}"
    corpus.generate(folder, n)
    out: dict = {"documents": n, "runs": []}
    for engine in ("local", "ray"):
        for w in WORKER_COUNTS:
            r = _import(folder, cfg.work / f"ray_bench_{engine}_{w}.db", w, engine)
            out["runs"].append(r)
            print(f"ray: {engine} engine, {w} worker(s): {r['documents']} docs in {r['seconds']:.1f} s = "
                  f"{r['docs_per_s']:.1f} docs/s (exit {r['exit_code']})", file=sys.stderr, flush=True)
    out["scans"] = _scan_runs(cfg)
    out["ray"] = ray_costs()
    out["store"] = store_write_cost(folder)
    ocr = (results.get("inputs") or {}).get("ocr") or {}
    if "seconds_per_page" in ocr:
        out["ocr_s_per_page"], out["ocr_source"] = ocr["seconds_per_page"], "measured in this run (inputs section)"
    else:
        out["ocr_s_per_page"], out["ocr_source"] = _earlier_ocr(cfg)
    out["estimate"] = estimate(out["ocr_s_per_page"], out["ray"]["task_overhead_s"], out["store"]["seconds_per_doc"])
    return out


SCAN_PATTERNS = ("*.p1.scan300.jpg", "*.scanned.pdf", "*.scan.tif")  # one-page and multi-page scans


def _scan_folder(cfg) -> tuple[Path | None, int]:
    """The ingest fixtures' scans copied into one folder, and their page count (None when not buildable)."""
    from bench import inputs

    fixtures, _why = inputs.build_fixtures(cfg.work / "fixtures")
    if fixtures is None:
        return None, 0
    folder = cfg.work / "ray_scans"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    pages = 0
    for pattern in SCAN_PATTERNS:
        for f in sorted(fixtures.glob(pattern)):
            shutil.copy(f, folder / f.name)
            pages += inputs._pdf_pages(f) if f.suffix == ".pdf" else _frames(f)
    return folder, pages


def _frames(image: Path) -> int:
    from PIL import Image

    with Image.open(image) as im:
        return getattr(im, "n_frames", 1)


def _scan_runs(cfg) -> dict:
    """Both engines on the scans folder, 1 and 2 workers (OCR-bound: what a cluster is for)."""
    folder, pages = _scan_folder(cfg)
    if folder is None or shutil.which("tesseract") is None:
        return {"skipped": "no scan fixtures or no tesseract"}
    runs = []
    for engine in ("local", "ray"):
        for w in WORKER_COUNTS:
            r = _import(folder, cfg.work / f"ray_scans_{engine}_{w}.db", w, engine)
            runs.append(r)
            print(f"ray (scans): {engine} engine, {w} worker(s): {r['documents']} docs, {pages} pages in "
                  f"{r['seconds']:.1f} s (exit {r['exit_code']})", file=sys.stderr, flush=True)
    return {"files": len(list(folder.iterdir())), "pages": pages, "runs": runs}


def _earlier_ocr(cfg) -> tuple[float, str]:
    import json

    earlier = cfg.out / "results.json"
    try:
        r = json.loads(earlier.read_text(encoding="utf-8"))
        return float(r["inputs"]["ocr"]["seconds_per_page"]), f"measured by the bench of {r.get('date', '?')}"
    except (OSError, ValueError, KeyError, TypeError):
        return ISSUE_OCR_S_PER_PAGE, "issue 14's figure (no OCR measured)"


def _scan_markdown(scans: dict) -> list[str]:
    if not scans.get("runs"):
        return ["", f"Scans: not measured ({scans.get('skipped', 'no runs')})."]
    base = {x["workers"]: x["seconds"] for x in scans["runs"] if x["engine"] == "local"}
    lines = ["", f"Scans ({scans['files']} files, {scans['pages']} pages; OCR'd, no cache): wall time of the whole "
             "`vanban import`.", "", "| engine | workers | seconds | pages/s | vs default engine | exit |",
             "|---|---|---|---|---|---|"]
    for x in scans["runs"]:
        rel = base.get(x["workers"], 0.0) / x["seconds"] if x["seconds"] else 0.0
        lines.append(f"| {x['engine']} | {x['workers']} | {x['seconds']:.1f} | {scans['pages'] / x['seconds']:.2f} | "
                     f"{rel:.2f}x | {x['exit_code']} |")
    return lines


def markdown(r: dict) -> list[str]:
    if not r.get("runs"):
        return [f"Not available: {r.get('error') or r.get('skipped', '')}"]
    base = {x["workers"]: x["docs_per_s"] for x in r["runs"] if x["engine"] == "local"}
    lines = [f"The small text corpus ({r['documents']:,} documents), wall time of the whole `vanban import` "
             "(the Ray runs include starting and stopping a local Ray).", "",
             "| engine | workers | seconds | docs/s | vs default engine | exit |", "|---|---|---|---|---|---|"]
    for x in r["runs"]:
        rel = x["docs_per_s"] / base[x["workers"]] if base.get(x["workers"]) else 0.0
        lines.append(f"| {x['engine']} | {x['workers']} | {x['seconds']:.1f} | {x['docs_per_s']:.1f} | {rel:.2f}x | "
                     f"{x['exit_code']} |")
    lines += _scan_markdown(r.get("scans") or {})
    ray, st = r["ray"], r["store"]
    lines += ["", f"Ray on this machine: starting a local Ray {ray['start_s']:.1f} s, stopping it {ray['stop_s']:.1f} s; "
              f"per-task overhead {1000 * ray['task_overhead_s']:.2f} ms ({ray['tasks']} no-op tasks through one CPU), "
              f"one task's round trip {1000 * ray['round_trip_s']:.2f} ms. The driver's store write: "
              f"{1000 * st['seconds_per_doc']:.1f} ms per document ({st['documents']} documents).", "",
              f"**Computed, not measured:** an OCR-bound archive of {ARCHIVE_PAGES:,} pages as "
              f"{ARCHIVE_PAGES // PAGES_PER_DOC:,} scans of {PAGES_PER_DOC} pages (an assumption), OCR "
              f"{r['ocr_s_per_page']:.2f} s per page on one core ({r['ocr_source']}), {TASKS_PER_FILE} Ray tasks per file from the driver "
              f"and one OCR task per page from the file's task. Workers: (pages x OCR + tasks x overhead) CPU seconds "
              "per file over all cores; driver: one store write and its two task overheads per file, serial.", "",
              "| nodes x cores | docs/s | hours | bound by |", "|---|---|---|---|"]
    for e in r["estimate"]:
        lines.append(f"| {e['nodes']} x {e['cores_per_node']} | {e['docs_per_s']:.1f} | {e['hours']:.2f} | {e['bound']} |")
    lines += ["", "Beyond the driver's ceiling, more nodes do not help: workers writing straight into PostgreSQL "
              "(issue 14's second half, not built) would lift it."]
    return lines
