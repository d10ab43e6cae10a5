"""Issue 10, generalisation audit of rounds 59-64's fixes (and of rounds 53-58's leftovers' fixes, left58q and
left58d): each fix met the same meaning said another way (other verbs and nouns of the word family, a label written
out, a qualifier between, an OCR zero in a head of two words) and was widened through its table where it failed.
Invented documents, each case of a widening failing before it, with counter-cases that must not change."""

from __future__ import annotations

import textwrap

import pytest

from vanban import parse_text
from vanban.normalize import normalize

REPORT = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI CHÍNH\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 75/BC-STC\tAn Hòa, ngày 20 tháng 11 năm 2031\n\nBÁO CÁO\nTình hình thực hiện nhiệm vụ năm 2031\n\n")
PLAN = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN AN LẠC\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 41/KH-UBND\tAn Lạc, ngày 20 tháng 12 năm 2031\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2032\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"

DONE = " Năm 2031 đã thu gom 420 tấn rác."
COLLECTED = [(420.0, "tấn", "eq")]


def _figures(head: str, body: str) -> list[tuple[float, str, str]]:
    return sorted((float(q.value), q.unit or "", q.comparator) for q in parse_text(head + body + TAIL).quantities)


# ---- the state, a shortfall, a case in hand, others' figure, a debt: the same told in other words ------------------
# (round 59's a3b7686 state_held_verb, others_figure, arrears; round 61's 7a7c752 "quá hạn"; round 59's 9bffb9d
# pending_after)

STATE_WORDS = [
    ("Thư viện hiện lưu giữ 52.000 bản sách." + DONE, COLLECTED),
    ("Kho lưu trữ hiện bảo quản 18.400 hồ sơ." + DONE, COLLECTED),
    ("Trong quý đã tiếp nhận 18.742 hồ sơ; còn tồn đọng 96 hồ sơ.", [(18742.0, "hồ sơ", "eq")]),
    ("Trong quý đã tiếp nhận 18.742 hồ sơ; còn 96 hồ sơ trễ hạn.", [(18742.0, "hồ sơ", "eq")]),
    ("Tiếp nhận 1.326 hồ sơ, giải quyết đúng hạn 1.319 hồ sơ; còn 07 hồ sơ đang xử lý.",
     [(1319.0, "hồ sơ", "eq"), (1326.0, "hồ sơ", "eq")]),
    ("Tiếp nhận 1.326 hồ sơ, giải quyết đúng hạn 1.319 hồ sơ; còn 05 hồ sơ đang được thẩm định.",
     [(1319.0, "hồ sơ", "eq"), (1326.0, "hồ sơ", "eq")]),
    ("Tỷ lệ giải ngân đạt 61,7% kế hoạch, thấp hơn mức trung bình của tỉnh (64,2%).", [(61.7, "%", "eq")]),
    ("Tỷ lệ giải ngân đạt 61,7% kế hoạch, cao hơn bình quân toàn huyện (48,5%).", [(61.7, "%", "eq")]),
    ("Tổng số tiền thuế nợ đến ngày 30/9/2031 là khoảng 1.486 tỷ đồng. Đã thu 12 tỷ đồng.", [(1.2e10, "đồng", "eq")]),
    ("Tổng số tiền nợ BHXH đến ngày 30/9/2031 là gần 86 tỷ đồng. Đã thu 12 tỷ đồng.", [(1.2e10, "đồng", "eq")]),
    ("Các trạm y tế đang theo dõi, quản lý 41.870 người bệnh; đã khám sàng lọc cho 9.315 người.",
     [(9315.0, "người", "eq")]),
    ("Trung tâm đang vận hành, khai thác 12 tàu thu gom; đã thu gom 1.246 tấn rác.", [(1246.0, "tấn", "eq")]),
    # counter-cases: work done on the same things; a case in hand the gold counts; one's own figure in a bracket; a
    # verb of work done after the comma
    ("Sở đang quản lý, đã nghiệm thu 18 nhiệm vụ.", [(18.0, "nhiệm vụ", "eq")]),
    ("Trong quý, Trung tâm đã giải quyết 320 hồ sơ trễ hạn.", [(320.0, "hồ sơ", "eq")]),
    ("Năm 2031, Thư viện đã bổ sung 1.200 bản sách.", [(1200.0, "bản", "eq")]),
    ("Trong quý, đã giải quyết 4.276 hồ sơ; đang giải quyết 36 hồ sơ chưa đến hạn.",
     [(36.0, "hồ sơ", "eq"), (4276.0, "hồ sơ", "eq")]),
    ("Giải ngân đạt 58% kế hoạch (312 tỷ đồng), cao hơn năm 2030.", [(58.0, "%", "eq"), (3.12e11, "đồng", "eq")]),
    ("Tổng số tiền thuế nợ là 1.486 tỷ đồng; đã thu hồi khoảng 612 tỷ đồng.", [(6.12e11, "đồng", "approx")]),
]


