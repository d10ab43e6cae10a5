"""Rounds 80-84's quantity leftovers outside the big tables (issue 10), fixed by class: invented documents, with
counter-cases that must stay as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban import parse_file
from vanban.grammar.ocrdigits import ocr_figures

PROPOSAL = ("ỦY BAN NHÂN DÂN\nXÃ HÒA AN\nSố: 41/TTr-UBND\nHòa An, ngày 12 tháng 3 năm 2036\n"
            "TỜ TRÌNH\nVề chủ trương đầu tư dự án Xây dựng nhà văn hóa xã\nKính gửi: Hội đồng nhân dân xã.\n"
            "Ủy ban nhân dân xã kính trình Hội đồng nhân dân xã xem xét các nội dung sau:\n"
            "1. Sự cần thiết đầu tư\n{sentence}\n2. Nội dung đầu tư\n- Tổng mức đầu tư dự kiến: 8,4 tỷ đồng.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Nam\n")
PLAN = ("ỦY BAN NHÂN DÂN\nPHƯỜNG AN BÌNH\nSố: 52/KH-UBND\nAn Bình, ngày 10 tháng 1 năm 2035\n"
        "KẾ HOẠCH\nThực hiện công tác đô thị năm 2035\n"
        "I. MỤC TIÊU\n1. Phấn đấu trồng mới 800 cây xanh trong năm 2035.\nII. NHIỆM VỤ\n{sentence}\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Nam\n")
REPORT = ("ỦY BAN NHÂN DÂN\nHUYỆN AN LÃO\nSố: 88/BC-UBND\nAn Lão, ngày 10 tháng 10 năm 2035\n"
          "BÁO CÁO\nKết quả thực hiện nhiệm vụ 9 tháng năm 2035\n"
          "I. KẾT QUẢ\n1. Trong 9 tháng, huyện đã tổ chức 36 lớp tập huấn cho nông dân.\n{sentence}\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Nam\n")
GUIDE = ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSỞ VĂN HÓA\nSố: 45/HD-SVH\nAn Giang, ngày 12 tháng 12 năm 2034\n"
         "HƯỚNG DẪN\nTổ chức Hội thi tuyên truyền năm 2035\n"
         "I. MỤC TIÊU\n1. Phấn đấu 100% xã, phường tham gia Hội thi.\nII. NỘI DUNG\n{sentence}\n"
         "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Nam\n")
RESOLUTION = ("ĐẢNG BỘ HUYỆN AN LÃO\nĐẢNG ỦY XÃ AN HÒA\nSố: 21-NQ/ĐU\nAn Hòa, ngày 15 tháng 3 năm 2035\n"
              "NGHỊ QUYẾT\nvề xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2035 - 2037\n"
              "I. TÌNH HÌNH\n{sentence}\nII. MỤC TIÊU\nPhấn đấu đến năm 2037 có 100% thôn đạt chuẩn khu dân cư kiểu mẫu.\n"
              "Nơi nhận:\n- Như trên;\n- Lưu: VP.\nT/M ĐẢNG ỦY\nBÍ THƯ\nLê Văn Nam\n")
ANCHORS = {PROPOSAL: 8400000000, PLAN: 800, REPORT: 36, GUIDE: 100, RESOLUTION: 100}


def _values(tmp_path: Path, template: str, sentence: str) -> list[float]:
    path = tmp_path / "doc.txt"
    path.write_text(template.format(sentence=sentence), encoding="utf-8")
    values = [q.value for q in parse_file(path).quantities]
    assert ANCHORS[template] in values, values
    return values


def _assert_read(values: list[float], dropped: tuple[float, ...], kept: tuple[float, ...]) -> None:
    """Every dropped value is out of the record's quantities, every kept one in."""
    assert not [v for v in dropped if v in values], values
    assert all(v in values for v in kept), values


