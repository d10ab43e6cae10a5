"""PDF files: the text layer through pdfplumber, OCR for pages without a usable one.

Words come with positions, so `layout.page_text` can keep the two header
columns apart. A page goes to OCR when its text layer is (nearly) empty while
the page holds an image, or when the layer is junk (missing ToUnicode maps give
"(cid:12)", legacy TCVN3/VNI fonts give Latin-1 soup).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from vanban.errors import IngestError

from . import annots, handwriting, legacy, ocr, quality, repair
from .layout import Word, WordSpan, page_text, page_text_spans

MIN_LETTERS = 25  # fewer letters than this on a page with an image: a scan
MAX_JUNK = 0.08
# A scanned page's hidden OCR layer that lost the diacritics ("UY BAN NHAN DAN", "QUYET DINH") is
# junk too: Vietnamese prose has ~20% Vietnamese-only letters; judged on pages with at least
# LANGUAGE_LETTERS letters and an image to OCR instead.
MIN_VIETNAMESE_SHARE = 0.04
LANGUAGE_LETTERS = 150
SCAN_COVER = 0.5  # an image covering this share of the page makes it a scanned page


def _scanned(page) -> bool:
    """Is the page (mostly) one picture? A logo or a seal image does not make a scan."""
    area = float(page.width) * float(page.height) or 1.0
    return any((float(im["x1"]) - float(im["x0"])) * (float(im["bottom"]) - float(im["top"])) >= SCAN_COVER * area
               for im in page.images)


def _open(path: str):
    import pdfplumber

    try:
        pdf = pdfplumber.open(path, password="")
        pages = pdf.pages  # forces the document (and decryption) to load
    except Exception as e:  # pdfminer raises many types, pdfplumber wraps them in PdfminerException
        chain = [e, *[a for a in e.args if isinstance(a, BaseException)], e.__cause__, e.__context__]
        names = " ".join(type(x).__name__ for x in chain if x is not None)
        if "Password" in names or "Encrypt" in names or "password" in str(e).lower():
            raise IngestError("encrypted PDF (needs a password); decrypt it first, e.g. qpdf --decrypt", path) from e
        inner = next((x for x in chain[1:] if x is not None), e)
        raise IngestError(f"damaged PDF ({type(inner).__name__}: {str(inner)[:200]})", path) from e
    if not pages:
        pdf.close()
        raise IngestError("PDF has no pages", path)
    return pdf


def _text(w: dict, legacy_seen: dict[str, str] | None) -> str:
    """A word's text; the letters set in a legacy font (.VnTime, VNI-Times: TCVN3/VNI) converted to Unicode.

    A word is not split where the font changes: PDF writers put a word's accented letters in a
    subset font of their own ('V' + 'ề'), so the conversion goes run by run of one font inside it.
    """
    chars = w.get("chars") or []
    runs: list[tuple[str | None, str]] = []
    for c in chars:
        font = c.get("fontname")
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + c["text"])
        else:
            runs.append((font, c["text"]))
    if not runs:
        runs = [(w.get("fontname"), w["text"])]
    out = []
    for font, text in runs:
        found = legacy.font_encoding(font)
        if found is None:
            out.append(text)
            continue
        if legacy_seen is not None and font:
            legacy_seen.setdefault(font.split("+")[-1], found[0])
        out.append(legacy.convert(text, *found))
    return unicodedata.normalize("NFC", "".join(out))


def _words(page, legacy_seen: dict[str, str] | None = None) -> list[Word]:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5, y_tolerance=2,
                               return_chars=True)
    return _join_touching([
        Word(_text(w, legacy_seen), float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]))
        for w in words
        if w["text"].strip()
    ])


TOUCHING_GAP = 0.5  # points: glyphs this close are one word even with a space character typed between them


def _join_touching(words: list[Word]) -> list[Word]:
    """Words whose glyphs touch on one line joined: a letter-spaced title typed as 'K T . BỘ TRƯỞNG'
    carries space characters of no width between the letters, and 'K', 'T', '.' are no words."""
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if prev is not None and abs(w.top - prev.top) < 1 and -TOUCHING_GAP <= w.x0 - prev.x1 <= TOUCHING_GAP:
            out[-1] = Word(prev.text + w.text, prev.x0, w.x1, min(prev.top, w.top), max(prev.bottom, w.bottom))
        else:
            out.append(w)
    return out


def _needs_ocr(words: list[Word], page) -> str | None:
    """Why this page's text layer cannot be used, or None when it can."""
    q = quality.measure(" ".join(w.text for w in words))
    if q.chars and q.junk_share > MAX_JUNK:
        return f"text layer is junk ({q.junk}/{q.chars} implausible characters)"
    if q.letters < MIN_LETTERS and page.images:
        return "no text layer (scanned page)"
    if q.letters >= LANGUAGE_LETTERS and q.vietnamese_share < MIN_VIETNAMESE_SHARE and _scanned(page):
        return f"text layer has no Vietnamese diacritics ({q.vietnamese}/{q.letters} letters) over a page image"
    return None


