"""Bulk import: `vanban import PATH... --db vanban.db [--workers N] [--reparse]` (argparse in vanban.cli.store).

Walks folders and hands every file to worker processes, which stat, hash and
parse it under the per-file time limit; the parent only decides and writes
SQLite (vanban.store.db), one transaction per document.

Decisions (documented in `vanban import --help` too):
- Supported suffixes: SUPPORTED. Other files, dot-files and Office lock files
  (~$x.docx) are *skipped* and counted, not errors. Hidden folders are not entered.
- Only regular files are read: a FIFO, device or socket is an error (stage
  ingest), never opened. A symbolic link is followed only when its target lies
  inside the imported folders, unless `--follow-symlinks`. File names of any
  bytes are stored readably (undecodable bytes as \\xNN) with their exact bytes.
- A file is identified by its path and the sha256 of its bytes (see store.db):
  the same path and bytes stored by the current pipeline version are skipped;
  stored by an older version they are re-parsed (counted as re-parsed) unless
  `--keep-stale`; a path whose bytes changed is parsed into a new version of its
  document; bytes stored under another path are a copy (or a move, when that
  path is gone) and are not parsed again. A file that failed with the current
  version and the same bytes is a *known failure*: not retried (failures are
  deterministic), named in the summary, and the exit code stays 1 while any
  remain. `--reparse` re-extracts every file, including known failures.
- Empty (0-byte) files are failures, never duplicates.
- Files under the imported folders that are stored but gone from disk are
  counted ("gone"); `vanban prune` removes them (an import never deletes).
- Limits: `--max-bytes` (default 20 MB) for .txt; other formats may be
  BINARY_FACTOR times larger (their bytes are mostly layout and images).
  Each worker's address space is limited (`--max-memory-mb`) and each file's
  CPU time (`--max-cpu-seconds`, by RLIMIT_CPU raised before every file); an
  exceeded limit is an error with stage "limit" naming the flag. `--timeout`
  (wall clock, counted from when a worker starts the file) backs them up.
- Failures never stop the batch: each goes to the `errors` table and the
  summary. Exit code 0 = all stored, 1 = some file failed now or before,
  2 = usage error, 3 = the store cannot be used, 130 = interrupted (committed
  documents stay; re-run to finish).
- One import per store at a time: a second one waits for the first, saying so.
- Workers are processes from a forkserver (no fork of a threaded parent).
  The pool is replaced every `recycle_every` files per worker to bound memory
  (the old pool finishes its files, then exits); ProcessPoolExecutor's own
  max_tasks_per_child is not used: it hangs on Python 3.11 and is absent
  from 3.10. Only this process writes to SQLite. A worker that dies (segfault, kill -9, OOM) breaks
  the pool: the pool is restarted and the files that were in flight are re-run
  one at a time in a 1-worker pool, so only the file that kills a worker again
  is recorded (stage "crash") and nothing else is lost.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import importlib
import multiprocessing
import os
import resource
import signal
import stat
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from vanban.errors import CRASH_STAGE, VanbanError
from vanban.ingest import SUFFIXES
from vanban.ingest.limits import DEFAULT as DEFAULT_LIMITS
from vanban.ingest.limits import Limits
from vanban.store.db import (
    DocRows,
    FileState,
    Store,
    current_pipeline_version,
    display_path,
    record_rows,
)
from vanban.store.sql import is_url, shown

# what ingest reads, by suffix (a folder walk needs a suffix: "" is for files named explicitly)
SUPPORTED = frozenset(s for group in SUFFIXES.values() for s in group if s)
TEXT_SUFFIXES = frozenset(s for s in SUFFIXES["txt"] if s)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 600.0  # seconds per file; a 50-page scan OCRs in about 100 s on one core
DEFAULT_MAX_MEMORY_MB = 4096  # a worker's address space: a parsing worker maps ~350 MB, OCR and big PDFs more
DEFAULT_MAX_CPU_SECONDS = 600.0  # CPU time per file (the wall-clock --timeout backs it up)
BINARY_FACTOR = 10
HASH_CHUNK = 1 << 20
START_SLOTS = 4096  # task start times shared with the workers; far more than files in flight
MAX_LISTED = 20  # failures named in the summary; `vanban errors` lists them all
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
    imported: int = 0  # parsed and stored (new files, changed files, re-parsed stale records)
    changed: int = 0  # of imported: a path whose bytes changed (a new version; the old one kept)
    reparsed: int = 0  # of imported: same bytes, stored by an older pipeline version
    skipped: int = 0  # already stored by this pipeline version
    known_failures: int = 0  # failed before with this pipeline version and these bytes, not retried
    duplicates: int = 0  # same bytes as another file: its path recorded, not parsed again
    moved: int = 0  # same bytes as a stored file that is gone from its old path
    gone: int = 0  # stored files under the imported folders that no longer exist
    unsupported: Counter = field(default_factory=Counter)  # suffix -> count
    failures: list[Failure] = field(default_factory=list)
    known: list[Failure] = field(default_factory=list)  # the known failures, named
    corrections_agree: int = 0  # corrections the new parse now agrees with
    corrections_review: int = 0  # corrections flagged for review: their source changed
    elapsed: float = 0.0
    interrupted: bool = False

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def done(self) -> int:
        return (self.imported + self.skipped + self.known_failures + self.duplicates + self.moved
                + self.failed)

    @property
    def docs_per_s(self) -> float:
        return self.imported / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def exit_code(self) -> int:
        return 130 if self.interrupted else (1 if self.failures or self.known_failures else 0)

    def figures(self) -> dict:
        """The counts, for the store's import log."""
        keys = ("found", "imported", "changed", "reparsed", "skipped", "known_failures", "duplicates", "moved",
                "gone", "failed", "corrections_agree", "corrections_review", "interrupted")
        return {k: getattr(self, k) for k in keys} | {"elapsed": round(self.elapsed, 3)}

    def _parts(self) -> list[str]:
        parts = [f"imported {self.imported}", f"skipped {self.skipped} (already stored)"]
        optional = (
            (self.changed, f"changed {self.changed} (new versions; the old ones kept)"),
            (self.reparsed, f"re-parsed {self.reparsed} (made by an older pipeline version)"),
            (self.duplicates, f"duplicates {self.duplicates} (paths recorded)"),
            (self.moved, f"moved {self.moved}"),
            (self.gone, f"gone {self.gone} (stored, no longer on disk: `vanban prune` removes them)"),
            (self.known_failures, f"known failures {self.known_failures} (--reparse retries them)"),
            (self.corrections_agree, f"corrections now agreeing with the parse {self.corrections_agree}"),
            (self.corrections_review, f"corrections to review {self.corrections_review} (source changed)"),
        )
        parts += [text for n, text in optional if n]
        parts.append(f"failed {self.failed}")
        if self.unsupported:
            kinds = ", ".join(f"{s or '(none)'}×{n}" for s, n in self.unsupported.most_common(5))
            parts.append(f"unsupported {sum(self.unsupported.values())} ({kinds})")
        parts.append(f"{self.elapsed:.1f} s, {self.docs_per_s:.1f} docs/s")
        return parts

    def render(self, db: Path | str | None = None, max_listed: int = MAX_LISTED) -> str:
        lines = [("INTERRUPTED: re-run the same command to finish. " if self.interrupted else "")
                 + " · ".join(self._parts())]
        where = f" (all: vanban errors --db {shown(db)})" if db else ""
        for title, items in (("failures", self.failures), ("known failures", self.known)):
            if not items:
                continue
            lines.append(f"{title}{where}:")
            lines += [f"  {f.path}: [{f.stage}] {f.message}" for f in items[:max_listed]]
            if len(items) > max_listed:
                lines.append(f"  ... and {len(items) - max_listed} more")
        return "\n".join(lines)


