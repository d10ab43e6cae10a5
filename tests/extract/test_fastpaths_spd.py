"""Shortcuts of the speed pass on quantities, figure tables and schedule read what the plain reading reads:
each is compared with the plain code it stands in front of, on invented texts of each form, on random texts
(hypothesis) and on the bundled samples."""

from __future__ import annotations

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.context import Context
from vanban.extract import figtable, quantities, schedule
from vanban.textutil import fold_lower

_SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]

# ---------------------------------------------------------------- schedule: a deadline column's header line

_COLUMN_TEXTS = ["STT\nNội dung\nThời gian hoàn thành\nGhi chú", "Thời hạn\n1\n", "\n\n  THỜI HẠN HOÀN THÀNH  \n\nx",
                 "a Thời hạn\nb", "Thời hạn", "\nhạn hoàn\nthành\n", "x\n\t\nthời   gian hoàn thành", ""]


def _assert_column_gate_misses_nothing(text: str) -> None:
    column = schedule._cues().column
    step = max(1, len(text) // 40)
    for a in range(0, len(text) + 1, step):
        for b in range(a, len(text) + 1, step):
            if column.search(text, a, b):
                assert schedule._may_hold_column(text, a, b), (a, b)


@pytest.mark.parametrize("text", _COLUMN_TEXTS + _SAMPLE_TEXTS)
def test_column_gate_passes_every_header_line(text: str) -> None:
    _assert_column_gate_misses_nothing(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["thời", "THỜI", "hạn", "gian", "hoàn", "thành", " ", "\n", "\t", "x", ":"]),
                max_size=16))
def test_column_gate_passes_every_header_line_random(parts: list[str]) -> None:
    _assert_column_gate_misses_nothing("".join(parts))


def test_column_gate_turns_down_a_text_without_the_header() -> None:
    assert not schedule._may_hold_column("Thời hạn báo cáo trước ngày 5\nhoàn thành", 0, 40)
    assert schedule._may_hold_column("x\nThời hạn\n", 0, 11) and schedule._may_hold_column("Thời hạn", 0, 8)


# ---------------------------------------------------------------- figure tables: lines, figure lines, table starts

_TABLE_TEXTS = ["Cấp học\nSố đội viên\nTỷ lệ\nTiểu học\n6.420\n96,5%\nTHCS\n3.100\n91 %",
                "STT\nChỉ tiêu\nĐơn vị tính\nKế hoạch\nThực hiện\n1\nKết nạp đoàn viên\nngười\n120\n130\n2\nTổng thu tỷ đồng\n5\n6",
                "Chỉ tiêu\nĐVT\nKế hoạch\nThực hiện\nTổng thu từ du lịch tỷ đồng\n1.000\n1.200", "x\n 12 \n\n3\t\n", "\n\n", "7",
                "a 1\n 2,5 %\n3.000.000\n12/3\n4:\n"]
_TABLE_PARTS = ["Số đội viên", "Tiểu học", "Đơn vị tính", "ĐVT", "Kế hoạch", "Thực hiện", "người", "lượt khách", "tỷ đồng",
                "Tổng thu tỷ đồng", "TT", "STT", "1", "2", "12", "6.420", "96,5%", "3 %", "- Ý 1.", "x: 2", "", " "]


def _lines_plain(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    out, pos = [], lo
    for raw in text[lo:hi].split("\n"):
        out.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _assert_lines_and_figures_are_plain(text: str) -> None:
    step = max(1, len(text) // 30)
    for lo in range(0, len(text) + 1, step):
        for hi in range(lo, len(text) + 1, step):
            lines = figtable._lines(text, lo, hi)
            assert [tuple(x) for x in lines] == _lines_plain(text, lo, hi), (lo, hi)
            assert all(type(x) is figtable._Line for x in lines)
            plain = {x.start for x in lines if figtable._FIGURE_LINE.match(x.text)}
            assert figtable._figure_line_starts(text, lo, hi) == plain, (lo, hi)


@pytest.mark.parametrize("text", _TABLE_TEXTS + _SAMPLE_TEXTS[:3])
def test_lines_and_figure_lines_are_the_plain_reading(text: str) -> None:
    _assert_lines_and_figures_are_plain(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TABLE_PARTS + ["\n", "\n", " ", "\t", "%", ".", "0"]), max_size=25))
