"""Rounds 75-79's quantity leftovers (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban import parse_file
from vanban.grammar.ocrdigits import ocr_figures

LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 418/UBND-KT\nHà Giang, ngày 12 tháng 9 năm 2034\n"
          "V/v triển khai một số nhiệm vụ trọng tâm\n"
          "Kính gửi: Ủy ban nhân dân các huyện, thành phố.\n"
          "1. Các huyện tổ chức 24 lớp tập huấn cho cán bộ cơ sở trong tháng 10/2034.\n"
          "2. {sentence}\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Hải\n")


def _values(tmp_path: Path, text: str, name: str = "congvan.txt") -> list[float]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [q.value for q in parse_file(path).quantities]


def _assert_read(values: list[float], dropped: tuple[float, ...], kept: tuple[float, ...]) -> None:
    """Every dropped value is out of the record's quantities, every kept one in."""
    assert not [v for v in dropped if v in values], values
    assert all(v in values for v in kept), values


CITED_BRACKETS = [
    # a rule cited by its kind and number, then a bracket restating its rates, prices or shares (h864, h866, h867,
    # h869): the rule's, none planned or done
    ("Bố trí kinh phí hỗ trợ người nuôi có gia cầm bị tiêu hủy theo mức quy định tại Nghị định số 11/2033/NĐ-CP "
     "ngày 14/02/2033 của Chính phủ (42.000 đồng/kg gia cầm đối với hộ nghèo, 36.000 đồng/kg đối với hộ khác).",
     (42000, 36000), ()),
    ("Chế độ cho học viên nội trú thực hiện theo Nghị định số 57/2031/NĐ-CP của Chính phủ\n"
     "(hỗ trợ tiền ở bằng 30% mức lương cơ sở/tháng).", (30,), ()),
    ("Các cảng cá đã đón 1.240 lượt tàu, thu phí theo mức quy định tại Thông tư số 18/2032/TT-BTC của Bộ Tài chính "
     "(phí neo đậu đối với tàu vỏ thép là 0,08 USD/GT/ngày).", (0.08,), (1240,)),
    ("Giải đáp về đơn giá bồi thường áp dụng theo Quyết định số\n21/2033/QĐ-UBND ngày 02/5/2033 của Ủy ban nhân dân "
     "tỉnh (đất ở nông thôn vị trí 1 khu vực 3 là 4,2 triệu đồng/m2).", (4200000,), ()),
    # counter-cases: a bracket telling what was done after the rule stays, as does a count in it and the grant the
    # document makes under a rule named after it
    ("Các huyện đã chi hỗ trợ theo Nghị định số 11/2033/NĐ-CP của Chính phủ (đã chi trả 2,6 tỷ đồng cho 312 hộ).",
     (), (2600000000, 312)),
    ("Hỗ trợ 50 triệu đồng/hộ theo Quyết định số 21/2033/QĐ-UBND của Ủy ban nhân dân tỉnh cho 40 hộ nghèo.",
     (), (50000000, 40)),
    ("Tổ chức 06 đoàn kiểm tra (mỗi đoàn 05 thành viên) tại các huyện trong tháng 11/2034.", (), (6,)),
]


@pytest.mark.parametrize(("sentence", "dropped", "kept"), CITED_BRACKETS)
def test_bracket_after_a_cited_rule_is_the_rules(sentence: str, dropped: tuple[float, ...], kept: tuple[float, ...],
                                                 tmp_path: Path) -> None:
    values = _values(tmp_path, LETTER.format(sentence=sentence))
    assert 24 in values
    _assert_read(values, dropped, kept)


RULES = ("ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TRƯỜNG CAO ĐẲNG Y TẾ\nSố: 27-TL/ĐTN\nHuế, ngày 04 tháng 10 năm 2034\n"
         "THỂ LỆ\nCuộc thi \"Sinh viên với văn hóa đọc\" năm 2034\n"
         "Điều 1. Đối tượng\nĐoàn viên, sinh viên đang học tập tại Trường; mỗi chi đoàn đăng ký tối đa 02 đội thi.\n"
         "Điều 2. Hình thức và nội dung\n{sentence}\n"
         "Điều 3. Giải thưởng\n- 01 giải Nhất: 2.000.000 đồng.\n"
         "TM. BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Toàn\n")

