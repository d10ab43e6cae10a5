"""vanban.store.ray_engine: the bulk import over a local Ray cluster (one per module; skipped without ray).

The Ray engine must give the default engine's store: same records, same errors, re-runs that add
nothing, no document lost when a worker dies (retried), a file that keeps killing workers as a crash.
"""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from test_bulk import HANG_TIMEOUT, PARSER, SAMPLES, _truncated_docx, hanging_corpus, make_corpus  # noqa: E402

from vanban.cli import main  # noqa: E402
from vanban.store import ray_engine  # noqa: E402
from vanban.store.bulk import CRASH_ENV, WorkerConfig, run_import  # noqa: E402
from vanban.store.db import Store  # noqa: E402

pytestmark = pytest.mark.slow  # a local Ray takes 10-30 s to start on a loaded 2-core machine

KILL_WAIT = 300.0  # seconds the killer thread waits for its victim to start (a hang guard, not a timing)
VICTIM = "victim.txt"


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    ray_engine.start_local(2)
    try:
        yield
    finally:
        ray.shutdown()


def ray_import(paths, db, **kw):
    kw.setdefault("workers", 2)
    kw.setdefault("progress", False)
    kw.setdefault("parser", PARSER)
    return run_import(paths, db, engine=ray_engine.make_engine(), **kw)


def _marker(path: str | Path) -> Path:
    return Path(path).parent.parent / "victim.pid"


def killable_parse_file(path):
    """The parser; the first time it meets VICTIM it leaves its pid next to the folder and waits to be killed."""
    from vanban.store import bulk

    marker = _marker(path)
    if Path(path).name == VICTIM and not marker.exists():
        tmp = marker.with_suffix(".tmp")
        tmp.write_text(str(os.getpid()))
        tmp.rename(marker)  # whole, or not there
        while True:
            time.sleep(3600)
    return bulk.load_parser(PARSER)(path)


def mixed_folder(folder: Path) -> None:
    make_corpus(folder, 10)
    (folder / "sub").mkdir()
    make_corpus(folder / "sub", 2)[0].rename(folder / "sub" / "copy.txt")
    (folder / "dup.txt").write_bytes((folder / "doc_0001.txt").read_bytes())  # same bytes, another path
    (folder / "empty.txt").write_bytes(b"")
    (folder / "garbage.pdf").write_bytes(os.urandom(4096))
    (folder / "truncated.docx").write_bytes(_truncated_docx())
    (folder / "notes.xyz").write_bytes(b"unsupported")
    (folder / "crashme.txt").write_text("Số: 2-CV/TĐTN\nthis file kills its worker\n", encoding="utf-8")


def _contents(db: Path | str) -> tuple[list[str], list[tuple[str, str]]]:
    with Store(db) as st:
        records = sorted(r.model_dump_json() for r in st.iter_records())
        errors = sorted((Path(e["path"]).name, e["stage"]) for e in st.errors())
        assert st.check_whole() == []
    return records, errors


def _where(page: int) -> tuple[int, int]:
    return os.getpid(), page


def test_pages_of_one_file_are_ray_tasks_of_their_own():
    cfg = WorkerConfig(parser=PARSER, crash_on=None, version="test", roots=(), follow_symlinks=False,
                       max_bytes=1 << 20, max_cpu_seconds=60)
    got = ray_engine.page_map(cfg, _where, [0, 1, 2, 3])
    assert [page for _, page in got] == [0, 1, 2, 3]  # in page order
    assert os.getpid() not in {pid for pid, _ in got}  # run by Ray's workers, not here


def test_a_multi_page_scan_over_ray_is_the_default_engine_record(tmp_path):
    fixtures = pytest.importorskip("ingest_fixtures")
    if not fixtures.have_tesseract():
        pytest.skip("tesseract with Vietnamese data not installed")
    scan = fixtures.fixtures_dir() / "004_c48570c1bf672f33.scanned.pdf"  # two image-only pages
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(scan, folder / "scan.pdf")
    over_ray = ray_import([folder], tmp_path / "ray.db", parser="vanban:parse_file")
    default = run_import([folder], tmp_path / "local.db", workers=1, progress=False, parser="vanban:parse_file")
    assert over_ray.imported == default.imported == 1
    assert _contents(tmp_path / "ray.db") == _contents(tmp_path / "local.db")


