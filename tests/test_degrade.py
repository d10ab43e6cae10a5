"""Issue 10, structure classes 1-7 and 14: a missing or odd piece costs that piece, not the document.

Table-driven over the invented documents of tests/degrade_cases.py (one list per class).
"""

from __future__ import annotations

import pytest

from tests.degrade_cases import CASES, misses
from vanban import parse_text
from vanban.normalize import normalize
from vanban.segment.zones import segment


@pytest.mark.parametrize(("cls", "name", "raw", "expected"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_structure_class(cls: int, name: str, raw: str, expected: dict) -> None:
    assert misses(parse_text(raw), expected) == []


@pytest.mark.parametrize(("cls", "name", "raw", "expected"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_cells_point_at_their_text(cls: int, name: str, raw: str, expected: dict) -> None:
    """Whatever the layout (one-line copies cut into lines included), a cell's span is its text."""
    text = normalize(raw).text
    lay = segment(text)
    cells = [*lay.org_cells, *(c for c, _ in lay.mottos), *lay.subject_cells, *lay.recipient_cells,
             *lay.authority_cells, *(c for c in (lay.date_cell, lay.type_cell, lay.name_cell) if c)]
    for c in cells:
        assert text[c.start:c.end] == c.text


def test_a_long_paragraph_is_no_run_on_document() -> None:
    """A long body paragraph citing a number and a date keeps its line."""
    para = ("Căn cứ Quyết định Số 57/2015/QĐ-TTg, ngày 16 tháng 11 năm 2015 của Thủ tướng Chính phủ về việc "
            "ban hành quy chế, các đơn vị tổ chức thực hiện nghiêm túc, báo cáo kết quả về Tỉnh đoàn. " * 3)
    text = "TỈNH ĐOÀN AN PHÚ\nSố: 12-CV/TĐTN\nV/v báo cáo\n\n" + para.strip() + "\n"
    lay = segment(text)
    (b0, b1), = lay.zones["body"]
    assert text[b0:b1].strip() == para.strip()
