"""A signer's title lines read again across the signature column, where a seal or a signature spoiled them.

Read as part of the page, a title line under a red seal or crossed by a signature comes out as scraps
(`K.R”U JAR.EE` for `PHÓ CHỦ TỊCH`, `HC Ế PB CHỤ TỊCH`) or loses words (`CHỦ` for `CHỦ TỊCH`): tesseract
cut the line short where the seal's ring began. Read alone as one line (--psm 7) from a crop as wide as
the signature column, the same line reads whole. The column is found from the signer's name (a
name-shaped line on the right-hand side, namelines.name_groups): the title lines are centred over it,
within TITLE_REACH name heights above it.

A second read replaces a line only when its letter words, stray marks aside, spell a title of the
tables (positions.tsv, 'PHÓ ' + a position, deputy_titles.tsv), optionally after an authority prefix
(authorities.tsv), on a folded key (marks and case aside): never a free reading. The words taken get at
most REREAD_CAP as their confidence, so the signer read from them is reviewed unless the rest of the
block was read surely; the repair stage then puts a mark OCR got wrong right (`CHỦ TICH`), with its
own warning. A line the page read as a title already, and the name lines, are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vanban.tables import rows

from .layout import Line, Word, drop_flat_scraps, group_lines
from .namelines import _right_group, name_groups
from .repair import fold_key

TITLE_REACH = 14.0  # name heights above the name where the title lines are looked for (a seal sits between)
COLUMN_HALF = 0.2  # of the page width, each side of the name's centre: the signature column read again
MARGINS = (0.4, 0.8)  # of the line's height, above and below its crop: a second crop when the first fails
SURE_WORD = 90.0  # a line whose words were all read this surely is left as read
REREAD_CAP = 80.0  # a word taken from a second read scores at most this (it came from a tolerant match)
MIN_PART = 3  # letters of a surely read line that make it a title cut short ('CHỦ')
MIN_HEIGHT = 0.5  # of the name's height: a flatter line is a stroke's or a ring's scrap, not a title
OVERLAP = 0.4  # of a word's height inside the title's place: the word was part of the title line
SLOT = 1.8  # authority-line heights under it where the title line stands
NARROW = 1.0  # authority-line heights beside it: the narrow crop under it
CEILING = 0.1  # of that height under it: the crops of the slot start here, clear of its letters
GAP = 0.3  # of that height, between the authority line and the title line under it (an empty slot)
MAX_LINES = 6  # lines read again per signature block at most
MAX_BLOCKS = 2  # signature blocks (name lines) per page looked at
_STRAY = re.compile(r"^[\W_]+|[\W_]+(?<!\w\.)$")  # marks a seal or a stroke glued to a word ('-_PHÓ', 'TỊCH,-'); 'KT.' keeps its dot


@lru_cache(maxsize=1)
def _titles() -> dict[str, str]:
    """Folded key -> title as printed, for every title a signer's title line may hold, with and without
    an authority prefix ('KTPHOCHUTICH' -> 'KT. PHÓ CHỦ TỊCH')."""
    positions = [r[0] for r in rows("positions.tsv") if r[0]]
    titles = {*positions, *(f"PHÓ {p}" for p in positions), *(r[0] for r in rows("deputy_titles.tsv", 2))}
    prefixes = [("", "")] + [(fold_key(r[0]), r[1] + " ") for r in rows("authorities.tsv")]
    out: dict[str, str] = {}
    for key, printed in prefixes:  # 'KT.' before 'K/T': the first prefix of a key is the state style
        for t in titles:
            out.setdefault(key + fold_key(t), printed + t)
    return out


@lru_cache(maxsize=1)
def _title_keys() -> frozenset[str]:
    return frozenset(_titles())


def title_words(read: list[Word]) -> list[Word] | None:
    """The words of a line's second read that spell a title (stray marks stripped, mark-only words
    dropped), or None when the read is anything else. Its words' scores do not decide (tesseract
    scores a right 'TICH' beside a seal 0): the closed list of titles does, and the scores, capped,
    carry the doubt to the signer's confidence. A read spaced otherwise than the title ('PHÓCHỦTỊCH',
    'P H Ó C H Ủ') or with other marks is given the title's words, spread over the read's width."""
    kept = []
    for w in read:
        text = _STRAY.sub("", w.text)
        if not any(c.isupper() or c.islower() for c in text):  # marks, or a modifier letter alone ('ˆ')
            continue
        if not text.isupper():
            return None
        kept.append(Word(text, w.x0, w.x1, w.top, w.bottom, min(w.conf or 0.0, REREAD_CAP)))
    title = _titles().get(fold_key(" ".join(w.text for w in kept))) if kept else None
    if title is None:
        return None
    if [w.text for w in kept] == title.split():
        return kept
    return spread(title.split(), kept)


def spread(texts: list[str], read: list[Word]) -> list[Word]:
    """The title's words over the read's extent, each as wide as its letters, at the read's lowest score."""
    x0, x1 = read[0].x0, read[-1].x1
    unit = (x1 - x0) / sum(len(t) + 1 for t in texts)
    conf = min(w.conf or 0.0 for w in read)
    out, x = [], x0
    for t in texts:
        out.append(Word(t, x, x + unit * len(t), read[0].top, read[0].bottom, conf))
        x += unit * (len(t) + 1)
    return out


