"""The forty-second heldout round's failure classes (invented documents, with counter-cases): a DOCX table pasted
under an indented paragraph, each of its rows opening with a tab ("\\tSTT\\tNội dung\\tChỉ tiêu\\tKết quả"), whose
blank first cell shifted every column."""

from __future__ import annotations

import pytest

from vanban import parse_text

# ---- a tab table whose every row opens with a tab ----------------------------------------------------------------

UNION_HEAD = ("BAN CHẤP HÀNH HUYỆN ĐOÀN AN NHƠN\tĐOÀN TNCS HỒ CHÍ MINH\n***\t\nSố: 41-BC/HĐTN\t"
              "An Nhơn, ngày 25 tháng 8 năm 2028\n\nBÁO CÁO\nTổng kết Chiến dịch hè năm 2028\n\n"
              "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n")
UNION_TAIL = ("\nNơi nhận:\n- Tỉnh đoàn (b/c);\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ\n\n"
              "Lê Văn Hòa\n")

INDENTED_TABLES = [
    ("\tSTT\tNội dung\tChỉ tiêu\tKết quả\n\t1\tCông trình thanh niên (công trình)\t12\t14\n"
     "\t2\tNhà nhân ái xây mới (căn)\t4\t3\n",
     [(12, "công trình", "target"), (14, "công trình", "result"), (4, "căn", "target"), (3, "căn", "result")]),
    ("\tTT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2029\n\t1\tĐoàn viên được tập huấn\tngười\t450\n"
     "\t2\tTỷ lệ chi đoàn xếp loại tốt\t%\t80\n",
     [(450, "người", "target"), (80, "%", "target")]),
    # counter-cases: the same table without the indent reads the same; a table whose header opens with a label
    # keeps reading its rows' blank first cell as a cell (a total row's), not as an indent
    ("STT\tNội dung\tChỉ tiêu\tKết quả\n1\tCông trình thanh niên (công trình)\t12\t14\n",
     [(12, "công trình", "target"), (14, "công trình", "result")]),
    ("Nội dung\tChỉ tiêu\tKết quả\nCông trình thanh niên (công trình)\t12\t14\n\tCộng\t12\n",
     [(12, "công trình", "target"), (14, "công trình", "result")]),
]


@pytest.mark.parametrize(("table", "expected"), INDENTED_TABLES)
def test_an_indented_tab_table_is_read_from_its_second_cell(table: str, expected: list[tuple[float, str, str]]) -> None:
    rec = parse_text(UNION_HEAD + table + UNION_TAIL)
    assert [(q.value, q.unit, q.kind) for q in rec.quantities] == expected
