"""Heldout round 73 (issue 10), fixed by class: invented documents, with counter-cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban import parse_file

DISPATCH = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 05/CĐ-UBND\nAn Hòa, ngày 02 tháng 3 năm 2033\nCÔNG ĐIỆN\n"
            "Về việc phòng, chống dịch bệnh trên đàn vật nuôi\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n- Chủ tịch Ủy ban nhân dân các xã, phường;\n"
            "- Giám đốc Sở Nông nghiệp và Môi trường.\n"
            "Để khống chế dịch, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
            "1. Giám đốc Sở Nông nghiệp và Môi trường\n{order}\n"
            "2. Các địa phương báo cáo tình hình về Sở Nông nghiệp và Môi trường trước 15 giờ 00 hằng ngày.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình\n")

ORDERS = [
    # teams a công điện orders set up to inspect or direct are counted, as teams it orders sent ("cử 02 đoàn
    # công tác") are (fixed: "thành lập" gave no cue, h814, h544)
    ("Thành lập 03 đoàn công tác kiểm tra, chỉ đạo phòng, chống dịch tại các ổ dịch.", (3, "đoàn")),
    ("Khẩn trương thành lập 02 tổ công tác liên ngành kiểm tra việc vận chuyển gia cầm.", (2, "tổ")),
    # counter-case: the members of a board it sets up stay a procedural count (board_noun)
    ("Thành lập Ban Chỉ đạo phòng, chống dịch gồm 17 thành viên.", None),
]


@pytest.mark.parametrize(("order", "expected"), ORDERS)
def test_teams_a_dispatch_orders_set_up_are_counted(order: str, expected: tuple[int, str] | None,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "congdien.txt"
    path.write_text(DISPATCH.format(order=order), encoding="utf-8")
    rec = parse_file(path)
    found = [(q.value, (q.unit or "").split()[0]) for q in rec.quantities]
    if expected is None:
        assert found == []
    else:
        assert expected in found
