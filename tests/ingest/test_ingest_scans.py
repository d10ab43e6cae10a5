"""Issue 9 classes built from small PDFs and images made here: e-signature widgets that fill the
blanks of the page text, a hidden text layer without diacritics over a scan.

Tests that need tesseract are marked; the real inputs (../shared/corpus/inputs) are used when present.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_fixtures import needs_tesseract

from vanban.ingest import annots, read
from vanban.ingest.layout import Word

reportlab = pytest.importorskip("reportlab")
INPUTS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "inputs"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _canvas(path: Path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if not FONT.is_file():
        pytest.skip("DejaVu fonts missing (apt-get install fonts-dejavu-core)")
    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    c.setFont("DejaVuSerif", 12)
    return c


def _widget(c, name: str, value: str, x: float, y: float, width: float = 40) -> None:
    """A form field whose appearance stream draws `value`, as e-signing tools draw số and ngày."""
    c.acroForm.textfield(name=name, value=value, x=x, y=y, width=width, height=18, borderWidth=0,
                         fontName="Helvetica", fontSize=12, fillColor=None, borderColor=None, forceBorder=False)


def _blanks_line(c, x: float, y: float, parts: list[str], fills: list[str], blank: float = 40) -> None:
    """Print `parts` with a blank of `blank` points between them; a widget draws each fill in its blank."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for k, part in enumerate(parts):
        c.drawString(x, y, part)
        x += stringWidth(part, "DejaVuSerif", 12) + 4
        if k < len(fills):
            _widget(c, f"Signature{y:.0f}{k}", fills[k], x, y - 5, blank - 8)
            x += blank


