"""Header and closing classes of the twentieth unseen round (issue 10): state bodies outside the
head-word table, a field body's bare authority completed through its lower-case field, chained
honours and degrees before a signer's name, a markdown converter's backslash escapes. Invented
documents; each class has counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.normalize import normalize

DATE = "\nSố: 12/KH-BHXH\nAn Phú, ngày 05 tháng 3 năm 2027\n\nKẾ HOẠCH\nKiểm tra năm 2027\n\n"
BODY = "Các đơn vị gửi báo cáo trước ngày 31/3/2027.\n"


@pytest.mark.parametrize("letterhead, name, parent", [
    ("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH AN PHÚ", "BẢO HIỂM XÃ HỘI TỈNH AN PHÚ", "BẢO HIỂM XÃ HỘI VIỆT NAM"),
    ("BẢO HIỂM XÃ HỘI TỈNH AN PHÚ\nBẢO HIỂM XÃ HỘI HUYỆN AN LẠC", "BẢO HIỂM XÃ HỘI HUYỆN AN LẠC",
     "BẢO HIỂM XÃ HỘI TỈNH AN PHÚ"),
    ("BHXH TỈNH AN PHÚ", "BHXH TỈNH AN PHÚ", None),
    ("UBND TỈNH AN PHÚ\nTHANH TRA TỈNH", "THANH TRA TỈNH", "UBND TỈNH AN PHÚ"),
    ("KIỂM TOÁN NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC", None),
    ("UBND TỈNH AN PHÚ\nĐÀI PHÁT THANH VÀ TRUYỀN HÌNH", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH", "UBND TỈNH AN PHÚ"),
    ("BỘ QUỐC PHÒNG\nQUÂN KHU 4", "QUÂN KHU 4", "BỘ QUỐC PHÒNG"),
    ("UBND HUYỆN AN LẠC\nTRẠM Y TẾ XÃ AN HÒA", "TRẠM Y TẾ XÃ AN HÒA", "UBND HUYỆN AN LẠC"),
    # counter-cases: bodies the table already knew, one line and two
    ("UBND TỈNH AN PHÚ", "UBND TỈNH AN PHÚ", None),
    ("BỘ TÀI CHÍNH\nCỤC THUẾ", "CỤC THUẾ", "BỘ TÀI CHÍNH"),
])
def test_state_bodies_outside_the_ministries(letterhead: str, name: str, parent: str | None) -> None:
    rec = parse_text(letterhead + DATE + BODY)
    assert rec.issuer is not None and (rec.issuer.name, rec.issuer.parent) == (name, parent)


SIGN = "\nNơi nhận:\n- Các thôn;\n- Lưu: VT.\nTM. BAN CHỈ ĐẠO\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Hữu Thắng\n"


@pytest.mark.parametrize("body, name", [
    # the field in lower case, then the unit and its capitalised place
    ("Ngày 14/4/2027, đồng chí Trưởng Ban Chỉ đạo xây dựng nông thôn mới xã Cam Thành chủ trì cuộc họp.\n",
     "Ban Chỉ đạo xây dựng nông thôn mới xã Cam Thành"),
    ("Ban Chỉ đạo phòng chống thiên tai huyện An Lạc thông báo như sau:\n",
     "Ban Chỉ đạo phòng chống thiên tai huyện An Lạc"),
    # a unit word right after the name goes on naming it (as for any body: "Ban Thường vụ huyện")
    ("Ban Chỉ đạo xã họp định kỳ hằng tháng.\n", "Ban Chỉ đạo xã"),
    # counter-cases: no place after the field, a mark inside it: the bare authority stays as printed
    ("Ban Chỉ đạo đề nghị các thôn thực hiện nghiêm túc.\n", "Ban chỉ đạo"),
    ("Ban Chỉ đạo đề nghị các thôn, xã An Hòa thực hiện.\n", "Ban chỉ đạo"),
])
def test_field_body_completed_through_its_field(body: str, name: str) -> None:
    rec = parse_text(body + BODY + SIGN)
    assert rec.issuer is not None and rec.issuer.inferred and rec.issuer.name == name
    assert rec.text[rec.issuer.span[0]:rec.issuer.span[1]].casefold() == name.casefold()


CLOSING = ("SỞ Y TẾ AN PHÚ\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 12/GM-BV\nAn Phú, ngày 02 tháng 11 năm 2027\n\nGIẤY MỜI\n"
           "Dự hội nghị khoa học\n\nNội dung.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n\n")


@pytest.mark.parametrize("line, name", [
    ("TTƯT. BSCKII. Nguyễn Quang Vinh", "Nguyễn Quang Vinh"),
    ("TTƯT.BSCKII. Nguyễn Quang Vinh", "Nguyễn Quang Vinh"),
    ("NGƯT. Lê Văn An", "Lê Văn An"),
    ("ThS. BS. Lê Thị Hoa", "Lê Thị Hoa"),
    ("BS.CKII Phạm Văn Cường", "Phạm Văn Cường"),
    ("TS.BS Nguyễn Văn Dũng", "Nguyễn Văn Dũng"),
    ("PGS.TS. Trần Văn Bình", "Trần Văn Bình"),
    # counter-cases: one title, none, a name whose letters begin like a title's
    ("Thượng tá Trần Quốc Toản", "Trần Quốc Toản"),
    ("Nguyễn Quang Vinh", "Nguyễn Quang Vinh"),
    ("Bùi Sĩ Hoàng", "Bùi Sĩ Hoàng"),
])
def test_chained_titles_before_a_signers_name(line: str, name: str) -> None:
    assert parse_text(CLOSING + line + "\n").signer.name == name


@pytest.mark.parametrize("raw, text", [
    ("\\- Như Điều 4;", "- Như Điều 4;"),
    ("1\\. Mục tiêu", "1. Mục tiêu"),
    ("Độc lập \\- Tự do \\- Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"),
    ("\\# Không phải tiêu đề", "# Không phải tiêu đề"),
    # counter-cases: an escaped star is residue (dropped), a backslash before a letter is kept
    ("Mục \\* một", "Mục  một"),
    ("Tệp C:\\Users\\ketoan", "Tệp C:\\Users\\ketoan"),
])
def test_converter_escapes_keep_the_mark(raw: str, text: str) -> None:
    assert normalize(raw + "\n").text.rstrip("\n") == text


def test_escaped_list_markers_are_the_distribution() -> None:
    raw = ("UBND HUYỆN AN LẠC\nSố: 12/QĐ-UBND\nAn Lạc, ngày 25 tháng 11 năm 2027\n\n# QUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n\n"
           "Điều 1. Giao chỉ tiêu.\n\n*Nơi nhận:*\n\\- Như Điều 4;\n\\- UBND tỉnh (b/c);\n\\- Lưu: VT, QS.\n\n"
           "**CHỦ TỊCH**\n\n**Nguyễn Văn Quý**\n")
    names = [d.name for d in parse_text(raw).distribution]
    assert names == ["Như Điều 4", "UBND tỉnh (b/c)", "Lưu: VT, QS"]