OWN_SIZES = [
    # a building told by the year it was built, then its own size and capacity (h914): what stands now
    (PROPOSAL, "Trụ sở xã hiện nay được xây dựng năm 1998, diện tích 180 m2, sức chứa khoảng 90 chỗ ngồi, đã xuống "
               "cấp nghiêm trọng.", (180, 90), ()),
    (PROPOSAL, "Trường mầm non xã được đưa vào sử dụng từ năm 2001, diện tích 1.450 m2, nay đã xuống cấp.", (1450,), ()),
    # a route or a work named opening its sentence, its sizes in its clause or the bracket after its name (h885, h912,
    # h726)
    (PLAN, "Tuyến đê bao sông Cái qua địa bàn phường dài 14,25 km với 6 khu phố ven sông.\n"
           "2. Tổ chức 04 đợt ra quân dọn vệ sinh tuyến đê.", (14.25, 6), (4,)),
    (PLAN, "2. Dự án Hồ điều hòa phía Tây (diện tích 5.600 m2, tổng mức đầu tư 12,4 tỷ đồng, do Ban Quản lý dự án "
           "làm chủ đầu tư) dự kiến khởi công trong quý III/2035.", (5600, 12400000000), ()),
    (REPORT, "Tuy nhiên, tuyến mương T3 (dài 2,6 km) thi công chậm do vướng mặt bằng.", (2.6,), ()),
    # a site's area on the site's line, wrapped (h926)
    (PROPOSAL, "- Địa điểm: khu đất phía sau trụ sở thôn 3, xã Hòa An, diện\ntích 2.750 m2 (đất công do xã "
               "quản lý).\n- Quy mô: xây mới 06 phòng chức năng.", (2750,), (6,)),
    # counter-cases: the length and the area of the work done or planned stay, as does a project's total a sentence
    # with a work's verb opening it tells, and a building built by the plan
    (PLAN, "2. Nâng cấp 02 tuyến đường liên thôn dài 3,6 km và 01 nhà văn hóa.", (), (2, 3.6, 1)),
    (REPORT, "2. Hoàn thành thi công tuyến ống cấp nước dài 2,4 km cho khu dân cư.", (), (2.4,)),
    (REPORT, "2. Khởi công mới 03 dự án với tổng mức đầu tư 46 tỷ đồng.", (), (3, 46000000000)),
    (PLAN, "2. Cải tạo công viên trung tâm với diện tích 4.500 m2 trong quý II/2035.", (), (4500,)),
    (PLAN, "2. Xây dựng mới nhà văn hóa khu phố 2 với sức chứa 300 chỗ ngồi.", (), (300,)),
]


@pytest.mark.parametrize(("template", "sentence", "dropped", "kept"), OWN_SIZES)
def test_a_things_own_size_where_it_is_described_is_the_state(template: str, sentence: str,
                                                              dropped: tuple[float, ...], kept: tuple[float, ...],
                                                              tmp_path: Path) -> None:
    _assert_read(_values(tmp_path, template, sentence), dropped, kept)


EACH_UNIT_CAPS = [
    # a guide's cap on how many each unit may send, take or hold: a planned bound, as in a plan (h894, and h217, h395,
    # h602, h671, h741, h878)
    (GUIDE, "1. Tuyển chọn 40 cộng tác viên; mỗi cộng tác viên phụ trách không quá 04 thôn.", (), (40, 4)),
    (GUIDE, "1. Mỗi xã, phường đăng ký tối đa 05 vận động viên.", (), (5,)),
    (GUIDE, "1. Tiêm tại trạm y tế, mỗi điểm tiêm không quá 80 trẻ/buổi.", (), (80,)),
    # counter-cases: a sum capped for each stays the guide's norm, each entry's length a rule's term, and a range a
    # guide sets a norm
    (GUIDE, "1. Mức chi mỗi suất quà tặng không quá 400.000 đồng.", (400000,), ()),
    (GUIDE, "1. Mỗi đội đăng ký tối đa 02 tiết mục; thời gian kể mỗi câu chuyện không quá 06 phút.", (6,), (2,)),
    (GUIDE, "1. Mỗi cán bộ được phân công phụ trách từ 02 đến 03 thôn.", (2, 3), ()),
    # a plan's contest: each skit's length a rule's term (h929), the skits a unit may enter counted
    (PLAN, "2. Mỗi khu phố đăng ký tối đa 02 tiểu phẩm, thời lượng mỗi tiểu phẩm không quá 15 phút.", (15,), (2,)),
]


@pytest.mark.parametrize(("template", "sentence", "dropped", "kept"), EACH_UNIT_CAPS)
def test_a_cap_for_each_unit_in_a_guide_is_a_planned_bound(template: str, sentence: str,
                                                           dropped: tuple[float, ...], kept: tuple[float, ...],
                                                           tmp_path: Path) -> None:
    _assert_read(_values(tmp_path, template, sentence), dropped, kept)


