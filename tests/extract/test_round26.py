"""The twenty-sixth heldout round's failure classes (invented documents and lines, with counter-cases): a PDF's
two-column closing block flattened with single spaces ('Nơi nhận: KT. CỤC TRƯỞNG', '- Như trên; PHÓ CỤC TRƯỞNG',
'- Lưu: VT, KH. Tạ Văn Hòa'), a page number ('- 2 -') under the list."""

from __future__ import annotations

import pytest

from vanban import parse_text

# ---- a two-column closing block flattened with one space --------------------------------------------------------

HEAD = ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 812/CT-KK Hà Nội, ngày 03 tháng 6 năm 2027\n"
        "V/v hướng dẫn kê khai thuế quý II\n\n"
        "Kính gửi: Chi cục Thuế các khu vực.\n\n"
        "Cục Thuế hướng dẫn kê khai thuế quý II năm 2027, các Chi cục báo cáo trước ngày 20/7/2027.\n\n")


@pytest.mark.parametrize("closing, authority, position, name, items", [
    ("Nơi nhận: KT. CỤC TRƯỞNG\n- Như trên; PHÓ CỤC TRƯỞNG\n- Tổng cục Thuế (b/c);\n"
     "- Lưu: VT, KK. Tạ Văn Hòa\n",
     "KT. Cục trưởng", "Phó Cục trưởng", "Tạ Văn Hòa", ["Như trên", "Tổng cục Thuế (b/c)", "Lưu: VT, KK"]),
    ("Nơi nhận: T/M BAN THƯỜNG VỤ\n- Ban Tổ chức Tỉnh ủy (b/c); PHÓ BÍ THƯ\n- Các chi bộ;\n"
     "- Lưu Văn phòng. Hoàng Thị Lan\n                 - 2 -\n",
     "T/M Ban Thường vụ", "Phó Bí thư", "Hoàng Thị Lan", ["Ban Tổ chức Tỉnh ủy (b/c)", "Các chi bộ", "Lưu Văn phòng"]),
])
def test_a_closing_flattened_with_single_spaces(closing: str, authority: str, position: str, name: str,
                                                items: list[str]) -> None:
    rec = parse_text(HEAD + closing)
    assert rec.signer.authority == authority
    assert rec.signer.position == position
    assert rec.signer.name == name
    assert [d.name.rstrip(";.") for d in rec.distribution] == items


def test_names_listed_in_an_item_are_no_signer() -> None:
    # counter-case: an item naming people after a comma, the signer on lines of its own
    closing = ("Nơi nhận:\n- Như trên;\n- Đ/c Nguyễn Văn An, Trần Thị Bình\n- Lưu: VT.\n"
               "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nLê Minh Tâm\n")
    rec = parse_text(HEAD + closing)
    assert rec.signer.name == "Lê Minh Tâm"
    assert "Đ/c Nguyễn Văn An, Trần Thị Bình" in [d.name for d in rec.distribution]


def test_an_item_ending_in_a_body_name_keeps_it() -> None:
    # counter-case: words after an item's ';' that are no personal name ('Sở Tài Chính' has no family name first)
    closing = ("Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c); Sở Tài Chính\n- Lưu: VT.\n"
               "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nLê Minh Tâm\n")
    rec = parse_text(HEAD + closing)
    assert rec.signer.name == "Lê Minh Tâm"
    assert "UBND tỉnh (b/c); Sở Tài Chính" in [d.name for d in rec.distribution]
