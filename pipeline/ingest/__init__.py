"""Ingest: a file on disk -> text with layout facts (pages, OCR confidence).

One module per format feeds the same normalize/segment/extract path. `read`
dispatches on the file's content (magic bytes) and suffix and never guesses
silently: a file that cannot be read raises IngestError with the reason and,
where there is one, the fix; repairs and fallbacks go to `Extracted.notes`.

Formats: .txt (textfile), .docx and legacy .doc/.rtf/.odt (docxfile), .pdf
with a text layer or scanned (pdffile, ocr), images .png/.jpg/.tif (ocr).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vanban.errors import IngestError

if TYPE_CHECKING:  # pydantic stays out of `import vanban.ingest`
    from vanban.schemas.record import SourceFormat

from .layout import WordSpan
from .limits import DEFAULT, Limits
from .repair import Repair

__all__ = ["Extracted", "IngestError", "Limits", "read", "read_text_bytes", "sha256_bytes", "SUFFIXES"]

SUFFIXES = {
    "txt": (".txt", ".md", ".text", ""),
    "docx": (".docx", ".docm"),
    "legacy": (".doc", ".rtf", ".odt"),
    "pdf": (".pdf",),
    "image": (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"),
    "edxml": (".edxml",),
}
PAGE_SEPARATOR = "\n\n"


@dataclass
class Extracted:
    text: str
    format: SourceFormat
    sha256: str
    path: str | None = None
    # (start, end) character ranges of each page in `text`, 1-based page = index + 1
    pages: list[tuple[int, int]] = field(default_factory=list)
    ocr: bool = False
    ocr_confidence: float | None = None  # mean tesseract word confidence (0-100) over OCR'd pages
    encoding: str | None = None
    notes: list[str] = field(default_factory=list)  # repairs and fallbacks worth a warning
    # footnote number (as printed, "6") -> (start, end) of its text in `text` (DOCX only for now)
    footnotes: dict[str, tuple[int, int]] = field(default_factory=dict)
    # OCR layout words repaired by tolerant matching (ingest/repair.py): spans in `text`, for confidence
    repairs: list[Repair] = field(default_factory=list)
    # header values read from an edXML envelope (record field -> value), applied over the parsed ones
    envelope: dict[str, Any] | None = None
    # (start, end, confidence 0-100) of every OCR'd word in `text`, for the fields' confidence
    word_spans: list[WordSpan] = field(default_factory=list)

    def page_of(self, offset: int) -> int | None:
        for i, (a, b) in enumerate(self.pages):
            if a <= offset < b:
                return i + 1
        return None


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_text_bytes(data: bytes, path: str | None = None) -> Extracted:
    from .textfile import decode

    text, encoding, notes = decode(data, path)
    return Extracted(text, "txt", sha256_bytes(data), path, [(0, len(text))], encoding=encoding, notes=notes)


def _sniff(data: bytes) -> str | None:
    """Format from magic bytes, or None for (possible) text."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"  # legacy .doc (or .xls: LibreOffice will say)
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM")) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "image"
    return None


def _join_pages(pages: list[str]) -> tuple[str, list[tuple[int, int]]]:
    parts: list[str] = []
    ranges: list[tuple[int, int]] = []
    pos = 0
    for i, page in enumerate(pages):
        if i:
            parts.append(PAGE_SEPARATOR)
            pos += len(PAGE_SEPARATOR)
        page = unicodedata.normalize("NFC", page)
        parts.append(page)
        ranges.append((pos, pos + len(page)))
        pos += len(page)
    return "".join(parts), ranges


def _read_docx_like(path: str, data: bytes, kind: str, limits: Limits) -> Extracted:
    from . import docxfile

    if kind == "legacy":
        pages, footnotes, notes = docxfile.read_legacy(path, limits)
    else:
        pages, footnotes, notes = docxfile.read_docx(path, limits)
    from .repair import close_blanks

    text, ranges = _join_pages([close_blanks(p) for p in pages])
    spans: dict[str, tuple[int, int]] = {}
    if footnotes:  # appended after the last page, each marked with its printed number
        text += "\n\n"
        for number, body in footnotes.items():
            body = unicodedata.normalize("NFC", body)
            marker = docxfile.superscript(int(number)) + " "
            start = len(text) + len(marker)
            text += marker + body + "\n"
            spans[number] = (start, start + len(body))
        text = text.rstrip("\n")
        ranges[-1] = (ranges[-1][0], len(text))
    if not text.strip():
        raise IngestError("DOCX has no text", path)
    return Extracted(text, "docx", sha256_bytes(data), path, ranges, notes=notes, footnotes=spans)