STATES = [
    # a forecast opening its sentence by its days (h887): what the weather may bring
    (PLAN, "Dự báo từ ngày 05/4 đến ngày 15/4/2035, trên địa bàn nắng nóng gay gắt, độ ẩm thấp nhất 35%.\n"
           "2. Tổ chức 06 tổ trực phòng cháy.", (35,), (6,)),
    # a place's size told with "toàn <place> là" (h905, h380): the state, and what the sentence goes on to tell of it
    (REPORT, "Tổng diện tích có rừng toàn huyện là 42.380 ha, tỷ lệ che phủ rừng 48,6%.", (42380, 48.6), ()),
    # counter-cases: a forecast's work planned after it and the area a report's bodies planted stay
    (PLAN, "Dự báo từ ngày 05/4 đến ngày 15/4/2035 nắng nóng kéo dài; các khu phố phải bố trí ít nhất 02 người "
           "trực mỗi ngày.", (), (2,)),
    (REPORT, "Toàn huyện đã trồng mới 1.250 ha rừng tập trung, đạt 104% kế hoạch.", (), (1250, 104)),
]


@pytest.mark.parametrize(("template", "sentence", "dropped", "kept"), STATES)
def test_a_forecast_and_a_places_size_are_the_state(template: str, sentence: str, dropped: tuple[float, ...],
                                                    kept: tuple[float, ...], tmp_path: Path) -> None:
    _assert_read(_values(tmp_path, template, sentence), dropped, kept)


OCR_L_DECIMALS = [
    # a figure under ten whose digit OCR printed as l, its decimals after the comma, a unit after it (h922)
    ("đã thi công l,6 km đường bê tông", "đã thi công 1,6 km đường bê tông"),
    ("nạo vét l,25 km kênh", "nạo vét 1,25 km kênh"),
    # counter-cases: an l and a comma before a blank, a word's l, and decimals running on stay as they are
    ("xem Phụ lục l, 2 kèm theo", "xem Phụ lục l, 2 kèm theo"),
    ("mẫu Al,5 km", "mẫu Al,5 km"),
    ("giá l,2345 đồng", "giá l,2345 đồng"),
]


@pytest.mark.parametrize(("view", "read"), OCR_L_DECIMALS)
def test_an_l_before_a_decimal_comma_is_a_one(view: str, read: str) -> None:
    assert ocr_figures(view)[0] == read


RESULTS_GOING_ON = [
    # in a text whose figures need a cue, what a sentence goes on to tell as reached after a result it counted, past a
    # semicolon or a comma (h916, h763)
    ("Sau 02 năm thực hiện, xã đã bê tông hóa 9,6 km đường ngõ xóm; năm 2034 thu nhập bình quân đầu người đạt 68,4 "
     "triệu đồng, tỷ lệ hộ nghèo giảm còn 1,2%.", (), (9.6, 68400000, 1.2)),
    # counter-cases: a reached figure with no result before it in its sentence, and one after a full stop, stay unread
    ("Thu nhập bình quân đầu người năm 2034 đạt 68,4 triệu đồng.", (68400000,), ()),
    ("Xã đã bê tông hóa 9,6 km đường ngõ xóm. Tỷ lệ hộ nghèo giảm còn 1,2%.", (1.2,), (9.6,)),
]


@pytest.mark.parametrize(("sentence", "dropped", "kept"), RESULTS_GOING_ON)
def test_a_reached_figure_going_on_from_a_result_is_done(sentence: str, dropped: tuple[float, ...],
                                                         kept: tuple[float, ...], tmp_path: Path) -> None:
    _assert_read(_values(tmp_path, RESOLUTION, sentence), dropped, kept)


COST_ITEMS = [
    # a cost list's line naming the activity by its count told before (h885): the count once, the cost read
    ("2. Tổ chức 06 hội nghị tuyên truyền pháp luật cho Nhân dân.\n3. Kinh phí thực hiện: 210 triệu đồng, gồm:\n"
     "- Tổ chức 06 hội nghị tuyên truyền: 150 triệu đồng;\n- In tài liệu: 60 triệu đồng.", 6, 1, (150000000, 60000000)),
    # counter-cases: a count told only on the cost line stays, as does one whose cost line has no sum after its colon
    ("2. Kinh phí thực hiện: 210 triệu đồng, gồm:\n- Tổ chức 06 hội nghị tuyên truyền: 150 triệu đồng;\n"
     "- In tài liệu: 60 triệu đồng.", 6, 1, (150000000,)),
    ("2. Tổ chức 06 hội nghị tuyên truyền pháp luật.\n3. Phân công:\n- Tổ chức 06 hội nghị: Phòng Tư pháp chủ trì.",
     6, 2, ()),
]


