"""Scraps a seal and a signature leave in an OCR'd signature block (issue 9 items 4 and 7, found on the
unseen scans of bench/synthscan.py): words tesseract is unsure of must not move the column boundary
into the signature, and scrap lines or marks must not hide the title or the name.

The pages here are positioned words the test writes itself; nothing is read from ../shared.
"""

from __future__ import annotations

import pytest

from vanban.ingest.layout import Word, page_text

SURE, SCRAP = 96.0, 12.0


def _row(y: float, *cells: tuple[str, float, float]) -> list[Word]:
    """Words of a line: each (text, x, confidence) cell set at x, 6 pt per character, 3 pt spaces."""
    out = []
    for text, x, conf in cells:
        for word in text.split():
            out.append(Word(word, x, x + 6.0 * len(word), y, y + 12, conf))
            x += 6.0 * len(word) + 3
    return out


def _closing(*scraps: list[Word]) -> list[Word]:
    words = _row(50, ("Đề nghị các đơn vị triển khai thực hiện nghiêm túc nội dung trên./.", 60, SURE))
    words += _row(70, ("Nơi nhận:", 60, SURE), ("TM. BAN THƯỜNG VỤ", 360, SURE))  # the signature column is
    words += _row(85, ("- Tỉnh đoàn (b/c);", 60, SURE), ("BÍ THƯ", 385, SURE))    # centred near x = 406
    words += _row(100, ("- Lưu VP.", 60, SURE))
    words += _row(160, ("Trần Thị Mai Hương", 357, SURE))
    for scrap in scraps:
        words += scrap
    return words


@pytest.mark.parametrize("scraps", [
    [_row(118, ("Bộ", 380, 2.0), ("vận", 440, 17.0))],                 # the seal's ring text, a gap inside the signature
    [_row(100, ("£", 300, 0.0)), _row(118, ("Bộ", 380, 2.0), ("vận", 440, 17.0))],  # and a mark on the list's last row
    [_row(110, ("`", 340, 28.0)), _row(130, ("Xã", 380, 34.0), (".", 440, 18.0))],  # pen strokes read as marks
    [_row(175, ("là", 380, SCRAP))],                                       # the seal's rim below the name
])
def test_scraps_do_not_move_the_closing_columns(scraps):
    lines = [ln for ln in page_text(_closing(*scraps), 595, 842, first_page=False, last_page=True).split("\n") if ln]
    assert lines[:4] == ["Đề nghị các đơn vị triển khai thực hiện nghiêm túc nội dung trên./.", "Nơi nhận:",
                         "- Tỉnh đoàn (b/c);", "- Lưu VP."]
    right = lines[lines.index("TM. BAN THƯỜNG VỤ"):]
    assert right[1] == "BÍ THƯ" and "Trần Thị Mai Hương" in right  # the name stays under its title


def test_sure_words_still_make_the_columns():
    """The same gap read surely is a column gap: only unsure words are left out of the decision."""
    words = _closing() + _row(118, ("Phòng", 60, SURE), ("Ban", 440, SURE))
    lines = [ln for ln in page_text(words, 595, 842, first_page=False, last_page=True).split("\n") if ln]
    assert lines.index("Phòng") < lines.index("TM. BAN THƯỜNG VỤ") < lines.index("Ban")


DOC = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 15/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ngãi, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Tổ chức Ngày hội đọc sách năm 2024

Các đơn vị triển khai thực hiện nghiêm túc kế hoạch này./.

Nơi nhận:
- Như trên;
- Lưu: VT.

