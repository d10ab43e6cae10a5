"""Figure tables flattened to one cell a line: each figure takes its column's noun and its row's
label as scope (pipeline/extract/figtable.py). Invented tables."""

from __future__ import annotations

import pytest

from vanban.context import Context
from vanban.extract.figtable import figure_cells
from vanban.extract.quantities import extract

SCHOOLS = ("Kết quả rèn luyện theo từng cấp học như sau:\nCấp học\nSố đội viên\nHoàn thành chương trình\nTỷ lệ\n"
           "Tiểu học\n6.420\n6.198\n96,5%\nTrung học cơ sở\n4.870\n4.603\n94,5%\n"
           "Toàn huyện có 28 liên đội đạt danh hiệu vững mạnh.\n")


@pytest.mark.parametrize("text, expected", [
    # a column naming no noun counts what the column to its left counts
    (SCHOOLS, [(6420, "đội viên", "Tiểu học"), (6198, "đội viên", "Tiểu học"), (96.5, "%", "Tiểu học"),
               (4870, "đội viên", "Trung học cơ sở"), (4603, "đội viên", "Trung học cơ sở"),
               (94.5, "%", "Trung học cơ sở")]),
    # two columns, "Số lượng" naming the noun after it
    ("Đơn vị\nSố lượng hội viên\nXã An Bình\n320\nXã An Phú\n285\n",
     [(320, "hội viên", "Xã An Bình"), (285, "hội viên", "Xã An Phú")]),
    # a column whose header counts nothing, with nothing to its left to borrow from: no unit, no figure
    ("Nội dung\nThời gian\nRa quân\n2026\n", []),
    # not a table: sentences, list items, a figure line without header lines above it
    ("1. Kết nạp đoàn viên:\n412\n2. Hiến máu:\n2.350\n", []),
    ("Tổng số đoàn viên\n1.250\n", []),
    # a unit in brackets, scaled ("triệu đồng"); a row label with dashes between its words
    ("Đơn vị\nSố suất quà\nKinh phí (triệu đồng)\nĐoàn Khối Dân - Chính - Đảng\n60\n18\n",
     [(60, "suất quà", "Đoàn Khối Dân - Chính - Đảng"), (18, "đồng", "Đoàn Khối Dân - Chính - Đảng")]),
])
def test_flattened_tables(text: str, expected: list) -> None:
    assert [(float(c.number.replace(".", "").replace(",", ".")), c.unit, c.row)
            for c in figure_cells(text, 0, len(text))] == [(float(v), u, r) for v, u, r in expected]


def test_table_figures_are_quantities_with_scope_once() -> None:
    """A percentage cell is read once, from the table, with its row's scope."""
    qs = extract(Context(text=SCHOOLS, doc_type="BC"))
    assert [(q.value, q.unit, q.scope, q.kind) for q in qs] == [
        (6420, "đội viên", "Tiểu học", "result"), (6198, "đội viên", "Tiểu học", "result"),
        (96.5, "%", "Tiểu học", "result"), (4870, "đội viên", "Trung học cơ sở", "result"),
        (4603, "đội viên", "Trung học cơ sở", "result"), (94.5, "%", "Trung học cơ sở", "result"),
        (28, "liên đội", None, "result")]
    for q in qs:
        assert SCHOOLS[q.span[0]:q.span[1]] == q.text


def test_a_scaled_money_column_is_in_dong() -> None:
    text = "Đơn vị\nSố tiền (đồng)\nKinh phí (triệu đồng)\nXã An Bình\n36.000.000\n36\n"
    assert [(q.value, q.unit, q.scope) for q in extract(Context(text=text, doc_type="BC"))] == [
        (36000000, "đồng", "Xã An Bình"), (36000000, "đồng", "Xã An Bình")]


# Fifteenth heldout round (h150, h156): a unit column ("Đơn vị tính"), headers naming a period ("Kế hoạch năm
# 2026", "Thực hiện 11 tháng", "Tỷ lệ (%)") and giving the figures' kind; a markdown table's bare figures.
UNIT_COLUMN = ("Chỉ tiêu\nĐơn vị tính\nKế hoạch năm 2026\nThực hiện 11 tháng\nTỷ lệ (%)\n"
               "Khách quốc tế\nlượt khách\n4.200.000\n4.050.000\n96,4\nTổng thu\ntỷ đồng\n420\n398\n94,8\n")