# -- walking -------------------------------------------------------------------------------------


def _skippable_name(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")


def walk(paths: Iterable[Path]) -> tuple[list[Path], Counter]:
    """Supported files under `paths` (sorted, absolute) and a count of skipped suffixes.

    Only names are listed here (no stat of a file): what a file is and holds is
    looked at in a worker, under the per-file time limit.
    """
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
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    consider(Path(dirpath) / name)
        elif os.path.lexists(root):
            consider(root)
        else:
            raise UsageError(f"no such file or folder: {display_path(root)}")
    return found, unsupported


def sha256_file(path: Path, chunk: int = HASH_CHUNK) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def size_limit(path: str | Path, max_bytes: int) -> int:
    return max_bytes if Path(path).suffix.lower() in TEXT_SUFFIXES else max_bytes * BINARY_FACTOR


def _inside(target: str, roots: tuple[str, ...]) -> bool:
    return any(target == r or target.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return name
    return "not a regular file"


# -- the worker side -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerConfig:
    parser: str
    crash_on: str | None
    version: str
    roots: tuple[str, ...]  # real paths a symbolic link may point into
    follow_symlinks: bool
    max_bytes: int
    max_memory_mb: int = 0  # address space of a worker (0: no limit)
    max_cpu_seconds: float = 0.0  # CPU time one file may use (0: no limit)
    limits: Limits = DEFAULT_LIMITS  # DOCX/ZIP, PDF page and image pixel limits (vanban parse's flags)


_parser: Callable | None = None
_cfg: WorkerConfig | None = None
_starts: Any = None  # shared array: when each task slot started in a worker (0.0: not yet)


def load_parser(spec: str) -> Callable:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name or "parse_file")


class CpuLimitExceeded(Exception):
    """Raised in a worker by SIGXCPU: the file used its CPU time."""


def _on_sigxcpu(signum, frame) -> None:
    raise CpuLimitExceeded


def _limit_memory(mb: int) -> None:
    if mb > 0:
        limit = mb * 2**20
        hard = resource.getrlimit(resource.RLIMIT_AS)[1]
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def _limit_cpu(seconds: float) -> None:
    """RLIMIT_CPU counts a process's whole life: allow `seconds` more from now, for this file."""
    if seconds <= 0:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime + seconds) + 1
    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


