"""OCR ingest: clean and degraded scans of the sample documents, TIFF, image-only PDFs.

Skipped when tesseract with Vietnamese data is not installed. Page 1 of each
sample is rendered from the generated text PDF, so the PDF's own page-1 text
is the reference for character accuracy.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ingest_fixtures import char_accuracy, fixtures_dir, flat, layout, lines, names, needs_tesseract

from vanban.errors import IngestError
from vanban.ingest import ocr, read

pytestmark = needs_tesseract


@pytest.fixture(scope="module")
def fx() -> Path:
    return fixtures_dir()


def _page1(fx: Path, name: str) -> str:
    e = read(fx / f"{name}.pdf")
    a, b = e.pages[0]
    return e.text[a:b]


def _header_in_order(text: str, lay: dict) -> None:
    """The right column's lines (motto, place and date) come after the issuer line, not interleaved."""
    ls = [flat(ln) for ln in lines(text)]
    if lay["left"] and lay["right"]:
        issuer = flat(lay["left"][0])
        assert any(issuer[:12] in ln for ln in ls[:3]), ls[:5]
        assert not any(issuer[:12] in ln and flat(lay["right"][0])[:8] in ln for ln in ls), "columns interleaved"
        i_motto = next(i for i, ln in enumerate(ls) if flat(lay["right"][0])[:10] in ln)
        i_number = next(i for i, ln in enumerate(ls) if ln.startswith("Số"))
        assert i_number < i_motto


@pytest.mark.parametrize("i", range(5))
def test_clean_300dpi_page(fx, i):
    name = names(fx)[i]
    e = read(fx / f"{name}.p1.clean300.png")
    assert e.format == "image" and e.ocr and len(e.pages) == 1
    assert e.ocr_confidence is not None and e.ocr_confidence > 85
    accuracy = char_accuracy(e.text, _page1(fx, name))
    assert accuracy > 0.97, accuracy
    _header_in_order(e.text, layout(fx, name))


@pytest.mark.parametrize("i", [0, 2, 4])
def test_degraded_300dpi_scan_is_deskewed(fx, i):
    name = names(fx)[i]
    e = read(fx / f"{name}.p1.scan300.jpg")
    assert any("deskewed by -1.5°" in n or "deskewed by -1.4°" in n or "deskewed by -1.6°" in n for n in e.notes), e.notes
    assert char_accuracy(e.text, _page1(fx, name)) > 0.95
    _header_in_order(e.text, layout(fx, name))


@pytest.mark.parametrize("i", [0, 4])
def test_degraded_200dpi_scan_is_upscaled(fx, i):
    name = names(fx)[i]
    e = read(fx / f"{name}.p1.scan200.jpg")
    assert any("200 dpi" in n for n in e.notes)
    assert char_accuracy(e.text, _page1(fx, name)) > 0.93


def test_multipage_tiff(fx):
    name = names(fx)[0]
    pdf = read(fx / f"{name}.pdf")
    e = read(fx / f"{name}.scan.tif")
    assert len(e.pages) == len(pdf.pages) and e.ocr
    assert e.page_of(e.text.index("Phan Đình Nhân")) == len(e.pages)
    assert char_accuracy(e.text, pdf.text) > 0.93


def test_image_only_pdf_goes_to_ocr(fx):
    name = names(fx)[4]
    e = read(fx / f"{name}.scanned.pdf")
    reference = read(fx / f"{name}.pdf")
    assert e.format == "pdf" and e.ocr and e.ocr_confidence > 85
    assert len(e.pages) == len(reference.pages)
    assert all("no text layer" in n for n in e.notes if n.startswith("page "))
    assert "Số: 2094-CV/TĐTN-TCKT" in e.text
    assert char_accuracy(e.text, reference.text) > 0.97


def test_junk_text_layer_goes_to_ocr(tmp_path):
    from reportlab.pdfgen import canvas

    f = tmp_path / "tcvn3.pdf"
    c = canvas.Canvas(str(f), invariant=1)
    c.setFont("Helvetica", 12)
    for k in range(12):  # a legacy-font PDF without a Unicode map: Latin-1 soup in the text layer
        c.drawString(72, 760 - 18 * k, "Thùc hiÖn KÕ ho¹ch sè 35 cña Ban Th−êng vô TØnh ®oµn vÒ viÖc".replace("−", "-"))
    c.save()
    e = read(f)
    assert e.ocr and any("junk" in n for n in e.notes)


def test_deskew_estimates_the_angle(fx):
    from PIL import Image

    image = Image.open(fx / f"{names(fx)[2]}.p1.clean300.png").convert("L")
    assert abs(ocr.estimate_skew(image)) < 0.2
    tilted = image.rotate(-2.5, resample=Image.BICUBIC, fillcolor=255)
    assert abs(ocr.estimate_skew(tilted) - 2.5) <= 0.2


def test_missing_tesseract_names_the_fix(fx, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(IngestError, match="apt-get install tesseract-ocr tesseract-ocr-vie"):
        read(fx / f"{names(fx)[0]}.p1.clean300.png")


def test_an_installed_page_map_spreads_the_pages(fx, monkeypatch):
    """A cluster engine's page map (store/ray_engine.py) gets every page of a multi-page scan, in order."""
    seen: list[int] = []

    def recording_map(fn, pages):
        seen.extend(p.index for p in pages)
        return [fn(p) for p in pages]

    name = names(fx)[-1]
    plain = read(fx / f"{name}.scanned.pdf")
    monkeypatch.setattr(ocr, "_page_map", None)
    ocr.use_page_map(recording_map)
    try:
        mapped = read(fx / f"{name}.scanned.pdf")
    finally:
        ocr.use_page_map(None)
    assert seen == [0, 1] and mapped.text == plain.text
