"""The thirty-sixth heldout round's failure classes (invented documents, with counter-cases): a damage word right
after a classifier read as its noun ("11 con chết"), the share incidents make of all ("chiếm 45,3% tổng số vụ"),
and a road's number after a two-word road name ("đường tỉnh 290 kéo dài")."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT_HEAD = ("UBND TỈNH LÀO CAI                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG              Độc lập - Tự do - Hạnh phúc\n"
               "Số: 77/BC-SNNMT                       Lào Cai, ngày 10 tháng 3 năm 2029\n\n"
               "                              BÁO CÁO\n"
               "              Kết quả công tác năm 2028\n\n")
REPORT_TAIL = ("\nNơi nhận:                                   KT. GIÁM ĐỐC\n"
               "- UBND tỉnh (b/c);                          PHÓ GIÁM ĐỐC\n"
               "- Lưu: VT.                                  Trần Văn Bình\n")


def _counts(body: str) -> list[tuple[float, str]]:
    rec = parse_text(REPORT_HEAD + body + REPORT_TAIL)
    # the unit's first word, as scoring pairs units ("con trâu" is "con")
    return [(q.value, (q.unit or "").split()[0]) for q in rec.quantities]


# ---- a damage word right after a classifier is no noun of it ------------------------------------------------------

CLASSIFIER_DAMAGE = [
    ("Năm 2028, bệnh Viêm da nổi cục làm 40 con trâu, bò mắc bệnh, trong đó 7 con chết và buộc tiêu hủy.\n", []),
    ("Bệnh Lở mồm long móng xảy ra rải rác tại 2 xã với 18 con mắc bệnh.\n", []),
    ("Đợt rét đậm làm 25 con chết do đói rét.\n", []),
    # counter-cases: a classifier's own noun is read as before; help to those hit is no damage
    ("Đã tiêm phòng cho 3.000 con trâu, bò trong diện tiêm.\n", [(3000, "con")]),
    ("Hỗ trợ 20 con giống cho các hộ nghèo.\n", [(20, "con")]),
    ("Đã cấp 500 liều vắc xin cho các xã.\n", [(500, "liều")]),
]


@pytest.mark.parametrize(("body", "expected"), CLASSIFIER_DAMAGE)
def test_a_damage_word_after_a_classifier_is_damage(body: str, expected: list[tuple[float, str]]) -> None:
    assert _counts("I. KẾT QUẢ\n" + body) == expected


# ---- the share the incidents make of all ----------------------------------------------------------------------------

INCIDENT_SHARES = [
    ("Năm 2028 xảy ra 86 vụ cháy; trong đó 39 vụ xảy ra tại nhà ở kết hợp sản xuất, kinh doanh, "
     "chiếm 45,3% tổng số vụ.\n", []),
    ("Số ca mắc tại huyện Bát Xát chiếm khoảng 30% số ca mắc toàn tỉnh.\n", []),
    # counter-cases: a share of something else, a share of incidents handled (no "chiếm") stay
    ("Nông nghiệp chiếm 42,1% tổng giá trị sản xuất.\n", [(42.1, "%")]),
    ("Đã điều tra, làm rõ 85% số vụ án.\n", [(85, "%")]),
    ("Đoàn viên chiếm 60% số người tham gia.\n", [(60, "%")]),
]


@pytest.mark.parametrize(("body", "expected"), INCIDENT_SHARES)
def test_the_share_incidents_make_is_no_count(body: str, expected: list[tuple[float, str]]) -> None:
    assert _counts("I. KẾT QUẢ\n" + body) == expected


# ---- a road's number after a road name --------------------------------------------------------------------------------

ROAD_NUMBERS = [
    ("Khởi công dự án đường tỉnh 290 kéo dài trong năm 2029.\n", []),
    ("Hoàn thành nâng cấp Quốc lộ 279 đoạn qua thị trấn.\n", []),
    ("Thảm nhựa tỉnh lộ 153 đoạn qua xã Bảo Nhai.\n", []),
    ("Cải tạo đường huyện 15 nối hai xã.\n", []),
    # counter-cases: lengths of roads are counts
    ("Đã làm mới 12 km đường huyện, 3 km đường tỉnh.\n", [(12, "km"), (3, "km")]),
    ("Nâng cấp 25 km quốc lộ qua địa bàn.\n", [(25, "km")]),
]


@pytest.mark.parametrize(("body", "expected"), ROAD_NUMBERS)
def test_a_road_number_is_no_count(body: str, expected: list[tuple[float, str]]) -> None:
    assert _counts("I. KẾT QUẢ\n" + body) == expected


# ---- a resolution's budget section: the amounts planned ------------------------------------------------------------

RESOLUTION_HEAD = ("HỘI ĐỒNG NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "TỈNH KON TUM                              Độc lập - Tự do - Hạnh phúc\n"
                   "Số: 31/2029/NQ-HĐND                  Kon Tum, ngày 09 tháng 12 năm 2029\n\n"
                   "NGHỊ QUYẾT\nVề dự toán ngân sách địa phương năm 2030\n\n"
                   "HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM\nKHÓA XIII, KỲ HỌP THỨ CHÍN\n\n"
                   "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n\nQUYẾT NGHỊ:\n\n")
RESOLUTION_TAIL = ("\nNơi nhận:\n- Chính phủ;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nA Pơ Nin\n")

BUDGET_SECTIONS = [
    ("Điều 1. Dự toán ngân sách nhà nước năm 2030\n1. Tổng thu ngân sách nhà nước trên địa bàn: 4.120 tỷ đồng.\n"
     "2. Tổng chi ngân sách địa phương: 9.860 tỷ đồng.\n",
     [(4120e9, "đồng", "target"), (9860e9, "đồng", "target")]),
    ("Điều 1. Dự toán thu, chi ngân sách địa phương\na) Thu nội địa: 3.900 tỷ đồng;\nb) Chi đầu tư phát triển: "
     "2.015 tỷ đồng.\n", [(3900e9, "đồng", "target"), (2015e9, "đồng", "target")]),
    # counter-cases: a resolution's section of another kind keeps its figures unread; a budget named in a
    # sentence is no heading
    ("Điều 1. Phạm vi điều chỉnh\n1. Tổng thu ngân sách nhà nước trên địa bàn: 4.120 tỷ đồng.\n", []),
    ("Điều 1. Điều chỉnh một số nội dung\nGiữ nguyên dự toán ngân sách nhà nước năm 2030 là 4.120 tỷ đồng.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), BUDGET_SECTIONS)
def test_a_resolution_budget_section_plans_its_amounts(body: str, expected: list[tuple[float, str, str]]) -> None:
    rec = parse_text(RESOLUTION_HEAD + body + RESOLUTION_TAIL)
    assert [(q.value, q.unit, q.kind) for q in rec.quantities] == expected


# ---- a Kính gửi list run inline after its label --------------------------------------------------------------------

LETTER_HEAD = ("UBND TỈNH QUẢNG BÌNH               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "SỞ NỘI VỤ                                  Độc lập - Tự do - Hạnh phúc\n"
               "Số: 845/SNV-CCVC                  Đồng Hới, ngày 14 tháng 8 năm 2028\n"
               "V/v báo cáo số lượng viên chức năm 2028\n")
LETTER_BODY = "Sở Nội vụ đề nghị các đơn vị báo cáo số lượng viên chức theo mẫu đính kèm.\n"
LETTER_TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT, CCVC.\nGIÁM ĐỐC\nLê Minh Hải\n"

INLINE_ADDRESSEES = [
    ("Kính gửi: Sở Tài chính; Sở Tư pháp; UBND các huyện, thị xã, thành phố.\n",
     ["Sở Tài chính", "Sở Tư pháp", "UBND các huyện, thị xã, thành phố"]),
    ("Kính gửi: Ủy ban Hội các huyện; Hội Sinh viên Việt Nam tỉnh.\n",
     ["Ủy ban Hội các huyện", "Hội Sinh viên Việt Nam tỉnh"]),
    # counter-cases: one addressee inline, a ";" inside brackets, a list item's own line holding two are as before
    ("Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.\n", ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
    ("Kính gửi: Các trường học (công lập; tư thục) trên địa bàn.\n", ["Các trường học (công lập; tư thục) trên địa bàn"]),
    ("Kính gửi:\n- Giám đốc Sở Tài chính;\n- Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Giám đốc Công an tỉnh;\n",
     ["Giám đốc Sở Tài chính", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Giám đốc Công an tỉnh"]),
]


@pytest.mark.parametrize(("block", "expected"), INLINE_ADDRESSEES)
def test_an_inline_addressee_list_is_split(block: str, expected: list[str]) -> None:
    rec = parse_text(LETTER_HEAD + block + LETTER_BODY + LETTER_TAIL)
    assert [r.name for r in rec.recipients] == expected


# ---- a year carried over is no moved occasion; "chậm nhất đến (hết) ngày" is a by-when ----------------------------

GUIDE_HEAD = ("UBND TỈNH BẮC NINH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "SỞ TÀI CHÍNH                            Độc lập - Tự do - Hạnh phúc\n"
              "Số: 4012/HD-STC                   Bắc Ninh, ngày 05 tháng 12 năm 2029\n\n"
              "HƯỚNG DẪN\nKhóa sổ kế toán và quyết toán ngân sách năm 2029\n\n")
GUIDE_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT, QLNS.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Đức\n"

CARRIED_OVER = [
    ("Các khoản kinh phí chuyển nguồn sang năm 2030 được tiếp tục sử dụng theo quy định.\n", []),
    ("Số dư tạm ứng được chuyển sang năm 2030 để thanh toán.\n", []),
    # counter-cases: an occasion moved to a day or a month is held then
    ("Hội nghị tập huấn được chuyển sang ngày 27/12/2029 tại Hội trường Sở.\n", ["2029-12-27"]),
    ("Hội thi được lùi sang tháng 3/2030.\n", ["2030-03"]),
]


@pytest.mark.parametrize(("body", "expected"), CARRIED_OVER)
def test_a_year_carried_over_is_no_event(body: str, expected: list[str]) -> None:
    rec = parse_text(GUIDE_HEAD + body + GUIDE_TAIL)
    assert [e.date for e in rec.events] == expected


LATEST_DAYS = [
    ("Hồ sơ, chứng từ thanh toán gửi Kho bạc Nhà nước chậm nhất đến hết ngày 26/12/2029.\n", ["2029-12-26"]),
    ("Các đơn vị gửi báo cáo về Sở Tài chính chậm nhất đến ngày 20/12/2029.\n", ["2029-12-20"]),
    # counter-cases: the cues read before stay ("chậm nhất ngày", "trước ngày")
    ("Các đơn vị gửi báo cáo về Sở Tài chính chậm nhất ngày 20/12/2029.\n", ["2029-12-20"]),
    ("Các đơn vị gửi báo cáo về Sở Tài chính trước ngày 15/12/2029.\n", ["2029-12-15"]),
]


@pytest.mark.parametrize(("body", "expected"), LATEST_DAYS)
def test_the_latest_day_reached_is_a_deadline(body: str, expected: list[str]) -> None:
    rec = parse_text(GUIDE_HEAD + body + GUIDE_TAIL)
    assert [d.due for d in rec.deadlines] == expected


# ---- a second daily report time repeating its cue --------------------------------------------------------------

DISPATCH_HEAD = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "     CHI CỤC THỦY LỢI                     Độc lập - Tự do - Hạnh phúc\n"
                 "Số: 09/CĐ-CCTL                      Thanh Hóa, ngày 02 tháng 10 năm 2029\n\n"
                 "CÔNG ĐIỆN\nVề việc bảo đảm an toàn hồ đập trước bão số 7\n\n"
                 "CHI CỤC TRƯỞNG CHI CỤC THỦY LỢI điện:\n- Ban Quản lý các hồ chứa nước;\n- Các Hạt Quản lý đê.\n\n")
DISPATCH_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHI CỤC TRƯỞNG\nLê Văn Tâm\n"

DAILY_TIMES = [
    ("1. Ban Quản lý các hồ chứa báo cáo mực nước hồ về Chi cục trước 07 giờ 00 và trước 15 giờ 00 hằng ngày.\n",
     ["07:00", "15:00"]),
    ("1. Các Hạt báo cáo tình hình đê điều trước 6 giờ, trước 11 giờ và trước 16 giờ hằng ngày.\n",
     ["06:00", "11:00", "16:00"]),
    # counter-cases: the joined times without a repeated cue, and a single time, as before
    ("1. Ban Quản lý các hồ chứa báo cáo về Chi cục trước 07 giờ 00 và 15 giờ 00 hằng ngày.\n", ["07:00", "15:00"]),
    ("1. Ban Quản lý các hồ chứa báo cáo về Chi cục trước 15 giờ 00 hằng ngày.\n", ["15:00"]),
]


@pytest.mark.parametrize(("body", "expected"), DAILY_TIMES)
def test_each_daily_time_is_a_recurring_deadline(body: str, expected: list[str]) -> None:
    rec = parse_text(DISPATCH_HEAD + body + DISPATCH_TAIL)
    assert sorted(d.recurrence.time for d in rec.deadlines if d.recurrence and d.recurrence.freq == "daily") \
        == expected


# ---- a by-when's clock time "cùng ngày" -------------------------------------------------------------------------

NOTICE_HEAD = ("UBND TỈNH QUẢNG NAM                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "SỞ CÔNG THƯƠNG                          Độc lập - Tự do - Hạnh phúc\n"
               "Số: 1402/TB-SCT                    Quảng Nam, ngày 10 tháng 11 năm 2029\n\n"
               "THÔNG BÁO\nLịch tổ chức Hội nghị khuyến công năm 2029\n\n")
NOTICE_TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Minh Đức\n"

SAME_DAY = [
    ("Hội nghị tổ chức vào lúc 14 giờ 00 ngày 22/11/2029 tại Hội trường Sở. Đề nghị đại biểu có mặt trước 13 giờ 30 "
     "cùng ngày để nhận tài liệu.\n", ["2029-11-22T14:00"], ["2029-11-22T13:30"]),
    ("Hội nghị tổ chức vào lúc 8 giờ 00 ngày 05/12/2029; các đơn vị gửi tham luận chậm nhất là 7 giờ 00 cùng ngày.\n",
     ["2029-12-05T08:00"], ["2029-12-05T07:00"]),
    # counter-cases: a second sitting's or a done thing's hour that day is no occasion of its own
    ("Hội nghị tổ chức vào lúc 14 giờ 00 ngày 22/11/2029 (đón tiếp đại biểu lúc 13 giờ 30 cùng ngày).\n",
     ["2029-11-22T14:00"], []),
]


@pytest.mark.parametrize(("body", "events", "deadlines"), SAME_DAY)
def test_a_by_when_on_the_same_day(body: str, events: list[str], deadlines: list[str]) -> None:
    rec = parse_text(NOTICE_HEAD + body + NOTICE_TAIL)
    assert [e.date for e in rec.events] == events
    assert [d.due for d in rec.deadlines] == deadlines