def _with_limits(parser: Callable, limits: Limits) -> Callable:
    """The parser with the import's file limits; a parser given only a path keeps the defaults."""
    return parser if limits == DEFAULT_LIMITS else functools.partial(parser, limits=limits)


def _init_worker(cfg: WorkerConfig, starts: Any) -> None:
    global _parser, _cfg, _starts
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    signal.signal(signal.SIGXCPU, _on_sigxcpu)
    _parser, _cfg, _starts = _with_limits(load_parser(cfg.parser), cfg.limits), cfg, starts
    try:  # build the spaCy pipeline now, so that a file's time limit counts its parse, not this
        from vanban import load

        load()
    except Exception:  # noqa: BLE001 - the first parse reports whatever is wrong, with its file
        pass
    _limit_memory(cfg.max_memory_mb)  # after the pipeline is built: the limit is for a file's work


def _started(slot: int) -> None:
    """Tell the parent this task runs from now (its time limit counts from here, not from the queue)."""
    if _starts is not None:
        _starts[slot % len(_starts)] = time.monotonic()  # CLOCK_MONOTONIC: one clock for all processes


def _error(stage: str, message: str, sha: str | None = None) -> tuple:
    return ("error", stage, message, sha)


def _too_large(size: int, limit: int) -> tuple:
    return _error("ingest", f"file too large ({size / 2**20:.1f} MB > {limit / 2**20:.0f} MB limit; "
                            "see --max-bytes)")


def _open_checked(path: str, cfg: WorkerConfig) -> tuple[int, os.stat_result] | tuple:
    """Open a regular file without blocking (a FIFO or device is refused, never read)."""
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        target = os.path.realpath(path)
        if not cfg.follow_symlinks and not _inside(target, cfg.roots):
            return _error("ingest", f"symbolic link to {display_path(target)}, outside the imported folders "
                                    "(use --follow-symlinks to read it)")
        st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        return _error("ingest", f"{_kind(st.st_mode)}, not a regular file: not read")
    limit = size_limit(path, cfg.max_bytes)
    if st.st_size > limit:
        return _too_large(st.st_size, limit)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):  # swapped for something else since the lstat
        os.close(fd)
        return _error("ingest", f"{_kind(st.st_mode)}, not a regular file: not read")
    return fd, st


