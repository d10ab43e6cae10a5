"""Positioned words -> text lines in reading order, keeping two-column blocks apart.

Shared by the PDF text layer and OCR. Vietnamese administrative documents put
the issuer and the national motto / place-date side by side at the top of page
1, and the distribution list and the signature side by side at the end. Read
line by line, those columns interleave ("BCH ĐOÀN TỈNH X ĐOÀN TNCS HỒ CHÍ
MINH"). Here the top block (and the closing block of the last page) is split at
the gap between the columns and emitted left column first, then right column;
everything else is read top to bottom, left to right.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from itertools import pairwise


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    conf: float | None = None  # OCR word confidence 0-100 (None: a text layer's word)

    @property
    def height(self) -> float:
        return self.bottom - self.top


DISTRIBUTION_KEY = "NOINHAN"  # 'Nơi nhận' folded: the label that opens a closing block

# (start, end, OCR confidence 0-100) of a word in a page's or document's text
# (start, end, OCR confidence 0-100, height over the page's printed digit height): where an OCR'd word
# landed in the page text. The size tells handwriting in a blank (taller than the print) from print.
WordSpan = tuple[int, int, float, float]
PRINTED_DIGITS_CONF = 90.0  # digit words read this surely are print: their median height is the page's digit size
# An OCR word read with less confidence than this is as often a scrap of a seal or a pen stroke as a word:
# it does not shape the columns (a seal's ring read as 'Bộ    vận' beside the signer would put the column
# boundary inside the signature); it is still read and placed.
SCRAP_CONF = 40.0
# A word read that unsurely and flatter than this share of the printed digit height is a stroke (a
# signature's or a seal's line read as 'Tố' before the signer's name), not a word: it is dropped
FLAT_SCRAP = 0.5


@dataclass
class Line:
    words: list[Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)


def group_lines(words: list[Word]) -> list[Line]:
    """Cluster words into lines by vertical overlap; words in a line run left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top + w.bottom) / 2):
        centre = (w.top + w.bottom) / 2
        if lines:
            cur = lines[-1]
            top = statistics.median(x.top for x in cur)
            bottom = statistics.median(x.bottom for x in cur)
            if top - 0.1 * (bottom - top) <= centre <= bottom + 0.1 * (bottom - top):
                cur.append(w)
                continue
        lines.append([w])
    return [Line(sorted(ws, key=lambda w: w.x0)) for ws in lines]


def _widest_gap(line: Line, lo: float, hi: float) -> tuple[float, float] | None:
    """The widest gap between consecutive words of the line that lies in [lo, hi]."""
    best = None
    for a, b in pairwise(line.words):
        g0, g1 = a.x1, b.x0
        if g1 > g0 and lo <= (g0 + g1) / 2 <= hi and (best is None or g1 - g0 > best[1] - best[0]):
            best = (g0, g1)
    return best


class _Columns:
    """Decides, line by line, whether a block still looks like two columns.

    The column boundary lies in the gap of every two-column line seen so far, so
    their intersection narrows it down; a line whose gap misses it is not part of
    the same block.
    """

    def __init__(self, width: float, line_height: float):
        self.lo, self.hi = 0.25 * width, 0.75 * width
        self.min_gap = max(0.02 * width, 1.5 * line_height)
        self.gap: tuple[float, float] | None = None  # intersection of the gaps so far
        self.default = width / 2

    @property
    def boundary(self) -> float:
        return (self.gap[0] + self.gap[1]) / 2 if self.gap else self.default

    def _line_gap(self, line: Line) -> tuple[float, float] | None:
        gap = _widest_gap(line, self.lo, self.hi)
        if gap is None or gap[1] - gap[0] < self.min_gap:
            return None
        if self.gap and (gap[1] <= self.gap[0] or gap[0] >= self.gap[1]):
            return None
        return gap

    def side(self, line: Line) -> str | None:
        """'two', 'left', 'right', or None when the line crosses the column boundary."""
        if self._line_gap(line):
            return "two"
        lo, hi = self.gap if self.gap else (self.default, self.default)
        if line.x1 <= hi + self.min_gap:
            return "left"
        if line.x0 >= lo - self.min_gap:
            return "right"
        return None

    def accept(self, line: Line, side: str) -> None:
        gap = self._line_gap(line) if side == "two" else None
        if gap:
            self.gap = gap if self.gap is None else (max(gap[0], self.gap[0]), min(gap[1], self.gap[1]))

    @property
    def found(self) -> bool:
        return self.gap is not None


