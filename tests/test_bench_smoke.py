"""Smoke tests for `make bench`: the corpus generator and a tiny run. No timing assertions."""

from __future__ import annotations

import json
import re

import pytest

from bench import corpus
from bench.run import Config, run


def test_generator_is_deterministic_and_realistic(tmp_path):
    a = corpus.generate(tmp_path / "a", 30, seed=7)
    b = corpus.generate(tmp_path / "b", 30, seed=7)
    assert a["documents"] == 30 and a["bytes"] == b["bytes"]
    first = corpus.doc_path(tmp_path / "a", 0).read_text(encoding="utf-8")
    assert first == corpus.doc_path(tmp_path / "b", 0).read_text(encoding="utf-8")
    sizes = [corpus.doc_path(tmp_path / "a", i).stat().st_size for i in range(30)]
    assert 4_000 < sum(sizes) / len(sizes) < 30_000  # the samples' lengths (6-18 kB), not toy texts
    for i in range(30):
        text = corpus.doc_path(tmp_path / "a", i).read_text(encoding="utf-8")
        assert re.search(r"^Số: \S+", text, re.M)
        assert len(re.findall(r"^Căn cứ .+ số ", text, re.M)) >= 4
        assert re.search(r"ngày \d\d tháng \d\d năm 20\d\d", text)
    # a second run over the same folder is reused, not rewritten
    assert corpus.generate(tmp_path / "a", 30, seed=7)["reused"] is True


def test_generated_documents_cite_each_other(tmp_path):
    corpus.generate(tmp_path, 60, seed=3)
    numbers, cited = set(), set()
    for i in range(60):
        text = corpus.doc_path(tmp_path, i).read_text(encoding="utf-8")
        numbers.add(re.search(r"^Số: (\S+)", text, re.M).group(1))
        cited |= set(re.findall(r"^Căn cứ \S+(?: \S+)? số (\S+) ngày", text, re.M))
    assert len(numbers & cited) >= 10


def test_pipeline_reads_a_generated_document(tmp_path):
    from vanban import parse_text

    corpus.generate(tmp_path, 5, seed=11)
    text = corpus.doc_path(tmp_path, 4).read_text(encoding="utf-8")
    printed = re.search(r"^Số: (\S+)", text, re.M).group(1)
    rec = parse_text(text)
    assert rec.number is not None and rec.number.normalized.replace("Đ", "D") == printed.replace("Đ", "D")
    assert len(rec.citations) >= 4


def test_tiny_bench_writes_results(tmp_path):
    pytest.importorskip("psutil")
    cfg = Config(scale=0.0001, sections=("text", "import", "graph"), out=tmp_path, work=tmp_path / "work",
                 workers=1, text_limit=2, text_seconds=0.1)
    results = run(cfg)
    saved = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert saved["machine"]["cores"] >= 1 and saved["machine"]["python"]
    assert saved["text"]["single_core"]["documents"] >= 2
    assert {s["stage"] for s in saved["text"]["stages"]["stages"]} >= {"normalize", "vanban_segment"}
    assert saved["import"]["runs"][0]["documents"] == 10 and saved["import"]["runs"][1]["documents"] == 20
    assert saved["import"]["runs"][1]["exit_code"] == 0
    assert saved["graph"]["status"] in ("ok", "not available")
    md = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert "Machine:" in md and "## Goals" in md
    assert results["goals"]


def test_render_bench_makes_the_same_image_pdf_twice_and_reuses_it(tmp_path):
    """bench.render's image-only PDFs are invariant (their bytes key the OCR cache) and made once."""
    import shutil

    from bench import render

    reportlab = pytest.importorskip("reportlab")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm missing (apt-get install poppler-utils)")
    from reportlab.pdfgen import canvas

    src = tmp_path / "doc.pdf"
    c = canvas.Canvas(str(src), pagesize=(595, 842), invariant=1)
    for n in range(3):
        c.drawString(60, 780, f"page {n + 1}")
        c.showPage()
    c.save()
    assert reportlab is not None
    a = render.render(src, render.VARIANTS["jpeg200"], tmp_path / "a", pages=2)
    b = render.render(src, render.VARIANTS["jpeg200"], tmp_path / "b", pages=2)
    assert a.read_bytes() == b.read_bytes()
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(a))
    try:
        assert len(pdf) == 2 and pdf[0].get_textpage().get_text_range().strip() == ""  # image only
        assert abs(pdf[0].get_size()[0] - 595) < 1  # the page keeps its size
    finally:
        pdf.close()
    mtime = a.stat().st_mtime_ns
    assert render.render(src, render.VARIANTS["jpeg200"], tmp_path / "a", pages=2).stat().st_mtime_ns == mtime