ENTRY_TERMS = [
    # questions counted in a clause naming the test or its part: each entry's test, a rule's term (h842, h878)
    ("Mỗi lượt thi gồm 25 câu hỏi trắc nghiệm và 03 câu hỏi phụ.", (25, 3), ()),
    ("Vòng sơ khảo: phần thi hiểu biết (40 câu hỏi trắc nghiệm trong 30 phút); phần thi hùng biện.", (40,), ()),
    ("Bài thi gồm 15 câu hỏi tự luận, làm trong 90 phút.", (15,), ()),
    # a paper's page cap and a font's size (h876, as h597, h757): the entry's size, no amount planned
    ("Bài dự thi viết tay hoặc đánh máy không quá 12 trang A4 (phông chữ Times New Roman, cỡ chữ 14).", (12, 14), ()),
    ("Các chi đoàn gửi báo cáo tham luận (tối đa 05 trang) về Văn phòng Đoàn trường.", (5,), ()),
    # each team's or each part's time to present (h876, h761): a rule's term for each entrant
    ("Vòng chung kết: mỗi đội thuyết trình không quá 08 phút và trả lời câu hỏi của Ban Giám khảo.", (8,), ()),
    ("Mỗi phần trình diễn không quá 06 phút.", (6,), ()),
    # counter-cases: a bank of questions built, pages digitised, and a programme's own length stay counted
    ("Ban Tổ chức xây dựng ngân hàng ít nhất 500 câu hỏi trắc nghiệm.", (), (500,)),
    ("Thư viện đã số hóa 12.400 trang tài liệu cổ.", (), (12400,)),
    ("Thời lượng chương trình giao lưu 90 phút.", (), (90,)),
]


@pytest.mark.parametrize(("sentence", "dropped", "kept"), ENTRY_TERMS)
def test_each_entrys_terms_are_the_rules(sentence: str, dropped: tuple[float, ...], kept: tuple[float, ...],
                                         tmp_path: Path) -> None:
    values = _values(tmp_path, RULES.format(sentence=sentence), "thele.txt")
    assert 2000000 in values
    _assert_read(values, dropped, kept)


POST = ("Hội đồng Đội huyện Tam Nông\n3 giờ · 🌏\n[THÔNG BÁO] Hội thi Tin học trẻ cấp huyện năm 2034\n"
        "Hội đồng Đội huyện tổ chức Hội thi cho 180 đội viên của 12 Liên đội vào ngày 18/11/2034.\n"
        "Mỗi Liên đội cử tối đa 15 thí sinh.\n"
        "{counters}\n{comments}")

COMMENTS = [
    # readers' questions and the page's answers under a post's counters (h843, h878, h669): none the document's
    ("👍❤️ 96 · 14 bình luận · 8 lượt chia sẻ",
     "Liên đội TH Tân Thành: Dạ mỗi Liên đội được cử 20 thí sinh không ạ?\n"
     "Hội đồng Đội huyện Tam Nông: Chào em, mỗi Liên đội cử tối đa 15 thí sinh em nhé.\n"
     "  Phụ huynh Minh Anh: Lớp em có 3 bạn đăng ký ạ\n", (20, 3)),
    ("128 lượt thích · 9 bình luận", "Chi đội 7A: Chi đội em đăng ký 04 thí sinh ạ 💡\nTrả lời · 1 giờ\n", (4,)),
]


@pytest.mark.parametrize(("counters", "comments", "dropped"), COMMENTS)
def test_comments_under_a_post_are_none_of_its_figures(counters: str, comments: str, dropped: tuple[float, ...],
                                                        tmp_path: Path) -> None:
    values = _values(tmp_path, POST.format(counters=counters, comments=comments), "post.txt")
    assert 180 in values and 12 in values and 15 in values
    _assert_read(values, dropped, ())


def test_a_post_without_comments_keeps_its_last_lines(tmp_path: Path) -> None:
    # counter-case: counters with no commenter's line under them, and a labelled line of the post after a figure line
    text = POST.format(counters="Thời gian: 07 giờ 30", comments="Địa điểm: Nhà Văn hóa huyện, phục vụ 200 khách mời.\n")
    assert 200 in _values(tmp_path, text, "post.txt")


REPORT = ("SỞ Y TẾ TỈNH QUẢNG BÌNH\nSố: 214/BC-SYT\nQuảng Bình, ngày 20 tháng 12 năm 2034\nBÁO CÁO\n"
          "Kết quả công tác phòng, chống dịch năm 2034\n"
          "1. Kết quả\nNăm 2034, ngành y tế đã tiêm vắc xin sởi cho 18.420 trẻ.\n"
          "2. Kiến nghị\n{sentence}\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nPhan Văn Long\n")

