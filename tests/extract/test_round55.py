"""Heldout round 55 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tĐộc lập - Tự do - "
          "Hạnh phúc\nSố: 52/BC-SNNMT\tAn Hòa, ngày 20 tháng 12 năm 2029\n\nBÁO CÁO\nKết quả công tác năm 2029\n\n")
PLAN = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN AN LẠC\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 41/KH-UBND\tAn Lạc, ngày 20 tháng 12 năm 2029\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2030\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"


def _figures(head: str, body: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit or "", q.comparator) for q in parse_text(head + body + TAIL).quantities]


# ---- the present state told by its time word, what is left undone, a place's size, a balance owed -------------

STATE_TOLD = [
    # "hiện nay" right before the figure, and the list it opens
    ("Tổng đàn lợn của tỉnh hiện nay khoảng 268.500 con, đàn gia cầm khoảng 4,9 triệu con. Trong năm đã tiêm vắc "
     "xin cho 41.260 con trâu, bò.", [(41260, "con trâu", "eq")]),
    # a sentence opening "Hiện nay, " with no "có"
    ("Hiện nay, lượng chất thải rắn sinh hoạt phát sinh trên địa bàn khoảng 145 tấn/ngày. Năm 2029 đã thu gom 420 "
     "tấn chất thải tái chế.", [(420, "tấn", "eq")]),
    # what is left undone: "chưa ... còn N", "còn hụt N", "vẫn còn N"
    ("Đến ngày 25/11/2029, diện tích lúa chưa thu hoạch còn khoảng 42 ha do mưa kéo dài; diện tích ngô so với kế "
     "hoạch còn hụt 8 ha. Toàn xã đã gieo trồng 1.215 ha.", [(1215, "ha", "eq")]),
    ("Tuy nhiên, trên tuyến vẫn còn 14 hộ chưa nhận tiền bồi thường với diện tích khoảng 1,2 ha. Các địa phương đã "
     "bàn giao 56,8 km mặt bằng.", [(56.8, "km", "eq")]),
    # a place's size told with "của xã là", and its parts
    ("Diện tích đất sản xuất nông nghiệp của xã là 1.846 ha, trong đó đất trồng lúa 1.020 ha. Vụ Mùa đã gieo "
     "trồng 968 ha lúa.", [(968, "ha", "eq")]),
    # a count of those still in a state ("Số ... còn ... là"), a tax owed and a balance told with "là"
    ("Số người còn nhận trợ cấp bằng tiền mặt là 3.834 người, tập trung ở các xã vùng cao. Đã chi trả qua tài "
     "khoản cho 5.112 người.", [(5112, "người", "eq")]),
    ("Tổng nợ thuế đến ngày 30/11/2029 là 386 tỷ đồng, chiếm 8,6% tổng thu. Số dư tạm ứng đến ngày 30/11/2029 là "
     "1.284 tỷ đồng, trong đó 312 tỷ đồng đã quá hạn.", []),
    # counter-cases: work done after "Hiện nay,", a size reached with "đạt", a count done with "là", work "thực
    # hiện tại" places, a balance recovered
    ("Hiện nay, toàn huyện đã giải ngân 80% kế hoạch vốn.", [(80, "%", "eq")]),
    ("Diện tích gieo trồng của xã đạt 1.215 ha.", [(1215, "ha", "eq")]),
    ("Số người được hỗ trợ là 3.834 người.", [(3834, "người", "eq")]),
    ("Điều tra được thực hiện tại 35 xã, thị trấn với 142 địa bàn điều tra.", [(35, "xã", "eq"), (142, "địa bàn", "eq")]),
    ("Trong tháng, số dư tạm ứng đã thu hồi 214 tỷ đồng.", [(214000000000, "đồng", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), STATE_TOLD)
def test_the_state_told_is_no_quantity(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(REPORT, body) == figures


def test_the_state_told_in_a_plan_is_no_target() -> None:
    body = ("I. THỰC TRẠNG\nHiện nay, lượng chất thải rắn sinh hoạt phát sinh khoảng 145 tấn/ngày.\n"
            "II. MỤC TIÊU\nTrang bị 1.200 thùng rác phân loại cho các khu dân cư.\n")
    assert _figures(PLAN, body) == [(1200, "thùng", "eq")]


# ---- an estimate of what was collected: "ước thu" -----------------------------------------------------------------

ESTIMATES = [
    ("Năm 2029, toàn ngành ước thu 4.512 tỷ đồng, bằng 104,6% dự toán.",
     [(4512000000000, "đồng", "approx"), (104.6, "%", "eq")]),
    ("Vốn đầu tư công ước giải ngân 320 tỷ đồng.", [(320000000000, "đồng", "approx")]),
    # counter-case: a collection told without the estimate's word
    ("Năm 2029, toàn ngành thu 4.512 tỷ đồng.", [(4512000000000, "đồng", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), ESTIMATES)
def test_an_estimate_of_a_collection_is_approximate(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- an OCR'd letterhead whose motto lost or misplaced its marks ----------------------------------------------------

MOTTO_LINES = [
    ("CỘNG HOÀ XÃ HỘI CHỦ NGHIÃ VIỆT NAM", "Độc lập - Tư do - Hanh phúc"),
    ("CONG HOA XA HOI CHU NGHIA VIET NAM", "Doc lap - Tu do - Hanh phuc"),
    # counter-case: the motto printed whole reads as before
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
]


@pytest.mark.parametrize(("motto", "slogan"), MOTTO_LINES)
def test_a_motto_without_its_marks_is_no_part_of_the_issuer(motto: str, slogan: str) -> None:
    head = (f"UBND HUYỆN AN LẠC                 {motto}\nPHÒNG TƯ PHÁP                        {slogan}\n"
            "Số: 58 /BC-TP                     An Lạc, ngày 05 tháng 12 năm 2029\n\n"
            "BÁO CÁO\nKết quả công tác tư pháp năm 2029\n\n")
    record = parse_text(head + "Năm 2029, Phòng đã tổ chức 186 cuộc tuyên truyền.\n" + TAIL)
    assert record.issuer is not None
    assert (record.issuer.name, record.issuer.parent) == ("PHÒNG TƯ PHÁP", "UBND HUYỆN AN LẠC")


# ---- a PDF's two closing columns read line by line in turn ---------------------------------------------------------

INTERLEAVED_CLOSING = [
    ("Nơi nhận:\nKT. CHI CỤC TRƯỞNG\n- Như trên;\nPHÓ CHI CỤC TRƯỞNG\n- Sở Nông nghiệp và Môi trường (b/c);\n"
     "- Lãnh đạo Chi cục;\n(Đã ký)\n- Lưu: VT, TYDT.\nLâm Văn Tấn\n",
     ["Như trên", "Sở Nông nghiệp và Môi trường (b/c)", "Lãnh đạo Chi cục", "Lưu: VT, TYDT"],
     ("Lâm Văn Tấn", "Phó Chi cục trưởng", "KT. Chi cục trưởng")),
    ("Nơi nhận:\nGIÁM ĐỐC\n- Như trên;\n- UBND tỉnh (b/c);\n(Đã ký)\n- Lưu: VT.\nTrần Thị Hoa\n",
     ["Như trên", "UBND tỉnh (b/c)", "Lưu: VT"], ("Trần Thị Hoa", "Giám đốc", None)),
    # counter-case: the list first, then the signature, reads as before
    ("Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nTrần Thị Hoa\n",
     ["Như trên", "UBND tỉnh (b/c)", "Lưu: VT"], ("Trần Thị Hoa", "Phó Giám đốc", "KT. Giám đốc")),
]


@pytest.mark.parametrize(("closing", "distribution", "signer"), INTERLEAVED_CLOSING)
def test_interleaved_closing_columns(closing: str, distribution: list[str],
                                     signer: tuple[str, str, str | None]) -> None:
    body = "Đề nghị các đơn vị triển khai thực hiện./.\n\n"
    record = parse_text(REPORT.replace("BÁO CÁO", "CÔNG VĂN") + body + closing)
    assert [d.name for d in record.distribution] == distribution
    assert record.signer is not None
    assert (record.signer.name, record.signer.position, record.signer.authority) == signer


# ---- a bound that says which things a duty or a grant is for ------------------------------------------------------

SCOPING_BOUNDS = [
    ("Đối với các gói thầu có giá trị khối lượng thực hiện dưới 50% giá trị hợp đồng, yêu cầu nhà thầu bổ sung máy "
     "móc, nhân lực; phấn đấu giải ngân trên 95% kế hoạch vốn.", [(95, "%", "gt")]),
    ("Đối với các khoản tạm ứng từ 10 tỷ đồng trở lên đã quá 06 tháng, có văn bản giải trình gửi Kho bạc.", []),
    ("Xã đạt chuẩn khi có tổng số điểm từ 80 điểm trở lên và không có chỉ tiêu nào dưới 50% số điểm tối đa.", []),
    ("Điều kiện hỗ trợ: hộ có tối thiểu 03 phòng nghỉ hoặc diện tích sàn đón khách từ 60 m² trở lên.", []),
    # counter-cases: a bound planned after the "Đối với" phrase's comma, or with no "có" and no "trở lên" in it
    ("Đối với các xã có tỷ lệ hộ nghèo trên 10%, phấn đấu giảm ít nhất 3% số hộ nghèo.", [(3, "%", "gte")]),
    ("Đối với vốn đầu tư công năm 2029 phấn đấu giải ngân tối thiểu 95% kế hoạch.", [(95, "%", "gte")]),
    ("Năm 2030, hỗ trợ tối thiểu 30 hộ làm homestay.", [(30, "hộ", "gte")]),
]


@pytest.mark.parametrize(("body", "figures"), SCOPING_BOUNDS)
def test_a_bound_naming_what_a_duty_is_for_is_no_quantity(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(PLAN, body) == figures


# ---- a specification word does not reach a later clause that plans; a project's numbered component is a name -------

PLANNED_AFTER_SPEC = [
    ("Sở hướng dẫn thủ tục nâng công suất các mỏ cát đã cấp phép, bảo đảm cung ứng thêm ít nhất 800.000 m3 cát "
     "đắp nền trong quý I năm 2030.", [(800000, "m3", "gte")]),
    ("Đoàn kiểm tra tiến độ Dự án thành phần 3 đường cao tốc Châu Đốc - Cần Thơ; đã bàn giao 56,8 km mặt bằng.",
     [(56.8, "km", "eq")]),
    # counter-cases: a specification's figures in its own clauses; a count of components
    ("Máy bơm có công suất 50 kW, lưu lượng 1.200 m3/giờ.", []),
    ("Dự án gồm 3 dự án thành phần, tổng vốn 5.000 tỷ đồng.", [(3, "dự án", "eq"), (5000000000000, "đồng", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), PLANNED_AFTER_SPEC)
def test_a_planned_clause_and_a_component_name(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(PLAN, body) == figures


# ---- a crop calendar's sowing column in a tab table -----------------------------------------------------------------

CROP_CALENDARS = [
    ("Lịch thời vụ:\nTT\tCây trồng\tThời gian xuống giống\n1\tLúa\tTừ 05/12 đến 25/12/2029\n"
     "2\tNgô, hành, tỏi\tTừ 10/12 đến 31/12/2029\n",
     [("2029-12-05", "2029-12-25"), ("2029-12-10", "2029-12-31")]),
    ("Lịch thời vụ:\nTT\tCây trồng\tThời gian gieo sạ\n1\tLúa Đông Xuân\tTừ 25/12/2029 đến 10/01/2030\n",
     [("2029-12-25", "2030-01-10")]),
    # counter-case: a plan's timeline of tasks holds no event
    ("Tiến độ:\nTT\tNội dung\tThời gian\tĐơn vị thực hiện\n1\tRà soát diện tích\tTừ 05/12 đến 25/12/2029\tUBND xã\n",
     []),
]


@pytest.mark.parametrize(("table", "events"), CROP_CALENDARS)
def test_a_crop_calendar_gives_the_season_s_days(table: str, events: list[tuple[str, str]]) -> None:
    record = parse_text(PLAN + table + TAIL)
    assert [(e.date, e.end) for e in record.events] == events


# ---- a weather phase forecast is no phase of a campaign ----------------------------------------------------------

WEATHER_PHASES = [
    ("Theo Đài Khí tượng Thủy văn tỉnh, từ ngày 28/12/2029 đến ngày 31/12/2029 vùng ven biển và các sông chính của "
     "tỉnh xuất hiện đợt triều cường cao, kết hợp gió chướng mạnh cấp 5, đỉnh triều dự báo tại một số trạm như sau:\n",
     []),
    # counter-case: a campaign's phase over days is an event
    ("Tổ chức ra quân đợt 1 từ ngày 05/01/2030 đến ngày 30/01/2030 tại các xã.\n", [("2030-01-05", "2030-01-30")]),
]


@pytest.mark.parametrize(("body", "events"), WEATHER_PHASES)
def test_a_weather_phase_is_no_event(body: str, events: list[tuple[str, str]]) -> None:
    record = parse_text(PLAN + body + TAIL)
    assert [(e.date, e.end) for e in record.events] == events
