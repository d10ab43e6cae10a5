"""Handwritten số and date slots on scans: find them from the printed words, read them with care.

Most scanned administrative documents are printed with a blank after `Số:` and after `ngày` (sometimes
after `tháng`) that the office fills in by pen on the day of signing. tesseract reads that pen as
confident-looking print (`229` for 239, `45` for 15), so repair.unsure_slots leaves unsure slots unread.
Here each slot is located from the printed words around it (`Số:` and the `/` of the code; `ngày`,
`tháng`, `năm`), cut from the page in colour, its pen strokes separated from the print (coloured ink,
else the dark ink between the printed words), split into digits (connected components, a wide one cut
at its thinnest column) and read by two readers: a small digit classifier (models/handwriting/digits.npz,
numpy only: see scripts/train_digits.py) and tesseract on the isolated strokes (digits only). A slot is
read only when the readers agree, or the classifier alone is very sure of every digit and no reader
contradicts it, and when the value fits its printed context (a day 1-31 that makes a real date not after
today, a month 1-12, a number's sequence of 1-5 digits). Anything else stays unread (repair.unsure_slots),
since a wrong number misleads an archivist more than a missing one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from .layout import Word
from .repair import SLOT_MIN_CONF, UNREAD, Repair

HEADER_SHARE = 0.45  # the slots are in this top share of page 1
CLEAN_CONF = 85.0  # a printed word read this surely gives the page's print sizes
LABEL_SO_WIDTH = 1.3  # width of a printed 'Số:' over the line's printed word height
NGAY_WIDTH = 2.2  # ... of 'ngày' (when the page has no clean 'ngày' to measure)
THANG_WIDTH = 2.5  # ... of 'tháng'
SAME_LINE = 0.6  # of the label's height: a word whose middle is this close to the label's is on its line
CODE_REACH = 12.0  # line heights right of 'Số:' within which the code's '/' is looked for
SLOT_ABOVE = 0.9  # line heights above the printed line a pen's digits may reach
SLOT_BELOW = 0.45  # ... and below
GLUED = 1.12  # a label word this much wider than its print has pen strokes glued to it
NEAR_NUMBER = 4.0  # line heights between the số line and the date line at most


@dataclass(frozen=True)
class Slot:
    """A blank of the header that may hold pen digits, in the OCR'd page's pixels."""

    kind: str  # number | day | month
    x0: float
    x1: float
    top: float
    bottom: float
    line_height: float  # the printed line's word height
    words: tuple[int, ...]  # OCR words standing inside the slot (what tesseract made of the pen)
    # printed words the pen was glued to ('ngày0tháng', '›/KH-DCT'): word index -> its printed parts
    # (text, x0, x1), which replace it when the slot is read
    glued: tuple[tuple[int, tuple[tuple[str, float, float], ...]], ...] = ()


def _plain(text: str) -> str:
    """Letters without marks, đ as d: 'Số:' -> 'So:', 'ngày' -> 'ngay'."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _same_line(label: Word, words: list[Word]) -> list[int]:
    mid, reach = (label.top + label.bottom) / 2, SAME_LINE * label.height
    return sorted((k for k, w in enumerate(words) if abs((w.top + w.bottom) / 2 - mid) <= reach),
                  key=lambda k: words[k].x0)


