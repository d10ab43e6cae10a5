"""Events and deadlines of the twentieth heldout round's failure classes (invented sentences, with counter-cases):
in the time grammar a list of days of one month ("các ngày 07, 14 và 21/9/2027"), two days apart joined by "và",
two days after a part of the day ("trong 02 buổi chiều 15 và 16/11"), a range's "từ"/"đến" as OCR prints them,
a weekday before a month's relative week; events after a "Thời gian <what is done>:" label, of a survey's
fieldwork, a duty roster, building works, results made public, a drill's month, an activity starting "từ" a
day; deadlines of a weekly day with the duty's verb after it, the weekday and "trước" as OCR prints them, a
weekly day and its hour as one duty, "Thời hạn <what> (vẫn) là ngày ...", a weekday of a month's last week."""

from __future__ import annotations

from datetime import date

import pytest

from vanban.context import Context
from vanban.extract.schedule import extract
from vanban.grammar.timex import find_times

ISSUED = date(2027, 8, 23)


def events_of(text: str, doc_type: str = "KH") -> list[tuple[str, str | None, float]]:
    events, _ = extract(Context(text=text + "\n", issued_date=ISSUED, doc_type=doc_type))
    return [(e.date, e.end, e.confidence) for e in events]


def deadlines_of(text: str) -> list[tuple[str | None, tuple | None]]:
    _, deadlines = extract(Context(text=text + "\n", issued_date=ISSUED, doc_type="KH"))
    return [(d.due, (d.recurrence.freq, d.recurrence.day, d.recurrence.time, d.recurrence.weekday, d.recurrence.week)
             if d.recurrence else None) for d in deadlines]


@pytest.mark.parametrize("text, values", [
    ("vào các ngày 07, 14 và 21/9/2027 theo hình thức trực tuyến", ["2027-09-07", "2027-09-14", "2027-09-21"]),
    ("ngày 5, 12, 19 và 26 tháng 3 năm 2028", ["2028-03-05", "2028-03-12", "2028-03-19", "2028-03-26"]),
    ("vào các ngày 07 và 21/9/2027", ["2027-09-07", "2027-09-21"]),  # two days apart: two dates
    # counter-cases: days out of order are no list (the last date is still read)
    ("các ngày 21, 14 và 07/9/2027", ["2027-09-07"]),
])
def test_a_list_of_days_of_one_month(text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, ref=ISSUED) if t.kind == "date"] == values


@pytest.mark.parametrize("text, value, end", [
    ("trong 02 buổi chiều 15 và 16/11/2027 tại Trung tâm", "2027-11-15", "2027-11-16"),
    ("sáng 20 và 21/02/2028", "2028-02-20", "2028-02-21"),
    ("ngày 09 và 10/12/2026", "2026-12-09", "2026-12-10"),  # as before
    ("tù ngày 01/6/2024 đên hết ngày 31/7/2024", "2024-06-01", "2024-07-31"),
    ("từ ngày 01/6/2024 dến ngày 15/8/2024", "2024-06-01", "2024-08-15"),
])
def test_spans_of_days(text: str, value: str, end: str) -> None:
    [t] = find_times(text, ref=ISSUED)
    assert (t.kind, t.value, t.end_value) == ("period", value, end)


@pytest.mark.parametrize("text, kind, value", [
    # counter-cases: a clock time in the afternoon still joins its date; a weekday's "Tư" is no "từ"
    ("2 giờ chiều 15/11/2027", "datetime", "2027-11-15T14:00"),
    ("vào thứ Tư 05/12/2027", "date", "2027-12-05"),
])
def test_day_parts_and_weekdays_unchanged(text: str, kind: str, value: str) -> None:
    [t] = find_times(text, ref=ISSUED)
    assert (t.kind, t.value) == (kind, value)


def test_a_weekday_before_a_months_last_week() -> None:
    [t] = find_times("báo cáo vào chiều thứ Sáu tuần cuối cùng của mỗi tháng.", ref=ISSUED)
    assert (t.kind, t.week, t.weekday) == ("week", -1, 4)


