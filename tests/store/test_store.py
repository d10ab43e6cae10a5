"""vanban.store.db: SQLite store, one transaction per document, queryable child tables."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from vanban.schemas import (
    Citation,
    Deadline,
    DistributionEntry,
    DocNumber,
    DocType,
    Event,
    Issuer,
    Quantity,
    Recipient,
    Record,
    Recurrence,
    Source,
)
from vanban.store.db import STORE_SCHEMA_VERSION, Store, StoreError, expected_child_counts, record_rows

# Real snippets (dev sample 000, a Tỉnh đoàn công văn).
TEXT = (
    "BCH ĐOÀN TỈNH KIÊN GIANG\nSố: 342-CV/TĐTN-BPT\nRạch Giá, ngày 26 tháng 7 năm 2023\n"
    "Kính gửi: BTV các Huyện, Thành đoàn và Đoàn trực thuộc\n"
    "Căn cứ Kế hoạch số 35-KH/TĐTN-TTNTH ngày 04/5/2023 của Ban Thường vụ Tỉnh đoàn.\n"
    "Báo cáo kết quả về Ban Thường vụ Tỉnh đoàn trước ngày 15/8/2023.\n"
    "Mỗi đơn vị tổ chức ít nhất 01 ngày cao điểm.\n"
)


def span(s: str) -> tuple[int, int]:
    i = TEXT.index(s)
    return (i, i + len(s))


def make_record(text: str = TEXT, sha: str = "f" * 64, path: str = "/in/342.txt") -> Record:
    return Record(
        id=hashlib.sha256(text.encode()).hexdigest(),
        source=Source(path=path, format="txt", sha256=sha),
        text=text,
        doc_type=DocType(code="CV", name="Công văn"),
        number=DocNumber(raw="342-CV/TĐTN-BPT", normalized="342-CV/TĐTN-BPT", seq=342, type_code="CV",
                         issuer_code="TĐTN", unit_code="BPT", grammar="party", span=span("342-CV/TĐTN-BPT")),
        issuer=Issuer(name="BCH ĐOÀN TỈNH KIÊN GIANG", span=span("BCH ĐOÀN TỈNH KIÊN GIANG")),
        issued_date="2023-07-26",
        subject="triển khai Ngày cao điểm",
        recipients=[Recipient(name="BTV các Huyện, Thành đoàn và Đoàn trực thuộc")],
        distribution=[DistributionEntry(name="Lưu VP", archive=True)],
        citations=[Citation(text="Kế hoạch số 35-KH/TĐTN-TTNTH ngày 04/5/2023", doc_type="KH",
                            number="35-KH/TĐTN-TTNTH", date="2023-05-04", relation="basis",
                            span=span("Kế hoạch số 35-KH/TĐTN-TTNTH ngày 04/5/2023"))],
        events=[Event(date="2023-05-04", text="ngày 04/5/2023", span=span("ngày 04/5/2023"))],
        deadlines=[Deadline(due="2023-08-15", action="Báo cáo kết quả", text="trước ngày 15/8/2023",
                            recurrence=Recurrence(freq="monthly", day=15), span=span("trước ngày 15/8/2023"))],
        quantities=[Quantity(value=1, comparator="gte", unit="ngày", text="ít nhất 01 ngày",
                             kind="target", span=span("ít nhất 01 ngày"))],
        pipeline_version="0.1.0",
    )


@pytest.fixture
def store(new_db):
    s = Store(new_db("v.db"))
    yield s
    s.close()


def test_put_get_roundtrip_and_child_rows(store):
    rec = make_record()
    doc_id = store.put(rec, size=123)
    assert store.get(doc_id) == rec
    assert store.get("nope") is None
    c = store.counts()
    assert (c["documents"], c["citations"], c["events"], c["deadlines"], c["quantities"]) == (1, 1, 1, 1, 1)
    assert c["recipients"] == 2
    row = store.conn.execute("SELECT number, number_key, doc_type, issuer, issued_date, pipeline_version "
                             "FROM documents").fetchone()
    assert row == ("342-CV/TĐTN-BPT", "342-CV/TDTN-BPT", "CV", "BCH ĐOÀN TỈNH KIÊN GIANG", "2023-07-26", "0.1.0")
    cit = store.conn.execute("SELECT number_key, relation, date, span_start FROM citations").fetchone()
    assert cit == ("35-KH/TDTN-TTNTH", "basis", "2023-05-04", TEXT.index("Kế hoạch số 35"))
    dl = store.conn.execute("SELECT due, freq, day, action FROM deadlines").fetchone()
    assert dl == ("2023-08-15", "monthly", 15, "Báo cáo kết quả")
    kinds = store.conn.execute("SELECT kind, name, archive FROM recipients ORDER BY ord").fetchall()
    assert kinds == [("recipient", "BTV các Huyện, Thành đoàn và Đoàn trực thuộc", None),
                     ("distribution", "Lưu VP", 1)]
    assert store.conn.execute("SELECT status, doc_id, size FROM files").fetchone() == ("ok", doc_id, 123)
    assert store.check_whole() == []


def test_find_by_number_folds_spacing_and_dj(store):
    store.put(make_record())
    assert [r.number.normalized for r in store.find_by_number("342 - CV/TDTN-BPT")] == ["342-CV/TĐTN-BPT"]
    assert store.find_by_number("343-CV/TĐTN-BPT") == []


def test_citations_join_documents_by_number_key(store):
    """What the directive-graph stage will do: cited number -> stored document."""
    store.put(make_record())
    plan_text = "Số: 35-KH/TĐTN-TTNTH\nKẾ HOẠCH tổ chức Chiến dịch Thanh niên tình nguyện Hè 2023\n"
    plan = Record(id=hashlib.sha256(plan_text.encode()).hexdigest(), text=plan_text,
                  source=Source(sha256="e" * 64, path="/in/35.txt"),
                  number=DocNumber(raw="35-KH/TĐTN-TTNTH", normalized="35-KH/TĐTN-TTNTH"))
    store.put(plan)
    rows = store.conn.execute("SELECT c.doc_id, d.id FROM citations c JOIN documents d "
                              "ON d.number_key = c.number_key").fetchall()
    assert rows == [(make_record().id, plan.id)]


def test_reput_replaces_children_not_duplicates(store):
    rec = make_record()
    store.put(rec)
    rec.citations = []
    rec.quantities = rec.quantities * 3
    store.put(rec)
    c = store.counts()
    assert (c["documents"], c["citations"], c["quantities"]) == (1, 0, 3)
    assert store.check_whole() == []


@pytest.mark.parametrize("fail_after", ["citations", "events", "quantities", "recipients"])
def test_failure_midway_leaves_nothing_partial(store, fail_after):
    old = make_record()
    store.put(old)
    changed = make_record()
    changed.subject = "changed"
    changed.events = changed.events * 4
    with pytest.raises(RuntimeError):
        store.put_rows(record_rows(changed), _fail_after=fail_after)
    assert store.get(old.id) == old  # the earlier version is intact, children included
    assert store.counts()["events"] == 1
    new = make_record(text=TEXT + "Nơi nhận:\n", sha="a" * 64, path="/in/other.txt")
    with pytest.raises(RuntimeError):
        store.put_rows(record_rows(new), _fail_after=fail_after)
    assert store.get(new.id) is None
    assert store.conn.execute("SELECT count(*) FROM citations WHERE doc_id=?", (new.id,)).fetchone()[0] == 0
    assert not store.has_file("a" * 64)
    assert store.check_whole() == []
    store.put(new)  # the connection is usable after the rollback
    assert store.counts()["documents"] == 2


def test_has_file_and_versions(store):
    store.put(make_record())
    assert store.has_file("f" * 64)
    assert store.has_file("f" * 64, "0.1.0")
    assert not store.has_file("f" * 64, "0.2.0")
    assert not store.has_file("0" * 64)
    assert store.file_states() == {"f" * 64: ("ok", "0.1.0")}


def test_record_error_keeps_latest_and_success_clears_it(store):
    store.record_error("/in/bad.pdf", "b" * 64, "ingest", "not a PDF", "0.1.0", 10)
    store.record_error("/in/bad.pdf", "b" * 64, "ingest", "not a PDF (again)", "0.1.0", 10)
    assert [e["message"] for e in store.errors()] == ["not a PDF (again)"]
    assert store.file_states()["b" * 64] == ("error", "0.1.0")
    assert not store.has_file("b" * 64)
    store.record_error("/in/gone.txt", None, "ingest", "file disappeared before it was read", remember=False)
    store.record_error("/in/x.txt", "c" * 64, "worker", "worker process died", remember=False)
    assert "c" * 64 not in store.file_states()  # a transient failure is retried next run
    assert store.counts()["errors"] == 3
    store.put(make_record(sha="c" * 64, path="/in/x.txt"))
    assert [e["path"] for e in store.errors()] == ["/in/bad.pdf", "/in/gone.txt"]


def test_iter_records_and_json_verbatim(store):
    a = make_record()
    b = make_record(text=TEXT + "Nơi nhận:\n", sha="a" * 64, path="/in/other.txt")
    store.put(a)
    store.put(b)
    assert [r.id for r in store.iter_records()] == [a.id, b.id]
    stored = list(store.iter_record_json())
    assert json.loads(stored[0]) == json.loads(a.model_dump_json())
    assert expected_child_counts(stored[0])["recipients"] == 2


def test_pipeline_version_filled_when_missing(store):
    rec = make_record()
    rec.pipeline_version = None
    store.put(rec)
    assert store.get(rec.id).pipeline_version  # current pipeline version, never None


def test_wal_and_schema_meta(tmp_path):
    path = tmp_path / "v.db"
    with Store(path) as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM schema_meta").fetchone()[0] == STORE_SCHEMA_VERSION
    conn.execute("UPDATE schema_meta SET value='999'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="999"):
        Store(path)


def test_check_whole_detects_missing_child_rows(store):
    rec = make_record()
    store.put(rec)
    store.conn.execute("DELETE FROM events")
    assert store.check_whole() == [rec.id]


def test_opening_a_current_store_takes_no_write_lock(tmp_path, monkeypatch) -> None:
    """The web app opens the store once per request: with an import holding the write lock, opening
    must still read at once (a write would wait for the lock, here fail after 50 ms)."""
    from vanban.store import db as store_db

    path = tmp_path / "archive.db"
    Store(path).close()
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT", 0.05)
    importer = sqlite3.connect(path, isolation_level=None)
    importer.execute("BEGIN IMMEDIATE")
    try:
        with Store(path) as store:
            assert store.record("no-such-document") is None
    finally:
        importer.execute("ROLLBACK")
        importer.close()


def test_opening_a_store_restores_a_missing_index(tmp_path) -> None:
    path = tmp_path / "archive.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP INDEX deadlines_due")
    Store(path).close()
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "deadlines_due" in names


def test_a_store_opened_on_one_thread_is_used_and_closed_on_others(tmp_path) -> None:
    # the web app's per-request store: FastAPI opens it, runs the route and closes it on whichever threadpool
    # threads come free (a mid-stop CI run answered 500 when the close landed on another thread)
    import threading

    holder: dict[str, Store] = {}
    errors: list[BaseException] = []

    def run(step) -> None:
        try:
            step()
        except BaseException as exc:  # noqa: BLE001 (reported by the assertion below)
            errors.append(exc)

    def open_store() -> None:
        holder["store"] = Store(tmp_path / "archive.db")

    for step in (open_store, lambda: holder["store"].conn.execute("SELECT count(*) FROM documents").fetchone(),
                 lambda: holder["store"].close()):
        thread = threading.Thread(target=run, args=(step,))
        thread.start()
        thread.join()
    assert errors == []
