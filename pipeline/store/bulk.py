"""Bulk import: `vanban import PATH... --db vanban.db [--workers N] [--reparse]` (argparse in vanban.cli.store).

Walks folders, hashes each file, parses new files in worker processes and
stores each record in SQLite (vanban.store.db), one transaction per document.

Decisions (documented in `vanban import --help` too):
- Supported suffixes: SUPPORTED. Other files, dot-files and Office lock files
  (~$x.docx) are *skipped* and counted, not errors. Hidden folders are not entered.
- A file is skipped when its sha256 is stored with status ok *by the current
  pipeline version*; files stored by another version are re-extracted, so an
  upgrade refreshes stale records. A file that failed with the current version
  is skipped too (failures are deterministic) and counted as a known failure.
  `--reparse` re-extracts every file, including known failures.
- A file whose bytes appear twice in one run is parsed once (duplicate).
- Limits: `--max-bytes` (default 20 MB) for .txt; other formats may be
  BINARY_FACTOR times larger (their bytes are mostly layout and images).
- Failures never stop the batch: each goes to the `errors` table and the
  summary. Exit code 0 = no failure in this run, 1 = some file failed,
  2 = usage error, 130 = interrupted (committed documents stay; re-run to finish).
- Workers are processes from a forkserver (no fork of a threaded parent).
  The pool is replaced every `recycle_every` files per worker to bound memory
  (the old pool finishes its files, then exits); ProcessPoolExecutor's own
  max_tasks_per_child is not used: it hangs on Python 3.11 and is absent
  from 3.10. Only this process writes to SQLite. A worker that dies (segfault, kill -9, OOM) breaks
  the pool: the pool is restarted and the files that were in flight are re-run
  one at a time in a 1-worker pool, so only the file that kills a worker again
  is recorded (stage "worker") and nothing else is lost.
"""

from __future__ import annotations

import hashlib
import importlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vanban.errors import VanbanError
from vanban.ingest import SUFFIXES
from vanban.store.db import DocRows, Store, current_pipeline_version, record_rows

# what ingest reads, by suffix (a folder walk needs a suffix: "" is for files named explicitly)
SUPPORTED = frozenset(s for group in SUFFIXES.values() for s in group if s)
TEXT_SUFFIXES = frozenset(s for s in SUFFIXES["txt"] if s)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 600.0  # seconds per file; a 50-page scan OCRs in about 100 s on one core
BINARY_FACTOR = 10
DEFAULT_PARSER = "vanban:parse_file"
# Imported once by the forkserver, so a recycled worker starts in ms, not 0.5 s (spaCy);
# a missing module is ignored.
PRELOAD = ("vanban.store.db", "vanban.language", "vanban.assemble", "vanban.ingest")
CRASH_ENV = "VANBAN_TEST_CRASH_ON"  # test-only: a worker parsing this file name dies


class UsageError(Exception):
    pass


@dataclass
class Failure:
    path: str
    stage: str
    message: str


