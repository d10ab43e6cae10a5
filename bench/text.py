"""Text benchmarks: parse throughput (one core, all cores), the cost of each stage, a profile, and
the two baselines (underthesea word_tokenize, dateparser search_dates) with their date precision."""

from __future__ import annotations

import cProfile
import json
import multiprocessing
import os
import pstats
import statistics
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpus" / "samples"
GOLD = ROOT / "corpus" / "gold"
SHARED = Path(os.environ.get("VANBAN_SHARED", ROOT.parent / "shared"))


SHARED_CORPORA = ("dev", "real", "silver")  # what the speed goal is measured on
MIN_ROUNDS = 5  # timed rounds over the corpus: the median is reported, not one lucky or unlucky run
MEMORY_CALLS = 10_000  # parse_text calls in one process for the memory check
MEMORY_FIRST = 0.1  # the first checkpoint: after this share of the calls (caches and tables warm)


def load_texts(limit: int | None = None) -> tuple[list[tuple[str, str]], dict]:
    """(name, text) of ../shared's dev, real and silver corpora (read in place, never copied); the
    bundled samples when ../shared is absent."""
    dirs = [SHARED / "corpus" / c for c in SHARED_CORPORA if (SHARED / "corpus" / c).is_dir()]
    files = [f for d in dirs for f in sorted(d.glob("*.txt"))] or sorted(SAMPLES.glob("*.txt"))
    has_silver = any(d.name == "silver" for d in dirs)
    files = files[:limit] if limit else files
    texts = [(f"{f.parent.name}/{f.name}", f.read_text(encoding="utf-8")) for f in files]
    n_bytes = sum(len(t.encode("utf-8")) for _, t in texts)
    return texts, {"documents": len(texts), "bytes": n_bytes, "silver": has_silver,
                   "sources": [str(d) for d in dirs] or ["corpus/samples"]}


def _rounds(n_docs: int, seconds_per_round: float, target_seconds: float) -> int:
    return max(1, round(target_seconds / max(seconds_per_round, 1e-6)))


def single_core(texts: list[tuple[str, str]], target_seconds: float) -> dict:
    """parse_text over every text, after a warm-up round; repeated to last about target_seconds."""
    from vanban import load, parse_text

    load()
    t0 = time.perf_counter()
    failures = 0
    for _, text in texts:  # warm-up (caches, lazy tables)
        try:
            parse_text(text)
        except Exception:
            failures += 1
    warm = time.perf_counter() - t0
    rounds = max(MIN_ROUNDS, _rounds(len(texts), warm, target_seconds))
    walls, cpus = [], []
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        for _, text in texts:
            try:
                parse_text(text)
            except Exception:
                pass
        walls.append(time.perf_counter() - t0)
        cpus.append(max(time.process_time() - c0, 1e-9))
    elapsed, cpu = statistics.median(walls), statistics.median(cpus)  # one round, the median one
    docs, n_bytes = len(texts), sum(len(t.encode("utf-8")) for _, t in texts)
    # CPU time too: on a shared machine wall time counts other people's work, CPU time does not
    return {"documents": docs * rounds, "rounds": rounds, "seconds": sum(walls), "docs_per_s": docs / elapsed,
            "mb_per_s": n_bytes / 1e6 / elapsed, "ms_per_doc": 1000 * elapsed / docs,
            "cpu_seconds": sum(cpus), "docs_per_cpu_s": docs / cpu, "mb_per_cpu_s": n_bytes / 1e6 / cpu,
            "docs_per_cpu_s_rounds": [round(docs / c, 1) for c in cpus], "statistic": "median of rounds",
            "failures_per_round": failures}


def memory_flat(texts: list[tuple[str, str]], calls: int = MEMORY_CALLS) -> dict:
    """RSS of this process over `calls` parse_text calls (the corpus in a loop): flat means a
    long-lived process (vanban serve, an import worker) does not grow with what it parsed."""
    import psutil

    from vanban import parse_text

    proc = psutil.Process()
    first = max(1, int(calls * MEMORY_FIRST))
    marks: dict[int, float] = {}
    for i in range(calls):
        try:
            parse_text(texts[i % len(texts)][1])
        except Exception:
            pass
        if i + 1 in (first, calls):
            marks[i + 1] = proc.memory_info().rss / 2**20
    return {"calls": calls, "rss_mb": {str(k): round(v, 1) for k, v in marks.items()},
            "growth_mb": round(marks[calls] - marks[first], 1), "from_call": first}


# -- all cores: a pool of warmed-up workers ----------------------------------------------------

_TEXTS: list[str] = []


