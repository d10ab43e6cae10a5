"""Shared helpers for the ingest tests: the generated fixture directory and text comparisons."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
import unicodedata
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
GENERATOR = HERE / "fixtures" / "make_fixtures.py"


def _generator():
    spec = importlib.util.spec_from_file_location("make_fixtures", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_fixtures"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def fixtures_dir() -> Path:
    """Generate (or reuse) the fixtures; skip the caller when the generator's tools are missing."""
    pytest.importorskip("docx")
    pytest.importorskip("reportlab", reason="reportlab builds the PDF fixtures (pip install reportlab)")
    pytest.importorskip("pypdfium2")
    gen = _generator()
    if gen.font_paths() is None:
        pytest.skip("DejaVu fonts missing (apt-get install fonts-dejavu-core)")
    return gen.build()


def names(root: Path) -> list[str]:
    return sorted(p.stem for p in root.glob("0*.txt"))


def layout(root: Path, name: str) -> dict:
    return json.loads((root / f"{name}.layout.json").read_text(encoding="utf-8"))


def gold(root: Path, name: str) -> dict:
    return json.loads((root / f"{name}.json").read_text(encoding="utf-8"))


def flat(text: str) -> str:
    """Whitespace collapsed, NFC: for comparing text that a PDF wrapped differently."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def char_accuracy(ocr_text: str, reference: str) -> float:
    """1 - Levenshtein distance / reference length, on whitespace-collapsed text."""
    from rapidfuzz.distance import Levenshtein

    a, b = flat(ocr_text), flat(reference)
    return 1 - Levenshtein.distance(a, b) / max(1, len(b))


def have_tesseract() -> bool:
    if shutil.which("tesseract") is None:
        return False
    try:
        from vanban.ingest import ocr

        ocr.check_tesseract()
        return True
    except Exception:
        return False


needs_tesseract = pytest.mark.skipif(
    not have_tesseract(), reason="tesseract with Vietnamese data not installed (apt-get install tesseract-ocr tesseract-ocr-vie)"
)


# ---- drawn signature blocks (tests of ingest/sigtitles.py and ingest/sigtwins.py) ----------------------

BLOCK_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
BLOCK_PAGE = (2480, 1400)  # width, height: an A4 page's width at 300 dpi, its top half


def block_font(size: int):
    """The signature block's bold serif at `size` px; the test is skipped without the fonts."""
    from PIL import ImageFont

    try:
        return ImageFont.truetype(BLOCK_FONT, size)
    except OSError:
        pytest.skip("DejaVu fonts missing")


def centred_line(draw, text: str, centre: float, base: float, font) -> tuple[float, float, float, float]:
    """Draw `text` in black centred on `centre` with its baseline at `base`; its box (x0, x1, top, bottom)."""
    left, top, right, bottom = draw.textbbox((0, base), text, font=font, anchor="ls")
    x = centre - (right - left) / 2
    draw.text((x, base), text, fill=0, font=font, anchor="ls")
    return x, x + (right - left), top, bottom


def read_line(*pairs: tuple[str, float]):
    """OCR words (text, confidence) side by side on one line of the signature column, as the page gave them."""
    from vanban.ingest.layout import Word

    out, x = [], 1300.0
    for text, conf in pairs:
        out.append(Word(text, x, x + 30 * len(text), 600, 650, conf))
        x += 30 * len(text) + 20
    return out