@dataclass
class ImportSummary:
    found: int = 0  # supported files found by the walk
    imported: int = 0
    skipped: int = 0  # already stored by this pipeline version
    known_failures: int = 0  # failed before with this pipeline version, not retried
    duplicates: int = 0  # same bytes as another file of this run
    unsupported: Counter = field(default_factory=Counter)  # suffix -> count
    failures: list[Failure] = field(default_factory=list)
    elapsed: float = 0.0
    interrupted: bool = False

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def done(self) -> int:
        return self.imported + self.skipped + self.known_failures + self.duplicates + self.failed

    @property
    def docs_per_s(self) -> float:
        return self.imported / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def exit_code(self) -> int:
        return 130 if self.interrupted else (1 if self.failures else 0)

    def render(self, db: Path | None = None, max_listed: int = 20) -> str:
        parts = [f"imported {self.imported}", f"skipped {self.skipped} (already stored)"]
        if self.duplicates:
            parts.append(f"duplicates {self.duplicates}")
        if self.known_failures:
            parts.append(f"known failures {self.known_failures} (use --reparse to retry)")
        parts.append(f"failed {self.failed}")
        if self.unsupported:
            kinds = ", ".join(f"{s or '(none)'}×{n}" for s, n in self.unsupported.most_common(5))
            parts.append(f"unsupported {sum(self.unsupported.values())} ({kinds})")
        parts.append(f"{self.elapsed:.1f} s, {self.docs_per_s:.1f} docs/s")
        lines = [("INTERRUPTED: re-run the same command to finish. " if self.interrupted else "")
                 + " · ".join(parts)]
        if self.failures:
            where = f" (all in the `errors` table of {db})" if db else ""
            lines.append(f"failures{where}:")
            lines += [f"  {f.path}: [{f.stage}] {f.message}" for f in self.failures[:max_listed]]
            if self.failed > max_listed:
                lines.append(f"  ... and {self.failed - max_listed} more")
        return "\n".join(lines)


# -- walking and hashing -----------------------------------------------------------------------


def _skippable_name(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")


def walk(paths: Iterable[Path]) -> tuple[list[Path], Counter]:
    """Supported files under `paths` (sorted, absolute) and a count of skipped suffixes."""
    found: list[Path] = []
    unsupported: Counter = Counter()

    def consider(p: Path) -> None:
        suffix = p.suffix.lower()
        if suffix in SUPPORTED and not _skippable_name(p.name):
            found.append(p)
        else:
            unsupported[suffix] += 1

    for root in paths:
        root = Path(root).absolute()
        if root.is_file():
            consider(root)
        elif root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    consider(Path(dirpath) / name)
        else:
            raise UsageError(f"no such file or folder: {root}")
    return found, unsupported


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def size_limit(path: Path, max_bytes: int) -> int:
    return max_bytes if path.suffix.lower() in TEXT_SUFFIXES else max_bytes * BINARY_FACTOR


# -- the worker side ---------------------------------------------------------------------------

_parser: Callable | None = None
_crash_on: str | None = None
_version: str | None = None


def load_parser(spec: str) -> Callable:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name or "parse_file")


def _init_worker(parser_spec: str, crash_on: str | None, version: str) -> None:
    global _parser, _crash_on, _version
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    _parser, _crash_on, _version = load_parser(parser_spec), crash_on, version


def _work(path: str, sha256: str) -> tuple:
    """Parse one file: ("ok", DocRows) or ("error", stage, message). Never raises for bad input."""
    if _crash_on and os.path.basename(path) == _crash_on:
        os._exit(1)  # test-only hook (VANBAN_TEST_CRASH_ON): simulate a segfaulting worker
    assert _parser is not None, "worker not initialised"  # _init_worker runs first in every worker
    try:
        record = _parser(path)
    except VanbanError as e:
        return ("error", e.stage, e.message)
    except OSError as e:
        return ("error", "ingest", f"cannot read file: {e.strerror or e}")
    except Exception as e:  # a bug in the pipeline: keep it, keep going
        return ("error", "extract", f"{type(e).__name__}: {e}")
    try:
        record.source.path = record.source.path or path
        record.source.sha256 = record.source.sha256 or sha256
        record.pipeline_version = record.pipeline_version or _version
        return ("ok", record_rows(record))
    except Exception as e:
        return ("error", "store", f"{type(e).__name__}: {e}")


# -- the parent side ---------------------------------------------------------------------------


@dataclass
class _Task:
    path: Path
    sha256: str
    size: int


@dataclass
class _Outcome:  # decided without parsing: a skip or an error
    path: Path
    kind: str  # skipped | known | duplicate | error
    stage: str = ""
    message: str = ""
    sha256: str | None = None


_COUNTERS = {"skipped": "skipped", "known": "known_failures", "duplicate": "duplicates"}


