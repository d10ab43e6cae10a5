"""The thirty-second heldout round's failure classes (invented documents and lines, with counter-cases): a table
of results by unit whose column headers name the counted noun without "Số" ('Lượt phương tiện kiểm tra',
'Trường hợp vi phạm', 'Kiểm tra đảng viên'), and its total row equal to one of its own cells."""

from __future__ import annotations

import pytest

from vanban import parse_text


def _quantities(text: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, q.comparator, q.unit) for q in parse_text(text).quantities]


def _units(text: str) -> dict[float, str | None]:
    return {q.value: q.unit for q in parse_text(text).quantities}


# ---- a table of results by unit: the header names the counted noun --------------------------------------------------

REPORT = ("CÔNG AN TỈNH LAI CHÂU\nSố: 41/BC-CAT\nLai Châu, ngày 02 tháng 3 năm 2030\n\nBÁO CÁO\n"
          "Kết quả đợt cao điểm tháng 02 năm 2030\n\n"
          "Kết quả của các đơn vị như sau:\n\n{table}\n\n"
          "Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Bình\n")

# (table, the counted noun's first word of each figure, by value)
TABLES = [
    # markdown, a classifier opening the header takes its next word; a verb of work before a member noun
    ("| TT | Đơn vị | Lượt phương tiện kiểm tra | Trường hợp vi phạm |\n|---|---|---|---|\n"
     "| 1 | Phòng CSGT | 2.410 | 731 |\n| 2 | Công an huyện Tam Đường | 1.865 | 452 |",
     {2410: "lượt", 1865: "lượt", 731: "trường", 452: "trường"}),
    # tabs (a DOCX table copied as text), the members named after the work done on them
    ("TT\tChi bộ\tKiểm tra đảng viên\tKết nạp đoàn viên mới\n1\tChi bộ thôn Nà Khum\t14\t23\n"
     "2\tChi bộ bản Sin Suối Hồ\t9\t17",
     {14: "đảng", 9: "đảng", 23: "đoàn", 17: "đoàn"}),
    # counted nouns of two words and a plain one
    ("| Xã | Hộ được hỗ trợ | Vụ việc phát hiện | Hồ sơ tiếp nhận |\n|---|---|---|---|\n"
     "| Xã Bản Bo | 136 | 7 | 288 |\n| Xã Nà Tăm | 94 | 5 | 301 |",
     {136: "hộ", 94: "hộ", 7: "vụ", 5: "vụ", 288: "hồ", 301: "hồ"}),
]


@pytest.mark.parametrize("table, units", TABLES)
def test_a_header_naming_its_counted_noun_gives_the_figures_their_unit(table: str, units: dict[float, str]) -> None:
    got = _units(REPORT.format(table=table))
    assert {v: (u or "").split()[0] for v, u in got.items()} == units


@pytest.mark.parametrize("table", [
    # a share of the members named: no count of them (and no "%" printed)
    "| TT | Chi bộ | Tỷ lệ đảng viên dự sinh hoạt | Bình quân đảng viên một tổ |\n|---|---|---|---|\n"
    "| 1 | Chi bộ thôn 3 | 96,5 | 4 |\n| 2 | Chi bộ thôn 5 | 92,1 | 6 |",
    # a header naming no counted noun: no unit to give
    "| TT | Đơn vị | Xếp hạng | Điểm |\n|---|---|---|---|\n| 1 | Phòng CSGT | 1 | 96 |\n| 2 | Công an huyện Sìn Hồ | 2 | 91 |",
])
def test_a_header_of_shares_or_ranks_counts_nothing(table: str) -> None:
    assert _quantities(REPORT.format(table=table)) == []


def test_a_total_row_equal_to_one_of_its_own_cells_is_still_counted() -> None:
    table = ("TT\tĐảng bộ\tKiểm tra đảng viên\tGiám sát đảng viên\n1\tĐảng bộ xã Tà Lèng\t6\t18\n"
             "2\tĐảng bộ xã Nậm Loỏng\t12\t9\n\tCộng\t18\t27")
    values = [v for v, _, _ in _quantities(REPORT.format(table=table))]
    assert sorted(values) == [6, 9, 12, 18, 18, 27]


