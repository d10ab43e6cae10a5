"""Normalize: raw extracted text -> clean text, with a map back to the original.

What goes: markdown residue (``**``, ``\\*``, ``*italic*`` markers, ``[x](mailto:x)``
links), table residue (lines of ``|``), trailing spaces, and hard line breaks
inside a sentence (a wrapped line is joined to the next with one space).
What stays: every printed word, tabs (two-column headers), rule lines
(``-----``, ``***``), superscript footnote markers (¹²³), line structure.

The result keeps an offset map so that any span in the normalized text can be
traced to the original (and so to a page of a PDF). Old/new tone placement is
*not* changed here: matching folds it (`textutil.fold`), reported text keeps it.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from vanban.boxtables import may_hold_drawn_table, redraw
from vanban.grammar.regexes import PAGE_NUMBER_LINE, RULE, RULE_MARKS, RUNNING_FOOTER, search_date_line
from vanban.tables import rows
from vanban.textutil import aligned_rows, capital_l_as_i, cell_gaps, wrapped_cells

# Lines that are nothing but table residue: "|", "| |", "|---|---|".
_TABLE_LINE = re.compile(r"^[\s|:+\-]*\|[\s|:+\-]*$")
_EMPTY_BOLD = re.compile(r"^\s*(?:\*\*\s*)+$")
_STARS_LINE = re.compile(r"^\s*(?:\\?\*\s*){3,}$")
# Markdown tokens to drop inside a line (spans listed as removals). Each pattern matches its mark
# first and then looks behind it (the mark included): a pattern that starts with a lookbehind is
# tried at every position, one that starts with a literal jumps from mark to mark.
_BOLD = re.compile(r"\*\*|__(?<![\w_]__)(?=\S)|__(?<=\S__)(?![\w_])")
_ESCAPED_STAR = re.compile(r"\\\*")
_ITALIC_OPEN = re.compile(r"\*(?:(?<=^\*)|(?<=[\s(“\"'‘\[–-]\*))(?=[^\s*])")
_ITALIC_CLOSE = re.compile(r"\*(?<=[^\s*]\*)(?=$|[\s)”\"'’.,;:!?\]–-])")
_LONE_STAR = re.compile(r"\*(?:(?<=^\*)|(?<=\s\*))(?=\s*$)")
# the three in one scan: each matches one "*", so trying them in this order at every star is the same
# as running them one after the other
_STAR_MARKS = re.compile("|".join(f"(?:{rx.pattern})" for rx in (_ITALIC_OPEN, _ITALIC_CLOSE, _LONE_STAR)))
_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LATEX = re.compile(r"\$([^$\n]{1,120})\$")
_LATEX_CMD = re.compile(r"\\[a-zA-Z]+|[{}\s]")
# A converter's backslash before a punctuation mark it would otherwise read as markup (r"\- Như Điều 4;",
# r"1\. Mục tiêu", r"Độc lập \- Tự do"): the mark stays, the backslash goes (r"\*" is _ESCAPED_STAR's)
_MD_ESCAPE = re.compile(r"\\([-.+#()\[\]_>!`~|=])")
_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:mailto:)?([^)\s]{1,300})\)")
# A line ends a sentence: one of these marks, then maybe closing quotes or brackets ("./." too).
_SENTENCE_MARKS = ".;:!?…"
_CLOSING_MARKS = "'\"”’)"
_LIST_START = re.compile(
    r"^\s*(?:[-+•–—*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVXLC]{1,5}[.)]\s|"
    r"Điều\s+\d|Căn cứ|Chương\s|Mục\s|Nơi nhận|K[íi]nh g[ửủứừữựưu]i|S[ốôóồỗõẽỏ]\s*:|Lưu\s*:?|"
    # a công văn's trích yếu under its number ("V/v đôn đốc ..."), never the end of the number-and-date line
    r"V/[vV]\s|"
    # a số hiệu line without its colon ("Sô 58-TB/ĐU" under a long date line) is no wrapped line's end
    r"S[ốôóồỗõẽỏ]\s+\d{1,6}\s*[-/]\s*[A-ZĐ])"
)
_NUMBER_BREAK = re.compile(r"\d[^\s]*[A-ZĐ0-9][-/]$|\d/$")
_CODE_START = re.compile(r"^\s*[A-ZĐ0-9]{1,}[A-ZĐa-z0-9.&]*(?:[-/][A-ZĐ0-9]|\s|$|[,;.])")
# a table row whose cells a PDF reader joined with single spaces ("1 Lượt khám bệnh Lượt 420.000 318.650 75,9"): it
# ends in two figures or more ("-" for a blank cell), and a row is never a wrapped sentence's end or start; nor is a
# table's header opening with its "TT"/"STT" column (thirty-first heldout round)
_FIGURE_ROW = re.compile(r"^\s*(?:\d{1,2}\.?[ \t]+)?[^\W\d_].*?(?P<figures>(?:[ \t](?:\d[\d.,]*%?|[-–])){2,})[ \t]*$")
_FIGURE_TOKEN = re.compile(r"\d[\d.,]*%?")
# what a figure cell of _FIGURE_ROW ends with besides a digit ("12.", "75,9%", "-" for a blank cell): the last character
# of a row it reads, blanks and a final line break aside, is one of these or a digit (str.isdigit, which \d is part of)
_FIGURE_CELL_ENDS = ".,%-–"
_RANGE_END = re.compile(r"\d[ \t]*[-–][ \t]*\d[\d.,]*[ \t]*$")  # "giai đoạn 2026 - 2030": a range, no cells
_INDEX_HEAD = re.compile(r"^\s*S?TT[ \t]+[A-ZĐ]")
_LOWER_START = re.compile(r"^\s*[a-zđàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ]")


_Piece = tuple[int, int, str]  # (start, end, text) in text coordinates
_Part = tuple[int, int, str]  # (original start, original length (0 = inserted), text)
# A part's length for a line markup was cut from: the part is the line's start and its cleaned text, its pieces cut
# again from the line when the map is laid out (`_edited_parts`), which parse_text never asks for
_EDITED = -1


@dataclass
class OffsetMap:
    """Piecewise map from normalized offsets to original offsets.

    Built on the first `to_original` from the parts normalize assembled the text from: parse_text
    never maps an offset back (only the pages of a multi-page input and the OCR scores do), and the map
    was a tenth of normalize's time.
    """

    norm_starts: list[int] = field(default_factory=list)
    orig_starts: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)  # 0 for an inserted character
    orig_len: int = 0
    # (parts, NFC map, original, the text the parts' offsets are in) still to be laid out into the lists above
    pending: tuple[list[_Part], list[int] | None, str, str] | None = field(default=None, repr=False, compare=False)

    def add(self, norm_start: int, orig_start: int, length: int) -> None:
        self.norm_starts.append(norm_start)
        self.orig_starts.append(orig_start)
        self.lengths.append(length)

    def to_original(self, i: int) -> int:
        """Original offset of normalized offset i (an end offset maps to just past its char)."""
        if self.pending is not None:
            _lay_out(self)
        if not self.norm_starts:
            return i
        k = bisect.bisect_right(self.norm_starts, i) - 1
        if k < 0:
            return 0
        delta = i - self.norm_starts[k]
        if self.lengths[k] == 0:
            return self.orig_starts[k]
        return self.orig_starts[k] + min(delta, self.lengths[k])


@dataclass
class Normalized:
    text: str
    original: str
    offsets: OffsetMap
    changes: list[str] = field(default_factory=list)  # what was removed or joined, for the record's warnings


def _nfc_with_map(text: str) -> tuple[str, list[int] | None]:
    """NFC the text; return a per-character map only when NFC changed anything."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    cmap: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        cmap.extend([i] * len(piece))
        i = j
    return "".join(out), cmap


