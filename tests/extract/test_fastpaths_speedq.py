"""Shortcuts of the ninth speed pass (issue 15) on quantities and figure tables read what the plain reading
reads: each is compared with the plain code it stands in for, on invented cases of each form, on random texts
(hypothesis) and on the bundled samples."""

from __future__ import annotations

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.extract import figtable

_SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]

# ---------------------------------------------------------------- figure tables: index cells found by a scan

# header cells and row numbers in every guise a line may hold them: blanks, dots, colons, tabs, a carriage return,
# a no-break space, letters that fold into the cell's ('ſ', 'ﬆ', 'ß'), a dotted capital I, more words
_INDEX_PARTS = ["TT", "STT", "tt", "Stt", " STT ", "STT.", ":TT:", "\tTT", "TT\r", "\u00a0STT", "ſtt", "ﬆt", "ßt", "S T T",
                "STTT", "TTS", "İ", "1", "2", "1.", " 2 .", "12", "3", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "120", "96,5%", "x",
                "", " ", ".", ":", "\t"]
_INDEX_TEXTS = ["STT\nCấp học\nSố đội viên\n1\nTiểu học\n6.420\n2\nTHCS\n3.100",
                "TT\nĐơn vị\nSố đội viên\n1\nTiểu học\n6.420\n3\nTHCS\n3.100\nTT\nĐơn vị\n1\nA\n2\n",
                "ſtt\n1\nx\n\tTT\t\n1\nChỉ tiêu\n2\nB", "  STT  ", "1\nSTT", ""]


def _without_index_plain(lines: list[figtable._Line], heads: list[int]) -> list[figtable._Line]:
    """figtable._without_index as it was: every line from the first header cell on read in turn."""
    if not heads:
        return lines
    out = lines[:heads[0]]
    is_head = set(heads)
    expected = 0
    for k in range(heads[0], len(lines)):
        line = lines[k]
        if k in is_head:
            expected = 1
            continue
        if expected and figtable._INDEX_CELL.match(line.text) and int(line.text.strip(" \t.")) == expected \
                and k + 1 < len(lines) and figtable._is_row_label(lines[k + 1]):
            expected += 1
            continue
        out.append(line)
    return out


def _assert_index_scan_is_plain(text: str) -> None:
    step = max(1, len(text) // 25)
    for lo in range(0, len(text) + 1, step):
        for hi in range(lo, len(text) + 1, step):
            lines = figtable._lines(text, lo, hi)
            starts = figtable._starts_of(lines)
            heads = [k for k, x in enumerate(lines) if figtable._is_index_header(x.text)]
            scanned = figtable._lines_after_breaks(lines, starts, figtable._index_header_line(),
                                                   figtable._is_index_header, text, lo, hi)
            assert set(heads) <= set(scanned), (lo, hi)  # every header cell is a candidate
            cells = [k for k, x in enumerate(lines) if figtable._INDEX_CELL.match(x.text)]
            assert figtable._lines_after_breaks(lines, starts, figtable._INDEX_CELL_AFTER_BREAK,
                                                figtable._INDEX_CELL.match, text, lo, hi) == cells, (lo, hi)
            assert figtable._without_index(lines, heads, cells) == _without_index_plain(lines, heads), (lo, hi)
            assert figtable._without_index(lines, heads) == _without_index_plain(lines, heads), (lo, hi)
            figured = figtable._Figured(lines, figtable._figure_line_starts(text, lo, hi))
            plain = figtable._Figured(lines)
            assert figured.runs == plain.runs and figured.before_figures() == plain.before_figures(), (lo, hi)
            assert plain.before_figures() == [k for k in range(len(plain)) if plain.runs[k + 1]
                                              or k + 2 < len(plain.runs) and plain.runs[k + 2]], (lo, hi)


@pytest.mark.parametrize("text", _INDEX_TEXTS + _SAMPLE_TEXTS[:2])
def test_index_cells_found_by_a_scan_are_the_plain_reading(text: str) -> None:
    _assert_index_scan_is_plain(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_INDEX_PARTS), max_size=24))
def test_index_cells_found_by_a_scan_are_the_plain_reading_random(cells: list[str]) -> None:
    _assert_index_scan_is_plain("\n".join(cells))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("sStT.: \t\n\r\u00a0ſﬆßİ1x"), max_size=30))
def test_every_header_cell_is_a_candidate_random(text: str) -> None:
    _assert_index_scan_is_plain(text)


def test_the_index_texts_hold_header_cells_and_rows() -> None:
    """The invented texts above hold header cells and dropped row numbers (the comparisons are not all between
    texts without any)."""
    lines = figtable._lines(_INDEX_TEXTS[1], 0, len(_INDEX_TEXTS[1]))
    heads = [k for k, x in enumerate(lines) if figtable._is_index_header(x.text)]
    assert heads == [0, 9] and len(figtable._without_index(lines, heads)) == len(lines) - 4  # 2 heads, 2 row numbers
    assert figtable._is_index_header("ſtt") and figtable.figure_cells(_INDEX_TEXTS[0], 0, len(_INDEX_TEXTS[0]))
