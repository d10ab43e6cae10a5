"""Heldout round 62 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

LETTER = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\tĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 412/SKHCN-QLKH\tAn Hòa, ngày 20 tháng 8 năm 2031\nV/v báo cáo tình hình thực hiện nhiệm vụ\n\n"
          "Kính gửi: Các sở, ban, ngành tỉnh.\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"


def _figures(body: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit or "") for q in parse_text(LETTER + body + TAIL).quantities]


# ---- the present state said with a body's bare "Hiện ... có" or its "đang" before what it holds ---------------------

PRESENT_STATE = [
    # "Hiện" and the place's "có"/"còn", the place in several words: what there is now, no work done
    ("Hiện trên vịnh có 487 tàu du lịch lưu trú; năm 2030 đã thu gom 1.246 tấn rác thải nổi.", [(1246, "tấn")]),
    ("Hiện trên địa bàn tỉnh có 214 cơ sở sản xuất; Sở đã kiểm tra 36 cơ sở.", [(36, "cơ sở")]),
    # a body's "đang" before what it holds, its figure right after: what it holds now
    ("Sau khi hợp nhất, Sở đang quản lý 46 nhiệm vụ chuyển tiếp; đã nghiệm thu 18 nhiệm vụ.", [(18, "nhiệm vụ")]),
    ("Các trạm y tế đang quản lý điều trị 41.870 người bệnh tăng huyết áp; đã khám sàng lọc cho 9.315 người.",
     [(9315, "người")]),
    # counter-cases: a result after "Hiện" with its own cue, a "đang" far from the figure, what was done
    ("Hiện nay, toàn xã đã có thêm 12 ha chè đạt chuẩn VietGAP.", [(12, "ha")]),
    ("Người có công đang nuôi dưỡng tập trung mức quà 2.000.000 đồng/suất.", [(2000000, "đồng/suất")]),
    ("Trong năm, Trung tâm đã quản lý, vận hành 12 tàu thu gom rác.", [(12, "tàu")]),
]


@pytest.mark.parametrize(("body", "figures"), PRESENT_STATE)
def test_the_present_state_said_with_hien_or_dang_counts_no_figure(body: str,
                                                                 figures: list[tuple[float, str]]) -> None:
    assert _figures(body) == figures
