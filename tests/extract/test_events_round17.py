"""Events of the seventeenth heldout round's failure classes (invented sentences, with counter-cases): two
days joined by 'và' before a slashed month, a day count between the cue and its days, an occasion after
'trong buổi ...' with a day-part and a weekday, a tentative time after an item's label, a campaign's span after
'mở đợt'/'cao điểm', an event cue whose marks OCR changed; and the quantities a giấy mời's 'Thời gian:' or a
casualty count would otherwise give."""

from __future__ import annotations

from datetime import date

import pytest

from vanban.context import Context
from vanban.extract.quantities import extract as quantities
from vanban.extract.schedule import extract
from vanban.grammar.timex import find_times


def found(text: str, issued: date, doc_type: str = "KH") -> tuple[list[tuple[str, str | None]], list[str | None]]:
    events, deadlines = extract(Context(text=text + "\n", issued_date=issued, doc_type=doc_type))
    return [(e.date, e.end) for e in events], [d.due for d in deadlines]


@pytest.mark.parametrize("text, value, end", [
    ("ngày 20 và 21/01/2027", "2027-01-20", "2027-01-21"),
    ("ngày 12 và 13/12/2026", "2026-12-12", "2026-12-13"),
    ("ngày 08 và 09 tháng 11 năm 2025", "2025-11-08", "2025-11-09"),  # the verbal form, as before
])
def test_two_days_joined_before_a_slashed_month(text: str, value: str, end: str) -> None:
    [t] = [t for t in find_times(text) if t.kind == "period"]
    assert (t.value, t.end_value, t.text) == (value, end, text)


def test_a_joined_day_pair_is_no_part_of_a_longer_number() -> None:
    # counter-case: '21/01/20271' is no date, so no pair either
    assert not [t for t in find_times("ngày 20 và 21/01/20271") if t.kind == "period"]


@pytest.mark.parametrize("text, doc_type, events", [
    ("2. Tập huấn kỹ năng tư vấn cho 150 cán bộ chi hội: ngày 20 và 21/01/2027.", "KH",
     [("2027-01-20", "2027-01-21")]),
    ("Hội thi đã diễn ra trong 02 ngày 12 và 13/12/2026 tại Trường THCS Ngô Mây.", "TB",
     [("2026-12-12", "2026-12-13")]),
    ("Lễ trao giải được tổ chức trong buổi chào cờ sáng thứ Hai ngày 23/11/2026.", "BC", [("2026-11-23", None)]),
    ('3. Hội thi "Gia đình hạnh phúc" cấp huyện: dự kiến trong tháng 4/2027.', "KH", [("2027-04", None)]),
    ("a) Mở đợt cao điểm tuần tra, kiểm soát, xử lý vi phạm từ ngày 25/12/2026 đến hết ngày 28/02/2027.", "CT",
     [("2026-12-25", "2027-02-28")]),
    ("1. Thời gian: 01 buổi, bắt đầu tử 08 giờ 00 phút, ngày 17/12/2026 (thứ Năm).", "GM",
     [("2026-12-17T08:00", None)]),
    ("Các đội tham gia vòng chung kết cấp huyện vào Iúc 7 giờ 30 ngày 19/5/2027 tại Hội trường.", "CV",
     [("2027-05-19T07:30", None)]),  # an I read for the l of 'lúc'
    # counter-cases: a day count without a cue; a tentative report is still a by-when (no event); a span
    # of days without a campaign's word; a word that only looks like a damaged cue
    ("Còn 02 ngày 12 và 13/12/2026 chưa có lịch.", "TB", []),
    ("4. Báo cáo kết quả: dự kiến trong tháng 5/2027.", "KH", []),
    ("Số liệu tính từ ngày 25/12/2026 đến hết ngày 28/02/2027.", "CT", []),
    ("Nhân dân bắt đầu tư duy lại vào năm 2027.", "CT", []),
    ("Đoàn công tác về xã Ia Lâu 7 giờ 30 ngày 19/5/2027.", "CV", []),
])
def test_round17_events(text: str, doc_type: str, events: list) -> None:
    assert found(text, date(2026, 11, 28), doc_type)[0] == events


def test_a_tentative_report_is_a_deadline() -> None:
    assert found("4. Báo cáo kết quả: dự kiến trong tháng 5/2027.", date(2026, 11, 28))[1] == ["2027-05-31"]