def _signed_header(path: Path, stamp: bool = False) -> Path:
    c = _canvas(path)
    c.drawString(60, 780, "ỦY BAN NHÂN DÂN")
    c.drawString(300, 780, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    _blanks_line(c, 60, 760, ["Số:", "/QĐ-UBND"], ["221"])
    _blanks_line(c, 300, 760, ["Hà Nội, ngày", "tháng", "năm 2025"], ["20", "02"], 30)
    if stamp:  # a visible signature stamp floating above the letterhead: not document text
        _widget(c, "Signature9", "Signed by: Van phong 18.11.2024", 300, 810, 200)
    c.drawString(60, 700, "QUYẾT ĐỊNH")
    c.save()
    return path


def test_signature_widgets_fill_the_blanks_of_number_and_date(tmp_path):
    e = read(_signed_header(tmp_path / "signed.pdf"))
    assert "Số: 221 /QĐ-UBND" in e.text
    assert "Hà Nội, ngày 20 tháng 02 năm 2025" in e.text
    assert any("appearances placed" in n and "221" in n for n in e.notes)


def test_a_floating_signature_stamp_is_not_page_text(tmp_path):
    e = read(_signed_header(tmp_path / "stamped.pdf", stamp=True))
    assert "18.11.2024" not in e.text and "Số: 221 /QĐ-UBND" in e.text


@pytest.mark.parametrize("extra, kept", [
    (Word("565", 118, 138, 100, 112), True),    # in the blank between "Số:" and "/TB-UBND"
    (Word("565", 90, 130, 100, 112), False),    # drawn over the printed "Số:"
    (Word("565", 118, 138, 40, 52), False),     # on no printed line
    (Word("02", 139, 152, 101, 113), True),     # touching "/TB-UBND" by a point: still a blank
])
def test_fill_blanks_keeps_words_in_blanks_of_printed_lines(extra, kept):
    printed = [Word("Số:", 90, 110, 100, 112), Word("/TB-UBND", 150, 200, 100, 112)]
    merged, left_out = annots.fill_blanks(printed, [extra])
    assert (extra in merged) is kept and left_out == (0 if kept else 1)


@pytest.mark.parametrize("bbox, matrix, rect, point, expected", [
    ([0, 0, 100, 20], (1, 0, 0, 1, 0, 0), [50, 700, 150, 720], (10, 5), (60, 705)),
    ([0, 0, 50, 10], (1, 0, 0, 1, 0, 0), [50, 700, 150, 720], (10, 5), (70, 710)),  # scaled to the Rect
    ([0, 0, 20, 100], (0, 1, -1, 0, 0, 0), [50, 700, 150, 720], (0, 0), (150, 700)),  # rotated form
])
def test_appearance_matrix_fits_bbox_to_rect(bbox, matrix, rect, point, expected):
    from pdfminer.utils import apply_matrix_pt

    x, y = apply_matrix_pt(annots.fit_matrix(bbox, matrix, rect), point)
    assert (round(x, 6), round(y, 6)) == expected


def _junk_layer_scan(path: Path) -> Path:
    """A page image of Vietnamese text with an invisible text layer that lost every diacritic."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    lines = ["ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "Số: 358/QĐ-UBND", "QUYẾT ĐỊNH",
             "Về việc công bố danh mục thủ tục hành chính mới ban hành"]
    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 30)
    for k, line in enumerate(lines):
        draw.text((120, 150 + 60 * k), line, fill=0, font=font)
    c = _canvas(path)
    c.drawImage(ImageReader(image), 0, 0, 595, 842)
    text = c.beginText(60, 780)
    text.setTextRenderMode(3)  # invisible, as OCR software writes its layer
    for k in range(14):
        text.textLine("UY BAN NHAN DAN TINH TAY NINH So: .3.5s /QD-UBND QUYET DINH Ve viec cong bo" if k % 2 == 0
                      else "danh muc thu tuc hanh chinh moi ban hanh trong linh vuc dang ky cu tru")
    c.drawText(text)
    c.save()
    return path


def test_text_layer_without_diacritics_is_judged_junk(tmp_path):
    import pdfplumber

    from vanban.ingest import pdffile

    f = _junk_layer_scan(tmp_path / "junk.pdf")
    with pdfplumber.open(f) as pdf:
        page = pdf.pages[0]
        reason = pdffile._needs_ocr(pdffile._words(page), page)
    assert reason is not None and "no Vietnamese diacritics" in reason


def test_born_digital_page_without_diacritics_and_without_scan_is_kept(tmp_path):
    """An English (or unaccented) born-digital page has nothing better to OCR from."""
    f = tmp_path / "plain.pdf"
    c = _canvas(f)
    for k in range(20):
        c.drawString(60, 780 - 18 * k, "This annex lists the administrative procedures in force since 2025")
    c.save()
    e = read(f)
    assert not e.ocr and "administrative procedures" in e.text


@needs_tesseract
def test_junk_layer_page_is_read_by_ocr(tmp_path):
    e = read(_junk_layer_scan(tmp_path / "junk.pdf"))
    assert e.ocr and "QUYẾT ĐỊNH" in e.text and "QUYET DINH" not in e.text


inputs = pytest.mark.skipif(not INPUTS.is_dir(), reason="../shared/corpus/inputs not present")


@inputs
@pytest.mark.parametrize("name, number, date", [
    ("pdf01", "Số: 565 /TB-UBND", "ngày 15 tháng 11 năm 2024"),
    ("pdf03", "Số: 221 /QĐ-UBND", "ngày 20 tháng 02 năm 2025"),
    ("pdf04", "Số: 631 /QĐ-UBND", "ngày 18 tháng 02 năm 2025"),
    ("pdf05", "Số: 102 /QĐ-TTPVHCC", "ngày 18 tháng 02 năm 2025"),
    ("pdf06", "Số: 404 /QĐ-UBND", "ngày 19 tháng 02 năm 2025"),
    ("pdf07", "Số: 270 /QĐ-BTNMT", "ngày 21 tháng 01 năm 2025"),
])
def test_inputs_e_signed_pdfs_read_number_and_day(name, number, date):
    e = read(INPUTS / f"{name}.pdf")
    assert number in e.text and date in e.text and not e.ocr


# ---- damaged layout words (ingest/repair.py) ----------------------------------------------------

@pytest.mark.parametrize("ocr_line, fixed, kind", [
    ("QUYÉT ĐỊNH", "QUYẾT ĐỊNH", "type_word"),
    ("QUYẾTĐỊNH", "QUYẾT ĐỊNH", "type_word"),
    ("THÔNG BẢO", "THÔNG BÁO", "type_word"),
    ("CHÍ THỊ", "CHỈ THỊ", "type_word"),
    ("QUYÉT ĐỊNH:", "QUYẾT ĐỊNH:", "type_word"),
    ("CỌNG HOA XA HỌI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "motto"),
    ("CỘ NG HÒA XÃ HỘI CHÚ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "motto"),
    ("Độc lập - Tự đo - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc", "motto"),
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHÍ 'NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "motto"),
    ("Số: 2 /QĐÐ-UBND", "Số: 2 /QĐ-UBND", "char"),
    ("Nơi nhận:\t1L. CHỦ TỊCH", "Nơi nhận:\tTL. CHỦ TỊCH", "char"),
    ("Nơi nhận:\tKT.CHỦ TỊCH", "Nơi nhận:\tKT. CHỦ TỊCH", "char"),
    ("Nơi nhân:", "Nơi nhận:", "label"),
    ("Kinh gửi: Sở Y tế", "Kính gửi: Sở Y tế", "label"),
    ("CHU TỊCH", "CHỦ TỊCH", "position"),
    ("PHÓ GIÁM ĐÓC", "PHÓ GIÁM ĐỐC", "position"),
    ("KT. GIÁM ĐÓC", "KT. GIÁM ĐỐC", "position"),
    ("Nơi nhận: 14\tKT, CHỦ TỊCH", "Nơi nhận: 14\tKT. CHỦ TỊCH", "char"),
    ("QUYÉT ĐỊNH -", "QUYẾT ĐỊNH", "type_word"),   # stray marks after a title word
    ("Lâm Đông, ngày 0O tháng 02 năm 2025", "Lâm Đồng, ngày 0O tháng 02 năm 2025", "place"),
    ("Cân Thơ, ngày 18 tháng 02 năm 2025", "Cần Thơ, ngày 18 tháng 02 năm 2025", "place"),
    ("THÀNH PHÓ CÀN THƠ", "THÀNH PHỐ CẦN THƠ", "place"),
    ("TỈNH LÂM ĐÒNG", "TỈNH LÂM ĐỒNG", "place"),
    ("Thành phố Hồ Chí Minh. ngày 23 tháng 6 năm 2026", "Thành phố Hồ Chí Minh, ngày 23 tháng 6 năm 2026", "char"),
])
def test_damaged_layout_words_are_repaired_with_a_record(ocr_line, fixed, kind):
    from vanban.ingest.repair import repair

    text, repairs = repair("ỦY BAN NHÂN DÂN\n" + ocr_line)
    assert text == "ỦY BAN NHÂN DÂN\n" + fixed
    assert repairs and {r.kind for r in repairs} == {kind}
    r = repairs[0]
    assert text[r.start:r.end].strip() and r.start >= len("ỦY BAN NHÂN DÂN\n")


@pytest.mark.parametrize("line", [
    "QUYẾT ĐỊNH", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÔNG TƯ", "THÔNG TRI", "Quyết định số 12/QĐ-UBND",
    "Các đơn vị thực hiện nghiêm túc quyết định này và báo cáo kết quả", "QUY ĐỊNH", "Kính gửi: Sở Y tế",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH", "Trần Ngọc Căng",
    "TỈNH HOÀ BÌNH", "Hòa Bình, ngày 17 tháng 02 năm 2025", "THÀNH PHỐ HỒ CHÍ MINH", "QUYẾT ĐỊNH:",
])
def test_right_or_ordinary_lines_are_left_alone(line):
    from vanban.ingest.repair import repair

    assert repair(line) == (line, [])


@needs_tesseract
def test_ocr_read_of_a_damaged_title_reaches_the_header(tmp_path):
    """End to end: a page image whose title OCR may damage still gives the type and a note when repaired."""
    from PIL import Image, ImageDraw, ImageFont

    from vanban import parse_file

    image = Image.new("L", (1240, 900), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 30)
    bold = ImageFont.truetype(str(FONT).replace("Serif.ttf", "Serif-Bold.ttf"), 32)
    draw.text((100, 80), "ỦY BAN NHÂN DÂN", fill=0, font=font)
    draw.text((620, 80), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fill=0, font=font)
    draw.text((100, 130), "TỈNH QUẢNG NGÃI", fill=0, font=font)
    draw.text((700, 130), "Độc lập - Tự do - Hạnh phúc", fill=0, font=font)
    draw.text((100, 200), "Số: 12/CT-UBND", fill=0, font=font)
    draw.text((650, 200), "Quảng Ngãi, ngày 05 tháng 3 năm 2024", fill=0, font=font)
    draw.text((520, 320), "CHỈ THỊ", fill=0, font=bold)
    draw.text((300, 380), "Về việc tăng cường công tác thi hành án", fill=0, font=font)
    f = tmp_path / "ct.png"
    image.save(f, dpi=(300, 300))
    rec = parse_file(f)
    assert rec.doc_type is not None and rec.doc_type.code == "CT"
    assert rec.issuer is not None and "QUẢNG NGÃI" in rec.issuer.name


@pytest.mark.parametrize("line", ["THÀNH ĐOÀN TP. HỒ CHÍ MINH", "BCH ĐOÀN TP HỒ CHÍ MINH", "ĐOÀN TP HỒ CHÍ MINH"])
def test_issuer_names_like_a_short_motto_are_not_repaired_into_it(line):
    from vanban.ingest.repair import repair

    assert repair(line) == (line, [])


def test_a_word_whose_accented_letters_sit_in_another_subset_font_stays_one_word(tmp_path):
    """PDF writers (iText, Word) put a word's accented letters in a font subset of their own; the word
    'Về' must not come out as 'V ề'."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    c = _canvas(tmp_path / "subsets.pdf")
    pdfmetrics.registerFont(TTFont("DejaVuSerif2", str(FONT)))
    x = 60.0
    for text, font in (("V", "DejaVuSerif"), ("ề", "DejaVuSerif2"), (" vi", "DejaVuSerif"), ("ệ", "DejaVuSerif2"),
                       ("c công bố", "DejaVuSerif")):
        c.setFont(font, 12)
        c.drawString(x, 700, text)
        x += pdfmetrics.stringWidth(text, font, 12)
    c.save()
    assert "Về việc công bố" in read(tmp_path / "subsets.pdf").text


# ---- DOCX blanks left for the number and the day (issue 9 item 9) ----------------------------------

@pytest.mark.parametrize("printed, closed", [
    ("Số:           /QĐ-UBND", "Số: /QĐ-UBND"),
    (" Số:   269 /QĐ-UBND", " Số: 269 /QĐ-UBND"),
    ("Hà Giang, ngày       tháng      năm 2025", "Hà Giang, ngày tháng năm 2025"),
    ("Đắk Nông, ngày        tháng 02 năm 2025", "Đắk Nông, ngày tháng 02 năm 2025"),
    ("Sóc Trăng, ngày  17  tháng  02 năm 2025", "Sóc Trăng, ngày  17  tháng  02 năm 2025"),  # no blank run
    ("ỦY BAN NHÂN DÂN     TỈNH SÓC TRĂNG", "ỦY BAN NHÂN DÂN     TỈNH SÓC TRĂNG"),  # a column gap stays
])
def test_blank_runs_are_closed(printed, closed):
    from vanban.ingest.repair import close_blanks

    assert close_blanks(printed) == closed


def test_docx_draft_with_blank_number_and_day(tmp_path):
    docx = pytest.importorskip("docx")
    from vanban import parse_file

    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số:           /QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Hà Giang, ngày       tháng 02 năm 2025", "QUYẾT ĐỊNH",
                 "Về việc công bố Danh mục thủ tục hành chính", "Căn cứ Luật Tổ chức chính quyền địa phương;"):
        d.add_paragraph(line)
    d.save(tmp_path / "draft.docx")
    rec = parse_file(tmp_path / "draft.docx")
    assert rec.issuer.name == "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"  # no "/QĐ-UBND" residue glued to it
    assert rec.number.normalized is None and rec.number.type_code == "QĐ"
    assert rec.place == "Hà Giang" and rec.issued_date == "2025-02"


