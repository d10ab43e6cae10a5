"""The header: cells before the first body line, each classified on its own.

Whatever order the two columns arrive in, every cell is one of: a motto, the
số hiệu, the place-date, the type word, the trích yếu (a "V/v ..." label or
the lines under the type word), the enacting body of a decision, or a
letterhead organisation line.

A missing piece costs that piece only: the header ends at the first line that
reads as prose (a sentence, a known body opener), and the body begins after the
last line that was read as part of the header; with no header at all the whole
text is body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from vanban.grammar import regexes as rx
from vanban.segment.cells import (
    _BODY_START,
    LINE_CACHE,
    Cell,
    Layout,
    Title,
    _is_enacting,
    _is_type_cell,
    _motto_of,
    _split_cells,
    _starts_with,
    _starts_with_glued,
    _title_word,
    _trim,
    date_line,
    is_upper,
    marks_lost_head,
    posting_title,
    starts_with_bare,
)
from vanban.segment.closing import is_attached_mark
from vanban.tables import folded_words, rows, tables
from vanban.textutil import fold

_MAX_SUBJECT_LINES = 6  # a trích yếu wraps over a few lines, never a page
_LONG_LINE = 160  # a line this long in lower case is prose: the body has begun
_MAX_ORG_LINE = 120  # a letterhead line is short
_PROSE_WORDS = 5  # a line ending a sentence with at least this many words is prose, not header
_MAX_QUALIFIER_WORDS = 1  # "NHANH" after "BÁO CÁO": a qualifier of the type, not its trích yếu
_LOOKAHEAD_LINES = 6  # a web copy's lead and posting lines above a letterhead
_MAX_VV_WRAP = 80  # a "V/v" trích yếu's wrapped line is short
# a PDF's lines of a trích yếu beside the date, joined by the normalizer after a capitalised one ("chăm lo" / "Tết
# Nguyên đán ... năm 2028" / "cho các đối tượng ..."): two or three wrapped lines, no sentence mark at the end
_MAX_VV_JOINED = 160
_MAX_MARK = 24  # "(Hỏa tốc hẹn giờ)" is the longest document mark
# an invitation's first words: under a giấy mời's type word they open the body ("Kính mời đồng chí")
_INVITATION = re.compile(r"^\s*(?:Trân trọng\s+)?(?:[Kk]ính|[Tt]hân)\s+mời(?!\w)")
# a list item's mark: under the type word it starts the body, never a trích yếu ("1. Tổ chức ...", "a) ...")
_ITEM_START = re.compile(r"^\s*(?:[-–+•]\s+|[✅📌👉►▶■●◆]\s*|(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]\s+)")
_SENTENCE_END = re.compile(r"[.;:!?…](?:/\.)?[\"”’)]*$")
# A web page's menu or tool bar: three or more short items between " | " ("Trang chủ | Giới thiệu | Liên hệ",
# "Đăng nhập | English | Tìm kiếm..."), or two when the last is its search box ("Đăng nhập | Tìm kiếm...", round
# 68's h759); the box's "..." ends no sentence, and no body begins there. The search box alone on its line, its hint
# in words ending in the search's verb ("Nhập từ khóa tìm kiếm...", "Nhập nội dung cần tìm..."; generalisation audit
# 69), is the same tool bar.
# A menu's item may name a section in a few words ("NÔNG DÂN SẢN XUẤT KINH DOANH GIỎI", 33 characters; round 76, h849).
_MENU_ITEM = 40
_MENU_LINE = re.compile(rf"^(?:(?:[^|\n]{{1,{_MENU_ITEM}}}\s\|\s){{2,}}[^|\n]{{1,{_MENU_ITEM}}}"
                        r"|[^|\n]{1,30}\s\|\s[^|\n]{1,30}(?:\.{3}|…)"
                        r"|[^|.\n]{0,24}(?<!\w)[Tt]ìm(?:\s+kiếm)?\s*(?:\.{3}|…))$")
_NUMBER_RESIDUE = re.compile(r"^[/\-–]\s*[^\W\d_]")  # "/KH-HĐTN" after a blank "Số:"
_NOT_ORG = re.compile(r"^[/\-–.\d(]")  # a letterhead line starts with a word
# a seal's ring text OCR read into the letterhead beside or under the body's name ('(UBND XA VINH THANH *', 'T.CAN
# THO * )', 'TP. BUÔN MA THUỘT *)'): the ring's stars stand between its words; no body's name holds one (rounds
# 35-46's leftovers, h477, h530)
_SEAL_RING = re.compile(r"(?:^|\s)\*(?:\s|\)|$)")


def _seal_ring(s: str) -> bool:
    """A seal's ring text (its stars, or the bracket closing the ring opened on a line above: 'TP. BUÔN MA THUỘT )'),
    or a line of nothing but a rule's strokes: no letterhead line."""
    return _SEAL_RING.search(s) is not None or s.count(")") > s.count("(") or not any(map(str.isalpha, s))
