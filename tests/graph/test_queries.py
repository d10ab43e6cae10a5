"""deadlines / targets / show over a real SQLite store."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
from graphcorpus import parsed_corpus

from vanban.cli import main
from vanban.graph.ical import ics_fold
from vanban.graph.queries import (
    active_period,
    build_calendar,
    compare_rows,
    deadline_rows,
    duties,
    event_rows,
    occurrences,
    quantity_rows,
)
from vanban.schemas import Deadline, DocNumber, DocType, Event, Issuer, Quantity, Recipient, Record, Recurrence
from vanban.store.db import Store


def record(rid, number, issuer, issued, deadlines=(), quantities=(), recipients=(), events=()):
    return Record(id=rid, text="x", doc_type=DocType(code=number.split("-")[1].split("/")[0]),
                  number=DocNumber(raw=number, normalized=number), issuer=Issuer(name=issuer, system="doan"),
                  issued_date=issued, deadlines=list(deadlines), quantities=list(quantities),
                  recipients=[Recipient(name=n) for n in recipients], events=list(events))


@pytest.fixture
def store(new_db):
    s = Store(new_db("q.db"))
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
    text = build_calendar(duties(store.conn)).text()
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20230804T120000" in text and "DTSTART;VALUE=DATE:20201130" in text
    unfolded = text.replace("\r\n ", "")
    assert "triển khai\\, hoạt động\\; gửi" in unfolded  # comma and semicolon escaped
    uids = [x for x in unfolded.split("\r\n") if x.startswith("UID:")]
    assert len(uids) == len(set(uids)) == 4  # every deadline once; the monthly duty is one event


def test_ics_fold_keeps_characters_whole():
    line = "DESCRIPTION:" + "Đoàn viên thanh niên tình nguyện " * 10
    folded = ics_fold(line)
    assert folded.replace("\r\n ", "") == line
    assert all(len(p.encode("utf-8")) <= 75 for p in folded.split("\r\n"))


def test_deadlines_command_exports(store, tmp_path, capsys):
    db = str(store.target)
    assert main(["deadlines", "--db", db, "--from", "2023-08-01", "--to", "31/08/2023"]) == 0
    assert "12/08/2023 09:00" in capsys.readouterr().out
    out = tmp_path / "d.csv"
    assert main(["deadlines", "--db", db, "--format", "csv", "-o", str(out), "--ics", str(tmp_path / "d.ics")]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert rows and rows[0]["due"] and "action" in rows[0]
    assert (tmp_path / "d.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert main(["deadlines", "--db", db, "--format", "jsonl", "-o", str(tmp_path / "d.jsonl")]) == 0
    assert json.loads((tmp_path / "d.jsonl").read_text().splitlines()[0])["doc_id"]
    openpyxl = pytest.importorskip("openpyxl")
    assert main(["deadlines", "--db", db, "--format", "xlsx", "-o", str(tmp_path / "d.xlsx")]) == 0
    ws = openpyxl.load_workbook(tmp_path / "d.xlsx").active
    assert ws.cell(1, 1).value == "Hạn" and ws.max_row == len(rows) + 1
    assert main(["deadlines", "--db", db, "--format", "xlsx"]) == 2  # needs -o


# -- targets -------------------------------------------------------------------------------------------------

def test_quantity_filters(store):
    assert len(quantity_rows(store.conn, kind="target")) == 2
    assert [q.unit for q in quantity_rows(store.conn, unit="ho so")] == ["hồ sơ"]
    assert [q.unit for q in quantity_rows(store.conn, unit="%")] == ["%"]  # no letters: compared as printed
    assert quantity_rows(store.conn, year=2023) == []
    assert len(quantity_rows(store.conn, issuer="huyện châu thành", year=2020)) == 2


@pytest.fixture(scope="module")
def corpus_store(new_db):
    _gen, records = parsed_corpus(0)
    s = Store(new_db("c.db"))
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
    db = str(corpus_store.target)
    assert main(["targets", "--db", db, "--kind", "result", "--unit", "công trình"]) == 0
    out = capsys.readouterr().out
    assert "công trình" in out and "chỉ tiêu" not in out.split("số liệu", 1)[1]
    assert main(["targets", "--db", db, "--compare", "--issuer", "Bến Tre", "--format", "csv",
                         "-o", str(tmp_path / "c.csv")]) == 0
    rows = list(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8-sig")))
    assert rows and {"plan", "target", "result", "percent", "depth", "why"} <= set(rows[0])


# -- show --------------------------------------------------------------------------------------------------

def test_show_tree_and_json(corpus_store, capsys):
    db = str(corpus_store.target)
    assert main(["show", "46-KH/TWĐTN-CNĐT", "--db", db, "--depth", "1", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Cites (upstream)" in out and "Cited by (downstream)" in out
    assert "57/2015/QĐ-TTg" in out and "implements" in out and "BCH ĐOÀN TỈNH BẾN TRE" in out
    assert main(["show", "46 KH/TWĐTN-CNĐT", "--db", db, "--depth", "1", "--width", "80"]) == 0
    out = capsys.readouterr().out
    assert "Văn bản này trích dẫn" in out and "Được trích dẫn bởi" in out and "thực hiện" in out
    assert "14/04/2023" in out and "2023-04-14" not in out
    assert main(["show", "35-KH/TĐTN-TTNTH", "--db", db, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 7  # one plan per province: six stored, one stub
    assert sum(1 for d in data if d["node"]["kind"] == "stub") == 1
    assert main(["show", "999-KH/XYZ", "--db", db]) == 1


# -- weekdays, periods, events, calendars read back by a real iCalendar parser ----------------------------

FRIDAY_DUTY = Deadline(recurrence=Recurrence(freq="weekly", weekday=5, time="15:00"), action="Báo cáo tuần",
                       responsible="Các bộ, ngành", text="trước 15 giờ thứ Sáu hằng tuần")
PERIODS = [("2025", "2025-12-31", "năm 2025"), ("2025-11", "2025-11-30", "tháng 11/2025"),
           ("2026-Q1", "2026-03-31", "quý I/2026")]


@pytest.fixture
def calendar_store(new_db):
    s = Store(new_db("cal.db"))
    s.put(record("c" * 64, "12-CĐ/TTg", "THỦ TƯỚNG CHÍNH PHỦ", "2025-10-06", deadlines=[
        FRIDAY_DUTY,
        Deadline(recurrence=Recurrence(freq="monthly", day=25), action="Báo cáo tháng", text="trước ngày 25"),
        Deadline(recurrence=Recurrence(freq="quarterly", day=20), action="Báo cáo quý", text="ngày 20 tháng cuối quý"),
        Deadline(due="2025-10-20T08:00", action="Gửi danh sách", text="trước 8 giờ ngày 20/10/2025"),
        # schema 1.1: the period's last day in due; and a month printed alone as stores hold it today
        *[Deadline(due=last, period=period, action=f"Hoàn thành {period}", text=period) for period, last, _ in PERIODS[:1]],
        Deadline(due="2025-11", action="Hoàn thành trong tháng 11", text="trong tháng 11/2025"),
        Deadline(due="2026-03-31", period="2026-Q1", action="Tổng kết quý I", text="quý I/2026")],
        events=[Event(date="2025-10-15T08:00", text="Hội nghị trực tuyến"),
                Event(date="2025-11-01", end="2025-11-03", text="Hội trại"),
                Event(date="2025-12", text="Tháng cao điểm")]))
    s.put(record("d" * 64, "7-KH/ĐTN", "BCH ĐOÀN KHỐI", None, deadlines=[
        Deadline(recurrence=Recurrence(freq="weekly", weekday=1), action="Giao ban", text="sáng thứ Hai")]))
    yield s
    s.close()


def test_weekly_duty_falls_on_its_weekday(calendar_store):
    assert occurrences("weekly", None, None, date(2025, 10, 6), date(2025, 10, 31), weekday=5) == [
        date(2025, 10, 10), date(2025, 10, 17), date(2025, 10, 24), date(2025, 10, 31)]
    rows = [r for r in deadline_rows(calendar_store.conn, date(2025, 10, 1), date(2025, 12, 31))
            if r.action == "Báo cáo tuần"]
    assert len(rows) == 12 and all(date.fromisoformat(r.due[:10]).isoweekday() == 5 for r in rows)
    assert all(r.due.endswith("T15:00") for r in rows) and rows[0].due == "2025-10-10T15:00"


@pytest.mark.parametrize("period, last, _label", PERIODS)
def test_period_deadlines_are_due_on_their_last_day(calendar_store, period, last, _label):
    rows = deadline_rows(calendar_store.conn, date(2025, 10, 1), date(2026, 12, 31))
    assert [r.period for r in rows if r.due == last] == [period]


def _parse_ics(text: str):
    icalendar = pytest.importorskip("icalendar")
    return icalendar.Calendar.from_ical(text)


def test_calendar_parsed_back_has_every_deadline_and_event(calendar_store, tmp_path, capsys):
    db = str(calendar_store.target)
    ics = tmp_path / "all.ics"
    assert main(["deadlines", "--db", db, "--format", "jsonl", "-o", str(tmp_path / "d.jsonl"),
                 "--ics", str(ics), "--events"]) == 0
    err = capsys.readouterr().err
    cal = _parse_ics(ics.read_text(encoding="utf-8"))
    events = list(cal.walk("VEVENT"))
    printed = int(err.split("wrote ", 1)[1].split(" events", 1)[0])
    assert printed == len(events) == 7 + 3  # seven placeable deadlines, three events
    assert "undated document" in err  # the weekly duty of the undated plan: said, not silently lost
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    by_summary = {str(e["SUMMARY"]): e for e in events}
    friday = by_summary["[12-CĐ/TTg] Báo cáo tuần"]
    assert friday["RRULE"]["FREQ"] == ["WEEKLY"] and friday["RRULE"]["BYDAY"] == ["FR"]
    start = friday["DTSTART"].dt
    assert start.isoweekday() == 5 and (start.hour, start.minute) == (15, 0)
    assert str(start.tzinfo) in ("Asia/Ho_Chi_Minh", "ICT") or start.utcoffset().total_seconds() == 7 * 3600
    quarterly = by_summary["[12-CĐ/TTg] Báo cáo quý"]["RRULE"]
    assert quarterly["FREQ"] == ["MONTHLY"] and quarterly["INTERVAL"] == [3] and quarterly["BYMONTHDAY"] == [20]
    for period, last, words in PERIODS:
        hit = [e for s, e in by_summary.items() if words in s]
        assert len(hit) == 1 and hit[0]["DTSTART"].dt == date.fromisoformat(last), (period, list(by_summary))
    camp = next(e for s, e in by_summary.items() if "Hội trại" in s)
    assert camp["DTSTART"].dt == date(2025, 11, 1) and camp["DTEND"].dt == date(2025, 11, 4)


def test_events_command(calendar_store, tmp_path, capsys):
    db = str(calendar_store.target)
    assert main(["events", "--db", db, "--from", "01/11/2025", "--lang", "en", "--width", "120"]) == 0
    out = capsys.readouterr().out
    assert "Hội trại" in out and "Tháng cao điểm" in out and "Hội nghị" not in out
    rows = event_rows(calendar_store.conn, date(2025, 12, 10), date(2025, 12, 20))
    assert [r.text for r in rows] == ["Tháng cao điểm"]  # a month-long event reaches a window inside it
    assert main(["events", "--db", db, "--ics", str(tmp_path / "e.ics"), "--format", "csv",
                 "-o", str(tmp_path / "e.csv")]) == 0
    assert len(list(_parse_ics((tmp_path / "e.ics").read_text()).walk("VEVENT"))) == 3


# -- what people read ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("width", [80, 200])
def test_tables_fit_the_terminal(calendar_store, capsys, width):
    from rich.cells import cell_len

    assert main(["deadlines", "--db", str(calendar_store.target), "--width", str(width)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    assert all(line.rstrip()[-1] in "┓┃┩│┘" for line in lines[1:])  # every column shown, none cropped
    assert "Hạn" in out and "Việc" in out and "10/10/2025 15:00" in out  # Vietnamese labels, dd/mm/yyyy
    assert "2025-10-10" not in out and "cccccccc" not in out  # no ISO dates, no id column


def test_english_tables_keep_iso_dates(calendar_store, capsys):
    assert main(["deadlines", "--db", str(calendar_store.target), "--lang", "en", "--width", "160"]) == 0
    out = capsys.readouterr().out
    assert "Due" in out and "Action" in out and "2025-10-10T15:00" in out


def test_xlsx_has_date_cells_a_frozen_header_and_a_filter(calendar_store, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "d.xlsx"
    assert main(["deadlines", "--db", str(calendar_store.target), "--format", "xlsx", "-o", str(out)]) == 0
    ws = openpyxl.load_workbook(out).active
    assert ws.cell(1, 1).value == "Hạn" and ws.freeze_panes == "A2" and ws.auto_filter.ref
    dues = [ws.cell(r, 1) for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value is not None]
    assert dues and all(c.is_date for c in dues)
    assert ws.column_dimensions["D"].width > ws.column_dimensions["A"].width - 20


def test_spreadsheet_cells_are_never_formulas(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from vanban.store.tabular import write_rows

    rows = [{"action": "=1+1", "responsible": "+84 912", "channel": "@admin", "text": "-2 ngày", "number": "\tx"}]
    cols = ["action", "responsible", "channel", "text", "number"]
    write_rows(rows, cols, "csv", tmp_path / "x.csv", "t")
    raw = (tmp_path / "x.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read the Vietnamese right
    got = list(csv.DictReader((tmp_path / "x.csv").open(encoding="utf-8-sig")))[0]
    assert got["action"] == "'=1+1" and got["responsible"] == "'+84 912" and got["channel"] == "'@admin"
    write_rows(rows, cols, "csv", tmp_path / "y.csv", "t", bom=False)
    assert not (tmp_path / "y.csv").read_bytes().startswith(b"\xef")
    write_rows(rows, cols, "xlsx", tmp_path / "x.xlsx", "t")
    cell = openpyxl.load_workbook(tmp_path / "x.xlsx").active.cell(2, 1)
    assert cell.value == "=1+1" and cell.data_type == "s"


# -- targets: one figure once, why no result ------------------------------------------------------------------

def test_a_figure_repeated_in_a_document_is_one_target(new_db):
    s = Store(new_db("t.db"))
    same = dict(value=500, comparator="gte", unit="công trình", object="công trình thanh niên", kind="target")
    s.put(record("e" * 64, "35-KH/TĐTN-TTNTH", "BCH ĐOÀN TỈNH KIÊN GIANG", "2023-05-04", quantities=[
        Quantity(**same, text="ít nhất 500 công trình"), Quantity(**same, text="500 công trình thanh niên"),
        Quantity(**same, text="500 công trình"), Quantity(**{**same, "value": 40}, text="40 công trình")]))
    assert [q.value for q in quantity_rows(s.conn, kind="target")] == [500, 40]
    s.close()


def test_compare_says_why_a_target_has_no_result(corpus_store):
    rows = compare_rows(corpus_store.conn)
    missing = [r for r in rows if not r.result]
    assert missing and all(r.why in ("no_citing_document", "no_results", "unit_mismatch", "object_mismatch")
                           for r in missing)
    assert all(r.why is None and r.depth in (1, 2) for r in rows if r.result)


def test_compare_follows_the_graph_down_to_the_reports_of_implementing_plans(corpus_store):
    # TW Đoàn's plan 46-KH/TWĐTN-CNĐT is implemented by the provinces' plans, whose reports give results
    rows = [r for r in compare_rows(corpus_store.conn) if r.plan == "46-KH/TWĐTN-CNĐT"]
    if not rows:
        pytest.skip("the generated corpus gives TW Đoàn's plan no target")
    assert any(r.depth == 2 for r in rows if r.result) or all(r.why for r in rows)


@pytest.mark.parametrize("stored, vi, en", [
    ("weekly weekday 5 15:00", "hằng tuần, thứ Sáu 15:00", "weekly, Friday 15:00"),
    ("monthly day 25", "hằng tháng, ngày 25", "monthly, day 25"),
    ("yearly day 15 month 12", "hằng năm, ngày 15/12", "yearly, day 15/12"),
    ("daily 17:00 ×31", "hằng ngày, 17:00 ×31", "daily, 17:00 ×31"),
    ("quarterly week -1 month 3", "hằng quý, tuần cuối, tháng thứ 3", "quarterly, last week, month 3"),
    ("monthly week 2", "hằng tháng, tuần thứ 2", "monthly, week 2"),
])
def test_recurrences_read_in_the_table_language(stored, vi, en):
    from vanban.store.tabular import recurrence_text

    assert recurrence_text(stored, "vi") == vi and recurrence_text(stored, "en") == en


def test_a_table_names_an_unnumbered_document_by_a_short_id_and_cuts_long_cells(new_db, capsys):
    db = new_db("u.db")
    s = Store(db)
    rec = record("9" * 64, "1-KH/ĐTN", "BCH ĐOÀN", "2025-01-02", quantities=[
        Quantity(value=10, unit="lớp", object="lớp tập huấn " * 30, kind="target", text="10 lớp")])
    rec.number = None
    s.put(rec)
    s.close()
    assert main(["targets", "--db", db, "--compare", "--width", "200"]) == 0
    out = capsys.readouterr().out
    assert "(Mã 999999999999)" in out and "…" in out and "lớp tập huấn " * 20 not in out


def test_week_duties_fall_due_at_the_end_of_their_week(tmp_path):
    """'tuần cuối cùng của tháng thứ 3 trong quý', 'tuần đầu tiên của tháng đầu quý', 'tuần thứ 2 của
    tháng' (docs/RECORD.md 1.1 recurrence.week): due by the week's last day, in the quarter's month."""
    s = Store(tmp_path / "w.db")
    s.put(record("e" * 64, "9/KH-SYT", "SỞ Y TẾ", "2025-11-10", deadlines=[
        Deadline(recurrence=Recurrence(freq="quarterly", week=-1, month=3), action="Báo cáo đợt", text="tuần cuối"),
        Deadline(recurrence=Recurrence(freq="quarterly", week=1, month=1), action="Báo cáo đầu quý", text="tuần đầu"),
        Deadline(recurrence=Recurrence(freq="monthly", week=2), action="Báo cáo tháng", text="tuần thứ 2")]))
    rows = deadline_rows(s.conn, date(2025, 11, 10), date(2026, 4, 30))
    s.close()

    def due(action: str) -> list[str | None]:
        return [r.due for r in rows if r.action == action]

    assert due("Báo cáo đợt") == ["2025-12-31", "2026-03-31"]
    assert due("Báo cáo đầu quý") == ["2026-01-07", "2026-04-07"]
    assert due("Báo cáo tháng") == ["2025-11-14", "2025-12-14", "2026-01-14", "2026-02-14", "2026-03-14",
                                     "2026-04-14"]
    assert {r.recurrence for r in rows if r.action == "Báo cáo đợt"} == {"quarterly week -1 month 3"}
