"""Issue 10's convention on incidents (docs/RECORD.md, quantities): a count of incidents that happened (an
outbreak in N households or communes, cases of a disease recorded, accidents, deaths, damage) is the state of
affairs, no quantity, and so are its change right after it and the places it is counted in; what the bodies did
about them (vaccinated, culled, inspected, handled, fined, detected N cases or violators) is a result. Invented
sentences, each class with its counter-cases."""

from __future__ import annotations

import pytest

from vanban.context import Context
from vanban.extract.quantities import extract as quantities


def found(text: str, doc_type: str = "BC") -> list[tuple[float, str | None, str, str]]:
    return [(q.value, q.unit, q.comparator, q.kind) for q in quantities(Context(text=text + "\n", doc_type=doc_type))]


@pytest.mark.parametrize("text, doc_type, expected", [
    # what the bodies did: results
    ("Năm 2026, toàn tỉnh đã tiêm cho 1,2 triệu trẻ, đạt 96,5% kế hoạch.", "BC",
     [(1200000, "trẻ", "eq", "result"), (96.5, "%", "eq", "result")]),
    ("Qua kiểm tra, lực lượng chức năng đã phát hiện 27 vụ vi phạm, xử lý 31 đối tượng.", "BC",
     [(27, "vụ", "eq", "result"), (31, "đối tượng", "eq", "result")]),
    ("Các xã có dịch đã tiêu hủy 1.286 con lợn bệnh.", "BC", [(1286, "con lợn", "eq", "result")]),
    ("Đội kiểm tra đã xử lý 45 trường hợp vi phạm, phạt tiền 120 triệu đồng.", "BC",
     [(45, "trường hợp", "eq", "result"), (120000000, "đồng", "eq", "result")]),
    # incidents that happened: the state of affairs
    ("Trong quý I, trên địa bàn xảy ra 5 vụ tai nạn giao thông làm 3 người chết.", "BC", []),
    ("Từ đầu năm, toàn tỉnh đã ghi nhận 120 ca mắc sốt xuất huyết.", "BC", []),
    ("Từ đầu tháng 3, dịch cúm gia cầm đã xảy ra tại 23 hộ chăn nuôi thuộc 6 xã.", "BC", []),
    ("Dịch bệnh đã bùng phát ở 4 thôn, buộc tiêu hủy 350 con gà.", "BC", [(350, "con gà", "eq", "result")]),
    ("Toàn huyện đã có 35 trẻ mắc sởi, 12 người nhiễm cúm.", "BC", []),
    ("Trong tháng đã phát sinh 02 ổ dịch mới tại xã Đông Hòa.", "BC", []),
    # a change right after the count follows it; what was done next in the sentence does not
    ("Năm 2026 đã ghi nhận 2.410 ca nghi sởi, giảm 38% so với năm 2025; đã tiêm cho hơn 800.000 trẻ.", "BC",
     [(800000, "trẻ", "gt", "result")]),
    ("Toàn tỉnh đã ghi nhận 86 ca mắc tay chân miệng, tăng 12 ca so với cùng kỳ.", "BC", []),
    # the places, then the change: the tail goes on ('... tại 4 thôn, tăng 15 ca so với tháng trước')
    ("Tháng 5/2027, toàn xã ghi nhận 29 ca mắc sốt xuất huyết tại 3 thôn, tăng 11 ca so với tháng trước.", "KH", []),
    # incidents that exist ('có'), with the people they struck
    ("Kiểm tra 120 cơ sở; trong đợt có 03 vụ ngộ độc thực phẩm với 52 người mắc.", "BC",
     [(120, "cơ sở", "eq", "result")]),
])
def test_incidents_are_no_quantity(text: str, doc_type: str, expected: list) -> None:
    assert found(text, doc_type) == expected


@pytest.mark.parametrize("text, expected", [
    # 'ghi nhận' before another noun recognises what was done; 'phát sinh' before files counts what came in
    ("Hội đồng đã ghi nhận 15 sáng kiến cấp tỉnh.", [(15, "sáng kiến", "eq", "result")]),
    # a ca that is a shift, no case; 'có' before another noun
    ("Đơn vị đã thi công 3 ca mỗi ngày.", [(3, "ca", "eq", "result")]),
    ("Trạm đã có 3 ca trực mỗi ngày.", [(3, "ca", "eq", "result")]),
    ("Năm 2027, chi đoàn đã có 45 đoàn viên được kết nạp.", [(45, "đoàn viên", "eq", "result")]),
    # a place word after a figure kept is no tail: the places are counted too
    ("Đã tổ chức 12 buổi tuyên truyền tại 8 xã.", [(12, "buổi tuyên truyền", "eq", "result"), (8, "xã", "eq", "result")]),
    # a change after a result is a result
    ("Đã kết nạp 150 đoàn viên, tăng 20% so với năm trước.", [(150, "đoàn viên", "eq", "result"),
                                                           (20, "%", "eq", "result")]),
])
def test_counter_cases_kept(text: str, expected: list) -> None:
    assert found(text) == expected


def test_target_to_reduce_incidents_stays_a_target() -> None:
    """A plan to cut the incidents is a target: the count it wants, no count of what happened."""
    assert found("Phấn đấu giảm ít nhất 10% số ca mắc sốt xuất huyết so với năm 2026.", "KH") == [
        (10, "%", "gte", "target")]