_SCAN_JUNK = re.compile(r"^[._~`'’‘·•,]+(?:\s+[._~`'’‘·•,]+)*\s+(?=[^\W\d_])")  # ". _ TỈNH PHÚ THỌ"
# a news lead: an upper-case name as the subject of a lower-case clause ("CHI ĐOÀN KHOA CNTT tổ chức
# chương trình ..."), the first words of a web post, not a trích yếu; group "word" is the clause's first word
_NEWS_LEAD = re.compile(
    rf"^[^\w]*(?:[{rx.VN_UPPER}][{rx.VN_UPPER}\d]*[ \t]+){{2,}}(?P<word>[{rx.VN_LOWER}]+)[ \t]+[{rx.VN_LOWER}]")
# the first letter of a line, maybe after an opening quote: a title wrapped onto a lower-case line,
# a capitalised line after a greeting
_LOWER_FIRST = re.compile(rf"^[{rx.VN_LOWER}]")
_UPPER_FIRST = re.compile(rf"^[{rx.VN_UPPER}]")
_QUOTED_LOWER_FIRST = re.compile(rf"^[\"“]?[{rx.VN_LOWER}]")
_QUOTED_UPPER_FIRST = re.compile(rf"^[\"“]?[{rx.VN_UPPER}]")
_OPEN_QUOTE = "\"“«"
_CLOSE_QUOTE = "\"”»"


@dataclass
class _Scan:
    """Where the header scan stands: what it has seen and whether a trích yếu is still open."""

    text: str
    lay: Layout
    lines: list[Cell]
    motto_rest: tuple[int, str, str] | None = None  # (line, words, system) completing a split motto
    seen_component: bool = False  # a motto, số hiệu, date, type word or letterhead line was read
    after_type: bool = False  # just under the type word: the title-style trích yếu follows
    subject_open: bool = False  # the trích yếu may continue on the next line
    beside: int = 0  # cells standing left of the trích yếu's column (a received stamp), skipped while it is open
    label_subject: list[Cell] = field(default_factory=list)  # a "V/v" trích yếu read above the type word
    last_unread: int = -1  # the last line of the header's span nothing was read from (a web page's menu line)
    stamp_markers: list[bool] = field(default_factory=list)  # the first lines' received-stamp marker flags

    def close_subject(self) -> None:
        self.subject_open = self.after_type = False
        self.beside = 0

    def headline_only(self) -> bool:
        """Only a type word and its words were read, maybe under a banner naming the body: a web page's
        headline ("THÔNG BÁO TUYỂN CHỌN ...") when a letterhead follows. A portal's banner above it ("BẢO HIỂM
        XÃ HỘI TỈNH QUẢNG NGÃI" / "Cỡ chữ: ..." / "THÔNG BÁO Về việc ...") names the parent a two-level letterhead
        repeats, no letterhead of its own (thirty-fourth heldout round)."""
        lay = self.lay
        return lay.type_cell is not None and lay.number_cell is None and not lay.mottos and lay.date_cell is None \
            and all(c.line < lay.type_cell.line for c in lay.org_cells)

    def forget_headline(self) -> None:
        self.lay.type_cell = None
        self.lay.subject_cells.clear()
        self.lay.org_cells.clear()
        self.close_subject()


def scan_header(lines: list[Cell], limit: int, text: str, lay: Layout) -> int:
    """Classify the header cells into `lay`; return the index of the first line after the header."""
    st = _Scan(text, lay, lines)
    header_end_line = 0
    for k in range(limit):
        s = lines[k].text.strip()
        if not s:
            if st.subject_open and lay.subject_cells:
                st.close_subject()  # a blank line ends a trích yếu
            continue
        beside_title: list[Cell] = []
        if _in_received_stamp(lines, k, st.stamp_markers):
            header_end_line = max(header_end_line, k + 1)  # read nothing from it; what follows may be header
            beside_title = _title_beside_stamp(lines[k], lay)
            if not beside_title:
                continue
        if st.headline_only() and is_upper(s) and not _title_word(s) and _letterhead_ahead(lines, k, limit):
            st.forget_headline()  # the letterhead under a web page's headline: the header starts here
        if _ends_header(s, st, k, limit):
            if rx.KINH_GUI.match(s) or rx.cong_dien_to(s):
                header_end_line = k  # the addressees follow the header directly
            break
        if _menu(lines[k]):
            st.last_unread = k
            continue  # a web page's menu in capitals ("TRANG CHỦ | GIỚI THIỆU | ..."): its items name no body
        cells = beside_title or _beside_stamp(_split_cells(lines[k], lay.type_cell is not None), st)
        if not cells:
            continue  # only the stamp's part of a line beside the trích yếu
        taken = [_classify(cell, st) for cell in cells]
        if any(taken):
            header_end_line = k + 1  # the body begins after the last line read as header
        else:
            st.last_unread = k
        if st.after_type and not lay.subject_cells and _title_word(s) is None:
            st.after_type = False
    if _period_only(lay.subject_cells):
        lay.subject_cells.clear()  # "KẾ HOẠCH" / "Năm 2026" and nothing else: no trích yếu
    if not lay.subject_cells and st.label_subject:
        lay.subject_cells[:] = st.label_subject
    return header_end_line


