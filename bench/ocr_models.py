"""Which Vietnamese tesseract model to use: character accuracy and time per page, measured.

    python -m bench.ocr_models [--inputs ../shared/corpus/inputs] [--models DIR ...] [--pages N]

Pages: page 1 of each born-digital PDF of the inputs folder (their text layer, with the e-signature
widget text placed, is the reference), rendered as a clean 300 dpi page and as a scan-like one
(200 dpi, JPEG quality 50, tilted by 1°). Each model is a folder holding a vie.traineddata
(`--models system` is the system's tessdata; `make install` fetches @tesseract.js-data/vie's
4.0.0_best_int and 4.0.0 into .cache/tessdata/). Each page goes through vanban's own OCR path
(preprocessing, deskew, tesseract TSV, layout), so the figure is what the parser gets.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
import unicodedata
from pathlib import Path

from rapidfuzz.distance import Levenshtein

SCAN_DPI = 200
SCAN_JPEG_QUALITY = 50
SCAN_TILT = 1.0


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def char_accuracy(ocr_text: str, reference: str) -> float:
    a, b = flat(ocr_text), flat(reference)
    return 1 - Levenshtein.distance(a, b) / max(1, len(b))


def _pages(inputs: Path, limit: int, out: Path) -> list[tuple[str, Path, str]]:
    """(name, image, reference text) for page 1 of each born-digital PDF, clean and scan-like."""
    import pypdfium2
    from PIL import Image

    from vanban.ingest import read

    pages = []
    for pdf in sorted(inputs.glob("pdf*.pdf"))[:limit]:
        e = read(pdf)
        a, b = e.pages[0]
        reference = e.text[a:b]
        doc = pypdfium2.PdfDocument(str(pdf))
        try:
            clean = doc[0].render(scale=300 / 72, grayscale=True).to_pil().convert("L")
        finally:
            doc.close()
        clean_path = out / f"{pdf.stem}.clean300.png"
        clean.save(clean_path, dpi=(300, 300))
        small = clean.resize((round(clean.width * SCAN_DPI / 300), round(clean.height * SCAN_DPI / 300)), Image.LANCZOS)
        small = small.rotate(SCAN_TILT, resample=Image.BICUBIC, fillcolor=255)
        scan_path = out / f"{pdf.stem}.scan200.jpg"
        small.save(scan_path, quality=SCAN_JPEG_QUALITY, dpi=(SCAN_DPI, SCAN_DPI))
        pages += [(f"{pdf.stem} clean300", clean_path, reference), (f"{pdf.stem} scan200", scan_path, reference)]
    return pages


def measure(model: str, pages: list[tuple[str, Path, str]]) -> dict:
    from vanban.ingest import ocr
    from vanban.ingest.layout import page_text

    if model == "system":
        os.environ.pop(ocr.TESSDATA_ENV, None)
    else:
        os.environ[ocr.TESSDATA_ENV] = model
    os.environ.pop("VANBAN_OCR_CACHE", None)  # measure tesseract, not the cache
    rows = []
    for name, image, reference in pages:
        t0 = time.perf_counter()
        page = ocr.ocr_page(ocr.PageSource("image", str(image), 0))
        seconds = time.perf_counter() - t0
        text = page_text(page.words, page.width, page.height, True, True)
        rows.append({"page": name, "accuracy": round(char_accuracy(text, reference), 4), "seconds": round(seconds, 2)})
    by_kind: dict[str, list[dict]] = {}
    for r in rows:
        by_kind.setdefault(r["page"].split()[-1], []).append(r)
    return {
        "model": model,
        "pages": rows,
        "accuracy": {k: round(sum(r["accuracy"] for r in v) / len(v), 4) for k, v in by_kind.items()},
        "seconds_per_page": round(sum(r["seconds"] for r in rows) / len(rows), 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", default="../shared/corpus/inputs")
    ap.add_argument("--models", nargs="+", default=["system", ".cache/tessdata/best_int", ".cache/tessdata/4.0.0"])
    ap.add_argument("--pages", type=int, default=7, help="born-digital PDFs to use (page 1 of each)")
    ap.add_argument("-o", "--output", default=None, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    inputs = Path(args.inputs)
    if not inputs.is_dir():
        print(f"no inputs folder at {inputs}")
        return 0
    with tempfile.TemporaryDirectory(prefix="vanban_ocrmodels_") as tmp:
        pages = _pages(inputs, args.pages, Path(tmp))
        results = [measure(m, pages) for m in args.models]
    for r in results:
        acc = ", ".join(f"{k} {v:.3f}" for k, v in r["accuracy"].items())
        print(f"{r['model']:<32} char accuracy {acc}; {r['seconds_per_page']:.1f} s/page")
    if args.output:
        Path(args.output).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