def is_title(line: Line) -> bool:
    return fold_key(" ".join(w.text for w in line.words)) in _title_keys()


def _column_lines(words: list[Word], name: list[Word], width: float) -> tuple[list[Line], float, float]:
    """The page's lines above the name inside its column, and the column's x range."""
    height = max(w.bottom for w in name) - min(w.top for w in name)
    x0, x1 = column_span((name[0].x0 + name[-1].x1) / 2, width)
    top = min(w.top for w in name)
    inside = [w for w in words if top - TITLE_REACH * height <= w.top and w.bottom <= top
              and x0 <= (w.x0 + w.x1) / 2 <= x1]
    return group_lines(inside), x0, x1


def _part_of_title(line: Line) -> bool:
    """A line read surely but cut short: its letters are part of a title ('CHỦ' of 'CHỦ TỊCH')."""
    key = fold_key(" ".join(w.text for w in line.words))
    return len(key) >= MIN_PART and any(key in t for t in _title_keys())


def _marked(lines: list[Line]) -> list[tuple[Line, list[Word]]]:
    """The lines the page read as a title but for marks a seal or a stroke glued to it, or put beside it
    (`: '_.PHÓ CHỦ TỊCH`: is_title() folds them away, the signer's title does not), with the title's
    words: no second read needed."""
    out = []
    for line in lines:
        letters = [(w, t) for w, t in ((w, _STRAY.sub("", w.text)) for w in line.words) if any(c.isalpha() for c in t)]
        stripped = [t for _w, t in letters]
        title = title_words(line.words) if is_title(line) and stripped != [w.text for w in line.words] else None
        if title is not None and [w.text for w in title] == stripped:  # marks alone: a letter OCR got wrong
            # ('PHO GIAM ĐOC') is the repair stage's, with its own warning; a word read as it stands keeps its score
            out.append((line, [w if w.text == t.text else t for (w, _s), t in zip(letters, title, strict=True)]))
    return out


def _to_read(lines: list[Line], name_height: float) -> list[Line]:
    """The lines worth a second read: as tall as print, not a title already; read unsurely somewhere,
    or cut short."""
    out = [ln for ln in lines if ln.bottom - ln.top >= MIN_HEIGHT * name_height and not is_title(ln)
           and (any((w.conf or 0) < SURE_WORD for w in ln.words) or _part_of_title(ln))]
    return out[-MAX_LINES:]


def read_box(image, dpi: float, box: tuple[int, int, int, int], psm: int = 7) -> list[Word]:
    """The words tesseract reads in one crop of the page (psm 7: one line), in page coordinates."""
    from .ocr import _tesseract_tsv, _tsv_words

    return _tsv_words(_tesseract_tsv(image.crop(box), dpi, psm=psm), box[0], box[1])


