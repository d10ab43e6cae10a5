"""Events of the fifteenth heldout round's failure classes (invented sentences, with counter-cases):
a weekly schedule flattened one cell a line, a date alone in a flattened "Thời gian" column, a plan's item
naming an activity before its days, an occasion's length between its label and its days, an observation
time ("hồi 13 giờ ngày ..."), an activity running until further notice, units acting at once ("đồng loạt"),
an incident's clock time in a letter written after it."""

from __future__ import annotations

from datetime import date

import pytest

from vanban.context import Context
from vanban.extract.schedule import extract

WEEK = ("Thời gian\nNội dung\nChủ trì\nĐịa điểm\nThứ Hai 07/12\n07g30\nHọp giao ban\nCT UBND huyện\nPhòng họp số 1\n"
        "14g00\nKiểm tra công trình\nPCT UBND huyện\nXã An Hòa\nThứ Ba 08/12\nCả ngày\nTiếp công dân\nCT UBND huyện\n"
        "Trụ sở\nThứ Năm 10/12\n08g00 - 11g00\nLàm việc với xã An Bình\nCT UBND huyện\nXã An Bình\n")
FLAT = ("Hội thông báo lịch mở lớp như sau:\nSTT\nĐịa điểm\nThời gian\nSố lượng học viên\n1\nHội trường xã An Hòa\n"
        "Ngày 01/12/2026\n50 hội viên\n2\nNhà văn hóa thôn 3\nNgày 03/12/2026\n45 hội viên\n")


def events_of(text: str, issued: date, doc_type: str | None = "TB") -> list[tuple[str, str | None]]:
    return [(e.date, e.end) for e in extract(Context(text=text + "\n", issued_date=issued, doc_type=doc_type))[0]]


@pytest.mark.parametrize("text, issued, doc_type, expected", [
    (WEEK, date(2026, 12, 4), "TB",
     [("2026-12-07T07:30", None), ("2026-12-07T14:00", None), ("2026-12-08", None), ("2026-12-10T08:00", None)]),
    (FLAT, date(2026, 11, 20), "TB", [("2026-12-01", None), ("2026-12-03", None)]),
    ("1. Tuyên truyền: từ ngày 10/01/2027 đến ngày 10/02/2027, treo cờ Đảng tại các xóm.",
     date(2027, 1, 5), "KH", [("2027-01-10", "2027-02-10")]),
    ("3. Hội nghị học tập, quán triệt chuyên đề lịch sử Đảng bộ: trong tháng 02/2027.",
     date(2027, 1, 5), "KH", [("2027-02", None)]),
    ("- Giải bóng chuyền hơi mừng Đảng: từ ngày 06/02 đến ngày 08/02/2027, mỗi chi bộ một đội.",
     date(2027, 1, 5), "KH", [("2027-02-06", "2027-02-08")]),
    ("1. Thời gian: 02 ngày, từ 7 giờ 30 ngày 15/12/2026 (thứ Ba) đến 11 giờ 30 ngày 16/12/2026 (thứ Tư).",
     date(2026, 12, 1), "GM", [("2026-12-15T07:30", "2026-12-16T11:30")]),
    ("Theo Đài Khí tượng, hồi 13 giờ ngày 24/11/2026, vị trí tâm áp thấp nhiệt đới ở vào khoảng 13,2 độ Vĩ Bắc.",
     date(2026, 11, 24), "CĐ", [("2026-11-24T13:00", None)]),
    ("Các xã ven biển cấm biển từ 12 giờ ngày 25/11/2026 cho đến khi có thông báo mới.",
     date(2026, 11, 24), "CĐ", [("2026-11-25T12:00", None)]),
    ("Từ ngày 01/6 đến ngày 15/8/2026, 17/17 cơ sở Đoàn đồng loạt triển khai các phần việc.",
     date(2026, 8, 25), "BC", [("2026-06-01", "2026-08-15")]),
    ("Qua vụ cháy xảy ra lúc 22 giờ 40 phút ngày 26/11/2026 tại phường Nam Thành, Chủ tịch UBND tỉnh yêu cầu:",
     date(2026, 12, 2), "CV", [("2026-11-26T22:40", None)]),
])
def test_found(text: str, issued: date, doc_type: str, expected: list) -> None:
    got = events_of(text, issued, doc_type)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize("text, issued, doc_type", [
    # a by-when under an item's label stays a deadline
    ("- Báo cáo kết quả về Đảng ủy: trong tháng 02/2027.", date(2027, 1, 5), "KH"),
    # a background day of a letter, no clock time and no incident verb, stays background
    ("Ngày 26/11/2026, Thủ tướng Chính phủ ban hành Công điện về phòng cháy.", date(2026, 12, 2), "CV"),
    # an incident's day without its clock time in a letter written after it is background
    ("Qua vụ cháy xảy ra ngày 26/11/2026 tại phường Nam Thành, Chủ tịch UBND tỉnh yêu cầu:", date(2026, 12, 2), "CV"),
    # a date alone on its line under a table whose header holds no Thời gian cell
    ("STT\nSố hiệu\nNgày ban hành\n1\n12/KH-UBND\nNgày 01/12/2026\n", date(2026, 12, 5), "TB"),
    # a day cell with a long line above is not under a flattened table's header
    ("Các đơn vị tổ chức sinh hoạt chi đoàn theo hướng dẫn của Tỉnh đoàn, nội dung do chi đoàn tự chọn, thời gian"
     " linh hoạt.\nNgày 01/12/2026\n", date(2026, 12, 5), "TB"),
])
def test_not_an_event(text: str, issued: date, doc_type: str) -> None:
    assert events_of(text, issued, doc_type) == []


@pytest.mark.parametrize("text, expected", [
    # a bare hour joined to a cued one is a second time of the same duty (h154)
    ("Các đơn vị báo cáo tình hình về Văn phòng thường trực trước 7 giờ và 15 giờ hằng ngày.", ["07:00", "15:00"]),
    ("Các xã báo cáo trước 9 giờ, 15 giờ hằng ngày.", ["09:00", "15:00"]),
])
def test_joined_bare_hours_are_two_daily_duties(text: str, expected: list) -> None:
    deadlines = extract(Context(text=text + "\n", issued_date=date(2026, 11, 24), doc_type="CĐ"))[1]
    assert [d.recurrence.time for d in deadlines if d.recurrence] == expected


@pytest.mark.parametrize("text", ["Mỗi buổi học trong 2 giờ và 3 giờ thực hành.", "Họp 2 giờ, 3 giờ nghỉ."])
def test_bare_hours_without_a_cue_stay_durations(text: str) -> None:
    """Counter-case: a bare hour joined to another bare one is no clock time (a duration)."""
    events, deadlines = extract(Context(text=text + "\n", issued_date=date(2026, 11, 24), doc_type="KH"))
    assert events == [] and deadlines == []