def test_a_total_row_the_text_counted_before_is_not_counted_again() -> None:
    text = REPORT.replace("Kết quả của các đơn vị như sau:", "Toàn tỉnh kiểm tra 4.275 lượt phương tiện, cụ thể:")
    table = ("| TT | Đơn vị | Lượt phương tiện kiểm tra |\n|---|---|---|\n| 1 | Phòng CSGT | 2.410 |\n"
             "| 2 | Công an huyện Tam Đường | 1.865 |\n| | **Tổng cộng** | **4.275** |")
    values = [v for v, _, _ in _quantities(text.format(table=table))]
    assert sorted(values) == [1865, 2410, 4275]


# ---- a DOCX schedule copied with tabs: a day or a run of days alone in its cell under "Thời gian" -------------------
# (read by schedule._tab_time_cell of the leftovers' 3ddf46b, which landed beside this round's own reading of them: these
# are this round's cases of it, with "Thời gian kiểm tra" as a label of the time)

def _events(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.end) for e in parse_text(text).events]


def _dues(text: str) -> list[str | None]:
    return [d.due for d in parse_text(text).deadlines]


PLAN = ("SỞ Y TẾ\nSố: 88/KH-SYT\nYên Bái, ngày 10 tháng 02 năm 2030\n\nKẾ HOẠCH\nKiểm tra chéo công tác tiêm chủng năm 2030\n\n"
        "I. LỊCH KIỂM TRA\n{table}\n\nII. TỔ CHỨC THỰC HIỆN\nCác đơn vị chuẩn bị hồ sơ theo quy định.\n\n"
        "Nơi nhận:\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHà Văn Long\n")


@pytest.mark.parametrize("table, events", [
    ("TT\tĐoàn kiểm tra\tĐơn vị được kiểm tra\tThời gian\n1\tTTYT huyện Văn Chấn\tTTYT huyện Trạm Tấu\t"
     "Từ ngày 04/3 đến ngày 06/3/2030\n2\tTTYT huyện Trạm Tấu\tTTYT huyện Mù Cang Chải\t12/3 - 13/3/2030",
     [("2030-03-04", "2030-03-06"), ("2030-03-12", "2030-03-13")]),
    # the time in the middle column, a day alone
    ("STT\tĐơn vị\tThời gian kiểm tra\tGhi chú\n1\tTTYT thị xã Nghĩa Lộ\tNgày 19/3/2030\tĐoàn số 1\n"
     "2\tTTYT huyện Lục Yên\tNgày 21/3/2030\tĐoàn số 2",
     [("2030-03-19", None), ("2030-03-21", None)]),
])
def test_a_day_alone_in_a_tab_rows_time_cell_is_an_event(table: str, events: list[tuple[str, str | None]]) -> None:
    assert _events(PLAN.format(table=table)) == events


def test_a_by_when_in_a_tab_rows_time_cell_is_a_deadline_no_event() -> None:
    table = ("TT\tNội dung\tThời gian\tĐơn vị chủ trì\n1\tGửi báo cáo tự kiểm tra\tTrước ngày 28/02/2030\tCác TTYT\n"
             "2\tTổng hợp kết quả\tTrước ngày 15/4/2030\tPhòng Nghiệp vụ Y")
    text = PLAN.format(table=table)
    assert _events(text) == []
    assert _dues(text) == ["2030-02-28", "2030-04-15"]


@pytest.mark.parametrize("table", [
    # the day is in a column whose header names no time (the date a unit was founded)
    "TT\tĐơn vị\tNgày thành lập\tGhi chú\n1\tTTYT huyện Văn Chấn\t15/3/2005\tHạng III\n2\tTTYT huyện Trạm Tấu\t20/6/2006\tHạng III",
    # the day shares its cell with other words
    "TT\tĐơn vị\tThời gian\tGhi chú\n1\tTTYT huyện Văn Chấn\tđã xong từ 15/01/2030 theo báo cáo\tx\n"
    "2\tTTYT huyện Trạm Tấu\tđã xong từ 20/01/2030 theo báo cáo\tx",
])
def test_a_tab_rows_day_not_alone_under_a_time_header_is_no_event(table: str) -> None:
    assert _events(PLAN.format(table=table)) == []



