"""`vanban import PATH --engine ray [--address ADDR]`: the bulk import with its files spread over a Ray cluster.

Only where files are probed and parsed changes. Each file is two Ray tasks, running the default engine's
own per-file functions (vanban.store.bulk._probe: read, limits, sha256; bulk._work: parse, error stages,
the VANBAN_TEST_CRASH_ON hook); this process decides per file and writes the store through the same
bulk._Importer, so the summary, the progress display, resuming and idempotence are the default engine's.
A scan's pages are OCR'd as page tasks of their own (ingest.ocr's page map), so one long file spreads over
the cluster too: the file's task waits for them without holding its CPU (Ray lends it to the pages).

- Files are read where they are: every node must see the imported paths (a shared mount).
- Without --address a local Ray is started for the import (loopback only, --workers CPUs, no dashboard)
  and shut down after it. An already initialised Ray (a test's, a notebook's) is used as it is and left
  running.
- The per-file limits are the default engine's (--max-cpu-seconds, --timeout) except --max-memory-mb: a Ray
  worker maps the object store, so its memory is watched by Ray's memory monitor instead.
- A worker or node that dies mid-task: Ray runs the task again (RETRIES times); a file that still kills
  its worker is recorded with stage "crash" and not remembered as a known failure (the next run retries
  it). Nothing else is lost: other files' tasks are independent.
- At most as many tasks are in flight as the cluster has CPUs, so a task starts when it is submitted and
  the per-file time limit (--timeout) counts from submission; a task over it is cancelled (its worker is
  killed) and the file recorded with stage "timeout".

Ray is an optional extra (`pip install vanban[ray]`); nothing on the default path imports this module.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import importlib.util
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

from vanban.errors import CRASH_STAGE
from vanban.store import bulk
from vanban.store.bulk import UsageError, WorkerConfig

RETRIES = 2  # Ray re-runs a task whose worker died this many times before its file counts as a crash
POLL = 0.25  # seconds between looks at Ctrl-C and the time limit while tasks run
OBJECT_STORE_BYTES = 128 * 2**20  # a local Ray's shared memory: results are a few records in flight
# Ray resolves "127.0.0.1" to the machine's address unless clustering is off; off means loopback only.
LOOPBACK_ENV = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"
INSTALL_HINT = "the ray engine needs Ray: pip install 'vanban[ray]'"


def _ray() -> Any:
    try:
        import ray
    except ImportError as e:
        raise UsageError(INSTALL_HINT) from e
    return ray


# -- the worker side -----------------------------------------------------------------------------


def _configure(cfg: WorkerConfig) -> None:
    """Give this Ray worker process the default engine's worker state (once per process and config)."""
    if bulk._cfg != cfg or bulk._parser is None:
        bulk._init_worker(cfg, None)  # no start-time slots: the driver times tasks from submission


def file_task(cfg: WorkerConfig, phase: str, path: str, sha256: str) -> tuple:
    """One file's probe or parse in a Ray worker: the same tuples as bulk._probe and bulk._work."""
    _configure(cfg)
    if phase == "probe":
        return bulk._probe(path)
    from vanban.ingest import ocr

    ocr.use_page_map(functools.partial(page_map, cfg))
    return bulk._work(path, sha256)


def page_map(cfg: WorkerConfig, fn: Callable[[Any], Any], pages: list[Any]) -> list[Any]:
    """[fn(page) for page in pages] as Ray tasks, one a page, in page order (ingest.ocr's page map)."""
    remote = _page_remote()
    return list(_ray().get([remote.remote(cfg, fn, p) for p in pages]))


@functools.cache
def _page_remote() -> Any:
    """page_task as a Ray remote function, made once per worker process (not once per scan)."""
    return _ray().remote(num_cpus=1, max_retries=RETRIES)(page_task)


def page_task(cfg: WorkerConfig, fn: Callable[[Any], Any], page: Any) -> Any:
    """One page in a Ray worker, under the per-file CPU limit (the worker may have run a file before)."""
    _configure(cfg)
    bulk._limit_cpu(cfg.max_cpu_seconds)
    return fn(page)


# -- the cluster ---------------------------------------------------------------------------------


def start_local(num_cpus: int) -> None:
    """Start a Ray on this machine for this process: loopback only, `num_cpus` CPUs, no dashboard.

    Its workers get this process's module path, so a parser named by --parser loads there too.
    """
    os.environ.setdefault(LOOPBACK_ENV, "0")  # read when ray is first imported
    ray = _ray()
    from ray._private import ray_constants  # already imported (by a test, a notebook): the same switch

    ray_constants.ENABLE_RAY_CLUSTER = False
    pythonpath = os.pathsep.join(p for p in sys.path if p)
    ray.init(num_cpus=num_cpus, include_dashboard=False, log_to_driver=False, configure_logging=False,
             object_store_memory=OBJECT_STORE_BYTES, runtime_env={"env_vars": {"PYTHONPATH": pythonpath}})


