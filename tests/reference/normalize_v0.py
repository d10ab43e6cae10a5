"""normalize as it was before the fourth speed pass (issue 15), kept as the reference the
faster vanban.normalize is compared with (tests/test_normalize_reference.py): same text, same changes,
same original offset for every normalized offset. The rules (patterns, marks, thresholds) are imported from
vanban.normalize, so that a rule change made there is compared too; only the algorithm is the old one.

The module docstring of the time:
Normalize: raw extracted text -> clean text, with a map back to the original.

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
import re
import unicodedata
from dataclasses import dataclass, field

from vanban.boxtables import may_hold_drawn_table
from vanban.grammar.regexes import PAGE_NUMBER_LINE, RULE, RUNNING_FOOTER
from vanban.normalize import (  # the rules (patterns, marks, thresholds) are today's: only the algorithm is the old one
    _BOLD,
    _CLOSING_MARKS,
    _CODE_START,
    _EMPTY_BOLD,
    _ESCAPED_STAR,
    _LABEL_WORDS,
    _LATEX,
    _LATEX_CMD,
    _LIST_START,
    _LOWER_START,
    _MARKED_LINE,
    _MARKUP_CHARS,
    _MAX_RUN_LINES,
    _MD_ESCAPE,
    _MD_HEADING,
    _MD_IMAGE,
    _MD_LINK,
    _NUMBER_BREAK,
    _SENTENCE_MARKS,
    _STAR_MARKS,
    _STARS_LINE,
    _TABLE_LINE,
    _TAIL,
    _WRAPPED_LINE,
    _attached_note,
    _break_br,
    _capitals,
    _footer_tail,
    _redraw_tables,
    _row_after_continuation,
    _table_line,
    _table_row_edge,
    date_cell_last,
)
from vanban.textutil import aligned_rows, wrapped_cells


@dataclass
class OffsetMap:
    """Piecewise map from normalized offsets to original offsets."""

    norm_starts: list[int] = field(default_factory=list)
    orig_starts: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)  # 0 for an inserted character
    orig_len: int = 0

    def add(self, norm_start: int, orig_start: int, length: int) -> None:
        self.norm_starts.append(norm_start)
        self.orig_starts.append(orig_start)
        self.lengths.append(length)

    def to_original(self, i: int) -> int:
        """Original offset of normalized offset i (an end offset maps to just past its char)."""
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




def _removals(line: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) edits inside one line, sorted, non-overlapping."""
    if not _MARKUP_CHARS.search(line):
        return []  # most lines carry no markup: skip the regexes
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
    bold = len(_BOLD.findall(line)) % 2 if _has_bold_mark(line) else 0
    unescaped = _ESCAPED_STAR.sub("", line) if "\\*" in line else line
    rest = _BOLD.sub("", unescaped) if _has_bold_mark(unescaped) else unescaped
    ital = rest.count("*") % 2
    return bold | ital


def _is_title(line: str) -> bool:
    """An all-capitals line ("BÁO CÁO", "V/V PHÁT ĐỘNG"): a title, never a wrapped sentence."""
    return line == line.upper() and line != line.lower() and len(line.strip()) >= 4


def _wrap_width(lines: list[str]) -> int:
    """Estimate the hard-wrap width of the text, 0 when lines are not hard-wrapped."""
    lens = sorted(len(x.rstrip()) for x in lines if len(x) > 20 and len(x.strip()) > 20)
    if len(lens) < 8:
        return 0
    p90 = lens[int(len(lens) * 0.9)]
    near = bisect.bisect_right(lens, p90 + 2) - bisect.bisect_left(lens, 0.75 * p90)  # lens is sorted
    # hard-wrapped text has many lines of nearly the same, modest length
    if p90 <= 140 and near >= 0.35 * len(lens):
        return p90
    return 0


_Piece = tuple[int, int, str]  # (start, end, text) in text coordinates
_Part = tuple[int, int, str]  # (original start, original length (0 = inserted), text)


@dataclass
class _Lines:
    """The text's lines as cleaning left them."""

    raw: list[str]
    starts: list[int]  # where each line begins in the text
    cleaned: list[str]  # each line less its markup and trailing spaces ("" for a residue line)
    edited: dict[int, list[_Piece]]  # the kept pieces of the lines markup was cut from (others are kept whole)
    marked: list[int]  # the lines holding a character some cleaning step looks for (markup, "|")
    residue: set[int] = field(default_factory=set)  # lines dropped: a table's rules ("|---|"), empty bold marks
    table_rows: set[int] = field(default_factory=set)  # those of a table's rules: they break cells apart


