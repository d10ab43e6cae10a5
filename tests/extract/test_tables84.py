"""Rounds 80-84's table shapes the figure-table readers did not take or read twice (issue 10), fixed by class: invented
documents of each shape, with counter-cases that must stay as they are."""

from __future__ import annotations

import pytest

from vanban import parse_text


def _quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in parse_text(text).quantities]


DECISION = ("BẢO HIỂM XÃ HỘI TỈNH AN HÒA\nSố: 112/QĐ-BHXH\nAn Hòa, ngày 08 tháng 01 năm 2042\nQUYẾT ĐỊNH\n"
            "Về việc giao chỉ tiêu phát triển người tham gia năm 2042\nGIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH AN HÒA\n"
            "Căn cứ Quyết định số 840/QĐ-BHXH ngày 15/7/2040 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam;\n"
            "Xét đề nghị của Trưởng phòng Quản lý thu - Sổ, thẻ.\nQUYẾT ĐỊNH:\n"
            "Điều 1. Giao chỉ tiêu phát triển người tham gia năm 2042 cho Bảo hiểm xã hội cơ sở (chi tiết tại Phụ lục "
            "kèm theo).\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n\n{annex}")


def _decision(annex: str) -> list[tuple[float, str]]:
    return _quantities(DECISION.format(annex=annex))


# 1. A markdown or tab phụ lục whose unit a note prints on a line of its own above the table ("*Đơn vị tính: người*",
# "ĐVT: hộ"), above or under the table's title, and whose columns name no unit ("| BHXH bắt buộc | BHYT |"): each
# figure counts the note's unit (fixed: h934's 28 cells); a note naming a body ("Đơn vị: Phòng Quản lý thu") is no unit
PIPED = ("| TT | Đơn vị | BHXH bắt buộc | BHXH tự nguyện | BHYT |\n|---|---|---|---|---|\n"
         "| 1 | BHXH cơ sở Đông Sơn | 21.400 | 6.300 | 205.000 |\n| 2 | BHXH cơ sở Tây Sơn | 9.150 | 2.700 | 118.400 |\n"
         "| | **Tổng cộng** | **30.550** | **9.000** | **323.400** |\n")
TABBED = ("TT\tTrường\tTuyển sinh mầm non\tTuyển sinh tiểu học\n1\tTrường Bình Minh\t1.240\t86\n"
          "2\tTrường Hòa Lạc\t980\t54\nCộng\t\t2.220\t140\n")
TITLE = "PHỤ LỤC\nCHỈ TIÊU PHÁT TRIỂN NĂM 2042\n(Kèm theo Quyết định số 112/QĐ-BHXH ngày 08/01/2042)\n"
NOTED = [
    (f"{TITLE}\n*Đơn vị tính: người*\n\n{PIPED}", [(21400, "người"), (6300, "người"), (205000, "người"),
                                                  (9150, "người"), (2700, "người"), (118400, "người")]),
    (f"PHỤ LỤC\n*Đơn vị tính: người*\nCHỈ TIÊU PHÁT TRIỂN NĂM 2042\n{PIPED}", [(21400, "người"), (118400, "người")]),
    (f"{TITLE}(ĐVT: người)\n{PIPED}", [(6300, "người"), (2700, "người")]),
    (f"{TITLE}\nĐơn vị tính: học sinh\n\n{TABBED}", [(1240, "học sinh"), (86, "học sinh"), (980, "học sinh")]),
]


@pytest.mark.parametrize(("annex", "expected"), NOTED)
def test_a_unit_note_above_a_table_gives_its_unit(annex: str, expected: list[tuple[float, str]]) -> None:
    found = _decision(annex)
    assert all(item in found for item in expected), found


def test_a_note_naming_a_body_gives_no_unit() -> None:
    found = _decision(f"{TITLE}\nĐơn vị: Phòng Quản lý thu\n\n{PIPED}")
    assert not any(value in (21400, 6300, 9150) for value, _ in found), found


def test_a_unit_word_note_keeps_its_scale() -> None:
    table = PIPED.replace("BHXH bắt buộc | BHXH tự nguyện | BHYT", "Thu BHXH | Thu BHYT | Thu BHTN")
    found = _decision(f"{TITLE}\nĐơn vị tính: triệu đồng\n\n{table}")
    assert (21_400_000_000, "đồng") in found and (205_000_000_000, "đồng") in found, found