@pytest.mark.parametrize("text, expected", [
    ("1. Thời gian thu thập thông tin: từ ngày 01/9/2027 đến hết ngày 31/10/2027.",
     [("2027-09-01", "2027-10-31", 1.0)]),
    ("1. Thời gian thu thập thông tin: tù ngày 01/9/2027 đên hết ngày 31/10/2027.",
     [("2027-09-01", "2027-10-31", 1.0)]),
    ("Riêng các doanh nghiệp được chọn mẫu, thời gian thu thập từ ngày 01/9/2027 đến ngày 15/10/2027.",
     [("2027-09-01", "2027-10-15", 1.0)]),
    ("b) Bố trí lực lượng kiểm lâm trực 24/24 giờ tại các vùng trọng điểm từ ngày 15/01/2028 đến ngày 30/4/2028.",
     [("2028-01-15", "2028-04-30", 0.6)]),
    ("Nhà trường dự kiến thi công từ ngày 01/10/2027 đến ngày 15/11/2027.", [("2027-10-01", "2027-11-15", 1.0)]),
    ("- Chấm thi tập trung tại Trường THPT chuyên; công bố kết quả dự kiến ngày 20/12/2027.",
     [("2027-12-20", None, 0.6)]),
    ("a) Tổ chức Lễ ra quân tại xã Quảng Sơn; diễn tập cấp tỉnh trong tháng 02/2028.", [("2028-02", None, 0.6)]),
    ("4. Cục Phòng bệnh cử 02 đoàn công tác kiểm tra, hỗ trợ các tỉnh Đồng Nai, Long An từ ngày 05/9/2027.",
     [("2027-09-05", None, 0.6)]),
    # counter-cases: a duty's label before a run of days, a rule's effective date, a card's validity
    ("- Thời gian nộp hồ sơ: từ ngày 01/9/2027 đến ngày 15/10/2027.", []),
    ("Quy định này áp dụng từ ngày 01/9/2027.", []),
    ("Thẻ bảo hiểm y tế có giá trị sử dụng từ ngày 01/01/2028.", []),
    ("Sơ kết: lồng ghép tại cuộc họp giao ban tháng 5/2028 của UBND phường.", []),
])
def test_events(text: str, expected: list) -> None:
    assert events_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("- Định kỳ vào thứ Năm hằng tuần, BHXH các huyện cập nhật tiến độ thu về Phòng Quản lý thu.",
     [(None, ("weekly", None, None, 4, None))]),
    ("- BHXH các huyện cập nhật tiến độ thu về Phòng Quản lý thu vào thứ Năm hằng tuần.",
     [(None, ("weekly", None, None, 4, None))]),
    ("4. Cục Thống kê báo cáo tiến độ về Tổng cục vào thứ Hai hằng tuần, trước 10 giờ sáng.",
     [(None, ("weekly", None, "10:00", 1, None))]),
    ("4. Cục Thống kê báo cáo tiến độ về Tổng cục vào thú Hai hằng tuần, truớc 10 giờ sáng.",
     [(None, ("weekly", None, "10:00", 1, None))]),
    ("Các chi bộ nộp báo cáo về Văn phòng Đảng ủy truớc ngày 20/9/2027.", [("2027-09-20", None)]),
    ("Thời hạn nộp hồ sơ khai thuế tháng 11/2027 vẫn là ngày 20/12/2027; người nộp thuế chủ động thực hiện.",
     [("2027-12-20", None)]),
    ("Hạn chót nộp bài dự thi là ngày 15/10/2027.", [("2027-10-15", None)]),
    ("d) Văn phòng báo cáo tiến độ cho Ban Chỉ đạo vào chiều thứ Sáu tuần cuối cùng của mỗi tháng.",
     [(None, ("monthly", None, None, 5, -1))]),
    # counter-cases: a weekly meeting without a duty's verb, a course that updates guidance, a card's validity
    ("- Vào thứ Hai hằng tuần, Chi đoàn tổ chức chào cờ.", []),
    ("3. Viện tổ chức 03 lớp tập huấn cập nhật hướng dẫn vào các ngày 07, 14 và 21/9/2027.", []),
    ("Thời hạn sử dụng của thẻ là ngày 31/12/2028.", []),
])
def test_deadlines(text: str, expected: list) -> None:
    assert deadlines_of(text) == expected