def _menu(line: Cell) -> bool:
    """A web page's menu line (_MENU_LINE) with no cell of a letterhead's own: a motto, a type word or a số hiệu
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | ..." is the header copied with bars; round 76, h849)."""
    s = line.text.strip()
    return bool(_MENU_LINE.match(s)) and not rx.NUMBER_LABEL_STRICT.search(s) \
        and not any(_motto_of(c.text) or _is_type_cell(c.text) for c in _split_cells(line))


def _title_beside_stamp(line: Cell, lay: Layout) -> list[Cell]:
    """The document's type word and what follows it on a line of a received stamp ('Ngày: 07/10/2032    BÁO CÁO', a
    scan's stamp left of the title; sixty-seventh heldout round, h749): the cells from the type word on, else none."""
    cells = _split_cells(line, lay.type_cell is not None)
    at = next((i for i, c in enumerate(cells) if i and _is_type_cell(c.text)), None)
    return cells[at:] if at is not None else []


def _beside_stamp(cells: list[Cell], st: _Scan) -> list[Cell]:
    """The cells of a line under the type word from the trích yếu's column on.

    A received stamp ("CV ĐẾN Số: 2352 Ngày: 21.3.18 Chuyển:") or a margin note stands left of the
    trích yếu on a scan; its scraps come first on the line. When a later cell of the first line under
    the type word opens with "Về việc"/"V/v", the cells before it are not the trích yếu, and neither
    are as many cells at the start of the lines that continue it.
    """
    if st.after_type and not st.lay.subject_cells:
        st.beside = next((i for i, c in enumerate(cells) if i and rx.SUBJECT_LABEL.match(c.text)), 0)
    if not (st.beside and st.subject_open):
        return cells
    if len(cells) <= st.beside and is_upper(" ".join(c.text for c in cells)):
        st.beside = 0  # a capitals line of its own (the enacting body): the stamp has ended
        return cells
    return cells[st.beside:]  # nothing left: a line of the stamp alone, skipped


def _sentence(s: str, in_subject: bool = False) -> bool:
    """A line of prose: lower-case words ending a sentence ("... như sau:", "... ngày 31/3/2025.").

    Inside an open trích yếu a ";" ends a list item of the title ("... Sở Giao thông vận tải;"), not prose.
    """
    m = _SENTENCE_END.search(s)
    # (the line's end first: most header lines end in no sentence mark, and are not measured for capitals)
    return m is not None and not (in_subject and m.group().startswith(";")) and len(s.split()) >= _PROSE_WORDS \
        and not is_upper(s)


def _letterhead_ahead(lines: list[Cell], k: int, limit: int) -> bool:
    """A motto, số hiệu or type word line among the next few lines: the header is still to come."""
    seen = 0
    for ln in lines[k:limit]:
        s = ln.text.strip()
        if not s:
            continue
        if rx.NUMBER_LABEL_STRICT.match(s) or any(_motto_of(c.text) or _is_type_cell(c.text)
                                                  for c in _split_cells(ln)):
            return True
        seen += 1
        if seen >= _LOOKAHEAD_LINES:
            return False
    return False


