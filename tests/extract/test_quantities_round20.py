"""Quantities of the twentieth heldout round's failure classes (invented sentences, with counter-cases):
a count of days or sessions right before its dated days, a whole whose parts are listed after a colon,
two counts of two things joined by a slash, a fine told after what was handled, a prize's amount after its
capitalised name, an amount after a capitalised name, incidents that happened and the bracket telling of
them, damage with an estimate's word, a building's floors, a school's or commune's present size, a
sample's share after "mẫu", a công điện's teams sent, and a table's index column and repeated total
row."""

from __future__ import annotations

import pytest

from vanban.context import Context
from vanban.extract.quantities import extract as quantities
from vanban.normalize import normalize


def found(text: str, doc_type: str = "KH") -> list[tuple[float, str | None, str]]:
    return [(q.value, q.unit, q.comparator) for q in quantities(Context(text=text + "\n", doc_type=doc_type))]


@pytest.mark.parametrize("text, doc_type, expected", [
    # the days or parts follow the count: no count of its own
    ("Bệnh viện tổ chức lớp thực hành trong 02 buổi chiều 15 và 16/11/2027 (tối đa 20 học viên).", "KH",
     [(20, "học viên", "lte")]),
    ("Tổ kiểm tra ra quân trong 02 đợt: đợt 1 từ 19/9 đến 23/9/2027; đợt 2 từ 04/10 đến 08/10/2027.", "KH", []),
    # counter-cases: a planned number of rounds, of sessions whose parts are not listed
    ("Tổ chức ít nhất 02 đợt kiểm tra ban đêm; tổ chức 03 buổi tập huấn cho cán bộ.", "KH",
     [(2, "đợt", "gte"), (3, "buổi tập huấn", "eq")]),
    # two counts of two things joined by a slash; a rate's one stays no count
    ("Đã bắt giữ 27 vụ/41 đối tượng phạm tội về ma túy.", "BC", [(27, "vụ", "eq"), (41, "đối tượng", "eq")]),
    ("Đã hỗ trợ 350 hộ/1.200 nhân khẩu; giải thưởng 300.000 đồng/01 giải.", "BC",
     [(350, "hộ", "eq"), (1200, "nhân khẩu", "eq"), (300000, "đồng/giải", "eq")]),
    ("Bán với giá 20.000 đồng/1 kg.", "BC", [(20000, "đồng/kg", "eq")]),
    # a fine told after what was handled, an amount after a capitalised name
    ("Lực lượng Cảnh sát giao thông xử lý 1.436 trường hợp vi phạm, phạt tiền nộp Kho bạc Nhà nước 2,845 tỷ đồng.",
     "BC", [(1436, "trường hợp", "eq"), (2845000000, "đồng", "eq")]),
    # counter-case: a fine in a rule
    ("Mức phạt tiền từ 2.000.000 đồng đến 4.000.000 đồng đối với hành vi vi phạm.", "KH", []),
    ("Thí sinh đạt giải Nhất được thưởng 3.000.000 đồng, giải Nhì 2.000.000 đồng, giải Ba 1.500.000 đồng.", "KH",
     [(3000000, "đồng", "eq"), (2000000, "đồng", "eq"), (1500000, "đồng", "eq")]),
    # counter-case: a name's own number
    ("Thực hiện Đề án 06 của Chính phủ, Ban Chỉ đạo 389 quốc gia đề nghị.", "KH", []),
])
def test_counts_kept_and_set_aside(text: str, doc_type: str, expected: list) -> None:
    assert found(text, doc_type) == expected


