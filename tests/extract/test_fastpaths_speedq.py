"""Shortcuts of the ninth speed pass (issue 15) on quantities and figure tables read what the plain reading
reads: each is compared with the plain code it stands in for, on invented cases of each form, on random texts
(hypothesis) and on the bundled samples."""

from __future__ import annotations

import re
import unicodedata

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.context import Context
from vanban.extract import figtable, quantities
from vanban.grammar import ocrdigits
from vanban.tables import rows

_SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]

# ---------------------------------------------------------------- figure tables: index cells found by a scan

# header cells and row numbers in every guise a line may hold them: blanks, dots, colons, tabs, a carriage return,
# a no-break space, letters that fold into the cell's ('ſ', 'ﬆ', 'ß'), a dotted capital I, more words
_INDEX_PARTS = ["TT", "STT", "tt", "Stt", " STT ", "STT.", ":TT:", "\tTT", "TT\r", "\u00a0STT", "ſtt", "ﬆt", "ßt", "S T T",
                "STTT", "TTS", "İ", "1", "2", "1.", " 2 .", "12", "3", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "120", "96,5%", "x",
                "", " ", ".", ":", "\t"]
_INDEX_TEXTS = ["STT\nCấp học\nSố đội viên\n1\nTiểu học\n6.420\n2\nTHCS\n3.100",
                "TT\nĐơn vị\nSố đội viên\n1\nTiểu học\n6.420\n3\nTHCS\n3.100\nTT\nĐơn vị\n1\nA\n2\n",
                "ſtt\n1\nx\n\tTT\t\n1\nChỉ tiêu\n2\nB", "  STT  ", "1\nSTT", ""]


def _without_index_plain(lines: list[figtable._Line], heads: list[int]) -> list[figtable._Line]:
    """figtable._without_index as it was: every line from the first header cell on read in turn."""
    if not heads:
        return lines
    out = lines[:heads[0]]
    is_head = set(heads)
    expected = 0
    for k in range(heads[0], len(lines)):
        line = lines[k]
        if k in is_head:
            expected = 1
            continue
        if expected and figtable._INDEX_CELL.match(line.text) and int(line.text.strip(" \t.")) == expected \
                and k + 1 < len(lines) and figtable._is_row_label(lines[k + 1]):
            expected += 1
            continue
        out.append(line)
    return out


def _assert_index_scan_is_plain(text: str) -> None:
    step = max(1, len(text) // 25)
    for lo in range(0, len(text) + 1, step):
        for hi in range(lo, len(text) + 1, step):
            lines = figtable._lines(text, lo, hi)
            starts = figtable._starts_of(lines)
            heads = [k for k, x in enumerate(lines) if figtable._is_index_header(x.text)]
            scanned = figtable._lines_after_breaks(lines, starts, figtable._index_header_line(),
                                                   figtable._is_index_header, text, lo, hi)
            assert set(heads) <= set(scanned), (lo, hi)  # every header cell is a candidate
            cells = [k for k, x in enumerate(lines) if figtable._INDEX_CELL.match(x.text)]
            assert figtable._lines_after_breaks(lines, starts, figtable._INDEX_CELL_AFTER_BREAK,
                                                figtable._INDEX_CELL.match, text, lo, hi) == cells, (lo, hi)
            assert figtable._without_index(lines, heads, cells) == _without_index_plain(lines, heads), (lo, hi)
            assert figtable._without_index(lines, heads) == _without_index_plain(lines, heads), (lo, hi)
            figured = figtable._Figured(lines, figtable._figure_line_starts(text, lo, hi))
            plain = figtable._Figured(lines)
            assert figured.runs == plain.runs and figured.before_figures() == plain.before_figures(), (lo, hi)
            assert plain.before_figures() == [k for k in range(len(plain)) if plain.runs[k + 1]
                                              or k + 2 < len(plain.runs) and plain.runs[k + 2]], (lo, hi)


@pytest.mark.parametrize("text", _INDEX_TEXTS + _SAMPLE_TEXTS[:2])
def test_index_cells_found_by_a_scan_are_the_plain_reading(text: str) -> None:
    _assert_index_scan_is_plain(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_INDEX_PARTS), max_size=24))
