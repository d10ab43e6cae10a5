"""Issuer on unfamiliar letterheads (issue 10, after classes 1-14): one line naming two bodies,
a right-column heading repeating the organisation, and a bare collective authority completed
where the text names the body in full. Invented documents."""

from __future__ import annotations

import pytest

from vanban import parse_text

DATE = "\nSố: 12/KH-SYT\nAn Phú, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\nKiểm tra an toàn thực phẩm năm 2026\n\n"
BODY = "Các đơn vị gửi báo cáo trước ngày 31/3/2026.\n"


@pytest.mark.parametrize("letterhead, name, parent", [
    ("UBND TỈNH AN PHÚ - SỞ Y TẾ", "SỞ Y TẾ", "UBND TỈNH AN PHÚ"),
    ("TỈNH ĐOÀN AN PHÚ – BAN TUYÊN GIÁO", "BAN TUYÊN GIÁO", "TỈNH ĐOÀN AN PHÚ"),
    ("ĐẢNG BỘ TỈNH AN PHÚ — ĐẢNG ỦY CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY CÁC CƠ QUAN TỈNH", "ĐẢNG BỘ TỈNH AN PHÚ"),
    # a one-line copy: the second head word follows a name that ends in its place
    ("ĐẢNG BỘ TỈNH AN PHÚ ĐẢNG ỦY CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY CÁC CƠ QUAN TỈNH", "ĐẢNG BỘ TỈNH AN PHÚ"),
    ("ỦY BAN NHÂN DÂN HUYỆN AN LẠC PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
     "ỦY BAN NHÂN DÂN HUYỆN AN LẠC"),
    # one body: a head word inside the name, a dash inside a place, a head word right after the level word
    ("BAN THƯỜNG VỤ TỈNH ĐOÀN AN PHÚ", "BAN THƯỜNG VỤ TỈNH ĐOÀN AN PHÚ", None),
    ("BCH ĐOÀN TỈNH BÀ RỊA - VŨNG TÀU", "BCH ĐOÀN TỈNH BÀ RỊA - VŨNG TÀU", None),
    ("UBND TỈNH AN PHÚ", "UBND TỈNH AN PHÚ", None),
    # a national body's name ends with the country's ("... VIỆT NAM"), the unit under it follows
    ("HỘI CỰU CHIẾN BINH VIỆT NAM BAN CHẤP HÀNH HỘI CCB HUYỆN AN LẠC", "BAN CHẤP HÀNH HỘI CCB HUYỆN AN LẠC",
     "HỘI CỰU CHIẾN BINH VIỆT NAM"),
    ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM TỈNH AN PHÚ", "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM TỈNH AN PHÚ", None),
])
def test_one_line_naming_two_bodies(letterhead: str, name: str, parent: str | None) -> None:
    rec = parse_text(letterhead + DATE + BODY)
    assert (rec.issuer.name, rec.issuer.parent) == (name, parent)


def test_a_lien_doi_under_its_school_and_its_position() -> None:
    raw = ("PHÒNG GD&ĐT HUYỆN AN LẠC\nTRƯỜNG THCS AN LẠC\nLIÊN ĐỘI AN LẠC\nSố: 05/KH-LĐ\nĐỘI TNTP HỒ CHÍ MINH\n"
           "An Lạc, ngày 08 tháng 9 năm 2025\n\nKẾ HOẠCH\nĐại hội Liên đội\n\n" + BODY
           + "\nNơi nhận:\n- Các chi đội;\n- Lưu.\nTỔNG PHỤ TRÁCH ĐỘI\nLương Thị Nhung\n")
    rec = parse_text(raw)
    assert (rec.issuer.name, rec.issuer.parent) == ("LIÊN ĐỘI AN LẠC", "TRƯỜNG THCS AN LẠC")
    assert (rec.signer.name, rec.signer.position) == ("Lương Thị Nhung", "Tổng phụ trách Đội")


def test_right_column_repeating_the_organisation_is_no_body() -> None:
    raw = ("BCH HỘI SINH VIÊN VIỆT NAM\nTỈNH AN PHÚ\nSố: 21-CTr/HSV\nHỘI SINH VIÊN VIỆT NAM\n"
           "An Phú, ngày 20 tháng 10 năm 2025\n\nCHƯƠNG TRÌNH\nNgày hội sinh viên khởi nghiệp\n\n" + BODY)
    rec = parse_text(raw)
    assert (rec.issuer.name, rec.issuer.parent) == ("BCH HỘI SINH VIÊN VIỆT NAM TỈNH AN PHÚ", None)


SIGN = "\nNơi nhận:\n- Các cơ sở Hội;\n- Lưu VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nĐỗ Thị Mai\n"


@pytest.mark.parametrize("body, name", [
    # the text names the speaker in full: the bare authority is completed from it
    ("Ban Thường vụ Hội LHPN huyện thông báo đến các cơ sở Hội như sau:\n", "Ban Thường vụ Hội LHPN huyện"),
    ("Ban Thường vụ Tỉnh đoàn An Phú đề nghị các đơn vị thực hiện.\n", "Ban Thường vụ Tỉnh đoàn An Phú"),
    # a body after a preposition is another body (a cited document's issuer): not taken; the bare
    # organ stays as printed (inferred)
    ("Thực hiện Kế hoạch của Ban Thường vụ Tỉnh đoàn, các cơ sở Hội triển khai.\n", "Ban Thường vụ"),
    ("Các cơ sở Hội triển khai thực hiện.\n", "Ban Thường vụ"),
])
def test_bare_collective_authority_completed_from_the_text(body: str, name: str) -> None:
    rec = parse_text(body + BODY + SIGN)
    assert rec.issuer.inferred and rec.issuer.name == name
    assert rec.text[rec.issuer.span[0]:rec.issuer.span[1]].casefold() == name.casefold()


@pytest.mark.parametrize("letterhead, name", [
    # the Đội's central council is a body in its own letterhead, not a motto
    ("HỘI ĐỒNG ĐỘI TRUNG ƯƠNG\tĐOÀN TNCS HỒ CHÍ MINH\nSố: 15-KH/HĐĐTW\tHà Nội, ngày 03 tháng 4 năm 2025\n",
     "HỘI ĐỒNG ĐỘI TRUNG ƯƠNG"),
    ("ĐỘI TNTP HỒ CHÍ MINH\nHỘI ĐỒNG TRUNG ƯƠNG\n***\nSố: 20-QĐ/HĐĐTW\nHà Nội, ngày 03 tháng 8 năm 2015\n",
     "HỘI ĐỒNG TRUNG ƯƠNG"),
    # the central committee of a Hội names itself "Trung ương Hội ..."
    ("TRUNG ƯƠNG HỘI LHTN VIỆT NAM\nSố: 15-KH/TWH\nHà Nội, ngày 03 tháng 4 năm 2025\n",
     "TRUNG ƯƠNG HỘI LHTN VIỆT NAM"),
    ("TW HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nSố: 15/KH-ĐCT\nHà Nội, ngày 03 tháng 4 năm 2025\n",
     "TW HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM"),
])
def test_mass_organisation_letterheads(letterhead: str, name: str) -> None:
    rec = parse_text(letterhead + "\nKẾ HOẠCH\nTriển khai Chiến dịch hè\n\n" + BODY)
    assert rec.issuer is not None and rec.issuer.name == name and not rec.issuer.inferred
