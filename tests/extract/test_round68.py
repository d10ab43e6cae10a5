"""Heldout round 68 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

LETTERHEAD = ("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH AN HÒA\n*\nSố: 37-BC/HNDT\nAn Hòa, ngày 04 tháng 12 năm 2032\n"
              "BÁO CÁO\nKết quả phong trào nông dân năm 2032\n"
              "Thực hiện Hướng dẫn số 12-HD/HNDTW ngày 10/01/2032, Ban Thường vụ báo cáo như sau:\n"
              "1. Các cấp Hội đã tổ chức 126 buổi tuyên truyền.\n")
CLOSING = "Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\n- Lưu: VP.\nT/M BAN THƯỜNG VỤ\nCHỦ TỊCH\nLê Văn Bình\n"

WEB_TOP = [
    # a portal's banner, its menu and a tool bar of two items whose last is the search box ("Tìm kiếm...") above the
    # letterhead: the tool bar ends no header, the letterhead below is read (fixed: h759)
    "HỘI NÔNG DÂN TỈNH AN HÒA\nCổng thông tin điện tử\nTrang chủ | Giới thiệu | Tin tức | Liên hệ\n"
    "Đăng nhập | Tìm kiếm...\nBạn đang ở: Trang chủ > Văn bản\n",
    "HỘI NÔNG DÂN TỈNH AN HÒA\nTrang thông tin điện tử\nĐăng ký | Tìm kiếm…\n",
    # counter-cases: the three-item tool bar round 67 read, a two-item line with no search box, no web top at all
    "HỘI NÔNG DÂN TỈNH AN HÒA\nCổng thông tin điện tử\nĐăng nhập | English | Tìm kiếm...\n",
    "HỘI NÔNG DÂN TỈNH AN HÒA\nCổng thông tin điện tử\nNgày đăng: 05/12/2032 | Lượt xem: 318\n",
    "",
]


@pytest.mark.parametrize("top", WEB_TOP)
def test_a_search_box_tool_bar_above_the_letterhead_ends_no_header(top: str) -> None:
    rec = parse_text(top + LETTERHEAD + CLOSING)
    assert rec.number is not None and rec.number.normalized == "37-BC/HNDT"
    assert rec.issued_date == "2032-12-04"
    assert rec.place == "An Hòa"
    assert rec.subject == "Kết quả phong trào nông dân năm 2032"


@pytest.mark.parametrize("line", [
    # counter-cases: prose ending in "..." under the type word, even with a bar in it, is the body's first line
    "Ban Thường vụ Hội Nông dân tỉnh báo cáo kết quả như sau...",
    "Kết quả thi đua năm 2032 | các cấp Hội đã tổ chức nhiều hoạt động thiết thực, hiệu quả...",
])
def test_a_sentence_ending_in_dots_still_ends_the_header(line: str) -> None:
    rec = parse_text(LETTERHEAD.replace("Thực hiện Hướng dẫn", line + "\nThực hiện Hướng dẫn") + CLOSING)
    assert rec.subject == "Kết quả phong trào nông dân năm 2032"
    assert rec.number is not None and rec.number.normalized == "37-BC/HNDT"
