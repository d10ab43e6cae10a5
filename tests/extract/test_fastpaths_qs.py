"""The fast paths of quantities, schedule and timex read what the plain reading reads: each is compared
with the straightforward code it stands in front of (or replaces), on invented texts of each form, on
random texts and on the bundled samples."""

from __future__ import annotations

import re

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban import textutil
from vanban.context import Context
from vanban.extract import quantities, schedule
from vanban.grammar import timex
from vanban.tables import rows
from vanban.textutil import strip_diacritics, word_starts

_SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]

# ---------------------------------------------------------------- timex: OCR hints from the slashes

_OCR_TEXTS = ["từ ngày 0l/12/2026 đến 1O/12/2026", "từ ngày l5/3 đến ngày 15/4/2027", "ngày O", "ngày ", "l/", "/l", "a/b/c l / O", "//I//", "x" * 10 + "/O", ""]


def _ocr_hint_by_search(text: str, start: int, end: int) -> bool:
    return any(text.find(h, start, end) >= 0 for h in timex._OCR_DATE_HINTS)


@pytest.mark.parametrize("text", _OCR_TEXTS + _SAMPLE_TEXTS)
def test_ocr_hint_is_the_search_for_each_hint(text: str) -> None:
    step = max(1, len(text) // 60)
    for start in range(0, len(text) + 1, step):
        for end in range(start, len(text) + 1, step):
            assert timex._ocr_hint(text, start, end) == _ocr_hint_by_search(text, start, end), (start, end)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["l", "I", "O", "0", "/", "1", " ", "a", "ngày", "ngày "]), max_size=20),
       st.integers(0, 60), st.integers(0, 60))
def test_ocr_hint_is_the_search_for_each_hint_random(parts: list[str], start: int, end: int) -> None:
    text = "".join(parts)
    start, end = min(start, len(text)), min(max(start, end), len(text))
    assert timex._ocr_hint(text, start, end) == _ocr_hint_by_search(text, start, end)


# ---------------------------------------------------------------- schedule: bare letters by a table


def _bare_lower_by_letters(s: str) -> str:
    """schedule._bare_lower as it was: each character stripped on its own, then joined."""
    return "".join(strip_diacritics(c) or c for c in s).lower()


@pytest.mark.parametrize("text", ["Chậm nhất ĐẾN HẾT ngày", "a\u0301 e\u0323 Đ đ", "한국 İı ß ﬁ Å", ""])
def test_bare_lower_is_the_letter_by_letter_reading(text: str) -> None:
    assert schedule._bare_lower(text) == _bare_lower_by_letters(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_bare_lower_is_the_letter_by_letter_reading_random(text: str) -> None:
    assert schedule._bare_lower(text) == _bare_lower_by_letters(text)


# ---------------------------------------------------------------- quantities: windows without a mark


_URL_TEXTS = ["Email: tinhdoan2023@gmail.com, 12 người", "xem https://a.vn/3 và www.b.vn 4 hộ", "<b>5</b> xã",
              "không có địa chỉ 7 hộ " * 30 + "@" + " 8 hộ" * 50]
_QUOTED_TEXTS = ['phong trào “Sinh viên 5 tốt” và "Thanh niên 3 sẵn sàng", 4 “x', '“a 1 ” 2 " 3 " 4 "\n" 5 "',
                 "x" * 70 + '"' + "y" * 70 + " 7 " + '"' * 3]


def _doc(text: str) -> quantities._Doc:
    ctx = Context(text=text)
    voc = quantities.vocab()
    return quantities._Doc(ctx=ctx, voc=voc, kinds=quantities._Kinds(ctx, voc), notes={}, refs={}, has_url=True,
                           cue_required=False, out=[], url_marks=word_starts(text, quantities._URL_MARKS),
                           quote_marks=word_starts(text, quantities._QUOTED_NAME_MARKS))


def _assert_marks_skip_only_misses(text: str) -> None:
    doc = _doc(text)
    for pos in range(len(text) + 1):
        if quantities._in_url(text, pos):
            assert quantities._near_url_mark(doc, pos), pos
        quoted = not quantities._none_in(doc.quote_marks, pos - quantities._QUOTED_NAME_REACH, pos)
        if quantities._in_quoted_name(text, pos):
            assert quoted, pos


@pytest.mark.parametrize("text", _URL_TEXTS + _QUOTED_TEXTS + _SAMPLE_TEXTS)
def test_mark_positions_pass_by_no_address_or_quoted_name(text: str) -> None:
    _assert_marks_skip_only_misses(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='ab 1\n"“”@<w.:/', max_size=120))
