"""The header: cells before the first body line, each classified on its own.

Whatever order the two columns arrive in, every cell is one of: a motto, the
số hiệu, the place-date, the type word, the trích yếu (a "V/v ..." label or
the lines under the type word), the enacting body of a decision, or a
letterhead organisation line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vanban.grammar import regexes as rx
from vanban.segment.cells import _BODY_START, Cell, Layout, _is_enacting, _is_type_cell, _motto_of, _split_cells
from vanban.textutil import is_upper

_MAX_SUBJECT_LINES = 6  # a trích yếu wraps over a few lines, never a page
_LONG_LINE = 160  # a line this long in lower case is prose: the body has begun
_MAX_ORG_LINE = 120  # a letterhead line is short


@dataclass
class _Scan:
    """Where the header scan stands: what it has seen and whether a trích yếu is still open."""

    text: str
    lay: Layout
    seen_component: bool = False  # a motto, số hiệu, date, type word or letterhead line was read
    after_type: bool = False  # just under the type word: the title-style trích yếu follows
    subject_open: bool = False  # the trích yếu may continue on the next line

    def close_subject(self) -> None:
        self.subject_open = self.after_type = False


def scan_header(lines: list[Cell], limit: int, text: str, lay: Layout) -> int:
    """Classify the header cells into `lay`; return the index of the first line after the header."""
    st = _Scan(text, lay)
    header_end_line = 0
    for k in range(limit):
        s = lines[k].text.strip()
        if not s:
            if st.subject_open and lay.subject_cells:
                st.close_subject()  # a blank line ends a trích yếu
            continue
        if _ends_header(s, st):
            break
        for cell in _split_cells(lines[k]):
            _classify(cell, st)
        header_end_line = k + 1
        if st.after_type and not lay.subject_cells and _is_type_cell(s) is None:
            st.after_type = False
    return header_end_line


def _ends_header(s: str, st: _Scan) -> bool:
    """The first body line: Kính gửi, a công điện's addressees, a body opener or long prose."""
    if rx.KINH_GUI.match(s) or rx.CONG_DIEN_TO.search(s):
        return True
    first_after_type = st.after_type and not st.lay.subject_cells
    return st.seen_component and not first_after_type and bool(
        _BODY_START.match(s) or (len(s) > _LONG_LINE and not is_upper(s) and not st.after_type))


def _classify(cell: Cell, st: _Scan) -> None:
    """Sort one header cell into the layout (the first rule that takes it wins)."""
    if _take_landmark(cell, st) or _take_subject_line(cell, st):
        return
    _take_other(cell, st)


def _take_landmark(cell: Cell, st: _Scan) -> bool:
    """A rule line, motto, số hiệu, place-date, type word or "V/v" label."""
    lay, t = st.lay, cell.text
    if rx.RULE.match(t):
        st.close_subject()
        return True
    system = _motto_of(t)
    if system:
        lay.mottos.append((cell, system))
        st.seen_component = True
        return True
    if lay.number_cell is None and rx.NUMBER_LABEL_STRICT.match(t):
        lay.number_cell = cell
        st.seen_component = True
        st.subject_open = False
        return True
    if lay.date_cell is None and rx.DATE_LINE.search(t):
        lay.date_cell = cell
        st.seen_component = True
        return True
    if lay.type_cell is None and _is_type_cell(t):
        lay.type_cell = cell
        st.seen_component = st.after_type = st.subject_open = True
        return True
    if not lay.subject_cells and rx.SUBJECT_LABEL.match(t) and not st.after_type:
        lay.subject_cells.append(cell)
        st.subject_open = st.seen_component = True
        return True
    return False


def _take_subject_line(cell: Cell, st: _Scan) -> bool:
    """A continuation of the open trích yếu; closes it when the cell is not one."""
    lay, t = st.lay, cell.text
    if st.subject_open and st.after_type:
        # a title-style trích yếu: the lines under the type word
        if lay.subject_cells and _is_enacting(t):
            # "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" under a decision's title: the enacting body
            lay.enacting_cell = cell
            st.close_subject()
            return True
        if len(lay.subject_cells) < _MAX_SUBJECT_LINES:
            lay.subject_cells.append(cell)
            return True
        st.close_subject()
    elif st.subject_open:
        # a "V/v ..." trích yếu continues only on a line that starts in lower case
        if re.match(rf"^[{rx.VN_LOWER}]", t) and len(lay.subject_cells) < _MAX_SUBJECT_LINES:
            lay.subject_cells.append(cell)
            return True
        st.subject_open = False
    return False


def _take_other(cell: Cell, st: _Scan) -> None:
    """The enacting body, a số hiệu continued on the next line, or a letterhead line."""
    lay, t = st.lay, cell.text
    if lay.type_cell is not None and lay.enacting_cell is None and _is_enacting(t):
        lay.enacting_cell = cell  # the enacting body above the Căn cứ of a decision
        return
    num = lay.number_cell
    if num is not None and not num.text[3:].strip(" :;") and cell.line == num.line + 1 and re.match(r"^\d", t):
        # "Số:" with the number on the next line
        lay.number_cell = Cell(num.start, cell.end, st.text[num.start:cell.end], num.line)
        return
    if is_upper(t) and not lay.type_cell and len(t) < _MAX_ORG_LINE:
        lay.org_cells.append(cell)
        st.seen_component = True