@contextlib.contextmanager
def cluster(address: str | None, workers: int) -> Iterator[Any]:
    """Ray, ready: joined at `address`, or a local one started (and shut down after) when none runs."""
    if "ray" in sys.modules and _ray().is_initialized():
        yield _ray()
        return
    if address:
        try:
            _ray().init(address=address, log_to_driver=False, configure_logging=False)
        except (ConnectionError, RuntimeError, ValueError) as e:
            raise UsageError(f"cannot join the Ray cluster at {address}: {e}") from e
    else:
        start_local(workers)
    ray = _ray()
    try:
        yield ray
    finally:
        ray.shutdown()


# -- the driver loop -----------------------------------------------------------------------------


class _RayLoop:
    """Submit probes and parses as Ray tasks, settle their results, watch the time limit and dead workers."""

    def __init__(self, ray: Any, imp: bulk._Importer, cfg: WorkerConfig, timeout: float,
                 clock: Callable[[], float]):
        self.ray, self.imp, self.timeout, self.clock = ray, imp, timeout, clock
        self.cfg_ref = ray.put(cfg)
        self.remote = ray.remote(num_cpus=1, max_retries=RETRIES, retry_exceptions=False)(file_task)
        self.window = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.inflight: dict[Any, tuple[bulk._Task, float]] = {}  # ObjectRef -> (task, submitted at)

    def fill(self, pending: Iterator[bulk._Task], stop: bulk._StopFlag) -> None:
        """Keep every CPU busy, files to parse first."""
        while len(self.inflight) < self.window and not stop.requested:
            task = self.imp.ready.popleft() if self.imp.ready else next(pending, None)
            if task is None:
                return
            ref = self.remote.remote(self.cfg_ref, task.phase, task.path, task.sha256 or "")
            self.inflight[ref] = (task, self.clock())

    def collect(self, stop: bulk._StopFlag) -> None:  # Ctrl-C is seen between waits of POLL seconds
        refs = list(self.inflight)
        ready, _ = self.ray.wait(refs, num_returns=1, timeout=POLL)
        if ready:  # and whatever else is finished by now
            ready, _ = self.ray.wait(refs, num_returns=len(refs), timeout=0)
        for ref in ready:
            task, _started = self.inflight.pop(ref)
            self.settle(task, ref)
        self.check_time()

    def settle(self, task: bulk._Task, ref: Any) -> None:
        exc = self.ray.exceptions
        try:
            result = self.ray.get(ref)
        except (exc.WorkerCrashedError, exc.NodeDiedError, exc.ObjectLostError) as e:
            self.lost(task, CRASH_STAGE, f"worker process died while reading this file {RETRIES + 1} times "
                                         f"(crash, kill or out of memory): {type(e).__name__}")
            return
        except exc.RayTaskError as e:  # the worker could not run the task at all (parser not importable)
            self.lost(task, "worker", f"{type(e.cause).__name__}: {e.cause}")
            return
        self.imp.settle(task, result)

    def lost(self, task: bulk._Task, stage: str, message: str) -> None:
        """A file whose worker failed, not the file itself: recorded, not remembered (a re-run retries it)."""
        self.imp.fail(task, stage, message, task.sha256, remember=False)
        self.imp._release(task, stage, message)
        self.imp.bar.update(self.imp.s, self.imp.started)

    def check_time(self) -> None:
        now = self.clock()
        hung = [ref for ref, (_, since) in self.inflight.items() if now - since > self.timeout]
        for ref in hung:
            task, _ = self.inflight.pop(ref)
            self.ray.cancel(ref, force=True)  # kills its worker; Ray starts another
            what = "reading" if task.phase == "probe" else "parsing"
            self.lost(task, "timeout", f"{what} took longer than {self.timeout:g} s; the worker was stopped")

    def cancel_all(self) -> None:
        for ref in self.inflight:
            self.ray.cancel(ref, force=True)
        self.inflight.clear()


def make_engine(address: str | None = None) -> bulk.Engine:
    """The engine for bulk.run_import(engine=...): files over the Ray cluster at `address` (None: a local one)."""
    if importlib.util.find_spec("ray") is None:  # say so before the store is opened (not imported yet:
        raise UsageError(INSTALL_HINT)  # start_local sets how it binds first)

    def run(imp: bulk._Importer, tasks: list[bulk._Task], cfg: WorkerConfig, workers: int, timeout: float,
            clock: Callable[[], float]) -> None:
        # Ray maps its object store into every worker: an address-space limit would break the worker,
        # so memory is left to Ray's own monitor (a worker it kills is retried, then a "crash").
        cfg = dataclasses.replace(cfg, max_memory_mb=0)
        stop = bulk._StopFlag()
        try:
            # Ray prints its workers' deaths on stdout from a thread: keep stdout for the summary
            with contextlib.redirect_stdout(sys.stderr), cluster(address, workers) as ray:
                stop.install()
                loop = _RayLoop(ray, imp, cfg, timeout, clock)
                bulk.drive(loop, imp, tasks, stop)
                loop.cancel_all()
        except KeyboardInterrupt:  # a second Ctrl-C: abort at once (the open transaction rolls back)
            imp.s.interrupted = True
        finally:
            stop.uninstall()
            imp.bar.close(imp.s, imp.started)

    return run
