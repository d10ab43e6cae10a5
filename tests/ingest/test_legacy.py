"""Legacy Vietnamese encodings (issue 17): TCVN3 (ABC) and VNI text is recognised and converted, with a note.

Files are built by the tests from Unicode text through the inverse of the shipped tables, so a wrong
table row shows up as a round-trip failure; a few byte strings are written out by hand as anchors.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_files import HEADER_LINES, W_NS, cp1258_bytes, docx, legacy_bytes

from vanban import parse_file
from vanban.ingest import legacy, read
from vanban.ingest.textfile import decode

BODY = ("Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Thực hiện kế hoạch của "
        "Ủy ban nhân dân tỉnh, Sở Tài chính đề nghị các đơn vị báo cáo kết quả trước ngày 15 tháng 4 năm 2024.")
LOWER = BODY.replace("Ủy", "ủy")  # TCVN3 has no toned capitals (the .VnTimeH font draws them)


@pytest.mark.parametrize("raw, encoding, expected", [
    (b"C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam", "tcvn3", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    (b"\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c, Tr\xad\xeang ban", "tcvn3", "Độc lập - Tự do - Hạnh phúc, Trường ban"),
    (b"Co\xe4ng ho\xf8a xa\xf5 ho\xe4i chu\xfb ngh\xf3a Vie\xe4t Nam", "vni", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    (b"\xd1o\xe4c la\xe4p - T\xf6\xef do - Ha\xefnh phu\xf9c, U\xdbY BAN NHA\xc2N DA\xc2N", "vni",
     "Độc lập - Tự do - Hạnh phúc, ỦY BAN NHÂN DÂN"),
])
def test_hand_written_anchors(raw: bytes, encoding: str, expected: str) -> None:
    text, enc, notes = decode(raw)
    assert (text, enc) == (expected, encoding)
    assert notes == [f"not UTF-8: text in the legacy {legacy.NAMES[encoding]} encoding, converted to Unicode"]


@pytest.mark.parametrize("encoding, expected", [("tcvn3", LOWER), ("vni", BODY)])
def test_legacy_text_files(tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(legacy_bytes(BODY, encoding))
    ex = read(path)
    assert ex.text == expected and ex.encoding == encoding
    assert any(legacy.NAMES[encoding] in n for n in ex.notes)


def test_every_table_letter_round_trips() -> None:
    t = legacy._tables()
    assert len(t.tcvn3) == 74 and len(t.vni) == 136
    for code, letter in t.tcvn3.items():
        assert legacy.convert(bytes([code]).decode("latin-1"), "tcvn3") == letter
    for seq, letter in t.vni.items():
        assert legacy.convert(seq, "vni") == letter
    # every precomposed Vietnamese letter has a VNI spelling, and every lowercase one a TCVN3 byte
    from vanban.ingest.quality import VIETNAMESE_LETTERS
    non_ascii = {c for c in VIETNAMESE_LETTERS if not c.isascii()}
    vni_out = set(t.vni.values()) | {"ì", "í", "Ì", "Í"}  # the same code points in VNI
    assert non_ascii <= vni_out
    assert {c for c in non_ascii if c.islower()} <= set(t.tcvn3.values())


@pytest.mark.parametrize("text", [
    BODY,  # Unicode Vietnamese stays as it is
    "Café au lait, résumé, naïve, façade, déjà vu, über, señor",  # Latin-1 languages too
    "Giá trị: 100 000 đồng (năm 2024) — kế hoạch; tỷ lệ 5 %, nhiệt độ 30 °C, «Báo cáo»",
])
def test_unicode_text_is_not_converted(text: str) -> None:
    assert legacy.detect(text) is None


def test_unicode_file_is_not_converted() -> None:
    assert decode(BODY.encode("utf-8")) == (BODY, "utf-8", [])


def test_windows_1258_stays_windows_1258() -> None:
    text, enc, _ = decode(cp1258_bytes(BODY))
    assert (text, enc) == (BODY, "cp1258")


def test_utf8_file_holding_tcvn3_letters(tmp_path: Path) -> None:
    # a .VnTime document saved as UTF-8 text: the Latin-1 letters arrive as Unicode
    path = tmp_path / "saved.txt"
    path.write_text(legacy_bytes(BODY, "tcvn3").decode("latin-1"), encoding="utf-8")
    ex = read(path)
    assert ex.text == LOWER and ex.encoding == "utf-8"
    assert ex.notes == ["text in the legacy TCVN3 (ABC) encoding, converted to Unicode"]


def _run(text: str, font: str | None) -> str:
    from xml.sax.saxutils import escape

    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def test_docx_runs_in_legacy_fonts(tmp_path: Path) -> None:
    body = [f"<w:p>{_run(line, None)}</w:p>" for line in HEADER_LINES]
    body.append("<w:p>" + _run(legacy_bytes("ủy ban nhân dân", "tcvn3").decode("latin-1"), ".VnTimeH")
                + _run(" và ", None) + _run(legacy_bytes("Sở Tài chính", "vni").decode("latin-1"), "VNI-Times")
                + "</w:p>")
    body.append("<w:p>" + _run(legacy_bytes(LOWER, "tcvn3").decode("latin-1"), ".VnTime") + "</w:p>")
    ex = read(docx(tmp_path / "fonts.docx", body))
    assert "ỦY BAN NHÂN DÂN và Sở Tài chính" in ex.text
    assert LOWER in ex.text and "Hà Nội, ngày 5 tháng 3 năm 2024" in ex.text  # Unicode runs untouched
    assert set(ex.notes) == {
        "runs set in .VnTimeH in the legacy TCVN3 (ABC) encoding, converted to Unicode",
        "runs set in VNI-Times in the legacy VNI encoding, converted to Unicode",
        "runs set in .VnTime in the legacy TCVN3 (ABC) encoding, converted to Unicode",
    }


def test_docx_default_font_is_legacy(tmp_path: Path) -> None:
    """The whole document in .VnTime through docDefaults: no run names a font."""
    import zipfile

    line = legacy_bytes(LOWER, "tcvn3").decode("latin-1")
    path = docx(tmp_path / "default.docx", [f"<w:p>{_run(line, None)}</w:p>"])
    styles = (f'<w:styles xmlns:w="{W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" '
              'w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>')
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("word/styles.xml", styles)
    _add_styles_relationship(path)
    ex = read(path)
    assert LOWER in ex.text
    assert ex.notes == ["runs set in .VnTime in the legacy TCVN3 (ABC) encoding, converted to Unicode"]


def _add_styles_relationship(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    rel = (b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           b'styles" Target="styles.xml"/></Relationships>')
    members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(b"</Relationships>", rel)
    ct = (b'<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          b'wordprocessingml.styles+xml"/></Types>')
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(b"</Types>", ct)
    with zipfile.ZipFile(path, "w") as z:
        for n, data in members.items():
            z.writestr(n, data)


def test_docx_legacy_letters_without_their_font(tmp_path: Path) -> None:
    body = [f"<w:p>{_run(legacy_bytes(LOWER, 'vni').decode('latin-1'), 'Times New Roman')}</w:p>"]
    ex = read(docx(tmp_path / "lost.docx", body))
    assert ex.text == LOWER
    assert ex.notes == ["text in the legacy VNI encoding, converted to Unicode"]


def test_pdf_text_layer_in_a_legacy_font(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("DejaVu fonts missing (apt-get install fonts-dejavu-core)")
    pdfmetrics.registerFont(TTFont("LegacyTest", str(font)))
    path = tmp_path / "legacy.pdf"
    c = canvas.Canvas(str(path), pageCompression=0)
    lines = ["Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc",
             "Quảng Ngãi, ngày 5 tháng 3 năm 2024", "Về việc tổ chức hội nghị tổng kết công tác năm"]
    for i, line in enumerate(lines):
        c.setFont("LegacyTest", 12)
        c.drawString(72, 800 - 20 * i, legacy_bytes(line, "tcvn3").decode("latin-1"))
    c.showPage()
    c.save()
    # the font as a .VnTime document embeds it: same length, so the PDF's offsets stay right
    path.write_bytes(path.read_bytes().replace(b"DejaVuSans", b".VnTimeNew"))
    ex = read(path)
    assert ex.text.split("\n") == lines and not ex.ocr
    assert ex.notes == ["text set in .VnTimeNew in the legacy TCVN3 (ABC) encoding, converted to Unicode"]


def test_parsed_record_from_a_tcvn3_file(tmp_path: Path) -> None:
    text = "\n".join(HEADER_LINES).replace("Độc", "độc")
    path = tmp_path / "cv.txt"
    path.write_bytes(legacy_bytes(text, "tcvn3"))
    rec = parse_file(path)
    assert rec.source.encoding == "tcvn3"
    assert rec.number is not None and rec.number.normalized == "12/BTC-VP"
    assert rec.issued_date == "2024-03-05"
    assert any(w.code == "ingest" and "TCVN3" in w.message for w in rec.warnings)
