"""Time grammar: dates, times, months, periods, weekdays, inference, and what is not a date."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar import timex
from vanban.grammar.timex import date_at, find_times, parse_date

REF = date(2023, 7, 26)


def one(text: str, ref: date | None = REF):
    found = find_times(text, ref=ref)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value", [
    ("Rạch Giá, ngày 26 tháng 7 năm 2023", "2023-07-26"),
    ("Bến Tre, ngày 18 tháng 02 năm 2021", "2021-02-18"),
    ("ngày 26/7/2023", "2023-07-26"),
    ("26-7-2023", "2023-07-26"),
    ("26.7.2023", "2023-07-26"),
    ("Ngày 01-10-1997", "1997-10-01"),
    ("ngày 04/08/2023", "2023-08-04"),
    ("ngày 4/8/2023", "2023-08-04"),
    ("ngày 04/8/23", "2023-08-04"),  # two-digit year
    ("ngày 1/1/98", "1998-01-01"),
    ("ngày 15 tháng Bảy năm 2023", "2023-07-15"),  # month in words
    ("29/2/2024", "2024-02-29"),  # leap year
])
def test_dates(text, value):
    t = one(text)
    assert (t.kind, t.value, t.inferred, t.warnings) == ("date", value, False, ())


@pytest.mark.parametrize("text", ["ngày 31/4/2023", "29/2/2023", "ngày 30 tháng 2 năm 2024"])
def test_invalid_dates_keep_text_and_warn(text):
    t = one(text)
    assert t.value is None
    assert t.warnings[0][0] == "invalid_date"


@pytest.mark.parametrize("text, value", [
    ("trước 12h00 ngày 04/8/2023 (Thứ sáu)", "2023-08-04T12:00"),
    ("từ 07h30 ngày 11/8/2023", "2023-08-11T07:30"),
    ("Thời gian: 08g00 ngày 11/8/2023 (thứ Sáu).", "2023-08-11T08:00"),
    ("trước 17h00' ngày 5/9/2023", "2023-09-05T17:00"),
    ("14 giờ 30 phút, ngày 5/9/2023", "2023-09-05T14:30"),
    ("lúc 2 giờ chiều ngày 5/9/2023", "2023-09-05T14:00"),
    ("7h30 sáng ngày 11/8/2023", "2023-08-11T07:30"),
    ("ngày 11/8/2023, lúc 8h00", "2023-08-11T08:00"),  # date then time
    ("trước 9h00 ngày 12/8/2023", "2023-08-12T09:00"),
])
def test_datetimes(text, value):
    t = one(text)
    assert (t.kind, t.value) == ("datetime", value)


@pytest.mark.parametrize("text, value", [("hằng ngày trước 17h00'", "17:00"), ("lúc 8 giờ", "08:00"),
                                         ("vào 14:30", "14:30")])
def test_bare_times(text, value):
    t = one(text)
    assert (t.kind, t.value) == ("time", value)


def test_hour_count_is_not_a_time():
    assert find_times("trong 2 giờ", ref=REF) == []
    assert find_times("trực 24h", ref=REF) == []


def test_weekday_checked_against_date():
    ok = one("Thời gian: Ngày 11/8/2023 (Thứ Sáu).")
    assert (ok.value, ok.weekday, ok.warnings) == ("2023-08-11", 4, ())
    assert ok.text.endswith("(Thứ Sáu)")
    before = one("Thứ Hai, ngày 07/8/2023")
    assert (before.weekday, before.warnings) == (0, ())
    sunday = one("Chủ nhật, 13/8/2023")
    assert sunday.weekday == 6 and sunday.warnings == ()
    bad = one("ngày 11/8/2023 (thứ Năm)")
    assert bad.value == "2023-08-11"  # the printed date is kept, never silently replaced
    assert bad.warnings[0][0] == "weekday_mismatch"
    assert "Thứ Năm" in bad.warnings[0][1] and "Thứ Sáu" in bad.warnings[0][1]


def test_year_and_month_from_context():
    t = one("hàng tháng trước ngày 25", ref=date(2020, 5, 29))
    assert (t.value, t.inferred) == ("2020-05-25", True)
    assert t.warnings[0][0] == "inferred_year"
    t = one("gửi trước ngày 01/6", ref=REF)
    assert (t.value, t.inferred) == ("2023-06-01", True)
    # no reference date: the nearest full date before it
    found = find_times("Căn cứ Kế hoạch ngày 04/5/2023. Báo cáo trước ngày 25/5.")
    assert found[1].value == "2023-05-25" and found[1].inferred
    # nothing at all: unknown, with a warning
    t = one("trước ngày 25/5", ref=None)
    assert t.value is None and t.warnings[0][0] == "no_year"


@pytest.mark.parametrize("text, value, end, inferred", [
    ("từ ngày 01/6 đến ngày 31/8/2023", "2023-06-01", "2023-08-31", True),
    ("từ ngày 16 đến ngày 22/11/2025", "2025-11-16", "2025-11-22", True),
    ("từ ngày 16-22/11/2025", "2025-11-16", "2025-11-22", False),
    ("16-22/11/2025", "2025-11-16", "2025-11-22", False),
    ("ngày 01/6 - 31/8/2023", "2023-06-01", "2023-08-31", True),
    ("từ 15/12 đến 15/1/2024", "2023-12-15", "2024-01-15", True),
    ("từ 7h30 đến 11h00 ngày 11/8/2023", "2023-08-11T07:30", "2023-08-11T11:00", False),
    ("26/3/1931-26/3/2011", "1931-03-26", "2011-03-26", False),
    ("quý III/2025", "2025-07", "2025-09", False),
    ("quý IV năm 2025", "2025-10", "2025-12", False),
    ("6 tháng đầu năm 2024", "2024-01", "2024-06", False),
    ("06 tháng cuối năm", "2023-07", "2023-12", True),
    ("giai đoạn 2020 - 2025", "2020", "2025", False),
    ("giai đoạn 2021-2030", "2021", "2030", False),
    ("năm học 2025 - 2026", "2025", "2026", False),
    ("Chiến dịch Thanh niên tình nguyện Hè 2023", "2023-06", "2023-08", False),
    ("hè năm 2023", "2023-06", "2023-08", False),
])
def test_periods(text, value, end, inferred):
    t = one(text)
    assert (t.kind, t.value, t.end_value, t.inferred) == ("period", value, end, inferred)


@pytest.mark.parametrize("text, kind, value", [
    ("năm 2021", "year", "2021"),
    ("tháng 12 năm 2025", "month", "2025-12"),
    ("trong tháng 8/2023", "month", "2023-08"),
    ("cao điểm trong Tháng Thanh niên năm 2021", "month", "2021-03"),
])
def test_months_and_years(text, kind, value):
    t = one(text)
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text", [
    "Quyết định số 57/2015/QĐ-TTg",
    "Quyết định số 1157/QĐ-UBND",
    "2.1. Lễ phát động",
    "chiếm tỷ lệ 3/4 số đơn vị",
    "Điện thoại: 0277.3822.123",
    "Quận 3, TP. Hồ Chí Minh",
    "đạt 17,5 điểm",
    "mục 1.2.3",
    "Số: 35-KH/TĐTN-TTNTH",
])
def test_not_dates(text):
    assert find_times(text, ref=REF) == []


def test_number_then_date_is_found_after_the_number():
    text = "Căn cứ Quyết định Số 57/2015/QĐ-TTg, ngày 16 tháng 11 năm 2015 của Thủ tướng"
    found = find_times(text)
    assert [t.value for t in found] == ["2015-11-16"]
    pos = text.index("QĐ-TTg") + len("QĐ-TTg")
    t = date_at(text, pos)
    assert t is not None and t.value == "2015-11-16"
    assert date_at(text, 0, max_gap=10) is None


def test_parse_date():
    assert parse_date("04/5/2023").value == "2023-05-04"
    assert parse_date("ngày 26 tháng 7 năm 2023").value == "2023-07-26"
    assert parse_date("quý III/2025").end_value == "2025-09"
    assert parse_date("không có ngày") is None


def test_spans_point_into_text():
    text = "Đề nghị gửi về Tỉnh đoàn trước 12h00 ngày 04/8/2023 (Thứ sáu) và cập nhật."
    (t,) = find_times(text, ref=REF)
    assert text[t.start:t.end] == t.text == "12h00 ngày 04/8/2023 (Thứ sáu)"


def test_window():
    text = "ngày 01/6/2023 và ngày 02/6/2023"
    found = find_times(text, 10)
    assert [t.value for t in found] == ["2023-06-02"]


@pytest.mark.parametrize("text, week, quarter_month", [
    ("tuần cuối cùng của tháng thứ 3 trong quý", -1, 3),
    ("tuần đầu tiên của tháng cuối quý", 1, 3),
    ("tuần thứ 2 của tháng đầu của mỗi quý", 2, 1),
    ("tuần thứ hai của tháng", 2, None),
    ("tuần cuối của mỗi tháng", -1, None),
])
def test_week_of_a_relative_month(text, week, quarter_month):
    (t,) = find_times(f"Báo cáo {text}.", ref=date(2025, 11, 3))
    assert (t.kind, t.value, t.week, t.quarter_month, t.text) == ("week", None, week, quarter_month, text)


@pytest.mark.parametrize("text", ["tuần thứ năm của tháng thứ tư trong quý", "tuần sau", "tuần lễ thứ hai của đợt"])
def test_not_a_week_of_a_relative_month(text):
    assert [t for t in find_times(text) if t.kind == "week"] == []


# The anchor scan (digit runs + keywords found by substring search) must find exactly what the anchor
# pattern finds: any case, word boundaries before the window too, the odd "ı"/"İ", long and short windows.
_LONG = "Kế hoạch năm 2025: tổ chức vào Thứ Hai, ngày 05/5 và THÁNG 6; quý III, mùa hè; " * 8


@pytest.mark.parametrize(("text", "start", "end"), [
    (_LONG, 0, len(_LONG)),
    (_LONG.upper(), 0, len(_LONG)),
    (_LONG, 3, len(_LONG) - 5),  # a window starting inside a word
    (_LONG, 0, 30),  # a short window (the regex itself)
    ("xngày 1 thángx 2 NĂM2025 " * 20, 1, 500),
    ("nhiệm kỳ năm 2020 nhıệm kỳ ngày 5 " * 20, 0, 700),  # "ı": read by the pattern itself
    ("3 tổ, 12 người, 2023 và 1.000 đồng; 5 h, 6g30, 7 giờ, 8 tháng, 9:00, 10/11 " * 12, 0, 800),  # digit runs
    ("", 0, 0),
])
def test_anchor_spans_are_the_anchor_pattern(text: str, start: int, end: int) -> None:
    assert timex._anchor_spans(text, start, end) == [m.span() for m in timex._anchors().finditer(text, start, end)]


# Digit runs are tried with the scanner only when a separator, an hour mark or "tháng" follows them:
# every form that opens with digits must still be read, in any case and spacing.
@pytest.mark.parametrize(("text", "kind"), [
    ("lúc 14 GIỜ 30 ngày 5/6/2023", "datetime"),
    ("từ 9H30 đến 11h", "period"),
    ("6  tháng đầu năm 2024", "period"),
    ("giai đoạn 2021—2025", "period"),
    ("ngày 12 /5/2025", "date"),
    ("16-22/11/2025", "period"),
    ("26.7.2023", "date"),
    ("lúc 17:00", "time"),
])
def test_forms_opening_with_digits(text: str, kind: str) -> None:
    assert any(t.kind == kind for t in find_times(text, ref=REF)), find_times(text, ref=REF)


def test_digit_runs_followed_by_words_are_no_time() -> None:
    assert find_times("có 15 người, 300 triệu đồng và 2025 hồ sơ", ref=REF) == []


# Each anchor tries only the alternatives that can begin there (timex._scanners): the match must be
# the one scanner's, alternative and span, at every anchor of every form, in any case.
_SCANNER_TEXTS = [
    _LONG, _LONG.upper(),
    "từ 16-22/11/2025, các ngày 08 và 09 tháng 11 năm 2025, ngày 26 tháng Bảy năm 2023, ngày 25 của tháng cuối quý",
    "quý III/2025, 6 tháng đầu năm 2024, giai đoạn 2020 - 2025, năm học 2025-2026, Tháng Thanh niên năm 2021",
    "hè 2023, mùa hè năm 2023, tháng 8/2023, năm 2021, 14 giờ 30 chiều, 9h, 17:00, Chủ nhật, thứ Sáu hằng tuần",
    "tuần cuối cùng của tháng thứ 3 trong quý, nhiệm kỳ 2022 - 2027, khoá 2023-2024, niên khoá 2024 - 2025",
    "Kế hoạch 12/KH-TĐTN, 3 tổ, 1.000 người, 05.6.23, 12 h 30, 2 G, ngày5/6, NGÀY 5/6/2025 LÚC 8H",
]


@pytest.mark.parametrize("text", _SCANNER_TEXTS)
def test_anchor_scanners_are_the_scanner(text: str) -> None:
    for a, b in timex._anchor_spans(text, 0, len(text)):
        mine, whole = timex._scanner_at(text, a, b).match(text, a), timex._scanner().match(text, a)
        assert (mine and (mine.span(), mine.lastgroup)) == (whole and (whole.span(), whole.lastgroup)), text[a:]


def test_every_anchor_word_has_its_scanner() -> None:
    assert set(timex._scanners()) == {*timex._anchor_words(), timex._DIGIT}


# The digit anchors are a pre-check in front of the scanner: a digit run it leaves out ("342/KH",
# "1.000", "300 triệu") is one where no alternative opening with digits can match. Compared with the
# anchor as it was (every digit run followed by a separator, an hour mark or "t"), whose leftovers the
# scanner tried and rejected: the same atoms, on invented texts of every digit form, the bundled
# samples and random strings over the characters the forms are made of.
_OLD_DIGIT_ANCHOR = r"[0-9](?<![0-9][0-9])[0-9]*(?=\s*[-–—/.:hHgGtT])"
_DIGIT_TEXTS = [
    "ngày 5/6/2023, 342/KH-UBND, 1.000 đồng, 12 - 15/3, 9h30, 6 tháng đầu năm, 2021-2025, 12:30",
    "x12/5 3.5 26.7.2023 16-22/11/2025 ngày 12 /5/2025 2021—2025 2021 – 2025 1899-1900 2100-2101",
    "lúc 14 GIỜ 30, 8 G, 7\tgiờ, 06g00, 10\nH, 5\n/6, 5 /\n6, 31/12, 32/12, 00/12, 0/5, 05/00, 1.2.23",
    "(12/5) ,12/5 .12/5 /12/5 a12/5 ½12/5 ²12/5 12/5/ 12/5. 3.000.000 đồng 2.5 tháng 11 Tháng 3 THÁNG",
    "Quý 1/2024, 15h–17h ngày 1/6, từ 7:30 đến 11:00, 2020 -2025, 2020- 2025, 2020 —2025",
]
_DIGIT_ALPHABET = "0123456789  \t\n/.-–—:,hHgGtTá ngày tháng năm giờ x("


def _atoms_with_digit_anchor(pattern: str, text: str, start: int, end: int) -> list[tuple]:
    saved = timex._DIGIT_ANCHOR, timex._DIGIT_ANCHOR_RE
    timex._DIGIT_ANCHOR, timex._DIGIT_ANCHOR_RE = pattern, re.compile(pattern)
    timex._anchors.cache_clear()
    try:
        return [(u.start, u.end, u.grain, u.y, u.m, u.d, u.hh, u.mi, u.weak, u.cued)
                for u in timex._atoms(text, start, end)]
    finally:
        timex._DIGIT_ANCHOR, timex._DIGIT_ANCHOR_RE = saved
        timex._anchors.cache_clear()


def _digit_anchor_texts() -> list[str]:
    from conftest import SAMPLES

    return _DIGIT_TEXTS + [t * 5 for t in _DIGIT_TEXTS] + [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


@pytest.mark.parametrize("text", _digit_anchor_texts())
def test_digit_anchors_miss_no_atom(text: str) -> None:
    for start, end in ((0, len(text)), (0, min(len(text), 60)), (3, max(3, len(text) - 7))):
        assert _atoms_with_digit_anchor(timex._DIGIT_ANCHOR, text, start, end) == \
            _atoms_with_digit_anchor(_OLD_DIGIT_ANCHOR, text, start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_DIGIT_ALPHABET, max_size=60))
def test_digit_anchors_miss_no_atom_random(text: str) -> None:
    assert _atoms_with_digit_anchor(timex._DIGIT_ANCHOR, text, 0, len(text)) == \
        _atoms_with_digit_anchor(_OLD_DIGIT_ANCHOR, text, 0, len(text))
