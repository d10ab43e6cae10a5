"""Rounds 65-69's non-quantity leftovers (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.normalize import normalize

REPORT = ("CÔNG TY CẤP NƯỚC AN HÒA\nSố: 215/BC-CN\nAn Hòa, ngày 05 tháng 10 năm 2032\nBÁO CÁO\n"
          "Kết quả sản xuất kinh doanh 9 tháng năm 2032\nKính gửi: Ủy ban nhân dân tỉnh An Hòa.\n"
          "Công ty báo cáo kết quả như sau:\n1. Các chỉ tiêu chính\n{table}"
          "Trong quý, Công ty đã lắp đặt 1.250 đồng hồ nước cho khách hàng mới.\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n")

# 1. Tables drawn with box-drawing or ASCII rules: each row one row of cells, a cell wrapped over ruled lines
# joined (fixed: the lines were joined into prose, h767's 9 table figures lost)
DRAWN_TABLES = [
    # (table, the rows normalize reads, a figure of the table the record counts)
    # a cell wrapped onto the next ruled line, its number cell blank there ("triệu" / "m3")
    (" ┌────┬──────────────────┬─────────┬──────────┐\n"
     " │ TT │ Chỉ tiêu         │ ĐVT     │ Kế hoạch │\n"
     " ├────┼──────────────────┼─────────┼──────────┤\n"
     " │ 1  │ Nước sản xuất    │ nghìn   │ 4.820    │\n"
     " │    │                  │ m3      │          │\n"
     " │ 2  │ Tỷ lệ thất thoát │ %       │ 14,5     │\n"
     " └────┴──────────────────┴─────────┴──────────┘\n",
     [" | TT | Chỉ tiêu | ĐVT | Kế hoạch |", " | 1 | Nước sản xuất | nghìn m3 | 4.820 |",
      " | 2 | Tỷ lệ thất thoát | % | 14,5 |"], 14.5),
    # a header over two lines ("Kế hoạch" / "năm 2032"), no rule between the body's rows
    ("┌────┬───────────────────┬──────────┬──────────┐\n"
     "│ TT │ Chỉ tiêu          │ Kế hoạch │ Thực hiện│\n"
     "│    │                   │ năm 2032 │ 9 tháng  │\n"
     "├────┼───────────────────┼──────────┼──────────┤\n"
     "│ 1  │ Số khách hàng mới │ 3.600    │ 2.915    │\n"
     "│ 2  │ Tỷ lệ thu tiền (%)│ 99,5     │ 99,62    │\n"
     "└────┴───────────────────┴──────────┴──────────┘\n",
     ["| TT | Chỉ tiêu | Kế hoạch năm 2032 | Thực hiện 9 tháng |", "| 1 | Số khách hàng mới | 3.600 | 2.915 |",
      "| 2 | Tỷ lệ thu tiền (%) | 99,5 | 99,62 |"], 99.62),
    # ASCII rules, a rule under every row, a label wrapped in lower case
    ("+----+--------------------+----------+\n"
     "| TT | Nội dung           | Kết quả  |\n"
     "+----+--------------------+----------+\n"
     "| 1  | Số hộ được lắp đặt | 1.870    |\n"
     "|    | đồng hồ mới        |          |\n"
     "+----+--------------------+----------+\n"
     "| 2  | Ống lắp mới (km)   | 12,6     |\n"
     "+----+--------------------+----------+\n",
     ["| TT | Nội dung | Kết quả |", "| 1 | Số hộ được lắp đặt đồng hồ mới | 1.870 |",
      "| 2 | Ống lắp mới (km) | 12,6 |"], 12.6),
    # heavy and double rules; a label wrapped with nothing else on its line
    ("╔════════════════════╦═════════╗\n"
     "║ Đơn vị             ║ Số lớp  ║\n"
     "╠════════════════════╬═════════╣\n"
     "║ Trung tâm bồi      ║ 14      ║\n"
     "║ dưỡng chính trị    ║         ║\n"
     "╚════════════════════╩═════════╝\n",
     ["| Đơn vị | Số lớp |", "| Trung tâm bồi dưỡng chính trị | 14 |"], 14),
]


def _table_rows(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip().startswith("|")]


@pytest.mark.parametrize(("table", "rows", "figure"), DRAWN_TABLES)
def test_a_drawn_table_is_read_as_rows_of_cells(table: str, rows: list[str], figure: float) -> None:
    text = REPORT.format(table=table)
    norm = normalize(text)
    assert _table_rows(norm.text) == rows
    for row in rows:  # every character maps back to itself in the drawn table
        at = norm.text.index(row)
        for k, ch in enumerate(row):
            if ch not in " |":
                assert text[norm.offsets.to_original(at + k)] == ch
    rec = parse_text(text)
    assert figure in [q.value for q in rec.quantities]
    assert 1250 in [q.value for q in rec.quantities]  # the prose after the table is read as before


NOT_DRAWN = [
    # counter-cases: no table drawn, the text normalizes as it did
    "Các nội dung sau:\n──────────────────\nHội nghị diễn ra trong 01 ngày.\n",  # a line of box dashes alone
    "Các nội dung sau:\n-----------------\nHội nghị diễn ra trong 01 ngày.\n",  # a line of dashes alone
    "Quy trình: tiếp nhận → thẩm định → trình ký.\nThời gian 05 ngày.\n",  # arrows in prose
    "Ký hiệu │ trong sơ đồ là ranh giới xã, ─ là\nđường huyện.\n",  # box characters in prose
    "| TT | Chỉ tiêu | Kết quả |\n|---|---|---|\n| 1 | Số hộ | 1.870 |\n|  | đồng hồ mới |  |\n",  # markdown
    "+ Nội dung 1: tuyên truyền;\n+ Nội dung 2: kiểm tra.\n",  # "+" items
]


@pytest.mark.parametrize("text", NOT_DRAWN)
def test_no_drawn_table_no_change(text: str) -> None:
    norm = normalize(text)
    assert not any(c.startswith("read ") for c in norm.changes)
    assert "| 1 | Số hộ | 1.870 |" in norm.text if text.startswith("| TT") else "|" not in norm.text


PLAN = ("ỦY BAN NHÂN DÂN HUYỆN AN HÒA\nSố: 215/KH-UBND\nAn Hòa, ngày 05 tháng 01 năm 2032\nKẾ HOẠCH\n"
        "Công tác năm 2032\n{body}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Bình\n")

# 2. Weekly duties on several weekdays (fixed: "vào thứ Hai và thứ Năm hằng tuần" gave none, h733), a bulletin provided
# as a duty (fixed: "cung cấp bản tin ... định kỳ vào thứ Hai hằng tuần" gave none), and a bare day of a month printed
# by OCR with a letter for a digit (fixed: "trước ngày O6 của tháng sau", "vào ngày l5 hằng quý" gave none, h732)
RECURRING = [
    ("Đài Khí tượng cung cấp bản tin dự báo cho Sở định kỳ vào thứ Hai và thứ Năm hằng tuần.",
     [("weekly", None, 1), ("weekly", None, 4)]),
    ("Đài Khí tượng cung cấp bản tin dự báo cho Sở định kỳ vào thứ Ba hằng tuần.", [("weekly", None, 2)]),
    ("Các xã báo cáo kết quả về Phòng vào thứ Hai, thứ Tư và thứ Sáu hằng tuần.",
     [("weekly", None, 1), ("weekly", None, 3), ("weekly", None, 5)]),
    ("Các xã báo cáo kết quả về Phòng hằng tuần vào thứ Hai và thứ Năm.", [("weekly", None, 1), ("weekly", None, 4)]),
    ("Báo cáo tình hình hằng tháng gửi UBND huyện trước ngày O6 của tháng sau.", [("monthly", 6, None)]),
    ("Định kỳ báo cáo tiến độ vào ngày l5 hằng quý.", [("quarterly", 15, None)]),
    ("Định kỳ báo cáo tiến độ vào ngày 2O hằng tháng.", [("monthly", 20, None)]),
    # counter-cases: as before
    ("Các xã báo cáo kết quả về Phòng vào thứ Sáu hằng tuần.", [("weekly", None, 5)]),
    ("Câu lạc bộ sinh hoạt vào thứ Hai và thứ Năm hằng tuần.", []),  # a meeting, no duty
    ("Trung tâm cung cấp thông tin cho báo chí vào thứ Hai hằng tuần.", []),  # "cung cấp" alone is no duty
    ("Định kỳ báo cáo tiến độ vào ngày lO hằng tháng.", []),  # two letters: no day read
    ("Định kỳ báo cáo tiến độ vào ngày 45 hằng tháng.", []),
]


@pytest.mark.parametrize(("body", "expected"), RECURRING)
def test_recurring_duties(body: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    rec = parse_text(PLAN.format(body=body))
    got = [(d.recurrence.freq, d.recurrence.day, d.recurrence.weekday) for d in rec.deadlines if d.recurrence]
    assert got == expected


def test_days_of_a_weekly_schedule_stay_events() -> None:
    # counter-case: two dated weekdays joined by "và" are two occasions, no weekly duty
    rec = parse_text(PLAN.format(body="Hội nghị tổ chức vào thứ Hai, ngày 12/01/2032 và thứ Năm, ngày 15/01/2032."))
    assert [e.date for e in rec.events] == ["2032-01-12", "2032-01-15"]
    assert not rec.deadlines


# 3. A range whose first day is restated in the lunar calendar in a bracket before its "đến" (fixed: the two days
# were read apart, the span lost, h768)
RANGES = [
    ("Thời gian cao điểm phục vụ vận tải hành khách dịp Tết từ ngày 15/01/2033 (ngày 16 tháng Chạp) đến hết ngày "
     "14/02/2033 (ngày 17 tháng Giêng).", [("2033-01-15", "2033-02-14")]),
    ("Lễ hội Xuân được tổ chức từ ngày 05/02/2033 (tức ngày mùng 6 tháng Giêng âm lịch) đến ngày 10/02/2033.",
     [("2033-02-05", "2033-02-10")]),
    # counter-cases: a bracket of another kind still parts the days; a range without one as before
    ("Hội chợ được tổ chức từ ngày 15/01/2033 (dự kiến) đến hết ngày 14/02/2033.", None),
    ("Hội chợ được tổ chức từ ngày 15/01/2033 đến hết ngày 14/02/2033.", [("2033-01-15", "2033-02-14")]),
]


@pytest.mark.parametrize(("body", "spans"), RANGES)
def test_a_lunar_bracket_inside_a_range(body: str, spans: list[tuple[str, str]] | None) -> None:
    rec = parse_text(PLAN.format(body=body))
    got = [(e.date, e.end) for e in rec.events]
    if spans is None:
        assert not any(e.end for e in rec.events)
    else:
        assert got == spans


# 4. Several days of a month named in a bracket after it (fixed: only the closing day and the month were read, h760),
# and the days of a list printed without a year take the closing day's (fixed: the document's year, 2032)
DAY_LISTS = [
    ("Ra quân vệ sinh kênh rạch vào các ngày Chủ nhật trong tháng 3/2033 (13/3, 20/3, 27/3/2033).",
     ["2033-03-13", "2033-03-20", "2033-03-27"]),
    ("Ra quân vào các ngày 06/3, 13/3 và 20/3/2033.", ["2033-03-06", "2033-03-13", "2033-03-20"]),
    ("Ra quân vào các ngày 15/12, 20/12 và 05/01/2033.", ["2032-12-15", "2032-12-20", "2033-01-05"]),
    # counter-cases: a bracket of another kind keeps the month; days apart keep their own years
    ("Tổ chức kiểm tra trong tháng 3/2033 (dự kiến).", ["2033-03"]),
    ("Ra quân vào ngày 06/3; ngày 13/3/2033 tổng kết toàn đợt.", ["2032-03-06", "2033-03-13"]),
]


@pytest.mark.parametrize(("body", "dates"), DAY_LISTS)
def test_days_named_in_a_list(body: str, dates: list[str]) -> None:
    rec = parse_text(PLAN.format(body=body))
    assert [e.date for e in rec.events] == dates


# 5. A second by-when of a target's list in the same item, after ";" (fixed: missed, h770)
TARGET_BYS = [
    ("Tập trung thi công, phấn đấu đến ngày 30/9/2032 giải ngân đạt ít nhất 65% kế hoạch vốn; đến ngày 31/01/2033 "
     "giải ngân 100% kế hoạch vốn được giao.", ["2032-09-30", "2033-01-31"]),
    ("Phấn đấu đến hết tháng 9/2032 giải ngân đạt 65%; đến hết tháng 12/2032 đạt 100% kế hoạch vốn.",
     ["2032-09-30", "2032-12-31"]),
    # counter-case: a report's span after no target stays no by-when
    ("Đến ngày 30/9/2032, toàn huyện đã giải ngân đạt 65% kế hoạch vốn; đến ngày 31/10/2032 giải ngân 70% kế hoạch vốn.",
     []),
]


@pytest.mark.parametrize(("body", "dues"), TARGET_BYS)
def test_a_targets_second_by_when(body: str, dues: list[str]) -> None:
    rec = parse_text(PLAN.format(body=body))
    assert [d.due for d in rec.deadlines] == dues


# 6. A web copy's related-news box headed "CÁC TIN LIÊN QUAN" over "»" items under the signer is the page's chrome
# (fixed: its items' figures and dates were read as the document's, h761)
WEB_PLAN = ("ĐẢNG BỘ PHƯỜNG AN HÒA\nSố: 45-KH/ĐU\nAn Hòa, ngày 10 tháng 02 năm 2033\nKẾ HOẠCH\n"
            "Tổ chức Hội thi năm 2033\nPhấn đấu 100% chi bộ tham gia Hội thi.\nNơi nhận:\n- Các chi bộ;\n- Lưu VP.\n"
            "T/M ĐẢNG ỦY\nPHÓ BÍ THƯ\nLê Văn Hòa\n\n{footer}")
RELATED = [
    ("CÁC TIN LIÊN QUAN\n» Đảng ủy phường trao Huy hiệu Đảng cho 14 đảng viên (03/02/2033)\n"
     "» Chi bộ tổ dân phố 5 sinh hoạt chuyên đề (12/01/2033)\n", [100]),
    ("Các tin liên quan:\n» Đảng ủy phường trao Huy hiệu Đảng cho 14 đảng viên (03/02/2033)\n", [100]),
    # counter-case: no footer, as before
    ("", [100]),
]


@pytest.mark.parametrize(("footer", "values"), RELATED)
def test_a_related_news_box_is_no_part_of_the_document(footer: str, values: list[float]) -> None:
    rec = parse_text(WEB_PLAN.format(footer=footer))
    assert [q.value for q in rec.quantities] == values
    assert not rec.events


def test_related_news_in_prose_is_read() -> None:
    # counter-case: "Các tin liên quan" opening a sentence of the body is prose, read
    text = WEB_PLAN.format(footer="").replace(
        "Phấn đấu 100% chi bộ tham gia Hội thi.\n",
        "Phấn đấu 100% chi bộ tham gia Hội thi.\nCác tin liên quan đến Hội thi được đăng trên trang tin của Đảng bộ; "
        "phấn đấu đăng ít nhất 20 tin bài.\n")
    rec = parse_text(text)
    assert [q.value for q in rec.quantities] == [100, 20]


# 7. Convention: a range after "khoảng" is two bounds (docs/RECORD.md; h746's gold), as after "trong khoảng"
ABOUT_RANGES = [
    ("Tổ chức 24 buổi hướng dẫn, mỗi buổi khoảng 60 - 80 người tham dự.", [(24, "eq"), (60, "gte"), (80, "lte")]),
    ("Mỗi lớp có trong khoảng 20 - 25 học viên.", [(20, "gte"), (25, "lte")]),
    # counter-cases: "khoảng" before one figure is an estimate; "ước" before a range stays one estimate
    ("Tổ chức cho khoảng 200 học sinh tham gia.", [(200, "approx")]),
    ("Doanh thu năm ước đạt 8 - 10 tỷ đồng.", [(8000000000, "approx")]),
]


@pytest.mark.parametrize(("body", "items"), ABOUT_RANGES)
def test_a_range_after_khoang_is_two_bounds(body: str, items: list[tuple[float, str]]) -> None:
    rec = parse_text(PLAN.format(body=body))
    assert [(q.value, q.comparator) for q in rec.quantities] == items


# 8. Convention: the places an activity is held or done at are its reach, counted (docs/RECORD.md; h312, h325, h363's
# gold as h501, h564, h683, h728's); a locality's whole set after "của" and a share's whole stay out
PLACES = [
    ("Năm 2031, BHXH huyện đã phối hợp tổ chức 64 hội nghị đối thoại tại 26 xã, thị trấn.", [(64, "hội nghị"), (26, "xã")]),
    ("Bố trí 32 điểm thi với 341 phòng thi tại 10 huyện, thị xã, thành phố.",
     [(32, "điểm thi"), (341, "phòng"), (10, "huyện")]),
    ("Phấn đấu triển khai mô hình tại 14 xã, thị trấn.", [(14, "xã")]),
    # counter-cases: the district's own set after "của", a share's whole
    ("Bố trí 40 gian hàng cho nông sản của 14 xã, thị trấn.", [(40, "gian hàng")]),
    ("Phấn đấu số hóa 100% hồ sơ địa chính của 15 xã, thị trấn.", [(100, "%")]),
]


@pytest.mark.parametrize(("body", "items"), PLACES)
def test_the_places_an_activity_reaches(body: str, items: list[tuple[float, str]]) -> None:
    rec = parse_text(PLAN.format(body=body))
    assert [(q.value, q.unit) for q in rec.quantities] == items


# 9. Convention: a cap on how many each unit may register, send or propose is a planned bound, counted (docs/RECORD.md;
# h499, h509, h750's gold as h175, h206, h395, h671's); the length capped for each entry beside it is not
CAPS = [
    ("Mỗi cơ quan, đơn vị đề xuất tối đa 03 nhiệm vụ; mỗi nhiệm vụ có thời gian thực hiện không quá 36 tháng.",
     [(3, "lte", "nhiệm vụ")]),
    ("Đề nghị các đơn vị đăng ký tham dự, mỗi đơn vị cử không quá 02 người.", [(2, "lte", "người")]),
    ("Chia nhóm thực tập, mỗi nhóm không quá 12 sinh viên.", [(12, "lte", "sinh viên")]),
    # counter-case: each entry's length alone is a rule's term
    ("Thời lượng phần thi kể chuyện của mỗi thí sinh không quá 07 phút.", []),
]


@pytest.mark.parametrize(("body", "items"), CAPS)
def test_a_cap_on_what_each_unit_sends(body: str, items: list[tuple[float, str, str]]) -> None:
    rec = parse_text(PLAN.format(body=body))
    assert [(q.value, q.comparator, q.unit) for q in rec.quantities] == items


# 10. Code health: one lookup of a head whose marks OCR lost (cells.bare_head), read by cells.marks_lost_head and
# header._opens_body_marks_lost alike (records unchanged)
HEADS = ("ỦY BAN NHÂN DÂN", "ĐIỆN LỰC", "PHÒNG")


@pytest.mark.parametrize(("line", "sizes", "found"), [
    ("UY BAN NHAN DÂN XÃ VĨNH HẬU", range(4, 2, -1), ("ỦY BAN NHÂN DÂN", 4)),
    ("ĐIÊN LỰC ANH SƠN", range(2, 5), ("ĐIỆN LỰC", 2)),
    ("PHONG ĐIỀN", range(2, 5), None),  # a head of one word is never read by its letters alone here
])
def test_bare_head(line: str, sizes: range, found: tuple[str, int] | None) -> None:
    from vanban.segment.cells import bare_head
    assert bare_head(line, HEADS, sizes) == found


@pytest.mark.parametrize(("line", "found"), [
    ("UY BAN NHAN DÂN XÃ VĨNH HẬU", ("ỦY BAN NHÂN DÂN", 4)),
    ("ỦY BAN NHÂN DÂN XÃ VĨNH HẬU", None),  # no mark lost
    ("UY BAN NHAN DAN XA VINH HAU", None),  # every mark lost: kept as printed
    ("Uy ban nhan dân xã", None),  # no capitals line
])
def test_marks_lost_head(line: str, found: tuple[str, int] | None) -> None:
    from vanban.segment.cells import marks_lost_head
    assert marks_lost_head(line, HEADS) == found