def test_lines_and_figure_lines_are_the_plain_reading_random(parts: list[str]) -> None:
    _assert_lines_and_figures_are_plain("".join(parts))


def _unit_table_at_plain(lines: list[figtable._Line], i: int) -> int:
    """figtable._unit_table_at as it was: the labels, then the headers, then the unit column."""
    if not (i + 2 < len(lines) and figtable._FIGURE_LINE.match(lines[i + 2].text) and figtable._is_row_label(lines[i])
            and figtable._is_unit_cell(lines[i + 1])):
        return 0
    width = figtable._figures_after(lines, i + 1) + 2
    ok = 3 <= width <= figtable._MAX_COLUMNS and i >= width and all(figtable._is_header(x) for x in lines[i - width:i]) \
        and figtable._is_unit_column(lines[i - width + 1].text)
    return width if ok else 0


def _joined_table_at_plain(lines: list[figtable._Line], i: int) -> int:
    if not (i + 1 < len(lines) and figtable._FIGURE_LINE.match(lines[i + 1].text)):
        return 0
    n = figtable._figures_after(lines, i)
    width = n + 2
    ok = n >= 1 and width <= figtable._MAX_COLUMNS and i >= width \
        and all(figtable._is_header(x) for x in lines[i - width:i]) \
        and figtable._is_unit_column(lines[i - width + 1].text) and figtable._joined_label(lines[i]) is not None
    return n if ok else 0


def _figure_cells_plain(text: str, lo: int, hi: int) -> list[figtable.FigureCell]:
    """figtable.figure_cells as it was: a match a line, the row's label before the count of its figures."""
    if not figtable._ANY_FIGURE_LINE.search(text, lo, hi):
        return []
    lines, cells, i = figtable._lines(text, lo, hi), [], 0
    heads = [k for k, x in enumerate(lines) if figtable._is_index_header(x.text)]
    if heads:
        lines = figtable._without_index(lines, heads)
    lines = figtable._Figured(lines)
    for row in lines.before_figures():
        if row < i:
            continue
        i = row
        starts_row = i + 1 < len(lines) and figtable._FIGURE_LINE.match(lines[i + 1].text) and figtable._is_label(lines[i])
        width = figtable._figures_after(lines, i) + 1 if starts_row else 0
        # (round 65) a header cell may name its period when no header cell stands before the header; (rounds 70-74's
        # tables) a header opening with 'ĐVT' heads a joined unit table
        if 2 <= width <= figtable._MAX_COLUMNS and i >= width and figtable._headers_at(lines, i, width) \
                and " ".join(fold_lower(lines[i - width].text).split()).strip(" .:") not in figtable._collapsed_unit_headers():
            found, i = figtable._rows(lines, i, width, [x.text for x in lines[i - width:i]])
            cells.extend(figtable._with_kinds(found))
            continue
        width, tail = _unit_table_at_plain(lines, i), 0
        if not width:  # (round 31) a danh mục's text column after the figures
            width = figtable._tailed_unit_table_at(lines, i)
            tail = 1 if width else 0
        if width:
            found, i = figtable._unit_rows(lines, i, width, [x.text for x in lines[i - width - tail:i - tail]], tail)
            cells.extend(figtable._with_kinds(found))
            continue
        n = _joined_table_at_plain(lines, i)
        if n:
            found, i = figtable._unit_rows(lines, i, n + 2, [x.text for x in lines[i - n - 2:i]])
            cells.extend(figtable._with_kinds(found))
            continue
        n = figtable._texted_table_at(lines, i)  # (rounds 70-74's tables) a text column between name and figures
        if n:
            found, i = figtable._texted_rows(lines, i, n, [x.text for x in lines[i - n - 2:i]])
            cells.extend(figtable._with_kinds(found))
    return cells