NAMED_REQUESTS = [
    # the writer naming itself before its request of another body (h852): asked, neither planned nor done
    ("Sở Y tế đề nghị UBND tỉnh xem xét bổ sung 4,5 tỷ đồng kinh phí mua vắc xin dự phòng.", (4500000000,), ()),
    ("Trung tâm Kiểm soát bệnh tật tỉnh kiến nghị Bộ Y tế cấp bổ sung 12.000 liều vắc xin MR.", (12000,), ()),
    # counter-cases: "xin" ending a noun names no request ("Vắc xin"), and what the writer did stays
    ("- Vắc xin, vật tư: Trung tâm cấp phát 7.400 liều vắc xin MR cho các huyện.", (), (7400,)),
    ("Sở Y tế đã phối hợp tổ chức 16 lớp tập huấn cho cán bộ y tế cơ sở.", (), (16,)),
]


@pytest.mark.parametrize(("sentence", "dropped", "kept"), NAMED_REQUESTS)
def test_a_request_after_the_writers_name_is_asked(sentence: str, dropped: tuple[float, ...], kept: tuple[float, ...],
                                                    tmp_path: Path) -> None:
    values = _values(tmp_path, REPORT.format(sentence=sentence), "baocao.txt")
    assert 18420 in values
    _assert_read(values, dropped, kept)


HOI_REPORT = ("HỘI NÔNG DÂN HUYỆN PHÚ TÂN\nBCH HỘI NÔNG DÂN XÃ TÂN HƯNG\nSố: 22-BC/HND\nTân Hưng, ngày 18 tháng 6 năm 2034\n"
              "BÁO CÁO\nKết quả công tác Hội 6 tháng đầu năm 2034\n"
              "1. Kết quả\nTrong 6 tháng, Hội giải ngân 12 dự án cho 47 hộ vay với số tiền 690 triệu đồng.\n"
              "{sentence}\n"
              "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nNguyễn Văn Tư\n")

HOI_STATE = [
    # a fund the body manages as it now stands (h875): the state, and the borrowers it lends to now
    ("Tổng nguồn vốn Quỹ Hỗ trợ nông dân do Hội quản lý hiện là 1,65 tỷ đồng, đang cho 58 hộ vay.", (1650000000, 58), ()),
    # a request's second act after a semicolon opening more of something (h875): asked too
    ("2. Kiến nghị\nĐề nghị Hội Nông dân huyện xem xét bổ sung 300 triệu đồng nguồn vốn Quỹ; mở thêm 03 lớp dạy nghề "
     "cho hội viên.", (300000000, 3), ()),
    # the state's list going on after a semicolon, a share reached told after its comma (h859, h489)
    ("Toàn xã hiện có 2.640 ha đất nông nghiệp; 1.930 hộ tham gia bảo hiểm y tế, tỷ lệ bao phủ đạt 91,4% dân số.",
     (2640, 1930), ()),
    # a count of what is so now, its "đang" far from its "là" past a wrapped line (h829): the state, and its part
    ("Số lao động đang làm việc tại các doanh nghiệp trong Khu kinh tế cửa khẩu và cụm\ncông nghiệp là 12.450 "
     "người, trong đó lao động nữ 6.120 người.", (12450, 6120), ()),
    # counter-cases: what the units did after the state's semicolon, and the fund's growth this half-year, stay
    ("Toàn xã hiện có 9 ấp; 7 ấp đã đạt chuẩn ấp văn hóa.", (), (7,)),
    ("Hội vận động tăng trưởng Quỹ thêm 150 triệu đồng; mở 02 lớp dạy nghề cho 60 hội viên.", (), (150000000, 2, 60)),
]


@pytest.mark.parametrize(("sentence", "dropped", "kept"), HOI_STATE)
def test_a_funds_state_and_a_requests_second_act(sentence: str, dropped: tuple[float, ...], kept: tuple[float, ...],
                                                 tmp_path: Path) -> None:
    values = _values(tmp_path, HOI_REPORT.format(sentence=sentence), "baocao.txt")
    assert 47 in values and 690000000 in values
    _assert_read(values, dropped, kept)



