"""Rounds 75-79's table shapes the figure-table readers did not take or read twice (issue 10), fixed by class: invented
documents of each shape, in several sizes, with counter-cases that must stay as they are."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("TRUNG TÂM Y TẾ HUYỆN AN HÒA\nSố: 318/BC-TTYT\nAn Hòa, ngày 05 tháng 10 năm 2041\nBÁO CÁO\n"
          "Kết quả công tác 9 tháng năm 2041\n1. Kết quả\n{prose}\n{caption}\n{table}\n2. Kiến nghị\nKhông.\n"
          "Nơi nhận:\n- Sở Y tế;\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Bình\n")
PLAN = ("BAN THƯỜNG VỤ HUYỆN ĐOÀN AN HÒA\nSố: 41-KH/HĐTN\nAn Hòa, ngày 10 tháng 01 năm 2041\nKẾ HOẠCH\n"
        "Công tác năm 2041\nI. CHỈ TIÊU\n{prose}\n{caption}\n{table}\nII. TỔ CHỨC THỰC HIỆN\nCác cơ sở triển khai.\n"
        "Nơi nhận:\n- Tỉnh Đoàn;\n- Lưu: VP.\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\nLê Văn Bình\n")


def _quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in parse_text(text).quantities]


# a paragraph of a DOCX's full width: the lines around a table are as long as a real document's (a page of short lines
# reads as a hard-wrapped text, whose cells the line repair joins)
LEAD = ("Thực hiện kế hoạch năm 2041 của Sở Y tế và hướng dẫn chuyên môn của Trung tâm Kiểm soát bệnh tật tỉnh, đơn vị "
        "đã triển khai đồng bộ các nhiệm vụ chuyên môn tại các trạm y tế xã, thị trấn trên địa bàn huyện.\n"
        "Công tác tuyên truyền được đẩy mạnh trên hệ thống truyền thanh cơ sở và các trang mạng xã hội của đơn vị.\n"
        "Các trạm y tế chủ động rà soát đối tượng, lập danh sách, thông báo lịch cho gia đình và phối hợp với các đoàn "
        "thể ở thôn, tổ dân phố vận động người dân đưa trẻ đi tiêm đúng lịch, bảo đảm an toàn và hiệu quả.\n"
        "Việc cập nhật dữ liệu trên hệ thống thông tin được duy trì hằng ngày.")


def _report(prose: str, table: str, caption: str = "Kết quả cụ thể như sau:") -> list[tuple[float, str]]:
    return _quantities(REPORT.format(prose=f"{LEAD}\n{prose}", caption=caption, table=table))


def _plan(prose: str, table: str, caption: str = "Chỉ tiêu giao các cụm như sau:") -> list[tuple[float, str]]:
    return _quantities(PLAN.format(prose=f"{LEAD}\n{prose}", caption=caption, table=table))


def _cells(*rows: tuple[str, ...]) -> str:
    return "".join(f"{cell}\n" for row in rows for cell in row)


# 1. DOCX cells one a line whose rows' names hold a figure of what they name ("Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi",
# "DPT4 cho trẻ 18 tháng tuổi"), under headers carrying their units ('Kế hoạch năm 2041 (người)', 'Tỷ lệ (%)'):
# every row is read, with or without its "TT" column (fixed: h879's 14 cells)
DIGIT_ROWS_INDEXED = _cells(
    ("TT", "Nội dung", "Kế hoạch năm 2041 (người)", "Thực hiện 9 tháng (người)", "Tỷ lệ (%)"),
    ("1", "Tiêm viêm gan B cho trẻ dưới 24 giờ", "1.840", "1.402", "76,2"),
    ("2", "Sởi mũi 2 cho trẻ 18 tháng tuổi", "1.790", "1.318", "73,6"),
    ("3", "Bạch hầu nhắc lại DPT4", "1.790", "1.296", "72,4"))
DIGIT_ROWS_BARE = _cells(
    ("Đối tượng", "Kế hoạch (trẻ)", "Đã tiêm (trẻ)"),
    ("Trẻ 12 tháng tuổi", "960", "745"),
    ("Trẻ 18 tháng tuổi", "955", "702"))
DIGIT_ROWS_TWO_COLUMNS = _cells(
    ("TT", "Hạng mục", "Khối lượng (m3)"),
    ("1", "Nạo vét kênh N2", "4.200"),
    ("2", "Nạo vét kênh N4", "3.650"),
    ("3", "Đắp bờ bao khu C", "1.180"))
DIGIT_ROWS = [
    (DIGIT_ROWS_INDEXED, [(1840, "người"), (1402, "người"), (76.2, "%"), (1318, "người"), (72.4, "%")]),
    (DIGIT_ROWS_BARE, [(960, "trẻ"), (745, "trẻ"), (955, "trẻ"), (702, "trẻ")]),
    (DIGIT_ROWS_TWO_COLUMNS, [(4200, "m3"), (3650, "m3"), (1180, "m3")]),
]


@pytest.mark.parametrize(("table", "expected"), DIGIT_ROWS)
def test_row_names_holding_a_figure_are_rows(table: str, expected: list[tuple[float, str]]) -> None:
    found = _report("Công tác tiêm chủng được duy trì.", table)
    assert all(item in found for item in expected), found


# counter-cases: a name holding a figure with no second row of its shape after it opens no table (one line of words
# and figures over figure lines may be a heading over a list); a name ending in a bare number ("Đắp bờ bao khu 3") is
# no row's, as a sentence's or a heading's end is not
def test_one_figured_name_over_figures_is_no_table() -> None:
    table = _cells(("Nội dung", "Kế hoạch (trẻ)", "Đã tiêm (trẻ)"), ("Trẻ 12 tháng tuổi", "960", "745"),
                   ("Ghi chú: số liệu đến ngày 30/9/2041.",))
    found = _report("Công tác tiêm chủng được duy trì.", table)
    assert (960, "trẻ") not in found and (745, "trẻ") not in found


def test_a_name_ending_in_a_bare_number_ends_the_rows() -> None:
    table = DIGIT_ROWS_TWO_COLUMNS.replace("Đắp bờ bao khu C", "Đắp bờ bao khu 3")
    found = _report("Công tác thủy lợi được duy trì.", table)
    assert (1180, "m3") not in found


# 2. A share in a row that the text told in a clause naming every word of the row ("Tỷ lệ tiêm chủng đầy đủ cho trẻ
# dưới 1 tuổi đạt 73,4% kế hoạch" over the row "Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi ... 73,4"): one share
# (fixed: h879's 73,4 counted twice); a share equal by chance in a clause naming another thing is the table's own
SHARE_TABLE = _cells(
    ("TT", "Nội dung", "Kế hoạch (trẻ)", "Thực hiện (trẻ)", "Tỷ lệ (%)"),
    ("1", "Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", "2.400", "1.788", "74,5"),
    ("2", "Tiêm vắc xin sởi cho trẻ 18 tháng", "2.350", "1.690", "71,9"))


def test_a_share_told_of_the_whole_row_is_counted_once() -> None:
    found = _report("Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt 74,5% kế hoạch năm.", SHARE_TABLE)
    assert found.count((74.5, "%")) == 1
    assert (2400, "trẻ") in found and (1788, "trẻ") in found and (71.9, "%") in found


def test_a_share_told_of_another_thing_stays_the_rows() -> None:
    found = _report("Tỷ lệ hộ gia đình dùng nước sạch đạt 74,5%.", SHARE_TABLE)
    assert found.count((74.5, "%")) == 2


# 3. A plan's table of clusters: a count of the bodies each row groups before the target columns ('Số liên đội', 'Số
# chi đoàn') is what the row is made of, the state, and a target column naming no noun does not count what that count
# counts (fixed: h791's and h738's "cơ sở đoàn", "liên đội" read as targets); a count of things the plan makes ('Số
# lớp' beside 'Chỉ tiêu (học viên)') stays
CLUSTERS = _cells(
    ("TT", "Cụm thi đua", "Số chi đoàn", "Chỉ tiêu (tấn)"),
    ("1", "Cụm 1 (06 xã ven biển)", "18", "42"),
    ("2", "Cụm 2 (các xã vùng cao)", "14", "35"))
CLUSTERS_NO_NOUN = _cells(
    ("TT", "Cụm cơ sở", "Số chi bộ", "Chỉ tiêu kết nạp cả năm"),
    ("1", "Cụm Bắc", "9", "120"),
    ("2", "Cụm Nam", "11", "140"))
CLASSES = _cells(
    ("TT", "Loại lớp", "Số lớp", "Chỉ tiêu (học viên)"),
    ("1", "Lớp sơ cấp nghề", "4", "120"),
    ("2", "Lớp bồi dưỡng kỹ năng", "3", "90"))


def test_a_count_of_the_bodies_a_row_groups_is_no_target() -> None:
    found = _plan("Toàn huyện thu gom ít nhất 77 tấn giấy vụn.", CLUSTERS)
    assert (42, "tấn") in found and (35, "tấn") in found
    assert not any(unit.startswith("chi đoàn") for _, unit in found)


def test_a_target_naming_no_noun_counts_nothing_of_the_count_before_it() -> None:
    found = _plan("Năm 2041 kết nạp đoàn viên đạt chỉ tiêu.", CLUSTERS_NO_NOUN)
    assert not any(unit.startswith("chi bộ") for _, unit in found)


def test_a_count_of_what_the_plan_makes_stays() -> None:
    found = _plan("Mở các lớp đào tạo nghề cho thanh niên.", CLASSES)
    assert (4, "lớp") in found and (3, "lớp") in found and (120, "học viên") in found


DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 415/QĐ-UBND\nAn Hòa, ngày 20 tháng 12 năm 2041\nQUYẾT ĐỊNH\n"
            "Về việc giao chỉ tiêu và kinh phí năm 2042\nỦY BAN NHÂN DÂN TỈNH AN HÒA\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n"
            "Căn cứ Nghị quyết số 25/NQ-HĐND ngày 10 tháng 12 năm 2041 của Hội đồng nhân dân tỉnh về dự toán ngân sách "
            "nhà nước năm 2042;\nXét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 402/TTr-STC ngày 12/12/2041.\n"
            "QUYẾT ĐỊNH:\nĐiều 1. {article}\n"
            "Điều 2. Các đơn vị tổ chức thực hiện bảo đảm tiến độ, chất lượng và hiệu quả; định kỳ báo cáo kết quả thực "
            "hiện về Sở Tài chính để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình\n\n"
            "PHỤ LỤC\nCHI TIẾT NĂM 2042\n(Kèm theo Quyết định số 415/QĐ-UBND ngày 20/12/2041 của UBND tỉnh)\n{table}")


def _decision(article: str, table: str) -> list[tuple[float, str]]:
    return _quantities(DECISION.format(article=article, table=table))


# 4. A total row restating a figure whose sentence sends the reader to the annex ("... 52.300 triệu đồng (danh mục
# chi tiết tại Phụ lục kèm theo)", "(chi tiết theo Phụ lục kèm theo Quyết định này)"): the same figure, once, under
# whatever heading the annex stands; the row's other figures are the table's own (fixed: h868's 52.300, h863's 1.200
# and 3.480, h910's 28.640)
POINTED_PIPED = ("| STT | Tên công trình | Chiều dài (km) | Kinh phí (triệu đồng) |\n|---|---|---|---|\n"
                 "| 1 | Sửa chữa mặt đường tuyến ĐT.301 | 6,5 | 9.400 |\n| 2 | Sửa chữa cầu Suối Cát | 0,1 | 5.200 |\n"
                 "| | **Tổng cộng** | **6,6** | **14.600** |\n")
POINTED_SPACED = ("  TT   Đơn vị                     Chỉ tiêu       Kinh phí hỗ trợ\n"
                  "                                  (người)        (triệu đồng)\n"
                  "  1    Huyện Đông Sơn                  420            1.260\n"
                  "  2    Huyện Tây Sơn                   380            1.140\n"
                  "       Tổng cộng                       800            2.400\n")
POINTED = [
    ("Phê duyệt kinh phí sửa chữa định kỳ 02 công trình năm 2042 là 14.600 triệu đồng (danh mục chi tiết tại Phụ lục "
     "kèm theo).", POINTED_PIPED, (14_600_000_000, "đồng"), [(6.6, "km"), (9_400_000_000, "đồng")]),
    ("Giao chỉ tiêu đào tạo nghề năm 2042 cho các huyện là 800 người, kinh phí hỗ trợ 2.400 triệu đồng (chi tiết theo "
     "Phụ lục kèm theo Quyết định này).", POINTED_SPACED, (800, "người"), [(420, "người"), (1_140_000_000, "đồng")]),
]


@pytest.mark.parametrize(("article", "table", "told", "own"), POINTED)
def test_a_total_the_text_points_to_the_annex_for_is_counted_once(article: str, table: str, told: tuple[float, str],
                                                                   own: list[tuple[float, str]]) -> None:
    found = _decision(article, table)
    assert found.count(told) == 1, found
    assert all(item in found for item in own), found


# (no counter-case of an annex's total without a pointer: round 82's quantities._annex_start reads any annex total
# restating the articles' figure as that figure again, as docs/RECORD.md's total-row rule says)


# 5. A total row printed without the index cell its rows have ("       Tổng cộng   800   450   2.400" under "  1    Huyện
# ...   420   ..."), in a PDF's space-aligned phụ lục: a row, its figures read (fixed: h863's 600, h902's, h905's)
def test_a_total_row_without_its_index_is_read() -> None:
    table = POINTED_SPACED.replace("Chỉ tiêu       Kinh phí hỗ trợ", "Chỉ tiêu       Nữ             Kinh phí hỗ trợ") \
        .replace("(người)        (triệu đồng)", "(người)        (người)        (triệu đồng)") \
        .replace("420            1.260", "420            210            1.260") \
        .replace("380            1.140", "380            240            1.140") \
        .replace("800            2.400", "800            450            2.400")
    found = _decision("Giao chỉ tiêu đào tạo nghề năm 2042 cho các huyện (chi tiết theo Phụ lục kèm theo).", table)
    assert (450, "người") in found and (210, "người") in found, found


# 6. The grand total of a plan's "Cả năm" column, in its total row, restating the year's figure its part told above
# ("Dự toán thu năm 2042 được giao 960 tỷ đồng" over "| | Tổng cộng | 210,0 | ... | 960,0 |"): one figure (fixed: h882)
PLAN_DOC = ("CHI CỤC THUẾ KHU VỰC IX\nSố: 12/KH-CCT\nAn Hòa, ngày 05 tháng 01 năm 2042\nKẾ HOẠCH\n"
            "Thu ngân sách nhà nước năm 2042\nI. CHỈ TIÊU\n1. Dự toán thu ngân sách nhà nước năm 2042 được giao 960 tỷ "
            "đồng; phấn đấu thu đạt ít nhất 105% dự toán.\n2. Tiến độ thu theo quý (đơn vị: tỷ đồng):\n\n"
            "| TT | Khoản thu | Quý I | Quý II | Quý III | Quý IV | Cả năm |\n|---|---|---|---|---|---|---|\n"
            "| 1 | Thuế công thương nghiệp | 150,0 | 170,0 | 180,0 | 200,0 | 700,0 |\n"
            "| 2 | Thu tiền sử dụng đất | 60,0 | 60,0 | 70,0 | 70,0 | 260,0 |\n"
            "| | **Tổng cộng** | **210,0** | **230,0** | **250,0** | **270,0** | **960,0** |\n\n"
            "II. TỔ CHỨC THỰC HIỆN\nCác đội thuế triển khai thực hiện kế hoạch này.\n"
            "Nơi nhận:\n- Cục Thuế;\n- Lưu: VT.\nCHI CỤC TRƯỞNG\nLê Văn Bình\n")


def test_a_grand_total_restating_the_years_figure_is_counted_once() -> None:
    found = _quantities(PLAN_DOC)
    assert found.count((960_000_000_000, "đồng")) == 1, found
    assert (700_000_000_000, "đồng") in found and (270_000_000_000, "đồng") in found


# 7. A total row's sum the text tells again after the table under another heading, in a clause naming its column
# ("Kinh phí (triệu đồng)" and "IV. KINH PHÍ / ..., trong đó kinh phí chiến dịch ... là 865 triệu đồng"): one sum
# (fixed: h832); a sum of the same value told of another thing stays
CAMPAIGN = ("SỞ Y TẾ TỈNH AN HÒA\nSố: 88/KH-SYT\nAn Hòa, ngày 10 tháng 3 năm 2042\nKẾ HOẠCH\n"
            "Phòng, chống sốt xuất huyết năm 2042\nI. HOẠT ĐỘNG\n1. Tổ chức chiến dịch diệt lăng quăng tại các huyện "
            "trọng điểm:\n\n| TT | Đơn vị | Số hộ được kiểm tra | Kinh phí (triệu đồng) |\n|---|---|---|---|\n"
            "| 1 | Huyện Đông Sơn | 42.000 | 480 |\n| 2 | Huyện Tây Sơn | 31.000 | 385 |\n"
            "| | **Tổng cộng** | **73.000** | **865** |\n\n2. Tập huấn cán bộ y tế tuyến xã.\nII. KINH PHÍ\n{funds}\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai.\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nGIÁM ĐỐC\n"
            "Lê Văn Bình\n")


def test_a_total_told_after_in_a_clause_naming_its_column_is_counted_once() -> None:
    funds = ("Tổng kinh phí thực hiện là 2,4 tỷ đồng, trong đó kinh phí chiến dịch tại các huyện trọng điểm là 865 "
             "triệu đồng.")
    found = _quantities(CAMPAIGN.format(funds=funds))
    assert found.count((865_000_000, "đồng")) == 1, found
    assert (73_000, "hộ được kiểm tra") in found


def test_a_sum_of_the_same_value_told_of_another_thing_stays() -> None:
    funds = "Mua hóa chất phun diệt muỗi với giá trị 865 triệu đồng."
    assert _quantities(CAMPAIGN.format(funds=funds)).count((865_000_000, "đồng")) == 2


# 8. A column of the time each row's task or works is planned to take ("Thời gian thực hiện (ngày)", "Thời gian thi
# công (tháng)") holds targets (docs/RECORD.md; fixed: h868's 8 cells, h584's 7 after its gold was corrected); another
# span in brackets ("Thời gian bảo hành (tháng)") counts nothing, as before
WORKS_PIPED = ("| STT | Tên công trình | Kinh phí (triệu đồng) | {header} |\n|---|---|---|---|\n"
               "| 1 | Sửa chữa cầu Suối Cát | 5.200 | 150 |\n| 2 | Sửa chữa mặt đường ĐT.301 | 9.400 | 120 |\n")
WORKS_TABBED = ("TT\tTên nhiệm vụ\tĐơn vị chủ trì\t{header}\tKinh phí (triệu đồng)\n"
                "1\tNghiên cứu giống lúa chịu mặn\tTrung tâm Khuyến nông\t18\t310\n"
                "2\tSố hóa hồ sơ di tích cấp tỉnh\tBảo tàng tỉnh\t12\t195\n")
PLANNED = [
    (WORKS_PIPED, "Thời gian thực hiện (ngày)", [(150, "ngày"), (120, "ngày")]),
    (WORKS_TABBED, "Thời gian thực hiện (tháng)", [(18, "tháng"), (12, "tháng")]),
    (WORKS_PIPED, "Thời gian thi công (ngày)", [(150, "ngày"), (120, "ngày")]),
]


@pytest.mark.parametrize(("table", "header", "expected"), PLANNED)
def test_a_planned_time_column_holds_targets(table: str, header: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(DECISION.format(article="Phê duyệt danh mục và kinh phí năm 2042 (chi tiết tại Phụ lục kèm theo).",
                                     table=table.format(header=header)))
    found = [(q.value, q.unit, q.kind) for q in rec.quantities]
    assert all((*item, "target") in found for item in expected), found


def test_another_span_column_counts_nothing() -> None:
    found = _decision("Phê duyệt danh mục năm 2042 (chi tiết tại Phụ lục kèm theo).",
                      WORKS_PIPED.format(header="Thời gian bảo hành (tháng)"))
    assert not any(unit == "tháng" for _, unit in found)
    assert (5_200_000_000, "đồng") in found


# 9. A markdown figure row's label naming its indicator with a number ("| 3 | Phụ nữ có thai tiêm uốn ván 2 mũi | người |
# 5.200 | ...", "| Bàn ghế học sinh 2 chỗ ngồi | Bộ | 560 |"): the number says which thing the row counts, no count of
# its own, as a tab table's label's is (fixed: h853's "2 mũi", h561's "2 chỗ"); a number in a row of no figure cell
# stays a sentence's
LABELLED = ("| TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |\n|---|---|---|---|---|\n"
            "| 1 | Trẻ dưới 1 tuổi tiêm đủ 8 loại vắc xin | trẻ | 2.400 | 2.310 |\n"
            "| 2 | Phụ nữ có thai tiêm uốn ván 2 mũi | người | 2.600 | 2.480 |\n")


def test_a_number_in_a_figure_rows_label_is_no_count() -> None:
    found = _report("Công tác tiêm chủng được duy trì.", LABELLED)
    assert (2600, "người") in found and (2310, "trẻ") in found
    assert not any(value in (8, 2) for value, _ in found), found


def test_a_number_in_a_row_of_no_figure_is_read() -> None:
    table = ("| TT | Nội dung | Thời gian |\n|---|---|---|\n"
             "| 1 | Tổ chức 04 lớp tập huấn cho cán bộ y tế xã | Quý II/2041 |\n")
    assert (4, "lớp") in _report("Công tác tiêm chủng được duy trì.", table)


# 10. A tax office's work on taxpayers, no tax rate: households brought under tax management, businesses inspected at
# the taxpayer's premises, tax recovered by inspections (quantity_cues.tsv rule_not; fixed: h861's, h882's, h900's 6
# items); a rate a rule grants taxpayers stays a rule's
TAX_PLAN = ("CHI CỤC THUẾ KHU VỰC IX\nSố: 12/KH-CCT\nAn Hòa, ngày 05 tháng 01 năm 2042\nKẾ HOẠCH\n"
            "Thu ngân sách nhà nước năm 2042\nI. MỤC TIÊU\n" + LEAD + "\nII. NHIỆM VỤ, GIẢI PHÁP\n{task}\n"
            "III. TỔ CHỨC THỰC HIỆN\nCác đội thuế triển khai.\nNơi nhận:\n- Cục Thuế;\n- Lưu: VT.\nCHI CỤC TRƯỞNG\n"
            "Lê Văn Bình\n")
TAX_TASKS = [
    ("1. Rà soát, đưa vào quản lý thuế ít nhất 220 hộ kinh doanh mới.", (220, "gte", "hộ")),
    ("1. Kiểm tra tại trụ sở người nộp thuế đối với 36 doanh nghiệp.", (36, "eq", "doanh nghiệp")),
    ("1. Phấn đấu số thuế truy thu, phạt qua kiểm tra đạt 9 tỷ đồng.", (9_000_000_000, "eq", "đồng")),
]


@pytest.mark.parametrize(("task", "expected"), TAX_TASKS)
def test_a_tax_offices_work_on_taxpayers_is_counted(task: str, expected: tuple[float, str, str]) -> None:
    found = [(q.value, q.comparator, q.unit) for q in parse_text(TAX_PLAN.format(task=task)).quantities]
    assert any(f[:2] == expected[:2] and f[2].startswith(expected[2]) for f in found), found


def test_a_rate_granted_to_taxpayers_stays_a_rule() -> None:
    task = "1. Người nộp thuế được giảm 30% số thuế phải nộp theo quy định."
    assert not any(q.value == 30 for q in parse_text(TAX_PLAN.format(task=task)).quantities)
