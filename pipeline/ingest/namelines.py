"""A signer's name line read again on its own, for the marks OCR loses in a page's layout.

Read as part of the page, the closing block's right column shares its lines with the Nơi nhận items on
the left, and tesseract loses a mark on a given name that it reads right when the line stands alone
(`Phạm Văn Thiêu` for Thiều on a clean render). Each line of the page's right-hand side that has a
name's shape (2-5 words of letters, each capitalised, the first a family name of surnames.tsv) is cut
out and read again, all of them stacked in one picture so that a page costs one more tesseract call.
The second read replaces the first only where it differs in marks alone (the same words once marks are
dropped) and reads every word at REREAD_MIN_CONF or more: a name is never changed into another one.
"""

from __future__ import annotations

from functools import lru_cache

from vanban.tables import rows
from vanban.textutil import ascii_fold

from .layout import Line, Word, drop_flat_scraps, group_lines
from .slotread import read_sheet, stack

NAME_WORDS = (2, 5)  # words of a personal name
COLUMN_GAP = 3.0  # line heights between the left column's words and the right column's
RIGHT_SIDE = 0.4  # of the page width: a name group starts right of this
MARGIN = 0.4  # of the line height, around the crop
REREAD_MIN_CONF = 60.0  # every word of the second read must score this much
FIRST_SURE = 95.0  # a word the page read this surely keeps its marks ('Tuấn' at 97 is not 'Tuần' at 71)
CHANGED_MIN_CONF = 85.0  # a word whose marks change must be read this surely alone ('Thiều' at 88)
MAX_LINES = 6  # name-shaped lines read again per page at most


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(r[0].lower() for r in rows("surnames.tsv", 1) if r[0])


def _capitalised(word: str) -> bool:
    return word.isalpha() and word[0].isupper() and (word[1:].islower() or word[1:].isupper() or len(word) == 1)


def _right_group(line: Line, width: float) -> list[Word]:
    """The line's words right of its last wide gap (the right column), or all of them when the line
    starts in the right half."""
    height = sorted(w.height for w in line.words)[len(line.words) // 2]
    start = 0
    for k in range(1, len(line.words)):
        if line.words[k].x0 - line.words[k - 1].x1 > COLUMN_GAP * height:
            start = k
    group = line.words[start:]
    return group if group and group[0].x0 >= RIGHT_SIDE * width else []


def name_groups(words: list[Word], width: float) -> list[list[Word]]:
    """The right-hand word groups of the page shaped like a personal name."""
    out = []
    for line in group_lines(words):
        group = _right_group(line, width)
        if NAME_WORDS[0] <= len(group) <= NAME_WORDS[1] and all(_capitalised(w.text) for w in group) \
                and group[0].text.lower() in _surnames():
            out.append(group)
    return out[-MAX_LINES:]


def _crop_box(group: list[Word], image) -> tuple[int, int, int, int]:
    top, bottom = min(w.top for w in group), max(w.bottom for w in group)
    margin = MARGIN * (bottom - top)
    return (max(0, round(group[0].x0 - margin)), max(0, round(top - margin)),
            min(image.width, round(group[-1].x1 + margin)), min(image.height, round(bottom + margin)))


def _marks_only(first: list[Word], second: list[tuple[str, float]]) -> bool:
    """Does the second read differ from the first in marks alone, every word read surely, a changed word
    only where the page read was unsure of it and the read alone is sure?"""
    if len(first) != len(second) or all(w.text == t for w, (t, _c) in zip(first, second, strict=True)):
        return False
    for w, (t, c) in zip(first, second, strict=True):
        if ascii_fold(w.text).lower() != ascii_fold(t).lower() or c < REREAD_MIN_CONF:
            return False
        if w.text != t and ((w.conf or 0) >= FIRST_SURE or c < CHANGED_MIN_CONF):
            return False
    return True


def reread_names(image, dpi: float, words: list[Word]) -> tuple[list[Word], list[str]]:
    """The page's words with each name-shaped line's marks taken from its read alone, where that read
    differs in marks only; a note per line changed."""
    groups = name_groups(drop_flat_scraps(words), float(image.width))
    if not groups:
        return words, []
    sheet, rows_ = stack([image.crop(_crop_box(g, image)).convert("L") for g in groups])
    read = sorted(read_sheet(sheet, dpi, lang="vie", whitelist=""))
    changed: dict[int, Word] = {}
    notes = []
    for group, (top, bottom) in zip(groups, rows_, strict=True):
        second = [(t, c) for _x, y, t, c in read if top <= y < bottom]
        if not _marks_only(group, second):
            continue
        for w, (t, c) in zip(group, second, strict=True):
            changed[id(w)] = Word(t, w.x0, w.x1, w.top, w.bottom, c)
        notes.append(f"name line {' '.join(w.text for w in group)!r} read again alone: {' '.join(t for t, _ in second)!r}")
    return [changed.get(id(w), w) for w in words], notes