def _assert_tables_are_plain(text: str) -> None:
    lines = figtable._lines(text, 0, len(text))
    for i in range(len(lines)):
        assert figtable._unit_table_at(lines, i) == _unit_table_at_plain(lines, i), i
        assert figtable._joined_table_at(lines, i) == _joined_table_at_plain(lines, i), i
    assert figtable.figure_cells(text, 0, len(text)) == _figure_cells_plain(text, 0, len(text))


@pytest.mark.parametrize("text", _TABLE_TEXTS + _SAMPLE_TEXTS)
def test_table_starts_are_the_plain_reading(text: str) -> None:
    _assert_tables_are_plain(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TABLE_PARTS), max_size=30))
def test_table_starts_are_the_plain_reading_random(cells: list[str]) -> None:
    _assert_tables_are_plain("\n".join(cells))


def test_tables_of_each_form_are_read() -> None:
    """The invented tables above hold figures (the comparisons are not all between empty lists)."""
    assert figtable.figure_cells(_TABLE_TEXTS[0], 0, len(_TABLE_TEXTS[0]))
    assert figtable.figure_cells(_TABLE_TEXTS[1], 0, len(_TABLE_TEXTS[1]))
    assert figtable.figure_cells(_TABLE_TEXTS[2], 0, len(_TABLE_TEXTS[2]))


# ---------------------------------------------------------------- quantities: the kind before the sentence's exclusions

_CUE_FREE_TEXTS = [
    "Điều 2. Mỗi xã bố trí 02 cán bộ; chi bộ có 34 đảng viên (chính thức 31, dự bị 03); hỗ trợ 500 triệu đồng.",
    "Các địa phương di dời 3.460 hộ với 11.250 người. Thủ tướng Chính phủ yêu cầu: duy trì 100% chốt, xuất cấp ngay 50 tấn gạo.",
    "Chi đoàn có 25 đoàn viên (nam 10, nữ 15) và 12 hội viên; kết nạp 03 đảng viên mới, 4 hộ bị sập.",
    "Chi bộ có 34 đảng viên (trong đó đã kết nạp 31 đảng viên mới);\nChi bộ có 12 đảng viên.",
    "Mưa lớn làm thiệt hại 11 ngôi nhà (trong đó đã sửa 04 ngôi nhà); xảy ra 12 vụ cháy (giảm 03 vụ so với cùng kỳ).",
    "Điều 1. Phê duyệt 12 dự án, tổng vốn 3.000 tỷ đồng, thuế suất 10%, trong đó 5 dự án đã hoàn thành.",
]


def _extract_as(text: str, doc_type: str):
    ctx = Context(text=text)
    ctx.doc_type = doc_type
    return quantities.extract(ctx)


