"""Colour scans and turned pages (issue 9 items 4 and 6): a red seal over the signer's title is faded
before OCR; a page scanned sideways or upside down is turned upright before OCR.

Every image here is drawn by the test with a known font; nothing is read from ../shared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_fixtures import needs_tesseract

from vanban.ingest import ocr

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
RED = (210, 35, 40)
BLUE = (40, 60, 170)


def _font(size: int, bold: bool = False):
    from PIL import ImageFont

    path = BOLD if bold else FONT
    if not path.is_file():
        pytest.skip("DejaVu fonts missing (apt-get install fonts-dejavu-core)")
    return ImageFont.truetype(str(path), size)


def _sealed_signature(size: int = 34):
    """A signature block in black with a red seal (two rings, a star, a band of text) stamped over it:
    ink on ink multiplies, as on paper (black print under the seal stays black)."""
    from PIL import Image, ImageChops, ImageDraw

    image = Image.new("RGB", (1240, 700), (250, 250, 248))
    draw = ImageDraw.Draw(image)
    font, bold = _font(size), _font(size, bold=True)
    draw.text((560, 60), "TM. ỦY BAN NHÂN DÂN", fill=(10, 10, 10), font=bold)
    draw.text((640, 115), "KT. CHỦ TỊCH", fill=(10, 10, 10), font=bold)
    draw.text((610, 170), "PHÓ CHỦ TỊCH", fill=(10, 10, 10), font=bold)
    draw.text((600, 420), "Trần Văn Minh", fill=(10, 10, 10), font=bold)
    seal = Image.new("RGB", image.size, (255, 255, 255))
    draw = ImageDraw.Draw(seal)
    cx, cy, r = 600, 200, 170
    for width, radius in ((9, r), (5, r - 40)):
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=RED, width=width)
    draw.regular_polygon((cx, cy, 45), 5, fill=RED)
    draw.text((cx - 120, cy - r + 10), "ỦY BAN NHÂN DÂN", fill=RED, font=font)
    draw.line((650, 330, 900, 390, 700, 400), fill=BLUE, width=6)  # the signature in blue ink
    return ImageChops.multiply(image, seal)


def test_coloured_ink_turns_light_and_black_print_stays_dark():
    from PIL import Image

    image = _sealed_signature()
    gray = ocr.drop_colour_ink(image)
    assert gray.mode == "L" and gray.size == image.size
    star = (600, 200)  # the seal's star: red
    assert image.convert("L").getpixel(star) < 100  # plain luminance makes a red seal as dark as print
    assert gray.getpixel(star) > 180
    line = (775, 360)  # on the blue signature stroke
    assert image.getpixel(line)[2] > 150 and gray.getpixel(line) > 150
    ink = next((x, y) for y in range(120, 160) for x in range(640, 700) if image.getpixel((x, y))[0] < 60)
    assert gray.getpixel(ink) < 60  # the black title under the seal is kept
    dim = Image.new("RGB", (4, 4), (103, 37, 42))  # black print seen through a translucent seal image
    assert ocr.drop_colour_ink(dim).getpixel((1, 1)) <= 110
    plain = Image.new("L", (20, 20), 77)
    assert ocr.drop_colour_ink(plain).getpixel((3, 3)) == 77  # a grayscale page comes back as it was


@needs_tesseract
def test_a_title_under_a_red_seal_is_read(tmp_path):
    from vanban.ingest import read

    path = tmp_path / "sealed.png"
    _sealed_signature().save(path, dpi=(300, 300))
    text = read(path).text
    assert "PHÓ CHỦ TỊCH" in text and "KT. CHỦ TỊCH" in text
    assert "Trần Văn Minh" in text


# ---- the place-date line around a handwritten day (issue 9 item 2) ------------------------------------

HEADER = """ỦY BAN NHÂN DÂN
TỈNH {upper}
Số: 15/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

{line}

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {upper}