def _probe(path: str, slot: int = 0) -> tuple:
    """What the file is, and the sha256 of its bytes: ("probed", sha, size) or ("error", stage, message, sha)."""
    assert _cfg is not None
    _started(slot)
    try:
        opened = _open_checked(path, _cfg)
        if opened[0] == "error":
            return opened
        fd, _ = opened
        h, size, limit = hashlib.sha256(), 0, size_limit(path, _cfg.max_bytes)
        with os.fdopen(fd, "rb") as f:
            while block := f.read(HASH_CHUNK):
                h.update(block)
                size += len(block)
                if size > limit:  # grew since the stat
                    return _too_large(size, limit)
    except FileNotFoundError:
        return _error("ingest", "file disappeared before it was read")
    except OSError as e:
        return _error("ingest", f"cannot read file: {e.strerror or e}")
    if size == 0:
        return _error("ingest", "empty file (0 bytes)", h.hexdigest())
    return ("probed", h.hexdigest(), size)


def _work(path: str, sha256: str, slot: int = 0) -> tuple:
    """Parse one file: ("ok", DocRows) or ("error", stage, message, None). Never raises for bad input."""
    assert _cfg is not None and _parser is not None
    _started(slot)
    if _cfg.crash_on and os.path.basename(path) == _cfg.crash_on:
        os._exit(1)  # test-only hook (VANBAN_TEST_CRASH_ON): simulate a segfaulting worker
    _limit_cpu(_cfg.max_cpu_seconds)
    try:
        record = _parser(path)
    except CpuLimitExceeded:
        return _error("limit", f"used more than {_cfg.max_cpu_seconds:g} s of CPU time; stopped "
                               "(--max-cpu-seconds raises the limit)")
    except MemoryError:
        return _error("limit", f"needs more than the {_cfg.max_memory_mb} MB of memory a worker may use "
                               "(--max-memory-mb raises the limit)")
    except VanbanError as e:
        return _error(e.stage, e.message)
    except OSError as e:
        return _error("ingest", f"cannot read file: {e.strerror or e}")
    except Exception as e:  # a bug in the pipeline: keep it, keep going
        return _error("extract", f"{type(e).__name__}: {e}")
    try:
        record.source.path = display_path(path)
        record.source.sha256 = record.source.sha256 or sha256  # the bytes actually parsed
        record.pipeline_version = _cfg.version  # the importing process's rules fingerprint
        return ("ok", record_rows(record))
    except Exception as e:
        return _error("store", f"{type(e).__name__}: {e}")


# -- the parent side -----------------------------------------------------------------------------


@dataclass
class _Task:
    path: str  # as walked (may carry surrogate escapes: the exact bytes)
    shown: str  # the store's readable key
    phase: str = "probe"  # probe | parse
    sha256: str | None = None
    size: int | None = None
    stale: bool = False  # its bytes are stored, by an older pipeline version
    slot: int = 0  # where its worker notes when it started (see _started)

    @property
    def raw(self) -> bytes:
        return os.fsencode(self.path)


class _Pools:
    def __init__(self, cfg: WorkerConfig):
        self.ctx = multiprocessing.get_context("forkserver")
        # Effective only before the forkserver starts; spares each recycled worker the imports.
        self.ctx.set_forkserver_preload([*PRELOAD, cfg.parser.partition(":")[0]])
        self.cfg = cfg
        self.starts = self.ctx.RawArray("d", START_SLOTS)
        self.next_slot = 0

    def new(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=self.ctx, initializer=_init_worker,
                                   initargs=(self.cfg, self.starts))

    def submit(self, pool: ProcessPoolExecutor, task: _Task) -> Future:
        task.slot = self.next_slot % START_SLOTS
        self.next_slot += 1
        self.starts[task.slot] = 0.0
        if task.phase == "probe":
            return pool.submit(_probe, task.path, task.slot)
        return pool.submit(_work, task.path, task.sha256 or "", task.slot)

    def running_for(self, task: _Task, now: float) -> float:
        started = self.starts[task.slot]
        return now - started if started else 0.0


