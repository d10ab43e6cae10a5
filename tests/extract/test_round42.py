"""The forty-second heldout round's failure classes (invented documents, with counter-cases): a DOCX table pasted
under an indented paragraph, each of its rows opening with a tab ("\\tSTT\\tNội dung\\tChỉ tiêu\\tKết quả"), whose
blank first cell shifted every column."""

from __future__ import annotations

import pytest

from vanban import parse_text

# ---- a tab table whose every row opens with a tab ----------------------------------------------------------------

UNION_HEAD = ("BAN CHẤP HÀNH HUYỆN ĐOÀN AN NHƠN\tĐOÀN TNCS HỒ CHÍ MINH\n***\t\nSố: 41-BC/HĐTN\t"
              "An Nhơn, ngày 25 tháng 8 năm 2028\n\nBÁO CÁO\nTổng kết Chiến dịch hè năm 2028\n\n"
              "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n")
UNION_TAIL = ("\nNơi nhận:\n- Tỉnh đoàn (b/c);\n- Lưu: VP.\n\nTM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ\n\n"
              "Lê Văn Hòa\n")

INDENTED_TABLES = [
    ("\tSTT\tNội dung\tChỉ tiêu\tKết quả\n\t1\tCông trình thanh niên (công trình)\t12\t14\n"
     "\t2\tNhà nhân ái xây mới (căn)\t4\t3\n",
     [(12, "công trình", "target"), (14, "công trình", "result"), (4, "căn", "target"), (3, "căn", "result")]),
    ("\tTT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2029\n\t1\tĐoàn viên được tập huấn\tngười\t450\n"
     "\t2\tTỷ lệ chi đoàn xếp loại tốt\t%\t80\n",
     [(450, "người", "target"), (80, "%", "target")]),
    # counter-cases: the same table without the indent reads the same; a table whose header opens with a label
    # keeps reading its rows' blank first cell as a cell (a total row's), not as an indent
    ("STT\tNội dung\tChỉ tiêu\tKết quả\n1\tCông trình thanh niên (công trình)\t12\t14\n",
     [(12, "công trình", "target"), (14, "công trình", "result")]),
    ("Nội dung\tChỉ tiêu\tKết quả\nCông trình thanh niên (công trình)\t12\t14\n\tCộng\t12\n",
     [(12, "công trình", "target"), (14, "công trình", "result")]),
]


@pytest.mark.parametrize(("table", "expected"), INDENTED_TABLES)
def test_an_indented_tab_table_is_read_from_its_second_cell(table: str, expected: list[tuple[float, str, str]]) -> None:
    rec = parse_text(UNION_HEAD + table + UNION_TAIL)
    assert [(q.value, q.unit, q.kind) for q in rec.quantities] == expected


# ---- a closing block whose every line opens with a tab -------------------------------------------------------------

INDENTED_CLOSINGS = [
    ("\tNơi nhận:\tTM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\n\t- Tỉnh đoàn (b/c);\tBÍ THƯ\n\t- Thường trực Huyện ủy (b/c);\n"
     "\t- Các cơ sở Đoàn;\tLê Văn Hòa\n\t- Lưu: VP.\n",
     ["Tỉnh đoàn (b/c)", "Thường trực Huyện ủy (b/c)", "Các cơ sở Đoàn", "Lưu: VP"], "Lê Văn Hòa", "Bí thư"),
    # counter-cases: the same block without the indent; a tab-indented line that is no list item (the signer's
    # note, the name) stays the signature's
    ("Nơi nhận:\tTM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\n- Tỉnh đoàn (b/c);\tBÍ THƯ\n- Thường trực Huyện ủy (b/c);\n"
     "- Lưu: VP.\n\t(Đã ký)\n\tLê Văn Hòa\n",
     ["Tỉnh đoàn (b/c)", "Thường trực Huyện ủy (b/c)", "Lưu: VP"], "Lê Văn Hòa", "Bí thư"),
]


@pytest.mark.parametrize(("closing", "names", "signer", "position"), INDENTED_CLOSINGS)
def test_a_tab_indented_noi_nhan_item_is_the_left_column(closing: str, names: list[str], signer: str,
                                                          position: str) -> None:
    head = UNION_HEAD.removesuffix("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n")
    rec = parse_text(head + "Huyện đoàn đã tổ chức 12 buổi tuyên truyền.\n\n" + closing)
    assert [d.name for d in rec.distribution] == names
    assert rec.signer is not None and (rec.signer.name, rec.signer.position) == (signer, position)


# ---- a pest's infestation of crops and its density ---------------------------------------------------------------

FARM_HEAD = ("UBND TỈNH AN GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
             "Số: 812/SNNMT-TTBVTV       An Giang, ngày 20 tháng 6 năm 2028\nV/v phòng, chống rầy nâu hại lúa\n\n"
             "Kính gửi: Ủy ban nhân dân các huyện.\n\n")
FARM_TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Tâm\n"

