"""The quantity leftovers of heldout rounds 53-58 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 88/BC-UBND\nB, ngày 05 tháng 12 năm 2029\n\nBÁO CÁO\n"
          "Tình hình thực hiện nhiệm vụ năm 2029\n\n1. Kết quả\n")
PLAN = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 12/KH-UBND\nB, ngày 05 tháng 12 năm 2029\n\nKẾ HOẠCH\n"
        "Thực hiện nhiệm vụ năm 2030\n\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thạnh\n"


def _figures(head: str, body: str) -> list[tuple[float, str]]:
    return [(float(q.value), q.unit or "") for q in parse_text(head + body + TAIL).quantities]


# ---- what the units could not do: "còn N <units> không ...", the units named in a bracket first -------------------

COULD_NOT = [
    ("Tỷ lệ phiếu tự cung cấp đạt 81,2%; còn 175 doanh nghiệp không liên lạc được.", [(81.2, "%")]),
    ("- Có 03 chi hội (chi hội Đông, chi hội Tây, chi hội Nam) không phát triển được hội viên mới trong năm.", []),
    ("Có 02 chi đoàn không tổ chức sinh hoạt định kỳ.", []),
    # counter-cases: what was done; a category or a noun opening with "không"; a plan to cut the shortfall
    ("Đã liên lạc được với 175 doanh nghiệp.", [(175, "doanh nghiệp")]),
    ("Có 12 cán bộ không chuyên trách tham gia lớp tập huấn.", [(12, "cán bộ")]),
    ("Có 3 điểm không gian xanh mới được xây dựng.", [(3, "điểm")]),
]


@pytest.mark.parametrize(("body", "figures"), COULD_NOT)
def test_what_the_units_could_not_do_is_a_shortcoming(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- what an inspection finds still left, and the parts of a count the state counts -------------------------------

FOUND_LEFT = [
    ("Qua kiểm tra, còn 41,5 km mặt đường hư hỏng nặng, 18 cầu yếu cần cắm biển hạn chế tải trọng.", []),
    ("Hiện còn 58 công trình đã hoàn thành, đưa vào sử dụng nhưng chưa quyết toán, trong đó 17 công trình chậm quá "
     "24 tháng.", []),
    # counter-cases: what an inspection led to; what was done after the state's clause
    ("Qua kiểm tra, đã xử phạt 18 cơ sở kinh doanh.", [(18, "cơ sở")]),
    ("Hiện xã có 120 hộ nghèo, đã hỗ trợ 40 hộ làm nhà mới.", [(40, "hộ")]),
]


@pytest.mark.parametrize(("body", "figures"), FOUND_LEFT)
def test_what_an_inspection_finds_left_is_the_state(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a low rating under a heading of shortcomings --------------------------------------------------------------------

LOW_RATING = [
    ("2. Hạn chế: một số chi đoàn sinh hoạt chưa đều, 04 cơ sở Đoàn xếp loại\ntrung bình.\n3. Nhiệm vụ năm 2031: "
     "kết nạp 500 đoàn viên mới.", [(500, "đoàn viên")]),
    ("2. Tồn tại, hạn chế: 03 chi hội xếp loại yếu.\n3. Nhiệm vụ năm 2031: phát triển 200 hội viên.", [(200, "hội viên")]),
    # counter-case: a rating reported as what the units achieved
    ("Trong năm, 45 chi bộ xếp loại hoàn thành tốt nhiệm vụ.", [(45, "chi bộ")]),
]


@pytest.mark.parametrize(("body", "figures"), LOW_RATING)
def test_a_low_rating_among_shortcomings_is_no_result(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- "vượt" joined to a verb of reaching: the targets reached, no "more than" ----------------------------------------

REACHED_AND_PASSED = [
    ("Năm 2030, các cơ sở Đoàn đã hoàn thành và vượt 8/10 chỉ tiêu Nghị quyết giao.", "eq"),
    ("Phong trào đạt và vượt 5/6 chỉ tiêu đề ra.", "eq"),
    # counter-case: "vượt" alone before an amount is "more than"
    ("Doanh thu du lịch vượt 200 tỷ đồng.", "gt"),
]


@pytest.mark.parametrize(("body", "comparator"), REACHED_AND_PASSED)
def test_reached_and_passed_counts_the_targets(body: str, comparator: str) -> None:
    assert parse_text(REPORT + body + TAIL).quantities[0].comparator == comparator


# ---- days, hours and minutes counted: a training's span, a processing time's average or planned cut, a stock's -----

DECISION = ("UBND TỈNH A\nĐÀI PHÁT THANH VÀ TRUYỀN HÌNH\nSố: 37/QĐ-PTTH\nA, ngày 06 tháng 01 năm 2030\n\nQUYẾT ĐỊNH\n"
            "Về việc giao dự toán năm 2030\n\nQUYẾT ĐỊNH:\n")
SPANS = [
    (PLAN, "1. Dân quân năm thứ nhất huấn luyện 15 ngày; dân quân năm thứ hai trở đi huấn luyện 12 ngày.",
     [(15, "ngày"), (12, "ngày")]),
    (PLAN, "2. Dự trữ thức ăn thô xanh, thức ăn tinh bảo đảm tối thiểu 30 ngày cho mỗi con trâu, bò.", [(30, "ngày")]),
    (PLAN, "3. Phấn đấu rút ngắn thời gian thẩm định hồ sơ xuống không quá 5 ngày làm việc.", [(5, "ngày")]),
    (PLAN, "4. Phấn đấu giảm thời gian chờ khám bình quân xuống dưới 40 phút.", [(40, "phút")]),
    (REPORT, "Thời gian thẩm định bình quân 6,5 ngày/hồ sơ, giảm 3 ngày so với năm 2028.",
     [(6.5, "ngày/hồ sơ"), (3, "ngày")]),
    (DECISION, "Điều 1. Giao dự toán chi năm 2030 như sau:\n- Kinh phí đặt hàng sản xuất chương trình: 25.120 triệu "
     "đồng, tương ứng 4.015 giờ phát sóng truyền hình và 3.200 giờ phát thanh;\n",
     [(25120e6, "đồng"), (4015, "giờ phát sóng"), (3200, "giờ phát thanh")]),
    # counter-cases: a deadline's span, an occasion's length, a time of day, a rule's term
    (PLAN, "5. Các đơn vị báo cáo trong thời hạn 07 ngày kể từ ngày kết thúc đợt kiểm tra.", []),
    (PLAN, "6. Lễ hội diễn ra trong 04 ngày. Thời gian: 02 ngày. Gửi báo cáo trước 16 giờ ngày 12/3/2030.", []),
    (PLAN, "7. Đăng ký với Ban Tổ chức chậm nhất 02 ngày trước ngày thi đấu.", []),
]


@pytest.mark.parametrize(("head", "body", "figures"), SPANS)
def test_days_and_hours_counted_as_work(head: str, body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(head, body) == figures


# ---- a công điện's narrative: the patrols held and the fines imposed, told after a semicolon ------------------------

TELEGRAM = ("CÔNG AN TỈNH A\nSố: 04/CĐ-CAT\nA, ngày 20 tháng 01 năm 2030\n\nCÔNG ĐIỆN\nVề việc bảo đảm an ninh, trật "
            "tự dịp Tết\n\nGIÁM ĐỐC CÔNG AN TỈNH điện:\n- Trưởng Công an các xã, phường.\n\n")
ORDERS = "\n\nĐể bảo đảm an ninh, Giám đốc Công an tỉnh yêu cầu:\n1. Các đơn vị tăng cường tuần tra, kiểm soát."
NARRATIVE = [
    ("Trong dịp Tết năm 2029, lực lượng Công an toàn tỉnh đã bắt giữ 41 vụ/66 đối tượng tàng trữ pháo nổ, thu giữ 215 kg "
     "pháo; tổ chức 940 ca tuần tra, kiểm soát; xử lý 2.180 trường hợp vi phạm, phạt tiền 3,15 tỷ đồng.",
     [(41, "vụ"), (66, "đối tượng"), (215, "kg"), (940, "ca"), (2180, "trường hợp"), (3.15e9, "đồng")]),
    # counter-case: a rule's fine told in the narrative, nothing done before it
    ("Người đốt pháo nổ bị phạt tiền 5 triệu đồng.", []),
]


@pytest.mark.parametrize(("body", "figures"), NARRATIVE)
def test_a_telegrams_narrative_goes_on_past_a_semicolon(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(TELEGRAM, body + ORDERS) == figures


# ---- a table cell opening with a bound in words, as with a sign ------------------------------------------------------

BOUND_CELLS = [
    ("II. CHỈ TIÊU\n\tNội dung\tChỉ tiêu\n1\tGiấy vụn mỗi đội viên\tít nhất 2 kg\n2\tVỏ chai mỗi chi đội\ttối thiểu 40 vỏ"
     "\n3\tSổ tiết kiệm\ttối đa 5 sổ\n4\tHeo đất mỗi chi đội\t01 con\n",
     [(2, "kg", "gte"), (40, "vỏ", "gte"), (5, "sổ", "lte"), (1, "con", "eq")]),
    ("II. CHỈ TIÊU\n| Nội dung | Chỉ tiêu |\n| Giấy vụn | ít nhất 2 kg |\n| Heo đất | 01 con |\n",
     [(2, "kg", "gte"), (1, "con", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), BOUND_CELLS)
def test_a_cells_bound_in_words(body: str, figures: list[tuple[float, str, str]]) -> None:
    got = [(float(q.value), q.unit or "", q.comparator) for q in parse_text(PLAN + body + TAIL).quantities]
    assert got == figures


# ---- "xuất bản" is a verb, no village's "bản" naming the number after it ---------------------------------------------

PUBLISHED = [
    ("- Xuất bản 10 số bản tin đối ngoại song ngữ.", [(10, "số")]),
    # counter-case: a village named by its number
    ("- Bản 12 có 40 hộ đăng ký tham gia mô hình.", [(40, "hộ")]),
]


@pytest.mark.parametrize(("body", "figures"), PUBLISHED)
def test_published_issues_are_counted(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(PLAN, body) == figures


# ---- a share whose leading 1 OCR printed as l or I ------------------------------------------------------------------

OCR_SHARES = [
    ("b) Chỉnh lý hồ sơ địa chính; bảo đảm l00% hồ sơ được số hóa.", [(100, "%")]),
    ("c) Phấn đấu tỷ lệ hộ dùng nước sạch tăng thêm I5% so với năm 2029.", [(15, "%")]),
    # counter-cases: a code's letter and digits, a word's letters
    ("d) Sử dụng mẫu I2 ban hành kèm theo Thông tư.", []),
]


@pytest.mark.parametrize(("body", "figures"), OCR_SHARES)
def test_a_share_whose_one_ocr_misread(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(PLAN, body) == figures


# ---- a specification's word that is the work an earlier figure counts ------------------------------------------------

WORK_COUNTED = [
    (PLAN, "Phấn đấu đến ngày 30/6/2030 hoàn thành 100% khối lượng đắp nền và giải ngân trên 90% kế hoạch vốn được giao.",
     [(100, "%"), (90, "%")]),
    # counter-case: a product's specification
    (PLAN, "Mỗi gói quà có khối lượng tịnh 500 gam.", []),
]


@pytest.mark.parametrize(("head", "body", "figures"), WORK_COUNTED)
def test_the_work_a_share_counts_is_no_specification(head: str, body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(head, body) == figures


# ---- a list's "danh mục" is no section's "mục" naming the number after it -------------------------------------------

DECIDE = ("UBND TỈNH A\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 37/QĐ-SKHCN\nA, ngày 06 tháng 01 năm 2030\n\nQUYẾT ĐỊNH\n"
          "Về việc phê duyệt danh mục nhiệm vụ\n\nGIÁM ĐỐC SỞ\n\nCăn cứ Luật Khoa học và Công nghệ;\n\nQUYẾT ĐỊNH:\n\n")
LISTED = [
    ("Điều 1. Phê duyệt danh mục 05 nhiệm vụ khoa học và công nghệ cấp cơ sở năm 2030.", [(5, "nhiệm vụ")]),
    # counter-case: a section's number
    ("Điều 1. Sửa đổi mục 3 của Quy chế làm việc.", []),
]


@pytest.mark.parametrize(("body", "figures"), LISTED)
def test_a_lists_items_are_counted(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(DECIDE, body + "\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.") == figures
