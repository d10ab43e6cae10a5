"""The "TT"/"STT" header test turns down lines of more words unfolded, and the index column is cut as
when every line was folded: invented lines and tables, compared with the plain reading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.extract import figtable
from vanban.extract.parties import _bare, _bare_positions, _marks_restored
from vanban.tables import tables
from vanban.textutil import fold_lower


def _plain_header(text: str) -> bool:
    return fold_lower(text.strip(" .:")) in figtable._cue_words("column_index")


_LINES = ["TT", "STT", " stt. ", "S T T", "T\u0323T", "TT:", ". TT", "\tTT\t", "Số TT", "tt tt", "STT\u00a0",
          "TT.\u2003", "", "  ", "ＴＴ", "tT", "STTT", "1", "Chỉ tiêu"]


@pytest.mark.parametrize("text", _LINES)
def test_index_header_as_folded(text: str) -> None:
    assert figtable._is_index_header(text) == _plain_header(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" .:\tsStT\u00a0\u0323x", max_size=12))
def test_index_header_on_generated_lines(text: str) -> None:
    assert figtable._is_index_header(text) == _plain_header(text)


def _plain_without_index(lines: list[figtable._Line]) -> list[figtable._Line]:
    """_without_index as first written: every line folded and tested."""
    out: list[figtable._Line] = []
    expected = 0
    for k, line in enumerate(lines):
        if _plain_header(line.text):
            expected = 1
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if expected and figtable._INDEX_CELL.match(line.text) and int(line.text.strip(" \t.")) == expected \
                and nxt is not None and figtable._is_row_label(nxt):
            expected += 1
            continue
        out.append(line)
    return out


_TABLES = [
    "Bảng\nTT\nĐơn vị\nSố đội viên\n1\nTiểu học\n6.420\n2\nTHCS\n5.100\n3\n4\nTHPT\n1.200",
    "STT\nTên\n1\nA\nSTT\nTên\n1\nB\n2\nC\n1\nD",
    "không có cột số thứ tự\n1\n2\nTT",
]


@pytest.mark.parametrize("text", _TABLES)
def test_without_index_as_every_line_folded(text: str) -> None:
    lines = figtable._lines(text, 0, len(text))
    heads = [k for k, x in enumerate(lines) if figtable._is_index_header(x.text)]
    got = figtable._without_index(lines, heads) if heads else lines
    assert got == _plain_without_index(lines)


def _plain_marks_restored(printed: str) -> str | None:
    """parties._marks_restored with each position's pattern built at each call, as first written."""
    import re

    from vanban.extract.parties import MIN_RESTORED_POSITION
    from vanban.textutil import fold

    upper = fold(printed).upper()
    fixed, bare = upper, _bare(upper)
    for word in tables().positions:
        for m in re.finditer(rf"(?<!\w){re.escape(_bare(word))}(?!\w)", bare):
            fixed = fixed[:m.start()] + word + fixed[m.end():]
    if fixed == upper or not any(w in fixed for w in tables().positions if len(w) >= MIN_RESTORED_POSITION):
        return None
    return fixed


@pytest.mark.parametrize("printed", ["PHÓ GIÁM ĐÔC", "PHO BI THU", "PHÒ BÍ THƯ", "PHÓ CHỦ TjCH", "BÍ THƯ",
                                     "KT. CHU TICH", "GIAM DOCX", "", "XPHO BI THU", "PHO BI THUX", "A PHÓ GIÁM ĐỐC B",
                                     "1PHO CHU TICH", "PHO CHU TICH_", "BI THU BI THU", "PHÓ BÍ THƯ THƯỜNG TRỰC"])
def test_marks_restored_with_prebuilt_patterns(printed: str) -> None:
    assert len(_bare_positions(tables().positions)) == len(tables().positions)
    assert _marks_restored(printed) == _plain_marks_restored(printed)
