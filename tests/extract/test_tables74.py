"""Rounds 70-74's table shapes the figure-table readers did not take (issue 10), fixed by class: invented documents of
each shape, in several sizes, with counter-cases that must stay as they are."""

from __future__ import annotations

import pytest

from vanban import parse_text

DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 415/QĐ-UBND\nAn Hòa, ngày 20 tháng 12 năm 2040\nQUYẾT ĐỊNH\n"
            "Về việc giao chỉ tiêu năm 2041\nỦY BAN NHÂN DÂN TỈNH AN HÒA\nQUYẾT ĐỊNH:\n"
            "Điều 1. Giao chỉ tiêu năm 2041 cho các huyện (chi tiết tại Phụ lục kèm theo).\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình\n\n"
            "PHỤ LỤC\nCHỈ TIÊU NĂM 2041\n\n{table}")


def _quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in parse_text(text).quantities]


# 3. A space-aligned table whose column headers wrap over two lines, the second halves one blank apart ("Đào tạo
# nghề,   Tạo việc làm" over "dưới 3 tháng (người) mới (LĐ)"): each half and its unit is its own column's (fixed:
# h820's 14 cells took the unit of the next column, "lđ")
WRAPPED_TWO = (
    "  TT  Huyện              Đào tạo nghề,        Tạo việc làm\n"
    "                         dưới 3 tháng (người) mới (LĐ)\n"
    "  1   Huyện Đông Sơn          1.250               2.400\n"
    "  2   Huyện Tây Sơn             830               1.900\n")
WRAPPED_THREE = (
    "  STT  Đơn vị            Trồng rừng          Chăm sóc rừng       Khoanh nuôi\n"
    "                         tập trung (ha) trồng (ha) tái sinh (ha)\n"
    "  1    Xã Bắc Phong            145                 320                 87\n"
    "  2    Xã Nam Phong            210                 455                 64\n"
    "  3    Xã Tây Phong             98                 280                112\n")
WRAPPED = [
    (WRAPPED_TWO, [(1250, "người"), (830, "người"), (2400, "lao động"), (1900, "lao động")]),
    (WRAPPED_THREE, [(145, "ha"), (455, "ha"), (112, "ha")]),
]


@pytest.mark.parametrize(("table", "expected"), WRAPPED)
def test_a_wrapped_header_line_is_cut_at_the_columns_above(table: str, expected: list[tuple[float, str]]) -> None:
    found = _quantities(DECISION.format(table=table))
    assert all(item in found for item in expected)
    assert not any(unit == "lđ" for _, unit in found)


# counter-case: a second header line whose cell stays under one column (no column above starts inside it) is that
# column's whole ("Kinh phí hỗ trợ" over "(triệu đồng)"), and a count of workers in prose reads "lao động"
UNWRAPPED = (
    "  TT  Huyện              Số hộ được hỗ trợ    Kinh phí hỗ trợ\n"
    "                         (hộ)                 (triệu đồng)\n"
    "  1   Huyện Đông Sơn          125                 2.400\n"
    "  2   Huyện Tây Sơn            83                 1.900\n")


def test_a_header_line_within_its_columns_stays_whole() -> None:
    found = _quantities(DECISION.format(table=UNWRAPPED))
    assert (2_400_000_000, "đồng") in found and (1_900_000_000, "đồng") in found
    assert any(value == 125 and unit.startswith("hộ") for value, unit in found)


def test_workers_abbreviated_in_prose_are_workers() -> None:
    text = DECISION.replace("Điều 2.", "Năm 2041 giải quyết việc làm mới cho 3.500 LĐ.\nĐiều 2.").format(table="")
    assert (3500, "lao động") in _quantities(text)


REPORT = ("ỦY BAN NHÂN DÂN\nHUYỆN AN HÒA\nSố: 215/BC-UBND\nAn Hòa, ngày 20 tháng 11 năm 2040\nBÁO CÁO\n"
          "Kết quả sản xuất năm 2040\n1. Kết quả\n{prose}\n{caption}\n{table}\n2. Kiến nghị\nKhông.\n"
          "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Bình\n")