# ---- the trích yếu ends before a body's dated opening clause and before a web page's posting stamp ---------------------

NOTICE = ("UBND HUYỆN SÌN HỒ\nSố: 21/TB-UBND\nSìn Hồ, ngày 12 tháng 01 năm 2030\nTHÔNG BÁO\n"
          "Phân công nhiệm vụ của Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân huyện\n{line}\n"
          "UBND huyện thông báo như sau:\n1. Đồng chí Chủ tịch phụ trách chung.\n\n"
          "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Sáng\n")


@pytest.mark.parametrize("line", [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
    "Căn cứ Nghị quyết số 01/NQ-HĐND ngày 08/01/2030 của HĐND huyện;",
    "Thực hiện Kết luận của Ban Thường vụ Huyện ủy ngày 05 tháng 01 năm 2030,",
    "Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện ngày 10/01/2030,",
])
def test_a_dated_opening_clause_under_the_title_is_no_part_of_it(line: str) -> None:
    rec = parse_text(NOTICE.format(line=line))
    assert rec.subject == "Phân công nhiệm vụ của Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân huyện"
    assert rec.issued_date == "2030-01-12"


def test_a_title_wrapped_onto_a_lower_case_line_still_continues() -> None:
    rec = parse_text(NOTICE.format(line="nhiệm kỳ 2026 - 2031"))
    assert rec.subject == "Phân công nhiệm vụ của Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân huyện nhiệm kỳ 2026 - 2031"


WEB = ("Huyện đoàn Mường Nhé\nTrang chủ | Văn bản | Liên hệ\n"
       "V/v tham gia Giải bóng đá thanh niên năm 2030\n{stamp}\n"
       "BCH ĐOÀN HUYỆN MƯỜNG NHÉ\nSố: 14-CV/HĐTN\nMường Nhé, ngày 05 tháng 3 năm 2030\n"
       "V/v tham gia Giải bóng đá thanh niên năm 2030\nKính gửi: Các cơ sở Đoàn trực thuộc.\n"
       "Ban Thường vụ Huyện đoàn đề nghị các cơ sở Đoàn đăng ký tham gia.\n\n"
       "Nơi nhận:\n- Như kính gửi;\n- Lưu VP.\nTM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ\nGiàng A Dế\n")


@pytest.mark.parametrize("stamp", [
    "Ngày đăng: 06/03/2030 | Người đăng: Văn phòng | Lượt xem: 88",
    "Cập nhật lúc 08:15 ngày 06/03/2030",
    "Đăng ngày: 06/3/2030",
])
def test_a_web_pages_stamp_under_its_headline_is_no_part_of_the_subject(stamp: str) -> None:
    rec = parse_text(WEB.format(stamp=stamp))
    assert rec.subject == "V/v tham gia Giải bóng đá thanh niên năm 2030"
    assert rec.issued_date == "2030-03-05"


# ---- figures that are no target or result: a flood's work, a level's membership, a rule's clause, cases pending --------

REPLY = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 512/SNNMT-TL\nHuế, ngày 04 tháng 6 năm 2030\n"
         "V/v trả lời kiến nghị cử tri\nKính gửi: Ban Dân nguyện HĐND tỉnh.\n\n{body}\n\n"
         "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Hòa\n")


@pytest.mark.parametrize("body, kept", [
    ("Trả lời: Đợt lũ tháng 10/2029 làm ngập 1.870 ha lúa và hoa màu của 9 xã. Sở đã hỗ trợ 52 tấn giống lúa.",
     [(52, "eq", "tấn")]),
    ("Trả lời: Mưa lớn gây ngập 316 ngôi nhà tại 4 xã; Sở đã phối hợp cấp 4.000 lít hóa chất khử trùng.",
     [(4000, "eq", "lít")]),
    # counter-case: a drainage work the body did is a result, whatever the water's name
    ("Trả lời: Năm 2030, Sở đã nạo vét 12 km kênh tiêu úng, chống ngập cho 650 ha lúa.",
     [(12, "eq", "km"), (650, "eq", "ha")]),
])
def test_a_floods_work_told_before_its_figures_is_damage(body: str, kept: list[tuple[float, str, str]]) -> None:
    assert _quantities(REPLY.format(body=body)) == kept


