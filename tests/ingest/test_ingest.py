"""Ingest without OCR: text encodings, DOCX, text PDFs, bad inputs, the column layout."""

from __future__ import annotations

import shutil
import unicodedata
from itertools import pairwise
from pathlib import Path

import pytest
from ingest_fixtures import fixtures_dir, flat, layout, lines, names

from vanban.errors import IngestError
from vanban.ingest import Extracted, quality, read
from vanban.ingest.layout import Word, page_text

ISSUER_000 = "BCH ĐOÀN TỈNH KIÊN GIANG"
MOTTO = "ĐOÀN TNCS HỒ CHÍ MINH"
DATE_000 = "Rạch Giá, ngày 26 tháng 7 năm 2023"
NUMBER_000 = "Số: 342-CV/TĐTN-BPT"


@pytest.fixture(scope="module")
def fx() -> Path:
    return fixtures_dir()


def _check_pages(e: Extracted) -> None:
    assert e.pages, "pages must be set"
    assert e.pages[0][0] == 0 and e.pages[-1][1] == len(e.text)
    for (a, b), (c, d) in pairwise(e.pages):
        assert a <= b <= c <= d


# ---------------------------------------------------------------- text files


@pytest.mark.parametrize(
    "fname, encoding",
    [("utf8.txt", "utf-8"), ("utf8bom.txt", "utf-8-sig"), ("utf16le.txt", "utf-16-le"), ("utf16be.txt", "utf-16-be")],
)
def test_text_encodings_detected(fx, fname, encoding):
    e = read(fx / fname)
    reference = (fx / "utf8.txt").read_text(encoding="utf-8")
    assert e.format == "txt" and e.encoding == encoding
    assert e.text == reference
    assert e.notes == []
    _check_pages(e)


def test_utf16_without_bom_is_recognised_with_a_note(fx):
    e = read(fx / "utf16nobom.txt")
    assert e.encoding == "utf-16-le"
    assert e.text == (fx / "utf8.txt").read_text(encoding="utf-8")
    assert any("NUL pattern" in n for n in e.notes)


def test_cp1258_is_decoded_composed_and_noted(fx):
    e = read(fx / "cp1258.txt")
    assert e.encoding == "cp1258"
    assert any("Windows-1258" in n for n in e.notes)
    assert unicodedata.is_normalized("NFC", e.text)
    assert NUMBER_000 in e.text and DATE_000 in e.text and ISSUER_000 in e.text
    assert "Kính gửi: BTV các Huyện, Thành đoàn và Đoàn trực thuộc" in e.text


def test_text_without_vietnamese_is_still_text(fx):
    e = read(fx / "english.txt")
    assert e.encoding == "utf-8" and e.text.startswith("Minutes of the meeting.")


def test_nfd_text_is_composed_with_a_note(tmp_path):
    f = tmp_path / "nfd.txt"
    f.write_bytes(unicodedata.normalize("NFD", "Số: 178-TB/ĐTN\nTP. Hồ Chí Minh, ngày 03 tháng 8 năm 2023\n").encode("utf-8"))
    e = read(f)
    assert e.text.startswith("Số: 178-TB/ĐTN\nTP. Hồ Chí Minh")
    assert any("NFC" in n for n in e.notes)


@pytest.mark.parametrize("fname, message", [("empty.txt", "empty file"), ("blank.txt", "empty file"), ("garbage.txt", "binary")])
def test_bad_text_files(fx, fname, message):
    with pytest.raises(IngestError, match=message) as info:
        read(fx / fname)
    assert info.value.stage == "ingest" and info.value.path.endswith(fname)


def test_missing_file_directory_and_unknown_type(tmp_path):
    with pytest.raises(IngestError, match="not found"):
        read(tmp_path / "nope.txt")
    with pytest.raises(IngestError, match="directory"):
        read(tmp_path)
    f = tmp_path / "data.xyz"
    f.write_text("Số: 1/QĐ-UBND", encoding="utf-8")
    with pytest.raises(IngestError, match="unsupported file type"):
        read(f)


def test_quality_flags_legacy_font_soup_and_cids():
    # "Thực hiện Kế hoạch số 35 của Ban Thường vụ Tỉnh đoàn" as a TCVN3 font without a ToUnicode map shows it
    assert quality.measure("Thùc hiÖn KÕ ho¹ch sè 35 cña Ban Th−êng vô TØnh ®oµn").junk_share > 0.08
    assert quality.measure("(cid:12)(cid:15)(cid:33) (cid:40)").junk_share > 0.5
    assert quality.measure("Thực hiện Kế hoạch số 35 của Ban Thường vụ Tỉnh đoàn “3 trách nhiệm” – 100%").junk == 0


# ---------------------------------------------------------------- DOCX


