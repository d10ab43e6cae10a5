"""Cells and the layout they are sorted into, with the small classifiers every zone uses.

A *cell* is a trimmed piece of a line (a whole line, or one column of a
two-column line cut at a tab, a wide gap, a ``|``, a motto or a place-date).
`Layout` collects the classified cells; the extractors read only the layout.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from vanban.context import Heading
from vanban.grammar import regexes as rx
from vanban.tables import rows, tables
from vanban.textutil import capital_l_as_i, fold, fold_with_offsets, strip_diacritics, upper_vi
from vanban.textutil import is_upper as _is_upper_of

# = r"\t+|\s{3,}|\s\|\s?|\|\s", led by the character class every alternative opens with (the engine skips from
# blank to blank; the alternatives were tried at every position of every header line), each alternative then
# checking the character it opened with
_CELL_SPLIT = re.compile(r"[\s|](?:(?<=\t)\t*|(?<=[^\S\t])\s{2,}|(?<=[^\S\t])\|\s?|(?<=\|)\s)")
_BODY_START = re.compile(
    r"^\s*[-–]?\s*(?:Căn cứ|Thực hiện|Phúc đáp|Trả lời|Nhằm|Qua |Theo đề nghị|Xét đề nghị|Xét |Để |Triển khai|"
    r"Trên cơ sở|Ngày \d|Hôm nay|Sau khi|Trong (?:thời gian|những năm)|Điều\s+1\b|I\.\s)",
)
_AUTHORITY = re.compile(r"^\s*(?P<prefix>T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.|KT(?=\s+[A-ZĐ]))\s*(?P<rest>.*)$")
_SIGN_NOTE = re.compile(r"^\s*[\[(]?\s*(?:đã\s+ký|ký\s+tên|đóng\s+dấu|chữ\s+ký)", re.IGNORECASE)
_MAX_OFFICE_WORDS = 4  # words of the office after a position run onto a Nơi nhận item
_POSITION_TAIL = re.compile(
    r"\s(?P<pos>(?:PHÓ\s+)?(?:BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|CHỦ NHIỆM|THỦ TƯỚNG|"
    r"BỘ TRƯỞNG|THỨ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG PHÒNG|HIỆU TRƯỞNG|TỔNG GIÁM ĐỐC|VIỆN TRƯỞNG|TRƯỞNG)"
    # the office the title names, in upper case too ("PHÓ TRƯỞNG THUẾ CƠ SỞ", "PHÓ CHÁNH THANH TRA TỈNH"); a
    # deputy's title after it is the position itself ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH" on one line)
    rf"(?:\s+(?!PHÓ\s)[{rx.VN_UPPER}]+){{0,{_MAX_OFFICE_WORDS}}})\s*$"
)
# an annex's heading; "DANH SÁCH" in capitals opens a decision's annexed list of names (forty-first heldout round:
# "DANH SÁCH GIÁO VIÊN ĐẠT DANH HIỆU ..." and its tab table right after the signature were read as more of the
# two-column closing block, and the signer's name was lost): the closing's columns stop at it
_ANNEX = re.compile(r"^\s*(?:PHỤ LỤC|Phụ lục\s+[IVX\d]|DANH MỤC|DANH SÁCH|BIỂU MẪU|MẪU SỐ)", re.UNICODE)
# a place name's word; names of the Central Highlands carry an apostrophe after their first letter ("Cư M'gar",
# "Ea H'leo", "M'Đrắk", "Đắk R'lấp")
_PLACE_WORD = re.compile(rf"^(?:[{rx.VN_UPPER}](?:['’][{rx.VN_UPPER}{rx.VN_LOWER}])?[{rx.VN_LOWER}]*\.?|TP\.|Tp\.|phố|xã|thị|TP|HCM"
                         rf"|[{rx.VN_UPPER}]{{2,3}}\.)$")
_MAX_UNIT_NUMBER = 2  # digits of a numbered ward or district ("Phường 7", "Quận 10")
_MAX_PLACE_WORDS = 6  # "Thành phố Hồ Chí Minh," is the longest place before ", ngày"
_MAX_TYPE_CELL = 40  # a type word line is short ("THÔNG BÁO KẾT LUẬN")
_MAX_TITLE_WORDS = 4  # the longest type or title word ("THÔNG TƯ LIÊN TỊCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG")
_MIN_BARE_HEAD = 4  # a head without its marks shorter than this ("SO", "BO") is too easy to hit by chance
# markup, stray quotes and a web post's pictographs around a title word ("📢 THÔNG BÁO 📢")
_TITLE_JUNK = " *#:.\"“”'‘’«»📢📣📌✅❗⭐🔥👉►▶■●◆"
_PICTO_MARKS = "\ufe0f\u200d\u20e3"  # a colour selector, a joiner, a keycap: parts of a pictograph


def _junk(c: str, extra: str = "") -> bool:
    """Markup, a stray quote or any pictograph ("🌸🌸 THÔNG BÁO 🌸🌸"), not only the listed ones."""
    return c in _TITLE_JUNK or c in extra or c in _PICTO_MARKS or unicodedata.category(c) == "So"


def _lstrip_junk(s: str, extra: str = "") -> str:
    i = 0
    while i < len(s) and _junk(s[i], extra):
        i += 1
    return s[i:]


def _rstrip_junk(s: str, extra: str = "") -> str:
    j = len(s)
    while j > 0 and _junk(s[j - 1], extra):
        j -= 1
    return s[:j]


def _strip_junk(s: str, extra: str = "") -> str:
    return _rstrip_junk(_lstrip_junk(s, extra), extra)
_SENTENCE_CASE = re.compile(rf"^[{rx.VN_UPPER}][{rx.VN_LOWER}]")
_DASH = re.compile(r"\s*[-–]\s*")  # the dashes of a motto, spaced alike
_WORD = re.compile(r"\S+")
# Header lines recur, within a document (a line looked ahead at is read again) and across documents
# (mottos, letterhead bodies, type words): the pure per-line readings below are kept for this many texts.
LINE_CACHE = 512


@lru_cache(maxsize=LINE_CACHE)
def is_upper(s: str, ratio: float = 0.8) -> bool:
    """`textutil.is_upper`, kept for the last texts asked (segment asks it of a line again and again:
    4,007 times for 895 texts over the bench corpus)."""
    return _is_upper_of(s, ratio)


_MAX_WORD_SETS = 32  # word lists kept by `_word_set` (one a table's list)


@dataclass(slots=True)  # (a text has thousands of lines, each a cell: slots make them cheaper to build)
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
    split_position: Cell | None = None  # a position printed at the end of a Nơi nhận item ("...; BÍ THƯ")
    # the signature's lines run onto the Nơi nhận column with one space (a PDF's two columns flattened):
    # an authority after the label ("Nơi nhận: KT. CỤC TRƯỞNG"), a name after an item ("- Lưu: VT. Tạ Mạnh Hùng")
    label_authority: Cell | None = None
    split_name: Cell | None = None
    # authority lines run onto Nơi nhận items the same way ("- UBND tỉnh (b/c); KT. CHỦ TỊCH"), in order
    split_authorities: list[Cell] = field(default_factory=list)
    name_printed: str | None = None  # the name line as OCR read it, when name_cell holds it restored
    position_printed: str | None = None  # the title line as OCR read it, when scraps before the title were left out
    headings: list[Heading] = field(default_factory=list)
    footnotes: dict[str, tuple[int, int]] = field(default_factory=dict)
    footnote_refs: dict[str, list[int]] = field(default_factory=dict)


@lru_cache(maxsize=64)
def date_line(s: str) -> re.Match[str] | None:
    """`rx.search_date_line(s)`, kept for the last few lines: a header line is asked for its place-date
    as a piece cut at its gaps, as a cell and as a whole line, most often the same text."""
    return rx.search_date_line(s)


def _lines(text: str) -> list[Cell]:
    raw = text.split("\n")
    starts = itertools.accumulate([len(ln) + 1 for ln in raw], initial=0)
    return [Cell(pos, pos + len(ln), ln, i)  # (starts has one offset more: past the last line)
            for i, (pos, ln) in enumerate(zip(starts, raw, strict=False))]


def _trim(c: Cell) -> Cell | None:
    return _trimmed(c.start, c.text, c.line)


def _trimmed(start: int, s: str, line: int) -> Cell | None:
    """The cell of text s (at offset start of the text) less blanks and markup around it; None when empty."""
    s2 = s.strip(" \t#|>*")
    if not s2:
        return None
    lead = len(s) - len(s.lstrip(" \t#|>*"))
    return Cell(start + lead, start + lead + len(s2), s2, line)


@lru_cache(maxsize=1)
def _motto_keys() -> tuple[str, ...]:
    return tuple(motto for motto, _ in tables().mottos)


# OCR reads a capital I as a small l at the end of a word of capitals or inside it ("CỘNG HÒA XÃ HỘl CHỦ NGHĨA"):
# Vietnamese capitals never hold an l. A line is read back (textutil.capital_l_as_i, one for one) before it is
# matched against the mottos, as the head words and the wrap join read it.


# OCR may lose or misplace a motto's marks ("CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAM", "Độc lập - Tư do - Hanh phúc"):
# a line whose letters without their marks are a motto's is that motto (no other line of a letterhead spells
# "CONG HOA XA HOI CHU NGHIA VIET NAM"; fifty-fifth heldout round, h612).


@lru_cache(maxsize=1)
def _unmarked_mottos() -> tuple[tuple[str, str], ...]:
    return tuple((strip_diacritics(motto), system) for motto, system in tables().mottos)


@lru_cache(maxsize=1)
def _unmarked_inline_mottos() -> tuple[str, ...]:
    return tuple(strip_diacritics(motto) for motto in tables().inline_mottos)


def _unmarked(text: str) -> str:
    """text's capitals without marks, one letter for one (an NFC text keeps its offsets)."""
    return strip_diacritics(capital_l_as_i(text)).upper()


