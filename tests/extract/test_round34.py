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


# ---- a target's by-when after a comma, within a duty's sentence --------------------------------------------------

NOTICE = "UBND TỈNH A\nVĂN PHÒNG\nSố: 88/TB-VP\n\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\n"
TARGET_AFTER_COMMA = [
    ("3. UBND các huyện đẩy nhanh giải ngân, phấn đấu đến hết ngày 31/01/2028 giải ngân 100% kế hoạch vốn.",
     ["2028-01-31"]),
    ("- Các chủ đầu tư tập trung thi công, phấn đấu đến ngày 30/6/2028 hoàn thành 80% khối lượng.", ["2028-06-30"]),
    ("b) Sở Y tế rà soát hồ sơ, phấn đấu tới ngày 15/9/2028, 100% trạm y tế có bác sĩ.", ["2028-09-15"]),
    # counter-cases: a plan's horizon after a comma; a report's span without "phấn đấu"
    ("3. Đẩy mạnh du lịch cộng đồng, phấn đấu đến năm 2030 có ít nhất 25 điểm du lịch.", []),
    ("3. Năm 2027 toàn huyện đã giải ngân, đến ngày 30/9/2027 đạt 80% kế hoạch vốn.", []),
]


@pytest.mark.parametrize(("line", "dues"), TARGET_AFTER_COMMA)
def test_a_targets_by_when_after_a_comma_is_a_deadline(line: str, dues: list[str]) -> None:
    rec = parse_text(NOTICE + line + "\n\n" + TAIL)
    assert [str(d.due) for d in rec.deadlines] == dues