def test_index_cells_found_by_a_scan_are_the_plain_reading_random(cells: list[str]) -> None:
    _assert_index_scan_is_plain("\n".join(cells))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("sStT.: \t\n\r\u00a0ſﬆßİ1x"), max_size=30))
def test_every_header_cell_is_a_candidate_random(text: str) -> None:
    _assert_index_scan_is_plain(text)


def test_a_row_number_due_past_another_tables_header_is_no_figure() -> None:
    # hypothesis drew this (its 'ßt' lines fold to no header): row 2's '2' was kept as a figure because a '2' stood
    # where row 2 was due, past the second table's 'TT' header; a header between opens another table
    text = "\n".join(["TT", "ßt", "ßt", "ßt", "1", "ßt", "2", "TT", "2", "TT"])
    lines = figtable._lines(text, 0, len(text))
    heads = [k for k, x in enumerate(lines) if figtable._is_index_header(x.text)]
    assert [x.text for x in figtable._without_index(lines, heads)] == ["ßt", "ßt", "ßt", "ßt", "2"]
    _assert_index_scan_is_plain(text)


def test_the_index_texts_hold_header_cells_and_rows() -> None:
    """The invented texts above hold header cells and dropped row numbers (the comparisons are not all between
    texts without any)."""
    lines = figtable._lines(_INDEX_TEXTS[1], 0, len(_INDEX_TEXTS[1]))
    heads = [k for k, x in enumerate(lines) if figtable._is_index_header(x.text)]
    assert heads == [0, 9] and len(figtable._without_index(lines, heads)) == len(lines) - 4  # 2 heads, 2 row numbers
    assert figtable._is_index_header("ſtt") and figtable.figure_cells(_INDEX_TEXTS[0], 0, len(_INDEX_TEXTS[0]))


# ---------------------------------------------------------------- quantities: phrase alternations as trees

def _roles() -> dict[str, list[str]]:
    by_role: dict[str, list[str]] = {}
    for phrase, role, _ in (r[:3] for r in rows("quantity_cues.tsv", 3)):
        by_role.setdefault(role, []).append(phrase)
    by_role["(units)"] = [r[0] for r in rows("units.tsv", 3) if r[1] != "scale"]
    by_role["(scales)"] = [r[0] for r in rows("units.tsv", 3) if r[1] == "scale"]
    return by_role


# invented lists where the tree's forks matter: prefixes of each other, a shared opening, cases, marks, blanks
_PHRASE_LISTS = [["hiện nay có", "hiện nay", "hiện", "hiện tại", "hiện trên địa bàn có"], ["a", "A", "ab"],
                 ["đoàn viên", "Đoàn viên", "đoàn"], ["s", "ſt", "st"], ["x.y", "x+", "x"], ["", "a"], ["k", "K"],
                 ["tổng số", "tổng", "tổng số tiền"], ["a\tb", "a b"], ["thiệt hại", "thiệt"], ["m", "m2", "m²"]]
# after the alternation: nothing, a word's end, blanks and a digit, the end
_TAILS = ["", r"(?!\w)", r"\s+\d", r"$", r"(?![\w²])"]
_ALTERNATION_TEXTS = ["Hiện nay có 38 chi bộ, hiện  nay trên 5, HIỆN TẠI 3; hiện\ntrên địa bàn có 4 xã",
                      "ſt St st Ab aB a b a\tb ab", "tổng số tiền 5 tỷ, tổng   số 3, tổngsố 2, đoàn viên2 Đoàn Viên",
                      "thiệt hại 12 m2 và 3 m² 4 m, kK K k İ ı", ""]


