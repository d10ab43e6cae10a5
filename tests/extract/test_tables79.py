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
