"""Issue 17, the parse side: hostile and broken inputs fail fast with a clear error, or degrade with a warning.

Every file is built by the test (tests/hostile_files.py); nothing hostile is stored in the repository.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hostile_files import HEADER_LINES, docx, footnotes_xml, header_body, numbering_xml, paragraph

from vanban import IngestError, VanbanError, parse_file, parse_text
from vanban.ingest import limits as lim
from vanban.ingest import read

LIBRARY_CODE = re.compile(r"\[(E|W)\d{3}\]|Traceback|Error:")


# ------------------------------------------------------------------ limits


def test_zip_bomb_fails_before_inflating_naming_limit_and_flag(tmp_path: Path) -> None:
    # document.xml inflates to 300 MB from about 1 MB: over the default 256 MB
    bomb = docx(tmp_path / "bomb.docx", header_body(), padding_mb=300)
    assert bomb.stat().st_size < 3 * lim.MB
    with pytest.raises(IngestError) as e:
        read(bomb)
    assert "--max-unzipped-mb" in e.value.message and "256 MB" in e.value.message
    assert e.value.stage == "ingest"


def test_unzipped_limit_is_configurable(tmp_path: Path) -> None:
    doc = docx(tmp_path / "padded.docx", header_body(), padding_mb=3)
    assert "Hà Nội" in read(doc).text  # under the default
    with pytest.raises(IngestError, match=r"over the limit of 2 MB .*--max-unzipped-mb"):
        read(doc, lim.Limits(max_unzipped_mb=2))


def test_entry_count_limit(tmp_path: Path) -> None:
    doc = docx(tmp_path / "many.docx", header_body(), extra_entries=60)
    assert read(doc, lim.Limits(max_zip_entries=100)).text
    with pytest.raises(IngestError, match=r"members, over the limit of 50 \(--max-zip-entries"):
        read(doc, lim.Limits(max_zip_entries=50))


def _pdf(path: Path, pages: int) -> Path:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas")
    c = canvas.Canvas(str(path))
    for i in range(pages):
        c.drawString(72, 720, f"Trang {i + 1} of a long report")
        c.showPage()
    c.save()
    return path


def test_pdf_page_limit(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "long.pdf", 12)
    with pytest.raises(IngestError, match=r"PDF has 12 pages, over the limit of 10 \(--max-pages raises it\)"):
        read(pdf, lim.Limits(max_pages=10))
    assert len(read(pdf, lim.Limits(max_pages=12)).pages) == 12


def test_two_thousand_page_pdf_fails_at_the_default_limit(tmp_path: Path) -> None:
    pdf = _pdf(tmp_path / "huge.pdf", 2000)
    with pytest.raises(IngestError, match=r"PDF has 2000 pages, over the limit of 1000 \(--max-pages raises it\)"):
        read(pdf)


def test_image_pixel_limit_read_from_the_header(tmp_path: Path) -> None:
    image = pytest.importorskip("PIL.Image")
    png = tmp_path / "big.png"
    image.new("1", (4000, 3000)).save(png)
    with pytest.raises(IngestError, match=r"12,000,000 pixels, over the limit of 1,000,000 \(--max-pixels"):
        read(png, lim.Limits(max_pixels=1_000_000))


def test_parse_command_takes_the_limit_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vanban.cli import main

    doc = docx(tmp_path / "padded.docx", header_body(), padding_mb=3)
    assert main(["parse", str(doc), "--max-unzipped-mb", "2"]) == 1
    assert "--max-unzipped-mb" in capsys.readouterr().err
    assert main(["parse", str(doc), "--max-unzipped-mb", "8"]) == 0


# ------------------------------------------------------------------ DOCX numbering and footnotes

LIST = [paragraph("Tổ chức hội nghị sơ kết.", num=("1", "0")), paragraph("Báo cáo kết quả.", num=("1", "0"))]


@pytest.mark.parametrize("levels, para_level, note", [
    ([("12", "1", "decimal", "%1.")], "0", "list level '12' out of range"),
    ([("0", "abc", "decimal", "%1.")], "0", "list start 'abc' is not a number"),
    ([("0", "1", "decimal", "%1.")], "12", "list level 12 (out of range)"),
    ([("0", "1", "decimal", "%1.")], "x", "list level -1 (out of range)"),
])
def test_bad_numbering_degrades_to_plain_text(tmp_path: Path, levels, para_level: str, note: str) -> None:
    body = header_body([paragraph("Tổ chức hội nghị sơ kết.", num=("1", para_level))])
    doc = docx(tmp_path / "bad.docx", body, numbering=numbering_xml(levels))
    rec = parse_file(doc)
    assert "\nTổ chức hội nghị sơ kết." in rec.text  # kept, without a label
    assert any(note in w.message for w in rec.warnings), [w.message for w in rec.warnings]
    assert rec.number is not None and rec.number.normalized == "12/BTC-VP"


@pytest.mark.parametrize("start, fmt, first, second", [
    ("1000000000", "upperRoman", "1000000000.", "1000000001."),  # was a hang: one "M" per thousand
    ("3999", "upperRoman", "MMMCMXCIX.", "4000."),
    ("4", "upperRoman", "IV.", "V."),
    ("1000000000", "lowerLetter", "cfdgsxl.", "cfdgsxm."),
    ("-3", "lowerRoman", "-3.", "-2."),
])
def test_list_numbers_of_any_size_render_quickly(tmp_path: Path, start: str, fmt: str, first: str, second: str) -> None:
    doc = docx(tmp_path / "big.docx", header_body(LIST), numbering=numbering_xml([("0", start, fmt, "%1.")]))
    text = read(doc).text
    assert f"{first} Tổ chức hội nghị sơ kết." in text and f"{second} Báo cáo kết quả." in text


def test_good_numbering_still_renders(tmp_path: Path) -> None:
    doc = docx(tmp_path / "ok.docx", header_body(LIST), numbering=numbering_xml([("0", "1", "upperRoman", "%1.")]))
    ex = read(doc)
    assert "I. Tổ chức hội nghị sơ kết.\nII. Báo cáo kết quả." in ex.text and not ex.notes


@pytest.mark.parametrize("xml, kept", [
    (footnotes_xml({"1": "Quyết định số 5/QĐ-BTC"})[:-20], True),  # truncated: what was read is kept
    ("<w:footnotes xmlns:w='x'><<<", False),
    ("\x00\x01 not xml", False),
])
def test_broken_footnotes_keep_the_document(tmp_path: Path, xml: str, kept: bool) -> None:
    body = header_body([paragraph("Căn cứ Quyết định", footnote="1")])
    rec = parse_file(docx(tmp_path / "fn.docx", body, footnotes=xml))
    assert "Căn cứ Quyết định¹" in rec.text
    assert ("Quyết định số 5/QĐ-BTC" in rec.text) is kept
    assert any("footnotes.xml is damaged" in w.message for w in rec.warnings)


@pytest.mark.parametrize("xml, note", [
    (numbering_xml([("0", "1", "upperRoman", "%1.")])[:-30], "word/numbering.xml is damaged"),  # truncated
    ("<w:numbering><<<", "word/numbering.xml is damaged"),
    ("\x00\x01 not xml", "word/numbering.xml is damaged"),
])
def test_damaged_numbering_xml_keeps_the_document(tmp_path: Path, xml: str, note: str) -> None:
    doc = docx(tmp_path / "num.docx", header_body(LIST), numbering=xml)
    rec = parse_file(doc)
    assert "Tổ chức hội nghị sơ kết." in rec.text and "Báo cáo kết quả." in rec.text
    assert any(w.message.startswith(note) for w in rec.warnings), [w.message for w in rec.warnings]
    assert rec.number is not None and rec.number.normalized == "12/BTC-VP"


def test_damaged_document_xml_is_a_plain_ingest_error(tmp_path: Path) -> None:
    doc = docx(tmp_path / "bad.docx", ["<w:p><w:r><w:t>unclosed"])
    with pytest.raises(IngestError) as e:
        read(doc)
    assert e.value.message.startswith("not a valid DOCX: damaged XML")


# ------------------------------------------------------------------ texts with nothing to parse


@pytest.mark.parametrize("text", ["   \n\t ", "|---|---|", "**  **", "| | |\n|---|---|\n| | |", "\u00a0\u200b"])
def test_markup_only_text_is_a_clear_ingest_error(text: str) -> None:
    with pytest.raises(VanbanError) as e:
        parse_text(text)
    assert e.value.stage == "ingest"
    assert not LIBRARY_CODE.search(e.value.message), e.value.message


def test_markup_only_file_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vanban.cli import main

    (tmp_path / "rule.md").write_text("|---|---|\n", encoding="utf-8")
    assert main(["parse", str(tmp_path / "rule.md")]) == 1
    err = capsys.readouterr().err
    assert "[ingest]" in err and "E031" not in err


class _BrokenPipeline:
    """The real pipeline with one component replaced by one that fails as a library would."""

    def __init__(self, broken: str):
        from vanban import language

        self.nlp = language.load()
        self.vocab = self.nlp.vocab
        self.pipeline = [(n, self.fail if n == broken else p) for n, p in self.nlp.pipeline]

    def make_doc(self, text: str):
        return self.nlp.make_doc(text)

    @staticmethod
    def fail(doc):
        raise ValueError("[E999] Something inside a library went wrong")


def test_internal_failures_are_stage_and_plain_message() -> None:
    from vanban import _run

    with pytest.raises(VanbanError) as e:
        _run("\n".join(HEADER_LINES), nlp=_BrokenPipeline("vanban_citations"))
    assert e.value.stage == "extract"
    assert e.value.message == "internal error in citations: Something inside a library went wrong"
