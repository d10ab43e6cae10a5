"""The twenty-eighth heldout round's failure classes (invented documents, with counter-cases)."""

from __future__ import annotations

import pytest

from vanban import parse_text

LETTER = ("UBND TỈNH AN GIANG\nSỞ Y TẾ\nSố: 12/SYT-VP\nAn Giang, ngày 05 tháng 01 năm 2028\nV/v báo cáo công tác y tế\n"
          "Kính gửi: Các đơn vị trực thuộc.\n\nĐề nghị các đơn vị báo cáo kết quả trước ngày 20/01/2028.\n\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n{signature}")


@pytest.mark.parametrize("signature, authority, position", [
    # an acting head signs under their own title: "Q." goes before the head's title, the line is the position
    ("Q. GIÁM ĐỐC\nTrần Văn Hải\n", None, "Q. Giám đốc"),
    ("Q. CHI CỤC TRƯỞNG\n(Đã ký)\nTrần Văn Hải\n", None, "Q. Chi cục trưởng"),
    ("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\nTrần Văn Hải\n", "TM. Ủy ban nhân dân", "Q. Chủ tịch"),
    # counter-cases: a deputy signing for the head keeps KT. as the authority; a bare title stays the position
    ("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\nTrần Văn Hải\n", "KT. Chi cục trưởng", "Phó Chi cục trưởng"),
    ("CHI CỤC TRƯỞNG\nTrần Văn Hải\n", None, "Chi cục trưởng"),
    ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN BÍ THƯ\nTrần Văn Hải\n", "TM. Ban Thường vụ Tỉnh đoàn", "Bí thư"),
])
def test_an_acting_heads_title_is_the_position(signature: str, authority: str | None, position: str) -> None:
    signer = parse_text(LETTER.format(signature=signature)).signer
    assert (signer.authority, signer.position, signer.name) == (authority, position, "Trần Văn Hải")


HEADER = ("UBND TỈNH KON TUM                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "     SỞ NỘI VỤ                              Độc lập - Tự do - Hạnh phúc\n\n"
          "Số: {number}                        Kon Tum, ngày 20 tháng 01 năm {year}\n"
          "V/v đôn đốc báo cáo công tác cải cách hành chính\nnăm 2027 của các cơ quan, đơn vị\n\n"
          "        Kính gửi:\n               - Các sở, ban, ngành;\n               - UBND các huyện, thành phố.\n\n"
          "Sở Nội vụ đề nghị các cơ quan, đơn vị gửi báo cáo trước ngày 25/01/2028.\n")


@pytest.mark.parametrize("number, year, normalized, issued", [
    # a printed 0 or 1 that OCR read as a letter, in the sequence or the year: read back, with a warning
    ("O3/SNV-CCHC", "2028", "03/SNV-CCHC", "2028-01-20"),
    ("1O5/SNV-CCHC", "2O28", "105/SNV-CCHC", "2028-01-20"),
    ("l2/SNV-CCHC", "2028", "12/SNV-CCHC", "2028-01-20"),
    # counter-cases: a handwritten scrawl or a letter with no digit beside it is no sequence
    ("ZZ2/SNV-CCHC", "2028", None, "2028-01-20"),
    ("O/SNV-CCHC", "2028", None, "2028-01-20"),
])
def test_look_alike_letters_in_a_printed_number_and_year(number: str, year: str, normalized: str | None,
                                                         issued: str) -> None:
    rec = parse_text(HEADER.format(number=number, year=year))
    assert (rec.number.normalized if rec.number else None) == normalized
    assert rec.issued_date == issued and rec.place == "Kon Tum"
    if number[0] in "Ol1" and normalized:
        assert "number_repaired" in [w.code for w in rec.warnings]


def test_a_trich_yeu_under_a_long_number_and_date_line_is_not_joined_to_it() -> None:
    rec = parse_text(HEADER.format(number="46/SNV-CCHC", year="2028"))
    assert rec.subject == "V/v đôn đốc báo cáo công tác cải cách hành chính năm 2027 của các cơ quan, đơn vị"
    assert [r.name for r in rec.recipients] == ["Các sở, ban, ngành", "UBND các huyện, thành phố"]


@pytest.mark.parametrize("left, right, issuer", [
    # a capital I that OCR read as a small l, at a word's end or inside it, in the motto beside the letterhead
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘl CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VlỆT NAM", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI"),
])
def test_a_motto_with_an_ocr_l_is_still_the_motto(left: str, right: str, issuer: str) -> None:
    text = (f"{left}                    {right}\n  TỈNH LÀO CAI                           Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/UBND-VP                      Lào Cai, ngày 12 tháng 01 năm 2028\nV/v trực Tết\n\n"
            "Kính gửi: Các sở, ban, ngành.\n\nỦy ban nhân dân tỉnh đề nghị các đơn vị báo cáo trước ngày 20/01/2028.\n")
    rec = parse_text(text)
    assert rec.issuer is not None and rec.issuer.name == issuer
