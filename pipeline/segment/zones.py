"""Segment: normalized text -> zones (header, recipients, body, signature, Nơi nhận).

Two-column letterheads arrive in many orders (left column first, interleaved
line by line, tab-separated on one line, separated by wide gaps or ``|``
rows). The header is therefore cut into *cells* (split at tabs, wide gaps, a
motto or a place-date line inside a line) and every cell is classified on its
own, whatever its position (`letterhead`). The closing block is read from the
end (`closing`): authority lines (TM./KT./TL./TUQ./Q., T/M, K/T, T/L), the
position, the signer's name (which may come after Nơi nhận), and the Nơi nhận
list. `body` reads the Kính gửi block, footnotes and headings.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from vanban.grammar import regexes as rx
from vanban.segment.body import _footnotes, _headings, _recipients
from vanban.segment.cells import (
    _ANNEX,
    _AUTHORITY,
    _BODY_START,
    _SIGN_NOTE,
    Cell,
    Layout,
    _lines,
    _motto_of,
    _split_cells,
    _starts_with,
    _trim,
)
from vanban.segment.closing import (
    _closing,
    _closing_columns,
    closing_cues,
    page_footer_after,
    strip_name_title,
    trailing_page_footer,
)
from vanban.segment.letterhead import scan_header
from vanban.segment.runon import split_run_on

__all__ = [
    "Cell", "Layout", "segment", "strip_name_title", "_ANNEX", "_AUTHORITY", "_BODY_START", "_SIGN_NOTE",
    "_closing", "_closing_columns", "_lines", "_motto_of", "_split_cells", "_starts_with", "_trim",
]


_END = attrgetter("end")


def segment(text: str) -> Layout:
    lay = Layout()
    lines = split_run_on(_lines(text))
    n = len(lines)

    # closing block first (from the end), so the header search knows where the body ends.
    # A two-column closing block (Nơi nhận left, signature right) is read column by column.
    cues = closing_cues(lines)
    columns = _closing_columns(lines, cues)
    closing_start, body_end = _closing(columns, lay, cues if columns is lines else None)
    if closing_start is not None and body_end is not None:  # _closing returns both or neither
        closing_start = bisect_left(lines, body_end, key=_END)  # (the lines are in text order)
    limit = min(n, closing_start if closing_start else n)

    header_end_line = scan_header(lines, limit, text, lay)
    header_end = lines[header_end_line - 1].end if header_end_line else 0
    lay.zones["header"] = [(0, header_end)] if header_end else []

    body_start_line = _recipients_zone(lines, header_end_line, limit, lay)
    body_start = lines[body_start_line].start if body_start_line < n else len(text)
    if body_end is None or body_end < body_start:
        body_end = len(text)
    if "page_footer" not in lay.zones and closing_start is None:
        footer = trailing_page_footer(lines, body_start_line)
        if footer is not None and lines[footer].start > body_start:
            body_end = min(body_end, lines[footer].start)
            lay.zones["page_footer"] = [(lines[footer].start, lines[-1].end)]
    if "page_footer" not in lay.zones and lay.zones.get("signature"):
        footer = page_footer_after(lines, lay.zones["signature"][-1][1])
        if footer is not None:
            lay.zones["page_footer"] = [(lines[footer].start, lines[-1].end)]
    lay.zones["body"] = [(body_start, body_end)]

    _footnotes(text, lines, body_start, lay)
    _headings(lines, body_start, body_end, lay)
    for a, b in lay.zones.get("annex", []):  # an attached plan's "I. CHỈ TIÊU" heads its figures too
        _headings(lines, a, b, lay)
    return lay


def _recipients_zone(lines: list[Cell], header_end_line: int, limit: int, lay: Layout) -> int:
    """Kính gửi / công điện addressees right after the header; return the body's first line."""
    j = header_end_line
    while j < limit and not lines[j].text.strip():
        j += 1
    if not (j < limit and (rx.KINH_GUI.match(lines[j].text) or rx.cong_dien_to(lines[j].text))):
        lead = _after_lead(lines, header_end_line, limit, lay)
        if lead is None:
            return header_end_line
        j = lead
    j = _recipients(lines, j, limit, lay)
    if lay.recipient_cells:
        lay.zones["recipients"] = [(lay.recipient_cells[0].start, lay.recipient_cells[-1].end)]
    return j


_LEAD_LINES = 8  # a web copy's lead and chrome between its page title and the document's "Kính gửi:"


def _after_lead(lines: list[Cell], start: int, limit: int, lay: Layout) -> int | None:
    """A copy without letterhead (no số hiệu, no type word) whose "Kính gửi:" follows a web page's lead
    ending "... Nội dung công văn như sau:": the line of that "Kính gửi:", else None."""
    if lay.number_cell is not None or lay.type_cell is not None:
        return None
    prev = ""
    seen = 0
    for j in range(start, limit):
        s = lines[j].text.strip()
        if not s:
            continue
        if rx.KINH_GUI.match(s):
            return j if prev.endswith(":") else None
        prev, seen = s, seen + 1
        if seen >= _LEAD_LINES:
            return None
    return None
