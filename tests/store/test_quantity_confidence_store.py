"""quantities.confidence in the store (store schema 5): each figure keeps the confidence of the evidence its kind was
read from (docs/RECORD.md 1.1, quantities.EVIDENCE_CONFIDENCE) in the quantities table; the targets query, `vanban
targets --min-confidence` and GET /v1/targets?min_confidence= leave out the figures under it; a store of schema 4
gets the column filled from its stored records when it is opened."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from vanban import parse_text
from vanban.cli import main
from vanban.extract.quantities import EVIDENCE_CONFIDENCE, Evidence
from vanban.graph.queries import quantity_rows
from vanban.store.db import STORE_SCHEMA_VERSION, Store
from vanban.store.sql import is_url

CUED, DEFAULT = EVIDENCE_CONFIDENCE[Evidence.CUE], EVIDENCE_CONFIDENCE[Evidence.DEFAULT]
BETWEEN = (CUED + DEFAULT) / 2

# an invented plan: one figure a cue reads (Phấn đấu), one only the default does (no cue in its sentence)
PLAN = """ĐOÀN TNCS HỒ CHÍ MINH
HUYỆN ĐOÀN TÂN PHÚ
Số: 16-KH/HĐTN
Tân Phú, ngày 05 tháng 01 năm 2027
KẾ HOẠCH
Thực hiện công tác Đoàn năm 2027
1. Phấn đấu kết nạp 50 đoàn viên mới trong năm 2027.
2. Trạm y tế phối hợp tiêm 500 liều vắc xin cho trẻ em.
Nơi nhận:
- Các cơ sở Đoàn;
- Lưu VP.
TM. BAN THƯỜNG VỤ
BÍ THƯ
Nguyễn Văn An
"""


def _plan_record():
    rec = parse_text(PLAN)
    assert {q.value: q.confidence for q in rec.quantities} == {50: CUED, 500: DEFAULT}  # the fixture is what it says
    return rec


def _stored(conn) -> dict[float, float]:
    return {v: c for v, c in conn.execute("SELECT value, confidence FROM quantities ORDER BY ord")}


def test_the_table_and_the_query_keep_each_figures_confidence(new_db) -> None:
    with Store(new_db("q.db")) as st:
        st.put(_plan_record())
        assert _stored(st.conn) == {50: pytest.approx(CUED), 500: pytest.approx(DEFAULT)}
        every = quantity_rows(st.conn)
        sure = quantity_rows(st.conn, min_confidence=BETWEEN)
        none = quantity_rows(st.conn, min_confidence=1.0)
    assert [(r.value, r.confidence) for r in every] == [(50, pytest.approx(CUED)), (500, pytest.approx(DEFAULT))]
    assert [r.value for r in sure] == [50]  # the default's figure is under the minimum
    assert none == []
    # counter-case: a minimum of 0 leaves everything
    assert len(every) == 2


def _as_schema4(st: Store) -> None:
    """What a store written before schema 5 looks like: no quantities.confidence, schema_meta 4."""
    st.conn.execute("ALTER TABLE quantities DROP COLUMN confidence")
    st.conn.execute("UPDATE schema_meta SET value = '4' WHERE key = 'store_schema'")
    if isinstance(st.conn, sqlite3.Connection):  # PostgreSQL's connection commits each statement
        st.conn.commit()


def test_a_schema4_store_gets_quantity_confidences_from_its_records(new_db) -> None:
    target = new_db("old.db")
    with Store(target) as st:
        st.put(_plan_record())
        _as_schema4(st)
    with Store(target) as st:
        assert st.conn.execute("SELECT value FROM schema_meta WHERE key = 'store_schema'").fetchone()[0] \
            == STORE_SCHEMA_VERSION
        assert _stored(st.conn) == {50: pytest.approx(CUED), 500: pytest.approx(DEFAULT)}
        if not is_url(target):
            assert st.backup is not None and st.backup.is_file()  # SQLite keeps the old store aside


def test_a_record_without_quantity_confidence_migrates_as_sure(tmp_path: Path) -> None:
    """Records stored before quantities had a confidence: every figure counts as 1.0, none is filtered out."""
    db = tmp_path / "preq.db"
    with Store(db) as st:
        st.put(_plan_record())
        (rec_json,) = st.conn.execute("SELECT record_json FROM documents").fetchone()
        rec = json.loads(rec_json)
        for q in rec["quantities"]:
            del q["confidence"]
        st.conn.execute("UPDATE documents SET record_json = ?", (json.dumps(rec, ensure_ascii=False),))
        _as_schema4(st)
    with Store(db) as st:
        assert set(_stored(st.conn).values()) == {1.0}
        assert len(quantity_rows(st.conn, min_confidence=BETWEEN)) == 2


def _cli_targets(db: Path, out: Path, *extra: str) -> dict[float, float]:
    assert main(["targets", "--db", str(db), "--format", "jsonl", "-o", str(out), *extra]) == 0
    return {r["value"]: r["confidence"] for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}


def test_cli_targets_lists_and_filters_by_confidence(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with Store(db) as st:
        st.put(_plan_record())
    out = tmp_path / "targets.jsonl"
    assert _cli_targets(db, out) == {50: pytest.approx(CUED), 500: pytest.approx(DEFAULT)}
    assert _cli_targets(db, out, "--min-confidence", str(BETWEEN)) == {50: pytest.approx(CUED)}
    assert _cli_targets(db, out, "--min-confidence", "0") == {50: pytest.approx(CUED), 500: pytest.approx(DEFAULT)}


@pytest.mark.parametrize("bad", ["1.5", "-0.1", "cao"])
def test_cli_refuses_a_confidence_out_of_range(tmp_path: Path, bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["targets", "--db", str(tmp_path / "x.db"), "--min-confidence", bad]) == 2
    assert "no confidence: a number from 0 to 1" in capsys.readouterr().err


def test_web_api_filters_targets_by_confidence(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from vanban.web.app import create_app
    from vanban.web.settings import Settings

    db = tmp_path / "web.db"
    with Store(db) as st:
        st.put(_plan_record())
    with TestClient(create_app(Settings(db=db, workers=1))) as c:
        every = c.get("/v1/targets").json()["items"]
        sure = c.get("/v1/targets", params={"min_confidence": BETWEEN}).json()["items"]
        assert c.get("/v1/targets", params={"min_confidence": 2}).status_code == 400  # the API's bad-request answer
    assert {r["value"]: r["confidence"] for r in every} == {50: pytest.approx(CUED), 500: pytest.approx(DEFAULT)}
    assert [r["value"] for r in sure] == [50]


def test_targets_page_filters_by_confidence_and_takes_an_empty_form(tmp_path: Path) -> None:
    """The page's filter form sends its empty fields ('year=&min_confidence='): no filter, not a bad request."""
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from vanban.web.app import create_app
    from vanban.web.settings import Settings

    db = tmp_path / "page.db"
    with Store(db) as st:
        st.put(_plan_record())
    with TestClient(create_app(Settings(db=db, workers=1))) as c:
        empty = c.get("/targets", params={"unit": "", "issuer": "", "year": "", "min_confidence": ""})
        sure = c.get("/targets", params={"min_confidence": f"{BETWEEN:.3f}"})
        assert c.get("/targets", params={"min_confidence": "3"}).status_code == 400
        assert c.get("/targets", params={"year": "1800"}).status_code == 400
    assert empty.status_code == sure.status_code == 200
    assert "đoàn viên" in empty.text and "liều" in empty.text  # both targets listed
    assert "đoàn viên" in sure.text and "liều" not in sure.text  # the default's target left out
    assert f'value="{BETWEEN:.3f}"' in sure.text and f"min_confidence={BETWEEN:.3f}" in sure.text  # kept, CSV link too
