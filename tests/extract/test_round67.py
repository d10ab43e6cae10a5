"""Heldout round 67 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

LETTERHEAD = ("UBND TỈNH AN HÒA\nTRƯỜNG CAO ĐẲNG KỸ THUẬT AN HÒA\nSố: 58/TB-CĐKT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\nAn Hòa, ngày 02 tháng 4 năm 2032\nTHÔNG BÁO\nTuyển sinh năm 2032\n"
              "Nhà trường thông báo tuyển sinh năm 2032 như sau:\n1. Chỉ tiêu: 450 sinh viên.\n")
CLOSING = "Nơi nhận:\n- Sở Giáo dục và Đào tạo;\n- Lưu: VT.\nHIỆU TRƯỞNG\nLê Văn Bình\n"

WEB_TOP = [
    # a web page's banner, menus and tool bar above the letterhead: a tool bar ending in a search box's "..."
    # is no sentence of the body (fixed: 'Đăng nhập | English | Tìm kiếm...', h747)
    "TRƯỜNG CAO ĐẲNG KỸ THUẬT AN HÒA\nTrang chủ | Giới thiệu | Tuyển sinh | Liên hệ\nĐăng nhập | English | Tìm kiếm...\n",
    "TRƯỜNG CAO ĐẲNG KỸ THUẬT AN HÒA\nTìm kiếm | Sơ đồ site | Đăng nhập...\nTrang chủ > Tuyển sinh\n",
    # counter-cases: a menu without the "...", and no menu at all, read as before
    "TRƯỜNG CAO ĐẲNG KỸ THUẬT AN HÒA\nTrang chủ | Giới thiệu | Tuyển sinh | Liên hệ\n",
    "",
]


@pytest.mark.parametrize("top", WEB_TOP)
def test_a_web_menu_above_the_letterhead_ends_no_header(top: str) -> None:
    rec = parse_text(top + LETTERHEAD + CLOSING)
    assert rec.number is not None and rec.number.normalized == "58/TB-CĐKT"
    assert rec.issued_date == "2032-04-02"
    assert rec.subject == "Tuyển sinh năm 2032"


def test_a_sentence_ending_in_dots_still_ends_the_header() -> None:
    # counter-case: prose ending in "..." after the letterhead is the body's, not a menu
    rec = parse_text(LETTERHEAD.replace("Tuyển sinh năm 2032\n", "Tuyển sinh năm 2032\n"
                                        "Nhà trường thông báo tới các em học sinh và phụ huynh...\n") + CLOSING)
    assert rec.subject == "Tuyển sinh năm 2032"


REPORT = ("UBND TỈNH AN HÒA\nSỞ CÔNG THƯƠNG\nSố: 41/BC-SCT\nAn Hòa, ngày 10 tháng 01 năm 2032\nBÁO CÁO\n"
          "Kết quả năm 2031\nKính gửi: UBND tỉnh.\n")
SIGNED = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n"


def _report_figures(body: str) -> list[tuple[float, str]]:
    return sorted((q.value, (q.unit or "").split()[0]) for q in parse_text(REPORT + body + SIGNED).quantities)


RULES = ("KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC KHU VỰC IX\nSố: 01/QC-KBKV9\nAn Hòa, ngày 08 tháng 01 năm 2032\n"
         "QUY CHẾ\nChi tiêu nội bộ năm 2032\n")


def _rule_figures(body: str, head: str = RULES) -> list[tuple[float, str]]:
    return sorted((q.value, (q.unit or "").split()[0]) for q in parse_text(head + body).quantities)


NORM_RATES = [
    # in a rule text a sum per day, month or hour is an allowance or spending norm, and its clause's bounds go with
    # it (fixed: h743)
    ("Điều 5. Công tác phí\n1. Phụ cấp lưu trú: 300.000 đồng/ngày đối với đi công tác ngoài tỉnh; 200.000 đồng/ngày "
     "đối với đi công tác trong tỉnh, cách trụ sở từ 15 km trở lên.\n", []),
    ("Điều 6. Mức khoán cước điện thoại: Giám đốc 500.000 đồng/tháng; Phó Giám đốc 400.000 đồng/tháng.\n", []),
    ("Điều 7. Khoán công tác phí 500.000 đồng/người/tháng cho công chức đi cơ sở từ 10 ngày/tháng trở lên.\n", []),
    # counter-cases: a support level the rule sets stays a target, as do its own targets and sums per thing
    ("Điều 8. Hỗ trợ 500.000 đồng/người/tháng cho công chức tập sự.\n", [(500000, "đồng/người")]),
    ("Điều 2. Phấn đấu tiết kiệm tối thiểu 8% kinh phí được giao; giảm ít nhất 5% lượng điện năng tiêu thụ.\n",
     [(8, "%"), (5, "%")]),
    ("Điều 9. Mức hỗ trợ 44 triệu đồng/hộ đối với xây mới nhà ở.\n", [(44000000, "đồng/hộ")]),
]


@pytest.mark.parametrize(("body", "figures"), NORM_RATES)
def test_a_sum_per_day_or_month_in_rules_is_a_norm(body: str, figures: list[tuple[float, str]]) -> None:
    assert _rule_figures(body) == sorted(figures)


def test_a_sum_per_month_in_a_plan_is_no_norm_of_rules() -> None:
    # counter-case: outside a rule text a sum per month is what the document plans
    plan = RULES.replace("01/QC-KBKV9", "01/KH-KBKV9").replace("QUY CHẾ", "KẾ HOẠCH")
    assert _rule_figures("1. Chi trả 1.200.000 đồng/tháng cho 12 cộng tác viên.\n", plan) == \
        sorted([(1200000, "đồng/tháng"), (12, "cộng")])


REPORT_FIGURES = [
    # others' average opening a bracket with its verb is theirs, no figure of the report (fixed: h749)
    ("Đã giải ngân 5.126 tỷ đồng, đạt 58,4% kế hoạch (bình quân cả nước đạt 61,2%).",
     [(5126000000000, "đồng", "eq"), (58.4, "%", "eq")]),
    ("Tỷ lệ hộ dùng nước sạch đạt 92% (trung bình toàn tỉnh là 88%).", [(92, "%", "eq")]),
    # counter-cases: the report's own figure of a year before in brackets counts (h556), as a figure without an average
    ("Đã thi hành xong 31,7 tỷ đồng, đạt 18,5% (cùng kỳ đạt 16,2%).",
     [(31700000000, "đồng", "eq"), (18.5, "%", "eq"), (16.2, "%", "eq")]),
    ("Đã kiểm tra 46 cơ sở (đạt 115% kế hoạch).", [(46, "cơ", "eq"), (115, "%", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), REPORT_FIGURES)
def test_report_figures(body: str, figures: list[tuple[float, str, str]]) -> None:
    got = parse_text(REPORT + body + SIGNED).quantities
    assert sorted((q.value, (q.unit or "").split()[0], q.comparator) for q in got) == sorted(figures)


SCAN_TOP = ("KHO BẠC NHÀ NƯỚC               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "KHO BẠC NHÀ NƯỚC KHU VỰC IX           Độc lập - Tự do - Hạnh phúc\n"
            "Số: 512/BC-KBKV9                 An Hòa, ngày 06 tháng 10 năm 2032\n")
SCAN_BODY = "\n           Kính gửi: Kho bạc Nhà nước.\n\n     Kho bạc báo cáo như sau: đã kiểm soát 120 hồ sơ.\n" + SIGNED

STAMPED_TITLES = [
    # a received stamp left of the title: its 'Ngày:' field and the type word on one line, the trích yếu under it
    # (fixed: h749)
    "           ĐẾN  Số: 2141\n           Ngày: 07/10/2032                BÁO CÁO\n"
    "    Kết quả kiểm soát chi ngân sách nhà nước quý III năm 2032\n",
    "           CÔNG VĂN ĐẾN\n           Số: 2141    Ngày: 07/10/2032        BÁO CÁO\n"
    "    Kết quả kiểm soát chi ngân sách nhà nước quý III năm 2032\n",
    # counter-case: a stamp of its own lines above the title
    "           ĐẾN  Số: 2141\n           Ngày: 07/10/2032\n\n                                 BÁO CÁO\n"
    "    Kết quả kiểm soát chi ngân sách nhà nước quý III năm 2032\n",
]


@pytest.mark.parametrize("stamped", STAMPED_TITLES)
def test_a_title_beside_a_received_stamp_keeps_its_subject(stamped: str) -> None:
    rec = parse_text(SCAN_TOP + stamped + SCAN_BODY)
    assert rec.subject == "Kết quả kiểm soát chi ngân sách nhà nước quý III năm 2032"
    assert rec.number is not None and rec.number.normalized == "512/BC-KBKV9"


def test_a_routing_note_under_a_stamp_is_still_the_stamps() -> None:
    # counter-case: a routing note under the stamp's fields, with no type word beside them, is no trích yếu
    rec = parse_text(SCAN_TOP + "           ĐẾN  Số: 2141\n           Ngày: 07/10/2032\n           Giao P. KSC tham mưu\n"
                     "\n                                 BÁO CÁO\n    Kết quả quý III năm 2032\n" + SCAN_BODY)
    assert rec.subject == "Kết quả quý III năm 2032"


PLAN = "TRƯỜNG CAO ĐẲNG Y TẾ AN HÒA\nSố: 15/KH-CĐYT\nAn Hòa, ngày 24 tháng 6 năm 2032\nKẾ HOẠCH\nThực tập năm 2032\n"
PLAN_END = "\nNơi nhận:\n- Lưu: VT.\nHIỆU TRƯỞNG\nLê Văn Bình\n"

PRACTICE = [
    # a practice placement held over days is an event (fixed: 'Sinh viên thực tập tại cơ sở từ ngày 10/8 đến hết ngày
    # 02/10/2032', h750)
    ("2. Sinh viên thực tập tại cơ sở từ ngày 10/8 đến hết ngày 02/10/2032.", [("2032-08-10", "2032-10-02")], []),
    ("2. Sinh viên thực tập tại bệnh viện từ ngày 10/8 đến ngày 02/10/2032.", [("2032-08-10", "2032-10-02")], []),
    # counter-cases: a report or a list on the practice due by a day stays a deadline
    ("3. Giảng viên gửi báo cáo kết quả thực tập về Phòng Đào tạo trước ngày 20/10/2032.", [], ["2032-10-20"]),
    ("4. Các khoa nộp danh sách sinh viên thực tập trước ngày 20/7/2032.", [], ["2032-07-20"]),
]


@pytest.mark.parametrize(("line", "events", "deadlines"), PRACTICE)
def test_a_practice_placement_over_days_is_an_event(line: str, events: list[tuple[str, str]],
                                                   deadlines: list[str]) -> None:
    rec = parse_text(PLAN + line + PLAN_END)
    assert [(e.date, e.end) for e in rec.events] == events
    assert [d.due for d in rec.deadlines] == deadlines


CABLE = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 07/CĐ-UBND\nAn Hòa, ngày 18 tháng 3 năm 2032\nCÔNG ĐIỆN\nVề việc ứng phó hạn hán\n"
         "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN HÒA điện:\n- Chủ tịch UBND các xã.\nChủ tịch UBND tỉnh yêu cầu:\n")
CABLE_END = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình\n"

CABLE_ORDERS = [
    # a công điện's order to install things is an amount it orders put in place (fixed: h748)
    ("- Hoàn thành lắp đặt 35 bồn chứa nước tập trung tại các khu dân cư trước ngày 31/3/2032.", [(35, "bồn")]),
    ("- Lắp đặt 12 trạm bơm dã chiến tại các xã thiếu nước.", [(12, "trạm")]),
    # counter-case: a figure with no order's verb or cue in a công điện stays unread
    ("- Theo dõi sát 35 hồ chứa nước trên địa bàn.", []),
]


@pytest.mark.parametrize(("line", "figures"), CABLE_ORDERS)
def test_a_cables_order_to_install_is_counted(line: str, figures: list[tuple[float, str]]) -> None:
    rec = parse_text(CABLE + line + CABLE_END)
    assert [(q.value, (q.unit or "").split()[0]) for q in rec.quantities] == figures
