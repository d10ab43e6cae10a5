"""The forty-first heldout round's failure classes (invented documents, with counter-cases): a bare "điểm" after a
figure that counts places ("tại 35 điểm", "ít nhất 120 điểm tại các xã") or points of service and work ("điểm chi
trả", "điểm tập kết") was read as a score's points and dropped."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN = ("UBND TỈNH AN GIANG\nSỞ CÔNG THƯƠNG\nSố: 41/KH-SCT\nAn Giang, ngày 12 tháng 3 năm 2029\n\nKẾ HOẠCH\n"
        "Phát triển mạng lưới phân phối năm 2029\n\nII. CHỈ TIÊU\n{line}\n\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Bình\n")

# ---- a bare "điểm" counting places or points of service ------------------------------------------------------------

PLACES = [
    ("1. Quan trắc chất lượng nước mặt 4 đợt/năm tại 35 điểm; kiểm tra 60 cơ sở.", [(4, "đợt/năm"), (35, "điểm"), (60, "cơ sở")]),
    ("2. Mở rộng 320 điểm bán hàng, trong đó ít nhất 120 điểm tại các xã vùng sâu.",
     [(320, "điểm bán hàng"), (120, "điểm")]),
    ("3. Bưu điện bố trí ít nhất 248 điểm chi trả lương hưu.", [(248, "điểm chi trả")]),
    ("4. Xóa bỏ ít nhất 50 điểm tập kết rác tự phát.", [(50, "điểm tập kết")]),
    # counter-cases: a score's points stay no count, a score won "tại" an exam too
    ("5. Sinh viên có điểm rèn luyện đạt từ 70 điểm trở lên; tổ chức 06 phiên chợ.", [(6, "phiên")]),
    ("6. Mỗi tiêu chí đạt được cho 1 điểm, tổ chức 3 lớp tập huấn.", []),
    ("7. Thí sinh đạt 27 điểm tại kỳ thi được tuyển thẳng; tổ chức 2 đợt tư vấn.", [(2, "đợt")]),
]


@pytest.mark.parametrize(("line", "expected"), PLACES)
def test_a_bare_point_word_counting_places_is_a_count(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(PLAN.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities] == expected


# ---- requests to another body: a listed item, a long body name, a chain of bodies ------------------------------------

REPORT = ("UBND TỈNH AN GIANG\nSỞ NỘI VỤ\nSố: 88/BC-SNV\nAn Giang, ngày 02 tháng 12 năm 2028\n\nBÁO CÁO\n"
          "Kết quả công tác năm 2028\n\nI. KẾT QUẢ\nNăm 2028, Sở đã tổ chức 12 lớp tập huấn.\n\n"
          "II. KIẾN NGHỊ\n{line}\n\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nGIÁM ĐỐC\nTrần Văn Bình\n")
REQUESTS = [
    ("1. Đề nghị Bộ Lao động - Thương binh và Xã hội bố trí kinh phí khoảng 15 tỷ đồng cho 2 trường cao đẳng.", []),
    ("2. Đề nghị UBND các huyện, thành phố chỉ đạo UBND cấp xã bố trí thêm kinh phí khoảng 2 tỷ đồng.", []),
    ("b) Kiến nghị Sở Tài chính bổ sung 800 triệu đồng cho công tác chuyển đổi số.", []),
    # counter-cases: the writer's own plan in a listed item stays a target; a request with no asked verb is no request
    ("1. Sở phấn đấu tổ chức ít nhất 15 lớp tập huấn trong năm 2029.", [(15, "lớp")]),
    ("2. Đề nghị các Phòng tổng hợp kết quả; năm 2029 Sở tổ chức 20 lớp bồi dưỡng.", [(20, "lớp")]),
]


@pytest.mark.parametrize(("line", "expected"), REQUESTS)
def test_a_listed_request_to_another_body_is_no_quantity(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(REPORT.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities if q.value != 12] == expected


# ---- a kilometre marker's number; forest destroyed as damage ------------------------------------------------------

ORDER = ("UBND TỈNH QUẢNG NAM\nSỞ GIAO THÔNG VẬN TẢI\nSố: 05/CĐ-SGTVT\nQuảng Nam, ngày 14 tháng 11 năm 2024\n\n"
         "CÔNG ĐIỆN\nVề việc ứng phó mưa lớn\n\nGIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI điện:\n- Các Công ty quản lý đường bộ.\n\n"
         "Giám đốc Sở yêu cầu:\n1. {line}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Dũng\n")
MARKERS = [
    ("Cắm biển cảnh báo tại đoạn Km 72 - Km 96 QL.40B; bố trí 26 người trực gác.", [(26, "người")]),
    ("Bố trí trực 24/24 giờ; tập kết sẵn tối thiểu 12 máy xúc, máy ủi tại các vị trí xung yếu (Km 72 - Km 96 QL.40B, "
     "đèo Lò Xo QL.14E), dự trữ 2.000 m3 đá hộc.", [(12, "máy xúc"), (2000, "m3")]),
    # counter-case: a length in km after the figure is a count of work
    ("Phát dọn 15 km đường và tập kết tối thiểu 12 máy xúc.", [(15, "km"), (12, "máy xúc")]),
]


@pytest.mark.parametrize(("line", "expected"), MARKERS)
def test_a_kilometre_markers_number_is_no_count(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(ORDER.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities] == expected


FOREST = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH GIA LAI\nCHI CỤC KIỂM LÂM\nSố: 21/BC-CCKL\nGia Lai, ngày 06 tháng 11 năm 2028\n\n"
          "BÁO CÁO\nKết quả bảo vệ rừng\n\n{line}\n\nNơi nhận:\n- Sở;\n- Lưu: VT.\n\nCHI CỤC TRƯỞNG\nY Kông Niê\n")
DESTROYED = [
    ("Tổng diện tích rừng bị phá là 31,6 ha, giảm 12,4 ha so với cùng kỳ; lực lượng đã triệt phá 46 lán trại.", [(46, "lán trại")]),
    ("Diện tích rừng bị chặt phá 8,2 ha. Đã trồng lại 25 ha rừng.", [(25, "ha")]),
    # counter-case: what the body destroyed is work done
    ("Lực lượng Kiểm lâm đã triệt phá 46 lán trại, tháo dỡ 12 lò than.", [(46, "lán trại"), (12, "lò")]),
]


@pytest.mark.parametrize(("line", "expected"), DESTROYED)
def test_forest_destroyed_is_damage(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(FOREST.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities] == expected


# ---- a decision's annexed list of names after its signature --------------------------------------------------------

DECISION = ("UBND TỈNH QUẢNG NGÃI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 15/QĐ-SGDĐT\tQuảng Ngãi, ngày 09 tháng 01 năm 2029\n\nQUYẾT ĐỊNH\nCông nhận giáo viên giỏi\n\n"
            "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\n\tCăn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ Giáo dục và Đào tạo;\n"
            "\tCăn cứ Kế hoạch số 2105/KH-SGDĐT ngày 15/9/2028 của Sở Giáo dục và Đào tạo về tổ chức Hội thi;\n"
            "\tTheo đề nghị của Trưởng phòng Giáo dục phổ thông.\n\nQUYẾT ĐỊNH:\n\n"
            "\tĐiều 1. Công nhận 12 giáo viên đạt danh hiệu Giáo viên chủ nhiệm lớp giỏi (có danh sách kèm theo).\n"
            "\tĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\tGIÁM ĐỐC\n- Như Điều 2;\t\n"
            "- UBND tỉnh (b/c);\t\n- Công đoàn ngành GD;\t\n"
            "- Lưu: VT, GDPT.\t(Đã ký)\n\t\n\tTrương Công Hiếu\n\n{heading}\n(Kèm theo Quyết định số 15/QĐ-SGDĐT)\n\n"
            "STT\tHọ và tên\tĐơn vị\tLớp chủ nhiệm\tGiải\n{rows}")
ROWS = "".join(f"{i}\tNguyễn Văn Lộc\tTrung tâm GDNN - GDTX Đức Phổ\t12C\tNhì\n" for i in range(1, 12))
ANNEX_HEADINGS = ["DANH SÁCH GIÁO VIÊN ĐẠT DANH HIỆU GIÁO VIÊN CHỦ NHIỆM LỚP GIỎI CẤP THPT CẤP TỈNH NĂM HỌC 2028 - 2029",
                  # counter-case: an annex heading read before
                  "PHỤ LỤC\nDANH SÁCH GIÁO VIÊN"]


@pytest.mark.parametrize("heading", ANNEX_HEADINGS)
def test_a_decisions_annexed_list_of_names_leaves_its_signature(heading: str) -> None:
    rec = parse_text(DECISION.format(heading=heading, rows=ROWS))
    assert rec.signer is not None and rec.signer.name == "Trương Công Hiếu"
    assert rec.signer.position == "Giám đốc"


# ---- a forwarded mail's header block -------------------------------------------------------------------------------

FORWARDED = ("{opening}\nTừ: Văn phòng Sở <vanphong.sgtvt@quangnam.gov.vn>\nDate: Th 5, 14 thg 11, 2024 lúc 10:52\n"
             "To: <banattgt.huyen@quangnam.gov.vn>\n\nUBND TỈNH QUẢNG NAM\nSỞ GIAO THÔNG VẬN TẢI\nSố: 05/CĐ-SGTVT\n"
             "Quảng Nam, ngày 14 tháng 11 năm 2024\n\nCÔNG ĐIỆN\nVề việc ứng phó mưa lớn\n\n"
             "Các đơn vị báo cáo về Sở qua thư điện tử qlkchttgt@quangnam.gov.vn trước 15 giờ hằng ngày.\n\n"
             "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Dũng\n")
FORWARD_OPENINGS = [
    ("---------- Forwarded message ---------", ["qlkchttgt@quangnam.gov.vn"]),
    ("---------- Thư đã chuyển tiếp ----------", ["qlkchttgt@quangnam.gov.vn"]),
    # counter-case: no forwarding line, the addresses are the text's own
    ("Liên hệ:", ["vanphong.sgtvt@quangnam.gov.vn", "banattgt.huyen@quangnam.gov.vn", "qlkchttgt@quangnam.gov.vn"]),
]


@pytest.mark.parametrize(("opening", "emails"), FORWARD_OPENINGS)
def test_a_forwarded_mails_header_gives_no_contacts(opening: str, emails: list[str]) -> None:
    rec = parse_text(FORWARDED.format(opening=opening))
    assert rec.contacts.emails == emails


# ---- an OCR'd hour with a look-alike letter ------------------------------------------------------------------------

NOTICE = ("UỶ BAN NHÂN DÂN\nXÃ THANH LĨNH\nSố: 07/TB-UBND\nThanh Lĩnh, ngày 20 tháng 3 năm 2029\n\nTHÔNG BÁO\n"
          "Về việc tiêm phòng cho đàn gia súc\n\n{line}\n\nNơi nhận:\n- Các xóm;\n- Lưu: VP.\nCHỦ TỊCH\nNguyễn Đình Lâm\n")
OCR_HOURS = [
    ("- Trưởng các xóm gửi danh sách về UBND xã trước l7 giờ ngày 25/3/2O29.", ["2029-03-25T17:00"], []),
    ("- Trưởng các xóm gửi danh sách về UBND xã trước 1O giờ ngày 25/3/2029.", ["2029-03-25T10:00"], []),
    ("- Tổ chức tập huấn cho thú y viên vào lúc O8 giờ 00 ngày 26/3/2029.", [], ["2029-03-26T08:00"]),
    # counter-cases: a clean hour as before; a code's letter and digit before "giờ" are no hour
    ("- Trưởng các xóm gửi danh sách về UBND xã trước 17 giờ ngày 25/3/2029.", ["2029-03-25T17:00"], []),
    ("- Xe số A7O giờ chót: trưởng các xóm gửi danh sách về UBND xã trước ngày 25/3/2029.", ["2029-03-25"], []),
]


@pytest.mark.parametrize(("line", "dues", "events"), OCR_HOURS)
def test_an_ocr_hour_with_a_look_alike_letter_is_read(line: str, dues: list[str], events: list[str]) -> None:
    rec = parse_text(NOTICE.format(line=line))
    assert [d.due for d in rec.deadlines] == dues
    assert [e.date for e in rec.events] == events


# ---- a target's period after its bound figure ----------------------------------------------------------------------

DIRECTIVE = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 09/CT-UBND\nPhú Yên, ngày 22 tháng 8 năm 2028\n\nCHỈ THỊ\n"
             "Về tăng cường quản lý khoáng sản\n\nChủ tịch UBND tỉnh chỉ thị:\n\n1. Sở Nông nghiệp và Môi trường\n{line}\n\n"
             "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐào Mỹ Hạnh\n")
TARGET_PERIODS = [
    ("b) Phấn đấu thu hồi ít nhất 80% số nợ tiền cấp quyền khai thác trong năm 2028.", [("2028-12-31", "2028")]),
    ("b) Phấn đấu thu hồi tối thiểu 80% số nợ trong quý IV năm 2028.", [("2028-12-31", "2028-Q4")]),
    ("b) Phấn đấu đạt trên 95% số mỏ lắp camera trong tháng 12/2028.", [("2028-12-31", "2028-12")]),
    # counter-cases: a run of months is the plan's span; no bound figure, no target's by-when
    ("b) Phấn đấu kết nạp ít nhất 250 đoàn viên mới trong 6 tháng cuối năm 2028.", []),
    ("b) Phấn đấu tổ chức các hoạt động tuyên truyền trong năm 2028.", []),
]


@pytest.mark.parametrize(("line", "dues"), TARGET_PERIODS)
def test_a_targets_period_after_its_bound_figure_is_a_by_when(line: str, dues: list[tuple[str, str]]) -> None:
    rec = parse_text(DIRECTIVE.format(line=line))
    assert [(d.due, d.period) for d in rec.deadlines] == dues


# ---- a fire watch kept over the dry season -------------------------------------------------------------------------

WATCH_REPORT = ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐẮK LẮK\nCHI CỤC KIỂM LÂM\nSố: 22/BC-CCKL\n"
                "Đắk Lắk, ngày 06 tháng 11 năm 2028\n\nBÁO CÁO\nKết quả bảo vệ rừng\n\nII. NHIỆM VỤ\n{line}\n\n"
                "Nơi nhận:\n- Sở;\n- Lưu: VT.\n\nCHI CỤC TRƯỞNG\nY Kông Niê\n")
WATCHES = [
    ("2. Duy trì 140 chòi canh lửa, trực cháy 24/24 giờ từ ngày 01/12/2028 đến hết ngày 31/5/2029.",
     [("2028-12-01", "2029-05-31")]),
    ("2. Duy trì chế độ trực cháy từ ngày 15/01/2029 đến ngày 30/4/2029.", [("2029-01-15", "2029-04-30")]),
    # counter-case: the fire watch's forces in a report's sentence and a by-when: no event
    ("2. Lực lượng trực cháy báo cáo kết quả về Chi cục trước ngày 20/12/2028.", []),
]


@pytest.mark.parametrize(("line", "events"), WATCHES)
def test_a_fire_watch_over_days_is_an_event(line: str, events: list[tuple[str, str]]) -> None:
    rec = parse_text(WATCH_REPORT.format(line=line))
    assert [(e.date, e.end) for e in rec.events] == events


# ---- the volume of work done is no product's specification ------------------------------------------------------

PROGRESS = ("UBND TỈNH BÌNH ĐỊNH\nBAN QUẢN LÝ DỰ ÁN\nSố: 17/BQL-ĐHDA1\nBình Định, ngày 21 tháng 10 năm 2028\n"
            "V/v đẩy nhanh tiến độ thi công\n\nKính gửi: Liên danh nhà thầu.\n\n1. Về tình hình thực hiện\n{line}\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn Thắng\n")
VOLUMES = [
    ("Giá trị khối lượng thực hiện ước đạt 297,5 tỷ đồng, bằng 43,5% giá trị hợp đồng.",
     [(297500000000, "đồng"), (43.5, "%")]),
    ("Lực lượng đã huy động 38 máy xúc, khối lượng đã dọn khoảng 51.000 m3.", [(38, "máy xúc"), (51000, "m3")]),
    # counter-case: a product's mass stays a specification
    ("Nhà thầu đã thi công 8,6 km nền đường. Bao xi măng có khối lượng tịnh 50 kg.", [(8.6, "km")]),
]


@pytest.mark.parametrize(("line", "expected"), VOLUMES)
def test_the_volume_of_work_done_is_no_specification(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(PROGRESS.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities] == expected


# ---- sacks counted -------------------------------------------------------------------------------------------------

SACKS = [
    ("Dự trữ 2.000 m3 đá hộc, 3.500 bao tải cát tại các vị trí xung yếu.", [(2000, "m3"), (3500, "bao tải")]),
    ("Nhà thầu đã thi công 8,6 km nền đường, tập kết 1.200 bao xi măng.", [(8.6, "km"), (1200, "bao xi măng")]),
    # counter-case: "bao gồm" after a count still ends its unit
    ("Nhà thầu đã thi công 8,6 km nền đường bao gồm cả đoạn qua xã Cát Tiến.", [(8.6, "km")]),
]


@pytest.mark.parametrize(("line", "expected"), SACKS)
def test_sacks_counted_are_a_unit(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(PROGRESS.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities] == expected


# ---- a Kính gửi item wrapped onto a tab-indented line --------------------------------------------------------------

LETTER = ("CỤC THUẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHI CỤC THUẾ KHU VỰC X\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 3186/CCTKV10-NVDTPC\tNghệ An, ngày 06 tháng 01 năm 2029\nV/v hướng dẫn quyết toán thuế\t\n\n{block}\n\n"
          "\tChi cục Thuế khu vực X hướng dẫn như sau: nộp hồ sơ trước ngày 31/3/2029./.\n\n"
          "Nơi nhận:\tKT. CHI CỤC TRƯỞNG\n- Như trên;\tPHÓ CHI CỤC TRƯỞNG\n- Lưu: VT.\tNguyễn Thị Hạnh Dung\n")
WRAPPED = [
    ("Kính gửi:\t- Các tổ chức trả thu nhập;\n\t- Hộ kinh doanh nộp thuế theo phương pháp kê khai\n"
     "\ttrên địa bàn tỉnh Nghệ An và tỉnh Hà Tĩnh.",
     ["Các tổ chức trả thu nhập", "Hộ kinh doanh nộp thuế theo phương pháp kê khai trên địa bàn tỉnh Nghệ An và tỉnh "
      "Hà Tĩnh"]),
    # counter-case: a row of cells (a tab inside the line) is still no sentence to continue
    ("Kính gửi:\t- Các tổ chức trả thu nhập;\n\t- Hộ kinh doanh\tSố lượng\n\ttrên địa bàn tỉnh.",
     ["Các tổ chức trả thu nhập", "Hộ kinh doanh Số lượng"]),
]


@pytest.mark.parametrize(("block", "names"), WRAPPED)
def test_a_recipient_wrapped_onto_a_tab_indented_line_is_one(block: str, names: list[str]) -> None:
    rec = parse_text(LETTER.format(block=block))
    assert [r.name for r in rec.recipients] == names


# ---- prizes won, told in a decision recognising a contest's results ------------------------------------------------

CONTEST = ("UBND TỈNH QUẢNG NGÃI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 16/QĐ-SGDĐT\nQuảng Ngãi, ngày 09 tháng 01 năm 2029\n\n"
           "QUYẾT ĐỊNH\nCông nhận kết quả Hội thi\n\nGIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nQUYẾT ĐỊNH:\n\n{line}\n"
           "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nGIÁM ĐỐC\n"
           "Trương Công Hiếu\n")
PRIZES = [
    ("Điều 1. Công nhận 38 giáo viên đạt danh hiệu giáo viên giỏi. Có 7 giáo viên đạt giải Nhất, 12 giáo viên đạt "
     "giải Nhì.", [(38, "giáo viên"), (7, "giáo viên"), (12, "giáo viên")]),
    # counter-case: the recognised count alone, as before
    ("Điều 1. Công nhận 38 giáo viên đạt danh hiệu giáo viên giỏi (có danh sách kèm theo).", [(38, "giáo viên")]),
]


@pytest.mark.parametrize(("line", "expected"), PRIZES)
def test_prizes_won_in_a_contests_decision_are_results(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(CONTEST.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities] == expected


# ---- allowances granted are no rule's rate -------------------------------------------------------------------------

ALLOWANCES = [
    ("Giải quyết hưởng trợ cấp thất nghiệp cho 15.874 người; hỗ trợ học nghề cho 642 người.",
     [(15874, "người"), (642, "người")]),
    ("Chi trả trợ cấp cho 1.250 người có công.", [(1250, "người")]),
    # counter-case: the allowance's rate stays a rule's
    ("Mức trợ cấp 500.000 đồng/người/tháng; đã chi cho 1.250 người.", [(1250, "người")]),
]


@pytest.mark.parametrize(("line", "expected"), ALLOWANCES)
def test_allowances_granted_are_no_rate(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(REPORT.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities if q.value != 12] == expected


# ---- a half-year's report naming whom it goes to, and its "và hằng năm" --------------------------------------------

PERIODIC = [
    ("5. Sở theo dõi, đôn đốc; định kỳ báo cáo Chủ tịch UBND tỉnh 6 tháng (trước ngày 15/6) và hằng năm (trước ngày "
     "15/12).", [("yearly", 15, 6), ("yearly", 15, 12)]),
    ("5. Sở tổng hợp báo cáo định kỳ 6 tháng (trước ngày 15/6) và báo cáo năm (trước ngày 15/12) gửi UBND tỉnh.",
     [("yearly", 15, 6), ("yearly", 15, 12)]),
    # counter-case: a one-off report's day without its year stays one due
    ("5. Sở báo cáo kết quả sơ kết trước ngày 20/9.", [None]),
]


@pytest.mark.parametrize(("line", "recurrences"), PERIODIC)
def test_a_half_years_report_and_its_yearly_one_recur(line: str, recurrences: list[object]) -> None:
    rec = parse_text(DIRECTIVE.format(line=line))
    assert [(d.recurrence.freq, d.recurrence.day, d.recurrence.month) if d.recurrence else None
            for d in rec.deadlines] == recurrences


# ---- a landslide's places are damage, the places worked on are not -----------------------------------------------

LANDSLIDES = [
    ("Khai thác cát trái phép gây sạt lở bờ sông tại 8 vị trí; lực lượng đã xử lý 12 vụ.", [(12, "vụ")]),
    ("Mưa lớn gây sụt lún nền đường ở 5 điểm trường; đã hỗ trợ 40 hộ.", [(40, "hộ")]),
    # counter-cases: the places a landslide was handled at are work done; a damage's places as before
    ("Đã khắc phục sạt lở tại 12 vị trí, gia cố 3 km kè.", [(12, "vị trí"), (3, "km")]),
    ("Bão làm mất điện cục bộ tại 02 thôn; đã hỗ trợ 40 hộ.", [(40, "hộ")]),
]


@pytest.mark.parametrize(("line", "expected"), LANDSLIDES)
def test_a_landslides_places_are_damage(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(REPORT.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities if q.value != 12 or q.unit != "lớp"] == expected
