"""The closing block's column scan reads only the lines holding a hint (three spaces, a tab, another
blank character or a "|") and finds the same lines as testing every line: invented texts of each form."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.segment import closing
from vanban.segment.cells import _lines


def _plain(text: str, start: int, want: int) -> list[int]:
    """Every line from `start` on tested, as the scan was written first."""
    lines = _lines(text)
    return [i for i in range(start, len(lines)) if closing._is_column_line(lines[i].text)][:want]


_TEXTS = [
    "Nơi nhận:            TM. BAN THƯỜNG VỤ\n- Như trên;\t\tBÍ THƯ\n- Lưu VP.",
    "một dòng\nhai dòng\n",
    "   thụt lề   \n\t\n| Nơi nhận: | GIÁM ĐỐC |\n|---|\nx\u00a0\u00a0\u00a0y\nx \u2009 y",
    "a  b\na\t\nb   \n  c\n\u3000\u3000\u3000\nd\u00a0 \u00a0e\n",
    "",
    "\n\n\n",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("want", [1, 2, 5])
def test_column_lines_as_every_line_tested(text: str, want: int) -> None:
    lines = _lines(text)
    for start in range(len(lines) + 1):
        assert closing._column_lines(lines, start, want) == _plain(text, start, want), (start, want)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\u00a0\u2009\r\x0b|ab", max_size=40), st.integers(0, 3))
def test_column_lines_on_generated_blanks(text: str, start: int) -> None:
    lines = _lines(text)
    start = min(start, len(lines))
    assert closing._column_lines(lines, start, 2) == _plain(text, start, 2)


def test_odd_blanks_are_the_blanks_but_space_and_newline() -> None:
    blanks = {chr(i) for i in range(0x110000) if chr(i).isspace()} - {" ", "\n"}
    written = {chr(i) for i in range(0x110000) if re.fullmatch(f"[{closing._ODD_BLANKS}]", chr(i))}
    assert written == blanks


def _authority_cell_as_written(text: str) -> bool:
    return any((m := closing._AUTHORITY.match(c.strip())) is not None
               and closing.is_upper(m.group("rest") or "", 0.7) for c in closing._GAP.split(text.strip()))


def test_every_authority_prefix_holds_the_hint() -> None:
    group = re.search(r"\(\?P<prefix>(.*?)\)\\s\*\(\?P<rest>", closing._AUTHORITY.pattern)
    assert group is not None
    for alt in group.group(1).split("|"):
        printed = re.sub(r"\(\?=.*$", "", alt).replace("\\.", ".")
        assert closing._AUTHORITY_HINT.search(printed), alt


@pytest.mark.parametrize("text", [
    "KT. CHỦ TỊCH", "TM. BAN THƯỜNG VỤ", "T/M BAN CHẤP HÀNH", "K/T GIÁM ĐỐC", "TL. CHÁNH VĂN PHÒNG", "TUQ. GIÁM ĐỐC",
    "Q. TRƯỞNG BAN", "KT GIÁM ĐỐC", "Nơi nhận:\t\tKT. CHỦ TỊCH", "- Như trên;     TM. UBND", "kt. chủ tịch",
    "Thực hiện Kế hoạch số 12/KH-TĐTN.", "TM.", "  KT.  Phó Chủ tịch", "", "T/m BAN", "Q.1, TP. HCM",
])
def test_authority_cell_as_every_line_cut(text: str) -> None:
    assert closing._authority_cell(text) == _authority_cell_as_written(text)
