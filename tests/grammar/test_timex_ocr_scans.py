"""timex._ocr_dates finds what _OCR_DATE.finditer finds in a window (the pattern tried only one and two characters
before a slash). Compared on an edge-case table, invented texts (hypothesis) and the samples, over windows."""

from __future__ import annotations

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar import timex

_SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def _found(matches) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


def _assert_same(text: str, steps: int = 12) -> None:
    step = max(1, len(text) // steps)
    for start in range(0, len(text) + 1, step):
        for end in range(start, len(text) + 1, step):
            assert _found(timex._ocr_dates(text, start, end)) == _found(timex._OCR_DATE.finditer(text, start, end)), \
                (start, end)
    assert _found(timex._ocr_dates(text, 0, len(text))) == _found(timex._OCR_DATE.finditer(text))


@pytest.mark.parametrize("text", [
    "từ ngày 0l/12/2026 đến 1O/12/2026", "từ ngày l5/3 đến ngày 15/4/2027", "ngày l/3 tới 5/4/2027", "1O/12/2026",
    "l1/1l/2020/", "a1O/12/2026", "/1O/12/2026", "1l1/2/2020", "ll/ll/2020 O/O/1999", "1//2/2020", "/", "1/", "",
    "ngày lO/lO đến 2/3/2026", "ngày 1l/l đến", "1/2/2026 1/2/2026", "1/2/20261/2/2026", "ngày O/I  tới  x",
])
def test_ocr_dates_on_edge_cases(text: str) -> None:
    _assert_same(text, steps=len(text) or 1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["l", "I", "O", "0", "1", "2", "/", " ", "a", "ngày ", "đến ", "tới ", "2026", "19"]),
                max_size=25).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_ocr_dates_on_invented_texts(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert _found(timex._ocr_dates(text, start, end)) == _found(timex._OCR_DATE.finditer(text, start, end))


@pytest.mark.parametrize("text", _SAMPLE_TEXTS)
def test_ocr_dates_on_samples(text: str) -> None:
    _assert_same(text, steps=6)
