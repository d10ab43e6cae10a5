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