def _assert_column_order(text: str, lay: dict) -> None:
    """Left header column, then right column, then the body; closing block: Nơi nhận, then signature."""
    ls = lines(text)
    flat_lines = [flat(ln) for ln in ls]

    def index(item: str) -> int:
        target = flat(item)
        for i, ln in enumerate(flat_lines):
            if ln == target:
                return i
        raise AssertionError(f"{item!r} is not a line of its own in:\n" + "\n".join(ls[:25]))

    left = [index(x) for x in lay["left"]]
    right = [index(x) for x in lay["right"]]
    assert left == sorted(left) and right == sorted(right)
    if left and right:
        assert max(left) < min(right), "header columns interleaved"
    first_body = index(lay["body"][0])
    assert all(i < first_body for i in left + right)
    dist = [index(x) for x in lay["dist"]]
    sign = [index(x) for x in lay["sign"]]
    if dist and sign:
        assert max(dist) < min(sign)


@pytest.mark.parametrize("i", range(5))
def test_docx_reads_tables_in_document_order(fx, i):
    name = names(fx)[i]
    lay = layout(fx, name)
    e = read(fx / f"{name}.docx")
    assert e.format == "docx" and not e.ocr and e.encoding is None
    _check_pages(e)
    _assert_column_order(e.text, lay)
    body = flat(e.text)
    for para in lay["body"]:
        assert flat(para) in body


def test_docx_header_block_is_what_the_segmenter_expects(fx):
    e = read(fx / "000_3b4e9c3261a24426.docx")
    head = lines(e.text)[:5]
    assert head[0] == ISSUER_000 and head[1] == NUMBER_000
    assert head[2].startswith('"V/v triển khai') and head[2].endswith('TTHC"')
    assert head[3:5] == [MOTTO, DATE_000]


def test_docx_footnotes_numbering_tables_pages(fx):
    e = read(fx / "special.docx")
    assert "Triển khai tại 12 tỉnh¹ và các thành phố trực thuộc Trung ương²." in e.text
    assert set(e.footnotes) == {"1", "2"}
    a, b = e.footnotes["1"]
    assert e.text[a:b] == "Gồm Hà Nội, Hưng Yên và Bắc Ninh."
    assert e.text[a - 2:a] == "¹ "
    assert e.text.rstrip().endswith("² Theo Quyết định số 12/QĐ-UBND.")
    ls = lines(e.text)
    assert "1. Mục đích" in ls and "2. Yêu cầu" in ls and "- Đoàn viên tham gia" in ls
    assert "STT\tĐơn vị\tSố lượng" in ls and "1\tHuyện đoàn Châu Thành\t120" in ls
    assert len(e.pages) == 2
    assert e.page_of(e.text.index("Trang hai")) == 2 and e.page_of(e.text.index("Mục đích")) == 1


@pytest.mark.parametrize("fname", ["truncated.docx", "notzip.docx"])
def test_broken_docx(fx, fname):
    with pytest.raises(IngestError, match="not a valid DOCX"):
        read(fx / fname)


def test_legacy_doc_without_libreoffice_names_the_fix(tmp_path, monkeypatch):
    f = tmp_path / "old.doc"
    f.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(IngestError, match="libreoffice-writer-nogui"):
        read(f)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_legacy_doc_is_converted(fx, tmp_path):
    import subprocess

    profile = f"file://{tmp_path}/profile"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to", "doc",
                    "--outdir", str(tmp_path), str(fx / "000_3b4e9c3261a24426.docx")], check=True, capture_output=True, timeout=180)
    e = read(tmp_path / "000_3b4e9c3261a24426.doc")
    assert NUMBER_000 in e.text and any("LibreOffice" in n for n in e.notes)


# ---------------------------------------------------------------- text PDFs


@pytest.mark.parametrize("i", range(5))
def test_text_pdf_keeps_header_columns_apart(fx, i):
    name = names(fx)[i]
    lay = layout(fx, name)
    e = read(fx / f"{name}.pdf")
    assert e.format == "pdf" and not e.ocr and e.ocr_confidence is None
    _check_pages(e)
    assert len(e.pages) >= 2
    ls = [flat(ln) for ln in lines(e.text)]
    # right column lines are short enough not to wrap: each is a line of its own, after the whole left column
    first_body = ls.index(flat(lay["body"][0]))
    right_idx = [ls.index(flat(r)) for r in lay["right"]]
    assert right_idx == sorted(right_idx) and all(r < first_body for r in right_idx)
    left_text = flat(" ".join(ls[: min(right_idx, default=first_body)]))
    for item in lay["left"]:
        assert flat(item) in left_text, f"{item!r} not in the left column block"
    body = flat(e.text)
    for para in lay["body"]:
        assert flat(para) in body
    # closing block: the signer's name is the last line, the Nơi nhận list before the signature
    assert ls[-1] == flat(lay["sign"][-1])
    assert ls.index(flat(lay["dist"][0])) < ls.index(flat(lay["sign"][0]))


