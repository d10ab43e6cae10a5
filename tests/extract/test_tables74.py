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
