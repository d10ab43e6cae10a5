"""The forty-first heldout round's failure classes (invented documents, with counter-cases): a bare "điểm" after a
figure that counts places ("tại 35 điểm", "ít nhất 120 điểm tại các xã") or points of service and work ("điểm chi
trả", "điểm tập kết") was read as a score's points and dropped."""

from __future__ import annotations

import pytest

from vanban import parse_text

PLAN = ("UBND TỈNH AN GIANG\nSỞ CÔNG THƯƠNG\nSố: 41/KH-SCT\nAn Giang, ngày 12 tháng 3 năm 2029\n\nKẾ HOẠCH\n"
        "Phát triển mạng lưới phân phối năm 2029\n\nII. CHỈ TIÊU\n{line}\n\nNơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\n"
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Bình\n")

# ---- a bare "điểm" counting places or points of service ------------------------------------------------------------

PLACES = [
    ("1. Quan trắc chất lượng nước mặt 4 đợt/năm tại 35 điểm; kiểm tra 60 cơ sở.", [(4, "đợt/năm"), (35, "điểm"), (60, "cơ sở")]),
    ("2. Mở rộng 320 điểm bán hàng, trong đó ít nhất 120 điểm tại các xã vùng sâu.",
     [(320, "điểm bán hàng"), (120, "điểm")]),
    ("3. Bưu điện bố trí ít nhất 248 điểm chi trả lương hưu.", [(248, "điểm chi trả")]),
    ("4. Xóa bỏ ít nhất 50 điểm tập kết rác tự phát.", [(50, "điểm tập kết")]),
    # counter-cases: a score's points stay no count, a score won "tại" an exam too
    ("5. Sinh viên có điểm rèn luyện đạt từ 70 điểm trở lên; tổ chức 06 phiên chợ.", [(6, "phiên")]),
    ("6. Mỗi tiêu chí đạt được cho 1 điểm, tổ chức 3 lớp tập huấn.", []),
    ("7. Thí sinh đạt 27 điểm tại kỳ thi được tuyển thẳng; tổ chức 2 đợt tư vấn.", [(2, "đợt")]),
]


@pytest.mark.parametrize(("line", "expected"), PLACES)
def test_a_bare_point_word_counting_places_is_a_count(line: str, expected: list[tuple[float, str]]) -> None:
    rec = parse_text(PLAN.format(line=line))
    assert [(q.value, q.unit) for q in rec.quantities] == expected
