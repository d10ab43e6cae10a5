"""A body's name wrapped in the letterhead's left column (issue 9, found on bench/synthscan's unseen scans):
a line holding a head word alone ('HỘI' of 'XÃ TÂN AN HỘI') ends the name above it; it names no body."""

from __future__ import annotations

import pytest

from vanban import parse_text

DOC = """{letterhead}
Số: 05/GM-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tân An Hội, ngày 05 tháng 01 năm 2026

GIẤY MỜI
Dự Hội nghị tổng kết công tác năm 2025

Ủy ban nhân dân xã trân trọng kính mời dự họp.
"""


@pytest.mark.parametrize("letterhead, name, parent", [
    ("ỦY BAN NHÂN DÂN XÃ TÂN AN\nHỘI", "ỦY BAN NHÂN DÂN XÃ TÂN AN HỘI", None),
    ("ỦY BAN NHÂN DÂN XÃ TÂNAN\nHỘI", "ỦY BAN NHÂN DÂN XÃ TÂNAN HỘI", None),   # a space lost by OCR too
    ("UBND HUYỆN ĐỨC TRỌNG\nPHÒNG VĂN HÓA XÃ\nHỘI", "PHÒNG VĂN HÓA XÃ HỘI", "UBND HUYỆN ĐỨC TRỌNG"),
    # bodies of their own stay apart
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN AN HỘI", "ỦY BAN NHÂN DÂN XÃ TÂN AN HỘI", None),
    ("HỘI NÔNG DÂN TỈNH GIA LAI\nBAN THƯỜNG VỤ", "BAN THƯỜNG VỤ", "HỘI NÔNG DÂN TỈNH GIA LAI"),
    ("UBND HUYỆN CỦ CHI\nPHÒNG VĂN HÓA VÀ THÔNG TIN", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "UBND HUYỆN CỦ CHI"),
])
def test_a_head_word_alone_ends_the_name_above(letterhead, name, parent):
    issuer = parse_text(DOC.format(letterhead=letterhead)).issuer
    assert issuer is not None and (issuer.name, issuer.parent) == (name, parent)
