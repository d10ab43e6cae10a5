"""Shortcuts of the eighth speed pass on quantities (issue 15) read what the plain reading reads: each is
turned off (the plain reading) and the figures compared, on invented texts of each form the shortcut has to
respect, on random texts (hypothesis) and on the bundled samples."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.context import Context
from vanban.extract import figtable, quantities

_SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def _extract_as(text: str, doc_type: str) -> list[object]:
    ctx = Context(text=text)
    ctx.doc_type = doc_type
    return list(quantities.extract(ctx))


# ---------------------------------------------------------------- a unit of kind "skip" or "unit_stop" after the number

_SKIP_UNIT_TEXTS = [
    "Trong thời hạn 07 ngày làm việc, giải quyết 120 hồ sơ.",
    "theo khoản 2 Điều 4 năm 2025, hoàn thành 30 công trình",
    "Kết nạp 01 - 02 ngày, 01 đến 03 ngày, từ 01 đến 03 tháng và 300 đoàn viên",
    "Cử 03 cán bộ (01 ngày, 02 người) và 03 cán bộ (01 giám đốc, 02 ngày)",
    "Đạt 8.736 điểm 10 (tăng 1.120 điểm so với năm học trước), 9 điểm",
    "Thu 5 tỷ đồng, 5 triệu năm, 17,5 tỉ giờ",
    "Có 1.250\nngày công và 1.250\nNgày hội; 3 \n tháng",
    "Nhiệt độ 30 °C, lưới 500 kV, 220kV, 2x190, 4 GB và 12 MB, 3 tầng, 5 sao",
    "mức độ 3, 4 ngày và 5 đoàn viên; năm 2025, 2026 tháng 38 chi bộ",
    "(80, 68%) ( 12 ngày) (12 ngày, 3 người)",
    "20k ngày, 50k/ngày, 1.234/5.000 ngày, 12/3 ngày",
    "Thời gian: 01 buổi, bắt đầu từ 08 giờ; 100% 02 giờ",
    "Sở Y tế 02 ngày; Lãnh đạo Sở\n02 ngày\nB5",
    "theo khoản 2 của Điều 3 và 4 đoàn viên; Điều 3 hoặc 5 hộ; mức độ 3 và 4 hồ sơ, Điều 3 và năm 2025 và 12 xã",
    "Kết nạp 30 của 45 đoàn viên, 3 trên 5 đội, 12 đến 15 người, từ 12 đến 15 người, số 16 tại 3 thôn",
    "năm 2025 và 2026 có 38 chi bộ; đạt 8.736 điểm 10 và 9 của 12 chi bộ",
]


@pytest.mark.parametrize("doc_type", ["KH", "BC", "QĐ"])
@pytest.mark.parametrize("text", _SKIP_UNIT_TEXTS + _SAMPLE_TEXTS)
def test_skip_unit_shortcut_is_the_plain_reading(text: str, doc_type: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _extract_as(text, doc_type)
    monkeypatch.setattr(quantities, "_turned_down_by_unit", lambda doc, m: False)
    assert _extract_as(text, doc_type) == fast


def test_skip_unit_shortcut_turns_down_only_what_the_full_reading_turns_down() -> None:
    """Each number the shortcut turns down, read in full at the same point, yields nothing either."""
    fired = 0
    for text in _SKIP_UNIT_TEXTS + _SAMPLE_TEXTS:
        doc = _doc(text)
        for m in quantities._NUMBER_RE.finditer(text):
            if quantities._turned_down_by_unit(doc, m):
                fired += 1
                assert quantities._quantities_at(_doc(text), m) == [], (text[:40], m.start())
    assert fired > 20


def _doc(text: str) -> quantities._Doc:
    ctx = Context(text=text)
    voc = quantities.vocab()
    return quantities._Doc(ctx=ctx, voc=voc, kinds=quantities._Kinds(ctx, voc), notes={}, refs={}, has_url=False,
                           cue_required=False, out=[])


_PARTS = ["07", "2", "1.250", "17,5", "100", "2025", " ", " ", "\n", "\t", "(", ")", ",", "-", " đến ", "%", "/", "k",
          "ngày", "Ngày", "tháng", "năm", "giờ", "điểm", "điểm 10", "tỷ", "kV", "°C", "đoàn viên", "hồ sơ", "Điều",
          "Sở Y tế", "mức độ", "từ", "và", "hoặc", "của", "trên", "tăng", ";", ":", "Thời gian"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), max_size=24))
def test_skip_unit_shortcut_is_the_plain_reading_random(parts: list[str]) -> None:
    text = "".join(parts)
    fast = _extract_as(text, "BC")
    plain = quantities._turned_down_by_unit
    try:
        quantities._turned_down_by_unit = lambda doc, m: False  # type: ignore[assignment]
        assert _extract_as(text, "BC") == fast
    finally:
        quantities._turned_down_by_unit = plain


def test_skip_unit_shortcut_fires_on_durations_and_stop_words_and_not_on_counts() -> None:
    doc = _doc("trong 07 ngày làm việc, 07 đoàn viên, 07 tỷ, (07 ngày, 07\nNgày, 07 của, 07 và 08 hộ, 07 đến 09")
    fired = [m.group() + "@" + str(m.start()) for m in re.finditer(r"\d+", doc.ctx.text)
             if quantities._turned_down_by_unit(doc, m)]
    assert fired == ["07@6", "07@64"]


# ---------------------------------------------------------------- figure tables: a space-aligned row's gate

_SPACED_TEXTS = ["Địa bàn   Số trẻ   Tỷ lệ\nVinh   21.350   95%\n", "a  b  c", " a  b  c  ", "a  b c  d\ne f",
                 "x\n  \n a  b\n  c  d", "ab   cd", "  ", "a  b\nc  d  e", "", "a   \n  b  c"]


def _assert_spaced_row_gate_is_the_search(text: str) -> None:
    step = max(1, len(text) // 40)
    for lo in range(0, len(text) + 1, step):
        for hi in range(lo, len(text) + 1, step):
            assert figtable._may_hold_spaced_row(text, lo, hi) == bool(figtable._SPACED_ROW.search(text, lo, hi)), (lo, hi)


@pytest.mark.parametrize("text", _SPACED_TEXTS + [t[:2000] for t in _SAMPLE_TEXTS])
def test_spaced_row_gate_is_the_search(text: str) -> None:
    _assert_spaced_row_gate_is_the_search(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "Vinh", "21.350", " ", "  ", "   ", "\n", "\t", "%"]), max_size=20))
def test_spaced_row_gate_is_the_search_random(parts: list[str]) -> None:
    _assert_spaced_row_gate_is_the_search("".join(parts))
