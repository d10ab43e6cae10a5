"""A bounded load test of `vanban serve` on loopback: 300 parse requests, 8 at a time, 2 workers.

Every answer must be a record (200) or back-pressure (503 with Retry-After); none lost, none hung;
the server's memory (its process and its workers) after the run at most 10% above what it was after
the first 20 answers. The figures (requests/s, p50/p95 latency, RSS) go to out/web-tests/load.json
and are printed; nothing here asserts a speed.
"""

from __future__ import annotations

import json
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
psutil = pytest.importorskip("psutil")
pytest.importorskip("fastapi")

from webhelpers import ARTIFACTS, ROOT, Server  # noqa: E402

REQUESTS = 300
CONCURRENCY = 8
WORKERS = 2
WARMUP = 20
RSS_GROWTH = 1.10
REQUEST_TIMEOUT_S = 300.0  # a hung answer fails the test; a slow machine does not

pytestmark = pytest.mark.slow


def _rss(pid: int) -> int:
    proc = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)] if p.is_running())


def test_load(tmp_path: Path) -> None:
    samples = [f.read_bytes() for f in sorted((ROOT / "corpus" / "samples").glob("*.txt"))]
    server = Server(tmp_path / "load.db", "--workers", str(WORKERS)).wait()
    try:
        answers: list[tuple[int, float, str | None]] = []
        rss: dict[str, int] = {}

        def one(i: int) -> tuple[int, float, str | None]:
            # each document made unique, so no cache could answer for the parser
            data = samples[i % len(samples)] + f"\nPhụ lục số {i}: tài liệu kèm theo.\n".encode()
            started = time.monotonic()
            with httpx.Client(timeout=REQUEST_TIMEOUT_S) as c:
                r = c.post(server.url + "/v1/parse", files={"file": (f"doc{i}.txt", data, "text/plain")})
            kind = r.json().get("id") and "record" if r.status_code == 200 else r.headers.get("Retry-After")
            return r.status_code, time.monotonic() - started, kind

        started = time.monotonic()
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            futures = [pool.submit(one, i) for i in range(REQUESTS)]
            for n, f in enumerate(futures, 1):
                answers.append(f.result())
                if n == WARMUP:
                    rss["after_first_20"] = _rss(server.proc.pid)
        elapsed = time.monotonic() - started
        rss["after_all"] = _rss(server.proc.pid)
    finally:
        server.stop()

    statuses = [s for s, _, _ in answers]
    assert len(answers) == REQUESTS  # none lost
    assert set(statuses) <= {200, 503}, statuses
    assert all(kind == "record" for s, _, kind in answers if s == 200)
    assert all(kind and int(kind) >= 1 for s, _, kind in answers if s == 503)  # Retry-After given
    assert statuses.count(200) > 0
    latencies = sorted(t for s, t, _ in answers if s == 200)
    figures = {
        "requests": REQUESTS, "concurrency": CONCURRENCY, "workers": WORKERS,
        "records": statuses.count(200), "busy_503": statuses.count(503),
        "requests_per_s": round(REQUESTS / elapsed, 1), "records_per_s": round(statuses.count(200) / elapsed, 1),
        "p50_ms": round(1000 * statistics.median(latencies)),
        "p95_ms": round(1000 * latencies[int(0.95 * (len(latencies) - 1))]),
        "rss_after_first_20_mb": round(rss["after_first_20"] / 2**20, 1),
        "rss_after_all_mb": round(rss["after_all"] / 2**20, 1),
    }
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "load.json").write_text(json.dumps(figures, indent=1))
    print("\nweb load test:", json.dumps(figures))
    assert rss["after_all"] <= RSS_GROWTH * rss["after_first_20"], figures
