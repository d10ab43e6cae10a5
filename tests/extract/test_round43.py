"""The forty-third heldout round's failure classes (invented documents, with counter-cases): the present state told
of a place with "còn" or as what a measure "hiện là", and a place's households counted after one of its parts."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT_HEAD = ("UBND TỈNH AN HÒA                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG              Độc lập - Tự do - Hạnh phúc\n"
               "Số: 210/BC-SNNMT                  An Hòa, ngày 10 tháng 7 năm 2029\n\n"
               "BÁO CÁO\nKết quả công tác 6 tháng đầu năm 2029\n\n"
               "Kính gửi: Ủy ban nhân dân tỉnh.\n\n")
REPORT_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn Hòa\n"


def _figures(body: str) -> list[tuple[float, str]]:
    rec = parse_text(REPORT_HEAD + body + REPORT_TAIL)
    return [(q.value, q.unit) for q in rec.quantities]


# ---- the present state: "hiện <place> còn", "<place> hiện là" -----------------------------------------------------

PRESENT_STATE = [
    ("Đã tiêu hủy 1.250 con lợn. Hiện cả nước còn 41 ổ dịch chưa qua 21 ngày tại 12 tỉnh.", [(1250, "con lợn")]),
    ("Đã thu được 96 tỷ đồng. Hiện trên địa bàn còn 315 đơn vị chậm đóng với số tiền 18,6 tỷ đồng.",
     [(96e9, "đồng")]),
    ("Đã trồng 1.215 ha rừng. Diện tích đất có rừng toàn tỉnh hiện là 412.300 ha, tỷ lệ che phủ 41,2%.",
     [(1215, "ha")]),
    # counter-cases: what was done stays a result; "thực hiện là" is no present state; a cue after the state counts
    ("Tổng kinh phí thực hiện là 86,4 tỷ đồng từ nguồn sự nghiệp.", [(86.4e9, "đồng")]),
    ("Hiện cả nước còn 41 ổ dịch; trong 6 tháng đã tiêm phòng được 2.400 liều vắc xin.", [(2400, "liều")]),
]


@pytest.mark.parametrize(("body", "expected"), PRESENT_STATE)
def test_the_present_state_of_a_place_is_no_quantity(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


# ---- a place's households counted after one of its parts -----------------------------------------------------------

HOUSEHOLDS = [
    ("Xã có 14 ấp với 6.218 hộ, 23.406 nhân khẩu. Năm 2028, xã đã hỗ trợ 120 hộ.", [(120, "hộ")]),
    ("Phường có 9 khu phố, 4.300 hộ gia đình. Đã vận động 56 hộ hiến đất.", [(56, "hộ")]),
    # counter-cases: households alone after "có" are what was done; a part's count "được" something is done for it
    ("Năm 2028, xã có 120 hộ tham gia mô hình nuôi tôm.", [(120, "hộ")]),
    ("Xã có 14 ấp được công nhận đạt chuẩn văn hóa.", [(14, "ấp")]),
]


@pytest.mark.parametrize(("body", "expected"), HOUSEHOLDS)
def test_households_after_a_part_of_the_place_are_its_state(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


# ---- figures and years OCR printed with look-alike letters ---------------------------------------------------------

OCR_FIGURES = [
    ("Năm 2028, xã đã kích hoạt l4.O52 tài khoản, tiếp nhận 2.9l6 hồ sơ trực tuyến, đạt 83,l% kế hoạch.",
     [(14052, "tài khoản"), (2916, "hồ sơ"), (83.1, "%")]),
    ("Mỗi tổ được hỗ trợ 3.OOO.OOO đồng; tặng 1.2OO suất quà, mỗi suất 5OO.OOO đồng.",
     [(3e6, "đồng"), (1200, "suất quà"), (5e5, "đồng")]),
    ("Các hộ dự trữ tối thiểu 2O kg rơm cho mỗi con trâu; mỗi ấp có ít nhất O1 sản phẩm trên sàn.",
     [(20, "kg"), (1, "sản phẩm")]),
    # counter-cases: a short run without a bound word may be a code's letter; a word's letters and a code stay
    ("Năm 2028 đã hỗ trợ 2O hộ nghèo, sửa chữa tuyến Km1l2 đường huyện.", []),
    ("Đã cấp 12 bình khí O2 cho trạm y tế.", [(12, "bình khí")]),
]


@pytest.mark.parametrize(("body", "expected"), OCR_FIGURES)
def test_figures_ocr_printed_with_letters_are_read(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


PLAN_HEAD = ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
             "XÃ AN PHÚ                              Độc lập - Tự do - Hạnh phúc\n"
             "Số: 31/KH-UBND                  An Phú, ngày 02 tháng 3 năm 2028\n\n"
             "KẾ HOẠCH\nChuyển đổi số năm 2028\n\nIV. TIẾN ĐỘ THỰC HIỆN\n")

PERIOD_YEARS = [
    ("1. Tháng 12/2O28: tổng kết, khen thưởng tập thể tiêu biểu.\n", ["2028-12"]),
    ("1. Tháng 12/2028: tổng kết, khen thưởng tập thể tiêu biểu.\n", ["2028-12"]),
    # counter-cases: no month 13; a document's number is no period
    ("1. Tháng 13/2O28: tổng kết, khen thưởng tập thể tiêu biểu.\n", []),
    ("1. Thực hiện Quyết định số 12/2O28/QĐ-UBND của UBND tỉnh.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), PERIOD_YEARS)
def test_a_months_year_ocr_printed_with_an_o_is_read(body: str, expected: list[str]) -> None:
    rec = parse_text(PLAN_HEAD + body + REPORT_TAIL)
    assert [e.date for e in rec.events] == expected


# ---- a flattened table whose last column holds remarks ("Ghi chú") -------------------------------------------------

def _table_doc(table: str) -> str:
    return (PLAN_HEAD.replace("KẾ HOẠCH\nChuyển đổi số năm 2028\n\nIV. TIẾN ĐỘ THỰC HIỆN\n",
                              "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n\nQUYẾT ĐỊNH:\nĐiều 1. Giao chỉ tiêu như sau:\n")
            + table + "\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n" + REPORT_TAIL)


NOTED_TABLES = [
    ("TT\nTrường\nSố lớp\nSố học sinh\nGhi chú\n1\nTHPT An Phú\n12\n480\nKhu vực miền núi\n2\nTHPT Bình Hòa\n9\n405\n\n"
     "3\nTHPT Cát Tiên\n10\n450\n\n",
     [(12, "lớp", "THPT An Phú"), (480, "học sinh", "THPT An Phú"), (9, "lớp", "THPT Bình Hòa"),
      (405, "học sinh", "THPT Bình Hòa"), (10, "lớp", "THPT Cát Tiên"), (450, "học sinh", "THPT Cát Tiên")]),
    ("Đơn vị\nSố hộ\nGhi chú\nThôn Đông\n45\nHộ nghèo\nThôn Tây\n38\n\n",
     [(45, "hộ", "Thôn Đông"), (38, "hộ", "Thôn Tây")]),
    # counter-case: without a remarks column the plain table reads as it did
    ("TT\nTrường\nSố lớp\nSố học sinh\n1\nTHPT An Phú\n12\n480\n2\nTHPT Bình Hòa\n9\n405\n",
     [(12, "lớp", "THPT An Phú"), (480, "học sinh", "THPT An Phú"), (9, "lớp", "THPT Bình Hòa"),
      (405, "học sinh", "THPT Bình Hòa")]),
]


@pytest.mark.parametrize(("table", "expected"), NOTED_TABLES)
def test_a_remarks_column_shifts_no_header(table: str, expected: list[tuple[float, str, str]]) -> None:
    rec = parse_text(_table_doc(table))
    assert [(q.value, q.unit, q.scope) for q in rec.quantities] == expected


# ---- a space-aligned table whose header's units are brackets one blank apart ---------------------------------------

DECISION_TAIL = "\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n" + REPORT_TAIL


def _spaced_doc(table: str) -> str:
    return _table_doc("").removesuffix(DECISION_TAIL) + table + DECISION_TAIL


SPACED_BRACKET_HEADERS = [
    ("    STT  Nội dung hỗ trợ                 Số hộ   Mức hỗ trợ   Thành tiền\n"
     "                                                 (triệu đồng/hộ) (triệu đồng)\n"
     "    1    Nhà bị sập hoàn toàn              3        40            120\n"
     "    2    Nhà tốc mái                       36       8             288\n",
     [(3, "hộ"), (40e6, "đồng/hộ"), (120e6, "đồng"), (36, "hộ"), (8e6, "đồng/hộ"), (288e6, "đồng")]),
    # counter-case: a line of words one blank apart above the rows is no header line
    ("    Danh sách hỗ trợ như sau (đợt 1) (đợt 2)\n"
     "    1    Nhà bị sập hoàn toàn              3        40            120\n"
     "    2    Nhà tốc mái                       36       8             288\n", []),
]


@pytest.mark.parametrize(("table", "expected"), SPACED_BRACKET_HEADERS)
def test_a_header_line_of_bracketed_units_one_blank_apart(table: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(_spaced_doc(table))
    assert [(q.value, q.unit) for q in rec.quantities] == expected


# ---- a table a present-state sentence introduces -------------------------------------------------------------------

STATE_TABLES = [
    ("Đã thu được 96 tỷ đồng. Hiện trên địa bàn còn 315 đơn vị chậm đóng; trong đó các đơn vị nợ lớn như sau:\n\n"
     "| STT | Đơn vị | Số lao động | Số tiền chậm đóng (triệu đồng) |\n|---|---|---|---|\n"
     "| 1 | Công ty TNHH A | 2.310 | 18.642 |\n| 2 | Công ty CP B | 864 | 7.915 |\n", [(96e9, "đồng")]),
    ("Hiện toàn tỉnh có 65 xã, phường, cụ thể như sau:\n\n| Huyện | Số xã |\n|---|---|\n| Huyện A | 12 |\n"
     "| Huyện B | 9 |\n", []),
    # counter-cases: a table a result introduces is read; a cue after the state's words makes it a result
    ("Kết quả thu nợ của các đơn vị như sau:\n\n| STT | Đơn vị | Số tiền đã thu (triệu đồng) |\n|---|---|---|\n"
     "| 1 | Công ty TNHH A | 1.200 |\n", [(1.2e9, "đồng")]),
    ("Hiện trên địa bàn còn 315 đơn vị chậm đóng, đã thu hồi được như sau:\n\n"
     "| STT | Đơn vị | Số tiền (triệu đồng) |\n|---|---|---|\n| 1 | Công ty TNHH A | 1.200 |\n", [(1.2e9, "đồng")]),
]


@pytest.mark.parametrize(("body", "expected"), STATE_TABLES)
def test_a_table_a_present_state_introduces_is_no_quantity(body: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(body) == expected


# ---- a markdown column naming no noun counts what the column to its left counts ------------------------------------

LEFT_NOUNS = [
    ("Kết quả xử lý vi phạm như sau:\n\n| Hạt Kiểm lâm | Vụ phát hiện | Vụ đã xử lý | Chuyển truy cứu hình sự |\n"
     "|---|---|---|---|\n| Hạt KL A | 38 | 35 | 2 |\n",
     [(38, "vụ", "Hạt KL A"), (35, "vụ", "Hạt KL A"), (2, "vụ", "Hạt KL A")]),
    # counter-cases: no figure column to the left names a noun (the label's column is none); a label's own noun counts
    ("Kết quả như sau:\n\n| Đơn vị | Chuyển truy cứu hình sự |\n|---|---|\n| Hạt KL A | 2 |\n", []),
    ("Kết quả như sau:\n\n| Chỉ tiêu | Năm 2027 | Năm 2028 |\n|---|---|---|\n| Kết nạp đoàn viên mới | 120 | 135 |\n",
     [(120, "đoàn viên", "Kết nạp đoàn viên mới"), (135, "đoàn viên", "Kết nạp đoàn viên mới")]),
]


@pytest.mark.parametrize(("body", "expected"), LEFT_NOUNS)
def test_a_column_naming_no_noun_counts_its_left_neighbours(body: str, expected: list[tuple[float, str, str]]) -> None:
    rec = parse_text(REPORT_HEAD + body + REPORT_TAIL)
    assert [(q.value, q.unit, q.scope) for q in rec.quantities] == expected


# ---- a flattened table whose columns are the verbs the paragraph above counted a noun with --------------------------

TOLD_NOUNS = [
    ("Trong quý, bộ phận một cửa tiếp nhận 1.250 hồ sơ; đã giải quyết 1.200 hồ sơ, trong đó trễ hạn 8 hồ sơ. "
     "Kết quả theo lĩnh vực:\nLĩnh vực\nTiếp nhận\nĐã giải quyết\nTrễ hạn\nHộ tịch\n700\n690\n3\nĐất đai\n550\n510\n5\n",
     [(1250, "hồ sơ", None), (1200, "hồ sơ", None), (8, "hồ sơ", None), (700, "hồ sơ", "Hộ tịch"),
      (690, "hồ sơ", "Hộ tịch"), (3, "hồ sơ", "Hộ tịch"), (550, "hồ sơ", "Đất đai"), (510, "hồ sơ", "Đất đai"),
      (5, "hồ sơ", "Đất đai")]),
    # counter-cases: one column told is too few; columns told with different nouns name none
    ("Trong quý đã tiếp nhận 1.250 hồ sơ. Kết quả:\nLĩnh vực\nTiếp nhận\nTrễ hạn\nHộ tịch\n700\n3\n",
     [(1250, "hồ sơ", None)]),
    ("Đã tiếp nhận 1.250 hồ sơ, trễ hạn 8 ngày. Kết quả:\nLĩnh vực\nTiếp nhận\nTrễ hạn\nHộ tịch\n700\n3\n",
     [(1250, "hồ sơ", None)]),
]


@pytest.mark.parametrize(("body", "expected"), TOLD_NOUNS)
def test_columns_named_by_the_verbs_above_count_their_noun(
        body: str, expected: list[tuple[float, str, str | None]]) -> None:
    rec = parse_text(REPORT_HEAD + body + REPORT_TAIL)
    assert [(q.value, q.unit, q.scope) for q in rec.quantities] == expected


# ---- a plan's review of records in a quarter is due by its end -----------------------------------------------------

QUARTER_REVIEWS = [
    ("4. Rà soát, làm sạch dữ liệu hộ kinh doanh trên các cơ sở dữ liệu\nchuyên ngành trong quý III/2028.\n",
     [("2028-09-30", "2028-Q3")]),
    # counter-case: a review done in the quarter is a report's span
    ("4. Đã rà soát 120 hộ kinh doanh trong quý III/2028.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), QUARTER_REVIEWS)
def test_a_review_in_a_quarter_is_due_by_its_end(body: str, expected: list[tuple[str, str]]) -> None:
    rec = parse_text(PLAN_HEAD + body + REPORT_TAIL)
    assert [(d.due, d.period) for d in rec.deadlines] == expected


# ---- a one-line copy's signer with no TM./KT. line, and a forum's "Bài viết được chia sẻ" footer -------------------

ONE_LINE_HEAD = ("SỞ CÔNG THƯƠNG TỈNH AN HÒA CHI CỤC QUẢN LÝ THỊ TRƯỜNG Số: 46/KH-QLTT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
                 "Độc lập - Tự do - Hạnh phúc An Hòa, ngày 28 tháng 11 năm 2028 KẾ HOẠCH Cao điểm chống buôn lậu dịp "
                 "Tết Nguyên đán Kỷ Dậu 2029 Thực hiện Kế hoạch số 389/KH-BCĐ389 ngày 15/11/2028 của Ban Chỉ đạo 389 "
                 "tỉnh, Chi cục xây dựng Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU Kiểm soát chặt chẽ thị trường dịp Tết. ")

ONE_LINE_CLOSINGS = [
    ("Nơi nhận: - Sở Công Thương (b/c); - Các Đội QLTT; - Lưu: VT, NV-TH. CHI CỤC TRƯỞNG (Đã ký) Hoàng Văn Quân",
     ("Hoàng Văn Quân", "Chi cục trưởng", None), "Lưu: VT, NV-TH"),
    ("Nơi nhận: - Sở Công Thương (b/c); - Lưu: VT. TRƯỞNG PHÒNG (đã ký) Nguyễn Đình Hải Bài viết được chia sẻ lại "
     "từ nhóm kế toán, ai cần phụ lục thì inbox nhé.", ("Nguyễn Đình Hải", "Trưởng phòng", None), "Lưu: VT"),
    # counter-case: after an authority's "KT." the block stays one
    ("Nơi nhận: - Sở Công Thương (b/c); - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Hoàng Văn Quân",
     ("Hoàng Văn Quân", "Chủ tịch", "TM. Ủy ban nhân dân"), "Lưu: VT"),
]


@pytest.mark.parametrize(("closing", "signer", "archive"), ONE_LINE_CLOSINGS)
def test_a_one_line_signer_without_authority_is_cut_from_the_archive_item(
        closing: str, signer: tuple[str, str, str | None], archive: str) -> None:
    rec = parse_text(ONE_LINE_HEAD + closing + "\n")
    assert rec.signer is not None
    assert (rec.signer.name, rec.signer.position, rec.signer.authority) == signer
    assert rec.distribution[-1].name == archive
