"""Heldout round 57 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\tĐộc lập - Tự do - "
          "Hạnh phúc\nSố: 75/BC-SVHTTDL\tAn Hòa, ngày 20 tháng 11 năm 2030\n\nBÁO CÁO\nKết quả công tác năm 2030\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"


def _figures(head: str, body: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit or "", q.comparator) for q in parse_text(head + body + TAIL).quantities]


# ---- a passive qualifying the counted noun of the present state ("hiện có N ... đã được ...") ------------------

STATE_QUALIFIED = [
    # the parts of a state whose noun a passive qualifies are the state too
    ("Toàn tỉnh hiện có 512 di tích đã được xếp hạng, trong đó có 03 di tích quốc gia đặc biệt, 58 di tích cấp "
     "quốc gia và 451 di tích cấp tỉnh. Năm 2030, Sở đã tu bổ 17 di tích.", [(17, "di tích", "eq")]),
    ("Toàn huyện hiện có 46 trường học đã được công nhận đạt chuẩn quốc gia, trong đó có 18 trường mầm non. "
     "Trong năm đã sửa chữa 9 phòng học.", [(9, "phòng", "eq")]),
    # counter-cases: a result's clause after a semicolon or a comma, and a passive opening its own clause
    ("Hiện xã có 120 hộ nghèo; đã hỗ trợ 40 hộ vay vốn.", [(40, "hộ", "eq")]),
    ("Toàn huyện hiện có 38 xã; đã được công nhận 20 xã đạt chuẩn nông thôn mới.", [(20, "xã", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), STATE_QUALIFIED)
def test_a_passive_qualifying_the_counted_noun_keeps_the_state(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(REPORT, body) == figures