def _report(prose: str, table: str, caption: str = "Một số chỉ tiêu chính:") -> list[tuple[float, str]]:
    return _quantities(REPORT.format(prose=prose, caption=caption, table=table))


# 4. A table row repeating the prose figure ("gieo trồng 12.450 ha ngô, đạt 103,8% kế hoạch" above "| Ngô | ha | 12.000
# | 12.450 | 103,8 |"): the same figure, counted once, as a total row's is (fixed: h784's, h823's, h826's rows)
PIPED_ROWS = ("| TT | Cây trồng | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n|---|---|---|---|---|---|\n"
              "| 1 | Ngô | ha | 12.000 | 12.450 | 103,8 |\n| 2 | Đậu tương | ha | 1.500 | 1.320 | 88,0 |\n")
TAB_ROWS = ("TT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tTỷ lệ (%)\n1\tNạo vét kênh mương\tkm\t90\t96\t106,7\n"
            "2\tSửa chữa cống\tcái\t20\t24\t120,0\n3\tKiên cố hóa kênh\tkm\t8,0\t7,4\t92,5\n")
TOLD = [
    ("Năm 2040, toàn huyện gieo trồng 12.450 ha ngô, đạt 103,8% kế hoạch.", PIPED_ROWS, (12_450, "ha"),
     [(12_000, "ha"), (1_320, "ha"), (88.0, "%")]),
    ("Nạo vét 96 km kênh mương; kiên cố hóa 7,4 km kênh loại III.", TAB_ROWS, (7.4, "km"),
     [(90, "km"), (106.7, "%"), (8.0, "km"), (92.5, "%"), (24, "cái")]),
]


@pytest.mark.parametrize(("prose", "table", "told", "own"), TOLD)
def test_a_row_repeating_the_prose_figure_counts_it_once(prose: str, table: str, told: tuple[float, str],
                                                         own: list[tuple[float, str]]) -> None:
    found = _report(prose, table)
    assert found.count(told) == 1
    assert all(item in found for item in own)


def test_the_rows_share_goes_with_its_figure_told() -> None:
    found = _report(TOLD[0][0], PIPED_ROWS)
    assert found.count((103.8, "%")) == 1


# counter-cases: a figure of the same value the prose counted in a clause naming another thing ("12.450 ha rừng") is
# another count, and so is a share alone equal to the prose's (no figure of its row told)
NOT_TOLD = [
    ("Năm 2040, toàn huyện trồng mới 12.450 ha rừng sản xuất.", PIPED_ROWS, (12_450, "ha"), 2),
    ("Tỷ lệ hộ dùng nước sạch đạt 88,0%.", PIPED_ROWS, (88.0, "%"), 2),
]


@pytest.mark.parametrize(("prose", "table", "item", "count"), NOT_TOLD)
def test_a_row_not_told_in_prose_keeps_its_figures(prose: str, table: str, item: tuple[float, str], count: int) -> None:
    assert _report(prose, table).count(item) == count


# 5. A unit note closing the table's caption in brackets ("Tình hình thu (đơn vị tính: triệu đồng):") gives the unit of
# the figure columns whose header names none, as a note on its own line does (fixed: h826's box-drawn table, 7 cells)
BOXED = ("┌────┬──────────────────┬──────────┬───────────┐\n"
         "│ TT │ Nội dung         │ Dự toán  │ Thực hiện │\n"
         "├────┼──────────────────┼──────────┼───────────┤\n"
         "│ 1  │ Thuế tài nguyên  │   42.000 │    38.150 │\n"
         "├────┼──────────────────┼──────────┼───────────┤\n"
         "│ 2  │ Phí, lệ phí      │   16.500 │    17.240 │\n"
         "└────┴──────────────────┴──────────┴───────────┘\n")