@lru_cache(maxsize=LINE_CACHE)
def _motto_of(text: str) -> str | None:
    key = fold(capital_l_as_i(text)).upper().strip(" .:-–")  # "ĐẢNG CỘNG SẢN VlỆT NAM": OCR's l for I
    if "-" in key or "–" in key:
        key = _DASH.sub(" - ", key)
    if not key.startswith(_motto_keys()):
        # (most lines: a motto line begins with a motto) or the motto with its marks lost or misplaced by OCR
        return _system_of_motto(strip_diacritics(key), _unmarked_mottos())
    return _system_of_motto(key, tables().mottos)


def _system_of_motto(key: str, mottos: Iterable[tuple[str, str]]) -> str | None:
    """The system of the motto key is, or begins with (a stray mark or two after it); None for other lines."""
    for motto, system in mottos:
        if key == motto or (key.startswith(motto) and len(key) - len(motto) < 3):
            return system
    return None


@lru_cache(maxsize=LINE_CACHE)
def _cuts_inside(seg: str, titled: bool = False) -> tuple[int, ...]:
    """Where one column's text ends and the other's begins inside one piece of an interleaved line.

    "BCH ĐOÀN TỈNH KIÊN GIANG ĐOÀN TNCS HỒ CHÍ MINH" is cut before the motto,
    "Số: 342-CV/TĐTN-BPT Rạch Giá, ngày 26 tháng 7 năm 2023" before the place. A motto
    inside a title or a banner ("... NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM") is no column.
    """
    cuts = {0, len(seg)}
    if _may_hold_motto(seg):
        _motto_cuts(seg, titled, cuts)
    dm = date_line(seg)
    if dm:
        p0 = _place_start(seg, dm.start("place") + len(dm.group("place")))
        if p0 > 0:
            cuts.add(p0)
    k = seg.find("Số:", 1)
    if k > 0:
        cuts.add(k)
    return tuple(sorted(cuts))


