"""Cutting a header line into its columns when the gaps are too narrow to split at (one or two spaces):
the motto and the place-date line cut it, at offsets of the line itself."""

from __future__ import annotations

import pytest

from vanban.segment.cells import Cell, _split_cells
from vanban.textutil import fold, fold_with_offsets

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
SLOGAN = "Độc lập - Tự do - Hạnh phúc"

CASES = [
    (f"ỦY BAN NHÂN DÂN TỈNH AN GIANG  {MOTTO}", ["ỦY BAN NHÂN DÂN TỈNH AN GIANG", MOTTO]),
    (f"TỈNH ĐOÀN  AN GIANG {MOTTO}  {SLOGAN}", ["TỈNH ĐOÀN  AN GIANG", MOTTO, SLOGAN]),
    (f" UBND  XÃ AN HÒA {MOTTO} Số: 12/UBND", ["UBND  XÃ AN HÒA", MOTTO, "Số: 12/UBND"]),
    ("UBND TỈNH  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM  " + SLOGAN,  # old tone placement in the motto
     ["UBND TỈNH", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", SLOGAN]),
    ("ĐOÀN TNCS HỒ CHÍ MINH  BCH  ĐOÀN TỈNH", ["ĐOÀN TNCS HỒ CHÍ MINH", "BCH  ĐOÀN TỈNH"]),
]


@pytest.mark.parametrize(("line", "cells"), CASES, ids=[c[0][:30] for c in CASES])
def test_a_line_with_narrow_gaps_is_cut_at_its_own_offsets(line: str, cells: list[str]) -> None:
    assert [c.text for c in _split_cells(Cell(0, len(line), line, 0))] == cells


@pytest.mark.parametrize("text", ["", "a", "  a  b\tc  ", "hoà  thuỷ", "x\n\ny", "   "])
def test_fold_with_offsets_is_fold_with_the_source_of_each_character(text: str) -> None:
    folded, where = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(where) == len(folded)
    assert all(text[i] == ch or ch == " " or fold(text[i]) == ch for i, ch in zip(where, folded, strict=True))


def test_date_line_kept_for_the_last_lines_is_the_search() -> None:
    """segment's cached place-date search gives what rx.search_date_line gives, for lines asked again."""
    from tests.reference.randomtext import corpus_lines
    from vanban.grammar import regexes as rx
    from vanban.segment.cells import date_line

    lines = corpus_lines()[:4000]
    for line in lines + lines[::-1]:
        got, want = date_line(line), rx.search_date_line(line)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