# ---- signature blocks (issue 9 item 7) ---------------------------------------------------------------

PAGE_ONE = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG

Số: 349/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lâm Đồng, ngày 20 tháng 02 năm 2025

QUYẾT ĐỊNH
Công bố Danh mục thủ tục hành chính trong lĩnh vực khám bệnh, chữa bệnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ;
Theo đề nghị của Giám đốc Sở Y tế.

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này Danh mục thủ tục hành chính.
"""


def test_the_enacting_line_of_a_page_one_is_not_a_signer():
    from vanban import parse_text

    assert parse_text(PAGE_ONE).signer is None


def test_a_signature_block_after_the_body_is_still_read():
    from vanban import parse_text

    rec = parse_text(PAGE_ONE + "\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Văn Hiệp\n")
    assert rec.signer is not None and rec.signer.name == "Trần Văn Hiệp" and rec.signer.position == "Chủ tịch"


def _closing_page_words() -> list[Word]:
    """A decision's last page followed by annex pages: Nơi nhận on the left, the signature on the right."""
    rows = [("Điều 3. Chánh Văn phòng, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này./.", ""),
            ("Nơi nhận:", "KT. CHỦ TỊCH"), ("- Như Điều 3;", "PHÓ CHỦ TỊCH"), ("- Lưu: VT.", ""),
            ("", "Nguyễn Ngọc Hè")]
    words = []
    for k, (left, right) in enumerate(rows):
        top = 100 + 22 * k
        for text, x in ((left, 60.0), (right, 370.0)):
            for w in text.split():
                words.append(Word(w, x, x + 7 * len(w), top, top + 14))
                x += 7 * len(w) + 5
    return words