@pytest.mark.parametrize("text, doc_type, expected", [
    # incidents that happened, and the bracket telling of them
    ("Trong đợt cao điểm, trên địa bàn xảy ra 11 vụ phạm pháp hình sự (giảm 04 vụ so với cùng kỳ).", "BC", []),
    ("Năm 2027 có 03 vụ cháy rừng xảy ra, đã huy động 450 lượt người tham gia chữa cháy.", "BC",
     [(450, "lượt người", "eq")]),
    # damage with an estimate's word between; a building's floors
    ("Bão làm tốc mái 12 phòng học, hư hỏng khoảng 1.200 m2 trần nhà dãy phòng học 3 tầng.", "TTr", []),
    ("Xây dựng 01 nhà văn hóa 2 tầng tại thôn Đông.", "KH", [(1, "nhà văn hóa", "eq")]),
    # a school's present size
    ("Hiện trường có 36 lớp với 1.512 học sinh.", "TTr", []),
    # a state present size and its bracket; a result and its share kept
    ("Hiện có 65 xã (trong đó 12 xã đạt chuẩn); đã hỗ trợ 30 hộ (chiếm 12%).", "BC", [(30, "hộ", "eq"), (12, "%", "eq")]),
    # a sample's share after "mẫu"; a level's rate and a form's number stay no count
    ("Quy mô mẫu: chọn mẫu 15% số doanh nghiệp để thu thập phiếu chuyên sâu.", "CV", [(15, "%", "eq")]),
    ("Lập biểu mẫu 02 theo Thông tư; hỗ trợ mức 10% chi phí.", "CV", []),
])
def test_what_happened_and_what_is(text: str, doc_type: str, expected: list) -> None:
    assert found(text, doc_type) == expected


CONG_DIEN = ("Từ đầu năm đến nay, cả nước ghi nhận 86.512 ca mắc sốt xuất huyết. Bộ trưởng Bộ Y tế đề nghị:\n"
             "1. Viện Pasteur tổ chức 03 lớp tập huấn cập nhật hướng dẫn điều trị cho bác sĩ tuyến tỉnh.\n"
             "2. Cục Phòng bệnh cử 02 đoàn công tác kiểm tra tại các tỉnh.\n"
             "3. Các tỉnh thành lập ít nhất 05 tổ công tác liên ngành.\n")


def test_a_cong_diens_teams_sent() -> None:
    # teams sent, as people mobilised, are what the công điện orders; a class held without a cue is no figure of
    # it (round 21's counter-case: "Các xã thành lập 03 tổ công tác."), with a comparator it is
    assert found(CONG_DIEN, "CĐ") == [(2, "đoàn", "eq"), (5, "tổ", "gte")]


TABLE = ("Điều 1. Giao chỉ tiêu với tổng số 265 công dân (nhập ngũ Quân đội 240 công dân, Công an nhân dân 25 công "
         "dân):\n\n"
         "| TT | Đơn vị | Nhập ngũ Quân đội (công dân) | Tham gia Công an nhân dân (công dân) |\n"
         "|---|---|---|---|\n"
         "| 1 | Xã Hoa Thành | 130 | 14 |\n"
         "| 2 | Xã Đô Thành | 110 | 11 |\n"
         "| | **Tổng cộng** | **240** | **25** |\n")


def test_a_tables_index_column_and_repeated_total() -> None:
    qs = quantities(Context(text=normalize(TABLE).text, doc_type="QĐ"))
    # the total row's 240 and 25 are the text's again: the text's bracket breaks the 265 down by name, each part in
    # its unit ("nhập ngũ Quân đội 240 công dân, ..."; rounds 41-46: no name's number "Quân đội 240")
    assert [(q.value, q.scope) for q in qs if q.scope] == [
        (130, "Xã Hoa Thành"), (14, "Xã Hoa Thành"), (110, "Xã Đô Thành"), (11, "Xã Đô Thành")]
    assert sorted(q.value for q in qs if not q.scope) == [25, 240, 265]


def test_a_total_row_counted_once_stays() -> None:
    text = "| Xã | Hội viên mới |\n|---|---|\n| Xuân Hồng | 86 |\n| Xuân Lập | 64 |\n| **Toàn huyện** | **150** |\n"
    assert [(q.value, q.scope) for q in quantities(Context(text=normalize(text).text, doc_type="BC"))] == \
        [(86, "Xuân Hồng"), (64, "Xuân Lập"), (150, "Toàn huyện")]