def _ends_header(s: str, st: _Scan, k: int, limit: int) -> bool:
    """The first body line: Kính gửi, a công điện's addressees, a body opener or prose."""
    if rx.KINH_GUI.match(s) or rx.cong_dien_to(s):
        return True
    if _MENU_LINE.match(s):
        return False  # a web page's menu above its letterhead
    if st.lay.type_cell is not None and is_attached_mark(s):
        return True  # "(Ban hành kèm theo Kế hoạch số ...)" under a thể lệ's title: no trích yếu, a citation's line
    first_after_type = st.after_type and not st.lay.subject_cells
    if first_after_type and (_ITEM_START.match(s) or _news_lead(s) or _utterance(s, st.lines, k, limit)
                             or _by_when_clause(s) or _INVITATION.match(s)):
        return True  # no trích yếu: the first item, news sentence, greeting or duty under the type word begins the body
    if first_after_type or _is_landmark(s):
        return False
    if st.subject_open and _QUOTED_LOWER_FIRST.match(s):
        return False  # a trích yếu wrapped onto a lower-case line
    if _sentence(s, st.subject_open):
        # a web copy's lead ("Tỉnh đoàn vừa ban hành ...") may stand above the letterhead, also
        # under the page's headline
        if not st.seen_component or st.headline_only():
            return not _letterhead_ahead(st.lines, k + 1, limit)
        return True
    return st.seen_component and bool(_BODY_START.match(s) or (len(s) > _LONG_LINE and not is_upper(s)
                                                                and not st.after_type))


_UTTERANCE_END = re.compile(r"[:!?][\"”’)]*$")  # "Trân trọng thông báo:", "Chào các bạn!"
_GREETING_END = re.compile(r",$")  # "Thân gửi các bạn đoàn viên," then a capitalised line


def _utterance(s: str, lines: list[Cell], k: int, limit: int) -> bool:
    """A line addressed to the reader, not a title: a sentence, an introduction ending in ":", a
    greeting ending in "!" or in "," before a capitalised line (a title wrapped after a comma
    goes on in lower case)."""
    if is_upper(s):
        return False
    if _sentence(s, in_subject=True) or _UTTERANCE_END.search(s) or _chatty(s):  # ";" ends a title's list item
        return True
    if not _GREETING_END.search(s.rstrip()):
        return False
    nxt = next((ln.text.strip() for ln in lines[k + 1:limit] if ln.text.strip()), "")
    return bool(_QUOTED_UPPER_FIRST.match(nxt))


@lru_cache(maxsize=1)
def _chat_end() -> re.Pattern[str]:
    """A chat particle ending a line, emoji and punctuation after it (models/tables/chat_particles.tsv)."""
    words = "|".join(re.escape(r[0]) for r in rows("chat_particles.tsv"))
    return re.compile(rf"(?<!\w)(?:{words})[\W_]*$", re.IGNORECASE)


def _chatty(s: str) -> bool:
    """'các chị em lưu ý nhé 🌸': a lower-case line ending in a chat particle speaks to the reader."""
    return bool(_QUOTED_LOWER_FIRST.match(s)) and bool(_chat_end().search(s))


@lru_cache(maxsize=1)
def _by_when() -> re.Pattern[str]:
    """A by-when cue (models/tables/schedule_cues.tsv, role deadline) followed by a date."""
    cues = sorted({" ".join(r[1].split()) for r in rows("schedule_cues.tsv") if r[0] == "deadline"}, key=len, reverse=True)
    words = "|".join(r"\s+".join(re.escape(w) for w in c.split()) for c in cues)
    return re.compile(rf"(?<!\w)(?:{words})\s+[^\n]{{0,24}}?\d{{1,2}}\s*[/.-]\s*\d{{1,2}}", re.IGNORECASE)


def _by_when_clause(s: str) -> bool:
    """'các chi đoàn đăng ký tham gia hội thao trước ngày 20/3/2026' (no full stop, as web copies lose
    it): a lower-case line holding a by-when and its date is a duty of the body, never a trích yếu; one
    opening with a connector is ("về việc nộp hồ sơ trước ngày 20/3/2026", "v/v ...")."""
    if not _QUOTED_LOWER_FIRST.match(s) or not _by_when().search(s):
        return False
    first = fold(s.lstrip("\"“").split()[0]).upper()
    return first not in tables().dangling and not first.startswith("V/")


def _news_lead(s: str) -> bool:
    """'CHI ĐOÀN KHOA CNTT tổ chức chương trình ...': a name doing something, not a title. A title
    goes on in lower case only after a connector ("KẾT LUẬN của đồng chí ...") or inside a name
    ("BAN CHẤP HÀNH ĐOÀN xã ...")."""
    m = _NEWS_LEAD.match(s)
    if m is None:
        return False
    word = fold(m.group("word")).upper()
    t = tables()
    return word not in t.dangling and not any(loc.split()[0] == word for loc in t.localities)


@lru_cache(maxsize=LINE_CACHE)
def _is_landmark(s: str) -> bool:
    """A line that belongs to a header wherever it stands (số hiệu, place-date, V/v, motto). A body's opening
    clause holding a date ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;") is none."""
    return bool(rx.NUMBER_LABEL_STRICT.match(s) or rx.SUBJECT_LABEL.match(s) or _motto_of(s)
                or (date_line(s) and len(s) < _MAX_ORG_LINE and not _opens_body_clause(s)))