_MARKUP_CHARS = re.compile(r"[*_\[$#\\!]")  # a regex scans a line without hashing each character
# a character some cleaning step looks for (markup, or the "|" of table residue): most lines hold none
_MARKED_LINE = re.compile(r"[*_\[$#\\!|]")


def _removals(line: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) edits inside one line, sorted, non-overlapping."""
    if not _MARKUP_CHARS.search(line):
        return []  # most lines carry no markup: skip the regexes
    if _bold_only(line):
        return _bold_edits(line)
    if _STARS_LINE.match(line):
        # a printed "***" under the issuing body: keep the stars, drop escapes
        return [(m.start(), m.end(), "*") for m in _ESCAPED_STAR.finditer(line)]
    # each pattern runs only when the line holds the characters it needs (most lines hold one kind)
    edits = _block_edits(line)
    taken = [(a, b) for a, b, _ in edits]

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for rx in _emphasis_patterns(line):
        for m in rx.finditer(line):
            if free(m.start(), m.end()):
                edits.append((m.start(), m.end(), ""))
                taken.append((m.start(), m.end()))
    edits.sort()
    return edits


_NOT_BOLD_MARKUP = re.compile(r"[_\[$#\\!]")  # the markup characters other than "*"


def _bold_only(line: str) -> bool:
    """The line's only markup is "**" marks (every star one of a pair), as on most marked lines of a
    PDF turned into markdown ("**ỦY BAN NHÂN DÂN**"), and something else is on the line."""
    return "*" not in line.replace("**", "") and not _NOT_BOLD_MARKUP.search(line) and not _EMPTY_BOLD.match(line)


def _bold_edits(line: str) -> list[tuple[int, int, str]]:
    """`_removals` of a `_bold_only` line: each "**" dropped. No block edit applies (no "#", "$",
    "![", "]("), no star makes a star line, and every star is inside a "**" (taken first), so the
    italic and lone-star patterns add nothing."""
    edits: list[tuple[int, int, str]] = []
    i = line.find("**")
    while i >= 0:
        edits.append((i, i + 2, ""))
        i = line.find("**", i + 2)
    return edits


def _block_edits(line: str) -> list[tuple[int, int, str]]:
    """A markdown heading mark, images, LaTeX residue and self-labelled links, in that order."""
    edits: list[tuple[int, int, str]] = []
    m = _MD_HEADING.match(line) if "#" in line else None
    if m:
        edits.append((m.start(), m.end(), ""))
    if "![" in line:
        for m in _MD_IMAGE.finditer(line):
            edits.append((m.start(), m.end(), ""))
    if "$" in line:
        for m in _LATEX.finditer(line):
            # OCR residue such as "$( \mathsf { b } / \mathsf { c } )$" -> "(b/c)"
            edits.append((m.start(), m.end(), _LATEX_CMD.sub("", m.group(1)) or " "))
    if "](" in line:
        for m in _MD_LINK.finditer(line):
            label, target = m.group(1), m.group(2)
            if label.strip() == target.strip():
                edits.append((m.start(), m.start() + 1, ""))
                edits.append((m.start() + 1 + len(label), m.end(), ""))
    if "\\" in line:
        taken = [(a, b) for a, b, _ in edits]
        edits.extend((m.start(), m.end(), m.group(1)) for m in _MD_ESCAPE.finditer(line)
                     if all(m.end() <= a or m.start() >= b for a, b in taken))
    return edits


def _has_bold_mark(s: str) -> bool:
    return "**" in s or "__" in s


def _emphasis_patterns(line: str) -> list[re.Pattern[str]]:
    """Escaped stars, bold marks, italic and lone stars, in that order: those the line can hold."""
    out = [_ESCAPED_STAR] if "\\*" in line else []
    if _has_bold_mark(line):
        out.append(_BOLD)
    if "*" in line:
        out.append(_STAR_MARKS)
    return out


def _open_runs(line: str) -> int:
    """Parity of markdown emphasis left open at the end of a line (bold counts, italics count)."""
    if "*" not in line and "_" not in line:
        return 0
    if "_" not in line and "\\" not in line:  # (most) the bold marks are the "**", the rest of the stars italics
        return line.count("**") % 2 | line.replace("**", "").count("*") % 2
    bold = len(_BOLD.findall(line)) % 2 if _has_bold_mark(line) else 0
    unescaped = _ESCAPED_STAR.sub("", line) if "\\*" in line else line
    rest = _BOLD.sub("", unescaped) if _has_bold_mark(unescaped) else unescaped
    ital = rest.count("*") % 2
    return bold | ital


_ASCII_LOWER = re.compile(r"[a-z]")


def _is_title(line: str) -> bool:
    """An all-capitals line ("BÁO CÁO", "V/V PHÁT ĐỘNG"): a title, never a wrapped sentence.

    (Most lines asked are sentences: an ASCII small letter, which upper() changes, settles it in one C
    scan, before the line is copied in upper and lower case.)"""
    if _ASCII_LOWER.search(line):
        return False
    return line == line.upper() and line != line.lower() and len(line.strip()) >= 4


_MIN_WRAP_LINE = 20  # a line this short (its indent left out) tells nothing of the wrap width


def _wrap_width(lines: list[str]) -> int:
    """Estimate the hard-wrap width of the text, 0 when lines are not hard-wrapped.

    `lines` are cleaned lines: each ends in a non-space (or is empty), so a line's length is its
    length right-stripped, and its stripped length its left-stripped one."""
    # (a line of _MIN_WRAP_LINE characters or fewer, or one without an indent, is not copied to be measured)
    lens = sorted([n for x in lines if (n := len(x)) > _MIN_WRAP_LINE
                   and (not x[0].isspace() or len(x.lstrip()) > _MIN_WRAP_LINE)])
    if len(lens) < 8:
        return 0
    p90 = lens[int(len(lens) * 0.9)]
    near = bisect.bisect_right(lens, p90 + 2) - bisect.bisect_left(lens, 0.75 * p90)  # lens is sorted
    # hard-wrapped text has many lines of nearly the same, modest length
    if p90 <= 140 and near >= 0.35 * len(lens):
        return p90
    return 0


_MAX_RUN_LINES = 4  # an emphasis run closed within this many lines is one logical line
_TAIL = 40  # the end-anchored join tests only need the end of the previous line
_LABEL_WORDS = 4  # a label line ("Chỉ tiêu cụ thể:") is this short
_WRAPPED_LINE = 0.7  # a line this full of the wrap width was wrapped by the printer


@dataclass
class _Lines:
    """The text's lines as cleaning left them."""

    raw: list[str]
    starts: list[int]  # where each line begins in the text
    cleaned: list[str]  # each line less its markup and trailing spaces ("" for a residue line)
    edited: set[int]  # the lines markup was cut from (others are kept whole)
    # the lines holding a character some cleaning step looks for (markup, "|"), but for a table's lone "|" lines
    # (residue told apart by one comparison each: a third of the lines of a text whose cells are one a line)
    marked: list[int]
    residue: set[int] = field(default_factory=set)  # lines dropped: a table's rules ("|---|"), empty bold marks
    table_rows: set[int] = field(default_factory=set)  # those of a table's rules: they break cells apart