class _Pools:
    def __init__(self, parser: str, crash_on: str | None, version: str):
        self.ctx = multiprocessing.get_context("forkserver")
        # Effective only before the forkserver starts; spares each recycled worker the imports.
        self.ctx.set_forkserver_preload([*PRELOAD, parser.partition(":")[0]])
        self.initargs = (parser, crash_on, version)

    def new(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=self.ctx, initializer=_init_worker,
                                   initargs=self.initargs)


def _stop(pool: ProcessPoolExecutor | None) -> None:
    """Shut a pool down now; kill workers still busy (a long OCR would delay exit for minutes)."""
    if pool is None:
        return
    procs = list((getattr(pool, "_processes", None) or {}).values())  # private, but no public way
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        if p.is_alive():
            p.terminate()


def _prepare(paths: list[Path], states: dict, version: str, reparse: bool,
             max_bytes: int) -> Iterator[_Task | _Outcome]:
    seen: set[str] = set()
    for path in paths:
        try:
            size = path.stat().st_size
            limit = size_limit(path, max_bytes)
            if size > limit:
                yield _Outcome(path, "error", "ingest", f"file too large ({size / 2**20:.1f} MB > "
                               f"{limit / 2**20:.0f} MB limit; see --max-bytes)")
                continue
            sha = sha256_file(path)
        except FileNotFoundError:
            yield _Outcome(path, "error", "ingest", "file disappeared before it was read")
            continue
        except OSError as e:
            yield _Outcome(path, "error", "ingest", f"cannot read file: {e.strerror or e}")
            continue
        if sha in seen:
            yield _Outcome(path, "duplicate", sha256=sha)
            continue
        seen.add(sha)
        status, stored_version = states.get(sha, (None, None))
        if not reparse and stored_version == version and status in ("ok", "error"):
            yield _Outcome(path, "skipped" if status == "ok" else "known", sha256=sha)
            continue
        yield _Task(path, sha, size)


class _StopFlag:
    """First Ctrl-C: finish the document being written, then stop. Second Ctrl-C: abort now.

    Raising KeyboardInterrupt at an arbitrary point could land just after a COMMIT and
    misreport a stored document as failed; a flag is checked between documents.
    """

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None  # the SIGINT handler to restore

    def _handle(self, signum, frame) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        print("\nstopping (Ctrl-C again to abort now)...", file=sys.stderr)

    def install(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)

    def uninstall(self) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None