def _opens_body_clause(s: str) -> bool:
    """The line opens with a body's clause word ("Căn cứ", "Thực hiện", "Theo đề nghị"), not with a day ("Ngày 15
    tháng 01 năm 2030" may be a header's date line)."""
    m = _BODY_START.match(s)
    return m is not None and not m.group().lstrip(" -–").startswith(("Ngày", "Hôm nay"))


def _phrase_alternation(table: str) -> str:
    """The phrases of a table's first column as a regex alternation, longest first, any blank between words."""
    return "|".join(sorted((re.escape(r[0]).replace(r"\ ", r"\s+") for r in rows(table)), key=len, reverse=True))


@lru_cache(maxsize=1)
def _post_stamp() -> re.Pattern[str]:
    """A web page's posting stamp opening a line ("Ngày đăng: 12/03/2030 | Người đăng: ...", "Cập nhật: ...";
    models/tables/post_stamps.tsv): no line of a trích yếu."""
    return re.compile(rf"^[\s*]*(?:{_phrase_alternation('post_stamps.tsv')})(?!\w)", re.IGNORECASE)


def _classify(cell: Cell, st: _Scan) -> bool:
    """Sort one header cell into the layout (the first rule that takes it wins); False when none does."""
    return _is_mark(cell.text) or _take_landmark(cell, st) or _take_subject_line(cell, st) or _take_other(cell, st)


def _marks() -> frozenset[str]:
    return folded_words("document_marks.tsv")


_MARK_JUNK = " ()[]*:.-–\"“”"


def _is_mark(text: str) -> bool:
    """'Khẩn', 'HỎA TỐC', '(Dự thảo)': an urgency, secrecy or draft mark, read past (never a trích yếu)."""
    return len(text) <= _MAX_MARK and fold(text.strip(_MARK_JUNK)).upper() in _marks()


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
    if _take_motto_half(cell, st):
        return True
    if lay.number_cell is None and rx.NUMBER_LABEL_STRICT.match(t):
        lay.number_cell = cell
        st.seen_component = True
        st.subject_open = False
        return True
    if lay.date_cell is None and date_line(t):
        lay.date_cell = cell
        st.seen_component = True
        return True
    if lay.type_cell is None and _take_title(cell, st):
        return True
    if not lay.subject_cells and rx.SUBJECT_LABEL.match(t) and not st.after_type:
        lay.subject_cells.append(cell)
        st.subject_open = st.seen_component = True
        return True
    return False


def _take_motto_half(cell: Cell, st: _Scan) -> bool:
    """A motto split over two lines of its column: "ĐẢNG" / "CỘNG SẢN VIỆT NAM" (never glued to the issuer).

    Whole lines are halves only of the state's and the Party's mottos: "ĐOÀN TNCS HỒ" / "CHÍ MINH"
    under "BAN CHẤP HÀNH TRUNG ƯƠNG" is part of the body's name.
    """
    key = fold(cell.text).upper()
    if st.motto_rest is not None and st.motto_rest[:2] == (cell.line, key):
        st.lay.mottos.append((cell, st.motto_rest[2]))
        st.motto_rest = None
        return True
    nxt = cell.line + 1
    if nxt >= len(st.lines):
        return False
    head = key + " "
    if head not in _motto_heads():
        return False  # (most cells: no motto opens with the cell's words; the mottos were tried one by one)
    for motto, system in tables().mottos:
        if not motto.startswith(head):
            continue
        rest = motto[len(head):]
        for other in _split_cells(st.lines[nxt], st.lay.type_cell is not None):
            if fold(other.text).upper() == rest and (
                    system != "doan" or _in_column(cell, st) or _in_column(other, st)):
                st.lay.mottos.append((cell, system))
                st.motto_rest = (nxt, rest, system)
                st.seen_component = True
                return True
    return False


@lru_cache(maxsize=1)
def _motto_heads() -> frozenset[str]:
    """Each motto's words up to a space, with the space ("ĐẢNG ", "ĐẢNG CỘNG "): a cell's words and a space are
    one of them when a motto starts with them."""
    return frozenset(motto[:i + 1] for motto, _ in tables().mottos for i, ch in enumerate(motto) if ch == " ")


def _in_column(cell: Cell, st: _Scan) -> bool:
    """The cell is not the first thing on its line (it sits in the right column)."""
    line = st.lines[cell.line]
    return cell.start > line.start + len(line.text) - len(line.text.lstrip(" \t#|>*"))