def normalize(original: str) -> Normalized:
    text, cmap = _unify_newlines(original)
    changes: list[str] = []
    if may_hold_drawn_table(text):  # (most texts hold no box-drawing character: one search)
        text, cmap, drawn = _redraw_tables(text, cmap)
        if drawn:
            changes.append(f"read {drawn} rows of tables drawn with rules as rows of cells")
    tags = "<br" in text or "<BR" in text
    if tags or "** **" in text or " V/v " in text:  # (most texts hold none: a few substring searches each)
        text, cmap, broken = _break_br(text, cmap)
        if broken:
            changes.append(f"split {broken} lines at their <br> tags" if tags
                           else f"split {broken} table rows at their cells' joined paragraphs")
    # 1. drop residue lines, cut markup out of lines
    lines = _clean_lines(text)
    if lines.residue:
        changes.append(f"removed {len(lines.residue)} table-residue lines")
    # 2. decide joins between consecutive non-empty lines
    out_parts, joins = _join_lines(lines)
    if joins:
        changes.append(f"joined {joins} hard-wrapped lines")
    # 3. assemble text and offset map (through the NFC map back to the original)
    out_text, omap = _assemble(out_parts, cmap, original, text)
    return Normalized(out_text, original, omap, changes)


def _unify_newlines(original: str) -> tuple[str, list[int] | None]:
    """Newlines as "\\n", NFC; the per-character map back to the original when either changed offsets."""
    # (most texts hold no "\r": one search instead of two replacing scans)
    text, cmap = _nfc_with_map(original.replace("\r\n", "\n").replace("\r", "\n") if "\r" in original else original)
    # "\r\n" -> "\n" shifts offsets; rebuild a map for that case too
    if "\r" in original and cmap is None:
        cmap = []
        i = 0
        while i < len(original):
            if original[i] == "\r" and i + 1 < len(original) and original[i + 1] == "\n":
                i += 1
            cmap.append(i)
            i += 1
    return text, cmap


def _redraw_tables(text: str, cmap: list[int] | None) -> tuple[str, list[int] | None, int]:
    """Tables drawn with box-drawing or ASCII rules as markdown rows (`boxtables.redraw`), the map composed with the
    NFC one; the number of rows redrawn."""
    out, omap, drawn = redraw(text)
    if not drawn:
        return text, cmap, 0
    if cmap is not None:
        omap = [cmap[i] if i < len(cmap) else i for i in omap]
    return out, omap, drawn


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
# A converter that joins a table cell's paragraphs with a space keeps each one's emphasis: a bold run right after a
# bold or italic one ('**KHO BẠC NHÀ NƯỚC** **KHO BẠC NHÀ NƯỚC KHU VỰC VIII**', '**PHÓ GIÁM ĐỐC** *(đã ký)*
# **Trần Quốc Vinh**') and a Nơi nhận item's dash after its label or the item before ('**Nơi nhận:** - Như trên;
# - KBNN;') start a new line of the cell, as a <br> tag does; so does the V/v after the số hiệu in its cell ('Số:
# 1537/KBKV8-KSC V/v hướng dẫn ...')
# (thirty-first heldout round) a sign note printed plain between the bold runs ('**PHÓ GIÁM ĐỐC** (Đã ký) **Trần Thị
# Ngọc Diệp**') is a paragraph of its own too
_RUN_BREAK = (r"(?<=\*\*) (?=\*\*\S)|(?<=\*\*) (?=\*\()|(?<=\)\*) (?=\*\*\S)|(?<=:\*\*) (?=- )|(?<=;) (?=- )"
              r"|(?<=\S) (?=V/v\s)|(?<=\*\*) (?=\((?:đã|Đã|ĐÃ) (?:ký|KÝ)\))|(?<=ký\)|KÝ\)) (?=\*\*\S)")
_CELL_BREAK = re.compile(rf"<br\s*/?>|{_RUN_BREAK}", re.IGNORECASE)
# what makes a row's cells read as several lines: two bold runs side by side, a V/v after the số hiệu in one cell
_CELL_RUN_BREAK = re.compile(r"(?<=\*\*) (?=\*\*\S)|\|\s*(?:\*\*)?Số\s*:?[^|]*?\S V/v\s")
# What a line `_breaks_cells` takes for a row's joined paragraphs holds: _CELL_RUN_BREAK's two bold runs side by side
# ("** **"), or its V/v after a space
_CELL_RUN_NEEDLES = ("** **", " V/v")


def _break_br(text: str, cmap: list[int] | None) -> tuple[str, list[int] | None, int]:
    """Lines joined by <br> tags (a web page converted to markdown) split apart: a table row whose cells hold
    several lines ('| UBND TỈNH PHÚ THỻ<br>**SỞ ...** | **CỘNG HÒA ...**<br>**Độc lập ...** |') becomes one row
    a line, each cell's k-th line in the k-th row, as a two-column header typed as a table is; elsewhere a tag
    is a line break. Returns the text, its per-character map back to the original and how many lines split."""
    if not _may_break_cells(text):
        return text, cmap, 0  # (a " V/v " or "** **" in prose: the text and its map stay as they are)
    lines = text.split("\n")
    if not any(map(_breaks_cells, lines)):
        return text, cmap, 0
    out: list[str] = []
    omap: list[int] = []
    broken = 0
    pos = 0
    for line in lines:
        if _breaks_cells(line):
            broken += 1
            piece, at = (_br_table_rows(line, pos) if line.lstrip().startswith("|") else _br_lines(line, pos))
            out.append(piece)
            omap += at
        else:
            out.append(line)
            omap += range(pos, pos + len(line))
        out.append("\n")
        omap.append(pos + len(line))
        pos += len(line) + 1
    out.pop()
    omap.pop()
    if cmap is not None:
        omap = [cmap[i] if i < len(cmap) else i for i in omap]
    return "".join(out), omap, broken


def _may_break_cells(text: str) -> bool:
    """False only when no line of the text is one `_breaks_cells` takes, reading only the lines that can be: a
    text holding a <br> tag may hold one (its blanks may run over a line end: the lines are then read one by one);
    a row's line is one only if it holds one of _CELL_RUN_NEEDLES, found by substring searches of the whole text.
    (The 61 bench texts let into _break_br by a " V/v " or "** **" in their prose hold no such line; reading every
    line was 12 ms a pass.)"""
    if _BR.search(text):
        return True
    for needle in _CELL_RUN_NEEDLES:
        at = text.find(needle)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            if end < 0:
                end = len(text)
            if _breaks_cells(text[start:end]):
                return True
            at = text.find(needle, end)  # (the rest of this line was read)
    return False


def _breaks_cells(line: str) -> bool:
    """The line holds <br> tags, or is a table row whose cells hold paragraphs joined with a space."""
    return _BR.search(line) is not None or (line.lstrip().startswith("|") and _CELL_RUN_BREAK.search(line) is not None)


def _br_lines(line: str, pos: int) -> tuple[str, list[int]]:
    """A line's <br> tags as line breaks (each newline maps to its tag)."""
    out: list[str] = []
    at: list[int] = []
    cur = 0
    for m in _BR.finditer(line):
        out += [line[cur:m.start()], "\n"]
        at += [*range(pos + cur, pos + m.start()), pos + m.start()]
        cur = m.end()
    out.append(line[cur:])
    at += range(pos + cur, pos + len(line))
    return "".join(out), at


def _br_table_rows(line: str, pos: int) -> tuple[str, list[int]]:
    """A markdown row whose cells hold <br>-joined lines, as rows of one line each (see _break_br)."""
    bars = [i for i, c in enumerate(line) if c == "|"]
    cells: list[list[tuple[int, str]]] = []  # each cell's lines: (offset in the line, text)
    for a, b in zip(bars, bars[1:], strict=False):
        parts, cur = [], a + 1
        for m in _CELL_BREAK.finditer(line, a + 1, b):
            parts.append((cur, line[cur:m.start()]))
            cur = m.end()
        parts.append((cur, line[cur:b]))
        cells.append(parts)
    out: list[str] = []
    at: list[int] = []
    for k in range(max((len(c) for c in cells), default=0)):
        if k:
            out.append("\n")
            at.append(pos + bars[0])
        out.append(line[:bars[0] + 1])
        at += range(pos, pos + bars[0] + 1)
        for cell, bar in zip(cells, bars[1:], strict=False):
            start, piece = cell[k] if k < len(cell) else (bar, "")
            piece = _unpaired_bold_cut(piece.strip())
            lead = line.find(piece, start) if piece else bar
            out += [" ", piece, " |"]
            at += [pos + lead, *range(pos + lead, pos + lead + len(piece)), pos + bar, pos + bar]
    return "".join(out), at


_BOLD_MARK = "**"


def _unpaired_bold_cut(piece: str) -> str:
    """A cell's line whose bold run a <br> tag split ('**KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC**'): the half mark at its edge
    is cut, so no later step reads the run as going on over the line break and joins the row to the next one
    (round 71, h789: the signature's position and the first Nơi nhận item were lost)."""
    if piece.count(_BOLD_MARK) % 2 == 0:
        return piece
    if piece.startswith(_BOLD_MARK):
        return piece[len(_BOLD_MARK):].lstrip()
    if piece.endswith(_BOLD_MARK):
        return piece[:-len(_BOLD_MARK)].rstrip()
    return piece


_PLUS_ONE = (1).__add__  # a line's length with its newline


def _clean_lines(text: str) -> _Lines:
    """Each line's cleaned text, and its kept pieces when markup was cut from it; residue lines emptied."""
    raw = text.split("\n")
    # (map and accumulate walk the lines in C: most lines are only measured and right-stripped)
    starts = list(itertools.accumulate(map(_PLUS_ONE, map(len, raw)), initial=0))
    starts.pop()  # (the offset past the last line)
    # most lines hold no markup: they are only right-stripped, the others are read one by one
    bars, marked = _bar_lines(raw, _marked_lines(raw))
    lines = _Lines(raw, starts, list(map(str.rstrip, raw)), set(), marked)
    cleaned, residue, table_rows, edited = lines.cleaned, lines.residue, lines.table_rows, lines.edited
    for idx in bars:
        cleaned[idx] = ""  # a table's rule, as _TABLE_LINE reads it below
    residue.update(bars)
    table_rows.update(bars)
    for idx in marked:
        ln = raw[idx]
        # (each pattern only where its literal is: a table's rule holds a "|", an empty bold mark's line a "**")
        table_row = "|" in ln and _TABLE_LINE.match(ln) is not None
        if table_row or ("**" in ln and _EMPTY_BOLD.match(ln)):
            residue.add(idx)
            cleaned[idx] = ""
            if table_row:
                table_rows.add(idx)
            continue
        kept = _cleaned_line(ln)
        if kept is not None:
            cleaned[idx] = kept
            edited.add(idx)
    return lines


def _cleaned_line(ln: str) -> str | None:
    """The text of `_line_pieces(ln)`, None when it cuts nothing. A line whose only markup is "**" marks (most
    marked lines) is the line without them, right-stripped: its pieces are the runs between the marks, trailing
    blanks cut (`_bold_pieces`)."""
    if not _MARKUP_CHARS.search(ln):
        return None
    if _bold_only(ln):
        return ln.replace("**", "").rstrip()
    pieces = _line_pieces(ln)
    return None if pieces is None else "".join(map(_PART_TEXT, pieces))


def _line_pieces(ln: str) -> list[_Piece] | None:
    """`_apply_edits(ln, _removals(ln))`, None when `_removals` finds nothing to cut. The two commonest
    marked lines skip the general reading: a line of "**" marks (`_bold_pieces`), and a line whose only
    markup is one "*" (an italic run's start or end, or a lone star): no block edit, bold mark or escape can
    be on it, so the one star is `_STAR_MARKS`'s or nothing."""
    if not _MARKUP_CHARS.search(ln):
        return None
    if _bold_only(ln):
        return _bold_pieces(ln)
    if ln.count("*") == 1 and not _NOT_BOLD_MARKUP.search(ln):
        m = _STAR_MARKS.search(ln)
        return None if m is None else _apply_edits(ln, [(m.start(), m.end(), "")])
    edits = _removals(ln)
    return _apply_edits(ln, edits) if edits else None


def _bold_pieces(ln: str) -> list[_Piece]:
    """`_apply_edits(ln, _bold_edits(ln))` of a `_bold_only` line: the pieces between its "**" marks, found
    by one split, trailing blanks cut."""
    pieces: list[_Piece] = []
    cur = 0
    for seg in ln.split("**"):
        if seg:
            pieces.append((cur, cur + len(seg), seg))
        cur += len(seg) + 2
    return _cut_trailing_blanks(pieces)


_BAR = "|"  # a line of a table's cells, one a line, between its rules: a third of the lines of such a text


def _bar_lines(raw: list[str], marked: list[int]) -> tuple[list[int], list[int]]:
    """The marked lines that are a lone "|" (residue of a table's rule, as _TABLE_LINE reads it), told apart
    by one comparison each instead of the pattern, and the other marked lines."""
    is_bar = list(map(_BAR.__eq__, map(raw.__getitem__, marked)))
    return list(itertools.compress(marked, is_bar)), list(itertools.compress(marked, map(operator.not_, is_bar)))


def _marked_lines(raw: list[str]) -> list[int]:
    """The lines holding a markup character or a "|", in order (one C-level scan of each line)."""
    return list(itertools.compress(range(len(raw)), map(_MARKED_LINE.search, raw)))


def _apply_edits(ln: str, edits: list[tuple[int, int, str]]) -> list[_Piece]:
    """The pieces of a line left between its edits (line coordinates), trailing spaces cut."""
    pieces: list[_Piece] = []
    cur = 0
    for a, b, rep in edits:
        if a > cur:
            pieces.append((cur, a, ln[cur:a]))
        if rep:
            pieces.append((a, b, rep))
        cur = b
    if cur < len(ln):
        pieces.append((cur, len(ln), ln[cur:]))
    return _cut_trailing_blanks(pieces)


def _cut_trailing_blanks(pieces: list[_Piece]) -> list[_Piece]:
    """The line's pieces without its trailing whitespace (markdown hard breaks "  "), in place."""
    while pieces and not pieces[-1][2].rstrip():
        pieces.pop()
    if pieces:
        a, _, t = pieces[-1]
        t = t.rstrip()
        pieces[-1] = (a, a + len(t), t)
    return pieces


def _emphasis_runs(raw_lines: list[str], marked: list[int]) -> dict[int, int]:
    """Line -> line where an emphasis run opened on it closes.

    An emphasis run opened on one line and closed within a few lines is one logical line
    ("**ỦY BAN NHÂN\nDÂN**"); an unbalanced marker ("Kính gửi:**") joins nothing.
    """
    run_until: dict[int, int] = {}
    # (a line with "*" or "_" is marked; most marked lines hold only a table's "|")
    odd = [i for i in marked if ("*" in (ln := raw_lines[i]) or "_" in ln) and _open_runs(ln)]
    k = 0
    while k < len(odd) - 1:
        a, b = odd[k], odd[k + 1]
        if b - a <= _MAX_RUN_LINES:
            run_until[a] = b
            k += 2
        else:
            k += 1
    return run_until


def _join_lines(lines: _Lines) -> tuple[list[_Part], int]:
    """Glue the kept lines back together: a newline (or a blank line), or one space for a wrapped line."""
    raw_lines, line_starts, all_cleaned = lines.raw, lines.starts, lines.cleaned
    residue, table_rows, edited = lines.residue, lines.table_rows, lines.edited
    width = _wrap_width(all_cleaned)
    run_until = _emphasis_runs(raw_lines, lines.marked)
    open_run_end = -1
    out_parts: list[_Part] = []
    add = out_parts.append  # (bound once: this loop runs for every line of every text)
    joins = 0
    prev_text: str | None = None
    prev_line_idx = -1
    blank_gap = 0
    cell_break = False  # a dropped "|" row separates table cells: never wrap-join across it
    for idx, cleaned in enumerate(all_cleaned):
        if not cleaned:  # (a cleaned line is empty or ends in a non-space)
            if idx in table_rows:
                cell_break = True
            elif idx not in residue:  # a blank line (an empty bold mark's line counts for nothing)
                blank_gap += 1
            continue
        start = line_starts[idx]
        if prev_text is None:
            glue = None
        else:
            in_run = idx <= open_run_end
            # a dropped table rule between the lines joins them only as a broken số hiệu or inside an emphasis
            # run (_glue): a markdown table's cells, a third of the lines _glue was asked about, are not asked
            glue = None if cell_break and not in_run and prev_text[-1] not in "-/" else _glue(
                prev_text, cleaned, in_run, cell_break, blank_gap, width, raw_lines[prev_line_idx])
            if glue is None:
                add((start - 1, 0, "\n\n" if blank_gap else "\n"))  # (one blank line at most)
            else:
                joins += 1
                if glue:
                    add((start - 1, 0, glue))
        whole = idx not in edited  # (an edited line is one part, its start and text: `_EDITED`)
        if glue is not None and cleaned[0].isspace():  # a joined line loses its indent
            kept = cleaned.lstrip()
            add((start + len(cleaned) - len(kept), len(kept), kept) if whole else (start, _EDITED, kept))
            cleaned = kept
        else:
            add((start, len(cleaned), cleaned) if whole else (start, _EDITED, cleaned))
        if idx in run_until:
            open_run_end = run_until[idx]
        prev_text = cleaned
        prev_line_idx = idx
        blank_gap = 0
        cell_break = False
    return out_parts, joins


def _ends_sentence(line: str) -> bool:
    """The line (a line: no newline in it) ends with a sentence mark, maybe inside quotes or brackets."""
    last = line.rstrip(_CLOSING_MARKS)[-1:]
    return last != "" and last in _SENTENCE_MARKS


def _tail_ends_sentence(line: str, last: str) -> bool:
    """`_ends_sentence` of the line's last _TAIL characters; `last` is its last character. A line ending in no
    closing mark (most) is read from that character alone, without cutting the tail."""
    if last not in _CLOSING_MARKS:
        return last in _SENTENCE_MARKS
    return _ends_sentence(line[-_TAIL:])


_INDENT = " \t"  # a line's leading indent: no cell gap
_CELL_BLANKS = "  "  # what a gap between cells (textutil.cell_gaps) and a wrapped cell's indent both hold


# a signing note closing a line ("(Đã ký)", "[đã ký và đóng dấu]"), and the brackets it closes with
_SIGN_NOTE_END = re.compile(r"(?:^|\s)[(\[]\s*(?:đã|Đã|ĐÃ)\s+(?:ký|KÝ)[^()\[\]]{0,30}[)\]]$")
_NOTE_CLOSE = ")]"


def _footer_tail(line: str) -> str:
    """The end of a line for the running footer's test: its last _TAIL characters, reaching back to the last word
    before the gap when the gap parting a footer's title from its far page number is wider than that ("UBND xã ... -
    Báo cáo năm 2035", 40 blanks, "2": the footer took the next page's first row; eighty-fifth heldout round, h944)."""
    tail = line[-_TAIL:]
    if len(line) <= _TAIL or not tail[:1].isspace():
        return tail
    return line[max(len(line[:-_TAIL].rstrip()) - 1, 0):]


def _glue(prev_text: str, cleaned: str, in_run: bool, cell_break: bool, blank_gap: int, width: int,
          prev_raw: str) -> str | None:
    """How a line joins the previous one: " " (a wrapped line), "" (a broken số hiệu), None (it does not)."""
    last = prev_text[-1]  # (the end-anchored tests read the last character first: the tail is cut only if needed)
    if last in "-/" and _NUMBER_BREAK.search(prev_text[-_TAIL:]) and _CODE_START.match(cleaned):
        return ""  # a số hiệu broken after its "-" or "/"
    if last in _NOTE_CLOSE and _SIGN_NOTE_END.search(prev_text[-_TAIL:]):
        # a signing note, alone or in the signature's column ("- Cục ..., Chuyển đổi xanh      (Đã ký)"): the line under
        # it is the other column's wrap ("và Khuyến công;"), no part of the note (round 67's h725, h744)
        return None
    if last.isdigit() and (PAGE_NUMBER_LINE.match(prev_text) or RUNNING_FOOTER.search(_footer_tail(prev_text))):
        # a PDF page's number heading the next page takes no line: the sentence the page break cut ("riêng các
        # vụ" / "2" / "trọng án đạt 100%") glued to it read the page number as a count of its words; nor does a
        # running footer ("... Tờ trình ...   Trang 1/2") take the next page's first line
        return None
    if in_run:
        return " "
    # (prev_text ends in a non-space: a rule line can only end in one of its marks, most lines end otherwise)
    if cell_break or _tail_ends_sentence(prev_text, last) or (last in RULE_MARKS and RULE.match(prev_text)) \
            or _table_row_edge(last, cleaned):
        return None
    # (two blanks side by side in the line: a necessary condition of aligned rows' cell gaps and of a wrapped cell's
    # indent, which most lines, sentences, lack; they are not measured for cells)
    spaced = _CELL_BLANKS in cleaned
    if spaced and aligned_rows(prev_text, cleaned):
        return None  # two rows of a table aligned with spaces (PDF text): each line is a row
    if (spaced and wrapped_cells(prev_text, cleaned)) \
            or (prev_text[0] == " " and _row_after_continuation(prev_text, cleaned)):  # (an indented line above)
        # a row's cells wrapped onto an indented line ("đảng phí" under its column), and the next row after
        # them: glued on, the row's later cells and rows ran into one sentence
        return None
    if _LOWER_START.match(cleaned) and not _LIST_START.match(cleaned) and not _is_title(prev_text) \
            and "\t" not in prev_text.lstrip(_INDENT) and not (_CELL_BLANKS in prev_text and date_cell_last(prev_text)):
        # a row of cells is no sentence to continue; a line only indented by tabs is one (a DOCX Kính gửi item
        # "\t- Hộ, cá nhân kinh doanh ... kê khai" and its "\ttrên địa bàn tỉnh ...": forty-first heldout round)
        return " " if blank_gap <= 1 else None  # but a title line ("BÁO CÁO") never absorbs its trích yếu
    if (width and blank_gap == 0 and len(prev_raw.rstrip()) >= _WRAPPED_LINE * width
            and "\t" not in prev_text and "\t" not in cleaned  # rows of cells (a stamp beside the trích yếu)
            and not date_cell_last(prev_text)
            and not _LIST_START.match(cleaned) and not _capitals(cleaned) and not _capitals(prev_text)
            and not RULE.match(cleaned) and not _is_label(cleaned)
            and not _table_line(prev_text, cleaned)
            # a PDF page's number on a line of its own is a footer: joined, it stuck to the signer's name above
            and not PAGE_NUMBER_LINE.match(cleaned) and not RUNNING_FOOTER.search(cleaned)
            # "(Ban hành kèm theo Quyết định số ...)" under an attached document's title opens its own line:
            # joined to the title's wrapped line, the attached document was no longer told apart
            and not _attached_note().match(cleaned)):
        return " "
    return None


_MIN_ROW_GAPS = 2  # a row of three cells or more


_ROW_INDEX = re.compile(r"(?:\d{1,3}|[IVX]{1,4}|[a-zđ])[.)]?")  # a table row's number in its first cell


def date_cell_last(line: str) -> bool:
    """A letterhead row whose last cell, past a gap of blanks, is its place-date ("V/v thanh toán vốn đầu tư công
    Cần Thơ, ngày 03 tháng 12 năm 2027", a PDF's two columns on one line): a lower-case line under it is the left
    cell's wrap ("cuối năm 2027 và chuyển nguồn"), never the date's; glued on, the trích yếu was cut after its first
    line (thirty-fourth heldout round)."""
    gaps = cell_gaps(line)
    return bool(gaps) and search_date_line(line[gaps[-1][1]:]) is not None


def _row_after_continuation(prev_text: str, cleaned: str) -> bool:
    """The table's next row, opening with its number, after a wrapped row's indented continuation line
    (textutil.wrapped_cells); a justified sentence's double blanks after an indented line are no row."""
    # (the row may be indented too, less than the line above: " 1   Dự án 1: ...   58.320" under a header's units
    # "(triệu đồng)  (triệu đồng)  (%)" printed far to the right; thirty-fifth heldout round)
    indent = len(cleaned) - len(cleaned.lstrip(" "))
    if prev_text[0] != " " or indent >= len(prev_text) - len(prev_text.lstrip(" ")):
        return False
    gaps = [g for g in cell_gaps(cleaned) if g[0] > indent]
    return len(gaps) >= _MIN_ROW_GAPS and _ROW_INDEX.fullmatch(cleaned, indent, gaps[0][0]) is not None


@lru_cache(maxsize=1)
def _attached_note() -> re.Pattern[str]:
    """A bracketed line opening with an attached document's mark (attached_marks.tsv: "(Ban hành kèm theo",
    "(Kèm theo")."""
    marks = "|".join(re.escape(r[0]).replace(r"\ ", r"\s+") for r in rows("attached_marks.tsv") if r[0])
    return re.compile(rf"^\s*\*{{0,2}}\(\s*(?:{marks})\s", re.IGNORECASE)


