"""Events and deadlines of the sixteenth heldout round's failure classes (invented sentences, with
counter-cases): a month alone in a flattened "Thời gian" column, a part of the month between an event's cue
and its month, a launch held in a numeric month, a deadline cue whose marks OCR lost or changed, a by-when
opening its sentence ("Đến hết ngày ..., ... phải ...")."""

from __future__ import annotations

from datetime import date

import pytest

from vanban.context import Context
from vanban.extract.schedule import extract

PLAN = ("II. NỘI DUNG CỤ THỂ\nThời gian\nNội dung\nPhụ trách\n05/9/2026\nLễ khai giảng năm học mới\nTPT Đội\n"
        "Tháng 10/2026\nHội thi \"Nghi thức Đội\" cấp trường\nBCH Liên đội\nTháng 12/2026\nSơ kết học kỳ I\nTPT Đội\n")
NO_HEADER = ("II. NỘI DUNG CỤ THỂ\nNội dung\nPhụ trách\nTháng 10/2026\nHội thi cấp trường\nBCH Liên đội\n")


def found(text: str, issued: date, doc_type: str = "KH") -> tuple[list[str], list[str | None]]:
    events, deadlines = extract(Context(text=text + "\n", issued_date=issued, doc_type=doc_type))
    return [e.date for e in events], [d.due for d in deadlines]


@pytest.mark.parametrize("text, events, deadlines", [
    (PLAN, ["2026-09-05", "2026-10", "2026-12"], []),
    ("Hội nghị sơ kết 6 tháng thực hiện Nghị quyết tổ chức vào đầu tháng 7/2026.", ["2026-07"], []),
    ("Ra mắt 02 mô hình tự quản tại ấp Hòa Lợi trong tháng 10/2026.", ["2026-10"], []),
    ("Gửi danh sách đội thi về Huyện đoàn chậm nhât ngày 12/5/2026.", [], ["2026-05-12"]),
    ("Các đơn vị nộp hồ sơ, hạn chot ngày 20/5/2026.", [], ["2026-05-20"]),
    # counter-cases: a month cell without a "Thời gian" header; a numeric month as the span of a report;
    # a meeting's noun with a duty word in it is still a meeting; one damaged word is too short to tell
    (NO_HEADER, [], []),
    ("Trong tháng 10/2026, toàn xã có 120 hộ thoát nghèo.", [], []),
    ("3. Hội nghị học tập, quán triệt chuyên đề: trong tháng 02/2027.", ["2027-02"], []),
    ("Gửi danh sách đội thi về Huyện đoàn trươc ngày 12/5/2026.", [], []),
    # a resolution made known within a month: a duty with its period (passive only, see the meeting below)
    ("Nghị quyết này được quán triệt đến các chi bộ, đảng viên trong tháng 01/2026.", [], ["2026-01-31"]),
    # a time opening its sentence after "đến hết", a duty's word after it: a by-when
    ('"Đến hết ngày 31/12/2026, 100% hộ dân ven kênh phải ký cam kết", công văn nêu rõ.', [], ["2026-12-31"]),
    ("Đến năm 2027, 100% xã phải có điểm sinh hoạt văn hóa.", [], ["2027-12-31"]),
    # counter-cases: the span a report counts to; a duty's word in the next sentence
    ("Đến hết ngày 30/9/2026, toàn huyện đã giải ngân 58 tỷ đồng.", [], []),
    ("Đến hết ngày 30/9/2026, toàn huyện giải ngân 58 tỷ đồng. Các xã phải báo cáo.", [], []),
])
def test_round16_events_and_deadlines(text: str, events: list[str], deadlines: list[str]) -> None:
    assert found(text, date(2026, 1, 5)) == (events, deadlines)
