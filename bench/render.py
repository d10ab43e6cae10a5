"""Born-digital PDFs against renders of themselves (issue 9: "a clean 300 dpi render of a born-digital
page scores within 0.05 of its PDF").

`python -m bench.render` takes the born-digital PDFs of ../shared/corpus/inputs (SOURCES.tsv kind
`pdf`), renders their first pages with pdftoppm (`clean300`: 300 dpi PNG; `jpeg200`: 200 dpi JPEG),
wraps each render as an image-only PDF (reportlab, invariant, so the bytes and hence the OCR cache key
stay the same from run to run), parses the PDFs and the renders through vanban's normal path and
prints the share of header fields right per field for each, with the scorer `vanban eval` uses for
the inputs (vanban.evaluate.header_table). Renders are kept in bench/work/render (gitignored); OCR
results in VANBAN_OCR_CACHE (default ~/.cache/vanban/ocr, as `make eval`).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT.parent / "shared" / "corpus" / "inputs"
WORK = ROOT / "bench" / "work" / "render"
DEFAULT_CACHE = Path.home() / ".cache" / "vanban" / "ocr"
PAGES = 4  # the header and the signature block are on the first pages; the rest only costs OCR time


@dataclass(frozen=True)
class Variant:
    """One way of turning a born-digital page into a picture of itself."""

    name: str
    dpi: int
    pdftoppm_format: tuple[str, ...]  # pdftoppm options choosing the image format
    suffix: str  # file suffix pdftoppm gives its pages


VARIANTS = {
    "clean300": Variant("clean300", 300, ("-png",), ".png"),
    "jpeg200": Variant("jpeg200", 200, ("-jpeg", "-jpegopt", "quality=85"), ".jpg"),
}


def born_digital(inputs: Path) -> dict[str, dict]:
    """NAME -> gold of the inputs whose SOURCES.tsv kind is a born-digital PDF."""
    from vanban.evaluate import load_gold, source_kinds

    gold_dir = inputs / "gold"
    kinds = source_kinds(gold_dir)
    return {name: gold for name, gold in load_gold(gold_dir).items() if kinds.get(name) == "pdf"}


def _image_pdf(pages: list[Path], dpi: int, out: Path) -> None:
    """An image-only PDF, one page per image at its true size (reportlab embeds PNG losslessly, JPEG as is)."""
    from PIL import Image
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1  # no creation date or random id: the same renders give the same bytes
    c = canvas.Canvas(str(out))
    for page in pages:
        with Image.open(page) as im:
            width, height = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((width, height))
        # from the bytes, not the path: reportlab names the image after its path otherwise
        c.drawImage(ImageReader(io.BytesIO(page.read_bytes())), 0, 0, width, height)
        c.showPage()
    c.save()


def render(pdf: Path, variant: Variant, work: Path, pages: int = PAGES) -> Path:
    """work/VARIANT/NAME.pdf, made once: the first `pages` pages of `pdf` as an image-only PDF."""
    folder = work / variant.name
    out = folder / f"{pdf.stem}.pdf"
    if out.is_file():
        return out
    tmp = folder / f"{pdf.stem}.pages"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-r", str(variant.dpi), "-f", "1", "-l", str(pages), *variant.pdftoppm_format,
                    str(pdf), str(tmp / "p")], check=True, capture_output=True, timeout=600)
    images = sorted(tmp.glob(f"p-*{variant.suffix}"))
    _image_pdf(images, variant.dpi, out.with_suffix(".tmp"))
    out.with_suffix(".tmp").replace(out)
    shutil.rmtree(tmp, ignore_errors=True)
    return out


def _parse(path: Path) -> dict:
    from vanban import parse_file

    try:
        return parse_file(path).model_dump(mode="json")
    except Exception as exc:  # one broken file must not hide the others' scores
        print(f"warning: {path.name}: parse failed: {exc!r}", file=sys.stderr)
        return {}


def measure(inputs: Path, work: Path, variants: list[str], pages: int = PAGES):
    """(header table with one row per variant and `pdf` for the PDFs, {row: confidence bands})."""
    from vanban.evaluate import HeaderTable, confidence_bands, header_table

    golds = born_digital(inputs)
    rows: dict[str, dict[str, dict]] = {"pdf": {n: _parse(inputs / g.get("file", f"{n}.pdf")) for n, g in golds.items()}}
    for name in variants:
        variant = VARIANTS[name]
        rows[name] = {n: _parse(render(inputs / g.get("file", f"{n}.pdf"), variant, work, pages))
                      for n, g in golds.items()}
    table, bands = HeaderTable(), {}
    for row, records in rows.items():
        part = header_table(golds, records, {n: row for n in golds})
        table.right.update(part.right)
        table.total.update(part.total)
        table.wrong.extend(part.wrong)
        bands[row] = confidence_bands(golds, records)
    return table, bands


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--inputs", type=Path, default=INPUTS, help="the inputs corpus (gold/ and SOURCES.tsv)")
    ap.add_argument("--work", type=Path, default=WORK, help="where the renders are kept")
    ap.add_argument("--variants", default="clean300", help=f"comma-separated, of {', '.join(VARIANTS)}")
    ap.add_argument("--pages", type=int, default=PAGES, help="pages rendered per PDF")
    ap.add_argument("--details", action="store_true", help="list the wrong fields")
    args = ap.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown or not (args.inputs / "gold").is_dir() or shutil.which("pdftoppm") is None:
        print(f"bench.render: needs {args.inputs}/gold, pdftoppm and variants of {list(VARIANTS)}", file=sys.stderr)
        return 2
    os.environ.setdefault("VANBAN_OCR_CACHE", str(DEFAULT_CACHE))
    from vanban.evaluate import brief, format_confidence_bands, format_header_table

    table, bands = measure(args.inputs, args.work, variants, args.pages)
    print(format_header_table(table))
    for row, b in bands.items():
        print(f"\n{row}\n{format_confidence_bands(b)}")
    if args.details:
        print()
        for fmt, doc, name, g, o in table.wrong:
            print(f"  {fmt} {doc} {name}: gold={brief(g)} output={brief(o)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
