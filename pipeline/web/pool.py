"""A bounded pool of parser processes for the web app: a hung or crashing file takes down nothing.

Each worker is its own process (from a forkserver with vanban preloaded) talking over a pipe,
so the server can stop exactly the worker whose file overran the time limit or killed it and
start a fresh one, while the others go on. ProcessPoolExecutor cannot do that: one dead worker
breaks the whole pool and every request in flight.

Back-pressure as GROBID's service does it: at most `workers + queue` parses are admitted (running
or waiting for a free worker); the next request is refused at once with `Busy` (HTTP 503 and a
Retry-After estimated from recent parse times) instead of waiting without bound.
"""

from __future__ import annotations

import asyncio
import importlib
import math
import multiprocessing
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from vanban.errors import CRASH_STAGE
from vanban.ingest.limits import Limits

PRELOAD = ("vanban", "vanban.language", "vanban.assemble", "vanban.ingest", "vanban.web.pool")
DEFAULT_RECYCLE = 500  # parses per worker before it is replaced (bounds slow growth, e.g. fragmentation)
STOP_GRACE_S = 2.0  # a worker asked to stop gets this long before it is killed
EWMA_WEIGHT = 0.2  # how fast the Retry-After estimate follows recent parse times
FIRST_ESTIMATE_S = 1.0  # assumed parse time before anything was measured
LIMIT_FLAG = "--max-"  # ingest names the flag that raises an exceeded limit (vanban.ingest.limits)


class Busy(Exception):
    """Every worker is busy and the waiting line is full."""

    def __init__(self, retry_after: int):
        super().__init__(f"the parser is busy; retry in {retry_after} s")
        self.retry_after = retry_after


@dataclass
class Outcome:
    """What a parse came to: a record (JSON text) or the stage and message of the failure."""

    ok: bool
    record_json: str | None = None
    stage: str | None = None
    message: str | None = None
    over_limit: bool = False  # a resource limit (pages, pixels, ZIP size) refused the file


# -- the worker process ----------------------------------------------------------------------------

DEFAULT_PARSER = "vanban:parse_file"