def test_mark_positions_pass_by_no_address_or_quoted_name_random(text: str) -> None:
    _assert_marks_skip_only_misses(text)


def test_word_starts_and_none_in() -> None:
    assert word_starts("a@b://c@", ("@", "://")) == [1, 3, 7]
    assert quantities._none_in([1, 3, 7], 4, 7) and not quantities._none_in([1, 3, 7], 4, 8)
    assert not quantities._none_in(None, 0, 0)  # not known: every window is read


_DURATION_TEXTS = ["Thời gian: 01 buổi", "THỜI GIAN tổ chức :\n 02 ngày", "thời gian 3 ngày", "Địa điểm: 4 xã",
                   "thời gian học tập :  5", ":" * 50 + " 6"]


def _assert_duration_label_is_the_search(text: str) -> None:
    for pos in range(len(text) + 1):
        lo = max(0, pos - quantities._DURATION_LABEL_REACH)
        plain = quantities._DURATION_LABEL_RE.search(text, lo, pos) is not None
        assert quantities._duration_label_before(text, pos) == plain, pos


@pytest.mark.parametrize("text", _DURATION_TEXTS + _SAMPLE_TEXTS)
def test_duration_label_is_the_search(text: str) -> None:
    _assert_duration_label_is_the_search(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="thời gian THỜI:\n\t 1", max_size=60))
def test_duration_label_is_the_search_random(text: str) -> None:
    _assert_duration_label_is_the_search(text)


@pytest.mark.parametrize("text", _URL_TEXTS + _QUOTED_TEXTS + _DURATION_TEXTS + _SAMPLE_TEXTS)
def test_quantities_without_the_mark_positions_are_the_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole extractor with the positions unknown (every window read) finds the same figures."""
    fast = quantities.extract(Context(text=text))
    monkeypatch.setattr(quantities, "word_starts", lambda text, needles: None)
    assert quantities.extract(Context(text=text)) == fast


# ---------------------------------------------------------------- quantities: first letters of word patterns

_WORD_TEXTS = ["Đã đạt 12 xã; ĐẠT 3 hộ, đạtđược 4, cơ sở vật chất 5 m2, thuế suất 10%", "ı İ ſ K đã\nđã",
               "Kích thước thân máy 43 mm. Hiện tỉnh có 65 xã, phường"]
_WORD_ROLES = ("result", "target", "damage", "denial", "state", "spec", "rule", "request", "damage_clause",
               "beneficiary")


def _word_rx_plain(phrases: list[str]) -> re.Pattern[str]:
    """quantities._word_rx as it was: no lookahead of first letters, the phrases one by one (no tree)."""
    return re.compile(rf"(?<!\w)(?:{quantities._flat_alternation(phrases)})(?!\w)", re.IGNORECASE)


def _roles() -> dict[str, list[str]]:
    by_role: dict[str, list[str]] = {}
    for phrase, role, _ in (r[:3] for r in rows("quantity_cues.tsv", 3)):
        by_role.setdefault(role, []).append(phrase)
    return by_role


def _assert_word_rx_is_plain(text: str) -> None:
    by_role = _roles()
    for role in _WORD_ROLES:
        fast, plain = quantities._word_rx(by_role[role]), _word_rx_plain(by_role[role])
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], role
        for lo in range(0, len(text), max(1, len(text) // 25)):
            a, b = fast.search(text, lo), plain.search(text, lo)
            assert (a and a.span()) == (b and b.span()), (role, lo)


@pytest.mark.parametrize("text", _WORD_TEXTS + _SAMPLE_TEXTS)
def test_word_patterns_find_what_the_plain_alternation_finds(text: str) -> None:
    _assert_word_rx_is_plain(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["đã", "ĐẠT", "đạt", "có", "hiện", "thuế", "x", " ", "\n", "ı", "1", "-"]),
                max_size=30))
def test_word_patterns_find_what_the_plain_alternation_finds_random(parts: list[str]) -> None:
    _assert_word_rx_is_plain("".join(parts))


def test_first_letters_left_out_for_a_phrase_opening_with_a_mark() -> None:
    assert textutil.first_letters(["(a)", "b"]) == "" == textutil.first_letters(["a", ""])
    assert textutil.first_letters(["đạt", "Đã", "có"]) == "(?=[cĐđ])"
    assert textutil.first_letters([]) == ""


# ---------------------------------------------------------------- quantities: item scopes only where they can open

_SCOPE_TEXTS = ["(iv) Sở Xây dựng - 02 Quyết định; Sở Tài chính 38 văn bản", "- Đoàn xã Tân Lập: ra quân làm sạch 12 km",
                "mà Sở Tư pháp phải sửa đổi với 02 Nghị quyết", "huyện Đông (87,73%)", "Sở Y tế 5 " * 12]


def _scope_head_plain(doc: quantities._Doc, start: int) -> tuple[str | None, bool]:
    """quantities._scope_head's first patterns as they were: each window searched."""
    text, voc = doc.ctx.text, doc.voc
    lo = max(0, start - quantities._SCOPE_REACH)
    m = voc.item_scope_re.search(text, lo, start)
    if m:
        return m.group("name").strip(), not text[m.end("name"):start].strip(" \t")
    m = voc.bracket_scope_re.search(text, lo, start)
    if m:
        return m.group("name").strip(), False
    m = voc.item_head_re.search(text, lo, start)
    if m:
        return m.group("name").strip(), False
    m = voc.subject_re.search(text, max(lo, quantities._wrapped_sentence_start(text, start)), start)
    if m:
        return m.group("name").strip(), False
    return quantities._heading_scope(doc, start), False