def _quick_page_count(data: bytes) -> int | None:
    """The page count from pdfium's page tree, in milliseconds; None when pdfium cannot say."""
    try:
        import pypdfium2
    except ImportError:
        return None
    try:
        doc = pypdfium2.PdfDocument(data)
    except Exception:  # noqa: BLE001 - damaged or encrypted: pdfplumber reports it properly below
        return None
    try:
        return len(doc)
    finally:
        doc.close()


def _read_pdf(path: str, data: bytes, limits: Limits) -> Extracted:
    from . import pdffile

    n = _quick_page_count(data)
    if n is not None and n > limits.max_pages:  # before pdfplumber builds every page (seconds for thousands)
        raise IngestError(f"PDF has {n} pages, over the limit of {limits.max_pages} (--max-pages raises it)", path)
    got = pdffile.read_pdf(path, limits.max_pages)
    text, ranges = _join_pages(got.pages)
    if not text.strip():
        raise IngestError("PDF has no text (no text layer and OCR found nothing)", path)
    return Extracted(text, "pdf", sha256_bytes(data), path, ranges, ocr=bool(got.ocr_pages),
                     ocr_confidence=got.confidence, notes=got.notes, repairs=_shift(got.repairs, ranges),
                     word_spans=_shift_spans(got.word_spans, ranges))


def _shift(repairs: dict[int, list[Repair]], ranges: list[tuple[int, int]]) -> list[Repair]:
    """Page-relative repair spans -> spans in the joined text."""
    from dataclasses import replace

    return [replace(r, start=r.start + ranges[i][0], end=r.end + ranges[i][0])
            for i, reps in sorted(repairs.items()) for r in reps]


def _shift_spans(spans: dict[int, list[WordSpan]], ranges: list[tuple[int, int]]) -> list[WordSpan]:
    """Page-relative OCR word spans -> spans in the joined text (NFC keeps Vietnamese text's length)."""
    return [(a + ranges[i][0], b + ranges[i][0], c, z) for i, page in sorted(spans.items()) for a, b, c, z in page]


def _read_image(path: str, data: bytes, limits: Limits) -> Extracted:
    from PIL import Image, UnidentifiedImageError

    from vanban.errors import plain

    from . import handwriting, ocr, repair
    from .layout import page_text_spans
    from .limits import check_pixels

    try:
        with Image.open(path) as im:  # reads the header only: size and frame count before any pixel
            frames = getattr(im, "n_frames", 1)
            check_pixels(im.width * im.height * frames, limits, path)
    except Image.DecompressionBombError as e:  # Pillow's own guard, past twice its default
        raise IngestError(f"image too large ({plain(e)}); --max-pixels raises vanban's limit", path) from e
    except (UnidentifiedImageError, OSError) as e:
        raise IngestError(f"not a readable image ({plain(e)})", path) from e
    pages = ocr.ocr_pages([ocr.PageSource("image", path, i) for i in range(frames)])
    texts: list[str] = []
    repairs: dict[int, list[Repair]] = {}
    spans: dict[int, list[WordSpan]] = {}
    read_notes: list[str] = []
    marks: list[Repair] = []  # page 1's slots read from the pen
    for i, p in enumerate(pages):
        words, reads = p.words, list[handwriting.SlotRead]()
        if i == 0 and not p.blank:  # the header's pen-written số and date (ingest/handwriting.py)
            words, reads, read_notes = handwriting.apply(ocr.PageSource("image", path, i), p)
        t, page_spans = page_text_spans(words, p.width, p.height, i == 0, i == len(pages) - 1)
        t, repairs[i], spans[i] = repair.repair_with_spans(t, page_spans)
        if reads:
            marks = handwriting.mark(t, reads)
        texts.append(t)
    text, ranges = _join_pages(texts)
    if not text.strip():
        raise IngestError("OCR found no text in the image", path)
    confs = [p.confidence for p in pages if p.confidence is not None]
    notes = [f"page {i + 1}: deskewed by {p.skew:+.1f}°" for i, p in enumerate(pages) if p.skew]
    notes += [f"page {i + 1}: {p.dpi:.0f} dpi, upscaled for OCR" for i, p in enumerate(pages) if p.dpi < ocr.MIN_DPI]
    notes += [f"page {i + 1}: blank (no ink), not OCR'd" for i, p in enumerate(pages) if p.blank]
    notes += [f"page {i + 1}: turned upright by {p.turned}° before OCR" for i, p in enumerate(pages) if p.turned]
    notes += [f"page {i + 1}: {note}" for i, p in enumerate(pages) for note in p.notes]
    notes += read_notes + [n for i, reps in repairs.items() for n in repair.notes(reps, i + 1)]
    repairs[0] = repairs.get(0, []) + marks
    return Extracted(
        text, "image", sha256_bytes(data), path, ranges, ocr=True,
        ocr_confidence=round(sum(confs) / len(confs), 1) if confs else None, notes=notes,
        repairs=_shift(repairs, ranges), word_spans=_shift_spans(spans, ranges),
    )


