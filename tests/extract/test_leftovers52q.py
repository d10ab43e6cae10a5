"""The quantity leftovers of heldout rounds 47-52 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 88/BC-UBND\nB, ngày 05 tháng 12 năm 2029\n\nBÁO CÁO\n"
          "Tình hình thực hiện nhiệm vụ năm 2029\n\n1. Kết quả\n")
PLAN = ("UBND TỈNH A\nỦY BAN NHÂN DÂN HUYỆN B\nSố: 12/KH-UBND\nB, ngày 05 tháng 12 năm 2029\n\nKẾ HOẠCH\n"
        "Thực hiện nhiệm vụ năm 2030\n\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thạnh\n"


def _figures(head: str, body: str) -> list[tuple[float, str]]:
    return [(float(q.value), q.unit or "") for q in parse_text(head + body + TAIL).quantities]


# ---- the present state going on past ";" ("hiện có ...; còn khoảng N ...", "...; trong đó có N ...") -----------

STATE_CONTINUED = [
    ("Toàn huyện hiện có 12 xã, thị trấn; còn khoảng 1.450 thửa đất đủ điều kiện nhưng chưa được cấp giấy.", []),
    ("Toàn xã hiện có 3.200 ha đất có rừng; trong đó có 840 ha rừng trồng dễ cháy.", []),
    ("Dân số phường hiện có 9.400 người; còn khoảng 700 người cao tuổi chưa dùng điện thoại thông minh.", []),
    # counter-cases: what was done after the state's clause; a "còn" clause with no state before it
    ("Hiện xã có 120 hộ nghèo; đã hỗ trợ 40 hộ làm nhà mới.", [(40, "hộ")]),
    ("Đã giải ngân 120 tỷ đồng; còn 30 tỷ đồng đang làm thủ tục thanh toán.", [(120e9, "đồng"), (30e9, "đồng")]),
]


@pytest.mark.parametrize(("body", "figures"), STATE_CONTINUED)
def test_the_state_goes_on_past_a_semicolon(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- what is left: a review's "còn", arrears "còn", a list of shortcomings, a work still being built --------------

LEFT = [
    ("Hàng giả trên mạng còn phức tạp; qua rà soát còn 17 tài khoản có dấu hiệu vi phạm.", []),
    ("Số nợ chậm đóng còn 42 tỷ đồng, chiếm 2,6% số phải thu.", []),
    ("Đã chi trả cho 1.820 hộ; còn 96 hộ chưa nhận tiền và 2 khu tái định cư chưa hoàn thành.", [(1820, "hộ")]),
    ("Hỗ trợ xây 4 nhà tình nghĩa; bàn giao 3 nhà, 1 nhà còn lại đang thi công.", [(4, "nhà tình nghĩa"), (3, "nhà")]),
    # counter-cases: what a review led to; what was done after a list of the done; results "đã giải quyết xong"
    ("Qua rà soát, đã yêu cầu gỡ bỏ 17 tài khoản bán hàng.", [(17, "tài khoản")]),
    ("Đã giải quyết xong 214 hộ và 3 khu tái định cư.", [(214, "hộ"), (3, "khu")]),
    ("Đã thu hồi 42 tỷ đồng nợ chậm đóng.", [(42e9, "đồng")]),
]


@pytest.mark.parametrize(("body", "figures"), LEFT)
def test_what_is_left_is_no_result(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- what a whole place is made of: "Toàn huyện có N <bodies> với M <members>" -------------------------------------

COMPOSITION = [
    ("Toàn huyện có 31 cơ sở Hội với 5.870 hội viên. Năm 2029, Hội phát triển 120 hội viên mới.",
     [(120, "hội viên")]),
    ("Năm học 2029 - 2030, toàn thành phố có 11 trường tiểu học với 204 lớp, 6.310 học sinh.", []),
    ("Toàn thị xã có 1.130 đơn vị với 58.200 lao động tham gia bảo hiểm xã hội bắt buộc.", []),
    # counter-cases: what the units did ("tổ chức bán trú", "thành lập mới"), no "với" after the units
    ("Toàn huyện có 52/60 trường tổ chức bán trú với 19.400 học sinh.", [(52, "trường"), (60, "trường"),
                                                                        (19400, "học sinh")]),
    ("Toàn tỉnh có 1.210 doanh nghiệp thành lập mới, tăng 8%.", [(1210, "doanh nghiệp"), (8, "%")]),
]


@pytest.mark.parametrize(("body", "figures"), COMPOSITION)
def test_what_a_place_is_made_of_is_the_state(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- thresholds read as targets: an award's criterion, a bound sorting what a count counts, a bound a duty hangs on -

GUIDE = ("UBND TỈNH A\nSỞ NỘI VỤ\nSố: 15/HD-SNV\nA, ngày 05 tháng 12 năm 2029\n\nHƯỚNG DẪN\n"
         "Công tác thi đua, khen thưởng năm 2029\n\n")
THRESHOLDS = [
    (GUIDE, "1. Danh hiệu \"Tập thể lao động xuất sắc\" xét cho tập thể có 100% cá nhân hoàn thành nhiệm vụ, trong "
            "đó có từ 60% cá nhân đạt danh hiệu \"Lao động tiên tiến\".", []),
    (PLAN, "1. Hội viên xây dựng 40 mô hình kinh tế trang trại cho thu nhập từ 200 triệu đồng/năm trở lên.",
     [(40, "mô hình")]),
    (PLAN, "1. Kiểm tra ít nhất 15 cơ sở có lưu lượng xả thải từ 100 m³/ngày đêm trở lên.", [(15, "cơ sở")]),
    (PLAN, "1. Duy trì 100% tàu cá từ 12 m trở lên lắp đặt thiết bị giám sát hành trình.", [(100, "%")]),
    (PLAN, "1. Các đơn vị rà soát; số dư tạm ứng từ 30 triệu đồng trở lên quá hạn phải được thu hồi.", []),
    # counter-cases: those considered counted right after the verb; the amount reached after a verb of reaching;
    # the total value of the works counted
    (GUIDE, "1. Năm 2029 đã xét cho 15 tập thể được tặng Bằng khen.", [(15, "tập thể")]),
    (PLAN, "1. Kết nạp 120 đoàn viên, tỷ lệ đoàn viên dự sinh hoạt đạt từ 95% trở lên.",
     [(120, "đoàn viên"), (95, "%")]),
    (PLAN, "1. Thực hiện ít nhất 02 công trình thanh niên, tổng giá trị từ 50 triệu đồng trở lên.",
     [(2, "công trình"), (50e6, "đồng")]),
]


@pytest.mark.parametrize(("head", "body", "figures"), THRESHOLDS)
def test_a_threshold_is_no_target(head: str, body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(head, body) == figures


# ---- a count after a capitalised verb opening a table cell ("3<TAB>Mở 05 lớp dạy bơi", "| 3 | Mở 05 lớp |") -----------

CELLS = [
    ("TT\tNội dung\tThời gian\n3\tMở 04 lớp dạy bơi cho 150 trẻ\tTháng 6/2030\n", [(4, "lớp"), (150, "trẻ")]),
    ("| TT | Nội dung | Thời gian |\n|---|---|---|\n| 2 | Thành lập 03 đoàn kiểm tra | Tháng 7/2030 |\n",
     [(3, "đoàn")]),
    # counter-cases: a name's number inside a cell, the capitalised word not opening it
    ("| TT | Đơn vị | Ghi chú |\n|---|---|---|\n| 1 | Trường THCS Số 2 | Đạt chuẩn |\n", []),
    ("TT\tĐơn vị\tGhi chú\n1\tKhu phố 3\tĐạt chuẩn\n", []),
]


@pytest.mark.parametrize(("body", "figures"), CELLS)
def test_a_verb_opening_a_cell_is_no_name(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(PLAN + "IV. NỘI DUNG\n", body) == figures


# ---- the second count of a slash pair written with a leading zero ("01 vụ/04 đối tượng"); a rate's "/01" stays -------

SLASH_PAIRS = [
    ("- Phát hiện, xử lý 01 vụ/05 đối tượng đánh bạc.", [(1, "vụ"), (5, "đối tượng")]),
    ("- Bắt giữ 02 vụ/07 đối tượng vận chuyển hàng cấm.", [(2, "vụ"), (7, "đối tượng")]),
    # counter-cases: a rate's one ("đồng/01 giải", "đồng/01 người")
    ("- Trao 30 giải, mức thưởng 500.000 đồng/01 giải.", [(30, "giải")]),
]


@pytest.mark.parametrize(("body", "figures"), SLASH_PAIRS)
def test_the_second_count_of_a_slash_pair(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a floor written with "từ": "đạt từ 70% diện tích trở lên", "trong đó có từ 70% ...", "62 triệu đồng/người/năm trở lên"

def _bounds(head: str, body: str) -> list[tuple[float, str, str]]:
    return [(float(q.value), q.unit or "", q.comparator) for q in parse_text(head + body + TAIL).quantities]


FLOORS = [
    ("1. Thu gom rơm rạ ra khỏi đồng ruộng đạt từ 60% diện tích trở lên.", [(60, "%", "gte")]),
    ("1. Phấn đấu 100% cơ sở Hội hoàn thành tốt nhiệm vụ, trong đó có từ 65% cơ sở Hội hoàn thành xuất sắc.",
     [(100, "%", "eq"), (65, "%", "gte")]),
    ("1. Thu nhập bình quân đầu người đạt 58 triệu đồng/người/năm trở lên.", [(58e6, "đồng/người", "gte")]),
    # counter-cases: where a change starts; a range's two ends
    ("1. Tỷ lệ hộ dùng nước sạch tăng từ 62% lên 70%.", [(62, "%", "eq"), (70, "%", "eq")]),
    ("1. Mỗi đội hình có từ 15 đến 30 tình nguyện viên.", [(15, "tình nguyện viên", "gte"), (30, "tình nguyện viên", "lte")]),
]


@pytest.mark.parametrize(("body", "bounds"), FLOORS)
def test_a_floor_written_with_from(body: str, bounds: list[tuple[float, str, str]]) -> None:
    assert _bounds(PLAN, body) == bounds


# ---- a request of another body after a comma ("..., đề nghị Đảng ủy xét tặng ... cho 02 đồng chí") -------------------

REQUESTS = [
    ("Chi bộ kết nạp 02 đảng viên mới, đề nghị Đảng ủy xét tặng Huy hiệu 30 năm tuổi Đảng cho 03 đồng chí.",
     [(2, "đảng viên")]),
    ("Đã sửa chữa 12 nhà cho hộ nghèo, đề nghị UBND huyện hỗ trợ thêm 300 triệu đồng.", [(12, "nhà")]),
    # counter-cases: what was done before the request; a request in a tờ trình is its own proposal (not here)
    ("Đã hỗ trợ 40 hộ, đề nghị các ngành tiếp tục quan tâm.", [(40, "hộ")]),
    ("Đã xét tặng Huy hiệu 30 năm tuổi Đảng cho 03 đồng chí.", [(3, "đồng chí")]),
]


@pytest.mark.parametrize(("body", "figures"), REQUESTS)
def test_a_request_after_a_comma_is_no_result(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- what the collecting is done on, right after "thu thuế"/"thu phí" ("quản lý thu thuế 9 hộ kinh doanh") ------------

COLLECTED = [
    ("- Rà soát, đưa vào quản lý thu thuế 12 hộ kinh doanh mới phát sinh.", [(12, "hộ")]),
    # counter-cases: a rate after the same words, a tax rate
    ("- Thu lệ phí 50.000 đồng/hồ sơ theo quy định.", []),
    ("- Áp dụng thuế suất 10% đối với hàng hóa nhập khẩu.", []),
]


@pytest.mark.parametrize(("body", "figures"), COLLECTED)
def test_what_collecting_is_done_on_is_counted(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures


# ---- a clause of its own after the state's comma, reaching its figure with "đạt" ------------------------------------

OWN_CLAUSE = [
    ("Toàn tỉnh hiện có 980 nhà yến, sản lượng tổ yến khai thác ước đạt 3,8 tấn.", [(3.8, "tấn")]),
    # counter-cases: the state's list goes on with no verb; the units counted achieved, no comma between
    ("Hiện xã có 120 hộ nghèo, 30 hộ cận nghèo.", []),
    ("Hiện toàn xã có 12 thôn đạt chuẩn văn hóa.", []),
]


@pytest.mark.parametrize(("body", "figures"), OWN_CLAUSE)
def test_a_clause_of_its_own_after_the_state(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(PLAN + "I. TÌNH HÌNH\n", body) == figures