DIRECTIVE = ("HUYỆN ỦY TÂN KỲ\nSố 09-CT/HU\nTân Kỳ, ngày 02 tháng 3 năm 2030\n\nCHỈ THỊ\n"
             "về lãnh đạo đại hội chi bộ nhiệm kỳ 2030 - 2032\n\n{body}\n")


@pytest.mark.parametrize("body, kept", [
    # a level's membership counted is its state; what the units achieved is a result
    ("1. Nhiệm kỳ 2027 - 2030, toàn đảng bộ huyện có 318 chi bộ trực thuộc đảng bộ cơ sở.", []),
    ("1. Năm 2029, toàn đảng bộ huyện có 301/318 chi bộ hoàn thành tốt nhiệm vụ trở lên.",
     [(301, "eq", "chi bộ"), (318, "eq", "chi bộ")]),
    ("1. Toàn Đoàn huyện có 4.120 đoàn viên sinh hoạt tại 96 chi đoàn.", []),
    # a rule's clause after "; ", lower case: its figures are the rule's
    ("2. Chi bộ có từ 09 đảng viên chính thức trở lên được bầu chi ủy; chi bộ có dưới 09 đảng viên chính thức chỉ "
     "bầu bí thư, phó bí thư. Phấn đấu 100% chi bộ tổ chức đại hội đúng thời gian.", [(100, "eq", "%")]),
])
def test_a_directives_states_and_rules_are_no_targets(body: str, kept: list[tuple[float, str, str]]) -> None:
    assert _quantities(DIRECTIVE.format(body=body)) == kept


REVIEW = ("ỦY BAN KIỂM TRA\nHUYỆN ỦY TÂN KỲ\nSố 21-BC/UBKTHU\nTân Kỳ, ngày 10 tháng 12 năm 2029\n\nBÁO CÁO\n"
          "kết quả công tác kiểm tra, giám sát năm 2029\n\n{body}\n")


@pytest.mark.parametrize("body, kept", [
    ("3. Giải quyết 06/07 đơn tố cáo, đạt 85,7%; 01 đơn đang xác minh.",
     [(6, "eq", "đơn"), (7, "eq", "đơn"), (85.7, "eq", "%")]),
    ("3. Đã xử lý 12 vụ việc; 03 vụ việc đang được điều tra, làm rõ.", [(12, "eq", "vụ việc")]),
    # counter-case: cases handled, the verb after them done
    ("3. Đã xác minh, kết luận 05 đơn thư, trả lời 02 đơn chuyển đến.", [(5, "eq", "đơn"), (2, "eq", "đơn")]),
])
def test_cases_still_being_handled_are_no_result(body: str, kept: list[tuple[float, str, str]]) -> None:
    assert _quantities(REVIEW.format(body=body)) == kept


# ---- a cited document's subject ends before a new clause's day -------------------------------------------------------

RESULT = ("ỦY BAN HỘI TỈNH GIA LAI\nSố: 17-TB/UBH\nPleiku, ngày 22 tháng 4 năm 2030\n\nTHÔNG BÁO\nKết quả xét chọn\n\n"
          "{body}\n1. Kết quả: chọn 12 thanh niên tiêu biểu.\n\nNơi nhận:\n- Lưu VP.\nTM. BAN THƯ KÝ\nCHỦ TỊCH\nRơ Châm Hoa\n")


