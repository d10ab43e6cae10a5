"""The cheap pre-checks in front of the extractors' regexes find exactly what the regexes alone find:
a candidate position skipped by a pre-check is one where the regex cannot match. Invented texts of
each form (and the bundled samples), compared with the plain scan."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.context import Context, SpanUnion
from vanban.extract import citations, contacts, figtable, quantities, schedule
from vanban.grammar import timex
from vanban.tables import rows

_SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]

_NUMBER_TEXTS = [
    "Kế hoạch số 12/KH-TĐTN ngày 5/6/2023, 46 HD/TĐ, 01.NQ/TU, 55 - KH/HĐTĐN, 298 KH/TWĐTN",
    "Nghị định 45/2025/NĐ-CP, 12a/QĐ-UBND, 128.2025/OL.WMCLV, 15972/SXD-QLN& TTBĐS, 01/CV-01",
    "3 người, 1.000 đồng, 12,5%, ngày 11/8, 2023-2025, 0913.123.456, 7\tKH/TU, 8 –  CV/ĐTN, 9\nKH/X",
    "số 342-CV/TĐTN-BPT và số 343 - CV / TĐTN, 2020/QĐ-BCA, 1234567/QĐ, 5/ 2024 / TT-BTC",
]


def _numbers_from_every_digit(text: str) -> list[tuple[int, int, str, str]]:
    """citations._numbers as it was: the grammar tried at every digit run not inside a number."""
    every = re.compile(r"\d(?<![\d/.,]\d)")
    saved = citations._number_openings
    citations._number_openings = lambda t, a, b: every.finditer(t, a, b)
    try:
        return [n[:4] for n in citations._numbers(text, 0, len(text))]
    finally:
        citations._number_openings = saved


@pytest.mark.parametrize("text", _NUMBER_TEXTS + _SAMPLE_TEXTS)
def test_number_starts_miss_no_number(text: str) -> None:
    assert [n[:4] for n in citations._numbers(text, 0, len(text))] == _numbers_from_every_digit(text)


_BREAK_TEXTS = [
    "Một câu. Hai câu; ba câu! Bốn? năm\nsáu. bảy.tám 1.000 ngày 5/6",
    "không có dấu ngắt nào cả ngày 5/6",
    ".\n.; ;x. \u00a0y.\tz",
    "dòng một\n\ndòng hai. ",
]


@pytest.mark.parametrize("text", _BREAK_TEXTS + _SAMPLE_TEXTS)
def test_last_break_is_the_scans_last_match(text: str) -> None:
    for lo in range(0, len(text), max(1, len(text) // 40)):
        for hi in range(lo, len(text) + 1, max(1, len(text) // 30)):
            ends = [m.end() for m in schedule._CLAUSE_START.finditer(text, lo, hi)]
            assert schedule._last_break_end(text, lo, hi) == (ends[-1] if ends else lo), (lo, hi)


_CONTACT_TEXTS = [
    "Xem https://vanban.gov.vn, HTTP://X.VN và WWW.DOAN.VN; www.a.b/c?d=1 hoặc http://www.x.com.",
    "Liên hệ Đ/c Nguyễn Văn An - Phó Bí thư; đ/c Trần Thị Bình, Đồng chí Lê Văn Cường (ĐT: 0913.123.456)",
    "ĐỒNG CHÍ Phạm Văn Dũng, Đ/C Hoàng Văn Em, xem İstanbul https://i.vn và đ/c Ngô Văn Phú",  # İ: lower() is longer
    "Không có địa chỉ nào.",
]


@pytest.mark.parametrize("text", _CONTACT_TEXTS + _SAMPLE_TEXTS)
@pytest.mark.parametrize(("pattern", "firsts"), [(contacts._URL, contacts._URL_FIRSTS),
                                                 (contacts._PERSON, contacts._PERSON_FIRSTS)])
def test_contact_matches_are_the_scans(text: str, pattern: re.Pattern[str], firsts: tuple[str, ...]) -> None:
    for end in (len(text), len(text) // 2):
        found = [m.span() for m in contacts._matches(pattern, text, text.lower(), firsts, end)]
        assert found == [m.span() for m in pattern.finditer(text, 0, end)]


@pytest.mark.parametrize(("text", "hint"), [
    ("Gọi tổng đài 1022", True), ("đường  dây nóng: 111", True), ("HOTLINE 1900", True),
    ("số khẩn cấp 113", True), ("tổng hợp, đường phố, khẩn trương", False),
])
def test_hotline_hint(text: str, hint: bool) -> None:
    assert bool(contacts._phones(text, text.lower())) == hint


_TABLE_TEXTS = [
    "Kết quả:\nCấp học\nSố đội viên\nHoàn thành\nTỷ lệ\nTiểu học\n6.420\n6.198\n96,5%\nTHCS\n3.100\n3.000\n 96 % \n",
    "Đơn vị\nSố đoàn viên\nXã A\n120\nXã B\n98",  # the last figure ends the text
    "Trang 2\n3\nkhông có bảng nào\n12,5\n",
    "một dòng không xuống dòng 12",
]


@pytest.mark.parametrize("text", _TABLE_TEXTS + _SAMPLE_TEXTS)
def test_figure_line_check_misses_no_table(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = figtable.figure_cells(text, 0, len(text))
    monkeypatch.setattr(figtable, "_ANY_FIGURE_LINE", re.compile(r"\n"))  # every text with a line break read
    assert found == figtable.figure_cells(text, 0, len(text))


def _clause_start_by_full_scan(text: str, pos: int) -> int:
    lo = max(0, pos - citations._CLAUSE_REACH)
    ends = [m.end() for m in citations._CLAUSE_BREAK.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


_CLAUSE_TEXTS = [
    "Căn cứ Luật số 1. Xét đề nghị;\n\n  - Thực hiện Kế hoạch số 2\n \n -theo Công văn số 3! Đã nhận " * 6,
    "một đoạn rất dài không có dấu ngắt câu nào " * 12 + ". Kế hoạch số 5",
    "\n \n \n -" * 40,
]


@pytest.mark.parametrize("text", _CLAUSE_TEXTS + _SAMPLE_TEXTS)
def test_clause_start_is_the_full_scans(text: str) -> None:
    for pos in range(len(text) + 1):
        assert citations._clause_start(text, pos) == _clause_start_by_full_scan(text, pos), pos


@pytest.mark.parametrize(("text", "issuer"), [
    ("Ngày 07/7/2023, Ban Bí thư (khoá XII) đã ban hành Công văn số 1134-CV/TWĐTN-CNĐT về việc", "Ban Bí thư"),
    ("Thủ tướng Chính phủ ký Quyết định số 12/QĐ-TTg ngày 05/01/2024", "Thủ tướng Chính phủ"),
    ("Ngày 5/6/2024, Sở Nội vụ có Công văn số 88/SNV-TCBC về việc", "Sở Nội vụ"),
    ("Vừa qua, Tỉnh đoàn gửi  \n Kế hoạch số 55-KH/TĐTN", "Tỉnh đoàn"),
    ("theo chỉ đạo của Bộ Chính trị (Ban Chấp hành) chuyển đến tại Thông báo số 99-TB/TW", "Bộ Chính trị"),
    ("Căn cứ Kế hoạch số 12-KH/TĐTN của Tỉnh đoàn", "Tỉnh đoàn"),
])
def test_issuer_before_the_type_word(text: str, issuer: str) -> None:
    [cited] = citations.extract(Context(text=text))
    assert cited.issuer == issuer


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("03 cán bộ (01", 11, True), ("03 cán bộ ( \n 01", 14, True), ("03 cán bộ 01", 10, False),
    ("(", 1, True), ("x", 1, False), ("", 0, False), ("( a", 3, False),
])
def test_bracket_before(text: str, start: int, expected: bool) -> None:
    assert quantities._bracket_before(text, 0, start) is expected


@pytest.mark.parametrize("text", [
    "Đơn vị có 03 cán bộ (01 giám đốc, 02 phó giám đốc) và 05 nhân viên",
    "huyện Đông (87,73%), huyện Tây ( 90 %)", "Sở Tài chính 38 văn bản; Sở Tư pháp (12 văn bản)",
    *_SAMPLE_TEXTS,
])
def test_bracket_checks_change_no_quantity(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = quantities.extract(Context(text=text))
    monkeypatch.setattr(quantities, "_bracket_before", lambda text, lo, start: True)  # every window searched
    assert quantities.extract(Context(text=text)) == found


def test_scope_end_is_the_lookbehind_first_pattern() -> None:
    from vanban.grammar.regexes import VN_LOWER, VN_UPPER
    original = re.compile(rf"\.\s*\n|[;:]\s*\n|\n\s*\n|(?<=[{VN_LOWER}0-9)”\"])\.\s+(?=[{VN_UPPER}])|</t[dr]>")
    for text in [*_CLAUSE_TEXTS, "Căn cứ a. Bộ b.  Cục c).\tD 1. E ”. F\n.\nx;\n<td>", *_SAMPLE_TEXTS]:
        assert [m.span() for m in citations._SCOPE_END.finditer(text)] == [m.span() for m in original.finditer(text)]


@pytest.mark.parametrize("text", [
    "Công văn số 12/UBND-VP ngày 5/6/2024; số 3-KH/TĐTN, ngày 7/8/2025 và 15/QĐ-UBND ban hành ngày 9/9/2025",
    "12/2024/NĐ-CP 1 2 3 ngày 4/5/2024, số 45 /TB-TU  vào ngày 6/7/2024", *_SAMPLE_TEXTS,
])
def test_after_number_is_the_plain_scan(text: str) -> None:
    from vanban.grammar.docnumber import NUMBER_RE
    from vanban.grammar.timex import find_times

    def plain(t) -> bool:
        found = list(NUMBER_RE.finditer(text, max(0, t.start - 80), t.start))
        return bool(found) and bool(schedule._AFTER_NUMBER_GAP.match(text[found[-1].end():t.start]))

    times = find_times(text)
    assert times
    assert [schedule._after_number(text, t) for t in times] == [plain(t) for t in times]


@pytest.mark.parametrize(("text", "n", "expected"), [
    ("a b c d", 2, 3), ("a b c d", 4, 0), ("a b c d", 9, 0), ("  x\n\ty  z ", 2, 3), ("", 3, 0),
])
def test_tokens_back(text: str, n: int, expected: int) -> None:
    assert citations._tokens_back(text, 0, len(text), n) == expected


@pytest.mark.parametrize("text", [
    "Căn cứ CHƯƠNG   TRÌNH\n HÀNH ĐỘNG số :\n 12-CTr/TU, Nghị quyết liên tịch số. 3/NQLT, kế hoạchsố 5/KH-UBND",
    "(Kế hoạch số 12-KH/TĐTN) và Thông tư liên tịch 04/2025/TTLT-BTC, Luật số 64/2025/QH15", *_SAMPLE_TEXTS,
])
def test_type_word_search_from_the_last_tokens(text: str) -> None:
    g = citations._grammar()
    for d in re.finditer(r"\d", text):
        lo = max(0, d.start() - 160)
        near = citations._tokens_back(text, lo, d.start(), g.head_tokens)
        whole, narrow = g.head.search(text, lo, d.start()), g.head.search(text, near, d.start())
        assert (whole and whole.span()) == (narrow and narrow.span())


_COUNTER_WORDS = quantities._alternation([r[0] for r in rows("quantity_cues.tsv", 3) if r[1] == "web_counter"])
_COUNTER_LINE_AMBIGUOUS = re.compile(  # the form before: a number's dots could also be the gaps between
    rf"[^\w\n]*(?:[\d.,]+[kK]?[ \t]*(?:(?:{_COUNTER_WORDS})(?!\w))?[^\w\n]*)+", re.IGNORECASE)


@pytest.mark.parametrize("line", [
    "❤️ 126   💬 14 bình luận   ↪️ 9 lượt chia sẻ", "1.2k chia sẻ", "...", ". 5", "5k5", "— 3 ,", "5 chia sẻ x",
    "👉 Sửa chữa 02 sân chơi", "", "—", "1,5K   lượt xem . 3", "1.234.567 . , 9",
])
def test_counter_line_is_the_ambiguous_forms(line: str) -> None:
    expected = _COUNTER_LINE_AMBIGUOUS.fullmatch(line) is not None
    assert (quantities.vocab().counter_line_re.fullmatch(line) is not None) == expected


def test_counter_line_reads_a_line_of_dots_at_once() -> None:
    # a form's blanks: the ambiguous form tried every split of the dots between a number and a gap
    line = "." * 78 + "số" + "." * 32 + " do(5) cấp ngày ........... tháng ............... năm ......"
    assert quantities.vocab().counter_line_re.fullmatch(line) is None


@pytest.mark.parametrize("text", [f"Công văn số 12/{c}Т-UBND" for c in citations._LOOKALIKE_LETTERS]
                         + ["Công văn số 12/TT-BTC, không có chữ lạ", "", "ТТ-ВТС"] + _SAMPLE_TEXTS)
def test_lookalike_check_misses_no_lookalike(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = citations._reading_view(text)
    monkeypatch.setattr(citations, "_LOOKALIKE_LETTERS", "")  # no pre-check: the text translated here
    assert found == citations._reading_view(text.translate(citations._LOOKALIKES))


_DIGITISH = "0123456789１٣²½.,/-– \n\tahTgĐ:%"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)), max_size=12))
def test_merged_spans_hold_what_the_spans_hold(spans: list[tuple[int, int]]) -> None:
    spans = [(x, x + n) for x, n in spans]
    merged = SpanUnion.of(spans)
    for pos in range(-1, 55):
        assert (pos in merged) == any(x <= pos < y for x, y in spans), pos


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=_DIGITISH + "ngàyNGÀYthángnăm", min_size=20, max_size=60), st.integers(0, 30))
def test_time_anchors_of_long_windows_random(piece: str, lo: int) -> None:
    text = piece * 25  # at least 500 characters: the anchor scan that uses the digit runs
    assert timex._anchor_spans(text, lo, len(text) - lo) == \
        [m.span() for m in timex._anchors().finditer(text, lo, len(text) - lo)]


def _in_quoted_name_by_slices(text: str, start: int) -> bool:
    """quantities._in_quoted_name as it was: the windows sliced out, the line start found unbounded; since the
    eighteenth heldout round straight quotes are counted from the line's start (up to _QUOTE_LINE_REACH back) to
    tell whether the last one in the window opens a name."""
    reach = quantities._QUOTED_NAME_REACH
    line = text.rfind("\n", 0, start) + 1
    lo = max(line, start - reach)
    hi = text.find("\n", start, start + reach)
    before, after = text[lo:start], text[start:hi if hi >= 0 else start + reach]
    opened = before.rfind("“")
    if opened >= 0 and opened > before.rfind("”"):
        return "”" in after
    counted = text[max(line, start - quantities._QUOTE_LINE_REACH):start]
    return '"' in before and counted.count('"') % 2 == 1 and '"' in after


def _clause_end_by_loop(text: str, pos: int, limit: int = 80) -> int:
    end = min(len(text), pos + limit)
    return next((i for i in range(pos, end) if text[i] in quantities._CLAUSE_END), end)


_QUOTE_TEXTS = ['phong trào “Sinh viên 5 tốt” và "Thanh niên 3 sẵn sàng", 4 “x', '“a 1 ” 2 " 3 " 4 "\n" 5 "',
                "x" * 70 + '"' + "y" * 70 + " 7 " + '"' * 3]


@pytest.mark.parametrize("text", _QUOTE_TEXTS + _SAMPLE_TEXTS)
def test_quoted_name_and_clause_end_are_the_old_reading(text: str) -> None:
    for pos in range(0, len(text) + 1, max(1, len(text) // 400)):
        assert quantities._in_quoted_name(text, pos) == _in_quoted_name_by_slices(text, pos), pos
        assert quantities._clause_end(text, pos) == _clause_end_by_loop(text, pos), pos


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab 1\n"“”.;:()[]!?‘’«»\'', max_size=200))
def test_quoted_name_and_clause_end_are_the_old_reading_random(text: str) -> None:
    for pos in range(len(text) + 1):
        assert quantities._in_quoted_name(text, pos) == _in_quoted_name_by_slices(text, pos), pos
        assert quantities._clause_end(text, pos, 30) == _clause_end_by_loop(text, pos, 30), pos


_COUNTER_TEXTS = ["❤️ 126   💬 14 bình luận   ↪️ 9 lượt chia sẻ\nĐã trao 12 suất quà, 5 xe đạp\n👍 3 4 5\n7 người",
                  "12 34\n\n56 hộ gia đình 78\n9"]


@pytest.mark.parametrize("text", _COUNTER_TEXTS + _SAMPLE_TEXTS)
def test_counter_line_read_once_a_line(text: str) -> None:
    ctx = Context(text=text)
    doc = quantities._Doc(ctx=ctx, voc=quantities.vocab(), kinds=quantities._Kinds(ctx, quantities.vocab()),
                          notes={}, refs={}, has_url=False, cue_required=False, out=[])
    for m in quantities._NUMBER_RE.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.start())
        plain = quantities.vocab().counter_line_re.fullmatch(text, a, len(text) if b < 0 else b) is not None
        assert quantities._on_counter_line(doc, m.start()) == plain


def _figure_cells_reading_every_line(text: str, lo: int, hi: int) -> list[figtable.FigureCell]:
    """figtable.figure_cells as it was: every line tested as a table's first row, a run of figure lines
    counted again at each of its lines."""
    if not figtable._ANY_FIGURE_LINE.search(text, lo, hi):
        return []
    lines, cells, i = figtable._lines(text, lo, hi), [], 0
    if any(figtable.fold_lower(x.text.strip(" .:")) in figtable._cue_words("column_index") for x in lines):
        lines = figtable._without_index(lines)
    while i < len(lines):
        # (rounds 75-79's tables) a row's name may hold a figure of what it names (figtable._is_named_row)
        starts_row = i + 1 < len(lines) and figtable._FIGURE_LINE.match(lines[i + 1].text) \
            and figtable._is_named_row(lines[i])
        width = figtable._figures_after(lines, i) + 1 if starts_row else 0
        # (round 65) a header cell may name its period when no header cell stands before the header; (round 75) a
        # long first row's name when the row after it has its shape
        # (rounds 70-74's tables) a header opening with 'ĐVT' heads a joined unit table
        if 2 <= width <= figtable._MAX_COLUMNS and i >= width and figtable._is_first_row(lines, i, width) \
                and figtable._headers_at(lines, i, width) and " ".join(
                    figtable.fold_lower(lines[i - width].text).split()).strip(" .:") not in figtable._collapsed_unit_headers():
            found, i = figtable._rows(lines, i, width, [x.text for x in lines[i - width:i]],
                                      long_first=not figtable._is_label(lines[i]))
            cells.extend(figtable._with_kinds(found))
            continue
        width, tail = figtable._unit_table_at(lines, i), 0
        if not width:  # a danh mục with a column of text after its figures (round 31's rule, 0788d08)
            width = figtable._tailed_unit_table_at(lines, i)
            tail = 1 if width else 0
        if width:
            found, i = figtable._unit_rows(lines, i, width, [x.text for x in lines[i - width - tail:i - tail]], tail)
            cells.extend(figtable._with_kinds(found))
            continue
        n = figtable._joined_table_at(lines, i)
        if n:
            found, i = figtable._unit_rows(lines, i, n + 2, [x.text for x in lines[i - n - 2:i]])
            cells.extend(figtable._with_kinds(found))
            continue
        n = figtable._texted_table_at(lines, i)  # (rounds 70-74's tables) a text column between name and figures
        if n:
            found, i = figtable._texted_rows(lines, i, n, [x.text for x in lines[i - n - 2:i]])
            cells.extend(figtable._with_kinds(found))
            continue
        i += 1
    return cells


_TABLE_LINES = ["Cấp học", "Số đội viên", "Tỷ lệ", "Tiểu học", "6.420", " 96 % ", "12,5", "3", "1. Mục", "1", "2",
                "Câu văn dài có dấu chấm.", "", "Kinh phí (triệu đồng)", "\t7\t", "Xã An Bình", "Chỉ tiêu", "TT",
                "STT", "Đơn vị tính", "Kế hoạch năm 2026", "Thực hiện 11 tháng", "Tỷ lệ (%)", "lượt khách", "tỷ đồng",
                "%", "Tổng thu từ du lịch tỷ đồng", "Khách du lịch lượt khách"]
_UNIT_TABLE = ("Chỉ tiêu\nĐơn vị tính\nKế hoạch năm 2026\nThực hiện 11 tháng\nTỷ lệ (%)\n"
               "Khách quốc tế\nlượt khách\n4.200.000\n4.050.000\n96,4\nTổng thu\ntỷ đồng\n420\n398\n94,8\n")
_FIGURE_TABLE_TEXTS = [_UNIT_TABLE, "TT\n" + _UNIT_TABLE.replace("Khách", "1\nKhách").replace("Tổng", "2\nTổng"),
                       _UNIT_TABLE.replace("tế\nlượt", "tế lượt").replace("thu\ntỷ", "thu tỷ"),
                       "\n".join(_TABLE_LINES * 3), "Đơn vị\nSố\n" + "\n".join(f"Xã {c}\n{n}" for c, n in
                                                                             zip("ABCDEFGH", range(1, 9), strict=True))]


@pytest.mark.parametrize("text", _TABLE_TEXTS + _FIGURE_TABLE_TEXTS + _SAMPLE_TEXTS)
def test_figure_rows_are_every_lines_reading(text: str) -> None:
    for lo, hi in ((0, len(text)), (1, len(text)), (len(text) // 3, len(text) - 2)):
        assert figtable.figure_cells(text, lo, hi) == _figure_cells_reading_every_line(text, lo, hi)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TABLE_LINES), max_size=40), st.integers(0, 5))
def test_figure_rows_are_every_lines_reading_random(lines: list[str], lo: int) -> None:
    text = "\n" + "\n".join(lines)
    lo = min(lo, len(text))
    assert figtable.figure_cells(text, lo, len(text)) == _figure_cells_reading_every_line(text, lo, len(text))


def _is_label_by_word_list(line: figtable._Line, max_words: int) -> bool:
    words = [w for w in line.text.split() if any(c.isalpha() for c in w)]
    return 0 < len(words) <= max_words and not figtable._NOT_A_LABEL.search(line.text) \
        and not any(c.isdigit() for c in line.text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aĐ ²1-:.;!?•()IVX\t", max_size=30), st.integers(1, 8))
def test_is_label_is_the_word_list_reading(text: str, max_words: int) -> None:
    line = figtable._Line(0, len(text), text)
    assert figtable._is_label(line, max_words) == _is_label_by_word_list(line, max_words)
