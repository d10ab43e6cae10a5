"""Heldout round 65 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN = ("UBND TỈNH AN HÒA\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 41/KH-SNNMT\nAn Hòa, ngày 12 tháng 01 năm 2033\n\nKẾ HOẠCH\n"
        "Tổ chức thực hiện nhiệm vụ năm 2033\n\nII. NHIỆM VỤ, CHỈ TIÊU\n")
TAIL = "\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n"


def _figures(body: str) -> list[tuple[float, str, str]]:
    return sorted((q.value, (q.unit or "").split()[0], q.comparator) for q in parse_text(PLAN + body + TAIL).quantities)


CAPPED_SPANS = [
    # a length the plan caps, in a clause opening with the duration's head or "mỗi" (fixed: h717, h721, h726, h727)
    ("1. Thời gian bơm đổ ải tại mỗi xã không quá 12 ngày kể từ khi mực nước đạt yêu cầu.\n", [(12, "ngày", "lte")]),
    ("2. Lễ mít tinh tổ chức tại sân vận động xã; thời gian diễu hành không quá 45 phút.\n", [(45, "phút", "lte")]),
    ("3. Tổ chức trực canh lửa trong các tháng cao điểm; mỗi ca trực không quá 8 giờ.\n", [(8, "giờ", "lte")]),
    ("4. Mở nước đợt 1 cho các cánh đồng, mỗi đợt bơm tưới không kéo dài quá 7 ngày.\n", [(7, "ngày", "lte")]),
    ("5. Chiến dịch tại các trạm y tế xã; mỗi trạm triển khai trong 04 ngày.\n", [(4, "ngày", "eq")]),
    # counter-cases: a deadline's term, a rule's term for each dossier or entrant, a period's days
    ("6. Các đơn vị gửi báo cáo trong thời gian không quá 05 ngày kể từ ngày kết thúc.\n", []),
    ("7. Thời gian kiểm soát hồ sơ tại Kho bạc không quá 02 ngày làm việc.\n", []),
    ("8. Thời lượng phần thi của mỗi thí sinh không quá 07 phút.\n", []),
    ("9. Mỗi tháng các xã báo cáo trong 05 ngày đầu tháng.\n", []),
    ("10. Xử lý khoản nợ quá 90 ngày theo quy định.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), CAPPED_SPANS)
def test_a_planned_length_under_a_cap_is_counted(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == expected


RATES = [
    # a sum per something after the words naming the rule it follows: another body's norm (fixed: h716, h720, h721, h727)
    ("1. Đơn giá chi trả bình quân theo Quyết định của UBND tỉnh là 480.000 đồng/ha/năm.\n", []),
    ("2. Mức chi bồi dưỡng thực hiện theo Nghị quyết số 15/2024/NQ-HĐND của HĐND tỉnh, tối đa 120.000 "
     "đồng/người/buổi.\n", []),
    ("3. Mức bồi dưỡng người trực áp dụng theo quy định hiện hành là 200.000 đồng/người/ngày.\n", []),
    ("4. Làm mới 5 km đường (theo cơ chế hỗ trợ 350 triệu đồng/km đường trục xã).\n", [(5, "km", "eq")]),
    # counter-cases: a rate the document sets, a source named after the rate, awards listed after the source's colon
    ("5. Mức hỗ trợ không quá 3 triệu đồng/ha.\n", [(3000000, "đồng/ha", "lte")]),
    ("6. Hỗ trợ 50 triệu đồng/hộ theo Quyết định số 12/QĐ-UBND ngày 05/01/2033 của UBND tỉnh.\n",
     [(50000000, "đồng/hộ", "eq")]),
    ("7. Khen thưởng theo quy định: giải Nhất 2.000.000 đồng/người, giải Nhì 1.500.000 đồng/người.\n",
     [(1500000, "đồng/người", "eq"), (2000000, "đồng/người", "eq")]),
]


@pytest.mark.parametrize(("body", "expected"), RATES)
def test_a_rate_after_the_rule_it_follows_is_no_quantity(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == expected


REPAIRS_AND_VOLUMES = [
    # the items of a list of what is repaired or replaced, though a damage word follows them (fixed: h717)
    ("1. Sửa chữa, thay thế 20 máy bơm và 15 cống điều tiết bị hư hỏng.\n", [(15, "cống", "eq"), (20, "máy", "eq")]),
    ("2. Đã sửa chữa 20 máy bơm, 15 cống điều tiết bị hư hỏng.\n", [(15, "cống", "eq"), (20, "máy", "eq")]),
    # the volume of the work just counted, after "với khối lượng" (fixed: h717, h726)
    ("3. Nạo vét 250 km kênh mương với khối lượng khoảng 380.000 m3.\n", [(250, "km", "eq"), (380000, "m3", "approx")]),
    # counter-cases: damage with no repair, a machine's own weight
    ("4. Mưa lũ làm 20 nhà bị hư hỏng, 15 cống điều tiết bị hư hỏng.\n", []),
    ("5. Máy xúc của đơn vị có khối lượng 12 tấn.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), REPAIRS_AND_VOLUMES)
def test_repairs_listed_and_volumes_of_work_are_counted(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == expected


DECIMAL_PARTS = [
    # a decimal with a unit after a place word is the place's measure, no place's number (fixed: h720)
    ("1. Đã cứng hóa 10,5 km đường; trong đó đường trục xã 2,5 km, đường ngõ xóm 8,0 km.\n",
     [(2.5, "km", "eq"), (8.0, "km", "eq"), (10.5, "km", "eq")]),
    # counter-cases: places named by their numbers, an enumeration of levels
    ("2. Hỗ trợ xã 3 và xã 4 mỗi xã 2 máy bơm.\n", [(2, "máy", "eq")]),
    ("3. Cung cấp dịch vụ công mức độ 3,4 cho người dân.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), DECIMAL_PARTS)
def test_a_decimal_measure_after_a_place_word_is_counted(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == expected


def _times(body: str) -> tuple[list[str], list[str | None]]:
    record = parse_text(PLAN + body + TAIL)
    return [e.date for e in record.events], [d.due for d in record.deadlines]


INSPECTIONS = [
    # an inspection at places in a month, no count between, is held in the month (fixed: h717, h724)
    ("1. Chi cục Thủy lợi kiểm tra công tác lấy nước tại các xã trong tháng 02/2033.\n", (["2033-02"], [])),
    ("2. Sở chủ trì, phối hợp Công ty Điện lực kiểm tra việc thực hiện tại các cơ quan, đơn vị trong tháng 5/2033.\n",
     (["2033-05"], [])),
    # counter-cases: a count of what is checked, a count of places to reach: due by the month's end
    ("3. Kiểm tra, rà soát 100% cơ sở tại các xã trong tháng 5/2033.\n", ([], ["2033-05-31"])),
    ("4. Kiểm tra tại ít nhất 10 cơ quan trong tháng 5/2033.\n", ([], ["2033-05-31"])),
]


@pytest.mark.parametrize(("body", "expected"), INSPECTIONS)
def test_an_inspection_at_places_in_a_month_is_held_in_it(body: str,
                                                          expected: tuple[list[str], list[str | None]]) -> None:
    assert _times(body) == expected


def _recurrences(body: str) -> list[tuple[str, int | None]]:
    record = parse_text(PLAN + body + TAIL)
    return [(d.recurrence.freq, d.recurrence.weekday) for d in record.deadlines if d.recurrence is not None]


WEEKLY_DUTIES = [
    # a duty's weekly day told after its recurrence (fixed: h716; h711)
    ("1. Các Hạt Kiểm lâm báo cáo nhanh số liệu cháy rừng hằng tuần vào thứ Sáu.\n", [("weekly", 5)]),
    ("2. Các đơn vị báo cáo kết quả hằng tuần vào thứ Hai.\n", [("weekly", 1)]),
    # counter-cases: the usual order still read; a weekly meeting, no duty's verb, is no deadline
    ("3. Các đơn vị báo cáo trước thứ Sáu hằng tuần.\n", [("weekly", 5)]),
    ("4. Giao ban hằng tuần vào sáng thứ Hai tại phòng họp.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), WEEKLY_DUTIES)
def test_a_weekly_duty_after_its_recurrence(body: str, expected: list[tuple[str, int | None]]) -> None:
    assert _recurrences(body) == expected


CAPS_AND_STORES = [
    # a cap after a share of costs is the document's own, "chi phí" naming what the share is of (fixed: h725)
    ("1. Hỗ trợ tối đa 40% chi phí mua máy móc, thiết bị nhưng không quá 250 triệu đồng/mô hình.\n",
     [(40, "%", "lte"), (250000000, "đồng/mô", "lte")]),
    # the water a reservoir holds now is the state (fixed: h726)
    ("2. Hồ chứa Suối Cát hiện tích được 2,1 triệu m3, đạt 80% dung tích thiết kế.\n", []),
    # counter-cases: a rule's cost norm with no share before it; an area certified, not water held
    ("3. Định mức chi phí quản lý không quá 20 triệu đồng/công trình.\n", []),
    ("4. Cấp chứng chỉ thêm 3.000 ha, nâng tổng diện tích được cấp chứng chỉ lên 15.000 ha.\n",
     [(3000, "ha", "eq"), (15000, "ha", "eq")]),
]


@pytest.mark.parametrize(("body", "expected"), CAPS_AND_STORES)
def test_caps_after_a_share_and_water_held(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == expected


PERIOD_HEADERS = [
    # a flattened table's header cell naming its period and unit (fixed: h724)
    ("Chỉ tiêu giao như sau:\nTT\nĐơn vị\nChỉ tiêu tiết kiệm năm 2033 (kWh)\n1\nKhối các sở\n640.000\n"
     "2\nUBND các xã\n310.000\nĐề nghị các đơn vị thực hiện.\n", [(310000, "kwh", "eq"), (640000, "kwh", "eq")]),
    ("Chỉ tiêu giao như sau:\nTT\nĐơn vị\nDiện tích năm 2033 (ha)\n1\nXã An Bình\n120\n2\nXã Tân Lập\n95\n"
     "Đề nghị các đơn vị thực hiện.\n", [(95, "ha", "eq"), (120, "ha", "eq")]),
    # counter-case: a header without a period, read as before
    ("Chỉ tiêu giao như sau:\nTT\nĐơn vị\nDiện tích (ha)\n1\nXã An Bình\n120\n2\nXã Tân Lập\n95\n"
     "Đề nghị các đơn vị thực hiện.\n", [(95, "ha", "eq"), (120, "ha", "eq")]),
]


@pytest.mark.parametrize(("body", "expected"), PERIOD_HEADERS)
def test_a_flattened_table_header_naming_its_period(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == expected


def _dues(body: str) -> list[str | None]:
    return [d.due for d in parse_text(PLAN + body + TAIL).deadlines]


QUARTER_RECOVERIES = [
    # sums to recover within a quarter: due by its end (fixed: h719)
    ("1. Thu hồi tối thiểu 1.200 tỷ đồng tiền nợ thuế trong quý IV năm 2033.\n", ["2033-12-31"]),
    # counter-case: what was recovered in a quarter is a report's span
    ("2. Đã thu hồi 200 tỷ đồng tiền nợ thuế trong quý I năm 2033.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), QUARTER_RECOVERIES)
def test_a_recovery_within_a_quarter_is_due_by_its_end(body: str, expected: list[str | None]) -> None:
    assert _dues(body) == expected
