"""What a document's citations read once is read the same when it comes again (ninth speed pass, issue 15): a
citation's date window kept by timex.first_at's `days`, a cited number's reading kept by citations._numbers.
Each kept reading is compared with a fresh one on invented texts (the same window or number after and before
every kind of character the grammars look at), hypothesis texts and the samples."""

from __future__ import annotations

import re
import sys

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.context import Context, SpanUnion
from vanban.extract import citations, schedule
from vanban.grammar import timex
from vanban.grammar.timex import PlainDays, first_at

_SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]

# What may stand right before a window: the characters the scanner's lookbehinds test ("5 tháng", "/19/10",
# ".19", "a19"), a range's "từ", a bare day's cue, nothing.
_BEFORE = ["", " ", "\n", "5 ", "5", "a", "/", ".", ",", ":", "từ ", "từ ngày ", "trước ", "lúc ", "Thứ Sáu, ",
           "08h00 ", "ngày 15/12/2026 đến ", "12/KH-UBND ", "số ", "(", "x" * 30]
_WINDOWS = ["ngày 19/10/2020 của Chính phủ", "19/10/2020 về việc", "ngày 16 tháng 11 năm 2015 của Bộ",
            "ngày 02 tháng Bảy năm 2023", "ngày 31/4/2023", "ngày 5/6/23 và", "ngày 5.6.2023.", "ngày 0l/12/2026",
            "ngày 19/10/2020 lúc 8h00", "ngày 10/4/2027 (thứ Bảy)", "ngày 15/12/2023 đến 15/1/2024",
            "ngày 19/10/2020 và ngày 20/10/2020", "tháng 8/2023", "ngày 5/6", "ngày 25 tháng cuối quý",
            "ngày 19/10/2020Chủ tịch", "NGÀY 13/10/2025 CỦA", "ngày 20/ 11 /2025 của"]


def _check_windows(texts: list[tuple[str, int]], ends: tuple[int, ...] = (40, 16, 7)) -> None:
    """first_at with one `days` dict over all the texts (one document's, as the memo is only ever shared within
    a document, but the windows' texts recur after other characters) gives what it gives without."""
    days: PlainDays = {}
    for text, pos in texts:
        for reach in ends:
            end = min(len(text), pos + reach)
            assert first_at(text, pos, end, days) == first_at(text, pos, end), (text, pos, end)


def test_kept_windows_after_every_kind_of_character() -> None:
    _check_windows([(before + window, len(before)) for window in _WINDOWS for before in _BEFORE])
    _check_windows([(before + window, len(before)) for before in _BEFORE for window in _WINDOWS])


def test_kept_windows_at_the_texts_start() -> None:
    """A window at offset 0 or 1 reads fewer characters before it: its key says where `pos` is."""
    texts = [("ngày 19/10/2020 của", 0), ("5ngày 19/10/2020 của", 1), ("a5ngày 19/10/2020 của", 2),
             ("19/10/2020", 0), ("/19/10/2020", 1), ("a/19/10/2020", 2), ("5 tháng 8/2023", 2), ("tháng 8/2023", 0)]
    _check_windows(texts + texts[::-1])


def test_a_kept_window_is_read_once() -> None:
    days: PlainDays = {}
    text = "Căn cứ Kế hoạch số 12/KH ngày 19/10/2020 của Bộ; Kế hoạch số 12/KH ngày 19/10/2020 của Bộ"
    first, second = (text.index("ngày"), text.rindex("ngày"))
    reach = len("ngày 19/10/2020 của Bộ")
    a = first_at(text, first, first + reach, days)
    assert len(days) == 1
    b = first_at(text, second, second + reach, days)
    assert len(days) == 1 and a is not None and b is not None
    assert (b.start - a.start, b.end - a.end) == (second - first, second - first) and b.value == a.value == "2020-10-19"


_PIECES = [*_WINDOWS, *_BEFORE, "Kế hoạch số 12/KH-UBND ", " ", "\n", "; ", "ngày", "19/10/2020", "tháng", "năm 2020"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("".join))
def test_kept_windows_on_hypothesis_texts(text: str) -> None:
    _check_windows([(text, pos) for pos in range(len(text))] * 2)


# ---------------------------------------------------------------- numbers

_NUMBERS = ["12/KH-UBND", "55 - KH/HĐTĐN", "46 HD/TĐ", "01.NQ/TU", "45/2025/NĐCP", "190/2025/OH15", "3 lần/năm",
            "128.2025/OL.WMCLV", "342-CV/TĐTN-BPT", "15972/SXD-QLN", "01/CV", "12/2020/NĐ-CP"]