# a decision's or a resolution's operative word over its articles ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"), no title: a copy cut
# above its title still has it, and read as the title it took the "Căn cứ" lines above it for the letterhead
# (fifty-ninth heldout round, h655)
_OPERATIVE_WORDS = frozenset({"QUYẾT ĐỊNH", "QUYẾT NGHỊ"})
_OPERATIVE_COLON = re.compile(r"[ \t*]*:[ \t*]*$")


def _operative(text: str, title: Title) -> bool:
    """The cell is an operative word alone, with its colon ("QUYẾT ĐỊNH:")."""
    word = " ".join(text[title.start:title.end].split()).upper()
    return word in _OPERATIVE_WORDS and _OPERATIVE_COLON.match(text, title.end) is not None


def _take_title(cell: Cell, st: _Scan) -> bool:
    """The type word ("KẾ HOẠCH"), or a title word with the trích yếu's start on its line."""
    title = _title_word(cell.text)
    if title is None and not (st.seen_component or st.lay.org_cells):
        title = posting_title(cell.text)
    if title is None or _operative(cell.text, title):
        return False
    lay = st.lay
    word = cell.text[title.start:title.end]
    lay.type_cell = Cell(cell.start + title.start, cell.start + title.end, word, cell.line)
    if lay.subject_cells and rx.SUBJECT_LABEL.match(lay.subject_cells[0].text):
        # "V/v tổ chức đại hội ..." under the number, then "HƯỚNG DẪN" / "Tổ chức đại hội ...": the title's
        # own trích yếu is read; the V/v line stands in only when the type word has none
        st.label_subject = list(lay.subject_cells)
        lay.subject_cells.clear()
    rest = _trim(Cell(cell.start + title.rest, cell.end, cell.text[title.rest:], cell.line))
    if rest is not None:
        lay.subject_cells.append(rest)  # "THÔNG BÁO KẾT LUẬN", "KẾ HOẠCH Thực hiện ..."
    st.seen_component = st.after_type = st.subject_open = True
    return True


def _take_subject_line(cell: Cell, st: _Scan) -> bool:
    """A continuation of the open trích yếu; closes it when the cell is not one."""
    lay, t = st.lay, cell.text
    if st.subject_open and st.after_type and _qualifier_only(lay) and _UPPER_FIRST.match(t) \
            and not is_upper(t) and not _sentence(t, in_subject=True):
        lay.subject_cells[:] = [cell]  # "BÁO CÁO NHANH" / "Tình hình thiệt hại ...": the word qualified the type
        return True
    if st.subject_open and st.after_type and _period_only(lay.subject_cells) and _UPPER_FIRST.match(t) \
            and not _sentence(t, in_subject=True) and not _is_enacting(t) and not _period_only([cell]):
        lay.subject_cells[:] = [cell]  # "BÁO CÁO" / "Tháng 3/2026" / "Kết quả công tác ...": the period qualified the type
        return True
    if st.subject_open and st.after_type:
        # a title-style trích yếu: the lines under the type word
        if lay.subject_cells and _is_enacting(t) and not _dangling(lay.subject_cells[-1].text):
            # "ỦY BAN NHÂN DÂN TỈNH BẮC NINH" under a decision's title: the enacting body
            lay.enacting_cell = cell
            st.close_subject()
            return True
        if len(lay.subject_cells) < _MAX_SUBJECT_LINES and _continues_title(lay.subject_cells, t):
            lay.subject_cells.append(cell)
            return True
        st.close_subject()
    elif st.subject_open:
        if len(lay.subject_cells) < _MAX_SUBJECT_LINES and _continues_label(lay.subject_cells, t):
            lay.subject_cells.append(cell)
            return True
        st.subject_open = False
    return False


def _qualifier_only(lay: Layout) -> bool:
    """The trích yếu so far is one upper-case word after the type word on its line ("BÁO CÁO NHANH")."""
    cells = lay.subject_cells
    return len(cells) == 1 and lay.type_cell is not None and cells[0].line == lay.type_cell.line \
        and len(cells[0].text.split()) <= _MAX_QUALIFIER_WORDS and is_upper(cells[0].text)


@lru_cache(maxsize=1)
def _period_line() -> re.Pattern[str]:
    """A line of nothing but a period's words, numbers and separators (models/tables/period_words.tsv)."""
    words = "|".join(sorted((re.escape(r[0]).replace(r"\ ", r"\s+") for r in rows("period_words.tsv")),
                            key=len, reverse=True))
    return re.compile(rf"(?:[\s(),.:/\-–—]|\d+|(?<!\w)[IVX]{{1,4}}(?!\w)|(?<!\w)(?:{words})(?!\w))+",
                      re.IGNORECASE)


