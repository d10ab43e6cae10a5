"""OCR with tesseract (`-l vie` only; `vie+eng` reads Vietnamese worse).

Each page has its coloured ink (seals, pen) faded (drop_colour_ink), is turned upright when it was
scanned sideways or upside down (tesseract's OSD, asked only when a cheap test suspects the page),
deskewed (a projection-profile search over ±5°: at 3° of skew
tesseract silently drops whole paragraphs), upscaled when it is below ~250 dpi,
then read with `tesseract ... tsv` so that every word has a box; the boxes go
through `layout.page_text`, which keeps the two header columns apart. Pages run
in parallel processes (VANBAN_OCR_WORKERS, default one per core; one tesseract thread each: OMP_THREAD_LIMIT=1 is several
times faster than letting tesseract spread one page over all cores). An engine that runs files on a
cluster (store/ray_engine.py) installs its own page map (`use_page_map`), so one long scan's pages
spread over the cluster too; ingest itself never imports that engine.

VANBAN_OCR_CACHE names a folder where each page's result is kept, keyed by the
file's bytes, the page and OCR_VERSION (bump it when preprocessing changes): for
iterating on the later stages and for evaluation runs, never needed in production.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from vanban.errors import IngestError

from .layout import Word
from .namelines import reread_names
from .sigtitles import reread_titles
from .sigtwins import reread_twins
from .slotread import read_typed_slots

OCR_LANG = "vie"
RENDER_DPI = 300
MIN_DPI = 250  # below this, pages are upscaled to RENDER_DPI before OCR
A4_WIDTH_INCHES = 8.27
OCR_VERSION = "17"  # part of the cache key: bump when preprocessing or tesseract options change
# A folder holding another vie.traineddata than the system's (e.g. tessdata_best from the npm registry's
# @tesseract.js-data/vie, installed by `make install`): tesseract's --tessdata-dir
TESSDATA_ENV = "VANBAN_TESSDATA"
BLANK_INK = 0.0002  # share of dark pixels under which a page is blank (a line of text is ~0.0004, dust less)
SATURATED = 60  # max - min of a pixel's channels above which it is coloured ink (seal, pen), not print
COLOUR_LIGHT = 150  # a coloured pixel whose brightest channel is above this is seal or pen ink alone
DARK = 128  # a pixel darker than this is ink
# Orientation (a page scanned sideways or upside down): tesseract's OSD ('osd' traineddata, Debian's
# tesseract-ocr-osd) is asked only when a cheap test suspects the page, so an upright page pays nothing
SIDEWAYS_RATIO = 1.5  # column-profile sharpness over row-profile sharpness above which lines run vertically
UPSIDE_DOWN_CONF = 50.0  # an upright-looking page whose mean word confidence is under this is asked too
OSD_MIN_CONFIDENCE = 2.0  # tesseract's orientation confidence under which its answer is not acted on
OSD_DPI = 150  # OSD reads a downscaled copy: letters are still large enough, and it costs a quarter
INSTALL_HINT = "install it with: apt-get install tesseract-ocr tesseract-ocr-vie"
# A line tesseract gave up on inside a page (its block ran into a seal or a table rule: 'PHÓ CHỦ TỊCH'
# read as 'HÓ ẦU chinh' at 0%) is read again on its own (--psm 7), and the new words are kept only
# when each of them is confident: most such lines are noise, which a second read leaves unsure too
FAILED_WORD_CONF = 5.0  # a word scored this or less is one tesseract gave up on
FAILED_LINE_WORDS = 2  # ... and a line needs this many of them to be read again
REREAD_MIN_CONF = 60.0  # every word of the second read must score this much, or the first read stays
REREAD_MAX_LINES = 12  # lines read again per page at most (a page of noise is not read line by line)
LINE_MARGIN = 0.4  # of the line's height, added above and below its crop
WORD_GAP = 4.0  # line heights between two failed words that still belong to one line


@dataclass(frozen=True)
class PageSource:
    """Where a page image comes from: a PDF page (rendered) or an image file frame."""

    kind: str  # "pdf" | "image"
    path: str
    index: int  # PDF page index or image frame index


@dataclass
class OcrPage:
    words: list[Word]
    width: float
    height: float
    confidence: float | None  # mean word confidence, 0-100
    skew: float  # degrees the page was rotated by to straighten it
    dpi: float  # resolution of the source (before any upscaling)
    blank: bool = False  # nearly no ink (a blank back page): not sent to tesseract
    turned: int = 0  # degrees (counter-clockwise) the page was turned by to stand upright: 0, 90, 180, 270
    notes: list[str] = field(default_factory=list)  # what was read again (slotread), for Extracted.notes


def check_tesseract() -> None:
    """Raise IngestError naming the fix when tesseract or its Vietnamese data is missing."""
    exe = shutil.which("tesseract")
    if exe is None:
        raise IngestError(f"OCR needed but tesseract is not installed; {INSTALL_HINT}")
    langs = _languages(exe, os.environ.get(TESSDATA_ENV, ""))
    if OCR_LANG not in langs:
        raise IngestError(f"OCR needed but tesseract has no Vietnamese data ('{OCR_LANG}'); {INSTALL_HINT}")


_LANG_CACHE: dict[tuple[str, str], frozenset[str]] = {}


def _tessdata_args(tessdata: str) -> list[str]:
    return ["--tessdata-dir", tessdata] if tessdata else []


def _languages(exe: str, tessdata: str = "") -> frozenset[str]:
    if (exe, tessdata) not in _LANG_CACHE:
        out = subprocess.run([exe, *_tessdata_args(tessdata), "--list-langs"], capture_output=True, text=True,
                             timeout=30)
        _LANG_CACHE[exe, tessdata] = frozenset(name.strip() for name in (out.stdout + out.stderr).splitlines()[1:])
    return _LANG_CACHE[exe, tessdata]


def drop_colour_ink(image):
    """Grayscale in which coloured ink turns light: each pixel's brightest channel.

    Black print is dark in every channel, while a red seal or a blue signature is bright in
    its own channel, so max(R, G, B) keeps the print and fades the seal that covers the
    signer's title and name (plain luminance makes a red seal as dark as the text under it);
    strongly coloured light pixels (channels further apart than SATURATED, brightest above
    COLOUR_LIGHT) go white, since a faded seal ring still reads as letters; a dark coloured pixel
    is print under a translucent seal (a PDF's seal image laid over the title) and stays dark.
    Print in colour (a red Party heading) is lost with the seal.
    A grayscale source comes back unchanged.
    """
    import numpy as np
    from PIL import Image

    if image.mode in ("L", "1", "I", "I;16", "F"):
        return image.convert("L")
    rgb = np.asarray(image.convert("RGB"))
    brightest = rgb.max(axis=2)
    saturated = ((brightest - rgb.min(axis=2)) > SATURATED) & (brightest > COLOUR_LIGHT)
    return Image.fromarray(np.where(saturated, np.uint8(255), brightest))


def load_page(source: PageSource):
    """The page as a grayscale PIL image (coloured ink faded, see drop_colour_ink) and its dpi."""
    from PIL import Image

    if source.kind == "pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(source.path)
        try:
            page = pdf[source.index]
            image = page.render(scale=RENDER_DPI / 72).to_pil()
        finally:
            pdf.close()
        return drop_colour_ink(image), float(RENDER_DPI)
    with Image.open(source.path) as im:
        im.seek(source.index)
        dpi = im.info.get("dpi", (0, 0))[0] or 0
        image = drop_colour_ink(im)
    if not dpi or dpi < 50 or dpi > 1200:  # missing or implausible: assume an A4 page width
        dpi = image.width / A4_WIDTH_INCHES
    return image, float(dpi)


def estimate_skew(image, max_angle: float = 5.0) -> float:
    """Angle (degrees, PIL's counter-clockwise sense) that makes text lines horizontal.

    Text lines turn into sharp peaks of the row-ink profile when level, so the
    angle maximizing the profile's squared differences wins (coarse 1°, then 0.25°, on a
    600-pixel thumbnail: the search costs a few percent of tesseract's time, not a third).
    """
    import numpy as np
    from PIL import Image

    small = image.copy()
    small.thumbnail((600, 600))
    ink = Image.fromarray(((np.asarray(small) < 160) * 255).astype("uint8"))

    def score(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST), dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    best = max((float(a) for a in range(int(-max_angle), int(max_angle) + 1)), key=score)
    fine = max((best + d / 4 for d in range(-3, 4)), key=score)
    return round(fine, 2)


def _profile_sharpness(ink, axis: int) -> float:
    import numpy as np

    profile = np.asarray(ink, dtype=np.float32).sum(axis=axis)
    return float(np.square(np.diff(profile)).sum())


def looks_sideways(image) -> bool:
    """True when the text lines run up the page: the column ink profile is much sharper than the row
    profile (the test estimate_skew uses, turned by 90°; a few ms on a thumbnail)."""
    import numpy as np
    from PIL import Image

    small = image.copy()
    small.thumbnail((600, 600))
    ink = Image.fromarray(((np.asarray(small) < 160) * 255).astype("uint8"))
    rows, cols = _profile_sharpness(ink, 1), _profile_sharpness(ink, 0)
    return cols > SIDEWAYS_RATIO * rows


def osd_rotation(image, dpi: float) -> int | None:
    """Degrees (PIL's counter-clockwise sense) that stand the page upright, from tesseract's OSD; None
    when OSD is not installed, fails, or is unsure."""
    from PIL import Image

    exe = shutil.which("tesseract")
    tessdata = os.environ.get(TESSDATA_ENV, "")
    if exe is None or "osd" not in _languages(exe, tessdata) | _languages(exe):
        return None
    factor = min(1.0, OSD_DPI / dpi)
    small = image.resize((round(image.width * factor), round(image.height * factor)), Image.Resampling.BILINEAR)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="vanban_osd_") as tmp:
        src = os.path.join(tmp, "page.pgm")
        small.convert("L").save(src)
        proc = subprocess.run([exe, src, "stdout", "--psm", "0", "--dpi", str(round(dpi * factor))],
                              capture_output=True, env=env, timeout=120)
    fields = dict(line.split(":", 1) for line in proc.stdout.decode("utf-8", "replace").splitlines() if ":" in line)
    try:
        rotate, confidence = int(fields["Rotate"].strip()), float(fields["Orientation confidence"].strip())
    except (KeyError, ValueError):
        return None
    if confidence < OSD_MIN_CONFIDENCE:
        return None
    return (360 - rotate) % 360  # tesseract's Rotate is clockwise


def deskew(image):
    from PIL import Image

    angle = estimate_skew(image)
    if abs(angle) < 0.15:
        return image, 0.0
    # bilinear: a third of bicubic's time on a 300 dpi page (the rotation was most of our own work per page)
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255), angle


def _tesseract_tsv(image, dpi: float, psm: int = 3) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="vanban_ocr_") as tmp:
        # a raw PGM/PPM costs ~1 ms to write where a PNG cost ~250 ms; tesseract reads both
        page = image if image.mode in ("L", "RGB") else image.convert("L")
        src = os.path.join(tmp, "page.pgm" if page.mode == "L" else "page.ppm")
        page.save(src)
        proc = subprocess.run(
            ["tesseract", *_tessdata_args(os.environ.get(TESSDATA_ENV, "")), src, "stdout", "-l", OCR_LANG,
             "--psm", str(psm), "--dpi", str(round(dpi)), "tsv"],
            capture_output=True, env=env, timeout=600,
        )
    if proc.returncode != 0:
        raise IngestError(f"tesseract failed: {proc.stderr.decode('utf-8', 'replace').strip()[:300]}")
    return proc.stdout.decode("utf-8", "replace")


def _cache_path(source: PageSource) -> Path | None:
    folder = os.environ.get("VANBAN_OCR_CACHE", "")
    if not folder:
        return None
    digest = hashlib.sha256(Path(source.path).read_bytes()).hexdigest()[:32]
    tessdata = os.environ.get(TESSDATA_ENV, "")
    model = f"-{hashlib.sha256(tessdata.encode()).hexdigest()[:8]}" if tessdata else ""
    return Path(folder) / f"{digest}-{source.kind}-{source.index}-{OCR_LANG}{model}-v{OCR_VERSION}.json"


def _load_cached(path: Path) -> OcrPage | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["words"] = [Word(**w) for w in data["words"]]
        return OcrPage(**data)
    except (OSError, ValueError, TypeError, KeyError):
        return None


def ocr_page(source: PageSource) -> OcrPage:
    """One page through preprocessing and tesseract (or from VANBAN_OCR_CACHE)."""
    cache = _cache_path(source)
    if cache is not None and (hit := _load_cached(cache)) is not None:
        return hit
    page = _ocr_page(source)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(page), ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache)
    return page


def ink_share(image) -> float:
    """Share of dark pixels, on a thumbnail (a few ms)."""
    import numpy as np

    small = image.copy()
    small.thumbnail((800, 800))
    return float((np.asarray(small) < DARK).mean())


def _ocr_page(source: PageSource) -> OcrPage:
    from PIL import Image

    image, source_dpi = load_page(source)
    if ink_share(image) < BLANK_INK:  # a blank back page: tesseract would spend seconds reading speckles
        return OcrPage([], float(image.width), float(image.height), None, 0.0, source_dpi, blank=True)
    dpi = source_dpi
    if dpi < MIN_DPI:
        factor = RENDER_DPI / dpi
        image = image.resize((round(image.width * factor), round(image.height * factor)), Image.Resampling.LANCZOS)
        dpi = float(RENDER_DPI)
    turned = 0
    if looks_sideways(image):
        turned = osd_rotation(image, dpi) or 0
        image = image.rotate(turned, expand=True) if turned else image
    image, angle = deskew(image)
    words, confidence = _read_words(image, dpi)
    if not turned and confidence is not None and confidence < UPSIDE_DOWN_CONF \
            and osd_rotation(image, dpi) == 180:  # upside down: read it again the right way up
        turned, image = 180, image.rotate(180)
        words, confidence = _read_words(image, dpi)
    words = reread_failed_lines(image, dpi, words)
    # the place-date line is on a document's first page; later pages' dates are cited ones
    words, notes = read_typed_slots(image, dpi, words) if source.index == 0 else (words, [])
    words, name_notes = reread_names(image, dpi, words)
    words, title_notes = reread_titles(image, dpi, words)
    words, twin_notes = reread_twins(image, dpi, words, _colour_of(source, OcrPage([], float(image.width),
                                     float(image.height), None, angle, source_dpi, turned=turned)))
    notes += name_notes + title_notes + twin_notes
    return OcrPage(words, float(image.width), float(image.height), confidence, angle, source_dpi, turned=turned,
                   notes=notes)


def _colour_of(source: PageSource, geometry: OcrPage) -> Callable[[], object]:
    """The page in colour in the geometry of its OCR (handwriting.colour_page), made once, when first asked
    for: a page whose signature block needs no coloured ink read pays nothing."""
    made: list[object] = []

    def colour() -> object:
        if not made:
            from .handwriting import colour_page

            made.append(colour_page(source, geometry))
        return made[0]

    return colour


def _read_words(image, dpi: float) -> tuple[list[Word], float | None]:
    """tesseract's words with their boxes and confidences, and their mean confidence."""
    words = _tsv_words(_tesseract_tsv(image, dpi))
    confs = [w.conf for w in words if w.conf is not None]
    return words, (round(sum(confs) / len(confs), 1) if confs else None)


def _tsv_words(tsv: str, dx: float = 0.0, dy: float = 0.0) -> list[Word]:
    """The words of tesseract's TSV, their boxes moved by (dx, dy) (a crop's place on the page)."""
    words: list[Word] = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        conf = float(row.get("conf") or -1)
        if row.get("level") != "5" or not text or conf < 0:
            continue
        left, top = float(row["left"]) + dx, float(row["top"]) + dy
        words.append(Word(unicodedata.normalize("NFC", text), left, left + float(row["width"]), top,
                          top + float(row["height"]), conf))
    return words


def failed_lines(words: list[Word]) -> list[list[int]]:
    """Indices of the words tesseract gave up on (FAILED_WORD_CONF), grouped into lines: a word joins a
    group when its middle lies within the group's height and it is near one of its words."""
    groups: list[list[int]] = []
    failed = (k for k, w in enumerate(words) if w.conf is not None and w.conf <= FAILED_WORD_CONF)
    for k in sorted(failed, key=lambda k: words[k].x0):
        w = words[k]
        mid = (w.top + w.bottom) / 2
        for g in groups:
            top, bottom = min(words[i].top for i in g), max(words[i].bottom for i in g)
            near = WORD_GAP * (bottom - top)
            if top <= mid <= bottom and any(w.x0 - words[i].x1 < near for i in g):
                g.append(k)
                break
        else:
            groups.append([k])
    return [g for g in groups if len(g) >= FAILED_LINE_WORDS][:REREAD_MAX_LINES]


def reread_failed_lines(image, dpi: float, words: list[Word]) -> list[Word]:
    """The page's words with each failed line (failed_lines) read again on its own, where that read is
    confident in every word (REREAD_MIN_CONF); other lines are left as read."""
    out = list(words)
    dropped: set[int] = set()
    for group in failed_lines(words):
        x0, x1 = min(words[i].x0 for i in group), max(words[i].x1 for i in group)
        top, bottom = min(words[i].top for i in group), max(words[i].bottom for i in group)
        margin = LINE_MARGIN * (bottom - top)
        box = (max(0, round(x0 - margin)), max(0, round(top - margin)),
               min(image.width, round(x1 + margin)), min(image.height, round(bottom + margin)))
        again = _tsv_words(_tesseract_tsv(image.crop(box), dpi, psm=7), box[0], box[1])
        if again and all(w.conf is not None and w.conf >= REREAD_MIN_CONF for w in again):
            dropped.update(group)
            out.extend(again)
    return [w for k, w in enumerate(out) if k not in dropped]


def default_workers() -> int:
    """One process per core; one only inside a worker process (bulk import already uses every core)."""
    configured = os.environ.get("VANBAN_OCR_WORKERS", "")
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    if multiprocessing.parent_process() is not None:
        return 1
    return os.cpu_count() or 1


# fn, pages -> [fn(page) for page in pages], in page order, run wherever the map runs them
PageMap = Callable[[Callable[[PageSource], "OcrPage"], list[PageSource]], list["OcrPage"]]
_page_map: PageMap | None = None


def use_page_map(page_map: PageMap | None) -> None:
    """Spread the pages of every file OCR'd in this process with `page_map` (None: local processes)."""
    global _page_map
    _page_map = page_map


def ocr_pages(sources: list[PageSource], workers: int | None = None) -> list[OcrPage]:
    """OCR pages in parallel (an installed page map, else processes: see default_workers), in page order."""
    check_tesseract()
    if not sources:
        return []
    if _page_map is not None and len(sources) > 1:
        return _page_map(ocr_page, sources)
    workers = max(1, min(workers or default_workers(), len(sources)))
    if workers == 1:
        return [ocr_page(s) for s in sources]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(ocr_page, sources))