def column_span(centre: float, width: float) -> tuple[float, float]:
    """The signature column's x range around a line's centre."""
    return max(0.0, centre - COLUMN_HALF * width), min(width, centre + COLUMN_HALF * width)


def narrow_span(x0: float, x1: float, height: float, width: float) -> tuple[float, float]:
    """Words x0..x1 widened by NARROW line heights: a title is centred under its line and seldom wider, and
    a crop that narrow leaves a seal's ring beside it out ('NCHỦTỊCH')."""
    return max(0.0, x0 - NARROW * height), min(width, x1 + NARROW * height)


def title_spans(x0: float, x1: float, height: float, width: float) -> list[tuple[float, float]]:
    """The x spans a title line under the words x0..x1 is read across: the signature column, then narrow."""
    return [column_span((x0 + x1) / 2, width), narrow_span(x0, x1, height, width)]


def crop_boxes(image, top: float, bottom: float, spans: list[tuple[float, float]], height: float,
               ceiling: float = 0.0) -> list[tuple[int, int, int, int]]:
    """Crops of a line between top and bottom across each x span, with each margin (MARGINS of `height`),
    their tops no higher than `ceiling` (the line above is kept out): the crops a line is read alone from."""
    out: list[tuple[int, int, int, int]] = []
    for x0, x1 in spans:
        for share in MARGINS:
            margin = share * height
            box = (max(0, round(x0)), max(0, round(ceiling), round(top - margin)), min(image.width, round(x1)),
                   min(image.height, round(bottom + margin)))
            if box not in out and box[2] > box[0] and box[3] > box[1]:
                out.append(box)
    return out


def _second_read(image, dpi: float, line: Line, spans: list[tuple[float, float]], ceiling: float = 0.0
                 ) -> tuple[list[Word], tuple[int, int, int, int]] | None:
    """The line read alone across each x span (the column; a narrower one) with each margin, the crop's
    top no higher than `ceiling`, until a read spells a title: its title words and the crop's box, or None."""
    for box in crop_boxes(image, line.top, line.bottom, spans, line.bottom - line.top, ceiling):
        title = title_words(read_box(image, dpi, box))
        if title is not None:
            return title, box
    return None


def _middle(w: Word) -> float:
    return (w.top + w.bottom) / 2


