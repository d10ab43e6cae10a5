"""vanban.store.bulk and vanban.store.export: bulk import into SQLite, bad inputs, crashes, kill -9."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections import deque
from collections.abc import Callable
from pathlib import Path

import pytest

from vanban.cli import main
from vanban.store import bulk
from vanban.store.bulk import CRASH_ENV, run_import
from vanban.store.db import Store, current_pipeline_version, display_path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "corpus" / "samples").glob("*.txt"))


def _has_real_parser() -> bool:
    try:
        from vanban import parse_file  # noqa: F401
    except ImportError:
        return False
    return True


# Until pipeline.parse_file exists, a stand-in built from the real ingest + docnumber.
PARSER = "vanban:parse_file" if _has_real_parser() else "test_bulk:standin_parse_file"


def standin_parse_file(path):
    from vanban.grammar import docnumber
    from vanban.ingest import read
    from vanban.normalize import normalize
    from vanban.schemas import Citation, DocNumber, Record, Source

    ex = read(path)
    text = normalize(ex.text).text
    nums = docnumber.find_numbers(text)
    head = [n for n in nums if n.start < 400]
    number = (DocNumber(raw=head[0].raw, normalized=head[0].normalized, span=(head[0].start, head[0].end))
              if head else None)
    cites = [Citation(text=n.raw, number=n.normalized, span=(n.start, n.end)) for n in nums[1:]]
    return Record(id=hashlib.sha256(text.encode()).hexdigest(), text=text, number=number, citations=cites,
                  source=Source(path=str(path), sha256=ex.sha256, format="txt"))


BLOCK_FROM = 30  # half_blocked_parse_file never finishes documents from this index on
KILL_CORPUS = 60  # documents in the kill test: half of them can never finish before the kill
KILL_AFTER = 10  # stored documents the kill test waits for


def slow_parse_file(path):
    """The parser plus 20 ms (test_archive_kill's random kill points land mid-run)."""
    record = bulk.load_parser(PARSER)(path)
    time.sleep(0.02)
    return record


def half_blocked_parse_file(path):
    """The parser, except that documents from BLOCK_FROM on never finish: a kill always lands mid-run,
    however fast or loaded the machine (the workers die with the import: SIGKILL of the group, or
    terminated by the parent after Ctrl-C)."""
    if int(Path(path).stem.rpartition("_")[2]) >= BLOCK_FROM:
        while True:
            time.sleep(3600)
    return bulk.load_parser(PARSER)(path)


def buggy_parse_file(path):
    if "bug" in Path(path).name:
        raise ValueError("simulated pipeline bug")
    return bulk.load_parser(PARSER)(path)


def make_corpus(folder: Path, n: int) -> list[Path]:
    """n text files: the dev samples with one changed line, so every sha256 and record id differs."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    out = []
    for i in range(n):
        p = folder / f"doc_{i:04d}.txt"
        p.write_text(texts[i % len(texts)] + f"\nNơi nhận: Lưu VT, bản số {i}.\n", encoding="utf-8")
        out.append(p)
    return out


def imp(paths, db, **kw):
    kw.setdefault("workers", 2)
    kw.setdefault("progress", False)
    kw.setdefault("parser", PARSER)
    return run_import(paths, db, **kw)


def test_import_is_idempotent(new_db, tmp_path):
    make_corpus(tmp_path / "in", 12)
    db = new_db("v.db")
    s1 = imp([tmp_path / "in"], db)
    assert (s1.found, s1.imported, s1.failed, s1.exit_code) == (12, 12, 0, 0), s1.render()
    s2 = imp([tmp_path / "in"], db)
    assert (s2.imported, s2.skipped, s2.failed, s2.exit_code) == (0, 12, 0, 0), s2.render()
    with Store(db) as st:
        c = st.counts()
        assert (c["documents"], c["files"]) == (12, 12)
        assert st.check_whole() == []
        recs = list(st.iter_records())
        assert all(r.pipeline_version and r.source.sha256 for r in recs)
        # workers finish in any order: every file's path is stored, whatever the order
        assert sorted(Path(r.source.path).name for r in recs) == [f"doc_{i:04d}.txt" for i in range(12)]


def test_reparse_and_version_change(new_db, tmp_path):
    make_corpus(tmp_path / "in", 6)
    db = new_db("v.db")
    imp([tmp_path / "in"], db)
    s = imp([tmp_path / "in"], db, reparse=True)
    assert (s.imported, s.skipped) == (6, 0)
    with Store(db) as st:
        assert st.counts()["documents"] == 6
        assert st.check_whole() == []
        # Two files stored by another pipeline version are re-extracted without --reparse.
        st.conn.execute("UPDATE files SET pipeline_version='0.0.1-old' WHERE path IN "
                        "(SELECT path FROM files ORDER BY path LIMIT 2)")
    s = imp([tmp_path / "in"], db)
    assert (s.imported, s.skipped) == (2, 4)


def test_duplicates_and_unsupported_are_skipped(new_db, tmp_path):
    files = make_corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "copy.txt").write_bytes(files[0].read_bytes())
    (tmp_path / "in" / "table.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "in" / "notes").write_text("no suffix")
    (tmp_path / "in" / ".DS_Store").write_bytes(b"\0")
    (tmp_path / "in" / "~$doc.docx").write_bytes(b"\0")
    (tmp_path / "in" / ".git").mkdir()
    (tmp_path / "in" / ".git" / "x.txt").write_text("ignored folder")
    s = imp([tmp_path / "in"], new_db("v.db"))
    assert (s.imported, s.duplicates, s.failed) == (3, 1, 0)
    assert s.unsupported == {".xlsx": 1, "": 2, ".docx": 1}  # notes, .DS_Store, ~$doc.docx
    assert "unsupported 4" in s.render()


def test_a_copy_probed_after_its_twin_is_stored_is_recorded(new_db, tmp_path, monkeypatch):
    """The order the workers finish in decides nothing: a copy whose probe comes back after the first file with
    its bytes was stored is a duplicate, not left waiting for a release that already happened (and lost)."""
    first = make_corpus(tmp_path / "in", 1)[0]
    later = tmp_path / "in" / "later.txt"
    later.write_bytes(first.read_bytes())
    cfg = bulk.WorkerConfig(PARSER, None, current_pipeline_version(), (), False, bulk.DEFAULT_MAX_BYTES)
    monkeypatch.setattr(bulk, "_cfg", cfg)  # this process plays the worker, in the order the test wants
    monkeypatch.setattr(bulk, "_parser", bulk.load_parser(PARSER))
    with Store(new_db("v.db")) as st:
        imp = bulk._Importer(st, bulk.ImportSummary(), cfg.version, False, False, bulk._Progress(False, 2), 0.0)
        a, b = (bulk._Task(str(p), display_path(p)) for p in (first, later))
        imp.settle(a, bulk._probe(a.path))
        imp.settle(imp.ready.popleft(), bulk._work(a.path, a.sha256 or ""))
        imp.settle(b, bulk._probe(b.path))
        assert (imp.s.imported, imp.s.duplicates, imp.ready, imp.waiting) == (1, 1, deque(), {})
        assert set(st.file_index()) == {display_path(first), display_path(later)}


def _truncated_docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>" * 200)
        z.writestr("word/document.xml", "<w:document>" + "<w:p>Kế hoạch</w:p>" * 500 + "</w:document>")
    data = buf.getvalue()
    return data[: len(data) // 2]


def test_bad_inputs_fail_alone_and_are_recorded(new_db, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    make_corpus(folder, 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "garbage.pdf").write_bytes(os.urandom(4096))
    (folder / "truncated.docx").write_bytes(_truncated_docx())
    (folder / "huge.txt").write_text("Căn cứ Kế hoạch số 35-KH/TĐTN.\n" * 40000, encoding="utf-8")  # 1.6 MB
    (folder / "english.txt").write_text("Minutes of the meeting.\nAll members attended.\n" * 20)
    (folder / "vanishing.txt").write_text("Số: 1-CV/TĐTN\n", encoding="utf-8")
    (folder / "crashme.txt").write_text("Số: 2-CV/TĐTN\nthis file kills its worker\n", encoding="utf-8")
    monkeypatch.setenv(CRASH_ENV, "crashme.txt")
    db = new_db("v.db")
    s = imp([folder], db, max_bytes=1024 * 1024,
            _after_walk=lambda files: (folder / "vanishing.txt").unlink())
    by_name = {Path(f.path).name: f for f in s.failures}
    assert set(by_name) == {"empty.txt", "garbage.pdf", "truncated.docx", "huge.txt", "vanishing.txt",
                            "crashme.txt"}
    assert by_name["empty.txt"].stage == "ingest"
    assert by_name["garbage.pdf"].stage == "ingest"
    assert by_name["truncated.docx"].stage == "ingest"
    assert by_name["huge.txt"].message.startswith("file too large (1.6 MB > 1 MB limit")
    assert by_name["vanishing.txt"].message == "file disappeared before it was read"
    assert by_name["crashme.txt"].stage == "crash"
    assert s.imported == 5  # the 4 documents and the English text
    assert s.exit_code == 1
    with Store(db) as st:
        assert {Path(e["path"]).name for e in st.errors()} == set(by_name)
        english = [r for r in st.iter_records() if r.text.startswith("Minutes")]
        assert len(english) == 1 and english[0].number is None and english[0].citations == []
        assert st.check_whole() == []
    # Re-run: deterministic failures are known and skipped; the crash and the vanished file are retried.
    monkeypatch.delenv(CRASH_ENV)
    s2 = imp([folder], db, max_bytes=1024 * 1024)
    assert s2.known_failures == 3  # empty, garbage, truncated
    assert s2.imported == 1  # crashme.txt, now that it no longer crashes
    assert [Path(f.path).name for f in s2.failures] == ["huge.txt"]
    with Store(db) as st:
        assert {Path(e["path"]).name for e in st.errors()} == {"empty.txt", "garbage.pdf", "truncated.docx",
                                                                "huge.txt", "vanishing.txt"}


def test_pipeline_bug_is_recorded_as_extract_error(tmp_path):
    make_corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "bug.txt").write_text("Số: 3-CV/TĐTN\n", encoding="utf-8")
    s = imp([tmp_path / "in"], tmp_path / "v.db", parser="test_bulk:buggy_parse_file")
    assert [(Path(f.path).name, f.stage, f.message) for f in s.failures] == [
        ("bug.txt", "extract", "ValueError: simulated pipeline bug")]
    assert s.imported == 3


def test_worker_crash_loses_nothing_else(tmp_path, monkeypatch):
    make_corpus(tmp_path / "in", 30)
    (tmp_path / "in" / "doc_0007.txt").rename(tmp_path / "in" / "crash.txt")
    monkeypatch.setenv(CRASH_ENV, "crash.txt")
    s = imp([tmp_path / "in"], tmp_path / "v.db", recycle_every=3)
    assert s.imported == 29
    assert [(Path(f.path).name, f.stage) for f in s.failures] == [("crash.txt", "crash")]


def _env() -> dict:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests"), str(Path(__file__).resolve().parent)]), HF_HUB_OFFLINE="1")
    env.pop(CRASH_ENV, None)
    return env


def _stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


# `python -c` rather than `-m vanban.store.bulk`: the test parser imports vanban.store.bulk itself.
DRIVER = "import sys; from vanban.cli import main; sys.exit(main(['import', *sys.argv[1:]]))"


def _start_import(folder: Path, db: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-c", DRIVER, str(folder), "--db", str(db), "--workers", "2",
           "--parser", "test_bulk:half_blocked_parse_file"]
    return subprocess.Popen(cmd, env=_env(), cwd=ROOT, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for_documents(proc: subprocess.Popen, db: Path, n: int) -> None:
    """Until the store holds n documents; no time limit (the import blocks at BLOCK_FROM or exits)."""
    while _stored(db) < n:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.01)


def _assert_whole(db: Path) -> int:
    with Store(db) as st:
        assert st.check_whole() == []
        orphans = st.conn.execute("SELECT count(*) FROM files f LEFT JOIN documents d ON d.id=f.doc_id "
                                  "WHERE f.status='ok' AND d.id IS NULL").fetchone()[0]
        assert orphans == 0
        return st.counts()["documents"]


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_import_keeps_whole_documents_and_rerun_finishes(tmp_path, sig):
    make_corpus(tmp_path / "in", KILL_CORPUS)
    db = tmp_path / "v.db"
    proc = _start_import(tmp_path / "in", db)
    _wait_for_documents(proc, db, KILL_AFTER)
    # SIGKILL: the whole process group dies at once (parent, forkserver, workers).
    # SIGINT: what Ctrl-C sends to the foreground group; the import stops cleanly.
    os.killpg(proc.pid, sig)
    out, err = proc.communicate()
    if sig == signal.SIGINT:
        assert proc.returncode == 130, err
        assert b"INTERRUPTED" in out
    else:
        assert proc.returncode == -signal.SIGKILL
    kept = _assert_whole(db)
    assert KILL_AFTER <= kept <= BLOCK_FROM
    rerun = subprocess.run([sys.executable, "-c", DRIVER, str(tmp_path / "in"), "--db", str(db),
                            "--workers", "2", "--parser", PARSER], env=_env(), cwd=ROOT,
                           capture_output=True)
    assert rerun.returncode == 0, rerun.stderr
    assert _assert_whole(db) == KILL_CORPUS
    assert f"imported {KILL_CORPUS - kept} · skipped {kept}".encode() in rerun.stdout


def test_cli_exit_codes_and_default_size_limit(tmp_path, capsys):
    assert main(["import", str(tmp_path / "missing"), "--db", str(tmp_path / "v.db")]) == 2
    assert main(["import", "--db", str(tmp_path / "v.db")]) == 2  # no PATH
    assert main(["import", str(tmp_path), "--workers", "0"]) == 2
    folder = tmp_path / "in"
    make_corpus(folder, 2)
    args = [str(folder), "--db", str(tmp_path / "v.db"), "--no-progress", "--parser", PARSER]
    assert main(["import", *args]) == 0
    with open(folder / "big.txt", "wb") as f:  # just over the default 20 MB limit
        f.write(b"a" * (20 * 1024 * 1024 + 1))
    assert main(["import", *args]) == 1
    out = capsys.readouterr().out
    assert "imported 0 · skipped 2 (already stored)" in out
    assert "big.txt: [ingest] file too large (20.0 MB > 20 MB limit" in out


def test_export_jsonl_and_csv(new_db, tmp_path):
    make_corpus(tmp_path / "in", 5)
    db = new_db("v.db")
    imp([tmp_path / "in"], db)
    out = tmp_path / "out.jsonl"
    assert main(["export", "--db", str(db), "--format", "jsonl", "-o", str(out)]) == 0
    with Store(db) as st:
        stored = list(st.iter_record_json())
        n_cit = dict(st.conn.execute("SELECT doc_id, count(*) FROM citations GROUP BY doc_id"))
    assert out.read_text(encoding="utf-8").splitlines() == stored
    assert len({json.loads(line)["id"] for line in stored}) == 5
    out_csv = tmp_path / "out.csv"
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out_csv), "--bom"]) == 0
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8-sig", newline="")))
    assert len(rows) == 5
    assert {"id", "number", "number_key", "issued_date", "citations", "deadlines", "quantities"} <= set(rows[0])
    assert all(int(r["citations"]) == n_cit.get(r["id"], 0) for r in rows)
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out_csv)]) == 0
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM by default for spreadsheets
    assert main(["export", "--db", str(tmp_path / "none.db")]) == 2


def test_export_xlsx_documents(new_db, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    make_corpus(tmp_path / "in", 3)
    db = new_db("v.db")
    imp([tmp_path / "in"], db)
    out = tmp_path / "docs.xlsx"
    assert main(["export", "--db", str(db), "--format", "xlsx", "-o", str(out)]) == 0
    ws = openpyxl.load_workbook(out).active
    assert [c.value for c in ws[1]][:3] == ["Số hiệu", "Loại văn bản", "Ngày ban hành"]
    assert ws.max_row == 4 and ws.freeze_panes == "A2" and ws.auto_filter.ref
    dates = [ws.cell(r, 3) for r in range(2, 5) if ws.cell(r, 3).value is not None]
    assert dates and all(c.is_date for c in dates)
    assert main(["export", "--db", str(db), "--format", "xlsx"]) == 2  # needs -o


HANG_TIMEOUT = 3600.0  # never reached by the real clock; the test's clock jumps past it


def hanging_parse_file(path):
    """The parser, except that a file named *hang* never finishes (a runaway regex, a stuck converter).

    It first waits until every other file of its folder is stored, then leaves the sentinel
    `hung` next to the folder: from then on the test's clock runs HANG_TIMEOUT ahead, so the
    timeout catches this file and only this one, whatever the machine's speed.
    """
    p = Path(path)
    if "hang" in p.name:
        others = sum(1 for f in p.parent.iterdir() if f != p)
        while _stored(p.parent.parent / "v.db") < others:
            time.sleep(0.05)
        (p.parent.parent / "hung").touch()
        while True:
            time.sleep(3600)
    return bulk.load_parser(PARSER)(path)


def hanging_corpus(tmp_path: Path) -> tuple[Path, Callable[[], float]]:
    """The samples plus hang.txt (see hanging_parse_file), and a fake clock that jumps past the time
    limit once the hanging file says it hangs: the timeout path without waiting for it."""
    src = tmp_path / "in"
    src.mkdir()
    for i, f in enumerate(SAMPLES):
        (src / f"doc{i}.txt").write_bytes(f.read_bytes())
    (src / "hang.txt").write_bytes(SAMPLES[0].read_bytes() + b"\n")
    sentinel = tmp_path / "hung"

    def clock() -> float:  # the real clock until the hanging file says it hangs, then far ahead
        return time.monotonic() + (2 * HANG_TIMEOUT if sentinel.exists() else 0.0)

    return src, clock


def test_a_file_that_hangs_times_out_and_the_rest_is_imported(tmp_path):
    src, clock = hanging_corpus(tmp_path)
    summary = run_import([src], tmp_path / "v.db", workers=2, progress=False,
                         parser="test_bulk:hanging_parse_file", timeout=HANG_TIMEOUT, clock=clock)
    assert summary.imported == len(SAMPLES)
    assert [(Path(f.path).name, f.stage) for f in summary.failures] == [("hang.txt", "timeout")]


def test_stopping_a_pool_whose_worker_died_mid_result_lets_the_process_exit():
    """A worker killed while it sent a result left half a message in the result pipe: the pool's manager
    thread waited for the rest forever and interpreter exit joined it (an interrupted import hung after
    printing its summary). Half a message is written here by hand, with a worker busy, then the pool is
    stopped as an interrupted import stops it: the manager thread must end."""
    import multiprocessing
    import struct
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("forkserver"))
    pool.submit(os.getpid).result()  # the worker is up
    pool.submit(time.sleep, 3600)  # and busy
    manager = pool._executor_manager_thread
    workers = list(pool._processes.values())
    os.write(pool._result_queue._writer.fileno(), struct.pack("!i", 1000) + b"half")  # 1000 bytes promised
    bulk._stop(pool)
    manager.join(60)  # a safety bound only: it ends at once, or (the bug) never
    assert not manager.is_alive()
    assert not any(p.is_alive() for p in workers)
