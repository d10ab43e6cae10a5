"""grammar/regexes: the pre-checked searches find exactly what their patterns find."""

from __future__ import annotations

import pytest

from vanban.grammar import regexes as rx

DATE_LINES = [
    "Rạch Giá, ngày 26 tháng 7 năm 2023",
    "HÀ NỘI, NGÀY 05 THÁNG 3 NĂM 2025",
    "An Phú, Ngày  9  Tháng 12  Năm 2024",
    "Bến Tre, ngày … tháng … năm 2025",  # a draft: day and month left blank
    "Số: 342-CV/TĐTN Rạch Giá, ngày 26 tháng 7 năm 2023",
    "Huế,ngày0ÿ tháng 02 năm 2025",  # handwritten day OCR could not read
    "Quảng Ngãi, ngày 20 tháng 11",  # no year: no date line
    "ngày hội thanh niên tháng ba",
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
    "",
]


@pytest.mark.parametrize("line", DATE_LINES)
def test_search_date_line_is_date_line_search(line: str) -> None:
    got, want = rx.search_date_line(line), rx.DATE_LINE.search(line)
    assert (got and got.groupdict()) == (want and want.groupdict())
