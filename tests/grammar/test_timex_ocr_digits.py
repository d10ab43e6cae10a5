"""A date copied from an OCR'd scan with a letter for a digit in its day or month (fifteenth heldout round, h153:
'từ ngày 0l/12/2026'): read as the digit, spans unchanged, with a warning. Invented cases with counter-cases."""

from __future__ import annotations

import pytest

from vanban.grammar.timex import find_times


@pytest.mark.parametrize("text, value, end_value", [
    ("- Đợt 1: từ ngày 0l/12/2026 đến ngày 31/12/2026: ra quân.", "2026-12-01", "2026-12-31"),
    ("Tổ chức vào ngày 1O/12/2026 tại xã.", "2026-12-10", None),
    ("Hạn nộp ngày 2I/0l/2027.", "2027-01-21", None),
])
def test_a_letter_for_a_digit_in_a_date(text: str, value: str, end_value: str | None) -> None:
    times = [t for t in find_times(text) if t.kind != "time"]
    assert [(t.value, t.end_value) for t in times] == [(value, end_value)]
    assert any(code == "ocr_digits_read" for t in times for code, _ in t.warnings)


@pytest.mark.parametrize("text", [
    "Mã hồ sơ l/I/2026 đã được cấp.",  # no digit in the day and month: a code, not a date
    "Ngày 45/1l/2026 không có.",  # no such day
    "Tệp lưu tại thư mục hinh/l/2026.",  # a path's part
])
def test_no_date_read_from_letters_alone(text: str) -> None:
    assert [t for t in find_times(text) if t.kind in ("date", "period")] == []


def test_spans_are_those_of_the_printed_text() -> None:
    text = "Lễ ra quân ngày 0l/12/2026 tại sân vận động."
    t = next(t for t in find_times(text) if t.kind != "time")
    assert (t.start, t.end) == (text.index("ngày"), text.index("2026") + 4)