@pytest.mark.parametrize("last_page", [True, False])
def test_closing_block_columns_are_split_also_before_annex_pages(last_page):
    from vanban.ingest.layout import page_text

    text = page_text(_closing_page_words(), 600, 800, first_page=False, last_page=last_page)
    assert "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT." in text
    assert "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" in text and "nhận:\tKT." not in text


# ---- blank back pages (issue 9 item 6) -----------------------------------------------------------------

def test_a_blank_back_page_is_skipped_with_a_note(tmp_path):
    """A two-page scan whose back page is blank but for a few specks: no OCR for it, a note says so."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    from vanban.ingest import ocr

    front = Image.new("L", (1240, 1754), 255)
    ImageDraw.Draw(front).text((120, 150), "QUYẾT ĐỊNH", fill=0, font=ImageFont.truetype(str(FONT), 40))
    back = Image.new("L", (1240, 1754), 255)
    for x, y in ((300, 400), (900, 1200), (610, 1500)):  # dust
        ImageDraw.Draw(back).ellipse((x, y, x + 4, y + 4), fill=0)
    assert ocr.ink_share(back) < ocr.BLANK_INK < ocr.ink_share(front)
    c = _canvas(tmp_path / "two.pdf")
    for page in (front, back):
        c.drawImage(ImageReader(page), 0, 0, 595, 842)
        c.showPage()
    c.save()
    if not ocr.shutil.which("tesseract"):
        return
    e = read(tmp_path / "two.pdf")
    assert any("blank" in n and "[2]" in n for n in e.notes) and len(e.pages) == 2


@pytest.mark.parametrize("line, place", [
    ("Số: 404/QĐ-UBND\tBà Rịa - Vũng Tàu, ngày 19 tháng 02 năm 2025", "Bà Rịa - Vũng Tàu"),
    ("Số: 12/QĐ-UBND - Bắc Ninh, ngày 19 tháng 02 năm 2025", "Bắc Ninh"),  # a hyphen before the place is no part of it
    ("Số: 12/QĐ-UBND\tThành phố Hồ Chí Minh, ngày 19 tháng 02 năm 2025", "Thành phố Hồ Chí Minh"),
])
def test_place_names_with_a_hyphen(line, place):
    from vanban import parse_text

    rec = parse_text(f"ỦY BAN NHÂN DÂN\nTỈNH A\n{line}\n\nQUYẾT ĐỊNH\nVề việc công bố\n\nCăn cứ Luật Tổ chức.\n")
    assert rec.place == place
