"""The forty-seventh heldout round's failure classes (invented documents, with counter-cases): a task with a minimum
count before "trong <month or year>" ("tổ chức ít nhất 24 hội nghị ... trong năm 2030"), whose period was left no
by-when where "phấn đấu ... ít nhất" before it made one; a day after "đến hết" closing a target's clause ("phấn đấu
kiểm tra thêm ít nhất 120 vụ trong đợt cao điểm đến hết ngày 15/02/2030."), left no by-when where "Phấn đấu đến hết
ngày ..." opening it made one; an annex table copied one cell a line whose "Tổng cộng" row repeats the totals the
decision counted ("Tổng cộng\n2.640\n31.850"), counted twice where a tab table's row was not; a market's prices
("giá thịt lợn hơi dao động từ 62.000 đến 65.000 đồng/kg"), read as results; the whole country's count without
"hiện" ("cả nước có 79.615 tàu cá đăng ký"), read as targets; a guide's cap in a numbered item ("2. Tỷ lệ ... không
vượt quá 20% số ..."), whose own line was read as a heading of the guide's targets; a bulletin's forecast window opening a clause after its
source and cause ("Theo tin của Đài ..., do ảnh hưởng của không khí lạnh, từ ngày 28/10 đến ngày 31/10/2029 trên địa
bàn tỉnh có mưa to"), left no event where one opening its sentence made one."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN_HEAD = ("UBND TỈNH AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\n"
             "Số: 12/KH-SNV\tAn Bình, ngày 05 tháng 11 năm 2029\n\n"
             "KẾ HOẠCH\nTuyên truyền, kiểm tra công tác cải cách hành chính\n\n"
             "Sở Nội vụ xây dựng Kế hoạch như sau:\n\n")
PLAN_TAIL = "\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Bình\n"


def _dues(body: str) -> list[tuple[str | None, str | None]]:
    record = parse_text(PLAN_HEAD + body + PLAN_TAIL)
    return sorted((d.due, d.period) for d in record.deadlines)


MINIMUM_IN_A_PERIOD = [
    ("1. Văn phòng Sở phối hợp các đơn vị tổ chức ít nhất 24 hội nghị tuyên truyền, đối thoại với người dân "
     "trong năm 2030.\n", [("2030-12-31", "2030")]),
    ("2. Sở Nội vụ sẽ tổ chức kiểm tra xác suất tại ít nhất 10 cơ quan, đơn vị và 15 xã, phường trong tháng "
     "01/2030.\n", [("2030-01-31", "2030-01")]),
    ("3. Thanh tra Sở thực hiện tối thiểu 06 cuộc thanh tra công vụ trong năm 2030.\n", [("2030-12-31", "2030")]),
    # counter-cases: no minimum (a plan's span); a task's "trên" is "on"; what was done in a month is a report
    ("4. Tổ chức 24 hội nghị tuyên truyền trong năm 2030.\n", []),
    ("5. Tổ chức tuyên truyền trên 12 trang thông tin điện tử của các huyện trong năm 2030.\n", []),
    ("6. Trong tháng 10/2029, Sở đã tổ chức kiểm tra ít nhất 10 cơ quan, đơn vị.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), MINIMUM_IN_A_PERIOD)
def test_a_minimum_count_of_a_task_in_a_period_is_due_by_its_end(
        body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _dues(body) == expected


TARGET_UNTIL = [
    ("1. Tăng cường kiểm tra, phấn đấu kiểm tra thêm ít nhất 120 vụ trong đợt cao điểm đến hết ngày 15/02/2030.\n",
     [("2030-02-15", None)]),
    ("2. Phấn đấu giải ngân đạt 100% kế hoạch vốn năm 2029 (1.264,3 tỷ đồng)\nđến hết ngày 31/01/2030.\n",
     [("2030-01-31", None)]),
    # counter-cases: no target's word (a span of what goes on); a range's end; the day does not close the clause
    ("3. Duy trì trực ban 24/24 giờ đến hết ngày 15/02/2030.\n", []),
    ("4. Phấn đấu duy trì các điểm bán hàng từ ngày 20/01/2030 đến hết ngày 15/02/2030.\n", []),
    ("5. Phấn đấu bán hàng bình ổn đến hết ngày 15/02/2030 tại 50 điểm bán, tổ chức 10 chuyến hàng.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), TARGET_UNTIL)
def test_a_day_closing_a_targets_clause_after_den_het_is_due(
        body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _dues(body) == expected


DECISION_HEAD = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "HUYỆN AN LẠC\tĐộc lập - Tự do - Hạnh phúc\n"
                 "Số: 15/QĐ-UBND\tAn Lạc, ngày 15 tháng 01 năm 2030\n\n"
                 "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu phát triển người tham gia bảo hiểm năm 2030\n\n"
                 "ỦY BAN NHÂN DÂN HUYỆN AN LẠC\n\nQUYẾT ĐỊNH:\n\n")
DECISION_TAIL = ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n"
                 "CHỦ TỊCH\n\nTrần Văn Bình\n\nPHỤ LỤC\nCHỈ TIÊU NĂM 2030\n\nSTT\nĐơn vị\n"
                 "BHXH tự nguyện (người)\nBHYT hộ gia đình (người)\n1\nXã An Hòa\n1.200\n16.000\n2\nXã An Phú\n"
                 "1.440\n15.850\nTổng cộng\n{total}\n")


def _decision_figures(article: str, total: str) -> list[float]:
    record = parse_text(DECISION_HEAD + article + DECISION_TAIL.format(total=total))
    return sorted(q.value for q in record.quantities)


ONE_CELL_A_LINE_TOTAL = [
    ("Điều 1. Giao chỉ tiêu năm 2030: số người tham gia bảo hiểm xã hội tự nguyện 2.640 người; số người tham gia "
     "bảo hiểm y tế hộ gia đình 31.850 người.\n", "2.640\n31.850",
     [1200, 1440, 2640, 15850, 16000, 31850]),
    # counter-case: a total row the article did not count is counted once, from the table
    ("Điều 1. Giao chỉ tiêu phát triển người tham gia bảo hiểm năm 2030 cho các xã (chi tiết tại Phụ lục).\n",
     "2.640\n31.850", [1200, 1440, 2640, 15850, 16000, 31850]),
]


@pytest.mark.parametrize(("article", "total", "expected"), ONE_CELL_A_LINE_TOTAL)
def test_a_total_row_one_cell_a_line_repeating_the_text_is_one_count(
        article: str, total: str, expected: list[float]) -> None:
    assert _decision_figures(article, total) == expected


REPORT_HEAD = ("UBND TỈNH AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "SỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 12/BC-SCT\tAn Bình, ngày 05 tháng 01 năm 2030\n\n"
               "BÁO CÁO\nTình hình thị trường dịp Tết\n\nSở Công Thương báo cáo như sau:\n\n")
REPORT_TAIL = "\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Bình\n"


def _report_figures(body: str) -> list[tuple[float, str]]:
    return sorted((q.value, q.unit) for q in parse_text(REPORT_HEAD + body + REPORT_TAIL).quantities)


MARKET_PRICES = [
    ("Giá thịt lợn hơi dao động từ 62.000 đến 65.000 đồng/kg, giá gạo tẻ thường 15.000 - 17.000 đồng/kg.\n", []),
    ("Giá xăng RON95 bán lẻ là 23.500 đồng/lít, tăng nhẹ so với tháng trước.\n", []),
    # counter-cases: a worth, an organiser's charge, a support rate, a sum that is no rate, what was done
    ("Tặng 05 suất quà, trị giá 500.000 đồng/suất.\n", [(5, "suất quà"), (500000, "đồng/suất")]),
    ("Giá thuê gian hàng tiêu chuẩn 3,5 triệu đồng/gian.\n", [(3500000, "đồng/gian")]),
    ("Đã hỗ trợ 120 hộ với mức 2.000.000 đồng/hộ.\n", [(120, "hộ"), (2000000, "đồng/hộ")]),
    ("Hợp tác xã đã bán 38 tấn thảo quả với giá 215.000 đồng/kg.\n", [(38, "tấn"), (215000, "đồng/kg")]),
    ("Tổ chức 318 cuộc đấu giá, chênh lệch so với giá khởi điểm 54,2 tỷ đồng.\n",
     [(318, "cuộc"), (54200000000, "đồng")]),
]


@pytest.mark.parametrize(("body", "expected"), MARKET_PRICES)
def test_a_markets_price_is_no_quantity(body: str, expected: list[tuple[float, str]]) -> None:
    assert _report_figures(body) == expected


LETTER_HEAD = ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "CỤC THỦY SẢN VÀ KIỂM NGƯ\tĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 27/TSKN-KTTS\tHà Nội, ngày 16 tháng 11 năm 2029\n"
               "V/v rà soát dữ liệu tàu cá\n\nKính gửi: Ủy ban nhân dân các tỉnh ven biển.\n\n")
LETTER_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCỤC TRƯỞNG\n\nTrần Văn Bình\n"


def _letter_figures(body: str) -> list[tuple[float, str]]:
    return sorted((q.value, q.unit) for q in parse_text(LETTER_HEAD + body + LETTER_TAIL).quantities)


COUNTRY_STATE = [
    ("Đến ngày 10/11/2029, cả nước có 79.615 tàu cá đăng ký, trong đó 28.940 tàu có chiều dài từ 15 m trở lên.\n", []),
    ("Toàn quốc có 28 tỉnh, thành phố ven biển.\n", []),
    # counter-cases: what the country's bodies did is a result; what the letter asks a target
    ("Trong 10 tháng năm 2029, các địa phương đã kiểm tra 46.218 lượt tàu cá xuất, nhập bến.\n",
     [(46218, "lượt tàu")]),
    ("Đề nghị các tỉnh hoàn thành cập nhật 100% dữ liệu tàu cá trước ngày 05/12/2029.\n", [(100, "%")]),
]


@pytest.mark.parametrize(("body", "expected"), COUNTRY_STATE)
def test_the_whole_countrys_count_is_the_state(body: str, expected: list[tuple[float, str]]) -> None:
    assert _letter_figures(body) == expected


GUIDE_HEAD = ("UBND TỈNH AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 12/HD-SNV\tAn Bình, ngày 05 tháng 11 năm 2029\n\n"
              "HƯỚNG DẪN\nĐánh giá, xếp loại chất lượng cán bộ, công chức năm 2029\n\n"
              "Sở Nội vụ hướng dẫn như sau:\n\n")


def _guide_figures(body: str) -> list[tuple[float, str, str]]:
    record = parse_text(GUIDE_HEAD + body + REPORT_TAIL)
    return sorted((q.value, q.unit, q.comparator) for q in record.quantities)


GUIDE_CAPS = [
    ("2. Tỷ lệ cán bộ được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" không vượt quá 20% số được xếp loại "
     "\"Hoàn thành tốt nhiệm vụ\" trở lên.\n", []),
    ("II. NGUYÊN TẮC\n2. Số cán bộ được khen thưởng tối đa 15% tổng số cán bộ của đơn vị.\n", []),
    # counter-cases: under a heading of the guide's own targets a cap is one; a minimum is no cap
    ("II. MỤC TIÊU, CHỈ TIÊU\n1. Khen thưởng tối đa 40 tập thể.\n", [(40, "tập thể", "lte")]),
    ("2. Tổ chức ít nhất 02 lớp tập huấn cho cán bộ làm công tác tổ chức.\n", [(2, "lớp", "gte")]),
]


@pytest.mark.parametrize(("body", "expected"), GUIDE_CAPS)
def test_a_guides_cap_in_a_numbered_item_is_no_target(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _guide_figures(body) == expected


DISPATCH_HEAD = ("UBND TỈNH AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "SỞ XÂY DỰNG\tĐộc lập - Tự do - Hạnh phúc\n"
                 "Số: 03/CĐ-SXD\tAn Bình, ngày 27 tháng 10 năm 2029\n\n"
                 "CÔNG ĐIỆN\nVề việc bảo đảm an toàn công trình trong mưa lũ\n\n"
                 "GIÁM ĐỐC SỞ XÂY DỰNG điện:\n- Các chủ đầu tư.\n\n")


def _windows(body: str) -> list[tuple[str | None, str | None]]:
    record = parse_text(DISPATCH_HEAD + body + REPORT_TAIL)
    return sorted((e.date, e.end) for e in record.events if e.end is not None)


FORECAST_AFTER_A_COMMA = [
    ("Theo tin của Đài Khí tượng Thủy văn tỉnh, do ảnh hưởng của không khí lạnh, từ ngày 28/10/2029 đến ngày "
     "31/10/2029 trên địa bàn tỉnh có mưa to đến rất to.\n", [("2029-10-28", "2029-10-31")]),
    # counter-cases: a span after a comma with no weather after it is no forecast; a duty's span stays a duty's
    ("Các chủ đầu tư rà soát công trình, từ ngày 28/10/2029 đến ngày 31/10/2029 báo cáo hằng ngày.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), FORECAST_AFTER_A_COMMA)
def test_a_forecast_window_after_a_comma_is_an_event(
        body: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _windows(body) == expected