def _split(lines: list[Line], boundary: float, slack: float) -> tuple[list[Line], list[Line]]:
    """Words left and right of the boundary: a line is cut at its widest gap around the
    boundary; a line without such a gap goes whole to the side of its centre."""
    left: list[Word] = []
    right: list[Word] = []
    for line in lines:
        cut, best = None, 0.0
        for i, (a, b) in enumerate(pairwise(line.words)):
            gap = b.x0 - a.x1
            if gap > best and a.x1 - slack <= boundary <= b.x0 + slack:
                cut, best = i + 1, gap
        if cut is not None and best >= slack:
            left.extend(line.words[:cut])
            right.extend(line.words[cut:])
        elif (line.x0 + line.x1) / 2 < boundary:
            left.extend(line.words)
        else:
            right.extend(line.words)
    return group_lines(left), group_lines(right)


def _sure(line: Line) -> Line | None:
    """The line without the words OCR was unsure of (SCRAP_CONF) at its ends; None when nothing is left.
    An unsure word between sure ones stays: taking it out would open a gap inside a line of text."""
    sure = [w.conf is None or w.conf >= SCRAP_CONF for w in line.words]
    if all(sure):
        return line
    if not any(sure):
        return None
    first, last = sure.index(True), len(sure) - 1 - sure[::-1].index(True)
    return Line(line.words[first:last + 1])


def _two_column_run(lines: list[Line], width: float, line_height: float, pitch: float, limit: float, reverse: bool) -> tuple[int, float | None]:
    """How many lines from the top (or bottom) form a two-column block, and its boundary. A line of
    scraps alone (a seal, a signature) goes with the block without shaping it."""
    cols = _Columns(width, line_height)
    order = range(len(lines) - 1, -1, -1) if reverse else range(len(lines))
    taken = 0
    last_two = 0
    prev: Line | None = None
    for i in order:
        if (not reverse and lines[i].top > limit) or (reverse and lines[i].bottom < limit):
            break
        line = _sure(lines[i])
        if line is None:  # still a line at line pitch ('***' read as '*x*+%')
            taken += 1
            prev = lines[i]
            continue
        side = cols.side(line)
        if side is None:
            break
        # after the columns have started, a one-sided line well below (above) the last one
        # is body text ("Kính gửi:"), not a column line: column lines sit at line pitch
        if prev is not None and cols.found and side != "two" and abs(line.top - prev.top) > 1.8 * pitch:
            break
        cols.accept(line, side)
        taken += 1
        prev = line
        if side == "two":
            last_two = taken
    if not cols.found:
        return 0, None
    return taken if not reverse else last_two, cols.boundary


def _line_text(line: Line, tab_gap: float) -> str:
    parts = [line.words[0].text]
    for a, b in pairwise(line.words):
        parts.append("\t" if b.x0 - a.x1 > tab_gap else " ")
        parts.append(b.text)
    return "".join(parts)


def _pitch(lines: list[Line], line_height: float) -> float:
    """Typical distance from one line's top to the next one's within a paragraph."""
    steps = [b.top - a.top for a, b in pairwise(lines) if 0 < b.top - a.top < 3 * line_height]
    return statistics.median(steps) if steps else 1.2 * line_height


def _letters_key(text: str) -> str:
    import unicodedata

    d = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if c.isalpha()).upper()


def _has_distribution_label(lines: list[Line]) -> bool:
    """Does a line start with 'Nơi nhận' (diacritics aside: OCR)? Then the page holds a closing block,
    even when annex pages follow it."""
    return any(_letters_key(" ".join(w.text for w in line.words[:2])).startswith(DISTRIBUTION_KEY) for line in lines)


