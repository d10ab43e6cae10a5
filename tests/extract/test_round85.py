"""Heldout round 85 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

PDF_REPORT = ("ỦY BAN NHÂN DÂN\nXÃ AN KHÁNH\nSố: 12/BC-UBND\nAn Khánh, ngày 05 tháng 12 năm 2033\nBÁO CÁO\n"
              "Kết quả thực hiện nhiệm vụ năm 2033\n"
              "Kết quả các chỉ tiêu chủ yếu:\n\n"
              "  TT  Chỉ tiêu                     ĐVT         KH 2033    TH 2033    KH 2034\n"
              "  1   Diện tích gieo trồng         ha            1.500      1.520      1.550\n"
              "  2   Thu ngân sách xã             triệu         3.200      3.450      3.600\n"
              "                                   đồng\n"
              "{seam}"
              "  3   Tỷ lệ hộ nghèo               %               4,5        4,1        3,5\n"
              "  4   Nhà văn hóa thôn xây mới     nhà               6          7         12\n"
              "\nNơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n")
TABLED = {(1500, "ha"), (1520, "ha"), (1550, "ha"), (3200000000, "đồng"), (3450000000, "đồng"), (3600000000, "đồng"),
          (4.5, "%"), (4.1, "%"), (3.5, "%"), (6, "nhà"), (7, "nhà"), (12, "nhà")}
FOOTER = " UBND xã An Khánh - Báo cáo kết quả năm 2033" + " " * 46 + "{page}\n"


def _figures(text: str) -> set[tuple[float, str | None]]:
    return {(q.value, q.unit) for q in parse_text(text).quantities}


# 1. A space-aligned table a PDF page's running footer cuts, its page number far out past a gap wider than the join's
# look-back, a rule of box-drawing dashes under it and no header repeated: the rows on the next page are the same
# table's, read under its header (fixed: h944's rows after the footer were glued to it and lost their columns); a row's
# unit wrapped onto the line under it ("triệu" / "đồng") is the row's whole unit (fixed: h944 read 5.600 "triệu")
SEAMS = [
    "\n" + FOOTER.format(page="1") + "─" * 90 + "\n",
    "\n" + FOOTER.format(page="1") + "\n",
    "\n" + FOOTER.format(page="Trang 1/2") + "━" * 90 + "\n\n",
    "\n" + FOOTER.format(page="1") + "Báo cáo số 12/BC-UBND ngày 05/12/2033\n",  # the next page's running head
    "",  # counter-case: no page break, the same figures
]


@pytest.mark.parametrize("seam", SEAMS)
def test_a_table_cut_by_a_page_footer_goes_on_under_its_header(seam: str) -> None:
    assert _figures(PDF_REPORT.format(seam=seam)) >= TABLED