def _may_hold_motto(seg: str) -> bool:
    """A motto may be in the piece: `_motto_cuts` looks for them in its folded capitals, which are fold(seg)'s
    (cached) or, when folding tones changed the length, the piece's own with its blanks collapsed; one of the
    two holds a motto if the piece does. Most pieces hold none, and are not folded with offsets (the costliest
    step of a header line's cut)."""
    seg = capital_l_as_i(seg)
    up, plain = fold(seg).upper(), " ".join(seg.split()).upper()
    if any(motto in up or motto in plain for motto in tables().inline_mottos):
        return True
    bare = strip_diacritics(plain)
    return any(motto in bare for motto in _unmarked_inline_mottos())


def _motto_cuts(seg: str, titled: bool, cuts: set[int]) -> None:
    """`_cuts_inside`'s cuts before and after the mottos in seg."""
    folded, where = fold_with_offsets(capital_l_as_i(seg))
    up = folded.upper()
    bare = _unmarked(seg)
    if len(bare) != len(seg):
        bare = ""  # (a text not in NFC: its offsets would not be kept)
    for motto, unmarked in zip(tables().inline_mottos, _unmarked_inline_mottos(), strict=True):
        j = up.find(motto)
        if j >= 0:
            k, end = where[j], where[j + len(motto) - 1] + 1  # back to offsets in seg
        else:
            j = bare.find(unmarked)  # a motto OCR printed with its marks lost (offsets kept one for one)
            if j < 0:
                continue
            k, end = j, j + len(unmarked)
        # a motto ending the line sits in the right column, unless it ends a title's line
        at_end = not _strip_junk(seg[end:], "|\t")
        if k > 0 and not _column_before(seg[:k]) and (titled or not at_end):
            continue
        if k > 0:
            cuts.add(k)
        if end < len(seg) - 2:
            cuts.add(end)


