"""events.confidence in the store (store schema 4): an event read by the activity default (docs/RECORD.md 1.1,
Event.confidence under 1.0) keeps its confidence in the events table, the events query, the CLI and the
web API; a store of schema 3 gets the column filled from its stored records when it is opened, on
SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from vanban import parse_text
from vanban.cli import main
from vanban.extract.activity import DEFAULT_CONFIDENCE
from vanban.graph.queries import event_rows
from vanban.store.db import STORE_SCHEMA_VERSION, Store
from vanban.store.sql import is_url

# an invented plan: one event a cue reads (Hội nghị ... vào ngày), one only the activity default reads
PLAN = """ĐOÀN TNCS HỒ CHÍ MINH
HUYỆN ĐOÀN TÂN PHÚ
Số: 15-KH/HĐTN
Tân Phú, ngày 05 tháng 01 năm 2027
KẾ HOẠCH
Tổ chức các hoạt động Tháng Thanh niên năm 2027
I. NỘI DUNG
1. Hội nghị triển khai Tháng Thanh niên được tổ chức vào ngày 10/02/2027 tại Hội trường huyện.
2. Chi đoàn 10A1 sinh hoạt chuyên đề về an toàn giao thông thứ Năm 18/3/2027 tại phòng học A2.
Nơi nhận:
- Các cơ sở Đoàn;
- Lưu VP.
TM. BAN THƯỜNG VỤ
BÍ THƯ
Nguyễn Văn An
"""


def _plan_record():
    rec = parse_text(PLAN)
    by_date = {e.date[:10]: e.confidence for e in rec.events}
    assert by_date == {"2027-02-10": 1.0, "2027-03-18": DEFAULT_CONFIDENCE}  # the fixture is what it says
    return rec


def _stored(conn) -> dict[str, float]:
    return {d[:10]: c for d, c in conn.execute("SELECT date, confidence FROM events ORDER BY ord")}


def test_events_table_and_query_keep_each_events_confidence(new_db) -> None:
    with Store(new_db("ev.db")) as st:
        st.put(_plan_record())
        assert _stored(st.conn) == {"2027-02-10": 1.0, "2027-03-18": DEFAULT_CONFIDENCE}
        rows = event_rows(st.conn)
    assert [(r.date[:10], r.confidence) for r in rows] == [("2027-02-10", 1.0), ("2027-03-18", DEFAULT_CONFIDENCE)]


def _as_schema3(st: Store) -> None:
    """What a store written before schema 4 looks like: no events.confidence, schema_meta 3."""
    st.conn.execute("ALTER TABLE events DROP COLUMN confidence")
    st.conn.execute("UPDATE schema_meta SET value = '3' WHERE key = 'store_schema'")
    if isinstance(st.conn, sqlite3.Connection):  # PostgreSQL's connection commits each statement
        st.conn.commit()


def test_a_schema3_store_gets_event_confidences_from_its_records(new_db) -> None:
    target = new_db("old.db")
    with Store(target) as st:
        st.put(_plan_record())
        _as_schema3(st)
    with Store(target) as st:
        assert st.conn.execute("SELECT value FROM schema_meta WHERE key = 'store_schema'").fetchone()[0] \
            == STORE_SCHEMA_VERSION
        assert _stored(st.conn) == {"2027-02-10": 1.0, "2027-03-18": pytest.approx(DEFAULT_CONFIDENCE)}
        if not is_url(target):
            assert st.backup is not None and st.backup.is_file()  # SQLite keeps the old store aside


def test_a_record_without_event_confidence_migrates_as_a_cues_event(tmp_path: Path) -> None:
    """Records stored before 1.1 carry no events[].confidence: their events were all read by cues."""
    db = tmp_path / "pre11.db"
    with Store(db) as st:
        st.put(_plan_record())
        (rec_json,) = st.conn.execute("SELECT record_json FROM documents").fetchone()
        rec = json.loads(rec_json)
        for e in rec["events"]:
            del e["confidence"]
        st.conn.execute("UPDATE documents SET record_json = ?", (json.dumps(rec, ensure_ascii=False),))
        _as_schema3(st)
    with Store(db) as st:
        assert set(_stored(st.conn).values()) == {1.0}


def test_cli_events_lists_the_confidence(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with Store(db) as st:
        st.put(_plan_record())
    out = tmp_path / "events.jsonl"
    assert main(["events", "--db", str(db), "--format", "jsonl", "-o", str(out)]) == 0
    got = {r["date"][:10]: r["confidence"] for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert got == {"2027-02-10": 1.0, "2027-03-18": DEFAULT_CONFIDENCE}


def test_web_api_and_document_page_show_an_events_confidence(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from vanban.web.app import create_app
    from vanban.web.settings import Settings

    db = tmp_path / "web.db"
    rec = _plan_record()
    with Store(db) as st:
        st.put(rec)
    with TestClient(create_app(Settings(db=db, workers=1))) as c:
        items = c.get("/v1/events").json()["items"]
        assert {e["date"][:10]: e["confidence"] for e in items} == {"2027-02-10": 1.0, "2027-03-18": DEFAULT_CONFIDENCE}
        html = c.get(f"/documents/{rec.id}").text
    shown = f"{int(DEFAULT_CONFIDENCE * 100)}%"
    listed = re.findall(r'<li class="fld[^"]*" data-id="ev-(\d)".*?</li>', html, flags=re.S)
    assert listed == ["0", "1"]
    low = re.search(r'<li class="fld[^"]*\blow\b[^"]*" data-id="ev-1".*?</li>', html, flags=re.S)
    assert low and shown in low.group(0)  # the default's event is flagged, the cue's is not
    assert not re.search(r'<li class="fld[^"]*\blow\b[^"]*" data-id="ev-0"', html)
