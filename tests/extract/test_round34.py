"""The thirty-fourth heldout round's failure classes (invented documents, with counter-cases): a text copied
from OCR whose "năm" in the place-date line had its m read as "rn" ("ngày 28 tháng 11 nărn 2027") lost the
place and the date."""

from __future__ import annotations

import pytest

from vanban import parse_text

HEAD = ("UBND TỈNH {prov}\nCHI CỤC KIỂM LÂM\n\nSố: 615/BC-KL\n{date_line}\n\nBÁO CÁO\n"
        "Kết quả công tác bảo vệ rừng năm 2027\n\n")
BODY = "Chi cục Kiểm lâm báo cáo kết quả thực hiện như sau.\n\n"
TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHI CỤC TRƯỞNG\nLê Văn Thạnh\n"

# ---- "năm" with its m read as "rn" ---------------------------------------------------------------------------------

RN_DATES = [
    ("LÂM ĐỒNG", "Lâm Đồng, ngày 28 tháng 11 nărn 2027", "Lâm Đồng", "2027-11-28"),
    ("GIA LAI", "Gia Lai, ngày 05 tháng 3 nărn 2028", "Gia Lai", "2028-03-05"),
    ("ĐẮK LẮK", "Đắk Lắk, ngày 14 tháng 02 nãrn 2027", "Đắk Lắk", "2027-02-14"),
    # counter-case: the undamaged line reads as before
    ("KON TUM", "Kon Tum, ngày 09 tháng 10 năm 2027", "Kon Tum", "2027-10-09"),
]


@pytest.mark.parametrize(("prov", "date_line", "place", "date"), RN_DATES)
def test_nam_with_its_m_read_as_rn_still_gives_the_place_and_date(
        prov: str, date_line: str, place: str, date: str) -> None:
    rec = parse_text(HEAD.format(prov=prov, date_line=date_line) + BODY + TAIL)
    assert rec.place == place
    assert str(rec.issued_date) == date


def test_a_bare_word_ending_in_rn_is_no_year_marker() -> None:
    """Only a marked vowel before "rn" is "năm": a line with "barn 2027" gives no date."""
    rec = parse_text(HEAD.format(prov="LÂM ĐỒNG", date_line="Lâm Đồng, ngày 28 tháng 11 barn 2027") + BODY + TAIL)
    assert rec.issued_date is None