@pytest.mark.parametrize("text, expected", [
    # each row's unit cell on its own line
    (UNIT_COLUMN, [(4200000, "lượt khách", "target"), (4050000, "lượt khách", "result"), (96.4, "%", "result"),
                   (420e9, "đồng", "target"), (398e9, "đồng", "result"), (94.8, "%", "result")]),
    # the unit cell run onto its label by the wrapped-line repair ("Khách quốc tế lượt khách")
    (UNIT_COLUMN.replace("tế\nlượt", "tế lượt").replace("thu\ntỷ", "thu tỷ"),
     [(4200000, "lượt khách", "target"), (4050000, "lượt khách", "result"), (96.4, "%", "result"),
      (420e9, "đồng", "target"), (398e9, "đồng", "result"), (94.8, "%", "result")]),
    # a markdown table: the row label's bracket names the unit, the header the kind
    ("| Nội dung | Chỉ tiêu | Kết quả | Tỷ lệ |\n| Công trình thanh niên (công trình) | 17 | 21 | 123,5% |\n"
     "| Đường giao thông (km) | 5 | 6,8 | 136% |\n",
     [(17, "công trình", "target"), (21, "công trình", "result"), (123.5, "%", "result"), (5, "km", "target"),
      (6.8, "km", "result"), (136, "%", "result")]),
    # a markdown header naming the unit in brackets
    ("| Đơn vị | Số tiền (triệu đồng) |\n| Xã An Bình | 36 |\n", [(36e6, "đồng", "result")]),
])
def test_unit_columns_and_markdown_figures(text: str, expected: list) -> None:
    assert [(q.value, q.unit, q.kind) for q in extract(Context(text=text, doc_type="BC"))] == \
        [(v, u, k) for v, u, k in expected]


@pytest.mark.parametrize("text", [
    # a markdown row whose label names no unit and whose header names no noun: its bare figures stay out
    "| Nội dung | Chỉ tiêu | Kết quả |\n| Công trình thanh niên | 17 | 21 |\n",
    # a unit column whose row label does not end in a unit word: not split
    "Chỉ tiêu\nĐơn vị tính\nKế hoạch\nThực hiện\nTổng thu ngân sách huyện\n420\n398\n",
    # a markdown task table's dates and numbers (no figure cells): STT is an item number
    "| STT | Nội dung | Thời gian |\n| 1 | Ra quân | Tháng 3/2026 |\n",
])
def test_no_figures_without_a_unit(text: str) -> None:
    assert extract(Context(text=text, doc_type="BC")) == []


TARGETS = ("1. Thông qua các chỉ tiêu chủ yếu năm 2026 như sau:\nTT\nChỉ tiêu\nĐơn vị tính\nKế hoạch 2026\n"
           "1\nTốc độ tăng giá trị sản xuất\n%\n9\n2\nThu nhập bình quân đầu người\ntriệu đồng\n68\n"
           "3\nKết nạp đảng viên mới đảng viên\n15\n"
           "4\nTổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên\n%\n85\n2. Giao Ban Thường vụ chỉ đạo thực hiện.\n")


@pytest.mark.parametrize("text, expected", [
    # a "TT" column's row numbers dropped; a "%" unit cell; a long row label; a unit run onto its label
    (TARGETS, [(9, "%", "Tốc độ tăng giá trị sản xuất"), (68000000, "đồng", "Thu nhập bình quân đầu người"),
               (15, "đảng viên", "Kết nạp đảng viên mới"),
               (85, "%", "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên")]),
    # a figure equal to the next row's number stays a figure (the row number is the one before a label)
    ("STT\nChỉ tiêu\nĐơn vị tính\nKế hoạch\n1\nSố lớp tập huấn\nlớp\n2\n2\nSố học viên\nngười\n120\n",
     [(2, "lớp", "Số lớp tập huấn"), (120, "người", "Số học viên")]),
    # counter-case: numbers alone under a list, no "TT" header, no table
    ("Các nội dung:\n1\nTuyên truyền\n2\nRa quân\n", []),
])
def test_index_columns_and_mixed_unit_rows(text: str, expected: list) -> None:
    got = [(q.value, q.unit, q.scope) for q in extract(Context(text=text + "\n", doc_type="NQ"))]
    assert got == expected
