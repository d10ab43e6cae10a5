"""Import at scale: `vanban import` as a subprocess over a generated corpus, with the peak RSS of
every process of its tree (parent, forkserver, workers) sampled every 0.2 s."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VANBAN = Path(sys.executable).parent / "vanban"


@dataclass
class TreeSampler:
    """Peak RSS per process of a tree rooted at `pid`, sampled every `interval` seconds."""

    pid: int
    interval: float = 0.2
    peaks: dict[int, int] = field(default_factory=dict)
    roles: dict[int, str] = field(default_factory=dict)
    timeline: list[tuple[float, int, int]] = field(default_factory=list)  # (t, parent rss, max worker rss)
    samples: int = 0

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> TreeSampler:
        import importlib.util

        self.available = importlib.util.find_spec("psutil") is not None
        if self.available:
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _role(self, proc) -> str:
        if proc.pid == self.pid:
            return "parent"
        try:
            cmd = " ".join(proc.cmdline())
        except Exception:
            return "other"
        if "forkserver" in cmd:  # workers are forked from the forkserver: same command line
            try:
                return "forkserver" if proc.ppid() == self.pid else "worker"
            except Exception:
                return "other"
        if "resource_tracker" in cmd:
            return "resource_tracker"
        if "tesseract" in cmd:
            return "tesseract"
        return "worker"

    def _run(self) -> None:
        import psutil

        t0 = time.monotonic()
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            parent_rss = worker_rss = 0
            for p in procs:
                try:
                    rss = p.memory_info().rss
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                if p.pid not in self.roles:
                    self.roles[p.pid] = self._role(p)
                self.peaks[p.pid] = max(self.peaks.get(p.pid, 0), rss)
                if self.roles[p.pid] == "parent":
                    parent_rss = rss
                elif self.roles[p.pid] == "worker":
                    worker_rss = max(worker_rss, rss)
            self.samples += 1
            self.timeline.append((time.monotonic() - t0, parent_rss, worker_rss))
            self._stop.wait(self.interval)

    def summary(self) -> dict:
        if not getattr(self, "available", True):
            return {"unavailable": "psutil is not installed (.venv/bin/pip install psutil): RSS not measured"}
        by_role: dict[str, list[int]] = {}
        for pid, peak in self.peaks.items():
            by_role.setdefault(self.roles.get(pid, "other"), []).append(peak)
        out = {"samples": self.samples, "interval_s": self.interval}
        for role, peaks in by_role.items():
            out[role] = {"processes": len(peaks), "peak_rss_mb": max(peaks) / 2**20,
                         "median_peak_rss_mb": sorted(peaks)[len(peaks) // 2] / 2**20}
        # how memory moves during the run: max RSS in each quarter of it
        if self.timeline:
            end = self.timeline[-1][0] or 1
            quarters = []
            for q in range(4):
                part = [s for s in self.timeline if q * end / 4 <= s[0] <= (q + 1) * end / 4]
                quarters.append({"parent_mb": max((s[1] for s in part), default=0) / 2**20,
                                 "worker_mb": max((s[2] for s in part), default=0) / 2**20})
            out["by_quarter"] = quarters
        return out


def db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists())


def run_import(corpus: Path, db: Path, workers: int) -> dict:
    """`vanban import CORPUS --db DB --workers N --no-progress` into a fresh database."""
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    cmd = [str(VANBAN), "import", str(corpus), "--db", str(db), "--workers", str(workers), "--no-progress"]
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    sampler = TreeSampler(proc.pid).start()
    out, err = proc.communicate()
    elapsed = time.perf_counter() - t0
    sampler.stop()
    counts = _counts(db)
    return {"command": " ".join(cmd[1:]), "exit_code": proc.returncode, "seconds": elapsed,
            "documents": counts.get("documents", 0), "docs_per_s": counts.get("documents", 0) / elapsed,
            "summary_line": (out.strip().splitlines() or [""])[0], "stderr_tail": err.strip()[-500:],
            "db_mb": db_bytes(db) / 1e6, "counts": counts, "rss": sampler.summary()}


def _counts(db: Path) -> dict:
    import sqlite3

    if not db.exists():
        return {}
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "citations", "events", "deadlines", "quantities", "errors")}
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def growth(small: dict, large: dict) -> dict:
    """How each figure grows from the small to the large import (1.0 = linear / flat)."""
    n_small, n_large = max(small["documents"], 1), max(large["documents"], 1)
    ratio = n_large / n_small

    def rss(r: dict, role: str) -> float:
        return r["rss"].get(role, {}).get("peak_rss_mb", 0.0)

    return {
        "documents_ratio": ratio,
        "time_per_doc_ratio": (large["seconds"] / n_large) / (small["seconds"] / n_small),
        "db_bytes_per_doc_ratio": (large["db_mb"] / n_large) / max(small["db_mb"] / n_small, 1e-12),
        "parent_peak_rss_ratio": rss(large, "parent") / max(rss(small, "parent"), 1e-9),
        "worker_peak_rss_ratio": rss(large, "worker") / max(rss(small, "worker"), 1e-9),
    }


def extrapolate(large: dict, n: int, workers: int) -> dict:
    per_doc = large["seconds"] / max(large["documents"], 1)
    return {"documents": n, "workers": workers, "seconds": per_doc * n, "minutes": per_doc * n / 60,
            "db_mb": large["db_mb"] / max(large["documents"], 1) * n,
            "basis": f"linear from the {large['documents']}-document import (time and size per document)"}
