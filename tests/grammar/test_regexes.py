"""grammar/regexes: the pre-checked searches find exactly what their patterns find."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.reference.randomtext import corpus_lines
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
    # the date first, found before the place is sought (search_date_line's shortcut)
    "Ngày 15 tháng 11 năm 2025, tại Trụ sở Chính phủ, Thủ tướng Chính phủ chủ trì " * 8,
    "Quyết định số 142/2008/QĐ-TTg ngày 27 tháng 10 năm",  # no year: no date line
    "Hà Nội ,\t ngày 5 tháng 6 năm 2025", "Hà Nội,, ngày 5 tháng 6 năm 2025", "x\n\tngày 5 tháng 6 năm 2025",
    "ab ngày 1 tháng 2 năm 2020", "a ngày 1 tháng 2 năm 2020", ",a ngày 1 tháng 2 năm 2020", "ngày 1 tháng 2 năm 2020",
    "Ngày 1 tháng 2 năm 2020, ngày 3 tháng 4 năm 2021 tại Huế, ngày 5 tháng 6 năm 2022",
    "x" * 70 + " ngày 1 tháng 2 năm 2020", "y" * 59 + ", ngày 1 tháng 2 năm 2020", ";; ngày 1 tháng 2 năm 2020",
    "Số 12 ngày 3 tháng 4 năm ngày 5 tháng 6 năm 2027", "ngày ngày 5 tháng 6 năm 2027",
]


def _reading(m: rx.re.Match[str] | None) -> object:
    return m and (m.span(), m.groupdict(), [m.span(g) for g in m.groupdict()])


@pytest.mark.parametrize("line", DATE_LINES)
def test_search_date_line_is_date_line_search(line: str) -> None:
    got, want = rx.search_date_line(line), rx.DATE_LINE.search(line)
    assert _reading(got) == _reading(want)


def test_search_date_line_on_the_repository_lines() -> None:
    lines = [ln for ln in corpus_lines() if rx.has_date_line_words(ln)]
    assert lines
    for line in lines:
        assert _reading(rx.search_date_line(line)) == _reading(rx.DATE_LINE.search(line)), line


_DATE_PIECES = ["ngày", "Ngày", "NGÀY", "ngay", "tháng", "thang", "năm", "nam", "nãm", "ăm", "2025", "12", "5", " ",
                "  ", ",", ", ", "\t", "\n", ";", ":", "…", "_", ".", "Hà Nội", "x", "ab", "Số 3/QĐ"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=16).map("".join))
def test_search_date_line_on_generated_lines(line: str) -> None:
    want = rx.DATE_LINE.search(line) if rx.has_date_line_words(line) else None
    assert _reading(rx.search_date_line(line)) == _reading(want)
