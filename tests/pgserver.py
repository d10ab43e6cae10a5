"""A throwaway PostgreSQL server for the tests: initdb into a temporary folder, listen on a unix socket
there (no TCP port), one fresh database per test, everything stopped and removed afterwards (by a
watcher process too when the tests are killed).

initdb and postgres refuse to run as root: as root they run as the `postgres` user (runuser), the
folder being handed to it. Without PostgreSQL binaries the PostgreSQL-parametrized tests skip
(`make test` installs them: scripts/install_system_deps.sh).
"""

from __future__ import annotations

import glob
import itertools
import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"
START_TIMEOUT = 60  # seconds pg_ctl waits for the server
WATCH_INTERVAL = 2  # seconds between the watcher's looks at the test process
TEMPLATE = "vb_template"  # a database with the store's tables: each test's database is a copy
SERVER_SETTINGS = ("-c fsync=off -c full_page_writes=off -c synchronous_commit=off "  # a test server: speed
                   "-c listen_addresses='' -c max_connections=100")


def pg_bin() -> Path | None:
    """The folder of initdb/pg_ctl: on PATH, else Debian's versioned folder (newest first)."""
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    folders = sorted(glob.glob(PG_BIN_GLOB), key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0)
    return Path(folders[-1]) if folders and (Path(folders[-1]) / "initdb").exists() else None


class PgServer:
    """Start with start(); url(name) names a database on it; stop() removes everything."""

    def __init__(self, bin_dir: Path):
        self.bin = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="vbpg", dir="/tmp"))  # short: a socket path has 107 bytes
        self.data = self.dir / "data"
        self._names = itertools.count(1)
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=START_TIMEOUT)

    def start(self) -> None:
        if self._as_postgres:
            shutil.chown(self.dir, "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        self._watch()
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "log"), "-w", "-t", str(START_TIMEOUT),
                  "-o", f"-k {self.dir} {SERVER_SETTINGS}", "start")
        self._template()

    def _watch(self) -> None:
        """pg_ctl leaves the server running on its own: a watcher stops it and removes the folder once this
        process is gone, also when it is killed (a timeout, Ctrl-C twice) and stop() never ran."""
        stop = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]
        if self._as_postgres:
            stop = ["runuser", "-u", "postgres", "--", *stop]
        script = (f"while kill -0 {os.getpid()} 2>/dev/null; do sleep {WATCH_INTERVAL}; done; "
                  f"if [ -f {shlex.quote(str(self.data / 'postmaster.pid'))} ]; then {shlex.join(stop)}; fi; "
                  f"rm -rf {shlex.quote(str(self.dir))}")
        subprocess.Popen(["sh", "-c", script], start_new_session=True, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.dir}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as c:
            c.execute(sql.encode())

    def _template(self) -> None:
        from vanban.store.db import Store

        self.admin(f"CREATE DATABASE {TEMPLATE}")
        Store(self.url(TEMPLATE)).close()  # the tables, the search index and unaccent, made once

    def new_database(self) -> str:
        name = f"t{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def drop(self, url: str) -> None:
        name = url.split("/")[-1].split("?")[0]
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