Căn cứ Luật Tổ chức chính quyền địa phương;
"""


@pytest.mark.parametrize("place, line, expected", [
    ("Tiền Giang", "Tiền Giang, ngày ¡ ï“ tháng 02 năm 2025", "2025-02"),  # the day read as two scraps
    ("Tây Ninh", "Tây Ninh, ngày ›©Ò tháng 02 nềšm 2025", "2025-02"),       # năm crossed by a pen stroke
    ("Bắc Ninh", "Bắc Ninh, ngày 12 tháng 02 năm 2025", "2025-02-12"),      # a clean line is left alone
    ("Quảng Ngãi", "Quảng Ngãi, ngày |2 tháng 3 năm 2018", "2018-03"),      # a stroke read as "|" (a cell cut)
    ("Quảng Ngãi", "Quảng Ngãi, ngày 45 tháng 3 năm 2024", "2024-03"),      # a handwritten 15 read as 45
    ("Quảng Ngãi", "Quảng Ngãi, ngày0tháng 01 năm 2025", "2025-01"),        # no day is 0
    ("Hòa Bình", "Hòa Bình, ngày 5 — tháng 12 năm 2025", "2025-12"),        # a pen mark after the day (synthscan)
    ("Phan Thiết", "Phan Thiết, ngày 28 ` tháng 11 năm 2025", "2025-11"),
    ("Châu Thành", "Châu Thành, ngày 2 @háng 8 năm 2023", "2023-08"),       # the stroke took the t of tháng
])
def test_place_and_month_are_read_around_an_unreadable_day(place, line, expected):
    from vanban import parse_text
    from vanban.ingest.repair import repair

    text, _ = repair(HEADER.format(upper=place.upper(), line=line))
    rec = parse_text(text)
    assert rec.place == place and rec.issued_date == expected


# ---- turned pages (issue 9 item 6) -------------------------------------------------------------------

LINES = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "QUYẾT ĐỊNH", "Về việc công bố danh mục thủ tục hành chính",
         "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính mới.",
         "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.")


def _page():
    from PIL import Image, ImageDraw

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    font = _font(30)
    for k in range(3):
        for j, line in enumerate(LINES):
            draw.text((110, 120 + 60 * (j + len(LINES) * k)), line, fill=0, font=font)
    return image


def test_an_upright_page_is_not_taken_for_a_sideways_one():
    page = _page()
    assert not ocr.looks_sideways(page)
    assert ocr.looks_sideways(page.rotate(90, expand=True)) and ocr.looks_sideways(page.rotate(270, expand=True))


@needs_tesseract
@pytest.mark.parametrize("angle", [90, 180, 270])
def test_a_turned_page_is_turned_upright_before_ocr(tmp_path, angle):
    if ocr.osd_rotation(_page(), 150) is None and "osd" not in ocr._languages("tesseract"):
        pytest.skip("tesseract's OSD data is not installed (apt-get install tesseract-ocr-osd)")
    path = tmp_path / f"turned{angle}.png"
    _page().rotate(angle, expand=True).save(path, dpi=(150, 150))
    page = ocr.ocr_page(ocr.PageSource("image", str(path), 0))
    assert (angle + page.turned) % 360 == 0
    from vanban.ingest import read
    assert any(f"turned upright by {page.turned}" in n for n in read(path).notes)
    text = " ".join(w.text for w in page.words)
    assert "QUYẾT ĐỊNH" in text and "Điều 2." in text


# ---- a received stamp beside the trích yếu (issue 9 item 6) -------------------------------------------

STAMPED = """ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH

Số: 31/CT-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bình Định, ngày 04 tháng 3 năm 2024

CHỈ THỊ

{stamp1}\tVề việc tăng cường công tác phòng cháy, chữa cháy trong mùa khô
{stamp2}\tnăm 2024 trên địa bàn tỉnh Bình Định
{stamp3}