@pytest.mark.parametrize("doc_type", ["QĐ", "CĐ", "BC"])
@pytest.mark.parametrize("text", _CUE_FREE_TEXTS + _SAMPLE_TEXTS)
def test_kind_before_the_sentence_is_the_plain_order(text: str, doc_type: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A figure of a decision turned down for want of a cue before its sentence is read: the same figures as
    reading every sentence first (_sentence_unread False: the plain order)."""
    fast = _extract_as(text, doc_type)
    monkeypatch.setattr(quantities, "_sentence_unread", lambda doc, unit: False)
    assert _extract_as(text, doc_type) == fast


def test_cue_free_texts_hold_figures_of_each_kind() -> None:
    found = [q for t in _CUE_FREE_TEXTS for q in _extract_as(t, "CĐ")]
    assert {q.kind for q in found} == {"target", "result"}


def _cued_plain(kinds: quantities._Kinds, pos: int) -> str | None:
    """quantities._Kinds.cued as it was: each heading's title read again for every figure."""
    text, voc = kinds.ctx.text, kinds.voc
    sentence = text[quantities._sentence_start(text, pos):pos]
    if voc.result_re.search(sentence):
        return "result"
    if kinds.plan_cue(sentence):
        return "target"
    for h in reversed(kinds.chain(pos)):
        if voc.result_re.search(h.title):
            return "result"
        if kinds.plan_cue(h.title):
            return "target"
    return None


_HEADED_TEXTS = ["I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Công tác tuyên truyền\nTổ chức 12 buổi.\nII. NHIỆM VỤ\n1. Phấn đấu\nKết nạp 20 đoàn viên."
                 "\n2. Khác\n3 hộ; đã có 5 xã\n"]


@pytest.mark.parametrize("text", _HEADED_TEXTS + _SAMPLE_TEXTS)
def test_heading_cues_read_once_are_the_plain_reading(text: str) -> None:
    ctx = Context(text=text)
    voc = quantities.vocab()
    fast, plain = quantities._Kinds(ctx, voc), quantities._Kinds(ctx, voc)
    step = max(1, len(text) // 300)
    for pos in range(0, len(text) + 1, step):
        assert fast.cued(pos) == _cued_plain(plain, pos), pos


# ---------------------------------------------------------------- quantities: a name's count reads only the item's head

_NAMED_TEXTS = ["(iv) Sở Xây dựng - 02 Quyết định; Sở Tài chính 38 văn bản", "- Đoàn xã Tân Lập: ra quân làm sạch 12 km",
                "mà Sở Tư pháp phải sửa đổi với 02 Nghị quyết", "huyện Đông (87,73%)", "Ban Chỉ đạo 389 quốc gia",
                "1. Huyện đoàn An Minh\nChi đoàn 10A1 có 25 đoàn viên;\nXã Tân An 92%", "Sở Y tế 5 " * 12]


def _assert_named_count_is_scope_heads_flag(text: str) -> None:
    doc = _doc(text)
    for pos in range(len(text) + 1):
        head = quantities._scope_head(doc, pos)
        assert quantities._named_count(doc, pos) == (head if head[1] else None), pos


def _doc(text: str) -> quantities._Doc:
    ctx = Context(text=text)
    voc = quantities.vocab()
    return quantities._Doc(ctx=ctx, voc=voc, kinds=quantities._Kinds(ctx, voc), notes={}, refs={}, has_url=False,
                           cue_required=False, out=[])


@pytest.mark.parametrize("text", _NAMED_TEXTS + [t[:3000] for t in _SAMPLE_TEXTS])
def test_named_count_is_scope_heads_flag(text: str) -> None:
    _assert_named_count_is_scope_heads_flag(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Sở", "Tài", "chính", "xã", "Tân", "An", " ", "\n", ";", "- ", "38", "(", ":", "có", "đạt"]),
                max_size=20))
def test_named_count_is_scope_heads_flag_random(parts: list[str]) -> None:
    _assert_named_count_is_scope_heads_flag("".join(parts))


# ---------------------------------------------------------------- quantities: cues looked up by their folded words

_CUE_WORDS = ["ít", "nhất", "tối", "đa", "khoảng", "trên", "dưới", "hơn", "từ", "đến", "Điều", "Khoản", "thuế", "suất", "lệ",
              "phí", "hoà", "HOÀ", "uỷ", "Ủy", "thuý", "İstanbul", "straße", "ﬁx", "o\u0300a", "Σ", "đạt", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CUE_WORDS) | st.text(alphabet=st.characters(categories=("L",)), min_size=1, max_size=4),
                min_size=1, max_size=5))
def test_cue_lookup_by_folded_words_is_the_lookup_by_folded_phrase(words: list[str]) -> None:
    voc = quantities.vocab()
    keys = tuple(quantities._key(w) for w in words)
    assert " ".join(keys) == quantities._key(" ".join(words))
    assert voc.cue_words.get(keys) == voc.cues.get(quantities._key(" ".join(words)))


