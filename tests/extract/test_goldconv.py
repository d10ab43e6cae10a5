"""Gold conventions the heldout gold read two ways, settled by the spec (docs/RECORD.md "Conventions"), and the
rules held to them: invented documents and counter-cases, one section a convention."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 215/BC-UBND\nNinh Thuận, ngày 12 tháng 11 năm 2029\n\nBÁO CÁO\n"
          "Tình hình thực hiện nhiệm vụ năm 2029\n\n{body}\n\n"
          "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Sơn\n")

Item = tuple[float, str, str | None, str]


def _quantities(body: str, frame: str = REPORT) -> list[Item]:
    return [(q.value, q.comparator, q.unit, q.kind) for q in parse_text(frame.format(body=body)).quantities]


# ---- a threshold that sorts a count's things is no quantity -------------------------------------------------------
# "còn 214 dự án có tỷ lệ giải ngân dưới 30%": the 30% says which projects are counted, no amount planned or done
# (h377, h385, h395, h450 dropped it, as h168, h186, h306, h459, h508 had)

@pytest.mark.parametrize("body, expected", [
    ("I. KẾT QUẢ\nĐến ngày 31/10/2029, toàn tỉnh giải ngân được 1.250 tỷ đồng, đạt 64,2% kế hoạch; còn 23 dự án có tỷ "
     "lệ giải ngân dưới 40%.",
     [(1_250_000_000_000, "eq", "đồng", "result"), (64.2, "eq", "%", "result"), (23, "eq", "dự án", "result")]),
    ("I. KẾT QUẢ\nĐã cập nhật 12.300 hồ sơ, đạt 88,5%. Có 05 đơn vị đạt tỷ lệ dưới 70%.",
     [(12_300, "eq", "hồ sơ", "result"), (88.5, "eq", "%", "result"), (5, "eq", "đơn vị", "result")]),
    ("I. KẾT QUẢ\nTỷ lệ tiêm đạt 91%; còn 03 xã đạt tỷ lệ tiêm dưới 75% tổng đàn.",
     [(91, "eq", "%", "result"), (3, "eq", "xã", "result")]),
    ("I. KẾT QUẢ\nGiải ngân đạt 72%; còn 9 huyện tỷ lệ giải ngân dưới 50%.",
     [(72, "eq", "%", "result"), (9, "eq", "huyện", "result")]),
])
def test_a_threshold_sorting_a_counts_things_is_no_quantity(body: str, expected: list[Item]) -> None:
    assert _quantities(body) == expected


@pytest.mark.parametrize("body, expected", [
    # counter-cases: a share planned or reached under a bound is the share itself, kept with its bound
    ("II. NHIỆM VỤ\nPhấn đấu giảm tỷ lệ hộ nghèo xuống dưới 2% trong năm 2030.", [(2, "lt", "%", "target")]),
    ("I. KẾT QUẢ\nTỷ lệ hộ nghèo giảm còn dưới 3%.", [(3, "lt", "%", "result")]),
])
def test_a_share_under_a_bound_stays_a_quantity(body: str, expected: list[Item]) -> None:
    assert _quantities(body) == expected


# ---- what a review finds left is the state of affairs ---------------------------------------------------------------
# "Qua rà soát, ... còn 14 vị trí xung yếu, 03 cống dưới đê đang thi công dở dang; 06 hồ chứa đã tích nước": the
# places at risk now, no work done on them (h399's gold drops all three, as h306's "hiện còn" and h387's "còn")

DISPATCH = ("ỦY BAN NHÂN DÂN\nHUYỆN NGA SƠN\nSố: 07/CĐ-UBND\nNga Sơn, ngày 17 tháng 9 năm 2028\n\nCÔNG ĐIỆN\n"
            "Về việc chủ động ứng phó với bão số 6\n\nCHỦ TỊCH UBND HUYỆN điện:\n- Chủ tịch UBND các xã ven biển.\n\n"
            "{body}\n1. Các xã bố trí tối thiểu 03 người/ca trực tại mỗi vị trí.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Hùng\n")
ON_DUTY: Item = (3, "gte", "người/ca", "target")


@pytest.mark.parametrize("body, expected", [
    ("Qua rà soát, trên tuyến đê sông Lèn còn 9 vị trí xung yếu, 02 cống dưới đê đang thi công dở dang; 04 hồ chứa "
     "đã tích nước đến mực nước dâng bình thường.", [ON_DUTY]),
    ("Hiện trên địa bàn còn 9 vị trí xung yếu.", [ON_DUTY]),
    # counter-case: the work the bodies did on them is a result
    ("Qua kiểm tra, các xã đã gia cố 9 vị trí xung yếu và nạo vét 02 cống.",
     [(9, "eq", "vị trí", "result"), (2, "eq", "cống", "result"), ON_DUTY]),
])
def test_what_a_review_finds_left_is_the_state(body: str, expected: list[Item]) -> None:
    assert _quantities(body, DISPATCH) == expected


# ---- an estimate is approx ------------------------------------------------------------------------------------------
# "GRDP năm 2027 ước tăng 8,46%" and a table's "Ước thực hiện" column, as "ước đạt" (quantity_cues.tsv comparator and
# column_comparator rows); what is told beside an estimate without its own "ước" stays eq

ESTIMATES = "I. KẾT QUẢ\nTổng sản phẩm trên địa bàn (GRDP) năm 2029 {verb} 7,85% so với năm 2028."


@pytest.mark.parametrize("verb, comparator", [
    ("ước tăng", "approx"),
    ("ước giảm", "approx"),
    # counter-cases: no estimate
    ("tăng", "eq"),
    ("đã tăng", "eq"),
])
def test_an_estimated_change_is_approx(verb: str, comparator: str) -> None:
    assert _quantities(ESTIMATES.format(verb=verb)) == [(7.85, comparator, "%", "result")]


def test_what_is_told_beside_an_estimate_stays_eq() -> None:
    body = "I. KẾT QUẢ\nThu ngân sách ước đạt 1.215 tỷ đồng, tăng 9,6% so với năm 2028, bằng 104,2% dự toán."
    assert _quantities(body) == [(1_215_000_000_000, "approx", "đồng", "result"), (9.6, "eq", "%", "result"),
                                 (104.2, "eq", "%", "result")]


ESTIMATE_TABLE = ("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n"
                  "TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2029\t{header}\tSo với kế hoạch (%)\n"
                  "1\tTrồng rừng tập trung\tha\t4.200\t4.356\t103,7\n"
                  "2\tDoanh nghiệp thành lập mới\tDoanh nghiệp\t800\t612\t76,5\n")


@pytest.mark.parametrize("header, comparator", [
    ("Ước thực hiện năm 2029", "approx"),
    ("Ước tính 6 tháng", "approx"),
    # counter-case: a column of what was done
    ("Thực hiện năm 2029", "eq"),
])
def test_an_estimate_columns_figures_are_approx(header: str, comparator: str) -> None:
    found = _quantities(ESTIMATE_TABLE.format(header=header))
    done = [q for q in found if q[3] == "result" and q[2] != "%"]
    assert done == [(4356, comparator, "ha", "result"), (612, comparator, "doanh nghiệp", "result")]
    assert all(q[1] == "eq" for q in found if q not in done)  # the plan and the share columns stay eq


# ---- a support level the document sets is an amount it plans --------------------------------------------------------
# "mức hỗ trợ không quá 5 triệu đồng/ha" (h281, h411, h491, h493, h504, h544 count it); fees, taxes and fines it
# imposes stay rules, no quantity

PLAN = ("ỦY BAN NHÂN DÂN\nXÃ BẢN HON\nSố: 41/KH-UBND\nBản Hon, ngày 06 tháng 3 năm 2029\n\nKẾ HOẠCH\n"
        "Phát triển cây dược liệu năm 2029\n\nIII. NỘI DUNG\n{body}\n\n"
        "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Sơn\n")


@pytest.mark.parametrize("body, expected", [
    ("1. Hỗ trợ giống cho các hộ trồng mới; mức hỗ trợ không quá 6 triệu đồng/ha.",
     [(6_000_000, "lte", "đồng/ha", "target")]),
    ("1. Mức hỗ trợ cây giống sâm 3.200 đồng/cây; các hộ tự bỏ công lao động.",
     [(3_200, "eq", "đồng/cây", "target")]),
    ("1. Mở lớp tập huấn kỹ thuật; mức hỗ trợ chi phí đào tạo không quá 3 triệu đồng/người/khóa học.",
     [(3_000_000, "lte", "đồng/người", "target")]),
    # counter-cases: a fee, a tax rate and a cost norm are rules
    ("1. Mức phí thẩm định 150.000 đồng/hồ sơ.", []),
    ("1. Thuế suất thuế giá trị gia tăng 5%.", []),
    ("1. Chi phí vận chuyển 200.000 đồng/tấn.", []),
])
def test_a_support_level_is_planned(body: str, expected: list[Item]) -> None:
    assert _quantities(body, PLAN) == expected


# ---- a shortfall is no quantity -------------------------------------------------------------------------------------
# "còn 14 cơ sở chưa gửi báo cáo", "còn 14 dự án chậm giải phóng mặt bằng", "Còn 09 trường hợp ... chưa được xử lý dứt
# điểm" (h387, h446 since 96707cc, h402, h432): what is left undone, neither planned nor done; the plan to deal with
# it is a target

def test_a_shortfall_is_no_quantity_and_the_plan_to_end_it_is_a_target() -> None:
    body = ("I. KẾT QUẢ\nĐến ngày 30/9/2029, mới có 11 cơ sở gửi báo cáo, đạt 42,3%; còn 15 cơ sở chưa gửi báo cáo.\n\n"
            "II. HẠN CHẾ\nTiến độ giải ngân còn chậm; còn 12 dự án chậm giải phóng mặt bằng; Còn 05 trường hợp xây "
            "dựng sai phép chưa được xử lý dứt điểm.\n\n"
            "III. NHIỆM VỤ\nXử lý dứt điểm 05 trường hợp xây dựng sai phép trước ngày 31/12/2029.")
    assert _quantities(body) == [(11, "eq", "cơ sở", "result"), (42.3, "eq", "%", "result"),
                                 (5, "eq", "trường hợp", "target")]


# ---- a rule's bound on what its things measure ("có giá trị dưới 5 triệu đồng") is a threshold ------------------------
# as "có giá trị từ 500 triệu đồng trở lên" is (h318): it says which spending a rule is about (h450)

LETTER = ("KHO BẠC NHÀ NƯỚC\nKHU VỰC IX\nSố: 1520/KBNN-KSC\nCần Thơ, ngày 02 tháng 12 năm 2028\n\n"
          "V/v khóa sổ kế toán cuối năm 2028\n\nKính gửi: Các đơn vị sử dụng ngân sách.\n\n{body}\n\n"
          "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nTrần Văn Bình\n")


@pytest.mark.parametrize("body, expected", [
    ("c) Các khoản chi có giá trị dưới 10 triệu đồng được thực hiện qua dịch vụ công trực tuyến.", []),
    ("2. Các gói thầu có giá trị không quá 500 triệu đồng áp dụng hình thức chỉ định thầu rút gọn.", []),
    # counter-cases: a bound on an amount planned or done, no clause going on from it
    ("2. Đến ngày 30/11/2028, đã giải ngân được trên 5.120 tỷ đồng.", [(5_120_000_000_000, "gt", "đồng", "result")]),
    ("2. Phấn đấu giải ngân đạt tối thiểu 95% kế hoạch vốn được giao.", [(95, "gte", "%", "target")]),
])
def test_a_rules_bound_on_a_measure_is_a_threshold(body: str, expected: list[Item]) -> None:
    assert _quantities(body, LETTER) == expected
