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