def _column_before(text: str) -> bool:
    """Text before a motto on one line is a letterhead column (an organisation, a number, another motto)."""
    before = _strip_junk(text, "|\t")
    t = tables()
    return bool(_starts_with_glued(before, t.org_heads) or _starts_with(before, t.localities) or _motto_of(before)
                or rx.NUMBER_LABEL_STRICT.match(before) or date_line(before))


@lru_cache(maxsize=1)
def _hand_blanks() -> tuple[re.Pattern[str], ...]:
    """blank_fill.tsv's runs of spaces left for a handwritten number or day ("Số:      /UBND-VX", "ngày     tháng
    10 năm 2026"): in a text file they are no column gap either (the DOCX reader closes them, ingest/repair.py)."""
    return tuple(re.compile(r[0].replace("\\u00a0", "\u00a0"), re.M | re.I) for r in rows("blank_fill.tsv", 2))


_HAND_BLANK_WORD = 6  # the word before a blank left for the hand ("ngày", "tháng", "Số:"), and the one after it


def _left_for_hand(text: str, gap: re.Match[str]) -> bool:
    """The gap is a blank left for a handwritten number or day, inside one cell. After a digit it is a column gap
    in a text ("Số: 45/2026        Năm Căn, ngày ..."): only a DOCX leaves "15      tháng" for the hand."""
    if gap.start() == 0 or text[gap.start() - 1].isdigit():
        return False
    lo = max(0, gap.start() - _HAND_BLANK_WORD)
    for p in _hand_blanks():
        m = p.search(text, lo, min(len(text), gap.end() + _HAND_BLANK_WORD))
        if m and m.start() < gap.start() and m.end() >= gap.end():
            return True
    return False


def _split_cells(line: Cell, titled: bool = False) -> list[Cell]:
    """Cut a header line into cells: tabs, wide gaps, '|', and a motto or date line inside it.

    `titled`: the type word has been read, so a motto at the end of a line is part of a title."""
    cells: list[Cell] = []
    pos = 0
    parts: list[tuple[int, int]] = []
    for m in _CELL_SPLIT.finditer(line.text):
        if _left_for_hand(line.text, m):
            continue
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(line.text)))
    for a, b in parts:
        seg = line.text[a:b]
        if not seg.strip():
            continue
        bounds = _cuts_inside(seg, titled)
        for x, y in zip(bounds, bounds[1:], strict=False):
            c = _trimmed(line.start + a + x, seg[x:y], line.line)
            if c:
                cells.append(c)
    return cells


def _place_start(seg: str, place_end: int) -> int:
    """Where the place name before ", ngày" begins: a run of Title-case words ("Rạch Giá", "TP. Hồ Chí Minh"),
    with a hyphen between two of them ("Bà Rịa - Vũng Tàu")."""
    words = list(_WORD.finditer(seg[:place_end]))
    start = place_end
    taken = 0
    for k in range(len(words) - 1, -1, -1):
        tok = words[k].group()
        if tok in ("-", "–") and taken and k > 0 and _is_place_word(words[k - 1].group()):
            continue  # the hyphen inside a two-part name
        if not taken and tok.isdigit() and len(tok) <= _MAX_UNIT_NUMBER and k > 0 \
                and fold(words[k - 1].group()).upper() in tables().localities:
            start, taken = words[k].start(), 1
            continue  # a numbered unit: "Phường 7, ngày ...", "Quận 3, ngày ..."
        if taken >= _MAX_PLACE_WORDS or not _is_place_word(tok):
            break
        start = words[k].start()
        taken += 1
    return start