def test_local_ray_listens_on_loopback_only():
    assert {n["NodeManagerAddress"] for n in ray.nodes()} == {"127.0.0.1"}


def test_mixed_folder_same_store_as_the_default_engine_and_reruns_add_nothing(tmp_path, monkeypatch, new_db):
    """The Ray driver writes the store of the run (SQLite, or PostgreSQL); the default engine's SQLite store
    holds the same records and errors."""
    folder = tmp_path / "in"
    mixed_folder(folder)
    ray_db = new_db("ray.db")
    monkeypatch.setenv(CRASH_ENV, "crashme.txt")
    s = ray_import([folder], ray_db)
    default = run_import([folder], tmp_path / "local.db", workers=2, progress=False, parser=PARSER)
    by_name = {Path(f.path).name: f.stage for f in s.failures}
    assert by_name == {"empty.txt": "ingest", "garbage.pdf": "ingest", "truncated.docx": "ingest",
                       "crashme.txt": "crash"}
    assert (s.found, s.imported, s.duplicates, sum(s.unsupported.values()), s.exit_code) == (17, 10, 3, 1, 1)
    assert (default.imported, default.duplicates, default.failed) == (s.imported, s.duplicates, s.failed)
    ray_records, ray_errors = _contents(ray_db)
    local_records, local_errors = _contents(tmp_path / "local.db")
    assert ray_records == local_records and len(ray_records) == 10
    # both engines name a worker death "crash" (issue 14): the error lists are equal
    assert local_errors == ray_errors

    monkeypatch.delenv(CRASH_ENV)
    again = ray_import([folder], ray_db)  # known failures stay; the crash is retried and stored
    assert (again.imported, again.skipped, again.known_failures, again.failed) == (1, 13, 3, 0)
    assert again.exit_code == 1  # known failures remain
    third = ray_import([folder], ray_db)
    assert (third.imported, third.skipped, third.known_failures, third.failed) == (0, 14, 3, 0)
    assert len(_contents(ray_db)[0]) == 11


def test_a_killed_worker_loses_no_document(tmp_path):
    folder = tmp_path / "in"
    make_corpus(folder, 6)
    (folder / VICTIM).write_bytes(SAMPLES[0].read_bytes() + "\nbản lưu\n".encode())
    marker = _marker(folder / VICTIM)
    killed: list[int] = []

    def killer() -> None:  # SIGKILL the worker the moment it holds the victim
        deadline = time.monotonic() + KILL_WAIT
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if marker.exists():
            pid = int(marker.read_text())
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    s = ray_import([folder], tmp_path / "v.db", parser="test_ray_engine:killable_parse_file")
    thread.join()
    assert killed, "the victim's worker was never seen"
    assert (s.imported, s.failed) == (7, 0)  # the victim's task was run again by Ray
    with Store(tmp_path / "v.db") as st:
        assert VICTIM in {Path(p).name for p in st.file_index()}


def test_a_file_that_hangs_times_out_and_the_rest_is_imported(tmp_path):
    src, clock = hanging_corpus(tmp_path)
    s = ray_import([src], tmp_path / "v.db", parser="test_bulk:hanging_parse_file", timeout=HANG_TIMEOUT,
                   clock=clock)
    assert s.imported == len(SAMPLES)
    assert [(Path(f.path).name, f.stage) for f in s.failures] == [("hang.txt", "timeout")]


def test_cli_engine_flags(tmp_path, capsys, monkeypatch):
    make_corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "crashme.txt").write_text("Số: 2-CV/TĐTN\n", encoding="utf-8")
    monkeypatch.setenv(CRASH_ENV, "crashme.txt")
    db = tmp_path / "v.db"
    assert main(["import", str(tmp_path / "in"), "--db", str(db), "--address", "127.0.0.1:1"]) == 2
    assert "--address needs --engine ray" in capsys.readouterr().err
    # the module's Ray is running: the command uses it rather than starting another
    assert main(["import", str(tmp_path / "in"), "--db", str(db), "--engine", "ray", "--no-progress"]) == 1
    out = capsys.readouterr().out
    # the summary is on stdout (Ray's notes of dead workers go to stderr while the import runs; one printed
    # by Ray's thread after the run may still land anywhere, so the summary is looked for as a line)
    assert any(line.startswith("imported 3 ") for line in out.splitlines()), out
    assert "crashme.txt: [crash] worker process died" in out
    assert ray.is_initialized()