def _assert_tree_is_flat(phrases: list[str], text: str) -> None:
    for tail in _TAILS:
        for flags in (0, re.IGNORECASE):
            tree = re.compile(f"(?:{quantities._alternation(phrases)}){tail}", flags)
            flat = re.compile(f"(?:{quantities._flat_alternation(phrases)}){tail}", flags)
            for pos in range(len(text) + 1):
                for end in (len(text), min(len(text), pos + 7)):
                    a, b = tree.match(text, pos, end), flat.match(text, pos, end)
                    assert (a and a.span()) == (b and b.span()), (phrases, tail, flags, pos, end)
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)], (phrases, tail)


@pytest.mark.parametrize("phrases", _PHRASE_LISTS + list(_roles().values()))
def test_alternation_trees_match_as_the_flat_alternations(phrases: list[str]) -> None:
    for text in _ALTERNATION_TEXTS:
        _assert_tree_is_flat(phrases, text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_PHRASE_LISTS + list(_roles().values())), st.data())
def test_alternation_trees_match_as_the_flat_alternations_random(phrases: list[str], data: st.DataObject) -> None:
    """Texts made of the list's own phrases, cut, glued, in other cases, with odd blanks and look-alike letters."""
    parts = [p for p in phrases if p] or ["a"]
    pieces = data.draw(st.lists(st.one_of(
        st.sampled_from(parts), st.sampled_from(parts).map(str.upper), st.sampled_from(parts).map(lambda p: p[:-1]),
        st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "2", "ſ", "K", "İ", "ı", ",", "x"])), max_size=8))
    _assert_tree_is_flat(phrases, "".join(pieces))


def test_alternation_trees_share_openings() -> None:
    """The tree is what the patterns are built from (the comparisons above are not between two flat forms)."""
    assert quantities._alternation(["hiện nay có", "hiện nay", "hiện tại"]) == r"hiện\s+(?:nay(?:\s+có|)|tại)" \
        or quantities._alternation(["hiện nay có", "hiện nay", "hiện tại"]) == r"hiện\s+(?:tại|nay(?:\s+có|))"
    assert quantities._alternation(["a", "A"]) == quantities._flat_alternation(["a", "A"])  # a fork of one letter's cases


# ---------------------------------------------------------------- quantities: a unit looked for by its first character

_UNIT_TEXTS = ["đoàn viên tham gia, Đoàn Viên, ĐOÀN VIÊN, người, Người dân, hồ sơ thủ tục, km2, m² đất, ngày làm việc",
               "ſ K İ ı ǅ ß ﬆ (cái) “cuộc” 12 lượt người, lượt, tỷ đồng, triệu\nđồng, % và", ""]


def _assert_unit_at_is_the_pattern(text: str) -> None:
    voc = quantities.vocab()
    for pos in range(len(text) + 1):
        for end in (len(text), min(len(text), pos + 4), pos):
            a, b = voc.unit_at.match(text, pos, end), voc.unit_re.match(text, pos, end)
            assert (a and a.span()) == (b and b.span()), (pos, end)


@pytest.mark.parametrize("text", _UNIT_TEXTS + [t[:3000] for t in _SAMPLE_TEXTS])
def test_unit_by_first_character_is_the_pattern(text: str) -> None:
    _assert_unit_at_is_the_pattern(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_roles()["(units)"] + ["Đ", "ĐOÀN", "ſ", "K", "İ", "ı", " ", "\n", "2", "²", "x"]),
                max_size=8))
def test_unit_by_first_character_is_the_pattern_random(parts: list[str]) -> None:
    _assert_unit_at_is_the_pattern("".join(parts))


# ---------------------------------------------------------------- quantities: claimed numbers passed by first

_CLAIMED_TEXTS = ["Căn cứ Kế hoạch số 35-KH/TĐTN ngày 04/5/2023, kết nạp 120 đoàn viên; trước ngày 15/12 hoàn thành "
                  "30 công trình. Điều 3 và 4 hộ, mức độ 3, 4 xã",
                  "| Chỉ tiêu | Kế hoạch | Thực hiện |\n| Kết nạp đoàn viên | 120 | 130 |\n\nĐạt 100% và 12 xã, (80, 68%)",
                  "Cấp học\nSố đội viên\nTỷ lệ\nTiểu học\n6.420\n96,5%\nTHCS\n3.100\n91 %"]


