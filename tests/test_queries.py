"""deadlines / targets / show over a real SQLite store."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from graphcorpus import parsed_corpus

from vanban.cli import main
from vanban.graph.queries import (
    active_period,
    compare_rows,
    deadline_rows,
    ics_fold,
    occurrences,
    quantity_rows,
    to_ics,
)
from vanban.schemas import Deadline, DocNumber, DocType, Issuer, Quantity, Recipient, Record, Recurrence
from vanban.store.db import Store


def record(rid, number, issuer, issued, deadlines=(), quantities=(), recipients=()):
    return Record(id=rid, text="x", doc_type=DocType(code=number.split("-")[1].split("/")[0]),
                  number=DocNumber(raw=number, normalized=number), issuer=Issuer(name=issuer, system="doan"),
                  issued_date=issued, deadlines=list(deadlines), quantities=list(quantities),
                  recipients=[Recipient(name=n) for n in recipients])


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "q.db")
    s.put(record("a" * 64, "342-CV/TĐTN-BPT", "BCH ĐOÀN TỈNH KIÊN GIANG", "2023-07-26", deadlines=[
        Deadline(due="2023-08-04T12:00", action="Tổng hợp nội dung dự kiến triển khai, hoạt động; gửi",
                 responsible="Các Huyện, Thành đoàn và Đoàn trực thuộc", channel="banphongtraotdkg@gmail.com",
                 text="trước 12h00 ngày 04/8/2023"),
        Deadline(due="2023-08-12T09:00", action="cập nhật báo cáo kết quả", text="trước 9h00 ngày 12/8/2023")],
        recipients=["BTV các Huyện, Thành đoàn và Đoàn trực thuộc"]))
    s.put(record("b" * 64, "55-KH/HĐTN", "BCH ĐOÀN HUYỆN CHÂU THÀNH", "2020-06-01", deadlines=[
        Deadline(recurrence=Recurrence(freq="monthly", day=25), action="Báo cáo kết quả hàng tháng",
                 responsible="BCH Đoàn các xã, thị trấn", channel="bộ phận Văn phòng", text="hàng tháng trước ngày 25"),
        Deadline(due="2020-11-30", action="báo cáo năm", responsible="BCH Đoàn các xã, thị trấn", text="30/11/2020")],
        quantities=[Quantity(value=3000, comparator="gte", unit="hồ sơ", object="hồ sơ thủ tục hành chính",
                             kind="target", text="ít nhất 3.000 hồ sơ"),
                    Quantity(value=100, unit="%", object="cán bộ Đoàn chủ chốt", kind="target", text="100%")]))
    yield s
    s.close()


# -- deadlines ---------------------------------------------------------------------------------------------

def test_occurrences():
    assert occurrences("monthly", 31, None, date(2023, 1, 1), date(2023, 4, 30)) == [
        date(2023, 1, 31), date(2023, 2, 28), date(2023, 3, 31), date(2023, 4, 30)]
    assert occurrences("quarterly", 5, None, date(2023, 1, 1), date(2023, 12, 31))[0] == date(2023, 3, 5)
    assert occurrences("weekly", None, None, date(2023, 8, 2), date(2023, 8, 20)) == [
        date(2023, 8, 7), date(2023, 8, 14)]
    assert len(occurrences("daily", None, None, date(2023, 8, 1), date(2023, 8, 10))) == 10
    assert occurrences("yearly", None, None, date(2023, 1, 1), date(2023, 12, 31)) == []  # no month: not guessed
    assert active_period(date(2020, 6, 1), None, None) == (date(2020, 6, 1), date(2021, 6, 1))
    assert active_period(None, date(2023, 1, 1), date(2023, 2, 1)) is None  # undated document: not guessed


def test_deadlines_window_and_recurrence(store):
    rows = deadline_rows(store.conn, date(2020, 9, 1), date(2020, 12, 31))
    monthly = [r.due for r in rows if r.recurrence]
    assert monthly == ["2020-09-25", "2020-10-25", "2020-11-25", "2020-12-25"]
    assert "2020-11-30" in [r.due for r in rows if not r.recurrence]
    assert all(r.number == "55-KH/HĐTN" for r in rows)
    rows = deadline_rows(store.conn, date(2023, 8, 1), date(2023, 8, 5))
    assert [(r.due, r.channel) for r in rows] == [("2023-08-04T12:00", "banphongtraotdkg@gmail.com")]


def test_deadlines_filters(store):
    assert {r.number for r in deadline_rows(store.conn, issuer="doan tinh kien giang")} == {"342-CV/TĐTN-BPT"}
    by_recipient = deadline_rows(store.conn, recipient="đoàn trực thuộc")  # responsible or a recipient
    assert {r.number for r in by_recipient} == {"342-CV/TĐTN-BPT"} and len(by_recipient) == 2
    assert {r.number for r in deadline_rows(store.conn, recipient="XA, THI TRAN")} == {"55-KH/HĐTN"}


def test_ics_is_rfc5545(store):
    rows = deadline_rows(store.conn)
    text = to_ics(rows)
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert text.count("BEGIN:VEVENT") == text.count("END:VEVENT") == len([r for r in rows if r.due])
    assert "DTSTART:20230804T120000" in text and "DTSTART;VALUE=DATE:20201130" in text
    unfolded = text.replace("\r\n ", "")
    assert "triển khai\\, hoạt động\\; gửi" in unfolded  # comma and semicolon escaped
    assert "UID:" in unfolded and "DTSTAMP:" in unfolded
    uids = [x for x in unfolded.split("\r\n") if x.startswith("UID:")]
    assert len(uids) == len(set(uids))


def test_ics_fold_keeps_characters_whole():
    line = "DESCRIPTION:" + "Đoàn viên thanh niên tình nguyện " * 10
    folded = ics_fold(line)
    assert folded.replace("\r\n ", "") == line
    assert all(len(p.encode("utf-8")) <= 75 for p in folded.split("\r\n"))


def test_deadlines_command_exports(store, tmp_path, capsys):
    db = str(store.path)
    assert main(["deadlines", "--db", db, "--from", "2023-08-01", "--to", "31/08/2023"]) == 0
    assert "2023-08-12T09:00" in capsys.readouterr().out
    out = tmp_path / "d.csv"
    assert main(["deadlines", "--db", db, "--format", "csv", "-o", str(out), "--ics", str(tmp_path / "d.ics")]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and rows[0]["due"] and "action" in rows[0]
    assert (tmp_path / "d.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert main(["deadlines", "--db", db, "--format", "jsonl", "-o", str(tmp_path / "d.jsonl")]) == 0
    assert json.loads((tmp_path / "d.jsonl").read_text().splitlines()[0])["doc_id"]
    openpyxl = pytest.importorskip("openpyxl")
    assert main(["deadlines", "--db", db, "--format", "xlsx", "-o", str(tmp_path / "d.xlsx")]) == 0
    ws = openpyxl.load_workbook(tmp_path / "d.xlsx").active
    assert ws.cell(1, 1).value == "due" and ws.max_row == len(rows) + 1
    assert main(["deadlines", "--db", db, "--format", "xlsx"]) == 2  # needs -o


# -- targets -------------------------------------------------------------------------------------------------

def test_quantity_filters(store):
    assert len(quantity_rows(store.conn, kind="target")) == 2
    assert [q.unit for q in quantity_rows(store.conn, unit="ho so")] == ["hồ sơ"]
    assert [q.unit for q in quantity_rows(store.conn, unit="%")] == ["%"]  # no letters: compared as printed
    assert quantity_rows(store.conn, year=2023) == []
    assert len(quantity_rows(store.conn, issuer="huyện châu thành", year=2020)) == 2


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory):
    _gen, records = parsed_corpus(0)
    s = Store(tmp_path_factory.mktemp("corpus") / "c.db")
    for r in records.values():
        s.put(r)
    yield s
    s.close()


def test_compare_lines_up_targets_with_reported_results(corpus_store):
    rows = compare_rows(corpus_store.conn, unit="công trình", issuer="tỉnh kiên giang")
    assert rows
    matched = [r for r in rows if r.result]
    assert matched, rows
    assert all(r.plan == "35-KH/TĐTN-TTNTH" for r in rows)
    # Kiên Giang's plan: at least 40 works; its report and the districts' reports implement it
    assert any(r.target == "≥ 40 công trình" and r.result == "50 công trình" and r.percent == 125.0 for r in matched)
    assert all("KIÊN GIANG" in (r.reporter_issuer or "KIÊN GIANG") or "CHÂU THÀNH" in r.reporter_issuer
               or "GIỒNG RIỀNG" in r.reporter_issuer for r in matched)


def test_targets_command(corpus_store, tmp_path, capsys):
    db = str(corpus_store.path)
    assert main(["targets", "--db", db, "--kind", "result", "--unit", "công trình"]) == 0
    out = capsys.readouterr().out
    assert "công trình" in out and "target" not in out.split("quantities", 1)[1]
    assert main(["targets", "--db", db, "--compare", "--issuer", "Bến Tre", "--format", "csv",
                         "-o", str(tmp_path / "c.csv")]) == 0
    rows = list(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8")))
    assert rows and {"plan", "target", "result", "percent"} <= set(rows[0])


# -- show --------------------------------------------------------------------------------------------------

def test_show_tree_and_json(corpus_store, capsys):
    db = str(corpus_store.path)
    assert main(["show", "46-KH/TWĐTN-CNĐT", "--db", db, "--depth", "1"]) == 0
    out = capsys.readouterr().out
    assert "Cites (upstream)" in out and "Cited by (downstream)" in out
    assert "57/2015/QĐ-TTg" in out and "implements" in out and "BCH ĐOÀN TỈNH BẾN TRE" in out
    assert main(["show", "35-KH/TĐTN-TTNTH", "--db", db, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 7  # one plan per province: six stored, one stub
    assert sum(1 for d in data if d["node"]["kind"] == "stub") == 1
    assert main(["show", "999-KH/XYZ", "--db", db]) == 1
