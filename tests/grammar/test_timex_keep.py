"""find_times(..., keep=f) builds only the expressions whose (start, end) f keeps, and reads them as without it:
the others still join, and still lend their years to the ones inferred after them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar.timex import find_times

_SAMPLES = sorted((Path(__file__).resolve().parents[2] / "corpus" / "samples").glob("*.txt"))
_TEXT = ("Ngày 05/3/2025 Sở ban hành kế hoạch; từ ngày 10/3 đến 15/4 tổ chức, báo cáo trước 17h00 ngày 20/4. "
         "Thứ Sáu (08/01/2027) họp; quý III/2025; tháng 8; năm 2026; giai đoạn 2021 - 2025; ngày 25 hằng tháng.")


def _kept(lo: int, hi: int):
    return lambda start, end: lo <= start < hi


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(_TEXT)), st.integers(0, len(_TEXT)))
def test_kept_times_are_the_unfiltered_ones(lo: int, hi: int) -> None:
    whole = find_times(_TEXT)
    assert find_times(_TEXT, keep=_kept(lo, hi)) == [t for t in whole if lo <= t.start < hi]


def test_a_dropped_date_still_lends_its_year() -> None:
    text = "Kế hoạch ngày 05/3/2025. Hạn nộp ngày 20/4."
    late = text.index("ngày 20/4")
    kept = find_times(text, keep=lambda start, end: start >= late)
    assert [t.value for t in kept] == ["2025-04-20"] and kept[0].inferred


@pytest.mark.skipif(not _SAMPLES, reason="no bundled samples")
def test_samples_keep_every_other_time() -> None:
    for path in _SAMPLES:
        text = path.read_text(encoding="utf-8")
        whole = find_times(text)
        odd = {t.start for t in whole[1::2]}
        assert find_times(text, keep=lambda start, end, odd=odd: start in odd) == whole[1::2], path.name