def test_cue_lookup_finds_the_table_cues() -> None:
    voc = quantities.vocab()
    assert voc.cue_words and all(voc.cue_words[tuple(k.split())] == v for k, v in voc.cues.items())
    assert voc.cue_words.get(("ít", "nhất")) == voc.cues.get("ít nhất") is not None


def _column_unit_plain(header: str) -> tuple[str | None, int]:
    """figtable._column_unit as it was: every head noun tried in turn, the header folded for each."""
    bracket = figtable._BRACKET_UNIT.search(header)
    if bracket:
        return figtable._column_unit(header)  # (unchanged)
    folded = " ".join(header.split()).lower()
    for word in figtable._count_words():
        if fold_lower(folded).startswith(word + " "):
            return folded[len(word) + 1:].strip() or None, 1
    words = folded.split()
    for noun in figtable._head_nouns():
        n = len(noun.split())
        if fold_lower(" ".join(words[:n])) == noun:
            return " ".join(words[:n]), 1
    # (round 32) a counted noun opening the header, a classifier with its next word; else the members named
    # anywhere in it, unless it opens with a share
    for noun in figtable._cue_words("column_noun"):
        n = len(noun.split())
        if fold_lower(" ".join(words[:n])) == noun and len(words) >= n:
            return " ".join(words[:n + 1] if noun in figtable._classifiers() and len(words) > n else words[:n]), 1
    if any(fold_lower(folded) == w or fold_lower(folded).startswith(w + " ") for w in figtable._cue_words("column_share")):
        return None, 1
    nouns = figtable._head_nouns()
    for n in sorted({len(x.split()) for x in nouns}, reverse=True):  # a noun of more words first, then leftmost
        for i in range(len(words) - n + 1):
            if fold_lower(" ".join(words[i:i + n])) in nouns:
                return " ".join(words[i:i + n]), 1
    return None, 1


_HEADER_WORDS = ["Số", "số lượng", "Tổng số", "Hội viên", "hội viên mới", "Đoàn viên", "đảng viên", "được kết nạp", "ĐOÀN VIÊN",
                 "Đảng", "viên", "x", "  ", "Kinh phí", "Tỷ lệ", "người", "lượt", "hoà", "\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HEADER_WORDS), max_size=6))
def test_column_unit_is_the_plain_reading(words: list[str]) -> None:
    header = " ".join(words)
    assert figtable._column_unit(header) == _column_unit_plain(header)


def test_column_unit_reads_member_nouns() -> None:
    assert figtable._column_unit("Hội viên mới") == _column_unit_plain("Hội viên mới") != (None, 1)
    assert figtable._column_unit("Số đội viên") == ("đội viên", 1)


def test_a_number_opening_the_text_is_read_whatever_the_text_ends_with() -> None:
    """A rate's '/1' looks at the character before the number; a number at offset 0 has none (it
    was read from the text's last character)."""
    text = "1 công trình thanh niên cấp tỉnh được gắn biển trong năm 2025"
    plain = [(q.value, q.unit) for q in quantities.extract(Context(text=text + "."))]
    assert plain == [(1, "công trình")]
    assert [(q.value, q.unit) for q in quantities.extract(Context(text=text + "/"))] == plain


# figure_cells passes by the figure lines among the lines before figures: a figure line holds a digit, so no
# test of a table's first row (a label, a row label, a label with its unit run onto it) can take it.
@settings(max_examples=300, deadline=None)
@given(st.from_regex(figtable._FIGURE_LINE, fullmatch=True).filter(lambda s: "\n" not in s))
def test_a_figure_line_starts_no_row(line: str) -> None:
    cell = figtable._Line(0, len(line), line)
    assert not figtable._is_label(cell) and not figtable._is_row_label(cell) and figtable._joined_label(cell) is None