def _read_edxml(path: str, data: bytes, limits: Limits) -> Extracted:
    """An edXML envelope: its attachment is read as any file; the header values ride along."""
    import tempfile

    from vanban.exchange import edxml

    env = edxml.read_envelope(data, path, limits.max_unzipped_mb)
    att = env.attachment
    assert att is not None  # read_envelope raises when there is none
    if edxml.is_edxml(att.data):
        raise IngestError("edXML attachment is itself an edXML envelope", path)
    with tempfile.TemporaryDirectory(prefix="vanban_edxml_") as tmp:
        inner = Path(tmp) / (att.name or "attachment")
        inner.write_bytes(att.data)
        try:
            result = read(inner, limits)
        except IngestError as e:
            raise IngestError(f"edXML attachment {att.name}: {e.message}", path) from e
    result.path, result.sha256, result.envelope = path, sha256_bytes(data), env.fields
    result.notes = [f"edXML envelope: parsed its attachment {att.name}", *env.notes, *result.notes]
    return result


def read(path: str | Path, limits: Limits | None = None) -> Extracted:
    limits = limits or DEFAULT
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as e:
        raise IngestError("file not found", str(p)) from e
    except IsADirectoryError as e:
        raise IngestError("is a directory, not a file", str(p)) from e
    except OSError as e:
        raise IngestError(f"cannot read file: {e.strerror}", str(p)) from e
    where = str(p)
    suffix = p.suffix.lower()
    if not data:
        raise IngestError("empty file", where)
    sniffed = _sniff(data)
    expected = next((k for k, sufs in SUFFIXES.items() if suffix in sufs), None)
    if expected is None and sniffed is None:
        raise IngestError(f"unsupported file type {suffix!r}", where)
    note = None
    if expected == "edxml" or (sniffed is None and suffix == ".xml" and _is_edxml(data)):
        return _read_edxml(where, data, limits)
    if sniffed == "pdf":
        result = _read_pdf(where, data, limits)
        if expected != "pdf":
            note = f"named {suffix or 'without suffix'} but is a PDF"
    elif sniffed == "zip":
        if expected not in ("docx", "legacy") and suffix not in (".zip",):
            note = f"named {suffix or 'without suffix'} but is a ZIP package; read as DOCX"
        result = _read_docx_like(where, data, "legacy" if suffix == ".odt" else "docx", limits)
    elif sniffed in ("ole", "rtf"):
        result = _read_docx_like(where, data, "legacy", limits)
    elif sniffed == "image":
        result = _read_image(where, data, limits)
    elif expected == "pdf":
        raise IngestError(f"not a PDF: no %PDF header ({_describe(data)})", where)
    elif expected == "docx":
        raise IngestError(f"not a valid DOCX: not a ZIP package ({_describe(data)})", where)
    elif expected in ("image", "legacy"):
        raise IngestError(f"not a {suffix} file: unrecognised content ({_describe(data)})", where)
    else:
        result = read_text_bytes(data, where)
    if note:
        result.notes.insert(0, note)
    return result


def _is_edxml(data: bytes) -> bool:
    from vanban.exchange.edxml import is_edxml

    return is_edxml(data)


def _describe(data: bytes) -> str:
    from . import quality

    q = quality.measure(data[:4096].decode("latin-1"))
    kind = "binary data" if q.controls or b"\x00" in data[:4096] else "text"
    return f"{len(data)} bytes of {kind}"
