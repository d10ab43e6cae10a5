"""Text drawn by PDF annotations: e-signature widgets that fill the blanks of the page text.

E-signed PDFs (VNPT, VGCA, iText signers) leave `Số:   /QĐ-UBND` and `ngày  tháng 02`
blank in the page content and draw the number and the day as the appearance stream
(/AP /N, a form XObject) of a signature widget laid over the blank. pdfplumber and
pdfium read the page content only, so the number and the day are lost.

Here each annotation's normal appearance is interpreted with pdfminer at its place
on the page (PDF 32000 12.5.5: the form's BBox, transformed by its Matrix, is fitted
to the annotation's Rect), its characters are grouped into words, and only words
that land in a blank of a printed text line are kept: the visible e-signature stamps
("Ký bởi ..., Thời gian ký ...") float beside the text, belong to no line and are not
document text.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterator

from .layout import Word

# Annotation subtypes that never carry document text in their appearance
SKIP_SUBTYPES = frozenset({"Link", "Popup"})
HIDDEN_FLAG = 2  # annotation flag bit 2: Hidden
WORD_GAP = 0.3  # a gap wider than this share of the font size separates two words
MAX_COVER = 0.5  # a word covering more than this share of a printed word (or of itself) hides printed text
LINE_SLACK = 0.35  # a word belongs to a text line when its centre lies within the line +- this share of its height

Matrix = tuple[float, float, float, float, float, float]


def _chars(obj) -> Iterator:
    from pdfminer.layout import LTChar, LTContainer

    if isinstance(obj, LTChar):
        yield obj
    elif isinstance(obj, LTContainer):
        for child in obj:
            yield from _chars(child)


def fit_matrix(bbox: list[float], matrix: Matrix, rect: list[float]) -> Matrix:
    """Form space -> page space: the BBox transformed by Matrix, scaled and moved onto Rect."""
    from pdfminer.utils import apply_matrix_pt, mult_matrix

    pts = [apply_matrix_pt(matrix, (x, y)) for x in (bbox[0], bbox[2]) for y in (bbox[1], bbox[3])]
    x0, y0 = min(p[0] for p in pts), min(p[1] for p in pts)
    x1, y1 = max(p[0] for p in pts), max(p[1] for p in pts)
    rx0, ry0, rx1, ry1 = min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3])
    sx = (rx1 - rx0) / (x1 - x0) if x1 > x0 else 1.0
    sy = (ry1 - ry0) / (y1 - y0) if y1 > y0 else 1.0
    return mult_matrix(matrix, (sx, 0.0, 0.0, sy, rx0 - x0 * sx, ry0 - y0 * sy))


def _appearance(data: dict):
    """(form stream, page matrix) of a visible annotation's normal appearance, or None."""
    from pdfminer.pdftypes import PDFStream, resolve1

    subtype = getattr(resolve1(data.get("Subtype")), "name", None)
    flags = resolve1(data.get("F")) or 0
    if subtype in SKIP_SUBTYPES or (isinstance(flags, int) and flags & HIDDEN_FLAG):
        return None
    ap = resolve1(data.get("AP"))
    normal = resolve1(ap.get("N")) if isinstance(ap, dict) else None
    rect = resolve1(data.get("Rect"))
    if not isinstance(normal, PDFStream) or not rect or "BBox" not in normal.attrs:
        return None
    bbox = [float(resolve1(x)) for x in resolve1(normal.attrs["BBox"])]
    matrix = tuple(float(resolve1(x)) for x in resolve1(normal.attrs.get("Matrix", [1, 0, 0, 1, 0, 0])))
    return normal, fit_matrix(bbox, matrix, [float(resolve1(x)) for x in rect])  # type: ignore[arg-type]


def _group(chars: list, page_top: float) -> list[Word]:
    """Characters of one appearance -> words (split at spaces, wide gaps and new baselines)."""
    words: list[Word] = []
    cur: list = []

    def flush() -> None:
        text = unicodedata.normalize("NFC", "".join(c.get_text() for c in cur)).strip()
        if text:
            words.append(Word(text, min(c.x0 for c in cur), max(c.x1 for c in cur),
                              page_top - max(c.y1 for c in cur), page_top - min(c.y0 for c in cur)))
        cur.clear()

    for c in sorted(chars, key=lambda c: (-round(c.y0), c.x0)):
        if cur:
            prev = cur[-1]
            new_line = abs(c.y0 - prev.y0) > 0.5 * max(c.size, 1.0)
            if new_line or c.x0 - prev.x1 > WORD_GAP * max(c.size, 1.0):
                flush()
        if c.get_text().isspace():
            flush()
            continue
        cur.append(c)
    flush()
    return words


def appearance_words(page) -> list[Word]:
    """Words drawn by the annotations' appearance streams of a pdfplumber page (page coordinates, top-down)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdftypes import resolve1

    annots = page.annots
    if not annots:
        return []
    page_top = float(page.page_obj.mediabox[3])
    manager = PDFResourceManager()
    words: list[Word] = []
    for annot in annots:
        found = _appearance(annot.get("data") or {})
        if found is None:
            continue
        stream, ctm = found
        device = PDFPageAggregator(manager, laparams=None)
        interpreter = PDFPageInterpreter(manager, device)
        device.begin_page(page.page_obj, (1, 0, 0, 1, 0, 0))
        # pdfminer logs (and skips) unsupported operators; a broken appearance must not stop the page
        logging.getLogger("pdfminer").setLevel(logging.ERROR)
        try:
            interpreter.render_contents(resolve1(stream.attrs.get("Resources")) or {}, [stream], ctm=ctm)
        except Exception:  # noqa: BLE001 - a damaged appearance stream is skipped, the page text stays
            continue
        device.end_page(page.page_obj)
        words += _group(list(_chars(device.get_result())), page_top)
    return words


def _line_of(word: Word, lines: list[tuple[float, float, list[Word]]]) -> list[Word] | None:
    centre = (word.top + word.bottom) / 2
    for top, bottom, members in lines:
        slack = LINE_SLACK * (bottom - top)
        if top - slack <= centre <= bottom + slack:
            return members
    return None


def _covers(a: Word, b: Word) -> bool:
    """Do the two words overlap by more than MAX_COVER of the narrower one? (Appearance
    boxes are drawn loosely over a blank and often touch the printed words beside it.)"""
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    return overlap > MAX_COVER * max(min(a.x1 - a.x0, b.x1 - b.x0), 0.1)


def fill_blanks(page_words: list[Word], extra: list[Word]) -> tuple[list[Word], int]:
    """Page words plus the annotation words that sit in a blank of a printed line.

    -> (merged words, how many annotation words were left out because they belong to no
    printed line or cover printed text).
    """
    from .layout import group_lines

    lines = [(line.top, line.bottom, line.words) for line in group_lines(page_words)]
    kept: list[Word] = []
    for w in extra:
        members = _line_of(w, lines)
        if members is None or any(_covers(w, m) for m in members):
            continue
        kept.append(w)
    return page_words + kept, len(extra) - len(kept)