@dataclass
class _Out:
    """The page's lines as text, remembering which Line each text line came from."""

    texts: list[str] = field(default_factory=list)
    lines: dict[int, Line] = field(default_factory=dict)
    digit_height: float = 1.0
    flat: set[int] = field(default_factory=set)  # ids of the words left out (drop_flat_scraps)

    def blank(self) -> None:
        self.texts.append("")

    def add(self, line: Line, tab_gap: float) -> None:
        if self.flat:
            words = [w for w in line.words if id(w) not in self.flat]
            if not words:
                return
            line = Line(words)
        self.lines[len(self.texts)] = line
        self.texts.append(_line_text(line, tab_gap))

    def result(self) -> tuple[str, list[WordSpan]]:
        joined = "\n".join(self.texts)
        text = joined.strip("\n")
        pos = -(len(joined) - len(joined.lstrip("\n")))
        spans: list[WordSpan] = []
        for i, line_text in enumerate(self.texts):
            line = self.lines.get(i)
            k = pos
            for w in line.words if line else ():
                if w.conf is not None:
                    spans.append((k, k + len(w.text), w.conf, round(w.height / self.digit_height, 2)))
                k += len(w.text) + 1  # one separator (space or tab) between words
            pos += len(line_text) + 1
        return text, spans


def _emit(lines: list[Line], tab_gap: float, line_height: float, pitch: float, out: _Out) -> None:
    """Lines as text; a blank line where the spacing is clearly wider than the usual line pitch."""
    prev: Line | None = None
    for line in lines:
        if prev is not None and line.top - prev.top > pitch + 0.35 * line_height:
            out.blank()
        out.add(line, tab_gap)
        prev = line


def _digit_height(words: list[Word], line_height: float) -> float:
    """Median height of the printed digit words of the page (a digit has no marks and no descender)."""
    heights = [w.height for w in words if w.text.strip(".,;:/").isdigit() and (w.conf or 0) >= PRINTED_DIGITS_CONF]
    return (statistics.median(heights) if heights else DIGIT_TO_LINE * line_height) or 1.0


DIGIT_TO_LINE = 0.8  # digits over the median word height, when a page has no surely read digits


def digit_height(words: list[Word]) -> float:
    """The page's printed digit height (its surely read digit words' median; else from the word height)."""
    return _digit_height(words, statistics.median(w.height for w in words) or 1.0) if words else 1.0


def drop_flat_scraps(words: list[Word]) -> list[Word]:
    """The words without those OCR read unsurely (SCRAP_CONF) from a flat stroke (FLAT_SCRAP): letters
    or digits no glyph of the page's print could be that flat. Marks read as such ('-', '..') stay."""
    digit = digit_height(words)
    return [w for w in words if not (w.conf is not None and w.conf < SCRAP_CONF and w.height < FLAT_SCRAP * digit
                                     and any(c.isalnum() for c in w.text))]


def page_text(words: list[Word], width: float, height: float, first_page: bool, last_page: bool) -> str:
    """Text of one page: two-column top block of page 1 and closing block of the last page split."""
    return page_text_spans(words, width, height, first_page, last_page)[0]


def page_text_spans(words: list[Word], width: float, height: float, first_page: bool, last_page: bool
                    ) -> tuple[str, list[WordSpan]]:
    """page_text, and where each OCR'd word (with its confidence) landed in it."""
    if not words:
        return "", []
    lines = group_lines(words)
    line_height = statistics.median(w.height for w in words) or 1.0
    tab_gap = max(0.04 * width, 3 * line_height)
    min_gap = max(0.02 * width, 1.5 * line_height)
    pitch = _pitch(lines, line_height)
    head, head_boundary = (0, None)
    if first_page:
        head, head_boundary = _two_column_run(lines, width, line_height, pitch, 0.45 * height, reverse=False)
    tail, tail_boundary = (0, None)
    if last_page or _has_distribution_label(lines):  # a decision's closing block followed by annex pages
        tail, tail_boundary = _two_column_run(lines[head:], width, line_height, pitch, 0.0, reverse=True)
    kept = {id(w) for w in drop_flat_scraps(words)}
    # flat scraps take their part in the lines' geometry as read (grouping is sensitive to every word)
    # and are left out of the text only
    out = _Out(digit_height=_digit_height(words, line_height), flat={id(w) for w in words} - kept)
    if head and head_boundary is not None:
        left, right = _split(lines[:head], head_boundary, min_gap)
        _emit(left, tab_gap, line_height, pitch, out)
        out.blank()
        _emit(right, tab_gap, line_height, pitch, out)
        out.blank()
    body = lines[head: len(lines) - tail]
    _emit(body, tab_gap, line_height, pitch, out)
    if tail and tail_boundary is not None:
        left, right = _split(lines[len(lines) - tail:], tail_boundary, min_gap)
        out.blank()
        _emit(left, tab_gap, line_height, pitch, out)
        out.blank()
        _emit(right, tab_gap, line_height, pitch, out)
    return out.result()