def _period_only(cells: list[Cell]) -> bool:
    """The trích yếu so far is one period ("Năm 2026", "THÁNG 3/2026", "Quý I/2026"): it qualifies the
    type word, the document's trích yếu is the line after it or none."""
    return len(cells) == 1 and any(ch.isdigit() for ch in cells[0].text) \
        and _period_line().fullmatch(cells[0].text.strip()) is not None


def _dangling(text: str) -> bool:
    """A line that cannot end a title ("... NĂM 2024 CỦA", "... và")."""
    up = fold(text).upper().rstrip()
    return any(up.endswith(" " + w) or up == w or (not w.isalpha() and up.endswith(w)) for w in tables().dangling)


@lru_cache(maxsize=1)
def _delivery_note() -> re.Pattern[str]:
    """A bracketed line saying where the document goes ("(Trình kỳ họp thứ sáu, HĐND xã khóa I)";
    models/tables/delivery_notes.tsv): no line of a trích yếu."""
    return re.compile(rf"^[\s*]*\([\s*]*(?:{_phrase_alternation('delivery_notes.tsv')})(?!\w)[^()]*\)[\s*]*$",
                      re.IGNORECASE)


def _continues_title(cells: list[Cell], t: str) -> bool:
    """A line under the type word still belongs to the trích yếu: capitals after capitals, no sentence."""
    if cells and (_ITEM_START.match(t) or (t.rstrip().endswith(":") and not _dangling(cells[-1].text))
                  or _post_stamp().match(t) or _delivery_note().match(t)):
        return False  # "Chỉ tiêu cụ thể:", "- 100% chi đoàn ...": the body under a trích yếu; a web page's stamp; where
        # the document is delivered
    if not cells or _LOWER_FIRST.match(t):
        return True
    if is_upper(cells[0].text) and not is_upper(t) and not _dangling(cells[-1].text):
        return False  # "TỔ CHỨC HỘI THI ..." then "Ban Thường vụ ... như sau:"
    return not _sentence(t, in_subject=True) or _dangling(cells[-1].text)


def _continues_label(cells: list[Cell], t: str) -> bool:
    """A "V/v ..." trích yếu continues on a lower-case line, inside an open quote, after a dangling
    word, or on a short capitalised line that is no header piece of its own."""
    joined = " ".join(c.text for c in cells)
    if _post_stamp().match(t):
        return False  # the page's headline "V/v ..." then its stamp line (a web copy)
    if _LOWER_FIRST.match(t):
        return True
    opened = joined.lstrip(" *")[:1] in _OPEN_QUOTE
    if opened and not any(q in joined[1:] for q in _CLOSE_QUOTE):
        return True  # “V/v Triển / khai đồng loạt / Ngày Chủ nhật / xanh 15/3/2025”
    if is_upper(t) or _sentence(t) or _SENTENCE_END.search(joined) or _motto_of(t):
        return False
    fits = len(t) <= _MAX_VV_WRAP or (len(t) <= _MAX_VV_JOINED and not _SENTENCE_END.search(t))
    return fits and (opened or _dangling(cells[-1].text) or bool(re.match(r"^\S", t)))


def _take_other(cell: Cell, st: _Scan) -> bool:
    """The enacting body, a số hiệu continued on the next line, or a letterhead line."""
    lay, t = st.lay, cell.text
    if lay.type_cell is not None and lay.enacting_cell is None and _is_enacting(t):
        lay.enacting_cell = cell  # the enacting body above the Căn cứ of a decision
        return True
    num = lay.number_cell
    if num is not None and not num.text[3:].strip(" :;") and (
            (cell.line == num.line + 1 and re.match(r"^\d", t)) or
            (cell.line == num.line and _NUMBER_RESIDUE.match(t))):
        # "Số:" with the number on the next line, or a blank number's "/KH-HĐTN" after a wide gap
        lay.number_cell = Cell(num.start, cell.end, st.text[num.start:cell.end], num.line)
        return True
    if is_upper(t) and not lay.type_cell and len(t) < _MAX_ORG_LINE:
        org = _org_line(cell, st)
        if org is not None:
            if lay.org_cells and not lay.type_cell and lay.number_cell is None and lay.date_cell is None \
                    and st.last_unread > lay.org_cells[-1].line:
                # a web page's banner naming the body ('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH NGHỆ AN'), then its
                # menu or a 'Cập nhật lúc' line, then the document's own letterhead: the letterhead starts anew
                lay.org_cells.clear()
            lay.org_cells.append(org)
            st.seen_component = True
            return True
    return False


_STAMP_RUN = 4  # lines of an e-copy stamp's block: its office's name (two lines), e-mail, time


@lru_cache(maxsize=1)
def _ecopy_markers() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{r[0]})" for r in rows("ecopy_stamp.tsv")), re.IGNORECASE)