def _is_place_word(tok: str) -> bool:
    return bool(_PLACE_WORD.match(tok)) and not (len(tok) > 3 and tok.isupper() and tok not in ("TP.", "HCM"))


@dataclass(frozen=True)
class _WordSet:
    """A word list (org heads, localities, ...) ready for prefix tests: as a set, the length of its
    longest entry, and its many-word entries with the spaces taken out."""

    words: frozenset[str]
    longest: int
    glued: tuple[str, ...]


_WORD_SETS: dict[int, tuple[tuple[str, ...], _WordSet]] = {}  # id of a table's word list -> (the list, its set)


def _word_set(words: tuple[str, ...]) -> _WordSet:
    """The lookup set of a table's word list, kept by the list's identity (the tables' lists live as long as the
    process; an lru_cache hashed the whole tuple at every call, a fifth of `_starts_with`'s time)."""
    kept = _WORD_SETS.get(id(words))
    if kept is not None and kept[0] is words:
        return kept[1]
    ws = _WordSet(frozenset(words), max(map(len, words), default=0),
                  tuple(w.replace(" ", "") for w in words if " " in w))
    if len(_WORD_SETS) >= _MAX_WORD_SETS:
        _WORD_SETS.clear()  # (lists made on the fly, as tests do, never pile up)
    _WORD_SETS[id(words)] = (words, ws)
    return ws


def _starts_with(text: str, words: tuple[str, ...]) -> bool:
    """The folded, upper-cased text is one of the words, or begins with one and a space: its prefixes
    ending before a space are looked up in a set (not each word tried in turn). OCR's small l for a capital I
    is read as the I ("CHl BỘ TRƯỜNG" opens with CHI BỘ)."""
    up = fold(capital_l_as_i(text)).upper()
    ws = _word_set(words)
    if up in ws.words:
        return True
    i = up.find(" ")
    while 0 <= i <= ws.longest:
        if up[:i] in ws.words:
            return True
        i = up.find(" ", i + 1)
    return False


@lru_cache(maxsize=8)
def _bare_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(b for w in words if len(b := strip_diacritics(w)) >= _MIN_BARE_HEAD)


def starts_with_bare(text: str, words: tuple[str, ...]) -> bool:
    """A capitals line that lost every mark to OCR ('HUYEN DOAN NINH HAI') begins with one of the words
    once they lose theirs (a line holding any mark is read by `_starts_with` only)."""
    up = " ".join(text.split())
    return up.isascii() and up.isupper() and _starts_with(up, _bare_words(words))


_MIN_RESTORED_WORDS = 3  # a head of this many words is not met by chance once some of its marks are gone


def _bare_key(text: str) -> str:
    """A line's words without their marks, upper case, one blank between ('ĐIÊN LỰC  Anh' -> 'DIEN LUC ANH')."""
    return " ".join(strip_diacritics(fold(text)).upper().split())


@lru_cache(maxsize=8)
def _bare_heads_of(words: tuple[str, ...]) -> dict[str, str]:
    """Each head of `words` without its marks to the head as `words` spell it (the first of a bare form wins)."""
    keys: dict[str, str] = {}
    for w in words:
        keys.setdefault(_bare_key(w), w)
    return keys


def bare_head(text: str, words: tuple[str, ...], sizes: Iterable[int]) -> tuple[str, int] | None:
    """The head of `words` whose letters, every mark set aside, open the line, taking one of `sizes` words (tried in
    their order): the head as `words` spell it and how many words of the line it takes. What OCR did to the marks is
    the callers' to judge (`marks_lost_head`; header._opens_body_marks_lost)."""
    line = _bare_key(text).split()
    keys = _bare_heads_of(words)
    for n in sizes:
        if n <= len(line) and (w := keys.get(" ".join(line[:n]))) is not None:
            return w, n
    return None


def marks_lost_head(text: str, words: tuple[str, ...]) -> tuple[str, int] | None:
    """A capitals line whose many-word head lost some of its marks to OCR, not all ('UY BAN NHAN DÂN' / 'XÃ VĨNH
    HẬU', round 49's h546): the head as `words` spell it and how many words of the line it takes. A line that lost
    every mark is `starts_with_bare`'s."""
    line = text.split()
    joined = " ".join(line)
    if not joined.isupper() or joined.isascii():
        return None  # (a name that lost every mark is kept as printed, as h144's gold keeps "HUYEN DOAN NINH HAI")
    longest = max((len(w.split()) for w in words), default=0)
    found = bare_head(text, words, range(longest, _MIN_RESTORED_WORDS - 1, -1))
    if found is None or fold(" ".join(line[:found[1]])) == fold(found[0]):
        return None
    return found


