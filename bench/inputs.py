"""Other inputs: DOCX and text-PDF pages/s, and OCR pages/s at 300 dpi on one core, with the share
of each OCR step (our rendering/deskew/layout vs tesseract itself).

The DOCX, PDF and page images are built from the sample texts by the ingest tests' generator
(tests/fixtures/make_fixtures.py) into bench/work/fixtures.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "tests" / "fixtures" / "make_fixtures.py"



REREADS = "tesseract re-reads (slots, names, titles)"


def _timed(steps: dict[str, float], name: str, fn):
    """fn, adding the time of each call to steps[name]."""

    def wrapper(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            steps[name] += time.perf_counter() - t

    return wrapper


def _tesseract_timed(run, steps: dict[str, float]):
    """subprocess.run, adding the time of each tesseract process it starts to steps[REREADS]."""
    timed_run = _timed(steps, REREADS, run)

    def wrapper(*a, **k):
        cmd = a[0] if a else k.get("args")
        is_tesseract = isinstance(cmd, (list, tuple)) and cmd and "tesseract" in os.path.basename(str(cmd[0]))
        return (timed_run if is_tesseract else run)(*a, **k)

    return wrapper

def build_fixtures(out: Path) -> tuple[Path | None, str | None]:
    """(folder, None) or (None, why not)."""
    for module in ("docx", "reportlab", "pypdfium2"):
        if importlib.util.find_spec(module) is None:
            return None, f"{module} is not installed (needed to build the DOCX/PDF fixtures)"
    spec = importlib.util.spec_from_file_location("make_fixtures", GENERATOR)
    if spec is None or not GENERATOR.exists():
        return None, f"{GENERATOR} not found"
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_fixtures"] = module
    spec.loader.exec_module(module)
    if module.font_paths() is None:
        return None, "DejaVu fonts missing (apt-get install fonts-dejavu-core)"
    return module.build(out), None


def _pdf_pages(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def documents(fixtures: Path, rounds: int = 3) -> dict:
    """read() and parse_file() per format; DOCX pages are counted as the same document's PDF pages."""
    from vanban import parse_file
    from vanban.ingest import read

    out = {}
    names = sorted(p.stem for p in fixtures.glob("0*.txt"))
    pages = {n: _pdf_pages(fixtures / f"{n}.pdf") for n in names}
    for fmt in ("docx", "pdf"):
        files = [fixtures / f"{n}.{fmt}" for n in names]
        for f in files:  # warm-up
            parse_file(f)
        t0 = time.perf_counter()
        for _ in range(rounds):
            for f in files:
                read(f)
        t_read = time.perf_counter() - t0
        t0 = time.perf_counter()
        for _ in range(rounds):
            for f in files:
                parse_file(f)
        t_parse = time.perf_counter() - t0
        n_pages = sum(pages.values()) * rounds
        out[fmt] = {"documents": len(files) * rounds, "pages": n_pages,
                    "read_pages_per_s": n_pages / t_read, "parse_file_pages_per_s": n_pages / t_parse,
                    "parse_file_docs_per_s": len(files) * rounds / t_parse,
                    "read_share_of_parse_file": t_read / t_parse}
    return out


def ocr(fixtures: Path, pages: int) -> dict:
    """OCR `pages` scanned pages (300 dpi JPEG scans), one at a time on one core, timing each step."""
    if shutil.which("tesseract") is None:
        return {"skipped": "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)"}
    from vanban.ingest import ocr as ocr_mod
    from vanban.ingest.layout import page_text

    try:
        ocr_mod.check_tesseract()
    except Exception as e:
        return {"skipped": str(e)}
    images = sorted(fixtures.glob("*.p1.scan300.jpg"))[:pages] or sorted(fixtures.glob("*.p1.clean300.png"))[:pages]
    if not images:
        return {"skipped": "no page images among the fixtures"}
    import subprocess
    import types

    steps = {"load_page": 0.0, "deskew": 0.0, "_tesseract_tsv": 0.0, "tesseract process": 0.0, REREADS: 0.0}

    def timed(name, fn):
        return _timed(steps, name, fn)

    # Instrument the module's own steps for this run only (restored below): the tesseract
    # process itself is timed apart from what _tesseract_tsv does around it (PNG encode, temp file).
    patched = {"load_page": ocr_mod.load_page, "deskew": ocr_mod.deskew,
               "_tesseract_tsv": ocr_mod._tesseract_tsv, "subprocess": ocr_mod.subprocess}
    ocr_mod.load_page = timed("load_page", patched["load_page"])
    ocr_mod.deskew = timed("deskew", patched["deskew"])
    ocr_mod._tesseract_tsv = timed("_tesseract_tsv", patched["_tesseract_tsv"])
    ocr_mod.subprocess = types.SimpleNamespace(run=timed("tesseract process", subprocess.run))
    # the crops other ingest modules give tesseract again (slots, names, titles) are tesseract's time too
    patched_run = subprocess.run
    subprocess.run = _tesseract_timed(patched_run, steps)
    t_layout = 0.0
    try:
        t0 = time.perf_counter()
        for img in images:
            page = ocr_mod.ocr_page(ocr_mod.PageSource("image", str(img), 0))
            t = time.perf_counter()
            page_text(page.words, page.width, page.height, True, True)
            t_layout += time.perf_counter() - t
        total = time.perf_counter() - t0
    finally:
        for attr, original in patched.items():
            setattr(ocr_mod, attr, original)
        subprocess.run = patched_run
    wrapped = steps.pop("_tesseract_tsv")
    steps["PNG encode + temp file (around tesseract)"] = wrapped - steps["tesseract process"]
    steps["TSV parsing (rest of ocr_page)"] = (total - t_layout - wrapped - steps["load_page"] - steps["deskew"]
                                               - steps[REREADS])
    steps["layout.page_text"] = t_layout
    tess = steps["tesseract process"] + steps[REREADS]
    return {"pages": len(images), "dpi": 300, "image": images[0].name.split(".", 1)[1],
            "seconds": total, "pages_per_s_per_core": len(images) / total,
            "seconds_per_page": total / len(images),
            "steps": [{"step": k, "seconds": v, "share": v / total, "vs_tesseract": v / tess if tess else None}
                      for k, v in steps.items()],
            "ours_vs_tesseract": (total - tess) / tess if tess else None}