@pytest.mark.parametrize(("sentence", "count", "times", "costs"), COST_ITEMS)
def test_a_cost_lines_count_told_before_is_one(sentence: str, count: float, times: int, costs: tuple[float, ...],
                                               tmp_path: Path) -> None:
    values = _values(tmp_path, PLAN, sentence)
    assert values.count(count) == times, values
    _assert_read(values, (), costs)


PAGE_WRAPS = [
    # a scaled sum whose unit goes on past the page's number in dashes (h926): one sum, the ward's name no label of it
    (PROPOSAL, "- Nguồn vốn: ngân sách tỉnh 5 tỷ đồng; ngân sách xã 3,4 tỷ\n\n                    - 2 -\n"
               "đồng (nguồn thu tiền sử dụng đất).", (), (5000000000, 3400000000)),
    # counter-case: a ward numbered before a page's number stays a name
    (REPORT, "2. Kiểm tra tại phường 6\n\n                    - 2 -\nvà phường 7 trong tháng 9.", (6, 7), ()),
]


@pytest.mark.parametrize(("template", "sentence", "dropped", "kept"), PAGE_WRAPS)
def test_a_sum_wrapped_across_a_page_number_is_one(template: str, sentence: str, dropped: tuple[float, ...],
                                                   kept: tuple[float, ...], tmp_path: Path) -> None:
    _assert_read(_values(tmp_path, template, sentence), dropped, kept)


COUNSELLED = [
    # the people counselled or given legal aid, though a harm word follows them (h929): those helped
    ("2. Hội đã hỗ trợ, tư vấn cho 23 phụ nữ bị bạo lực gia đình.", (), (23,)),
    ("2. Trung tâm đã trợ giúp pháp lý cho 41 người bị lừa đảo qua mạng.", (), (41,)),
    # counter-case: the harm counted alone stays out
    ("2. Trên địa bàn xảy ra 9 vụ bạo lực gia đình, 9 phụ nữ bị bạo lực.", (9,), ()),
]


@pytest.mark.parametrize(("sentence", "dropped", "kept"), COUNSELLED)
def test_the_people_counselled_are_those_helped(sentence: str, dropped: tuple[float, ...], kept: tuple[float, ...],
                                               tmp_path: Path) -> None:
    _assert_read(_values(tmp_path, REPORT, sentence), dropped, kept)


SHORTCOMINGS = [
    # a label of shortcomings opening its sentence inline, the counts short of something and a sum owed after it
    # (h901, h918, h351)
    ("2. Hạn chế: một số thôn chưa tổ chức sinh hoạt đều; nhà văn hóa của 04 thôn chưa bảo đảm.", (4,), ()),
    ("2. Tồn tại, hạn chế: một số hộ vay vốn sử dụng chưa hiệu quả, nợ quá hạn 38 triệu đồng.", (38000000,), ()),
    # counter-cases: what was done told after the label stays, as does a sum owed that a result recovered
    ("2. Hạn chế: tiến độ còn chậm, song huyện đã hoàn thành 12 công trình.", (), (12,)),
    ("2. Huyện đã thu hồi nợ quá hạn 52 triệu đồng.", (), (52000000,)),
]


@pytest.mark.parametrize(("sentence", "dropped", "kept"), SHORTCOMINGS)
def test_counts_after_a_shortcomings_label_are_shortfalls(sentence: str, dropped: tuple[float, ...],
                                                          kept: tuple[float, ...], tmp_path: Path) -> None:
    _assert_read(_values(tmp_path, REPORT, sentence), dropped, kept)


WHOLES_OF_SHARES = [
    # a whole place's count whose part after "trong đó" reached a share (h903): the whole the state, the part and the
    # share the result
    ("Toàn xã có 3.120 hộ gia đình, trong đó 2.946 hộ được công nhận gia đình văn hóa, đạt 94,4%.", (3120,),
     (2946, 94.4)),
    # counter-cases: a whole that got something itself, and a whole with no share after its part, stay as they are
    ("Toàn xã có 1.240 người được tập huấn; trong đó 312 người là nữ, đạt 25,2%.", (), (1240,)),
    ("Toàn xã có 146 hộ thoát nghèo, trong đó 38 hộ đồng bào dân tộc thiểu số.", (), (146,)),
]


@pytest.mark.parametrize(("sentence", "dropped", "kept"), WHOLES_OF_SHARES)
def test_the_whole_a_share_is_taken_of_is_the_state(sentence: str, dropped: tuple[float, ...],
                                                    kept: tuple[float, ...], tmp_path: Path) -> None:
    _assert_read(_values(tmp_path, REPORT, sentence), dropped, kept)
