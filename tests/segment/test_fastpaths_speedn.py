"""segment's shortcuts of the eighth speed pass (issue 15) read the lines as the plain readings below do: a
received stamp's lines told by its marker lines first (each line matched once, capitals measured only near a
marker), a prose line's end read before its capitals, the footnotes read only on lines holding a superscript,
the cell split led by its character class, the công điện label read only on a line ending in a colon, the
motto halves looked up by their openings, the table word sets kept by identity.
On invented headers and footnotes, random texts built from real lines (tests/reference/randomtext.py) and
generated ones."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.reference.randomtext import corpus_lines, random_text
from vanban.grammar import regexes as rx
from vanban.normalize import normalize
from vanban.segment import body, cells, letterhead
from vanban.segment.cells import Cell, Layout, _lines, is_upper
from vanban.segment.runon import split_run_on
from vanban.tables import tables

# --- the plain readings, as they were written before ---


def _plain_in_received_stamp(lines: list[Cell], k: int) -> bool:
    s = lines[k].text.strip()
    if not s or rx.KINH_GUI.match(s):
        return False
    marker = letterhead._received_marker()
    if marker.match(s):
        return True
    if is_upper(s) and k + 1 < len(lines) and marker.match(lines[k + 1].text.strip()):
        return True
    if is_upper(s):
        return False
    for ln in reversed(lines[max(0, k - letterhead._STAMP_NOTE_LINES):k]):
        text = ln.text.strip()
        if marker.match(text):
            return True
        if not text or rx.KINH_GUI.match(text) or is_upper(text):
            return False
    return False


def _plain_sentence(s: str, in_subject: bool = False) -> bool:
    m = letterhead._SENTENCE_END.search(s)
    return not is_upper(s) and len(s.split()) >= letterhead._PROSE_WORDS and bool(m) and not (
        in_subject and m is not None and m.group().startswith(";"))


def _plain_footnotes(text: str, lines: list[Cell], body_start: int) -> Layout:
    lay = Layout()
    ranges = []
    for ln in lines:
        if ln.start < body_start:
            continue
        m = rx.FOOTNOTE_LINE.match(ln.text)
        if m:
            mark = m.group("mark").translate(rx.SUPER_TO_DIGIT)
            lay.footnotes.setdefault(mark, (ln.start + m.start("text"), ln.end))
            ranges.append((ln.start, ln.end))
            continue
        for r in rx.FOOTNOTE_REF.finditer(ln.text):
            lay.footnote_refs.setdefault(r.group("mark").translate(rx.SUPER_TO_DIGIT), []).append(ln.start + r.start())
    if ranges:
        lay.zones["footnotes"] = ranges
    return lay


def _footnotes(text: str, lines: list[Cell], body_start: int) -> Layout:
    lay = Layout()
    body._footnotes(text, lines, body_start, lay)
    return lay


# --- received stamps ---

_HEADER_LINES = [
    "CÔNG VĂN ĐẾN", "ĐẾN Số: 2352", "VB ĐẾN:", "CV ĐẾN", "  ĐẾN  ", "Số: 2352", "Ngày: 21.3.18", "Chuyển:",
    "Giao P. Kinh tế tham mưu", "UBND TỈNH BẮC NINH", "VĂN PHÒNG", "SỞ NỘI VỤ", "", "   ", "Kính gửi: Các xã",
    "Số: 12/KH-ĐTN", "Hà Nội, ngày 3 tháng 4 năm 2025", "V/v triển khai công tác", "KẾ HOẠCH", "đến hết năm",
    "Đến ngày 5/3", "ĐẾN NĂM 2030", "Lưu VT.",
]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_HEADER_LINES), min_size=1, max_size=14))
def test_received_stamp_lines_as_the_plain_reading(texts: list[str]) -> None:
    lines = _lines("\n".join(texts))
    markers: list[bool] = []
    for k in range(len(lines)):  # (in the header scan's order, the markers read so far kept)
        assert letterhead._in_received_stamp(lines, k, markers) == _plain_in_received_stamp(lines, k), (texts, k)
        assert letterhead._in_received_stamp(lines, k) == _plain_in_received_stamp(lines, k)


@pytest.mark.parametrize("seed", range(40))
def test_received_stamp_lines_on_random_texts(seed: int) -> None:
    rnd = random.Random(seed)
    lines = _lines(random_text(corpus_lines() + _HEADER_LINES * 20, rnd))
    markers: list[bool] = []
    for k in range(min(len(lines), 80)):
        assert letterhead._in_received_stamp(lines, k, markers) == _plain_in_received_stamp(lines, k)


# --- a prose line ---

_WORDS = ["Ban", "THƯỜNG", "VỤ", "tổ", "chức", "như", "sau:", ";", ".", "./.", "…", "?", "”", ")", "1.", "KẾ", "HOẠCH",
          "a", "ĐOÀN", "x;", "năm", "2025."]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=9).map(" ".join), st.booleans())
def test_sentence_as_the_plain_reading(s: str, in_subject: bool) -> None:
    assert letterhead._sentence(s, in_subject) == _plain_sentence(s, in_subject)


def test_sentence_on_the_repository_lines() -> None:
    for s in corpus_lines():
        assert letterhead._sentence(s) == _plain_sentence(s) and letterhead._sentence(s, True) == _plain_sentence(s, True)


# --- footnotes ---

_FOOTNOTE_TEXTS = [
    "BÁO CÁO\nCác tỉnh¹ đã báo cáo²³.\n¹ Gồm Hà Nội, Hưng Yên.\n²³ Theo Quyết định số 12/QĐ-UBND.",
    "Hưng Yên⁶, Nghệ An⁷ và “Hà Tĩnh”⁸\n⁶ Một\n   ⁷ Hai\n⁸",
    "¹ dòng đầu\nthân¹ văn bản⁹⁰ (x)² ²\n\n⁴⁵ ghi chú",
    "không có chỉ số trên nào",
    "UBND TỈNH AN PHÚ***Số: 12/QĐ-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Phú, "
    "ngày 05 tháng 3 năm 2025 QUYẾT ĐỊNHVề việc khen thưởng¹ các xã² Căn cứ Luật; Nơi nhận: - Như điều 3; - Lưu VT. "
    "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (đã ký) Nguyễn Văn Bình\n¹ Gồm 3 xã.",
]


@pytest.mark.parametrize("text", _FOOTNOTE_TEXTS)
def test_footnotes_as_the_plain_reading(text: str) -> None:
    lines = split_run_on(_lines(text))  # (a run-on line is cut into cells: a superscript's cell is found)
    for line in lines:
        for body_start in {0, line.start, line.start + 1, line.end, len(text)}:
            new, old = _footnotes(text, lines, body_start), _plain_footnotes(text, lines, body_start)
            assert (new.footnotes, new.footnote_refs, new.zones) == (old.footnotes, old.footnote_refs, old.zones)


@pytest.mark.parametrize("seed", range(30))
def test_footnotes_on_random_texts(seed: int) -> None:
    rnd = random.Random(seed)
    text = normalize(random_text(corpus_lines() + _FOOTNOTE_TEXTS * 10, rnd)).text
    lines = split_run_on(_lines(text))
    for body_start in (0, len(text) // 3, len(text)):
        new, old = _footnotes(text, lines, body_start), _plain_footnotes(text, lines, body_start)
        assert (new.footnotes, new.footnote_refs, new.zones) == (old.footnotes, old.footnote_refs, old.zones)


# --- the header's patterns and table lookups, read faster ---

_PLAIN_CELL_SPLIT = re.compile(r"\t+|\s{3,}|\s\|\s?|\|\s")
_BLANKS = st.lists(st.sampled_from(["a", "Đ", " ", "  ", "\t", "|", "\u00a0", "\u3000", "x", ":", "\x0b"]), max_size=14)


@settings(max_examples=3000, deadline=None)
@given(_BLANKS.map("".join))
def test_cell_split_as_the_plain_pattern(line: str) -> None:
    assert [m.span() for m in cells._CELL_SPLIT.finditer(line)] == [m.span() for m in _PLAIN_CELL_SPLIT.finditer(line)]


def test_cell_split_on_the_repository_lines() -> None:
    for line in corpus_lines():
        assert [m.span() for m in cells._CELL_SPLIT.finditer(line)] == \
            [m.span() for m in _PLAIN_CELL_SPLIT.finditer(line)], line


@pytest.mark.parametrize("line", ["CÔNG ĐIỆN:", "Công điện:  ", "công điện :\n", "CÔNG ĐIỆN: \n\n", "ĐIỆN:", "điện",
                                  "điện: gửi", "Xem công điện: ", "bưu điện:\t", "CÔNGĐIỆN:", "", ":", "điện::",
                                  "đIỆN\u00a0:\u3000"])
def test_cong_dien_to_as_the_pattern(line: str) -> None:
    assert rx.cong_dien_to(line) == (rx.CONG_DIEN_TO.search(line) is not None)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["ngày", "Ngày", "NGÀY", "ngay", "tháng", "THÁNG", "thảng", "năm", "NĂM", "ǎm", "ăm",
                                 "ám", "2025", " ", ",", "Hà Nội", "İ"]), max_size=8).map(" ".join))
def test_date_line_words_as_the_generators(s: str) -> None:
    low = s.lower()
    assert rx.has_date_line_words(s) == all(any(w in low for w in sp) for sp in rx._DATE_LINE_WORDS)


def test_motto_heads_are_the_mottos_openings() -> None:
    mottos = [m for m, _ in tables().mottos]
    words = {w for m in mottos for w in m.split()} | {"ĐẢNG CỘNG", "ĐOÀN TNCS HỒ", "ỦY BAN", ""}
    for key in words | {" ".join(m.split()[:k]) for m in mottos for k in range(1, 6)}:
        head = key + " "
        assert (head in letterhead._motto_heads()) == any(m.startswith(head) for m in mottos), key


def test_word_sets_by_identity() -> None:
    t = tables()
    for words in (t.localities, t.org_heads, t.banners, ("ỦY BAN NHÂN DÂN", "SỞ"), ()):
        ws = cells._word_set(words)
        assert ws.words == frozenset(words) and ws.longest == max(map(len, words), default=0)
        assert ws.glued == tuple(w.replace(" ", "") for w in words if " " in w)
        assert cells._word_set(words) is ws
    fresh = ("ỦY BAN NHÂN DÂN", "SỞ")  # (an equal list made anew gets its own, equal set)
    assert cells._word_set(tuple(list(fresh))).words == frozenset(fresh)
    for k in range(cells._MAX_WORD_SETS * 2):  # lists made on the fly never pile up
        cells._word_set((f"W{k}",))
    assert len(cells._WORD_SETS) <= cells._MAX_WORD_SETS
