"""The thirty-eighth heldout round's failure classes (invented documents, with counter-cases): a web portal's menu
item "Số liệu thống kê" taken as the số hiệu's label, so the real "Số: ..." line ran into the issuer's name."""

from __future__ import annotations

import pytest

from vanban import parse_text
from vanban.grammar import regexes as rx

# ---- a menu item opening with the word "Số" is no số hiệu label --------------------------------------------------

WEB_HEAD = ("CỔNG THÔNG TIN ĐIỆN TỬ SỞ X\n{menu}\nTrang chủ > Văn bản\n\n"
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH Y\nTRUNG TÂM ỨNG DỤNG KHOA HỌC\nSố: 45/TB-TTƯD\n"
            "Y, ngày 03 tháng 4 năm 2028\n\nTHÔNG BÁO\nVề việc tuyển chọn mô hình\n\n"
            "Trung tâm thông báo tuyển chọn 05 mô hình.\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\nLê Văn Bình\n")
MENUS = [
    "Trang chủ   Giới thiệu   Số liệu thống kê   Văn bản   Liên hệ",
    "Trang chủ   Số lượng truy cập   Hỏi đáp",
    "Trang chủ | So với cùng kỳ | Liên hệ",
    # counter-case: a menu without the word keeps the same reading
    "Trang chủ   Giới thiệu   Tin tức   Văn bản   Liên hệ",
]


@pytest.mark.parametrize("menu", MENUS)
def test_a_menu_item_opening_with_so_is_no_number_label(menu: str) -> None:
    rec = parse_text(WEB_HEAD.format(menu=menu))
    assert rec.number is not None and rec.number.normalized == "45/TB-TTƯD"
    assert rec.issuer is not None and rec.issuer.name == "TRUNG TÂM ỨNG DỤNG KHOA HỌC"


LABELS = [
    ("Số: l52/TTr-UBND", True),  # OCR's l for 1 after the colon stays a label
    ("Số 36-HD/VPTW", True),
    ("Số:      /KH-UBND", True),  # a blank sequence
    ("SỐ: 12/QĐ-UBND", True),
    ("Số CV-123", True),
    ("Số liệu thống kê", False),
    ("Số lượng hồ sơ tiếp nhận", False),
    ("So với cùng kỳ năm trước", False),
]


@pytest.mark.parametrize(("line", "label"), LABELS)
def test_the_number_label_needs_a_colon_a_figure_or_a_code(line: str, label: bool) -> None:
    assert bool(rx.NUMBER_LABEL_STRICT.match(line)) is label