def normalize(original: str) -> Normalized:
    text, cmap = _unify_newlines(original)
    changes: list[str] = []
    if may_hold_drawn_table(text):
        text, cmap, drawn = _redraw_tables(text, cmap)
        if drawn:
            changes.append(f"read {drawn} rows of tables drawn with rules as rows of cells")
    tags = "<br" in text or "<BR" in text
    if tags or "** **" in text or " V/v " in text:  # a cell's joined paragraphs too (a rule, not a speed-up)
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
    out_text, omap = _assemble(out_parts, cmap, original)
    return Normalized(out_text, original, omap, changes)


def _unify_newlines(original: str) -> tuple[str, list[int] | None]:
    """Newlines as "\\n", NFC; the per-character map back to the original when either changed offsets."""
    text, cmap = _nfc_with_map(original.replace("\r\n", "\n").replace("\r", "\n"))
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


def _clean_lines(text: str) -> _Lines:
    """Each line's cleaned text, and its kept pieces when markup was cut from it; residue lines emptied."""
    raw = text.split("\n")
    starts = list(itertools.accumulate([len(ln) + 1 for ln in raw], initial=0))
    starts.pop()  # (the offset past the last line)
    # most lines hold no markup: they are only right-stripped, the others are read one by one
    lines = _Lines(raw, starts, [ln.rstrip() for ln in raw], {}, _marked_lines(raw))
    for idx in lines.marked:
        ln = raw[idx]
        table_row = _TABLE_LINE.match(ln) is not None
        if table_row or _EMPTY_BOLD.match(ln):
            lines.residue.add(idx)
            lines.cleaned[idx] = ""
            if table_row:
                lines.table_rows.add(idx)
            continue
        edits = _removals(ln)
        if edits:
            pieces = _apply_edits(ln, edits)
            lines.cleaned[idx] = "".join(p[2] for p in pieces)
            lines.edited[idx] = [(starts[idx] + a, starts[idx] + b, t) for a, b, t in pieces]
    return lines


def _marked_lines(raw: list[str]) -> list[int]:
    """The lines holding a markup character or a "|", in order (one C-level scan of each line)."""
    search = _MARKED_LINE.search
    return [i for i, ln in enumerate(raw) if search(ln)]


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
    # strip trailing whitespace (markdown hard breaks "  ")
    while pieces and not pieces[-1][2].rstrip():
        pieces.pop()
    if pieces:
        a, b, t = pieces[-1]
        t2 = t.rstrip()
        pieces[-1] = (a, a + len(t2), t2)
    return pieces


def _emphasis_runs(raw_lines: list[str], marked: list[int]) -> dict[int, int]:
    """Line -> line where an emphasis run opened on it closes.

    An emphasis run opened on one line and closed within a few lines is one logical line
    ("**ỦY BAN NHÂN\nDÂN**"); an unbalanced marker ("Kính gửi:**") joins nothing.
    """
    run_until: dict[int, int] = {}
    odd = [i for i in marked if _open_runs(raw_lines[i])]  # (a line with "*" or "_" is marked)
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
    raw_lines, line_starts = lines.raw, lines.starts
    width = _wrap_width(lines.cleaned)
    run_until = _emphasis_runs(raw_lines, lines.marked)
    open_run_end = -1
    out_parts: list[_Part] = []
    joins = 0
    prev_text: str | None = None
    prev_line_idx = -1
    blank_gap = 0
    cell_break = False  # a dropped "|" row separates table cells: never wrap-join across it
    for idx, cleaned in enumerate(lines.cleaned):
        if not cleaned:  # (a cleaned line is empty or ends in a non-space)
            if idx in lines.table_rows:
                cell_break = True
            elif idx not in lines.residue:  # a blank line (an empty bold mark's line counts for nothing)
                blank_gap += 1
            continue
        pieces = lines.edited.get(idx)  # None: the line is kept whole
        joined = False
        if prev_text is not None:
            glue = _glue(prev_text, cleaned, idx <= open_run_end, cell_break, blank_gap,
                         width, raw_lines[prev_line_idx])
            joined = glue is not None
            if glue is not None:
                joins += 1
                if glue:
                    out_parts.append((line_starts[idx] - 1, 0, glue))
            else:
                out_parts.append((line_starts[idx] - 1, 0, "\n\n" if blank_gap else "\n"))  # (one blank line at most)
        if joined:  # a joined line loses its indent
            cleaned = cleaned.lstrip()
            if pieces is not None:
                pieces = _lstrip_pieces(pieces)
        if pieces is None:
            start = line_starts[idx] + len(lines.cleaned[idx]) - len(cleaned)
            out_parts.append((start, len(cleaned), cleaned))
        else:
            for a, b, t in pieces:
                if t:
                    out_parts.append((a, len(t) if (b - a) == len(t) else 0, t))
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


# a signing note closing a line ("(Đã ký)", "[đã ký và đóng dấu]"), as pipeline/normalize.py reads it since 894bb45
_SIGN_NOTE_END = re.compile(r"(?:^|\s)[(\[]\s*(?:đã|Đã|ĐÃ)\s+(?:ký|KÝ)[^()\[\]]{0,30}[)\]]$")


def _glue(prev_text: str, cleaned: str, in_run: bool, cell_break: bool, blank_gap: int, width: int,
          prev_raw: str) -> str | None:
    """How a line joins the previous one: " " (a wrapped line), "" (a broken số hiệu), None (it does not)."""
    tail = prev_text[-_TAIL:]
    if tail[-1:] in ("-", "/") and _NUMBER_BREAK.search(tail) and _CODE_START.match(cleaned):
        return ""  # a số hiệu broken after its "-" or "/"
    if tail[-1:] in (")", "]") and _SIGN_NOTE_END.search(tail):
        return None  # a signing note; the line under it is the other column's wrap (894bb45, h725, h744)
    if tail[-1:].isdigit() and (PAGE_NUMBER_LINE.match(prev_text) or RUNNING_FOOTER.search(_footer_tail(prev_text))):
        # a PDF page's number heading the next page takes no line (thirty-fifth heldout round), nor does a running
        # footer ("... Tờ trình ...   Trang 1/2"), its gap wider than the tail too (eighty-fifth round, h944)
        return None
    if in_run:
        return " "
    if cell_break or _ends_sentence(tail) or RULE.match(prev_text) or _table_row_edge(tail, cleaned):
        return None
    if aligned_rows(prev_text, cleaned):
        return None  # two rows of a table aligned with spaces
    if wrapped_cells(prev_text, cleaned) or _row_after_continuation(prev_text, cleaned):
        return None  # a row's wrapped cells on an indented line, and the next row after them
    if _LOWER_START.match(cleaned) and not _LIST_START.match(cleaned) and not _is_title(prev_text) \
            and "\t" not in prev_text.lstrip(" \t") and not date_cell_last(prev_text):
        # a row of cells is no sentence to continue; a line only indented by tabs is one (round 41)
        return " " if blank_gap <= 1 else None  # but a title line ("BÁO CÁO") never absorbs its trích yếu
    if (width and blank_gap == 0 and len(prev_raw.rstrip()) >= _WRAPPED_LINE * width
            and "\t" not in prev_text and "\t" not in cleaned  # rows of cells (a stamp beside the trích yếu)
            and not date_cell_last(prev_text)
            and not _LIST_START.match(cleaned) and not _capitals(cleaned) and not _capitals(prev_text)
            and not RULE.match(cleaned) and not _is_label(cleaned) and not _table_line(prev_text, cleaned)
            and not PAGE_NUMBER_LINE.match(cleaned) and not RUNNING_FOOTER.search(cleaned)
            and not _attached_note().match(cleaned)):
        return " "
    return None


def _is_label(line: str) -> bool:
    """ "Chỉ tiêu cụ thể:": a short capitalised label heading what follows, never a wrapped line's end."""
    words = line.split()
    return line.rstrip().endswith(":") and len(words) <= _LABEL_WORDS and line[:1].isupper()


def _lstrip_pieces(pieces: list[_Piece]) -> list[_Piece]:
    """A joined line loses its leading blanks (whole blank pieces, then the first piece's indent)."""
    while pieces and not pieces[0][2].strip():
        pieces = pieces[1:]
    if pieces:
        a, b, t = pieces[0]
        t2 = t.lstrip()
        pieces = [(a + (len(t) - len(t2)), b, t2)] + pieces[1:]
    return pieces


def _assemble(out_parts: list[_Part], cmap: list[int] | None, original: str) -> tuple[str, OffsetMap]:
    """The normalized text and its offset map, through the NFC map back to the original."""
    omap = OffsetMap(orig_len=len(original))
    if cmap is not None:
        return _assemble_mapped(out_parts, cmap, original, omap)
    # no NFC or newline change: one map entry a part, the columns of the parts taken whole
    if not out_parts:
        return "", omap
    origs, lengths, texts = zip(*out_parts, strict=True)
    omap.norm_starts = list(itertools.accumulate(map(len, texts[:-1]), initial=0))
    omap.orig_starts = [max(o, 0) for o in origs]
    omap.lengths = list(lengths)
    return "".join(texts), omap


def _assemble_mapped(out_parts: list[_Part], cmap: list[int], original: str, omap: OffsetMap
                     ) -> tuple[str, OffsetMap]:
    """_assemble through the NFC (or newline) map: a kept piece maps character by character."""
    buf: list[str] = []
    npos = 0
    for orig_start, length, t in out_parts:
        o = cmap[orig_start] if 0 <= orig_start < len(cmap) else len(original)
        if length:
            # NFC changed lengths somewhere: map each character separately
            for k in range(len(t)):
                omap.add(npos + k, cmap[orig_start + k] if orig_start + k < len(cmap) else len(original), 1)
        else:
            omap.add(npos, max(o, 0), length)
        buf.append(t)
        npos += len(t)
    return "".join(buf), omap