def _in_ecopy_stamp(lines: list[Cell], k: int) -> bool:
    """Line k is part of an e-copy stamp's block ('TRUNG TÂM CÔNG BÁO VÀ TIN HỌC' / its e-mail / the
    signing time): a line opening with a stamp marker follows in the same run of non-blank lines."""
    marker = _ecopy_markers()
    for ln in lines[k + 1: k + 1 + _STAMP_RUN]:
        text = ln.text.strip()
        if not text:
            return False
        if marker.match(text):
            return True
    return False


_STAMP_NOTE_LINES = 6  # a received stamp's fields and the routing note under it, in one run of lines


@lru_cache(maxsize=1)
def _received_marker() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{r[0]})" for r in rows("received_stamp.tsv", 2) if r[1] == "marker"))


def _in_received_stamp(lines: list[Cell], k: int, markers: list[bool] | None = None) -> bool:
    """Line k is part of a received stamp (models/tables/received_stamp.tsv): its marker line ('CÔNG VĂN
    ĐẾN'), the receiving office's capitals right above it, or a line of the run under it (the stamp's 'Số:',
    'Ngày:', 'Chuyển:' and a routing note) before a blank line or the Kính gửi.

    `markers`: which of the first lines are a stamp's marker line (`_marker_lines`; the header scan keeps
    them for its document, so each line is matched once). A line with no marker line after it or among the
    lines before it is no stamp's, whatever its capitals: most header lines are told so without being
    measured for them."""
    s = lines[k].text.strip()
    if not s or rx.KINH_GUI.match(s):
        return False
    flags = _marker_lines(lines, k + 2, [] if markers is None else markers)
    if flags[k]:
        return True
    marked_next = k + 1 < len(lines) and flags[k + 1]
    if not marked_next and not any(flags[max(0, k - _STAMP_NOTE_LINES):k]):
        return False  # (both readings below need a marker line: the next one, or one of those before)
    if is_upper(s):
        return marked_next  # the receiving office's name; else capitals under a stamp: a letterhead or title line
    for j in range(k - 1, max(0, k - _STAMP_NOTE_LINES) - 1, -1):
        if flags[j]:
            return True
        text = lines[j].text.strip()
        if not text or rx.KINH_GUI.match(text) or is_upper(text):
            return False
        if any(_is_type_cell(c.text) for c in _split_cells(lines[j])):
            return False  # the title's type word beside the stamp's field ('Ngày: 07/10/2032    BÁO CÁO'): its trích yếu
    return False


def _marker_lines(lines: list[Cell], upto: int, flags: list[bool]) -> list[bool]:
    """`flags`, line j's flag telling whether it opens with a received stamp's marker ('CÔNG VĂN ĐẾN'), read on
    for the lines not read yet up to `upto` (or the last line)."""
    if len(flags) < upto:
        marker = _received_marker()
        flags += [marker.match(ln.text.strip()) is not None for ln in lines[len(flags):upto]]
    return flags


@lru_cache(maxsize=1)
def _site_name() -> re.Pattern[str]:
    """A web site's name in its title bar (models/tables/site_names.tsv), on a folded upper-case line."""
    words = "|".join(re.escape(fold(r[0]).upper()) for r in rows("site_names.tsv"))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def _org_line(cell: Cell, st: _Scan) -> Cell | None:
    """A letterhead line names a body, or continues the one above it ("BỘ TÀI" / "CHÍNH"); returned
    without a scan's stray marks (". _ TỈNH PHÚ THỌ"). A banner ("CHÀO MỪNG ĐẠI HỘI ..."), a section
    heading, an urgency mark or a web site's name ("... - CỔNG THÔNG TIN ĐIỆN TỬ") is none."""
    t = tables()
    junk = _SCAN_JUNK.match(cell.text)
    if junk:
        cell = Cell(cell.start + junk.end(), cell.end, cell.text[junk.end():], cell.line)
    if _NOT_ORG.match(cell.text) or _starts_with(cell.text, t.banners) or _in_ecopy_stamp(st.lines, cell.line) \
            or _site_name().search(fold(cell.text).upper()) or _seal_ring(cell.text):
        return None
    if _starts_with_glued(cell.text, t.org_heads) or _starts_with(cell.text, t.localities) \
            or starts_with_bare(cell.text, t.org_heads) or marks_lost_head(cell.text, t.org_heads) is not None:
        return cell
    prev = st.lay.org_cells[-1].line if st.lay.org_cells else None
    if prev is not None and all(not ln.text.strip() for ln in st.lines[prev + 1:cell.line]):
        return cell  # the line right under the last letterhead line (blank lines between)
    return None
