"""Heldout round 81 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH A\nSỞ KHOA HỌC\nSố: 318/BC-SKH\nA, ngày 12 tháng 7 năm 2036\nBÁO CÁO\nKết quả công tác 6 tháng năm 2036\n"
          "Kính gửi: Ủy ban nhân dân tỉnh.\n{body}\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn Bình\n")


def _quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in parse_text(text).quantities]


# 1. A PDF's unit-column table whose cells a reader joined with single spaces, the unit cell a lower-case counted noun
# the units table does not list ("phòng", "người", "lượt người") or a noun its own label names ("Cấp mới giấy phép
# giấy phép") (fixed: h898's 11 cells)
COLLAPSED = ("Kết quả thực hiện một số chỉ tiêu:\n"
             " TT Chỉ tiêu ĐVT Kế hoạch Thực hiện Tỷ lệ (%)\n"
             " 1 {label} {unit} 120 132 110,0\n"
             " 2 Thẩm định hồ sơ đề tài khoa học hồ sơ 60 54 90,0\n")
COLLAPSED_UNITS = [
    ("Cải tạo phòng thí nghiệm", "phòng", "phòng"),
    ("Tập huấn cán bộ cơ sở", "người", "người"),
    ("Tư vấn chuyển giao công nghệ", "lượt người", "lượt người"),
    ("Doanh nghiệp được hỗ trợ đổi mới", "doanh nghiệp", "doanh nghiệp"),
]


@pytest.mark.parametrize(("label", "unit", "expected"), COLLAPSED_UNITS)
def test_a_collapsed_row_with_a_lower_case_unit(label: str, unit: str, expected: str) -> None:
    found = _quantities(REPORT.format(body=COLLAPSED.format(label=label, unit=unit)))
    assert (120, expected) in found and (132, expected) in found and (110.0, "%") in found
    assert (60, "hồ sơ") in found and (54, "hồ sơ") in found


def test_a_collapsed_row_whose_unit_is_no_noun_stays_unread() -> None:
    # counter-case: a last word that is no counted noun and repeats nothing of the label is no unit cell
    found = _quantities(REPORT.format(body=COLLAPSED.format(label="Cải tạo phòng thí nghiệm", unit="xong")))
    assert (120, "xong") not in found and not any(v == 132 for v, _ in found)


# 2. A space-aligned table's unnumbered sub-row, its name opening with a dash under the row's name ("- Chi đầu tư phát
# triển" under "3   Chi ngân sách xã"), is a row of the table, as are the numbered rows after it (fixed: h900's 7 cells)
SPACED = ("Kết quả cụ thể (đơn vị tính: triệu đồng):\n\n"
          " STT      Nội dung                     Dự toán 2036    Thực hiện quý I   Tỷ lệ (%)\n"
          "  1   Thu ngân sách xã                   42.600          11.930          28,0\n"
          "  2   Chi ngân sách xã                   38.400           9.216          24,0\n"
          "{sub}"
          "  3   Chi chuyển nguồn                    1.250             640          51,2\n")
SUB_ROWS = ("      - Chi đầu tư phát triển            12.800           1.792          14,0\n"
            "      - Chi thường xuyên                 25.600           7.424          29,0\n")


def test_a_dashed_sub_row_is_a_row_of_its_table() -> None:
    found = _quantities(REPORT.format(body=SPACED.format(sub=SUB_ROWS)))
    for value in (12_800_000_000, 1_792_000_000, 25_600_000_000, 7_424_000_000, 1_250_000_000, 640_000_000):
        assert (value, "đồng") in found
    assert (14.0, "%") in found and (29.0, "%") in found


def test_a_table_without_sub_rows_reads_as_before() -> None:
    # counter-case: the numbered rows alone are read as they were, each once
    found = _quantities(REPORT.format(body=SPACED.format(sub="")))
    assert found.count((38_400_000_000, "đồng")) == 1 and (1_250_000_000, "đồng") in found


# 3. A rule's rates listed in the bracket after the rule a sentence names ("theo Nghị quyết số ... (mức hỗ trợ 1.500.000
# đồng/ha đối với cây ngô, 2.000.000 đồng/ha đối với cây rau)"): every rate of the list is the rule's, not only the first
# (fixed: h896's and h897's second rates)
RULE_BRACKETS = [
    "Hỗ trợ sản xuất vụ Đông theo Nghị quyết số 12/2035/NQ-HĐND ngày 10/12/2035 của HĐND tỉnh (mức hỗ trợ 1.200.000 "
    "đồng/ha đối với cây khoai tây, 1.800.000 đồng/ha đối với cây rau).",
    "Học viên được hỗ trợ theo Quyết định số 46/2015/QĐ-TTg ngày 28/9/2015 của Thủ tướng Chính phủ (tiền ăn 30.000 "
    "đồng/người/ngày; tiền đi lại 200.000 đồng/người/khóa học).",
]


@pytest.mark.parametrize("line", RULE_BRACKETS)
def test_every_rate_in_a_named_rules_bracket_is_the_rules(line: str) -> None:
    found = _quantities(REPORT.format(body=line))
    assert not any(v in (1_200_000, 1_800_000, 30_000, 200_000) for v, _ in found)


def test_a_bracket_after_a_rule_telling_what_was_done_stays() -> None:
    # counter-case: a bracket after the rule telling the work done under it, no rate, keeps its counts
    line = ("Đã chi trả hỗ trợ theo Nghị quyết số 12/2035/NQ-HĐND ngày 10/12/2035 của HĐND tỉnh (đã hỗ trợ 120 hộ, "
            "tổng số tiền 360 triệu đồng).")
    found = _quantities(REPORT.format(body=line))
    assert (120, "hộ") in found and (360_000_000, "đồng") in found


# 4. A regional road administration under its department on a line of its own ('CỤC ĐƯỜNG BỘ VIỆT NAM' / 'KHU QUẢN LÝ
# ĐƯỜNG BỘ II'): the issuer under its parent (fixed: h904's issuer, read as one name)
@pytest.mark.parametrize(("lines", "name", "parent"), [
    ("CỤC ĐƯỜNG BỘ VIỆT NAM\nKHU QUẢN LÝ ĐƯỜNG BỘ IV", "KHU QUẢN LÝ ĐƯỜNG BỘ IV", "CỤC ĐƯỜNG BỘ VIỆT NAM"),
    # counter-case: a name wrapped onto a line opening with another "KHU QUẢN LÝ" stays one
    ("UBND TỈNH A\nBAN QUẢN LÝ CÁC\nKHU QUẢN LÝ ĐÔ THỊ", "BAN QUẢN LÝ CÁC KHU QUẢN LÝ ĐÔ THỊ", "UBND TỈNH A"),
])
def test_a_road_administration_under_its_department(lines: str, name: str, parent: str | None) -> None:
    text = (f"{lines}\nSố: 412/BC-KQLĐB\nHà Nội, ngày 06 tháng 7 năm 2036\nBÁO CÁO\nKết quả bảo trì đường bộ\n"
            "Nội dung báo cáo.\nNơi nhận:\n- Lưu: VT.\nTRƯỞNG KHU\nLê Văn An\n")
    issuer = parse_text(text).issuer
    assert issuer is not None and (issuer.name, issuer.parent) == (name, parent)
