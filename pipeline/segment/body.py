"""The zones around and inside the body: Kính gửi addressees, footnotes, headings."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from operator import attrgetter

from vanban.context import Heading
from vanban.grammar import regexes as rx
from vanban.segment.cells import _BODY_START, Cell, Layout

_LONG_ADDRESSEE = 220  # a Kính gửi line longer than this is the body's first paragraph
_MAX_HEADING_TITLE = 200
_LETTER_LEVEL = 5  # "a)" items sit below numbered headings
_ARTICLE = re.compile(r"^(Điều\s+\d+)\.?\s*(.*)$")  # "Điều 1. ...": an article of a decision
# an article holds its numbered clauses ("Điều 1. Phê duyệt ..., với các nội dung sau: 1. ...; 2. ..."): it is a
# level above them, so that what its opening sentence says of them (a plan approved) reaches them
_ARTICLE_LEVEL = 0
_ROMAN = re.compile(r"[IVXL]+")
_START = attrgetter("start")


def _recipients(lines: list[Cell], j: int, limit: int, lay: Layout) -> int:
    """Read the Kính gửi block starting at line j; return the first line after it."""
    first = lines[j]
    m = rx.KINH_GUI.match(first.text) or None
    rest_start = m.end() if m else len(first.text)
    inline = first.text[rest_start:].strip(" :\t*")
    if inline:
        off = first.text.index(inline, rest_start)
        _inline_addressees(first, off, inline, lay)
    j += 1
    listed = False
    while j < limit:
        s = lines[j].text
        if not s.strip():  # a label alone ("Kính gửi:" and a blank line, a converter's) waits for its list
            nxt = _addressees_resume(lines, j, limit, listed or not inline)
            if nxt is None:
                break
            j = nxt
            continue
        if rx.KINH_GUI.match(s):  # "Đồng kính gửi:"
            if not _read_also_to(lines[j], j, lay):
                j = _also_to_next_line(lines, j + 1, limit, lay)
                continue
            j += 1
            continue
        is_item = bool(rx.LIST_ITEM.match(s))
        body_like = _BODY_START.match(rx.LIST_ITEM.sub("", s)) or len(s.strip()) > _LONG_ADDRESSEE
        if body_like or (not is_item and (listed or inline)):
            break
        item = rx.LIST_ITEM.sub("", s).strip()
        off = s.index(item) if item else 0
        lay.recipient_cells.append(Cell(lines[j].start + off, lines[j].start + off + len(item), item, j))
        listed = True
        j += 1
        if inline and not is_item:
            break
    return j


# "; " between two addressees written after the label on its line ("Kính gửi: Sở Nội vụ; Sở Tư pháp; UBND các
# huyện."): the list run inline, one addressee each, as the same list in lines is; a ";" in brackets stays in its
# addressee. (A list item's own line keeps what it holds: "- Chỉ huy trưởng Bộ CHQS tỉnh; Giám đốc Công an tỉnh;")
_INLINE_SEPARATOR = re.compile(r";\s+(?![^()]*\))")


def _inline_addressees(first: Cell, off: int, inline: str, lay: Layout) -> None:
    """The addressees after the Kính gửi label on its own line, each a cell (thirty-sixth heldout round)."""
    a = 0
    for m in [*_INLINE_SEPARATOR.finditer(inline), None]:
        b = m.start() if m else len(inline)
        item = inline[a:b]
        if item.strip():
            lay.recipient_cells.append(Cell(first.start + off + a, first.start + off + b, item, first.line))
        a = m.end() if m else b


def _addressees_resume(lines: list[Cell], j: int, limit: int, listed: bool) -> int | None:
    """After blank line j: the next addressee's line when a list item follows the block's items (listed) or its
    label alone, else None."""
    nxt = j + 1
    while nxt < limit and not lines[nxt].text.strip():
        nxt += 1
    if nxt < limit and rx.LIST_ITEM.match(lines[nxt].text) and listed and not _BODY_START.match(
            rx.LIST_ITEM.sub("", lines[nxt].text)):
        return nxt
    return None


def _read_also_to(line: Cell, j: int, lay: Layout) -> bool:
    """ "Đồng kính gửi: ..." inside the block: its addressee on the same line (False when none is)."""
    s = line.text
    m2 = rx.KINH_GUI.match(s)
    rest = s[m2.end():].strip(" :\t*") if m2 else ""
    if not m2 or not rest:
        return False
    off = s.index(rest, m2.end())
    lay.recipient_cells.append(Cell(line.start + off, line.start + off + len(rest), rest, j))
    return True


def _also_to_next_line(lines: list[Cell], j: int, limit: int, lay: Layout) -> int:
    """ "Đồng kính gửi:" alone on its line (or in its table cell): the addressee is the next line."""
    if j >= limit:
        return j
    s = lines[j].text
    item = rx.LIST_ITEM.sub("", s).strip()
    if not item or _BODY_START.match(item) or len(item) > _LONG_ADDRESSEE:
        return j
    off = s.index(item)
    lay.recipient_cells.append(Cell(lines[j].start + off, lines[j].start + off + len(item), item, j))
    return j + 1


_ANY_SUPERSCRIPT = re.compile(f"[{rx.SUPERSCRIPT}]")  # a footnote line and a footnote mark both need one


def _superscript_lines(text: str, lines: list[Cell], body_start: int) -> Iterator[Cell]:
    """The lines from the body's start on that hold a superscript, in order: each found from a superscript
    the text holds (the lines are in text order), the search going on after its line. Most documents hold
    none, and those that do hold them on a few lines: the other lines are never read."""
    at = _ANY_SUPERSCRIPT.search(text, body_start)
    while at is not None:
        pos = at.start()
        k = bisect_right(lines, pos, key=_START) - 1
        if k >= 0 and pos < lines[k].end:
            if lines[k].start >= body_start:
                yield lines[k]
            pos = lines[k].end - 1  # (on after the line)
        at = _ANY_SUPERSCRIPT.search(text, pos + 1)


def _footnotes(text: str, lines: list[Cell], body_start: int, lay: Layout) -> None:
    """The footnote lines ("¹ Gồm ...") and the marks referring to them ("huyện¹") from the body on."""
    if not any(map(text.__contains__, rx.SUPERSCRIPT)):
        return  # most documents hold no superscript: a substring search for each is half the pattern's scan
    ranges = []
    for ln in _superscript_lines(text, lines, body_start):
        m = rx.FOOTNOTE_LINE.match(ln.text)
        if m:
            mark = m.group("mark").translate(rx.SUPER_TO_DIGIT)
            a = ln.start + m.start("text")
            lay.footnotes.setdefault(mark, (a, ln.end))
            ranges.append((ln.start, ln.end))
            continue
        for r in rx.FOOTNOTE_REF.finditer(ln.text):
            mark = r.group("mark").translate(rx.SUPER_TO_DIGIT)
            lay.footnote_refs.setdefault(mark, []).append(ln.start + r.start())
    if ranges:
        lay.zones["footnotes"] = ranges


def _heading_level(m: re.Match[str], has_roman: bool) -> int | None:
    """Level of a numbered heading (I. = 1, 1. = 2 under Roman parts, a) = 5), None when it is not one."""
    label = m.group("label")
    if _ROMAN.fullmatch(label):
        return 1 if m.group("punct") else None
    if label[0].isdigit():
        if not m.group("punct") and "." not in label:
            return None
        return label.count(".") + 1 + (1 if has_roman else 0)
    return _LETTER_LEVEL if m.group("punct") == ")" else None


# the first character (after blanks) of a line _ARTICLE ("Điều") or rx.HEADING (its label) can match
_HEADING_START = re.compile(r"\s*[ĐIVXL\da-zđ]")


def _headings(lines: list[Cell], body_start: int, body_end: int, lay: Layout) -> None:
    """The numbered headings and articles of the lines starting in [body_start, body_end) (the lines are in
    text order: the range is found by bisection, and only the lines `_HEADING_START` lets through, mapped
    over the range in C, are read)."""
    has_roman = False
    inside = lines[bisect_left(lines, body_start, key=_START):bisect_left(lines, body_end, key=_START)]
    for ln in itertools.compress(inside, map(_HEADING_START.match, [c.text for c in inside])):
        s = ln.text.strip()
        dieu = _ARTICLE.match(s)
        if dieu:
            off = ln.text.index(s)
            lay.headings.append(Heading(ln.start + off, ln.end, dieu.group(1), dieu.group(2)[:_MAX_HEADING_TITLE],
                                        _ARTICLE_LEVEL))
            continue
        m = rx.HEADING.match(s)
        if not m:
            continue
        level = _heading_level(m, has_roman)
        if level is None:
            continue
        if _ROMAN.fullmatch(m.group("label")):
            has_roman = True
        off = ln.text.index(s)
        lay.headings.append(Heading(ln.start + off, ln.end, m.group("label"), m.group("title")[:_MAX_HEADING_TITLE],
                                    level))