@pytest.mark.parametrize(("body", "expected"), STATE_WORDS)
def test_the_state_and_shortfalls_in_other_words(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _figures(REPORT, body) == expected


# ---- the hazards a place went through, and work on what they damaged (round 60's ba1c96e, 7686ec2) -----------------

HAZARDS_AND_REPAIRS = [
    (REPORT, "Năm 2031, tỉnh bị ảnh hưởng của 03 cơn bão và 04 đợt mưa lớn." + DONE, COLLECTED),
    (REPORT, "Năm 2031, tỉnh hứng chịu 03 cơn bão, 01 áp thấp nhiệt đới." + DONE, COLLECTED),
    (REPORT, "Năm 2031, tỉnh chịu ảnh hưởng trực tiếp của 02 cơn bão." + DONE, COLLECTED),
    (REPORT, "Năm 2031, tỉnh chịu ảnh hưởng 03 đợt không khí lạnh tăng cường." + DONE, COLLECTED),
    (PLAN, "Nhiệm vụ năm 2032: khôi phục 12 công trình bị sạt lở do mưa lũ.", [(12.0, "công trình", "eq")]),
    (REPORT, "Năm 2031 đã nâng cấp 24 trường học bị xuống cấp.", [(24.0, "trường học", "eq")]),
    # counter-cases: the hazards met with work; the damage itself
    (REPORT, "Đã chỉ đạo ứng phó 03 cơn bão, 04 đợt mưa lớn; sơ tán 1.200 hộ.",
     [(3.0, "cơn", "eq"), (4.0, "đợt", "eq"), (1200.0, "hộ", "eq")]),
    (REPORT, "Bão làm 120 nhà bị tốc mái. Đã gia cố 3 km đê.", [(3.0, "km", "eq")]),
]


@pytest.mark.parametrize(("head", "body", "expected"), HAZARDS_AND_REPAIRS)
def test_hazards_and_repairs_in_other_words(head: str, body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _figures(head, body) == expected


# ---- a plan's bounds and lengths: a share of the plan with its own words before "trở lên" (round 59's 346e453), each
# session's length with a verb of lasting (round 61's 2350c92), the works' time said "xây dựng" (round 63's 9dbd65d) --

PLANNED_BOUNDS = [
    ("Phấn đấu thu ngân sách năm 2032 đạt 100% dự toán giao trở lên.", [(100.0, "%", "gte")]),
    ("Phấn đấu giải ngân đạt 95% kế hoạch vốn trở lên.", [(95.0, "%", "gte")]),
    ("Phấn đấu tỷ lệ thu đạt 100% chỉ tiêu được giao trở lên.", [(100.0, "%", "gte")]),
    ("Tổ chức 20 lớp tập huấn, mỗi lớp kéo dài 02 ngày.", [(2.0, "ngày", "eq"), (20.0, "lớp", "eq")]),
    ("Tổ chức 20 lớp tập huấn, mỗi lớp học 03 ngày.", [(3.0, "ngày", "eq"), (20.0, "lớp", "eq")]),
    ("Tổ chức 03 đợt ra quân, mỗi đợt diễn ra trong 05 ngày.", [(3.0, "đợt", "eq"), (5.0, "ngày", "eq")]),
    ("Khởi công gói thầu XL-07 trong tháng 4/2033; thời gian xây dựng không quá 420 ngày.", [(420.0, "ngày", "lte")]),
    ("Thời hạn thi công không quá 420 ngày kể từ ngày khởi công.", [(420.0, "ngày", "lte")]),
    # counter-cases: a share with no bound after its words; a lead time; a deadline's span; a timeline's dates
    ("Phấn đấu giải ngân đạt 95% kế hoạch vốn.", [(95.0, "%", "eq")]),
    ("Đường dẫn sẽ được gửi trước mỗi buổi 01 ngày.", []),
    ("Nhà thầu khắc phục tồn tại trong thời hạn 07 ngày kể từ ngày nhận được thông báo.", []),
    ("Thời gian xây dựng: từ ngày 01/3/2033 đến ngày 30/6/2033.", []),
]


@pytest.mark.parametrize(("body", "expected"), PLANNED_BOUNDS)
def test_a_plans_bounds_and_lengths_in_other_words(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _figures(PLAN, body) == expected


# ---- a low rating under a heading of shortcomings, its count after "có"/"còn" (left58q's 8bd9a84) ------------------

LOW_RATINGS = [
    ("2. Hạn chế, yếu kém: có 04 cơ sở Đoàn xếp loại trung bình.\n3. Nhiệm vụ năm 2032: kết nạp 500 đoàn viên mới.",
     [(500.0, "đoàn viên", "eq")]),
    ("2. Tồn tại, hạn chế: còn 03 chi hội xếp loại yếu.\n3. Nhiệm vụ năm 2032: phát triển 200 hội viên.",
     [(200.0, "hội viên", "eq")]),
    # counter-case: a rating the units achieved, after "có", under no such heading
    ("Trong năm, có 45 chi bộ xếp loại hoàn thành tốt nhiệm vụ.", [(45.0, "chi bộ", "eq")]),
]


@pytest.mark.parametrize(("body", "expected"), LOW_RATINGS)
def test_a_low_rating_after_co_among_shortcomings(body: str, expected: list[tuple[float, str, str]]) -> None:
    assert _figures(REPORT, body) == expected


# ---- a công điện's narrative told with other verbs of handling (left58q's b4f4f07) -----------------------------------

TELEGRAM = ("CÔNG AN TỈNH AN HÒA\nSố: 04/CĐ-CAT\nAn Hòa, ngày 20 tháng 01 năm 2032\n\nCÔNG ĐIỆN\nVề việc bảo đảm an "
            "ninh, trật tự dịp Tết\n\nGIÁM ĐỐC CÔNG AN TỈNH điện:\n- Trưởng Công an các xã, phường.\n\n")
ORDERS = "\n\nĐể bảo đảm an ninh, Giám đốc Công an tỉnh yêu cầu:\n1. Các đơn vị tăng cường tuần tra, kiểm soát."
NARRATIVES = [
    ("Trong dịp Tết năm 2031, Công an toàn tỉnh đã bắt giữ 41 vụ tàng trữ pháo nổ; lập biên bản 2.180 trường hợp vi "
     "phạm, phạt tiền 3,15 tỷ đồng.", [(41.0, "vụ"), (2180.0, "trường hợp"), (3.15e9, "đồng")]),
    ("Trong dịp Tết năm 2031, Công an toàn tỉnh đã bắt giữ 41 vụ tàng trữ pháo nổ; triển khai 940 tổ tuần tra; thu giữ "
     "215 kg pháo.", [(41.0, "vụ"), (940.0, "tổ"), (215.0, "kg")]),
    ("Trong dịp Tết năm 2031, Công an toàn tỉnh đã bắt giữ 41 vụ tàng trữ pháo nổ; tước giấy phép lái xe 120 trường "
     "hợp; tạm giữ 86 phương tiện.", [(41.0, "vụ"), (120.0, "trường hợp"), (86.0, "phương tiện")]),
    # counter-cases: a rule's fine told in the narrative, nothing done before it
    ("Người đốt pháo nổ bị phạt 5 triệu đồng.", []),
    ("Người vi phạm bị tạm giữ phương tiện 7 ngày.", []),
]


@pytest.mark.parametrize(("body", "expected"), NARRATIVES)
def test_a_telegrams_narrative_with_other_verbs(body: str, expected: list[tuple[float, str]]) -> None:
    got = [(float(q.value), q.unit or "") for q in parse_text(TELEGRAM + body + ORDERS + TAIL).quantities]
    assert got == expected


# ---- a flattened table's last column of words under other headers (round 64's 44d07a1) -----------------------------

DECISION = ("UBND TỈNH AN HÒA\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 215/QĐ-SGDĐT\nAn Hòa, ngày 10 tháng 4 năm 2032\n\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu năm 2032\n\n"
            "Điều 1. Giao chỉ tiêu cho các đơn vị như sau:\n")
DECISION_TAIL = "\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n"
ROW_FIGURES = sorted([(10, "lớp"), (350, "học"), (8, "lớp"), (320, "học"), (6, "lớp"), (210, "học"), (24, "lớp"),
                      (880, "học")])
WORDED_COLUMNS = [
    ("Loại hình", ("Công lập", "Công lập", "Nội trú")),
    ("Đối tượng tuyển sinh", ("Học sinh trong huyện", "Học sinh toàn tỉnh", "Học sinh dân tộc")),
    ("Địa bàn tuyển sinh", ("Xã Bình Sơn", "Xã Tân Lập", "Toàn tỉnh")),
    # counter-case: the remarks column read before
    ("Ghi chú", ("Trường chuyên", "", "Nội trú")),
]


@pytest.mark.parametrize(("header", "remarks"), WORDED_COLUMNS)
def test_a_worded_last_column_under_other_headers(header: str, remarks: tuple[str, str, str]) -> None:
    table = ("TT\nĐơn vị\nSố lớp\nSố học sinh\n" + header + "\n"
             "1\nTrường THPT Bình Sơn\n10\n350\n" + remarks[0] + "\n2\nTrường THPT Tân Lập\n8\n320\n" + remarks[1] + "\n"
             "3\nTrường PTDTNT tỉnh\n6\n210\n" + remarks[2] + "\nTổng cộng\n24\n880\n")
    got = sorted((q.value, (q.unit or "").split()[0]) for q in parse_text(DECISION + table + DECISION_TAIL).quantities)
    assert got == ROW_FIGURES


# ---- events: the start of works said "động thổ" (round 61's 468e72d); a tentative day's label written out, and after a
# month (left58d's c0ab36f) --------------------------------------------------------------------------------------------

OCCASIONS = [
    ("Dự án Khu nhà ở xã hội dự kiến động thổ trong tháng 8/2031.", ["2031-08"], []),
    ("Tổ chức Hội nghị tập huấn nghiệp vụ trong Quý II/2031 (thời gian dự kiến: ngày 12/6/2031).", ["2031-06-12"], []),
    ("Tổ chức Hội nghị tập huấn nghiệp vụ trong Quý II/2031 (dự kiến: 12/6/2031).", ["2031-06-12"], []),
    # the same start on a timeline's line is the timeline's by-when, as "khởi công" there is
    ("Thời gian thực hiện: động thổ trong tháng 6/2031, hoàn thành trước ngày 15/8/2031.", [],
     ["2031-06-30", "2031-08-15"]),
    ("Tổ chức Hội nghị tập huấn nghiệp vụ trong tháng 6/2031 (dự kiến ngày 12/6/2031).", ["2031-06-12"], []),
    ("Tổ chức Hội nghị tổng kết vào tháng 6/2031 (dự kiến ngày 12/6/2031).", ["2031-06-12"], []),
    # counter-cases: a task with no occasion in a quarter or a month stays due by its end; an occasion's month with no
    # day after it is held in the month
    ("Hoàn thành việc rà soát trong Quý II/2031 (dự kiến: 12/6/2031).", [], ["2031-06-30"]),
    ("Hoàn thành việc rà soát trong tháng 6/2031 (dự kiến: 12/6/2031).", [], ["2031-06-30"]),
    ("Tổ chức Hội nghị tập huấn nghiệp vụ trong tháng 6/2031.", ["2031-06"], []),
]


EVENT_PLAN = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN AN LẠC\tĐộc lập - Tự do - Hạnh phúc\n"
              "Số: 41/KH-UBND\tAn Lạc, ngày 20 tháng 12 năm 2030\n\nKẾ HOẠCH\nThực hiện nhiệm vụ năm 2031\n\n")


@pytest.mark.parametrize(("body", "events", "dues"), OCCASIONS)
def test_occasions_in_other_words(body: str, events: list[str], dues: list[str]) -> None:
    record = parse_text(EVENT_PLAN + body + TAIL)
    assert sorted(str(e.date) for e in record.events) == events
    assert sorted(str(d.due) for d in record.deadlines) == dues


# ---- the issuer: other bodies opening a line under their parent (round 59's 8ae3db1), an award in other words (round
# 59's d3fd74a), an OCR zero in a head of two words (left58d's 227d7b8) ------------------------------------------------

HEAD_LINES = [
    ("CHI CỤC KIỂM LÂM TỈNH AN HÒA\nTRẠM KIỂM LÂM XÃ BẮC SƠN", "TRẠM KIỂM LÂM XÃ BẮC SƠN", "CHI CỤC KIỂM LÂM TỈNH AN HÒA"),
    ("SỞ CÔNG THƯƠNG TỈNH AN HÒA\nĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3",
     "SỞ CÔNG THƯƠNG TỈNH AN HÒA"),
    ("SỞ XÂY DỰNG TỈNH AN HÒA\nHẠT QUẢN LÝ ĐƯỜNG BỘ SỐ 2", "HẠT QUẢN LÝ ĐƯỜNG BỘ SỐ 2", "SỞ XÂY DỰNG TỈNH AN HÒA"),
    ("SỞ VĂN HÓA VÀ THỂ THAO TỈNH AN HÒA\nNHÀ HÁT CA MÚA NHẠC", "NHÀ HÁT CA MÚA NHẠC",
     "SỞ VĂN HÓA VÀ THỂ THAO TỈNH AN HÒA"),
    ("UBND HUYỆN AN LẠC\nNHÀ VĂN HÓA THIẾU NHI", "NHÀ VĂN HÓA THIẾU NHI", "UBND HUYỆN AN LẠC"),
    # counter-cases: a name wrapped over two lines stays one name; a body and its place on two lines
    ("UBND TỈNH AN HÒA\nBAN QUẢN LÝ RỪNG PHÒNG HỘ\nĐẦU NGUỒN SÔNG CÁI", "BAN QUẢN LÝ RỪNG PHÒNG HỘ ĐẦU NGUỒN SÔNG CÁI",
     "UBND TỈNH AN HÒA"),
    ("ỦY BAN NHÂN DÂN\nXÃ TRẠM HÀNH", "ỦY BAN NHÂN DÂN XÃ TRẠM HÀNH", None),
]


@pytest.mark.parametrize(("head", "issuer", "parent"), HEAD_LINES)
def test_other_bodies_open_the_issuer_under_their_parent(head: str, issuer: str, parent: str | None) -> None:
    text = (head + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/GM-CV\n"
            "An Hòa, ngày 08 tháng 12 năm 2031\n\nGIẤY MỜI\nHội nghị tổng kết năm 2031\n\nTrân trọng kính mời "
            "đại biểu dự Hội nghị vào 08 giờ 00 ngày 18/12/2031./.\n" + TAIL)
    record = parse_text(text)
    assert record.issuer is not None
    assert (record.issuer.name, record.issuer.parent) == (issuer, parent)


CUT_DECISION = ("ết một số điều của Luật Thi đua, khen thưởng;\nXét đề nghị của Trưởng phòng Tổ chức - Hành chính.\n\n"
                "QUYẾT ĐỊNH:\n\nĐiều 1. {award} cho 04 tập thể và 11 cá nhân đã có thành tích xuất sắc năm 2031.\n"
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nGIÁM ĐỐC\n"
                "(Đã ký)\nLâm Quốc Hưng\n")
AWARDS = [
    ("Khen thưởng Giấy khen của Giám đốc Ban Quản lý rừng phòng hộ Sông Cái", "Ban Quản lý rừng phòng hộ Sông Cái"),
    ("Tặng danh hiệu Lao động tiên tiến và Giấy khen của Giám đốc Trung tâm Y tế huyện An Lạc",
     "Trung tâm Y tế huyện An Lạc"),
    # counter-case: an award another head is asked to give names no issuer
    ("Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen", None),
]


@pytest.mark.parametrize(("award", "issuer"), AWARDS)
def test_an_award_in_other_words_names_the_issuer(award: str, issuer: str | None) -> None:
    record = parse_text(CUT_DECISION.format(award=award))
    assert (record.issuer.name if record.issuer else None) == issuer


_ZERO_TAIL = ("      ---                              ----------------\n"
              "Số: 58 /BC-CAX                    Bắc Mê, ngày 05 tháng 12 năm 2031\n\n                BÁO CÁO\n"
              "Kết quả công tác năm 2031\n\nNăm 2031, đơn vị đã tổ chức 46 hội nghị tuyên truyền pháp luật.\n\n"
              "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nTRƯỞNG CÔNG AN XÃ\n\nHoàng Văn Dũng\n")
ZERO_HEADS = [
    ("C0NG AN XÃ MINH NGỌC", ("CÔNG AN XÃ MINH NGỌC", "UBND HUYỆN BẮC MÊ")),
    # counter-cases: a head of one word with its zero (read before); a zero in the body's own name, not its head
    ("PH0NG TƯ PHÁP", ("PHÒNG TƯ PHÁP", "UBND HUYỆN BẮC MÊ")),
    ("TRƯỜNG THCS MINH NG0C", ("TRƯỜNG THCS MINH NG0C", "UBND HUYỆN BẮC MÊ")),
]


@pytest.mark.parametrize(("line", "issuer"), ZERO_HEADS)
def test_an_ocr_zero_in_a_head_of_two_words(line: str, issuer: tuple[str, str | None]) -> None:
    head = ("UBND HUYỆN BẮC MÊ                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + line.ljust(35)
            + "Độc lập - Tự do - Hạnh phúc\n")
    record = parse_text(head + _ZERO_TAIL)
    assert record.issuer is not None
    assert (record.issuer.name, record.issuer.parent) == issuer


# ---- a scan's note in square brackets on a line of its own under a one-line subject (round 61's d1aab6f) ------------

def _scanned_report(subject_lines: str) -> str:
    return ("CÔNG AN TỈNH AN HÒA          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n CÔNG AN XÃ TÂN AN               Độc lập - "
            "Tự do - Hạnh phúc\n Số: 27 /BC-CAX                  Tân An, ngày 02 tháng 4 năm 2031\n\n"
            "                               BÁO CÁO\n" + subject_lines + "\n\n   Công an xã báo cáo như sau:\n"
            "   Tổ chức 126 lượt tuần tra.\n" + TAIL)


SCAN_NOTES = [
    ("       Kết quả công tác quý I năm 2031\n                                 [Chuyển đ/c Hưng xử lý]",
     "Kết quả công tác quý I năm 2031"),
    ("       Kết quả công tác quý I năm 2031\n                                 [Đã xem - 03/4]",
     "Kết quả công tác quý I năm 2031"),
    # counter-cases: the note beside the subject's line (read before); a bracket opening the subject's second line
    ("       Kết quả công tác quý I năm 2031  [Đ/c Hưng - xem, xử lý]", "Kết quả công tác quý I năm 2031"),
    ("       Kết quả rà soát các hộ tạm trú\n       [lần 2] năm 2031", "Kết quả rà soát các hộ tạm trú [lần 2] năm 2031"),
]


@pytest.mark.parametrize(("subject_lines", "subject"), SCAN_NOTES)
def test_a_scan_note_on_its_own_line_is_no_part_of_the_subject(subject_lines: str, subject: str) -> None:
    assert parse_text(_scanned_report(subject_lines)).subject == subject


# ---- a PDF page's running footer under the signer's name in other forms (round 59's 2f97ae1, left58d's 9554802) -----

_PROSE = ("Thực hiện Quyết định số 45/QĐ-UBND ngày 05/01/2029 của UBND tỉnh, Sở Giao thông vận tải kính trình UBND tỉnh "
          "xem xét, phê duyệt kế hoạch bảo trì đường tỉnh năm 2030 với tổng kinh phí 120 tỷ đồng, trong đó sửa chữa định "
          "kỳ 40 km mặt đường và thay thế 6 cầu yếu trên các tuyến đường tỉnh; lắp đặt bổ sung biển báo, hộ lan tôn sóng "
          "tại các vị trí nguy hiểm; bảo dưỡng thường xuyên toàn bộ hệ thống đường tỉnh.")
SIGNED = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIAO THÔNG VẬN TẢI\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 112/TTr-SGTVT\tAn Hòa, ngày 10 tháng 01 năm 2030\n\nTỜ TRÌNH\nVề việc phê duyệt kế hoạch bảo trì năm 2030"
          "\n\nKính gửi: Ủy ban nhân dân tỉnh.\n\n" + "\n".join(textwrap.wrap(_PROSE, 88) * 2)
          + "\nSở Giao thông vận tải kính trình UBND tỉnh xem xét, phê duyệt./.\n\n"
          "Nơi nhận:                                                  GIÁM ĐỐC\n- Như trên;\n- Sở Tài chính;"
          "                                            (Đã ký)\n- Lưu: VT, QLGT.\n"
          "                                                     Lê Văn Bình\n")
FOOTERS = [
    "Tờ trình số 112/TTr-SGTVT - Tr. 2\n",
    "Tờ trình số 112/TTr-SGTVT - Trang 2 của 2\n",
    "Tờ trình số 112/TTr-SGTVT - Page 2\n",
    "Tờ trình số 112/TTr-SGTVT                                   2/2\n",
    "  Sở Giao thông vận tải tỉnh An Hòa - Tờ trình kế hoạch bảo trì đường tỉnh        - 2 -\n",
    # counter-cases: the footers read before, and none
    "Tờ trình số 112/TTr-SGTVT - Trang 2/2\n",
    "",
]


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_running_footer_in_other_forms_leaves_the_signers_name(footer: str) -> None:
    record = parse_text(SIGNED + footer)
    assert record.signer is not None
    assert (record.signer.name, record.signer.position) == ("Lê Văn Bình", "Giám đốc")


def test_a_page_of_a_book_named_in_prose_still_wraps() -> None:
    # counter-case: a wrapped line ending in a page named in a sentence joins the next one
    text = normalize(SIGNED.replace("tỉnh xem xét, phê duyệt./.", "tỉnh xem xét theo Sổ tay bảo trì đường bộ năm "
                                    "2029 của Bộ Giao thông vận tải, phần hướng dẫn lập kế hoạch, tr. 2\nvà các phụ lục "
                                    "kèm theo./.")).text
    assert "tr. 2 và các phụ lục" in text


# ---- a công điện copied from its title down, its sender's verb in capitals (round 60's ea83c1b) --------------------

WIRED = ("\nĐể chủ động ứng phó với mưa lũ, yêu cầu các đơn vị triển khai ngay các biện pháp phòng, chống.\n" + TAIL)
SENDER_LINES = [
    ("CÔNG ĐIỆN\nVề việc ứng phó mưa lũ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN HÒA ĐIỆN:" + WIRED,
     "Ủy ban nhân dân tỉnh An Hòa"),
    ("CÔNG ĐIỆN\nVề việc ứng phó mưa lũ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN LẠC ĐIỆN:" + WIRED,
     "Ủy ban nhân dân huyện An Lạc"),
    # counter-case: the verb in lower case (read before)
    ("CÔNG ĐIỆN\nVề việc ứng phó mưa lũ\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN HÒA điện:" + WIRED,
     "Ủy ban nhân dân tỉnh An Hòa"),
]


@pytest.mark.parametrize(("text", "issuer"), SENDER_LINES)
def test_a_telegrams_sender_with_its_verb_in_capitals(text: str, issuer: str) -> None:
    record = parse_text(text)
    assert (record.issuer.name if record.issuer else None) == issuer
