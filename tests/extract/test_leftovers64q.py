"""The quantity leftovers of heldout rounds 59-64 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 88/BC-UBND\nB, ngày 05 tháng 12 năm 2031\n\nBÁO CÁO\n"
          "Tình hình thực hiện nhiệm vụ năm 2031\n\n1. Kết quả\n")
PLAN = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 12/KH-UBND\nB, ngày 05 tháng 12 năm 2031\n\nKẾ HOẠCH\n"
        "Thực hiện nhiệm vụ năm 2032\n\n")
LETTER = ("UBND TỈNH A\nSỞ TÀI CHÍNH\nSố: 1204/STC-QLNS\nV/v đôn đốc thực hiện nhiệm vụ\nA, ngày 05 tháng 12 năm 2031\n\n"
          "Kính gửi: Các cơ quan, đơn vị.\n\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thạnh\n"


def _figures(head: str, body: str) -> list[tuple[float, str]]:
    return [(float(q.value), q.unit or "") for q in parse_text(head + body + TAIL).quantities]


# ---- the present state told at the start of the period a report covers -----------------------------------------------

PERIOD_START = [
    ("Đầu năm 2031, toàn tỉnh có 4.215 hộ nghèo (chiếm 1,40%) và 5.860 hộ cận nghèo.", []),
    ("Đầu năm học 2031 - 2032, toàn huyện có 38 trường mầm non.", []),
    ("Đầu năm 2031, toàn xã còn 126 hộ chưa có nhà tiêu hợp vệ sinh.", []),
    # counter-cases: what the year brought, what was done from the baseline, a target
    ("Từ đầu năm đến nay, toàn tỉnh có 412 doanh nghiệp thành lập mới.", [(412, "doanh nghiệp")]),
    ("Đầu năm 2031, toàn tỉnh có 4.215 hộ nghèo; đến cuối năm đã giảm còn 2.310 hộ.", [(2310, "hộ")]),
    ("Đầu năm 2031, toàn tỉnh đã hỗ trợ 300 hộ làm nhà ở.", [(300, "hộ")]),
    ("Phấn đấu đến cuối năm toàn tỉnh còn dưới 4.000 hộ nghèo.", [(4000, "hộ")]),
]


@pytest.mark.parametrize(("body", "figures"), PERIOD_START)
def test_the_state_at_the_periods_start_is_no_result(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a body's bare "Hiện" and its "có", a long place's name between --------------------------------------------------

NOW_LONG_PLACE = [
    ("Hiện Khu kinh tế Vũng Áng và các khu công nghiệp có 142 dự án còn hiệu lực với tổng vốn đăng ký hơn 16 tỷ USD.",
     []),
    ("Hiện Trường Cao đẳng Kỹ thuật Công nghiệp tỉnh Bắc Giang có 2.865 học sinh, sinh viên.", []),
    # counter-cases: a plan's or a result's cue among the words before "có"
    ("Hiện nay, UBND tỉnh phấn đấu đến năm 2032 có 20 điểm du lịch cộng đồng.", [(20, "điểm du lịch")]),
    ("Hiện Khu kinh tế đã thu hút thêm 12 dự án.", [(12, "dự án")]),
]


@pytest.mark.parametrize(("body", "figures"), NOW_LONG_PLACE)
def test_the_state_with_a_long_place_before_its_verb(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a shortfall's parts after "trong đó", their count and their sum -------------------------------------------------

SHORTFALL_PARTS = [
    ("Đến hết ngày 30/11/2031, trên địa bàn có 137 đơn vị chậm đóng bảo hiểm xã hội với tổng số tiền 8,92 tỷ đồng, "
     "trong đó 29 đơn vị chậm đóng từ 03 tháng trở lên với số tiền 5,17 tỷ đồng.", []),
    ("Còn 85 hộ chưa phê duyệt phương án bồi thường, trong đó 27 hộ chưa đồng thuận với đơn giá.", []),
    # counter-cases: the parts of what was done; a part that was done
    ("Đã thu hồi nợ của 137 đơn vị, trong đó 29 đơn vị chậm đóng từ 03 tháng trở lên với số tiền 5,17 tỷ đồng.",
     [(137, "đơn vị"), (29, "đơn vị"), (5.17e9, "đồng")]),
    ("Còn 12 xã chưa hoàn thành, trong đó 5 xã đã khởi công.", [(5, "xã")]),
]


@pytest.mark.parametrize(("body", "figures"), SHORTFALL_PARTS)
def test_a_shortfalls_parts_are_the_shortfall(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(LETTER, body) == figures


# ---- what a share of arrears is taken of is no cue -------------------------------------------------------------------

ARREARS_SHARE = [
    ("Số tiền chậm đóng đến 31/10/2031 là 96,4 tỷ đồng, chiếm 3,46% số phải thu; trong đó 38,2 tỷ đồng chậm đóng từ 03 "
     "tháng trở lên.", []),
    ("Số tiền nợ thuế đến 30/9/2031 là 148,6 tỷ đồng, chiếm 8,9% tổng số; trong đó nợ khó thu 52,3 tỷ đồng.", []),
    # counter-case: what was done about the arrears
    ("Số tiền chậm đóng đến 31/10/2031 là 96,4 tỷ đồng, chiếm 3,46% số phải thu; đã thu hồi 4,85 tỷ đồng.",
     [(4.85e9, "đồng")]),
]


@pytest.mark.parametrize(("body", "figures"), ARREARS_SHARE)
def test_a_shares_base_is_no_cue_after_arrears(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a house or a work still being finished: pending, no result ------------------------------------------------------

STILL_BUILDING = [
    ("Hỗ trợ xây mới 326 căn nhà; trong đó đã bàn giao 298 căn, 28 căn đang hoàn thiện.", [(326, "căn nhà"), (298, "căn")]),
    ("Đã khởi công 14 công trình, 05 công trình đang xây dựng.", [(14, "công trình")]),
    # counter-cases: those helped while they build; what was finished
    ("Hỗ trợ 40 hộ đang xây dựng nhà ở.", [(40, "hộ")]),
    ("Đã hoàn thiện 28 căn nhà.", [(28, "căn nhà")]),
]


@pytest.mark.parametrize(("body", "figures"), STILL_BUILDING)
def test_a_work_still_being_finished_is_pending(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a shortfall whose noun joins two words with a dash --------------------------------------------------------------

DASHED_SHORTFALL = [
    ("Hạn chế: còn 35% diện tích tôm - lúa chưa áp dụng quy trình kỹ thuật.", []),
    ("Còn 12 km tuyến Bắc - Nam chưa bàn giao mặt bằng.", []),
    # counter-case: what was done on it
    ("Đã chuyển đổi 35% diện tích tôm - lúa sang canh tác hữu cơ.", [(35, "%")]),
]


@pytest.mark.parametrize(("body", "figures"), DASHED_SHORTFALL)
def test_a_shortfall_of_a_dashed_noun(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- others' figure in a bracket, its bound's word before it ---------------------------------------------------------

OTHERS_BOUNDED = [
    ("Toàn thành phố đã giải ngân 4.527 tỷ đồng, đạt 46% kế hoạch, thấp hơn bình quân cả nước (khoảng 58%).",
     [(4527e9, "đồng"), (46, "%")]),
    ("Tỷ lệ hộ dùng nước sạch đạt 86%, cao hơn bình quân chung của tỉnh (trên 80%).", [(86, "%")]),
    # counter-case: the bracket tells the document's own figure again, in other units
    ("Đã giải ngân 46% kế hoạch vốn (khoảng 4.500 tỷ đồng).", [(46, "%"), (4500e9, "đồng")]),
]


@pytest.mark.parametrize(("body", "figures"), OTHERS_BOUNDED)
def test_others_figure_with_a_bound_in_its_bracket(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- the length a plan sets for a programme, a session or a clip -----------------------------------------------------

LENGTHS = [
    ("Lễ khai hội vào lúc 20 giờ 00 ngày 11/9/2032 tại Đền Kiếp Bạc, thời lượng chương trình nghệ thuật 90 phút.",
     [(90, "phút", "eq")]),
    ("- Gửi ảnh, video giới thiệu đơn vị (thời lượng không quá 3 phút) trước ngày 20/3/2032.", [(3, "phút", "lte")]),
    ("- Thời lượng mỗi buổi sinh hoạt không quá 03 giờ.", [(3, "giờ", "lte")]),
    # counter-cases: a rule's term for each entrant, a time of day, a length no figure tells, an occasion's time
    ("- Thời lượng phần thi của mỗi thí sinh không quá 07 phút.", []),
    ("Lễ khai mạc bắt đầu lúc 19 giờ 30 phút ngày 12/9/2032.", []),
    ("Các đài tăng thời lượng tuyên truyền trên sóng phát thanh.", []),
    ("Thời gian: 02 ngày, từ ngày 24/3/2032.", []),
]


@pytest.mark.parametrize(("body", "figures"), LENGTHS)
def test_a_planned_length_is_counted(body: str, figures: list[tuple[float, str, str]]) -> None:
    got = [(float(q.value), q.unit or "", q.comparator) for q in parse_text(PLAN + body + TAIL).quantities]
    assert got == figures


# ---- a margin over the target a rule forbids -------------------------------------------------------------------------

DECISION = ("UBND TỈNH A\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 412/QĐ-SGDĐT\nA, ngày 05 tháng 4 năm 2032\n\nQUYẾT ĐỊNH\n"
            "Về việc giao chỉ tiêu tuyển sinh vào lớp 10 năm học 2032 - 2033\n\nGIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n"
            "QUYẾT ĐỊNH:\n\nĐiều 1. Giao chỉ tiêu tuyển sinh cho các trường.\nĐiều 2. Các trường có trách nhiệm:\n")
FORBIDDEN_MARGIN = [
    (DECISION, "1. Tuyển sinh đúng chỉ tiêu được giao, không tuyển vượt quá 5% chỉ tiêu.", []),
    (DECISION, "2. Các trường không được tuyển vượt 10% chỉ tiêu khi chưa được Sở chấp thuận.", []),
    # counter-cases: a margin reached; a cap planned on another base
    (REPORT, "Năm 2031, toàn tỉnh tuyển sinh vượt 5% chỉ tiêu.", [(5, "%", "eq")]),
    (PLAN, "Phấn đấu chi thường xuyên không vượt quá 95% dự toán.", [(95, "%", "lte")]),
]


@pytest.mark.parametrize(("head", "body", "figures"), FORBIDDEN_MARGIN)
def test_a_forbidden_margin_over_the_target(head: str, body: str, figures: list[tuple[float, str, str]]) -> None:
    got = [(float(q.value), q.unit or "", q.comparator) for q in parse_text(head + body + TAIL).quantities]
    assert got == figures


# ---- a share charged a day on late payment --------------------------------------------------------------------------

DAILY_RATE = [
    ("1. Nộp đủ số tiền còn chậm đóng trước ngày 20/12/2031. Số tiền chậm đóng phải nộp thêm bằng 0,03%/ngày tính trên "
     "số tiền, số ngày chậm đóng theo quy định.", []),
    ("2. Người nộp thuế nộp tiền chậm nộp theo mức 0,03%/ngày tính trên số tiền thuế chậm nộp.", []),
    # counter-cases: a share planned, a share per year
    ("3. Phấn đấu thu hồi ít nhất 80% số tiền chậm đóng.", [(80, "%")]),
    ("4. Phấn đấu tăng trưởng tín dụng 12%/năm.", [(12, "%")]),
]


@pytest.mark.parametrize(("body", "figures"), DAILY_RATE)
def test_a_daily_rate_of_late_payment_is_a_rule(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(LETTER, body) == figures


# ---- a figure cut from its noun by a PDF page's running footer ------------------------------------------------------

FOOTER = "\n\nSở Công Thương tỉnh A - Kế hoạch bình ổn thị trường Tết        Trang 1/2\n\n"
PAGE_BROKEN = [
    ("1. Dự trữ 2.600 tấn thịt gia súc, gia cầm, 1,2" + FOOTER + "triệu quả trứng và 3.800 tấn rau, củ, quả.",
     [(2600, "tấn"), (1.2e6, "quả"), (3800, "tấn")]),
    ("2. Tổ chức 12 lớp tập huấn cho 1.200" + FOOTER + "học viên trong năm 2032.", [(12, "lớp"), (1200, "học viên")]),
    # counter-cases: a figure ending its sentence before the page break; the next page opening anew
    ("3. Hoàn thành dự trữ trước ngày 10/01/2032 với tổng khối lượng 3.800 tấn." + FOOTER + "trong đó gạo chiếm 60%.",
     [(3800, "tấn"), (60, "%")]),
    ("4. Dự trữ 2.600 tấn thịt." + FOOTER + "5. Tổ chức 12 buổi bán hàng lưu động.", [(2600, "tấn"), (12, "buổi bán")]),
]


@pytest.mark.parametrize(("body", "figures"), PAGE_BROKEN)
def test_a_figure_goes_on_past_a_running_footer(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(PLAN, body) == figures


# ---- a bound before the list's "gồm:" -------------------------------------------------------------------------------

BOUND_BEFORE_LIST = [
    ("1. Cơ cấu hàng dự trữ tối thiểu gồm: 9.500 tấn gạo, 2.600 tấn thịt lợn và 3.800 tấn rau.",
     [(9500, "tấn", "gte"), (2600, "tấn", "gte"), (3800, "tấn", "gte")]),
    ("2. Mỗi đội tối đa gồm: 10 vận động viên và 02 huấn luyện viên.",
     [(10, "vận động viên", "lte"), (2, "huấn luyện viên", "lte")]),
    # counter-case: a list with no bound before it
    ("3. Lực lượng tham gia diễn tập gồm: 150 người, 04 xuồng máy.", [(150, "người", "eq"), (4, "xuồng", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), BOUND_BEFORE_LIST)
def test_a_bound_before_the_lists_colon(body: str, figures: list[tuple[float, str, str]]) -> None:
    got = [(float(q.value), q.unit or "", q.comparator) for q in parse_text(PLAN + body + TAIL).quantities]
    assert got == figures


# ---- volunteer hours counted as work --------------------------------------------------------------------------------

VOLUNTEER_HOURS = [
    ("1. Mỗi đoàn viên tham gia tối thiểu 08 giờ tình nguyện trong dịp hè.", [(8, "giờ tình nguyện", "gte")]),
    ("2. Phấn đấu đạt 12.000 giờ lao động tình nguyện.", [(12000, "giờ lao động tình nguyện", "eq")]),
    # counter-cases: a time of day, an occasion's length
    ("3. Ra quân lúc 08 giờ ngày 01/6/2032 tại Nhà văn hóa xã.", []),
    ("4. Thời gian: 08 giờ, bắt đầu từ 07 giờ 00.", []),
]


@pytest.mark.parametrize(("body", "figures"), VOLUNTEER_HOURS)
def test_volunteer_hours_are_counted(body: str, figures: list[tuple[float, str, str]]) -> None:
    got = [(float(q.value), q.unit or "", q.comparator) for q in parse_text(PLAN + body + TAIL).quantities]
    assert got == figures
