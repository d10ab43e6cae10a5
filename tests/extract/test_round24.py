"""The twenty-fourth heldout round's failure classes (invented documents and lines, with counter-cases): a Nơi
nhận label whose marks OCR changed ('Nơi nhân:'); a PDF page's number under the signer's name, joined to it as
a wrapped line; a timeline row's number taken for a count of its activity ('4<TAB>Tổng kết ...'); a copy cut
before its letterhead, signed by a lone head ('CỤC TRƯỞNG'), whose own sentence names the body writing; a
capital I read as 'l' in the signature's title lines ('KT. GlÁM ĐỐC')."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.normalize import normalize

# ---- a Nơi nhận label with damaged marks ------------------------------------------------------------------------

LETTER = ("UBND TỈNH ĐỒNG THÁP            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "CÔNG AN TỈNH                   Độc lập - Tự do - Hạnh phúc\n"
          "Số: 41/KH-CAT                  Đồng Tháp, ngày 11 tháng 10 năm 2027\n\n"
          "KẾ HOẠCH\nTuần tra kiểm soát dịp cuối năm\n\n"
          "Công an các huyện báo cáo kết quả trước ngày 20/12/2027.\n{body}\n"
          "{label}\n- Bộ Công an (b/c);\n- Công an các huyện;\n- Lưu: VT.\n"
          "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Hiểu\n")
ITEMS = ["Bộ Công an (b/c)", "Công an các huyện", "Lưu: VT"]


@pytest.mark.parametrize("label", ["Nơi nhân:", "Nới nhận:", "Nọi nhặn:", "NƠI NHÂN:", "Noi nhan:", "Nơi nhận:",
                                   "Nơi nhẫn"])
def test_a_noi_nhan_label_whose_marks_ocr_changed(label: str) -> None:
    rec = parse_text(LETTER.format(body="", label=label))
    assert [d.name for d in rec.distribution] == ITEMS
    assert rec.signer.name == "Lê Văn Hiểu"


def test_body_words_like_the_label_open_no_list() -> None:
    # counter-case: a body line opening with "Nơi nhân dân ..." (no colon, more words) is the body's
    body = "Lực lượng công an phải là\nnơi nhân dân gửi gắm niềm tin, tuyệt đối không để xảy ra sai phạm.\n"
    rec = parse_text(LETTER.format(body=body, label="Nơi nhận:"))
    assert [d.name for d in rec.distribution] == ITEMS
    assert "nơi nhân dân gửi gắm" in rec.text


# ---- a PDF page's number under the last line ----------------------------------------------------------------------

# a page of hard-wrapped lines (the width the joins test against is read from such lines)
WRAPPED = ("Thực hiện Công văn số 2786/SYT-NVY ngày 28/6/2027 của Sở Y tế về tăng cường phòng, chống dịch\n"
           "sốt xuất huyết mùa mưa năm 2027, Trung tâm Y tế thành phố báo cáo kết quả như sau: phun hóa\n"
           "chất diệt muỗi cho các hộ gia đình; tổ chức chiến dịch diệt lăng quăng đồng loạt tại các khu\n"
           "phố; huy động lượt người tham gia, thu gom, tiêu hủy vật dụng phế thải chứa nước trên địa bàn\n"
           "toàn thành phố. Giám sát, kiểm tra hộ gia đình trên địa bàn các phường và xã, phát hiện nhiều\n"
           "hộ có lăng quăng; chỉ số nhà có lăng quăng giảm so với cùng kỳ năm trước tại hầu hết các khu\n"
           "phố. Tập huấn cập nhật phác đồ chẩn đoán, điều trị sốt xuất huyết cho nhân viên y tế các trạm\n"
           "y tế phường, xã và phòng khám đa khoa khu vực trong tháng; các Trạm Y tế báo cáo, phát hiện\n"
           "{next}\n")


CLOSING = ("HUYỆN ỦY THANH CHƯƠNG                  ĐẢNG CỘNG SẢN VIỆT NAM\n   BAN TUYÊN GIÁO\n"
           "Số 27-HD/BTGHU                      Thanh Chương, ngày 12 tháng 4 năm 2027\n\nHƯỚNG DẪN\n"
           "Tuyên truyền kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh\n\n"
           + WRAPPED.format(next="các ca bệnh mới về Khoa Kiểm soát bệnh tật chậm nhất ngày 25/5/2027.") + "\n"
           "Nơi nhận:                                              K/T TRƯỞNG BAN\n"
           "- Ban Tuyên giáo Tỉnh ủy (b/c);                          PHÓ TRƯỞNG BAN\n"
           "- Thường trực Huyện ủy (b/c);\n- Các đảng bộ, chi bộ trực thuộc;\n"
           "- Lưu BTG.                                             Nguyễn Văn Sơn\n{footer}\n")


@pytest.mark.parametrize("footer", ["2", "- 2 -", "-2-", "Trang 2", "Trang 2/2", "2/2"])
def test_a_page_number_under_the_signer_is_no_part_of_the_name(footer: str) -> None:
    rec = parse_text(CLOSING.format(footer=" " * 60 + footer))
    assert rec.signer.name == "Nguyễn Văn Sơn"
    assert rec.signer.position == "Phó Trưởng ban"


@pytest.mark.parametrize("line, joined", [
    ("178 hộ có lăng quăng.", True),  # counter-case: a wrapped line opening with a figure still joins
    ("2", False), ("- 2 -", False), ("Trang 2/2", False),
])
def test_what_a_page_number_line_keeps_apart(line: str, joined: bool) -> None:
    text = normalize(WRAPPED.format(next=line)).text
    assert (("phát hiện " + line) in text) == joined


# ---- a timeline row's number before its activity ---------------------------------------------------------------------

PLAN = ("BCH ĐOÀN HUYỆN TIÊN DU\nSố: 64-KH/ĐTN\nTiên Du, ngày 03 tháng 3 năm 2027\n\nKẾ HOẠCH\n"
        "Tổ chức Tháng Thanh niên năm 2027\n\n"
        "Thực hiện chương trình công tác năm 2027, Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:\n"
        "I. CHỈ TIÊU\n- Kết nạp 150 đoàn viên mới.\n\nII. TIẾN ĐỘ THỰC HIỆN\n"
        "STT\tNội dung\tThời gian\tĐơn vị thực hiện\n1\tLễ ra quân\t7h00 ngày 05/3/2027\tBTV Huyện đoàn\n"
        "{row}\n\nIII. TỔ CHỨC THỰC HIỆN\n"
        "Các cơ sở Đoàn báo cáo kết quả về Văn phòng Huyện đoàn trước ngày 29/3/2027.\n\n"
        "Nơi nhận:\n- Lưu VP.\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Thị Hằng\n")


@pytest.mark.parametrize("row, date", [
    ("4\tTổng kết Tháng Thanh niên\tNgày 31/3/2027\tBTV Huyện đoàn", "2027-03-31"),
    ("4\tSơ kết giữa tháng\tNgày 16/3/2027\tBTV Huyện đoàn", "2027-03-16"),
    ("12\tHội nghị tổng kết\tNgày 30/3/2027\tBan Tổ chức", "2027-03-30"),
    ("2\tGặp mặt thanh niên tiêu biểu\t20/3/2027\tBan Phong trào", "2027-03-20"),
])
def test_a_timeline_rows_number_is_no_count(row: str, date: str) -> None:
    rec = parse_text(PLAN.format(row=row))
    assert date in [e.date for e in rec.events]


@pytest.mark.parametrize("row, date", [
    # counter-cases: a count is still a count, a report of a review is a by-when
    ("4\tTuyên truyền qua 15 hội nghị\tNgày 28/3/2027\tBTV Huyện đoàn", "2027-03-28"),
    ("4\tBáo cáo tổng kết\tTrước ngày 31/3/2027\tCác cơ sở Đoàn", "2027-03-31"),
])
def test_rows_that_hold_no_occasion(row: str, date: str) -> None:
    rec = parse_text(PLAN.format(row=row))
    assert date not in [e.date for e in rec.events]


# ---- a copy cut before its letterhead, signed by a lone head ----------------------------------------------------------

CUT = ("Kính gửi: Ủy ban nhân dân các huyện, thành phố.\n\n"
       "Thực hiện Quyết định số 1726/QĐ-TTg ngày 30/12/2026 của Thủ tướng Chính phủ, {opening} các đơn vị phối hợp "
       "thực hiện một số nội dung sau:\n1. Rà soát, lập bảng kê, hoàn thành trước ngày 30/4/2027.\n"
       "2. Gửi danh sách về trước ngày 25/4/2027.\n\n"
       "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n{head}\nNguyễn Thanh Tâm\n")


@pytest.mark.parametrize("opening, head, issuer", [
    ("Cục Thống kê tỉnh đề nghị", "CỤC TRƯỞNG", "Cục Thống kê tỉnh"),
    ("Sở Y tế tỉnh Bình Dương thông báo và đề nghị", "GIÁM ĐỐC", "Sở Y tế tỉnh Bình Dương"),
    ("Trường THPT Lê Quý Đôn kính đề nghị", "HIỆU TRƯỞNG", "Trường THPT Lê Quý Đôn"),
])
def test_the_body_a_lone_head_heads(opening: str, head: str, issuer: str) -> None:
    rec = parse_text(CUT.format(opening=opening, head=head))
    assert rec.issuer is not None and rec.issuer.name == issuer and rec.issuer.inferred
    assert rec.signer.name == "Nguyễn Thanh Tâm"


@pytest.mark.parametrize("opening, head", [
    # counter-cases: a body its signer does not head, a position heading no body in the table
    ("Sở Tài chính đề nghị", "CỤC TRƯỞNG"),
    ("Cục Thống kê tỉnh đề nghị", "CHỦ TỊCH"),
    # a body named without a verb of writing after it
    ("theo đề nghị của Cục Thống kê tỉnh, đề nghị", "CỤC TRƯỞNG"),
])
def test_no_body_taken_for_a_head(opening: str, head: str) -> None:
    rec = parse_text(CUT.format(opening=opening, head=head))
    assert rec.issuer is None


def test_a_letterhead_wins_over_the_heads_body() -> None:
    rec = parse_text("TỔNG CỤC THỐNG KÊ\nCỤC THỐNG KÊ TỈNH KIÊN GIANG\nSố: 215/CTK-TKKD\n"
                     "Kiên Giang, ngày 02 tháng 4 năm 2027\n" + CUT.format(opening="Cục Thống kê tỉnh đề nghị",
                                                                          head="CỤC TRƯỞNG"))
    assert rec.issuer is not None and rec.issuer.name == "CỤC THỐNG KÊ TỈNH KIÊN GIANG"
    assert not rec.issuer.inferred


# ---- a capital I read as 'l' in the signature's title lines ----------------------------------------------------------

@pytest.mark.parametrize("authority, position, want_authority, want_position", [
    ("KT. GlÁM ĐỐC", "PHÓ GIÁM ĐỐC", "KT. Giám đốc", "Phó Giám đốc"),
    ("KT. CHỦ TlCH", "PHÓ CHỦ TỊCH", "KT. Chủ tịch", "Phó Chủ tịch"),
    ("KT. GIÁM ĐỐC", "PHÓ GlÁM ĐÔC", "KT. Giám đốc", "Phó Giám đốc"),
    # counter-cases: an authority's body keeps its marks ('trường' is no 'trưởng'), sound titles stay
    ("TM. BAN CHẤP HÀNH ĐOÀN TRƯỜNG", "BÍ THƯ", "TM. Ban Chấp hành Đoàn trường", "Bí thư"),
    ("TL. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TL. Chánh Văn phòng", "Phó Chánh Văn phòng"),
])
def test_a_capital_i_read_as_l_in_the_title_lines(authority: str, position: str, want_authority: str,
                                                  want_position: str) -> None:
    rec = parse_text(LETTER.format(body="", label="Nơi nhận:").replace("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
                                                                       f"{authority}\n{position}"))
    assert rec.signer.authority == want_authority
    assert rec.signer.position == want_position
