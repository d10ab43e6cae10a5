"""timex.first_at reads a plain full date directly: it gives what the plain reading gives (the first expression of
find_times over the window when it starts there), for invented texts of every shape a partner could join a date
with (weekdays, clock times, ranges, pairs of days), OCR letters in dates, odd case letters, and the samples."""

from __future__ import annotations

import re._parser as sre_parse  # type: ignore[import-not-found]

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar import timex
from vanban.grammar.timex import TimeExpr, find_times, first_at


def _plain(text: str, pos: int, end: int) -> TimeExpr | None:
    found = find_times(text, pos, end)
    return found[0] if found and found[0].start == pos else None


_PIECES = [
    "ngày 19/10/2020", "ngày 5/6/2023", "19/10/2020", "ngày 16 tháng 11 năm 2015", "ngày 02 tháng Bảy năm 2023",
    "ngày 31/4/2023", "ngày 1/13/2023", "ngày 5/6/23", "ngày 5.6.2023", "ngày 5-6-2023", "ngày 20/ 11 /2025",
    "ngày 19-20/10/2020", "ngày 08 và 09 tháng 11 năm 2025", "ngày 5/6", "ngày 25", "NGÀY 13/10/2025", "Ngày",
    "ngày 0l/12/2026", "1O/12/2026", "ngày l5/3", "ngày 22 tháng 12 nám 2024",
    " ", "  ", "\n", ", ", " (", ")", " - ", " – ", "—", ";", ".", "/", "_",
    "của", "Của", "về việc", "và", "Và", "VÀ", "đến", "Đến", "tới", "cho đến", "hết", "lúc", "vào lúc", "vào",
    "thứ Sáu", "Thứ Hai", "Chủ nhật", "CN", "hằng tuần", "sáng", "buổi chiều", "8h00", "14 giờ 30", "9h", "15:00",
    "Chủ tịch", "năm 2023", "tháng 8/2023", "quý III/2025", "nhiệm kỳ", "giai đoạn 2020 - 2025", "tuần",
    "Bộ Nội vụ", "Nghị định số 12/2020/NĐ-CP", "UBND tỉnh", "2023", "12", "ı", "İ", "\u212a", "tớı", "V2",
    "hết", " - hết ", "buổi sáng", "rạng sáng", "đên", "dến", "đền", "tù", "chiều 15 và 16/11/2027",
    "các ngày 07, 14 và 21/9/2027", "ngày 07 và 21/9/2027", "bộ", "Ban", "được", "các", "về", "; ", "[", "“",
]


def _check(text: str) -> None:
    for pos in range(len(text)):
        for end in {len(text), min(len(text), pos + 40), min(len(text), pos + 16)}:
            assert first_at(text, pos, end) == _plain(text, pos, end), (text, pos, end)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=7))
def test_first_at_is_the_plain_reading(pieces: list[str]) -> None:
    _check("".join(pieces))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5), st.text(max_size=6))
def test_first_at_is_the_plain_reading_with_noise(pieces: list[str], noise: str) -> None:
    _check(noise.join(pieces))


@pytest.mark.parametrize("text", [
    "ngày 19/10/2020 của Chính phủ", "ngày 19/10/2020 và ngày 20/10/2020", "ngày 10/4/2027 (thứ Bảy)",
    "ngày 10/4/2027 thứ Bảy", "ngày 04/8/2023 lúc 8h00", "ngày 04/8/2023, 14 giờ", "ngày 15/12/2023 đến 15/1/2024",
    "ngày 15/12/2023 - 20/12/2023", "ngày 10/4/2027 và Chủ nhật 11/4/2027", "ngày 0l/12/2026 của Bộ",
    "ngày 08/6/20210 của Chính phủ", "ngày 31 tháng 122024", "ngày 19/10/2020 Chủ tịch", "ngày 19/10/2020ngày",
    "ngày 19/10/2020 tớı ngày 20/10/2020",  # a dotless i: the range's regex reads "tới" case-insensitively
    "ngày 19/10/2020 - hết ngày 20/10/2020", "ngày 01/6/2024 đên hết ngày 31/7/2024", "ngày 1/6/2024 – buổi sáng 2/6",
    "ngày 19/10/2020 Của Bộ", "ngày 19/10/2020 CÁC", "ngày 19/10/2020 (Bộ", "ngày 19/10/2020 [1]",
])
def test_first_at_on_citation_tails(text: str) -> None:
    _check(text)


def test_no_join_words_open_no_gap_and_no_atom() -> None:
    """The words and marks after which a date is taken as it is: no gap pattern holds them, none is an anchor
    (a gap or a partner opening there would join the date)."""
    gaps = [timex._GAP_WEEKDAY_AFTER, timex._GAP_DATE_TIME, timex._GAP_RANGE, timex._GAP_PAIR]
    for word in timex._NO_JOIN_WORDS:
        assert all(word not in g.pattern.lower() for g in gaps), word
        assert timex._anchors().match(word) is None and timex._anchors().match(word.upper()) is None, word
    chars = set().union(*(_literal_chars(g.pattern) for g in gaps))
    for mark in timex._NO_JOIN_MARKS:
        assert mark not in chars, mark
        assert timex._anchors().match(mark) is None, mark


def _literal_chars(pattern: str) -> set[str]:
    """Every character the pattern can match other than by a whitespace class; a pattern with a wildcard ("."
    or a class of letters) fails the check, which could then prove nothing."""
    out: set[str] = set()

    def walk(items) -> None:
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                out.add(chr(av))
            elif name == "IN":
                walk(av)
            elif name == "RANGE":
                out.update(chr(c) for c in range(av[0], av[1] + 1))
            elif name == "CATEGORY":
                assert str(av) == "CATEGORY_SPACE", (pattern, av)
            elif name == "ANY":
                raise AssertionError(pattern)
            elif name in ("BRANCH",):
                for branch in av[1]:
                    walk(branch)
            elif name == "SUBPATTERN":
                walk(av[-1])
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                walk(av[-1])
            elif name in ("ASSERT", "ASSERT_NOT"):
                walk(av[-1])
    walk(sre_parse.parse(pattern))
    return out


def test_first_at_reads_plain_dates_directly() -> None:
    """The direct reading is taken for the usual citation date, not only the fallback (else it saves nothing)."""
    text = "ngày 19/10/2020 của Chính phủ về việc"
    assert timex._plain_day_at(text, 0, 40) == _plain(text, 0, 40)
    assert timex._plain_day_at(text, 0, 40) is not None
    assert timex._plain_day_at("ngày 19/10/2020 đến ngày 20/10/2020", 0, 40) is None  # a range: find_times says


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_first_at_on_samples(path) -> None:
    text = path.read_text(encoding="utf-8")
    for i in range(len(text)):
        if text.startswith(("ngày", "Ngày"), i) or (text[i].isdigit() and (i == 0 or not text[i - 1].isalnum())):
            end = min(len(text), i + 40)
            assert first_at(text, i, end) == _plain(text, i, end), (path.name, i)