def load_parser(spec: str) -> Callable:
    """'module:function' -> the function (tests pass a parser that hangs or crashes on demand)."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name or "parse_file")


def parse_one(parser: Callable, path: str, name: str, limits: Limits) -> Outcome:
    """Parse one uploaded file; never raises for bad input (the stage and message say what failed)."""
    from vanban import VanbanError
    from vanban.errors import plain

    try:
        record = parser(path, limits=limits)
    except VanbanError as e:
        return Outcome(False, stage=e.stage, message=e.message, over_limit=LIMIT_FLAG in e.message)
    except OSError as e:
        return Outcome(False, stage="ingest", message=f"cannot read file: {plain(e)}")
    except Exception as e:  # a bug in the pipeline: report it like import does, keep serving
        return Outcome(False, stage="extract", message=f"{type(e).__name__}: {plain(e)}")
    record.source.path = name  # the client's file name, not the server's temporary copy
    return Outcome(True, record_json=record.model_dump_json())


def _worker_main(conn: Connection, limits: Limits, parser_spec: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server handles Ctrl-C and stops us
    from vanban import load

    parser = load_parser(parser_spec)
    load()  # build the pipeline before the first file, not during it
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        path, name = job
        conn.send(parse_one(parser, path, name, limits))


# -- the server side -------------------------------------------------------------------------------

class _Worker:
    def __init__(self, ctx: Any, limits: Limits, parser: str):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, limits, parser), daemon=True)
        self.proc.start()
        child.close()
        self.jobs = 0

    async def run(self, job: tuple, timeout: float) -> Outcome:
        """Send a job and wait for its answer; TimeoutError or EOFError (the process died) otherwise."""
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = self.conn.fileno()
        def readable() -> None:
            if not ready.done():
                ready.set_result(None)

        loop.add_reader(fd, readable)
        try:
            self.conn.send(job)
            self.jobs += 1
            await asyncio.wait_for(ready, timeout)
            return self.conn.recv()  # raises EOFError when the process died instead of answering
        finally:
            loop.remove_reader(fd)

    def stop(self, kill: bool = False) -> None:
        """Ask the process to finish (or kill it) and reap it."""
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                kill = True
        if not kill:
            self.proc.join(STOP_GRACE_S)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(STOP_GRACE_S)
        self.conn.close()


class ParsePool:
    """`workers` parser processes; at most `workers + queue` parses admitted at once."""

    def __init__(self, workers: int = 2, queue: int | None = None, timeout: float = 120.0,
                 limits: Limits | None = None, recycle_every: int = DEFAULT_RECYCLE, parser: str = DEFAULT_PARSER):
        self.workers = max(1, workers)
        self.capacity = self.workers + (self.workers if queue is None else max(0, queue))
        self.timeout = timeout
        self.limits = limits or Limits()
        self.recycle_every = recycle_every
        self.parser = parser
        self.admitted = 0
        self.parsed = 0
        self.restarts = 0
        self._avg = FIRST_ESTIMATE_S
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: list[_Worker] = []
        self._ctx = multiprocessing.get_context("forkserver")

    def start(self) -> None:
        """Start the workers (call from the event loop that will use the pool)."""
        self._ctx.set_forkserver_preload([*PRELOAD, self.parser.partition(":")[0]])
        self._idle = asyncio.Queue()
        for _ in range(self.workers):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> _Worker:
        w = _Worker(self._ctx, self.limits, self.parser)
        self._all.append(w)
        return w

    def _replace(self, w: _Worker, kill: bool) -> _Worker:
        """A fresh worker in place of `w`; a graceful stop is reaped off the event loop."""
        self._all.remove(w)
        if kill:
            w.stop(kill=True)  # kill and reap take milliseconds
        else:
            asyncio.get_running_loop().run_in_executor(None, w.stop)
        self.restarts += 1
        return self._spawn()

    def retry_after(self) -> int:
        """Seconds until a place is likely free: the line ahead of a new request, at the recent pace."""
        return max(1, math.ceil(self._avg * self.admitted / self.workers))

    async def parse(self, path: str, name: str) -> Outcome:
        """Parse a file in a worker. Raises Busy when the pool is full (nothing is queued then)."""
        if self._idle is None:
            raise RuntimeError("ParsePool.start() was not called")
        if self.admitted >= self.capacity:
            raise Busy(self.retry_after())
        self.admitted += 1
        try:
            worker = await self._idle.get()
            outcome, worker = await self._run(worker, (path, name))
            self._idle.put_nowait(worker)
            return outcome
        finally:
            self.admitted -= 1

    async def _run(self, worker: _Worker, job: tuple) -> tuple[Outcome, _Worker]:
        """The outcome, and the worker to put back: a new one when this one overran, died or is worn."""
        started = time.monotonic()
        try:
            outcome = await worker.run(job, self.timeout)
        except asyncio.TimeoutError:
            return Outcome(False, stage="timeout", message=f"parsing took longer than {self.timeout:g} s; "
                           "the worker was stopped"), self._replace(worker, kill=True)
        except (EOFError, OSError) as e:
            return Outcome(False, stage=CRASH_STAGE, message=f"the parser process died on this file ({e!r})"), \
                self._replace(worker, kill=True)
        except asyncio.CancelledError:  # the client went away mid-parse: the worker's answer is unwanted
            assert self._idle is not None
            self._idle.put_nowait(self._replace(worker, kill=True))
            raise
        self._avg += EWMA_WEIGHT * (time.monotonic() - started - self._avg)
        self.parsed += 1
        if self.recycle_every and worker.jobs >= self.recycle_every:
            worker = self._replace(worker, kill=False)
        return outcome, worker

    def pids(self) -> list[int]:
        return [w.proc.pid for w in self._all if w.proc.pid is not None]

    def stats(self) -> dict:
        return {"workers": self.workers, "capacity": self.capacity, "admitted": self.admitted,
                "parsed": self.parsed, "restarts": self.restarts, "timeout_s": self.timeout}

    def close(self) -> None:
        for w in self._all:
            w.stop()
        self._all.clear()
        self._idle = None