INFESTATIONS = [
    ("Toàn tỉnh có 2.140 ha lúa Hè Thu nhiễm rầy nâu với mật số phổ biến 2.000 - 4.000 con/m², cục bộ trên "
     "8.000 con/m²; 95 ha có triệu chứng bệnh lùn xoắn lá. Các địa phương đã phun trừ trên 1.320 ha.",
     [(1320, "ha")]),
    ("Chỉ phun thuốc khi mật số rầy trên 3.000 con/m²; 160 ha ngô nhiễm sâu keo mùa thu cần theo dõi.", []),
    # counter-cases: the work told apart from the infested area, the help to its growers and an area planted at a
    # density stay
    ("Đã phun trừ rầy trên 860 ha; hỗ trợ 45 triệu đồng cho các hộ có lúa nhiễm bệnh.",
     [(860, "ha"), (45000000, "đồng")]),
    ("Trồng mới 120 ha cây ăn quả với mật độ 400 cây/ha.", [(120, "ha")]),
]


@pytest.mark.parametrize(("body", "expected"), INFESTATIONS)
def test_a_crop_infestation_and_a_pest_density_are_no_quantities(body: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(FARM_HEAD + body + FARM_TAIL)
    assert [(q.value, q.unit) for q in rec.quantities] == expected


# ---- a resolution's review of the year past, and a crop named with a damage word --------------------------------------

COUNCIL_HEAD = ("HỘI ĐỒNG NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐIỆN BIÊN\n"
                "Số: 52/NQ-HĐND                 Điện Biên, ngày 09 tháng 12 năm 2028\n\nNGHỊ QUYẾT\n"
                "Về kế hoạch phát triển kinh tế - xã hội năm 2029\n\nHỘI ĐỒNG NHÂN DÂN TỈNH ĐIỆN BIÊN\n\n"
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n\nQUYẾT NGHỊ:\n\n")
COUNCIL_TAIL = "\n\nNơi nhận:\n- Chính phủ;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLò Văn Phương\n"

REVIEWED_YEARS = [
    ("Điều 1. Đánh giá tình hình năm 2028\nNăm 2028, tốc độ tăng trưởng GRDP ước đạt 7,8%; thu ngân sách nhà nước "
     "trên địa bàn đạt 1.950 tỷ đồng; có thêm 6 xã đạt chuẩn nông thôn mới.\n",
     [(7.8, "%", "result"), (1950000000000, "đồng", "result"), (6, "xã", "result")]),
    ("Điều 1. Chỉ tiêu chủ yếu năm 2029\nTrồng mới 1.200 ha mắc ca và 500 ha chè.\n",
     [(1200, "ha", "target"), (500, "ha", "target")]),
    # counter-cases: the review named in a sentence, or a heading going on past it, cues nothing; people who caught
    # a disease stay no count
    ("Điều 1. Phạm vi\nHội đồng thống nhất đánh giá tình hình năm 2028: thu ngân sách 1.950 tỷ đồng.\n", []),
    ("Điều 1. Đánh giá tình hình an ninh tại các xã biên giới\nCó 6 xã đạt chuẩn an toàn.\n", []),
    ("Điều 1. Chỉ tiêu chủ yếu năm 2029\nGiảm số trẻ mắc sởi; tiêm vắc xin cho 35 trẻ mắc bệnh mãn tính.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), REVIEWED_YEARS)
def test_a_resolution_s_review_of_the_year_reports_results(body: str, expected: list[tuple[float, str, str]]) -> None:
    rec = parse_text(COUNCIL_HEAD + body + COUNCIL_TAIL)
    assert [(q.value, q.unit, q.kind) for q in rec.quantities] == expected


# ---- a portal's "Tin bài khác" box under the signer ---------------------------------------------------------------

WOMEN_PAGE = ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE\nTrang chủ | Tin tức | Văn bản Hội\n\nHỘI LHPN VIỆT NAM\n"
              "BAN THƯỜNG VỤ HỘI LHPN TỈNH BẾN TRE\nSố: 51/KH-HPN\nBến Tre, ngày 02 tháng 11 năm 2028\n\nKẾ HOẠCH\n"
              "Tổ chức Tháng hành động vì bình đẳng giới năm 2028\n\nMỗi cơ sở Hội tổ chức ít nhất 02 buổi truyền thông.\n"
              "Các chi hội gửi tin bài khác về hoạt động Hội cho Ban Tuyên giáo.\n\n"
              "Nơi nhận:\n- TW Hội (b/c);\n- Lưu: VT.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n(đã ký)\nLê Thị Hoa\n\n")

RELATED_BOXES = [
    ("Tin bài khác\n• Hội LHPN tỉnh trao 15 mái ấm tình thương (28/10/2028)\n• 32 ý tưởng vào chung kết (12/10/2028)\n",
     [2]),
    ("Tin bài khác:\n• Trao 12 suất học bổng cho con hội viên nghèo (20/10/2028)\n", [2]),
    # counter-case: the words inside a sentence of the body end nothing (the box's entries without a label stay read)
    ("• Hội LHPN tỉnh trao 15 mái ấm tình thương (28/10/2028)\n", [2, 15]),
]


@pytest.mark.parametrize(("box", "values"), RELATED_BOXES)
def test_a_tin_bai_khac_box_is_the_page_s_chrome(box: str, values: list[float]) -> None:
    rec = parse_text(WOMEN_PAGE + box)
    assert [q.value for q in rec.quantities] == values
    assert rec.signer is not None and rec.signer.name == "Lê Thị Hoa"


# ---- a filing window of whole days ---------------------------------------------------------------------------------

POLICE_HEAD = ("CÔNG AN TỈNH PHÚ YÊN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 512/TB-CAT          "
               "Tuy Hòa, ngày 20 tháng 9 năm 2028\n\nTHÔNG BÁO\nTuyển chọn công dân thực hiện nghĩa vụ tham gia "
               "Công an nhân dân năm 2029\n\n3. Hồ sơ, thời gian và địa điểm đăng ký\n")
POLICE_TAIL = "\n\nNơi nhận:\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Tâm\n"

FILING_WINDOWS = [
    ("- Công dân nộp hồ sơ sơ tuyển tại Công an xã, phường, thị trấn nơi cư trú từ ngày 02/10/2028 đến hết ngày "
     "31/10/2028 (trong giờ hành chính các ngày làm việc).", [("2028-10-02", "2028-10-31")], []),
    ("Thí sinh nộp phiếu đăng ký dự tuyển tại trường từ ngày 10/10/2028 đến ngày 20/10/2028.",
     [("2028-10-10", "2028-10-20")], []),
    # counter-cases: a window closing at an hour, one sent to a body named ("về Phòng ..."), one naming no place the
    # filers go to, and a bare by-when stay deadlines
    ("Thí sinh nộp phiếu đăng ký dự tuyển tại trường từ ngày 02/10 đến 17 giờ 00 ngày 12/10/2028.", [],
     ["2028-10-12T17:00"]),
    ("Các đơn vị nộp hồ sơ sơ tuyển về Phòng Tổ chức cán bộ từ ngày 05/10/2028 đến hết ngày 30/10/2028.", [],
     ["2028-10-30"]),
    ("Công an các huyện gửi hồ sơ về Công an tỉnh trước ngày 15/12/2028.", [], ["2028-12-15"]),
    ("Các đơn vị gửi hồ sơ sơ tuyển từ ngày 05/10/2028 đến ngày 12/10/2028.", [], ["2028-10-12"]),
]


@pytest.mark.parametrize(("body", "events", "dues"), FILING_WINDOWS)
def test_a_filing_window_of_whole_days_is_an_event(body: str, events: list[tuple[str, str]], dues: list[str]) -> None:
    rec = parse_text(POLICE_HEAD + body + POLICE_TAIL)
    assert [(e.date, e.end) for e in rec.events] == events
    assert [d.due for d in rec.deadlines] == dues


# ---- a table cell's printed bound and a part of a total in a cell ----------------------------------------------------

HEALTH_HEAD = ("UBND TỈNH QUẢNG BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\n"
               "Số: 902/KH-SYT\tĐồng Hới, ngày 10 tháng 3 năm 2028\n\nKẾ HOẠCH\nQuản lý bệnh không lây nhiễm năm 2028\n\n"
               "III. CHỈ TIÊU NĂM 2028\n")
HEALTH_TAIL = "\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn Tâm\n"

CELL_FORMS = [
    ("STT\tChỉ tiêu\tĐơn vị tính\tNăm 2028\n1\tTỷ lệ người bệnh được quản lý\t%\t≥ 55\n"
     "2\tTrạm y tế có đủ thuốc\ttrạm\t151/151\n3\tTỷ lệ tái khám quá hẹn\t%\t≤ 5\n",
     [(55, "gte", "%"), (151, "eq", "trạm"), (151, "eq", "trạm"), (5, "lte", "%")]),
    ("| Chỉ tiêu | Kế hoạch | Thực hiện |\n| Xã đạt chuẩn (xã) | 12/15 | 13/15 |\n",
     [(12, "eq", "xã"), (15, "eq", "xã"), (13, "eq", "xã"), (15, "eq", "xã")]),
    # counter-cases: a day and month in a cell is no part of a total (a part over its total), nor a pair of shares
    # or a pair under a column that plans or reports nothing with no unit cell
    ("| Nội dung | Thời gian | Kế hoạch |\n| Khám sàng lọc (người) | 15/4 | 300 |\n", [(300, "eq", "người")]),
    ("STT\tChỉ tiêu\tĐơn vị tính\tNăm 2028\n1\tTỷ lệ tiêm đủ mũi\t%\t90/95\n", []),
    ("| Nội dung | Ghi chú |\n| Trạm y tế (trạm) | 3/5 |\n", []),
]


@pytest.mark.parametrize(("table", "expected"), CELL_FORMS)
def test_a_cell_s_bound_and_part_of_a_total_are_read(table: str, expected: list[tuple[float, str, str]]) -> None:
    rec = parse_text(HEALTH_HEAD + table + HEALTH_TAIL)
    assert [(q.value, q.comparator, q.unit) for q in rec.quantities] == expected
