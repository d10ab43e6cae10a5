"""The quantity leftovers of heldout rounds 41-46 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH A\nỦY BAN NHÂN DÂN XÃ B\nSố: 88/BC-UBND\nB, ngày 05 tháng 12 năm 2029\n\nBÁO CÁO\n"
          "Tình hình thực hiện nhiệm vụ năm 2029\n\n")
TAIL = "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Thạnh\n"


def _figures(head: str, body: str) -> list[tuple[float, str]]:
    return [(float(q.value), q.unit or "") for q in parse_text(head + body + TAIL).quantities]


# ---- a shortage counted: "có/còn N <noun> thiếu ..." and, under "Tồn tại, hạn chế", a clause after a comma -----------

SHORTAGES = [
    ("1. Kết quả\nMùa khô năm 2029 có 112 hộ thiếu nước kéo dài trên 3 tháng.", []),
    ("1. Kết quả\nĐã cấp 40 bồn chứa nước; còn 75 hộ thiếu nước sinh hoạt.", [(40, "bồn")]),
    ("2. Tồn tại, hạn chế\n- Việc cập nhật hồ sơ còn chậm; 31 hồ sơ thiếu bản vẽ hoàn công.", []),
    ("2. Tồn tại, hạn chế\n- Lực lượng cấp xã còn mỏng, 5/29 xã chưa bố trí công chức chuyên trách.", []),
    # counter-cases: those helped though short of something; people named "thiếu nhi"; a result under the heading
    ("1. Kết quả\nĐã hỗ trợ 112 hộ thiếu nước sinh hoạt.", [(112, "hộ")]),
    ("1. Kết quả\nNăm 2029 có 320 em thiếu nhi tham gia hội thi.", [(320, "em")]),
    ("2. Tồn tại, hạn chế\n- Đã hoàn thành 12 công trình, tiến độ còn chậm.", [(12, "công trình")]),
]


@pytest.mark.parametrize(("body", "figures"), SHORTAGES)
def test_a_shortage_counted_is_no_result(body: str, figures: list[tuple[float, str]]) -> None:
    assert _figures(REPORT, body) == figures