CAPTIONS = [
    ("Tình hình thu một số khoản (đơn vị tính: triệu đồng):", (38_150_000_000, "đồng")),
    ("Kết quả thu ngân sách (ĐVT: tỷ đồng)", (42_000_000_000_000, "đồng")),
    ("Kết quả thu ngân sách (Đơn vị: triệu đồng).", (17_240_000_000, "đồng")),
]


@pytest.mark.parametrize(("caption", "expected"), CAPTIONS)
def test_a_unit_note_closing_the_caption_gives_the_columns_unit(caption: str, expected: tuple[float, str]) -> None:
    assert expected in _report("Năm 2040, thu ngân sách đạt kết quả khá.", BOXED, caption)


def test_a_caption_bracket_naming_no_unit_gives_none() -> None:
    found = _report("Năm 2040, thu ngân sách đạt kết quả khá.", BOXED, "Kết quả thu (đơn vị: Chi cục Thuế):")
    assert not any(value in (38_150, 38_150_000_000) for value, _ in found)


PLAN = ("TRƯỜNG CAO ĐẲNG AN HÒA\nSố: 45/KH-CĐAH\nAn Hòa, ngày 20 tháng 01 năm 2041\nKẾ HOẠCH\nTuyển sinh năm 2041\n"
        "I. CHỈ TIÊU\nChỉ tiêu tuyển sinh theo ngành như sau:\n{table}\nII. TỔ CHỨC THỰC HIỆN\nPhòng Đào tạo chủ trì.\n"
        "Nơi nhận:\n- Sở Giáo dục và Đào tạo;\n- Lưu: VT.\nHIỆU TRƯỞNG\nTrần Văn An\n")


def _plan(table: str) -> list[tuple[float, str]]:
    return _quantities(PLAN.format(table=table))


# 1. DOCX cells one a line with a text column between the name and the figures ("Cơ khí chế tạo / Cao đẳng / 150"):
# each figure counts its column's unit (fixed: h779's 6 rows); and a one-a-line unit table whose unit cell the line
# repair ran onto its label, the unit repeating the noun the label opens with ("Hồ sơ tiếp nhận trực tuyến hồ sơ"):
# h825's 7 cells, h762's last row
TEXTED_ONE = "TT\nNgành đào tạo\nTrình độ\nChỉ tiêu (người)\n1\nCơ khí chế tạo\nCao đẳng\n150\n2\nKế toán doanh nghiệp\n" \
             "Trung cấp\n90\n3\nCông nghệ thông tin (lập trình ứng dụng di động)\nCao đẳng\n210\n"
TEXTED_TWO = "Ngành đào tạo\nHình thức\nChỉ tiêu (người)\nĐã tuyển (người)\nCơ khí chế tạo\nChính quy\n150\n132\n" \
             "Điện dân dụng\nVừa làm vừa học\n60\n71\n"
REPEATED = "TT\nChỉ tiêu\nĐVT\nKế hoạch\nThực hiện\n1\nHồ sơ tiếp nhận qua cổng dịch vụ công\nhồ sơ\n6.500\n7.120\n" \
           "2\nLượt khách tham quan bảo tàng\nlượt khách\n48.000\n51.300\n"
ONE_A_LINE = [
    (TEXTED_ONE, [(150, "người"), (90, "người"), (210, "người")]),
    (TEXTED_TWO, [(150, "người"), (132, "người"), (60, "người"), (71, "người")]),
    (REPEATED, [(6500, "hồ sơ"), (7120, "hồ sơ"), (48_000, "lượt khách"), (51_300, "lượt khách")]),
]


@pytest.mark.parametrize(("table", "expected"), ONE_A_LINE)
def test_one_cell_a_line_with_a_text_column_or_a_joined_unit(table: str, expected: list[tuple[float, str]]) -> None:
    found = _plan(table)
    assert all(item in found for item in expected)


