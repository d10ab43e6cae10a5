"""Several `vanban import` processes writing one PostgreSQL store at once: one transaction per document,
every file stored once, nothing lost (a SQLite store takes one import at a time: bulk.ImportLock)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_bulk import DRIVER, _env, make_corpus

from vanban.store.db import Store

ROOT = Path(__file__).resolve().parents[2]
PER_FOLDER = 12  # documents in each of the two folders
PARSER = "test_bulk:slow_parse_file"  # 20 ms more a file: the two runs overlap on any machine


def _start(paths: list[Path], db: str) -> subprocess.Popen:
    cmd = [sys.executable, "-c", DRIVER, *map(str, paths), "--db", db, "--workers", "1", "--no-progress",
           "--parser", PARSER]
    return subprocess.Popen(cmd, env=_env(), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_two_imports_of_overlapping_folders_at_once_store_every_file_once(tmp_path: Path, pg_server) -> None:
    share = tmp_path / "share"
    a = make_corpus(share / "a", PER_FOLDER)
    (share / "b").mkdir()
    more = make_corpus(tmp_path / "gen", 2 * PER_FOLDER)[PER_FOLDER:]  # texts other than a's
    b = [p.rename(share / "b" / p.name) for p in more]
    shutil.copyfile(a[3], share / "b" / "copy_of_a3.txt")  # the same bytes under two paths: one document
    db = pg_server.new_database()
    runs = [_start([share], db), _start([share / "b", share / "a"], db)]  # the second walks b first
    outs = [p.communicate(timeout=600) for p in runs]
    for proc, (out, err) in zip(runs, outs, strict=True):
        assert proc.returncode == 0, (out, err)
    files = sorted(str(p) for p in share.rglob("*.txt"))
    with Store(db) as st:
        assert st.check_whole() == []
        assert st.counts()["documents"] == len(a) + len(b)  # the copy is not a document of its own
        stored = st.conn.execute("SELECT path, status, doc_id FROM files ORDER BY path").fetchall()
        assert [p for p, _s, _d in stored] == files  # every path once, none lost
        assert all(s == "ok" and d for _p, s, d in stored)
        assert st.conn.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
        for (summary,) in st.conn.execute("SELECT summary FROM imports"):  # each run accounts for every file
            n = json.loads(summary)
            assert n["found"] == n["imported"] + n["duplicates"] + n["skipped"] + n["moved"] == len(files), n
        assert st.conn.execute("SELECT count(DISTINCT sha256) FROM documents").fetchone()[0] == len(a) + len(b)
        assert st.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0] == len(a) + len(b)
        copy = dict((p, d) for p, _s, d in stored)
        assert copy[str(share / "b" / "copy_of_a3.txt")] == copy[str(a[3])]
