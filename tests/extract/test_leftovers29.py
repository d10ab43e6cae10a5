"""The open leftovers of heldout rounds 25-29, by class (invented documents and lines, with counter-cases): a
space-aligned timeline whose row holds a cell too long for its column (its rows kept apart, their numbers no
counts)."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.extract.figtable import spaced_tables
from vanban.normalize import normalize
from vanban.textutil import aligned_rows


def _quantities(text: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, q.comparator, q.unit) for q in parse_text(text).quantities]


# ---- a space-aligned timeline with a cell too long for its column ---------------------------------------------------

TIMELINE_PLAN = ("ỦY BAN NHÂN DÂN\nHUYỆN LÂM HÀ\nSố: 77/KH-UBND\nLâm Hà, ngày 06 tháng 5 năm 2029\n\nKẾ HOẠCH\n"
                 "Tổ chức hội thi tin học trẻ năm 2029\n\n"
                 "I. TIẾN ĐỘ THỰC HIỆN\n{table}\n\n"
                 "II. KINH PHÍ\nKinh phí tổ chức hội thi 45.000.000 đồng.\n\n"
                 "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Sơn\n")

# the row numbers' column, the activity, its time (one too long for its column), the unit in charge
TIMELINES = [
    ("TT   Nội dung công việc                          Thời gian thực hiện        Đơn vị thực hiện\n"
     "1    Thông báo hội thi trên Cổng TTĐT huyện      Ngày 13/5/2029             Phòng Văn hóa\n"
     "2    Thi vòng 2 (thi thực hành)                  Ngày 27/7/2029             Ban Tổ chức\n"
     "3    Phúc khảo bài thi vòng 2                    Trong 15 ngày kể từ ngày thông báo điểm   Ban Tổ chức\n"
     "4    Trao giải, tổng kết hội thi                 Trước ngày 31/8/2029       Phòng Văn hóa"),
    ("STT  Hoạt động                     Thời gian                                   Chủ trì\n"
     "1    Khai mạc hội thi              Sáng 06/7/2029                              Huyện đoàn\n"
     "2    Chấm thi, công bố kết quả     Trong 10 ngày làm việc sau ngày thi cuối cùng của hội thi   Ban Giám khảo\n"
     "3    Tổng kết, khen thưởng         Tháng 8/2029                                Huyện đoàn"),
]


@pytest.mark.parametrize("table", TIMELINES)
def test_a_timelines_rows_stay_apart_when_a_cell_overflows(table: str) -> None:
    text = normalize(TIMELINE_PLAN.format(table=table)).text
    rows = table.split("\n")
    for row in rows:
        assert f"{row}\n" in text  # no row joined to the one above as a wrapped line
    (a, b), = spaced_tables(text, 0, len(text))
    assert text[a:b] == table


@pytest.mark.parametrize("table", TIMELINES)
def test_a_timelines_row_numbers_are_no_counts(table: str) -> None:
    assert _quantities(TIMELINE_PLAN.format(table=table)) == [(45_000_000, "eq", "đồng")]


@pytest.mark.parametrize("above, line", [
    # three parts a line: one gap off its channel is a justified sentence's blanks, no table
    ("Địa bàn         Số trẻ      Tỷ lệ", "Thành phố Vinh  có 21.350 trẻ     95%"),
    # four parts, but the first gap off its channel: the lines' words under each other's gaps
    ("tăng cường  miễn dịch phòng bệnh sởi,  rubella cho trẻ em,  không để",
     "dịch bùng phát trên địa bàn  tỉnh. Từ đầu năm  2027 đến nay  toàn tỉnh"),
    # four parts, two gaps off their channels
    ("1    Khai mạc         Sáng 06/7/2029      Huyện đoàn",
     "2    Chấm thi, công bố kết quả     Trong 10 ngày làm việc sau ngày thi   Ban Giám khảo"),
])
def test_lines_that_are_no_rows_of_one_table(above: str, line: str) -> None:
    assert not aligned_rows(above, line)


# ---- a rule's threshold: "<noun> có <measure> từ N <unit> trở lên" -------------------------------------------------

GUIDE = ("KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC V\nSố: 120/KBNN-KSC\nV/v hướng dẫn kiểm soát chi năm 2029\n"
         "Cần Thơ, ngày 05 tháng 3 năm 2029\n\nKính gửi: Các đơn vị sử dụng ngân sách trên địa bàn.\n\n"
         "Năm 2028, Kho bạc đã kiểm soát 48.216 hồ sơ chi.\n{body}\n\n"
         "Nơi nhận:\n- Như trên;\n- Lưu: VT, KSC.\nGIÁM ĐỐC\nTrần Văn Bình\n")
DONE = (48_216, "eq", "hồ sơ")


@pytest.mark.parametrize("body", [
    "Các hợp đồng có giá trị từ 500 triệu đồng trở lên (chi thường xuyên) và từ 1 tỷ đồng trở lên (chi đầu tư) "
    "phải đăng ký cam kết chi trong thời hạn 10 ngày làm việc kể từ ngày ký hợp đồng.",
    "Dự án có tổng mức đầu tư từ 15 tỷ đồng trở lên thì chủ đầu tư phải gửi kế hoạch giải ngân theo quý.",
    "Gói thầu có giá trị từ 100 triệu đồng trở lên được thanh toán qua Dịch vụ công trực tuyến.",
    "Công trình có diện tích từ 300 m2 trở lên phải thẩm duyệt thiết kế về phòng cháy và chữa cháy.",
])
def test_a_rules_threshold_on_what_it_measures_is_no_count(body: str) -> None:
    assert _quantities(GUIDE.format(body=body)) == [DONE]


@pytest.mark.parametrize("body, expected", [
    # a plan's own floor ends its sentence: a target
    ("Phấn đấu năm 2029 mỗi xã có từ 2 mô hình trở lên.", [(2, "gte", "mô hình")]),
    # the plan's share of the things the threshold tells stays its target
    ("Năm 2029 phấn đấu 100% hợp đồng có giá trị từ 500 triệu đồng trở lên được đăng ký cam kết chi đúng hạn.",
     [(100, "eq", "%")]),
])
def test_a_floor_of_the_plans_own_stays_a_target(body: str, expected: list[tuple[object, ...]]) -> None:
    assert _quantities(GUIDE.format(body=body))[1:] == expected


# ---- a bound before a list of amounts: carried over bare amounts, not past an item's own qualifier -------------------

PLAN = ("UBND HUYỆN YÊN KHÁNH\nSố: 45/KH-UBND\nYên Khánh, ngày 10 tháng 01 năm 2029\n\nKẾ HOẠCH\n"
        "Thực hiện nhiệm vụ năm 2029\n\nI. CHỈ TIÊU\n{body}\n\n"
        "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n")


@pytest.mark.parametrize("body, expected", [
    ("1. Khen thưởng tối đa 40 tập thể và 60 cá nhân tiêu biểu cấp huyện.",
     [(40, "lte", "tập thể"), (60, "lte", "cá nhân")]),
    ("1. Mỗi đội viên nộp ít nhất 2 kg giấy vụn và 5 vỏ chai nhựa.", [(2, "gte", "kg"), (5, "gte", "vỏ chai")]),
    ("1. Nhà thầu huy động tối thiểu 120 công nhân, 45 thiết bị thi công trên công trường.",
     [(120, "gte", "công nhân"), (45, "gte", "thiết bị")]),
    # shares: the base follows the sign ("30% số cơ quan, đơn vị cấp tỉnh"), the bound is the list's
    ("1. Kiểm tra ít nhất 30% số cơ quan, đơn vị cấp huyện và 50% số UBND cấp xã.", [(30, "gte", "%"), (50, "gte", "%")]),
    # an item going on with its own qualifier is a clause of its own: the bound stays with it
    ("1. Có ít nhất 10 giáo viên đạt giáo viên dạy giỏi cấp huyện, 02 giáo viên dạy giỏi cấp tỉnh.",
     [(10, "gte", "giáo viên"), (2, "eq", "giáo viên")]),
    ("1. Phát triển mới tối thiểu 1.500 người tham gia BHXH tự nguyện và 2.000 người tham gia BHYT hộ gia đình.",
     [(1500, "gte", "người"), (2000, "eq", "người")]),
])
def test_a_bound_carries_over_a_list_of_bare_amounts(body: str, expected: list[tuple[object, ...]]) -> None:
    assert _quantities(PLAN.format(body=body)) == expected


# ---- a cap under a guide's own targets -----------------------------------------------------------------------------

GUIDE_TARGETS = ("BAN DÂN VẬN TỈNH ỦY\nSố: 12-HD/BDVTU\nNinh Bình, ngày 05 tháng 01 năm 2029\n\nHƯỚNG DẪN\n"
                 "Thực hiện phong trào thi đua năm 2029\n\n{heading}\n{body}\n\n"
                 "Nơi nhận:\n- Lưu: VT.\nTRƯỞNG BAN\nLê Văn An\n")


@pytest.mark.parametrize("heading, body, expected", [
    ("II. MỤC TIÊU, CHỈ TIÊU NĂM 2029", "3. Khen thưởng tối đa 40 tập thể và 60 cá nhân tiêu biểu cấp tỉnh.",
     [(40, "lte", "tập thể"), (60, "lte", "cá nhân")]),
    ("II. CHỈ TIÊU", "2. Tỷ lệ hồ sơ trễ hạn không quá 2%.", [(2, "lte", "%")]),
    # counter-case: the rule a guide sets is a cap, no target
    ("III. TIÊU CHUẨN KHEN THƯỞNG",
     "1. Số tập thể được đề nghị khen thưởng không vượt quá 20% tổng số tập thể của đơn vị.", []),
])
def test_a_cap_under_a_guides_targets_is_a_target(heading: str, body: str, expected: list[tuple[object, ...]]) -> None:
    assert _quantities(GUIDE_TARGETS.format(heading=heading, body=body)) == expected


# ---- a range whose two ends carry their unit -----------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("1. Bố trí tái định cư cho 06 hộ, diện tích mỗi lô từ 150 m2 đến 200 m2.",
     [(6, "eq", "hộ"), (150, "gte", "m2"), (200, "lte", "m2")]),
    ("1. Hỗ trợ mỗi mô hình từ 50 triệu đồng đến 100 triệu đồng.",
     [(50_000_000, "gte", "đồng"), (100_000_000, "lte", "đồng")]),
    ("1. Mỗi đội hình có từ 15 đến 30 tình nguyện viên.", [(15, "gte", "tình nguyện viên"), (30, "lte", "tình nguyện viên")]),
    # counter-cases: a change from one figure to another, a span of days, no range of amounts
    ("1. Giảm số hộ nghèo từ 120 hộ xuống còn 80 hộ.", [(120, "eq", "hộ"), (80, "eq", "hộ")]),
    ("1. Tổ chức 02 lớp tập huấn từ ngày 10/3 đến ngày 12/3/2029.", [(2, "eq", "lớp")]),
])
def test_a_range_with_its_unit_at_both_ends(body: str, expected: list[tuple[object, ...]]) -> None:
    assert _quantities(PLAN.format(body=body)) == expected


# ---- a copy cut before its letterhead names its writer in the body ---------------------------------------------------

CUT_LETTER = ("Kính gửi:\n- Các Chi cục Thuế khu vực;\n- Các phòng thuộc Cục.\n\n"
              "Thực hiện Công văn số 512/TCT-KK ngày 10/5/2029 của Tổng cục Thuế về việc chấn chỉnh chế độ báo cáo, "
              "{writer} các đơn vị:\n\n"
              "1. Gửi báo cáo tháng về Cục trước ngày 18 hằng tháng.\n\n2. Gửi báo cáo quý trước ngày 20 của tháng "
              "cuối quý.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\nBùi Quang Huy\n")

FILLER = "Trong kỳ, các đơn vị đã triển khai đầy đủ các nhiệm vụ được giao theo kế hoạch của ngành. " * 20
CUT_REPORT = ("tháng đầu năm 2028 ước đạt 41.260 tỷ đồng, tăng 9,8% so với cùng kỳ.\n"
              "2. Công tác khuyến công\n" + FILLER + "\nIII. KIẾN NGHỊ\n{recommendation}\n\n"
              "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT, KHTC.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Thị Thu Thủy\n")


def _issuer(text: str) -> str | None:
    issuer = parse_text(text).issuer
    return issuer.name if issuer is not None else None


@pytest.mark.parametrize("text, expected", [
    # the head named before the body it heads, writing for it
    (CUT_LETTER.format(writer="Cục trưởng Cục Thuế tỉnh Nam Định yêu cầu"), "Cục Thuế tỉnh Nam Định"),
    (CUT_LETTER.format(writer="Cục Thuế tỉnh Nam Định yêu cầu"), "Cục Thuế tỉnh Nam Định"),
    # a report's recommendation, far from its cut opening
    (CUT_REPORT.format(recommendation="Sở Công Thương kiến nghị UBND tỉnh bổ sung kinh phí khuyến công năm 2028."),
     "Sở Công Thương"),
    (CUT_REPORT.format(recommendation="Sở Y tế đề nghị UBND tỉnh bố trí kinh phí mua vắc xin."), "Sở Y tế"),
    # counter-cases: the superior body quoted writing, a recommendation naming no writer
    (CUT_LETTER.format(writer="theo yêu cầu của Tổng cục Thuế, đề nghị"), None),
    (CUT_REPORT.format(recommendation="Đề nghị UBND tỉnh bổ sung kinh phí khuyến công năm 2028."), None),
])
def test_a_cut_copys_writer_named_in_its_body(text: str, expected: str | None) -> None:
    assert _issuer(text) == expected


# ---- OCR's O for a 0 in a cited number's year; those an award is conferred on, joined ------------------------------

DECISION = ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\nSố: {number}\nBắc Ninh, ngày 16 tháng 01 năm 2029\n\nQUYẾT ĐỊNH\n"
            "Về việc khen thưởng các tập thể, cá nhân\n\n"
            "Căn cứ Quyết định số {cited} ngày 10/7/2024 của UBND tỉnh ban hành Quy chế thi đua, khen thưởng;\n\n"
            "QUYẾT ĐỊNH:\nĐiều 1. {article}\n\nNơi nhận:\n- Lưu: VT.\nTRƯỞNG BAN\nNguyễn Văn An\n")
AWARD = "Tặng Giấy khen cho 05 tập thể và 12 cá nhân có thành tích xuất sắc năm 2028."


@pytest.mark.parametrize("cited, number", [
    ("27/2O24/QĐ-UBND", "27/2024/QĐ-UBND"),
    ("27/2o24/QĐ-UBND", "27/2024/QĐ-UBND"),
    ("27/2024/QĐ-UBND", "27/2024/QĐ-UBND"),
    # counter-cases: a run that reads as no year, a letter that is no digit's look-alike
    ("27/3O24/QĐ-UBND", None),
    ("27/2Z24/QĐ-UBND", None),
])
def test_ocrs_letter_in_a_cited_numbers_year(cited: str, number: str | None) -> None:
    rec = parse_text(DECISION.format(number="05/QĐ-BQL", cited=cited, article=AWARD))
    assert [c.number for c in rec.citations if c.doc_type == "QĐ" and c.number] == ([number] if number else [])


def test_ocrs_letter_in_the_headers_number_year() -> None:
    rec = parse_text(DECISION.format(number="15/2O29/QĐ-BQL", cited="27/2024/QĐ-UBND", article=AWARD))
    assert rec.number is not None and (rec.number.normalized, rec.number.year) == ("15/2029/QĐ-BQL", 2029)


@pytest.mark.parametrize("article, expected", [
    (AWARD, [(5, "eq", "tập thể"), (12, "eq", "cá nhân")]),
    ("Tặng Bằng khen cho 03 tập thể, 08 cá nhân tiêu biểu.", [(3, "eq", "tập thể"), (8, "eq", "cá nhân")]),
    # counter-case: no honour conferred, no cue: a decision's figures need one
    ("Thành lập Tổ công tác gồm 05 thành viên và 02 thư ký.", []),
])
def test_those_an_award_is_conferred_on_joined(article: str, expected: list[tuple[object, ...]]) -> None:
    rec = parse_text(DECISION.format(number="05/QĐ-BQL", cited="27/2024/QĐ-UBND", article=article))
    assert [(q.value, q.comparator, q.unit) for q in rec.quantities] == expected


# ---- an inspection held over a period; a day in a tab table's time column --------------------------------------------

CONCLUSION = ("THANH TRA TỈNH THÁI BÌNH\nSố: 45/KL-TTr\nThái Bình, ngày 20 tháng 10 năm 2027\n\nKẾT LUẬN THANH TRA\n"
              "Về việc quản lý, sử dụng kinh phí sự nghiệp giáo dục\n\n{body}\n\n"
              "Nơi nhận:\n- Lưu: VT.\nCHÁNH THANH TRA\nLê Văn An\n")


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.date, e.end) for e in parse_text(text).events]


@pytest.mark.parametrize("body, expected", [
    ("Thực hiện Quyết định số 112/QĐ-TTr ngày 15/7/2027 của Chánh Thanh tra tỉnh về thanh tra việc quản lý kinh phí "
     "tại UBND huyện Kiến Xương, từ ngày 01/8/2027 đến ngày 13/9/2027, Đoàn thanh tra đã tiến hành thanh tra trực "
     "tiếp tại Phòng Giáo dục và Đào tạo huyện.", [("2027-08-01", "2027-09-13")]),
    ("Từ ngày 05/8 đến ngày 20/8/2027, Đoàn thanh tra tiến hành thanh tra tại 18 trường học.",
     [("2027-08-05", "2027-08-20")]),
    # counter-case: "thanh tra" naming the body, no inspection held on the day
    ("Ngày 12/8/2027, Thanh tra tỉnh nhận được đơn của công dân.", []),
])
def test_an_inspection_held_over_a_period(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(CONCLUSION.format(body=body)) == expected


SCHEDULE = ("SỞ NỘI VỤ TỈNH NINH BÌNH\nSố: 96/KH-SNV\nNinh Bình, ngày 12 tháng 3 năm 2029\n\nKẾ HOẠCH\n"
            "Kiểm tra công tác cải cách hành chính năm 2029\n\nIV. THỜI GIAN, ĐƠN VỊ ĐƯỢC KIỂM TRA\n{table}\n\n"
            "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn An\n")


@pytest.mark.parametrize("table, expected", [
    ("STT\tĐơn vị được kiểm tra\tThời gian kiểm tra\tGhi chú\n1\tSở Tư pháp\tSáng 06/5/2029\t\n"
     "2\tSở Y tế\tChiều 06/5/2029\t\n3\tUBND huyện Kim Sơn\tNgày 13/5/2029\t",
     [("2029-05-06", None), ("2029-05-06", None), ("2029-05-13", None)]),
    ("Đơn vị\tThời gian làm việc\tGhi chú\nSở Tư pháp\t06/5/2029\tPhòng họp số 2\nSở Y tế\t13/5/2029\t",
     [("2029-05-06", None), ("2029-05-13", None)]),
    # a task's month (rounds 35-46's leftovers: when its row's activity happens)
    ("STT\tNội dung\tThời gian thực hiện\tĐơn vị\n1\tRà soát thủ tục hành chính\tTháng 5/2029\tCác sở\n"
     "2\tTổng hợp kết quả\tTháng 6/2029\tPhòng CCHC", [("2029-05", None), ("2029-06", None)]),
    # counter-cases: a row of counted activities (round 32's counted_activities_only), a column of by-whens
    ("STT\tNội dung\tThời gian\tĐơn vị thực hiện\n1\tTuyên truyền qua 15 hội nghị\tNgày 28/3/2029\tCác sở", []),
    ("STT\tNội dung\tThời hạn hoàn thành\tĐơn vị\n1\tBáo cáo kết quả tự chấm điểm\tNgày 06/5/2029\tCác sở\n"
     "2\tTổng hợp kết quả\tNgày 13/5/2029\tPhòng CCHC", []),
])
def test_a_day_in_a_tab_tables_time_column(table: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(SCHEDULE.format(table=table)) == expected


# ---- a disaster report: those helped, the places a damage is counted in, requests to another body --------------------

FLASH = ("UBND XÃ HỒNG HÀ\nSố: 45/BC-UBND\nHồng Hà, ngày 19 tháng 5 năm 2029\n\nBÁO CÁO NHANH\n"
         "Tình hình thiệt hại do lốc xoáy và công tác khắc phục hậu quả\n\n{body}\n\n"
         "Nơi nhận:\n- Lưu: VP.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Đình Khánh\n")


@pytest.mark.parametrize("body, expected", [
    ("1. Về người: 02 người bị thương nhẹ.\n2. UBND xã đã thăm hỏi, hỗ trợ 02 người bị thương, mỗi người 1.000.000 "
     "đồng; hỗ trợ 06 hộ bị tốc mái hoàn toàn, mỗi hộ 3.000.000 đồng.",
     [(2, "eq", "người"), (1_000_000, "eq", "đồng"), (6, "eq", "hộ"), (3_000_000, "eq", "đồng")]),
    ("Trạm Y tế xã đã sơ cứu cho 03 người bị thương do tôn bay.", [(3, "eq", "người")]),
    # counter-cases: the injured and the damaged themselves, the places left without power
    ("1. Về người: 02 người bị thương nhẹ; 06 hộ bị tốc mái hoàn toàn.", []),
    ("4. Về hạ tầng: 09 cột điện hạ thế bị gãy đổ, mất điện cục bộ tại 02 thôn.", []),
    ("Lũ làm nhiều tuyến đường bị chia cắt tại 03 thôn vùng trũng.", []),
    # what a report asks of another body is no quantity (RECORD.md's Conventions)
    ("Đề nghị UBND huyện hỗ trợ 1.500 tấm lợp và kinh phí khoảng 500 triệu đồng để sửa chữa nhà văn hóa thôn.", []),
])
def test_a_disaster_reports_figures(body: str, expected: list[tuple[object, ...]]) -> None:
    assert _quantities(FLASH.format(body=body)) == expected


# ---- a decision's requirements ---------------------------------------------------------------------------------------

ASSIGNING = ("BỘ CHỈ HUY QUÂN SỰ TỈNH ĐỒNG THÁP\nSố: 12/QĐ-BCH\nĐồng Tháp, ngày 05 tháng 01 năm 2029\n\nQUYẾT ĐỊNH\n"
             "Về việc giao chỉ tiêu huấn luyện dân quân tự vệ năm 2029\n\nQUYẾT ĐỊNH:\n"
             "Điều 1. Giao chỉ tiêu huấn luyện cho Ban CHQS các huyện, thành phố.\n\n{article}\n\n"
             "Điều 4. Quyết định có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Lưu: VT.\nCHỈ HUY TRƯỞNG\nLê Văn An\n")


@pytest.mark.parametrize("article, expected", [
    ("Điều 2. Yêu cầu\n1. Tỷ lệ dân quân tự vệ so với dân số đạt từ 1,2% trở lên; tỷ lệ đảng viên trong dân quân "
     "tự vệ đạt ít nhất 22%.", [(1.2, "gte", "%"), (22, "gte", "%")]),
    ("Điều 2. Các yêu cầu\n- Tỷ lệ đảng viên trong dân quân tự vệ đạt ít nhất 22%.", [(22, "gte", "%")]),
    # counter-case: an article with no cue over the figures: a decision's figures need one
    ("Điều 2. Tổ chức thực hiện\n1. Tỷ lệ đảng viên trong dân quân tự vệ hiện nay là 21%.", []),
])
def test_a_decisions_requirements_are_targets(article: str, expected: list[tuple[object, ...]]) -> None:
    assert _quantities(ASSIGNING.format(article=article)) == expected


# ---- OCR's letter inside a figure ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("Năm 2028 kết nạp 27 đảng viên mới, đạt 1l2,5% chỉ tiêu Nghị quyết.", [(27, "eq", "đảng viên"), (112.5, "eq", "%")]),
    ("Năm 2028 đã hỗ trợ 1O5 hộ nghèo sửa chữa nhà ở.", [(105, "eq", "hộ")]),
    # counter-cases: a số hiệu, a letter at a figure's end, a code glued to a word
    ("Thực hiện Kế hoạch số 1O5/KH-UBND ngày 10/01/2028 của UBND huyện, năm 2028 đã hỗ trợ 12 hộ nghèo.",
     [(12, "eq", "hộ")]),
    ("Năm 2028 đã hỗ trợ 2O hộ nghèo, sửa chữa tuyến Km1l2 đường huyện.", []),
])
def test_ocrs_letter_inside_a_figure(body: str, expected: list[tuple[object, ...]]) -> None:
    text = FLASH.format(body=body)
    rec = parse_text(text)
    assert [(q.value, q.comparator, q.unit) for q in rec.quantities] == expected
    repaired = [w for w in rec.warnings if w.code == "figure_repaired"]
    assert bool(repaired) == (body.startswith("Năm 2028 kết") or "1O5 hộ" in body)


# ---- a count in a table's cell after the work done on it, scoped by the row's unit ----------------------------------

def _scoped(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.unit, q.scope) for q in parse_text(text).quantities]


@pytest.mark.parametrize("table, expected", [
    ("STT\tĐơn vị được kiểm tra\tThời gian kiểm tra\tGhi chú\n1\tSở Tư pháp\tSáng 06/5/2029\tLàm việc tại trụ sở\n"
     "2\tUBND huyện Gia Viễn\tNgày 15/4/2029\tKiểm tra 02 xã\n3\tUBND thành phố Tam Điệp\tNgày 13/5/2029\tKiểm tra 01 "
     "phường", [(2, "xã", "UBND huyện Gia Viễn"), (1, "phường", "UBND thành phố Tam Điệp")]),
    ("| STT | Đơn vị | Thời gian | Ghi chú |\n|---|---|---|---|\n| 1 | UBND huyện Kim Sơn | Ngày 22/4/2029 | "
     "Khảo sát 03 xã |\n| 2 | Sở Y tế | Ngày 23/4/2029 | Giám sát 02 bệnh viện |",
     [(3, "xã", "UBND huyện Kim Sơn"), (2, "bệnh viện", "Sở Y tế")]),
    # counter-cases: a duration after the verb, a cell of prose with no count
    ("STT\tĐơn vị được kiểm tra\tThời gian kiểm tra\tGhi chú\n1\tSở Tư pháp\tNgày 06/5/2029\tKiểm tra 02 ngày\n"
     "2\tSở Y tế\tNgày 13/5/2029\tLàm việc tại trụ sở đơn vị", []),
])
def test_a_count_in_a_cell_after_the_work_done_on_it(table: str, expected: list[tuple[object, ...]]) -> None:
    assert _scoped(SCHEDULE.format(table=table)) == expected


# ---- what an exam or a contest is made of ---------------------------------------------------------------------------

NOTICE = ("TRUNG TÂM Y TẾ HUYỆN ĐAN PHƯỢNG\nSố: 12/TB-TTYT\nĐan Phượng, ngày 05 tháng 3 năm 2029\n\nTHÔNG BÁO\n"
          "Tuyển dụng viên chức năm 2029\n\n1. Chỉ tiêu tuyển dụng: 08 viên chức.\n{body}\n\n"
          "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn An\n")


@pytest.mark.parametrize("body, expected", [
    ("3. Hình thức tuyển dụng: xét tuyển, gồm 02 vòng.", []),
    ("3. Thi tuyển gồm 02 vòng: vòng 1 thi trắc nghiệm; vòng 2 thi viết.", []),
    ("3. Hội thi gồm 03 phần thi: chào hỏi, kiến thức, năng khiếu.", []),
    # counter-case: rounds held at places, what the plan will do
    ("3. Năm 2029 tổ chức 02 vòng thi tại 15 trường.", [(2, "eq", "vòng"), (15, "eq", "trường")]),
])
def test_what_an_exam_is_made_of_is_no_count(body: str, expected: list[tuple[object, ...]]) -> None:
    assert _quantities(NOTICE.format(body=body))[1:] == expected


# ---- the change of incidents counted, in the clause after them --------------------------------------------------------

REPORT = ("UBND TỈNH PHÚ THỌ\nSố: 145/BC-UBND\nPhú Thọ, ngày 20 tháng 6 năm 2028\n\nBÁO CÁO\n"
          "Tình hình kinh tế - xã hội 6 tháng đầu năm 2028\n\n{body}\n\n"
          "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n")


@pytest.mark.parametrize("body, expected", [
    ("Trong 6 tháng, trên địa bàn tỉnh xảy ra 97 vụ tai nạn giao thông, làm chết 61 người, bị thương 58 người; so "
     "với cùng kỳ giảm 12 vụ.", []),
    ("Trên địa bàn xảy ra 11 vụ cháy; so với cùng kỳ tăng 3 vụ.", []),
    # counter-cases: the change of cases handled, and incidents after a full stop
    ("Lực lượng Công an đã điều tra, làm rõ 386 vụ phạm pháp hình sự; so với cùng kỳ tăng 20 vụ.",
     [(386, "eq", "vụ"), (20, "eq", "vụ")]),
    ("Trên địa bàn xảy ra 11 vụ cháy. Công an tỉnh đã xử lý 45 vụ vi phạm, tăng 12 vụ.", [(45, "eq", "vụ"), (12, "eq", "vụ")]),
])
def test_the_change_of_incidents_counted(body: str, expected: list[tuple[object, ...]]) -> None:
    assert _quantities(REPORT.format(body=body)) == expected


# ---- a count after a label's number joined by "và" -------------------------------------------------------------------

PROPOSAL = ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 45/TTr-PGDĐT\nTam Điệp, ngày 05 tháng 3 năm 2028\n\nTỜ TRÌNH\n"
            "Về việc mua sắm thiết bị dạy học năm 2028\n\n{body}\n\nNơi nhận:\n- Lưu: VT.\nTRƯỞNG PHÒNG\nLê Văn An\n")


@pytest.mark.parametrize("body, expected", [
    ("a) Mua sắm bổ sung 168 bộ thiết bị dạy học tối thiểu lớp 3 và 112 bộ thiết bị lớp 7 cho 35 trường.",
     [(168, "eq", "bộ thiết bị"), (112, "eq", "bộ thiết bị"), (35, "eq", "trường")]),
    # counter-case: the labels of an enumeration stay labels
    ("a) Thực hiện 100% thủ tục hành chính mức độ 3, 4 trên cổng dịch vụ công.", [(100, "eq", "%")]),
    ("a) Mua sắm thiết bị cho các lớp 3, 4 và 5 của 12 trường.", [(12, "eq", "trường")]),
])
def test_a_count_after_a_labels_number(body: str, expected: list[tuple[object, ...]]) -> None:
    assert _quantities(PROPOSAL.format(body=body)) == expected


# ---- a unit named by its industrial zone -----------------------------------------------------------------------------

PARTY_PLAN = ("HUYỆN ỦY BÀU BÀNG\nSố: 45-KH/HU\nBàu Bàng, ngày 14 tháng 4 năm 2028\n\nKẾ HOẠCH\n"
              "Phát triển đảng viên năm 2028\n\n4. Chỉ tiêu năm 2028 giao cho các đảng bộ:\n{body}\n\n"
              "Nơi nhận:\n- Lưu: VP.\nT/M HUYỆN ỦY\nBÍ THƯ\nLê Văn An\n")


@pytest.mark.parametrize("body, expected", [
    ("- Đảng ủy Khu công nghiệp Bàu Bàng: kết nạp 30 đảng viên, thành lập 04 chi bộ;",
     [(30, "đảng viên", "Đảng ủy Khu công nghiệp Bàu Bàng"), (4, "chi bộ", "Đảng ủy Khu công nghiệp Bàu Bàng")]),
    ("- Đảng ủy Khu kinh tế Vân Đồn: kết nạp 12 đảng viên;", [(12, "đảng viên", "Đảng ủy Khu kinh tế Vân Đồn")]),
    ("- Đảng ủy xã Lai Hưng: kết nạp 10 đảng viên.", [(10, "đảng viên", "Đảng ủy xã Lai Hưng")]),
])
def test_a_unit_named_by_its_industrial_zone(body: str, expected: list[tuple[object, ...]]) -> None:
    assert _scoped(PARTY_PLAN.format(body=body)) == expected