# counter-cases: a list of people, their posts and telephone numbers is no figure table, and a text column headed by a
# unit's word is a unit-column table's (its unit cell counts: "Lớp" counts lớp)
TEXTED_COUNTER = [
    ("Họ và tên\nChức vụ\nSố điện thoại\nNguyễn Văn Hòa\nTrưởng phòng\n0912345678\nLê Thị Mai\nChuyên viên\n"
     "0987654321\n", (912345678, "điện thoại"), False),
    ("Nội dung\nĐVT\nChỉ tiêu\nMở lớp bồi dưỡng\nLớp\n12\nHọc viên dự học\nngười\n480\n", (12, "lớp"), True),
]


@pytest.mark.parametrize(("table", "item", "present"), TEXTED_COUNTER)
def test_a_text_column_needs_two_rows_and_no_unit_header(table: str, item: tuple[float, str], present: bool) -> None:
    assert (item in _plan(table)) is present


# 2. Two columns (or more) of a PDF text layer without separators, a single blank between the cells ("Xã Hòa Bình 620"
# under "Đơn vị Số hộ được hỗ trợ"): each figure counts its column's noun (fixed: h824's 5 cells)
PAIRED_ONE = "Đơn vị Số hộ được hỗ trợ\nXã Hòa Bình 620\nXã Tân Lập 1.240\nThị trấn Mỹ An 385\n"
PAIRED_TWO = "Xã Kế hoạch (ha) Thực hiện (ha)\nXã Hòa Bình 120 132,5\nXã Tân Lập 95 88\n"
PAIRED = [
    (PAIRED_ONE, [(620, "hộ được hỗ trợ"), (1240, "hộ được hỗ trợ"), (385, "hộ được hỗ trợ")]),
    (PAIRED_TWO, [(120, "ha"), (132.5, "ha"), (95, "ha"), (88, "ha")]),
]


@pytest.mark.parametrize(("table", "expected"), PAIRED)
def test_a_table_joined_by_single_blanks_is_read_by_column(table: str, expected: list[tuple[float, str]]) -> None:
    found = _plan(table)
    assert all(item in found for item in expected)


# counter-cases: one line of a name and a number under such a header is no table, and lines of prose ending in a
# number under a line of prose stay sentences (their numbers no columns' cells)
PAIRED_COUNTER = [
    "Đơn vị Số hộ được hỗ trợ\nXã Hòa Bình 620\nCác xã khác chưa đăng ký.\n",
    "Trong năm các xã đã rà soát hộ nghèo:\nXã Hòa Bình có 620\nXã Tân Lập có 1.240\n",
]


@pytest.mark.parametrize("table", PAIRED_COUNTER)
def test_a_paired_table_needs_its_header_and_two_rows(table: str) -> None:
    assert not any(unit.startswith("hộ được") for _, unit in _plan(table))


# A total row this large the text told before under another heading is that figure again ("kích hoạt ít nhất 9.800
# tài khoản" in the targets, the annex table's "Tổng cộng 9.800"; h811, h824, h643, h745, h773); a small one ("Cộng 7")
# stays a count of its own (h356)
TOTAL_PLAN = ("ỦY BAN NHÂN DÂN\nHUYỆN AN HÒA\nSố: 15/KH-UBND\nAn Hòa, ngày 10 tháng 01 năm 2041\nKẾ HOẠCH\nThực hiện năm "
              "2041\nI. CHỈ TIÊU\n1. Hỗ trợ ít nhất {total} hộ trong năm 2041.\nII. PHÂN BỔ\n1. Giao các xã:\n"
              "| Xã | Số hộ được hỗ trợ |\n|---|---|\n| Xã Hòa Bình | {a} |\n| Xã Tân Lập | {b} |\n"
              "| Tổng cộng | {total} |\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n")
TOTALS = [("2.400", "1.500", "900", 2400, 1), ("7", "4", "3", 7, 2)]


@pytest.mark.parametrize(("total", "a", "b", "value", "count"), TOTALS)
def test_a_large_total_told_under_another_heading_is_told_once(total: str, a: str, b: str, value: float,
                                                               count: int) -> None:
    found = _quantities(TOTAL_PLAN.format(total=total, a=a, b=b))
    assert sum(1 for v, _ in found if v == value) == count
