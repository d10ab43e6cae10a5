"""Heldout round 58 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

import pytest

from vanban import parse_text

REPORT = ("UBND TỈNH AN HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH\tĐộc lập - "
          "Tự do - Hạnh phúc\nSố: 75/BC-BQLDA\tAn Hòa, ngày 20 tháng 11 năm 2030\n\nBÁO CÁO\nTình hình giải ngân "
          "vốn đầu tư công năm 2030\n\n")
TAIL = "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nLê Văn Bình\n"


def _figures(body: str) -> list[tuple[float, str, str]]:
    return [(q.value, q.unit or "", q.comparator) for q in parse_text(REPORT + body + TAIL).quantities]


# ---- a body asked to advise the one that decides ("Đề nghị Sở ... tham mưu UBND tỉnh ...") ------------------------

ASKED_TO_ADVISE = [
    # what a report asks another body to advise its superior to do is a request, no figure of the writer's
    ("Ban đã giải ngân 40 tỷ đồng.\nĐề nghị Sở Tài chính, Sở Kế hoạch và Đầu tư sớm tham mưu UBND tỉnh điều chuyển "
     "35 tỷ đồng vốn của các dự án chậm giải ngân.", [(40e9, "đồng", "eq")]),
    ("Ban đã hoàn thành 12 km đường.\nKiến nghị Sở Xây dựng tham mưu UBND tỉnh điều chỉnh tăng 20 tỷ đồng cho dự án.",
     [(12, "km", "eq")]),
    # counter-cases: the writer's own advice done is a result, its own plan a target
    ("Ban đã tham mưu UBND tỉnh điều chuyển 35 tỷ đồng vốn giữa các dự án.", [(35e9, "đồng", "eq")]),
    ("Phấn đấu giải ngân đạt 100% kế hoạch vốn; tham mưu UBND tỉnh khởi công mới 02 dự án.",
     [(100, "%", "eq"), (2, "dự án", "eq")]),
]


@pytest.mark.parametrize(("body", "figures"), ASKED_TO_ADVISE)
def test_a_body_asked_to_advise_asks_for_the_figure(body: str, figures: list[tuple[float, str, str]]) -> None:
    assert _figures(body) == figures
