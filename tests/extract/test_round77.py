"""Heldout round 77 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("SỞ TÀI CHÍNH AN HÒA\nSố: 215/BC-STC\nAn Hòa, ngày 10 tháng 10 năm 2034\nBÁO CÁO\n"
          "Kết quả thực hiện nhiệm vụ 9 tháng năm 2034\nI. KẾT QUẢ THỰC HIỆN\n{body}\n"
          "II. NHIỆM VỤ QUÝ IV\nCác đơn vị tiếp tục thực hiện./.\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n"
          "GIÁM ĐỐC\nLê Văn Bình\n")


def _quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in parse_text(text).quantities]


# 1. A unit note in the bracket that ends a table's caption ("Kết quả gieo trồng theo đơn vị (Đơn vị tính: ha):")
# gives the unit of the figure columns whose header names none, as a note on a line of its own does (fixed: h852's
# 14 cells and h826's 7 were lost)
SPACED = ("  TT   Đơn vị                 Kế hoạch    Thực hiện    Tỷ lệ (%)\n"
          "  1    Xã Đông Sơn               1.200        1.260        105,0\n"
          "  2    Xã Tây Sơn                  900          855         95,0\n")
TABBED = "TT\tĐơn vị\tKế hoạch\tThực hiện\n1\tXã Đông Sơn\t1.200\t1.260\n2\tXã Tây Sơn\t900\t855\n"
CAPTIONS = [
    ("Kết quả trồng rừng theo đơn vị (Đơn vị tính: ha):", SPACED, (1260, "ha"), True),
    ("Kết quả thu theo xã (đơn vị tính: triệu đồng)", TABBED, (855_000_000, "đồng"), True),
    ("Chỉ tiêu giao các xã (ĐVT: ha).", TABBED, (900, "ha"), True),
    # counter-cases: a bracket naming no unit gives none; a caption without a bracket, none
    ("Kết quả theo đơn vị (Đơn vị: các xã vùng cao):", SPACED, (1260, "các xã"), False),
    ("Kết quả trồng rừng theo đơn vị:", SPACED, (1260, "ha"), False),
]


@pytest.mark.parametrize(("caption", "table", "item", "present"), CAPTIONS)
def test_a_unit_note_ending_a_caption_gives_the_columns_unit(caption: str, table: str, item: tuple[float, str],
                                                              present: bool) -> None:
    found = _quantities(REPORT.format(body=f"Toàn tỉnh thực hiện các chỉ tiêu như sau.\n{caption}\n{table}"))
    assert (item in found) is present
    if not present:
        assert not any(v == 1260 for v, _ in found)


# 2. A tab table whose header wraps onto a second row ("Dự toán thu / Thực hiện" over "(tỷ đồng) / 9 tháng (tỷ
# đồng)"): the second row names each column's unit, a period in words no figure (fixed: h859's 18 cells were lost);
# and a column of what is owed ("Số nợ (tỷ đồng)") is the state of affairs, no amount done (its 5 cells were read)
WRAPPED = ("Kết quả thu theo đơn vị:\n"
           "TT\tĐơn vị\tDự toán thu\tThực hiện\tSố nợ\n"
           "\t\t(tỷ đồng)\t9 tháng (tỷ đồng)\t(tỷ đồng)\n"
           "1\tHuyện Đông Sơn\t642,0\t451,2\t21,8\n"
           "2\tHuyện Tây Sơn\t718,4\t512,9\t24,5\n")


def test_a_tab_header_wrapped_onto_a_second_row() -> None:
    found = _quantities(REPORT.format(body=WRAPPED))
    assert (642_000_000_000, "đồng") in found and (512_900_000_000, "đồng") in found
    assert not any(v in (21_800_000_000, 24_500_000_000, 21.8, 24.5) for v, _ in found)


def test_a_wrapped_header_keeps_a_parent_unit_and_a_data_row_stays_a_row() -> None:
    # counter-cases: a merged parent's bracketed unit stays the unit of its sub-columns; a row with figures under
    # the header is a row, not the header's second line
    merged = ("| TT | Xã | BHYT hộ gia đình (người) | |\n|---|---|---|---|\n| | | Thực hiện 2033 | Kế hoạch 2034 |\n"
              "| 1 | Xã Đông Sơn | 612 | 680 |\n| 2 | Xã Tây Sơn | 498 | 560 |\n")
    found = _quantities(REPORT.format(body=merged))
    assert (612, "người") in found and (560, "người") in found
    rows = "TT\tĐơn vị\tKế hoạch (ha)\tThực hiện (ha)\n\tXã Đông Sơn\t120\t135\n\tXã Tây Sơn\t80\t76\n"
    found = _quantities(REPORT.format(body=rows))
    assert (120, "ha") in found and (76, "ha") in found


# 3. A table of cells one a line with a column of words between its figure columns ("Hình thức xử lý chủ yếu",
# "Trình độ"): the words are skipped, the figures keep their columns (fixed: h862's 11 cells and h779's 6)
GAPPED = ("TT\nĐơn vị\nSố vụ vi phạm\nHình thức xử lý chủ yếu\nThu nộp ngân sách (triệu đồng)\n"
          "1\nHạt Kiểm lâm Đông Sơn\n32\nXử phạt hành chính\n412\n"
          "2\nHạt Kiểm lâm Tây Sơn\n27\nXử phạt hành chính, tịch thu lâm sản\n318\n")
LEVELS = ("TT\nNgành, nghề đào tạo\nTrình độ\nChỉ tiêu (người)\n1\nĐiện công nghiệp\nCao đẳng\n160\n"
          "2\nHàn\nTrung cấp\n180\n3\nMay thời trang\nTrung cấp\n120\n")


def test_a_column_of_words_between_figure_columns() -> None:
    found = _quantities(REPORT.format(body=f"Kết quả xử lý vi phạm:\n{GAPPED}"))
    assert {(32, "vụ vi phạm"), (27, "vụ vi phạm"), (412_000_000, "đồng"), (318_000_000, "đồng")} <= set(found)
    assert not any(v in (32_000_000, 27_000_000) for v, _ in found)
    found = _quantities(REPORT.format(body=f"Chỉ tiêu theo ngành:\n{LEVELS}"))
    assert {(160, "người"), (180, "người"), (120, "người")} <= set(found)


def test_a_last_column_of_words_is_read_as_before() -> None:
    # counter-case: the words in the last column, a remark (read by the noted-table reader, as before)
    table = ("TT\nTrường\nSố lớp\nSố học sinh\nGhi chú\n1\nTHPT Đông Sơn\n15\n675\nKhu vực miền núi\n"
             "2\nTHPT Tây Sơn\n12\n540\n\n")
    found = _quantities(REPORT.format(body=f"Chỉ tiêu tuyển sinh:\n{table}"))
    assert {(15, "lớp"), (675, "học sinh"), (540, "học sinh")} <= set(found)


# 4. A table whose cells a PDF reader joined with single spaces, with no unit column, its unit in a note above its
# header ("Chỉ tiêu thu theo quý (đơn vị tính: tỷ đồng):" over "Chỉ tiêu Quý I Quý II Quý III Quý IV Cả năm"): each
# figure counts the note's unit; the "Cả năm" column restates the year's sums told above it, one item each (fixed:
# h861's 12 cells were lost)
PLAN = ("ỦY BAN NHÂN DÂN\nHUYỆN AN HÒA\nSố: 12/KH-UBND\nAn Hòa, ngày 10 tháng 01 năm 2034\nKẾ HOẠCH\n"
        "Thu ngân sách năm 2034\nI. MỤC TIÊU\n1. Tổng thu ngân sách năm 2034 là 300 tỷ đồng; trong đó thu tiền sử dụng "
        "đất 120 tỷ đồng.\n2. {note}\n{table}II. TỔ CHỨC THỰC HIỆN\nCác đơn vị thực hiện./.\nNơi nhận:\n- Lưu: VT.\n"
        "CHỦ TỊCH\nLê Văn Bình\n")
COLLAPSED = ("Chỉ tiêu Quý I Quý II Quý III Quý IV Cả năm\nTổng thu ngân sách 60,0 70,0 80,0 90,0 300,0\n"
             "Thu tiền sử dụng đất 20,0 25,0 35,0 40,0 120,0\n")


def test_a_collapsed_table_with_its_unit_in_a_note() -> None:
    found = _quantities(PLAN.format(note="Chỉ tiêu thu theo quý (đơn vị tính: tỷ đồng):", table=COLLAPSED))
    assert {(60_000_000_000, "đồng"), (90_000_000_000, "đồng"), (35_000_000_000, "đồng")} <= set(found)
    assert found.count((300_000_000_000, "đồng")) == 1 and found.count((120_000_000_000, "đồng")) == 1


def test_a_collapsed_table_needs_its_note_and_two_rows() -> None:
    # counter-cases: without a note nothing is read from the rows; one row alone is a sentence's figures
    found = _quantities(PLAN.format(note="Chỉ tiêu thu theo quý:", table=COLLAPSED))
    assert not any(v in (60, 60_000_000_000, 70, 70_000_000_000) for v, _ in found)
    one_row = "Chỉ tiêu Quý I Quý II Quý III Quý IV Cả năm\nTổng thu ngân sách 60,0 70,0 80,0 90,0 300,0\n"
    found = _quantities(PLAN.format(note="Chỉ tiêu thu theo quý (đơn vị tính: tỷ đồng):", table=one_row))
    assert (70_000_000_000, "đồng") not in found


# 5. A weekly schedule of cells one a line whose day cell prints its weekday over its date ("Thứ Hai" / "16/02"): the
# day's later time cells are events of that day (fixed: h857's three later sittings were lost)
SCHEDULE = ("ỦY BAN NHÂN DÂN\nHUYỆN AN HÒA\nSố: 15/TB-UBND\nAn Hòa, ngày 13 tháng 02 năm 2034\nTHÔNG BÁO\n"
            "Lịch công tác tuần của Chủ tịch UBND huyện\n(Từ ngày 16/02/2034 đến ngày 20/02/2034)\n"
            "Thứ, ngày\nThời gian\nNội dung\nĐịa điểm\n{day}\n7h30\nGiao ban Thường trực UBND huyện\nPhòng họp số 1\n"
            "14h00 - 16h30\nHọp Hội đồng thẩm định giá đất\nPhòng họp số 2\nThứ Ba\n17/02\n8h00\nTiếp công dân định kỳ\n"
            "Trụ sở Tiếp công dân\n15h00\nLàm việc với Ban Quản lý dự án\nPhòng họp số 1\n\nNơi nhận:\n- Lưu: VT.\n"
            "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Văn Bình\n")


@pytest.mark.parametrize("day", ["Thứ Hai\n16/02", "Thứ Hai 16/02"])  # (the day after it, "Thứ Ba\n17/02", too)
def test_a_day_cell_over_two_lines_keeps_its_later_times(day: str) -> None:
    dates = {e.date for e in parse_text(SCHEDULE.format(day=day)).events}
    assert {"2034-02-16T07:30", "2034-02-16T14:00", "2034-02-17T08:00", "2034-02-17T15:00"} <= dates


def test_a_weekday_over_no_date_is_no_day_cell() -> None:
    # counter-case: a weekday over a line that is no date makes no day: its times are no events of any day
    dates = {e.date for e in parse_text(SCHEDULE.format(day="Thứ Hai\nGiao ban đầu tuần")).events}
    assert not any(d.startswith("2034-02-16") for d in dates) and "2034-02-17T15:00" in dates


# 6. A crop season's runs in a plan's "Thời vụ" ("Gieo mạ xuân muộn từ ngày 25/01 đến ngày 05/02/2034; cấy tập trung
# từ ...", "trồng rừng vụ Xuân từ ..."), a dialogue or an auction held in a month: events (fixed: h852's two ranges,
# h763's and h784's, h859's and h861's months)
def test_season_runs_and_month_activities_are_events() -> None:
    text = PLAN.format(note="Thời vụ: gieo mạ xuân muộn từ ngày 25/01 đến ngày 05/02/2034; cấy tập trung từ ngày 10/02 "
                            "đến ngày 25/02/2034, kết thúc cấy trước ngày 05/3/2034. Tổ chức đối thoại với các doanh "
                            "nghiệp trong tháng 10/2034; phiên đấu giá thứ hai trong tháng 8/2034.", table="")
    record = parse_text(text)
    events = {(e.date, e.end) for e in record.events}
    assert {("2034-01-25", "2034-02-05"), ("2034-02-10", "2034-02-25"), ("2034-10", None), ("2034-08", None)} <= events
    # counter-case: the end of the sowing stays a by-when, no event
    assert "2034-03-05" in {d.due for d in record.deadlines} and not any(e.date == "2034-03-05" for e in record.events)


# 7. A count taken as of a day opening its sentence ("Tính đến ngày 30/9/2033, toàn tỉnh có 412.560 người tham gia BHXH
# bắt buộc, tăng 6,2% so với cùng kỳ") is the state of that day, as "Tính đến nay, toàn tỉnh có" is (docs/RECORD.md;
# fixed: h859's and h818's state read as results); what was done by then, told with its verb and no "có", stays a result
def test_a_count_as_of_a_day_is_the_state() -> None:
    body = ("Tính đến ngày 30/9/2034, toàn tỉnh có 412.560 người tham gia bảo hiểm xã hội bắt buộc. Trong 9 tháng, "
            "phát triển mới 6.840 người tham gia bảo hiểm xã hội tự nguyện.")
    found = _quantities(REPORT.format(body=body))
    assert (6840, "người") in found and (412560, "người") not in found
    # counter-case: no "có" after the day, what the body did by then
    body = "Tính đến ngày 30/9/2034, toàn tỉnh giải ngân được 4.812 tỷ đồng, đạt 61,2% kế hoạch."
    found = _quantities(REPORT.format(body=body))
    assert (4_812_000_000_000, "đồng") in found


# 8. A completion word before a month ("chi trả dứt điểm 186 hồ sơ bồi thường ... trong tháng 10/2033") makes the month
# a by-when, due at its end, as "hoàn thành trong tháng" does (docs/RECORD.md; fixed: h856)
def test_a_task_finished_off_within_a_month_is_due_at_its_end() -> None:
    text = PLAN.format(note="UBND các xã chi trả dứt điểm 186 hồ sơ bồi thường đã phê duyệt trong tháng 10/2034. "
                            "UBND huyện tổ chức kiểm tra thực tế tại các xã trong tháng 11/2034.", table="")
    record = parse_text(text)
    assert "2034-10-31" in {d.due for d in record.deadlines}
    # counter-case: an inspection held in a month is an event of it, no by-when
    assert "2034-11" in {e.date for e in record.events} and "2034-11-30" not in {d.due for d in record.deadlines}