_AROUND = ["", " ", "\n", "x", "5", "/", ".", ",", "-01", "-1234", " & TTBĐS", "& QLN", "__", "_", ".", "a",
           "Kế hoạch số ", "số ", "Công văn số "]


def _readings_agree(texts: list[str]) -> None:
    """_numbers with one readings dict over all the texts gives what it gives with a fresh one each time."""
    readings: dict[str, citations._Reading] = {}
    for text in texts:
        kept = citations._numbers(text, 0, len(text), readings)
        fresh = citations._numbers(text, 0, len(text), {})
        assert [n[:4] for n in kept] == [n[:4] for n in fresh], text
        for k, f in zip(kept, fresh, strict=True):  # what _head reads of the parsed number
            assert (k[4] is None) == (f[4] is None)
            if k[4] is not None and f[4] is not None:
                assert (k[4].type_code, k[4].grammar, k[4].year) == (f[4].type_code, f[4].grammar, f[4].year)


def test_kept_numbers_between_every_kind_of_character() -> None:
    _readings_agree([b + n + a for n in _NUMBERS for b in _AROUND for a in _AROUND])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NUMBERS + _AROUND), min_size=1, max_size=10).map("".join))
def test_kept_numbers_on_hypothesis_texts(text: str) -> None:
    _readings_agree([text, text[1:], text[:-1], text])


@pytest.mark.parametrize("text", _SAMPLE_TEXTS)
def test_extract_without_kept_readings(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole extractor reads the same with nothing kept between a document's citations."""
    kept = [c.model_dump() for c in citations.extract(Context(text))]
    monkeypatch.setattr(timex, "_plain_day_kept", lambda text, pos, end, days: timex._plain_day_at(text, pos, end))
    read = citations._read_number
    monkeypatch.setattr(citations, "_read_number", lambda m, readings: read(m, {}))
    assert kept == [c.model_dump() for c in citations.extract(Context(text))]


# ---------------------------------------------------------------- a subject's trail


def test_trail_letters_are_every_letter_the_pattern_reads_last() -> None:
    """Every character a case-insensitive regex reads as the last letter of one of _SUBJECT_TRAIL's words."""
    words = re.search(r"\(\?:([^()]*)\)\)\+", citations._SUBJECT_TRAIL.pattern)
    assert words is not None
    lasts = re.compile("[" + "".join(w[-1] for w in words.group(1).split("|")) + "]", re.IGNORECASE)
    read = {chr(c) for c in range(sys.maxunicode + 1) if lasts.fullmatch(chr(c))}
    assert read == set(citations._TRAIL_LAST_LETTERS)


_SUBJECT_PIECES = ["tổ chức", " ", "  ", "\t", "\u00a0", " của", " CỦA", " Của", " theo", " tại", " TẠİ", " tạı", " và",
                   " VÀ", " các", " Các", "x", "a", "i", "và", "của", " , ", "Hội nghị"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SUBJECT_PIECES), max_size=8).map("".join))
def test_without_trail_is_the_pattern(raw: str) -> None:
    assert citations._without_trail(raw) == citations._SUBJECT_TRAIL.sub("", raw)


# ---------------------------------------------------------------- schedule's searched zones

_spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6)


@settings(max_examples=500, deadline=None)
@given(_spans)
def test_merged_regions_hold_what_the_regions_hold(regions: list[tuple[int, int]]) -> None:
    """A position is in the merged spans (bisect) exactly when it is in one of the regions (overlapping, touching,
    empty or reversed ones too)."""
    union = SpanUnion.of(sorted(regions))
    starts, ends = union.starts, union.ends
    assert starts == sorted(starts) and all(a < b for a, b in zip(starts, ends, strict=True))
    for pos in range(-1, 62):
        assert (pos in union) == any(a <= pos < b for a, b in regions), pos


class _WalkedSpans:
    """The zones walked for each position, as before the bisect."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans

    @classmethod
    def of(cls, spans: list[tuple[int, int]]) -> _WalkedSpans:
        return cls(spans)

    def __contains__(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.spans)


@pytest.mark.parametrize("text", _SAMPLE_TEXTS)
def test_schedule_with_the_zones_walked(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The schedule extractor reads the same when its zones are walked for each time (one span a region)."""
    from vanban import parse_text

    fast = parse_text(text)
    monkeypatch.setattr(schedule, "SpanUnion", _WalkedSpans)
    plain = parse_text(text)
    assert fast.model_dump() == plain.model_dump()