@pytest.mark.parametrize("text", _SCOPE_TEXTS + _SAMPLE_TEXTS)
def test_scope_head_is_the_plain_search(text: str) -> None:
    doc = _doc(text)
    for m in quantities._NUMBER_RE.finditer(text):
        assert quantities._scope_head(doc, m.start()) == _scope_head_plain(doc, m.start()), m.start()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Sở", "Tài", "chính", "xã", "Tân", "Lập", "-", ":", ";", "\n", "(", " ", "1", "phải",
                                 "(iv)", "ra"]), max_size=25))
def test_scope_head_is_the_plain_search_random(parts: list[str]) -> None:
    text = " ".join(parts) + " 12 km"
    doc = _doc(text)
    for m in quantities._NUMBER_RE.finditer(text):
        assert quantities._scope_head(doc, m.start()) == _scope_head_plain(doc, m.start()), m.start()


# ---------------------------------------------------------------- timex: the OCR date pattern, the word test

_OCR_DATE_PLAIN = re.compile(
    r"(?<![\w/])([0-9lIO]{1,2})/([0-9lIO]{1,2})(?:/((?:19|2[0O])[0-9O]{2})(?![\w/])"
    r"|(?<=ngày [0-9lIO]/[0-9lIO])(?=\s+(?:đến|tới)\s)|(?<=ngày [0-9lIO]{2}/[0-9lIO])(?=\s+(?:đến|tới)\s)"
    r"|(?<=ngày [0-9lIO]/[0-9lIO]{2})(?=\s+(?:đến|tới)\s)|(?<=ngày [0-9lIO]{2}/[0-9lIO]{2})(?=\s+(?:đến|tới)\s))")


def _assert_ocr_date_is_plain(text: str) -> None:
    for lo in range(0, len(text) + 1, max(1, len(text) // 20)):
        fast = [(m.span(), m.groups()) for m in timex._OCR_DATE.finditer(text, lo)]
        assert fast == [(m.span(), m.groups()) for m in _OCR_DATE_PLAIN.finditer(text, lo)], lo


@pytest.mark.parametrize("text", ["từ ngày 0l/12/2026 đến 1O/12/2026", "từ ngày l5/3 đến ngày 15/4/2027", "a1/2/2026",
                                  "/1/2/2026 1/2/2026/ 11/11/1999 1l1/2/2020", "l/l/2OOO", "ngày 18/11/2O28"] + _SAMPLE_TEXTS)
def test_ocr_date_pattern_is_the_plain_one(text: str) -> None:
    _assert_ocr_date_is_plain(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["l", "I", "O", "0", "1", "2", "/", " ", "a", "ngày ", "đến ", "2026", "20"]),
                max_size=25))
def test_ocr_date_pattern_is_the_plain_one_random(parts: list[str]) -> None:
    _assert_ocr_date_is_plain("".join(parts))


def test_word_char_is_the_regex_word_class() -> None:
    word = re.compile(r"\w")
    for code in range(0x30000):
        c = chr(code)
        assert timex._is_word_char(c) == (word.match(c) is not None), hex(code)


@pytest.mark.parametrize("text", ["ngày 5/6 năm 2026 " * 40, "nhıệm kỳ 2020-2025 " * 40, "İ tháng 3 " * 60])
def test_time_anchors_of_long_texts_with_odd_letters(text: str) -> None:
    assert timex._anchor_spans(text, 0, len(text)) == [m.span() for m in timex._anchors().finditer(text)]


