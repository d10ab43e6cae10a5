"""Heldout round 67 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

LETTERHEAD = ("UBND TỈNH AN HÒA\nTRƯỜNG CAO ĐẲNG KỸ THUẬT AN HÒA\nSố: 58/TB-CĐKT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nAn Hòa, ngày 02 tháng 4 năm 2032\nTHÔNG BÁO\nTuyển sinh năm 2032\n"
              "Nhà trường thông báo tuyển sinh năm 2032 như sau:\n1. Chỉ tiêu: 450 sinh viên.\n")
CLOSING = "Nơi nhận:\n- Sở Giáo dục và Đào tạo;\n- Lưu: VT.\nHIỆU TRƯỞNG\nLê Văn Bình\n"

WEB_TOP = [
    # a web page's banner, menus and tool bar above the letterhead: a tool bar ending in a search box's "..."
    # is no sentence of the body (fixed: 'Đăng nhập | English | Tìm kiếm...', h747)
    "TRƯỜNG CAO ĐẲNG KỸ THUẬT AN HÒA\nTrang chủ | Giới thiệu | Tuyển sinh | Liên hệ\nĐăng nhập | English | Tìm kiếm...\n",
    "TRƯỜNG CAO ĐẲNG KỸ THUẬT AN HÒA\nTìm kiếm | Sơ đồ site | Đăng nhập...\nTrang chủ > Tuyển sinh\n",
    # counter-cases: a menu without the "...", and no menu at all, read as before
    "TRƯỜNG CAO ĐẲNG KỸ THUẬT AN HÒA\nTrang chủ | Giới thiệu | Tuyển sinh | Liên hệ\n",
    "",
]


@pytest.mark.parametrize("top", WEB_TOP)
def test_a_web_menu_above_the_letterhead_ends_no_header(top: str) -> None:
    rec = parse_text(top + LETTERHEAD + CLOSING)
    assert rec.number is not None and rec.number.normalized == "58/TB-CĐKT"
    assert rec.issued_date == "2032-04-02"
    assert rec.subject == "Tuyển sinh năm 2032"


def test_a_sentence_ending_in_dots_still_ends_the_header() -> None:
    # counter-case: prose ending in "..." after the letterhead is the body's, not a menu
    rec = parse_text(LETTERHEAD.replace("Tuyển sinh năm 2032\n", "Tuyển sinh năm 2032\n"
                                        "Nhà trường thông báo tới các em học sinh và phụ huynh...\n") + CLOSING)
    assert rec.subject == "Tuyển sinh năm 2032"