KILLED_WORKER_GRACE = 10.0  # seconds a terminated worker gets to die before it is killed outright


def _stop(pool: ProcessPoolExecutor | None) -> None:
    """Shut a pool down now; kill workers still busy (a long OCR would delay exit for minutes)."""
    if pool is None:
        return
    procs = list((getattr(pool, "_processes", None) or {}).values())  # private, but no public way
    results = getattr(pool, "_result_queue", None)  # private too; shutdown forgets both
    pool.shutdown(wait=False, cancel_futures=True)
    busy = [p for p in procs if p.is_alive()]
    for p in busy:
        p.terminate()
    if busy:
        _release_result_pipe(results, procs)


def _release_result_pipe(results: Any, procs: list[Any]) -> None:
    """A worker killed while it sends a result leaves half a message in the pool's result pipe; the pool's
    manager thread then waits for the rest forever, and interpreter exit joins that thread, so an
    interrupted import never exits. Once every worker is dead, closing this process's copy of the pipe's
    writing end (the last one) gives that read an end of file, which the manager takes for a broken pool."""
    for p in procs:
        p.join(KILLED_WORKER_GRACE)
        if p.is_alive():
            p.kill()
            p.join()
    writer = getattr(results, "_writer", None)  # the pool's SimpleQueue: private, as above
    if writer is not None:
        writer.close()


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


class ImportLock:
    """One import per store: an exclusive lock on `DB.lock`, released by the OS if the holder dies."""

    def __init__(self, db: Path, say: Callable[[str], None]):
        self.path = Path(str(db) + ".lock")
        self.say = say
        self.file: IO[str] | None = None

    def __enter__(self) -> ImportLock:
        self.file = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.file.seek(0)
            holder = self.file.read().strip() or "another process"
            self.say(f"vanban import: another import into {display_path(self.path.with_suffix(''))} is running "
                     f"({holder}); waiting for it to finish...")
            fcntl.flock(self.file, fcntl.LOCK_EX)
        self.file.seek(0)
        self.file.truncate()
        self.file.write(f"pid {os.getpid()}")
        self.file.flush()
        return self

    def __exit__(self, *exc) -> None:
        if self.file is not None:
            self.file.truncate(0)
            fcntl.flock(self.file, fcntl.LOCK_UN)
            self.file.close()