def _init(texts: list[str], barrier) -> None:
    global _TEXTS
    from vanban import parse_text

    _TEXTS = texts
    for t in texts:  # warm-up
        try:
            parse_text(t)
        except Exception:
            pass
    barrier.wait()


def _parse_some(indices: list[int]) -> tuple[int, float]:
    from vanban import parse_text

    c0 = time.process_time()
    for i in indices:
        try:
            parse_text(_TEXTS[i])
        except Exception:
            pass
    return len(indices), time.process_time() - c0


def all_cores(texts: list[tuple[str, str]], rounds: int, workers: int | None = None) -> dict:
    workers = workers or os.cpu_count() or 1
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(workers + 1)
    raw = [t for _, t in texts]
    chunks = [list(range(i, min(i + 4, len(raw)))) for i in range(0, len(raw), 4)] * rounds
    with ctx.Pool(workers, initializer=_init, initargs=(raw, barrier)) as pool:
        barrier.wait(timeout=600)
        t0 = time.perf_counter()
        done = list(pool.imap_unordered(_parse_some, chunks))
        elapsed = time.perf_counter() - t0
    docs, cpu = sum(d for d, _ in done), sum(c for _, c in done)
    n_bytes = sum(len(t.encode("utf-8")) for t in raw) * rounds
    return {"workers": workers, "documents": docs, "seconds": elapsed, "docs_per_s": docs / elapsed,
            "mb_per_s": n_bytes / 1e6 / elapsed, "docs_per_s_per_core": docs / elapsed / workers,
            "cpu_seconds": cpu, "docs_per_cpu_s": docs / cpu if cpu else None,
            "parallel_efficiency": (docs / elapsed) / (workers * docs / cpu) if cpu else None}


# -- stages ------------------------------------------------------------------------------------


def stage_profile(texts: list[tuple[str, str]], rounds: int = 1) -> dict:
    """Time each stage as pipeline._run and parse_text run them, one call at a time."""
    from spacy.tokens import Doc

    from vanban import __version__, load
    from vanban.assemble import to_record
    from vanban.context import Context
    from vanban.ingest import Extracted, sha256_bytes
    from vanban.language import BareDoc, Extraction, own_pipeline
    from vanban.normalize import normalize

    nlp = load()
    own = own_pipeline(nlp)
    times: dict[str, float] = defaultdict(float)
    clock = time.perf_counter
    for _ in range(rounds):
        for _name, text in texts:
            t = clock()
            extracted = Extracted(text=text, format="txt", sha256=sha256_bytes(text.encode("utf-8")), path=None)
            t1 = clock()
            times["ingest (sha256)"] += t1 - t
            normalized = normalize(text)
            t2 = clock()
            times["normalize"] += t2 - t1
            # as parse_text does: no span mirroring, a bare document for vanban's own components, an
            # empty Doc when the pipeline holds another (annotate() tokenizes)
            doc = BareDoc(normalized.text) if own else Doc(nlp.vocab, words=[])
            doc._.vb = Extraction(ctx=Context(text=normalized.text), mirror=False)
            t3 = clock()
            times["doc (bare)" if own else "doc (empty)"] += t3 - t2
            try:
                for stage, proc in nlp.pipeline:
                    s = clock()
                    doc = proc(doc)
                    times[stage] += clock() - s
                s = clock()
                to_record(doc._.vb, normalized, None, __version__)
                times["assemble (to_record)"] += clock() - s
            except Exception:
                pass
            del extracted
    total = sum(times.values())
    docs = len(texts) * rounds
    return {"documents": docs, "seconds": total,
            "stages": [{"stage": k, "seconds": v, "ms_per_doc": 1000 * v / docs, "share": v / total}
                       for k, v in times.items()]}


def profile(texts: list[tuple[str, str]], top: int = 15) -> dict:
    """cProfile over one round of parse_text: top functions by own time, and own time per file."""
    from vanban import parse_text

    prof = cProfile.Profile()
    prof.enable()
    for _, text in texts:
        try:
            parse_text(text)
        except Exception:
            pass
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    rows = []
    by_file: dict[str, float] = defaultdict(float)
    for (file, line, func), (_cc, nc, tt, ct, _callers) in stats.stats.items():
        where = _short(file)
        rows.append({"function": f"{where}:{line}({func})", "calls": nc, "own_s": tt, "cum_s": ct,
                     "share": tt / total})
        by_file[where] += tt
    rows.sort(key=lambda r: -r["own_s"])
    ours = sorted(((f, s) for f, s in by_file.items() if f.startswith(("pipeline/", "schemas/"))),
                  key=lambda x: -x[1])
    cum_ours = sorted((r for r in rows if r["function"].startswith("pipeline/")), key=lambda r: -r["cum_s"])
    return {"total_s": total, "top_own": rows[:top],
            "by_file": [{"file": f, "own_s": s, "share": s / total}
                        for f, s in sorted(by_file.items(), key=lambda x: -x[1])[:top]],
            "ours_by_file": [{"file": f, "own_s": s, "share": s / total} for f, s in ours[:top]],
            "top_cumulative_ours": cum_ours[:top]}


