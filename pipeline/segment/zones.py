"""Segment: normalized text -> zones (header, recipients, body, signature, Nơi nhận).

Two-column letterheads arrive in many orders (left column first, interleaved
line by line, tab-separated on one line, separated by wide gaps or ``|``
rows). The header is therefore cut into *cells* (split at tabs, wide gaps, a
motto or a place-date line inside a line) and every cell is classified on its
own, whatever its position: motto, số hiệu, place-date, type word, trích yếu,
or letterhead organisation line. The closing block is read from the end:
authority lines (TM./KT./TL./TUQ./Q., T/M, K/T, T/L), the position, the
signer's name (which may come after Nơi nhận), and the Nơi nhận list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vanban.context import Heading
from vanban.grammar import regexes as rx
from vanban.tables import tables
from vanban.textutil import fold, is_upper

_CELL_SPLIT = re.compile(r"\t+|\s{3,}|\s\|\s?|\|\s")
_BODY_START = re.compile(
    r"^\s*[-–]?\s*(?:Căn cứ|Thực hiện|Phúc đáp|Trả lời|Nhằm|Qua |Theo đề nghị|Xét đề nghị|Xét |Để |Triển khai|"
    r"Trên cơ sở|Ngày \d|Hôm nay|Sau khi|Trong (?:thời gian|những năm)|Điều\s+1\b|I\.\s)",
)
_AUTHORITY = re.compile(r"^\s*(?P<prefix>T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.|KT(?=\s+[A-ZĐ]))\s*(?P<rest>.*)$")
_SIGN_NOTE = re.compile(r"^\s*[\[(]?\s*(?:đã\s+ký|ký\s+tên|đóng\s+dấu|chữ\s+ký)", re.IGNORECASE)
_POSITION_TAIL = re.compile(
    r"\s(?P<pos>(?:PHÓ\s+)?(?:BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CHỦ NHIỆM|THỦ TƯỚNG|"
    r"BỘ TRƯỞNG|THỨ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG PHÒNG|HIỆU TRƯỞNG|TỔNG GIÁM ĐỐC|VIỆN TRƯỞNG|TRƯỞNG)"
    r"(?:\s+(?:THƯỜNG TRỰC|PHỤ TRÁCH))?)\s*$"
)
_ANNEX = re.compile(r"^\s*(?:PHỤ LỤC|Phụ lục\s+[IVX\d]|DANH MỤC|BIỂU MẪU|MẪU SỐ)", re.UNICODE)


@dataclass
class Cell:
    start: int
    end: int
    text: str
    line: int  # index of the source line


@dataclass
class Layout:
    zones: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    mottos: list[tuple[Cell, str]] = field(default_factory=list)  # (cell, system)
    number_cell: Cell | None = None
    date_cell: Cell | None = None
    type_cell: Cell | None = None
    subject_cells: list[Cell] = field(default_factory=list)
    org_cells: list[Cell] = field(default_factory=list)  # letterhead organisation lines, in order
    enacting_cell: Cell | None = None  # "ỦY BAN NHÂN DÂN TỈNH ..." above the Căn cứ of a decision
    recipient_cells: list[Cell] = field(default_factory=list)
    authority_cells: list[Cell] = field(default_factory=list)
    position_cell: Cell | None = None
    name_cell: Cell | None = None
    distribution_cells: list[Cell] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    footnotes: dict[str, tuple[int, int]] = field(default_factory=dict)
    footnote_refs: dict[str, list[int]] = field(default_factory=dict)


def _lines(text: str) -> list[Cell]:
    out, pos = [], 0
    for i, ln in enumerate(text.split("\n")):
        out.append(Cell(pos, pos + len(ln), ln, i))
        pos += len(ln) + 1
    return out


def _trim(c: Cell) -> Cell | None:
    s = c.text
    s2 = s.strip(" \t#|>*")
    if not s2:
        return None
    lead = len(s) - len(s.lstrip(" \t#|>*"))
    return Cell(c.start + lead, c.start + lead + len(s2), s2, c.line)


def _motto_of(text: str) -> str | None:
    key = fold(text).upper().strip(" .:-–")
    key = re.sub(r"\s*[-–]\s*", " - ", key)
    for motto, system in tables().mottos:
        if key == motto or (key.startswith(motto) and len(key) - len(motto) < 3):
            return system
    return None


def _split_cells(line: Cell) -> list[Cell]:
    """Cut a header line into cells: tabs, wide gaps, '|', and a motto or date line inside it."""
    cells: list[Cell] = []
    pos = 0
    parts: list[tuple[int, int]] = []
    for m in _CELL_SPLIT.finditer(line.text):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(line.text)))
    for a, b in parts:
        seg = line.text[a:b]
        if not seg.strip():
            continue
        # interleaved columns: "BCH ĐOÀN TỈNH KIÊN GIANG ĐOÀN TNCS HỒ CHÍ MINH",
        # "Số: 342-CV/TĐTN-BPT Rạch Giá, ngày 26 tháng 7 năm 2023"
        cuts = {0, len(seg)}
        up = fold(seg).upper()
        for motto, _ in tables().mottos:
            k = up.find(motto)
            if k > 0:
                cuts.add(k)
            if k >= 0 and k + len(motto) < len(seg) - 2:
                cuts.add(k + len(motto))
        dm = rx.DATE_LINE.search(seg)
        if dm:
            p0 = _place_start(seg, dm.start("place") + len(dm.group("place")))
            if p0 > 0:
                cuts.add(p0)
        k = seg.find("Số:", 1)
        if k > 0:
            cuts.add(k)
        bounds = sorted(cuts)
        for x, y in zip(bounds, bounds[1:]):
            c = _trim(Cell(line.start + a + x, line.start + a + y, seg[x:y], line.line))
            if c:
                cells.append(c)
    return cells


_PLACE_WORD = re.compile(rf"^(?:[{rx.VN_UPPER}][{rx.VN_LOWER}]*\.?|TP\.|Tp\.|phố|xã|thị|TP|HCM|[{rx.VN_UPPER}]{{2,3}}\.)$")


def _place_start(seg: str, place_end: int) -> int:
    """Where the place name before ", ngày" begins: a run of Title-case words ("Rạch Giá", "TP. Hồ Chí Minh")."""
    words = list(re.finditer(r"\S+", seg[:place_end]))
    start = place_end
    taken = 0
    for w in reversed(words):
        tok = w.group()
        if taken >= 6 or not _PLACE_WORD.match(tok) or (len(tok) > 3 and tok.isupper() and tok not in ("TP.", "HCM")):
            break
        start = w.start()
        taken += 1
    return start


def _starts_with(text: str, words: tuple[str, ...]) -> bool:
    up = fold(text).upper()
    return any(up == w or up.startswith(w + " ") for w in words)


def _is_type_cell(text: str) -> str | None:
    t = text.strip(" *#:.")
    if not is_upper(t, 0.9) or len(t) > 40:
        return None
    return tables().code_for_word(t)


def segment(text: str) -> Layout:
    lay = Layout()
    lines = _lines(text)
    n = len(lines)

    # ---- closing block first (from the end), so the header search knows where the body ends.
    # A two-column closing block (Nơi nhận left, signature right) is read column by column.
    closing_start, body_end = _closing(_closing_columns(lines), lay)
    if closing_start is not None:
        closing_start = next((i for i, ln in enumerate(lines) if ln.end >= body_end), n)

    # ---- header: cells before the first body line
    header_end_line = 0
    seen_component = False
    after_type = False
    subject_open = False
    k = 0
    limit = min(n, closing_start if closing_start else n)
    while k < limit:
        ln = lines[k]
        s = ln.text.strip()
        if not s:
            k += 1
            if subject_open and lay.subject_cells:
                subject_open = False
                after_type = False
            continue
        first_after_type = after_type and not lay.subject_cells
        if seen_component and not first_after_type and (
            _BODY_START.match(s) or rx.KINH_GUI.match(s) or rx.CONG_DIEN_TO.search(s)
            or (len(s) > 160 and not is_upper(s) and not after_type)
        ):
            break
        if rx.KINH_GUI.match(s) or rx.CONG_DIEN_TO.search(s):
            break
        for cell in _split_cells(ln):
            t = cell.text
            if rx.RULE.match(t):
                subject_open = False
                after_type = False
                continue
            system = _motto_of(t)
            if system:
                lay.mottos.append((cell, system))
                seen_component = True
                continue
            if lay.number_cell is None and rx.NUMBER_LABEL_STRICT.match(t):
                lay.number_cell = cell
                seen_component = True
                subject_open = False
                continue
            if lay.date_cell is None and rx.DATE_LINE.search(t):
                lay.date_cell = cell
                seen_component = True
                continue
            if lay.type_cell is None and _is_type_cell(t):
                lay.type_cell = cell
                seen_component = True
                after_type = True
                subject_open = True
                continue
            if not lay.subject_cells and rx.SUBJECT_LABEL.match(t) and not after_type:
                lay.subject_cells.append(cell)
                subject_open = True
                seen_component = True
                continue
            if subject_open and after_type:
                # a title-style trích yếu: the lines under the type word
                if lay.subject_cells and is_upper(t) and (_starts_with(t, tables().org_heads) or (
                        _starts_with(t, tables().positions) and any(
                            f" {h} " in f" {fold(t).upper()} " for h in tables().org_heads))):
                    # "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" under a decision's title: the enacting body
                    lay.enacting_cell = cell
                    subject_open = after_type = False
                    continue
                if len(lay.subject_cells) < 6:
                    lay.subject_cells.append(cell)
                    continue
                subject_open = after_type = False
            elif subject_open:
                # a "V/v ..." trích yếu continues only on a line that starts in lower case
                if re.match(rf"^[{rx.VN_LOWER}]", t) and len(lay.subject_cells) < 6:
                    lay.subject_cells.append(cell)
                    continue
                subject_open = False
            if lay.type_cell is not None and lay.enacting_cell is None and is_upper(t) and (
                    _starts_with(t, tables().org_heads) or (_starts_with(t, tables().positions) and any(
                        f" {h} " in f" {fold(t).upper()} " for h in tables().org_heads))):
                lay.enacting_cell = cell  # the enacting body above the Căn cứ of a decision
                continue
            if lay.number_cell is not None and not lay.number_cell.text[3:].strip(" :;") and \
                    cell.line == lay.number_cell.line + 1 and re.match(r"^\d", t):
                # "Số:" with the number on the next line
                lay.number_cell = Cell(lay.number_cell.start, cell.end, text[lay.number_cell.start:cell.end],
                                       lay.number_cell.line)
                continue
            if is_upper(t) and not lay.type_cell and len(t) < 120:
                lay.org_cells.append(cell)
                seen_component = True
        header_end_line = k + 1
        k += 1
        if after_type and not lay.subject_cells and lines[k - 1].text.strip() and _is_type_cell(s) is None:
            after_type = False

    header_end = lines[header_end_line - 1].end if header_end_line else 0
    lay.zones["header"] = [(0, header_end)] if header_end else []

    # ---- recipients (Kính gửi / công điện addressees) right after the header
    body_start_line = header_end_line
    j = header_end_line
    while j < limit and not lines[j].text.strip():
        j += 1
    if j < limit and (rx.KINH_GUI.match(lines[j].text) or rx.CONG_DIEN_TO.search(lines[j].text)):
        j = _recipients(lines, j, limit, lay)
        body_start_line = j
        if lay.recipient_cells:
            lay.zones["recipients"] = [(lay.recipient_cells[0].start, lay.recipient_cells[-1].end)]
    body_start = lines[body_start_line].start if body_start_line < n else len(text)
    if body_end is None or body_end < body_start:
        body_end = len(text)
    lay.zones["body"] = [(body_start, body_end)]

    _footnotes(text, lines, body_start, lay)
    _headings(lines, body_start, body_end, lay)
    return lay


_GAP = re.compile(r"\t+|\s{3,}")


def _closing_columns(lines: list[Cell]) -> list[Cell]:
    """Lines of the last part of the text, left column first then right column.

    "Nơi nhận:            TM. BAN THƯỜNG VỤ" on one line (a two-column table flattened
    with spaces or tabs) becomes two cells; an indented line without a gap belongs
    to the right column. Text without such lines is returned unchanged.
    """
    n = len(lines)
    start = int(n * 0.5)
    split = [i for i in range(start, n) if _GAP.search(lines[i].text.strip())]
    if len(split) < 2:
        return lines
    first = min(split)
    left: list[Cell] = []
    right: list[Cell] = []
    for ln in lines[first:]:
        body = ln.text.rstrip()
        lead = len(body) - len(body.lstrip())
        m = _GAP.search(body, lead)
        if m and body[:m.start()].strip():
            a = _trim(Cell(ln.start, ln.start + m.start(), body[:m.start()], ln.line))
            b = _trim(Cell(ln.start + m.end(), ln.start + len(body), body[m.end():], ln.line))
            if a:
                left.append(a)
            if b:
                right.append(b)
        elif (lead >= 10 or "\t" in body[:lead]) and body.strip():  # indented past the left column
            c = _trim(ln)
            if c:
                right.append(c)
        else:
            left.append(ln)
    out = lines[:first] + left + right
    return [Cell(c.start, c.end, c.text, i) for i, c in enumerate(out)]


def _recipients(lines: list[Cell], j: int, limit: int, lay: Layout) -> int:
    """Read the Kính gửi block starting at line j; return the first line after it."""
    first = lines[j]
    m = rx.KINH_GUI.match(first.text) or None
    rest_start = m.end() if m else len(first.text)
    inline = first.text[rest_start:].strip(" :\t*")
    if inline:
        off = first.text.index(inline, rest_start)
        lay.recipient_cells.append(Cell(first.start + off, first.start + off + len(inline), inline, first.line))
    j += 1
    listed = False
    while j < limit:
        s = lines[j].text
        st = s.strip()
        if not st:
            # a blank line ends the block unless a list item follows
            nxt = j + 1
            while nxt < limit and not lines[nxt].text.strip():
                nxt += 1
            if nxt < limit and rx.LIST_ITEM.match(lines[nxt].text) and listed and not _BODY_START.match(
                    rx.LIST_ITEM.sub("", lines[nxt].text)):
                j = nxt
                continue
            break
        if rx.KINH_GUI.match(s):  # "Đồng kính gửi:"
            m2 = rx.KINH_GUI.match(s)
            rest = s[m2.end():].strip(" :\t")
            if rest:
                off = s.index(rest, m2.end())
                lay.recipient_cells.append(Cell(lines[j].start + off, lines[j].start + off + len(rest), rest, j))
            j += 1
            continue
        is_item = bool(rx.LIST_ITEM.match(s))
        body_like = _BODY_START.match(rx.LIST_ITEM.sub("", s)) or len(st) > 220
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


def _closing(lines: list[Cell], lay: Layout) -> tuple[int | None, int | None]:
    """Find Nơi nhận, authority lines, position and name near the end.

    Returns (index of the first closing line, character offset where the body ends).
    """
    n = len(lines)
    # Nơi nhận: the one next to the signature (an annex may hold a template with its own)
    auth_all = [i for i in range(n) if _AUTHORITY.match(lines[i].text.strip())]
    candidates = [i for i in range(n) if rx.NOI_NHAN.match(lines[i].text)]
    noi_nhan = None
    for i in candidates:
        if any(abs(i - a) <= 20 for a in auth_all):
            noi_nhan = i
            break
    if noi_nhan is None and candidates:
        noi_nhan = candidates[-1]
    auth_idx = [i for i in range(n) if _AUTHORITY.match(lines[i].text.strip()) and
                is_upper(_AUTHORITY.match(lines[i].text.strip()).group("rest") or "XX", 0.7)]
    # the signature sits next to Nơi nhận, or in the last part of the text
    if noi_nhan is not None:
        auth_idx = [i for i in auth_idx if noi_nhan - 20 <= i <= noi_nhan + 30]
    else:
        auth_idx = [i for i in auth_idx if i >= int(n * 0.4)]
    if auth_idx:
        # the last contiguous run of authority lines ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH")
        group = [auth_idx[-1]]
        for i in reversed(auth_idx[:-1]):
            if group[0] - i <= 2:
                group.insert(0, i)
            else:
                break
        auth_idx = group
    # distribution list
    if noi_nhan is not None:
        first = lines[noi_nhan]
        m = rx.NOI_NHAN.match(first.text)
        rest = first.text[m.end():].strip(" :*\t")
        if rest:
            item = rx.LIST_ITEM.sub("", rest).strip()
            off = first.text.index(item, m.end()) if item else 0
            lay.distribution_cells.append(Cell(first.start + off, first.start + off + len(item), item, noi_nhan))
        j = noi_nhan + 1
        while j < n:
            s = lines[j].text
            if not s.strip():
                nxt = j + 1
                while nxt < n and not lines[nxt].text.strip():
                    nxt += 1
                if nxt < n and rx.LIST_ITEM.match(lines[nxt].text) and not rx.ARCHIVE.match(
                        lay.distribution_cells[-1].text if lay.distribution_cells else ""):
                    j = nxt
                    continue
                break
            if not rx.LIST_ITEM.match(s) and not (rx.ARCHIVE.match(s) and len(s) < 80):
                prev = lay.distribution_cells[-1] if lay.distribution_cells else None
                if prev is not None and not re.search(r"[;.]\s*$", prev.text) and len(s.strip()) < 100 \
                        and not is_upper(s) and not rx.NAME_LINE.match(s.strip()):
                    # a wrapped item: "- VPCP: BTCN, các PCN, Trợ lý TTg," / "TGĐ Cổng TTĐT, ..."
                    lay.distribution_cells[-1] = Cell(prev.start, lines[j].end, prev.text + " " + s.strip(),
                                                      prev.line)
                    j += 1
                    continue
                break
            item = rx.LIST_ITEM.sub("", s).strip()
            if item:
                off = s.index(item)
                lay.distribution_cells.append(Cell(lines[j].start + off, lines[j].start + off + len(item), item, j))
            j += 1
        if lay.distribution_cells:
            lay.zones["distribution"] = [(first.start, lay.distribution_cells[-1].end)]
    dist_lines = {c.line for c in lay.distribution_cells} | ({noi_nhan} if noi_nhan is not None else set())

    # authority, position, name
    pos_line = None
    if auth_idx:
        lay.authority_cells = [_trim(lines[i]) for i in auth_idx if _trim(lines[i])]
        last = auth_idx[-1]
        # "KT. TRƯỞNG BAN ... PHÓ TRƯỞNG BAN" carries the position on the same line
        j = last + 1
        while j < n and (not lines[j].text.strip() or j in dist_lines or rx.NOI_NHAN.match(lines[j].text)):
            j += 1
        if j < n and is_upper(lines[j].text) and len(lines[j].text.strip()) < 80 and not _AUTHORITY.match(
                lines[j].text.strip()) and not rx.NAME_LINE.match(lines[j].text.strip()):
            pos_line = j
    else:
        # no prefix: a short upper-case title line in the closing area ("PHÓ BÍ THƯ")
        start = noi_nhan - 6 if noi_nhan is not None else max(0, n - 25)
        for j in range(max(start, 0), n):
            s = lines[j].text.strip()
            if j in dist_lines or not s or len(s) > 60 or not is_upper(s, 0.9):
                continue
            if any(w in fold(s).upper() for w in tables().positions) and not _motto_of(s):
                pos_line = j
                break
    if pos_line is not None:
        lay.position_cell = _trim(lines[pos_line])
        nxt = pos_line + 1
        if lay.position_cell and nxt < n and is_upper(lines[nxt].text) and (
                lay.position_cell.text.rstrip().endswith((",", "-", "VÀ")) or
                not any(w in fold(lines[nxt].text).upper() for w in tables().positions)) and \
                not rx.NAME_LINE.match(lines[nxt].text.strip()) and len(lines[nxt].text.strip()) < 60 and \
                not _ANNEX.match(lines[nxt].text) and rx.NAME_LINE_UPPER.match(lines[nxt].text.strip()) is None:
            c = lay.position_cell
            tail = _trim(lines[nxt])
            if tail:
                lay.position_cell = Cell(c.start, tail.end, c.text + " " + tail.text, c.line)
    elif lay.authority_cells:
        # "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN BÍ THƯ": authority and position printed (or joined) on one line
        last = lay.authority_cells[-1]
        m = _POSITION_TAIL.search(last.text)
        if m and _AUTHORITY.match(last.text[: m.start()].strip()) and \
                _AUTHORITY.match(last.text[: m.start()].strip()).group("rest").strip():
            head = last.text[: m.start()].rstrip()
            lay.authority_cells[-1] = Cell(last.start, last.start + len(head), head, last.line)
            lay.position_cell = Cell(last.start + m.start("pos"), last.end, m.group("pos"), last.line)
    anchor = pos_line if pos_line is not None else (auth_idx[-1] if auth_idx else None)
    if anchor is not None:
        for j in range(anchor + 1, min(n, anchor + 40)):
            s = strip_name_title(lines[j].text.strip(" *"))
            if not s or j in dist_lines or _SIGN_NOTE.match(s) or rx.NOI_NHAN.match(s):
                continue
            if rx.NAME_LINE.match(s) or (rx.NAME_LINE_UPPER.match(s) and j <= anchor + 3 and
                                         not any(w in fold(s).upper() for w in tables().positions)):
                full = _trim(lines[j])
                k = full.text.rfind(s)
                lay.name_cell = Cell(full.start + k, full.start + k + len(s), s, j) if k >= 0 else full
                break
            if rx.LIST_ITEM.match(s):
                continue
            if len(s) > 80:
                break
    sig_lines = [c.line for c in lay.authority_cells] + [x.line for x in (lay.position_cell, lay.name_cell) if x]
    if sig_lines:
        a, b = min(sig_lines), max(sig_lines)
        lay.zones["signature"] = [(lines[a].start, lines[b].end)]
        after = max(sig_lines + [c.line for c in lay.distribution_cells])
        for j in range(after + 1, n):
            if _ANNEX.match(lines[j].text):
                lay.zones["annex"] = [(lines[j].start, lines[-1].end)]
                break
    starts = [i for i in ([noi_nhan] if noi_nhan is not None else []) + sig_lines]
    if not starts:
        return None, None
    first_line = min(starts)
    # the body ends at the first closing line, or earlier at footnotes placed at the end
    return first_line, lines[first_line].start


def strip_name_title(s: str) -> str:
    """'Thượng tướng Lê Huy Vịnh' -> 'Lê Huy Vịnh' (ranks and academic titles are not the name)."""
    for t in tables().name_titles:
        if s.startswith(t + " ") or (t.endswith(".") and s.startswith(t)):
            return s[len(t):].strip()
    return s


def _footnotes(text: str, lines: list[Cell], body_start: int, lay: Layout) -> None:
    ranges = []
    for ln in lines:
        if ln.start < body_start:
            continue
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


def _headings(lines: list[Cell], body_start: int, body_end: int, lay: Layout) -> None:
    has_roman = False
    for ln in lines:
        if ln.start < body_start or ln.start >= body_end:
            continue
        s = ln.text.strip()
        m = rx.HEADING.match(s)
        dieu = re.match(r"^(Điều\s+\d+)\.?\s*(.*)$", s)
        if dieu:
            off = ln.text.index(s)
            lay.headings.append(Heading(ln.start + off, ln.end, dieu.group(1), dieu.group(2)[:200], 1))
            continue
        if not m:
            continue
        label = m.group("label")
        if re.fullmatch(r"[IVXL]+", label):
            if not m.group("punct"):
                continue
            level = 1
            has_roman = True
        elif label[0].isdigit():
            if not m.group("punct") and "." not in label:
                continue
            level = label.count(".") + 1 + (1 if has_roman else 0)
        else:
            if m.group("punct") != ")":
                continue
            level = 5
        off = ln.text.index(s)
        lay.headings.append(Heading(ln.start + off, ln.end, label, m.group("title")[:200], level))