{closing}
"""


@pytest.mark.parametrize("closing, name, position, authority", [
    # scrap lines between the title and the name, a mark glued before the name
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nXe\nÌ\n` ?7\nŨ\n\n_ Phan Thị Mỹ Linh",
     "Phan Thị Mỹ Linh", "Phó Chủ tịch", "TM. Ủy ban nhân dân, KT. Chủ tịch"),
    ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n+ Lê Thị Hồng", "Lê Thị Hồng", "Phó Bí thư", "T/M Ban Thường vụ"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n“ Trần Văn An", "Trần Văn An", "Phó Chủ tịch", "KT. Chủ tịch"),
    # a scrap line between the authority and the title
    ("KT. GIÁM ĐỐC\n_\nPHÓ GIÁM ĐỐC\n\n7c\n\nNguyễn Thị Bé Sáu", "Nguyễn Thị Bé Sáu", "Phó Giám đốc", "KT. Giám đốc"),
    ("TM. ỦY BAN NHÂN DÂN\n. /\nCHỦ TỊCH\n\nBùi Văn Dũng", "Bùi Văn Dũng", "Chủ tịch", "TM. Ủy ban nhân dân"),
    # a mark glued to the authority prefix, then a scrap line
    ("-TM. ỦY BAN NHÂN DÂN\n__\nCHỦ TỊCH\n\n.\n\nTrần Thị Kim Oanh", "Trần Thị Kim Oanh", "Chủ tịch",
     "TM. Ủy ban nhân dân"),
    ("`KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Nam", "Hoàng Nam", "Phó Chủ tịch", "KT. Chủ tịch"),
    # a seal's scraps under the title are not its second line, nor the name; scraps before the title on its line
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n{ TÌ\nỤ Ẩ\n\nĐậu Thị Hoài", "Đậu Thị Hoài", "Phó Giám đốc", "KT. Giám đốc"),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nSi ĐẠN\n-\nSH) Nà\n\n=\nHoàng Nam", "Hoàng Nam", "Phó Chủ tịch", "KT. Chủ tịch"),
    ("TM. BAN CHẤP HÀNH\nLUFỆ V) BÍ THƯ\n\nLê Minh Khang", "Lê Minh Khang", "Bí thư", "TM. Ban Chấp hành"),
    # ... but under 'KT. X' a scrap before X is what is left of 'PHÓ': X alone would be the head's title
    ("KT. GIÁM ĐỐC\n:\nZ1) GIÁM ĐỐC\n\nĐinh Thị Thu Hằng", "Đinh Thị Thu Hằng", "Z1) Giám đốc", "KT. Giám đốc"),
    # ... while a title wrapped on two lines and a name in capitals are still read
    ("TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ,\nTHANH TRA\n\nNguyễn Văn An", "Nguyễn Văn An",
     "Vụ trưởng vụ pháp chế, thanh tra", "TL. Bộ trưởng"),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNGUYỄN VĂN AN", "Nguyễn Văn An", "Chủ tịch", "TM. Ủy ban nhân dân"),
])
def test_scraps_in_the_signature_block_are_passed_over(closing, name, position, authority):
    from vanban import parse_text
    from vanban.ingest.repair import repair

    text, _ = repair(DOC.format(closing=closing))
    signer = parse_text(text).signer
    assert signer is not None
    assert (signer.name, signer.position, signer.authority) == (name, position, authority)


def test_a_title_read_past_scraps_is_flagged_for_review():
    """Scraps before the title may hold what is left of a deputy's 'PHÓ': the signer field says so and its
    confidence is lowered under the review threshold."""
    from vanban import parse_text

    rec = parse_text(DOC.format(closing="TM. BAN CHẤP HÀNH\nLUFỆ V) BÍ THƯ\n\nLê Minh Khang"))
    assert rec.signer is not None and rec.signer.position == "Bí thư"
    assert any(w.code == "signer_title_scraps" and "LUFỆ V) BÍ THƯ" in w.message for w in rec.warnings)
    assert rec.confidence["signer"] < 0.8
    clean = parse_text(DOC.format(closing="TM. BAN CHẤP HÀNH\nBÍ THƯ\n\nLê Minh Khang"))
    assert not any(w.code == "signer_title_scraps" for w in clean.warnings)


@pytest.mark.parametrize("text", [
    "- Như trên;\n- TT Huyện ủy;\n- Lưu VT.",   # list dashes with a space stay
    "-TTr UBND huyện",                          # not an authority prefix
    "- TM. BAN THƯỜNG VỤ",                      # a dash and a space: a list item, left to the segmenter
])
def test_list_dashes_are_no_scraps(text):
    from vanban.ingest.repair import repair

    assert repair(text) == (text, [])