def _extract_claimed(text: str, claimed: list[tuple[int, int]], doc_type: str, plain: bool,
                     monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """extract with the claimed numbers passed by in its loop, or (plain) read by _not_a_figure as before."""
    ctx = Context(text=text, claimed=list(claimed))
    ctx.doc_type = doc_type
    if not plain:
        return list(quantities.extract(ctx))
    claimed_at, not_a_figure = Context.is_claimed, quantities._not_a_figure
    with monkeypatch.context() as patch:
        patch.setattr(Context, "is_claimed", lambda self, a, b: False)
        patch.setattr(quantities, "_not_a_figure",
                      lambda doc, m: claimed_at(doc.ctx, m.start(), m.end()) or not_a_figure(doc, m))
        return list(quantities.extract(ctx))


def _claims(text: str, every: int) -> list[tuple[int, int]]:
    """Claimed spans over the text: every number's (all, or every other), dates', and spans cutting numbers."""
    numbers = [m.span() for m in re.finditer(r"\d[\d.,/]*", text)]
    return [span for k, span in enumerate(numbers) if k % every == 0] + [(3, 9), (len(text) // 2, len(text) // 2 + 5)]


@pytest.mark.parametrize("every", [1, 2, 3])
@pytest.mark.parametrize("text", _CLAIMED_TEXTS + _SAMPLE_TEXTS)
def test_claimed_numbers_passed_by_first_is_the_plain_reading(text: str, every: int,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for doc_type in ("KH", "BC", "QĐ"):
        claims = _claims(text, every)
        assert _extract_claimed(text, claims, doc_type, False, monkeypatch) \
            == _extract_claimed(text, claims, doc_type, True, monkeypatch)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(_CLAIMED_TEXTS) - 1), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 12)), max_size=6))
def test_claimed_numbers_passed_by_first_is_the_plain_reading_random(k: int, spans: list[tuple[int, int]]) -> None:
    text = _CLAIMED_TEXTS[k]
    claims = [(a, a + n) for a, n in spans]
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _extract_claimed(text, claims, "BC", False, monkeypatch) \
            == _extract_claimed(text, claims, "BC", True, monkeypatch)


def test_claimed_numbers_are_passed_by() -> None:
    """A claimed number is no figure; the same text unclaimed has one (the comparisons above see both)."""
    text = "kết nạp 120 đoàn viên"
    assert [q.value for q in quantities.extract(Context(text=text))] == [120]
    assert quantities.extract(Context(text=text, claimed=[(8, 11)])) == []


# ---------------------------------------------------------------- figure tables: the collapsed header's gate

_COLLAPSED = ("TT Chỉ tiêu Đơn vị tính Kế hoạch năm 2029 Thực hiện 9 tháng Tỷ lệ so với KH (%)\n"
              "1 Lượt khách du lịch Lượt 420.000 318.650 75,9\n2 Doanh nghiệp thành lập mới Doanh nghiệp 1.200 684 57,0\n")
_COLLAPSED_TEXTS = [_COLLAPSED, _COLLAPSED.replace("Đơn vị tính", "ĐƠN VỊ TÍNH"), _COLLAPSED.replace("Đơn vị tính", "ĐVT"),
                    _COLLAPSED.replace("Đơn vị tính", "đơn\u00a0 vị\ttính"), _COLLAPSED.replace("Đơn vị tính", "Đvt"),
                    unicodedata.normalize("NFD", _COLLAPSED), _COLLAPSED.replace("Đơn vị tính", "Đơn vị"),
                    "Các chỉ tiêu theo đơn vị tính của Cục Thống kê\nKết quả 12 mô hình 15 16\n", "x đvt y\n1 a B 2 3", ""]


def _collapsed_headers_plain(text: str, lo: int, hi: int) -> bool:
    """Whether any line of text[lo:hi] is a collapsed header, every line read."""
    return any(figtable._collapsed_header(line) is not None for line in figtable._lines(text, lo, hi))


