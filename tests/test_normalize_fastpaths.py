"""normalize's shortcuts for the commonest marked lines (a line of "**" marks, a line whose only markup is
one "*") cut the pieces the general reading cuts (`_apply_edits(ln, _removals(ln))`): on the repository's
marked lines and on generated ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.reference.randomtext import corpus_lines
from vanban import normalize as nz


def _plain(ln: str) -> list[tuple[int, int, str]] | None:
    edits = nz._removals(ln)
    return nz._apply_edits(ln, edits) if edits else None


_PIECES = ["**", "*", "\\*", "__", "_", "#", "$", "[", "](", "!", "|", " ", "  ", "\t", "(", "“", "”", "'", ".",
           ",", ";", "-", "–", "ỦY BAN", "Căn cứ", "a", "x2", "ngày"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_line_pieces_on_generated_lines(ln: str) -> None:
    assert nz._line_pieces(ln) == _plain(ln)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["*", "**", " ", "  ", "x", "Số", "(", ")", ".", "\u00a0"]), max_size=10).map("".join))
def test_line_pieces_on_star_lines(ln: str) -> None:
    assert nz._line_pieces(ln) == _plain(ln)


def test_line_pieces_on_the_repository_lines() -> None:
    marked = [ln for ln in corpus_lines() if nz._MARKED_LINE.search(ln)]
    assert any(nz._bold_only(ln) for ln in marked) and any(ln.count("*") == 1 for ln in marked)
    for ln in marked:
        assert nz._line_pieces(ln) == _plain(ln), ln


# --- _join_lines' shortcuts around _glue ---

_LINE = st.lists(st.sampled_from(["a", "Số", "12", "-", "/", "—", "=", "*", ".", "_", " ", "\t", "|", ":", "QĐ",
                                  "BÁO CÁO", "x;", "“", ")"]), min_size=1, max_size=8).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_LINE, _LINE, st.integers(0, 2), st.sampled_from([0, 40, 80]))
def test_a_dropped_table_rule_joins_only_a_broken_number(prev: str, cleaned: str, gap: int, width: int) -> None:
    prev, cleaned = prev.rstrip() or "x", cleaned.rstrip() or "y"
    if prev[-1] not in "-/":
        assert nz._glue(prev, cleaned, False, True, gap, width, prev) is None


@settings(max_examples=1000, deadline=None)
@given(_LINE)
def test_a_rule_line_ends_in_a_rule_mark(line: str) -> None:
    line = line.rstrip()
    if nz.RULE.match(line):
        assert line[-1] in nz.RULE_MARKS


def test_texts_with_table_rules_between_lines_as_the_reference() -> None:
    from tests.reference import normalize_v0 as before
    for text in ["Số: 3783/QĐ-\n|\nUBND", "**ỦY BAN\n|\nNHÂN DÂN**", "| a |\n|---|\nb c\n|\nd", "- x\n|\n\n|\ny"]:
        new, old = nz.normalize(text), before.normalize(text)
        assert (new.text, new.changes) == (old.text, old.changes)


# --- speed pass 8: the end-of-line tests read the last character first, the title test an ASCII small letter ---

_TEXT_LINE = st.lists(st.sampled_from(["a", "Á", "BÁO CÁO", "ǅ", "ª", "ß", "İ", "x2", " ", "\t", "\u00a0", "|", ".", ";",
                                       ":", "…", "?", "'", "\"", "”", "’", ")", "(", "-", "/", "đ", "Đ", "12"]),
                      min_size=1, max_size=14).map("".join)


def _plain_is_title(line: str) -> bool:
    return line == line.upper() and line != line.lower() and len(line.strip()) >= 4


@settings(max_examples=2000, deadline=None)
@given(_TEXT_LINE)
def test_is_title_as_the_plain_test(line: str) -> None:
    assert nz._is_title(line) == _plain_is_title(line)


@settings(max_examples=2000, deadline=None)
@given(_TEXT_LINE, _TEXT_LINE)
def test_end_of_line_tests_as_on_the_tail(prev: str, line: str) -> None:
    prev = prev.rstrip() or "x"
    tail = prev[-nz._TAIL:]
    assert nz._tail_ends_sentence(prev, prev[-1]) == nz._ends_sentence(tail)
    assert nz._table_row_edge(prev[-1], line) == (tail.endswith("|") or line.lstrip().startswith("|"))


@pytest.mark.parametrize("prev", ["Kết quả đạt được." + "”" * 45, "a." + ")" * 39, "a." + ")" * 38, "x”", "x.”", "|",
                                  "a |", "Số: 12/QĐ-", "BÁO CÁO"])
def test_end_of_line_tests_on_closing_marks(prev: str) -> None:
    tail = prev[-nz._TAIL:]
    assert nz._tail_ends_sentence(prev, prev[-1]) == nz._ends_sentence(tail)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["", "x" * 19, "x" * 21, " " * 3 + "x" * 18, "\t" + "x" * 20, " " * 2 + "x" * 30,
                                 "Ủy ban nhân dân tỉnh Bắc Ninh", "\u3000" * 4 + "y" * 17]), max_size=40))
def test_wrap_width_as_measuring_every_line_stripped(lines: list[str]) -> None:
    lens = sorted([len(x) for x in lines if len(x.lstrip()) > 20])
    expected = 0
    if len(lens) >= 8:
        p90 = lens[int(len(lens) * 0.9)]
        near = sum(1 for n in lens if 0.75 * p90 <= n <= p90 + 2)
        expected = p90 if p90 <= 140 and near >= 0.35 * len(lens) else 0
    assert nz._wrap_width(lines) == expected


def test_bar_lines_and_the_other_marked_lines() -> None:
    raw = ["|", "a | b", "**x**", "|", " |", "||", "plain", "_y_"]
    bars, others = nz._bar_lines(raw, nz._marked_lines(raw))
    assert bars == [0, 3] and others == [1, 2, 4, 5, 7]


# --- speed pass 8: a line of capitals settled on its small letters, a line's gaps on one substring search ---

_CAPS_LINE = st.lists(st.sampled_from(["l", "L", "I", "CHl", "BỘ", "VlỆT", "NAM", "ǅ", "ª", "ß", "İ", "đ", "Đ", "a", "1",
                                       " ", "  ", "\t", ".", "lý"]), min_size=1, max_size=10).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_CAPS_LINE)
def test_capitals_as_reading_every_l(line: str) -> None:
    from vanban.textutil import capital_l_as_i
    assert nz._capitals(line) == capital_l_as_i(line).isupper()


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["a", "12", " ", "  ", "   ", "\t", "\u00a0", "|", "Tổng"]), max_size=12).map("".join))
def test_cell_gaps_as_the_pattern_on_the_stripped_line(line: str) -> None:
    from vanban import textutil
    plain = [] if "  " not in line.strip() else [m.span() for m in textutil._CELL_GAP.finditer(line)]
    assert textutil.cell_gaps(line) == plain


# --- _break_br's whole-text gate (speed pass 9): it says no only when no line breaks cells ---

_BR_PIECES = ["<br>", "<BR/>", "<Br />", "<br\n>", "<bR\t/>", "<brand>", "** **", "**x** **y**", "** ** ", "**",
              " V/v ", " V/v\t", "V/v ", "Số: 12/UBND", "**Số:** 5/KH", " Số", "|", "| ", "\u00a0|", "\n", "\n|",
              " ", "a", "Đ", "*(đã ký)*", ";", " - ", ":**"]


def _breaks_any_line(text: str) -> bool:
    return any(map(nz._breaks_cells, text.split("\n")))


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_BR_PIECES), max_size=14).map("".join))
def test_the_cell_break_gate_on_generated_texts(text: str) -> None:
    if _breaks_any_line(text):
        assert nz._may_break_cells(text)


@pytest.mark.parametrize("text", [
    "| Số: 1537/KBKV8-KSC V/v hướng dẫn | **CỘNG HÒA** |",  # a row: the V/v after the số hiệu in its cell
    "  | **KHO BẠC** **KHO BẠC KHU VỰC VIII** | x |",  # a row opening with blanks: two bold runs side by side
    "Công văn V/v ...\n| **A** **B** |",  # the needle in prose first, the row after it
    "**A** **B** in prose\n| Số: 5/UBND V/v x |",
    "| a |\n| Số: 5/UBND V/v x |",  # the row is the last line (no newline after it)
    "prose<BR>prose",
])
def test_the_cell_break_gate_lets_each_breaking_row_through(text: str) -> None:
    assert _breaks_any_line(text) and nz._may_break_cells(text)


@pytest.mark.parametrize("text", [
    "Công văn số 12/UBND V/v hướng dẫn ...\n| a | b |",  # the V/v in prose, a row without one
    "**Điều 1.** **Ban hành** ...\n| x |",  # bold runs side by side in prose
    "Sản phẩm <brand> mới",
])
def test_the_cell_break_gate_passes_by_prose(text: str) -> None:
    assert not nz._may_break_cells(text)
    assert nz._break_br(text, None) == (text, None, 0)


def test_the_cell_break_gate_on_the_repository_lines() -> None:
    lines = corpus_lines()
    for k in range(0, len(lines), 40):  # texts of 40 lines, and each line alone
        text = "\n".join(lines[k:k + 40])
        if _breaks_any_line(text):
            assert nz._may_break_cells(text)
    assert any(nz._breaks_cells(ln) for ln in lines)
    for ln in lines:
        assert nz._may_break_cells(ln) or not nz._breaks_cells(ln), ln


# --- an edited line's pieces cut again only when the map is laid out (speed pass 9) ---

def _plain_cleaned(ln: str) -> str | None:
    pieces = _plain(ln) if nz._MARKUP_CHARS.search(ln) else None
    return None if pieces is None else "".join(t for _, _, t in pieces)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from([*_PIECES, "\u00a0", "\u3000", "\u200b"]), max_size=12).map("".join))
def test_cleaned_line_on_generated_lines(ln: str) -> None:
    assert nz._cleaned_line(ln) == _plain_cleaned(ln)


def test_cleaned_line_on_the_repository_lines() -> None:
    marked = [ln for ln in corpus_lines() if nz._MARKED_LINE.search(ln)]
    for ln in marked:
        assert nz._cleaned_line(ln) == _plain_cleaned(ln), ln


@pytest.mark.parametrize("text", [
    "Căn cứ Nghị định số\n  **81/2018/NĐ-CP** ngày\n   *quy định* chi tiết",  # edited lines joined: their indent goes
    "**ỦY BAN NHÂN\nDÂN**\n**TỈNH** X  \n\tSố: 12\\*\n",  # a run over two lines, a trailing blank, an escaped star
    "**Điều 1.** Ban hành\n**a)** các   \n\n*(đã ký)*",
    "Tổ chức các hoạt động\n**văn hóa**",  # the text's last line edited, no newline after it
])
def test_an_edited_lines_map_points_at_its_words(text: str) -> None:
    n = nz.normalize(text)
    assert n.offsets.pending is not None  # (nothing laid out until asked)
    for word in ("81/2018/NĐ-CP", "quy định", "DÂN", "TỈNH", "Điều 1.", "a)", "(đã ký)", "văn hóa", "Số: 12"):
        if word in n.text:
            at = n.offsets.to_original(n.text.index(word))
            assert text[at:at + len(word)] == word, word