@pytest.mark.parametrize("text, doc_type, expected", [
    # casualties named before the figure, and a share in brackets after one: reported damage
    ("Năm 2026 xảy ra nhiều vụ tai nạn, làm chết 128 người, bị thương 173 người.", "CT", []),
    ("So với năm 2025 giảm 11 người chết (-7,9%).", "CT", []),
    ("Dịp Tết vẫn xảy ra nhiều vụ tai nạn, làm chết 06 người.", "CT", []),
    # a phone number printed in groups, its last group masked
    ("Liên hệ: Bí thư Chi đoàn Lê Hoàng Nam - 0918 254 xxx.", "TB", []),
    # a giấy mời's duration after its 'Thời gian:' label
    ("1. Thời gian: 01 buổi, bắt đầu từ 08 giờ 00 phút, ngày 17/12/2026.", "GM", []),
    # an amount after a place word: no name ends in a number of thousands
    ("Trong đó ngân sách xã 60.000.000 đồng, vận động xã hội hóa 125.000.000 đồng.", "KH",
     [(60000000, "đồng"), (125000000, "đồng")]),
    # counter-cases: aid given is a result; a hamlet's small number is a name; a count after the label
    ("Đã hỗ trợ 30 triệu đồng cho các hộ bị thiệt hại.", "BC", [(30000000, "đồng")]),
    ("Xã 5 có 120 hộ được hỗ trợ.", "BC", [(120, "hộ")]),
    ("2. Thành phần: mỗi đơn vị cử 01 lãnh đạo.", "GM", [(1, "lãnh đạo")]),
    ("Mức phí 100.000 đồng mỗi lượt.", "QĐ", []),  # a rule's rate stays no figure
])
def test_round17_quantities(text: str, doc_type: str, expected: list) -> None:
    assert [(q.value, q.unit) for q in quantities(Context(text=text + "\n", doc_type=doc_type))] == expected


@pytest.mark.parametrize("text, expected", [
    # perfect marks counted ("Hoa điểm 10"), also beside a score in the same sentence
    # (the eighteenth round: the change of that count, its unit shortened to "điểm", counts perfect marks too)
    ("Toàn trường đạt 8.736 điểm 10 (tăng 1.120 điểm so với năm học trước).", [(8736, "điểm 10"), (1120, "điểm 10")]),
    ("Dẫn đầu là chi đoàn 12A1 (612 điểm 10) và chi đoàn 11A2 (548 điểm 10).",
     [(612, "điểm 10"), (548, "điểm 10")]),
    # occasions or models counted by their quoted, capitalised name
    ('Tổ chức 11 "Chợ Tết 0 đồng" tại các huyện, thành phố.', [(11, "Chợ Tết 0 đồng")]),
    ('Các cơ sở tham gia 3 "Ngày Chủ nhật xanh".', [(3, "Ngày Chủ nhật xanh")]),
    # the Đội's units counted though capitalised
    ("Có 72 thí sinh đến từ 18 Liên đội THCS trong toàn huyện.", [(72, "thí sinh"), (18, "liên đội")]),
    # counter-cases: a score; a rubric; a quoted lower-case noun keeps its head; a long quotation is no name
    ("Đội A đạt 186,5 điểm, xếp thứ nhất.", []),
    ("Có 9 loại lớp, mỗi loại cho 1 điểm.", []),
    ("Xây dựng 398 “Tuyến đường thanh niên tự quản”.", [(398, "tuyến đường")]),
    ('Đã có 2 "Cô Ba Sài Gòn, thành phố Hồ Chí Minh là nơi sinh ra nhiều người nổi tiếng".', []),
])
def test_round17_counted_things(text: str, expected: list) -> None:
    assert [(q.value, q.unit) for q in quantities(Context(text=text + "\n", doc_type="BC"))] == expected


def test_a_long_programme_name_in_a_later_row() -> None:
    table = ("STT\nChương trình\nKế hoạch vốn (triệu đồng)\nĐã giải ngân (triệu đồng)\n1\nXây dựng nông thôn mới\n"
             "48.620\n39.870\n2\nPhát triển KT-XH vùng đồng bào DTTS\n35.900\n25.130\n")
    got = [(q.value, q.scope) for q in quantities(Context(text=table, doc_type="BC"))]
    assert got == [(48620000000, "Xây dựng nông thôn mới"), (39870000000, "Xây dựng nông thôn mới"),
                   (35900000000, "Phát triển KT-XH vùng đồng bào DTTS"),
                   (25130000000, "Phát triển KT-XH vùng đồng bào DTTS")]


def test_a_long_first_row_is_no_table() -> None:
    # counter-case: a long first line is a sentence, not a row label; its figures are not a table's
    table = ("STT\nChương trình\nKế hoạch vốn (triệu đồng)\nĐã giải ngân (triệu đồng)\n"
             "Phát triển KT-XH vùng đồng bào DTTS\n35.900\n25.130\n")
    assert all(q.scope is None for q in quantities(Context(text=table, doc_type="BC")))