class _Progress:
    """rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool, total: int):
        self.bar = None
        self.last = 0.0
        if not enabled:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("importing"), BarColumn(), MofNCompleteColumn(),
                            TimeRemainingColumn(), TextColumn("{task.fields[info]}"),
                            refresh_per_second=4, transient=False)
        self.last = 0.0
        self.task = self.bar.add_task("import", total=total, info="")
        self.bar.start()

    def update(self, s: ImportSummary, started: float, force: bool = False) -> None:
        now = time.monotonic()
        if self.bar is None or (now - self.last < 0.2 and not force):
            return  # rich costs ~1 ms per update in this (single, writing) process: throttle
        self.last = now
        rate = s.imported / max(now - started, 1e-9)
        self.bar.update(self.task, completed=s.done, info=f"{rate:.1f} docs/s · {s.failed} failed")

    def close(self, s: ImportSummary, started: float) -> None:
        if self.bar is not None:
            self.update(s, started, force=True)
            self.bar.stop()


class _Run:
    """The state of one import run and the steps of its loop (submit, collect, isolate, expire).

    `clock` measures how long a file has been in a worker (tests pass a fake one).
    """

    def __init__(self, s: ImportSummary, store: Store, pools: _Pools, workers: int, version: str,
                 bar: _Progress, started: float, timeout: float, recycle_every: int,
                 clock: Callable[[], float]) -> None:
        self.s, self.store, self.pools, self.workers, self.version = s, store, pools, workers, version
        self.bar, self.started, self.timeout, self.recycle_every, self.clock = bar, started, timeout, \
            recycle_every, clock
        self.pools_alive: list[ProcessPoolExecutor] = []  # the current pool and retired ones still finishing
        self.pool = self._new_pool(retire=False)
        self.submitted = 0  # to the current pool
        self.inflight: dict[Future, _Task] = {}
        self.running_since: dict[Future, float] = {}  # when a future was first seen handed to a worker
        self.exhausted = False

    def _new_pool(self, retire: bool) -> ProcessPoolExecutor:
        """A fresh pool; `retire`: the others are stopped already and forgotten."""
        pool = self.pools.new(self.workers)
        self.submitted = 0
        if retire:
            self.pools_alive[:] = [pool]
        else:
            self.pools_alive.append(pool)
        return pool

    def stop_pools(self) -> None:
        for p in self.pools_alive:
            _stop(p)

    def fail(self, path: Path, sha: str | None, stage: str, message: str, size: int | None = None,
             remember: bool = True) -> None:
        self.store.record_error(path, sha, stage, message, self.version, size, remember=remember)
        self.s.failures.append(Failure(str(path), stage, message))

    def settle(self, item: _Task | _Outcome, result: tuple | None = None) -> None:
        s = self.s
        if isinstance(item, _Outcome):
            if item.kind == "error":
                self.fail(item.path, item.sha256, item.stage, item.message, remember=False)
            else:
                counter = _COUNTERS[item.kind]
                setattr(s, counter, getattr(s, counter) + 1)
        elif result is not None and result[0] == "ok":
            rows: DocRows = result[1]
            try:
                self.store.put_rows(rows, item.size)
                s.imported += 1
            except Exception as e:
                self.fail(item.path, item.sha256, "store", f"{type(e).__name__}: {e}", item.size)
        elif result is not None:
            self.fail(item.path, item.sha256, result[1], result[2], item.size)
        self.bar.update(s, self.started)

    def isolate(self, suspects: list[_Task], stop: _StopFlag) -> None:
        """Re-run the files of a broken pool one by one: only a file that kills a worker again fails."""
        pool = None
        try:
            for task in suspects:
                if stop.requested:
                    return
                pool = pool or self.pools.new(1)
                try:
                    self.settle(task, pool.submit(_work, str(task.path), task.sha256).result())
                except BrokenProcessPool:
                    _stop(pool)
                    pool = None
                    self.fail(task.path, task.sha256, "worker", "worker process died while parsing this file "
                              "(crash, kill or out of memory)", task.size, remember=False)
        finally:
            _stop(pool)

    def submit(self, task: _Task) -> None:
        if self.submitted >= self.recycle_every * self.workers:
            self.pool.shutdown(wait=False)  # finishes its files, then its workers exit
            self.pool = self._new_pool(retire=False)
        try:
            fut = self.pool.submit(_work, str(task.path), task.sha256)
        except BrokenProcessPool:  # died since the last wait; its futures say so there
            self.pool = self._new_pool(retire=False)
            fut = self.pool.submit(_work, str(task.path), task.sha256)
        self.inflight[fut] = task
        self.submitted += 1

    def fill(self, items: Iterator[_Task | _Outcome], stop: _StopFlag) -> None:
        """Settle decided items and submit tasks until the window is full or the input ends."""
        window = self.workers * 4
        while not self.exhausted and len(self.inflight) < window and not stop.requested:
            item = next(items, None)
            if item is None:
                self.exhausted = True
            elif isinstance(item, _Outcome):
                self.settle(item)
            else:
                self.submit(item)

    def collect(self, stop: _StopFlag) -> bool:
        """Settle finished files; True when a worker died (its pool's files were isolated)."""
        # A timeout, so that Ctrl-C is seen even while a long file (OCR) is parsed.
        done, _ = wait(self.inflight, timeout=0.25, return_when=FIRST_COMPLETED)
        broken = any(isinstance(f.exception(), BrokenProcessPool) for f in done)
        if broken:
            done, _ = wait(self.inflight)  # a dead worker fails every future of its pool
        suspects = []
        for fut in done:
            task = self.inflight.pop(fut)
            if isinstance(fut.exception(), BrokenProcessPool):
                suspects.append(task)
            else:
                self.settle(task, fut.result())
        if broken:
            self.stop_pools()
            self.isolate(suspects, stop)
            self.pool = self._new_pool(retire=True)
            self.running_since.clear()
        return broken

    def expire_hung(self) -> None:
        """Fail files in a worker for longer than the timeout; resubmit the others stopped with them."""
        now = self.clock()
        for fut in self.inflight:
            if fut not in self.running_since and fut.running():
                self.running_since[fut] = now
        hung = [f for f in self.inflight if f in self.running_since and now - self.running_since[f] > self.timeout]
        if not hung:
            for fut in list(self.running_since):
                if fut not in self.inflight:
                    del self.running_since[fut]
            return
        self.stop_pools()
        for fut in hung:
            task = self.inflight.pop(fut)
            self.fail(task.path, task.sha256, "timeout", f"parsing took longer than {self.timeout:g} s; "
                      "the worker was stopped", task.size, remember=False)
        rest = list(self.inflight.values())
        self.inflight.clear()
        self.running_since.clear()
        self.pool = self._new_pool(retire=True)
        for task in rest:  # stopped with the hung one: parse them again
            self.inflight[self.pool.submit(_work, str(task.path), task.sha256)] = task
            self.submitted += 1

    def loop(self, items: Iterator[_Task | _Outcome], stop: _StopFlag) -> None:
        while not stop.requested:
            self.fill(items, stop)
            if not self.inflight:
                break
            if not self.collect(stop):
                self.expire_hung()


def run_import(paths: list[Path], db: Path, workers: int | None = None, reparse: bool = False,
               progress: bool = True, *, max_bytes: int = DEFAULT_MAX_BYTES,
               parser: str = DEFAULT_PARSER, recycle_every: int = 500, timeout: float = DEFAULT_TIMEOUT,
               clock: Callable[[], float] = time.monotonic,
               _after_walk: Callable[[list[Path]], None] | None = None) -> ImportSummary:
    """Import every supported file under `paths` into the SQLite store `db`.

    A file still being parsed after `timeout` seconds of `clock` (a runaway regex, a stuck
    converter) is recorded as an error with stage "timeout"; its pool is stopped and the other
    files in flight are submitted again, so one bad file never stalls the batch.

    `_after_walk` is a test hook called with the walked file list before any is read.
    Raises UsageError for a missing path or a parser that cannot be loaded.
    """
    started = time.monotonic()
    s = ImportSummary()
    files, s.unsupported = walk(paths)
    s.found = len(files)
    if _after_walk is not None:
        _after_walk(files)
    try:
        load_parser(parser)  # fail once, here, rather than in every worker
    except (ImportError, AttributeError) as e:
        raise UsageError(f"cannot load parser {parser}: {e}") from e
    workers = max(1, workers or os.cpu_count() or 1)
    version = current_pipeline_version()
    pools = _Pools(parser, os.environ.get(CRASH_ENV), version)
    store = Store(db)
    bar = _Progress(progress and sys.stderr.isatty(), s.found)
    stop = _StopFlag()
    run: _Run | None = None
    try:
        stop.install()
        run = _Run(s, store, pools, workers, version, bar, started, timeout, recycle_every, clock)
        run.loop(_prepare(files, store.file_states(), version, reparse, max_bytes), stop)
        s.interrupted = stop.requested
    except KeyboardInterrupt:  # a second Ctrl-C: abort at once (the open transaction rolls back)
        s.interrupted = True
    finally:
        stop.uninstall()
        if run is not None:
            run.stop_pools()
        bar.close(s, started)
        store.close()
        s.elapsed = time.monotonic() - started
    return s