# ---------------------------------------------------------------- schedule: cue patterns with their first letters

_LEAD = re.compile(r"^\(\?=\[[^\]]*\]\)")


def _led_patterns() -> list[re.Pattern[str]]:
    cues = schedule._cues()
    found = [v for v in vars(cues).values() if isinstance(v, re.Pattern) and _LEAD.match(v.pattern)]
    found += [schedule._damaged_deadline(), schedule._damaged_event_before()]
    voc = quantities.vocab()
    found += [v for v in vars(voc).values() if isinstance(v, re.Pattern) and _LEAD.match(v.pattern)]
    return found


def test_the_cue_patterns_are_led() -> None:
    assert len(_led_patterns()) >= 30


def _assert_led_are_plain(text: str) -> None:
    for rx in _led_patterns():
        plain = re.compile(_LEAD.sub("", rx.pattern), rx.flags)
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)], rx.pattern[:60]
        for lo in range(0, len(text), max(1, len(text) // 10)):
            a, b = rx.search(text, lo), plain.search(text, lo)
            assert (a and a.span()) == (b and b.span()), (rx.pattern[:60], lo)


_CUE_TEXTS = ["Chậm nhất ngày 15/3, Sở Nội vụ chủ trì tổ chức Hội nghị; hằng tháng báo cáo trước ngày 5",
              "han chot: ngay 5, bat dau tu 08 gio, chậm nhât là", "HẰNG NĂM ĐỊNH KỲ, Đề nghị gửi về Văn phòng trước"]


@pytest.mark.parametrize("text", _CUE_TEXTS + _SAMPLE_TEXTS[:2])
def test_led_cue_patterns_find_what_the_plain_ones_find(text: str) -> None:
    _assert_led_are_plain(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["chậm", "nhất", "hằng", "tháng", "trước", "tổ chức", "hội nghị", "Sở", "gửi", "về",
                                 "han", "chot", "ı", "Đ", " ", "\n", ":", "1", "đã", "đạt"]), max_size=20))
def test_led_cue_patterns_find_what_the_plain_ones_find_random(parts: list[str]) -> None:
    _assert_led_are_plain(" ".join(parts))


# ---------------------------------------------------------------- quantities: numbers closed off by a mark

_CLOSED_TEXTS = ["Mục 1. Kế hoạch; đạt 12 hộ: 3; 4. 5… [6] 7” tổng 8", "mức độ 3, 4; 5: 6 người", "03 cán bộ (01. giám đốc)",
                 "đạt 12%. Thu 3.000/5.000 hộ; 7-8 xã: 9–10 thôn) 11", "(80, 68%) 1.", "12",
                 "năm 2024\nNội dung 12\n  hộ gia đình 13\nHộ 14\n15 16\n- 17 18\n\n Đến 19 \n", "mức độ 3\n4\nVà 5"]


@pytest.mark.parametrize("text", _CLOSED_TEXTS + _SAMPLE_TEXTS)
def test_quantities_without_the_closed_number_shortcut_are_the_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = quantities.extract(Context(text=text))
    monkeypatch.setattr(quantities, "_closed_after", lambda text, end: False)
    assert quantities.extract(Context(text=text)) == fast


_FIGURE_PARTS = ["12", "3", "1.000", "45%", "mức độ", "đạt", "hộ", "người", "xã", "(", ")", ".", ";", ":", ",", "…", "]",
                 " ", "\n", "-", "và", "Sở Y tế", "Thời gian:", "trên", "tổng số", "/", "triệu", "đồng", "“", "”", "\n",
                 "Hộ", "ĐẾN", "đến", "\t", "\n\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FIGURE_PARTS), max_size=30), st.sampled_from(["BC", "KH", None]))
def test_quantities_without_the_closed_number_shortcut_are_the_same_random(parts: list[str], doc_type: str | None) -> None:
    text = " ".join(parts)
    fast = quantities.extract(Context(text=text, doc_type=doc_type))
    saved = quantities._closed_after
    quantities._closed_after = lambda text, end: False  # type: ignore[assignment]
    try:
        assert quantities.extract(Context(text=text, doc_type=doc_type)) == fast
    finally:
        quantities._closed_after = saved
    glued = "".join(parts)  # marks right after the numbers
    fast = quantities.extract(Context(text=glued, doc_type=doc_type))
    quantities._closed_after = lambda text, end: False  # type: ignore[assignment]
    try:
        assert quantities.extract(Context(text=glued, doc_type=doc_type)) == fast
    finally:
        quantities._closed_after = saved
