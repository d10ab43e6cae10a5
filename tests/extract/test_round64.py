"""Heldout round 64 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

DECISION = ("UBND TỈNH AN HÒA\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 215/QĐ-SGDĐT\nAn Hòa, ngày 10 tháng 4 năm 2032\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu năm 2032\n\n"
            "Điều 1. Giao chỉ tiêu cho các đơn vị như sau:\n")
TAIL = "\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n"


def _figures(body: str) -> list[tuple[float, str]]:
    return sorted((q.value, (q.unit or "").split()[0]) for q in parse_text(DECISION + body + TAIL).quantities)


def _table(header: str, remarks: tuple[str, str, str]) -> str:
    """A table flattened one cell a line: TT, a unit, two figure columns, then a last column headed `header`."""
    return ("TT\nĐơn vị\nSố lớp\nSố học sinh\n" + header + "\n"
            "1\nTrường THPT Bình Sơn\n10\n350\n" + remarks[0] + "\n"
            "2\nTrường THPT Tân Lập\n8\n320\n" + remarks[1] + "\n"
            "3\nTrường PTDTNT tỉnh\n6\n210\n" + remarks[2] + "\n"
            "Tổng cộng\n24\n880\n")


ALL_FIGURES = sorted([(10, "lớp"), (350, "học"), (8, "lớp"), (320, "học"), (6, "lớp"), (210, "học"), (24, "lớp"),
                      (880, "học")])

WORDED_LAST_COLUMN = [
    # a last column of words (how pupils are admitted, the form of a course) holds no figure: each row is its
    # label, its figures, then the column's words, as under "Ghi chú" (fixed: 'Phương thức tuyển sinh', h712)
    ("Phương thức tuyển sinh", ("Thi tuyển", "Xét tuyển", "Xét tuyển")),
    ("Hình thức đào tạo", ("Chính quy", "Vừa làm vừa học", "Chính quy")),
    ("Phương thức", ("Thi tuyển", "Xét tuyển", "Thi tuyển kết hợp xét tuyển")),
    # counter-cases: the remarks column the reader knew keeps its rows, an empty remark too
    ("Ghi chú", ("Trường chuyên", "", "Nội trú")),
]


@pytest.mark.parametrize(("header", "remarks"), WORDED_LAST_COLUMN)
def test_a_worded_last_column_keeps_the_rows_figures(header: str, remarks: tuple[str, str, str]) -> None:
    assert _figures(_table(header, remarks)) == ALL_FIGURES


def test_a_last_figure_column_is_no_worded_column() -> None:
    # counter-case: a last column headed by a word of its own holding figures is read as figures
    table = ("TT\nĐơn vị\nSố lớp\nSố học sinh\nTỷ lệ (%)\n"
             "1\nTrường THPT Bình Sơn\n10\n350\n95,5\n"
             "2\nTrường THPT Tân Lập\n8\n320\n96,0\n")
    assert _figures(table) == sorted([(10, "lớp"), (350, "học"), (95.5, "%"), (8, "lớp"), (320, "học"), (96.0, "%")])
