"""Vietnamese numerals: parse, format, and the embeddable NUMBER_RX."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban.grammar.vnnum import NUMBER_RE, NUMBER_RX, format_number, parse_number


@pytest.mark.parametrize(
    "printed, value",
    [
        ("3.000", 3000),
        ("17,5", 17.5),
        ("01", 1),
        ("02", 2),
        ("1.025", 1025),  # dot + exactly three digits: thousands
        ("3,5", 3.5),
        ("84.158", 84158),
        ("239.931", 239931),
        ("2023", 2023),  # years are never grouped
        ("1.5", 1.5),  # a dot not followed by three digits: an English-locale decimal
        ("11.748,71", 11748.71),
        ("475 triệu", 475000000),
        ("17,5 tỉ", 17500000000),
        ("17,5 tỷ", 17500000000),
        ("06 tỉ", 6000000000),
        ("4,9 triệu", 4900000),
        ("16.000 tỷ", 16000000000000),
        ("500 nghìn tỷ", 500000000000000),
        ("25 ngàn", 25000),
        ("-12,25", -12.25),
    ],
)
def test_parse_number(printed: str, value: float | int) -> None:
    assert parse_number(printed) == value


def test_parse_number_types() -> None:
    assert isinstance(parse_number("3.000"), int)
    assert isinstance(parse_number("17,5 tỉ"), int)  # 17500000000 is a whole number
    assert isinstance(parse_number("3,5"), float)


@pytest.mark.parametrize("junk", ["", "abc", "3.00.0", "1.0000.000", "12 cây", "3,", ",5", "1334-CV"])
def test_parse_number_rejects_non_numerals(junk: str) -> None:
    assert parse_number(junk) is None


@pytest.mark.parametrize(
    "value, grouped, plain",
    [(3000, "3.000", "3000"), (17.5, "17,5", "17,5"), (1234567.5, "1.234.567,5", "1234567,5"),
     (1025, "1.025", "1025"), (0.25, "0,25", "0,25"), (17500000000, "17.500.000.000", "17500000000")],
)
def test_format_number(value: float | int, grouped: str, plain: str) -> None:
    assert format_number(value) == grouped
    assert format_number(value, group=False) == plain


@given(st.integers(min_value=-10**15, max_value=10**15), st.booleans())
def test_integers_round_trip(n: int, group: bool) -> None:
    assert parse_number(format_number(n, group=group)) == n


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False,
                 allow_subnormal=False), st.booleans())
def test_decimals_round_trip(x: float, group: bool) -> None:
    assert parse_number(format_number(x, group=group)) == x


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_formatted_numbers_are_found_whole(d) -> None:
    text = format_number(float(d))
    found = NUMBER_RE.search(f"tổng số {text} người")
    assert found is not None and found.group() == text


@given(st.integers(min_value=1000, max_value=10**12))
def test_grouped_integers_use_dots_every_three_digits(n: int) -> None:
    assert re.fullmatch(r"\d{1,3}(?:\.\d{3})+", format_number(n))


def test_number_rx_skips_dates_times_codes_and_words() -> None:
    text = "ngày 11/8/2023 lúc 07h30, số 1334-CV/TWĐTN, 99A Trần Quốc Thảo, COVID-19, mục 1.2.1, 1.025 công trình"
    assert [m.group() for m in NUMBER_RE.finditer(text)] == ["07", "1334", "99", "1.025"]


def test_number_rx_is_embeddable() -> None:
    rx = re.compile(rf"hơn (?P<n>{NUMBER_RX}) tỉ đồng")
    m = rx.search("tổng kinh phí triển khai các hoạt động hơn 17,5 tỉ đồng từ các nguồn xã hội hóa")
    assert m and parse_number(m.group("n") + " tỉ") == 17500000000


SCAN_CASES = ["12.345,6 người", "a1", "x-12", "-12", "1.2.3", "3/4", "2023", "12,5%", "x–5", "1.234.567",
              ".5", "5.", "1,", "12.3456", "a12-3", "ab-3 4", "ngày 04/8/2023 lúc 12h00", "Điều 5, khoản 2",
              "17,5 tỉ đồng", "tăng 3.000 hồ sơ (80,68%)", "x/12/3", "1.234/5.000 thủ tục", "số 342-CV"]


@pytest.mark.parametrize("text", SCAN_CASES)
def test_number_re_scans_exactly_like_number_rx(text):
    """NUMBER_RE starts with the digit for speed; it must find what NUMBER_RX finds, from any start."""
    slow = re.compile(NUMBER_RX)
    for lo in range(len(text)):
        assert [m.span() for m in NUMBER_RE.finditer(text, lo)] == [m.span() for m in slow.finditer(text, lo)]