def test_text_pdf_pages_and_page_numbers(fx):
    e = read(fx / "000_3b4e9c3261a24426.pdf")
    assert len(e.pages) == 5
    assert any("page numbers" in n for n in e.notes)
    assert not any(ln.strip().isdigit() and len(ln.strip()) == 1 for ln in e.text.split("\n"))
    assert e.page_of(e.text.index(DATE_000)) == 1
    assert e.page_of(e.text.index("Phan Đình Nhân")) == 5


def test_nfd_pdf_comes_out_composed(fx):
    nfd = read(fx / "nfd.pdf")
    nfc = read(fx / "000_3b4e9c3261a24426.pdf")
    assert unicodedata.is_normalized("NFC", nfd.text)
    assert flat(nfd.text) == flat(nfc.text)


def test_pdf_with_empty_user_password_opens(fx):
    e = read(fx / "owner_only.pdf")
    assert NUMBER_000 in e.text and MOTTO in e.text


@pytest.mark.parametrize(
    "fname, message",
    [("encrypted.pdf", "encrypted PDF"), ("zero_pages.pdf", "no pages"), ("garbage.pdf", "not a PDF")],
)
def test_bad_pdfs(fx, fname, message):
    with pytest.raises(IngestError, match=message):
        read(fx / fname)


def test_damaged_pdf(tmp_path):
    f = tmp_path / "broken.pdf"
    f.write_bytes(b"%PDF-1.4\n1 0 obj <<>> garbage garbage\n")
    with pytest.raises(IngestError, match="PDF"):
        read(f)


def test_pdf_named_txt_is_read_as_pdf_with_a_note(fx, tmp_path):
    f = tmp_path / "misnamed.txt"
    f.write_bytes((fx / "004_c48570c1bf672f33.pdf").read_bytes())
    e = read(f)
    assert e.format == "pdf" and "Số: 2094-CV/TĐTN-TCKT" in e.text
    assert "is a PDF" in e.notes[0]


# ---------------------------------------------------------------- layout on synthetic words


def _row(y: float, *cells: tuple[str, float]) -> list[Word]:
    """Words of a printed line: each (text, x) cell set at x with 6 pt per character, 3 pt spaces."""
    out = []
    for text, x in cells:
        for word in text.split():
            out.append(Word(word, x, x + 6.0 * len(word), y, y + 12))
            x += 6.0 * len(word) + 3
    return out


def test_layout_splits_interleaved_header_and_keeps_body_order():
    words = _row(50, ("UBND TỈNH AN GIANG", 80), ("CỘNG HÒA XÃ HỘI", 330))
    words += _row(65, ("Số: 12/QĐ-UBND", 90), ("Độc lập - Tự do", 335))
    words += _row(80, ("Rạch Giá, ngày 5", 340))
    words += _row(120, ("QUYẾT ĐỊNH", 260))
    words += _row(140, ("Căn cứ Luật Tổ chức chính quyền địa phương;", 60))
    words += _row(155, ("Xét đề nghị của Giám đốc Sở Nội vụ.", 60))
    text = page_text(words, 595, 842, first_page=True, last_page=False)
    assert text.split("\n") == [
        "UBND TỈNH AN GIANG", "Số: 12/QĐ-UBND", "", "CỘNG HÒA XÃ HỘI", "Độc lập - Tự do", "Rạch Giá, ngày 5", "",
        "QUYẾT ĐỊNH", "", "Căn cứ Luật Tổ chức chính quyền địa phương;", "Xét đề nghị của Giám đốc Sở Nội vụ.",
    ]


def test_layout_without_two_columns_reads_top_to_bottom():
    words = _row(50, ("BÁO CÁO", 260)) + _row(70, ("Kết quả triển khai", 60)) + _row(85, ("Hè năm 2023", 60))
    assert page_text(words, 595, 842, first_page=True, last_page=True).split("\n") == [
        "BÁO CÁO", "Kết quả triển khai", "Hè năm 2023",
    ]


def test_layout_splits_closing_block_of_last_page():
    words = _row(50, ("Đề nghị các đơn vị triển khai thực hiện nghiêm túc nội dung trên./.", 60))
    words += _row(70, ("Nơi nhận:", 60), ("TM. BAN THƯỜNG VỤ", 360))
    words += _row(85, ("- Như trên;", 60), ("BÍ THƯ", 400))
    words += _row(100, ("- Lưu VP.", 60))
    words += _row(140, ("Nguyễn Văn A", 380))
    text = page_text(words, 595, 842, first_page=False, last_page=True)
    assert [ln for ln in text.split("\n") if ln] == [
        "Đề nghị các đơn vị triển khai thực hiện nghiêm túc nội dung trên./.",
        "Nơi nhận:", "- Như trên;", "- Lưu VP.", "TM. BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A",
    ]