{stamp4}\tTrong thời gian qua, công tác phòng cháy, chữa cháy trên địa bàn tỉnh đã đạt nhiều kết quả quan
trọng; tuy nhiên tình hình cháy nổ vẫn diễn biến phức tạp.
"""


@pytest.mark.parametrize("stamp", [
    ("CÔNG VĂN ĐẾN", "Số: 2770", "Ngày: 12/3/2024", "Chuyển:"),
    ("| #RUNG TÂM CÔNG BÁO +4 T1 HỌC|", "CV T56: 7T? 7 |", "lpệ h Ngày :42⁄4.. 3 L4Ÿ", "ĐEN | Chuyển:"),  # as OCR reads one
])
def test_a_received_stamp_beside_the_subject_stays_out_of_it(stamp):
    from vanban import parse_text

    rec = parse_text(STAMPED.format(**{f"stamp{i + 1}": s for i, s in enumerate(stamp)}))
    assert rec.subject == ("Về việc tăng cường công tác phòng cháy, chữa cháy trong mùa khô "
                           "năm 2024 trên địa bàn tỉnh Bình Định")
    assert rec.number is not None and rec.number.normalized == "31/CT-UBND"
    assert rec.doc_type is not None and rec.doc_type.code == "CT"


# ---- the signer's title lines under a seal (issue 9 items 1 and 7) ------------------------------------

@pytest.mark.parametrize("ocr_text, fixed", [
    ("PHO GIAM ĐOC", "PHÓ GIÁM ĐỐC"),                           # every mark lost, PHÓ too
    ("PHÓ CHỦ TỊCH l", "PHÓ CHỦ TỊCH"),                          # a pen stroke read as a letter after it
    ("T. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),  # the seal ate the K of KT.
    ("- Như Điều 4;\t© CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH", "- Như Điều 4;\tKT. CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH"),
    ("CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),    # the whole prefix lost
    ("GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),
    ("Z1“ K, BỘ TRƯỞNG\nTHỨ TRƯỞNG", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"),  # a minister's deputy (deputy_titles.tsv)
    ("KT. CHỦ TỊCH\nr1. CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),    # PHÓ eaten under KT.
    ("- Lưu: VT.\tKT. CHÁNH VĂN PHÒNG\n- Sở Y tế;\t~—=n\" x9 CHÁNH VĂN PHÒNG",
     "- Lưu: VT.\tKT. CHÁNH VĂN PHÒNG\n- Sở Y tế;\tPHÓ CHÁNH VĂN PHÒNG"),
    ("KT. BỘ TRƯỞNG\nTHỨ è TRƯỞNG", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"),      # a mark read inside the title
    ("Z*“ Km, BỘ TRƯỞNG\nTHỨ TRƯỞNG", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"),  # KT.'s T read as m
    ("- Lưu: VT.\tKT. CHÁNH VĂN PHÒNG\n- Sở Y tế;\tCHÁNH VĂN PHÒNG",  # the whole PHÓ under the seal
     "- Lưu: VT.\tKT. CHÁNH VĂN PHÒNG\n- Sở Y tế;\tPHÓ CHÁNH VĂN PHÒNG"),
    ("KT. CHỦ TỊCH\nCHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
    ("KT. BỘ TRƯỞNG\nBỘ TRƯỞNG", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"),        # the table's deputy, not PHÓ BỘ TRƯỞNG
])
def test_title_lines_of_a_deputy_are_repaired(ocr_text, fixed):
    from vanban.ingest.repair import repair

    out, repairs = repair(ocr_text)
    assert out == fixed and repairs
    assert all(out[r.start:r.end] == r.after for r in repairs)


@pytest.mark.parametrize("text", [
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",        # right already
    "X. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",          # a scrap that is no part of KT.
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",      # the head signs: no deputy line below
    "CHỦ TỊCH\nPHÓ GIÁM ĐỐC",             # another title below
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn An",
    "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
    "Xây dựng và Giao thông Vận tải",     # ordinary words
    "Xây dựng BỘ TRƯỞNG\nTHỨ TRƯỞNG",    # words, not a scrap of KT., left of the head's title
    "KT. CHỦ TỊCH\nPHÓCHỦ TỊCH",         # PHÓ glued to the title is no scrap
])
def test_other_title_lines_are_left_alone(text):
    from vanban.ingest.repair import repair

    assert repair(text) == (text, [])


def test_a_deputy_block_read_from_a_scan_gives_the_signer():
    from vanban import parse_text
    from vanban.ingest.repair import repair

    text, _ = repair(HEADER.format(upper="QUẢNG NGÃI", line="Quảng Ngãi, ngày 05 tháng 3 năm 2024")
                     + "\nĐiều 1. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 1;\n"
                     "- Lưu: VT.\n\nT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Hoàng Tuấn\n")
    signer = parse_text(text).signer
    assert signer is not None and signer.name == "Trần Hoàng Tuấn"
    assert signer.position == "Phó Chủ tịch" and signer.authority == "KT. Chủ tịch"


# ---- handwritten slots tesseract is unsure of (issue 9 item 2) ----------------------------------------

def _spans(text: str, confs: dict[str, float], tall: frozenset[str] = frozenset()) -> list[tuple[int, int, float, float]]:
    """Word spans of `text` (split on blanks), each with the confidence given for its text (else 96) and a
    size: 1.5 times the printed digits for the words in `tall` (handwriting), else 1.0."""
    import re

    return [(m.start(), m.end(), confs.get(m.group(), 96.0), 1.5 if m.group() in tall else 1.0)
            for m in re.finditer(r"\S+", text)]


HAND = frozenset({"229", "20", "209", "18", "09", "7", "3"})  # written by hand: taller than the print


@pytest.mark.parametrize("line, confs, number, date", [
    # handwriting read as confident-looking digits: left unread, printed codes and month kept
    ("Số: 229 /TTr-UBND\tQuảng Ngãi, ngày 20 tháng 12 năm 2024", {"229": 72, "20": 0}, None, "2024-12"),
    ("Số: 209 /QĐ-UBND\tBạc Liêu, ngày 18 tháng 09 năm 2025", {"209": 9, "18": 45, "09": 60}, None, None),
    ("Số:;... 7 /QĐ-UBND\tĐiện Biên, ngày 19 tháng 02 năm 2025", {"7": 53}, None, "2025-02-19"),  # scraps first
    ("Số: ý# /QĐ-UBND\tĐiện Biên, ngày 19 tháng 02 năm 2025", {"ý#": 65}, None, "2025-02-19"),   # not digits
    # typed or stamped: read, even when tesseract is unsure of the font (print-sized)
    ("Số: 383 /QĐ-UBND\tCần Thơ, ngày 18 tháng 02 năm 2025", {}, "383/QĐ-UBND", "2025-02-18"),
    ("Số: 631 /QĐ-UBND\tCần Thơ, ngày 17 tháng 02 năm 2025", {"631": 70, "02": 37}, "631/QĐ-UBND", "2025-02-17"),
    # glued to its label: one confidence for both, not judged
    ("Số:271 /QĐ-UBND\tHòa Bình, ngày 17 tháng 02 năm 2025", {"Số:271": 40}, "271/QĐ-UBND", "2025-02-17"),
])
def test_slots_read_with_low_confidence_are_left_unread(line, confs, number, date):
    from vanban import parse_text
    from vanban.ingest.repair import notes, repair_with_spans

    page = HEADER.replace("Số: 15/QĐ-UBND\n", "").format(upper="QUẢNG NGÃI", line=line)
    text, repairs, spans = repair_with_spans(page, _spans(page, confs, HAND))
    assert all(text[r.start:r.end] == r.after for r in repairs)
    assert len(spans) == len(_spans(page, confs))
    rec = parse_text(text)
    assert rec.number is not None and rec.number.normalized == number  # the printed codes are kept either way
    assert rec.number.type_code == line.split("/")[1].split("-")[0]
    assert rec.issued_date == date
    if number is None:
        assert any("handwritten?" in n for n in notes(repairs, 1))
        assert any(w.code == "number_unreadable" for w in rec.warnings)  # unread, not a blank draft


@pytest.mark.parametrize("ocr_line, fixed", [
    ("_ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),                                      # a scrap glued to the letterhead
    ("Thành phó Hồ Chí Minh, ngày 23 tháng 6 năm 2026", "Thành phố Hồ Chí Minh, ngày 23 tháng 6 năm 2026"),
    ("Phó Chủ tịch Thành phố", "Phó Chủ tịch Thành phố"),                           # right already
    ("Só:565 /TB-UBND", "Số:565 /TB-UBND"),                                          # the số label's mark
    ("Sở:", "Sở:"),                                                                  # a Sở is no số
])
def test_scraps_and_a_damaged_thanh_pho(ocr_line, fixed):
    from vanban.ingest.repair import repair

    assert repair(ocr_line)[0] == fixed