@pytest.mark.parametrize("body, subject, events", [
    ("Thực hiện Kế hoạch số 08-KH/UBH ngày 15/02/2030 của Ban Thư ký về xét chọn thanh niên tiêu biểu năm 2030, "
     "ngày 19/4/2030, Hội đồng xét chọn đã họp, thống nhất kết quả như sau:",
     "xét chọn thanh niên tiêu biểu năm 2030", ["2030-04-19"]),
    ("Căn cứ Kế hoạch số 08-KH/UBH ngày 15/02/2030 về xét chọn thanh niên tiêu biểu, vào ngày 18/4/2030, "
     "Ban Thư ký đã tổ chức họp xét chọn như sau:",
     "xét chọn thanh niên tiêu biểu", ["2030-04-18"]),
    # counter-cases: a day inside the cited subject, no comma before it; a "ngày" that names no day
    ("Thực hiện Kế hoạch số 08-KH/UBH ngày 15/02/2030 về tổ chức kỷ niệm ngày 26/3/2030 của Ban Thư ký, "
     "Ban Thư ký thông báo kết quả như sau:",
     "tổ chức kỷ niệm ngày 26/3/2030 của Ban Thư ký", []),
    ("Thực hiện Kế hoạch số 08-KH/UBH ngày 15/02/2030 về tổ chức Hội trại, ngày hội thanh niên năm 2030, "
     "Ban Thư ký thông báo kết quả như sau:",
     "tổ chức Hội trại, ngày hội thanh niên năm 2030", []),
])
def test_a_cited_subject_ends_before_a_new_clauses_day(body: str, subject: str, events: list[str]) -> None:
    rec = parse_text(RESULT.format(body=body))
    (c,) = rec.citations
    assert (c.number, c.date, c.subject) == ("08-KH/UBH", "2030-02-15", subject)
    assert [e.date for e in rec.events] == events


# ---- a total row repeats only a figure its own section counted --------------------------------------------------------

CHECKS = ("ỦY BAN KIỂM TRA\nHUYỆN ỦY YÊN THÀNH\nSố 30-BC/UBKTHU\nYên Thành, ngày 12 tháng 12 năm 2029\n\nBÁO CÁO\n"
          "kết quả kiểm tra năm 2029\n\n1. Công tác kiểm tra\nKiểm tra 09 đảng viên, kết luận 05 đảng viên có vi phạm.\n"
          "2. Kết quả của các đảng ủy cơ sở\n{lead}\nTT\tĐảng bộ\tKỷ luật đảng viên\n1\tĐảng bộ xã Mã Thành\t2\n"
          "2\tĐảng bộ xã Tiến Thành\t3\n\tCộng\t5\n\nNơi nhận:\n- Lưu UBKT.\nT/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\nPhan Văn Hải\n")


@pytest.mark.parametrize("lead, total_kept", [
    # the prose's 05 is another section's count: the table's total stands
    ("Kết quả như sau:", True),
    # counter-case: the total told in the table's own section just above it is not counted again
    ("Các đảng ủy cơ sở thi hành kỷ luật 05 đảng viên, cụ thể:", False),
])
def test_a_total_row_repeats_only_its_own_sections_figure(lead: str, total_kept: bool) -> None:
    qs = parse_text(CHECKS.format(lead=lead)).quantities
    assert sorted(q.value for q in qs) == [2, 3, 5, 5, 9]
    assert any(q.scope == "Cộng" for q in qs) == total_kept


# ---- a figure in groups of thousands whose first digit OCR printed as l or I ------------------------------------------

BUDGET = ("HỘI ĐỒNG ĐỘI HUYỆN TIÊN YÊN\nSố: 08-KH/HĐĐ\nTiên Yên, ngày 10 tháng 02 năm 2030\n\nKẾ HOẠCH\n"
          "Tổ chức Hội thi Nghi thức Đội năm 2030\n\nIV. KINH PHÍ\n{line}\n\n"
          "Nơi nhận:\n- Lưu: HĐĐ.\nTM. HỘI ĐỒNG ĐỘI HUYỆN\nCHỦ TỊCH\nLý Thị Mai\n")


@pytest.mark.parametrize("line, kept", [
    ("Tổng kinh phí dự kiến l8.500.000 đồng từ nguồn kinh phí của Hội đồng Đội huyện.", [(18_500_000, "eq", "đồng")]),
    ("Huy động I2.000 đội viên tham gia; kinh phí 4.500.000 đồng.", [(12_000, "eq", "đội viên"), (4_500_000, "eq", "đồng")]),
    # counter-cases: a word of l and I, a code with no thousands group, are no figures
    ("Kinh phí lấy từ nguồn lệ phí; Ban Tổ chức dùng mẫu I2 để tổng hợp 4.500.000 đồng.", [(4_500_000, "eq", "đồng")]),
])
def test_an_ocr_l_opening_a_thousands_figure_is_read_as_one(line: str, kept: list[tuple[float, str, str]]) -> None:
    rec = parse_text(BUDGET.format(line=line))
    assert [(q.value, q.comparator, q.unit) for q in rec.quantities] == kept