def _figure_row(line: str) -> bool:
    """ "1 Lượt khám bệnh Lượt 420.000 318.650 75,9": a table row whose cells a PDF reader joined with single
    spaces, ending in two figures or more (a range "2026 - 2030" is one)."""
    last = line.rstrip(" \t\n")[-1:]
    if not (last.isdigit() or (last and last in _FIGURE_CELL_ENDS)):
        return False  # (the row ends in a figure cell: most lines, ending in a letter or a mark, are spared the pattern)
    m = _FIGURE_ROW.match(line)
    return m is not None and len(_FIGURE_TOKEN.findall(m.group("figures"))) >= 2 and not _RANGE_END.search(line)


# a header's second line printing its columns' units, two bracketed cells or more apart ("   (ha)      (ha)     (%)
# (tạ/ha)"; eighty-fourth round, h930): glued to the header above, the header's units and the first row ran into it
_UNITS_LINE = re.compile(r"^[ \t]*\([^()\n]{1,30}\)(?:[ \t]{2,}\([^()\n]{1,30}\))+[ \t]*$")


def _table_line(prev_text: str, cleaned: str) -> bool:
    """The line, or the one above it, is a collapsed table's row, or the line opens a table's header with its
    "TT" column or prints its columns' units: never a wrapped sentence's end or start."""
    return _figure_row(cleaned) or _figure_row(prev_text) or _INDEX_HEAD.match(cleaned) is not None \
        or (cleaned[:1] in _INDENT + "(" and _UNITS_LINE.match(cleaned) is not None)


def _capitals(line: str) -> bool:
    """A line of capitals, with OCR's small l for a capital I read as the I ("CHl BỘ TRƯỜNG", "SẢN VlỆT NAM"): a
    letterhead's lines, never wrapped into each other."""
    if not line.replace("l", "L").isupper():
        # a small letter other than l (most lines asked: sentences), which reading an l as I leaves, or no
        # letter with a case at all: no line of capitals either way, and the l's are not read one by one
        return False
    return capital_l_as_i(line).isupper()


def _table_row_edge(tail: str, line: str) -> bool:
    """A markdown table's row ends or begins here ("... | Bảo tàng Hùng Vương |", "| 2 | Giải ..."): rows are lines,
    never a wrapped sentence, even in a text whose other lines look hard-wrapped. `tail`: the end of the line
    before (its last character is enough)."""
    # (a line is copied to strip its indent only when it has one: most lines start with their first word)
    return tail.endswith("|") or line[:1] == "|" or (line[:1].isspace() and line.lstrip().startswith("|"))


def _is_label(line: str) -> bool:
    """ "Chỉ tiêu cụ thể:": a short capitalised label heading what follows, never a wrapped line's end."""
    words = line.split()
    return line.rstrip().endswith(":") and len(words) <= _LABEL_WORDS and line[:1].isupper()


def _edited_parts(out_parts: list[_Part], text: str) -> list[_Part]:
    """The parts with each edited line's part (`_EDITED`) replaced by the parts of its pieces: cut again from the
    line (`_line_pieces`), its indent dropped when its text was (a joined line), the emptied pieces left out."""
    if not any(length == _EDITED for _, length, _ in out_parts):
        return out_parts
    parts: list[_Part] = []
    for part in out_parts:
        start, length, shown = part
        if length != _EDITED:
            parts.append(part)
            continue
        end = text.find("\n", start)
        line = text[start:end if end >= 0 else len(text)]
        pieces = [(start + a, start + b, t) for a, b, t in _line_pieces(line) or ()]
        if len(shown) < sum(len(t) for _, _, t in pieces):
            pieces = _lstrip_pieces(pieces)
        parts.extend((a, len(t) if (b - a) == len(t) else 0, t) for a, b, t in pieces if t)
    return parts


def _lstrip_pieces(pieces: list[_Piece]) -> list[_Piece]:
    """A joined line loses its leading blanks (whole blank pieces, then the first piece's indent)."""
    while pieces and not pieces[0][2].strip():
        pieces = pieces[1:]
    if pieces:
        a, b, t = pieces[0]
        t2 = t.lstrip()
        pieces = [(a + (len(t) - len(t2)), b, t2)] + pieces[1:]
    return pieces


_PART_TEXT = operator.itemgetter(2)  # a part's (or a piece's) text, read in C


def _assemble(out_parts: list[_Part], cmap: list[int] | None, original: str, text: str) -> tuple[str, OffsetMap]:
    """The normalized text, and its offset map (laid out when first used: `_lay_out`)."""
    omap = OffsetMap(orig_len=len(original))
    if not out_parts:
        return "", omap
    omap.pending = (out_parts, cmap, original, text)
    return "".join(map(_PART_TEXT, out_parts)), omap


def _lay_out(omap: OffsetMap) -> None:
    """The map's lists from the parts, through the NFC map back to the original."""
    assert omap.pending is not None
    out_parts, cmap, original, text = omap.pending
    omap.pending = None
    out_parts = _edited_parts(out_parts, text)
    if cmap is not None:
        _lay_out_mapped(out_parts, cmap, original, omap)
        return
    # no NFC or newline change: one map entry a part, the columns of the parts taken whole
    origs, lengths, texts = zip(*out_parts, strict=True)
    omap.norm_starts = list(itertools.accumulate(map(len, texts[:-1]), initial=0))
    omap.orig_starts = [max(o, 0) for o in origs]
    omap.lengths = list(lengths)


def _lay_out_mapped(out_parts: list[_Part], cmap: list[int], original: str, omap: OffsetMap) -> None:
    """_lay_out through the NFC (or newline) map: a kept piece maps character by character."""
    npos = 0
    for orig_start, length, t in out_parts:
        o = cmap[orig_start] if 0 <= orig_start < len(cmap) else len(original)
        if length:
            # NFC changed lengths somewhere: map each character separately
            for k in range(len(t)):
                omap.add(npos + k, cmap[orig_start + k] if orig_start + k < len(cmap) else len(original), 1)
        else:
            omap.add(npos, max(o, 0), length)
        npos += len(t)
