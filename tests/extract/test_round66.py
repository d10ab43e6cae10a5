"""Heldout round 66 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

NOTICE = ("\nSố: 12/TB-BQL\nAn Hòa, ngày 19 tháng 5 năm 2032\n\nTHÔNG BÁO\nVề việc tổ chức hoạt động hè\n\n"
          "Đơn vị thông báo như sau.\n\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n")

LETTERHEADS = [
    # two kinds of body merged into one, joined by a dash: the dash cuts no parent off (fixed: h730)
    ("UBND TỈNH AN HÒA\nBẢO TÀNG - THƯ VIỆN TỈNH", "BẢO TÀNG - THƯ VIỆN TỈNH"),
    ("UBND TỈNH AN HÒA\nTRUNG TÂM - BẢO TÀNG TỈNH", "TRUNG TÂM - BẢO TÀNG TỈNH"),
    # a province's statistics office under the general office (fixed: h732)
    ("CỤC THỐNG KÊ\nTHỐNG KÊ TỈNH AN HÒA", "THỐNG KÊ TỈNH AN HÒA"),
    ("CỤC THỐNG KÊ\nTHỐNG KÊ THÀNH PHỐ BÌNH SƠN", "THỐNG KÊ THÀNH PHỐ BÌNH SƠN"),
    # a committee line naming only its association, the school whose it is on the next line (fixed: h737)
    ("HỘI SINH VIÊN VIỆT NAM TỈNH AN HÒA\nBCH HỘI SINH VIÊN\nTRƯỜNG ĐẠI HỌC BÌNH SƠN",
     "BCH HỘI SINH VIÊN TRƯỜNG ĐẠI HỌC BÌNH SƠN"),
    ("TỈNH ĐOÀN AN HÒA\nBCH ĐOÀN\nTRƯỜNG THPT BÌNH SƠN", "BCH ĐOÀN TRƯỜNG THPT BÌNH SƠN"),
    # counter-cases: a parent named before the dash is still cut off; a name wrapped after its head stays one;
    # a committee of a named unit keeps the unit below as the issuer
    ("UBND TỈNH AN HÒA - SỞ Y TẾ", "SỞ Y TẾ"),
    ("TỔNG CỤC\nTHỐNG KÊ", "TỔNG CỤC THỐNG KÊ"),
    ("TỈNH ĐOÀN AN HÒA\nBCH ĐOÀN TRƯỜNG THPT BÌNH SƠN", "BCH ĐOÀN TRƯỜNG THPT BÌNH SƠN"),
    ("UBND TỈNH AN HÒA\nBẢO TÀNG TỈNH", "BẢO TÀNG TỈNH"),
]


@pytest.mark.parametrize(("letterhead", "issuer"), LETTERHEADS)
def test_the_letterheads_issuer(letterhead: str, issuer: str) -> None:
    record = parse_text(letterhead + NOTICE)
    assert record.issuer is not None
    assert record.issuer.name == issuer