class _Importer:
    """The parent's side of one import: decides per file, writes the store, keeps the counts."""

    def __init__(self, store: Store, s: ImportSummary, version: str, reparse: bool, keep_stale: bool,
                 bar: _Progress, started: float):
        self.store, self.s, self.version = store, s, version
        self.reparse, self.keep_stale = reparse, keep_stale
        self.bar, self.started = bar, started
        self.index: dict[str, FileState] = store.file_index()
        self.stored = store.stored_shas()
        self.claimed: set[str] = set()  # bytes being parsed in this run
        self.waiting: dict[str, list[_Task]] = {}  # bytes -> other paths with them, stored after the first
        self.ready: deque[_Task] = deque()  # probed files to parse

    def fail(self, task: _Task, stage: str, message: str, sha: str | None = None, remember: bool = True) -> None:
        self.store.record_error(task.shown, sha, stage, message, self.version, task.size, remember=remember,
                                raw_path=task.raw)
        self.s.failures.append(Failure(task.shown, stage, message))

    def _count(self, name: str) -> None:
        setattr(self.s, name, getattr(self.s, name) + 1)

    def decide(self, task: _Task, sha: str, size: int) -> None:
        """After the probe: skip, known failure, copy/move of stored bytes, or parse."""
        task.sha256, task.size = sha, size
        prior = self.index.get(task.shown)
        if prior and prior.sha256 == sha and not self.reparse:
            if prior.pipeline_version == self.version and prior.status in ("ok", "error"):
                if prior.status == "ok":
                    self._count("skipped")
                else:
                    self._count("known_failures")
                    self.s.known.append(Failure(task.shown, "", ""))
                return
            task.stale = prior.status == "ok" and prior.pipeline_version != self.version
            if prior.status == "ok" and self.keep_stale:
                self._count("skipped")
                return
        if sha in self.claimed:
            self.waiting.setdefault(sha, []).append(task)
            return
        same_file = prior is not None and prior.sha256 == sha
        stored_by = self.stored.get(sha)
        if not same_file and stored_by is not None and not self.reparse \
                and (stored_by == self.version or self.keep_stale) and self._add_path(task):
            return
        task.stale = task.stale or (stored_by is not None and stored_by != self.version)
        self.claimed.add(sha)
        task.phase = "parse"
        self.ready.append(task)

    def _add_path(self, task: _Task) -> bool:
        assert task.sha256 is not None
        done = self.store.add_path(task.shown, task.sha256, task.size, task.raw)
        if done is None:
            return False
        self._count("moved" if done.kind == "move" else "duplicates")
        return True

    def settle(self, task: _Task, result: tuple) -> None:
        if result[0] == "probed":
            self.decide(task, result[1], result[2])
        elif result[0] == "ok":
            self._stored(task, result[1])
        else:
            sha = result[3] or task.sha256
            prior = self.index.get(task.shown)
            if (task.phase == "probe" and sha and prior and prior.sha256 == sha and prior.status == "error"
                    and prior.pipeline_version == self.version and not self.reparse):
                self._count("known_failures")  # an empty file, still empty
                self.s.known.append(Failure(task.shown, "", ""))
                return
            self.fail(task, result[1], result[2], sha)
            self._release(task, result[1], result[2])
        self.bar.update(self.s, self.started)

    def _stored(self, task: _Task, rows: DocRows) -> None:
        try:
            done = self.store.store_file(rows, task.size, task.raw)
        except Exception as e:
            self.fail(task, "store", f"{type(e).__name__}: {e}", task.sha256)
            self._release(task, "store", f"{type(e).__name__}: {e}")
            return
        self.s.imported += 1
        if done.kind == "version":
            self.s.changed += 1
        elif task.stale and done.kind == "reparse":
            self.s.reparsed += 1
        self.s.corrections_agree += done.agree
        self.s.corrections_review += done.review
        self.stored[rows.sha256 or ""] = rows.pipeline_version
        self._release(task)

    def _release(self, task: _Task, stage: str | None = None, message: str = "") -> None:
        """The first file with these bytes is settled: store or fail the other paths that hold them."""
        # no longer being parsed: a path probed from now on is a copy of stored bytes (or parsed itself
        # if they failed), never left waiting for a release that already happened
        self.claimed.discard(task.sha256 or "")
        for other in self.waiting.pop(task.sha256 or "", []):
            if stage is None and self._add_path(other):
                continue
            self.fail(other, stage or "store", f"same bytes as {task.shown}, which failed: {message}",
                      other.sha256)

    def name_known(self) -> None:
        """Fill in the stage and message of each known failure (from the errors table)."""
        if not self.s.known:
            return
        stored = {e["path"]: e for e in self.store.errors()}
        for f in self.s.known:
            e = stored.get(f.path)
            if e:
                f.stage, f.message = e["stage"], e["message"]
            else:
                f.stage, f.message = "?", "failed before (no message kept)"

    def count_gone(self, roots: list[Path], walked: set[str]) -> None:
        prefixes = [display_path(r.absolute()) for r in roots]
        for path in self.store.file_index():  # after the run: a moved file's old path is gone already
            if path in walked or not any(path == p or path.startswith(p.rstrip("/") + "/") for p in prefixes):
                continue
            if not os.path.lexists(path):
                self.s.gone += 1


