"""Born-digital text layers (issue 9): letters of a letter-spaced title that touch are one word, so
'K T . BỘ TRƯỞNG' (space characters of no width between K, T and the dot) is the prefix 'KT.'.

The PDFs are drawn by the tests with reportlab and a known font.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.ingest import read
from vanban.ingest.layout import Word
from vanban.ingest.pdffile import _join_touching

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _signature_pdf(path: Path, gap_spaces: bool) -> Path:
    """A closing block whose 'KT.' is typed letter by letter with space characters between them;
    with gap_spaces those spaces have no width (the letters touch), else an ordinary width."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if not FONT.is_file():
        pytest.skip("DejaVu fonts missing (apt-get install fonts-dejavu-core)")
    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT)))
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont("DejaVuSerif", 12)
    c.drawString(72, 700, "Nơi nhận:")
    c.drawString(72, 684, "- Như Điều 3;")
    t = c.beginText(360, 700)
    t.setFont("DejaVuSerif", 12)
    space = pdfmetrics.stringWidth(" ", "DejaVuSerif", 12)
    if gap_spaces:
        t.setWordSpace(-space)  # a space advances by nothing: the letters touch
    t.textOut("K T .")
    t.setWordSpace(0)
    t.textOut(" BỘ TRƯỞNG")
    c.drawText(t)
    c.drawString(372, 684, "THỨ TRƯỞNG")
    c.drawString(360, 620, "Nguyễn Văn An")
    c.save()
    return path


def test_touching_letters_of_a_spaced_prefix_are_one_word(tmp_path):
    text = read(_signature_pdf(tmp_path / "kt.pdf", gap_spaces=True)).text
    assert "KT. BỘ TRƯỞNG" in text


def test_letters_with_a_real_gap_stay_apart(tmp_path):
    text = read(_signature_pdf(tmp_path / "spaced.pdf", gap_spaces=False)).text
    assert "K T . BỘ TRƯỞNG" in text or "K T. BỘ TRƯỞNG" in text


@pytest.mark.parametrize("words, joined", [
    ([("K", 10, 20, 100), ("T", 20, 28, 100), (".", 28.2, 31, 100), ("BỘ", 34, 50, 100)], ["KT.", "BỘ"]),
    ([("Số:", 10, 30, 100), ("12/QĐ", 33, 60, 100)], ["Số:", "12/QĐ"]),       # an ordinary space gap
    ([("A", 10, 20, 100), ("B", 20, 28, 140)], ["A", "B"]),                     # touching, but another line
])
def test_join_touching(words, joined):
    ws = [Word(t, x0, x1, top, top + 10) for t, x0, x1, top in words]
    assert [w.text for w in _join_touching(ws)] == joined


# ---- DOCX: a one-column table is a box around lines (docx03: the title and its trích yếu in one cell) ----

SUBJECT = ("Về việc công bố danh mục thủ tục hành chính ban hành mới trong lĩnh vực đường bộ thuộc thẩm quyền "
           "giải quyết của UBND cấp huyện", "trên địa bàn tỉnh Quảng Bình")


@pytest.mark.parametrize("rows", [
    [["QUYẾT ĐỊNH", *SUBJECT]],
    [["QUYẾT ĐỊNH"], list(SUBJECT)],
])
def test_title_and_subject_in_a_one_column_table(tmp_path, rows):
    docx = pytest.importorskip("docx")
    from vanban import parse_file

    d = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "Số: 15/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Quảng Bình, ngày 03 tháng 02 năm 2025"):
        d.add_paragraph(line)
    table = d.add_table(rows=len(rows), cols=1)
    table.style = "Table Grid"  # bordered: not taken for a borderless layout table
    for r, paragraphs in enumerate(rows):
        cell = table.cell(r, 0)
        cell.text = paragraphs[0]
        for p in paragraphs[1:]:
            cell.add_paragraph(p)
    d.add_paragraph("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH")
    d.add_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương;")
    d.save(tmp_path / "boxed.docx")
    rec = parse_file(tmp_path / "boxed.docx")
    assert rec.doc_type is not None and rec.doc_type.code == "QĐ"
    assert rec.subject == " ".join(SUBJECT)
