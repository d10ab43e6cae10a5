"""segment's walks over every line, written faster (closing's cues found in one walk, the headings' range
found by bisection and their lines prefiltered, the run-on need known without a call for most lines), read
the lines as the plain walks below do: on random texts built from real lines (tests/reference/randomtext.py)
and on generated ones."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.reference.randomtext import corpus_lines, random_text
from vanban.grammar import regexes as rx
from vanban.normalize import normalize
from vanban.segment import body, cells, closing, runon
from vanban.segment.cells import Cell, Layout, _lines

RANDOM_TEXTS = 300


# --- the plain readings, as they were written first ---

def _text_end(lines: list[Cell]) -> int:
    n = len(lines)
    cue = next((i for i, ln in enumerate(lines) if rx.NOI_NHAN.match(ln.text) or closing._FIRST_ITEM.match(ln.text)
                or closing._authority_cell(ln.text)), None)
    if cue is None:
        return n
    return next((i for i in range(cue + 1, n) if closing._ANNEX.match(lines[i].text)), n)


def _plain_cues(lines: list[Cell]) -> tuple[list[tuple[int, str]], list[int], list[int], int]:
    authority = [(i, m.group()) for i, ln in enumerate(lines) if (m := closing._AUTHORITY.match(ln.text.strip()))]
    noi_nhan = [i for i, ln in enumerate(lines) if rx.NOI_NHAN.match(ln.text)]
    first_items = [i for i, ln in enumerate(lines) if closing._FIRST_ITEM.match(ln.text)]
    return authority, noi_nhan, first_items, _text_end(lines)


def _plain_headings(lines: list[Cell], body_start: int, body_end: int) -> Layout:
    lay = Layout()
    has_roman = False
    for ln in lines:
        if ln.start < body_start or ln.start >= body_end:
            continue
        s = ln.text.strip()
        dieu = body._ARTICLE.match(s)
        if dieu:
            off = ln.text.index(s)
            lay.headings.append(body.Heading(ln.start + off, ln.end, dieu.group(1),
                                             dieu.group(2)[:body._MAX_HEADING_TITLE], body._ARTICLE_LEVEL))
            continue
        m = rx.HEADING.match(s)
        if not m:
            continue
        level = body._heading_level(m, has_roman)
        if level is None:
            continue
        if body._ROMAN.fullmatch(m.group("label")):
            has_roman = True
        off = ln.text.index(s)
        lay.headings.append(body.Heading(ln.start + off, ln.end, m.group("label"),
                                         m.group("title")[:body._MAX_HEADING_TITLE], level))
    return lay


def _plain_split_run_on(lines: list[Cell]) -> list[Cell]:
    needs = [runon._signals_needed(ln.text) if len(ln.text) >= runon._CLOSING_RUN_ON_MIN else 0 for ln in lines]
    if not any(needs):
        return lines
    out: list[Cell] = []
    for ln, need in zip(lines, needs, strict=True):
        out.extend(runon._cut(ln, need) if need else [ln])
    if len(out) == len(lines) and all(a is b for a, b in zip(out, lines, strict=True)):
        return lines
    return [Cell(c.start, c.end, c.text, i) for i, c in enumerate(out)]


# --- the comparisons ---

def _assert_same(text: str) -> None:
    lines = runon.split_run_on(_lines(text))
    assert lines == _plain_split_run_on(_lines(text))
    # the bisections rely on the lines being in text order
    assert [c.start for c in lines] == sorted(c.start for c in lines)
    assert [c.end for c in lines] == sorted(c.end for c in lines)
    cues = closing.closing_cues(lines)
    authority = [(i, m.group()) for i, m in cues.authority]
    assert (authority, cues.noi_nhan, cues.first_items, cues.end) == _plain_cues(lines)
    columns = closing._closing_columns(lines, cues)
    if columns is not lines:
        cc = closing.closing_cues(columns)
        assert ([(i, m.group()) for i, m in cc.authority], cc.noi_nhan, cc.first_items, cc.end) == _plain_cues(columns)
    for a, b in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3), (len(text) // 2, len(text) + 1)):
        lay = Layout()
        body._headings(lines, a, b, lay)
        assert lay.headings == _plain_headings(lines, a, b).headings


_INVENTED = [
    "Nơi nhận:\n- Như Điều 3;\n- Lưu VT.\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn A\nPHỤ LỤC I\nNơi nhận: mẫu",
    "  4Nơi nhận:            KT. CHỦ TỊCH\n- Như trên;\t\tPHÓ CHỦ TỊCH\nDANH MỤC",
    "I. MỤC ĐÍCH\n1. Yêu cầu\n1.1 Nội dung\na) tổ chức\nĐiều 1. Phê duyệt\n  Điều 2 Giao\nII.\nb Không",
    "Căn cứ ...; Nơi nhận: - Như điều 3; - Lưu VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (đã ký) Nguyễn Văn Bình " * 3,
    "... trước ngày 10/3/2026. Nơi nhận: - BTV Tỉnh đoàn; - Lưu VP. TM. BAN THƯỜNG VỤ BÍ THƯ Trần Văn Tám",
    "nơi nhận\nNOI NHAN:\n-Như Điều 4;\nT/M ĐẢNG ỦY\nK/T GIÁM ĐỐC\nQ. CHÁNH VĂN PHÒNG\nKT CHỦ TỊCH\nTUQ. X",
    "", "\n\n", "Nơi nhận: " + "x" * 40,
]


@pytest.mark.parametrize("text", _INVENTED)
def test_invented_texts_read_as_the_plain_walks(text: str) -> None:
    _assert_same(text)
    _assert_same(normalize(text).text)


@pytest.mark.parametrize("seed", range(3))
def test_random_texts_read_as_the_plain_walks(seed: int) -> None:
    lines = corpus_lines()
    rnd = random.Random(seed)
    for _ in range(RANDOM_TEXTS // 3):
        text = random_text(lines, rnd)
        _assert_same(text)
        _assert_same(normalize(text).text)


_CUE_ALPHABET = " \t\u00a0-–+•.:/1NnƠơOoIiTKMLQUHhưƯ(_a"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CUE_ALPHABET, max_size=14))
def test_the_cue_prefilter_lets_every_cue_through(line: str) -> None:
    if rx.NOI_NHAN.match(line) or closing._FIRST_ITEM.match(line) or closing._AUTHORITY.match(line.strip()):
        assert closing._CUE_START.match(line)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \t\u3000ĐđIVXLivxl019aàz.)Điều", max_size=12))
def test_the_heading_prefilter_lets_every_heading_through(line: str) -> None:
    s = line.strip()
    if body._ARTICLE.match(s) or rx.HEADING.match(s):
        assert body._HEADING_START.match(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Nơi nhận: - A; - Lưu VP. TM. BAN THƯỜNG VỤ BÍ THƯ Trần Văn Tám",
                                 "x. Nơi nhận: - Như trên; - Lưu. KT. CHỦ TỊCH", "nhan", "Số: 12/QĐ-UBND ",
                                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ", "a" * 45, "b " * 160, "\t", " "]),
                max_size=12).map("".join))
def test_run_on_need_without_the_call(line: str) -> None:
    text = f"đầu\n{line}\ncuối"
    assert runon.split_run_on(_lines(text)) == _plain_split_run_on(_lines(text))
    assert re.search(r"nh[ậa]n", line) or runon._signals_needed(line) in (0, runon._MIN_SIGNALS)


# --- a header piece's motto cuts: the pieces no motto can be in are not folded with offsets ---

_MOTTO_PIECES = ["CỘNG HÒA", "CỘNG HOÀ", "Cộng hòa", "XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "ĐOÀN TNCS", "HỒ CHÍ MINH",
                 "ĐẢNG CỘNG SẢN", "ÐẢNG", "ĐỘC LẬP", "-", "–", "TỰ DO", "HẠNH PHÚC", " ", "  ", "\t", "|", "Số:",
                 "UBND TỈNH", "o\u0300a", "u\u0309y", "u\u0300\u00ea", "\u0301", "HOÀ", "HÒA"]


def _plain_motto_found(seg: str) -> bool:
    up = cells.fold_with_offsets(seg)[0].upper()
    # (the mottos cut out of a line; a whole-line-only one, mottos.tsv 'line', never is)
    return any(up.find(motto) >= 0 for motto in cells.tables().inline_mottos)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MOTTO_PIECES), max_size=10).map(" ".join))
def test_the_motto_prefilter_lets_every_motto_through(seg: str) -> None:
    if _plain_motto_found(seg):
        assert cells._may_hold_motto(seg)
    for titled in (False, True):
        plain: set[int] = {0, len(seg)}
        cells._motto_cuts(seg, titled, plain)
        got = set(cells._cuts_inside.__wrapped__(seg, titled))  # type: ignore[attr-defined]
        assert plain <= got


@pytest.mark.parametrize("seed", range(2))
def test_motto_prefilter_on_random_lines(seed: int) -> None:
    rnd = random.Random(seed)
    lines = corpus_lines()
    for _ in range(2000):
        seg = rnd.choice(lines)
        if _plain_motto_found(seg):
            assert cells._may_hold_motto(seg), seg