def _assert_collapsed_gate_misses_nothing(text: str) -> None:
    step = max(1, len(text) // 20)
    for lo in range(0, len(text) + 1, step):
        for hi in range(lo, len(text) + 1, step):
            if _collapsed_headers_plain(text, lo, hi):
                assert figtable._may_hold_collapsed_header(text, lo, hi), (lo, hi)


@pytest.mark.parametrize("text", _COLLAPSED_TEXTS + [t[:3000] for t in _SAMPLE_TEXTS])
def test_collapsed_gate_passes_every_header(text: str) -> None:
    _assert_collapsed_gate_misses_nothing(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["TT", "Chỉ tiêu", "Đơn", "ĐƠN", "vị", "VỊ", "tính", "TÍNH", "ĐVT", "đvt", "Kế hoạch",
                                 "Thực hiện", "Tỷ lệ", " ", " ", "  ", "\n", "\t", "\u00a0", "1", "2,5", "Lượt", "x",
                                 "\u0301", "o\u0309", "ß"]), max_size=24))
def test_collapsed_gate_passes_every_header_random(parts: list[str]) -> None:
    _assert_collapsed_gate_misses_nothing("".join(parts))


def test_collapsed_gate_turns_down_ranges_without_the_words() -> None:
    """The gate lets the tables through and turns the rest down (the comparisons above are not all vacuous)."""
    assert figtable.collapsed_tables(_COLLAPSED, 0, len(_COLLAPSED))
    assert all(figtable._may_hold_collapsed_header(t, 0, len(t)) for t in _COLLAPSED_TEXTS[:6])
    assert not figtable._may_hold_collapsed_header("Kết nạp 120 đoàn viên\nĐơn vị: 3", 0, 30)


# ---------------------------------------------------------------- quantities: OCR'd figures found from their digit

# ocrdigits._OCR_FIGURE as it was: opening with the lookbehind, tried at every position
_OCR_FIGURE_PLAIN = re.compile(r"(?<![\w.,/])\d+(?:[OolI]+\d+)+(?:[.,]\d+)?(?=[ \t]*%|[ \t]+[^\W\d_])")
_OCR_TEXTS = ["đạt 1l2,5% chỉ tiêu, 2O0 hộ, 1O5/KH, x1O5 hộ, .1O5 hộ, /1O5 hộ, 1O5 hộ, 10Ol1 người, ,2o3 %, 1I1", "1O2 hộ",
              "12O3.5 tấn; 1lO2 xã 3O", "١٢O٣ hộ", ""]


def _assert_ocr_figures_are_plain(text: str) -> None:
    assert [m.span() for m in ocrdigits._OCR_FIGURE.finditer(text)] == [m.span() for m in _OCR_FIGURE_PLAIN.finditer(text)]
    for pos in range(0, len(text) + 1, max(1, len(text) // 30)):
        a, b = ocrdigits._OCR_FIGURE.search(text, pos), _OCR_FIGURE_PLAIN.search(text, pos)
        assert (a and a.span()) == (b and b.span()), pos


@pytest.mark.parametrize("text", _OCR_TEXTS + _SAMPLE_TEXTS)
def test_ocr_figures_from_their_digit_are_the_plain_pattern(text: str) -> None:
    _assert_ocr_figures_are_plain(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1", "2", "05", "O", "o", "l", "I", "x", "_", ".", ",", "/", " ", "\t", "%", "hộ", "\n",
                                 "٣"]), max_size=20))
def test_ocr_figures_from_their_digit_are_the_plain_pattern_random(parts: list[str]) -> None:
    _assert_ocr_figures_are_plain("".join(parts))


def test_ocr_figures_are_found() -> None:
    assert ocrdigits.ocr_figures("đạt 1l2,5% chỉ tiêu và 2O0 hộ")[1] == [(4, 9), (23, 26)]  # "1l2,5", "2O0"
