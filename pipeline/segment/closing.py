"""The closing block, read from the end: Nơi nhận, authority lines, position and signer.

Authority lines are TM./KT./TL./TUQ./Q. (and T/M, K/T, T/L); the position
follows them (or shares their line), the signer's name may come after the
Nơi nhận list. A two-column closing block (Nơi nhận left, signature right,
flattened with spaces or tabs) is first read column by column.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from vanban.grammar import regexes as rx
from vanban.segment.cells import (
    _ANNEX,
    _AUTHORITY,
    _BODY_START,
    _POSITION_TAIL,
    _SIGN_NOTE,
    Cell,
    Layout,
    _is_enacting,
    _motto_of,
    _trim,
    is_upper,
)
from vanban.tables import rows, tables
from vanban.textutil import ascii_fold, fold, strip_diacritics

# a column gap: a run of tabs, or three or more spaces; written to begin with one whitespace
# character (then a tab run goes on, or two more spaces follow) so the regex skips from space to space
# the usual first item of a Nơi nhận list ("- Như Điều 3;", "- Như trên;"; OCR drops the mark of Điều)
_FIRST_ITEM = re.compile(r"^\s*[-–+•]\s*Như\s+(?:Đi[ềêe]u\s+\d+|trên)\s*[;,.]", re.IGNORECASE)
_GAP = re.compile(r"\s(?:(?<=\t)\t*|(?<!\t)\s{2,})")  # = r"\t+|\s{3,}"
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")  # a markdown table row in a web copy's closing block
_LONE_MARK = re.compile(r"^\s*[-–+•]\s*$")  # a list dash whose item is on the next line
# a list item's bullet alone before a line's first gap ("-\tNhư Điều 3;\tCHỦ TỊCH": a word processor's list puts a
# tab after its bullet): that gap is the item's, the columns' gap is the next one (round 52)
_BULLET_GAP = re.compile(r"[ \t]*[-–+•]")
_LIST_ITEM = re.compile(r"[-–+•]\s+\S")  # a list item's dash and its first word (matched where a line's text opens)
# words after a Nơi nhận item's end (";" or "."; a comma would join names listed in the item)
_NAME_TAIL = re.compile(r"[;.]\s+(?P<name>\S+(?:\s+\S+){1,4})\s*$")
# an authority line printed in the other column at an item's end, run on with one space ("- UBND tỉnh (b/c); KT. CHỦ
# TỊCH", "- Như trên; TM. ỦY BAN NHÂN DÂN": a PDF's two closing columns flattened; round 74's h824)
_AUTHORITY_TAIL = re.compile(r"(?<=[;.,)])\s+(?P<auth>(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.)\s*\S.*)$")
_MIN_AUTHORITY_WORDS = 2  # an authority's title after its prefix ("CHỦ TỊCH"); "- Lưu: VT, KT. HC" is a unit's code
# the signer's note printed in the other column at an item's end ("- Trưởng, các Phó Trưởng ...; (Đã ký)")
_SIGN_NOTE_TAIL = re.compile(r"(?<=[;.,])\s+[\[(]\s*(?:đã\s+ký|ký\s+tên|đã\s+ký\s+và\s+đóng\s+dấu)\s*[\])]\s*$",
                             re.IGNORECASE)
_NEAR_NOI_NHAN = 20  # lines between Nơi nhận and the signature's authority lines (either way)
_AFTER_NOI_NHAN = 30  # authority lines may follow a long Nơi nhận list
_CLOSING_FROM = 0.4  # without Nơi nhận the signature sits in the last 60% of the text
_COLUMNS_FROM = 0.5  # a two-column closing block sits in the second half
_RUN_GAP = 2  # authority lines of one signature are at most this far apart
_INDENT = 10  # an indented line without a gap belongs to the right column
_MAX_ITEM_WRAP = 100  # a wrapped Nơi nhận item's continuation is short
_SHORT_ARCHIVE = 80  # "Lưu: VT, ..." without a dash is still an item
_MAX_POSITION = 80  # a position line is short
_MAX_BARE_POSITION = 60  # a position without an authority prefix ("PHÓ BÍ THƯ")
_BARE_POSITION_ABOVE = 6  # ... looked for from this many lines above Nơi nhận
_BARE_POSITION_TAIL = 25  # ... or in this many last lines
_NAME_WINDOW = 40  # the name is within this many lines after the position
_UPPER_NAME_WINDOW = 3  # an upper-case name sits right under the position
_LONG_PROSE = 80  # a longer line between position and name means there is no name
_ENACTING_LOOKAHEAD = 4  # lines after an enacting line where its "Căn cứ" starts
_DEBRIS = 6  # a line this short holding no title is what OCR made of a seal or a signature stroke
_NAME_WORDS = (2, 5)  # words of a personal name read without its capitals
# A Vietnamese syllable without its marks: onset, one to three vowels, coda ('kien', 'quy', 'nguyen')
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}"
                       r"(?:ng|nh|ch|[cmnpt])?$")
# marks OCR read from a seal or a pen stroke before the signer's name ('_ Phan Thị Mỹ Linh'); a list dash is none
_SCRAP_BEFORE_NAME = re.compile(r"^[_~`·•|+©®°^*'\"“”‘’]+\s*")
# marks a seal or a pen stroke left glued before a title word ('"PHÓ', "'_.PHÓ"); a word of marks alone stays
_GLUED_MARKS = re.compile(r"^[\W_]+(?=\w)")
# a word of a printed title line: capitals (with a joining comma, dot or dash), or a dash or '&' alone
_TITLE_WORD = re.compile(r"^(?:[A-ZÀ-ỸĐ]{2,}[,.]?|[-–&]|[A-ZĐ]\.)$")


def _closing_columns(lines: list[Cell], cues: Cues | None = None) -> list[Cell]:
    """Lines of the last part of the text, left column first then right column.

    "Nơi nhận:            TM. BAN THƯỜNG VỤ" on one line (a two-column table flattened
    with spaces or tabs) becomes two cells; an indented line without a gap belongs
    to the right column. Text without such lines is returned unchanged (the same list).
    `cues`: `closing_cues(lines)` when the caller has them.
    """
    n = len(lines)
    cues = cues or closing_cues(lines)
    start = int(cues.end * _COLUMNS_FROM)
    # the first two lines cut into columns are enough to know (most closing blocks have some)
    split = _column_lines(lines, start, 2)
    noi_nhan = _find_noi_nhan(cues)
    if split and noi_nhan is None:
        noi_nhan = _noi_nhan_row(lines, split[0])
    while split and (after := _body_table_end(lines, split[0], noi_nhan)) is not None:
        split = _column_lines(lines, after, 2)
    if len(split) == 1 and (cut := _authority_after_last_item(lines, split[0])) is not None:
        return cut
    if len(split) < 2 and not (split and _titled_label_line(lines[split[0]].text)):
        return lines
    first = split[0]
    # an annex after the closing block (its tables also have gaps) is no part of the two columns
    stop = next((i for i in range(first + 1, n) if _ANNEX.match(lines[i].text) and not _GAP.search(
        lines[i].text.strip())), n)
    left: list[Cell] = []
    right: list[Cell] = []
    for ln in lines[first:stop]:
        if _TABLE_ROW.match(ln.text):
            _table_row_cells(ln, left, right)
            continue
        body = ln.text.rstrip()
        lead = len(body) - len(body.lstrip())
        m = _GAP.search(body, lead)
        if m and _BULLET_GAP.fullmatch(body, 0, m.start()):
            m = _GAP.search(body, m.end())
        if m and body[:m.start()].strip():
            a = _trim(Cell(ln.start, ln.start + m.start(), body[:m.start()], ln.line))
            b = _trim(Cell(ln.start + m.end(), ln.start + len(body), body[m.end():], ln.line))
            if a:
                left.append(a)
            if b:
                right.append(b)
        elif (lead >= _INDENT or ("\t" in body[:lead] and not _LIST_ITEM.match(body, lead))) and body.strip():
            # indented past the left column (a Nơi nhận item is the left column's, however indented: a DOCX table
            # pasted under an indented paragraph opens each of its lines with a tab, "\t- Ban Dân vận Tỉnh ủy;")
            c = _trim(ln)
            if c:
                right.append(c)
        else:
            left.append(ln)
    out = lines[:first] + left + right + lines[stop:]
    return [Cell(c.start, c.end, c.text, i) for i, c in enumerate(out)]


def _authority_after_last_item(lines: list[Cell], i: int) -> list[Cell] | None:
    """A DOCX closing block whose signature begins on the Nơi nhận list's last line, the rest of it on lines of
    its own below ("- Lưu: VT, KT.<tab>TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" / "(Đã ký)" / name; sixty-second heldout
    round, h691): the one line with a gap is cut where it stands, the authority on the line after the item, so the
    lines below stay under it. None when the line is no such item (another list item follows it) or its second
    cell is no authority with an upper-case title."""
    ln = lines[i]
    body = ln.text.rstrip()
    lead = len(body) - len(body.lstrip())
    gap = _GAP.search(body, lead)
    if gap is None or not _LIST_ITEM.match(body, lead) or not _authority_cell(body[gap.end():]):
        return None
    if i + 1 < len(lines) and _LIST_ITEM.match(lines[i + 1].text.lstrip()):
        return None
    item = _trim(Cell(ln.start, ln.start + gap.start(), body[:gap.start()], ln.line))
    authority = _trim(Cell(ln.start + gap.end(), ln.start + len(body), body[gap.end():], ln.line))
    if item is None or authority is None:
        return None
    out = lines[:i] + [item, authority] + lines[i + 1:]
    return [Cell(c.start, c.end, c.text, k) for k, c in enumerate(out)]


def _noi_nhan_row(lines: list[Cell], start: int) -> int | None:
    """The first markdown row from `start` on whose first cell is the Nơi nhận label ("| Nơi nhận: | KT. CHI CỤC
    TRƯỞNG |", a web copy's closing typed as a table and split at its <br> tags; round 74's h819): the closing's
    first line, which the label at a line's start (`closing_cues`) does not find."""
    for i in range(start, len(lines)):
        text = lines[i].text
        if ("nhận" in text or "nhan" in text) and _TABLE_ROW.match(text) and rx.NOI_NHAN.match(
                text[text.index("|") + 1:].lstrip()):
            return i
    return None


def _body_table_end(lines: list[Cell], first: int, noi_nhan: int | None) -> int | None:
    """Where a markdown table ends when it ends before the Nơi nhận label (a decision's allotment table in its
    article, "| 4 | Các xã còn lại | 702 | ... |", then Điều 3 and the closing; round 50's h558): the body's, no
    column of the closing block, which is looked for after it. None when `first` opens no such table."""
    if noi_nhan is None or first >= noi_nhan or not _TABLE_ROW.match(lines[first].text):
        return None
    end = first
    while end < len(lines) and _TABLE_ROW.match(lines[end].text):
        end += 1
    return end if end < noi_nhan else None


# the blank characters other than " " and "\n" (str.isspace, as the regex "\s"): written out, a class of
# them is scanned several times faster than "[^\S \n]"
_ODD_BLANKS = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# what a line cut into columns holds besides three spaces: a tab or another blank character (a run of
# three blanks may hold one: "\xa0"), or the "|" of a table row; most lines of a text hold none
_COLUMN_HINT = re.compile(f"[|{_ODD_BLANKS}]")


def _titled_label_line(text: str) -> bool:
    """ "Nơi nhận:        TRƯỞNG CÔNG AN PHƯỜNG": the signature's first line beside the Nơi nhận label is
    enough to know the block is in two columns, though no other line of it has a gap (the name under
    the title only indented). A list item after the gap ("Nơi nhận:    - Như trên;") is no column."""
    m = rx.NOI_NHAN.match(text)
    if m is None:
        return False
    gap = _GAP.search(text, m.end())
    if gap is None or text[m.end():gap.start()].strip(" :*"):
        return False
    right = text[gap.end():].strip()
    return bool(right) and not rx.LIST_ITEM.match(right)


def _is_column_line(text: str) -> bool:
    return _GAP.search(text.strip()) is not None or _TABLE_ROW.match(text) is not None


def _column_lines(lines: list[Cell], start: int, want: int) -> list[int]:
    """The first `want` lines from `start` on that `_is_column_line`. Only the lines holding three
    spaces or a `_COLUMN_HINT` are read, found by scans of the lines joined (a regex call a line was a
    fiftieth of parse time); a find's line is told by counting the line breaks since the last one read (the
    lines' offsets in the joined text, a sum a line, were most of the call's time)."""
    texts = [ln.text for ln in lines[start:]]
    joined = "\n".join(texts)
    out: list[int] = []
    spaces = joined.find("   ")  # the next "   " and the next hint at or after pos (-1: none left)
    m = _COLUMN_HINT.search(joined)
    hint = m.start() if m else -1
    pos = 0  # where line k begins in joined: the next line to read
    k = 0
    while len(out) < want:
        if 0 <= spaces < pos:
            spaces = joined.find("   ", pos)
        if 0 <= hint < pos:
            m = _COLUMN_HINT.search(joined, pos)
            hint = m.start() if m else -1
        at = min((x for x in (spaces, hint) if x >= 0), default=-1)
        if at < 0:
            break
        k += joined.count("\n", pos, at)  # the line the find is on
        if _is_column_line(texts[k]):
            out.append(start + k)
        end = joined.find("\n", at)  # on to the next line (none after the last)
        if end < 0:
            break
        pos, k = end + 1, k + 1
    return out


# What a line NOI_NHAN, _FIRST_ITEM or _AUTHORITY can match opens with: the start of each (its flags kept),
# one regex call a line, mapped over the lines in C, turns down the lines none of the three can match (they
# were three walks over every line, a regex call or two a line each)
_CUE_START = re.compile(r"\s*(?:(?i:(?:[^\w\s]|\d){0,2}N[ơoớờởỡợóòỏõọ]i|[-–+•]\s*Như)|T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.|KT)")


@dataclass(frozen=True)
class Cues:
    """The closing block's cues in a list of lines, found in one walk over them."""

    authority: list[tuple[int, re.Match[str]]]  # the lines opening with an authority prefix, and their matches
    noi_nhan: list[int]  # the lines rx.NOI_NHAN matches
    first_items: list[int]  # the lines _FIRST_ITEM matches ("- Như Điều 3;")
    # where the document proper ends: at the first annex heading after the first cue (the Nơi nhận list's label
    # or first item, an authority prefix), else at the end. A long annex (tables of procedures) would otherwise
    # put the closing block in the first half of the lines, where the closing is not looked for.
    end: int


def closing_cues(lines: list[Cell]) -> Cues:
    """`Cues` of the lines: the three line tests run only on the lines `_CUE_START` lets through (a
    regex mapped over the lines in C), the annex heading sought from the first cue on."""
    n = len(lines)
    texts = [ln.text for ln in lines]
    opening = list(itertools.compress(range(n), map(_CUE_START.match, texts)))
    authority = [(i, m) for i in opening if (m := _AUTHORITY.match(texts[i].strip()))]
    noi_nhan = [i for i in opening if rx.NOI_NHAN.match(texts[i])]
    first_items = [i for i in opening if _FIRST_ITEM.match(texts[i])]
    cue = min(noi_nhan[:1] + first_items[:1], default=n)
    # an authority prefix inside a line ("Nơi nhận:      KT. CHỦ TỊCH") cues it too
    hinted = itertools.compress(range(cue), map(_AUTHORITY_HINT.search, texts[:cue]))
    cue = next((i for i in hinted if _authority_cell(texts[i])), cue)
    end = n if cue == n else next(itertools.compress(range(cue + 1, n), map(_ANNEX.match, texts[cue + 1:])), n)
    return Cues(authority, noi_nhan, first_items, end)


# what every authority prefix (_AUTHORITY: T/M, K/T, T/L, TM., KT., TL., TUQ., Q., KT) holds: most lines hold
# none, and are turned down without being cut into cells
_AUTHORITY_HINT = re.compile(r"T/[ML]|K/T|T[ML]\.|KT|Q\.")


def _authority_cell(text: str) -> bool:
    """A line or a cell of it opening with an authority prefix and an upper-case title ('KT. CHỦ TỊCH',
    '...\tKT. CHỦ TỊCH'): the signature, also where OCR could not read the Nơi nhận label beside it."""
    if _AUTHORITY_HINT.search(text) is None:
        return False
    return any((m := _AUTHORITY.match(c.strip())) is not None and is_upper(m.group("rest") or "", 0.7)
               for c in _GAP.split(text.strip()))


_EMPTY_CELLS = frozenset("-–—")  # what a figure table prints in a cell with no value


def _table_row_cells(ln: Cell, left: list[Cell], right: list[Cell]) -> None:
    """A markdown table row "| Nơi nhận: | GIÁM ĐỐC |": the first cell is the left column, the rest the right."""
    pos = ln.text.index("|") + 1
    parts: list[Cell | None] = []
    for part in ln.text[pos:].split("|"):
        cell = _trim(Cell(ln.start + pos, ln.start + pos + len(part), part, ln.line))
        # a cell holding only a dash is a table's empty value ("| Các phường còn lại | 212 | - |"), no list item
        parts.append(None if cell is not None and cell.text in _EMPTY_CELLS else cell)
        pos += len(part) + 1
    if parts and parts[0] is not None:
        left.append(parts[0])
    right.extend(c for c in parts[1:] if c is not None)


def _closing(lines: list[Cell], lay: Layout, cues: Cues | None = None) -> tuple[int | None, int | None]:
    """Find Nơi nhận, authority lines, position and name near the end (`cues`: `closing_cues(lines)`
    when the caller has them).

    Returns (index of the first closing line, character offset where the body ends).
    """
    cues = cues or closing_cues(lines)
    noi_nhan = _find_noi_nhan(cues)
    auth_idx = _authority_run(cues, noi_nhan)
    if noi_nhan is not None:
        _read_distribution(lines, noi_nhan, lay)
    dist_lines = {c.line for c in lay.distribution_cells} | ({noi_nhan} if noi_nhan is not None else set())

    pos_line = None
    if auth_idx:
        lay.authority_cells = [c for c in (_trim(lines[i]) for i in auth_idx) if c]
        pos_line = _position_after_authority(lines, auth_idx[-1], dist_lines)
    else:
        pos_line = _bare_position(lines, noi_nhan, dist_lines)
    if pos_line is not None:
        pos_line = _read_position(lines, pos_line, lay)
    elif lay.authority_cells and _acting_title(lay):
        pos_line = lay.position_cell.line if lay.position_cell else None
    elif lay.authority_cells:
        _split_joined_position(lay)
    if lay.position_cell is None and lay.split_position is not None and (auth_idx or pos_line is None):
        lay.position_cell = lay.split_position  # "- Trung ương Đoàn (b/c); BÍ THƯ"
        pos_line = lay.split_position.line
    run_on = ([lay.label_authority] if lay.label_authority is not None else []) + lay.split_authorities
    if not lay.authority_cells and run_on:
        lay.authority_cells = run_on  # "Nơi nhận: KT. CỤC TRƯỞNG", "- UBND tỉnh (b/c); KT. CHỦ TỊCH"
    anchor = pos_line if pos_line is not None else (auth_idx[-1] if auth_idx else None)
    if anchor is not None:
        _read_name(lines, anchor, dist_lines, lay)
        if lay.name_cell is None and noi_nhan is not None:
            _name_in_list(lines, noi_nhan, dist_lines, lay)
        if lay.name_cell is None:
            _take_split_name(lay)
    elif noi_nhan is not None:
        _bare_name(lines, noi_nhan, dist_lines, lay)
    sig_lines = _signature_zone(lines, lay)
    starts = ([noi_nhan] if noi_nhan is not None else []) + sig_lines
    if not starts:
        return None, None
    first_line = min(starts)
    # the body ends at the first closing line, or earlier at footnotes placed at the end
    return first_line, lines[first_line].start


def _find_noi_nhan(cues: Cues) -> int | None:
    """The Nơi nhận next to the signature (an annex may hold a template with its own)."""
    auth_all = [i for i, _ in cues.authority]
    for i in cues.noi_nhan:
        if any(abs(i - a) <= _NEAR_NOI_NHAN for a in auth_all):
            return i
    if cues.noi_nhan:
        return cues.noi_nhan[-1]
    return _unlabelled_list(cues.first_items, auth_all)


def _unlabelled_list(first_items: list[int], auth_all: list[int]) -> int | None:
    """The first item of a Nơi nhận list whose label OCR could not read ('cau “cơ' for a bold italic
    'Nơi nhận:'): '- Như Điều 4;' or '- Như trên;', the list's usual first item, next to an authority
    line. The list is read from that item."""
    for i in first_items:
        if any(abs(i - a) <= _NEAR_NOI_NHAN for a in auth_all):
            return i
    return None


def _authority_run(cues: Cues, noi_nhan: int | None) -> list[int]:
    """The last contiguous run of upper-case authority lines ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH")."""
    auth_idx = [i for i, m in cues.authority if is_upper(m.group("rest") or "XX", 0.7)]
    # the signature sits next to Nơi nhận, or in the last part of the text
    if noi_nhan is not None:
        auth_idx = [i for i in auth_idx if noi_nhan - _NEAR_NOI_NHAN <= i <= noi_nhan + _AFTER_NOI_NHAN]
    else:
        auth_idx = [i for i in auth_idx if i >= int(cues.end * _CLOSING_FROM)]
    if not auth_idx:
        return auth_idx
    group = [auth_idx[-1]]
    for i in reversed(auth_idx[:-1]):
        if group[0] - i > _RUN_GAP:
            break
        group.insert(0, i)
    return group


def _read_distribution(lines: list[Cell], noi_nhan: int, lay: Layout) -> None:
    """The Nơi nhận list: dashed items, "Lưu: ..." and wrapped continuations."""
    n = len(lines)
    first = lines[noi_nhan]
    m = rx.NOI_NHAN.match(first.text)
    if m is None:  # a list without its label (_unlabelled_list): its first line is an item
        _add_item(first, noi_nhan, lay)
    rest = first.text[m.end():].strip(" :*\t") if m is not None else ""
    if rest and m is not None:
        item = rx.LIST_ITEM.sub("", rest).strip()
        off = first.text.index(item, m.end()) if item else 0
        cell = Cell(first.start + off, first.start + off + len(item), item, noi_nhan)
        if _upper_authority(item):
            lay.label_authority = cell  # "Nơi nhận: KT. CỤC TRƯỞNG": the right column run on with one space
        elif _label_position(rest) and lay.split_position is None:
            lay.split_position = cell  # "Nơi nhận: CHỦ TỊCH": the same, a title without a prefix
        else:
            lay.distribution_cells.append(cell)
    j = noi_nhan + 1
    dashed = False  # a lone "-" line: its item is the next line
    while j < n:
        s = lines[j].text
        if not s.strip():
            nxt = _list_resumes(lines, j, lay)
            if nxt is None:
                break
            j = nxt
            continue
        if rx.PAGE_NUMBER_LINE.match(s) or _PAGE_NUMBER_HEAD.match(s):
            # "- 2 -", "Trang 2/3": a PDF page's number between two items, and the next page's running head: no item
            j = max(j + 1, _past_page_break(lines, j))
            continue
        if rx.RULE.match(s):
            # the rules around a page's number ("-----"): no item
            j += 1
            continue
        if _LONE_MARK.match(s):
            dashed = True
            j += 1
            continue
        if _mark_scrap(s) and (nxt := _list_resumes(lines, j, lay)) is not None:
            j = nxt  # a seal's or a pen's mark read as a line between two items ('_')
            continue
        if not (dashed or rx.LIST_ITEM.match(s) or (rx.ARCHIVE.match(s) and len(s) < _SHORT_ARCHIVE)
                or _undashed_item(s, lay)):
            if _interleaved_signature_line(lines, j, lay):
                j += 1
                continue
            if not _join_wrapped_item(lines[j], lay):
                break
            j += 1
            continue
        dashed = False
        _add_item(lines[j], j, lay)
        j += 1
    if lay.distribution_cells:
        lay.zones["distribution"] = [(first.start, lay.distribution_cells[-1].end)]


def _signature_line(s: str) -> bool:
    """A line of the signature block: an authority ("KT. CHI CỤC TRƯỞNG"), a short upper-case title that holds a
    position ("PHÓ CHI CỤC TRƯỞNG"), a signing note ("(Đã ký)")."""
    st = s.strip()
    return bool(_AUTHORITY.match(st) or _SIGN_NOTE.match(st)
                or (len(st) < _MAX_POSITION and is_upper(st, 0.9) and _holds_position(st)))


def _interleaved_signature_line(lines: list[Cell], j: int, lay: Layout) -> bool:
    """A PDF's two closing columns read line by line in turn ("Nơi nhận:" / "KT. CHI CỤC TRƯỞNG" / "- Như trên;" /
    "PHÓ CHI CỤC TRƯỞNG" / "- Sở ... (b/c);" / "(Đã ký)" / "- Lưu: VT."): line j is the signature's, and the list
    goes on after it (past more of the signature's lines), so it is read past, not taken for the list's end
    (fifty-fifth heldout round, h608)."""
    n = len(lines)
    k = j
    while k < n and (not lines[k].text.strip() or _interleaved_line(lines[k].text)):
        k += 1
    if lay.distribution_cells and rx.ARCHIVE.match(lay.distribution_cells[-1].text):
        return False  # the list's last item ("- Lưu: VT, KSBT.") was read: what follows is no more of it
    return k > j and _interleaved_line(lines[j].text) and k < n and (
        rx.LIST_ITEM.match(lines[k].text) is not None or rx.ARCHIVE.match(lines[k].text) is not None
        or _item_goes_on(lines[k].text, lay))


def _interleaved_line(s: str) -> bool:
    """A line of the signature read between two items: a signature line, or the signer's name ("Rơ Châm H'Lan" /
    "- Lưu: VT, QLBVR.": round 67's h744)."""
    return _signature_line(s) or rx.NAME_LINE.match(s.strip()) is not None


def _item_goes_on(text: str, lay: Layout) -> bool:
    """The line is the last item's wrapped rest, past the signature's lines read between them ("- Ban Chỉ đạo Chương
    trình phát triển" / "(Đã ký)" / "lâm nghiệp bền vững tỉnh;": round 67's h744): the item is unfinished (no ";" or
    "." closes it) and the line goes on in lower case."""
    prev = lay.distribution_cells[-1] if lay.distribution_cells else None
    st = text.strip()
    return prev is not None and not re.search(r"[;.]\s*$", prev.text) and bool(st) and st[0].islower() \
        and len(st) < _MAX_ITEM_WRAP


def _mark_scrap(s: str) -> bool:
    """A short line of marks alone ('_', '¬#'): what OCR made of a stroke, no text."""
    st = s.strip()
    return 0 < len(st) <= _DEBRIS and not any(c.isalnum() for c in st)


def _add_item(line: Cell, j: int, lay: Layout) -> None:
    """One Nơi nhận item; a position printed at its end in the other column ("...; BÍ THƯ") is kept apart."""
    s = line.text
    item = rx.LIST_ITEM.sub("", s).strip()
    if not item:
        return
    off = s.index(item)
    note = _SIGN_NOTE_TAIL.search(item)
    if note:
        item = item[:note.start()]
    auth = _AUTHORITY_TAIL.search(item)
    if auth and _run_on_authority(auth.group("auth")):
        lay.split_authorities.append(
            Cell(line.start + off + auth.start("auth"), line.start + off + len(item), auth.group("auth"), j))
        item = item[:auth.start()].rstrip()
    m = _POSITION_TAIL.search(item)
    if m and re.search(r"[;.,)]\s*$", item[:m.start()]) and lay.split_position is None:
        lay.split_position = Cell(line.start + off + m.start("pos"), line.start + off + len(item), m.group("pos"), j)
        item = item[:m.start()].rstrip()
    name = _NAME_TAIL.search(item)
    # the name may run on after its academic title ("- Lưu: VT, KHTH. BSCKII. Đinh Quang Thiều")
    bare = strip_name_title(name.group("name")) if name else ""
    if name and bare and name.group("name").endswith(bare) and _tail_name(bare):
        at = line.start + off + name.end("name") - len(bare)
        lay.split_name = Cell(at, line.start + off + len(item), bare, j)
    lay.distribution_cells.append(Cell(line.start + off, line.start + off + len(item), item, j))


def _run_on_authority(text: str) -> bool:
    """An item's tail that is the signature's authority line: an upper-case title of two words or more after the
    prefix ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"); "- Lưu: VT, KT." or "KT. HC" is an archive's codes."""
    m = _AUTHORITY.match(text)
    return _upper_authority(text) and m is not None and len(m.group("rest").split()) >= _MIN_AUTHORITY_WORDS


def _label_position(rest: str) -> bool:
    """What follows the Nơi nhận label on its line is the signer's title run on from the right column with
    one space ("Nơi nhận: CHỦ TỊCH", "Nơi nhận: CHI CỤC TRƯỞNG"): no list dash, short, upper case, holding a
    position. An upper-case item there ("Nơi nhận: UBND TỈNH") holds no position and stays an item."""
    st = rest.strip()
    return not rx.LIST_ITEM.match(st) and 0 < len(st) <= _MAX_BARE_POSITION and is_upper(st, 0.9) \
        and _holds_position(st) and not rx.NAME_LINE.match(st)


def _upper_authority(s: str) -> bool:
    """An authority prefix with an upper-case title ('KT. CỤC TRƯỞNG', 'T/M BAN THƯỜNG VỤ')."""
    m = _AUTHORITY.match(s)
    return m is not None and bool(m.group("rest").strip()) and is_upper(m.group("rest"), 0.7)


def _tail_name(s: str) -> bool:
    """Words after an item's end that are a personal name: capitalised name syllables, a family name first."""
    words = s.split()
    return bool(rx.NAME_LINE.match(s)) and words[0].lower() in _surnames()[0] and all(
        _name_syllable(w) for w in words)


def _without_tail_title(text: str) -> str:
    """An item cut before the name run onto it, without the name's academic title left at its end ("Lưu: VT,
    KHTH. BSCKII." -> "Lưu: VT, KHTH.")."""
    while True:
        title = next((t for t in tables().name_titles if text.endswith(" " + t) or text.endswith(" " + t.rstrip("."))),
                     None)
        if title is None:
            return text
        text = text[:text.rstrip().rfind(" ")].rstrip()


def _take_split_name(lay: Layout) -> None:
    """The signer's name run onto the last Nơi nhận item with one space ("- Lưu: VT, CL. Tạ Mạnh Hùng"):
    the name is the signer's, the item ends before it."""
    name = lay.split_name
    if name is None:
        return
    for k, c in enumerate(lay.distribution_cells):
        if c.line == name.line and c.start <= name.start <= c.end:
            text = _without_tail_title(c.text[:name.start - c.start].rstrip())
            lay.distribution_cells[k] = Cell(c.start, c.start + len(text), text, c.line)
    lay.name_cell = name


def _undashed_item(s: str, lay: Layout) -> bool:
    """An item printed without its dash ("- Bộ Nội vụ;" / "CT, các PCT UBND tỉnh;"): the item above ends
    with ";" and this short line ends an item too."""
    st = s.strip()
    prev = lay.distribution_cells[-1] if lay.distribution_cells else None
    return prev is not None and prev.text.rstrip().endswith(";") and len(st) < _MAX_ITEM_WRAP and \
        bool(re.search(r"[;.]$", st)) and not is_upper(st) and not _AUTHORITY.match(st) and \
        not rx.NAME_LINE.match(st) and not _SIGN_NOTE.match(st)


def _list_resumes(lines: list[Cell], j: int, lay: Layout) -> int | None:
    """After blank line j: the next list item's line when the list goes on, else None. A PDF page's break between two
    items is passed over: its number ("Trang 2/3", "- 2 -") and the next page's running head under it ("Kế hoạch số
    47/KH-CCDS ngày 12/3/2033 của Chi cục ...", or glued on after the number: "- 2 - Báo cáo số 312-BC/ĐUK ..."; round
    71, h785, h792: the items after it were lost, or the head read as one)."""
    n = len(lines)
    nxt = _past_page_break(lines, j + 1)
    if nxt < n and rx.LIST_ITEM.match(lines[nxt].text) and not rx.ARCHIVE.match(
            lay.distribution_cells[-1].text if lay.distribution_cells else ""):
        return nxt
    return None


# a page's number glued before the next page's running head ("- 2 - Báo cáo số 312-BC/ĐUK ngày ..."): a dash, the
# number, a dash and a space, which no Nơi nhận item opens with
_PAGE_NUMBER_HEAD = re.compile(r"^\s*[-–]\s*\d{1,3}\s*[-–]\s+\S")
_RUNNING_HEAD_LINES = 1  # lines of the next page's running head between a page's number and the list going on
# a page's running head naming the document by its number and date ("Kế hoạch số 47/KH-CCDS ngày 12/3/2033 của Chi
# cục ..."), left alone in the Nơi nhận column when the page's number went to the signature's column
_RUNNING_HEAD = re.compile(r"^\s*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]+số:?[ \t]*\d{1,5}[-/]\S+[ \t]+ngày[ \t]+"
                           r"\d{1,2}/\d{1,2}/\d{4}", re.IGNORECASE)


def _past_page_break(lines: list[Cell], j: int) -> int:
    """The first line from j on past blank lines and a PDF page's break (its number, its running footer, the next
    page's running head under the number when a list item follows it)."""
    n = len(lines)
    while j < n:
        s = lines[j].text
        if not s.strip() or rx.RUNNING_FOOTER.search(s) or _PAGE_NUMBER_HEAD.match(s):
            j += 1
        elif _RUNNING_HEAD.match(s) and j + 1 < n and rx.LIST_ITEM.match(lines[j + 1].text):
            j += 1
        elif rx.PAGE_NUMBER_LINE.match(s):
            j += 1
            head = j
            while head < n and head - j < _RUNNING_HEAD_LINES and lines[head].text.strip() \
                    and not rx.LIST_ITEM.match(lines[head].text):
                head += 1
            if head > j and head < n and rx.LIST_ITEM.match(lines[head].text):
                j = head
        else:
            break
    return j


def _join_wrapped_item(line: Cell, lay: Layout) -> bool:
    """Join a wrapped item's continuation ("- VPCP: BTCN, các PCN, Trợ lý TTg," / "TGĐ Cổng TTĐT, ...")."""
    s = line.text
    prev = lay.distribution_cells[-1] if lay.distribution_cells else None
    if prev is None or re.search(r"[;.]\s*$", prev.text) or len(s.strip()) >= _MAX_ITEM_WRAP \
            or is_upper(s) or rx.NAME_LINE.match(s.strip()):
        return False
    lay.distribution_cells[-1] = Cell(prev.start, line.end, prev.text + " " + s.strip(), prev.line)
    return True


def _position_after_authority(lines: list[Cell], last: int, dist_lines: set[int]) -> int | None:
    """The position line under the authority lines (skipping blanks and the Nơi nhận list)."""
    n = len(lines)
    j = last + 1
    while j < n and (not lines[j].text.strip() or j in dist_lines or rx.NOI_NHAN.match(lines[j].text)
                     or _debris(lines[j].text)):
        j += 1
    if j < n and is_upper(lines[j].text) and len(lines[j].text.strip()) < _MAX_POSITION and not _AUTHORITY.match(
            lines[j].text.strip()) and not rx.NAME_LINE.match(lines[j].text.strip()):
        return j
    return None


def _debris(s: str) -> bool:
    """A scrap OCR read from a seal or a signature between the signer's title lines ('ầ', '¬LIV')."""
    st = s.strip()
    return 0 < len(st) <= _DEBRIS and not _holds_position(st) and not _AUTHORITY.match(st)


def _bare_position(lines: list[Cell], noi_nhan: int | None, dist_lines: set[int]) -> int | None:
    """No prefix: a short upper-case title line in the closing area ("PHÓ BÍ THƯ")."""
    n = len(lines)
    start = noi_nhan - _BARE_POSITION_ABOVE if noi_nhan is not None else max(0, n - _BARE_POSITION_TAIL)
    for j in range(max(start, 0), n):
        s = lines[j].text.strip()
        if j in dist_lines or not s or len(s) > _MAX_BARE_POSITION or not is_upper(s, 0.9):
            continue
        if any(w in fold(s).upper() for w in tables().positions) and not _motto_of(s) \
                and not _enacts(lines, j):
            return j
    return None


def _enacts(lines: list[Cell], j: int) -> bool:
    """'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...' followed by 'Căn cứ ...': a decision's enacting line, not a
    signature (a page 1 on its own has no signature block)."""
    if not _is_enacting(lines[j].text.strip()):
        return False
    following = [c.text.strip() for c in lines[j + 1:j + 1 + _ENACTING_LOOKAHEAD] if c.text.strip()]
    return any(_BODY_START.match(t) for t in following)


def _read_position(lines: list[Cell], pos_line: int, lay: Layout) -> int:
    """The position cell, joined with its wrapped second line ("PHÓ CHỦ TỊCH" / "THƯỜNG TRỰC").
    Returns the position's last line (the name is looked for below it)."""
    printed = _trim(lines[pos_line])
    lay.position_cell = _after_scraps(printed, lay.authority_cells)
    if printed is not None and lay.position_cell is not printed:
        lay.position_printed = printed.text
    nxt = pos_line + 1
    if lay.position_cell is None or nxt >= len(lines) or not _continues_position(lay.position_cell, lines[nxt]):
        return pos_line
    c = lay.position_cell
    tail = _trim(lines[nxt])
    if not tail:
        return pos_line
    lay.position_cell = Cell(c.start, tail.end, c.text + " " + tail.text, c.line)
    return nxt


def _after_scraps(cell: Cell | None, authority: list[Cell]) -> Cell | None:
    """The title without a seal's scraps read before it on its line ('LUFỆ V) BÍ THƯ' -> 'BÍ THƯ'): words up to
    the last one that is no title word, when what follows holds a position. Under 'KT. X' a scrap before X
    is what is left of the deputy's 'PHÓ' and stays for review: X alone would be the head's title."""
    if cell is None:
        return None
    words = [_GLUED_MARKS.sub("", w) for w in cell.text.split()]  # '"PHÓ', "'_.PHÓ": a mark glued to PHÓ
    last_scrap = max((i for i, w in enumerate(words) if not _TITLE_WORD.match(w)), default=-1)
    if last_scrap == len(words) - 1:
        return cell
    rest = " ".join(words[last_scrap + 1:])
    if rest == cell.text.strip():
        return cell
    if not any(w in fold(rest).upper() for w in tables().positions):
        return cell
    if any(fold(a.text).upper().endswith(" " + fold(rest).upper()) for a in authority if a.text.startswith("KT")):
        return cell
    k = cell.text.rfind(rest)
    return Cell(cell.start + k, cell.end, rest, cell.line) if k >= 0 else cell


def _continues_position(pos: Cell, line: Cell) -> bool:
    s = line.text.strip()
    if not is_upper(line.text) or rx.NAME_LINE.match(s) or len(s) >= _MAX_BARE_POSITION or _ANNEX.match(line.text):
        return False
    if not all(_TITLE_WORD.match(w) for w in s.split()):
        return False  # a seal's scraps under the title ('{ TÌ', 'Si ĐẠN'), not its second line
    if pos.text.rstrip().endswith((",", "-", "VÀ")):
        return True  # "TRƯỞNG BAN BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ": an unfinished title, even in name shape
    return not any(w in fold(line.text).upper() for w in tables().positions) and rx.NAME_LINE_UPPER.match(s) is None


def _acting_title(lay: Layout) -> bool:
    """ "Q. GIÁM ĐỐC" with no title under it: the acting head signs under their own title ("Q." goes before the
    head's title, Nghị định 30/2020 Phụ lục I), so the line is the position, not an authority signed for
    ("Q. CHI CỤC TRƯỞNG" is not cut into "Q. CHI" and "CỤC TRƯỞNG")."""
    last = lay.authority_cells[-1]
    m = _AUTHORITY.match(last.text)
    if m is None or m.group("prefix") != "Q." or not m.group("rest").strip():
        return False
    lay.position_cell = last
    lay.authority_cells = lay.authority_cells[:-1]
    return True


def _split_joined_position(lay: Layout) -> None:
    """ "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN BÍ THƯ": authority and position printed (or joined) on one line."""
    last = lay.authority_cells[-1]
    m = _POSITION_TAIL.search(last.text)
    if not m:
        return
    head_m = _AUTHORITY.match(last.text[: m.start()].strip())
    if head_m and head_m.group("rest").strip():
        head = last.text[: m.start()].rstrip()
        lay.authority_cells[-1] = Cell(last.start, last.start + len(head), head, last.line)
        lay.position_cell = Cell(last.start + m.start("pos"), last.end, m.group("pos"), last.line)


def _read_name(lines: list[Cell], anchor: int, dist_lines: set[int], lay: Layout) -> None:
    """The signer's name below the position (past "(Đã ký)" and, in two columns, the Nơi nhận list).
    A name-shaped line of words that are no Vietnamese syllables ('Kếy Ji': a seal's scraps under the
    title) is taken only when no line of name syllables follows it in the window."""
    fallback: tuple[int, str, str | None] | None = None
    for j, s, restored in _name_candidates(lines, anchor, dist_lines):
        if restored or all(_name_syllable(w) for w in s.split()):
            _set_name(lines, j, s, restored, lay)
            return
        fallback = fallback or (j, s, restored)
    if fallback is not None:
        _set_name(lines, *fallback, lay)


def _name_candidates(lines: list[Cell], anchor: int, dist_lines: set[int]) -> Iterator[tuple[int, str, str | None]]:
    """(line, name as printed, name restored or None) of the name-shaped lines below the position, up to
    an annex heading or a line of prose."""
    n = len(lines)
    for j in range(anchor + 1, min(n, anchor + _NAME_WINDOW)):
        s = strip_name_title(_SCRAP_BEFORE_NAME.sub("", _before_page_footer(lines[j].text).strip(" *")))
        if not s or j in dist_lines or _SIGN_NOTE.match(s) or rx.NOI_NHAN.match(s):
            continue
        if _ANNEX.match(s):  # an annex's heading ('DANH MỤC THỦ TỤC ...') is no upper-case name
            return
        restored = None if rx.NAME_LINE.match(s) else restored_name(s)
        if rx.NAME_LINE.match(s) or restored or (_upper_name(s) and j <= anchor + _UPPER_NAME_WINDOW
                                                 and not _holds_position(s)):
            yield j, s, restored
            continue
        if rx.LIST_ITEM.match(s):
            continue
        if len(s) > _LONG_PROSE:
            return


def _set_name(lines: list[Cell], j: int, s: str, restored: str | None, lay: Layout) -> None:
    """The signer's name cell: s where line j holds it (the whole trimmed line when it does not), the name
    restored from it in its place when there is one (the printed form kept)."""
    full = _trim(lines[j])
    if full is None:
        return
    k = full.text.rfind(s)
    lay.name_cell = Cell(full.start + k, full.start + k + len(s), s, j) if k >= 0 else full
    if restored:
        lay.name_printed, lay.name_cell.text = s, restored


@lru_cache(maxsize=1)
def _page_footers() -> tuple[re.Pattern[str], ...]:
    """A web or forum page's footer (run_on_markers.tsv, kind footer): 'Trả lời | Trích dẫn', 'Chia sẻ:'."""
    return tuple(re.compile(r[3]) for r in rows("run_on_markers.tsv", 4) if r[0] == "footer")


@lru_cache(maxsize=1)
def _page_footer_start() -> re.Pattern[str]:
    """The footer patterns as one alternation: a line is tested once, not once per pattern (every line under a
    signature is tested)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in _page_footers()))


def _before_page_footer(text: str) -> str:
    """'Nông Thị Hằng Trả lời | Trích dẫn': the line up to a page footer run onto it (its bars split no columns)."""
    cut = min((m.start() for p in _page_footers() if (m := p.search(text)) and m.start() > 0), default=len(text))
    return text[:cut]


def _upper_name(s: str) -> bool:
    """A name printed in capitals ('NGUYỄN VĂN A'): two words of two letters at least, so that a seal's
    letters read one by one under the title ('Ụ Ẩ') are none."""
    return bool(rx.NAME_LINE_UPPER.match(s)) and sum(len(w) >= 2 for w in s.split()) >= 2


@lru_cache(maxsize=1)
def _ascii_positions() -> tuple[str, ...]:
    """Positions of two words or more without marks: OCR drops marks ('CHU TỊCH UBND TINH'); one-word
    positions are left out, 'TRƯỞNG' without marks is the family name Trương."""
    return tuple(f" {ascii_fold(w)} " for w in tables().positions if len(w.split()) > 1)


def _holds_position(s: str) -> bool:
    """An upper-case line holding a position (a second title line 'CHỦ TỊCH UBND TỈNH'), not a name."""
    key = f" {ascii_fold(s)} "
    return any(w in fold(s).upper() for w in tables().positions) or any(w in key for w in _ascii_positions())


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], dict[str, str]]:
    """(family names in lower case, mark-less key -> the one family name that folds to it)."""
    names = [r[0] for r in rows("surnames.tsv", 1) if r[0]]
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(ascii_fold(name), []).append(name)
    return frozenset(n.lower() for n in names), {k: v[0] for k, v in by_key.items() if len(v) == 1}


def _name_syllable(word: str) -> bool:
    return word.isalpha() and _SYLLABLE.match(ascii_fold(word)) is not None


def restored_name(s: str) -> str | None:
    """A personal name OCR read with some capitals lost ('tran Quý Kiên', 'Trần quý Kiên'), title-cased,
    or None. It needs a family name first (surnames.tsv), name syllables only and one word at least
    still capitalised after the first (an all lower-case line is prose); a family name read without any
    mark gets its marks back only when one family name folds to it ('tran' -> 'Trần')."""
    words = s.split()
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or not all(_name_syllable(w) for w in words):
        return None
    if not any(w[0].isupper() for w in words[1:]):
        return None
    lower, unique = _surnames()
    first = words[0]
    if first.lower() in lower:
        head = first[:1].upper() + first[1:].lower()
    elif strip_diacritics(first) == first and ascii_fold(first) in unique:
        head = unique[ascii_fold(first)]
    else:
        return None
    name = " ".join([head, *(w[:1].upper() + w[1:].lower() for w in words[1:])])
    return name if name != s and rx.NAME_LINE.match(name) else None


def _name_in_list(lines: list[Cell], noi_nhan: int, dist_lines: set[int], lay: Layout) -> None:
    """A name line amid the Nơi nhận items: the right column's name, OCR'd as a line of its own between
    two items of the left column, ends the list where it stands (it is no item: no dash, no ';'); a
    seal's or a signature's scrap lines between the last item and the name are passed over. A name the
    list was read past (a PDF's two columns read in turn: _interleaved_line) is the signer's too."""
    last_item = max(dist_lines, default=noi_nhan)
    passed = _name_read_past(lines, noi_nhan, last_item, dist_lines)
    if passed is not None:
        _set_name(lines, passed, strip_name_title(lines[passed].text.strip(" *")), None, lay)
        return
    j, blanks, scraps = last_item + 1, 0, 0
    while j < len(lines) and (not lines[j].text.strip() or _debris(lines[j].text)):  # a seal's scrap ('¬#')
        blanks, scraps = blanks + (not lines[j].text.strip()), scraps + bool(lines[j].text.strip())
        j += 1
    if j >= len(lines) or blanks >= _RUN_GAP or scraps > _RUN_GAP:
        return
    s = strip_name_title(lines[j].text.strip(" *"))
    restored = None if rx.NAME_LINE.match(s) else restored_name(s)
    if rx.NAME_LINE.match(s) or restored:
        _set_name(lines, j, s, restored, lay)


def _name_read_past(lines: list[Cell], noi_nhan: int, last_item: int, dist_lines: set[int]) -> int | None:
    """The first line between the Nơi nhận line and the last item that is no item but a personal name: the
    right column's name, which the list was read past to the items under it."""
    for j in range(noi_nhan + 1, last_item):
        if j not in dist_lines and rx.NAME_LINE.match(strip_name_title(lines[j].text.strip(" *"))):
            return j
    return None


def _bare_name(lines: list[Cell], noi_nhan: int, dist_lines: set[int], lay: Layout) -> None:
    """No authority and no position: a personal name as the last line after Nơi nhận is the signer, or
    the first name line under the Nơi nhận list before an annex (a seal left only scraps of the title)."""
    last = next((j for j in range(len(lines) - 1, noi_nhan, -1) if lines[j].text.strip()), None)
    if last is None or last in dist_lines:
        return
    s = strip_name_title(lines[last].text.strip(" *"))
    if rx.NAME_LINE.match(s):
        _set_name(lines, last, s, None, lay)
        return
    _name_under_list(lines, max(dist_lines, default=noi_nhan), lay)


def _name_under_list(lines: list[Cell], after: int, lay: Layout) -> None:
    """The first personal name line within _NAME_WINDOW lines under the Nơi nhận list, before an annex
    heading or a line of prose; with no title above it, each word must be a name syllable ('Kếy Ji',
    scraps of a seal, is not a name)."""
    for j in range(after + 1, min(len(lines), after + _NAME_WINDOW)):
        text = lines[j].text.strip(" *")
        if _ANNEX.match(text) or len(text) > _LONG_PROSE:
            return
        s = strip_name_title(text)
        if rx.NAME_LINE.match(s) and all(_name_syllable(w) for w in s.split()):
            _set_name(lines, j, s, None, lay)
            return


def _signature_zone(lines: list[Cell], lay: Layout) -> list[int]:
    """Mark the signature zone (and an annex after the closing block); return the signature's lines."""
    sig_lines = [c.line for c in lay.authority_cells] + [x.line for x in (lay.position_cell, lay.name_cell) if x]
    if not sig_lines:
        return sig_lines
    a, b = min(sig_lines), max(sig_lines)
    lay.zones["signature"] = [(lines[a].start, lines[b].end)]
    after = max(sig_lines + [c.line for c in lay.distribution_cells])
    for j in range(after + 1, len(lines)):
        if _ANNEX.match(lines[j].text):
            lay.zones["annex"] = [(lines[j].start, lines[-1].end)]
            break
        if is_attached_mark(lines[j].text):
            first = next(k for k in range(after + 1, j + 1) if lines[k].text.strip())
            lay.zones["annex"] = [(lines[first].start, lines[-1].end)]
            break
        if _opens_page_footer(lines[j].text):
            lay.zones["page_footer"] = [(lines[j].start, lines[-1].end)]
            break
    return sig_lines


_LEADING_MARKS = re.compile(r"^[^\w\n]+")  # a label's pictograph, arrow or bullet before its first letter


def _opens_page_footer(text: str) -> bool:
    """ "Chia sẻ: Facebook | Zalo", "Các tin khác:" opening a line under the signature: the web page's
    chrome from there on (its related news' figures and dates are no part of the document). A label printed
    in capitals as a box's heading ("TIN LIÊN QUAN", "CÁC TIN KHÁC:") is the same label, and so is one a pictograph or
    an arrow leads ("📌 Tin liên quan", "» Tin khác"; sixty-sixth heldout round, h735)."""
    s = _LEADING_MARKS.sub("", text).strip(" *#")
    if s.isupper():
        s = s[0] + s[1:].lower()
    return _page_footer_start().match(s) is not None


_RELATED_ITEM_MAX = 200  # a related-news entry ("- Tập huấn ... (10/7/2027)") is one short line; prose is longer


def page_footer_after(lines: list[Cell], offset: int) -> int | None:
    """The first line starting at or after `offset` that opens a web page's footer ("📌 Tin liên quan" under a closing
    block read column by column, whose columns hold no line after the signature; sixty-sixth heldout round, h735)."""
    return next((j for j, c in enumerate(lines) if c.start >= offset and _opens_page_footer(c.text)), None)


def trailing_page_footer(lines: list[Cell], start: int) -> int | None:
    """A web copy without a signature still ends in its page's chrome: "Tin liên quan:", "Bài viết liên
    quan", "Tin khác:" and the list of short links under it. The first line from `start` opening such a
    footer with no prose after it (a share bar over the article is followed by the article), else None."""
    for j in range(start, len(lines)):
        if _opens_page_footer(lines[j].text) and all(_link_item(c.text) for c in lines[j + 1:]):
            return j
    return None


_LINK_ITEM = re.compile(r"\s*(?:[-–•+*»›]\s|.*[(\[]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*[)\]]\s*$)")


def _link_item(text: str) -> bool:
    """A related-news entry: blank, or a short bulleted line or one ending in its date ("... (10/7/2027)"),
    never the document's own closing "./."."""
    s = text.strip()
    return not s or (len(s) <= _RELATED_ITEM_MAX and "./." not in s and _LINK_ITEM.match(s) is not None)


def is_attached_mark(text: str) -> bool:
    """'(Ban hành kèm theo Quyết định số ...)': the line that says an attached document comes with this
    one (attached_marks.tsv); the attached document's block, from its letterhead on, is an annex."""
    folded = fold(text.strip(" \t(*")).casefold()
    return folded.startswith(_attached_marks())


@lru_cache(maxsize=1)
def _attached_marks() -> tuple[str, ...]:
    return tuple(fold(r[0]).casefold() + " " for r in rows("attached_marks.tsv"))


def strip_name_title(s: str) -> str:
    """'Thượng tướng Lê Huy Vịnh' -> 'Lê Huy Vịnh' (ranks, honours and academic titles are not the
    name); titles run in a chain ('TTƯT. BSCKII. Nguyễn Quang Vinh', 'PGS.TS.BS Trần Văn Bình')."""
    while True:
        title = next((t for t in tables().name_titles
                      if s.startswith(t + " ") or (t.endswith(".") and s.startswith(t))), None)
        if title is None:
            return s
        s = s[len(title):].strip()
