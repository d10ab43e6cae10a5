"""Which figures count, said in wordings no earlier document used (issue 10, a blind study of which figures count):
passages written before the quantities module was read, each class fixed by its wording family, with counter-cases
that must keep counting. Invented sentences."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.context import Context
from vanban.extract.quantities import extract


def run(text: str, doc_type: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in extract(Context(text=text + "\n", doc_type=doc_type))]


@pytest.mark.parametrize("text, doc_type", [
    # the present state: a sentence opening with a school or a body and its "có", a place's natural area
    ("Xã có diện tích tự nhiên 4.215 ha, dân số 12.870 người.", "KH"),
    ("Trường có 32 lớp với 1.104 học sinh, trong đó 48 học sinh khuyết tật học hòa nhập.", "KH"),
    ("Hợp tác xã có 146 thành viên, vốn điều lệ 3,2 tỷ đồng.", "BC"),
    # ... or with the opening of the period the report starts from
    ("Đầu năm 2031, trên địa bàn có 1.246 hộ nghèo, chiếm 5,8% tổng số hộ.", "BC"),
    ("Đầu năm học 2030 - 2031, toàn huyện còn 46 phòng học tạm, 12 phòng học mượn.", "BC"),
    ("Tại thời điểm đầu năm, toàn tỉnh còn 2.874 hộ cận nghèo.", "BC"),
    # what a report asks of another body: a label before the request, a weighing before what is asked, a change asked
    ("Kiến nghị: Đề nghị Sở Tài chính bổ sung kinh phí 2,5 tỷ đồng để hoàn thành dự án.", "BC"),
    ("Kính đề nghị UBND tỉnh xem xét, hỗ trợ cho huyện 200 tấn gạo cứu đói.", "BC"),
    ("Xin ý kiến Thường trực HĐND tỉnh về việc điều chỉnh tăng 15 tỷ đồng vốn cho dự án.", "BC"),
    ("Đề xuất: Đề nghị UBND huyện cấp bổ sung 500 triệu đồng cho xã.", "BC"),
])
def test_not_counted(text: str, doc_type: str) -> None:
    assert run(text, doc_type) == []


@pytest.mark.parametrize("text, doc_type, expected", [
    # what the units of a state achieved, a period's end, a state told after a cue, a place opening no sentence
    ("Xã có 03 thôn được công nhận đạt chuẩn nông thôn mới.", "BC", [(3, "thôn")]),
    ("Cuối năm 2031, toàn tỉnh còn 2.310 hộ nghèo.", "BC", [(2310, "hộ")]),
    ("Phấn đấu đến đầu năm 2033, toàn huyện có 5 xã đạt chuẩn nông thôn mới nâng cao.", "KH", [(5, "xã")]),
    ("Năm 2031, xã đã có thêm 12 hộ thoát nghèo.", "BC", [(12, "hộ")]),
    ("Trên địa bàn có 06 nhà trọ được kiểm tra.", "BC", [(6, "nhà trọ")]),
    ("Trường có 25 học sinh đạt giải cấp tỉnh, 3 học sinh đạt giải cấp quốc gia.", "BC", [(25, "học sinh"), (3, "học sinh")]),
    ("Đơn vị có 3 đồng chí đã hoàn thành lớp bồi dưỡng.", "BC", [(3, "đồng chí")]),
    ("Xã có 15 hộ thoát nghèo, 120 nhân khẩu được cấp thẻ BHYT.", "BC", [(15, "hộ"), (120, "nhân khẩu")]),
    ("Diện tích tự nhiên được đo đạc, chỉnh lý đạt 1.250 ha.", "BC", [(1250, "ha")]),
    # a directive to the body's own units, a change done, a tờ trình's own proposal
    ("Đề nghị các phòng, ban chuyên môn phấn đấu giải quyết 100% hồ sơ trước hạn.", "CV", [(100, "%")]),
    ("Đã điều chỉnh tăng 15 tỷ đồng vốn cho dự án.", "BC", [(15000000000, "đồng")]),
    ("Kính đề nghị UBND tỉnh xem xét, hỗ trợ 200 tấn gạo cứu đói cho huyện.", "TTr", [(200, "tấn")]),
])
def test_still_counted(text: str, doc_type: str, expected: list[tuple[float, str]]) -> None:
    assert run(text, doc_type) == expected


@pytest.mark.parametrize("text, doc_type, expected", [
    # a figure its clause refers back to, with the value and unit of one already counted: that figure again
    ("Tổng kinh phí thực hiện: 450 triệu đồng.\nNguồn kinh phí 450 triệu đồng nêu trên được bố trí từ ngân sách huyện "
     "năm 2032.", "KH", [(450000000, "đồng")]),
    ("Phấn đấu 100% xã có điểm sinh hoạt văn hóa.\nMục tiêu 100% xã có điểm sinh hoạt văn hóa nêu trên phải hoàn "
     "thành trong năm 2032.", "KH", [(100, "%")]),
    ("Hỗ trợ 46 hộ xây dựng nhà ở. Giao UBND xã chi trả kinh phí cho 46 hộ nói trên trước ngày 30/6/2032.", "KH",
     [(46, "hộ")]),
    # counter-cases: told first as no count, counted where it is planned; the same value told again without a word
    # referring back; a back reference before the figure, another unit
    ("Còn 7 công trình vi phạm chưa được xử lý. Chỉ đạo xử lý dứt điểm 7 công trình vi phạm nêu trên.", "TB",
     [(7, "công trình")]),
    ("Đã trao 320 suất quà cho hộ nghèo. Trao thêm 320 suất quà cho hộ cận nghèo.", "BC",
     [(320, "suất quà"), (320, "suất quà")]),
    ("Hỗ trợ 50 hộ nghèo. Các đơn vị nêu trên hỗ trợ thêm 50 triệu đồng.", "KH", [(50, "hộ"), (50000000, "đồng")]),
])
def test_counted_once(text: str, doc_type: str, expected: list[tuple[float, str]]) -> None:
    assert run(text, doc_type) == expected


@pytest.mark.parametrize("text, doc_type, expected", [
    # a bound on what a class of things has says which of them are meant
    ("Rà soát các hộ có thu nhập bình quân dưới 2,25 triệu đồng/người/tháng.", "KH", []),
    ("Tập trung xử lý dứt điểm vướng mắc tại các công trình có tỷ lệ giải ngân dưới 30%.", "KH", []),
    ("Các trường có sĩ số trên 45 học sinh/lớp báo cáo phương án giảm sĩ số.", "CV", []),
    ("Ưu tiên những thôn có tỷ lệ hộ nghèo trên 15% trong phân bổ vốn.", "KH", []),
    # counter-cases: planned under a target's cue; a class named with no measure before the bound; a clause of its own
    ("Phấn đấu các xã có tỷ lệ hộ nghèo dưới 3%.", "KH", [(3, "%")]),
    ("Nâng tỷ lệ các xã có trạm y tế đạt chuẩn lên trên 95%.", "KH", [(95, "%")]),
    ("Đã tháo gỡ vướng mắc tại các công trình có tỷ lệ giải ngân thấp, nâng tỷ lệ giải ngân chung lên trên 60%.", "BC",
     [(60, "%")]),
])
def test_a_class_sorted_by_a_bound(text: str, doc_type: str, expected: list[tuple[float, str]]) -> None:
    assert run(text, doc_type) == expected


@pytest.mark.parametrize("text, doc_type, expected", [
    # a military unit's and an alley's number is a name
    ("Sư đoàn 320 phối hợp với xã tổ chức diễn tập phòng thủ.", "KH", []),
    ("Cải tạo vỉa hè hẻm 42 đường Lê Lợi, khu phố 3, phường An Khê.", "CV", []),
    ("Lát gạch ngõ 15 phố Hàng Bông trong quý II.", "KH", []),
    # counter-cases: the units and the alleys counted
    ("Tổ chức huấn luyện cho 02 tiểu đoàn dự bị động viên.", "KH", [(2, "tiểu đoàn")]),
    ("Bê tông hóa 12 hẻm nhỏ trên địa bàn phường.", "KH", [(12, "hẻm")]),
])
def test_a_name_with_a_number(text: str, doc_type: str, expected: list[tuple[float, str]]) -> None:
    assert run(text, doc_type) == expected


DECISION_HEAD = ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "HUYỆN ĐÔNG SƠN\tĐộc lập - Tự do - Hạnh phúc\n"
                 "Số: 1208/QĐ-UBND\tĐông Sơn, ngày 12 tháng 11 năm 2031\n\n"
                 "QUYẾT ĐỊNH\nVề việc hỗ trợ kinh phí năm 2031\n\n"
                 "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN\n\n"
                 "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n\nQUYẾT ĐỊNH:\n\n")
DECISION_TAIL = "\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thành\n"


@pytest.mark.parametrize("text, expected", [
    # a decision's article taking a sum from a fund or releasing goods: what it hands out
    ("Điều 1. Trích từ nguồn dự phòng ngân sách huyện 1.750 triệu đồng để khắc phục hậu quả mưa lũ.",
     [(1750000000, "đồng")]),
    ("Điều 1. Xuất cấp 50 tấn gạo từ nguồn dự trữ quốc gia cho huyện Đông Sơn.", [(50, "tấn")]),
    # counter-cases: a rule's share set aside; an article of no grant
    ("Điều 5. Trích 10% số thu phí để lại cho đơn vị.", []),
    ("Điều 3. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.", []),
])
def test_a_decision_hands_out(text: str, expected: list[tuple[float, str]]) -> None:
    record = parse_text(DECISION_HEAD + text + DECISION_TAIL)
    assert [(q.value, q.unit) for q in record.quantities] == expected


@pytest.mark.parametrize("text, doc_type, expected", [
    # the people an incident sent to hospital: what it did
    ("Trong kỳ, có 4 vụ ngộ độc thực phẩm với 67 người phải nhập viện.", "BC", []),
    ("Vụ tai nạn làm 12 người nhập viện điều trị.", "BC", []),
    # counter-cases: the people a body cared for, the visits it paid
    ("Đã thăm hỏi, hỗ trợ 12 người nhập viện do ngộ độc, mỗi người 2 triệu đồng.", "BC",
     [(12, "người"), (2000000, "đồng")]),
    ("Trung tâm Y tế đã khám, điều trị cho 1.250 lượt người.", "BC", [(1250, "lượt người")]),
])
def test_what_an_incident_did(text: str, doc_type: str, expected: list[tuple[float, str]]) -> None:
    assert run(text, doc_type) == expected


@pytest.mark.parametrize("text, doc_type, expected", [
    # how many each session takes after "mỗi <session>": a count, no "lớp 50" named
    ("Tổ chức 05 lớp bồi dưỡng nghiệp vụ công tác Hội, mỗi lớp 50 học viên.", "KH", [(5, "lớp"), (50, "học viên")]),
    ("Mở 03 đợt tập huấn, mỗi đợt 120 người.", "KH", [(3, "đợt"), (120, "người")]),
    # counter-cases: a session's length; a grade named; a lead time before each round
    ("Tổ chức 03 đợt, mỗi đợt 07 ngày.", "KH", [(3, "đợt"), (7, "ngày")]),
    ("Tuyển sinh vào lớp 10 năm học 2032 - 2033.", "KH", []),
])
def test_each_session_takes(text: str, doc_type: str, expected: list[tuple[float, str]]) -> None:
    assert run(text, doc_type) == expected