def _with_appearances(page, words: list[Word], index: int, notes: list[str]) -> list[Word]:
    """Fill the page text's blanks with e-signature widget text (annots.py); a note says so."""
    try:
        extra = annots.appearance_words(page)
    except Exception as e:  # noqa: BLE001 - annotations are optional; the page text stands without them
        notes.append(f"page {index + 1}: annotation appearances unreadable ({type(e).__name__})")
        return words
    if not extra:
        return words
    merged, left_out = annots.fill_blanks(words, extra)
    placed = [w.text for w in merged[len(words):]]
    if placed:
        notes.append(f"page {index + 1}: text from signature/annotation appearances placed in the page text: {' '.join(placed)}")
    return merged


def drop_page_number(text: str, number: int) -> tuple[str, bool]:
    """Remove a first or last line that is only this page's number ("2", "- 2 -")."""
    lines = text.split("\n")
    for i in (0, len(lines) - 1):
        if lines and lines[i].strip().strip("-– ").strip() == str(number):
            del lines[i]
            return "\n".join(lines).strip("\n"), True
    return text, False


@dataclass
class PdfText:
    pages: list[str]
    notes: list[str]
    ocr_pages: list[int]  # 1-based numbers of the OCR'd pages
    confidence: float | None  # mean OCR word confidence over those pages
    repairs: dict[int, list[repair.Repair]] = field(default_factory=dict)  # page index -> layout-word repairs
    word_spans: dict[int, list[WordSpan]] = field(default_factory=dict)  # page index -> OCR'd words


def read_pdf(path: str, max_pages: int | None = None) -> PdfText:
    """The pages' text (text layer, or OCR for pages without a usable one). Over `max_pages`: IngestError."""
    notes: list[str] = []
    pdf = _open(path)
    try:
        n = len(pdf.pages)
        if max_pages is not None and n > max_pages:  # before any per-character work
            raise IngestError(f"PDF has {n} pages, over the limit of {max_pages} (--max-pages raises it)", path)
        texts: list[str | None] = [None] * n
        to_ocr: list[int] = []
        legacy_seen: dict[str, str] = {}
        for i, page in enumerate(pdf.pages):
            try:
                words = _words(page, legacy_seen)
            except Exception as e:
                raise IngestError(f"damaged PDF page {i + 1} ({type(e).__name__}: {str(e)[:150]})", path) from e
            reason = _needs_ocr(words, page)
            if reason:
                notes.append(f"page {i + 1}: {reason}; OCR")
                to_ocr.append(i)
                continue
            words = _with_appearances(page, words, i, notes)
            texts[i] = page_text(words, float(page.width), float(page.height), i == 0, i == n - 1)
    finally:
        pdf.close()
    notes += [legacy.note(enc, f"text set in {font}") for font, enc in legacy_seen.items()]
    result = PdfText([], notes, [i + 1 for i in to_ocr], None)
    if to_ocr:
        pages = ocr.ocr_pages([ocr.PageSource("pdf", path, i) for i in to_ocr])
        reads: list[handwriting.SlotRead] = []
        for i, p in zip(to_ocr, pages, strict=True):
            words = p.words
            if i == 0 and not p.blank:  # the header's pen-written số and date (ingest/handwriting.py)
                words, reads, read_notes = handwriting.apply(ocr.PageSource("pdf", path, i), p)
                result.notes += read_notes
            texts[i], result.word_spans[i] = page_text_spans(words, p.width, p.height, i == 0, i == n - 1)
        confs = [p.confidence for p in pages if p.confidence is not None]
        result.confidence = round(sum(confs) / len(confs), 1) if confs else None
        blank = [i + 1 for i, p in zip(to_ocr, pages, strict=True) if p.blank]
        if blank:
            result.notes.append(f"pages {blank}: blank (no ink), not OCR'd")
        result.notes += [f"page {i + 1}: turned upright by {p.turned}° before OCR"
                         for i, p in zip(to_ocr, pages, strict=True) if p.turned]
        result.notes += [f"page {i + 1}: {note}" for i, p in zip(to_ocr, pages, strict=True) for note in p.notes]
    _finish_pages(texts, result)
    if to_ocr and to_ocr[0] == 0 and reads:
        result.repairs[0] = result.repairs.get(0, []) + handwriting.mark(result.pages[0], reads)
    return result


def _finish_pages(texts: list[str | None], result: PdfText) -> None:
    """Printed page numbers dropped, OCR'd pages repaired (ingest/repair.py), word spans carried along."""
    dropped = []
    for i, t in enumerate(texts):
        t = t or ""
        if i > 0:
            before = t
            t, gone = drop_page_number(t, i + 1)
            if gone:
                dropped.append(i + 1)
                cut = len(before) - len(t) if before.endswith(t) else 0  # the first line went
                result.word_spans[i] = [(a - cut, b - cut, c, z) for a, b, c, z in result.word_spans.get(i, []) if a >= cut
                                        and b - cut <= len(t)]
        if i in result.word_spans or (i + 1) in result.ocr_pages:
            t, result.repairs[i], result.word_spans[i] = repair.repair_with_spans(t, result.word_spans.get(i, []))
            result.notes += repair.notes(result.repairs[i], i + 1)
        result.pages.append(t)
    if dropped:
        result.notes.append(f"dropped printed page numbers on pages {dropped}")
