"""The signer's lines under a signature or a seal (issue 9: renders and scans): a deputy's title whose
first letters the signature ate, a flat stroke read as a word glued before the name."""

from __future__ import annotations

import pytest
from ingest_fixtures import needs_tesseract

from vanban.ingest.layout import Word, drop_flat_scraps, page_text


@pytest.mark.parametrize("ocr_text, fixed", [
    ("- Lưu: VT.\tKT. CHÁNH VĂN PHÒNG\n- Sở Y tế;\t=..‹4 ÁNH VĂN PHÒNG",   # 'PHÓ CH' under the signature
     "- Lưu: VT.\tKT. CHÁNH VĂN PHÒNG\n- Sở Y tế;\tPHÓ CHÁNH VĂN PHÒNG"),
    ("KT. CHÁNH VĂN PHÒNG\nÁNH VĂN PHÒNG", "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG"),
    ("KT. GIÁM ĐỐC\n~ IÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"),
])
def test_a_deputy_title_missing_its_first_letters(ocr_text, fixed):
    from vanban.ingest.repair import repair

    out, repairs = repair(ocr_text)
    assert out == fixed and repairs


@pytest.mark.parametrize("text", [
    "KT. CHỦ TỊCH\nỦ TỊCH",               # one letter left of the first word: too little to say
    "KT. CHÁNH VĂN PHÒNG\nÁNH VĂN THƯ",   # another title
    "KT. CHÁNH VĂN PHÒNG\nVĂN PHÒNG",     # a whole word gone: 'VĂN PHÒNG' is a body, not the deputy
])
def test_other_damaged_lines_under_kt_are_left_alone(text):
    from vanban.ingest.repair import repair

    assert repair(text) == (text, [])


def _w(text: str, x0: float, top: float, height: float, conf: float | None) -> Word:
    return Word(text, x0, x0 + 30 * len(text), top, top + height, conf)


def _page(scrap_height: float, scrap_conf: float | None, scrap: str = "Tố") -> list[Word]:
    """A closing block's name line with a word read before it, and clean digits elsewhere."""
    return [_w("KT.", 1500, 2000, 40, 92.0), _w("CHỦ", 1620, 2000, 40, 95.0), _w("TỊCH", 1760, 2000, 40, 95.0),
            _w(scrap, 1400, 2545, scrap_height, scrap_conf), _w("Phùng", 1675, 2540, 50, 92.0),
            _w("Tô", 1845, 2540, 42, 95.0), _w("Long", 1928, 2540, 50, 95.0), _w("2024", 300, 500, 40, 96.0),
            _w("12", 500, 600, 40, 96.0)]


@pytest.mark.parametrize("height, conf, dropped", [
    (12, 14.0, True),      # a flat stroke read unsurely: no word
    (12, 90.0, False),     # read surely: kept
    (40, 14.0, False),     # as tall as print: a word OCR was unsure of, kept (it may be a name's scrap)
    (12, None, False),     # a text layer's word is never judged
])
def test_a_flat_unsure_scrap_is_no_word(height, conf, dropped):
    words = _page(height, conf)
    kept = drop_flat_scraps(words)
    assert (len(kept) == len(words) - 1) == dropped
    text = page_text(words, 2480, 3508, False, True)
    assert "Phùng Tô Long" in text and ("Tố" in text) != dropped


def test_a_flat_mark_stays():
    """Dashes and dots are read flat on purpose: '-' opens a Nơi nhận item."""
    words = _page(4, 20.0, "-")
    assert drop_flat_scraps(words) == words


# ---- a name line read again on its own (ingest/namelines.py) ------------------------------------------

def _row(texts: list[str], x0: float, top: float, conf: float = 93.0, height: float = 45.0) -> list[Word]:
    out, x = [], x0
    for t in texts:
        out.append(Word(t, x, x + 32 * len(t), top, top + height, conf))
        x += 32 * len(t) + 18
    return out


@pytest.mark.parametrize("right, found", [
    (["Phạm", "Văn", "Thiêu"], True),           # a name: family name first, capitalised words
    (["NGUYỄN", "VĂN", "AN"], True),            # in capitals
    (["Phó", "Chủ", "tịch"], False),            # a title, no family name
    (["Phạm", "Văn"], True),
    (["Phạm"], False),                           # one word
    (["Phạm", "văn", "thiêu"], False),          # not capitalised: prose
    (["Phạm", "Văn", "Thiều", "2025"], False),  # not letters
])
def test_name_shaped_groups_of_the_right_column(right, found):
    from vanban.ingest.namelines import name_groups

    words = _row(["-", "Lưu:", "VT,", "KSTTHC."], 300, 1700) + _row(right, 1560, 1700)
    groups = name_groups(words, 2480)
    assert ([[w.text for w in g] for g in groups] == [right]) == found


def test_a_name_in_the_left_column_is_not_read_again():
    from vanban.ingest.namelines import name_groups

    assert name_groups(_row(["Phạm", "Văn", "Thiêu"], 300, 1700), 2480) == []


