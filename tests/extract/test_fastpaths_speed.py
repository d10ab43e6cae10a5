"""Gates of the speed pass after rounds 41-46: each gate is a necessary condition of what it spares, checked against
the plain reading on invented cases of each form, on random texts (hypothesis) and on the bundled samples."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban import normalize
from vanban.context import Context
from vanban.extract import quantities
from vanban.grammar import ocrdigits

_SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]

# ---------------------------------------------------------------- OCR'd figures: a look-alike by a digit first

# one figure of each pattern (inside, leading, trailing, zero share, grouped, short count), and texts of none
_OCR_FIGURE_TEXTS = ["đạt 1l2,5% chỉ tiêu", "Tổng kinh phí dự kiến l8.500.000 đồng", "I2.000 người", "l.500 người",
                     "tối thiểu 9O%", "đạt 1OO%", "2.36O ngày công", "12.4OO m2", "3.OOO.OOO đồng",
                     "tỷ lệ hộ nghèo còn O,82%", "5OO.OOO đồng", "l4.O52 tài khoản", "83,l%", "tối thiểu 2O kg",
                     "ít nhất O1 sản phẩm"]
_PLAIN_TEXTS = ["Kế hoạch số 105/KH-UBND ngày 12/3/2028", "Ông Lộc, Ông Long: 12 người; O . 1", "l , 2 và O - 3", ""]


# the gate as one pattern, a class of the look-alikes first
_LOOKALIKE_BY_DIGIT_PLAIN = re.compile(r"[OolI](?:[.,]?\d|(?<=\d[OolI])|(?<=\d[.,][OolI]))")


def _assert_gate_spares_nothing(text: str) -> None:
    assert ocrdigits._lookalike_by_digit(text) == bool(_LOOKALIKE_BY_DIGIT_PLAIN.search(text))
    if not ocrdigits._lookalike_by_digit(text):
        assert ocrdigits._figure_spans(text) == []
        assert ocrdigits.ocr_figures(text) == (text, [])


@pytest.mark.parametrize("text", _OCR_FIGURE_TEXTS + _PLAIN_TEXTS + _SAMPLE_TEXTS)
def test_lookalike_gate_spares_no_figure(text: str) -> None:
    _assert_gate_spares_nothing(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "05", "000", "O", "o", "l", "I", "OO", "x", "_", ".", ",", "/", " ", "\t",
                                 "%", "hộ", "kg", "tối thiểu", "\n", "٣"]), max_size=20))
def test_lookalike_gate_spares_no_figure_random(parts: list[str]) -> None:
    _assert_gate_spares_nothing("".join(parts))


def _figure_spans_plain(view: str) -> list[tuple[int, int]]:
    """ocrdigits._figure_spans as it was: each pattern tried over the whole text."""
    o = ocrdigits
    return sorted([m.span() for m in o._OCR_FIGURE.finditer(view)] + [m.span() for m in o._OCR_LEAD_FIGURE.finditer(view)]
                  + [m.span() for m in o._OCR_TRAIL_FIGURE.finditer(view)]
                  + o._zero_shares(view, o._OCR_ZERO_SHARE.finditer(view))
                  + o._grouped_figures(o._OCR_GROUPED_FIGURE.finditer(view))
                  + o._short_counts(view, o._OCR_SHORT_COUNT.finditer(view))
                  + o._l_counts(o._OCR_L_COUNT.finditer(view)), key=lambda s: (s[0], -s[1]))


_RUN_TEXTS = ["Phụ lục II.8, mục I.13 và 2I, 3B; đạt 1l2,5% và 2O0 hộ", "1O 2O hộ 3.OOO.OOO đồng O,82 % tối thiểu 2O kg",
              "Mẫu II.7 Phụ lục ít nhất O1 sản phẩm, 83,l%, l4.O52 tài khoản", "I2.000 người, l.500 người; 9O%\t%",
              "x1O5 hộ, .1O5 hộ, /1O5 hộ 12O3.5 tấn ١٢O٣ hộ 2O", "O,82%", "2O", "l"]


@pytest.mark.parametrize("text", _OCR_FIGURE_TEXTS + _RUN_TEXTS + _SAMPLE_TEXTS)
def test_figures_read_in_their_runs_are_the_plain_reading(text: str) -> None:
    assert ocrdigits._figure_spans(text) == _figure_spans_plain(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "05", "000", "O", "o", "l", "I", "OO", "x", "_", ".", ",", "/", " ", "  ",
                                 "\t", "%", "hộ", "kg", "tối thiểu", "ít nhất", "\n", "٣", "II"]), max_size=24))
def test_figures_read_in_their_runs_are_the_plain_reading_random(parts: list[str]) -> None:
    text = "".join(parts)
    assert ocrdigits._figure_spans(text) == _figure_spans_plain(text)


@pytest.mark.parametrize("text", _OCR_FIGURE_TEXTS)
def test_lookalike_gate_lets_every_figure_through(text: str) -> None:
    assert ocrdigits._lookalike_by_digit(text)
    assert ocrdigits.ocr_figures(text)[1]  # repaired


@pytest.mark.parametrize("text", _PLAIN_TEXTS)
def test_lookalike_gate_turns_down_texts_without_a_pair(text: str) -> None:
    assert not ocrdigits._lookalike_by_digit(text)


# ---------------------------------------------------------------- quantities: whole-text searches once a document

_DIRECTIVE_TEXTS = [("CĐ", "Các địa phương di dời 3.460 hộ.\nChủ tịch UBND tỉnh yêu cầu:\n1. Duy trì 100% chốt.\n"),
                    ("QĐ", "Căn cứ Luật số 12/2025;\nQUYẾT ĐỊNH:\nĐiều 1. Hỗ trợ 50 tấn gạo.\n"),
                    ("QĐ", "Căn cứ Luật số 12/2025, hỗ trợ 50 tấn gạo.\n"), ("CĐ", "Di dời 3.460 hộ.\n"),
                    ("KH", "QUYẾT ĐỊNH:\nyêu cầu: 100% chốt\n")]


def _directives_plain(doc: quantities._Doc) -> tuple[int, int] | None:
    """quantities._directives as it was: the whole text searched at each call."""
    text = doc.ctx.text
    if doc.ctx.doc_type in doc.voc.narrative_types:
        directive = doc.voc.directive_re.search(text)
        return None if directive is None else (directive.end(), len(text))
    if doc.ctx.doc_type not in doc.voc.decision_types:
        return None
    operative = doc.voc.operative_re.search(text)
    body = doc.ctx.zone("body")
    return None if operative is None else (operative.end(), body[-1][1] if body else len(text))


@pytest.mark.parametrize(("doc_type", "text"), _DIRECTIVE_TEXTS)
def test_whole_text_searched_once_reads_as_each_time(doc_type: str, text: str) -> None:
    ctx = Context(text=text, doc_type=doc_type)
    voc = quantities.vocab()
    doc = quantities._Doc(ctx=ctx, voc=voc, kinds=quantities._Kinds(ctx, voc), notes={}, refs={}, has_url=False,
                          cue_required=True, out=[])
    for _ in range(2):  # the second time from what the first kept
        assert quantities._directives(doc) == _directives_plain(doc)
        for rx in (voc.directive_re, voc.operative_re):
            found, plain = quantities._in_whole_text(doc, rx), rx.search(text)
            assert (found and found.span()) == (plain and plain.span())
    assert set(doc.whole_text) <= {voc.directive_re, voc.operative_re}  # one entry a pattern: bounded


# ---------------------------------------------------------------- normalize: line joins not measured for cells

# rows aligned with spaces, a wrapped cell's indented line, the next row after it, a place-date cell, and prose
_ROW_LINES = ["1    Đảng ủy xã Triệu Thành    Thu, nộp, quản lý, sử dụng    Tháng 3/2027", "     đảng phí",
              "1   Đường thôn   120   95", "2   Cầu cống     130   90", " 1   Dự án 1: đường   58.320   12,5",
              "V/v thanh toán vốn đầu tư công      Cần Thơ, ngày 03 tháng 12 năm 2027", "cuối năm 2027 và chuyển nguồn",
              "   trên địa bàn tỉnh", "các hộ gia đình đã kê khai đầy đủ", "\tHộ, cá nhân kinh doanh", "  ", "x"]


def _assert_blanks_gate_cell_tests(above: str, line: str) -> None:
    if normalize._CELL_BLANKS not in line:
        assert not normalize.aligned_rows(above, line) and not normalize.wrapped_cells(above, line)
    if above[:1] != " ":
        assert not normalize._row_after_continuation(above, line)
    if normalize._CELL_BLANKS not in above:
        assert not normalize.date_cell_last(above)


@pytest.mark.parametrize("above", _ROW_LINES)
@pytest.mark.parametrize("line", _ROW_LINES)
def test_cell_tests_need_two_blanks_or_an_indent(above: str, line: str) -> None:
    _assert_blanks_gate_cell_tests(above, line)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "   ", "\t", "1", "12", "TT", "Dự án", "đảng phí", "3/2027", "ngày 03 tháng 12 năm 2027",
                                 "Cần Thơ,", "\u00a0", "x"]), min_size=1, max_size=12),
       st.lists(st.sampled_from([" ", "  ", "   ", "\t", "1", "12", "TT", "Dự án", "đảng phí", "3/2027", "\u00a0", "x"]),
                min_size=1, max_size=12))
def test_cell_tests_need_two_blanks_or_an_indent_random(above: list[str], line: list[str]) -> None:
    _assert_blanks_gate_cell_tests("".join(above), "".join(line))


def test_cell_tests_pass_their_rows() -> None:
    """The gate lets the rows through (the comparisons above are not all vacuous)."""
    assert normalize.aligned_rows(_ROW_LINES[2], _ROW_LINES[3])
    assert normalize.wrapped_cells(_ROW_LINES[0], _ROW_LINES[1])
    assert normalize.date_cell_last(_ROW_LINES[5])


# ---------------------------------------------------------------- normalize: a collapsed row ends in a figure

_COLLAPSED_ROWS = ["1 Lượt khám bệnh Lượt 420.000 318.650 75,9", "Tỷ lệ bao phủ % 95 96,5%", "2 Trường học 12. 13.",
                   "Xã A 5 6 -", "Xã B 12 13 –", "Xã A - -", "Xã B 12 –", "giai đoạn 2026 - 2030", "Kế hoạch 12 34 \t", "Kế hoạch 12 34\n", "Kế hoạch 12 34\n\n",
                   "Kế hoạch 12 ٣", "Kế hoạch 12 ²", "Tổng số hộ là 120.", "Hộ nghèo: 12", "12 34", "", " ", "\n"]


def _figure_row_plain(line: str) -> bool:
    """normalize._figure_row as it was: the pattern read on every line."""
    m = normalize._FIGURE_ROW.match(line)
    return m is not None and len(normalize._FIGURE_TOKEN.findall(m.group("figures"))) >= 2 \
        and not normalize._RANGE_END.search(line)


@pytest.mark.parametrize("line", _COLLAPSED_ROWS)
def test_figure_row_by_its_last_character_is_the_pattern(line: str) -> None:
    assert normalize._figure_row(line) == _figure_row_plain(line)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["1", "12", "420.000", "75,9", "%", "-", "–", ".", ",", " ", "\t", "\n", "Lượt", "Xã A",
                                 "٣", "²", "x", ":"]), max_size=14))
def test_figure_row_by_its_last_character_is_the_pattern_random(parts: list[str]) -> None:
    line = "".join(parts)
    assert normalize._figure_row(line) == _figure_row_plain(line)


def test_figure_rows_are_read() -> None:
    assert [normalize._figure_row(x) for x in _COLLAPSED_ROWS[:5]] == [True] * 5