def _replace(words: list[Word], line: Line, title: list[Word], box: tuple[int, int, int, int]
             ) -> tuple[list[Word], list[Word]]:
    """The page's words the title stands for, and the title's words in their place. The page may have
    read the printed line as two ('HC' over 'PB CHỤ TỊCH'): its words in the column whose middle lies
    in the crop go, and the title takes their median top and bottom (tesseract's boxes of a one-line
    read span the crop); a word reaching OVERLAP of its height into that place goes too."""
    band = [w for w in words if box[1] <= _middle(w) <= box[3] and box[0] <= (w.x0 + w.x1) / 2 <= box[2]]
    letters = [w for w in band if any(c.isalpha() for c in w.text)] or line.words
    top = sorted(w.top for w in letters)[len(letters) // 2]
    bottom = sorted(w.bottom for w in letters)[len(letters) // 2]
    gone = {id(w) for w in band} | {id(w) for w in line.words}
    for w in words:
        inside = min(w.bottom, bottom) - max(w.top, top)
        if box[0] <= (w.x0 + w.x1) / 2 <= box[2] and w.height > 0 and inside >= OVERLAP * w.height:
            gone.add(id(w))
    return [w for w in words if id(w) in gone], [Word(w.text, w.x0, w.x1, top, bottom, w.conf) for w in title]


@lru_cache(maxsize=1)
def _prefix() -> re.Pattern[str]:
    """An authority prefix of authorities.tsv opening a line ('TM.', 'KT.', 'T/M')."""
    return re.compile("^(?:" + "|".join(re.escape(r[0]) for r in rows("authorities.tsv")) + ")")


def authority_groups(words: list[Word], width: float) -> list[list[Word]]:
    """The right-hand word groups of the page that open with an authority prefix, in capitals."""
    out = []
    for line in group_lines(words):
        group = _right_group(line, width)
        text = " ".join(w.text for w in group)
        if group and _prefix().match(text) and text.isupper() and all((w.conf or 0) >= SURE_WORD for w in group[:1]):
            out.append(group)
    return out[-MAX_BLOCKS:]


@dataclass(frozen=True)
class Under:
    """The slot under a line of the signature column: the line's height (its words' median), its bottom,
    and the x spans a line in the slot is read across (title_spans: the column, then narrow)."""

    height: float
    base: float
    spans: list[tuple[float, float]]


def slot_under(words: list[Word], line: list[Word], width: float, depth: float) -> Under | None:
    """The slot `depth` line heights deep under a line's words across the signature column; None when the page
    read a line there surely (a title, or every word sure: the authority's second line), which stays as read."""
    height = sorted(w.height for w in line)[len(line) // 2]
    spans = title_spans(line[0].x0, line[-1].x1, height, width)
    x0, x1 = spans[0]
    base = max(w.bottom for w in line)
    inside = [w for w in words if base < _middle(w) <= base + depth * height and x0 <= (w.x0 + w.x1) / 2 <= x1]
    if any(is_title(ln) or all((w.conf or 0) >= SURE_WORD for w in ln.words) for ln in group_lines(inside)):
        return None
    return Under(height, base, spans)


def _slot_below(words: list[Word], group: list[Word], width: float
                ) -> tuple[Line, list[tuple[float, float]], float] | None:
    """The place of the title line under an authority line (a line of no words: the crop decides what is
    read and replaced), the x spans to read it across and the top of its crops; None when the page read
    a line there surely."""
    under = slot_under(words, group, width, SLOT)
    if under is None:
        return None
    x0, x1 = under.spans[0]
    top, height = under.base, under.height
    place = Word("", x0, x1, top + GAP * height, top + (GAP + 1) * height, 0.0)
    return Line([place]), under.spans, top + CEILING * height


def swapped(words: list[Word], gone: set[int], added: list[Word], notes: list[str]) -> tuple[list[Word], list[str]]:
    """The page's words less those gone (by id), with those added, and the notes; as they were when none was added."""
    if not added:
        return words, []
    return [w for w in words if id(w) not in gone] + added, notes


def _taken(line: Line, added: list[Word]) -> bool:
    return any(w.top < line.bottom and line.top < w.bottom for w in added)


def reread_titles(image, dpi: float, words: list[Word]) -> tuple[list[Word], list[str]]:
    """The page's words with each spoiled title line of its signature blocks replaced by its second read
    across the column, where that read spells a title; a note per line replaced. The lines are those
    above a name line and the one under an authority line."""
    width = float(image.width)
    dropped: set[int] = set()
    added: list[Word] = []
    notes: list[str] = []
    todo: list[tuple[Line, list[tuple[float, float]], float]] = []
    clean = drop_flat_scraps(words)
    for name in name_groups(clean, width)[-MAX_BLOCKS:]:
        lines, x0, x1 = _column_lines(words, name, width)
        todo += [(line, [(x0, x1)], 0.0) for line in _to_read(lines, sorted(w.height for w in name)[len(name) // 2])]
        for line, title in _marked(lines):
            dropped.update(id(w) for w in line.words)
            added.extend(title)
            notes.append(f"title line {' '.join(w.text for w in line.words)!r} read without the marks glued to it: "
                         f"{' '.join(w.text for w in title)!r}")
    todo += [slot for g in authority_groups(clean, width) if (slot := _slot_below(words, g, width)) is not None]
    for line, spans, ceiling in todo:
        if _taken(line, added):
            continue
        found = _second_read(image, dpi, line, spans, ceiling)
        if found is None:
            continue
        gone, title = _replace(words, line, *found)
        dropped.update(id(w) for w in gone)
        added.extend(title)
        notes.append(f"title line {' '.join(w.text for w in gone)!r} read again across the signature column: "
                     f"{' '.join(w.text for w in title)!r}")
    return swapped(words, dropped, added, notes)
