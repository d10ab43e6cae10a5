"""A deputy's two title lines when a seal left only their head title readable (issue 9: scans).

A deputy signs under two title lines, `KT. <head>` over his own title (`PHÓ <head>`, deputy_titles.tsv),
and the seal is pressed over their left ends: `KT.` and `PHÓ` are what it eats. On a scan what the page
keeps of them is the head title twice after scraps (`4T. CHỦ TỊCH` over `PHQCHU TỊCH`), or one line of
them, or nothing at all, when tesseract took the block with the seal for a picture. The pair
is recognised from its structure and nothing else: a signature block never prints its head title on
two lines except as `KT. <head>` over the deputy's title, so two consecutive lines of the signature
column that each end in the same head title, read surely, after a scrap of a few letters (or as
`KT. <head>` / the deputy's title whole) are that pair. The lines are found

- under a line of the page's right column that ends in a head title after a scrap (or reads 'KT. <head>'):
  the slot under it is read alone (--psm 7) across the column and narrower;
- above a signer's name with no line read in its column (the page's layout dropped the block): the
  column is read sparsely (--psm 11) for where lines stand, and each line is read alone.

A deputy's title stamped in colour with the seal (a red `PHÓ HIỆU TRƯỞNG`) is gone from the page
tesseract reads, faded with the seal. When the slot under a head line holds nothing that page's read
makes the pair of, and the page in colour is at hand, the slot's coloured ink is read (ingest/inklayer.py:
one hue, the seal's columns whitened): besides the readings above, the head title read whole with the
seal's columns ending just left of it ('sealed': the seal ate its 'PHÓ') is the deputy's line.

Both lines' words are the pair's titles, scored TWIN_CAP at most: an inference from structure, never
sure enough to go unreviewed. Anything else (one line alone, two different heads, a long scrap) is
left as read. One more tesseract call (and the page rendered in colour once) per such slot only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from vanban.tables import rows

from .inklayer import InkLine, ink_line
from .layout import Line, Word, drop_flat_scraps, group_lines
from .namelines import _right_group, name_groups
from .repair import fold_key
from .sigtitles import (
    SURE_WORD,
    TITLE_REACH,
    column_span,
    crop_boxes,
    narrow_span,
    read_box,
    slot_under,
    spread,
    swapped,
    title_words,
)

MAX_SCRAP = 4  # letters (folded) a seal leaves of 'KT.' or 'PHÓ' before the head title ('4T', 'PHQ', 'NHA')
HEAD_WORDS = 2  # words of a head title the pair is recognised by ('TRƯỞNG', 'CHÁNH' alone are too common)
HEAD_SURE = 80.0  # the head title's words (but one a scrap is glued to) must be read this surely
TWIN_CAP = 50.0  # the pair's words score at most this: the signer it names is reviewed (under 0.8)
SLOT_TOP = 0.1  # of the upper line's height under it: where the crops of the slot under it start
SLOT_BOTTOM = 2.0  # ... and end (the slot holds one line)
SLOT_GAP = 0.3  # of that height, between the upper line and the line in the slot: where its words are put
BODY_WORDS = 3  # words read surely that make a line above the signature column the body's print
SPARSE_SURE = 85.0  # a word of the sparse read this sure marks a line to read
MAX_LINES = 4  # lines of a column read again, at most
INK_TOP = 0.5  # of the head line's height under its top: where the slot's coloured ink is looked for from
SEAL_NEAR = 1.0  # line heights between a seal's columns and the head title right of them: the seal ate its start

Colour = Callable[[], object]  # the page in colour (a PIL image), made when first asked for

_STRAY = re.compile(r"^[\W_]+|[\W_]+$")  # marks a seal or a stroke glued to a word's ends


@dataclass(frozen=True)
class Reading:
    """A line read alone: its kind ('kt' = KT. <head>, 'deputy', 'scrap' = scrap + head), its head
    title, its words and its place on the page (x0, top, x1, bottom: the read's extent, the line's rows)."""

    kind: str
    head: str
    words: list[Word]
    box: tuple[int, int, int, int]


@lru_cache(maxsize=1)
def _heads() -> list[tuple[str, str]]:
    """(folded key, title as printed) of every head title, longest first: 'HIỆU TRƯỞNG' before 'TRƯỞNG'."""
    titles = {r[0] for r in rows("positions.tsv") if r[0]}
    return sorted(((fold_key(t), t) for t in titles if len(t.split()) >= HEAD_WORDS), key=lambda kt: -len(kt[0]))


@lru_cache(maxsize=1)
def _deputies() -> dict[str, str]:
    """Head title -> the deputy's title: the table's pair ('BỘ TRƯỞNG' -> 'THỨ TRƯỞNG'), else 'PHÓ <head>'."""
    table = {r[1]: r[0] for r in rows("deputy_titles.tsv", 2)}
    return {t: table.get(t, f"PHÓ {t}") for _k, t in _heads()}


def _letters(read: list[Word]) -> list[Word]:
    out = []
    for w in read:
        text = _STRAY.sub("", w.text)
        if any(c.isalnum() for c in text):
            out.append(Word(text, w.x0, w.x1, w.top, w.bottom, w.conf))
    return out


def head_after_scrap(read: list[Word]) -> str | None:
    """The head title a read ends in after a scrap of 1..MAX_SCRAP letters, glued to the head's first word
    ('PHQCHU TỊCH') or the word before it ('4T. CHỦ TỊCH'), and nothing before the scrap ('TM. BAN GIÁM
    ĐỐC' is no scrap); the head's words in capitals read surely (HEAD_SURE), but one the scrap is glued
    to. None otherwise."""
    words = _letters(read)
    if not words or not words[-1].text.isupper() or (words[-1].conf or 0) < HEAD_SURE:
        return None
    keys = [fold_key(w.text) for w in words]
    key = "".join(keys)
    for head_key, head in _heads():
        if not key.endswith(head_key):
            continue
        rest = len(key) - len(head_key)  # letters before the head
        k, start = 0, 0
        while start + len(keys[k]) <= rest:
            start += len(keys[k])
            k += 1
        glued = rest - start  # letters of word k before the head
        scrap = glued if glued else (len(keys[k - 1]) if k else 0)
        before = k if glued else k - 1  # words before the scrap's
        whole = words[k + 1:] if glued else words[k:]  # the head's words read apart from the scrap
        sure = all((w.conf or 0) >= HEAD_SURE for w in whole)
        return head if 0 < scrap <= MAX_SCRAP and sure and before <= 0 else None
    return None


def classify(read: list[Word], box: tuple[int, int, int, int]) -> Reading | None:
    """What a line read alone is to the pair: 'KT. <head>', the deputy's title, or a head after a scrap."""
    title = title_words(read)
    if title is not None:
        text = " ".join(w.text for w in title)
        for head, deputy in _deputies().items():
            if text == f"KT. {head}":
                return Reading("kt", head, title, box)
            if text == deputy:
                return Reading("deputy", head, title, box)
        return None
    after = head_after_scrap(read)
    return Reading("scrap", after, read, box) if after is not None else None


def twins(upper: Reading, lower: Reading, damaged: bool = True) -> bool:
    """Are two consecutive lines KT. <head> over the deputy's title (`damaged`: at least one of them after
    a scrap; otherwise both may be whole, as read alone where the page read nothing)?"""
    return upper.head == lower.head and upper.kind in ("kt", "scrap") and lower.kind in ("deputy", "scrap", "sealed") \
        and (not damaged or bool({"scrap", "sealed"} & {upper.kind, lower.kind}))


def _read_slot(image, dpi: float, boxes: list[tuple[int, int, int, int]], rows: tuple[float, float],
               fits: Callable[[Reading], bool]) -> Reading | None:
    """The first read of the page's crops that fits, placed in `rows` (a one-line read's word boxes span
    its crop)."""
    for box in boxes:
        read = read_box(image, dpi, box)
        found = classify(read, _place(read, rows)) if read else None
        if found is not None and fits(found):
            return found
    return None


def _hinted(layer, dpi: float, box: tuple[int, int, int, int]) -> list[Line]:
    """Where lines stand in a box: the lines of a sparse read's sure capitals (--psm 11)."""
    hints = [w for w in read_box(layer, dpi, box, psm=11) if (w.conf or 0) >= SPARSE_SURE and w.text.isupper()]
    return group_lines(hints)[-MAX_LINES:]


def _place(read: list[Word], rows: tuple[float, float]) -> tuple[int, int, int, int]:
    """The line's rows across the read's words only: what the pair replaces on the page (the crop may reach
    into the Nơi nhận column, whose words stay)."""
    return (round(read[0].x0), round(rows[0]), round(max(w.x1 for w in read)), round(rows[1]))


def _lower_of(image, dpi: float, words: list[Word], upper: Reading, colour: Colour | None = None) -> Reading | None:
    """The slot under a head line read alone, across the column and narrower, where it makes the pair; then,
    with the colour page at hand, the slot's coloured ink (a title stamped in red with the seal)."""
    under = slot_under(words, upper.words, float(image.width), SLOT_BOTTOM)
    if under is None:
        return None  # a title (sigtitles read it) or a line read surely there: the repair stage pairs those
    height, base = under.height, under.base
    rows = (base + SLOT_GAP * height, base + (SLOT_GAP + 1) * height)
    boxes = crop_boxes(image, base + SLOT_TOP * height, base + SLOT_BOTTOM * height, under.spans, 0.0)
    found = _read_slot(image, dpi, boxes, rows, lambda r: twins(upper, r))
    if found is not None or colour is None:
        return found
    # the upper line is print, gone from the coloured ink's layer: a stamp pressed high into its rows is read whole
    top = min(w.top for w in upper.words) + INK_TOP * height
    line = ink_line(colour(), *under.spans[0], top, base + SLOT_BOTTOM * height, height)
    if line is None:
        return None
    read = read_box(line.layer, dpi, (0, 0, line.layer.width, line.layer.height))
    read = [Word(w.text, w.x0 + line.box[0], w.x1 + line.box[0], w.top + line.box[1], w.bottom + line.box[1], w.conf)
            for w in read]
    found = _inked(read, line, _place(read, rows), height) if read else None
    return found if found is not None and twins(upper, found) else None


def _inked(read: list[Word], line: InkLine, box: tuple[int, int, int, int], height: float) -> Reading | None:
    """What a line of coloured ink read alone is to the pair: as classify() says, or 'sealed', the head
    title whole with a seal's columns (whitened) ending within SEAL_NEAR line heights left of it: the seal
    ate what stood before it ('PHÓ')."""
    found = classify(read, box)
    if found is not None:
        return found
    title = title_words(read)
    if not title:
        return None
    text = " ".join(w.text for w in title)
    near = any(0 <= title[0].x0 - x1 <= SEAL_NEAR * height for _x0, x1 in line.seals)
    return Reading("sealed", text, title, box) if near and text in _deputies() else None


def _page_heads(words: list[Word], width: float) -> list[Reading]:
    """The right column's lines that end in a head title after a scrap or read 'KT. <head>', as read."""
    out = []
    for line in group_lines(words):
        group = _right_group(line, width)
        box = (round(group[0].x0), round(min(w.top for w in group)), round(group[-1].x1),
               round(max(w.bottom for w in group))) if group else (0, 0, 0, 0)
        found = classify(group, box) if group else None
        if found is not None and found.kind in ("kt", "scrap"):
            out.append(found)
    return out


def _empty_columns(words: list[Word], width: float) -> list[tuple[list[Word], float, float, float]]:
    """Names (in title case) whose column holds no word in capitals within TITLE_REACH of their height above them (no
    title line, not even a scrap of one, was read), with the column's x range and the top of the stretch
    to read: under the last line of print read there (the body's), else TITLE_REACH heights up."""
    out = []
    for name in name_groups(words, width):
        if all(w.text.isupper() for w in name):
            continue  # a line of capitals ('ĐOÀN TNCS HỒ CHÍ MINH', Đoàn a family name): names are printed in title case
        height = sorted(w.height for w in name)[len(name) // 2]
        x0, x1 = column_span((name[0].x0 + name[-1].x1) / 2, width)
        top = min(w.top for w in name)
        above = [w for w in words if w.bottom <= top and x0 <= (w.x0 + w.x1) / 2 <= x1
                 and w.top >= top - TITLE_REACH * height]
        if any(w.text.isupper() and sum(c.isalpha() for c in w.text) >= 2 for w in above):
            continue
        prints = [ln.bottom for ln in group_lines(above) if sum((w.conf or 0) >= SURE_WORD for w in ln.words) >= BODY_WORDS]
        out.append((name, x0, x1, max(prints, default=top - TITLE_REACH * height)))
    return out


def _column_readings(image, dpi: float, name: list[Word], x0: float, x1: float, ceiling: float) -> list[Reading]:
    """The title lines of an empty column above a name: where the sparse read finds sure words, each
    line read alone across the column and narrower."""
    top = min(w.top for w in name)
    box = (round(x0), max(0, round(ceiling)), round(x1), round(top))
    if box[3] - box[1] < 1:
        return []
    centre, name_width = (name[0].x0 + name[-1].x1) / 2, name[-1].x1 - name[0].x0
    out = []
    for line in _hinted(image, dpi, box):
        height = line.bottom - line.top
        # first as wide as twice the name (a title is centred over it, and the seal beside stays out)
        width = float(image.width)
        spans = [(centre - name_width, centre + name_width), column_span((x0 + x1) / 2, width),
                 narrow_span(line.x0, line.x1, height, width)]
        found = _read_slot(image, dpi, crop_boxes(image, line.top, line.bottom, spans, height), (line.top, line.bottom),
                           lambda r: True)
        if found is not None:
            out.append(found)
    return out


def _pairs(readings: list[Reading]) -> list[tuple[Reading, Reading]]:
    return [(a, b) for a, b in zip(readings, readings[1:], strict=False) if twins(a, b, damaged=False)]


def _as_pair(upper: Reading, lower: Reading) -> tuple[list[Word], list[Word]]:
    """The two lines' words as the pair's titles, spread over each read's extent, scored as the head's last
    word at most TWIN_CAP."""
    def titled(reading: Reading, text: str) -> list[Word]:
        words = _letters(reading.words) or reading.words
        score = min(words[-1].conf or 0.0, TWIN_CAP)  # the head's last word, read surely; the scrap's score is noise
        return spread(text.split(), [Word(w.text, w.x0, w.x1, w.top, w.bottom, score) for w in words])

    return titled(upper, f"KT. {upper.head}"), titled(lower, _deputies()[upper.head])


def reread_twins(image, dpi: float, words: list[Word], colour: Colour | None = None) -> tuple[list[Word], list[str]]:
    """The page's words with each damaged deputy pair of title lines (see the module) in its titles' words;
    a note per pair. `colour` gives the page in colour, in the geometry of `image` (asked only when a
    slot under a head line holds nothing the page's own read makes the pair of)."""
    width = float(image.width)
    clean = drop_flat_scraps(words)
    pairs: list[tuple[Reading, Reading]] = []
    for upper in _page_heads(clean, width):
        lower = _lower_of(image, dpi, clean, upper, colour)
        if lower is not None:
            pairs.append((upper, lower))
    for name, x0, x1, ceiling in _empty_columns(clean, width):
        pairs += _pairs(_column_readings(image, dpi, name, x0, x1, ceiling))
    gone: set[int] = set()
    added: list[Word] = []
    notes = []
    for upper, lower in pairs:
        for reading, titled in zip((upper, lower), _as_pair(upper, lower), strict=True):
            x0, top, x1, bottom = reading.box
            gone.update(id(w) for w in words if top <= (w.top + w.bottom) / 2 <= bottom and x0 <= (w.x0 + w.x1) / 2 <= x1)
            added += [Word(w.text, w.x0, w.x1, top, bottom, w.conf) for w in titled]
        notes.append(f"title lines {' '.join(w.text for w in upper.words)!r} / {' '.join(w.text for w in lower.words)!r}"
                     f" read as a deputy's pair under a seal: 'KT. {upper.head}' / {_deputies()[upper.head]!r}")
    return swapped(words, gone, added, notes)