def _print_height(words: list[Word], line: list[int]) -> float:
    """The printed line's word height: the median of its confident words (letters with marks included)."""
    heights = sorted(words[k].height for k in line if (words[k].conf or 0) >= CLEAN_CONF)
    if not heights:
        heights = sorted(words[k].height for k in line)
    return heights[len(heights) // 2]


def _printed_width(words: list[Word], plain: str, ratio: float, height: float) -> float:
    """How wide the printed word `plain` ('ngay') is on this page: its clean copies' median, else a ratio."""
    widths = sorted(w.x1 - w.x0 for w in words if _plain(w.text).lower() == plain and (w.conf or 0) >= CLEAN_CONF)
    return widths[(len(widths) - 1) // 2] if widths else ratio * height  # the lower median: a glued copy is wider


_NUMBER_WORD = re.compile(r"^\d+\S*/")  # digits and codes in one word: printed
_SO_LABEL = re.compile(r"^(?:S[oO]\s*[:;.]?|s[oO]\s*[:;])")  # 'Số:', 'SỐ', OCR's 'số:' (never the body's 'số')
# '/QĐ-UBND'; a Party number's '-KH/ĐU' (the blank ends at its dash); 'KH-VP' after a pen ate the '/'
_CODE = re.compile(r"(?:-[A-ZĐ][A-Za-zĐđ]*)?/[^\s/]*[A-ZĐ]|[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ0-9]+)+$")


def _in_box(words: list[Word], x0: float, x1: float, top: float, bottom: float, skip: set[int]) -> tuple[int, ...]:
    return tuple(k for k, w in enumerate(words) if k not in skip and (w.x0 + w.x1) / 2 > x0
                 and (w.x0 + w.x1) / 2 < x1 and top <= (w.top + w.bottom) / 2 <= bottom)


def number_slot(words: list[Word], height: float) -> Slot | None:
    """The blank between the printed 'Số:' and the '/' that opens the number's codes."""
    labels = [k for k, w in enumerate(words) if w.bottom < HEADER_SHARE * height and _SO_LABEL.match(_plain(w.text))]
    for k in sorted(labels, key=lambda k: words[k].top):
        label = words[k]
        line = _same_line(label, words)
        h = _print_height(words, line)
        rest = _plain(label.text)[len(_SO_LABEL.match(_plain(label.text)).group(0)):]  # type: ignore[union-attr]
        x0 = label.x1 if not rest.strip() and label.x1 - label.x0 < GLUED * LABEL_SO_WIDTH * h \
            else label.x0 + LABEL_SO_WIDTH * h
        right = _slash_x(words, line, k, x0, h, label)
        if right is None or right - x0 < h * 0.3:
            continue
        if any(words[j].x1 > x0 and words[j].x0 < right and _NUMBER_WORD.match(words[j].text)
               and (words[j].conf or 0) >= SLOT_MIN_CONF for j in line):
            return None  # a printed number, its digits one word with the codes ('2094-CV/TĐTN-TCKT'): no blank
        top, bottom = label.top - SLOT_ABOVE * h, label.bottom + SLOT_BELOW * h
        inside = _in_box(words, x0, right, top, bottom, {k})
        return Slot("number", x0, right, top, bottom, h, tuple(j for j in inside if words[j].x1 <= right + h),
                    _glued_code(words, line, k, x0, right))
    return None


def _slash_x(words: list[Word], line: list[int], label_index: int, x0: float, h: float, label: Word) -> float | None:
    """Where the code's '/' starts: its word's left edge, or its place inside a word the pen ran into."""
    for j in line:
        w = words[j]
        if w.x1 <= x0 or w.x0 > label.x1 + CODE_REACH * h:
            continue
        text = w.text
        m = _CODE.search(text)
        if m is None:
            continue
        if m.start() == 0 and j != label_index:
            return w.x0
        # a pen digit glued to the code ('›/KH-DCT', 'Số::2⁄7KH-VP'): the code's printed width from its end
        code_chars = len(text) - m.start()
        return w.x1 - (w.x1 - w.x0) * code_chars / len(text)
    return None


def _glued_code(words: list[Word], line: list[int], label: int, x0: float, right: float
                ) -> tuple[tuple[int, tuple[tuple[str, float, float], ...]], ...]:
    """The printed parts of the label and the code words the pen ran into: 'Số:' and the code from '/'."""
    out = []
    w = words[label]
    code = next((j for j in line if words[j].x0 < right < words[j].x1 or (j != label and words[j].x0 <= right
                                                                         and _CODE.search(words[j].text))), None)
    parts: dict[int, list[tuple[str, float, float]]] = {}
    if w.x1 > x0 + 1:
        parts.setdefault(label, []).append(("Số:", w.x0, x0))
    if code is not None:
        cw = words[code]
        m = _CODE.search(cw.text)
        if m is not None and (m.start() > 0 or code == label):
            printed = cw.text[m.start():]
            printed = printed if printed.startswith(("/", "-")) else "/" + printed  # 'KH-VP': its '/' was eaten
            parts.setdefault(code, []).append((printed, right, cw.x1))
    for k, p in parts.items():
        out.append((k, tuple(p)))
    return tuple(out)


_YEAR = re.compile(r"^(19|20)\d\d\D{0,2}$")


def date_slots(words: list[Word], height: float, near: Slot | None = None) -> list[Slot]:
    """The blanks after 'ngày' and after 'tháng' on the header's place-date line (the first line of the
    header with 'ngày', 'tháng' and a year; within NEAR_NUMBER lines of the số line when there is one:
    the body's 'ngày 19 tháng 6 năm 2015' is no header)."""
    for k in sorted((k for k, w in enumerate(words) if w.bottom < HEADER_SHARE * height and "ngay" in _plain(w.text).lower()),
                    key=lambda k: words[k].top):
        if near is not None and abs(words[k].top - near.top - SLOT_ABOVE * near.line_height) > NEAR_NUMBER * near.line_height:
            continue
        line = _same_line(words[k], words)
        after = [j for j in line if words[j].x0 >= words[k].x0]
        thang = next((j for j in after if "thang" in _plain(words[j].text).lower()), None)
        year = next((j for j in after if _YEAR.match(words[j].text) and thang is not None
                     and words[j].x0 > words[thang].x0), None)
        if thang is None or year is None:
            continue
        nam = max((j for j in after if words[thang].x0 < words[j].x0 < words[year].x0), key=lambda j: words[j].x0,
                  default=None)
        if nam is None or not _plain(words[nam].text).lower().endswith("m"):
            nam = year  # 'nềšm 2025': a damaged 'năm' glued or lost; the month slot ends at the year
        h = _print_height(words, line)
        return _day_month(words, k, thang, nam, h)
    return []


def _day_month(words: list[Word], ngay: int, thang: int, nam: int, h: float) -> list[Slot]:
    wn, wt, wy = words[ngay], words[thang], words[nam]
    ngay_w, thang_w = _printed_width(words, "ngay", NGAY_WIDTH, h), _printed_width(words, "thang", THANG_WIDTH, h)
    plain_n = _plain(wn.text).lower()
    # a word wider than its print holds pen strokes too ('ngày' glued to the day): cut at the print's width
    day_x0 = wn.x1 if plain_n.rstrip(",.") == "ngay" and wn.x1 - wn.x0 < GLUED * ngay_w else wn.x0 + ngay_w
    wide_t = wt.x1 - wt.x0 >= GLUED * thang_w
    # pen glued to 'tháng': on the day's side when the month stands printed after it, else on the month's
    month_printed = any(wt.x1 <= w.x0 and w.x1 <= wy.x0 for w in words if abs(w.top - wt.top) < h)
    day_x1 = wt.x1 - thang_w if wide_t and month_printed else wt.x0
    month_x0 = wt.x0 + thang_w if wide_t and not month_printed else wt.x1
    month_x1 = wy.x0
    top, bottom = wn.top - SLOT_ABOVE * h, wn.bottom + SLOT_BELOW * h
    parts: dict[int, list[tuple[str, float, float]]] = {}
    if day_x0 < wn.x1 - 1:
        parts.setdefault(ngay, []).append(("ngày", wn.x0, day_x0))
    if day_x1 > wt.x0 + 1 or month_x0 < wt.x1 - 1:
        parts.setdefault(thang, []).append(("tháng", max(day_x1, wt.x0) if thang != ngay else day_x1,
                                            min(month_x0, wt.x1)))
    glued = tuple((k, tuple(p)) for k, p in parts.items())
    out = []
    skip = {ngay, thang, nam}
    if day_x1 - day_x0 > 0.3 * h:
        out.append(Slot("day", day_x0, day_x1, top, bottom, h, _in_box(words, day_x0, day_x1, top, bottom, skip),
                        glued))
    if month_x1 - month_x0 > 0.3 * h:
        out.append(Slot("month", month_x0, month_x1, top, bottom, h,
                        _in_box(words, month_x0, month_x1, top, bottom, skip), glued))
    return out


# --- the pen's strokes in a slot --------------------------------------------------------------------

INK_MIN = 45  # darker than the slot's paper by this much (on the darkest channel) is ink
COLOUR_SAT = 45  # channels further apart than this: coloured ink (blue or violet pen), not black print
COLOUR_SHARE = 0.4  # coloured pixels over ink pixels above which the slot's pen is coloured: print is dropped
MIN_PART = 0.45  # a component lower than this share of the tallest is a dot, a colon or a dash, not a digit
FLAT = 0.5  # a component lower than this share of its width ...
FLAT_PART = 0.6  # ... and of the tallest one is a dash or a piece of a rule
RULE_ASPECT = 4.0  # a component this many times wider than high is a printed rule or an underline
JOIN_OVERLAP = 0.5  # components overlapping horizontally this much (of the narrower) are one digit
CAP_WIDTH = 1.0  # a flat stroke no wider than the tallest digit may be a 5's cap or a 7's bar ...
CAP_ABOVE = 0.25  # ... when its middle lies at most this share of the digit's height above its top
CAP_BAND = 0.5  # ... or within this upper share of it
DIGIT_ASPECT = 0.75  # a digit's usual width over its height: wider components hold touching digits
SPLIT_ASPECT = 1.05  # a component wider than this over its height is split (unless whole it reads surer)
TRY_SPLIT_ASPECT = 0.7  # ... one wider than this is split when whole it reads as no digit ('58' in one blob)
SPLIT_CHOICES = 1  # digit counts tried on either side of the width's estimate (width / DIGIT_ASPECT height)
SPLIT_SLANTS = (0.0, 0.25)  # the cuts tried upright and leaning with a right-slanted hand
MAX_SPLIT = 5  # a component is never cut into more pieces than a sequence has digits
DIGIT_SIZE = 28  # the classifier's square input (MNIST's)
DIGIT_BOX = 20  # the digit's longer side inside it


def ink_mask(rgb):
    """Pen pixels of a colour slot crop (H x W x 3 uint8): dark against the slot's own paper on the darkest
    channel; when most ink is coloured, only the coloured ink (a blue pen over black print)."""
    import numpy as np

    low = rgb.min(axis=2).astype(np.int16)
    paper = int(np.percentile(low, 75))
    ink = (paper - low) > max(INK_MIN, (paper - int(np.percentile(low, 1))) // 3)
    sat = (rgb.max(axis=2).astype(np.int16) - low) > COLOUR_SAT
    if ink.sum() and (ink & sat).sum() > COLOUR_SHARE * ink.sum():
        return ink & sat, True
    return ink, False


def components(mask) -> list[tuple[int, int, int, int, list[tuple[int, int]]]]:
    """8-connected components of a boolean mask: (x0, x1, top, bottom, pixels), x1 and bottom exclusive."""
    import numpy as np

    h, w = mask.shape
    seen = np.zeros_like(mask, dtype=bool)
    out = []
    ys, xs = np.nonzero(mask)
    for y, x in zip(ys.tolist(), xs.tolist(), strict=True):
        if seen[y, x]:
            continue
        seen[y, x] = True
        stack, pixels = [(y, x)], []
        while stack:
            cy, cx = stack.pop()
            pixels.append((cy, cx))
            for ny in (cy - 1, cy, cy + 1):
                if 0 <= ny < h:
                    for nx in (cx - 1, cx, cx + 1):
                        if 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                            seen[ny, nx] = True
                            stack.append((ny, nx))
        py = [p[0] for p in pixels]
        px = [p[1] for p in pixels]
        out.append((min(px), max(px) + 1, min(py), max(py) + 1, pixels))
    return out


@dataclass
class Glyph:
    """One pen digit (or what is taken for one): its box in the slot crop and its own pixels."""

    x0: int
    x1: int
    top: int
    bottom: int
    pixels: list[tuple[int, int]]
    cut: bool = False  # a piece cut from a component of touching digits (_segment)
    # ... by a cut other than the width's estimate upright: chosen because the classifier read it surely,
    # so that reading needs a second reader (tesseract on the strokes as written)
    searched: bool = False
    group: int = -1  # the component it was cut from (glyphs' order)

    @property
    def width(self) -> int:
        return self.x1 - self.x0

    @property
    def height(self) -> int:
        return self.bottom - self.top


def _merge(a: Glyph, b: Glyph) -> Glyph:
    return Glyph(min(a.x0, b.x0), max(a.x1, b.x1), min(a.top, b.top), max(a.bottom, b.bottom), a.pixels + b.pixels)


def glyphs(mask, line_height: float) -> list[Glyph]:
    """The pen digits of a slot, left to right: components without dots and rules, the strokes of one
    digit joined, touching digits split at their thinnest column."""
    every = [Glyph(*c) for c in components(mask)]
    parts = [g for g in every if not (g.width > RULE_ASPECT * g.height)]
    if not parts:
        return []
    tallest = max(g.height for g in parts)
    parts = [g for g in parts if g.height >= MIN_PART * tallest and g.height >= MIN_PART * line_height
             and not (g.height < FLAT * g.width and g.height < FLAT_PART * tallest)]
    parts = _with_caps(parts, [g for g in every if g not in parts], tallest)
    joined: list[Glyph] = []
    for g in sorted(parts, key=lambda g: g.x0):
        if joined:
            last = joined[-1]
            overlap = min(last.x1, g.x1) - max(last.x0, g.x0)
            if overlap > JOIN_OVERLAP * min(last.width, g.width):
                joined[-1] = _merge(last, g)
                continue
        joined.append(g)
    return [replace(piece, group=k) for k, g in enumerate(joined) for piece in _segment(g)]


def _with_caps(digits: list[Glyph], marks: list[Glyph], tallest: int) -> list[Glyph]:
    """The digits with the short flat strokes the pen lifted for (a 5's cap, a 7's bar) joined to the digit
    they lie over: left out as a dash, they would leave a 5 that reads as a 6 or an S. A mark joins when
    most of its width lies over the digit and it stands in the digit's upper part; a rule wider than a
    digit, a dash beside the digits ('45-KH') or dots under them join nothing."""
    out = list(digits)
    for m in marks:
        if m.width > CAP_WIDTH * tallest:
            continue
        for i, g in enumerate(out):
            over = min(g.x1, m.x1) - max(g.x0, m.x0)
            if over > JOIN_OVERLAP * m.width and g.top - CAP_ABOVE * g.height <= (m.top + m.bottom) / 2 \
                    <= g.top + CAP_BAND * g.height:
                out[i] = _merge(g, m)
                break
    return out


def _segment(g: Glyph) -> list[Glyph]:
    """A component as one digit or as touching digits. A wide one is cut into as many pieces as its width
    suggests (upright), or one fewer or one more, or leaning with a slanted hand (the estimate misses when
    digits are crowded or wide: '2358' in one blob reads as three), whichever the classifier reads most
    surely (the least sure piece's digit probability; a piece it takes for no digit scores nothing); it
    stays whole only when every cut leaves a piece that is no digit and whole it is one (a 5 whose cap
    stands right of it). One of about a digit's width is cut only when whole it reads as no digit and a
    cut reads as digits ('58', '23'). A cut other than the estimate is marked `searched`: picked for its
    sureness, it is no reading the classifier may stand on alone (a zigzag cut into sure 1s and 4s)."""
    if g.width <= TRY_SPLIT_ASPECT * g.height:
        return [g]
    guess = max(2, round(g.width / (DIGIT_ASPECT * g.height)))
    counts = range(max(2, guess - SPLIT_CHOICES), min(MAX_SPLIT, guess + SPLIT_CHOICES) + 1)
    cuts = [(n, slant, pieces) for n in counts for slant in SPLIT_SLANTS if len(pieces := _split(g, n, slant)) == n]
    probs = classify([normalise(piece) for option in [[g], *(c[2] for c in cuts)] for piece in option])
    whole, at, scores = _sureness(probs[:1]), 1, []
    for _, _, option in cuts:
        scores.append(_sureness(probs[at:at + len(option)]))
        at += len(option)
    default = next((k for k, (n, slant, _) in enumerate(cuts) if n == guess and slant == 0.0), None)
    best = max(range(len(cuts)), key=lambda k: (scores[k], k == default), default=None)
    narrow = g.width <= SPLIT_ASPECT * g.height
    if best is None or scores[best] == 0.0:
        if whole > 0.0 or narrow or default is None:
            return [g]
        best = default
    elif narrow and whole > 0.0:
        return [g]  # a digit-wide blob that reads as a digit stays one
    if best == default:
        return cuts[best][2]
    return [replace(piece, searched=True) for piece in cuts[best][2]]


def _sureness(probs: list[list[float]]) -> float:
    """The least digit probability of a segmentation's pieces; 0 when one of them is no digit."""
    least = 1.0
    for p in probs:
        best = max(range(len(p)), key=p.__getitem__)
        if best == NOT_DIGIT:
            return 0.0
        least = min(least, p[best])
    return least


def _split(g: Glyph, n: int, slant: float = 0.0) -> list[Glyph]:
    """A component holding n touching digits, cut into n pieces at the columns with least ink near where
    even cuts would fall; with a slant (x over y, right-leaning positive) the cuts lean with the pen, so
    that a slanted digit's top and foot go to the same piece."""
    import numpy as np

    shift = [round(slant * (g.bottom - 1 - y)) for y, _ in g.pixels]  # how far right the pen leaned there
    us = [x - d for (_, x), d in zip(g.pixels, shift, strict=True)]
    u0 = min(us)
    width = max(us) - u0 + 1
    cols = np.zeros(width, dtype=np.int32)
    for u in us:
        cols[u - u0] += 1
    cuts = []
    for i in range(1, n):
        centre = round(i * width / n)
        reach = max(1, width // (3 * n))
        lo, hi = max(1, centre - reach), min(width - 1, centre + reach)
        cuts.append(u0 + lo + int(np.argmin(cols[lo:hi])))
    edges = [u0, *cuts, u0 + width]
    pieces = []
    for a, b in zip(edges, edges[1:], strict=False):
        px = [p for p, u in zip(g.pixels, us, strict=True) if a <= u < b]
        if px:
            pieces.append(Glyph(min(p[1] for p in px), max(p[1] for p in px) + 1, min(p[0] for p in px),
                                max(p[0] for p in px) + 1, px, cut=True))
    return pieces


def normalise(g: Glyph):
    """The digit as the classifier sees it: a float32 DIGIT_SIZE square, ink 1.0, its longer side
    DIGIT_BOX pixels, centred on its centre of mass (MNIST's own preparation)."""
    import numpy as np

    img = np.zeros((g.height, g.width), dtype=np.uint8)
    for y, x in g.pixels:
        img[y - g.top, x - g.x0] = 255
    return normalise_array(_thickened(img))


STROKE_MIN = 2.0  # pen strokes thinner than this (pixels, at the classifier's scale) are thickened ...
STROKE_TARGET = 2.5  # ... to about this: the distorted MNIST digits it was trained on (their median 2.6)


def stroke_width(ink) -> float:
    """The mean width of a binary digit's strokes: its area over half its outline (a stroke's length)."""
    import numpy as np

    b = ink > 0
    area = int(b.sum())
    if not area:
        return 0.0
    padded = np.pad(b, 1)
    edges = sum(int((b & ~np.roll(padded, shift, axis)[1:-1, 1:-1]).sum())
                for axis, shift in ((0, 1), (0, -1), (1, 1), (1, -1)))
    return 2.0 * area / max(1, edges)


def _thickened(img):
    """A pen digit whose strokes would be thinner than STROKE_MIN at the classifier's scale, grown (a
    square max filter) to about STROKE_TARGET: a fine pen at 300 dpi is fainter there than any MNIST
    digit, and the classifier grows unsure of it."""
    from PIL import Image, ImageFilter

    scale = DIGIT_BOX / max(img.shape)
    width = stroke_width(img) * scale
    if width >= STROKE_MIN or width == 0:
        return img
    grow = round((STROKE_TARGET - width) / (2 * scale))
    if grow < 1:
        return img
    import numpy as np

    padded = np.pad(img, grow)
    return np.asarray(Image.fromarray(padded).filter(ImageFilter.MaxFilter(2 * grow + 1)))


def normalise_array(img):
    """normalise() of a uint8 ink image (ink high), already cut to the digit's box."""
    import numpy as np
    from PIL import Image

    h, w = img.shape
    scale = DIGIT_BOX / max(h, w)
    nh, nw = max(1, round(h * scale)), max(1, round(w * scale))
    small = np.asarray(Image.fromarray(img).resize((nw, nh), Image.Resampling.BILINEAR), dtype=np.float32) / 255.0
    total = small.sum() or 1.0
    cy = (small.sum(axis=1) * np.arange(nh)).sum() / total
    cx = (small.sum(axis=0) * np.arange(nw)).sum() / total
    out = np.zeros((DIGIT_SIZE, DIGIT_SIZE), dtype=np.float32)
    oy = int(round(DIGIT_SIZE / 2 - cy))
    ox = int(round(DIGIT_SIZE / 2 - cx))
    oy, ox = min(max(oy, 0), DIGIT_SIZE - nh), min(max(ox, 0), DIGIT_SIZE - nw)
    out[oy:oy + nh, ox:ox + nw] = small
    return out


# --- the digit classifier ------------------------------------------------------------------------------

NOT_DIGIT = 10  # the classifier's eleventh class: two touching digits, half a digit, a letter, a mark
WEIGHTS = "handwriting/digits.npz"  # in the vanban.models package (scripts/train_digits.py)


@lru_cache(maxsize=1)
def _weights() -> list[dict]:
    """The networks of the ensemble (w1, b1, w2, b2 each; names suffixed _0, _1, ...)."""
    import numpy as np

    path = resources.files("vanban.models").joinpath(WEIGHTS)
    with resources.as_file(path) as p, np.load(p) as data:
        arrays = {k: data[k].astype(np.float32) for k in data.files}
    nets = sorted({k.rsplit("_", 1)[1] for k in arrays if "_" in k}) or [""]
    return [{name: arrays[f"{name}_{n}" if n else name] for name in ("w1", "b1", "w2", "b2")} for n in nets]


def classify(digits) -> list[list[float]]:
    """Class probabilities (0-9, then NOT_DIGIT) of normalised digits (n x DIGIT_SIZE x DIGIT_SIZE): the
    mean of the ensemble's networks (two networks trained on different distortions disagree where a
    digit is unlike their training, which lowers the probability the vote relies on)."""
    import numpy as np

    x = np.asarray(digits, dtype=np.float32).reshape(len(digits), -1)
    total = np.zeros((len(x), NOT_DIGIT + 1), dtype=np.float64)
    for w in _weights():
        z = np.maximum(0, x @ w["w1"] + w["b1"]) @ w["w2"] + w["b2"]
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        total += p / p.sum(axis=1, keepdims=True)
    return (total / len(_weights())).tolist()


# --- tesseract on the pen alone ----------------------------------------------------------------------

TESS_HEIGHT = 48  # pixels the pen's digits are scaled to for tesseract (it reads 30-60 px glyphs best)
TESS_PAD = 16
TESS_PSMS = (7, 8)  # one line, one word
DIGIT_GAP = 0.6  # of the digits' height: the space set between them for the third reading


def _pen_image(pieces: list[Glyph], gap: float = 0.0):
    """The pen's digits alone, black on white, scaled to TESS_HEIGHT and padded; with `gap` (of the
    height) between the digits, each drawn on its own, so that touching or crowded digits stand apart."""
    import numpy as np
    from PIL import Image

    top, bottom = min(g.top for g in pieces), max(g.bottom for g in pieces)
    scale = TESS_HEIGHT / max(1, bottom - top)
    space = round(gap * TESS_HEIGHT)
    x0 = min(g.x0 for g in pieces)
    lefts, x = [], 0
    for g in pieces:  # each digit's left edge on the new strip
        lefts.append(x if space else round((g.x0 - x0) * scale))
        x = lefts[-1] + round(g.width * scale) + space
    width = max(left + round(g.width * scale) for left, g in zip(lefts, pieces, strict=True))
    page = Image.new("L", (width + 2 * TESS_PAD, TESS_HEIGHT + 2 * TESS_PAD), 255)
    for left, g in zip(lefts, pieces, strict=True):
        ink = np.zeros((bottom - top, g.width), dtype=np.uint8)
        for y, xx in g.pixels:
            ink[y - top, xx - g.x0] = 255
        img = Image.fromarray(255 - ink).resize((max(1, round(g.width * scale)), TESS_HEIGHT),
                                                 Image.Resampling.BILINEAR)
        box = (TESS_PAD + left, TESS_PAD)
        page.paste(Image.composite(img, page.crop((*box, box[0] + img.width, box[1] + img.height)),
                                   img.point(lambda v: 255 if v < 128 else 0)), box)
    return page


def _digit_lang() -> str:
    """English reads digits (whitelisted) as well as Vietnamese and comes with Debian's tesseract-ocr;
    the Vietnamese model when it is missing."""
    import shutil

    from . import ocr

    exe = shutil.which("tesseract")
    return "eng" if exe and "eng" in ocr._languages(exe) else ocr.OCR_LANG


def _tesseract(image, psm: int) -> str:
    import os
    import subprocess
    import tempfile

    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="vanban_pen_") as tmp:
        src = os.path.join(tmp, "pen.pgm")
        image.save(src)
        proc = subprocess.run(["tesseract", src, "stdout", "-l", _digit_lang(), "--psm", str(psm), "--dpi", "300",
                               "-c", "tessedit_char_whitelist=0123456789"], capture_output=True, env=env, timeout=60)
    return "".join(ch for ch in proc.stdout.decode("utf-8", "replace") if ch.isdigit())


def tesseract_digits(pieces: list[Glyph]) -> list[str]:
    """What tesseract reads in the pen's strokes (digits only): as written, one line and one word, then
    with the digits set apart (DIGIT_GAP)."""
    close, apart = _pen_image(pieces), _pen_image(pieces, DIGIT_GAP)
    return [*(_tesseract(close, psm) for psm in TESS_PSMS), _tesseract(apart, 7)]


# --- reading a slot: the readers' vote and the printed context --------------------------------------

AGREE_CONF = 85.0  # word confidence given to a slot the classifier and tesseract read alike
SURE_CONF = 80.0  # ... read by the classifier alone, sure of every digit, no reader contradicting it
CLASSIFIER_SURE = 0.97  # the classifier's least digit probability for it to stand alone
ONE_DROPPED_MIN = 0.9  # the classifier's least digit probability to take a reading tesseract read without its 1s
CLASSIFIER_MIN = 0.6  # under this for any digit (a close second class), even an agreement with tesseract is not taken
MAX_SEQ_DIGITS = 5  # a số's sequence has 1-5 digits
PRINTED_CONF = 90.0  # a month word read this surely is print: its slot is not read again
SLOT_PAD = 0.5  # line heights the crop reaches beyond each side of a slot, to see whole strokes
NO_PEN = "no pen strokes"
PAST_EDGE = "a pen digit runs over the slot's edge"  # a coloured digit centred past it: the slot is unread
DOUBT_READS = 2  # tesseract's readings of the strokes alone that must agree to doubt the page's reading
EDGE = 1  # pixels: a pen stroke touching the slot's left or right edge was cut by the slot


@dataclass(frozen=True)
class SlotRead:
    slot: Slot
    text: str | None  # the digits read, None when refused
    conf: float  # the word confidence given to the read (0-100); 0 when refused
    why: str  # the readers' results, for the note
    doubted: bool = False  # tesseract's readings of the strokes alone agree on other digits than the page's
    # the pen's digits: (pieces in the slot, most digits a reader of the strokes saw: the classifier's
    # digit-like pieces, tesseract's longest reading); (0, 0) when none or strokes cut by the slot's edge
    pen_digits: tuple[int, int] = (0, 0)


def _readers(mask, pieces: list[Glyph]) -> tuple[str | None, float, list[str], int, int, bool]:
    """The classifier's reading (None when a piece is no digit) with its least digit probability,
    tesseract's readings of the same strokes, how many pieces the classifier takes for digits, how many
    of tesseract's readings may agree with it (those of the strokes as written, TESS_PSMS, when a piece was
    cut other than by the width's estimate: the digits set apart show tesseract that cut) and whether the
    classifier may stand alone (not on such a cut)."""
    probs = classify([normalise(g) for g in pieces])
    best = [max(range(len(p)), key=p.__getitem__) for p in probs]
    least = min(max(p) for p in probs)
    text = None if NOT_DIGIT in best else "".join(str(d) for d in best)
    tess = tesseract_digits(pieces)
    searched = any(g.searched for g in pieces)
    return text, least, tess, sum(b != NOT_DIGIT for b in best), len(TESS_PSMS) if searched else len(tess), \
        not searched


def vote(text: str | None, least: float, others: list[str], agree: list[str] | None = None,
         alone: bool = True) -> tuple[str | None, float, str]:
    """The reading taken (or None), its word confidence and why: the classifier's digits when tesseract or
    the page's own OCR read the same (`agree`, of `others` by default: a reading made from the classifier's
    own cut of touching digits is no second opinion), or when the classifier is sure of every digit (and
    may stand `alone`); never when any reading of as many digits differs (two readers that disagree leave
    the slot unsettled)."""
    why = f"classifier {text or '?'} ({least:.2f}), tesseract {'/'.join(o or '-' for o in others)}"
    if text is None or least < CLASSIFIER_MIN:
        return None, 0.0, why
    if any(len(o) == len(text) and o != text for o in others):  # readers of as many digits disagree: unsettled
        return None, 0.0, why
    if text in (others if agree is None else agree):
        return text, AGREE_CONF, why
    if least >= ONE_DROPPED_MIN and any(_drops_ones(text, o) for o in (others if agree is None else agree)):
        return text, SURE_CONF, f"{why}; tesseract dropped the leading 1"
    if least >= CLASSIFIER_SURE and alone:
        return text, SURE_CONF, why
    return None, 0.0, why


def _drops_ones(text: str, other: str) -> bool:
    """`other` is `text` without its leading 1s ('6' for 16, '5' for 15): tesseract's print model passes
    over a pen's 1 (a bare or flagged stick) and reads the digits after it as the classifier does."""
    rest = text.lstrip("1")
    return bool(other) and rest != text and other == rest


def fits(kind: str, text: str, year: int | None, month: int | None, today) -> bool:
    """A reading fits its printed context: a sequence of 1-5 digits, not all zeros; a month 1-12; a day
    that makes a real date with the printed month and year, not after today."""
    import datetime

    if kind == "number":
        return 1 <= len(text) <= MAX_SEQ_DIGITS and int(text) > 0
    if len(text) > 2:
        return False
    value = int(text)
    if kind == "month":
        return 1 <= value <= 12 and (year is None or datetime.date(year, value, 1) <= today)
    if year is None or month is None:
        return 1 <= value <= 31
    try:
        return datetime.date(year, month, value) <= today
    except ValueError:
        return False


def read_slot(rgb, slot: Slot, others: list[str], pad: tuple[int, int] = (0, 0)) -> SlotRead:
    """One slot's crop (H x W x 3, widened by `pad` pixels left and right) read: the digits, their word
    confidence, the readers' results, whether tesseract's readings of the strokes alone doubt the page's
    own reading (`others[0]`: DOUBT_READS of them agree on other digits as many), and how many pen digits
    stand in the slot (its pieces, and the most digits a reader of them saw). Strokes centred outside the slot belong to the printed words beside it (the y of
    'ngày', the / of the code) and are left out; a stroke that runs out of the widened crop was cut, and
    the slot is not read."""
    mask, coloured = ink_mask(rgb)
    inside = (pad[0], mask.shape[1] - pad[1])
    every = glyphs(mask, slot.line_height)
    pieces = [g for g in every if inside[0] <= (g.x0 + g.x1) / 2 < inside[1]]
    if not pieces:
        return SlotRead(slot, None, 0.0, NO_PEN)
    if any(g.x0 < EDGE or g.x1 > mask.shape[1] - EDGE for g in pieces):
        return SlotRead(slot, None, 0.0, "strokes cut by the slot's edge")
    if any(g.cut and g not in pieces and any(p.group == g.group for p in pieces) for g in every) or (
            _ran_into_code(slot) and any(g not in pieces and g.x0 < inside[1] <= (g.x0 + g.x1) / 2 for g in every)):
        # touching digits cut, some of them centred outside the slot, or a stroke reaching in from the code
        # the page's OCR read glued to the pen ('4/UBND-NC'): the pen ran over the slot's edge into the
        # print, and the pieces inside alone would read a shorter number ('287' for 2874)
        return SlotRead(slot, None, 0.0, PAST_EDGE)
    if coloured and any(g not in pieces and g.x0 < inside[1] and g.x1 > inside[0] for g in every):
        # the print is dropped from a coloured pen's mask: a digit centred past the slot's edge is the
        # pen's too (a last 0 written over the code's '/'); reading the others would lose it
        return SlotRead(slot, None, 0.0, PAST_EDGE)
    text, least, tess, digits, trusted, alone = _readers(mask, pieces)
    page = others[0] if others else ""
    seen = max([digits, *(len(t) for t in tess)])
    return SlotRead(slot, *vote(text, least, [*tess, *others], [*tess[:trusted], *others], alone),
                    doubts(page, tess), (len(pieces), seen))


def _ran_into_code(slot: Slot) -> bool:
    """The page's OCR read the pen and the number's code as one word ('212-KH/TĐTN', '›/KH-DCT')."""
    return slot.kind == "number" and any(t.startswith(("/", "-")) for _, parts in slot.glued for t, _, _ in parts)


def doubts(page: str, tess: list[str]) -> bool:
    """Whether DOUBT_READS of tesseract's readings of the strokes alone agree on other digits than the
    page's reading, as many or more (the page's reading lost one: '1' for 41, '5' for 58)."""
    return bool(page) and any(tess.count(t) >= DOUBT_READS for t in tess if len(t) >= len(page) and t != page)


# --- a page -----------------------------------------------------------------------------------------------


def colour_page(source, page):
    """The page in colour, in the geometry of its OCR (upscaled, turned and deskewed as ocr._ocr_page did),
    so that the OCR's word boxes fall on it."""
    from PIL import Image

    from . import ocr

    if source.kind == "pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(source.path)
        try:
            image = pdf[source.index].render(scale=ocr.RENDER_DPI / 72).to_pil().convert("RGB")
        finally:
            pdf.close()
    else:
        with Image.open(source.path) as im:
            im.seek(source.index)
            image = im.convert("RGB")
    if page.dpi < ocr.MIN_DPI:
        factor = ocr.RENDER_DPI / page.dpi
        image = image.resize((round(image.width * factor), round(image.height * factor)), Image.Resampling.LANCZOS)
    if page.turned:
        image = image.rotate(page.turned, expand=True)
    if page.skew:
        image = image.rotate(page.skew, resample=Image.Resampling.BILINEAR, fillcolor=(255, 255, 255))
    return image


def _printed(words: list[Word], slot: Slot) -> bool:
    """The slot already holds digits tesseract is sure of (typed or stamped): nothing to read again."""
    texts = [words[k] for k in slot.words]
    return bool(texts) and all(w.text.isdigit() and (w.conf or 0) >= PRINTED_CONF for w in texts)


def _context(words: list[Word], slots: list[Slot]) -> tuple[int | None, int | None]:
    """The printed year of the date line, and its month when OCR read it as digits it is not unsure of."""
    year = month = None
    date_slots_ = [s for s in slots if s.kind != "number"]
    if date_slots_:
        s = date_slots_[-1]
        years = [w for w in words if _YEAR.match(w.text) and s.top <= (w.top + w.bottom) / 2 <= s.bottom and w.x0 >= s.x0]
        year = int(min(years, key=lambda w: w.x0).text[:4]) if years else None
    for s in slots:
        texts = [words[k] for k in s.words]
        if s.kind == "month" and texts and all(w.text.isdigit() and (w.conf or 0) >= SLOT_MIN_CONF for w in texts):
            value = int("".join(w.text for w in texts))
            month = value if 1 <= value <= 12 else None
    return year, month


def read_page(source, page, today=None) -> tuple[list[Word], list[SlotRead]]:
    """Page 1's words with its pen-written số, day and month slots read where the readers agree, and what
    was read or refused in each slot that holds pen strokes (see the module's docstring)."""
    import datetime

    import numpy as np

    words = page.words
    number = number_slot(words, page.height)
    slots = [s for s in [number, *date_slots(words, page.height, number)] if s is not None]
    todo = [s for s in slots if not _printed(words, s)]
    if not todo:
        return words, []
    image = colour_page(source, page)
    year, month = _context(words, slots)
    today = today or datetime.date.today()
    reads: list[SlotRead] = []
    for s in sorted(todo, key=lambda s: s.kind != "month"):  # the month first: the day is checked against it
        margin = SLOT_PAD * s.line_height
        box = (max(0, round(s.x0 - margin)), max(0, round(s.top)), min(image.width, round(s.x1 + margin)),
               min(image.height, round(s.bottom)))
        if box[2] - box[0] < 2 or box[3] - box[1] < 2:
            continue
        others = ["".join(words[k].text for k in s.words)] if s.words else []
        pad = (round(s.x0) - box[0], box[2] - round(s.x1))
        r = read_slot(np.asarray(image.crop(box)), s, [o for o in others if o.isdigit()], pad)
        if r.text is not None and not fits(s.kind, r.text, year, month, today):
            r = replace(r, text=None, conf=0.0, why=f"{r.why}; {r.text!r} does not fit the printed date or number")
        if r.text is not None and s.kind == "month":
            month = int(r.text)
        reads.append(replace(r, why=f"{r.why}; {why}") if (why := _unsettled_why(words, r)) else r)
    return _replace(words, reads), reads


def _unsettled_why(words: list[Word], r: SlotRead) -> str:
    """Why a refused slot with pen digits in it must not keep what the page's OCR made of them (''
    when it may): the page read fewer digits than a reader of the strokes alone saw ('5' where tesseract
    reads 58 or the classifier finds two digits: the page lost one) or more than the pen's pieces (it
    made two of one), or the pen ran into the number's code ('212-KH/TĐTN-PT': the page's digits stand
    in the code's word). Both counts are taken because each can be short: a digit the classifier takes
    for no digit, a digit tesseract drops."""
    pieces, seen = r.pen_digits
    if r.text is not None or not pieces or r.slot.kind == "month":
        return ""
    page = "".join(words[k].text for k in r.slot.words)
    digits = sum(ch.isdigit() for ch in page)
    if digits and not seen <= digits <= pieces:
        return f"the page read {digits} digit(s) where the pen wrote {pieces} piece(s), read as up to {seen} digit(s)"
    if _ran_into_code(r.slot):
        return "the pen ran into the number's code"
    return ""


def _replace(words: list[Word], reads: list[SlotRead]) -> list[Word]:
    """The words with each read slot's OCR words replaced by one word holding the digits read; a pen month
    the readers could not agree on becomes UNREAD (tesseract's own guess there is no month either), and so
    does a day or a số whose page reading tesseract doubts when it reads the strokes alone ('22' for 20,
    '1' for 41) or _unsettled_why() refused ('5' for the pen's two digits, a code word holding the pen's
    digits); the printed parts of the words the pen was glued to stand again."""
    done = [r for r in reads if r.text is not None]
    unread = [r for r in reads if r.text is None and _unread(r)]
    glued = {k: parts for r in [*done, *unread] for k, parts in r.slot.glued}
    gone = {k for r in [*done, *unread] for k in r.slot.words} | set(glued)
    out = [w for k, w in enumerate(words) if k not in gone]
    for k, parts in glued.items():
        w = words[k]
        out += [Word(text, x0, x1, w.top, w.bottom, w.conf) for text, x0, x1 in parts]
    for r in [*done, *unread]:
        if r.text is None and r.slot.words:
            out.append(replace(words[r.slot.words[0]], text=UNREAD, conf=0.0))
            continue
        s = r.slot
        h = s.line_height
        top = s.top + SLOT_ABOVE * h  # the printed line's own band, so the word joins its line
        out.append(Word(r.text or UNREAD, s.x0 + 1, s.x1 - 1, top, top + h, r.conf))
    return out


_UNSETTLED = ("the page read", "the pen ran into", PAST_EDGE)  # _unsettled_why's reasons, and read_slot's


def _unread(r: SlotRead) -> bool:
    """A refused slot whose page reading must go (UNREAD): a pen month the readers could not settle, a
    page reading the strokes alone doubt, or one _unsettled_why() refused (a count of digits other than
    the pen's, the pen in the code's word), or a pen digit past the slot's edge (the page's reading of
    the slot lost it too: '212' for 2150). A slot where OCR read nothing and the pen ran into no printed
    word stays as it is (no digits to take back)."""
    if r.why == NO_PEN:
        return False
    if r.slot.kind == "month":
        return bool(r.slot.words)
    return r.doubted or any(reason in r.why for reason in _UNSETTLED)


HANDWRITING_SCORE = 90.0  # a Repair's score for a slot read from the pen (under 100: confidence.REPAIR_FUZZY)
_MARKS = {"number": r"Số:[^\S\n]*(?P<v>{v})(?=[^\S\n]*/)", "day": r"ngày[^\S\n]+(?P<v>{v})(?=[^\S\n]+tháng)",
          "month": r"tháng[^\S\n]+(?P<v>{v})(?=[^\S\n]+n?ăm)"}


def apply(source, page) -> tuple[list[Word], list[SlotRead], list[str]]:
    """read_page() for an ingest step: the words, the reads and a note; a failure (a damaged image, no
    tesseract) leaves the page's words as they were, with a note: a reader of pen digits never fails a file."""
    try:
        words, reads = read_page(source, page)
    except Exception as e:  # noqa: BLE001 - an optional reader; the OCR'd words stand
        return page.words, [], [f"page {source.index + 1}: handwritten slots not read ({type(e).__name__}: {e})"[:300]]
    return words, reads, notes(reads, source.index + 1)


def notes(reads: list[SlotRead], page: int) -> list[str]:
    out = []
    for r in reads:
        what = {"number": "number's sequence", "day": "day", "month": "month"}[r.slot.kind]
        if r.text is not None:
            out.append(f"page {page}: handwritten {what} read as {r.text!r} ({r.why}): review it")
        elif r.why != NO_PEN:  # an empty slot (a clean print OCR was unsure of) is worth no note
            out.append(f"page {page}: handwritten {what} not read ({r.why})")
    return out


def mark(text: str, reads: list[SlotRead]) -> list[Repair]:
    """A Repair (kind 'handwriting') over each read slot's digits in the page text, so that the field read
    from them carries a lower confidence (confidence.py) and an archivist reviews it."""
    out = []
    for r in reads:
        if r.text is None:
            continue
        m = re.search(_MARKS[r.slot.kind].format(v=re.escape(r.text)), text)
        if m is not None:
            out.append(Repair(m.start("v"), m.end("v"), "", r.text, "handwriting", HANDWRITING_SCORE))
    return out