# Where files are probed and parsed: (importer, tasks, worker config, workers, timeout, clock) -> None.
# The default runs process pools here (_run_pools); vanban.store.ray_engine spreads them over Ray.
# Every engine settles results through the same _Importer, so the store is written the same way.
Engine = Callable[["_Importer", "list[_Task]", WorkerConfig, int, float, Callable[[], float]], None]


def _roots_for_links(paths: list[Path]) -> tuple[str, ...]:
    return tuple(os.path.realpath(p) for p in paths)


def run_import(paths: list[Path], db: Path | str, workers: int | None = None, reparse: bool = False,
               progress: bool = True, *, max_bytes: int = DEFAULT_MAX_BYTES,
               parser: str = DEFAULT_PARSER, recycle_every: int = 500, timeout: float = DEFAULT_TIMEOUT,
               keep_stale: bool = False, follow_symlinks: bool = False,
               max_memory_mb: int = DEFAULT_MAX_MEMORY_MB, max_cpu_seconds: float = DEFAULT_MAX_CPU_SECONDS,
               limits: Limits = DEFAULT_LIMITS,
               clock: Callable[[], float] = time.monotonic, engine: Engine | None = None,
               _after_walk: Callable[[list[Path]], None] | None = None) -> ImportSummary:
    """Import every supported file under `paths` into the store `db` (a SQLite file or a PostgreSQL URL).

    A file still being probed or parsed after `timeout` seconds (a runaway regex, a stuck
    converter, a hung share) is recorded as an error with stage "timeout"; its pool is
    stopped and the other files in flight are submitted again, so one bad file never stalls
    the batch.

    `clock` is what a file's time in a worker is measured with (tests pass one that jumps ahead);
    workers note their start with time.monotonic.
    `engine` runs the workers (default: process pools on this machine, see Engine).
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
    cfg = WorkerConfig(parser, os.environ.get(CRASH_ENV), version, _roots_for_links(paths), follow_symlinks,
                       max_bytes, max_memory_mb, max_cpu_seconds, limits)
    # one import at a time into a SQLite file; into PostgreSQL several run at once (writers take turns
    # per document inside the database: vanban.store.sql)
    lock: AbstractContextManager = nullcontext() if is_url(db) else ImportLock(Path(db), lambda m: print(m, file=sys.stderr))
    with lock:
        store = Store(db)
        try:
            log = store.begin_import([os.fspath(p) for p in paths])
            imp = _Importer(store, s, version, reparse, keep_stale, _Progress(progress and sys.stderr.isatty(),
                                                                                s.found), started)
            tasks = [_Task(os.fspath(p), display_path(p)) for p in files]
            if engine is None:
                _run_pools(imp, tasks, _Pools(cfg), workers, recycle_every, timeout, clock)
            else:
                engine(imp, tasks, cfg, workers, timeout, clock)
            imp.count_gone(paths, {t.shown for t in tasks})
            imp.name_known()
            if imp.s.imported or imp.s.moved:
                from vanban.graph.copies import mark_copies

                store._tx(lambda: mark_copies(store.conn))
            s.elapsed = time.monotonic() - started
            store.end_import(log, s.figures())
        finally:
            store.close()
    s.elapsed = time.monotonic() - started
    return s


class _Loop:
    """The pools: submit probes and parses, watch for dead workers and files over the time limit."""

    def __init__(self, imp: _Importer, pools: _Pools, workers: int, recycle_every: int, timeout: float,
                 clock: Callable[[], float]):
        self.imp, self.pools, self.workers = imp, pools, workers
        self.recycle_every, self.timeout, self.clock = recycle_every, timeout, clock
        self.pool = pools.new(workers)
        self.alive: list[ProcessPoolExecutor] = [self.pool]  # the current pool and retired ones finishing
        self.submitted = 0  # to the current pool
        self.inflight: dict[Future, _Task] = {}

    def fresh(self) -> None:
        """Stop every pool (after a crash or a timeout) and start a new one."""
        for p in self.alive:
            _stop(p)
        self.pool, self.submitted = self.pools.new(self.workers), 0
        self.alive[:] = [self.pool]

    def submit(self, task: _Task) -> None:
        if self.submitted >= self.recycle_every * self.workers:
            self.pool.shutdown(wait=False)  # finishes its files, then its workers exit
            self.pool, self.submitted = self.pools.new(self.workers), 0
            self.alive.append(self.pool)
        try:
            fut = self.pools.submit(self.pool, task)
        except BrokenProcessPool:  # died since the last wait; its futures say so there
            self.pool, self.submitted = self.pools.new(self.workers), 0
            self.alive.append(self.pool)
            fut = self.pools.submit(self.pool, task)
        self.inflight[fut] = task
        self.submitted += 1

    def fill(self, pending: Iterator[_Task], stop: _StopFlag) -> bool:
        """Keep the workers busy (files to parse first); False when nothing is left to submit."""
        window = self.workers * 4
        while len(self.inflight) < window and not stop.requested:
            task = self.imp.ready.popleft() if self.imp.ready else next(pending, None)
            if task is None:
                return False
            self.submit(task)
        return True

    def collect(self, stop: _StopFlag) -> None:
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
                self.imp.settle(task, fut.result())
        if broken:
            self.fresh()
            self.isolate(suspects, stop)
            self.fresh()
            return
        self.check_time()

    def check_time(self) -> None:
        now = self.clock()
        hung = [f for f, t in self.inflight.items() if self.pools.running_for(t, now) > self.timeout]
        if not hung:
            return
        for p in self.alive:
            _stop(p)
        for fut in hung:
            task = self.inflight.pop(fut)
            what = "reading" if task.phase == "probe" else "parsing"
            self.imp.fail(task, "timeout", f"{what} took longer than {self.timeout:g} s; the worker was stopped",
                          task.sha256, remember=False)
            self.imp._release(task, "timeout", "timed out")
        rest = list(self.inflight.values())
        self.inflight.clear()
        self.fresh()
        for task in rest:  # stopped with the hung one: run them again
            self.submit(task)

    def isolate(self, suspects: list[_Task], stop: _StopFlag) -> None:
        """Re-run the files of a broken pool one by one: only a file that kills a worker again fails."""
        pool = None
        try:
            for task in suspects:
                if stop.requested:
                    return
                pool = pool or self.pools.new(1)
                try:
                    self.imp.settle(task, self.pools.submit(pool, task).result())
                except BrokenProcessPool:
                    _stop(pool)
                    pool = None
                    self.imp.fail(task, CRASH_STAGE, "worker process died while reading this file "
                                  "(crash, kill or out of memory)", task.sha256, remember=False)
                    self.imp._release(task, CRASH_STAGE, "its worker died")
        finally:
            _stop(pool)


class TaskLoop(Protocol):
    """What drive() needs of an engine's loop: submit what fits, settle what finished."""

    inflight: Any  # what is submitted and not settled yet (sized)

    def fill(self, pending: Iterator[_Task], stop: _StopFlag) -> Any: ...

    def collect(self, stop: _StopFlag) -> None: ...


def drive(loop: TaskLoop, imp: _Importer, tasks: list[_Task], stop: _StopFlag) -> None:
    """Feed `tasks` through an engine's loop until all are settled or Ctrl-C (every engine's main loop)."""
    pending = iter(tasks)
    while not stop.requested:
        loop.fill(pending, stop)
        if not loop.inflight and not imp.ready:
            break
        if loop.inflight:
            loop.collect(stop)
    imp.s.interrupted = stop.requested


def _run_pools(imp: _Importer, tasks: list[_Task], pools: _Pools, workers: int, recycle_every: int,
               timeout: float, clock: Callable[[], float]) -> None:
    stop = _StopFlag()
    loop: _Loop | None = None
    try:
        stop.install()
        loop = _Loop(imp, pools, workers, recycle_every, timeout, clock)
        drive(loop, imp, tasks, stop)
    except KeyboardInterrupt:  # a second Ctrl-C: abort at once (the open transaction rolls back)
        imp.s.interrupted = True
    finally:
        stop.uninstall()
        if loop is not None:
            for p in loop.alive:
                _stop(p)
        imp.bar.close(imp.s, imp.started)