@pytest.mark.parametrize("first, second, taken", [
    (["Phạm", "Văn", "Thiêu"], [("Phạm", 95.0), ("Văn", 96.0), ("Thiều", 91.0)], True),
    (["Phạm", "Văn", "Thiêu"], [("Phạm", 95.0), ("Văn", 96.0), ("Thiều", 40.0)], False),   # unsure
    (["Phạm", "Văn", "Thiêu"], [("Phạm", 95.0), ("Văn", 96.0), ("Thiện", 95.0)], False),   # another name
    (["Phạm", "Văn", "Thiêu"], [("Phạm", 95.0), ("Văn", 96.0)], False),                    # a word lost
    (["Phạm", "Văn", "Thiều"], [("Phạm", 95.0), ("Văn", 96.0), ("Thiều", 95.0)], False),   # nothing to change
    (["Trần", "Hoàng", "Tuấn"], [("Trần", 88.0), ("Hoàng", 96.0), ("Tuần", 71.0)], False),  # unsure alone
])
def test_a_second_read_is_taken_for_marks_alone(first, second, taken):
    from vanban.ingest.namelines import _marks_only

    assert _marks_only(_row(first, 1560, 1700, conf=92.0), second) == taken


def test_a_word_the_page_read_surely_keeps_its_marks():
    from vanban.ingest.namelines import _marks_only

    assert not _marks_only(_row(["Trần", "Hoàng", "Tuấn"], 1560, 1700, conf=97.0),
                           [("Trần", 96.0), ("Hoàng", 96.0), ("Tuần", 90.0)])


@needs_tesseract
def test_a_drawn_name_line_gets_its_marks_back():
    """The page's read lost the grave of Thiều; the line cut out and read alone has it."""
    from PIL import Image, ImageDraw, ImageFont

    from vanban.ingest.namelines import reread_names

    font_path = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
    try:
        font = ImageFont.truetype(font_path, 44)
    except OSError:
        pytest.skip("DejaVu fonts missing")
    page = Image.new("L", (2480, 600), 255)
    draw = ImageDraw.Draw(page)
    draw.text((300, 300), "- Lưu: VT.", fill=0, font=font, anchor="ls")
    first = []
    x = 1560.0
    for text, read in (("Phạm", "Phạm"), ("Văn", "Văn"), ("Thiều", "Thiêu")):
        left, top, right, bottom = draw.textbbox((x, 300), text, font=font, anchor="ls")
        draw.text((x, 300), text, fill=0, font=font, anchor="ls")
        first.append(Word(read, left, right, top, bottom, 92.0))
        x = right + 22
    out, notes = reread_names(page, 300.0, first)
    assert [w.text for w in out] == ["Phạm", "Văn", "Thiều"] and len(notes) == 1


# ---- the closing block's lines with a seal's marks among them (segment/closing.py) --------------------

DOC = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH TÂY NINH\tĐộc lập - Tự do - Hạnh phúc
Số: 358/QĐ-UBND\tTây Ninh, ngày 20 tháng 02 năm 2025

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

{closing}
"""


@pytest.mark.parametrize("closing, name", [
    # a mark line inside the list, a scrap line between the list and the name (the name OCR'd as a
    # full line of its own, after the list of the left column)
    ("Nơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 4;\tPHÓ CHỦ TỊCH\n_\n- Cục Kiểm soát TTHC;\n- Lưu: VT.\n\n¬#\n"
     "Nguyễn Hồng Thanh\n", "Nguyễn Hồng Thanh"),
    ("Nơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 4;\tPHÓ CHỦ TỊCH\n- Cục Kiểm soát TTHC;\n~\n- Lưu: VT.\n"
     "Nguyễn Hồng Thanh\n", "Nguyễn Hồng Thanh"),
])
def test_marks_between_the_list_and_the_name(closing, name):
    from vanban import parse_text

    rec = parse_text(DOC.format(closing=closing))
    assert rec.signer is not None
    assert (rec.signer.name, rec.signer.position, rec.signer.authority) == (name, "Phó Chủ tịch", "KT. Chủ tịch")
    assert [d for d in rec.distribution][-1].name.startswith("Lưu")


def test_a_word_after_the_list_is_no_name():
    """A line of words (not marks) between the list and a name stops the search: it may be prose."""
    from vanban import parse_text

    rec = parse_text(DOC.format(closing="Nơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 4;\tPHÓ CHỦ TỊCH\n- Lưu: VT.\n\n"
                                         "Ghi chú thêm\nNguyễn Hồng Thanh\n"))
    assert rec.signer is not None and rec.signer.name is None


@pytest.mark.parametrize("ocr_text, fixed", [
    ("KT. GLAM ĐOC", "KT. GIÁM ĐỐC"),      # I read as L after the prefix: one letter off a position
    ("KT. CHỦ TLCH", "KT. CHỦ TỊCH"),
])
def test_a_title_one_letter_off_after_an_authority_prefix(ocr_text, fixed):
    from vanban.ingest.repair import repair

    out, repairs = repair(ocr_text)
    assert out == fixed and repairs[0].score < 100  # a tolerant match: lower confidence


@pytest.mark.parametrize("text", ["GLAM ĐOC", "KT. GIAMMM", "TM. BAN CHẤP HÀNH"])
def test_no_one_letter_match_without_a_prefix_or_a_near_title(text):
    from vanban.ingest.repair import repair

    assert repair(text) == (text, [])
