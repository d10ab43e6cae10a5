"""The header's per-line readings kept in caches (mottos, column cuts, type words, landmarks) read a
line as the uncached function does, also when the line comes again, after other lines, and once the
cache was emptied: invented header lines."""

from __future__ import annotations

import pytest

from vanban.segment import cells, letterhead

_LINES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐOÀN TNCS HỒ CHÍ MINH",
    "BCH ĐOÀN TỈNH KIÊN GIANG ĐOÀN TNCS HỒ CHÍ MINH", "Số: 342-CV/TĐTN-BPT Rạch Giá, ngày 26 tháng 7 năm 2023",
    "KẾ HOẠCH", "\"KẾ HOẠCH", "THÔNG BÁO KẾT LUẬN", "KẾ HOẠCH Thực hiện công tác năm 2025", "THỂ LỆ",
    "QUYÊT ĐỊNH", "V/v tổ chức hội nghị", "Hà Nội, ngày 05 tháng 3 năm 2025", "ỦY BAN NHÂN DÂN TỈNH BẮC NINH",
    "📢 THÔNG BÁO 📢", "Căn cứ Luật Thanh niên năm 2020;", "", "   ", "cộng hòa xã hội chủ nghĩa việt nam",
    "ĐỘC LẬP – TỰ DO – HẠNH PHÚC ---", "Số:   12/QĐ-UBND\tAn Phú, ngày 1 tháng 1 năm 2025",
]

_CACHED = [cells._motto_of, cells._title_word, letterhead._is_landmark]


@pytest.mark.parametrize("line", _LINES)
def test_cached_readings_are_the_uncached_ones(line: str) -> None:
    for fn in _CACHED:
        want = fn.__wrapped__(line)  # type: ignore[attr-defined]
        assert fn(line) == want and fn(line) == want
    for titled in (False, True):
        want = cells._cuts_inside.__wrapped__(line, titled)
        assert cells._cuts_inside(line, titled) == want == cells._cuts_inside(line, titled)


def test_cached_readings_after_the_cache_is_emptied_and_refilled() -> None:
    first = [(cells._motto_of(x), cells._title_word(x), letterhead._is_landmark(x), cells._cuts_inside(x))
             for x in _LINES]
    for fn in (cells._motto_of, cells._title_word, letterhead._is_landmark, cells._cuts_inside):
        fn.cache_clear()
    for k in range(cells.LINE_CACHE + 10):  # other lines push the first ones out
        cells._motto_of(f"DÒNG {k}")
        cells._cuts_inside(f"DÒNG {k}")
    again = [(cells._motto_of(x), cells._title_word(x), letterhead._is_landmark(x), cells._cuts_inside(x))
             for x in reversed(_LINES)]
    assert first == list(reversed(again))


def test_a_title_read_from_the_cache_cannot_be_changed() -> None:
    title = cells._title_word("KẾ HOẠCH Thực hiện công tác năm 2025")
    assert title is not None
    with pytest.raises(AttributeError):
        title.rest = 0  # type: ignore[misc]


@pytest.mark.parametrize("line", _LINES + ["Ab", "A", "ⅧⅧ x", "ĐOÀN tncs", "HỒ CHÍ MINH 123"])
@pytest.mark.parametrize("ratio", [0.8, 0.9])
def test_cached_is_upper_is_textutils(line: str, ratio: float) -> None:
    from vanban import textutil

    assert cells.is_upper(line, ratio) == textutil.is_upper(line, ratio) == cells.is_upper(line, ratio)
    assert cells.is_upper(line) == textutil.is_upper(line)