def _starts_with_glued(text: str, words: tuple[str, ...]) -> bool:
    """Like `_starts_with`, also when a scan glued the words of a many-word head ("ỦY BANNHÂN DÂN")."""
    if _starts_with(text, words):
        return True
    return fold(text).upper().replace(" ", "").startswith(_word_set(words).glued)


def _is_type_cell(text: str) -> str | None:
    t = _strip_junk(text)
    if not is_upper(t, 0.9) or len(t) > _MAX_TYPE_CELL:
        return None
    return tables().code_for_word(t) or tables().code_for_damaged_word(t)


@dataclass(frozen=True)  # (kept in _title_word's cache: never changed)
class Title:
    """A type or title word at the start of a cell, and what follows it on the line."""

    start: int  # offsets inside the cell's text
    end: int
    code: str | None  # None for a title word without a type code (THỂ LỆ)
    rest: int  # where the words after it begin (== len(text) when none)


@lru_cache(maxsize=LINE_CACHE)
def _title_word(text: str) -> Title | None:
    """ "KẾ HOẠCH", "\"KẾ HOẠCH", "THÔNG BÁO KẾT LUẬN", "KẾ HOẠCH Thực hiện ...", "THỂ LỆ".

    The title word is printed in capitals; words after it on the line are the start of the
    trích yếu when they are capitals too or begin a sentence ("Thực hiện").
    """
    lead = len(text) - len(_lstrip_junk(text))
    words = list(_WORD.finditer(text[lead:]))
    if not words:
        return None
    t = tables()
    alone = _strip_junk(text[lead:])
    for n in range(min(_MAX_TITLE_WORDS, len(words)), 0, -1):
        end = lead + words[n - 1].end()
        word = _rstrip_junk(text[lead:end])
        if not is_upper(word, 0.9):
            continue
        key = upper_vi(" ".join(word.split()))
        code = t.type_word_codes.get(key)  # (= t.code_for_word(word), which builds the same key)
        if code is None and word == alone:  # 'QUYÊT ĐỊNH' alone on its line: a mark lost to OCR
            code = t.code_for_damaged_word(word)
        if code is None and key not in t.title_words:
            continue
        rest = _strip_junk(text[end:])
        if rest and not (is_upper(text[lead:], 0.9) or _SENTENCE_CASE.match(rest)):
            return None
        if not rest and len(word) > _MAX_TYPE_CELL:
            return None
        rest_at = text.index(rest, end) if rest else len(text)
        return Title(lead, lead + len(word), code, rest_at)
    return None


def posting_title(text: str) -> Title | None:
    """'📣 LIÊN ĐỘI TRƯỜNG TH NGUYỄN VĂN TRỖI THÔNG BÁO 📣': a post's headline naming its body, then the
    type word ending the line (the body is the post's author, no letterhead)."""
    core = _strip_junk(text)
    if not core or not is_upper(core, 0.9) or not _starts_with(core, tables().org_heads):
        return None
    lead = text.index(core)
    words = list(_WORD.finditer(core))
    for n in range(min(_MAX_TITLE_WORDS, len(words) - 1), 0, -1):
        start = words[-n].start()
        code = tables().type_word_codes.get(upper_vi(" ".join(core[start:].split())))
        if code is not None:
            if _NAME_DASH_END.search(core, 0, start):
                return None  # "UBND HUYỆN X PHÒNG TÀI CHÍNH - KẾ HOẠCH": the name's second half, no type word
            return Title(lead + start, lead + len(core), code, len(text))
    return None


# a dash joining the halves of a body's name in capitals ("PHÒNG TÀI CHÍNH - KẾ HOẠCH", a one-line copy's
# letterhead; rounds 35-46's leftovers, h481)
_NAME_DASH_END = re.compile(r"\w[ \t]*[-–][ \t]*$")


def _is_enacting(text: str) -> bool:
    """An upper-case body line ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "CHỦ TỊCH ỦY BAN NHÂN DÂN ...")."""
    t = tables()
    return is_upper(text) and (_starts_with(text, t.org_heads) or (_starts_with(text, t.positions) and any(
        f" {h} " in f" {fold(text).upper()} " for h in t.org_heads)))