OCR_FIGURES = [
    # OCR's lower-case l opening a figure with its decimals, a word after it (h881); a table cell of groups of three
    # with O for 0, the next cell after two blanks or more, or the line's end (h881)
    ("Lũy kế giải ngân l46,2 tỷ đồng, đạt 38,5% kế hoạch", "Lũy kế giải ngân 146,2 tỷ đồng, đạt 38,5% kế hoạch"),
    (" 3   Trường tiểu học Tân Lập        18.6OO          4.250        22,8\n",
     " 3   Trường tiểu học Tân Lập        18.600          4.250        22,8\n"),
    ("Tổng cộng\t1.2OO\t640\n", "Tổng cộng\t1.200\t640\n"),
    # counter-cases: a day with its l, a code, a lone l and an O in a word stay
    ("l5/01/2034 họp", "l5/01/2034 họp"),
    ("Mục 1.2O  Ghi chú\n", "Mục 1.2O  Ghi chú\n"),
    ("Số l, khu B", "Số l, khu B"),
]


@pytest.mark.parametrize(("text", "read"), OCR_FIGURES)
def test_ocr_figures_with_decimals_and_table_cells(text: str, read: str) -> None:
    assert ocr_figures(text)[0] == read


SMALL_CLASSES = [
    # a request asking the other body's leave to move a sum (h836): asked
    ("2. Kiến nghị\nĐề nghị UBND tỉnh cho phép điều chuyển 35 tỷ đồng kế hoạch vốn sang các dự án giải ngân nhanh.",
     (35000000000,), ()),
    # a road's width on each side (h834): its size; a school's site by its number (h836): its name
    ("Tuyến đường nâng cấp có mặt đường rộng 6 m, lề mỗi bên 1,5 m.", (6, 1.5), ()),
    ("Nhà thi đấu đa năng đã hoàn thành 64% khối lượng phần thô; Trường THCS Nguyễn Trãi (cơ sở 3) đã hoàn thành phần "
     "móng 02 khối nhà.", (3,), (64, 2)),
    # counter-cases: each side sending people, and a count of sites done, stay
    ("Ban Tổ chức đã tổ chức 04 buổi giao lưu, mỗi bên cử 12 đại biểu tham dự.", (), (4, 12)),
    ("Đã kiểm tra 27 cơ sở kinh doanh vật liệu xây dựng.", (), (27,)),
]


@pytest.mark.parametrize(("sentence", "dropped", "kept"), SMALL_CLASSES)
def test_a_leave_asked_a_side_width_and_a_site_number(sentence: str, dropped: tuple[float, ...],
                                                      kept: tuple[float, ...], tmp_path: Path) -> None:
    values = _values(tmp_path, REPORT.format(sentence=sentence), "baocao.txt")
    assert 18420 in values
    _assert_read(values, dropped, kept)


TAX_LETTER = ("THUẾ TỈNH HÒA BÌNH\nTHUẾ CƠ SỞ 3\nSố: 88/TCS3-QLKD\nLạc Sơn, ngày 02 tháng 4 năm 2034\n"
              "V/v đẩy nhanh đăng ký chứng từ điện tử\nKính gửi: Các hộ kinh doanh trên địa bàn.\n"
              "1. Trong tháng 3/2034, cơ quan thuế đã tổ chức 05 buổi hướng dẫn cho 260 lượt hộ kinh doanh.\n"
              "2. {sentence}\n"
              "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG THUẾ CƠ SỞ\nĐinh Văn Hòa\n")

CAMPAIGN = [
    # what the body's campaign got done by the day, the state's part with its "đã" and the share reached (h387)
    ("Tính đến ngày 31/3/2034, trên địa bàn có 1.520 hộ kinh doanh nộp thuế theo phương pháp kê khai; trong đó 1.140 "
     "hộ đã đăng ký sử dụng chứng từ điện tử, đạt 75%; còn 380 hộ chưa đăng ký.", (1520, 380), (1140, 75)),
    # counter-case: a part told as it is, no share reached after it (h701, h717), stays the state
    ("Tính đến ngày 31/3/2034, trên địa bàn có 318 phòng học; trong đó 74 phòng học đã xuống cấp, 9 nhà vệ sinh "
     "không bảo đảm.", (318, 74), ()),
]


@pytest.mark.parametrize(("sentence", "dropped", "kept"), CAMPAIGN)
def test_a_campaigns_progress_in_the_states_part(sentence: str, dropped: tuple[float, ...], kept: tuple[float, ...],
                                                  tmp_path: Path) -> None:
    values = _values(tmp_path, TAX_LETTER.format(sentence=sentence), "congvan.txt")
    assert 260 in values
    _assert_read(values, dropped, kept)
