"""Heldout round 75 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("SỞ XÂY DỰNG\nSố: 212/BC-SXD\nPhú Hòa, ngày 10 tháng 10 năm 2033\nBÁO CÁO\nTình hình thực hiện vốn năm 2033\n"
          "Kính gửi: Ủy ban nhân dân tỉnh.\n{body}\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Khải\n")


def _quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in parse_text(text).quantities]


# 1. A unit note in brackets closing a table's caption ("Kết quả giải ngân theo nguồn vốn (đơn vị: tỷ đồng):") gives
# the unit of the figure columns whose header names none, as a note on a line of its own does (fixed: h830's and
# h836's tab tables lost their money cells, 11; h826's box-drawn table, 7)
TABBED = ("Nguồn vốn\tKế hoạch năm 2033\tGiải ngân đến 30/9/2033\tTỷ lệ (%)\n"
          "Vốn trong nước\t2.150\t1.310\t60,9\nVốn nước ngoài\t840\t395\t47,0\n")
CAPTIONS = [
    ("Kết quả giải ngân theo nguồn vốn (đơn vị: tỷ đồng):", (1_310_000_000_000, "đồng")),
    ("Kết quả giải ngân theo nguồn vốn (Đơn vị tính: triệu đồng)", (395_000_000, "đồng")),
    ("Bảng tổng hợp (ĐVT: tỷ đồng).", (2_150_000_000_000, "đồng")),
]


@pytest.mark.parametrize(("caption", "expected"), CAPTIONS)
def test_a_unit_note_closing_a_caption_gives_the_columns_unit(caption: str, expected: tuple[float, str]) -> None:
    assert expected in _quantities(REPORT.format(body=f"{caption}\n{TABBED}"))


CAPTION_COUNTER = [
    # counter-cases: a caption without a note leaves the unitless columns unread; a bracket naming no unit ("(đơn
    # vị: Ban Quản lý dự án)") gives none; a note inside a sentence that goes on past it is no note
    "Kết quả giải ngân theo nguồn vốn:",
    "Kết quả giải ngân theo nguồn vốn (đơn vị: Ban Quản lý dự án):",
    "Số liệu (đơn vị: tỷ đồng) do các chủ đầu tư báo cáo như sau:",
]


@pytest.mark.parametrize("caption", CAPTION_COUNTER)
def test_a_caption_without_a_unit_note_gives_no_unit(caption: str) -> None:
    found = _quantities(REPORT.format(body=f"{caption}\n{TABBED}"))
    assert not any(v in (1_310, 1_310_000_000_000, 1_310_000_000) for v, _ in found)


# 2. A table of one cell a line whose first row's name is longer than a header's (seven words and more: "Lớp định
# hướng Khoa học tự nhiên") is read when the row after it has the same shape, a name and as many figures (fixed:
# h835's class table lost its 6 cells)
ONE_CELL = ("Chỉ tiêu theo loại lớp:\nSTT\nLoại lớp\nSố lớp\nChỉ tiêu (học sinh)\n"
            "1\nLớp định hướng Khoa học tự nhiên chất lượng cao\n4\n180\n"
            "2\nLớp định hướng Khoa học xã hội và nhân văn\n3\n135\n{third}")


@pytest.mark.parametrize("third", ["", "3\nLớp tăng cường Tiếng Anh\n2\n90\n"])
def test_a_long_first_row_name_with_a_row_of_its_shape_after_it(third: str) -> None:
    found = _quantities(REPORT.format(body=ONE_CELL.format(third=third)))
    assert {(4, "lớp"), (180, "học sinh"), (3, "lớp"), (135, "học sinh")} <= set(found)
    if third:
        assert (90, "học sinh") in found


def test_a_long_line_before_figures_alone_is_no_row() -> None:
    # counter-case: a long line, then figures, then prose: no second row of its shape, no table
    body = ("STT\nLoại lớp\nSố lớp\nChỉ tiêu (học sinh)\n1\nLớp định hướng Khoa học tự nhiên chất lượng cao\n4\n180\n"
            "Các lớp còn lại bố trí theo nguyện vọng của học sinh.\n")
    assert not any(v in (4, 180) for v, _ in _quantities(REPORT.format(body=body)))


# 3. A running total taken at a day, opening its sentence, then its place's "có" ("Lũy kế đến ngày 30/9/2033, các
# khu công nghiệp có 214 dự án còn hiệu lực") is the state of that day, as "Tính đến nay, toàn tỉnh có" is (fixed:
# h829's 186, 19,8 tỷ USD, 108.640 tỷ đồng and 142 were read as results); what was done by then, told with its verb,
# stays a result
RUNNING = [
    ("Lũy kế đến ngày 30/9/2033, các khu công nghiệp trên địa bàn có 214 dự án còn hiệu lực, trong đó 162 dự án đã "
     "đi vào hoạt động.", []),
    ("Lũy kế đến nay, khu kinh tế có 96 dự án còn hiệu lực.", []),
    ("Lũy kế đến ngày 30/9/2033, Sở đã giải ngân 1.310 tỷ đồng, đạt 60,9% kế hoạch.",
     [(1_310_000_000_000, "đồng"), (60.9, "%")]),
    ("Lũy kế 9 tháng, các khu công nghiệp thu hút 12 dự án mới.", [(12, "dự án")]),
]


@pytest.mark.parametrize(("body", "expected"), RUNNING)
def test_a_running_total_at_a_day_is_the_state(body: str, expected: list[tuple[float, str]]) -> None:
    assert _quantities(REPORT.format(body=body)) == expected


# 4. A rule's list of rates told with "là" and a comma ("Lệ phí dự thi vòng sơ khảo là 200.000 đồng/thí sinh, vòng
# chung khảo là 300.000 đồng/thí sinh"): the rate after the comma is the rule's as the first is (fixed: h828's second
# entry fee and h831's second family deduction were read as targets)
COPULA_RATES = [
    ("Lệ phí dự thi vòng sơ khảo là 200.000 đồng/thí sinh, vòng chung khảo là 300.000 đồng/thí sinh.", []),
    ("Mức giảm trừ đối với người lao động là 12 triệu đồng/tháng, đối với mỗi người phụ thuộc là 5 triệu đồng/tháng.",
     []),
    # counter-cases: a support level listed so is planned; a sum after the comma told without "là" is no rate of the list
    ("Mức hỗ trợ đối với hộ nghèo là 1,5 triệu đồng/tháng, đối với hộ cận nghèo là 1 triệu đồng/tháng.",
     [1_500_000, 1_000_000]),
    ("Học phí là 1.450.000 đồng/tháng, nhà trường hỗ trợ học sinh nghèo 500.000 đồng/tháng.", [500_000]),
]


@pytest.mark.parametrize(("body", "values"), COPULA_RATES)
def test_a_rule_list_of_rates_told_with_la(body: str, values: list[float]) -> None:
    assert [v for v, _ in _quantities(REPORT.format(body=body))] == values


# 5. Pensions and allowances paid, joined ("chi trả lương hưu, trợ cấp BHXH hằng tháng cho 4.120 người với số tiền
# 61,3 tỷ đồng"): the people paid and the sum are counted, the "trợ cấp" names what was paid, no rate (fixed: h833's
# 5.830 people and their sum lost, h706's 28.415)
PENSIONS = [
    ("Chi trả lương hưu, trợ cấp BHXH hằng tháng cho 4.120 người với số tiền 61,3 tỷ đồng.",
     [4_120, 61_300_000_000]),
    # counter-case: an allowance's rate stays a rate
    ("Mức trợ cấp đối với mỗi người là 500.000 đồng/tháng.", []),
]


@pytest.mark.parametrize(("body", "values"), PENSIONS)
def test_pensions_and_allowances_paid_are_counted(body: str, values: list[float]) -> None:
    assert [v for v, _ in _quantities(REPORT.format(body=body))] == values
