"""The time grammar's table words are read as the text writes them. Keys are folded ('mùa' -> 'muà',
'khóa' -> 'khoá': tones on one place), but the scanner runs on the text itself, so a word whose key
differs from its writing was found only from its second word on ('hè năm 2023' for 'mùa hè năm 2023')."""

from __future__ import annotations

from datetime import date

import pytest

from vanban.grammar.timex import find_times
from vanban.tables import rows

REF = date(2023, 1, 1)


def _spans(text: str) -> list[str]:
    return [text[t.start:t.end] for t in find_times(text, ref=REF)]


# every season and year-span word of the table, in a phrase of its kind
PHRASES = [f"{w} năm 2023" for k, w, *_ in rows("time_words.tsv") if k == "season"] + \
          [f"{w} 2023-2024" for k, w, *_ in rows("time_words.tsv") if k == "year_span"]


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_table_word_opens_its_span(phrase: str) -> None:
    text = f"Kết quả {phrase} của đơn vị."
    assert _spans(text) == [phrase]
    assert _spans(text.upper()) == [phrase.upper()]


@pytest.mark.parametrize("text, span", [
    ("Chiến dịch mùa hè năm 2024 bắt đầu.", "mùa hè năm 2024"),
    ("học sinh niên khóa 2021-2024 và niên khoá 2022-2025", "niên khóa 2021-2024"),  # both tone styles
    ("Đại hội nhiệm kỳ 2022-2027", "nhiệm kỳ 2022-2027"),
    ("Hoạt động hè 2023", "hè 2023"),  # a shorter word of the table still reads alone
])
def test_written_words_in_sentences(text: str, span: str) -> None:
    assert _spans(text)[0] == span
