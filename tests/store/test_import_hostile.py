"""Issue 17, the import side: every file's whole life in a worker, only regular files, symlinks kept
inside the imported folders, file names of any bytes, empty files, a damaged store."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_bulk import PARSER, ROOT, SAMPLES, _env

from vanban.cli import main
from vanban.store.bulk import run_import
from vanban.store.db import EXIT_STORE, Store


def imp(paths, db, **kw):
    kw.setdefault("workers", 2)
    return run_import(paths, db, progress=False, parser=PARSER, **kw)


def _one(folder: Path, name: str = "ok.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_bytes(SAMPLES[0].read_bytes())
    return p


def by_name(summary) -> dict[str, tuple[str, str]]:
    return {Path(f.path).name: (f.stage, f.message) for f in summary.failures}


def test_fifo_device_and_socket_are_ingest_errors_never_read(tmp_path):
    import socket

    folder = tmp_path / "in"
    _one(folder)
    os.mkfifo(folder / "b.txt")
    (folder / "z.txt").symlink_to("/dev/zero")  # outside the folder anyway
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "s.txt"))
    try:
        s = imp([folder], tmp_path / "v.db", timeout=60, follow_symlinks=True)  # /dev/zero followed on request
    finally:
        sock.close()
    got = by_name(s)
    assert s.imported == 1
    assert got["b.txt"] == ("ingest", "a FIFO, not a regular file: not read")
    assert got["z.txt"] == ("ingest", "a character device, not a regular file: not read")
    assert got["s.txt"] == ("ingest", "a socket, not a regular file: not read")


def test_symlinks_are_followed_only_inside_the_imported_folders(tmp_path):
    folder = tmp_path / "in"
    target = _one(folder)
    (folder / "link-inside.txt").symlink_to(target)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    outside = _one(tmp_path / "elsewhere", "secret.txt")
    (folder / "secret.txt").symlink_to(outside)
    db = tmp_path / "v.db"
    s = imp([folder], db)
    got = by_name(s)
    assert set(got) == {"passwd.txt", "secret.txt"}
    assert got["passwd.txt"][0] == "ingest" and "outside the imported folders" in got["passwd.txt"][1]
    assert "--follow-symlinks" in got["passwd.txt"][1]
    assert (s.imported, s.duplicates) == (1, 1)  # the inside link holds the same bytes: a path recorded
    with Store(db) as st:
        assert not any("root:" in r.text for r in st.iter_records())
    s = imp([folder], db, follow_symlinks=True)
    assert "passwd.txt" not in by_name(s) and s.known_failures == 0


def test_file_names_of_any_bytes_are_stored_readably_and_never_crash_the_error_writer(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder)
    good = os.fsdecode(raw + b"/c\xf4ng v\xe3n.txt")  # Latin-1 bytes: not UTF-8
    bad = os.fsdecode(raw + b"/h\xfbng \xff.pdf")
    Path(good).write_bytes(SAMPLES[1].read_bytes())
    Path(bad).write_bytes(b"not a pdf at all")
    db = tmp_path / "v.db"
    s = imp([folder], db)
    assert s.imported == 1 and len(s.failures) == 1
    assert s.failures[0].path.endswith("/h\\xfbng \\xff.pdf")
    text = s.render(db)  # printable: no surrogates left
    text.encode("utf-8")
    with Store(db) as st:
        (path, raw_path), = st.conn.execute("SELECT path, raw_path FROM files WHERE status='ok'").fetchall()
        assert path.endswith("/c\\xf4ng v\\xe3n.txt") and raw_path == os.fsencode(good)
        rec = next(st.iter_records())
        assert rec.source.path == path
        assert [e["path"] for e in st.errors()] == [s.failures[0].path]
    s = imp([folder], db)  # a re-run recognises both by their exact bytes
    assert (s.skipped, s.known_failures, s.failed) == (1, 1, 0)
    os.unlink(good)
    with Store(db) as st:
        res = st.prune()
    assert len(res.documents) == 1  # the raw bytes tell a gone file


def test_empty_files_are_failures_not_duplicates(tmp_path):
    folder = tmp_path / "in"
    _one(folder)
    for i in range(6):
        (folder / f"empty{i}.txt").write_bytes(b"")
    s = imp([folder], tmp_path / "v.db")
    assert (s.imported, s.duplicates, s.failed) == (1, 0, 6)
    assert all(f.stage == "ingest" and f.message == "empty file (0 bytes)" for f in s.failures)
    with Store(tmp_path / "v.db") as st:
        assert len(st.errors(stage="ingest")) == 6


def test_files_truncated_to_zero_during_the_import_are_listed_failures(tmp_path):
    folder = tmp_path / "in"
    files = [_one(folder, f"doc{i}.txt") for i in range(6)]
    for i, p in enumerate(files):  # distinct bytes
        p.write_bytes(p.read_bytes() + f"\nbản số {i}\n".encode())

    def truncate(_walked):
        for p in files[1:]:
            p.write_bytes(b"")

    s = imp([folder], tmp_path / "v.db", _after_walk=truncate)
    assert (s.imported, s.duplicates, s.failed) == (1, 0, 5)
    assert main(["errors", "--db", str(tmp_path / "v.db")]) == 0


@pytest.mark.parametrize("command", [["show", "342-CV/TĐTN-BPT"], ["deadlines"], ["export"], ["status"],
                                     ["errors"], ["targets"], ["prune"]])
def test_a_damaged_store_is_one_clear_line_and_exit_3(tmp_path, command, capsys):
    db = tmp_path / "v.db"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    assert main([*command, "--db", str(db)]) == EXIT_STORE
    err = capsys.readouterr().err
    assert "cannot be used" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_store_of_a_newer_vanban_is_refused_in_one_line(tmp_path, capsys):
    db = tmp_path / "v.db"
    with Store(db):
        pass
    conn = sqlite3.connect(db)
    conn.execute("UPDATE schema_meta SET value='99'")
    conn.commit()
    conn.close()
    assert main(["status", "--db", str(db)]) == EXIT_STORE
    assert "newer than this vanban" in capsys.readouterr().err


def test_a_fifo_does_not_hang_the_import_and_ctrl_c_is_seen(tmp_path):
    """The parent never opens a file: a FIFO in the folder cannot block it (the import ends by itself)."""
    folder = tmp_path / "in"
    _one(folder)
    os.mkfifo(folder / "pipe.txt")
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from vanban.cli import main; "
                             "sys.exit(main(sys.argv[1:]))", "import", str(folder), "--db", str(tmp_path / "v.db"),
                             "--no-progress", "--parser", PARSER], env=_env(), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert b"pipe.txt: [ingest] a FIFO, not a regular file" in out


def greedy_parse_file(path):
    """The parser, except that *hog* allocates 8 GB and *burn* spins on the CPU for a minute."""
    import time

    from vanban.store import bulk

    name = Path(path).name
    if "hog" in name:
        return bytearray(8 * 2**30)
    if "burn" in name:
        end = time.process_time() + 60
        while time.process_time() < end:
            pass
    return bulk.load_parser(PARSER)(path)


def test_worker_memory_and_cpu_limits_name_the_flag(tmp_path):
    folder = tmp_path / "in"
    _one(folder)
    _one(folder, "hog.txt").write_bytes(SAMPLES[1].read_bytes())
    _one(folder, "burn.txt").write_bytes(SAMPLES[2].read_bytes())
    s = run_import([folder], tmp_path / "v.db", workers=2, progress=False, parser="test_import_hostile:greedy_parse_file",
                   max_memory_mb=2048, max_cpu_seconds=1)
    got = by_name(s)
    assert s.imported == 1
    assert got["hog.txt"][0] == "limit" and "--max-memory-mb" in got["hog.txt"][1]
    assert got["burn.txt"][0] == "limit" and "--max-cpu-seconds" in got["burn.txt"][1]


def test_import_takes_the_file_limits_of_vanban_parse(tmp_path, capsys):
    from reportlab.pdfgen import canvas

    src = tmp_path / "in"
    _one(src)
    c = canvas.Canvas(str(src / "long.pdf"))
    for i in range(3):
        c.drawString(72, 720, f"Trang {i + 1}")
        c.showPage()
    c.save()
    code = main(["import", str(src), "--db", str(tmp_path / "v.db"), "--workers", "1", "--no-progress",
                 "--max-pages", "2"])
    assert code == 1
    with Store(tmp_path / "v.db") as st:
        assert st.counts()["documents"] == 1
    assert "long.pdf: [ingest] PDF has 3 pages, over the limit of 2 (--max-pages raises it)" in capsys.readouterr().out