def _short(file: str) -> str:
    for marker in ("/site-packages/", str(ROOT) + "/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file if file.startswith("<") or file == "~" else Path(file).name


# -- baselines ---------------------------------------------------------------------------------


def _timed(fn, texts: list[tuple[str, str]], ours: dict) -> dict:
    t0, c0 = time.perf_counter(), time.process_time()
    for _, text in texts:
        fn(text)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    n = len(texts)
    return {"documents": n, "seconds": dt, "docs_per_s": n / dt, "cpu_seconds": cpu, "docs_per_cpu_s": n / cpu,
            "ours_speedup": ours["docs_per_cpu_s"] / (n / cpu), "ours_speedup_wall": ours["docs_per_s"] / (n / dt)}


def baselines(texts: list[tuple[str, str]], ours: dict) -> dict:
    """underthesea word_tokenize and dateparser search_dates over the same texts, one core.

    `ours` is single_core()'s result; speed-ups compare CPU time (and wall time, less reliable on a
    busy machine)."""
    out: dict = {}
    try:
        from underthesea import word_tokenize

        word_tokenize(texts[0][1])  # warm-up (loads its model)
        out["underthesea_word_tokenize"] = _timed(word_tokenize, texts, ours)
    except Exception as e:
        out["underthesea_word_tokenize"] = {"error": f"{type(e).__name__}: {e}"}
    try:
        search = _search_dates()
        search(texts[0][1][:300])
        out["dateparser_search_dates"] = _timed(search, texts, ours)
    except Exception as e:
        out["dateparser_search_dates"] = {"error": f"{type(e).__name__}: {e}"}
    return out


def _search_dates():
    from dateparser.search import search_dates

    def search(text: str):
        return search_dates(text, languages=["vi"], settings={"DATE_ORDER": "DMY"}) or []

    return search


def gold_dates(gold: dict) -> set[str]:
    dates = {e.get("date") for e in gold.get("events", [])}
    dates |= {(d.get("due") or "")[:10] for d in gold.get("deadlines", [])}
    return {d for d in dates if d}


def date_precision(gold_dirs: list[tuple[str, Path, Path]]) -> dict:
    """Per corpus: precision and recall of distinct dates per document, ours vs search_dates.

    Ours = dates of our events and deadlines; search_dates = every date it finds. A found date
    counts as correct when its date part is one of the gold events' dates or deadlines' due dates.
    """
    from vanban import parse_text

    search = _search_dates()
    out = {}
    for label, gold_dir, text_dir in gold_dirs:
        tally = {k: {"found": 0, "correct": 0} for k in ("vanban", "search_dates")}
        gold_total = {"vanban": 0, "search_dates": 0}
        hit = {"vanban": 0, "search_dates": 0}
        n = 0
        for g in sorted(gold_dir.glob("*.json")):
            text_file = text_dir / f"{g.stem}.txt"
            if not text_file.exists():
                continue
            gold = gold_dates(json.loads(g.read_text(encoding="utf-8")))
            text = text_file.read_text(encoding="utf-8")
            n += 1
            rec = parse_text(text)
            ours = {e.date for e in rec.events if e.date} | {d.due[:10] for d in rec.deadlines if d.due}
            theirs = {d.date().isoformat() for _, d in search(text)}
            for key, found in (("vanban", ours), ("search_dates", theirs)):
                tally[key]["found"] += len(found)
                tally[key]["correct"] += len(found & gold)
                gold_total[key] += len(gold)
                hit[key] += len(gold & found)
        out[label] = {"documents": n, "gold_dates": gold_total["vanban"]}
        for key in tally:
            f, c = tally[key]["found"], tally[key]["correct"]
            out[label][key] = {"found": f, "correct": c, "precision": c / f if f else None,
                               "recall": hit[key] / gold_total[key] if gold_total[key] else None}
    return out


def gold_corpora() -> list[tuple[str, Path, Path]]:
    out = [("dev (corpus/gold)", GOLD, SAMPLES)]
    real = SHARED / "corpus" / "real"
    if (real / "gold").is_dir():
        out.append((f"real (shared, {len(list((real / 'gold').glob('*.json')))} docs)", real / "gold", real))
    return out
