"""Issue 11, "nothing lost": SIGKILL at random points of import, rm, prune, correct and a migration
(bounded and repeated, seeded), and two imports into one store at once.

After every kill the store must be consistent (whole documents, whole removals: no child row, path
or correction without its document, every record's child rows as its JSON says) and hold either the
state before the command or the state after it; a re-run completes the work.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_bulk import PARSER, ROOT, make_corpus

from vanban.store.bulk import run_import
from vanban.store.db import CHILD_COLUMNS, STORE_SCHEMA_VERSION, Store

SEED = 11
KILLS = 4  # kill points per command
PAUSE = "0.4"  # VANBAN_TEST_TX_PAUSE: seconds each transaction waits before COMMIT, so kills land inside
DRIVER = "import sys; from vanban.cli import main; sys.exit(main(sys.argv[1:]))"
FIGURES: list[tuple[str, int, int, int, int]] = []  # (command, runs, kill points, undone by the kill, documents lost)


def _env(**extra: str) -> dict:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests"), str(Path(__file__).resolve().parent)]), HF_HUB_OFFLINE="1")
    env.update(extra)
    return env


def _start(args: list[str], **extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", DRIVER, *args], env=_env(**extra), cwd=ROOT,
                            start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _timed(args: list[str], **extra: str) -> float:
    t0 = time.monotonic()
    proc = _start(args, **extra)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode in (0, 1), err
    return time.monotonic() - t0


def _kill_after(args: list[str], delay: float, **extra: str) -> int | None:
    proc = _start(args, **extra)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    return proc.returncode


def consistent(db: Path) -> dict:
    """Check the invariants; return the figures a test compares with the states before and after."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store(db) as st:
        q = st.conn.execute
        assert st.check_whole() == []
        for table in (*CHILD_COLUMNS, "corrections"):
            assert q(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0] == 0
        assert q("SELECT count(*) FROM files WHERE status='ok' AND doc_id NOT IN (SELECT id FROM documents)"
                 ).fetchone()[0] == 0
        assert q("SELECT count(*) FROM versions WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0] == 0
        for doc_id, rec in q("SELECT id, record_json FROM documents"):
            applied = q("SELECT count(*) FROM corrections WHERE doc_id=? AND status != 'review'", (doc_id,)).fetchone()[0]
            assert len(json.loads(rec)["corrections"]) == applied
        return {"documents": q("SELECT count(*) FROM documents").fetchone()[0],
                "corrections": q("SELECT count(*) FROM corrections").fetchone()[0],
                "dates": sorted(d or "" for (d,) in q("SELECT issued_date FROM documents"))}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A store of 8 imported documents (copied for every run) and its folder."""
    root = tmp_path_factory.mktemp("kill")
    folder = root / "in"
    make_corpus(folder, 8)
    db = root / "base.db"
    s = run_import([folder], db, workers=2, progress=False, parser=PARSER)
    assert s.imported == 8
    return folder, db


def _kill_runs(name: str, base_db: Path, tmp: Path, args_for, before: dict, after: dict, **extra: str) -> None:
    """Copy the store, run the command once to learn its length, then kill it at KILLS random points."""
    rng = random.Random(f"{SEED}:{name}")
    db = tmp / f"{name}.db"
    shutil.copy(base_db, db)
    length = _timed(args_for(db), **extra)
    assert consistent(db) == after
    lost = undone = 0
    for _ in range(KILLS):
        shutil.copy(base_db, db)
        for side in ("-wal", "-shm"):
            Path(str(db) + side).unlink(missing_ok=True)
        _kill_after(args_for(db), rng.uniform(0.0, length), **extra)
        state = consistent(db)
        assert state in (before, after), state
        undone += state == before != after
        _timed(args_for(db), **extra)  # the re-run completes the work
        final = consistent(db)
        assert final == after
        lost += before["documents"] - final["documents"] - (before["documents"] - after["documents"])
    FIGURES.append((name, KILLS + 1, KILLS, undone, lost))
    assert lost == 0


def test_killed_rm_removes_all_or_nothing(base, tmp_path):
    folder, db = base
    before = consistent(db)
    after = {"documents": 0, "corrections": 0, "dates": []}
    _kill_runs("rm", db, tmp_path, lambda d: ["rm", str(folder), "--db", str(d)], before, after,
               VANBAN_TEST_TX_PAUSE=PAUSE)


def test_killed_prune_removes_all_or_nothing(base, tmp_path):
    folder, db = base
    gone = tmp_path / "copy"
    shutil.copytree(folder, gone)
    store = tmp_path / "prune-base.db"
    run_import([gone], store, workers=2, progress=False, parser=PARSER)
    before = consistent(store)
    for p in sorted(gone.glob("*.txt"))[:3]:
        p.unlink()
    db2 = tmp_path / "learn.db"
    shutil.copy(store, db2)
    _timed(["prune", "--db", str(db2)])
    after = consistent(db2)
    assert after["documents"] == 5
    _kill_runs("prune", store, tmp_path, lambda d: ["prune", "--db", str(d)], before, after,
               VANBAN_TEST_TX_PAUSE=PAUSE)


def test_killed_correct_applies_whole_or_not(base, tmp_path):
    folder, db = base
    with Store(db) as st:
        doc_id = st.conn.execute("SELECT id FROM documents ORDER BY rowid LIMIT 1").fetchone()[0]
    before = consistent(db)
    learn = tmp_path / "learn.db"
    shutil.copy(db, learn)
    _timed(["correct", doc_id, "issued_date", "2001-02-03", "--db", str(learn), "--by", "t"])
    after = consistent(learn)
    assert after["corrections"] == 1 and "2001-02-03" in after["dates"]
    _kill_runs("correct", db, tmp_path, lambda d: ["correct", doc_id, "issued_date", "2001-02-03", "--db", str(d),
                                                   "--by", "t"], before, after, VANBAN_TEST_TX_PAUSE=PAUSE)


def make_schema2_store(src: Path, dst: Path, edited_twice: bool = True) -> int:
    """A store as vanban wrote it before issue 11 (schema 2), from the rows of a current one.

    With `edited_twice`, one path holds two documents (an edited file re-imported: the old bug).
    Returns the number of documents in it.
    """
    conn = sqlite3.connect(dst)
    conn.executescript((ROOT / "tests" / "fixtures" / "store_schema2.sql").read_text(encoding="utf-8"))
    conn.execute("INSERT INTO schema_meta VALUES ('store_schema', '2')")
    conn.execute("ATTACH ? AS cur", (str(src),))
    cols = "id, path, sha256, number, number_key, doc_type, issuer, issued_date, subject, pipeline_version, " \
           "imported_at, record_json"
    conn.execute(f"INSERT INTO documents ({cols}) SELECT {cols} FROM cur.documents")
    for table, columns in CHILD_COLUMNS.items():
        old_columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}  # schema 2 had fewer
        names = ", ".join(("doc_id", "ord", *(c for c in columns if c in old_columns)))
        conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM cur.{table}")
    conn.execute("INSERT INTO files (sha256, path, size, doc_id, status, pipeline_version, updated_at) "
                 "SELECT sha256, path, size, doc_id, status, pipeline_version, updated_at FROM cur.files")
    n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    if edited_twice:
        old_id, path, rec = conn.execute("SELECT id, path, record_json FROM documents ORDER BY rowid LIMIT 1").fetchone()
        conn.execute(f"INSERT INTO documents ({cols}) SELECT 'old' || id, path, 'oldsha', number, number_key, "
                     "doc_type, issuer, '1999-01-01', subject, pipeline_version, '2000-01-01T00:00:00', "
                     "json_set(record_json, '$.id', 'old' || id) FROM documents WHERE id=?", (old_id,))
        conn.execute("INSERT INTO files (sha256, path, doc_id, status, updated_at) VALUES "
                     "('oldsha', ?, ?, 'ok', '2000-01-01')", (path, "old" + old_id))
        n += 1
    conn.commit()
    conn.execute("DETACH cur")
    conn.close()
    return n


def test_schema2_store_is_migrated_in_place_with_a_backup(base, tmp_path):
    folder, db = base
    old = tmp_path / "old.db"
    assert make_schema2_store(db, old) == 9
    with Store(old) as st:
        assert st.backup is not None and st.backup.is_file()
        status = st.status()
        assert (status["documents"], status["versions"], status["superseded"]) == (8, 9, 1)
        assert st.conn.execute("SELECT value FROM schema_meta").fetchone()[0] == STORE_SCHEMA_VERSION
        assert st.check_whole() == []
        assert st.conn.execute("SELECT count(*) FROM files").fetchone()[0] == 8  # one row per path
        assert "1999-01-01" not in consistent(old)["dates"]  # the old version is no longer current
    backup = sqlite3.connect(st.backup)
    assert backup.execute("SELECT value FROM schema_meta").fetchone()[0] == "2"
    assert backup.execute("SELECT count(*) FROM documents").fetchone()[0] == 9
    backup.close()
    # a re-import after the migration skips every file: nothing is parsed again
    s = run_import([folder], old, workers=2, progress=False, parser=PARSER)
    assert (s.imported, s.skipped) == (0, 8)


def test_schema1_store_gets_deadline_months_from_its_records(base, tmp_path):
    folder, db = base
    old = tmp_path / "v1.db"
    make_schema2_store(db, old, edited_twice=False)
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE deadlines DROP COLUMN month")
    conn.execute("DROP TABLE schema_meta")
    conn.commit()
    conn.close()
    with Store(old) as st:
        assert st.conn.execute("SELECT value FROM schema_meta").fetchone()[0] == STORE_SCHEMA_VERSION
        want = sum(1 for (r,) in st.conn.execute("SELECT record_json FROM documents")
                   for d in json.loads(r)["deadlines"] if (d.get("recurrence") or {}).get("month"))
        assert st.conn.execute("SELECT count(month) FROM deadlines").fetchone()[0] == want
        assert st.check_whole() == []


def test_killed_migration_leaves_the_old_store_or_the_new_one(base, tmp_path):
    folder, db = base
    src = tmp_path / "schema2.db"
    make_schema2_store(db, src)
    rng = random.Random(f"{SEED}:migration")
    work = tmp_path / "m.db"
    shutil.copy(src, work)
    length = _timed(["status", "--db", str(work)], VANBAN_TEST_TX_PAUSE=PAUSE)
    after = consistent(work)
    lost = undone = 0
    for _ in range(KILLS):
        for p in tmp_path.glob("m.db*"):
            p.unlink()
        shutil.copy(src, work)
        _kill_after(["status", "--db", str(work)], rng.uniform(0.0, length), VANBAN_TEST_TX_PAUSE=PAUSE)
        raw = sqlite3.connect(work)
        version = raw.execute("SELECT value FROM schema_meta").fetchone()[0]
        docs = raw.execute("SELECT count(*) FROM documents").fetchone()[0]
        raw.close()
        assert (version, docs) in (("2", 9), (STORE_SCHEMA_VERSION, 8))
        undone += version == "2"
        final = consistent(work)  # opening it again finishes the migration
        assert final == after
        lost += after["documents"] - final["documents"]
    FIGURES.append(("migration", KILLS + 1, KILLS, undone, lost))


def slow_parse_file(path):
    from test_bulk import slow_parse_file as slow

    return slow(path)


def test_killed_import_at_random_points_then_rerun_finishes(tmp_path):
    folder = tmp_path / "in"
    make_corpus(folder, 40)
    rng = random.Random(f"{SEED}:import")
    db = tmp_path / "v.db"
    args = ["import", str(folder), "--db", str(db), "--workers", "2", "--no-progress",
            "--parser", "test_bulk:slow_parse_file"]
    lost = undone = 0
    for _ in range(KILLS - 1):
        _kill_after(args, rng.uniform(1.0, 6.0))
        kept = consistent(db)["documents"]
        undone += kept < 40
        assert kept <= 40
        proc = _start(args[:-2] + ["--parser", PARSER])
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        assert f"imported {40 - kept} · skipped {kept}".encode() in out
        lost += 40 - consistent(db)["documents"]
        for p in tmp_path.glob("v.db*"):
            p.unlink()
    FIGURES.append(("import", 2 * (KILLS - 1), KILLS - 1, undone, lost))
    assert lost == 0


def test_two_imports_at_once_both_finish_and_the_second_waits(tmp_path):
    folder = tmp_path / "in"
    make_corpus(folder, 20)
    db = tmp_path / "v.db"
    args = ["import", str(folder), "--db", str(db), "--workers", "1", "--no-progress",
            "--parser", "test_bulk:slow_parse_file"]
    first = _start(args)
    deadline = time.monotonic() + 60
    while not Path(str(db) + ".lock").exists() or not Path(str(db) + ".lock").read_text():
        assert time.monotonic() < deadline and first.poll() is None
        time.sleep(0.05)
    second = _start(args)
    out1, err1 = first.communicate(timeout=180)
    out2, err2 = second.communicate(timeout=180)
    assert (first.returncode, second.returncode) == (0, 0), (err1, err2)
    assert b"another import into" in err2 and b"waiting for it to finish" in err2
    assert b"imported 20" in out1 and b"skipped 20" in out2
    assert consistent(db)["documents"] == 20


def test_zz_print_kill_figures():
    """The figures for the closing note (runs, kill points, documents lost) of the tests above."""
    for name, runs, kills, undone, lost in FIGURES:
        print(f"{name:10} runs {runs:2}  kill points {kills}  killed before finishing {undone}  documents lost {lost}")
    assert all(lost == 0 for *_, lost in FIGURES)
