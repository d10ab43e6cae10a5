"""The quantity leftovers of heldout rounds 65-69 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 88/BC-UBND\nB, ngày 05 tháng 12 năm 2032\n\nBÁO CÁO\n"
          "Tình hình thực hiện nhiệm vụ năm 2032\n\n1. Kết quả\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thạnh\n"


def _figures(head: str, body: str) -> list[tuple[float, str]]:
    return [(float(q.value), q.unit or "") for q in parse_text(head + body + TAIL).quantities]


# ---- the present state told at the moment a count is taken at --------------------------------------------------------

AS_OF = [
    ("Tính đến nay, toàn tỉnh có 52 sản phẩm được cấp văn bằng bảo hộ nhãn hiệu và 01 chỉ dẫn địa lý.", []),
    ("Trong năm đã tổ chức 11 lớp tập huấn. Tính đến nay, toàn huyện có 38 hợp tác xã nông nghiệp.", [(11, "lớp")]),
    ("Đến thời điểm báo cáo, trên địa bàn xã có 14 cơ sở giết mổ gia súc.", []),
    ("Tại thời điểm 31/12/2032, toàn huyện có 1.240 hộ nghèo.", []),
    ("Đến đầu năm 2032, trên địa bàn tỉnh có 32 khu công nghiệp đã được thành lập với tổng diện tích 12.860 ha.", []),
    ("Đến đầu năm 2032, vốn tài liệu của Thư viện tỉnh có 298.540 bản sách, 1.126 tên báo, tạp chí.", []),
    # counter-cases: what the period brought, what was done, what was added, a target
    ("Từ đầu năm đến nay, toàn tỉnh có 412 doanh nghiệp thành lập mới.", [(412, "doanh nghiệp")]),
    ("Tính đến nay, toàn tỉnh đã giảm còn 1.200 hộ nghèo.", [(1200, "hộ")]),
    ("Tính đến nay, toàn tỉnh đã có 52 sản phẩm được cấp văn bằng bảo hộ.", [(52, "sản phẩm")]),
    ("Tính đến nay, toàn tỉnh có thêm 52 sản phẩm được cấp văn bằng bảo hộ.", [(52, "sản phẩm")]),
    ("Đến nay đã có 298 kiến nghị được trả lời.", [(298, "kiến nghị")]),
]


@pytest.mark.parametrize(("body", "figures"), AS_OF)
def test_the_state_at_the_moment_a_count_is_taken(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a place's count told as it now is, "<place> hiện là" --------------------------------------------------------------

NOW_IS = [
    ("Số doanh nghiệp khoa học và công nghệ trên địa bàn tỉnh hiện là 9 doanh nghiệp.", []),
    ("Số hợp tác xã của huyện hiện là 46 hợp tác xã.", []),
    # counter-cases: a sum the report gives ("thực hiện là"), one done
    ("Tổng kinh phí thực hiện là 86,4 tỷ đồng.", [(86.4e9, "đồng")]),
    ("Số doanh nghiệp được hỗ trợ trong năm là 9 doanh nghiệp.", [(9, "doanh nghiệp")]),
]


@pytest.mark.parametrize(("body", "figures"), NOW_IS)
def test_a_places_count_as_it_now_is(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a word closing a counted noun of the state is no plan's cue -------------------------------------------------------

COUNTED_QUALIFIER = [
    ("Bệnh viện hiện có 650 giường bệnh kế hoạch, 842 viên chức, người lao động.", []),
    ("Trung tâm hiện có 120 giường kế hoạch, 96 viên chức.", []),
    # counter-cases: a plan's clause after the state, a share of the plan reached
    ("Hiện xã có 120 hộ nghèo, kế hoạch năm 2033 giảm 30 hộ.", [(30, "hộ")]),
    ("Toàn huyện hiện có 38 xã đạt 100% kế hoạch, 12 xã đạt chuẩn.", [(12, "xã")]),
]


@pytest.mark.parametrize(("body", "figures"), COUNTED_QUALIFIER)
def test_a_counted_nouns_qualifier_is_no_cue(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- an amount owed now and its parts after "trong đó" ----------------------------------------------------------------

ARREARS = [
    ("Công nợ bảo hiểm y tế chưa được thanh toán đến ngày 30/9/2032 là 34,6 tỷ đồng, trong đó vượt trần, vượt quỹ năm "
     "2031 là 12,8 tỷ đồng.", []),
    ("Nợ tiền điện khó đòi đến\nngày 30/9/2032 là 6,7 tỷ đồng, trong đó 2,1 tỷ đồng của các doanh nghiệp đã\nngừng "
     "hoạt động.", []),
    ("Số chuyển nguồn năm 2031 sang năm 2032 còn 412 tỷ đồng, trong đó 97 tỷ đồng chưa giải ngân.", []),
    ("Kinh phí thu hồi từ các nhiệm vụ đến ngày 30/11/2032 còn phải thu 1,48 tỷ đồng, trong đó\nnợ quá hạn 0,62 tỷ "
     "đồng.", []),
    ("Còn 26 doanh nghiệp chậm đóng bảo hiểm xã hội với số tiền 42,6 tỷ đồng, trong đó nợ\ntrên 6 tháng 18,3 tỷ đồng.",
     []),
    # counter-cases: what was recovered, the act of carrying over, what the bodies did with the debts, a line that
    # opens anew after the wrapped one
    ("Công nợ đến ngày 30/9/2032 là 34,6 tỷ đồng; đã thu hồi 5,2 tỷ đồng.", [(5.2e9, "đồng")]),
    ("Đã thu hồi công nợ 5,2 tỷ đồng.", [(5.2e9, "đồng")]),
    ("Đã chuyển nguồn sang năm 2032 là 412 tỷ đồng.", [(412e9, "đồng")]),
    ("Đã thu hồi nợ của 26 doanh nghiệp với số tiền 42,6 tỷ đồng, trong đó nợ trên 6 tháng 18,3 tỷ đồng.",
     [(26, "doanh nghiệp"), (42.6e9, "đồng"), (18.3e9, "đồng")]),
    ("Còn 26 doanh nghiệp chậm đóng bảo hiểm xã hội với số tiền 42,6 tỷ đồng, trong đó đã thu hồi 18,3 tỷ đồng.",
     [(18.3e9, "đồng")]),
    ("Thu hồi nợ tiền điện\nTổng số tiền thu được là 6,7 tỷ đồng.", [(6.7e9, "đồng")]),
]


@pytest.mark.parametrize(("body", "figures"), ARREARS)
def test_an_amount_owed_and_its_parts(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a project's own size told in its description ---------------------------------------------------------------------

NOTICE = ("UBND TỈNH A\nVĂN PHÒNG\nSố: 318/TB-VP\nA, ngày 20 tháng 6 năm 2032\n\nTHÔNG BÁO\n"
          "Kết luận của Phó Chủ tịch UBND tỉnh tại buổi kiểm tra dự án\n\n1. Kết quả thực hiện\n")
DECISION = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 412/QĐ-UBND\nB, ngày 05 tháng 12 năm 2032\n\nQUYẾT ĐỊNH\n"
            "Về việc phê duyệt báo cáo kinh tế - kỹ thuật công trình\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt báo cáo kinh "
            "tế - kỹ thuật công trình Trường Tiểu học C với các nội dung sau:\n")

DESCRIPTION = [
    (NOTICE, "Dự án có tổng mức đầu tư 1.246 tỷ đồng, chiều dài tuyến 28,6 km, thời gian thực hiện 2030 - 2033. Đến "
             "ngày 15/6/2032, Ban Quản lý dự án đã giải ngân 612,8 tỷ đồng.", [(612.8e9, "đồng")]),
    (NOTICE, "Dự án có chiều dài 52,3 km, tổng mức đầu tư 9.870 tỷ đồng. Đến nay, các xã đã bàn giao 47,8 km mặt bằng.",
     [(47.8, "km")]),
    (NOTICE, "Công trình có tổng mức đầu tư 38,6 tỷ đồng từ nguồn ngân sách thành phố.", []),
    (REPORT, "1. Dự án đường ven biển đoạn C - D\nTổng mức đầu tư 2.150 tỷ đồng, chiều dài tuyến 38,6 km. Kế hoạch vốn "
             "năm 2032 được giao 612 tỷ đồng.", [(612e9, "đồng")]),
    # counter-cases: projects the bodies started, a decision's approved total, a tờ trình-like planned total
    (REPORT, "Trong năm, đã khởi công mới 05 dự án có tổng mức đầu tư 3.870 tỷ đồng.", [(5, "dự án"), (3870e9, "đồng")]),
    (REPORT, "Trong năm, đã khởi công mới 05 dự án với tổng mức đầu tư 3.870 tỷ đồng.", [(5, "dự án"), (3870e9, "đồng")]),
    (DECISION, "1. Tổng mức đầu tư: 14.826.000.000 đồng.", [(14826e6, "đồng")]),
    (DECISION, "Tổng mức đầu tư 14.826.000.000 đồng từ nguồn ngân sách huyện.", [(14826e6, "đồng")]),
]


@pytest.mark.parametrize(("head", "body", "figures"), DESCRIPTION)
def test_a_projects_own_size_in_its_description(head: str, body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(head, body) == figures


# ---- a law's norm restated: a bound with the law named right after it -------------------------------------------------

LAW_NORM = [
    ("Thực hiện nghiêm quy định về trực: mỗi ca trực lâm sàng bố trí tối thiểu 01 bác sĩ và 02 điều dưỡng theo Thông "
     "tư số 32/2023/TT-BYT ngày 31/12/2023 của Bộ Y tế.", []),
    ("Giá vé dịp Tết không được tăng quá 40% so với ngày thường theo quy định tại Thông tư số 12/2020/TT-BGTVT.", []),
    ("Mỗi tổ an ninh cơ sở có tối thiểu 10 thành viên theo Nghị định số 136/2020/NĐ-CP.", []),
    # counter-cases: the same bounds with no law named, a decision's grant, a count of work done under a circular, the
    # document striving for it
    ("Mỗi ca trực bố trí tối thiểu 01 bác sĩ và 02 điều dưỡng.", [(1, "bác sĩ"), (2, "điều dưỡng")]),
    ("Giá vé dịp Tết không được tăng quá 40% so với ngày thường.", [(40, "%")]),
    ("Hỗ trợ tối đa 60 triệu đồng/hộ theo Quyết định số 12/2032/QĐ-UBND.", [(60e6, "đồng/hộ")]),
    ("Tổ chức 01 lớp tập huấn và 02 hội nghị theo Thông tư số 01/2032/TT-BYT.", [(1, "lớp"), (2, "hội nghị")]),
    ("Phấn đấu đào tạo tối thiểu 500 lao động theo Nghị định số 61/2015/NĐ-CP.", [(500, "lao động")]),
]


@pytest.mark.parametrize(("body", "figures"), LAW_NORM)
def test_a_laws_norm_restated(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


def test_a_capped_rise_is_lte() -> None:
    assert [q.comparator for q in parse_text(REPORT + "Giá vé dịp Tết không được tăng quá 40% so với ngày thường."
                                             + TAIL).quantities] == ["lte"]


# ---- a sentence opening with "còn" and a count lists shortfalls --------------------------------------------------------

SHORTFALL_LIST = [
    ("Tuy nhiên, còn 11 dự án có tỷ lệ giải ngân dưới 30%; 23 dự án chậm giải phóng mặt bằng với 164 hộ chưa bàn "
     "giao mặt bằng; số vốn chưa phân bổ chi tiết 318 tỷ đồng.", [(11, "dự án")]),
    ("Còn 2,1 km đường trục thôn và 9,6 km đường ngõ xóm chưa được cứng hóa; một số tuyến xuống cấp.", []),
    ("Nhưng vẫn còn 12 xã chưa hoàn thành, 5 xã chậm tiến độ.", []),
    # counter-cases: an item told without its shortfall word, a list not opened by "còn", a sum with no "chưa" in its
    # clause, a first item whose next one was done
    ("Còn 12 xã chưa hoàn thành; 5 xã đã hoàn thành.", [(5, "xã")]),
    ("Đã hỗ trợ 30 hộ; 12 hộ chưa có nhà.", [(30, "hộ"), (12, "hộ")]),
    ("Tuy nhiên, còn 12 xã chưa hoàn thành; đã giải ngân 318 tỷ đồng.", [(318e9, "đồng")]),
    ("Còn 2,1 km đường trục thôn và 9,6 km đường ngõ xóm đã cứng hóa.", [(2.1, "km"), (9.6, "km")]),
]


@pytest.mark.parametrize(("body", "figures"), SHORTFALL_LIST)
def test_a_list_of_shortfalls_opened_by_con(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a count of what is so now, told as of a day -----------------------------------------------------------------------

COUNT_AS_OF_DAY = [
    ("Tổng số lao động đang làm việc trong các khu công nghiệp đến ngày 30/9/2032 là 586.420 người, trong đó lao động "
     "nước ngoài 3.912 người.", []),
    ("Số hộ còn nhận trợ cấp bằng tiền mặt đến ngày 31/12/2032 là 1.204 hộ.", []),
    # counter-cases: a count of what was done as of the day, what the period brought after the count
    ("Tổng số lao động được tuyển mới đến ngày 30/9/2032 là 41.300 người.", [(41300, "người")]),
    ("Tổng số lao động đang làm việc đến ngày 30/9/2032 là 586.420 người. Trong 9 tháng, doanh nghiệp tuyển mới 41.300 "
     "lao động.", [(41300, "lao động")]),
]


@pytest.mark.parametrize(("body", "figures"), COUNT_AS_OF_DAY)
def test_a_count_of_now_as_of_a_day(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a bound sorting the investors counted, their noun of three words whole -------------------------------------------

INVESTORS_SORTED = [
    ("Tuy nhiên, còn 11 chủ đầu tư có tỷ lệ giải ngân dưới 30%.", [(11, "chủ đầu tư")]),
    ("Có 12/41 chủ đầu tư giải ngân trên 60% kế hoạch.", [(12, "chủ đầu tư"), (41, "chủ đầu tư")]),
    # counter-cases: a share the investors are told to reach, a share of their own
    ("Các chủ đầu tư phấn đấu giải ngân đạt ít nhất 65% kế hoạch vốn.", [(65, "%")]),
    ("Đã có 09 chủ đầu tư giải ngân đạt 100% kế hoạch vốn.", [(9, "chủ đầu tư"), (100, "%")]),
]


@pytest.mark.parametrize(("body", "figures"), INVESTORS_SORTED)
def test_a_bound_sorting_the_investors_counted(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures
