"""The event, deadline, issuer and signer leftovers of heldout rounds 59-64 (issue 10), and the gold conventions they
settled, fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH AN LẠC\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 88/KH-UBND\tAn Lạc, ngày 15 tháng 3 năm 2032\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2032\n\nII. NHIỆM VỤ\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thạnh\n"

# ---- a range of days classes are run or works accepted over is one event with its end (RECORD.md 1.1) -------------

RANGES = [
    ("4. Các lớp học bơi mở từ ngày 01/6 đến hết ngày 20/8/2032 tại các xã.", [], [("2032-06-01", "2032-08-20")]),
    ("2. Sở Nông nghiệp và Môi trường chủ trì nghiệm thu diện tích rừng trồng từ ngày 01/10 đến ngày 31/10/2032.", [],
     [("2032-10-01", "2032-10-31")]),
    # counter-cases: an acceptance or a swimming class's sign-up due by a day stays a by-when
    ("4. Các chủ đầu tư hoàn thành nghiệm thu, thanh toán trước ngày 30/11/2032.", [("2032-11-30", None)], []),
    ("6. Nghiệm thu toàn bộ công trình trước ngày 30/6/2032.", [("2032-06-30", None)], []),
    ("7. Các xã đăng ký danh sách trẻ học bơi về Sở trước ngày 10/5/2032.", [("2032-05-10", None)], []),
]


@pytest.mark.parametrize(("line", "deadlines", "events"), RANGES)
def test_classes_run_or_works_accepted_over_a_range(line: str, deadlines: list[tuple[str, str | None]],
                                                     events: list[tuple[str, str | None]]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [(d.due, d.period) for d in rec.deadlines] == deadlines
    assert [(e.date, e.end) for e in rec.events] == events


# ---- a copy cut above its letterhead: the writer its opening names drafting it, a name with commas or long ---------

_CUT_OPENING = "ội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2032;\n"
_CUT_BODY = ("\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Trang bị kỹ năng bơi an toàn cho trẻ em từ 6 đến 15 tuổi.\n"
             "II. TỔ CHỨC THỰC HIỆN\n1. UBND các xã báo cáo kết quả về Sở trước ngày 10/9/2032.\n\n"
             "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n")
_DEPUTY = "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐỗ Thị Hồng Nhung\n"
_OFFICE = "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(Đã ký)\nHà Thị Minh Nguyệt\n"
_HEAD = "GIÁM ĐỐC\n(Đã ký)\nLò Văn Thắm\n"
_AFTER_PLAN = "Thực hiện Kế hoạch số 28/KH-UBND ngày 22/01/2032 của UBND tỉnh về phòng, chống đuối nước ở trẻ em năm 2032, "
DRAFTING_WRITERS = [
    (_AFTER_PLAN + "Sở Văn hóa, Thể thao và Du lịch tỉnh An Lạc ban hành Kế hoạch tổ chức dạy bơi như sau:", _DEPUTY,
     "Sở Văn hóa, Thể thao và Du lịch tỉnh An Lạc"),
    ("Thực hiện Thông báo số 36/TB-ĐĐBQH ngày 02/3/2031 của Đoàn đại biểu Quốc hội tỉnh về tiếp xúc cử tri,\nVăn phòng Đoàn "
     "đại biểu Quốc hội và Hội đồng nhân dân tỉnh An Lạc xây dựng Kế hoạch tổ chức tiếp xúc cử tri như sau:", _OFFICE,
     "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh An Lạc"),
    (_AFTER_PLAN + "Trung tâm Văn hóa - Thể thao xã Bình An xây dựng kế hoạch tổ chức Đại hội như sau:", _HEAD,
     "Trung tâm Văn hóa - Thể thao xã Bình An"),
    # a name with a comma writing as before ("đề nghị")
    (_AFTER_PLAN + "Sở Văn hóa, Thể thao và Du lịch tỉnh An Lạc đề nghị UBND các xã phối hợp như sau:", _DEPUTY,
     "Sở Văn hóa, Thể thao và Du lịch tỉnh An Lạc"),
    # counter-cases: the body builds no document; a cited document's writer; a body the signer does not head; a list
    # of bodies drafting together; a name going on into what the body does ("phối hợp với")
    (_AFTER_PLAN + "Sở Văn hóa, Thể thao và Du lịch tỉnh An Lạc xây dựng thêm 36 bể bơi di động tại các xã.", _DEPUTY,
     None),
    ("Căn cứ Quyết định số 12/QĐ-SVHTTDL ngày 05/01/2032 của Sở Văn hóa, Thể thao và Du lịch tỉnh An Lạc ban hành Quy "
     "chế tổ chức dạy bơi;", _DEPUTY, None),
    (_AFTER_PLAN + "Ủy ban nhân dân tỉnh An Lạc ban hành Kế hoạch tổ chức dạy bơi như sau:", _DEPUTY, None),
    (_AFTER_PLAN + "Sở Y tế, Sở Giáo dục và Đào tạo tỉnh An Lạc phối hợp xây dựng Kế hoạch dạy bơi như sau:", _DEPUTY,
     None),
    (_AFTER_PLAN + "Sở Văn hóa, Thể thao và Du lịch phối hợp với Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:",
     _DEPUTY, None),
]


@pytest.mark.parametrize(("writer", "signature", "issuer"), DRAFTING_WRITERS)
def test_a_cut_copys_writer_drafting_it(writer: str, signature: str, issuer: str | None) -> None:
    rec = parse_text(_CUT_OPENING + writer + _CUT_BODY + signature)
    assert (rec.issuer.name if rec.issuer else None) == issuer
    assert rec.issuer is None or rec.issuer.inferred


# ---- a tuition, entry or boarding fee a school charges is a rule's rate, each rate of its list (docs/RECORD.md) ----

NOTICE = ("TRƯỜNG CAO ĐẲNG KỸ THUẬT AN LẠC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 45/TB-CĐKT\tAn Lạc, ngày 10 tháng 3 năm 2032\n\nTHÔNG BÁO\nTuyển sinh năm 2032\n\n")
NOTICE_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nHIỆU TRƯỞNG\nLê Văn Thạnh\n"
FEES = [
    ("4. Học phí trình độ cao đẳng: 1.450.000 đồng/tháng; trình độ trung cấp: 1.200.000 đồng/tháng.", []),
    ("- Học phí năm học 2032 - 2033 dự kiến 16.500.000 đồng/năm học đối với khối ngành kỹ thuật; 18.200.000 đồng/năm "
     "học đối với ngành Điều dưỡng.", []),
    ("Học phí 4.850.000 đồng/học viên/khóa, do cơ quan cử đi học chi trả theo quy định; học viên ở ký túc xá đóng "
     "250.000 đồng/tháng.", []),
    # counter-cases: a support towards the fee; a list of counts; a sum per something after a clause with no rule
    ("- Mức hỗ trợ học phí từ ngân sách không quá 300.000 đồng/trẻ em/khóa.", [(300000, "lte")]),
    ("- Tuyển sinh 1.200 chỉ tiêu trình độ cao đẳng; 800 chỉ tiêu trình độ trung cấp.", [(1200, "eq"), (800, "eq")]),
    ("- Dành 120 suất học bổng, mỗi suất 5.000.000 đồng; hỗ trợ tiền ăn 30.000 đồng/ngày cho học sinh dân tộc thiểu số.",
     [(120, "eq"), (5000000, "eq"), (30000, "eq")]),
    ("- Lệ phí xét tuyển theo quy định; hỗ trợ tiền ăn 30.000 đồng/ngày cho học sinh dân tộc thiểu số.", [(30000, "eq")]),
]


@pytest.mark.parametrize(("line", "quantities"), FEES)
def test_a_schools_fees_are_rules(line: str, quantities: list[tuple[float, str]]) -> None:
    rec = parse_text(NOTICE + line + NOTICE_TAIL)
    assert [(q.value, q.comparator) for q in rec.quantities] == quantities


# ---- the part of a result's count that fell short, told beside it, is a shortfall (docs/RECORD.md) ----------------

REPORT = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 210/BC-UBND\tAn Phú, ngày 15 tháng 12 năm 2029\n\nBÁO CÁO\nKết quả thực hiện nhiệm vụ năm 2029\n\n"
          "I. KẾT QUẢ THỰC HIỆN\n")
UNMET_PARTS = [
    ("Trong 18 chỉ tiêu Nghị quyết HĐND xã giao, có 16 chỉ tiêu đạt và vượt, 02 chỉ tiêu không đạt.", [18, 16]),
    ("Có 11/13 xã, thị trấn đạt chuẩn tiếp cận pháp luật; 02 xã chưa đạt là xã An Hòa và xã An Bình.", [11, 13]),
    # the bracket telling how far each unmet part got is read
    ("3. Có 3/5 chỉ tiêu đạt và vượt, 2 chỉ tiêu chưa đạt (doanh thu du lịch, tỷ lệ lao động qua đào tạo mới đạt 62%).",
     [3, 5, 62]),
    # counter-cases: what an inspection found short; a count falling short with no part reached told before it
    ("Năm 2029, đã kiểm tra 38 công trình, phát hiện 11 công trình có dấu hiệu xuống cấp, 23 công trình chưa bảo đảm "
     "điều kiện về lối thoát nạn.", [38, 11, 23]),
    ("Hỗ trợ 45 hộ chăn nuôi, 12 hộ không đạt điều kiện vay vốn được hướng dẫn thêm.", [45, 12]),
]


@pytest.mark.parametrize(("line", "values"), UNMET_PARTS)
def test_the_unmet_part_of_a_result(line: str, values: list[float]) -> None:
    rec = parse_text(REPORT + line + TAIL)
    assert [q.value for q in rec.quantities] == values


# ---- a table's total row restating the figure whose line leads into the table is that figure again -----------------

RESOLUTION = ("HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n\n"
              "Số: 24/NQ-HĐND\tAn Phú, ngày 19 tháng 12 năm 2029\n\nNGHỊ QUYẾT\nVề dự toán ngân sách xã năm 2030\n\n"
              "HỘI ĐỒNG NHÂN DÂN XÃ AN PHÚ\n\nCăn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2025;\n\nQUYẾT NGHỊ:\n\n"
              "Điều 1. Thông qua dự toán ngân sách năm 2030 như sau:\n")
_BUDGET = ("STT\tNội dung chi\tDự toán 2030 (triệu đồng)\n1\tChi đầu tư phát triển\t28.800\n2\tChi thường xuyên\t64.690\n"
           "2.1\tChi sự nghiệp giáo dục - đào tạo\t31.240\n2.2\tChi khác\t33.450\n\tTổng cộng\t93.490\n")
RESOLUTION_TAIL = ("\nĐiều 2. Nghị quyết này có hiệu lực kể từ ngày thông qua.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                   "CHỦ TỊCH\nLê Văn Thạnh\n")
_TOTAL = 93490000000
TABLED_TOTALS = [
    ("1. Tổng thu ngân sách xã: 93.490 triệu đồng.\n2. Tổng chi ngân sách xã: 93.490 triệu đồng, chi tiết:\n\n" + _BUDGET,
     2),
    # counter-case: the figure leading into the table is a part, not its total: the total is the table's own count
    ("1. Chi thường xuyên: 64.690 triệu đồng, chi tiết:\n\n" + _BUDGET, 1),
]


@pytest.mark.parametrize(("body", "totals"), TABLED_TOTALS)
def test_a_total_row_restating_the_figure_leading_into_its_table(body: str, totals: int) -> None:
    rec = parse_text(RESOLUTION + body + RESOLUTION_TAIL)
    assert sum(1 for q in rec.quantities if q.value == _TOTAL) == totals


# ---- a by-when before a month is due at that month's end, as one before a day is due that day (docs/RECORD.md) ----

BEFORE_MONTHS = [
    ("3. Các xã hoàn thành việc rà soát, cập nhật danh sách xong trước tháng 3/2033.", [("2033-03-31", "2033-03")]),
    ("4. Các chủ đầu tư hoàn thành quyết toán trước tháng 3 năm 2033.", [("2033-03-31", "2033-03")]),
    ("5. Các xã gửi báo cáo về Sở trước ngày 15/11/2032.", [("2032-11-15", None)]),
]


@pytest.mark.parametrize(("line", "deadlines"), BEFORE_MONTHS)
def test_a_by_when_before_a_month(line: str, deadlines: list[tuple[str, str | None]]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [(d.due, d.period) for d in rec.deadlines] == deadlines


# ---- a weekly duty's day told after its frequency ("hằng tuần vào thứ Hai"), as before it ("vào thứ Hai hằng tuần") --

WEEKLY_DUTIES = [
    ("2. Các đơn vị báo cáo nhanh số học viên, số lớp hằng tuần vào thứ Hai; báo cáo tổng kết trước ngày 10/9/2032.",
     [("weekly", 1), (None, None)]),
    ("2. Các đơn vị gửi báo cáo tiến độ về Sở hàng tuần, vào thứ Sáu.", [("weekly", 5)]),
    ("2. Các đơn vị báo cáo nhanh số học viên, số lớp vào thứ Hai hằng tuần.", [("weekly", 1)]),
    # counter-cases: a weekly meeting or ceremony, no duty's verb
    ("2. Các chi đoàn sinh hoạt hằng tuần vào thứ Bảy.", []),
    ("2. Tổ chức chào cờ hằng tuần vào thứ Hai tại sân trường.", []),
]


@pytest.mark.parametrize(("line", "recurrences"), WEEKLY_DUTIES)
def test_a_weekly_duty_told_after_its_frequency(line: str, recurrences: list[tuple[str | None, int | None]]) -> None:
    rec = parse_text(PLAN + line + TAIL)
    assert [(d.recurrence.freq, d.recurrence.weekday) if d.recurrence else (None, None) for d in rec.deadlines] \
        == recurrences


def test_a_weekday_after_its_weekly_frequency_is_read() -> None:
    from vanban.grammar.timex import find_times
    assert [(t.kind, t.weekday) for t in find_times("báo cáo hằng tuần vào thứ Hai;")] == [("weekday", 0)]
    assert find_times("báo cáo vào thứ Hai;") == []  # a bare weekday, no frequency: no time
